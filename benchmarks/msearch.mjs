// msearch batching: the same N small searches from C concurrent callers, sent (a) one by one with
// client.search, (b) through elastream's msearch helper, (c) through the official helpers.msearch, and
// (d) one by one with the official client. Reports searches/s and p99 caller latency; runs alternate.
//   npm run build && node benchmarks/msearch.mjs [--n 5000] [--callers 64] [--runs 3] [--url http://127.0.0.1:9200]
import { parseArgs } from 'node:util'
import { Client as Official } from '@elastic/elasticsearch'
import { Client, msearch } from '../lib/index.js'

const { values: o } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    callers: { type: 'string', default: '64' },
    runs: { type: 'string', default: '3' },
    url: { type: 'string', default: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' },
  },
})
const N = Number(o.n)
const C = Number(o.callers)
const index = `bench-msearch-${process.pid}`
const es = new Client({ node: o.url, connectionsPerNode: C })
const official = new Official({ node: o.url })
await es.transport.request({ method: 'PUT', path: `/${index}`, body: { settings: { number_of_shards: 1, number_of_replicas: 0 } } })
await es.transport.request({
  method: 'POST',
  path: `/${index}/_bulk`,
  querystring: { refresh: 'true' },
  bulkBody: Array.from({ length: 1000 }, (_, n) => [{ index: { _id: String(n) } }, { n, tag: `t${n % 10}` }]).flat(),
})
const body = (i) => ({ size: 1, query: { bool: { filter: [{ term: { n: i % 1000 } }, { term: { tag: `t${i % 10}` } }] } } })

/** C callers take searches from a shared counter; each search's latency is its caller's wait. */
async function drive(searchOne) {
  const latencies = new Float64Array(N)
  let next = 0
  let wrong = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < N) {
        const i = next++
        const t0 = performance.now()
        const r = await searchOne(i)
        latencies[i] = performance.now() - t0
        if (r.hits.hits[0]?._source.n !== i % 1000) wrong++
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort()
  return { perSecond: N / seconds, p99: latencies[Math.floor(N * 0.99)], wrong }
}

const modes = {
  'elastream one by one': () => drive((i) => es.search({ index, ...body(i) })),
  'elastream msearch helper': async () => {
    const ms = msearch(es, { index })
    const r = await drive((i) => ms.search(body(i)))
    await ms.close()
    return r
  },
  'official helpers.msearch': async () => {
    const m = official.helpers.msearch({ operations: 100, flushInterval: 5, concurrency: 4 })
    const r = await drive((i) => m.search({ index }, body(i)).then((res) => res.body))
    m.stop()
    return r
  },
  'official one by one': () => drive((i) => official.search({ index, ...body(i) })),
}

const results = Object.fromEntries(Object.keys(modes).map((k) => [k, []]))
for (let run = 0; run < Number(o.runs); run++) {
  for (const [name, fn] of Object.entries(modes)) results[name].push(await fn())
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`N=${N} searches, ${C} concurrent callers, ${o.runs} alternating runs, medians; node ${process.version}`)
console.log('| mode | searches/s | p99 ms | wrong answers |')
console.log('|---|---|---|---|')
for (const [name, rs] of Object.entries(results)) {
  console.log(
    `| ${name} | ${Math.round(median(rs.map((r) => r.perSecond)))} | ${median(rs.map((r) => r.p99)).toFixed(1)} | ${rs.reduce((s, r) => s + r.wrong, 0)} |`,
  )
}
await es.transport.request({ method: 'DELETE', path: `/${index}` })
await es.close()
await official.close()
