// CLI load into the null sink: this build next to another build of elastream (`--baseline DIR`, a checkout
// whose lib/ is built), alternating runs, medians. Two inputs of the same documents (~230 bytes each): plain
// NDJSON (data/logs-N.ndjson) and dump format (`{"_index","_id","_source"}` lines, as `elastream dump` writes).
// Figures per run from the CLI process: docs/s (the CLI's own summary, startup excluded, and N / wall time),
// CPU per document (user + sys from `time`), peak RSS. The sink runs pinned to the last core, the CLI to core 0.
//
//   node benchmarks/cli-load.mjs --docs 300000 --runs 5 [--baseline DIR] [--inputs plain,dump] [--cpu-prof DIR]
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { dataDir, ensureData } from './gen-data.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '300000' },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
    inputs: { type: 'string', default: 'plain,dump' },
    // Writes one --cpu-prof profile per input of the current build (the last run) into DIR.
    'cpu-prof': { type: 'string' },
  },
})
const docs = Number(values.docs)
const builds = { current: join(here, '..', 'lib', 'cli', 'main.js') }
if (values.baseline) builds.baseline = join(values.baseline, 'lib', 'cli', 'main.js')
const canPin = os.cpus().length >= 2 && existsSync('/usr/bin/taskset')
const lastCore = String(os.cpus().length - 1)

/** data/dump-N.ndjson: each line of logs-N wrapped as a hit, `_id` "doc-<n>", its source bytes as they are. */
async function ensureDump(n) {
  const file = join(dataDir, `dump-${n}.ndjson`)
  if (existsSync(file)) return file
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 })
  let i = 0
  let chunk = ''
  for await (const line of createInterface({ input: createReadStream(await ensureData(n)) })) {
    chunk += `{"_index":"logs","_id":"doc-${i++}","_source":${line}}\n`
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.end(chunk)
  await once(out, 'finish')
  renameSync(tmp, file)
  return file
}

async function startSink() {
  const argv = [process.execPath, join(here, 'sink.mjs')]
  const [cmd, ...args] = canPin ? ['taskset', '-c', lastCore, ...argv] : argv
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`sink exited with ${code}`)))
  })
  return { child, url: `http://127.0.0.1:${JSON.parse(line).port}` }
}

function load(main, file, url, profDir) {
  const node = [process.execPath, ...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []), main]
  const argv = ['/usr/bin/time', '-f', '%e %U %S %M', ...node, 'load', file, '--index', 'bench-cli-load']
  const [cmd, ...args] = canPin ? ['taskset', '-c', '0', ...argv] : argv
  const r = spawnSync(cmd, args, { env: { ...process.env, ELASTICSEARCH_URL: url }, encoding: 'utf8' })
  const lines = r.stderr.trim().split('\n')
  const summary = lines.find((l) => l.startsWith('loaded ')) ?? ''
  if (r.status !== 0 || !summary.includes(`loaded ${docs.toLocaleString('en-US')} documents`)) {
    throw new Error(`load ${file}: exit ${r.status}: ${r.stderr}`)
  }
  const [wall, user, sys, rss] = lines.at(-1).split(' ').map(Number)
  const rate = Number(/\(([\d,]+) docs\/s/.exec(summary)[1].replace(/,/g, ''))
  return { rate, wall, cpu: user + sys, rssMb: rss / 1024 }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const files = {}
for (const input of values.inputs.split(',')) files[input] = input === 'dump' ? await ensureDump(docs) : await ensureData(docs)
const sink = await startSink()
const results = {}
try {
  for (const input of Object.keys(files)) {
    results[input] = Object.fromEntries(Object.keys(builds).map((k) => [k, []]))
    for (let run = 0; run < Number(values.runs); run++) {
      for (const [name, main] of Object.entries(builds)) {
        const prof = name === 'current' && run === Number(values.runs) - 1 ? values['cpu-prof'] : undefined
        results[input][name].push(load(main, files[input], sink.url, prof && join(prof, input)))
      }
    }
  }
} finally {
  sink.child.kill()
}
const summary = {}
for (const [input, byBuild] of Object.entries(results)) {
  summary[input] = {}
  for (const [name, rs] of Object.entries(byBuild)) {
    summary[input][name] = {
      docsPerSec: median(rs.map((r) => r.rate)),
      docsPerSecWall: Math.round(docs / median(rs.map((r) => r.wall))),
      cpuUsPerDoc: Number(((median(rs.map((r) => r.cpu)) / docs) * 1e6).toFixed(2)),
      peakRssMb: Number(median(rs.map((r) => r.rssMb)).toFixed(1)),
      rates: rs.map((r) => r.rate),
    }
  }
  const { current, baseline } = summary[input]
  if (baseline) {
    summary[input].ratio = {
      throughput: Number((current.docsPerSec / baseline.docsPerSec).toFixed(2)),
      cpuPerDoc: Number((current.cpuUsPerDoc / baseline.cpuUsPerDoc).toFixed(2)),
    }
  }
}
console.log(JSON.stringify({ docs, pinned: canPin, loadavg: os.loadavg().map((l) => Number(l.toFixed(2))), summary }, null, 2))
