// bulkStream through a proxy that rejects items, refuses requests, cuts connections and answers slowly.
// Tests that count on a fault happening at all run one request at a time, so the seeded dice roll the same
// way on every run. In every case: one result per input, successful + failed == total, the index holds exactly the documents
// reported ok, and (when every item eventually succeeded) exactly the documents that came in.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t, { type Test } from 'tap'
import { type BulkResult, BulkStream, type BulkStreamOptions } from '../../src/helpers/bulk/bulk-stream.js'
import { type FaultRules, startFaultProxy } from '../support/fault-proxy.js'
import { client, createIndex, deleteIndex, idsIn, range, sortedIds, sourceOf, uniqueIndex } from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const es = client()
t.teardown(() => es.close())

// Every send counts as an attempt, and at these fault rates a send fails an item or a batch 30-50% of the
// time (the NDJSON test: reset before, item rejected, or answer lost to a reset after, ~46%). With 10 retries
// an item exhausted them in about one run of five (seen in CI); 30 puts that below one run in a million.
const fast = { backoff: { initial: 10, max: 100 }, retries: 30 }

// Every test runs twice: with the concurrency it sets (default 4), then with concurrency: 'auto' under that
// as the ceiling (so the one-at-a-time tests stay one at a time and their seeded faults fall the same way).
let auto = false
function withMode(options: BulkStreamOptions): BulkStreamOptions {
  return auto ? { ...options, concurrency: 'auto', maxConcurrency: (options.concurrency as number) ?? 4 } : options
}
function faultTest(name: string, fn: (t: Test) => Promise<void>): void {
  t.test(name, fn)
  t.test(`${name} (concurrency: 'auto')`, async (t) => {
    auto = true
    t.teardown(() => {
      auto = false
    })
    await fn(t)
  })
}

async function load(
  t: Test,
  rules: FaultRules,
  options: BulkStreamOptions,
  source: Iterable<unknown> | AsyncIterable<unknown>,
  seed = 1,
) {
  const proxy = await startFaultProxy(esUrl, rules, seed)
  const viaProxy = client(proxy.url, { resurrectBackoff: 10 } as never)
  t.teardown(async () => {
    await viaProxy.close()
    await proxy.close()
  })
  const results: BulkResult[] = []
  const stream = new BulkStream(viaProxy, withMode(options))
  await pipeline(
    Readable.from(source),
    stream,
    new Writable({
      objectMode: true,
      write(r, _e, cb) {
        results.push(r)
        cb()
      },
    }),
  )
  return { results, stats: stream.stats, proxy }
}

async function checkInvariants(
  t: Test,
  index: string,
  n: number,
  results: BulkResult[],
  stats: BulkStream['stats'],
) {
  t.equal(results.length, n, 'one result per input item')
  t.equal(stats.total, n)
  t.equal(stats.successful + stats.failed, stats.total, 'successful + failed == total')
  const inIndex = await idsIn(es, index)
  const ok = results.filter((r) => r.ok).map((r) => r.id!)
  t.ok(
    ok.every((id) => inIndex.includes(id)),
    'nothing reported ok is missing from the index',
  )
  return inIndex
}

faultTest('a third of the items answered 429: retried until all are in, none twice', async (t) => {
  const index = uniqueIndex('faults-items')
  t.teardown(() => deleteIndex(es, index))
  const docs = range(1500).map((n) => ({ n }))
  const { results, stats, proxy } = await load(
    t,
    { itemReject: 0.33 },
    { index, id: 'n', flushDocs: 200, ...fast },
    docs,
  )
  const inIndex = await checkInvariants(t, index, 1500, results, stats)
  t.ok(proxy.stats.itemsRejected > 300, `the proxy rejected ${proxy.stats.itemsRejected} items`)
  t.equal(stats.failed, 0)
  t.ok(stats.retried > 300, `retried ${stats.retried}`)
  t.same(inIndex, sortedIds(1500), 'exactly the documents that came in')
  t.ok(
    results.some((r) => r.attempts > 1),
    'results tell the attempts',
  )
})

faultTest('a storm of whole-request 429 and 503: batches retried, nothing lost or doubled', async (t) => {
  const index = uniqueIndex('faults-requests')
  t.teardown(() => deleteIndex(es, index))
  // no ids: client-generated ids are what makes the retries safe
  const docs = range(1200).map((n) => ({ n }))
  const { results, stats, proxy } = await load(
    t,
    { request429: 0.4, request503: 0.2 },
    { index, flushDocs: 100, concurrency: 3, ...fast },
    docs,
  )
  const inIndex = await checkInvariants(t, index, 1200, results, stats)
  t.ok(proxy.stats.request429 + proxy.stats.request503 > 5, 'the storm happened')
  t.equal(stats.failed, 0)
  t.same(inIndex, results.map((r) => r.id!).sort(), 'the index holds exactly one document per input')
  const ns = new Set<number>()
  await Promise.all(
    results.slice(0, 20).map(async (r) => {
      const src = await sourceOf(es, index, r.id!)
      ns.add(src!.n as number)
    }),
  )
  t.equal(ns.size, 20, 'the ids map to distinct documents')
})

faultTest(
  'connections reset during the upload, before and after the node applied a batch: still exactly once',
  async (t) => {
    const index = uniqueIndex('faults-reset')
    t.teardown(() => deleteIndex(es, index))
    const docs = range(1000).map((n) => ({ n }))
    const { results, stats, proxy } = await load(
      t,
      { resetBefore: 0.1, resetMidBody: 0.15, resetAfter: 0.2 },
      { index, flushDocs: 50, concurrency: 1, ...fast },
      docs,
      7,
    )
    const inIndex = await checkInvariants(t, index, 1000, results, stats)
    t.ok(
      proxy.stats.resetAfter > 0 && proxy.stats.resetBefore > 0 && proxy.stats.resetMidBody > 0,
      `resets: ${JSON.stringify(proxy.stats)}`,
    )
    t.equal(stats.failed, 0)
    t.equal(inIndex.length, 1000, 'no duplicates although some batches were applied twice')
    t.same(inIndex, results.map((r) => r.id!).sort())
  },
)

faultTest('answers later than requestTimeout: the batch is retried, still exactly once', async (t) => {
  const index = uniqueIndex('faults-timeout')
  t.teardown(() => deleteIndex(es, index))
  const docs = range(500).map((n) => ({ n }))
  const { results, stats, proxy } = await load(
    t,
    { slowShare: 0.3, slowMs: 600 },
    { index, flushDocs: 50, requestTimeout: 300, concurrency: 1, ...fast },
    docs,
    11,
  )
  const inIndex = await checkInvariants(t, index, 500, results, stats)
  t.ok(proxy.stats.slow > 0, `${proxy.stats.slow} answers came too late`)
  t.equal(stats.failed, 0)
  t.same(inIndex, results.map((r) => r.id!).sort(), 'applied twice, indexed once')
})

faultTest('batches larger than the node accepts (413) are split until they fit', async (t) => {
  const index = uniqueIndex('faults-413')
  t.teardown(() => deleteIndex(es, index))
  const docs = range(400).map((n) => ({ n, pad: 'p'.repeat(100) }))
  const { results, stats, proxy } = await load(t, { maxBodyBytes: 6000 }, { index, id: 'n', flushDocs: 200, ...fast }, docs)
  const inIndex = await checkInvariants(t, index, 400, results, stats)
  t.equal(stats.failed, 0)
  t.ok(stats.requests >= 10, `split: ${stats.requests} requests for 400 items of ~150 bytes, 6000 bytes each at most`)
  t.ok(
    results.every((r) => r.attempts === 1),
    'a refused oversized batch does not count as an attempt',
  )
  t.same(inIndex, sortedIds(400))
  t.ok(proxy.log.length > 0)
})

faultTest('create ops whose answer was lost: the 409 of the retry is reported as "exists", not as created', async (t) => {
  const index = uniqueIndex('faults-create')
  t.teardown(() => deleteIndex(es, index))
  // One document was there before the load: its conflict must not pass for ours.
  await es.transport.request({ method: 'PUT', path: `/${index}/_doc/c7`, querystring: { refresh: 'true' }, body: { before: true } })
  const docs = range(600).map((n) => ({ create: { _id: `c${n}` }, doc: { n } }))
  const { results, stats, proxy } = await load(
    t,
    { resetAfter: 0.3 },
    { index, flushDocs: 100, concurrency: 1, ...fast },
    docs,
    3,
  )
  const inIndex = await checkInvariants(t, index, 600, results, stats)
  t.ok(proxy.stats.resetAfter > 0)
  const exists = results.filter((r) => r.result === 'exists')
  t.ok(exists.length > 0, `${exists.length} creates met a document after a lost answer`)
  t.ok(
    exists.every((r) => r.ok && r.status === 409 && r.error?.type === 'version_conflict_engine_exception' && r.attempts > 1),
    '"exists": ok (the document is there), status 409, the conflict as its error, after a retry',
  )
  t.equal(stats.exists, exists.length, 'stats.exists counts them')
  t.notOk(
    results.some((r) => r.status === 409 && r.result === 'created'),
    'no conflict reported as created',
  )
  const c7 = results.find((r) => r.id === 'c7')!
  // The seeded proxy lets c7's first attempt through: its conflict is a plain failure, never "created".
  t.match(c7, { ok: false, status: 409, attempts: 1, error: { type: 'version_conflict_engine_exception' } })
  t.equal(stats.successful + stats.failed, 600, 'successful + failed == total, "exists" among the successful')
  t.equal(stats.failed, 1)
  t.same(
    inIndex,
    range(600)
      .map((n) => `c${n}`)
      .sort(),
  )
})

faultTest(
  'retries exhausted: items fail with their last status, and only the ok ones are in the index',
  async (t) => {
    const index = uniqueIndex('faults-exhausted')
    t.teardown(() => deleteIndex(es, index))
    const docs = range(300).map((n) => ({ n }))
    const { results, stats } = await load(
      t,
      { itemReject: 0.5 },
      { index, id: 'n', flushDocs: 100, retries: 1, backoff: { initial: 5, max: 10 } },
      docs,
    )
    const inIndex = await checkInvariants(t, index, 300, results, stats)
    t.ok(stats.failed > 0, `${stats.failed} failed`)
    const failed = results.filter((r) => !r.ok)
    t.ok(failed.every((r) => r.status === 429 && r.attempts === 2 && (r.item as { n: number }).n >= 0))
    t.same(
      inIndex,
      results
        .filter((r) => r.ok)
        .map((r) => r.id!)
        .sort(),
      'the index holds exactly the ok ones',
    )
  },
)

faultTest(
  'slow server, source idle then bursting: the idle part flushes on time, the burst is throttled',
  async (t) => {
    const index = uniqueIndex('faults-slow')
    t.teardown(() => deleteIndex(es, index))
    await createIndex(es, index) // creating it on the first bulk can take seconds on a busy node
    let firstAnswerAt = 0
    let burstStartedAt = 0
    async function* source() {
      for (const n of range(30)) yield { n }
      // long enough for the first answer on a loaded 2-core machine (2.5 s flaked at load average 20+)
      await new Promise((r) => setTimeout(r, 5000))
      burstStartedAt = Date.now()
      for (const n of range(3000, 30)) yield { n, pad: 'x'.repeat(200) }
    }
    const proxy = await startFaultProxy(esUrl, { delayMs: 300 })
    const viaProxy = client(proxy.url)
    t.teardown(async () => {
      await viaProxy.close()
      await proxy.close()
    })
    const stream = new BulkStream(
      viaProxy,
      withMode({ index, id: 'n', flushInterval: 200, flushBytes: 64 * 1024, concurrency: 2 }),
    )
    let maxInFlight = 0
    let inFlight = 0
    const request = viaProxy.transport.request.bind(viaProxy.transport)
    ;(viaProxy.transport as { request: unknown }).request = async (...args: [never, never]) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      try {
        return await request(...args)
      } finally {
        inFlight--
      }
    }
    const results: BulkResult[] = []
    await pipeline(
      Readable.from(source()),
      stream,
      new Writable({
        objectMode: true,
        write(r, _e, cb) {
          if (results.length === 0) firstAnswerAt = Date.now()
          results.push(r)
          cb()
        },
      }),
    )
    t.ok(firstAnswerAt > 0 && firstAnswerAt < burstStartedAt, 'the idle part was indexed before the burst')
    t.ok(maxInFlight <= 2, `never more than concurrency requests in flight (saw ${maxInFlight})`)
    const inIndex = await checkInvariants(t, index, 3030, results, stream.stats)
    t.same(inIndex, sortedIds(3030))
  },
)

faultTest('retried items are re-sent byte for byte: multi-byte text, mixed sizes, raw lines', async (t) => {
  // A retry copies each item's byte range out of the batch it came from: a range off by one byte would show
  // as a changed or refused document here.
  const index = uniqueIndex('faults-bytes')
  t.teardown(() => deleteIndex(es, index))
  const text = (n: number) => `${'é'.repeat(n % 7)}日本語${'🙂'.repeat(n % 3)}${'x'.repeat((n * 37) % 500)}`
  const docs = range(600).map((n) =>
    n % 3 === 0
      ? JSON.stringify({ n, text: text(n) })
      : n % 3 === 1
        ? { n, text: text(n) }
        : Buffer.from(`{"index":{"_id":"${n}"}}\n${JSON.stringify({ n, text: text(n) })}`),
  )
  const { results, stats, proxy } = await load(
    t,
    { itemReject: 0.4 },
    { index, id: 'n', flushDocs: 150, ...fast },
    docs,
    5,
  )
  await checkInvariants(t, index, 600, results, stats)
  t.ok(proxy.stats.itemsRejected > 100, `the proxy rejected ${proxy.stats.itemsRejected} items`)
  t.equal(stats.failed, 0)
  const sample = results.filter((_, i) => i % 25 === 0)
  for (const r of sample) {
    const src = await sourceOf(es, index, r.id!)
    t.same(src, { n: src!.n, text: text(src!.n as number) }, `document ${r.id} arrived unchanged`)
  }
})

faultTest('raw lines that exhaust their retries come back as the strings written', async (t) => {
  // Raw lines are read back from the body of their last attempt (a retry body of its own): check the ranges.
  const index = uniqueIndex('faults-rawlines')
  t.teardown(() => deleteIndex(es, index))
  const line = (n: number) => JSON.stringify({ n, text: `${'é'.repeat(n % 5)}🙂${'y'.repeat(n % 90)}` })
  const { results, stats } = await load(
    t,
    { itemReject: 0.5 },
    { index, flushDocs: 100, retries: 1, backoff: { initial: 5, max: 10 } },
    range(300).map(line),
  )
  await checkInvariants(t, index, 300, results, stats)
  const failed = results.filter((r) => !r.ok)
  t.ok(failed.length > 20, `${failed.length} failed`)
  t.ok(
    failed.every((r) => r.attempts === 2 && r.item === line(JSON.parse(r.item as string).n)),
    'each failed result carries its line, unchanged',
  )
})

t.test('NDJSON bytes (input ndjson): items rejected and connections reset, still exactly once, lines unchanged', async (t) => {
  const index = uniqueIndex('faults-ndjson')
  t.teardown(() => deleteIndex(es, index))
  const line = (n: number) => JSON.stringify({ n, text: `${'é'.repeat(n % 5)}🙂${'y'.repeat(n % 90)}` })
  const bytes = Buffer.from(range(1000).map((n) => `${line(n)}\n`).join(''))
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += 4093) chunks.push(bytes.subarray(at, at + 4093))
  const { results, stats, proxy } = await load(
    t,
    { itemReject: 0.3, resetAfter: 0.15, resetBefore: 0.1 },
    { index, input: 'ndjson', flushDocs: 100, concurrency: 1, ...fast },
    chunks,
    9,
  )
  const inIndex = await checkInvariants(t, index, 1000, results, stats)
  t.ok(proxy.stats.itemsRejected > 50 && proxy.stats.resetAfter > 0, `faults: ${JSON.stringify(proxy.stats)}`)
  t.equal(stats.failed, 0)
  t.ok(stats.retried > 50, `retried ${stats.retried}`)
  t.equal(inIndex.length, 1000, 'no duplicates although some batches were applied twice')
  t.same(inIndex, results.map((r) => r.id!).sort())
  for (const r of results.filter((_, i) => i % 100 === 0)) {
    const src = await sourceOf(es, index, r.id!)
    t.equal(JSON.stringify(src), line(src!.n as number), `document ${r.id} arrived unchanged`)
  }
})
