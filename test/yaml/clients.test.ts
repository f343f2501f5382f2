// Elastic's own YAML tests for its 9.x clients (../shared/elasticsearch-clients-tests, README beside them)
// against the suite's Elasticsearch node, each API call through the client's generated method
// (`indices.put_settings` -> `client.indices.putSettings`). See test/yaml/README.md.
//
// Every test the node can serve must pass. The others are skipped with their reason, and the reasons are
// checked: a skipped module's tests run again (and this file fails) once the node has it; a recorded failure
// whose cause is gone fails this file until its entry goes. The node is shared with the other test files, so
// nothing is wiped: tests clean up in their teardown, the runner removes by name what they still leave, and at
// the end nothing the suite named may be left. Tests that change the whole cluster (settings of every index,
// system features, voting exclusions, the license) run on a one-node cluster started for them, started while
// the rest runs. ELASTREAM_CLIENTS_FILTER=a,b runs some (folders, files or test ids).
import t, { type Test } from 'tap'
import { esUrl } from '../support/es-url.js'
import { startOwnCluster } from '../support/own-cluster.js'
import { type ClientsResults, clientsSummary, runClientsSuite } from './clients-suite.js'

t.setTimeout(10 * 60_000)

const filter = process.env.ELASTREAM_CLIENTS_FILTER?.split(',').map((s) => s.trim())

function report(t: Test, results: ClientsResults): void {
  t.comment(clientsSummary(results))
  for (const s of results.skipped) t.comment(`skipped ${s.id}: ${s.reason}`)
  for (const k of results.knownFailures) t.comment(`failed as recorded (${k.cause}) ${k.id}: ${k.why}`)
  for (const c of results.cleaned) t.comment(`removed what ${c.id} left: ${c.entries.join(', ')}`)
  t.same(results.loadErrors, [], 'every YAML file parsed')
  t.same(results.listErrors, [], 'the module list and the known failures match the node and the tests')
  t.same(results.failures, [], 'every test the node can serve passes')
  t.same(results.remaining, [], 'nothing the suite created is left on the node')
}

// Started now, used once the shared node's part is done: its start hides inside that run.
const ownNode = startOwnCluster(t, 1)
ownNode.catch(() => {})

t.test("Elastic's client tests through the generated API, on the shared node", async (t) => {
  const results = await runClientsSuite({ url: esUrl, filter, log: (line) => t.comment(line) })
  report(t, results)
  t.ok(results.totals.passed > 0, `${results.totals.passed} tests passed`)
  if (filter === undefined) t.equal(results.totals.total, 220, 'the whole suite was loaded (220 tests)')
})

t.test('the tests that change the whole cluster, on a node started for them', async (t) => {
  const own = await ownNode
  const results = await runClientsSuite({ url: own.urls[0]!, filter, clusterWide: 'only', log: (l) => t.comment(l) })
  report(t, results)
  if (filter === undefined) t.ok(results.totals.passed >= 7, `${results.totals.passed} tests passed`)
})
