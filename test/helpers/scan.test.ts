import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { ScanError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type ScanHit, scan } from '../../src/helpers/scan/scan.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import {
  client,
  createIndex,
  deleteIndex,
  eventually,
  openContexts,
  range,
  sortedIds,
  uniqueIndex,
} from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const es = client()
const N = 1000
const index = uniqueIndex('scan')

t.before(async () => {
  await createIndex(es, index, 3)
  await bulk(
    es,
    range(N).map((n) => ({ n, even: n % 2 === 0 })),
    { index, id: 'n', refresh: true },
  )
})
t.teardown(async () => {
  await deleteIndex(es, index)
  await es.close()
})

const closed = () => eventually(async () => (await openContexts(es, index)) === 0)

t.test('every hit exactly once, the point in time closed when the stream ends', async (t) => {
  const ids: string[] = []
  const s = scan(es, { index, size: 100 })
  for await (const hit of s) ids.push((hit as ScanHit)._id)
  t.same(ids.sort(), sortedIds(N))
  t.equal(await openContexts(es, index), 0, 'closed before end was emitted')
  t.equal(s.stats.pages, 11, '10 full pages and the short last one')
})

t.test('a query and _source filter are applied; hits are typed by the document type', async (t) => {
  const hits: Array<ScanHit<{ n: number }>> = []
  for await (const hit of scan<{ n: number }>(es, { index, query: { term: { even: true } }, _source: ['n'], size: 128 })) {
    const n: number = hit._source!.n // compiles only if for-await yields ScanHit<{ n: number }>
    if (n >= 0) hits.push(hit)
  }
  t.equal(hits.length, N / 2)
  t.ok(hits.every((h) => h._source!.n % 2 === 0 && !('even' in h._source!)))
})

t.test('a hit keeps what a consumer reads; _score only when the sort uses it', async (t) => {
  const s = scan(es, { index, size: 10 })
  for await (const hit of s) {
    t.match(hit, { _index: index, _id: String, _source: { n: Number }, sort: Array })
    t.equal(hit._score, null, 'the default sort scores nothing')
    break
  }
  for await (const hit of scan(es, { index, size: 10, query: { term: { even: true } }, sort: ['_score', '_doc'] })) {
    t.type(hit._score, 'number', 'sorted by _score: the score is there')
    break
  }
})

t.test('slices: three sliced scans merged, every hit once', async (t) => {
  const ids: string[] = []
  const s = scan(es, { index, size: 64, slices: 3 })
  for await (const hit of s) ids.push((hit as ScanHit)._id)
  t.same(ids.sort(), sortedIds(N))
  t.ok(await closed())
})

t.test('scroll instead of point in time, cleared at end and on destroy', async (t) => {
  const ids: string[] = []
  for await (const hit of scan(es, { index, size: 200, scroll: '30s', slices: 2 }))
    ids.push((hit as ScanHit)._id)
  t.same(ids.sort(), sortedIds(N))
  t.equal(await openContexts(es, index), 0)
  const s = scan(es, { index, size: 50, scroll: '30s' })
  for await (const _ of s) break
  t.ok(await closed(), 'scroll cleared after break')
})

t.test('the point in time is closed after break, destroy(), a consumer error and an abort', async (t) => {
  let seen = 0
  for await (const _ of scan(es, { index, size: 100 })) if (++seen === 150) break
  t.equal(seen, 150)
  t.ok(await closed(), 'after break')

  const s = scan(es, { index, size: 100 })
  await new Promise<void>((resolve) => s.once('data', () => resolve()))
  s.destroy()
  await new Promise((r) => s.once('close', r))
  t.equal(await openContexts(es, index), 0, 'after destroy(), by the time close is emitted')

  const failing = new Writable({
    objectMode: true,
    write(_hit, _e, cb) {
      cb(new Error('consumer failed'))
    },
  })
  await t.rejects(pipeline(scan(es, { index, size: 100 }), failing), { message: 'consumer failed' })
  t.ok(await closed(), 'after a consumer error')

  const ac = new AbortController()
  const aborted = scan(es, { index, size: 100, signal: ac.signal })
  let n = 0
  await t.rejects(
    (async () => {
      for await (const _ of aborted) if (++n === 10) ac.abort()
    })(),
    { name: 'AbortError' },
  )
  t.ok(await closed(), 'after abort')
})

t.test('read-ahead: the page being read plus one, fetched while the consumer reads', async (t) => {
  const size = 50
  const s = scan(es, { index, size })
  let worst = 0
  let buffered = 0
  for await (const _ of s) {
    // pages fetched minus pages the consumer has started: never more than one ahead
    worst = Math.max(worst, s.stats.pages - Math.ceil(s.stats.consumed / size))
    buffered = Math.max(buffered, s.readableLength)
    await new Promise((r) => setTimeout(r, 1))
  }
  t.equal(worst, 1, `the next page arrives while the consumer reads the current one, never two (saw ${worst})`)
  t.ok(buffered <= 2 * size, `hits waiting in the stream peaked at ${buffered} (two pages: ${2 * size})`)
  // The overlap itself: a page of 50 hits takes the consumer 50+ ms, the node answers the next one sooner.
  t.ok(buffered > size, `the next page landed before the current one was read (peak ${buffered})`)
  t.equal(s.stats.consumed, N)
  t.equal(s.stats.pages, N / size + 1)
})

t.test('read-ahead: a consumer that stops reading stops the fetching (hard bound)', async (t) => {
  const size = 50
  const s = scan(es, { index, size })
  t.teardown(() => s.destroy())
  const it = s[Symbol.asyncIterator]()
  await it.next()
  // Long enough for many pages if the scan fetched ahead on its own.
  await new Promise((r) => setTimeout(r, 300))
  t.equal(s.stats.pages, 2, 'the page being read and the next one, nothing more')
  t.ok(s.readableLength <= 2 * size - 1, `hits waiting: ${s.readableLength}`)
  // Read into the second page: exactly one more page may come.
  for (let i = 0; i < size; i++) await it.next()
  await new Promise((r) => setTimeout(r, 300))
  t.equal(s.stats.pages, 3, 'one more page once the consumer started the second')
  await it.return?.()
  t.ok(await closed(), 'closed after the early return')
})

t.test('resume from a cursor: the rest of the hits, none twice, none missed (1 and 2 slices)', async (t) => {
  for (const slices of [1, 2]) {
    const first: string[] = []
    const s = scan(es, { index, size: 100, slices, keepPointInTime: true })
    for await (const hit of s) if (first.push((hit as ScanHit)._id) === 333) break
    const cursor = s.cursor!
    t.ok(cursor.pitId, 'the cursor carries the point in time')
    t.equal(cursor.slices.length, slices)
    const rest: string[] = []
    const resumed = scan(es, { index, resume: JSON.parse(JSON.stringify(cursor)), size: 100 })
    for await (const hit of resumed) rest.push((hit as ScanHit)._id)
    t.equal(first.length + rest.length, N, `slices ${slices}: counts add up`)
    t.same([...first, ...rest].sort(), sortedIds(N), `slices ${slices}: every hit once`)
    t.ok(await closed(), 'the resumed scan closed the point in time at its end')
  }
})

t.test('shard failures: ScanError by default, the good shards with allowPartialResults', async (t) => {
  const dates = uniqueIndex('scan-dates')
  const words = uniqueIndex('scan-words')
  t.teardown(() => Promise.all([deleteIndex(es, dates), deleteIndex(es, words)]))
  await createIndex(es, dates, 1, { properties: { d: { type: 'date' } } })
  await createIndex(es, words, 1, { properties: { d: { type: 'keyword' } } })
  await bulk(
    es,
    [
      { index: { _index: dates }, doc: { d: '2020-01-01' } },
      { index: { _index: words }, doc: { d: 'zebra' } },
    ],
    {
      refresh: true,
    },
  )
  const query = { range: { d: { gte: 'not-a-date' } } }
  const err = await (async () => {
    for await (const _ of scan(es, { index: [dates, words], query })) {
    }
  })().catch((e: unknown) => e)
  t.type(err, ScanError)
  // The node's reasons reach the error.
  t.match((err as ScanError).shardFailures, [{ index: dates, reason: { type: String } }])
  const hits: ScanHit[] = []
  for await (const hit of scan(es, { index: [dates, words], query, allowPartialResults: true }))
    hits.push(hit)
  t.same(
    hits.map((h) => h._index),
    [words],
  )
})

t.test('pages answered 429/503 by a proxy are retried, the scan completes', async (t) => {
  const proxy = await startFaultProxy(esUrl, { match: /\/_search$/, request429: 0.4, request503: 0.2 }, 5)
  const viaProxy = client(proxy.url)
  t.teardown(async () => {
    await viaProxy.close()
    await proxy.close()
  })
  const ids: string[] = []
  for await (const hit of scan(viaProxy, {
    index,
    size: 100,
    // About half the pages fail (0.4 + 0.6 x 0.2): with 10 retries a page runs out of them in ~1 run of 130.
    retries: 30,
    backoff: { initial: 5, max: 20 },
  })) {
    ids.push((hit as ScanHit)._id)
  }
  t.ok(proxy.stats.request429 + proxy.stats.request503 > 0, 'faults happened')
  t.same(ids.sort(), sortedIds(N))
  t.ok(await closed())
})

t.test('an expired point in time is a ScanError', async (t) => {
  const s = scan(es, { index, size: 10, keepPointInTime: true })
  for await (const _ of s) break
  const cursor = s.cursor!
  await es.transport.request({ method: 'DELETE', path: '/_pit', body: { id: cursor.pitId } })
  await t.rejects(
    (async () => {
      for await (const _ of scan(es, { index, resume: cursor })) {
      }
    })(),
    ScanError,
  )
})

t.test('a missing index rejects with the ResponseError of the point-in-time request', async (t) => {
  const err = await (async () => {
    for await (const _ of scan(es, { index: uniqueIndex('scan-missing') })) {
    }
  })().catch((e: unknown) => e)
  t.match(err, { name: 'ResponseError', statusCode: 404, type: 'index_not_found_exception' })
})

t.test('bad options are ConfigurationErrors', async (t) => {
  t.throws(() => scan(es, {} as never), { name: 'ConfigurationError', message: /index/ })
  t.throws(() => scan(es, { index, slices: 0 }), { name: 'ConfigurationError', message: /slices/ })
  t.throws(() => scan(es, { index, keepAlive: '1 minute' }), {
    name: 'ConfigurationError',
    message: /keepAlive/,
  })
  t.throws(() => scan(es, { index, sise: 10 } as never), {
    name: 'ConfigurationError',
    message: /did you mean "size"/,
  })
})

t.test('runtime_mappings: a field computed at search time can be queried and sorted on', async (t) => {
  const unmapped = uniqueIndex('scan-runtime')
  // `dynamic: false`: color is kept in _source but not indexed, so only a runtime field can search it.
  await es.indices.create({ index: unmapped, mappings: { dynamic: false, properties: { n: { type: 'integer' } } } })
  t.teardown(() => deleteIndex(es, unmapped))
  await bulk(es, range(10).map((n) => ({ n, color: n % 2 === 0 ? 'red' : 'blue' })), { index: unmapped, id: 'n', refresh: true })
  const seen: number[] = []
  for await (const hit of scan<{ n: number }>(es, {
    index: unmapped,
    runtime_mappings: { color: { type: 'keyword' } },
    query: { term: { color: 'red' } },
    sort: [{ color: 'asc' }, { n: 'desc' }],
    size: 2,
  })) {
    seen.push((hit as ScanHit<{ n: number }>)._source!.n)
  }
  t.same(seen, [8, 6, 4, 2, 0], 'the red ones, in the runtime sort, across pages')
})
