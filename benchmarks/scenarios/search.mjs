// Scenario (d): many small searches (size 10, a two-term bool filter) from a
// fixed number of concurrent callers; reports requests/s and latency
// percentiles from an HDR histogram (microsecond resolution).
import hdr from 'hdr-histogram-js'
import { clientVersion, loadClient, measure, options } from '../common/harness.mjs'

const SERVICES = ['api', 'auth', 'billing', 'search', 'ingest', 'frontend', 'worker']
const LEVELS = ['info', 'warn', 'error', 'debug']

const opts = options({ concurrency: { type: 'string', default: '32' } })
const concurrency = Number(opts.concurrency)
// Give every client as many sockets as callers, so none queues on its pool.
const { client } = await loadClient(opts.client, opts.url, {
  elastream: { connectionsPerNode: concurrency },
  official: {},
})
const meta = {
  scenario: 'search',
  client: opts.client,
  version: clientVersion(opts.client),
  n: opts.n,
  concurrency,
}

const query = (i) => ({
  index: opts.index,
  size: 10,
  query: { bool: { filter: [{ term: { service: SERVICES[i % 7] } }, { term: { level: LEVELS[i % 4] } }] } },
})

// Warm up connections and JIT outside the measured part, the same for all.
await Promise.all(Array.from({ length: concurrency }, (_, i) => client.search(query(i))))

const histogram = hdr.build({
  lowestDiscernibleValue: 1,
  highestTrackableValue: 60_000_000,
  numberOfSignificantValueDigits: 3,
})
await measure(meta, async () => {
  let next = 0
  let hits = 0
  const worker = async () => {
    while (next < opts.n) {
      const i = next++
      const t0 = process.hrtime.bigint()
      const res = await client.search(query(i))
      histogram.recordValue(Number(process.hrtime.bigint() - t0) / 1000)
      hits += res.hits.hits.length
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return {
    requests: opts.n,
    hits,
    latencyMs: {
      p50: histogram.getValueAtPercentile(50) / 1000,
      p90: histogram.getValueAtPercentile(90) / 1000,
      p99: histogram.getValueAtPercentile(99) / 1000,
      max: histogram.maxValue / 1000,
    },
  }
})
await client.close()
