// Differential fuzzing of ndjson.parse() (src/ndjson.ts: split2 and JSON.parse per line) against JSON.parse of
// each LF-separated line of the same bytes, fed in random chunks: the same values in order, a bad line (not
// JSON, null, or with objectsOnly not an object) reported with its number, a line of JSON whitespace skipped,
// and a first line's byte order mark not part of it (as NdjsonLines, bulk's byte path, reads it).
import fc from 'fast-check'
import t from 'tap'
import { Readable } from 'node:stream'
import { isDeepStrictEqual } from 'node:util'
import { isBadLine, parse } from '../../src/ndjson.js'
import { chunked, chunkSizesArb, ndjsonFileArb, ndjsonSegments } from '../support/fuzz-arbitraries.js'
import { fuzzAsync } from '../support/fuzz-run.js'

type Item = { bad: number } | { value: unknown }

const BOM = Buffer.from('\uFEFF')

function expected(file: Buffer, objectsOnly: boolean): Item[] {
  const out: Item[] = []
  ndjsonSegments(file).forEach((segment, i) => {
    const own = i === 0 && segment.subarray(0, 3).equals(BOM) ? segment.subarray(3) : segment
    if (own.every((c) => c === 0x20 || c === 0x09 || c === 0x0d)) return
    let value: unknown
    try {
      value = JSON.parse(own.toString('utf8'))
    } catch {
      return out.push({ bad: i + 1 })
    }
    const object = value !== null && typeof value === 'object' && !Array.isArray(value)
    if (value === null || (objectsOnly && !object)) return out.push({ bad: i + 1 })
    out.push({ value })
  })
  return out
}

async function check(file: Buffer, sizes: number[], objectsOnly: boolean): Promise<void> {
  const got: Item[] = []
  const stream = Readable.from(chunked(file, sizes)).pipe(parse({ onBadLine: 'result', objectsOnly }))
  for await (const v of stream) got.push(isBadLine(v) ? { bad: v.line } : { value: v })
  const want = expected(file, objectsOnly)
  if (!isDeepStrictEqual(got, want)) throw new Error(`read ${JSON.stringify(got)}\nJSON says ${JSON.stringify(want)}`)
}

const caseArb = fc.record({ file: ndjsonFileArb(), sizes: chunkSizesArb, objectsOnly: fc.boolean() })

t.test('ndjson.parse reads each line as JSON.parse does, in any chunks', async (t) => {
  await fuzzAsync(t, 'ndjson-parse', caseArb, ({ file, sizes, objectsOnly }) => check(file, sizes, objectsOnly), 3000, ({ file, sizes, objectsOnly }) => `${JSON.stringify(file.toString('latin1'))} chunks ${JSON.stringify(sizes)} objectsOnly ${objectsOnly}`)
})
