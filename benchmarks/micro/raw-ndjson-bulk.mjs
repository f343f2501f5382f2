// Prototype, not an API: how fast elastream's own transport can load an
// NDJSON file when nothing is done per line in JavaScript. File chunks are
// scanned for newlines (Buffer.indexOf), each line becomes a zero-copy
// subarray next to one shared action-line Buffer, 5 MB bodies go out with 5 in
// flight, and the response (filter_path=errors,items.*.error, asBuffer) is only
// parsed when it does not start with {"errors":false. It shows the headroom
// behind the NDJSON suggestions in README.md.
//
//   node benchmarks/micro/raw-ndjson-bulk.mjs --url http://127.0.0.1:PORT --file data/logs-300000.ndjson --n 300000
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { measure, rootDir } from '../common/harness.mjs'

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    file: { type: 'string' },
    n: { type: 'string' },
    index: { type: 'string', default: 'bench' },
  },
})
const { Client } = await import(join(rootDir, 'lib', 'index.js'))
const client = new Client({ node: opts.url })
const FLUSH = 5_000_000
const CONCURRENCY = 5
const actionBuf = Buffer.from(`{"index":{"_index":${JSON.stringify(opts.index)}}}\n`)
const OK_PREFIX = Buffer.from('{"errors":false')

await measure(
  { scenario: 'bulk-ndjson', client: 'raw-prototype', version: '-', n: Number(opts.n) },
  async () => {
    let docs = 0
    let failed = 0
    const inflight = new Set()
    const send = async (parts, bytes, count) => {
      const body = Buffer.concat(parts, bytes)
      const res = await client.transport.request(
        {
          method: 'POST',
          path: '/_bulk',
          querystring: { filter_path: 'errors,items.*.error' },
          bulkBody: body,
        },
        { asBuffer: true, maxRetries: 0 },
      )
      if (res.subarray(0, OK_PREFIX.length).equals(OK_PREFIX)) docs += count
      else {
        const parsed = JSON.parse(res.toString())
        const bad = (parsed.items ?? []).length
        failed += bad
        docs += count - bad
      }
    }
    let parts = []
    let bytes = 0
    let count = 0
    const flush = async () => {
      const p = send(parts, bytes, count)
      parts = []
      bytes = 0
      count = 0
      inflight.add(p)
      p.finally(() => inflight.delete(p))
      if (inflight.size >= CONCURRENCY) await Promise.race(inflight)
    }
    let rest = null
    for await (let chunk of createReadStream(opts.file, { highWaterMark: 1 << 20 })) {
      if (rest) chunk = Buffer.concat([rest, chunk])
      let pos = 0
      for (let nl = chunk.indexOf(10, pos); nl !== -1; nl = chunk.indexOf(10, pos)) {
        if (nl > pos) {
          parts.push(actionBuf, chunk.subarray(pos, nl + 1))
          bytes += actionBuf.length + nl + 1 - pos
          count++
          if (bytes >= FLUSH) await flush()
        }
        pos = nl + 1
      }
      rest = pos < chunk.length ? chunk.subarray(pos) : null
    }
    if (count > 0) await flush()
    await Promise.all(inflight)
    return { docs, failed }
  },
)
await client.close()
