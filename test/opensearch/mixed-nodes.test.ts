// One Elasticsearch and one OpenSearch node behind one client (a configuration mistake the client must
// survive honestly): every write either reaches Elasticsearch and is reported done, or is refused before it is
// sent. Nothing is written to OpenSearch, index() never rejects for a document that was written, and bulk()
// never reports failed what was indexed. Against the two real servers.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ProductNotSupportedError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { uniqueIndex } from '../support/es.js'
import { elasticsearch, opensearch } from '../support/real-servers.js'

const esClient = new Client({ node: elasticsearch.url })
const osClient = new Client({ node: opensearch.url })
t.teardown(() => Promise.all([esClient.close(), osClient.close()]))

async function countIn(client: Client, index: string): Promise<number> {
  const exists = await client.indices.exists({ index })
  if (!exists) return 0
  await client.indices.refresh({ index })
  return ((await client.count({ index })) as { count: number }).count
}

for (const order of [
  [elasticsearch, opensearch],
  [opensearch, elasticsearch],
] as const) {
  t.test(`nodes [${order[0].label}, ${order[1].label}]: index() and bulk() report exactly what was written`, async (t) => {
    const index = uniqueIndex('mixed-nodes')
    t.teardown(async () => {
      await esClient.indices.delete({ index, ignore_unavailable: true })
      await osClient.indices.delete({ index, ignore_unavailable: true })
    })
    const mixed = new Client({ nodes: order.map((s) => s.url), maxRetries: 0 })
    t.teardown(() => mixed.close())
    // The first answer tells the client which product it talks to (a write to a fresh client goes out before
    // anything is known, and its answer is reported as given); from then on each node is checked before a write.
    await mixed.cluster.health()
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => mixed.index({ index, id: `single-${i}`, document: { i } })),
    )
    const resolved = outcomes.filter((o) => o.status === 'fulfilled').length
    const refused = outcomes.filter((o) => o.status === 'rejected')
    t.ok(refused.every((o) => o.reason instanceof ProductNotSupportedError && /The write was not sent/.test(o.reason.message)), 'each rejection is a refusal before sending')
    const stats = await bulk(mixed, Array.from({ length: 1000 }, (_, i) => ({ i })), { index, flushDocs: 100, concurrency: 2 })
    t.equal(stats.successful + stats.failed, 1000)
    const known = mixed.product?.name
    const home = known === 'opensearch' ? osClient : esClient
    const other = known === 'opensearch' ? esClient : osClient
    t.equal(await countIn(home, index), resolved + stats.successful, `every document reported written is in ${known}, and only those`)
    t.equal(await countIn(other, index), 0, 'nothing was written to the other product')
    t.ok(stats.failed > 0 || refused.length > 0, 'some writes met the other node and were refused unsent')
  })
}
