// Micro-benchmark behind the NDJSON passthrough analysis in README.md: the
// CPU cost of turning an NDJSON file into 5 MB bulk bodies, no network, three
// ways. (A) what elastream 0.1 does: split2 strings, per-line Buffer.from +
// Buffer.concat with the action line, one more concat per batch; (B) split2
// strings joined per batch, one Buffer.from per batch; (C) no strings at all:
// scan file chunks for newlines and concat zero-copy subarrays with a shared
// action-line Buffer.
//
//   node benchmarks/micro/ndjson-body.mjs data/logs-300000.ndjson
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'

const split2 = createRequire(import.meta.url)('split2')
const file = process.argv[2]
const FLUSH = 5_000_000
const action = '{"index":{"_index":"bench"}}\n'
const actionBuf = Buffer.from(action)
const NL = Buffer.from('\n')
let sink = 0
const consume = (body) => {
  sink += body.length
}

async function a() {
  let batch = []
  let bytes = 0
  for await (const line of createReadStream(file).pipe(split2())) {
    const buf = Buffer.from(line)
    const data = Buffer.concat([Buffer.from(action), buf, NL])
    batch.push(data)
    bytes += data.length
    if (bytes >= FLUSH) {
      consume(Buffer.concat(batch, bytes))
      batch = []
      bytes = 0
    }
  }
  if (batch.length) consume(Buffer.concat(batch, bytes))
}

async function b() {
  let batch = []
  let bytes = 0
  for await (const line of createReadStream(file).pipe(split2())) {
    batch.push(action, line, '\n')
    bytes += action.length + line.length + 1
    if (bytes >= FLUSH) {
      consume(Buffer.from(batch.join('')))
      batch = []
      bytes = 0
    }
  }
  if (batch.length) consume(Buffer.from(batch.join('')))
}

async function c() {
  let batch = []
  let bytes = 0
  let rest = null
  for await (let chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (rest) chunk = Buffer.concat([rest, chunk])
    let pos = 0
    for (let nl = chunk.indexOf(10, pos); nl !== -1; nl = chunk.indexOf(10, pos)) {
      if (nl > pos) {
        batch.push(actionBuf, chunk.subarray(pos, nl + 1))
        bytes += actionBuf.length + nl + 1 - pos
        if (bytes >= FLUSH) {
          consume(Buffer.concat(batch, bytes))
          batch = []
          bytes = 0
        }
      }
      pos = nl + 1
    }
    rest = pos < chunk.length ? chunk.subarray(pos) : null
  }
  if (batch.length) consume(Buffer.concat(batch, bytes))
}

for (const [name, fn] of [
  ['A per-line Buffers (elastream 0.1)', a],
  ['B strings joined per batch', b],
  ['C byte scan, zero-copy subarrays', c],
]) {
  const runs = []
  for (let i = 0; i < 3; i++) {
    const u0 = process.cpuUsage()
    const t0 = performance.now()
    await fn()
    const u = process.cpuUsage(u0)
    runs.push({ ms: performance.now() - t0, cpu: (u.user + u.system) / 1000 })
  }
  const best = runs.sort((x, y) => x.cpu - y.cpu)[0]
  console.log(`${name.padEnd(36)} cpu ${best.cpu.toFixed(0)} ms, wall ${best.ms.toFixed(0)} ms`)
}
void sink
