// concurrency: 'auto' against fixed concurrency, on a throttling server of fixed capacity and on the real node.
//
//   npm run build && node benchmarks/adaptive-concurrency.mjs [--servers throttle,rate]
//        [--capacities 20000,100000] [--n 200000]
//        [--settings auto,1,2,4,8,16] [--runs 3] [--es http://127.0.0.1:9200] [--es-n 100000]
//        [--official] [--json results/adaptive-<time>.json] [--trace]
//
// Throttling server (test/support/throttle-server.ts, in a child process of its own so it takes no CPU from
// the client): capacity in docs/s, a quarter second of queue, items beyond it answered 429, answers after the
// queue ahead has drained. Rate-limit server (startRateLimitServer in the same file, --servers rate; issue 22
// item 14): the same capacity, 100 ms of burst, no queue: round trips grow with requests in flight only, so
// rejections are the only sign of over-driving. For each server, capacity and setting: docs/s (acknowledged documents over wall time),
// share of items the server rejected (retries included, of all items it received), requests sent, and for
// 'auto' the controller's mean/min/max limit. Runs alternate settings (the order rotates each run) and the
// table gives medians, because the machine is shared. --es adds the same sweep on a real cluster (a fresh
// 1-shard-per-node index per run). --official adds @elastic/elasticsearch's helpers.bulk at its defaults
// (concurrency 5, 5 MB batches) as the peer. The elastream measured is the BUILT package (lib/).
import { fork } from 'node:child_process'
import diagnostics from 'node:diagnostics_channel'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { logDocs } from './common/logdoc.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const { values: opts } = parseArgs({
  options: {
    capacities: { type: 'string', default: '20000,100000' },
    servers: { type: 'string', default: 'throttle,rate' },
    settings: { type: 'string', default: 'auto,1,2,4,8,16' },
    n: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '3' },
    es: { type: 'string' },
    'es-n': { type: 'string', default: '100000' },
    official: { type: 'boolean', default: false },
    json: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
})
const settings = opts.settings.split(',').map((s) => (s === 'auto' ? 'auto' : Number(s)))
const runs = Number(opts.runs)
const elastream = await import(join(root, 'lib', 'index.js'))
if (opts.trace) {
  // Every decision of the controller, as published on its diagnostics channel.
  const t0 = performance.now()
  diagnostics.subscribe('elastream:bulk:concurrency', (e) => {
    const ms = (x) => (x === undefined ? '-' : x.toFixed(1))
    process.stderr.write(
      `  ${Math.round(performance.now() - t0)} ms ${e.decision} ${e.previous}->${e.limit} (${e.reason}) rtt ${ms(e.rttMs)} avg ${ms(e.rttAverageMs)} dev ${ms(e.rttDeviationMs)} pressure ${e.backPressure}\n`,
    )
  })
}

function startServer(options, kind) {
  const child = fork(join(here, 'adaptive-throttle-child.mjs'), {
    execArgv: [`--import=${pathToFileURL(join(root, 'test/support/resolve-ts.mjs')).href}`],
    stdio: 'inherit',
  })
  const ask = (message, key) =>
    new Promise((resolve) => {
      const on = (m) => {
        if (m[key] !== undefined) {
          child.off('message', on)
          resolve(m[key])
        }
      }
      child.on('message', on)
      child.send(message)
    })
  return {
    /** A fresh server (empty queue, zero counters) for each measurement. */
    restart: () => ask({ start: options, kind }, 'url'),
    stats: () => ask({ stats: true }, 'stats'),
    stop: () => child.send({ stop: true }),
  }
}

async function loadElastream(url, setting, n, index) {
  const client = new elastream.Client({ node: url })
  const started = performance.now()
  const stats = await elastream.bulk(client, Readable.from(logDocs(n)), {
    index,
    concurrency: setting,
    // A rejected item waits before it goes again, as by default; the first wait a little shorter, so fixed
    // settings above the sweet spot are not slowed by waiting alone.
    backoff: { initial: 100 },
  })
  const ms = performance.now() - started
  await client.close()
  // A fixed setting far above what the server takes can run items out of their retries: failed (reported,
  // counted in the table), not lost; the docs/s counts only the acknowledged ones.
  if (stats.successful + stats.failed !== n) throw new Error(`expected ${n} results, got ${JSON.stringify(stats)}`)
  return { ms, docs: stats.successful, failed: stats.failed, requests: stats.requests, concurrency: stats.concurrency }
}

async function loadOfficial(url, n, index) {
  const require = createRequire(join(here, 'package.json'))
  const { Client } = require('@elastic/elasticsearch')
  const client = new Client({ node: url })
  const started = performance.now()
  const stats = await client.helpers.bulk({
    datasource: Readable.from(logDocs(n)),
    onDocument: () => ({ index: { _index: index } }),
  })
  const ms = performance.now() - started
  await client.close()
  // Its retries of rejected items (3, 5 s apart by default) may run out: those are failed, not lost.
  if (stats.successful + stats.failed !== n) throw new Error(`official: ${n} sent, got ${JSON.stringify(stats)}`)
  return { ms, docs: stats.successful, failed: stats.failed, requests: undefined, concurrency: undefined }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Every setting `runs` times, the order rotated each run; one row per setting with medians. */
async function sweep(label, one) {
  const all = [...settings, ...(opts.official ? ['official'] : [])]
  const samples = new Map(all.map((s) => [s, []]))
  for (let r = 0; r < runs; r++) {
    const order = all.map((_, i) => all[(i + r) % all.length])
    for (const setting of order) {
      const m = await one(setting)
      samples.get(setting).push(m)
      process.stderr.write(
        `${label} ${String(setting).padStart(8)} run ${r + 1}: ${Math.round(m.docsPerSec)} docs/s` +
          `${m.rejectedShare === undefined ? '' : `, ${(m.rejectedShare * 100).toFixed(2)} % rejected`}` +
          `${m.concurrency ? `, limit mean ${m.concurrency.mean} (${m.concurrency.min}-${m.concurrency.max})` : ''}` +
          `${m.failed ? `, ${m.failed} failed` : ''}\n`,
      )
    }
  }
  return all.map((setting) => {
    const ms = samples.get(setting)
    const row = { setting, docsPerSec: median(ms.map((m) => m.docsPerSec)), runs: ms }
    if (ms[0].rejectedShare !== undefined) row.rejectedShare = median(ms.map((m) => m.rejectedShare))
    if (ms[0].requests !== undefined) row.requests = median(ms.map((m) => m.requests))
    if (ms[0].concurrency) row.limitMean = median(ms.map((m) => m.concurrency.mean))
    row.failed = median(ms.map((m) => m.failed))
    return row
  })
}

const n = Number(opts.n)
const results = { startedAt: new Date().toISOString(), machine: machine(), n, runs, throttle: [], es: undefined }
let warm = false
for (const [kind, capacity] of opts.servers
  .split(',')
  .filter(Boolean)
  .flatMap((kind) => opts.capacities.split(',').filter(Boolean).map((c) => [kind, Number(c)]))) {
  const server = startServer({ capacity }, kind)
  if (!warm) {
    // Untimed: the first load in a process also compiles the client's hot paths, whichever setting it has.
    await loadElastream(await server.restart(), 4, Math.min(n, 50_000), 'bench')
    warm = true
  }
  const rows = await sweep(`${kind} ${capacity}`, async (setting) => {
    const url = await server.restart()
    const m = setting === 'official' ? await loadOfficial(url, n, 'bench') : await loadElastream(url, setting, n, 'bench')
    const s = await server.stats()
    return { ...m, docsPerSec: (m.docs / m.ms) * 1000, rejectedShare: s.rejected / s.items, requests: s.requests }
  })
  server.stop()
  results.throttle.push({ server: kind, capacity, rows })
}
if (opts.es) {
  const esN = Number(opts['es-n'])
  const admin = new elastream.Client({ node: opts.es })
  const nodes = (await admin.transport.request({ method: 'GET', path: '/_cluster/health' })).number_of_data_nodes
  let seq = 0
  const rows = await sweep(`es (${nodes} nodes)`, async (setting) => {
    const index = `elastream-bench-adaptive-${process.pid}-${seq++}`
    await admin.transport.request({
      method: 'PUT',
      path: `/${index}`,
      body: { settings: { number_of_shards: nodes, number_of_replicas: 0, refresh_interval: '-1' } },
    })
    try {
      const m = setting === 'official' ? await loadOfficial(opts.es, esN, index) : await loadElastream(opts.es, setting, esN, index)
      return { ...m, docsPerSec: (m.docs / m.ms) * 1000 }
    } finally {
      await admin.transport.request({ method: 'DELETE', path: `/${index}` }, { ignore: [404] })
    }
  })
  await admin.close()
  results.es = { url: opts.es.replace(/\/\/[^@/]*@/, '//'), nodes, n: esN, rows }
}
const file = opts.json ?? join(here, 'results', `adaptive-${results.startedAt.replace(/[:.]/g, '-')}.json`)
mkdirSync(dirname(file), { recursive: true })
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(render(results))
process.stderr.write(`results: ${file}\n`)

function machine() {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
    elastream: elastream.version,
  }
}

/** The markdown tables of benchmarks/README.md (section "Adaptive concurrency"). */
function render(r) {
  const out = [
    `Run ${r.startedAt}, ${r.machine.cpus} cores (${r.machine.cpu}), Node ${r.machine.node}, load average at start ${r.machine.loadavg.join(' ')} (shared machine); medians of ${r.runs} runs.`,
    '',
  ]
  const fmt = (x) => Math.round(x).toLocaleString('en-US')
  const table = (rows, withThrottle) => {
    const best = Math.max(...rows.filter((x) => typeof x.setting === 'number').map((x) => x.docsPerSec))
    out.push(
      withThrottle
        ? '| concurrency | docs/s | vs best fixed | items rejected | requests | mean limit | failed |'
        : '| concurrency | docs/s | vs best fixed | mean limit | failed |',
    )
    out.push(withThrottle ? '|---|---:|---:|---:|---:|---:|---:|' : '|---|---:|---:|---:|---:|')
    for (const row of rows) {
      const name = row.setting === 'official' ? '@elastic/elasticsearch helpers.bulk, defaults (5)' : String(row.setting)
      const cells = [name, fmt(row.docsPerSec), `${Math.round((row.docsPerSec / best) * 100)} %`]
      if (withThrottle) cells.push(`${(row.rejectedShare * 100).toFixed(2)} %`, row.requests === undefined ? '' : fmt(row.requests))
      cells.push(row.limitMean === undefined ? '' : String(row.limitMean), fmt(row.failed))
      out.push(`| ${cells.join(' | ')} |`)
    }
    out.push('')
  }
  for (const { server, capacity, rows } of r.throttle) {
    const name = server === 'rate' ? 'Rate-limit server (startRateLimitServer)' : 'Throttling server (startThrottleServer)'
    out.push(`${name}, capacity ${fmt(capacity)} docs/s, N = ${fmt(r.n)}:`, '')
    table(rows, true)
  }
  if (r.es) {
    out.push(`Real cluster (${r.es.nodes} node${r.es.nodes === 1 ? '' : 's'}), N = ${fmt(r.es.n)}:`, '')
    table(r.es.rows, false)
  }
  return `${out.join('\n')}\n`
}
