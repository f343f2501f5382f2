// Elastic's own YAML tests for its 9.x clients (../shared/elasticsearch-clients-tests, README beside them)
// against the suite's Elasticsearch node, each API call through the client's generated method
// (`indices.put_settings` -> `client.indices.putSettings`). See test/yaml/README.md.
//
// Every test the node can serve must pass. The others are skipped with their reason, and the reasons are
// checked: a skipped module's tests run again (and this file fails) once the node has it; a recorded client bug
// that is fixed fails this file until its entry goes. The node is shared with the other test files, so nothing
// is wiped: tests clean up in their teardown, the runner removes by name what they still leave, and at the end
// nothing the suite named may be left.
import t from 'tap'
import { esUrl } from './helpers/es-url.js'
import { clientsSummary, runClientsSuite } from './yaml/clients-suite.js'

t.setTimeout(10 * 60_000)

t.test("Elastic's client tests through the generated API", async (t) => {
  const filter = process.env.ELASTREAM_CLIENTS_FILTER?.split(',').map((s) => s.trim())
  const results = await runClientsSuite({ url: esUrl, filter, log: (line) => t.comment(line) })
  t.comment(clientsSummary(results))
  for (const s of results.skipped) t.comment(`skipped ${s.id}: ${s.reason}`)
  for (const b of results.clientBugs) t.comment(`known client bug in ${b.id}: ${b.bug}`)
  for (const c of results.cleaned) t.comment(`removed what ${c.id} left: ${c.entries.join(', ')}`)

  t.same(results.loadErrors, [], 'every YAML file parsed')
  t.same(results.listErrors, [], 'the module list and the client bug list match the node and the tests')
  t.ok(results.totals.passed > 0, `${results.totals.passed} tests passed`)
  t.same(results.failures, [], 'every test the node can serve passes')
  t.same(results.remaining, [], 'nothing the suite created is left on the node')
  if (filter === undefined) {
    t.equal(results.totals.total, 220, 'the whole suite ran (220 tests)')
  }
})
