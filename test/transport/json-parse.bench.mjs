// Measures secure-json-parse against JSON.parse on the bodies the transport parses most: a ~1 MB search
// response and a bulk response. Run: node test/transport/json-parse.bench.mjs
import sjson from 'secure-json-parse'

function searchBody() {
  const hits = []
  for (let i = 0; hits.length === 0 || JSON.stringify(hits).length < 1_000_000; i++) {
    hits.push({
      _index: 'products',
      _id: String(i),
      _score: 1.0,
      _source: {
        title: `Product ${i}`,
        price: i * 1.5,
        tags: ['a', 'b', 'c'],
        description: 'lorem ipsum '.repeat(8),
      },
    })
  }
  return JSON.stringify({ took: 5, timed_out: false, hits: { total: { value: hits.length }, hits } })
}

function bulkBody() {
  const items = []
  for (let i = 0; i < 5000; i++) {
    items.push({
      index: {
        _index: 'products',
        _id: String(i),
        _version: 1,
        result: 'created',
        _shards: { total: 2, successful: 1, failed: 0 },
        _seq_no: i,
        _primary_term: 1,
        status: 201,
      },
    })
  }
  return JSON.stringify({ errors: false, took: 30, items })
}

const options = { protoAction: 'error', constructorAction: 'error' }
const suspect = /"(?:__proto__|constructor)"\s*:/

// The machine is shared and GC is noisy: alternate the candidates in many short rounds and keep the median.
function median(values) {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.floor(sorted.length / 2)]
}
function time(fn, text, rounds) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < rounds; i++) fn(text)
  return Number(process.hrtime.bigint() - start) / rounds / 1e6
}

const candidates = {
  'JSON.parse': (s) => JSON.parse(s),
  'secure-json-parse': (s) => sjson.parse(s, null, options),
  'regex scan only': (s) => suspect.test(s),
  'indexOf scan only': (s) => s.includes('__proto__') || s.includes('constructor') || s.includes('\\u'),
  'indexOf pre-check': (s) =>
    s.includes('__proto__') || s.includes('constructor') || s.includes('\\u')
      ? sjson.parse(s, null, options)
      : JSON.parse(s),
}
for (const [label, text] of [
  ['search 1 MB', searchBody()],
  ['bulk 5000 items', bulkBody()],
]) {
  const samples = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]))
  for (const fn of Object.values(candidates)) time(fn, text, 20)
  for (let round = 0; round < 30; round++) {
    for (const [name, fn] of Object.entries(candidates)) samples[name].push(time(fn, text, 5))
  }
  const base = median(samples['JSON.parse'])
  for (const name of Object.keys(candidates)) {
    const m = median(samples[name])
    console.log(
      `${label.padEnd(16)} ${name.padEnd(18)} ${m.toFixed(3)} ms/op median  (${((m / base) * 100).toFixed(0)}% of JSON.parse, ${(text.length / 1024).toFixed(0)} KiB)`,
    )
  }
}
console.log(`node ${process.version}`)
