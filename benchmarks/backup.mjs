// Backup folders next to single-index files and next to elasticdump / multielasticdump (pinned in
// benchmarks/package.json, never a dependency of elastream), on the same documents, against a real node of the
// benchmark's own:
//
//   elastream dump 'bench-bk-*' -o DIR/      3 indices of N documents into a backup folder, and `load DIR/`
//   elastream dump bench-one -o FILE         the same 3N documents in one index, and `load FILE --index`
//   multielasticdump --direction=dump|load   the 3 indices: data, mapping and settings (its defaults, but for
//                                            templates: it fails on a node without legacy templates, whose
//                                            GET /_template/* is a 404, so --ignoreType=template)
//   elasticdump --type=data                  the one index
//
// Each tool at its defaults. Per run and tool: wall time, docs/s (3N / wall, start-up included), CPU per
// document (user + sys of the whole process tree, from `time`), peak RSS of the largest process (`time`'s %M)
// and of the whole tree (the sum of VmRSS over the tool's processes, sampled every 100 ms: multielasticdump
// forks one elasticdump per index and per kind). Runs alternate the tools in a rotating order; medians, and
// ratios of the medians. Every dump's line count and every load's index counts are checked.
//
//   node scripts/es.mjs start --name bench --port 9330 --heap 1g --fresh
//   (cd benchmarks && npm ci) && npm run build
//   ELASTICSEARCH_URL=http://127.0.0.1:9330 node benchmarks/backup.mjs --docs 100000 --runs 3
//   node scripts/es.mjs stop --name bench
//
// --elastream DIR runs the CLI of another checkout whose lib/ is built (default: this one).
// --out FILE: where the text report goes (default results/backup-<date>.txt).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startRootProxy } from './common/root-proxy.mjs'
import { ensureData } from './gen-data.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    elastream: { type: 'string', default: join(here, '..') },
    out: { type: 'string' },
    work: { type: 'string', default: join(os.tmpdir(), `elastream-bench-backup-${process.pid}`) },
  },
})
const N = Number(values.docs)
const TOTAL = 3 * N
const RUNS = Number(values.runs)
const nodeUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9330'
const elastream = join(resolve(values.elastream), 'lib', 'cli', 'main.js')
const edBin = join(here, 'node_modules', 'elasticdump', 'bin')
for (const f of [elastream, join(edBin, 'elasticdump')]) {
  if (!existsSync(f)) throw new Error(`${f} is missing (npm run build; cd benchmarks && npm ci)`)
}
const work = values.work
mkdirSync(work, { recursive: true })
const proxy = await startRootProxy(nodeUrl)
const url = proxy.url
const INDICES = ['bench-bk-1', 'bench-bk-2', 'bench-bk-3']
const ONE = 'bench-one'
const log = (line) => process.stderr.write(`[backup] ${line}\n`)

async function es(method, path, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body ? { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json' } : {},
    body: body ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
  })
  const text = await res.text()
  return text ? JSON.parse(text) : undefined
}

async function count(index) {
  await es('POST', `/${index}/_refresh`)
  return (await es('GET', `/${index}/_count`)).count
}

async function fresh(index) {
  await es('DELETE', `/${index}?ignore_unavailable=true`)
  const r = await es('PUT', `/${index}`, { settings: { number_of_shards: 1, number_of_replicas: 0 } })
  if (!r?.acknowledged) throw new Error(`create ${index}: ${JSON.stringify(r)}`)
}

/** Sum of VmRSS over `pid` and its descendants, in bytes (0 when it is gone). */
function treeRss(pid) {
  const children = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(Number(name))
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0
  const stack = [pid]
  while (stack.length > 0) {
    const p = stack.pop()
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8')
      const kb = /VmRSS:\s+(\d+)/.exec(status)
      if (kb) sum += Number(kb[1]) * 1024
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(p) ?? []))
  }
  return sum
}

/** Runs a Node script under /usr/bin/time: wall s, CPU s of the tree, largest and whole-tree peak RSS in MB. */
function timed(argv) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...argv], {
      env: { ...process.env, ELASTICSEARCH_URL: url, ELASTREAM_DEBUG: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let tree = 0
    const sampler = setInterval(() => {
      tree = Math.max(tree, treeRss(child.pid))
    }, 100)
    let stderr = ''
    child.stderr.on('data', (c) => {
      stderr += c
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      if (code !== 0) return reject(new Error(`${argv.join(' ')}: exit ${code}: ${stderr.slice(-3000)}`))
      const [wall, user, sys, rss] = stderr.trim().split('\n').at(-1).split(' ').map(Number)
      // /usr/bin/time itself is in the tree: about 1-2 MB, left in.
      resolvePromise({ wall, cpu: user + sys, rssMb: rss / 1024, treeMb: tree / (1 << 20) })
    })
  })
}

const lines = (file) => Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(/\s+/)[0])
const ed = (args) => [join(edBin, 'elasticdump'), ...args]
const med = (args) => [join(edBin, 'multielasticdump'), ...args]
const dir = (name) => join(work, name)

// name -> { dump: { argv, check }, load: { prepare, argv, check } }
const tools = {
  'elastream backup folder (3 indices)': {
    dump: {
      before: () => rmSync(dir('folder'), { recursive: true, force: true }),
      argv: () => [elastream, 'dump', 'bench-bk-*', '-o', `${dir('folder')}/`],
      check: () => {
        const m = JSON.parse(readFileSync(join(dir('folder'), 'manifest.json'), 'utf8'))
        return Object.values(m.indices).reduce((n, e) => n + e.docs, 0)
      },
    },
    load: {
      before: async () => {
        for (const i of INDICES) await es('DELETE', `/${i}?ignore_unavailable=true`)
      },
      argv: () => [elastream, 'load', `${dir('folder')}/`],
      check: async () => (await Promise.all(INDICES.map(count))).reduce((a, b) => a + b, 0),
    },
  },
  'multielasticdump (3 indices)': {
    dump: {
      before: () => {
        rmSync(dir('multi'), { recursive: true, force: true })
        mkdirSync(dir('multi'))
      },
      argv: () => med(['--direction=dump', '--match=^bench-bk-\\d$', '--ignoreType=template', `--input=${url}`, `--output=${dir('multi')}`]),
      check: () => INDICES.reduce((n, i) => n + lines(join(dir('multi'), `${i}.json`)), 0),
    },
    load: {
      before: async () => {
        for (const i of INDICES) await es('DELETE', `/${i}?ignore_unavailable=true`)
      },
      argv: () => med(['--direction=load', '--match=^bench-bk-\\d$', '--ignoreType=template', `--input=${dir('multi')}`, `--output=${url}`]),
      check: async () => (await Promise.all(INDICES.map(count))).reduce((a, b) => a + b, 0),
    },
  },
  'elastream one index, one file': {
    dump: {
      before: () => rmSync(dir('one.ndjson'), { force: true }),
      argv: () => [elastream, 'dump', ONE, '-o', dir('one.ndjson')],
      check: () => lines(dir('one.ndjson')),
    },
    load: {
      before: () => fresh(ONE),
      argv: () => [elastream, 'load', dir('one.ndjson'), '--index', ONE],
      check: () => count(ONE),
    },
  },
  'elasticdump one index, one file': {
    dump: {
      // elasticdump refuses to write over a file.
      before: () => rmSync(dir('ed.ndjson'), { force: true }),
      argv: () => ed([`--input=${url}/${ONE}`, `--output=${dir('ed.ndjson')}`, '--type=data', '--quiet']),
      check: () => lines(dir('ed.ndjson')),
    },
    load: {
      before: () => fresh(ONE),
      argv: () => ed([`--input=${dir('ed.ndjson')}`, `--output=${url}/${ONE}`, '--type=data', '--quiet']),
      check: () => count(ONE),
    },
  },
}
const names = Object.keys(tools)

// The documents: data/logs-N.ndjson (~360 B each) into each of the 3 indices, and 3 times into the one index.
const data = await ensureData(N)
const ready = async () =>
  (await Promise.all(INDICES.map((i) => count(i).catch(() => -1)))).every((c) => c === N) &&
  (await count(ONE).catch(() => -1)) === TOTAL
if (!(await ready())) {
  log(`loading ${N} documents into each of ${INDICES.join(', ')} and ${TOTAL} into ${ONE}`)
  for (const i of [...INDICES, ONE]) await fresh(i)
  // Asynchronously: the proxy runs in this process.
  const load = (index) => timed([elastream, 'load', data, '--index', index, '--quiet'])
  for (const i of INDICES) await load(i)
  for (let k = 0; k < 3; k++) await load(ONE)
  if (!(await ready())) throw new Error('setup: the counts are not right')
}

const machine = () => `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`
const results = Object.fromEntries(['dump', 'load'].map((op) => [op, Object.fromEntries(names.map((n) => [n, []]))]))
const raw = []
const startedAt = new Date()
const loadAt = [machine()]
for (let run = 0; run < RUNS; run++) {
  const order = names.map((_, k) => names[(k + run) % names.length])
  for (const op of ['dump', 'load']) {
    for (const name of order) {
      const step = tools[name][op]
      await step.before()
      const r = await timed(step.argv())
      const n = await step.check()
      if (n !== TOTAL) throw new Error(`${name} ${op}: ${n} documents for ${TOTAL}`)
      results[op][name].push(r)
      const line = `run ${run + 1} ${op} ${name}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB largest, ${r.treeMb.toFixed(0)} MB tree (${machine()})`
      raw.push(line)
      log(line)
    }
  }
  loadAt.push(machine())
}
await proxy.close()

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmtK = (x) => (x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(0))
const summary = {}
const table = []
for (const op of ['dump', 'load']) {
  summary[op] = {}
  table.push(`| ${op} | docs/s | wall s (min-max) | CPU µs/doc | peak RSS largest process | peak RSS whole tree |`, '|---|---|---|---|---|---|')
  for (const name of names) {
    const rs = results[op][name]
    const wall = median(rs.map((r) => r.wall))
    const s = {
      wall,
      docsPerS: TOTAL / wall,
      cpuUsPerDoc: (median(rs.map((r) => r.cpu)) / TOTAL) * 1e6,
      rssMb: median(rs.map((r) => r.rssMb)),
      treeMb: median(rs.map((r) => r.treeMb)),
    }
    summary[op][name] = s
    const walls = rs.map((r) => r.wall)
    table.push(
      `| ${name} | ${fmtK(s.docsPerS)} | ${wall.toFixed(2)} (${Math.min(...walls).toFixed(2)}-${Math.max(...walls).toFixed(2)}) | ${s.cpuUsPerDoc.toFixed(1)} | ${s.rssMb.toFixed(0)} MB | ${s.treeMb.toFixed(0)} MB |`,
    )
  }
  table.push('')
}
const ratio = (op, a, b, key) => summary[op][a][key] / summary[op][b][key]
const pairs = [
  ['elastream backup folder (3 indices)', 'elastream one index, one file', 'folder / one file (elastream)'],
  ['elastream backup folder (3 indices)', 'multielasticdump (3 indices)', 'elastream folder / multielasticdump'],
  ['elastream one index, one file', 'elasticdump one index, one file', 'elastream file / elasticdump'],
]
table.push('| ratio of medians | dump docs/s | dump CPU/doc | dump RSS (tree) | load docs/s | load CPU/doc | load RSS (tree) |', '|---|---|---|---|---|---|---|')
for (const [a, b, label] of pairs) {
  const cells = []
  for (const op of ['dump', 'load']) {
    cells.push(`${ratio(op, a, b, 'docsPerS').toFixed(2)}x`, `${ratio(op, a, b, 'cpuUsPerDoc').toFixed(2)}x`, `${ratio(op, a, b, 'treeMb').toFixed(2)}x`)
  }
  table.push(`| ${label} | ${cells.join(' | ')} |`)
}

const version = (cmd) => {
  try {
    return execFileSync(cmd[0], cmd.slice(1), { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}
const edVersion = JSON.parse(readFileSync(join(here, 'node_modules', 'elasticdump', 'package.json'), 'utf8')).version
const server = await fetch(`${nodeUrl}/_nodes/_local`).then((r) => r.json()).then((b) => Object.values(b.nodes)[0]?.version).catch(() => 'unknown')
const report = [
  `# Backup folders next to single files and elasticdump/multielasticdump (benchmarks/backup.mjs)`,
  '',
  `Started ${startedAt.toISOString()}, ended ${new Date().toISOString()}.`,
  `Machine: ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}.`,
  `Shared with other work: load average before and after each run: ${loadAt.join('; ')}.`,
  `Node ${process.version}; elastream ${version(['git', '-C', resolve(values.elastream), 'rev-parse', '--short', 'HEAD'])} (${elastream}); elasticdump ${edVersion}; Elasticsearch ${server} at ${nodeUrl} (one node, its own), through a GET / proxy.`,
  `Documents: ${N} per index x 3 indices (bench-bk-1..3, 1 shard, no replica) and the same ${TOTAL} in one index (${ONE}), from ${data}.`,
  `Runs: ${RUNS}, the tools alternating in a rotating order; medians (min-max of wall).`,
  '',
  'Command lines (URL = the proxy in front of the node):',
  ...names.flatMap((n) => ['dump', 'load'].map((op) => `  ${op} ${n}: node ${tools[n][op].argv().map((a) => a.replace(here, 'benchmarks').replace(work, '$WORK')).join(' ')}`)),
  '',
  ...table,
  'Per run:',
  ...raw.map((l) => `  ${l}`),
  '',
]
const out = values.out ?? join(here, 'results', `backup-${startedAt.toISOString().slice(0, 10)}.txt`)
writeFileSync(out, report.join('\n'))
log(`written to ${out}`)
console.log(JSON.stringify({ docs: N, runs: RUNS, summary }, null, 2))
rmSync(work, { recursive: true, force: true })
