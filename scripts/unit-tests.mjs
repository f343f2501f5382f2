#!/usr/bin/env node
// `npm run test:unit`: the test files that need no real server, found from the test files' own imports, run
// with tap. A file needs a server when it, or any test file it imports (transitively, relative imports only),
// reads a server address or starts a real one: SERVER_MARKERS, or one of SERVER_FILES, below. The run points ELASTICSEARCH_URL and OPENSEARCH_URL at
// a loopback port where nothing listens, so a file that reaches a server some other way fails instead of
// quietly passing against a developer's local node. Local fake servers on port 0 are fine.
//
//   node scripts/unit-tests.mjs            run them (extra arguments go to tap)
//   node scripts/unit-tests.mjs --list     print them, one a line
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSupportedNode } from './supported-node.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SERVER_MARKERS = [/process\.env\.(ELASTICSEARCH_URLS?|OPENSEARCH_URL)\b/, /\bstartCluster\b/]
// Test-side modules that start a real server of their own (a JVM), not a local fake one.
const SERVER_FILES = ['test/yaml/server.ts', 'test/support/own-cluster.ts'].map((f) => join(root, f))

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

export function unitTestFiles() {
  return walk(join(root, 'test'))
    .filter((f) => f.endsWith('.test.ts') && !f.includes(join('test', 'support')))
    .filter((f) => !needsServer(f))
    .map((f) => relative(root, f))
    .sort()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSupportedNode(import.meta.url)
  const files = unitTestFiles()
  if (process.argv.includes('--list')) {
    console.log(files.join('\n'))
  } else {
    const tap = join(root, 'node_modules', '.bin', 'tap')
    const nowhere = 'http://127.0.0.1:9'
    const child = spawn(tap, [...process.argv.slice(2), ...files], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ELASTICSEARCH_URL: nowhere, ELASTICSEARCH_URLS: nowhere, OPENSEARCH_URL: nowhere },
    })
    child.on('close', (code) => process.exit(code ?? 1))
  }
}
