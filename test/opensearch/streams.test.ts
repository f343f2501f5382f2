// The stream helpers on both real servers, written once (onEachServer): a bulk load is exact, a scan reads
// every document once and frees its point in time or scroll, reindex copies everything, within a server and
// across the two. Each test uses a fresh client, so the first request is also the product detection.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { createIndex, deleteIndex, eventually, idsIn, openContexts, sortedIds, uniqueIndex } from '../support/es.js'
import { elasticsearch, onEachServer, opensearch, type RealServer } from '../support/real-servers.js'

const N = 1_000

function fresh(t: Test, server: RealServer): Client {
  const client = new Client({ node: server.url, requestTimeout: 120_000 })
  t.teardown(() => client.close())
  return client
}

async function seeded(t: Test, server: RealServer, topic: string, shards = 2): Promise<string> {
  const client = fresh(t, server)
  const index = uniqueIndex(`${server.product}-${topic}`)
  await createIndex(client, index, shards)
  t.teardown(() => deleteIndex(client, index))
  const stats = await bulk(
    client,
    Array.from({ length: N }, (_, i) => ({ id: String(i), n: i, text: `doc ${i}` })),
    { index, id: 'id', refresh: true },
  )
  t.equal(stats.successful, N, 'seeded')
  return index
}

onEachServer(t, 'bulk: every document in, each once, counted exactly', async (t, server) => {
  const client = fresh(t, server)
  const index = uniqueIndex(`${server.product}-bulk`)
  await createIndex(client, index, 2)
  t.teardown(() => deleteIndex(client, index))
  const stats = await bulk(
    client,
    Array.from({ length: N }, (_, i) => ({ id: String(i), n: i })),
    { index, id: 'id', flushDocs: 300, concurrency: 3 },
  )
  t.equal(client.product?.name, server.product)
  t.match(stats, { total: N, successful: N, failed: 0 })
  t.same(await idsIn(client, index), sortedIds(N))
})

onEachServer(t, 'bulkStream: one result per item, and refused items say why', async (t, server) => {
  const client = fresh(t, server)
  const index = uniqueIndex(`${server.product}-stream`)
  await createIndex(client, index, 1, { properties: { n: { type: 'integer' } } })
  t.teardown(() => deleteIndex(client, index))
  const results: BulkResult[] = []
  await pipeline(
    Readable.from(Array.from({ length: 200 }, (_, i) => ({ id: `d${i}`, n: i % 50 === 0 ? 'not a number' : i }))),
    bulkStream(client, { index, id: 'id', flushDocs: 64 }),
    async (source) => {
      for await (const r of source) results.push(r as BulkResult)
    },
  )
  t.equal(results.length, 200)
  const failed = results.filter((r) => !r.ok)
  t.same(failed.map((r) => r.id).sort(), ['d0', 'd100', 'd150', 'd50'])
  // The same refusal under two names: Elasticsearch 8+ renamed it, OpenSearch kept the 7.x one.
  const type = server.product === 'elasticsearch' ? 'document_parsing_exception' : 'mapper_parsing_exception'
  t.same(new Set(failed.map((r) => `${r.status} ${(r.error as { type?: string }).type}`)), new Set([`400 ${type}`]))
  t.equal((await idsIn(client, index)).length, 196)
})

for (const mode of ['point in time', 'point in time, 3 slices', 'scroll'] as const) {
  onEachServer(t, `scan (${mode}): every document once, and the context freed`, async (t, server) => {
    const index = await seeded(t, server, 'scan')
    const client = fresh(t, server) // a fresh client: the scan's first request is its first answer
    const options =
      mode === 'scroll'
        ? { index, size: 150, scroll: '1m' }
        : { index, size: 150, ...(mode === 'point in time' ? {} : { slices: 3 }) }
    const ids: string[] = []
    for await (const hit of scan(client, options)) ids.push(hit._id)
    t.equal(ids.length, N)
    t.same(ids.sort(), sortedIds(N))
    t.ok(await eventually(async () => (await openContexts(client, index)) === 0, 10_000), 'no open context left')
  })
}

onEachServer(t, 'scan stopped early frees its point in time', async (t, server) => {
  const index = await seeded(t, server, 'scan-break')
  const client = fresh(t, server)
  let read = 0
  for await (const _hit of scan(client, { index, size: 100 })) if (++read === 150) break
  t.equal(read, 150)
  t.ok(await eventually(async () => (await openContexts(client, index)) === 0, 10_000), 'no open context left')
})

onEachServer(t, 'reindex within the server: every document copied', async (t, server) => {
  const source = await seeded(t, server, 'reindex-src')
  const client = fresh(t, server)
  const dest = uniqueIndex(`${server.product}-reindex-dst`)
  t.teardown(() => deleteIndex(client, dest))
  const stats = await reindex(client, { index: source, size: 150 }, { index: dest, refresh: true })
  t.match(stats, { scanned: N, total: N, successful: N, failed: 0 })
  t.same(await idsIn(client, dest), sortedIds(N))
})

for (const [from, to] of [
  [elasticsearch, opensearch],
  [opensearch, elasticsearch],
] as const) {
  t.test(`reindex across servers: ${from.label} -> ${to.label}`, async (t) => {
    const source = await seeded(t, from, 'cross-src')
    const src = fresh(t, from)
    const dst = fresh(t, to)
    const dest = uniqueIndex(`${to.product}-cross-dst`)
    t.teardown(() => deleteIndex(dst, dest))
    const stats = await reindex(src, { index: source, size: 150, slices: 2 }, dst, { index: dest, refresh: true })
    t.match(stats, { scanned: N, total: N, successful: N, failed: 0 })
    t.same(await idsIn(dst, dest), sortedIds(N))
    t.same(src.product?.name, from.product)
    t.same(dst.product?.name, to.product)
  })
}
