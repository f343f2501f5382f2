// autoId: 'server' is at-least-once, and the suite should say so as plainly as it proves exactly-once: answers
// lost after the node applied a batch (a proxy resets the connection then) make the helper re-send, and
// Elasticsearch names the re-sent documents anew. Nothing is lost; some documents are in the index twice.
// The same faults with client-side ids (the default) leave each document once: test/helpers/bulk-faults.test.ts.
import t from 'tap'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { client, deleteIndex, uniqueIndex } from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const es = client()
t.teardown(() => es.close())

t.test("autoId 'server' with answers lost after the node applied them: nothing lost, duplicates", async (t) => {
  const index = uniqueIndex('rel-at-least-once')
  t.teardown(() => deleteIndex(es, index))
  const proxy = await startFaultProxy(esUrl, { resetAfter: 0.3 }, 3)
  const viaProxy = client(proxy.url, { resurrectBackoff: 10 } as never)
  t.teardown(async () => {
    await viaProxy.close()
    await proxy.close()
  })
  const N = 1000
  const docs = Array.from({ length: N }, (_, n) => ({ n }))
  // One request at a time, so the seeded dice reset the same requests on every run.
  const stats = await bulk(viaProxy, docs, {
    index,
    autoId: 'server',
    flushDocs: 50,
    concurrency: 1,
    retries: 10,
    backoff: { initial: 10, max: 100 },
  })
  t.ok(proxy.stats.resetAfter > 0, `${proxy.stats.resetAfter} answers lost after the node applied the batch`)
  t.equal(stats.failed, 0, 'every document reported indexed')
  await es.transport.request({ method: 'POST', path: `/${index}/_refresh` })
  const res = await es.transport.request<{ hits: { total: { value: number } }; aggregations: { ns: { value: number } } }>({
    method: 'POST',
    path: `/${index}/_search`,
    body: { size: 0, track_total_hits: true, aggs: { ns: { cardinality: { field: 'n', precision_threshold: 40000 } } } },
  })
  t.equal(res.aggregations.ns.value, N, 'every document is there: nothing lost')
  t.ok(res.hits.total.value > N, `and ${res.hits.total.value - N} are there twice: at least once, not exactly once`)
})
