// What validating each NDJSON line costs, per line, on a data file: the byte-level bulk path's check (first
// and last byte are { and }), decoding a string per line, and a full JSON.parse per line.
//   node benchmarks/micro/ndjson-validate.mjs benchmarks/data/logs-100000.ndjson
import { readFileSync } from 'node:fs'
const buf = readFileSync(process.argv[2])
function run(kind) {
  const t0 = process.cpuUsage()
  let n = 0, from = 0
  for (;;) {
    const nl = buf.indexOf(10, from)
    if (nl === -1) break
    if (kind === 'shape') { if (buf[from] === 0x7b && buf[nl - 1] === 0x7d) n++ }
    else if (kind === 'parse') { JSON.parse(buf.toString('utf8', from, nl)); n++ }
    else if (kind === 'string') { buf.toString('utf8', from, nl); n++ }
    from = nl + 1
  }
  const u = process.cpuUsage(t0)
  return ((u.user + u.system) / n * 1000).toFixed(0) + ' ns/line'
}
for (let i = 0; i < 3; i++) console.log('shape', run('shape'), 'string', run('string'), 'parse', run('parse'))
