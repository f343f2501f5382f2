// bulkStream's `position` (trackPosition) under out-of-order answers, 429 retries and failures: whenever a
// consumer has handled the results it names, every line before its offset is in the index or among those
// failures, so a cursor taken from it is never ahead. A local server answers as Elasticsearch does, each batch
// after a random delay, so that with 4 requests in flight the answers come back out of order.
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import t from 'tap'
import { Client } from '../../src/client.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { esLike, sendJson, startServer } from '../support/local-servers.js'

t.test('the position is never ahead of an unanswered or unhandled line, and reaches the end', async (t) => {
  let clock = 0
  /** Per line number: the clock when the server indexed it. */
  const indexedAt = new Map<number, number>()
  const rejectedOnce = new Set<number>()
  const info = esLike()
  const server = await startServer((req, res, body) => {
    if (!req.url?.startsWith('/_bulk')) return info(req, res, body)
    const lines = body.toString().split('\n').filter((l) => l !== '')
    const items: unknown[] = []
    for (let i = 0; i < lines.length; i += 2) {
      const n = (JSON.parse(lines[i + 1]!) as { n: number }).n
      if (n % 7 === 0 && !rejectedOnce.has(n)) {
        rejectedOnce.add(n)
        items.push({ index: { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } } })
      } else if (n % 11 === 0) {
        items.push({ index: { status: 400, error: { type: 'document_parsing_exception', reason: 'bad field' } } })
      } else {
        indexedAt.set(n, ++clock)
        items.push({ index: { status: 201 } })
      }
    }
    setTimeout(() => sendJson(res, 200, { errors: true, items }), Math.random() * 40)
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())

  // 2000 lines, with blank lines and a line that is not JSON among them; lineEnd[line] = byte offset past it.
  const texts: string[] = []
  for (let n = 1; n <= 2000; n++) texts.push(n % 97 === 0 ? '' : n === 1234 ? 'not json' : JSON.stringify({ n }))
  const lineEnd: number[] = [0]
  let offset = 0
  for (const text of texts) lineEnd.push((offset += Buffer.byteLength(text) + 1))
  const input = Buffer.from(`${texts.join('\n')}\n`)
  const chunks: Buffer[] = []
  for (let at = 0; at < input.length; ) {
    const size = 1 + Math.floor(Math.random() * 700)
    chunks.push(input.subarray(at, at + size))
    at += size
  }

  const stream = bulkStream(client, {
    index: 'x',
    input: 'ndjson',
    results: 'failed',
    trackPosition: true,
    flushDocs: 40,
    concurrency: 4,
    backoff: { initial: 5, max: 20 },
  })
  const handled: BulkResult[] = []
  const sink = new Writable({
    objectMode: true,
    // A dead-letter write that takes a while: failures are pushed before they are handled.
    write(result: BulkResult, _enc, cb) {
      setTimeout(() => {
        handled.push(result)
        cb()
      }, Math.random() * 3)
    },
  })
  type Snapshot = { items: number; offset: number; line: number; results: number; clock: number; settled: number }
  const snapshots: Snapshot[] = []
  const sample = setInterval(() => {
    const p = stream.position!
    snapshots.push({ ...p, clock, settled: stream.stats.successful + stream.stats.failed })
  }, 2)
  await pipeline(Readable.from(chunks), stream, sink)
  clearInterval(sample)
  const last = stream.position!
  snapshots.push({ ...last, clock, settled: stream.stats.successful + stream.stats.failed })

  let ahead = 0
  let behindTheSettled = 0
  let lineOff = 0
  for (const snap of snapshots) {
    // The failures a consumer has handled once it handled `results` results.
    const failedLines = new Set(handled.slice(0, snap.results).map((r) => r.line))
    for (let line = 1; line <= texts.length && lineEnd[line]! <= snap.offset; line++) {
      const text = texts[line - 1]!
      if (text === '') continue
      const n = line
      const indexed = (indexedAt.get(n) ?? Infinity) <= snap.clock
      if (!indexed && !failedLines.has(line)) ahead++
    }
    if (snap.items < snap.settled) behindTheSettled++
    if (lineEnd[snap.line] !== snap.offset) lineOff++
  }
  t.equal(ahead, 0, `in ${snapshots.length} samples, no line before the position was open or its failure unhandled`)
  t.equal(lineOff, 0, 'the line number always names the line that ends at the offset')
  t.ok(behindTheSettled > 0, `answers came out of order: ${behindTheSettled} samples had items settled past the position`)
  t.ok(rejectedOnce.size > 0 && handled.length > 0, 'retries and failures happened')
  const documents = texts.filter((text) => text !== '').length
  t.same(last, { items: documents, offset: input.length, line: texts.length, results: handled.length }, 'at the end: every line, every byte')
})

t.test('object input: the offset counts items; without trackPosition there is no position', async (t) => {
  const server = await startServer((req, res, body) => {
    if (!req.url?.startsWith('/_bulk')) return esLike()(req, res, body)
    const count = body.toString().split('\n').filter((l) => l !== '').length / 2
    sendJson(res, 200, { errors: false, items: Array.from({ length: count }, () => ({ index: { status: 201 } })) })
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  const tracked = bulkStream(client, { index: 'x', trackPosition: true, results: 'none', flushDocs: 3 })
  await pipeline(Readable.from(Array.from({ length: 10 }, (_, n) => ({ n }))), tracked)
  t.same(tracked.position, { items: 10, offset: 10, line: 0, results: 0 })
  t.equal(bulkStream(client, { index: 'x' }).position, undefined)
  t.throws(() => bulkStream(client, { index: 'x', trackPosition: 'yes' as never }), {
    name: 'ConfigurationError',
    message: /option "trackPosition" must be a boolean, got "yes"/,
  })
  t.throws(() => bulkStream(client, { index: 'x', input: 'ndjson', firstLine: 0 }), {
    name: 'ConfigurationError',
    message: /firstLine/,
  })
})
