import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { ParseError } from '../src/errors.js'
import { isBadLine } from '../src/helpers/bad-line.js'
import { parse, stringify } from '../src/ndjson.js'

async function run(
  chunks: Array<string | Buffer>,
  options?: Parameters<typeof parse>[0],
): Promise<unknown[]> {
  const out: unknown[] = []
  await pipeline(
    Readable.from(chunks, { objectMode: false }),
    parse(options),
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

t.test('parses lines split anywhere across chunks, CRLF and blank lines included', async (t) => {
  const text = '{"a":1}\r\n\n{"b":"é"}\n[1,2]\n"s"\n'
  const bytes = Buffer.from(text)
  // split inside the two-byte é and inside a line
  const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 17), bytes.subarray(17)]
  t.same(await run(chunks), [{ a: 1 }, { b: 'é' }, [1, 2], 's'])
  t.same(await run(['{"last":true}']), [{ last: true }], 'a last line without newline')
})

t.test('lines of only whitespace are blank, not bad lines, and keep the line count', async (t) => {
  t.same(await run(['{"a":1}\n   \n\t\r\n{"b":2}\n \n']), [{ a: 1 }, { b: 2 }])
  const err = await run(['  \n{"a":1}\n \n{oops}\n']).catch((e: unknown) => e)
  t.equal((err as ParseError).line, 4, 'blank lines still count toward line numbers')
  t.same(await run([' {"indented":true}\n']), [{ indented: true }], 'leading whitespace before JSON is fine')
})

t.test('a bad line is a ParseError naming its line number', async (t) => {
  const err = await run(['{"a":1}\n', '\n', '{oops}\n{"b":2}\n']).catch((e: unknown) => e)
  t.ok(err instanceof ParseError)
  t.equal((err as ParseError).line, 3)
  t.match((err as Error).message, /line 3/)
})

t.test("onBadLine 'result' passes a BadLine on and keeps going; 'skip' drops it", async (t) => {
  const out = await run(['{"a":1}\n{oops\n{"b":2}\n'], { onBadLine: 'result' })
  t.equal(out.length, 3)
  t.ok(isBadLine(out[1]))
  t.match(out[1], { line: 2, text: '{oops' })
  t.same(out[2], { b: 2 })
  t.same(await run(['{"a":1}\n{oops\n{"b":2}\n'], { onBadLine: 'skip' }), [{ a: 1 }, { b: 2 }])
})

t.test('a null line is a bad line with its number, not the end of the input', async (t) => {
  const out = await run(['{"a":1}\nnull\n{"b":2}\n'], { onBadLine: 'result' })
  t.equal(out.length, 3, 'the line after the null is still read')
  t.ok(isBadLine(out[1]))
  t.match(out[1], { line: 2, text: 'null' })
  t.same(out[2], { b: 2 })
  t.same(await run(['{"a":1}\nnull\n{"b":2}\n'], { onBadLine: 'skip' }), [{ a: 1 }, { b: 2 }])
  t.same(await run(['{"a":1}\nnull'], { onBadLine: 'skip' }), [{ a: 1 }], 'a null last line as well')
  const err = await run(['{"a":1}\nnull\n{"b":2}\n']).catch((e: unknown) => e)
  t.ok(err instanceof ParseError, 'the default onBadLine stops with a ParseError')
  t.equal((err as ParseError).line, 2)
})

t.test(
  'maxLineLength: a complete or a growing over-long line is an error or a BadLine with its number',
  async (t) => {
    const long = `{"x":"${'y'.repeat(100)}"}`
    await t.rejects(run([`{"a":1}\n${long}\n`], { maxLineLength: 50 }), { name: 'ParseError', line: 2 })
    // the long line arrives in pieces, so split2 sees its buffer overflow before any newline
    await t.rejects(
      run(['{"a":1}\n', long.slice(0, 60), long.slice(60), '\n{"b":2}\n'], { maxLineLength: 50 }),
      {
        name: 'ParseError',
        line: 2,
      },
    )
    const out = await run(['{"a":1}\n', long.slice(0, 60), long.slice(60), '\n{"b":2}\n'], {
      maxLineLength: 50,
      onBadLine: 'result',
    })
    t.equal(out.length, 3)
    t.match(out[1], { line: 2 })
    t.same(out[2], { b: 2 })
  },
)

t.test('raw: lines come out as strings, not parsed', async (t) => {
  t.same(await run(['{"a":1}\n{oops\n'], { raw: true }), ['{"a":1}', '{oops'])
})

t.test('stringify writes one line per value and rejects what has no JSON form', async (t) => {
  const chunks: string[] = []
  await pipeline(
    Readable.from([{ a: 1 }, [2], 'three']),
    stringify(),
    new Writable({
      write(c, _e, cb) {
        chunks.push(c.toString())
        cb()
      },
    }),
  )
  t.equal(chunks.join(''), '{"a":1}\n[2]\n"three"\n')
  const cyclic: Record<string, unknown> = {}
  cyclic.self = cyclic
  await t.rejects(
    pipeline(Readable.from([cyclic]), stringify(), new Writable({ write: (_c, _e, cb) => cb() })),
    {
      name: 'SerializationError',
    },
  )
})

t.test('bad options', async (t) => {
  t.throws(() => parse({ maxLineLength: 0 }), { name: 'ConfigurationError', message: /maxLineLength/ })
  t.throws(() => parse({ onBadLine: 'ignore' as never }), {
    name: 'ConfigurationError',
    message: /onBadLine/,
  })
  t.throws(() => parse({ maxLinelength: 3 } as never), {
    name: 'ConfigurationError',
    message: /maxLineLength/,
  })
})

// Found by test/fuzz/ndjson-parse.test.ts: a file starting with a byte order mark lost its first line (bulk's
// byte path reads it), and a line of a form feed or a no-break space was skipped as blank though JSON refuses it.
t.test('a byte order mark is not part of the first line, on any chunking', async (t) => {
  const bytes = Buffer.from('\uFEFF{"a":1}\n{"b":2}\n')
  t.same(await run([bytes]), [{ a: 1 }, { b: 2 }])
  t.same(await run([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]), [{ a: 1 }, { b: 2 }], 'the mark cut in pieces')
  t.same(await run(['\uFEFF\n{"b":2}\n']), [{ b: 2 }], 'a mark alone is a blank line')
  const err = await run(['{"a":1}\n\uFEFF{"b":2}\n']).catch((e: unknown) => e)
  t.equal((err as ParseError).line, 2, 'only at the start of the file')
})

t.test('only JSON whitespace makes a blank line: a form feed or a no-break space is a bad line', async (t) => {
  for (const blank of ['\f', '\u00a0', ' \v ']) {
    const out = await run([`{"a":1}\n${blank}\n{"b":2}\n`], { onBadLine: 'result' })
    t.same(out.map((v) => (isBadLine(v) ? `bad ${v.line}` : v)), [{ a: 1 }, 'bad 2', { b: 2 }], JSON.stringify(blank))
  }
})
