import t from 'tap'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { reindex } from '../../src/helpers/reindex.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { client, createIndex, deleteIndex, idsIn, openContexts, range, sourceOf, uniqueIndex } from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const es = client()
const source = uniqueIndex('reindex-src')

t.before(async () => {
  await createIndex(es, source, 2)
  await bulk(
    es,
    range(700).map((n) => ({ n, keep: n % 7 !== 0 })),
    { index: source, id: (d) => `r${d.n}`, refresh: true },
  )
})
t.teardown(async () => {
  await deleteIndex(es, source)
  await es.close()
})

t.test('copies every document with its id, through an async transform that can drop', async (t) => {
  const target = uniqueIndex('reindex-dst')
  t.teardown(() => deleteIndex(es, target))
  const stats = await reindex<{ n: number; keep: boolean }, { n: number; double: number }>(
    es,
    { index: source, size: 100, slices: 2 },
    {
      index: target,
      transform: async (doc) => (doc.keep ? { n: doc.n, double: doc.n * 2 } : null),
      flushDocs: 150,
    },
  )
  const kept = range(700).filter((n) => n % 7 !== 0)
  t.match(stats, { scanned: 700, dropped: 100, total: 600, successful: 600, failed: 0 })
  t.same(await idsIn(es, target), kept.map((n) => `r${n}`).sort())
  t.same(await sourceOf(es, target, 'r3'), { n: 3, double: 6 })
  t.equal(await openContexts(es, source), 0, 'the point in time of the source is closed')
})

t.test('another target client (here: the same node behind a proxy), a query, no transform', async (t) => {
  const target = uniqueIndex('reindex-other')
  t.teardown(() => deleteIndex(es, target))
  const proxy = await startFaultProxy(esUrl, { itemReject: 0.2 })
  const other = client(proxy.url)
  t.teardown(async () => {
    await other.close()
    await proxy.close()
  })
  const stats = await reindex(es, { index: source, query: { range: { n: { lt: 100 } } } }, other, {
    index: target,
    backoff: { initial: 5, max: 20 },
    retries: 10,
  })
  t.match(stats, { scanned: 100, total: 100, successful: 100, failed: 0 })
  t.ok(proxy.stats.itemsRejected > 0, 'the target rejected items, which were retried')
  t.equal((await idsIn(es, target)).length, 100)
  t.same(await sourceOf(es, target, 'r42'), { n: 42, keep: false })
})

t.test(
  'a data stream target is written with create (the proxy plays the data stream: this node has none)',
  async (t) => {
    const target = uniqueIndex('reindex-ds')
    t.teardown(() => deleteIndex(es, target))
    const proxy = await startFaultProxy(esUrl, { dataStreams: [target] })
    const other = client(proxy.url)
    t.teardown(async () => {
      await other.close()
      await proxy.close()
    })
    const stats = await reindex(es, { index: source, query: { range: { n: { lt: 50 } } } }, other, {
      index: target,
    })
    t.match(stats, { total: 50, successful: 50 })
    const ops = proxy.log.filter((e) => e.ops !== undefined).flatMap((e) => e.ops!)
    t.equal(ops.length, 50)
    t.ok(
      ops.every((op) => op === 'create'),
      'every action is a create',
    )

    // and a plain index gets index ops, so a second run overwrites instead of failing on every id
    proxy.log.length = 0
    const again = await reindex(es, { index: source, query: { range: { n: { lt: 50 } } } }, other, {
      index: `${target}-plain`,
    })
    t.teardown(() => deleteIndex(es, `${target}-plain`))
    t.match(again, { successful: 50 })
    t.ok(proxy.log.filter((e) => e.ops).every((e) => e.ops!.every((op) => op === 'index')))
  },
)

t.test('a transform that throws stops the reindex with its error and closes the point in time', async (t) => {
  const target = uniqueIndex('reindex-throw')
  t.teardown(() => deleteIndex(es, target))
  await t.rejects(
    reindex(
      es,
      { index: source, size: 50 },
      {
        index: target,
        transform: (doc: { n: number }) => {
          if (doc.n === 123) throw new Error('bad document')
          return doc
        },
      },
    ),
    { message: 'bad document' },
  )
  t.equal(await openContexts(es, source), 0)
})

t.test('a bad bulk option fails the reindex before a point in time is opened on the source', async (t) => {
  const target = uniqueIndex('reindex-badopt')
  const before = await openContexts(es, source)
  await t.rejects(reindex(es, { index: source }, { index: target, concurrency: 0 }), {
    name: 'ConfigurationError',
    message: /concurrency/,
  })
  // Built before the writer, the scan opened its point in time in the background and nothing closed it.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  t.equal(await openContexts(es, source), before, 'no point in time left open on the source')
})
