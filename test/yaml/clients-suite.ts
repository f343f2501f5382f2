/**
 * Elastic's YAML tests for its 9.x clients (../shared/elasticsearch-clients-tests) against a running node,
 * through the client's generated methods. Nothing is wiped: each test cleans up in its own teardown, and what a
 * test still leaves behind is removed by name (leftovers.ts). A test is skipped only for a reason the server or
 * the test itself shows: serverless only, a module the node lacks (checked, clients-modules.ts), or a change
 * that every other user of the node would see (cluster-wide.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { Client } from '../../src/client.js'
import { apiInvoker } from './api-invoker.js'
import { matchesPrefix } from './cli.js'
import { checkModule, installedModules, loadModuleList, type ModuleState } from './clients-modules.js'
import { clusterWideReason, NEEDS_OWN_NODE } from './cluster-wide.js'
import { leftBehind, listResources, namesIn, removeResources } from './leftovers.js'
import { loadTests, type TestCase } from './load.js'
import { autoSkip, type Outcome, runTest, type ServerInfo, type SkipKind } from './runner.js'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * ELASTREAM_CLIENTS_TESTS_DIR, else `shared/elasticsearch-clients-tests/tests` in the nearest folder above the
 * repository that has one (`../shared` beside a clone, as in CI; further up for a git worktree).
 */
export function defaultTestsDir(): string {
  if (process.env.ELASTREAM_CLIENTS_TESTS_DIR) return process.env.ELASTREAM_CLIENTS_TESTS_DIR
  const repo = resolve(here, '..', '..')
  for (let dir = dirname(repo); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'elasticsearch-clients-tests', 'tests')
    if (existsSync(candidate) || dirname(dir) === dir) return candidate
  }
}

interface KnownFailure {
  test: string
  cause: 'client' | 'server'
  why: string
  fails: string
}

function loadKnownFailures(file: string): KnownFailure[] {
  const doc: unknown = YAML.parse(readFileSync(file, 'utf8')) ?? []
  if (!Array.isArray(doc)) throw new Error(`${file} must be a list of { test, cause, why, fails }`)
  for (const [i, e] of doc.entries()) {
    if (typeof e?.test !== 'string' || typeof e?.why !== 'string' || typeof e?.fails !== 'string') {
      throw new Error(`${file}: entry ${i + 1} needs test, why and fails`)
    }
    if (e.cause !== 'client' && e.cause !== 'server') {
      throw new Error(`${file}: entry ${i + 1} (${e.test}): cause must be client or server, got ${JSON.stringify(e.cause)}`)
    }
  }
  return doc as KnownFailure[]
}

export interface ClientsResults {
  server: { url: string; version: string }
  testsDir: string
  durationMs: number
  totals: { total: number; passed: number; failed: number; knownFailures: number; skipped: number }
  skippedBy: Partial<Record<SkipKind, number>>
  failures: Array<{ id: string; message: string }>
  /** Tests failing for a recorded cause (a client bug, a server limit), as recorded. */
  knownFailures: Array<{ id: string; cause: 'client' | 'server'; why: string }>
  /** Problems of the lists themselves: stale module entries, entries matching no test, known failures that pass. */
  listErrors: string[]
  skipped: Array<{ id: string; kind: SkipKind; reason: string }>
  /** What tests left behind that the runner removed, by test. */
  cleaned: Array<{ id: string; entries: string[] }>
  /** Named things of the suite still on the node at the end (must be none). */
  remaining: string[]
  modules: Array<{ module: string; state: ModuleState['state']; evidence: string }>
  loadErrors: string[]
}

export interface ClientsOptions {
  url: string
  testsDir?: string | undefined
  filter?: string[] | undefined
  /**
   * `skip` (default): tests that change the whole cluster are skipped, for a shared node. `only`: just those
   * run, on a node started for them.
   */
  clusterWide?: 'skip' | 'only' | undefined
  log?: ((line: string) => void) | undefined
}

export async function runClientsSuite(opts: ClientsOptions): Promise<ClientsResults> {
  const started = Date.now()
  const log = opts.log ?? (() => {})
  const testsDir = opts.testsDir ?? defaultTestsDir()
  if (!existsSync(testsDir)) {
    throw new Error(`no client tests at ${testsDir}: set ELASTREAM_CLIENTS_TESTS_DIR to the tests folder`)
  }
  const base = opts.url.replace(/\/+$/, '')
  const { tests: all, errors: loadErrors } = loadTests(testsDir)
  const only = opts.clusterWide === 'only'
  const tests = all.filter(
    (t) =>
      (opts.filter === undefined || opts.filter.some((f) => matchesPrefix(t.id, f))) &&
      (!only || clusterWideReason(t) !== undefined),
  )
  const { version, modules: installed } = await installedModules(base)
  const server: ServerInfo = { version, flavour: 'stack' }

  const listErrors: string[] = []
  const moduleStates = await Promise.all(
    loadModuleList(join(here, 'clients-modules.yml')).map((e) => checkModule(base, e, installed)),
  )
  for (const m of only ? [] : moduleStates) {
    if (m.state === 'present') {
      listErrors.push(`clients-modules.yml: the node has ${m.entry.module} (${m.evidence}); run its tests: remove the entry`)
    }
    for (const prefix of m.entry.tests) {
      if (!all.some((t) => matchesPrefix(t.id, prefix))) {
        listErrors.push(`clients-modules.yml: ${m.entry.module} lists ${prefix}, which matches no test`)
      }
    }
  }
  for (const prefix of only ? [] : Object.keys(NEEDS_OWN_NODE)) {
    if (!all.some((t) => t.id === prefix || t.id.startsWith(`${prefix}/`))) {
      listErrors.push(`cluster-wide.ts: NEEDS_OWN_NODE lists ${prefix}, which matches no test`)
    }
  }
  const known = loadKnownFailures(join(here, 'clients-known-failures.yml'))
  for (const k of only ? [] : known) {
    if (!all.some((t) => t.id === k.test)) listErrors.push(`clients-known-failures.yml: no test ${k.test}`)
  }

  const skipOf = (test: TestCase): Outcome | undefined => {
    const own = autoSkip(test, server)
    if (own) return own
    const needs = moduleStates.filter((m) => m.state !== 'present' && m.entry.tests.some((p) => matchesPrefix(test.id, p)))
    if (needs.length > 0) {
      const reason = needs.map((m) => `needs module ${m.entry.module}: ${m.state} on this node`).join('; ')
      return { status: 'skip', kind: 'module', reason }
    }
    const wide = only ? undefined : clusterWideReason(test)
    if (wide) return { status: 'skip', kind: 'cluster-wide', reason: `runs on a node of its own: ${wide}` }
    return undefined
  }

  const results: ClientsResults = {
    server: { url: base, version },
    testsDir,
    durationMs: 0,
    totals: { total: tests.length, passed: 0, failed: 0, knownFailures: 0, skipped: 0 },
    skippedBy: {},
    failures: [],
    knownFailures: [],
    listErrors,
    skipped: [],
    cleaned: [],
    remaining: [],
    modules: moduleStates.map((m) => ({ module: m.entry.module, state: m.state, evidence: m.evidence })),
    loadErrors,
  }
  // No retries: a 503 a test expects must come back as it is.
  const client = new Client({ node: base, maxRetries: 0, requestTimeout: 120_000 })
  const invoker = apiInvoker(client)
  const suiteNames = new Set<string>()
  // A node of the default distribution always holds some (system) indices, and the tests that read every
  // index expect one; the own node of the integ-test-zip starts empty, so it gets one for the run.
  const placeholder = only ? 'elastream-clients-tests-placeholder' : undefined
  if (placeholder) await createPlaceholder(base, placeholder)
  const before = await listResources(base)
  // What the node had before the next test: the state after the last one (other users' changes do not
  // matter, only names of the test are looked at).
  let ahead = before
  try {
    for (const test of tests) {
      const skip = skipOf(test)
      if (skip?.status === 'skip') {
        results.totals.skipped++
        results.skippedBy[skip.kind] = (results.skippedBy[skip.kind] ?? 0) + 1
        results.skipped.push({ id: test.id, kind: skip.kind, reason: skip.reason })
        continue
      }
      const names = namesIn([...test.setup, ...test.steps, ...test.teardown])
      for (const n of names) suiteNames.add(n)
      const outcome = await runTest(test, invoker, server)
      const now = await listResources(base)
      const left = leftBehind(ahead, now, names)
      ahead = now
      if (left.length > 0) {
        await removeResources(base, left)
        for (const e of left) ahead.delete(e)
        results.cleaned.push({ id: test.id, entries: left })
      }
      const expected = known.find((k) => k.test === test.id)
      if (expected) {
        if (outcome.status === 'fail' && new RegExp(expected.fails).test(outcome.message)) {
          results.totals.knownFailures++
          results.knownFailures.push({ id: test.id, cause: expected.cause, why: expected.why })
        } else if (outcome.status === 'pass') {
          listErrors.push(`clients-known-failures.yml: ${test.id} passes now (${expected.why}): remove the entry`)
          results.totals.passed++
        } else {
          results.totals.failed++
          const message = outcome.status === 'fail' ? outcome.message : ''
          results.failures.push({ id: test.id, message: `${message} (not the recorded failure)` })
        }
      } else if (outcome.status === 'pass') results.totals.passed++
      else if (outcome.status === 'fail') {
        results.totals.failed++
        results.failures.push({ id: test.id, message: outcome.message })
        log(`FAIL ${test.id}\n     ${outcome.message}`)
      }
    }
  } finally {
    await invoker.close()
    if (placeholder) await fetch(`${base}/${placeholder}`, { method: 'DELETE' }).then((r) => r.arrayBuffer())
  }
  const after = await listResources(base)
  results.remaining = leftBehind(before, after, suiteNames)
  results.durationMs = Date.now() - started
  return results
}

async function createPlaceholder(base: string, index: string): Promise<void> {
  const res = await fetch(`${base}/${index}?wait_for_active_shards=1`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings: { number_of_shards: 1, number_of_replicas: 0 } }),
  })
  if (!res.ok) throw new Error(`creating ${index} answered ${res.status}: ${await res.text()}`)
  await res.arrayBuffer()
}

export function clientsSummary(r: ClientsResults): string {
  const t = r.totals
  const by = Object.entries(r.skippedBy)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  return (
    `Elastic's client tests: Elasticsearch ${r.server.version}, ${t.total} tests: ${t.passed} passed, ${t.failed} failed, ` +
    `${t.knownFailures} failed as recorded, ${t.skipped} skipped (${by}) in ${(r.durationMs / 1000).toFixed(1)} s`
  )
}
