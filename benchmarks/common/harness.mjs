// Shared by every Node scenario script: parse the flags the runner passes,
// time the measured part only (not module loading or client construction),
// and print one `RESULT {...}` line the runner collects. CPU and peak RSS come
// from this process's own getrusage, so each client is measured alone.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = dirname(fileURLToPath(import.meta.url))
export const benchDir = join(here, '..')
export const rootDir = join(benchDir, '..')

// 'input' only produces the input (no client): the cost every bulk row pays
// before any client code runs, reported so it can be subtracted.
export const CLIENTS = ['elastream', 'official', 'input']

export function options(extra = {}) {
  const { values } = parseArgs({
    options: {
      client: { type: 'string' },
      url: { type: 'string', default: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' },
      n: { type: 'string', default: '10000' },
      index: { type: 'string', default: 'bench' },
      file: { type: 'string' },
      ...extra,
    },
  })
  if (!CLIENTS.includes(values.client)) {
    throw new Error(`--client must be one of ${CLIENTS.join(', ')}, got ${values.client}`)
  }
  return { ...values, n: Number(values.n) }
}

export function clientVersion(client) {
  if (client === 'input') return '-'
  if (client === 'elastream') {
    return JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')).version
  }
  const require = createRequire(join(benchDir, 'package.json'))
  return JSON.parse(readFileSync(require.resolve('@elastic/elasticsearch/package.json'), 'utf8')).version
}

/** Loads the client under test; elastream is the BUILT package (npm run build). */
export async function loadClient(client, url, clientOptions = {}) {
  if (client === 'input') return { mod: null, client: { close: async () => {} } }
  if (client === 'elastream') {
    const mod = await import(join(rootDir, 'lib', 'index.js'))
    return { mod, client: new mod.Client({ node: url, ...clientOptions.elastream }) }
  }
  const mod = await import('@elastic/elasticsearch')
  return { mod, client: new mod.Client({ node: url, ...clientOptions.official }) }
}

/**
 * Runs fn() once and prints RESULT with wall time, CPU seconds (user+system)
 * spent inside fn, and the process's peak RSS (which includes the runtime
 * itself, as a user would see it).
 */
export async function measure(meta, fn) {
  const rssStart = process.memoryUsage.rss()
  // BENCH_MEM_DETAIL=1: sample where the memory is (JS heap vs Buffers) to
  // explain a peak RSS; off by default so it cannot perturb the numbers.
  const detail =
    process.env.BENCH_MEM_DETAIL === '1' ? { heapUsedMB: 0, heapTotalMB: 0, arrayBuffersMB: 0 } : null
  const sampler =
    detail &&
    setInterval(() => {
      const m = process.memoryUsage()
      detail.heapUsedMB = Math.max(detail.heapUsedMB, m.heapUsed / 2 ** 20)
      detail.heapTotalMB = Math.max(detail.heapTotalMB, m.heapTotal / 2 ** 20)
      detail.arrayBuffersMB = Math.max(detail.arrayBuffersMB, m.arrayBuffers / 2 ** 20)
    }, 50)
  const ru0 = process.resourceUsage()
  const t0 = process.hrtime.bigint()
  const out = await fn()
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (sampler) clearInterval(sampler)
  const ru1 = process.resourceUsage()
  const user = (ru1.userCPUTime - ru0.userCPUTime) / 1e6
  const system = (ru1.systemCPUTime - ru0.systemCPUTime) / 1e6
  const result = {
    ...meta,
    runtime: `node ${process.version}`,
    ...out,
    seconds,
    cpu: { user, system, total: user + system },
    rss: { startMB: rssStart / 2 ** 20, peakMB: ru1.maxRSS / 1024, ...(detail ? { detail } : {}) },
  }
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
  return result
}
