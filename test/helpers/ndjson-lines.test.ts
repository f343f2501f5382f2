// NdjsonLines on its own: the same lines whatever the chunk boundaries, blank lines counted, CR and BOM dropped,
// an overlong line reported by number and skipped.
import t from 'tap'
import { NdjsonLines } from '../../src/helpers/bulk/ndjson-lines.js'

function split(input: Buffer, cuts: number[], max = 1000) {
  const out: Array<[number, string]> = []
  const long: number[] = []
  const lines = new NdjsonLines(
    {
      line: (b, s, e, n) => out.push([n, b.toString('utf8', s, e)]),
      tooLong: (n) => long.push(n),
    },
    max,
  )
  let at = 0
  for (const cut of [...cuts, input.length]) {
    lines.write(input.subarray(at, cut))
    at = cut
  }
  lines.end()
  return { out, long }
}

const text = '\uFEFF{"a":1}\r\n\n  \n{"b":"é日本🙂"}\n[1]\n{"c":3}'
const input = Buffer.from(text)
const expected: Array<[number, string]> = [
  [1, '{"a":1}'],
  [4, '{"b":"é日本🙂"}'],
  [5, '[1]'],
  [6, '{"c":3}'],
]

t.test('one chunk', async (t) => {
  t.same(split(input, []).out, expected)
})

t.test('cut at every byte, and into single bytes', async (t) => {
  for (let i = 0; i <= input.length; i++) t.same(split(input, [i]).out, expected, `cut at ${i}`)
  t.same(split(input, Array.from({ length: input.length }, (_, i) => i)).out, expected, 'one byte per chunk')
})

t.test('a line longer than the limit is reported by number and skipped, in one chunk or across chunks', async (t) => {
  const big = Buffer.from(`{"a":1}\n{"x":"${'y'.repeat(50)}"}\n{"b":2}\n`)
  for (const cuts of [[], [10], [10, 20, 30], [9, 40]]) {
    const { out, long } = split(big, cuts, 20)
    t.same(out, [
      [1, '{"a":1}'],
      [3, '{"b":2}'],
    ], `cuts ${cuts}`)
    t.same(long, [2], `cuts ${cuts}`)
  }
})
