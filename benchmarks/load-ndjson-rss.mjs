// Peak memory and throughput of the streaming load path on a big NDJSON file:
//   pipeline(fs.createReadStream(file), ndjson.parse(), bulkStream(client, ...), sink)
// Uses the BUILT package (run `npm run build` first). Prints one JSON line.
//   node benchmarks/load-ndjson-rss.mjs [--docs 1000000] [--raw] [--auto-id server] [--concurrency 4]
import { createReadStream } from 'node:fs'
import os from 'node:os'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { bulkStream, Client, ndjson } from '../lib/index.js'
import { ensureData } from './gen-data.mjs'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000000' },
    raw: { type: 'boolean', default: false },
    'auto-id': { type: 'string', default: 'client' },
    concurrency: { type: 'string', default: '4' },
    node: { type: 'string', default: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' },
  },
})
const docs = Number(values.docs)
const file = await ensureData(docs)
const client = new Client({ node: values.node })
const index = `bench-load-rss-${process.pid}`
await client.transport.request({
  method: 'PUT',
  path: `/${index}`,
  body: { settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '-1' } },
})

let peakRss = process.memoryUsage().rss
let peakHeap = process.memoryUsage().heapUsed
const sampler = setInterval(() => {
  const m = process.memoryUsage()
  if (m.rss > peakRss) peakRss = m.rss
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed
}, 50)

const stream = bulkStream(client, {
  index,
  results: 'failed',
  autoId: values['auto-id'],
  concurrency: Number(values.concurrency),
})
let failed = 0
const started = performance.now()
const cpuStart = process.cpuUsage()
try {
  await pipeline(
    createReadStream(file, { highWaterMark: 1 << 16 }),
    ndjson.parse({ raw: values.raw }),
    stream,
    new Writable({
      objectMode: true,
      write(_result, _encoding, callback) {
        failed++
        callback()
      },
    }),
  )
} finally {
  clearInterval(sampler)
}
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuStart)
await client.transport.request({ method: 'POST', path: `/${index}/_refresh` })
const count = await client.transport.request({ method: 'GET', path: `/${index}/_count` })
await client.transport.request({ method: 'DELETE', path: `/${index}` })
await client.close()

console.log(
  JSON.stringify({
    scenario: 'load-ndjson-rss',
    docs,
    raw: values.raw,
    autoId: values['auto-id'],
    concurrency: Number(values.concurrency),
    seconds: Number(seconds.toFixed(2)),
    docsPerSecond: Math.round(docs / seconds),
    // Node's own CPU: what the client costs, apart from Elasticsearch's indexing on the same machine.
    clientCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    peakRssMB: Math.round(peakRss / 2 ** 20),
    peakHeapMB: Math.round(peakHeap / 2 ** 20),
    indexed: count.count,
    failed,
    stats: stream.stats,
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
  }),
)
