// Every way a scan can lose its search context is a ScanError carrying the cursor of the last delivered hit,
// with the node's answer as its cause. A local server answers as Elasticsearch 9 does in each case: a point in
// time whose node left (404 search_context_missing_nodes_exception), an expired one, a scroll gone missing
// (search_phase_execution_exception with that root cause), and a bare 404 on a context page.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ResponseError, ScanError } from '../../src/errors.js'
import { type ScanHit, scan } from '../../src/helpers/scan/scan.js'
import { sendJson, startServer } from '../support/local-servers.js'

const SIZE = 5

function hits(from: number) {
  return Array.from({ length: SIZE }, (_, i) => ({
    _index: 'idx',
    _id: `d${from + i}`,
    _score: null,
    _source: { n: from + i },
    sort: [from + i],
  }))
}

const nodesLeft = {
  error: {
    root_cause: [
      {
        type: 'search_context_missing_nodes_exception',
        reason: 'Search context of phase [query] references nodes that have left the cluster: [node-2]',
      },
    ],
    type: 'search_context_missing_nodes_exception',
    reason: 'Search context of phase [query] references nodes that have left the cluster: [node-2]',
  },
  status: 404,
}
const expired = {
  error: {
    root_cause: [{ type: 'search_context_missing_exception', reason: 'No search context found for id [7]' }],
    type: 'search_phase_execution_exception',
    reason: 'all shards failed',
    phase: 'query',
    grouped: true,
    failed_shards: [
      {
        shard: -1,
        index: null,
        reason: { type: 'search_context_missing_exception', reason: 'No search context found for id [7]' },
      },
    ],
  },
  status: 404,
}

/** Serves one full page, then answers the next page (point in time or scroll) with `lost`. */
async function server(lost: { status: number; body: unknown }) {
  return startServer((req, res, body) => {
    const url = req.url ?? ''
    if (url.startsWith('/idx/_pit')) return sendJson(res, 200, { id: 'pit-a' })
    if (req.method === 'DELETE') return sendJson(res, 200, { succeeded: true, num_freed: 0 })
    if (url.startsWith('/_search/scroll')) return sendJson(res, lost.status, lost.body)
    if (url.startsWith('/idx/_search')) {
      return sendJson(res, 200, { _scroll_id: 'scroll-a', _shards: { total: 1, failed: 0 }, hits: { hits: hits(0) } })
    }
    const request = JSON.parse(body.toString()) as { search_after?: unknown }
    if (request.search_after === undefined) {
      return sendJson(res, 200, { pit_id: 'pit-a', _shards: { total: 1, failed: 0 }, hits: { hits: hits(0) } })
    }
    sendJson(res, lost.status, lost.body)
  })
}

async function readUntilError(options: Record<string, unknown>, lost: { status: number; body: unknown }) {
  const s = await server(lost)
  const client = new Client({ node: s.url, maxRetries: 0 })
  const seen: ScanHit[] = []
  let error: unknown
  try {
    for await (const hit of scan(client, { index: 'idx', size: SIZE, retries: 0, ...options })) seen.push(hit)
  } catch (err) {
    error = err
  } finally {
    await client.close()
    await s.close()
  }
  return { seen, error }
}

const cases: Array<[string, Record<string, unknown>, { status: number; body: unknown }]> = [
  ['point in time on a node that left the cluster', {}, { status: 404, body: nodesLeft }],
  ['point in time expired', {}, { status: 404, body: expired }],
  ['a bare 404 on a point-in-time page', {}, { status: 404, body: { error: 'not here' } }],
  ['scroll expired', { scroll: '1m' }, { status: 404, body: expired }],
  ['scroll on a node that left the cluster', { scroll: '1m' }, { status: 404, body: nodesLeft }],
]

for (const [what, options, lost] of cases) {
  t.test(`${what}: ScanError with the cause and the cursor`, async (t) => {
    const { seen, error } = await readUntilError(options, lost)
    t.equal(seen.length, SIZE, 'the first page was delivered')
    t.type(error, ScanError)
    const e = error as ScanError
    t.equal(e.code, 'ELASTREAM_SCAN')
    t.equal(e.contextLost, true)
    t.type(e.cause, ResponseError, 'the node answer is kept as the cause')
    t.equal((e.cause as ResponseError).statusCode, 404)
    // A scroll cannot be resumed, so only a point-in-time scan has a cursor.
    const cursor =
      options.scroll === undefined
        ? { pitId: 'pit-a', index: 'idx', keepAlive: '1m', slices: [{ searchAfter: [SIZE - 1], done: false }] }
        : undefined
    t.same(e.cursor, cursor, 'the cursor after the last delivered hit')
  })
}

t.test('a 404 on the first page of a scroll (missing index) stays a ResponseError', async (t) => {
  const s = await startServer((_req, res) =>
    sendJson(res, 404, {
      error: { type: 'index_not_found_exception', reason: 'no such index [idx]' },
      status: 404,
    }),
  )
  const client = new Client({ node: s.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await s.close()
  })
  const error = await scan(client, { index: 'idx', scroll: '1m' })
    .toArray()
    .then(
      () => undefined,
      (err: unknown) => err,
    )
  t.type(error, ResponseError)
  t.notOk(error instanceof ScanError)
  t.equal((error as ResponseError).type, 'index_not_found_exception')
})

t.test('shards failed on one node, the last retry refused by a dead one: still a ScanError', async (t) => {
  // The node-death flake: the page's shard died with its node; the live node answers 503
  // search_phase_execution_exception, the dead one refuses the connection, and whichever answered the last
  // retry decided the error's type. Node A serves the point in time and the first page, then fails the shards;
  // node B refuses every connection and comes back for a probe after 1 ms, so retries alternate A, B, A, B.
  const phase = {
    status: 503,
    body: {
      error: { type: 'search_phase_execution_exception', reason: 'all shards failed', root_cause: [], failed_shards: [] },
      status: 503,
    },
  }
  const a = await server(phase)
  const b = await startServer((req) => req.socket.destroy())
  await b.close()
  const client = new Client({ nodes: [a.url, b.url], maxRetries: 0, resurrectBackoff: 1, resurrectMaxBackoff: 1 })
  t.teardown(async () => {
    await client.close()
    await a.close()
  })
  const seen: ScanHit[] = []
  const attempts: string[] = []
  const { subscribe, unsubscribe } = await import('node:diagnostics_channel')
  const onRequest = (m: unknown) => {
    const { node, method, path } = m as { node: string; method: string; path: string }
    if (method === 'POST' && path.startsWith('/_search')) attempts.push(node === a.url || node === `${a.url}/` ? 'A' : 'B')
  }
  subscribe('elastream:request', onRequest)
  t.teardown(() => unsubscribe('elastream:request', onRequest))
  let error: unknown
  try {
    for await (const hit of scan(client, { index: 'idx', size: SIZE, retries: 4, backoff: { initial: 20, max: 20 } })) {
      seen.push(hit)
    }
  } catch (err) {
    error = err
  }
  t.equal(seen.length, SIZE, 'the first page was delivered')
  t.equal(attempts.at(-1), 'B', `the last retry went to the dead node (${attempts.join(', ')})`)
  t.type(error, ScanError, `a ScanError, got ${String(error)}`)
  t.match((error as ScanError).cursor?.slices[0]?.searchAfter, [SIZE - 1], 'its cursor is at the last delivered hit')
})
