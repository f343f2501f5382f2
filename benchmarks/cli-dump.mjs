// CLI dump: client CPU per document against the real node, this build next to another build of elastream
// (`--baseline DIR`, a checkout whose lib/ is built), alternating runs, median of each. The node is the limit of
// wall time here, so CPU (user + sys of the CLI process, from /proc via `time`) is the figure.
//
//   ELASTICSEARCH_URL=http://127.0.0.1:9200 node benchmarks/cli-dump.mjs --docs 100000 --runs 5 [--baseline DIR]
import { execFileSync, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { ensureData } from './gen-data.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
    index: { type: 'string', default: 'bench-cli-dump' },
  },
})
const url = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200'
const docs = Number(values.docs)
const builds = { current: join(here, '..', 'lib', 'cli', 'main.js') }
if (values.baseline) builds.baseline = join(values.baseline, 'lib', 'cli', 'main.js')

function cli(main, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, main, ...args], {
    env: { ...process.env, ELASTICSEARCH_URL: url },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`)
  const [user, sys, rss] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  return { cpu: user + sys, rssMb: rss / 1024 }
}

const count = async () => (await (await fetch(`${url}/${values.index}/_count`)).json()).count
if ((await fetch(`${url}/${values.index}/_count`).then((r) => r.json()).catch(() => ({}))).count !== docs) {
  await fetch(`${url}/${values.index}`, { method: 'DELETE' })
  await fetch(`${url}/${values.index}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings: { number_of_shards: 1, number_of_replicas: 0 } }),
  })
  cli(builds.current, ['load', await ensureData(docs), '--index', values.index])
  if ((await count()) !== docs) throw new Error('load incomplete')
}

const results = Object.fromEntries(Object.keys(builds).map((k) => [k, []]))
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, main] of Object.entries(builds)) {
    const out = `/tmp/bench-cli-dump-${name}.ndjson`
    const r = cli(main, ['dump', values.index, '-o', out])
    const lines = Number(execFileSync('wc', ['-l', out], { encoding: 'utf8' }).split(' ')[0])
    if (lines !== docs) throw new Error(`${name}: ${lines} lines for ${docs} documents`)
    results[name].push(r)
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summary = {}
for (const [name, rs] of Object.entries(results)) {
  summary[name] = {
    cpuUsPerDoc: Number(((median(rs.map((r) => r.cpu)) / docs) * 1e6).toFixed(2)),
    peakRssMb: Number(median(rs.map((r) => r.rssMb)).toFixed(1)),
    runs: rs.map((r) => Number(r.cpu.toFixed(2))),
  }
}
if (summary.baseline) summary.ratio = Number((summary.current.cpuUsPerDoc / summary.baseline.cpuUsPerDoc).toFixed(2))
console.log(JSON.stringify({ docs, url, summary }, null, 2))
