// Installs what the benchmarks need and elastream itself does not: the Node
// peers (npm ci in benchmarks/, exact versions from package-lock.json) and the
// Python peer in benchmarks/.venv (python3 -m venv, versions pinned in
// requirements.txt). Safe to run again: each step is skipped when done.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const run = (cmd, args, opts = {}) => {
  console.error(`$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: here, ...opts })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.error})`)
}

if (!existsSync(join(here, 'node_modules', '@elastic', 'elasticsearch'))) {
  run('npm', ['ci', '--no-audit', '--no-fund'])
}
const py = join(here, '.venv', 'bin', 'python')
if (!existsSync(py)) run('python3', ['-m', 'venv', '.venv'])
const check = spawnSync(py, ['-c', 'import elasticsearch, aiohttp'], { cwd: here })
if (check.status !== 0) run(py, ['-m', 'pip', 'install', '--quiet', '-r', 'requirements.txt'])
if (!existsSync(join(here, '..', 'lib', 'index.js'))) {
  run('npm', ['run', 'build'], { cwd: join(here, '..') })
}
console.error('benchmarks ready: node benchmarks/run.mjs --size quick')
