// A point-in-time scan on an OpenSearch too old to page one without losing hits is refused before anything is
// opened (known server) or right after (fresh client, closed again), and the error says to use scroll.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ScanError } from '../../src/errors.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { startServer } from '../support/local-servers.js'

function openSearch(version: string) {
  return startServer((req, res) => {
    const headers = { 'content-type': 'application/json', 'x-opensearch-version': `OpenSearch/${version} (opensearch)` }
    res.writeHead(req.url?.startsWith('/idx/_pit') ? 400 : 200, headers)
    if (req.url?.startsWith('/idx/_search/point_in_time')) res.end('{"pit_id":"p1"}')
    else if (req.method === 'DELETE') res.end('{"pits":[]}')
    else res.end('{"error":{"type":"invalid_index_name_exception"},"status":400}')
  })
}

for (const [version, missing] of [
  ['3.2.0', /has no _shard_doc tie-breaker \(3\.3\+\)/],
  ['2.3.0', /points in time \(2\.4\+\)/],
] as const) {
  t.test(`OpenSearch ${version}: a point-in-time scan is refused, naming scroll`, async (t) => {
    const server = await openSearch(version)
    const client = new Client({ node: server.url })
    t.teardown(async () => {
      await client.close()
      await server.close()
    })
    // A fresh client: ES path refused with the OpenSearch header, OpenSearch path opened, then closed again.
    const err = await scan(client, { index: 'idx' }).toArray().catch((e: unknown) => e)
    t.type(err, ScanError)
    t.match((err as Error).message, missing)
    t.match((err as Error).message, /pass scroll: '1m'/)
    t.same(
      server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`),
      ['POST /idx/_pit', 'POST /idx/_search/point_in_time', 'DELETE /_search/point_in_time'],
    )
    t.same(JSON.parse(server.requests[2]!.body.toString()), { pit_id: ['p1'] })
    // Now known: refused before any request.
    const before = server.requests.length
    await t.rejects(scan(client, { index: 'idx' }).toArray(), ScanError)
    t.equal(server.requests.length, before)
  })
}
