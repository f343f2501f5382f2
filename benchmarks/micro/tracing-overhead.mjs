// Cost of tracing per request: client CPU time and throughput of one search request against a tiny local
// server, in four builds/modes, each in its own process (an OpenTelemetry context manager changes the
// whole process) and alternated round by round so background load hits all alike:
//   none       the same source with the tracing hooks stripped out of the transport (no instrumentation)
//   off        `tracing: false`
//   on-noop    tracing on, @opentelemetry/api installed, no SDK registered (the common "api is there" case)
//   on-sdk     tracing on, an SDK with the AsyncLocalStorage context manager and an in-memory exporter
// Needs `npm run build` (lib/). Run: node benchmarks/micro/tracing-overhead.mjs [requests] [rounds]
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { count } from './positional.mjs'
import { startSearchAnswerServer } from './search-answer-server.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const [, , modeFlag, modeArg, libArg, urlArg, nArg] = process.argv

if (modeFlag === '--child') {
  // One measurement: N requests at concurrency 16, after a warm-up.
  const mode = modeArg
  if (mode === 'on-sdk') {
    const { context, trace } = await import('@opentelemetry/api')
    const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks')
    const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = await import(
      '@opentelemetry/sdk-trace-base'
    )
    const exporter = new InMemorySpanExporter()
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    )
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    setInterval(() => exporter.reset(), 200).unref()
  }
  const { Client } = await import(join(libArg, 'index.js'))
  const client = new Client({ node: urlArg, tracing: mode === 'off' ? false : undefined })
  const N = Number(nArg)
  const body = { query: { match_all: {} }, size: 1 }
  const once = async (n) => {
    let i = 0
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (i++ < n) await client.search({ index: 'idx', ...body })
      }),
    )
  }
  await once(2000)
  const cpu = process.cpuUsage()
  const start = performance.now()
  await once(N)
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  await client.close()
  console.log(JSON.stringify({ cpuUs: (used.user + used.system) / N, rps: Math.round((N / ms) * 1000) }))
  process.exit(0)
}

const N = count(process.argv.slice(2), 0, 'requests', 20000)
const ROUNDS = count(process.argv.slice(2), 1, 'rounds', 5)

/** The "none" build: the current source with every tracing hook line removed from the transport. */
function buildWithoutHooks() {
  const dir = mkdtempSync(join(tmpdir(), 'elastream-no-hooks-'))
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true })
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json']) cpSync(join(root, f), join(dir, f))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const file = join(dir, 'src', 'transport', 'transport.ts')
  const source = readFileSync(file, 'utf8')
  const stripped = source
    .split('\n')
    .filter((line) => !/\bspan\?\.|settings\.tracing\?\.begin/.test(line))
    .join('\n')
  const removed = source.split('\n').length - stripped.split('\n').length
  if (removed < 5) throw new Error(`expected to strip the tracing hooks, removed ${removed} lines`)
  writeFileSync(file, stripped)
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.build.json')], {
    stdio: 'inherit',
  })
  return { dir, lib: join(dir, 'lib') }
}

if (!existsSync(join(root, 'lib', 'index.js'))) throw new Error('run npm run build first')
const none = buildWithoutHooks()
const server = await startSearchAnswerServer()
const url = server.url
const modes = { none: none.lib, off: join(root, 'lib'), 'on-noop': join(root, 'lib'), 'on-sdk': join(root, 'lib') }
const results = Object.fromEntries(Object.keys(modes).map((m) => [m, []]))
for (let round = 0; round < ROUNDS; round++) {
  for (const [mode, lib] of Object.entries(modes)) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, lib, url, String(N)])
    results[mode].push(JSON.parse(String(out)))
  }
}
server.stop()
rmSync(none.dir, { recursive: true, force: true })

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = median(results.none.map((r) => r.cpuUs))
console.log(`${N} searches x ${ROUNDS} rounds per mode, concurrency 16, node ${process.version}`)
console.log('mode      CPU us/request (median)  vs none   req/s (median)   CPU us per round')
for (const [mode, rs] of Object.entries(results)) {
  const cpu = median(rs.map((r) => r.cpuUs))
  console.log(
    `${mode.padEnd(9)} ${cpu.toFixed(1).padStart(10)}              ${(cpu / base).toFixed(3)}    ${String(median(rs.map((r) => r.rps))).padStart(8)}        ${rs.map((r) => r.cpuUs.toFixed(1)).join(' ')}`,
  )
}
