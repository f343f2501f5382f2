/**
 * Interprets YAML REST tests as rest-api-spec/test/README.asciidoc describes them: setup and teardown, `do`
 * (catch, headers, warnings, allowed_warnings, node_selector), match (values, /regex/, $stash), length, set,
 * transform_and_set, is_true/is_false, exists, gt/gte/lt/lte, contains, and skips by version, test runner
 * feature and `requires`. Where the README is silent it follows the Java runner. What happens between tests
 * is the caller's choice: the 7.10.2 suite wipes its own node, Elastic's client tests rely on their teardown.
 */
import { type InvokeResult, type Invoker, ParamError } from './invoker.js'
import type { Step, TestCase } from './load.js'
import { asRegex } from './regex.js'

/** Features this runner implements; a test that needs any other is skipped as `feature X`. */
export const SUPPORTED_FEATURES = new Set([
  'allowed_warnings',
  'allowed_warnings_regex',
  'arbitrary_key',
  'catch_unauthorized',
  'contains',
  'default_shards',
  'embedded_stash_key',
  'headers',
  'no_xpack',
  'node_selector',
  'stash_in_key',
  'stash_in_path',
  'transform_and_set',
  'warnings',
  'warnings_regex',
  'yaml',
])

/**
 * Why a test did not run: `listed` in a suite's skip list, `version` or `feature` by its own skip section,
 * `flavour` by its file's `requires` (stack or serverless), `module` for a module the server lacks,
 * `cluster-wide` for a test that changes what every other user of the node sees.
 */
export type SkipKind = 'listed' | 'version' | 'feature' | 'flavour' | 'module' | 'cluster-wide'

export type Outcome =
  | { status: 'pass' }
  | { status: 'fail'; message: string }
  | { status: 'skip'; reason: string; kind: SkipKind }

export interface ServerInfo {
  version: string
  /** What a file-level `requires: { stack, serverless }` is checked against; `stack` when not given. */
  flavour?: 'stack' | 'serverless'
}

// ---------------------------------------------------------------------------------------------------------
// Versions and skips

function parseVersion(v: string): number[] {
  return v
    .trim()
    .split(/[.-]/)
    .slice(0, 3)
    .map((p) => Number.parseInt(p, 10) || 0)
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** `"all"`, `"7.0.0 - 7.9.99"`, `" - 6.99.99"`, `"7.8.0 - "` and comma-separated lists of those. */
export function versionInRange(range: string, version: string): boolean {
  const v = parseVersion(version)
  for (const part of String(range).split(',')) {
    const r = part.trim()
    if (r === 'all') return true
    // Like the Java runner: a plain split on '-', each bound optional.
    const [lo = '', hi = lo] = r.split('-')
    const low = lo.trim() === '' ? [0, 0, 0] : parseVersion(lo)
    const high = hi.trim() === '' ? [Number.MAX_SAFE_INTEGER, 0, 0] : parseVersion(hi)
    if (compareVersions(v, low) >= 0 && compareVersions(v, high) <= 0) return true
  }
  return false
}

function asList(value: unknown): string[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)]
}

function unsupported(features: string[]): Outcome | undefined {
  const missing = features.find((f) => !SUPPORTED_FEATURES.has(f))
  return missing === undefined ? undefined : { status: 'skip', kind: 'feature', reason: `feature ${missing}` }
}

/** A `skip` or `requires` entry at the head of a section (the README allows both, in either order). */
function prerequisiteOf(entry: Step, server: ServerInfo): Outcome | undefined {
  if ('requires' in entry) {
    const requires = entry.requires ?? {}
    const byFeature = unsupported(asList(requires.test_runner_features))
    if (byFeature) return byFeature
    // The runner does not read the cluster's feature set, so it cannot promise one is there.
    const clusterFeatures = asList(requires.cluster_features)
    if (clusterFeatures.length > 0) {
      return { status: 'skip', kind: 'feature', reason: `cluster features ${clusterFeatures.join(', ')} (not checked)` }
    }
    return undefined
  }
  if (!('skip' in entry)) return undefined
  const skip = entry.skip ?? {}
  // As in the Java runner, a plain `features: a, b` is ONE feature name, unknown, so the test is skipped.
  // Elasticsearch relies on that: cat.templates tests marked so are broken and never run in its CI.
  const byFeature = unsupported(asList(skip.features))
  if (byFeature) return byFeature
  if (skip.awaits_fix !== undefined) {
    return { status: 'skip', kind: 'version', reason: `awaits fix ${skip.awaits_fix}: ${skip.reason ?? ''}`.trim() }
  }
  if (skip.version !== undefined && versionInRange(String(skip.version), server.version)) {
    return { status: 'skip', kind: 'version', reason: `version ${skip.version}: ${skip.reason ?? ''}`.trim() }
  }
  return undefined
}

function skipOf(steps: Step[], server: ServerInfo): Outcome | undefined {
  for (const entry of steps) {
    if (!entry || !('skip' in entry || 'requires' in entry)) return undefined
    const outcome = prerequisiteOf(entry, server)
    if (outcome) return outcome
  }
  return undefined
}

/**
 * A file-level `requires` of Elastic's client tests: `stack: false` means the tests are for the serverless
 * service only, `serverless: false` for the stack only.
 */
function flavourSkip(test: TestCase, server: ServerInfo): Outcome | undefined {
  if (test.requires === undefined) return undefined
  if (test.requires.feature_flag !== undefined) {
    // The client tests' README: an API behind a feature flag; clients need not test it.
    return { status: 'skip', kind: 'feature', reason: `behind the feature flag ${test.requires.feature_flag}` }
  }
  const flavour = server.flavour ?? 'stack'
  if (test.requires[flavour] === false) {
    const only = flavour === 'stack' ? 'serverless' : 'stack'
    return { status: 'skip', kind: 'flavour', reason: `${only} only (requires ${flavour}: false)` }
  }
  return undefined
}

/** Why a test does not run on this server with this runner, if it does not. */
export function autoSkip(test: TestCase, server: ServerInfo): Outcome | undefined {
  return (
    flavourSkip(test, server) ??
    skipOf(test.setup, server) ??
    skipOf(test.steps, server) ??
    skipOf(test.teardown, server)
  )
}

// ---------------------------------------------------------------------------------------------------------
// The stash and paths

class Stash {
  private readonly values = new Map<string, unknown>()
  body: unknown = undefined
  rawBody = ''

  set(key: string, value: unknown): void {
    this.values.set(key, value)
  }

  has(key: string): boolean {
    return key === 'body' || this.values.has(key)
  }

  get(key: string): unknown {
    if (key === 'body') return this.body
    if (!this.values.has(key)) throw new Error(`nothing stashed as $${key}`)
    return this.values.get(key)
  }

  /** `$name` as a whole value, `${name}` inside a string; keys too (stash_in_key). Deep. */
  resolve(value: unknown): unknown {
    if (typeof value === 'string') {
      if (/^\$[A-Za-z_][\w.]*$/.test(value)) {
        const key = value.slice(1)
        if (key.startsWith('body.')) return evaluatePath(this.body, key.slice(5), this)
        if (this.has(key)) return this.get(key)
        return value
      }
      if (value.includes('${')) {
        return value.replace(/\$\{([\w.]+)\}/g, (m, key: string) =>
          this.has(key) ? String(this.get(key)) : m,
        )
      }
      return value
    }
    if (Array.isArray(value)) return value.map((v) => this.resolve(v))
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) out[String(this.resolve(k))] = this.resolve(v)
      return out
    }
    return value
  }
}

/** Splits `a.b\.c.0` into `['a', 'b.c', '0']`. */
function splitPath(path: string): string[] {
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!
    if (c === '\\' && path[i + 1] === '.') {
      cur += '.'
      i++
    } else if (c === '.') {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  return parts
}

function evaluatePath(root: unknown, path: string, stash: Stash): unknown {
  if (path === '' || path === '$body') return root
  let cur: unknown = root
  for (let part of splitPath(path)) {
    if (part.startsWith('$') && stash.has(part.slice(1))) part = String(stash.get(part.slice(1)))
    else if (part.includes('${')) part = String(stash.resolve(part))
    if (cur === null || cur === undefined) return undefined
    if (Array.isArray(cur)) {
      const i = Number(part)
      if (!Number.isInteger(i)) return undefined
      cur = cur[i]
    } else if (typeof cur === 'object') {
      if (part === '_arbitrary_key_') {
        const keys = Object.keys(cur as object)
        if (keys.length === 0) throw new Error(`no key to pick at ${path}: the map is empty`)
        return keys[0]
      }
      cur = (cur as Record<string, unknown>)[part]
    } else return undefined
  }
  return cur
}

// ---------------------------------------------------------------------------------------------------------
// Comparisons

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)
  if (s === undefined) return String(v)
  return s.length > 400 ? `${s.slice(0, 400)}...` : s
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  // A missing key reads as null, as in the Java runner's object path.
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b))
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as any)[k], (b as any)[k]))
}

/**
 * `is_true`: present and not `0`, `false`, null or the empty string, as the README lists. Settings come back
 * as strings (`"blocks.write": "false"`), so the string "false" is false too, as in the Java runner. The
 * string "0" is a value like any other (a cat row's shard number): only the Java runner, which compares
 * `toString()`s, cannot tell it from the number 0.
 */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false
  return !(typeof v === 'string' && v.toLowerCase() === 'false')
}

function toComparable(v: unknown): number | string {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  return String(v)
}

/** Things the runner cannot do on its own but the body can express: Java's toString for regex on numbers. */
function regexSubject(v: unknown): string {
  if (typeof v === 'string') return v
  if (v === null || v === undefined) return String(v)
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

// ---------------------------------------------------------------------------------------------------------
// Running

const CATCHES: Record<string, (status: number) => boolean> = {
  bad_request: (s) => s === 400,
  unauthorized: (s) => s === 401,
  forbidden: (s) => s === 403,
  missing: (s) => s === 404,
  request_timeout: (s) => s === 408,
  conflict: (s) => s === 409,
  unavailable: (s) => s === 503,
  gone: (s) => s === 410,
  request: (s) => s >= 400 && ![400, 401, 403, 404, 408, 409, 410].includes(s),
}

/** `299 Elasticsearch-7.10.2-hash "message" "date"`, possibly several joined with `, `. */
export function parseWarnings(header: string | string[] | undefined): string[] {
  if (header === undefined) return []
  const text = Array.isArray(header) ? header.join(', ') : header
  const out: string[] = []
  const re = /\d{3} \S+ "((?:[^"\\]|\\.)*)"(?: "[^"]*")?/g
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!.replace(/\\(.)/g, '$1'))
  return out
}

/**
 * Deprecation warnings the Java runner lets through though no test declares them: the 7.x one drops
 * mapping-type deprecations, the 9.x one the legacy index template deprecation (tests still use legacy
 * templates everywhere). Any other undeclared warning fails the step, as the README says.
 */
const NEVER_ASSERTED = [/^\[types removal\]/, /^Legacy index templates are deprecated in favor of composable templates\.$/]

class StepFailure extends Error {}

const DO_KEYS = new Set([
  'catch',
  'headers',
  'warnings',
  'allowed_warnings',
  'warnings_regex',
  'allowed_warnings_regex',
  'node_selector',
])

async function runDo(spec: Record<string, any>, ctx: Context): Promise<void> {
  const { stash, invoker, server } = ctx
  const apiName = Object.keys(spec).find((k) => !DO_KEYS.has(k))
  if (!apiName) throw new StepFailure('a do section without an API')
  const params = { ...((stash.resolve(spec[apiName] ?? {}) as Record<string, unknown>) ?? {}) }
  const headers = spec.headers ? (stash.resolve(spec.headers) as Record<string, string>) : undefined
  const expectedWarnings: string[] = (stash.resolve(spec.warnings ?? []) as string[]).map(String)
  const allowedWarnings: string[] = (stash.resolve(spec.allowed_warnings ?? []) as string[]).map(String)
  const warningRegexes = [...(spec.warnings_regex ?? []), ...(spec.allowed_warnings_regex ?? [])].map(
    (r: string) => new RegExp(r),
  )
  const requiredRegexes = (spec.warnings_regex ?? []).map((r: string) => new RegExp(r))
  const catchValue: string | undefined = spec.catch
  let ignore: number[] = []
  if (params.ignore !== undefined) {
    ignore = (Array.isArray(params.ignore) ? params.ignore : [params.ignore]).map(Number)
    delete params.ignore
  }
  if (spec.node_selector?.version !== undefined) {
    if (!versionInRange(String(spec.node_selector.version), server.version)) {
      throw new StepFailure(`no node matches node_selector version ${spec.node_selector.version}`)
    }
  }

  let result: InvokeResult
  try {
    result = await invoker.invoke(apiName, params, { headers })
  } catch (err) {
    if (err instanceof ParamError || (err as Error)?.name === 'ConfigurationError') {
      if (catchValue === 'param') return
      throw new StepFailure(`${apiName}: the client refused the request: ${(err as Error).message}`)
    }
    throw err
  }
  if (catchValue === 'param') {
    throw new StepFailure(
      `${apiName}: expected a client-side parameter error, got status ${result.statusCode}`,
    )
  }
  stash.body = result.body
  stash.rawBody = typeof result.body === 'string' ? result.body : (JSON.stringify(result.body) ?? '')
  const status = result.statusCode
  const isError =
    status >= 400 && !ignore.includes(status) && !(typeof result.body === 'boolean' && status === 404)

  if (catchValue !== undefined) {
    if (!isError) throw new StepFailure(`${apiName}: expected an error (catch: ${catchValue}), got ${status}`)
    // The Java runner matches `catch` regexes without the COMMENTS flag that `match` uses.
    const re = asRegex(catchValue, false)
    if (re) {
      if (!re.test(stash.rawBody)) {
        throw new StepFailure(`${apiName}: error body ${show(stash.rawBody)} does not match ${catchValue}`)
      }
    } else if (!Object.hasOwn(CATCHES, catchValue)) {
      // Not in the README's list: Elastic's client tests write an error type bare
      // (`catch: resource_not_found_exception`), which their own runners look for in the error; so does this one.
      if (!/^\w+$/.test(catchValue)) throw new StepFailure(`unknown catch ${catchValue}`)
      if (!stash.rawBody.includes(catchValue)) {
        throw new StepFailure(`${apiName}: error body ${show(stash.rawBody)} does not name ${catchValue}`)
      }
    } else {
      const check = CATCHES[catchValue]!
      if (!check(status)) {
        throw new StepFailure(
          `${apiName}: expected ${catchValue}, got ${status} ${show(stash.body)} (params ${show(params)})`,
        )
      }
    }
  } else if (isError) {
    throw new StepFailure(`${apiName}: unexpected ${status} ${show(stash.body)} (params ${show(params)})`)
  }

  // As in the 7.x Java runner, warnings are checked on successful responses only.
  if (catchValue !== undefined) return
  // Elasticsearch 7.10 prefixes parser deprecations with `[parser][line:col] `; the tests name the message.
  const got = parseWarnings(result.headers.warning).map((w) => w.replace(/^\[[^\]]+\]\[\d+:\d+\] /, ''))
  const unexpected = got.filter(
    (w) =>
      !expectedWarnings.includes(w) &&
      !allowedWarnings.includes(w) &&
      !warningRegexes.some((r) => r.test(w)) &&
      !NEVER_ASSERTED.some((r) => r.test(w)),
  )
  if (unexpected.length > 0) throw new StepFailure(`${apiName}: unexpected warnings ${show(unexpected)}`)
  const missing = expectedWarnings.filter((w) => !got.includes(w))
  if (missing.length > 0) {
    throw new StepFailure(`${apiName}: missing warnings ${show(missing)}; got ${show(got)}`)
  }
  for (const r of requiredRegexes) {
    if (!got.some((w) => r.test(w))) throw new StepFailure(`${apiName}: no warning matches ${r}`)
  }
}

function actualAt(path: string, ctx: Context): unknown {
  if (path === '$body') return ctx.stash.body
  return evaluatePath(ctx.stash.body, path, ctx.stash)
}

function runAssertion(kind: string, arg: unknown, ctx: Context): void {
  const { stash } = ctx
  if (kind === 'exists') {
    // The README: the path is there, with any value (an empty string, list or map counts).
    const path = String(arg ?? '')
    const actual = actualAt(path, ctx)
    if (actual === undefined || actual === null) throw new StepFailure(`exists ${path}: nothing there`)
    return
  }
  if (kind === 'is_true' || kind === 'is_false') {
    const path = String(arg ?? '')
    const actual = actualAt(path, ctx)
    if (kind === 'is_true' && !truthy(actual)) throw new StepFailure(`is_true ${path}: got ${show(actual)}`)
    if (kind === 'is_false' && truthy(actual)) throw new StepFailure(`is_false ${path}: got ${show(actual)}`)
    return
  }
  for (const [rawPath, rawExpected] of Object.entries(arg as Record<string, unknown>)) {
    const path = rawPath
    const expected = stash.resolve(rawExpected)
    if (kind === 'set') {
      stash.set(String(expected), actualAt(path, ctx))
      continue
    }
    if (kind === 'transform_and_set') {
      const m = /^#base64EncodeCredentials\((\w+),(\w+)\)$/.exec(String(rawExpected).trim())
      const value = m
        ? Buffer.from(`${actualAt(m[1]!, ctx)}:${actualAt(m[2]!, ctx)}`).toString('base64')
        : actualAt(String(rawExpected), ctx)
      stash.set(path, value)
      continue
    }
    const actual = actualAt(path, ctx)
    switch (kind) {
      case 'match': {
        const re = asRegex(expected)
        if (re) {
          const subject = path === '$body' ? stash.rawBody : regexSubject(actual)
          if (!re.test(subject)) throw new StepFailure(`match ${path}: ${show(subject)} does not match ${re}`)
        } else if (!deepEqual(actual, expected)) {
          throw new StepFailure(`match ${path}: expected ${show(expected)}, got ${show(actual)}`)
        }
        break
      }
      case 'length': {
        const n =
          typeof actual === 'string' || Array.isArray(actual)
            ? actual.length
            : actual && typeof actual === 'object'
              ? Object.keys(actual).length
              : undefined
        if (n !== Number(expected))
          throw new StepFailure(`length ${path}: expected ${show(expected)}, got ${n}`)
        break
      }
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        if (actual === undefined || actual === null) throw new StepFailure(`${kind} ${path}: no value there`)
        const a = toComparable(actual)
        const e = toComparable(expected)
        const ok = kind === 'gt' ? a > e : kind === 'gte' ? a >= e : kind === 'lt' ? a < e : /* lte */ a <= e
        if (!ok) throw new StepFailure(`${kind} ${path}: ${show(actual)} vs ${show(expected)}`)
        break
      }
      case 'contains': {
        if (!Array.isArray(actual)) throw new StepFailure(`contains ${path}: ${show(actual)} is not a list`)
        const found = actual.some(
          (item) =>
            deepEqual(item, expected) ||
            (expected !== null &&
              typeof expected === 'object' &&
              !Array.isArray(expected) &&
              item !== null &&
              typeof item === 'object' &&
              Object.entries(expected).every(([k, v]) => deepEqual((item as any)[k], v))),
        )
        if (!found) throw new StepFailure(`contains ${path}: ${show(expected)} not in ${show(actual)}`)
        break
      }
      default:
        throw new StepFailure(`unknown step ${kind}`)
    }
  }
}

interface Context {
  stash: Stash
  invoker: Invoker
  server: ServerInfo
}

async function runSteps(steps: Step[], ctx: Context, section: string): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const [kind, arg] = Object.entries(step)[0] ?? []
    if (!kind || kind === 'skip' || kind === 'requires') continue
    try {
      if (kind === 'do') await runDo(arg, ctx)
      else runAssertion(kind, arg, ctx)
    } catch (err) {
      const message =
        err instanceof StepFailure ? err.message : `${(err as Error)?.name}: ${(err as Error)?.message}`
      throw new StepFailure(`${section} step ${i + 1} (${kind}): ${message}`)
    }
  }
}

/**
 * Runs one test: setup, the test, its teardown (always), then `cleanup` when given (always): the 7.10.2 suite
 * wipes its own node there; Elastic's client tests clean up after themselves in their teardown.
 */
export async function runTest(
  test: TestCase,
  invoker: Invoker,
  server: ServerInfo,
  cleanup?: () => Promise<void>,
): Promise<Outcome> {
  const ctx: Context = { stash: new Stash(), invoker, server }
  let outcome: Outcome = { status: 'pass' }
  try {
    await runSteps(test.setup, ctx, 'setup')
    ctx.stash = new Stash()
    await runSteps(test.steps, ctx, 'test')
  } catch (err) {
    outcome = { status: 'fail', message: (err as Error).message }
  }
  try {
    await runSteps(test.teardown, ctx, 'teardown')
  } catch (err) {
    if (outcome.status === 'pass') outcome = { status: 'fail', message: (err as Error).message }
  }
  if (cleanup !== undefined) {
    try {
      await cleanup()
    } catch (err) {
      if (outcome.status === 'pass') outcome = { status: 'fail', message: `cleanup: ${(err as Error).message}` }
    }
  }
  return outcome
}
