// A real node death, not a simulated one: SIGKILL of one node of an own 3-node cluster while two bulk loads
// (explicit ids, client-side ids) are running against it. The fault-proxy tests
// (test/helpers/bulk-faults.test.ts) cut connections on purpose; here the JVM dies with its sockets, its
// shard copies, and the cluster promotes replicas and may elect a new master while
// the client keeps going.
//
// One cluster, one kill: every observation below comes from the same SIGKILL, so the file pays for one
// cluster start. The kill is triggered from inside the load sources, when both loads have handed over 40%
// of their documents, so it always lands mid-load.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { type BulkStats, bulk } from '../../src/helpers/bulk.js'
import type { HttpMethod } from '../../src/transport/types.js'
import { startOwnCluster } from './own-cluster.js'

const N = 20_000

const cluster = await startOwnCluster(t)
// Answers can wait for a new primary or master; the helpers' own retries cover the rest.
const es = new Client({ nodes: cluster.urls, requestTimeout: 90_000 })
t.teardown(() => es.close())

const request = <T = any>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  querystring?: Record<string, string>,
) =>
  es.transport.request<T>({ method, path, ...(body ? { body } : {}), ...(querystring ? { querystring } : {}) })

async function createIndex(index: string, settings: Record<string, unknown>) {
  await request('PUT', `/${index}`, {
    settings: { number_of_shards: 3, number_of_replicas: 1, ...settings },
    mappings: { properties: { n: { type: 'long' } } },
  })
  await request('GET', `/_cluster/health/${index}`, undefined, { wait_for_status: 'green', timeout: '60s' })
}

/** Every (id, n) in the index, by search_after on n: the ground truth, read without the scan helper. */
async function contents(index: string): Promise<{ count: number; ids: Set<string>; ns: Set<number> }> {
  await request('POST', `/${index}/_refresh`)
  const { count } = await request<{ count: number }>('GET', `/${index}/_count`)
  const ids = new Set<string>()
  const ns = new Set<number>()
  let after: unknown[] | undefined
  for (;;) {
    // Sorted on n alone (_id has no doc values): a duplicate n across a page boundary could hide an id, but
    // then the exact count and the distinct n already fail.
    const res = await request<{ hits: { hits: Array<{ _id: string; sort: [number] }> } }>(
      'POST',
      `/${index}/_search`,
      {
        size: 10_000,
        _source: false,
        sort: [{ n: 'asc' }],
        track_total_hits: false,
        ...(after ? { search_after: after } : {}),
      },
    )
    const hits = res.hits.hits
    if (hits.length === 0) break
    for (const h of hits) {
      ids.add(h._id)
      ns.add(h.sort[0])
    }
    after = hits.at(-1)!.sort
  }
  return { count, ids, ns }
}

const explicitIndex = 'rel-explicit-ids'
const clientIndex = 'rel-client-ids'
const victim = 2 // node-3
await createIndex(explicitIndex, {})
await createIndex(clientIndex, {})
// The kill, once both loads have handed over 40% of their documents; a load at 50% waits for it, so the
// slower one cannot be left behind by a faster one that finished before the kill.
let killed!: () => void
let killedAt = 0
const afterKill = new Promise<void>((r) => (killed = r))
const reached = { explicit: false, client: false }
const progressAtKill: Record<string, number> = {}
const yielded = { explicit: 0, client: 0 }
async function* docs(which: 'explicit' | 'client') {
  for (let n = 0; n < N; n++) {
    if (n === N * 0.4) {
      reached[which] = true
      if (reached.explicit && reached.client) {
        progressAtKill.explicit = yielded.explicit
        progressAtKill.client = yielded.client
        await cluster.kill(victim)
        killedAt = Date.now()
        killed()
      }
    }
    if (n === N * 0.5) await afterKill
    yielded[which]++
    yield which === 'explicit' ? { id: `doc-${n}`, n } : { n }
  }
}

const started = Date.now()
const loadOptions = { flushDocs: 500, concurrency: 4, retries: 8, backoff: { initial: 200, max: 5000 } }
const [explicitStats, clientStats] = await Promise.all([
  bulk(es, docs('explicit'), { index: explicitIndex, id: 'id', ...loadOptions }),
  bulk(es, docs('client'), { index: clientIndex, ...loadOptions }),
])
t.comment(
  `the loads took ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `${((Date.now() - killedAt) / 1000).toFixed(1)} s of it after the kill; ` +
    `retried items: explicit ${explicitStats.retried}, client ${clientStats.retried}`,
)

function checkLoad(t: Test, stats: BulkStats, which: 'explicit' | 'client') {
  const at = progressAtKill[which]!
  t.ok(at >= N * 0.4 && at < N, `the node died mid-load (${at} of ${N} documents handed over)`)
  t.equal(stats.total, N, 'one result per document')
  t.equal(stats.failed, 0, `no item failed (${JSON.stringify(stats.failedItems.slice(0, 3))})`)
  t.equal(stats.successful, N, 'every document reported indexed')
}

t.test('SIGKILL mid-load, explicit ids: exactly the documents that came in, each once', async (t) => {
  checkLoad(t, explicitStats, 'explicit')
  const got = await contents(explicitIndex)
  t.equal(got.count, N, 'exact count')
  t.equal(got.ns.size, N, 'every document is there')
  t.equal(got.ids.size, N, 'distinct ids')
  t.ok(
    Array.from({ length: N }, (_, n) => `doc-${n}`).every((id) => got.ids.has(id)),
    'the ids are the ones given',
  )
})

t.test('SIGKILL mid-load, client-side ids (the default): no document lost, none indexed twice', async (t) => {
  checkLoad(t, clientStats, 'client')
  const got = await contents(clientIndex)
  t.equal(got.count, N, 'exact count: a retried batch did not create a second copy')
  t.equal(got.ns.size, N, 'every document is there')
  t.equal(got.ids.size, N, 'distinct ids')
})
