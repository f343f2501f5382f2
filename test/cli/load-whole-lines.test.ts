// load's byte path hands bulk the input as it comes (src/cli/load/whole-lines.ts), holding nothing: a stop or a read
// error marks the input cut, and bulk then drops the line the stop cut instead of sending it (the normal end keeps
// an unterminated last line); no chunk is copied or kept.
import { PassThrough, Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import t from 'tap'
import { wholeLines } from '../../src/cli/load/whole-lines.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'

async function collect(chunks: Buffer[], stopAfter = Infinity): Promise<{ out: Buffer[]; failed: unknown[]; cut: number }> {
  const out: Buffer[] = []
  const failed: unknown[] = []
  let cut = 0
  let seen = 0
  const stop = new AbortController()
  const gen = wholeLines(Readable.from(chunks), { signal: stop.signal, failed: (err) => failed.push(err), cut: () => cut++ })
  for await (const part of gen) {
    out.push(part)
    if (++seen >= stopAfter) stop.abort()
  }
  return { out, failed, cut }
}

/**
 * What a bulk stream fed by wholeLines sends, as load wires them: the documents of every request body, and then
 * the failures (a cut line bulk did not drop would come back as a broken line: a failure the stop did not make).
 */
async function sent(source: Readable, stop: AbortController): Promise<string[]> {
  const docs: string[] = []
  const client = {
    transport: {
      async request(params: { bulkBody?: Buffer }) {
        const lines = params.bulkBody!.toString().trim().split('\n')
        for (let i = 1; i < lines.length; i += 2) docs.push(lines[i]!)
        return { errors: false, items: Array.from({ length: lines.length / 2 }, () => ({ index: { status: 201 } })) }
      },
    },
  }
  const bulk = bulkStream(client as never, { index: 'ix', input: 'ndjson', results: 'failed', flushInterval: 1 })
  const input = Readable.from(wholeLines(source, { signal: stop.signal, failed: () => {}, cut: () => bulk.inputCut() }), {
    highWaterMark: 1,
  })
  await pipeline(
    input,
    bulk,
    new Writable({
      objectMode: true,
      write: (r: { error: { reason: string } }, _e, cb) => {
        docs.push(`failed: ${r.error.reason}`)
        cb()
      },
    }),
  )
  return docs
}

t.test('every way of cutting the input gives the same bytes, and no cut at the end of the input', async (t) => {
  const text = Buffer.from('{"a":"é日本🙂"}\n{"b":2}\r\n\n{"c":"x"}') // no newline at the end
  for (let cut = 1; cut < text.length; cut++) {
    for (let cut2 = cut; cut2 < text.length; cut2 += 5) {
      const chunks = [text.subarray(0, cut), text.subarray(cut, cut2), text.subarray(cut2)].filter((c) => c.length)
      const { out, cut: said } = await collect(chunks)
      t.equal(Buffer.concat(out).toString('hex'), text.toString('hex'), `cut at ${cut}, ${cut2}`)
      if (said !== 0) t.fail(`a cut said at ${cut}, ${cut2}`)
    }
  }
})

t.test('a stop: what was read goes on, the cut is said, and bulk sends no cut line', async (t) => {
  const chunks = [Buffer.from('{"a":1}\n{"b":'), Buffer.from('2}\n{"c":3}\n{"d"'), Buffer.from(':4}\n')]
  const one = await collect(chunks, 1)
  t.equal(Buffer.concat(one.out).toString(), '{"a":1}\n{"b":', 'the first chunk, as it came')
  t.equal(one.cut, 1, 'the input is cut')
  const all = await collect(chunks)
  t.equal(all.cut, 0, 'read to its end: not cut')

  const stop = new AbortController()
  const quiet = new PassThrough()
  quiet.write(chunks[0])
  quiet.write(chunks[1])
  setTimeout(() => stop.abort(), 100) // Ctrl-C while the third chunk is awaited
  t.same(await sent(quiet, stop), ['{"a":1}', '{"b":2}', '{"c":3}'], '{"d" is neither sent nor failed')
  t.same(await sent(Readable.from(['{"a":1}\n{"b":2}']), new AbortController()), ['{"a":1}', '{"b":2}'], 'the normal end keeps the last line')
})

t.test('views, not copies: the parts share the chunks memory', async (t) => {
  const chunk = Buffer.alloc(13, '{"a":1}\n{"b":') // not from the shared pool: its own ArrayBuffer
  const { out } = await collect([chunk, Buffer.from('2}\n')])
  t.equal(out[0]!.buffer, chunk.buffer)
  t.equal(out.length, 2)
})

t.test('a stop while waiting for a chunk (a quiet pipe) ends at once and drops the cut line', async (t) => {
  const source = new PassThrough()
  const stop = new AbortController()
  const out: Buffer[] = []
  let cut = 0
  const gen = wholeLines(source, { signal: stop.signal, failed: () => t.fail('not a failure'), cut: () => cut++ })
  source.write('{"a":1}\n{"b":')
  setTimeout(() => stop.abort(), 50)
  for await (const part of gen) out.push(part)
  t.equal(Buffer.concat(out).toString(), '{"a":1}\n{"b":')
  t.equal(cut, 1, 'the cut is said: bulk drops {"b":')
  t.ok(source.destroyed, 'the source is let go')
})

t.test('a read error: reported once, the cut line dropped, the whole lines kept', async (t) => {
  const source = new PassThrough()
  const failed: unknown[] = []
  const out: Buffer[] = []
  let cut = 0
  const gen = wholeLines(source, { signal: new AbortController().signal, failed: (err) => failed.push(err), cut: () => cut++ })
  source.write('{"a":1}\n{"b":')
  setImmediate(() => source.destroy(new Error('unexpected end of file')))
  for await (const part of gen) out.push(part)
  t.equal(Buffer.concat(out).toString(), '{"a":1}\n{"b":')
  t.equal(cut, 1, 'the cut is said: bulk drops {"b":')
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
  for await (const part of wholeLines(Readable.from(chunks()), { signal: stop.signal, failed: () => {}, cut: () => {} })) {
    n += part.length
  }
  t.equal(n, 40 * 64 * 1024)
  await new Promise((r) => setImmediate(r))
  gc()
  await new Promise((r) => setImmediate(r))
  gc()
  const kept = refs.slice(0, 30).filter((r) => r.deref() !== undefined).length
  t.equal(kept, 0, 'the first 30 chunks were collected while the signal is still alive')
  t.notOk(stop.signal.aborted)
})
