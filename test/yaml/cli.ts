/**
 * `npm run test:yaml [-- options]`: starts the suite's own Elasticsearch, runs the YAML REST tests of the
 * same version through our client, writes test/yaml/results/<product>-<version>.json and prints the counts.
 * Exits 1 when the pass rate of the tests that ran is under the minimum (default 95%).
 *
 *   --filter a,b     only namespaces (or `namespace/file.yml`, or a test id prefix) listed
 *   --raw            call with a bare fetch instead of our client (to tell runner bugs from client bugs)
 *   --url URL        use a server that is already running; it is WIPED between tests, so never a shared one
 *   --out FILE       results file (default test/yaml/results/<product>-<version>.json; none with --filter)
 *   --min-pass-rate  0..1, default 0.95
 *   --verbose        print every test
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import YAML from 'yaml'
import { type ApiSpecs, type Invoker, loadApiSpecs, rawInvoker } from './invoker.js'
import { loadTests, type TestCase } from './load.js'
import { autoSkip, type Outcome, runTest } from './runner.js'
import { buildServer, type RunningServer, repoRoot, SERVER, specDir, startServer } from './server.js'
import { wiper } from './wipe.js'

export interface Counts {
  total: number
  passed: number
  failed: number
  skipped: number
  /** Wall time of the namespace's tests, setup, teardown and wipes included. */
  ms: number
}

export interface YamlResults {
  product: string
  version: string
  specJar: string
  server: string
  invoker: 'client' | 'raw'
  filter: string | null
  durationMs: number
  serverStartMs: number
  totals: Omit<Counts, 'ms'> & {
    skippedListed: number
    skippedVersion: number
    skippedFeature: number
    passRate: number
  }
  namespaces: Record<string, Counts>
  failures: Array<{ id: string; message: string }>
  /** skip.yml entries that matched no test loaded: stale, or mistyped. */
  unusedSkips: string[]
  skipped: Array<{ id: string; kind: string; reason: string }>
  loadErrors: string[]
}

/** skip.yml: a list of `{ reason, tests: [id prefix, ...] }` (see matchesPrefix); id prefix -> reason. */
export function loadSkipList(file: string): Map<string, string> {
  const doc: unknown = YAML.parse(readFileSync(file, 'utf8')) ?? []
  if (!Array.isArray(doc)) throw new Error('skip.yml must be a list of { reason, tests }')
  const list = new Map<string, string>()
  for (const [i, group] of doc.entries()) {
    const { reason, tests } = (group ?? {}) as { reason?: unknown; tests?: unknown }
    if (typeof reason !== 'string' || reason.trim() === '')
      throw new Error(`skip.yml: group ${i + 1} has no reason`)
    if (!Array.isArray(tests) || tests.length === 0)
      throw new Error(`skip.yml: group ${i + 1} lists no tests`)
    for (const id of tests) list.set(String(id), reason)
  }
  return list
}

/** `prefix` names a namespace, a file or a test; `*` stands for any run of characters except `/`. */
export function matchesPrefix(id: string, prefix: string): boolean {
  if (!prefix.includes('*')) return id === prefix || id.startsWith(`${prefix}/`)
  const re = prefix.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')
  return new RegExp(`^${re}(?:/|$)`).test(id)
}

async function clientInvoker(url: string, specs: ApiSpecs): Promise<Invoker | undefined> {
  try {
    const mod = await import('./client-invoker.js')
    return await mod.createClientInvoker(url, specs)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined
    throw err
  }
}

/**
 * A fixed quarter of the suite for a quick loop (`ELASTREAM_YAML_SUBSET=1` in the tap test), chosen to reach
 * every code path of the client: path parts and their encoding, list parts, query parameters of every
 * type, JSON bodies, NDJSON bodies (bulk, msearch), HEAD booleans (exists, indices.exists*), text responses
 * (cat), error statuses (`catch`), warning headers and custom headers. CI runs the whole suite.
 */
export const CI_SUBSET: string[] = [
  'bulk',
  'cat.count',
  'cat.health',
  'cat.indices',
  'count',
  'create',
  'delete',
  'exists',
  'get',
  'get_source',
  'index',
  'indices.create',
  'indices.exists',
  'indices.exists_alias',
  'indices.get_mapping',
  'indices.put_mapping',
  'indices.refresh',
  'info',
  'mget',
  'msearch',
  'ping',
  'scroll',
  'update',
]

export interface RunOptions {
  filter?: string[] | undefined
  raw?: boolean | undefined
  url?: string | undefined
  verbose?: boolean | undefined
  log?: (line: string) => void
}

/**
 * The suite deletes every index between tests, so a server given with --url must be the suite's own kind:
 * Elasticsearch of the spec's version. The shared 9.x development node fails this check.
 */
async function checkOwnServer(url: string): Promise<void> {
  let version: unknown
  try {
    const res = await fetch(url)
    version = ((await res.json()) as { version?: { number?: unknown } }).version?.number
  } catch {
    version = undefined
  }
  if (version !== SERVER.version) {
    throw new Error(
      `--url ${url} is not an Elasticsearch ${SERVER.version} (got ${String(version)}); ` +
        'the suite wipes the server between tests, so it only runs against its own kind of node',
    )
  }
}

export async function runSuite(opts: RunOptions = {}): Promise<YamlResults> {
  const log = opts.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const started = Date.now()
  buildServer(log)
  let server: RunningServer | undefined
  let url = opts.url
  if (url) await checkOwnServer(url)
  const onSignal = () => {
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130))
  }
  if (!url) {
    server = await startServer({ log })
    url = server.url
    // Ctrl-C or a kill: close the node and remove its data folder before leaving.
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  }
  const serverStartMs = Date.now() - started
  try {
    const specs = loadApiSpecs(specDir)
    let invoker: Invoker | undefined
    let invokerKind: 'client' | 'raw' = 'raw'
    if (!opts.raw) {
      invoker = await clientInvoker(url, specs)
      if (invoker) invokerKind = 'client'
      else
        log('our client (src/api/endpoint.ts, from-spec.ts, src/client.ts) is not there yet: using raw fetch')
    }
    invoker ??= rawInvoker(url, specs)

    const skipList = loadSkipList(join(repoRoot, 'test', 'yaml', 'skip.yml'))
    const { tests: all, errors: loadErrors } = loadTests(join(specDir, 'test'))
    const tests = opts.filter ? all.filter((t) => opts.filter!.some((f) => matchesPrefix(t.id, f))) : all
    const wipe = wiper(url)
    await wipe()

    const namespaces: Record<string, Counts> = {}
    const failures: YamlResults['failures'] = []
    const skipped: YamlResults['skipped'] = []
    const kinds: Record<string, number> = { listed: 0, version: 0, feature: 0 }
    const usedSkips = new Set<string>()
    let passed = 0
    let failed = 0
    for (const test of tests) {
      const ns = (namespaces[test.namespace] ??= { total: 0, passed: 0, failed: 0, skipped: 0, ms: 0 })
      ns.total++
      const testStarted = Date.now()
      // An exact id first: test names may contain `*` themselves (`Get /{index}/_mapping/*`).
      const exact = skipList.get(test.id)
      const listed: [string, string] | undefined =
        exact !== undefined
          ? [test.id, exact]
          : [...skipList.entries()].find(([prefix]) => matchesPrefix(test.id, prefix))
      if (listed) usedSkips.add(listed[0])
      let outcome: Outcome | undefined = listed
        ? { status: 'skip', kind: 'listed', reason: listed[1] }
        : autoSkip(test, { version: SERVER.version })
      outcome ??= await runTest(test, invoker, { version: SERVER.version }, wipe)
      if (outcome.status === 'pass') {
        passed++
        ns.passed++
      } else if (outcome.status === 'fail') {
        failed++
        ns.failed++
        failures.push({ id: test.id, message: outcome.message })
        log(`FAIL ${test.id}\n     ${outcome.message}`)
      } else {
        ns.skipped++
        kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1
        skipped.push({ id: test.id, kind: outcome.kind, reason: outcome.reason })
      }
      ns.ms += Date.now() - testStarted
      if (opts.verbose) log(`${outcome.status} ${test.id}`)
    }
    await invoker.close()
    const ran = passed + failed
    return {
      product: SERVER.product,
      version: SERVER.version,
      specJar: `org.elasticsearch:rest-api-spec:${SERVER.version}`,
      server: `org.codelibs:elasticsearch-cluster-runner:${SERVER.version}.0`,
      invoker: invokerKind,
      filter: opts.filter ? opts.filter.join(',') : null,
      durationMs: Date.now() - started,
      serverStartMs,
      totals: {
        total: tests.length,
        passed,
        failed,
        skipped: tests.length - ran,
        skippedListed: kinds.listed,
        skippedVersion: kinds.version,
        skippedFeature: kinds.feature,
        passRate: ran === 0 ? 0 : passed / ran,
      },
      namespaces,
      failures,
      unusedSkips: opts.filter ? [] : [...skipList.keys()].filter((k) => !usedSkips.has(k)),
      skipped,
      loadErrors,
    }
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
    await server?.stop()
  }
}

export function summary(r: YamlResults): string {
  const t = r.totals
  return [
    `YAML REST conformance: ${r.product} ${r.version} via ${r.invoker}${r.filter ? ` (filter ${r.filter})` : ''}`,
    `total ${t.total}, passed ${t.passed}, failed ${t.failed}, skipped ${t.skipped} ` +
      `(listed ${t.skippedListed}, version ${t.skippedVersion}, feature ${t.skippedFeature}), ` +
      `pass rate ${(t.passRate * 100).toFixed(2)}%, ${(r.durationMs / 1000).toFixed(1)} s ` +
      `(server start ${(r.serverStartMs / 1000).toFixed(1)} s)`,
    `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
  ].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      filter: { type: 'string' },
      raw: { type: 'boolean', default: false },
      url: { type: 'string' },
      out: { type: 'string' },
      'min-pass-rate': { type: 'string', default: '0.95' },
      verbose: { type: 'boolean', default: false },
    },
  })
  const minPassRate = Number(values['min-pass-rate'])
  if (!(minPassRate >= 0 && minPassRate <= 1))
    throw new Error(`--min-pass-rate must be 0..1: ${values['min-pass-rate']}`)
  const filter = values.filter ? values.filter.split(',').map((s) => s.trim()) : undefined
  const results = await runSuite({ filter, raw: values.raw, url: values.url, verbose: values.verbose })
  const out =
    values.out ??
    (filter || values.raw
      ? undefined
      : join(repoRoot, 'test', 'yaml', 'results', `${results.product}-${results.version}.json`))
  if (out) {
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  }
  process.stdout.write(`${summary(results)}\n`)
  return results.totals.passRate >= minPassRate ? 0 : 1
}

export type { TestCase }
