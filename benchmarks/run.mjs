// Runs every scenario for every client, each client in its own child process,
// against the null sink and against the real node (ELASTICSEARCH_URL), and
// writes results/<timestamp>.json, then renders README.md and the chart.
//
//   node benchmarks/run.mjs --size quick|full [--only bulk-objects,scan]
//        [--targets sink,es] [--clients elastream,official,python]
//        [--growth] [--no-render]
//
// Against the sink, the sink is pinned to the last core and the client to the
// first (taskset), so the client has one core to itself. Against the real
// node nothing is pinned: Elasticsearch needs the cores too.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureData } from './gen-data.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const PY = join(here, '.venv', 'bin', 'python')

const SIZES = {
  // A couple of minutes end to end on 2 cores.
  quick: {
    sink: { bulk: 100_000, ndjson: 100_000, scan: 100_000, search: 10_000 },
    es: { bulk: 20_000, ndjson: 20_000, scan: 20_000, search: 2_000 },
    growth: [],
    timeoutMs: 180_000,
  },
  // The issue 14 table's size: 300k documents against the sink.
  medium: {
    sink: { bulk: 300_000, ndjson: 300_000, scan: 300_000, search: 10_000 },
    es: { bulk: 20_000, ndjson: 20_000, scan: 20_000, search: 2_000 },
    growth: [],
    timeoutMs: 600_000,
  },
  // N = 1M for bulk and scan against the sink; the real node stays modest
  // because it shares two cores with the client and with other work.
  full: {
    sink: { bulk: 1_000_000, ndjson: 1_000_000, scan: 1_000_000, search: 10_000 },
    es: { bulk: 50_000, ndjson: 50_000, scan: 50_000, search: 5_000 },
    growth: [1_000_000, 5_000_000],
    timeoutMs: 1_200_000,
  },
}

const SCENARIOS = {
  'bulk-objects': {
    sizeKey: 'bulk',
    clients: [
      ['input-node', 'node', 'bulk-objects.mjs', ['--client', 'input']],
      ['floor-node', 'node', 'bulk-objects.mjs', ['--client', 'input', '--stringify']],
      ['input-python', 'python', 'bulk_objects.py', ['--client', 'python']],
      ['elastream', 'node', 'bulk-objects.mjs', ['--client', 'elastream']],
      ['elastream-defaults', 'node', 'bulk-objects.mjs', ['--client', 'elastream', '--defaults']],
      ['official', 'node', 'bulk-objects.mjs', ['--client', 'official']],
      ['python-streaming', 'python', 'bulk_objects.py', ['--client', 'python-streaming']],
      ['python-bulk', 'python', 'bulk_objects.py', ['--client', 'python-bulk']],
    ],
  },
  'bulk-ndjson': {
    sizeKey: 'ndjson',
    clients: [
      ['elastream', 'node', 'bulk-ndjson.mjs', ['--client', 'elastream']],
      ['elastream-defaults', 'node', 'bulk-ndjson.mjs', ['--client', 'elastream', '--defaults']],
      ['elastream-lines-defaults', 'node', 'bulk-ndjson.mjs', ['--client', 'elastream', '--defaults', '--lines']],
      ['official', 'node', 'bulk-ndjson.mjs', ['--client', 'official']],
      ['python-streaming', 'python', 'bulk_ndjson.py', ['--client', 'python-streaming']],
      ['python-bulk', 'python', 'bulk_ndjson.py', ['--client', 'python-bulk']],
    ],
  },
  scan: {
    sizeKey: 'scan',
    clients: [
      ['elastream-pit', 'node', 'scan.mjs', ['--client', 'elastream', '--mode', 'pit']],
      ['elastream-scroll', 'node', 'scan.mjs', ['--client', 'elastream', '--mode', 'scroll']],
      ['official', 'node', 'scan.mjs', ['--client', 'official']],
      ['python', 'python', 'scan.py', ['--client', 'python']],
    ],
  },
  search: {
    sizeKey: 'search',
    clients: [
      ['elastream', 'node', 'search.mjs', ['--client', 'elastream']],
      ['official', 'node', 'search.mjs', ['--client', 'official']],
      ['python', 'python', 'search.py', ['--client', 'python']],
    ],
  },
}

// Log documents: keyword fields so the search scenario's term filters match.
const MAPPING = {
  settings: { number_of_shards: 1, number_of_replicas: 0 },
  mappings: {
    properties: {
      '@timestamp': { type: 'date' },
      level: { type: 'keyword' },
      service: { type: 'keyword' },
      host: { type: 'keyword' },
      message: { type: 'text' },
      http: {
        properties: {
          method: { type: 'keyword' },
          path: { type: 'keyword' },
          status: { type: 'short' },
          bytes: { type: 'long' },
        },
      },
      duration_ms: { type: 'float' },
      user: { properties: { id: { type: 'keyword' } } },
      trace_id: { type: 'keyword' },
      tags: { type: 'keyword' },
      seq: { type: 'long' },
    },
  },
}

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'quick' },
    only: { type: 'string' },
    targets: { type: 'string', default: 'sink,es' },
    clients: { type: 'string' },
    growth: { type: 'boolean', default: false },
    'no-growth': { type: 'boolean', default: false },
    'no-render': { type: 'boolean', default: false },
    // Runs of each client per scenario, interleaved (A B C A B C ...); the
    // table shows the median by throughput, the JSON keeps every sample.
    repeat: { type: 'string', default: '1' },
    // Scheduling priority of the sink and the clients (nice -n). A negative
    // value keeps other work on a shared machine from skewing wall times.
    nice: { type: 'string', default: '0' },
  },
})
const size = SIZES[args.size]
if (!size) throw new Error(`--size must be quick, medium or full, got ${args.size}`)
const only = args.only ? args.only.split(',') : Object.keys(SCENARIOS)
for (const s of only) if (!SCENARIOS[s]) throw new Error(`--only: unknown scenario ${s}`)
const targets = args.targets.split(',')
const repeat = Number(args.repeat)
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat must be an integer >= 1, got ${args.repeat}`)
const niceness = Number(args.nice)
if (!Number.isInteger(niceness)) throw new Error(`--nice must be an integer, got ${args.nice}`)
const clientFilter = args.clients ? args.clients.split(',') : null
const wantClient = (name) => !clientFilter || clientFilter.some((c) => name === c || name.startsWith(`${c}-`))
const esUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200'
if (targets.includes('es') && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(esUrl)) {
  throw new Error(`benchmarks run only against a local node; ELASTICSEARCH_URL is ${esUrl}`)
}
const canPin = os.cpus().length >= 2 && existsSync('/usr/bin/taskset')
const lastCore = String(os.cpus().length - 1)
const hasPython = existsSync(PY)
const hasElastream = existsSync(join(here, '..', 'lib', 'index.js'))

const log = (...a) => console.error('[bench]', ...a)

// ---------------------------------------------------------------- helpers

function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0)
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 }
  } catch {
    return null
  }
}

function procCpuSeconds(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime, stime are fields 14 and 15 (1-based) of the full line.
    return (Number(f[11]) + Number(f[12])) / 100
  } catch {
    return Number.NaN
  }
}

/** Prefixes taskset (pin to a core) and nice (priority) as asked. */
function wrap(argv, core) {
  let out = argv
  if (core !== null) out = ['taskset', '-c', core, ...out]
  if (niceness !== 0) out = ['nice', '-n', String(niceness), ...out]
  return [out[0], out.slice(1)]
}

async function startSink() {
  const [cmd, cmdArgs] = wrap([process.execPath, join(here, 'sink.mjs')], canPin ? lastCore : null)
  const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout })
    rl.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`sink exited with ${code}`)))
  })
  const { port } = JSON.parse(line)
  return { child, url: `http://127.0.0.1:${port}` }
}

/** Runs one client in its own process; polls its RSS from /proc. */
function runClient({ runtime, script, extra, target, pin, sinkPid, timeline }) {
  const bin = runtime === 'python' ? PY : process.execPath
  const argv = [join(here, 'scenarios', script), ...extra]
  const [cmd, cmdArgs] = wrap([bin, ...argv], pin && canPin ? '0' : null)
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELASTICSEARCH_URL: target },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const sinkCpu0 = sinkPid ? procCpuSeconds(sinkPid) : Number.NaN
    const loadavg = os.loadavg()[0]
    const t0 = performance.now()
    const samples = []
    let hwm = 0
    const poll = setInterval(() => {
      const s = procStatus(child.pid)
      if (!s) return
      hwm = Math.max(hwm, s.hwm)
      if (timeline) samples.push([Math.round(performance.now() - t0), Math.round(s.rss)])
    }, 200)
    const timer = setTimeout(() => child.kill('SIGKILL'), size.timeoutMs)
    child.on('close', (code, signal) => {
      clearInterval(poll)
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
      const out = line ? JSON.parse(line.slice(7)) : null
      const wall = (performance.now() - t0) / 1000
      const sinkCpu = sinkPid ? procCpuSeconds(sinkPid) - sinkCpu0 : null
      if (!out || code !== 0) {
        resolve({ error: `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-6).join(' | ')}` })
        return
      }
      resolve({
        ...out,
        procPeakRssMB: hwm,
        // 1-minute load average when the client started: other work on the
        // machine shows up here, so a noisy sample can be recognized.
        loadavg,
        // Share of the client's wall time the sink spent on CPU: near 1.0
        // would mean the sink, not the client, set the pace.
        sinkBusy: sinkCpu === null ? null : sinkCpu / wall,
        ...(timeline ? { rssTimeline: samples } : {}),
      })
    })
  })
}

async function es(method, path, body, ndjson = false) {
  const res = await fetch(`${esUrl}${path}`, {
    method,
    headers: { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : ndjson ? body : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok && res.status !== 404) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}

/** Loads an index on the real node straight from the data file (not timed). */
async function loadIndex(index, file) {
  await es('PUT', `/${index}`, MAPPING)
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const action = JSON.stringify({ index: {} })
  for (let i = 0; i < lines.length; i += 5000) {
    const body = `${lines
      .slice(i, i + 5000)
      .map((l) => `${action}\n${l}`)
      .join('\n')}\n`
    const r = await es('POST', `/${index}/_bulk?filter_path=errors`, body, true)
    if (r.errors) throw new Error(`loading ${index} failed`)
  }
  await es('POST', `/${index}/_refresh`)
}

function machine() {
  const py = hasPython
    ? spawnSync(
        PY,
        [
          '-c',
          'import sys,elasticsearch,aiohttp;print(sys.version.split()[0],elasticsearch.__versionstr__,aiohttp.__version__)',
        ],
        { encoding: 'utf8' },
      )
        .stdout.trim()
        .split(' ')
    : []
  const pkg = (p) => JSON.parse(readFileSync(p, 'utf8'))
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: here,
    encoding: 'utf8',
  }).stdout.trim()
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    python: py[0] ?? null,
    pinned: canPin ? 'sink on the last core, client on core 0 (sink target only)' : 'not pinned',
    clients: {
      elastream: `${pkg(join(here, '..', 'package.json')).version} (${git})`,
      '@elastic/elasticsearch': pkg(join(here, 'node_modules', '@elastic', 'elasticsearch', 'package.json'))
        .version,
      'elasticsearch (python)': py[1] ?? null,
      aiohttp: py[2] ?? null,
      undici: pkg(join(here, '..', 'node_modules', 'undici', 'package.json')).version,
    },
  }
}

async function esVersion() {
  // This node has no rest-root module (GET / is 405), so ask the nodes API.
  try {
    const r = await es('GET', '/_nodes/_local?filter_path=nodes.*.version')
    return Object.values(r.nodes)[0].version
  } catch (err) {
    return `unreachable (${err.message})`
  }
}

// ---------------------------------------------------------------- main

const started = new Date()
const id = started.toISOString().replace(/[:.]/g, '-')
const result = {
  id,
  size: args.size,
  startedAt: started.toISOString(),
  machine: machine(),
  elasticsearch: targets.includes('es') ? await esVersion() : null,
  repeat,
  nice: niceness,
  settings: {
    bulk: 'Node: flushBytes 5 MB, concurrency 5 (the official helper defaults). Python: max_chunk_bytes 5 MB, one request in flight.',
    scan: 'page size 1000; official = helpers.scrollDocuments, python = async_scan (scroll), elastream = scan() with point in time and with scroll',
    search: 'size 10, bool filter on two keyword terms, 32 concurrent callers, 32 connections each',
  },
  runs: [],
  growth: [],
}
if (!hasPython) log('no benchmarks/.venv: run `node benchmarks/setup.mjs` first; Python rows are skipped')
if (!hasElastream) log('no lib/index.js: run `npm run build` at the root first; elastream rows are skipped')

const sink = targets.includes('sink') ? await startSink() : null
const cleanup = []
try {
  for (const target of targets) {
    const n = size[target]
    const url = target === 'sink' ? sink.url : esUrl
    const runTag = id.slice(0, 19).toLowerCase()
    let scanIndex = null
    if (target === 'es' && (only.includes('scan') || only.includes('search'))) {
      const docs = Math.max(n.scan, 10_000)
      scanIndex = `bench-scan-${runTag}-${docs}`
      log(`loading ${docs} docs into ${scanIndex}`)
      cleanup.push(scanIndex)
      await loadIndex(scanIndex, await ensureData(docs))
    }
    for (const scenario of only) {
      const spec = SCENARIOS[scenario]
      const count = n[spec.sizeKey]
      const file = scenario === 'bulk-ndjson' ? await ensureData(count) : null
      const runs = []
      for (let r = 0; r < repeat; r++) for (const c of spec.clients) runs.push([r, ...c])
      for (const [rep, name, runtime, script, extra] of runs) {
        if (!wantClient(name)) continue
        if (runtime === 'python' && !hasPython) continue
        if (name.startsWith('elastream') && !hasElastream) continue
        if ((name.startsWith('input') || name.startsWith('floor')) && target !== 'sink') continue
        let index
        if (scenario === 'scan' || scenario === 'search') {
          index = target === 'sink' ? `bench-scan-${count}` : scanIndex
        } else {
          index = `bench-${scenario}-${name}-${runTag}-${rep}`
          if (target === 'es') {
            await es('PUT', `/${index}`, MAPPING)
            cleanup.push(index)
          }
        }
        const scanDocs = scenario === 'scan' && target === 'es' ? Number(/(\d+)$/.exec(scanIndex)[1]) : count
        const flags = [
          '--url',
          url,
          '--n',
          String(scanDocs),
          '--index',
          index,
          ...(file ? ['--file', file] : []),
          ...extra,
        ]
        log(`${target} ${scenario} ${name} n=${scanDocs}${repeat > 1 ? ` #${rep + 1}` : ''}`)
        const out = await runClient({
          runtime,
          script,
          extra: flags,
          target: url,
          pin: target === 'sink',
          sinkPid: target === 'sink' ? sink.child.pid : null,
        })
        const units = out.docs ?? out.requests
        const row = { ...out, scenario, target, client: name, n: scanDocs, rep }
        if (units) {
          row.perSec = units / out.seconds
          row.cpuPer100k = (out.cpu.total / units) * 1e5
        }
        result.runs.push(row)
        log(
          out.error
            ? `  FAILED ${out.error}`
            : `  ${Math.round(row.perSec)}/s cpu ${row.cpuPer100k.toFixed(2)}s/100k peak ${Math.round(out.rss.peakMB)} MB`,
        )
        if (target === 'es' && scenario.startsWith('bulk')) {
          await es('DELETE', `/${index}`)
          cleanup.splice(cleanup.indexOf(index), 1)
        }
      }
    }
  }

  // Memory under growth: NDJSON load at each size, against the sink only
  // (5M documents into the real node would take far too long on 2 cores).
  let growth =
    args.growth || size.growth.length > 0 ? (size.growth.length ? size.growth : [1_000_000, 5_000_000]) : []
  if (args['no-growth']) growth = []
  if (growth.length && sink) {
    for (const docs of growth) {
      const file = await ensureData(docs)
      for (const [name, runtime, script, extra] of SCENARIOS['bulk-ndjson'].clients) {
        if (name === 'python-bulk' || !wantClient(name)) continue
        if (runtime === 'python' && !hasPython) continue
        if (name.startsWith('elastream') && !hasElastream) continue
        log(`growth sink bulk-ndjson ${name} n=${docs}`)
        const flags = [
          '--url',
          sink.url,
          '--n',
          String(docs),
          '--index',
          'bench-growth',
          '--file',
          file,
          ...extra,
        ]
        const out = await runClient({
          runtime,
          script,
          extra: flags,
          target: sink.url,
          pin: true,
          sinkPid: sink.child.pid,
          timeline: true,
        })
        result.growth.push({
          client: name,
          n: docs,
          target: 'sink',
          ...out,
          perSec: out.docs ? out.docs / out.seconds : null,
        })
        log(
          out.error
            ? `  FAILED ${out.error}`
            : `  peak ${Math.round(out.rss.peakMB)} MB, ${Math.round(out.docs / out.seconds)}/s`,
        )
      }
    }
  }
} finally {
  for (const index of cleanup) await es('DELETE', `/${index}`).catch(() => {})
  sink?.child.kill('SIGTERM')
}

result.finishedAt = new Date().toISOString()
mkdirSync(join(here, 'results'), { recursive: true })
const out = join(here, 'results', `${id}.json`)
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
log(`wrote ${out}`)
if (!args['no-render']) {
  const { render } = await import('./render.mjs')
  render(out)
}
