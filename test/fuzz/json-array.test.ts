// Differential fuzzing of parseArray() (src/json-array.ts, stream-json's streaming parser) against JSON.parse
// of the whole bytes, fed in random chunks: a file JSON.parse reads as an array gives the same elements in
// order (a null one as a BadLine with its index), anything else ends the stream with a ParseError. A byte order
// mark at the start of the file is not content (as for NDJSON files).
import fc from 'fast-check'
import t from 'tap'
import { Readable } from 'node:stream'
import { isDeepStrictEqual } from 'node:util'
import { ParseError } from '../../src/errors.js'
import { isBadLine } from '../../src/helpers/bad-line.js'
import { parseArray } from '../../src/json-array.js'
import { chunked, chunkSizesArb, type Json, jsonValue, mutate, mutationArb, styleArb, write } from '../support/fuzz-arbitraries.js'
import { fuzzAsync } from '../support/fuzz-run.js'

const BOM = Buffer.from('\uFEFF')

function expected(file: Buffer): unknown[] | undefined {
  const own = file.subarray(0, 3).equals(BOM) ? file.subarray(3) : file
  let value: unknown
  try {
    value = JSON.parse(own.toString('utf8'))
  } catch {
    return undefined
  }
  return Array.isArray(value) ? value.map((v, i) => (v === null ? { bad: i } : v)) : undefined
}

async function check(file: Buffer, sizes: number[]): Promise<void> {
  const want = expected(file)
  const got: unknown[] = []
  try {
    for await (const v of Readable.from(chunked(file, sizes)).pipe(parseArray())) got.push(isBadLine(v) ? { bad: v.line } : v)
  } catch (err) {
    if (!(err instanceof ParseError)) throw err
    if (want !== undefined) throw new Error(`refused an array JSON.parse reads: ${err.message}`)
    return
  }
  if (want === undefined) throw new Error(`read ${JSON.stringify(got)} from bytes JSON.parse refuses (or no array)`)
  if (!isDeepStrictEqual(got, want)) throw new Error(`read ${JSON.stringify(got)}\nJSON says ${JSON.stringify(want)}`)
}

const caseArb = fc.record({
  items: fc.oneof({ weight: 9, arbitrary: fc.array(jsonValue(['__proto__'], 4), { maxLength: 6 }).map((items): Json => ({ t: 'array', items })) }, { weight: 1, arbitrary: jsonValue([], 2) }),
  style: styleArb,
  mutation: mutationArb,
  bom: fc.boolean(),
  sizes: chunkSizesArb,
})
const bytesOf = (c: { items: Json; style: Parameters<typeof write>[1]; mutation: Parameters<typeof mutate>[1]; bom: boolean }) =>
  Buffer.concat([c.bom ? BOM : Buffer.alloc(0), mutate(write(c.items, c.style), c.mutation)])

t.test('parseArray reads a file as JSON.parse does, in any chunks', async (t) => {
  await fuzzAsync(t, 'json-array', caseArb, (c) => check(bytesOf(c), c.sizes), 2000, (c) => `${JSON.stringify(bytesOf(c).toString('latin1'))} chunks ${JSON.stringify(c.sizes)}`)
})
