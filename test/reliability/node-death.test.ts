// A real node death, not a simulated one: SIGKILL of one node of an own 3-node cluster while two bulk loads
// (explicit ids, client-side ids) and two scans are running against it. The fault-proxy tests
// (test/helpers/bulk-faults.test.ts) cut connections on purpose; here the JVM dies with its sockets, its
// shard copies and its search contexts, and the cluster promotes replicas and may elect a new master while
// the client keeps going.
//
// One cluster, one kill: every observation below comes from the same SIGKILL, so the file pays for one
// cluster start. The kill is triggered from inside the load sources, when both loads have handed over 40%
// of their documents, so it always lands mid-load.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ScanError } from '../../src/errors.js'
import { type BulkStats, bulk } from '../../src/helpers/bulk/bulk.js'
import { type Scan, type ScanCursor, scan } from '../../src/helpers/scan/scan.js'
import type { HttpMethod } from '../../src/transport/types.js'
import { startOwnCluster } from '../support/own-cluster.js'

const N = 20_000
const SCAN_DOCS = 5_000
const PAGE = 500

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
const lostIndex = 'rel-scan-lost' // every shard on the node that dies
const replicatedIndex = 'rel-scan-replicated'
const victim = 2 // node-3
await createIndex(explicitIndex, {})
await createIndex(clientIndex, {})
await createIndex(lostIndex, {
  number_of_shards: 1,
  number_of_replicas: 0,
  'routing.allocation.require._name': `node-${victim + 1}`,
})
await createIndex(replicatedIndex, {})
for (const index of [lostIndex, replicatedIndex]) {
  const s = await bulk(es, Array.from({ length: SCAN_DOCS }, (_, n) => ({ n })), { index, refresh: true })
  if (s.successful !== SCAN_DOCS) throw new Error(`setup: ${index} got ${s.successful} of ${SCAN_DOCS}`)
}

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

interface ScanOutcome {
  delivered: number
  distinct: number
  error: unknown
  cursor: ScanCursor | undefined
  lastSort: unknown[] | undefined
}

/** Reads one page, waits for the kill, reads on until the end or an error. */
async function scanThroughKill(index: string): Promise<ScanOutcome> {
  const ids = new Set<string>()
  let delivered = 0
  let lastSort: unknown[] | undefined
  const s: Scan = scan(es, { index, size: PAGE })
  try {
    for await (const hit of s) {
      ids.add(hit._id)
      delivered++
      lastSort = hit.sort
      if (delivered === PAGE) await afterKill
    }
    return { delivered, distinct: ids.size, error: undefined, cursor: s.cursor, lastSort }
  } catch (error) {
    // The cursor a caller would save: the error's own, which must point at the last hit it was given.
    return { delivered, distinct: ids.size, error, cursor: (error as ScanError).cursor, lastSort }
  }
}

const started = Date.now()
const loadOptions = { flushDocs: 500, concurrency: 4, retries: 8, backoff: { initial: 200, max: 5000 } }
const [explicitStats, clientStats, lost, replicated] = await Promise.all([
  bulk(es, docs('explicit'), { index: explicitIndex, id: 'id', ...loadOptions }),
  bulk(es, docs('client'), { index: clientIndex, ...loadOptions }),
  scanThroughKill(lostIndex),
  scanThroughKill(replicatedIndex),
])
t.comment(
  `loads and scans took ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
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

t.test('scan of an index whose only shard died: a ScanError, never a short count', async (t) => {
  t.ok(lost.delivered >= PAGE, `the scan was under way when the node died (${lost.delivered} hits read)`)
  t.ok(lost.delivered < SCAN_DOCS, 'not everything could have been read')
  t.type(lost.error, ScanError, `a ScanError, got ${String(lost.error)}`)
  t.equal(lost.distinct, lost.delivered, 'no hit delivered twice')
  t.same(lost.cursor?.slices[0]?.searchAfter, lost.lastSort, "the error's cursor is at the last delivered hit")
})

t.test('scan of a replicated index through the kill: the full result or a ScanError', async (t) => {
  const read = replicated.delivered
  t.ok(read >= PAGE, `the scan was under way when the node died (${read} hits read)`)
  t.equal(replicated.distinct, replicated.delivered, 'no hit delivered twice')
  const full = replicated.error === undefined && replicated.delivered === SCAN_DOCS
  const typed = replicated.error instanceof ScanError
  t.ok(
    full || typed,
    `full (${read} of ${SCAN_DOCS} without error) or a ScanError (got ${String(replicated.error)})`,
  )
  const at = replicated.cursor?.slices[0]?.searchAfter
  t.same(at, replicated.lastSort, 'the cursor (the scan\'s, or the error\'s) is at the last delivered hit')
})
