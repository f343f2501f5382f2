#!/usr/bin/env node
// `npm run fuzz -- --seconds N [--reader name] [--seed S]`: the differential fuzzers of test/fuzz/ for a long
// run, N seconds per reader one after the other, with a random seed printed first so that a failure can be
// replayed (`--seed S`, and the same or more seconds). `npm test` runs the same files with a fixed seed and a
// fixed count. A counterexample is printed shrunk; keep it as an example test next to the reader's tests.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const readers = readdirSync(resolve(root, 'test/fuzz'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.test.ts'.length))

let values
try {
  ;({ values } = parseArgs({
    options: { seconds: { type: 'string' }, reader: { type: 'string', multiple: true }, seed: { type: 'string' } },
  }))
} catch (err) {
  console.error(`${err.message}\nusage: npm run fuzz -- --seconds N [--reader ${readers.join('|')}] [--seed S]`)
  process.exit(2)
}
const seconds = Number(values.seconds)
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`--seconds must be a number of seconds > 0, got ${values.seconds ?? 'nothing'}`)
  process.exit(2)
}
const chosen = values.reader ?? readers
for (const name of chosen) {
  if (!readers.includes(name)) {
    console.error(`--reader must be one of ${readers.join(', ')}, got "${name}"`)
    process.exit(2)
  }
}
const seed = values.seed === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(values.seed)
if (!Number.isInteger(seed)) {
  console.error(`--seed must be an integer, got "${values.seed}"`)
  process.exit(2)
}
console.log(`fuzz: seed ${seed}, ${seconds} s per reader: ${chosen.join(', ')}`)

let failed = 0
for (const name of chosen) {
  const run = spawnSync(resolve(root, 'node_modules/.bin/tap'), ['-R', 'tap', '-t0', `test/fuzz/${name}.test.ts`], {
    cwd: root,
    env: { ...process.env, FUZZ_SECONDS: String(seconds), FUZZ_SEED: String(seed) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const out = `${run.stdout}${run.stderr}`
  for (const line of out.split('\n')) {
    const text = line.trim()
    if (text.startsWith('# fuzz ') || text.startsWith('not ok') || text.startsWith('bytes:')) console.log(text)
  }
  if (run.status !== 0) {
    failed++
    console.log(out.slice(-8000))
  }
}
console.log(failed === 0 ? `fuzz: no divergence (seed ${seed})` : `fuzz: ${failed} reader(s) diverged (replay with --seed ${seed})`)
process.exit(failed === 0 ? 0 : 1)
