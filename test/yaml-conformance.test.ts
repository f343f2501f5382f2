// Elasticsearch's own YAML REST tests (rest-api-spec 7.10.2) against a real Elasticsearch 7.10.2 that this
// test starts for itself (never the shared node: the suite deletes every index between tests), called
// through endpointFromSpec + callEndpoint + Client. See test/yaml/cli.ts; `npm run test:yaml` runs the
// whole suite and writes test/yaml/results/.
//
// By default this runs the fixed CI subset (CI_SUBSET in test/yaml/cli.ts: the namespaces that cover every
// client code path, about a third of the suite), because the whole suite takes 10+ minutes on a 2-core
// machine. ELASTREAM_YAML_FULL=1 runs everything; ELASTREAM_YAML_FILTER=ns1,ns2 runs just those;
// ELASTREAM_YAML=0 leaves it out (a machine without Java or Maven), which shows as a skip with that reason.
import { execFileSync } from 'node:child_process'
import t from 'tap'
import { CI_SUBSET, runSuite, summary } from './yaml/cli.js'

// Server start (and on a fresh machine the Maven download) plus the tests exceed tap's default timeout.
t.setTimeout(30 * 60_000)

function has(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const disabled = process.env.ELASTREAM_YAML === '0'
const skip = disabled
  ? 'ELASTREAM_YAML=0'
  : has('java', ['-version']) && has('mvn', ['-v'])
    ? false
    : 'java or mvn is not installed'

t.test('YAML REST conformance through our client', { skip }, async (t) => {
  const full = process.env.ELASTREAM_YAML_FULL === '1'
  const filter =
    process.env.ELASTREAM_YAML_FILTER?.split(',').map((s) => s.trim()) ?? (full ? undefined : CI_SUBSET)
  const results = await runSuite({ filter, log: (line) => t.comment(line) })
  t.comment(summary(results))
  const { totals } = results
  t.equal(results.invoker, 'client', 'the tests ran through endpointFromSpec + callEndpoint, not raw fetch')
  t.same(results.loadErrors, [], 'every YAML file of the jar parsed')
  t.ok(totals.passed + totals.failed > 0, 'some tests ran')
  if (full) {
    t.ok(totals.total > 1000, `the whole suite was loaded (${totals.total} tests)`)
    t.same(results.unusedSkips, [], 'every skip.yml entry still matches a test')
  }
  t.ok(
    totals.passRate >= 0.95,
    `pass rate ${(totals.passRate * 100).toFixed(2)}% >= 95% of the ${totals.passed + totals.failed} tests that ran`,
  )
})
