import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { isBadLine } from '../src/helpers/bad-line.js'
import { parseArray } from '../src/json-array.js'

async function run(chunks: string[]): Promise<unknown[]> {
  const out: unknown[] = []
  await pipeline(
    Readable.from(chunks, { objectMode: false }),
    parseArray(),
    new Writable({
      objectMode: true,
      write(v, _e, cb) {
        out.push(v)
        cb()
      },
    }),
  )
  return out
}

t.test('streams the elements of a top-level array, split anywhere', async (t) => {
  const text = `${JSON.stringify([{ a: 1, nested: { b: [1, 2] } }, 'two', 3, null]).slice(0, -1)},{"__proto__":{"polluted":true}}]`
  const chunks = text.match(/.{1,7}/gs)!
  const out = await run(chunks)
  t.equal(out.length, 5)
  t.same(out.slice(0, 3), [{ a: 1, nested: { b: [1, 2] } }, 'two', 3])
  t.ok(isBadLine(out[3]), 'null, which a stream cannot carry, comes as a BadLine')
  t.match(out[3], { line: 3 })
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution')
  t.equal(
    (out[4] as Record<string, unknown>).polluted,
    undefined,
    '__proto__ is not the prototype of the element',
  )
})

t.test('a large array goes through element by element', async (t) => {
  async function* source() {
    yield '['
    for (let i = 0; i < 20_000; i++) yield `${i ? ',' : ''}{"i":${i},"pad":"${'x'.repeat(50)}"}`
    yield ']'
  }
  let count = 0
  let last = -1
  await pipeline(
    Readable.from(source(), { objectMode: false }),
    parseArray(),
    new Writable({
      objectMode: true,
      write(v: { i: number }, _e, cb) {
        count++
        last = v.i
        cb()
      },
    }),
  )
  t.equal(count, 20_000)
  t.equal(last, 19_999)
})

t.test('malformed JSON is a ParseError giving the element index', async (t) => {
  await t.rejects(run(['[{"a":1},{"b":2},{"c":', 'oops}]']), { name: 'ParseError', line: 2 })
})
