// Retry-After on the bulk helpers' retries of a request refused whole (429 from a throttling gateway): the batch
// goes again no sooner than the header asks; an invalid value leaves the backoff alone; a wait beyond
// maxRetryAfter fails the items at once, the reason naming the value. A local server counts the requests.
import type { OutgoingHttpHeaders } from 'node:http'
import { performance } from 'node:perf_hooks'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { bulk, type BulkOptions } from '../../src/helpers/bulk/bulk.js'
import { sendJson, startServer } from '../support/local-servers.js'

const DOCS = [{ a: 1 }, { a: 2 }]

/** A node answering `_bulk` 429 with `retryAfter` to the first `failures` requests, then indexing everything. */
async function throttled(t: Test, retryAfter: string | string[], failures = 1) {
  const arrivals: number[] = []
  const server = await startServer((_req, res, body) => {
    arrivals.push(performance.now())
    if (arrivals.length <= failures) {
      const headers = { 'retry-after': retryAfter } as unknown as OutgoingHttpHeaders
      sendJson(res, 429, { error: { type: 'too_many_requests', reason: 'throttled' }, status: 429 }, headers)
      return
    }
    const lines = body.toString().trim().split('\n').length / 2
    const items = Array.from({ length: lines }, (_, i) => ({ index: { _index: 'i', _id: String(i), status: 201 } }))
    sendJson(res, 200, { errors: false, took: 1, items })
  })
  const client = new Client({ node: server.url, product: 'any' })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const load = (options: BulkOptions = {}) =>
    bulk(client, DOCS, { index: 'i', backoff: { initial: 1, max: 1 }, throwOnError: false, ...options })
  return { arrivals, load }
}

t.test('a batch refused whole with Retry-After: 1 goes again no sooner than a second later', async (t) => {
  const s = await throttled(t, '1')
  const stats = await s.load()
  t.equal(stats.successful, 2)
  t.equal(s.arrivals.length, 2)
  const gap = s.arrivals[1]! - s.arrivals[0]!
  t.ok(gap >= 999, `waited ${gap.toFixed(0)} ms (the backoff alone: 1 ms)`)
  t.ok(gap < 1900, 'and not much longer')
})

t.test('an invalid Retry-After leaves the backoff alone', async (t) => {
  for (const value of ['-1', 'garbage', '1e9', ['1', '3600']]) {
    const s = await throttled(t, value)
    const stats = await s.load()
    t.equal(stats.successful, 2, JSON.stringify(value))
    t.ok(s.arrivals[1]! - s.arrivals[0]! < 500, `${JSON.stringify(value)}: at once`)
  }
})

t.test('a wait beyond maxRetryAfter fails the items at once, naming the value', async (t) => {
  for (const [value, options, reason] of [
    ['3600', {}, /not retried: Retry-After: 3600 asks for a wait of 60 min, longer than bulkStream maxRetryAfter 30000 ms/],
    ['Fri, 01 Jan 2999 00:00:00 GMT', {}, /Retry-After: Fri, 01 Jan 2999 00:00:00 GMT asks for a wait of \d+ days/],
    ['1', { maxRetryAfter: 500 }, /Retry-After: 1 asks for a wait of 1 s, longer than bulkStream maxRetryAfter 500 ms/],
  ] as const) {
    const s = await throttled(t, value, 100)
    const started = performance.now()
    const stats = await s.load(options)
    t.equal(s.arrivals.length, 1, `${value}: one request`)
    t.ok(performance.now() - started < 1000, 'failed at once')
    t.equal(stats.failed, 2)
    t.equal(stats.failedItems[0]!.status, 429)
    t.match(stats.failedItems[0]!.error!.reason, reason)
  }
})

t.test('an abort during the wait ends the load at once', async (t) => {
  const s = await throttled(t, '20')
  const controller = new AbortController()
  const started = performance.now()
  setTimeout(() => controller.abort(), 100)
  await t.rejects(s.load({ signal: controller.signal }), { name: 'AbortError' })
  t.ok(performance.now() - started < 2000, 'did not wait out the 20 s')
  t.equal(s.arrivals.length, 1)
})

t.test('maxRetryAfter is checked', async (t) => {
  const s = await throttled(t, '1')
  await t.rejects(s.load({ maxRetryAfter: '30s' as never }), {
    name: 'ConfigurationError',
    message: /^bulkStream: option "maxRetryAfter" must be an integer from 0 .*for 30 seconds write 30000\), got "30s"$/,
  })
})
