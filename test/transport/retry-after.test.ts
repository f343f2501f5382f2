// Retry-After (RFC 9110 §10.2.3) on the transport's retries: a local server answers 429 or 503 with the header
// in each form, hostile ones included, then 200; the waits are measured where the requests arrive. A wait the
// header asks for is honoured up to maxRetryAfter; beyond it the request fails at once, naming the value.
import diagnostics from 'node:diagnostics_channel'
import type { OutgoingHttpHeaders } from 'node:http'
import { performance } from 'node:perf_hooks'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import type { ClientOptions } from '../../src/client-options.js'
import { ConnectionError, RequestAbortedError, ResponseError } from '../../src/errors.js'
import { CHANNELS, type RetryEvent } from '../../src/transport/diagnostics.js'
import { sendJson, startServer } from '../support/local-servers.js'
import { takeSpans } from '../support/otel-setup.js'

interface Busy {
  client: Client
  /** performance.now() and Date.now() when each request arrived. */
  arrivals: Array<{ at: number; epoch: number }>
  retries: RetryEvent[]
}

/**
 * A node answering `status` with `retryAfter` (a function of the time, for dates) to the first `failures`
 * requests, then 200. The backoff is 1 ms, so a longer wait can only come from the header.
 */
async function busy(
  t: Test,
  status: number,
  retryAfter: string | string[] | ((now: number) => string),
  options: Partial<ClientOptions> = {},
  failures = 1,
): Promise<Busy> {
  const arrivals: Busy['arrivals'] = []
  const server = await startServer((req, res) => {
    arrivals.push({ at: performance.now(), epoch: Date.now() })
    if (arrivals.length <= failures) {
      const value = typeof retryAfter === 'function' ? retryAfter(Date.now()) : retryAfter
      // Node types retry-after as one string; an array sends the header once per value.
      const headers = { 'retry-after': value } as unknown as OutgoingHttpHeaders
      sendJson(res, status, { error: { type: 'es_rejected_execution_exception', reason: 'busy' }, status }, headers)
    } else if (req.url?.startsWith('/_bulk')) {
      sendJson(res, 200, { errors: false, took: 1, items: [{ index: { _index: 'i', _id: '1', status: 201 } }] })
    } else {
      sendJson(res, 200, { _index: 'i', _id: '1', result: 'created', hits: { hits: [] } })
    }
  })
  const client = new Client({ node: server.url, retryBackoff: 1, retryMaxBackoff: 1, maxRetries: 3, retryOnStatus: true, ...options })
  const retries: RetryEvent[] = []
  const listen = (m: unknown) => retries.push(m as RetryEvent)
  diagnostics.subscribe(CHANNELS.retry, listen)
  t.teardown(async () => {
    diagnostics.unsubscribe(CHANNELS.retry, listen)
    await client.close()
    await server.close()
  })
  return { client, arrivals, retries }
}

function gap(b: Busy): number {
  return b.arrivals[1]!.at - b.arrivals[0]!.at
}

t.test('delay-seconds: a 429 with Retry-After: 1 is retried no sooner than a second later', async (t) => {
  const b = await busy(t, 429, '1')
  await b.client.search({ index: 'i' })
  t.equal(b.arrivals.length, 2)
  // Timers never fire early (a millisecond of rounding allowed); the backoff alone would be about 1 ms.
  t.ok(gap(b) >= 999, `waited ${gap(b).toFixed(0)} ms`)
  t.ok(gap(b) < 1900, 'and not much longer than asked')
  t.equal(b.retries.length, 1)
  t.match(b.retries[0], { attempt: 1, delayMs: 1000, delayFrom: 'retry-after', retryAfter: '1' })
})

t.test('HTTP-date: a 503 is retried no sooner than the date it names', async (t) => {
  let target = 0
  // A whole second at least one second ahead: HTTP-dates have no milliseconds.
  const b = await busy(t, 503, (now) => {
    target = Math.ceil(now / 1000) * 1000 + 1000
    return new Date(target).toUTCString()
  }, { retryOnStatus: undefined })
  await b.client.search({ index: 'i' })
  t.equal(b.arrivals.length, 2, '503 is retried by default, the date honoured')
  t.ok(b.arrivals[1]!.epoch >= target - 2, `retried ${b.arrivals[1]!.epoch - target} ms after the date`)
  t.ok(gap(b) >= 999, `waited ${gap(b).toFixed(0)} ms`)
  t.match(b.retries[0], { delayFrom: 'retry-after', retryAfter: new Date(target).toUTCString() })
})

t.test('the same value sent twice counts once', async (t) => {
  const b = await busy(t, 429, ['1', '1'])
  await b.client.search({ index: 'i' })
  t.ok(gap(b) >= 999, `waited ${gap(b).toFixed(0)} ms`)
  t.match(b.retries[0], { delayFrom: 'retry-after', retryAfter: '1' })
})

t.test('invalid values are ignored: the usual backoff, the event says so', async (t) => {
  const hostile: Array<string | string[]> = [
    '-1',
    '1e9',
    '1.5',
    'garbage',
    'soon',
    '0x10',
    'Fri, 31 Feb 2026 10:00:00 GMT',
    'Friday, 04 Dec 2026 10:00:00 GMT',
    '2999-01-01T00:00:00Z',
    ['1', '3600'],
  ]
  for (const value of hostile) {
    const b = await busy(t, 429, value)
    await b.client.search({ index: 'i' })
    t.equal(b.arrivals.length, 2, `${JSON.stringify(value)}: retried`)
    t.ok(gap(b) < 500, `${JSON.stringify(value)}: at once (${gap(b).toFixed(0)} ms)`)
    t.same([b.retries[0]?.delayFrom, b.retries[0]?.retryAfter], ['backoff', undefined], `${JSON.stringify(value)}: the backoff`)
  }
})

t.test('a date in the past, or 0 seconds, asks for no extra wait', async (t) => {
  for (const value of ['Thu, 01 Jan 1970 00:00:00 GMT', '0']) {
    const b = await busy(t, 429, value)
    await b.client.search({ index: 'i' })
    t.ok(gap(b) < 500, `${value}: at once (${gap(b).toFixed(0)} ms)`)
    t.match(b.retries[0], { delayFrom: 'backoff', retryAfter: value })
  }
})

t.test('a wait beyond maxRetryAfter fails at once, the message naming the value', async (t) => {
  const cases: Array<[string | ((now: number) => string), RegExp]> = [
    ['3600', /not retried: Retry-After: 3600 asks for a wait of 60 min, longer than maxRetryAfter 30000 ms/],
    ['1000000000', /Retry-After: 1000000000 asks for a wait of 11574 days/],
    ['99999999999999999999', /Retry-After: 99999999999999999999 asks for a wait of/],
    ['Fri, 01 Jan 2999 00:00:00 GMT', /Retry-After: Fri, 01 Jan 2999 00:00:00 GMT asks for a wait of \d+ days/],
    [(now) => new Date(now + 120_000).toUTCString(), /asks for a wait of 2 min, longer than maxRetryAfter 30000 ms/],
  ]
  for (const [value, message] of cases) {
    const b = await busy(t, 429, value, {}, 100)
    const started = performance.now()
    const error = await b.client.search({ index: 'i' }).catch((e: unknown) => e)
    t.type(error, ResponseError)
    t.equal((error as ResponseError).statusCode, 429)
    t.match((error as Error).message, message)
    t.equal(b.arrivals.length, 1, `${String(value)}: one attempt`)
    t.ok(performance.now() - started < 1000, 'failed at once')
    t.equal(b.retries.length, 0)
  }
})

t.test('maxRetryAfter sets the cap: a second is too long for 500 ms, fine for 1000', async (t) => {
  const low = await busy(t, 503, '1', { maxRetryAfter: 500 }, 100)
  await t.rejects(low.client.search({ index: 'i' }), {
    name: 'ResponseError',
    statusCode: 503,
    message: /not retried: Retry-After: 1 asks for a wait of 1 s, longer than maxRetryAfter 500 ms/,
  })
  t.equal(low.arrivals.length, 1)
  const exact = await busy(t, 503, '1', { maxRetryAfter: 1000 })
  await exact.client.search({ index: 'i' })
  t.equal(exact.arrivals.length, 2)
  t.ok(gap(exact) >= 999)
})

t.test('maxRetries still bounds the attempts: the last answer fails as it is, without waiting', async (t) => {
  const b = await busy(t, 429, '1', { maxRetries: 0 }, 100)
  const started = performance.now()
  const error = (await b.client.search({ index: 'i' }).catch((e: unknown) => e)) as Error
  t.equal(b.arrivals.length, 1)
  t.ok(performance.now() - started < 500)
  t.notMatch(error.message, /Retry-After/, 'the cap is not blamed for what maxRetries decided')
})

t.test('an abort during the wait ends the request at once', async (t) => {
  const b = await busy(t, 429, '20')
  const controller = new AbortController()
  const started = performance.now()
  setTimeout(() => controller.abort(), 100)
  const error = await b.client.search({ index: 'i' }, { signal: controller.signal }).catch((e: unknown) => e)
  t.type(error, RequestAbortedError)
  t.ok(performance.now() - started < 2000, 'did not wait out the 20 s')
  t.equal(b.arrivals.length, 1)
})

t.test('closing the client ends a wait: the request fails, the process is not held', async (t) => {
  const b = await busy(t, 429, '20')
  const started = performance.now()
  const pending = b.client.search({ index: 'i' }).catch((e: unknown) => e)
  await new Promise((resolve) => setTimeout(resolve, 200))
  await b.client.close()
  const error = await pending
  t.type(error, ConnectionError)
  t.match((error as Error).message, /closed while the request waited to be retried/)
  t.ok(performance.now() - started < 2000, 'did not wait out the 20 s')
  t.equal(b.arrivals.length, 1)
})

t.test('what is not retried today still is not: a write POST, and a 429 without retryOnStatus', async (t) => {
  const post = await busy(t, 429, '1', {}, 100)
  const started = performance.now()
  await t.rejects(post.client.index({ index: 'i', document: { a: 1 } }), { name: 'ResponseError', statusCode: 429 })
  t.equal(post.arrivals.length, 1, 'index without an id: one attempt')
  t.ok(performance.now() - started < 500, 'and no wait')
  const bulk = await busy(t, 503, '1', {}, 100)
  await t.rejects(bulk.client.bulk({ operations: [{ index: { _index: 'i' } }, { a: 1 }] }), { name: 'ResponseError', statusCode: 503 })
  t.equal(bulk.arrivals.length, 1, '_bulk: one attempt')
  const plain = await busy(t, 429, '1', { retryOnStatus: undefined }, 100)
  await t.rejects(plain.client.search({ index: 'i' }), { name: 'ResponseError', statusCode: 429 })
  t.equal(plain.arrivals.length, 1, '429 is not retried without retryOnStatus, whatever its Retry-After')
  t.same([post.retries.length, bulk.retries.length, plain.retries.length], [0, 0, 0])
})

t.test('the retry event on the span says the wait came from Retry-After', async (t) => {
  takeSpans()
  const b = await busy(t, 429, '1')
  await b.client.search({ index: 'i' })
  const span = takeSpans().find((s) => s.name.startsWith('search'))
  t.ok(span, 'a search span')
  t.equal(span!.events.length, 1)
  t.match(span!.events[0]!.attributes, {
    'elastream.retry.delay_ms': 1000,
    'elastream.retry.delay_from': 'retry-after',
    'elastream.retry.retry_after': '1',
  })
})

t.test('maxRetryAfter is checked: milliseconds, 0 or more', async (t) => {
  const node = 'http://127.0.0.1:9200'
  t.throws(() => new Client({ node, maxRetryAfter: '30s' as never }), {
    name: 'ConfigurationError',
    message: /^maxRetryAfter must be an integer from 0 to \d+ \(milliseconds; for 30 seconds write 30000\), got "30s"$/,
  })
  t.throws(() => new Client({ node, maxRetryAfter: -1 }), { message: /^maxRetryAfter must be an integer from 0/ })
  t.throws(() => new Client({ node, maxRetryAfter: 1.5 }), { message: /^maxRetryAfter must be an integer/ })
  t.throws(() => new Client({ node, maxRetryAftr: 1000 } as never), { message: /did you mean "maxRetryAfter"/ })
  t.doesNotThrow(() => new Client({ node, maxRetryAfter: 0 }).close())
})
