#!/usr/bin/env node
// `npm run demo`: elastream end to end on your machine, in one command.
//
//   1. builds lib/ if it is missing
//   2. uses ELASTICSEARCH_URL, or a node already answering at http://127.0.0.1:9200, or starts one
//      (scripts/es.mjs; stopped again at the end: a node the demo did not start is never stopped)
//   3. writes a deterministic sample of log documents to .demo/logs.ndjson (DEMO_DOCS, default 200000)
//   4. elastream load -> dump -> reindex, each as a user would type it, with its own progress bar
//   5. prints a table of what moved and how fast, and checks that every count matches
//
// The demo only ever creates and deletes its own indices (demo-logs, demo-logs-copy).
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSupportedNode } from './supported-node.mjs'

ensureSupportedNode(import.meta.url)

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const demoDir = join(root, '.demo')
const bin = join(root, 'lib', 'cli', 'main.js')
const docs = Number(process.env.DEMO_DOCS ?? 200_000)
const source = 'demo-logs'
const copy = 'demo-logs-copy'

function say(msg) {
  // Bold only on a terminal: a captured log should not carry escape codes.
  const arrow = process.stderr.isTTY ? '\x1b[1m==>\x1b[0m' : '==>'
  process.stderr.write(`${arrow} ${msg}\n`)
}

async function answers(url) {
  try {
    // Any HTTP answer means a node is there (the integ-test distribution answers 405 to GET /).
    const res = await fetch(new URL('/_cluster/health', url), { signal: AbortSignal.timeout(2000) })
    await res.arrayBuffer()
    return true
  } catch {
    return false
  }
}

/** Mulberry32: a tiny seeded generator, so every run (and every machine) gets the same dataset. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function generate(file, count) {
  const rnd = random(42)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const services = ['checkout', 'search', 'auth', 'catalog', 'payments', 'shipping', 'gateway']
  const levels = ['info', 'info', 'info', 'info', 'warn', 'error', 'debug']
  const paths = ['/api/cart', '/api/search', '/login', '/api/items/:id', '/api/pay', '/api/track', '/health']
  const messages = {
    info: ['request served', 'cache hit', 'user session refreshed', 'order accepted'],
    warn: ['slow upstream', 'retrying request', 'cache miss storm', 'queue above 80%'],
    error: ['upstream timeout', 'payment declined', 'connection reset by peer', 'unexpected status 500'],
    debug: ['feature flag evaluated', 'span closed', 'pool stats sampled'],
  }
  const start = Date.UTC(2026, 0, 1)
  const out = createWriteStream(file)
  for (let i = 0; i < count; i++) {
    const level = pick(levels)
    const status = level === 'error' ? pick([500, 502, 503, 504]) : pick([200, 200, 200, 201, 204, 304, 404])
    const doc = {
      '@timestamp': new Date(start + i * 250 + Math.floor(rnd() * 250)).toISOString(),
      id: `log-${String(i).padStart(7, '0')}`,
      level,
      service: pick(services),
      host: `web-${String(Math.floor(rnd() * 24)).padStart(2, '0')}`,
      http: { method: pick(['GET', 'GET', 'GET', 'POST', 'PUT']), path: pick(paths), status },
      latency_ms: Math.round(rnd() ** 3 * 2000 * 10) / 10,
      bytes: Math.floor(rnd() * 50_000),
      user_id: `u${Math.floor(rnd() * 5000)}`,
      message: pick(messages[level]),
    }
    if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise((r) => out.once('drain', r))
  }
  await new Promise((r, j) => out.end((err) => (err ? j(err) : r())))
}

/** Runs the CLI with the terminal shared (so its progress bar and summary show), and returns its stats. */
function elastream(args, url) {
  const statsFile = join(demoDir, `stats-${args[0]}.json`)
  const shown = ['elastream', ...args].join(' ')
  say(shown)
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--stats-file', statsFile], {
      stdio: 'inherit',
      env: { ...process.env, ELASTICSEARCH_URL: url },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise(JSON.parse(readFileSync(statsFile, 'utf8')))
      else reject(new Error(`"${shown}" exited with ${signal ?? code}`))
    })
  })
}

async function deleteIndex(url, index) {
  const res = await fetch(new URL(`/${index}?ignore_unavailable=true`, url), { method: 'DELETE' })
  await res.arrayBuffer()
}

function fmtCount(n) {
  return Math.round(n).toLocaleString('en-US')
}

function fmtBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`
}

function table(rows) {
  const header = ['step', 'documents', 'bytes', 'seconds', 'docs/s', 'MB/s', 'failed']
  const body = rows.map((r) => [
    r.step,
    fmtCount(r.docs),
    fmtBytes(r.bytes),
    r.seconds.toFixed(2),
    fmtCount(r.docs / r.seconds),
    (r.bytes / 1024 / 1024 / r.seconds).toFixed(1),
    fmtCount(r.failed),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)))
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

async function main() {
  if (!existsSync(bin)) {
    say('building lib/ (npm run build)')
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('build failed')
  }

  let url = process.env.ELASTICSEARCH_URL
  let started
  if (!url) {
    if (await answers('http://127.0.0.1:9200')) {
      url = 'http://127.0.0.1:9200'
    } else {
      say(
        'no Elasticsearch at http://127.0.0.1:9200: starting a local node (scripts/es.mjs, first run downloads it)',
      )
      const es = await import('./es.mjs')
      const state = await es.startCluster({ name: 'demo', nodes: 1, port: 9200, fresh: true })
      started = es
      url = state.urls[0]
    }
  }
  const stop = async () => {
    if (!started) return
    const es = started
    started = undefined
    say('stopping the node the demo started')
    await es.stopCluster({ name: 'demo', removeData: true })
  }
  process.once('SIGINT', () => {
    stop().finally(() => process.exit(130))
  })

  try {
    say(`Elasticsearch: ${url}`)
    mkdirSync(demoDir, { recursive: true })
    const input = join(demoDir, 'logs.ndjson')
    say(`generating ${fmtCount(docs)} log documents -> ${input}`)
    await generate(input, docs)
    const inputBytes = statSync(input).size
    await deleteIndex(url, source)
    await deleteIndex(url, copy)

    const loaded = await elastream(['load', input, '--index', source, '--id-field', 'id'], url)
    const dumpFile = join(demoDir, 'dump.ndjson')
    const dumped = await elastream(['dump', source, '-o', dumpFile], url)
    const copied = await elastream(['reindex', source, copy], url)
    await elastream(['count', copy], url)

    const rows = [
      { step: 'load', ...loaded },
      { step: 'dump', ...dumped },
      { step: 'reindex', ...copied },
    ]
    process.stdout.write(`\n${table(rows)}\n\n`)
    const dumpLines = readFileSync(dumpFile, 'utf8').split('\n').filter(Boolean).length
    const checks = [
      ['input documents', docs],
      [`loaded into ${source}`, loaded.docs - loaded.failed],
      [`dumped to ${dumpFile.replace(`${root}/`, '')}`, dumpLines],
      [`reindexed into ${copy}`, copied.docs - copied.failed],
    ]
    for (const [what, n] of checks) process.stdout.write(`  ${what.padEnd(36)} ${fmtCount(n)}\n`)
    const ok = checks.every(([, n]) => n === docs)
    process.stdout.write(
      `\n${ok ? 'every document accounted for' : 'COUNTS DIFFER'} (input ${fmtBytes(inputBytes)}, node ${url})\n`,
    )
    if (!ok) process.exitCode = 1
  } finally {
    await stop()
  }
}

main().catch((err) => {
  process.stderr.write(`demo failed: ${err.message}\n`)
  process.exitCode = 1
})
