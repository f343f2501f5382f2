#!/usr/bin/env node
// Checks elastream the way its users get it: packed with `npm pack`, installed into small consumer projects
// (test/consumers/), and used from each kind of project. Prints one line per check and
// `consumers: N passed, N failed`; exits 1 on any failure.
//
//   node scripts/consumers.mjs [--smoke RUNTIME ...]
//
// Without a server: what the tarball ships, publint and arethetypeswrong on it, the CLI through `npx`,
// require() from CommonJS, and TypeScript projects (node16, nodenext, bundler, CommonJS) compiling against
// the packed types with nothing leaking as `any`. With ELASTICSEARCH_URL: an esbuild bundle run from a folder
// without node_modules, and for each `--smoke RUNTIME` (node, bun or deno: a path to its executable) the
// real-server smoke of test/consumers/esm/smoke.mjs under that runtime.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { smoke: { type: 'string', multiple: true, default: [] } } })
const bin = (name) => join(root, 'node_modules', '.bin', name)
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

let passed = 0
let failed = 0
function check(name, fn) {
  const started = Date.now()
  try {
    const detail = fn()
    passed++
    console.log(`ok ${name}${detail ? `: ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (err) {
    failed++
    console.log(`not ok ${name}: ${String(err?.message ?? err).trim()}`)
  }
}

/** Runs a command; its output is the error message when it fails. */
function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (r.status !== 0) throw new Error(`${basename(command)} ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`)
  return r.stdout
}

// One folder holding node_modules (the packed elastream and @types/node) with each consumer project below it,
// so that every project resolves the same installed package.
const work = mkdtempSync(join(tmpdir(), 'elastream-consumers-'))
const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root }).trim().split('\n').pop())
cpSync(join(root, 'test', 'consumers'), join(work, 'projects'), { recursive: true })
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'elastream-consumers', private: true }))
run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball, `@types/node@${pkg.devDependencies['@types/node']}`], { cwd: work })
const installed = join(work, 'node_modules', 'elastream')
const project = (name) => join(work, 'projects', name)

check('the tarball ships only the built package', () => {
  const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }))[0]
  const stray = listing.files.map((f) => f.path).filter((p) => !/^(lib\/|README\.md$|LICENSE$|NOTICE$|CHANGELOG\.md$|package\.json$)/.test(p))
  if (stray.length) throw new Error(`unexpected files: ${stray.slice(0, 10).join(', ')}`)
  return `${listing.entryCount} files, ${(listing.size / 1024).toFixed(0)} KiB packed, ${(listing.unpackedSize / 1024 / 1024).toFixed(2)} MiB unpacked`
})
check('publint', () => run(bin('publint'), ['run', installed, '--strict']).trim().split('\n').pop())
// cjs-resolves-to-esm: elastream is ESM only, on purpose (README, "Module formats"); every supported Node.js
// line loads it through require(), which the CommonJS check below proves.
check('arethetypeswrong', () => {
  run(bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped'])
})
check('npx elastream --help from the tarball', () => {
  const out = run('npx', ['--no-install', 'elastream', '--help'], { cwd: work })
  if (!out.includes('usage: elastream')) throw new Error(`no usage line in: ${out.slice(0, 200)}`)
})
check('CommonJS project: require(elastream)', () => run(process.execPath, ['index.cjs'], { cwd: project('cjs') }).trim())
check('ESM project: import elastream/testing (a mock on loopback, no server needed)', () => run(process.execPath, ['testing.mjs'], { cwd: project('esm') }).trim())
for (const name of readdirSync(join(work, 'projects')).filter((n) => n.startsWith('ts-')).sort()) {
  check(`TypeScript project ${name}`, () => {
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project(name)])
  })
}

if (process.env.ELASTICSEARCH_URL) {
  check('esbuild bundle runs without node_modules', () => {
    const out = mkdtempSync(join(tmpdir(), 'elastream-bundle-'))
    try {
      // undici is CommonJS; an ESM bundle needs a require() for the Node.js built-ins it loads.
      const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
      run(bin('esbuild'), [join(project('esbuild'), 'entry.mjs'), '--bundle', '--platform=node', '--format=esm', `--banner:js=${banner}`, `--outfile=${join(out, 'bundle.mjs')}`, '--log-level=warning'], { cwd: work })
      return run(process.execPath, [join(out, 'bundle.mjs')], { cwd: out }).trim()
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
  for (const runtime of values.smoke) {
    check(`real-server smoke on ${basename(runtime)}`, () => {
      const args = basename(runtime) === 'deno' ? ['run', '-A', 'smoke.mjs'] : ['smoke.mjs']
      return run(runtime, args, { cwd: project('esm') }).trim().split('\n').pop()
    })
  }
}

rmSync(work, { recursive: true, force: true })
console.log(`consumers: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
