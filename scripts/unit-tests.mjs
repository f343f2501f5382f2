#!/usr/bin/env node
// `npm run test:unit`: the test files that need no real server, found from the test files' own imports, run
// with tap; `npm run test:slow` (--slow): the server-free checks that are slow by nature (SLOW below), which
// test:unit leaves out so that it stays well under a minute. `npm test` runs both, with the integration tests.
// A file needs a server when it, or any test file it imports (transitively, relative imports only), reads a
// server address or starts a real one: SERVER_MARKERS, or one of SERVER_FILES, below. The run points
// ELASTICSEARCH_URL and OPENSEARCH_URL at a loopback port where nothing listens, so a file that reaches a server
// some other way fails instead of quietly passing against a developer's local node. Local fake servers on
// port 0 are fine.
//
//   node scripts/unit-tests.mjs            run the unit tests (extra arguments go to tap)
//   node scripts/unit-tests.mjs --slow     run the slow server-free checks instead
//   node scripts/unit-tests.mjs --list     print the files it would run, one a line (with --slow: the slow ones)
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSupportedNode } from './supported-node.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SERVER_MARKERS = [/process\.env\.(ELASTICSEARCH_URLS?|OPENSEARCH_URL)\b/, /\bstartCluster\b/]
// Test-side modules that start a real server of their own (a JVM), not a local fake one.
const SERVER_FILES = ['test/yaml/server.ts', 'test/support/own-cluster.ts'].map((f) => join(root, f))
// Server-free, but slow by nature: a file path, or a folder ending in '/', and why.
const SLOW = [
  ['test/fuzz/', 'differential fuzzers: thousands of generated inputs per reader, checked against JSON.parse'],
  ['test/api/official-client.test.ts', 'every endpoint of the specification, sent by both clients and compared'],
  ['test/types/types.test.ts', 'compiles the type fixtures with tsc, twice'],
  ['test/package.test.ts', 'the built package from a consumer project, type-checked with tsc'],
  ['test/helpers/adaptive-concurrency-load.test.ts', 'load against throttling servers, seconds long by design'],
]

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'support' && dir.endsWith('test') ? [p] : walk(p)
    return [p]
  })
}

const sources = new Map()
function source(file) {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(file, 'utf8'))
    } catch {
      sources.set(file, '')
    }
  }
  return sources.get(file)
}

/** Relative imports of a test-side file, as absolute .ts paths (src/ is never a server user). */
function imports(file) {
  const out = []
  for (const m of source(file).matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]).replace(/\.js$/, '.ts')
    if (target.startsWith(join(root, 'test'))) out.push(target)
  }
  return out
}

const verdicts = new Map()
function needsServer(file, seen = new Set()) {
  if (verdicts.has(file)) return verdicts.get(file)
  if (seen.has(file)) return false
  seen.add(file)
  const text = source(file)
  const direct = SERVER_FILES.includes(file) || SERVER_MARKERS.some((re) => re.test(text))
  const verdict = direct || imports(file).some((f) => needsServer(f, seen))
  verdicts.set(file, verdict)
  return verdict
}

const isSlow = (file) => SLOW.some(([path]) => (path.endsWith('/') ? file.startsWith(path) : file === path))

function serverFreeFiles() {
  return walk(join(root, 'test'))
    .filter((f) => f.endsWith('.test.ts') && !f.includes(join('test', 'support')))
    .filter((f) => !needsServer(f))
    .map((f) => relative(root, f))
    .sort()
}

/** The server-free test files that are quick: `npm run test:unit`. */
export function unitTestFiles() {
  return serverFreeFiles().filter((f) => !isSlow(f))
}

/** The server-free test files that are slow by nature: `npm run test:slow`. */
export function slowTestFiles() {
  const files = serverFreeFiles().filter(isSlow)
  // A renamed or moved slow file must not slip into the quick kind, nor one that needs a server hide here.
  const unmatched = SLOW.filter(([path]) => !files.some((f) => (path.endsWith('/') ? f.startsWith(path) : f === path)))
  if (unmatched.length > 0) {
    throw new Error(`scripts/unit-tests.mjs SLOW names no server-free test file: ${unmatched.map(([p]) => p).join(', ')}`)
  }
  return files
}

/**
 * Node 22's V8 cannot parse `await using`, which test/client.test.ts writes as users do (their compiler lowers
 * it), and type stripping does not lower syntax: on Node 22 tap compiles the tests with TypeScript instead
 * (its ts-node loader, as before type stripping), slower but the same tests.
 */
export function typeStripArgs() {
  return Number(process.versions.node.split('.')[0]) < 24 ? ['--no-type-strip-only'] : []
}

/**
 * The environment tap runs in: Node's compile cache (NODE_COMPILE_CACHE, under node_modules/.cache) keeps the
 * compiled and type-stripped modules between processes instead of compiling src/, tap and undici again in each
 * of the hundred or so that a run starts (a test file's start: 0.67 -> 0.39 s of CPU, 2 cores, Node 26). The
 * tests and what they assert are the same. A cache the caller named is kept.
 */
export function testEnv(env = process.env) {
  return { NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'elastream-tests'), ...env }
}

/**
 * Test files run at once in `test:unit`: twice the cores (tap's default is one per core). A unit test file
 * spends much of its time waiting (CLI children starting, retry backoffs, timers, local servers), so one per
 * core leaves the cores idle; the files tolerate the contention (they pass on a machine loaded far beyond it).
 * `-j`/`--jobs` given to the script wins. `test:slow` keeps tap's default: its load runs measure real time.
 */
export function jobsArgs(args) {
  return args.some((a) => /^(-j|--jobs)/.test(a)) ? [] : [`--jobs=${availableParallelism() * 2}`]
}

/** Whether a file under src/ changed after the last build: the CLI tests run lib/cli/main.js, not src/. */
function libOlderThanSrc() {
  let built
  try {
    built = statSync(join(root, 'lib', 'cli', 'main.js')).mtimeMs
  } catch {
    return true
  }
  const newest = (dir) =>
    Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)))
  return newest(join(root, 'src')) > built
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSupportedNode(import.meta.url)
  const args = process.argv.slice(2)
  const slow = args.includes('--slow')
  const files = slow ? slowTestFiles() : unitTestFiles()
  if (args.includes('--list')) {
    console.log(files.join('\n'))
  } else {
    if (libOlderThanSrc()) console.log('# lib/ is older than src/: the CLI tests run the built lib/, so run `npm run build` first')
    const tap = join(root, 'node_modules', '.bin', 'tap')
    const nowhere = 'http://127.0.0.1:9'
    const child = spawn(tap, [...typeStripArgs(), ...(slow ? [] : jobsArgs(args)), ...args.filter((a) => a !== '--slow'), ...files], {
      cwd: root,
      stdio: 'inherit',
      env: { ...testEnv(), ELASTICSEARCH_URL: nowhere, ELASTICSEARCH_URLS: nowhere, OPENSEARCH_URL: nowhere },
    })
    child.on('close', (code) => process.exit(code ?? 1))
  }
}
