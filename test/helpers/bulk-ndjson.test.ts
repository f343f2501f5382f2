// bulk() and bulkStream with NDJSON bytes (input: 'ndjson'): lines split and copied at byte level, client ids,
// bad lines reported by line number, and the index holding exactly the good lines.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { client, deleteIndex, idsIn, range, sourceOf, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())
const dir = mkdtempSync(join(tmpdir(), 'elastream-ndjson-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

const text = (n: number) => `${'é'.repeat(n % 4)}日本🙂${'x'.repeat((n * 13) % 300)}`

t.test('a file through bulk(): every good line indexed once with a client id, bad lines failed by number', async (t) => {
  const index = uniqueIndex('ndjson-file')
  t.teardown(() => deleteIndex(es, index))
  const lines: string[] = range(2000).map((n) => JSON.stringify({ n, text: text(n) }))
  // bad lines: not objects, cut short, a bare string; a blank line and a CRLF in between
  lines.splice(10, 0, '[1,2]')
  lines.splice(500, 0, '"just a string"')
  lines.splice(900, 0, '', '  ')
  lines.splice(1500, 0, '{"cut":}', '{"cut":')
  lines[3] = `${lines[3]}\r`
  const file = join(dir, 'docs.ndjson')
  writeFileSync(file, `${lines.join('\n')}\n`)
  const stats = await bulk(es, createReadStream(file, { highWaterMark: 1000 }), { index, flushDocs: 300 })
  t.equal(stats.total, 2004, 'every non-blank line counted')
  t.equal(stats.successful, 2000)
  t.equal(stats.failed, 4)
  t.equal(stats.successful + stats.failed, stats.total)
  const failed = stats.failedItems.sort((a, b) => a.line! - b.line!)
  t.same(
    failed.map((r) => [r.line, r.error?.type, r.item]),
    [
      [11, 'parse_error', '[1,2]'],
      [501, 'parse_error', '"just a string"'],
      [1501, 'document_parsing_exception', '{"cut":}'],
      [1502, 'parse_error', '{"cut":'],
    ],
    'each bad line: its number, and the line itself; the one that looks like an object is refused by Elasticsearch',
  )
  t.match(failed[0]!.error!.reason, /line 11 is not a JSON object/)
  t.equal(failed[2]!.attempts, 1, "the line Elasticsearch refused was sent once")
  const ids = await idsIn(es, index)
  t.equal(ids.length, 2000, 'exactly the good lines')
  t.ok(ids.every((id) => id.length === 20), 'client-generated ids')
  const src = await sourceOf(es, index, ids[1234]!)
  t.same(src, { n: src!.n, text: text(src!.n as number) }, 'a document arrived unchanged')
})

t.test('bulkStream with input ndjson: results per line, chunks cut anywhere, ids in the results', async (t) => {
  const index = uniqueIndex('ndjson-stream')
  t.teardown(() => deleteIndex(es, index))
  const bytes = Buffer.from(range(300).map((n) => `${JSON.stringify({ n, text: text(n) })}\n`).join(''))
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += 97) chunks.push(bytes.subarray(at, at + 97))
  const out: BulkResult[] = []
  const stream = bulkStream(es, { index, input: 'ndjson', op: 'create', flushDocs: 64 })
  await pipeline(
    Readable.from(chunks),
    stream,
    new Writable({
      objectMode: true,
      write(r: BulkResult, _e, cb) {
        out.push(r)
        cb()
      },
    }),
  )
  t.equal(out.length, 300)
  t.ok(out.every((r) => r.ok && r.status === 201 && r.op === 'create'))
  t.same(out.map((r) => r.id).sort(), await idsIn(es, index), 'the ids the results name are the ids in the index')
})

t.test('input ndjson: bad options and non-bytes are clear errors', async (t) => {
  t.throws(() => bulkStream(es, { input: 'ndjson' }), { name: 'ConfigurationError', message: /input 'ndjson' needs the "index" option/ })
  t.throws(() => bulkStream(es, { index: 'x', input: 'ndjson', id: 'n' }), { name: 'ConfigurationError', message: /option "id"/ })
  const s = bulkStream(es, { index: 'x', input: 'ndjson' })
  await t.rejects(pipeline(Readable.from([{ not: 'bytes' }]), s), { name: 'ConfigurationError', message: /takes bytes/ })
})
