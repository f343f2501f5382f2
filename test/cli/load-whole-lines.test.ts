// load's byte path hands bulk whole lines only while reading goes on (src/cli/whole-lines.ts): a stop drops the
// line a chunk cut, the normal end keeps an unterminated last line, and no chunk is copied.
import { PassThrough, Readable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import t from 'tap'
import { wholeLines } from '../../src/cli/whole-lines.js'

async function collect(chunks: Buffer[], stopAfter = Infinity): Promise<{ out: Buffer[]; failed: unknown[] }> {
  const out: Buffer[] = []
  const failed: unknown[] = []
  let seen = 0
  const stop = new AbortController()
  const gen = wholeLines(Readable.from(chunks), { signal: stop.signal, failed: (err) => failed.push(err) })
  for await (const part of gen) {
    out.push(part)
    if (part.includes(0x0a) && ++seen >= stopAfter) stop.abort()
  }
  return { out, failed }
}

t.test('every way of cutting the input gives the same bytes, each write after the first ends a line', async (t) => {
  const text = Buffer.from('{"a":"é日本🙂"}\n{"b":2}\r\n\n{"c":"x"}') // no newline at the end
  for (let cut = 1; cut < text.length; cut++) {
    for (let cut2 = cut; cut2 < text.length; cut2 += 5) {
      const chunks = [text.subarray(0, cut), text.subarray(cut, cut2), text.subarray(cut2)].filter((c) => c.length)
      const { out } = await collect(chunks)
      t.equal(Buffer.concat(out).toString('hex'), text.toString('hex'), `cut at ${cut}, ${cut2}`)
    }
  }
})

t.test('a stop drops the line a chunk cut; the lines before it are all there', async (t) => {
  const chunks = [Buffer.from('{"a":1}\n{"b":'), Buffer.from('2}\n{"c":3}\n{"d"'), Buffer.from(':4}\n')]
  const { out } = await collect(chunks, 1)
  t.equal(Buffer.concat(out).toString(), '{"a":1}\n', 'stopped after the first chunk: {"b": is not sent')
  const two = await collect(chunks, 2)
  t.equal(Buffer.concat(two.out).toString(), '{"a":1}\n{"b":2}\n{"c":3}\n', 'after the second: {"d" is not sent')
})

t.test('views, not copies: the parts share the chunks memory', async (t) => {
  const chunk = Buffer.alloc(13, '{"a":1}\n{"b":') // not from the shared pool: its own ArrayBuffer
  const { out } = await collect([chunk, Buffer.from('2}\n')])
  t.equal(out[0]!.buffer, chunk.buffer)
  t.equal(out[1]!.buffer, chunk.buffer)
})

t.test('a stop while waiting for a chunk (a quiet pipe) ends at once and drops the cut line', async (t) => {
  const source = new PassThrough()
  const stop = new AbortController()
  const out: Buffer[] = []
  const gen = wholeLines(source, { signal: stop.signal, failed: () => t.fail('not a failure') })
  source.write('{"a":1}\n{"b":')
  setTimeout(() => stop.abort(), 50)
  for await (const part of gen) out.push(part)
  t.equal(Buffer.concat(out).toString(), '{"a":1}\n')
  t.ok(source.destroyed, 'the source is let go')
})

t.test('a read error: reported once, the cut line dropped, the whole lines kept', async (t) => {
  const source = new PassThrough()
  const failed: unknown[] = []
  const out: Buffer[] = []
  const gen = wholeLines(source, { signal: new AbortController().signal, failed: (err) => failed.push(err) })
  source.write('{"a":1}\n{"b":')
  setImmediate(() => source.destroy(new Error('unexpected end of file')))
  for await (const part of gen) out.push(part)
  t.equal(Buffer.concat(out).toString(), '{"a":1}\n')
  t.equal(failed.length, 1)
  t.match(String(failed[0]), /unexpected end of file/)
})

t.test('chunks already handed on are not kept: memory stays flat however long the input', async (t) => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const refs: WeakRef<ArrayBuffer>[] = []
  async function* chunks() {
    for (let i = 0; i < 40; i++) {
      const chunk = Buffer.alloc(64 * 1024, '{"a":1}\n') // its own ArrayBuffer, not the pool
      refs.push(new WeakRef(chunk.buffer))
      yield chunk
    }
  }
  const stop = new AbortController() // alive to the end, as the load's signal is
  let n = 0
  for await (const part of wholeLines(Readable.from(chunks()), { signal: stop.signal, failed: () => {} })) n += part.length
  t.equal(n, 40 * 64 * 1024)
  await new Promise((r) => setImmediate(r))
  gc()
  await new Promise((r) => setImmediate(r))
  gc()
  const kept = refs.slice(0, 30).filter((r) => r.deref() !== undefined).length
  t.equal(kept, 0, 'the first 30 chunks were collected while the signal is still alive')
  t.notOk(stop.signal.aborted)
})
