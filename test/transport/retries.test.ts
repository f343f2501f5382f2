// The retry policy: only what is safe to repeat is repeated, and retries wait an exponentially growing,
// jittered time. Against the real node through the fault proxy (so "applied" means a document really exists)
// and against local servers.
import diagnostics from 'node:diagnostics_channel'
import { getEventListeners } from 'node:events'
import { performance } from 'node:perf_hooks'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, ConnectionError, RequestAbortedError, ResponseError } from '../../src/errors.js'
import { CHANNELS, type RetryEvent } from '../../src/transport/diagnostics.js'
import { retryDelay } from '../../src/transport/retry-policy.js'
import type { Transport } from '../../src/transport/transport.js'
import { type FaultRules, startFaultProxy } from '../support/fault-proxy.js'
import { closedPort, sendJson, startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'
import { client as esClient, createIndex, deleteIndex, uniqueIndex } from '../support/es.js'

const admin = esClient()
t.teardown(() => admin.close())

// One index for the whole file (creating one per test costs seconds on a loaded cluster); each test counts
// only its own documents, told apart by `tag`.
const index = uniqueIndex('retries')
t.before(() => createIndex(admin, index))
t.teardown(() => deleteIndex(admin, index))
let tags = 0

/** A fault proxy in front of the node; its stats count what reached the node. */
async function proxied(t: Test, rules: FaultRules, options: Record<string, unknown> = {}) {
  const proxy = await startFaultProxy(esUrl, rules)
  const client = new Client({ node: proxy.url, retryBackoff: 10, resurrectBackoff: 1, ...options })
  t.teardown(async () => {
    await client.close()
    await proxy.close()
  })
  return { index, proxy, client, tag: ++tags }
}

async function docCount(tag: number): Promise<number> {
  await admin.indices.refresh({ index })
  return ((await admin.count({ index, query: { term: { tag } } })) as { count: number }).count
}

t.test('POST index without id, reset after the node applied it: not retried, one document', async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_doc$/, resetAfter: 1 })
  const error = await client.index({ index, document: { tag } }).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /not retried: POST \/.*\/_doc may have been applied; pass retry: 'always'/)
  t.equal(proxy.stats.forwarded, 1, 'exactly one arrival at the node')
  t.equal(await docCount(tag), 1, 'and one document, which the caller was told may exist')
})

t.test('PUT create with an id, reset after the node applied it: not retried, so no 409 for its own write', async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_create\//, resetAfter: 1 })
  const id = `create-once-${tag}`
  const error = await client.create({ index, id, document: { tag } }).catch((e: unknown) => e)
  t.type(error, ConnectionError, `a ConnectionError, not the 409 a retry would get: ${String(error)}`)
  t.match((error as Error).message, /not retried: PUT \/.*\/_create\/.* may have been applied/)
  t.equal(proxy.stats.forwarded, 1, 'exactly one arrival at the node')
  t.equal(await docCount(tag), 1, 'and the document is there, as the message says it may be')
})

t.test('index with op_type create or if_seq_no, and indices.create: not repeated after a lost answer', async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_doc\/|-write-once-[0-9a-f]+$/, resetAfter: 1 })
  const created = uniqueIndex('write-once')
  t.teardown(() => deleteIndex(admin, created))
  const seen: string[] = []
  for (const call of [
    () => client.index({ index, id: `op-create-${tag}`, op_type: 'create', document: { tag } }),
    () => client.index({ index, id: `seq-${tag}`, if_seq_no: 0, if_primary_term: 1, document: { tag } }),
    () => client.indices.create({ index: created }),
  ]) {
    const error = await call().catch((e: unknown) => e)
    seen.push(error instanceof ConnectionError && /may have been applied/.test(error.message) ? 'not retried' : String(error))
  }
  t.same(seen, ['not retried', 'not retried', 'not retried'])
  t.equal(proxy.stats.forwarded, 3, 'one arrival each')
})

t.test("the same with retry: 'always': repeated (and duplicated, as the caller accepted)", async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_doc$/, resetAfter: 1 }, { maxRetries: 2 })
  const error = await client.index({ index, document: { tag } }, { retry: 'always' }).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /gave up after 3 attempts/)
  t.equal(proxy.stats.forwarded, 3, 'one attempt and two retries reached the node')
  t.equal(await docCount(tag), 3)
})

t.test('POST index without id, 503 from a gateway: not retried', async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_doc$/, request503: 1 })
  const error = (await client.index({ index, document: { tag } }).catch((e: unknown) => e)) as ResponseError
  t.type(error, ResponseError)
  t.equal(error.statusCode, 503)
  t.equal(proxy.stats.requests, 1, 'one request, not four')
})

t.test('PUT index with an id, reset after applied: retried (idempotent), one document', async (t) => {
  const { proxy, client, tag } = await proxied(t, { match: /\/_doc\/put-\d+$/, resetAfter: 1 }, { maxRetries: 2 })
  const error = await client.index({ index, id: `put-${tag}`, document: { tag } }).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.equal(proxy.stats.forwarded, 3, 'retried twice')
  t.equal(await docCount(tag), 1, 'the same document each time')
})

t.test('search, count and msearch are POST but read-only: retried after a reset and a 503', async (t) => {
  const { proxy, client } = await proxied(t, { match: /\/_(search|count|msearch)$/, resetAfter: 1 }, { maxRetries: 2 })
  for (const call of [
    () => client.search({ index, query: { match_all: {} } }),
    () => client.count({ index, query: { match_all: {} } }),
    () => client.msearch({ searches: [{ index }, { query: { match_all: {} } }] }),
  ]) {
    const before = proxy.stats.forwarded
    t.type(await call().catch((e: unknown) => e), ConnectionError)
    t.equal(proxy.stats.forwarded - before, 3, 'one attempt and two retries')
  }
  proxy.rules.resetAfter = 0
  proxy.rules.request503 = 1
  const before = proxy.stats.requests
  const error = (await client.search({ index }).catch((e: unknown) => e)) as ResponseError
  t.equal(error.statusCode, 503)
  t.equal(proxy.stats.requests - before, 3, 'a 503 on search is retried')
})

t.test('a connection refused before anything was written is retried, even for a POST', async (t) => {
  const tag = ++tags
  const dead = `http://127.0.0.1:${await closedPort()}`
  const client = new Client({ nodes: [dead, esUrl], retryBackoff: 10 })
  t.teardown(() => client.close())
  const result = await client.index({ index, document: { tag } }, { meta: true })
  t.equal(result.statusCode, 201)
  t.equal(result.meta.attempts, 2, 'refused on the closed port, then sent to the live node')
  t.equal(await docCount(tag), 1)
})

t.test('a POST that timed out after it was written is not retried', async (t) => {
  const server = await startServer(() => {}) // reads the request, never answers
  t.teardown(() => server.close())
  const client = new Client({ node: server.url, retryBackoff: 1, requestTimeout: 100 })
  t.teardown(() => client.close())
  const error = await client.transport
    .request({ method: 'POST', path: '/i/_doc', body: { a: 1 } })
    .catch((e: unknown) => e)
  t.match((error as Error).message, /within requestTimeout .*\(not retried/)
  t.equal(server.requests.length, 1)
  const get = await client.transport.request({ method: 'GET', path: '/i/_doc/1' }, { maxRetries: 1 }).catch((e: unknown) => e)
  t.match((get as Error).message, /gave up after 2 attempts/)
  t.equal(server.requests.length, 3, 'the GET was retried')
})

/** A local server that resets every request, with the arrival time of each. */
async function resettingServer(t: Test) {
  const arrivals: number[] = []
  const server = await startServer((req) => {
    arrivals.push(performance.now())
    req.socket.destroy()
  })
  t.teardown(() => server.close())
  return { server, arrivals }
}

function collectRetries(t: Test): RetryEvent[] {
  const events: RetryEvent[] = []
  const fn = (m: unknown) => events.push(m as RetryEvent)
  diagnostics.subscribe(CHANNELS.retry, fn)
  t.teardown(() => diagnostics.unsubscribe(CHANNELS.retry, fn))
  return events
}

t.test('the waits between attempts grow exponentially (random pinned to the top of the window)', async (t) => {
  const { server, arrivals } = await resettingServer(t)
  const client = new Client({ node: server.url, maxRetries: 4, retryBackoff: 50, retryMaxBackoff: 300, resurrectBackoff: 1 })
  t.teardown(() => client.close())
  const events = collectRetries(t)
  const transport = (client.transport as Transport).child({ random: () => 0.999999 })
  await transport.request({ method: 'GET', path: '/x' }).catch(() => {})
  t.equal(arrivals.length, 5)
  t.same(
    events.map((e) => e.delayMs),
    [49, 99, 199, 299],
    'ceilings 50, 100, 200, then capped at 300',
  )
  const gaps = arrivals.slice(1).map((at, i) => at - (arrivals[i] as number))
  for (const [i, gap] of gaps.entries()) {
    // Timers never fire early (a millisecond of rounding allowed); on a loaded machine they may fire late.
    t.ok(gap >= (events[i] as RetryEvent).delayMs - 1, `gap ${i + 1} (${gap.toFixed(0)} ms) >= its delay`)
  }
})

t.test('the waits are jittered: full jitter over [0, ceiling)', async (t) => {
  const draws = [0.5, 0.1, 0.9]
  const { server } = await resettingServer(t)
  const client = new Client({ node: server.url, maxRetries: 3, retryBackoff: 100, resurrectBackoff: 1 })
  t.teardown(() => client.close())
  const events = collectRetries(t)
  const transport = (client.transport as Transport).child({ random: () => draws.shift() as number })
  await transport.request({ method: 'GET', path: '/x' }).catch(() => {})
  t.same(events.map((e) => e.delayMs), [50, 20, 360])

  const samples = Array.from({ length: 500 }, () => retryDelay(3, 100, 4000, Math.random))
  t.ok(samples.every((d) => d >= 0 && d < 400), 'every draw inside the window of the third retry')
  t.ok(new Set(samples).size > 100, 'and spread over it')
  t.equal(retryDelay(40, 100, 4000, () => 0.999999), 3999, 'the cap holds for large retry numbers')
  t.equal(retryDelay(1, 100, 4000, () => 0), 0)
})

t.test('the default client waits between retries (not ~15 ms for three)', async (t) => {
  const { server, arrivals } = await resettingServer(t)
  const client = new Client({ node: server.url, resurrectBackoff: 1 })
  t.teardown(() => client.close())
  const events = collectRetries(t)
  await client.transport.request({ method: 'GET', path: '/x' }).catch(() => {})
  t.equal(arrivals.length, 4)
  t.same(
    events.map((e) => e.delayMs <= [100, 200, 400][e.attempt - 1]!),
    [true, true, true],
    'each wait inside its window (defaults: base 100 ms, cap 4 s)',
  )
})

t.test('an abort during the wait ends the request at once, no listener left', async (t) => {
  const { server } = await resettingServer(t)
  const client = new Client({ node: server.url, retryBackoff: 60_000, retryMaxBackoff: 60_000, resurrectBackoff: 1 })
  t.teardown(() => client.close())
  const controller = new AbortController()
  const started = performance.now()
  const pending = client.transport.request({ method: 'GET', path: '/x' }, { signal: controller.signal })
  setTimeout(() => controller.abort(), 100)
  const error = await pending.catch((e: unknown) => e)
  t.type(error, RequestAbortedError)
  t.ok(performance.now() - started < 10_000, 'did not wait out the minute')
  t.equal(getEventListeners(controller.signal, 'abort').length, 0)
})

t.test('retry options are validated', async (t) => {
  const node = 'http://127.0.0.1:9200'
  t.throws(() => new Client({ node, retryBackoff: -1 }), { name: 'ConfigurationError', message: /retryBackoff must be an integer from 0/ })
  t.throws(() => new Client({ node, retryBackoff: 500, retryMaxBackoff: 100 }), { message: /retryMaxBackoff must be an integer from 500 .* got 100/ })
  t.throws(() => new Client({ node, retryBackof: 5 } as never), { message: /did you mean "retryBackoff"/ })
  const server = await startServer((_req, res) => sendJson(res, 200, {}))
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  for (const bad of ['sometimes', true, 1]) {
    const error = await client.transport
      .request({ method: 'GET', path: '/' }, { retry: bad as never })
      .catch((e: unknown) => e)
    t.type(error, ConfigurationError)
    t.match((error as Error).message, /Request option "retry" must be 'safe' or 'always', got/)
  }
  t.equal(server.requests.length, 0)
})
