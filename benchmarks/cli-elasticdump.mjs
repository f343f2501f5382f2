// elastream's CLI next to elasticdump (pinned in benchmarks/package.json), both at their defaults, against a
// real node of its own: load of the same dump-format file (`{"_index","_id","_source"}` lines, which both read)
// into an empty index, and dump of the same index to a file. Figures per tool: wall time and CPU per document
// (user + sys of the tool's process tree, from `time`), peak RSS; alternating runs, medians.
//
//   node scripts/es.mjs start --name bench --port 9230 --heap 1g
//   ELASTICSEARCH_URL=http://127.0.0.1:9230 node benchmarks/cli-elasticdump.mjs --docs 100000 --runs 3
//   node scripts/es.mjs stop --name bench
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startRootProxy } from './common/root-proxy.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({
  options: { docs: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } },
})
const nodeUrl = new URL(process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9230')
const docs = Number(values.docs)
const elastream = join(here, '..', 'lib', 'cli', 'main.js')
const elasticdump = join(here, 'node_modules', 'elasticdump', 'bin', 'elasticdump')
const input = join(here, 'data', `dump-${docs}.ndjson`)
if (!existsSync(input)) throw new Error(`${input} is missing: node benchmarks/cli-load.mjs --docs ${docs} --runs 1 writes it`)

const proxy = await startRootProxy(nodeUrl)
const { url } = proxy

function timed(argv) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...argv], {
      env: { ...process.env, ELASTICSEARCH_URL: url },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (c) => {
      stderr += c
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${argv.join(' ')}: exit ${code}: ${stderr.slice(-2000)}`))
      const [wall, user, sys, rss] = stderr.trim().split('\n').at(-1).split(' ').map(Number)
      resolve({ wall, cpu: user + sys, rssMb: rss / 1024 })
    })
  })
}

async function es(method, path, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  return res.json()
}

async function freshIndex(index) {
  await es('DELETE', `/${index}?ignore_unavailable=true`)
  await es('PUT', `/${index}`, { settings: { number_of_shards: 1, number_of_replicas: 0 } })
}

async function count(index) {
  await es('POST', `/${index}/_refresh`)
  return (await es('GET', `/${index}/_count`)).count
}

const tools = {
  elastream: {
    load: (index) => [elastream, 'load', input, '--index', index],
    dump: (index, out) => [elastream, 'dump', index, '-o', out],
  },
  elasticdump: {
    load: (index) => [elasticdump, `--input=${input}`, `--output=${url}/${index}`, '--type=data', '--quiet'],
    dump: (index, out) => [elasticdump, `--input=${url}/${index}`, `--output=${out}`, '--type=data', '--quiet'],
  },
}

const results = { load: {}, dump: {} }
for (const name of Object.keys(tools)) {
  results.load[name] = []
  results.dump[name] = []
}
// Both dump the index elastream loaded in the same run (its count checked above).
const source = 'bench-ed-elastream'
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, tool] of Object.entries(tools)) {
    const index = `bench-ed-${name}`
    await freshIndex(index)
    const r = await timed(tool.load(index))
    const n = await count(index)
    if (n !== docs) throw new Error(`${name} load: ${n} documents for ${docs}`)
    results.load[name].push(r)
  }
  for (const [name, tool] of Object.entries(tools)) {
    const out = `/tmp/bench-ed-${name}.ndjson`
    rmSync(out, { force: true }) // elasticdump refuses to write over a file
    const r = await timed(tool.dump(source, out))
    const lines = Number(execFileSync('wc', ['-l', out], { encoding: 'utf8' }).split(' ')[0])
    if (lines !== docs) throw new Error(`${name} dump: ${lines} lines for ${docs} documents`)
    results.dump[name].push(r)
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summary = {}
for (const [op, byTool] of Object.entries(results)) {
  summary[op] = {}
  for (const [name, rs] of Object.entries(byTool)) {
    summary[op][name] = {
      wallS: median(rs.map((r) => r.wall)),
      cpuUsPerDoc: Number(((median(rs.map((r) => r.cpu)) / docs) * 1e6).toFixed(2)),
      peakRssMb: Number(median(rs.map((r) => r.rssMb)).toFixed(1)),
      walls: rs.map((r) => r.wall),
    }
  }
  const { elastream: a, elasticdump: b } = summary[op]
  summary[op].ratio = {
    wall: Number((a.wallS / b.wallS).toFixed(2)),
    cpuPerDoc: Number((a.cpuUsPerDoc / b.cpuUsPerDoc).toFixed(2)),
  }
}
await proxy.close()
console.log(JSON.stringify({ docs, node: nodeUrl.href, summary }, null, 2))
