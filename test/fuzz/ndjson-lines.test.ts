// Differential fuzzing of NdjsonLines (src/helpers/bulk/ndjson-lines.ts, the byte splitter of bulk's NDJSON input)
// against JSON.parse of each line: whatever the chunk sizes, every LF-separated line comes out once, numbered
// as it stands in the file, as bytes JSON.parse reads exactly as it reads the line itself (one trailing CR and
// a first line's byte order mark are not part of it); a line of JSON whitespace only is skipped, and a line
// longer than the limit is reported by number, never cut into pieces.
import fc from 'fast-check'
import t from 'tap'
import { isDeepStrictEqual } from 'node:util'
import { NdjsonLines } from '../../src/helpers/bulk/ndjson-lines.js'
import { chunked, chunkSizesArb, ndjsonFileArb, ndjsonSegments } from '../support/fuzz-arbitraries.js'
import { fuzz } from '../support/fuzz-run.js'

type Out = { line: number; bytes: Buffer } | { line: number; tooLong: true }

/** JSON.parse's reading of bytes: the value, or that it refuses them. */
function reading(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) }
  } catch {
    return { ok: false }
  }
}

const BOM = Buffer.from('\uFEFF')
const isBlank = (b: Buffer) => b.every((c) => c === 0x20 || c === 0x09 || c === 0x0d)

function check(file: Buffer, sizes: number[], max: number): void {
  const got: Out[] = []
  const lines = new NdjsonLines(
    {
      line: (b, s, e, line) => got.push({ line, bytes: Buffer.from(b.subarray(s, e)) }),
      tooLong: (line) => got.push({ line, tooLong: true }),
    },
    max,
  )
  for (const chunk of chunked(file, sizes)) lines.write(chunk)
  lines.end()

  const want: Array<{ line: number; segment: Buffer } | { line: number; tooLong: true }> = []
  ndjsonSegments(file).forEach((segment, i) => {
    if (segment.length > max) return want.push({ line: i + 1, tooLong: true })
    // The byte order mark of a UTF-8 file is not part of its first line (JSON.parse would refuse it).
    const own = i === 0 && segment.subarray(0, 3).equals(BOM) ? segment.subarray(3) : segment
    if (!isBlank(own)) want.push({ line: i + 1, segment: own })
  })
  if (got.length !== want.length || got.some((g, i) => g.line !== want[i]!.line || 'tooLong' in g !== 'tooLong' in want[i]!)) {
    throw new Error(`lines ${JSON.stringify(got.map((g) => g.line))}, the file has ${JSON.stringify(want.map((w) => w.line))} (tooLong: ${JSON.stringify(want.filter((w) => 'tooLong' in w).map((w) => w.line))})`)
  }
  got.forEach((g, i) => {
    const w = want[i]!
    if ('bytes' in g && 'segment' in w && !isDeepStrictEqual(reading(g.bytes), reading(w.segment))) {
      throw new Error(`line ${g.line}: ${JSON.stringify(g.bytes.toString('latin1'))} does not read as the line ${JSON.stringify(w.segment.toString('latin1'))}`)
    }
  })
}

const caseArb = fc.record({
  file: ndjsonFileArb(),
  sizes: chunkSizesArb,
  max: fc.oneof({ weight: 3, arbitrary: fc.constant(100 * 1024 * 1024) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }) }),
})

t.test('NdjsonLines gives each line of the file, read as JSON.parse reads it, in any chunks', async (t) => {
  fuzz(t, 'ndjson-lines', caseArb, ({ file, sizes, max }) => check(file, sizes, max), 6000, ({ file, sizes, max }) => `${JSON.stringify(file.toString('latin1'))} chunks ${JSON.stringify(sizes)} max ${max}`)
})
