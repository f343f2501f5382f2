// Every line read counts once in bulkStream's `total`, whatever becomes of it: total = successful + failed, one
// result per counted line, on the byte path (input 'ndjson') and on the object path (ndjson.parse with
// onBadLine 'result'). The lines that fail are of every kind: too long (in the middle, and last without its
// newline), not JSON, not an object, refused by Elasticsearch; blank lines are no lines to count.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { parse } from '../../src/ndjson.js'
import { client, deleteIndex, idsIn, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())

/** bulkStream's longest line on the byte path (Elasticsearch's default http.max_content_length). */
const MAX_LINE = 100 * 1024 * 1024

/** The lines of the test file, a long line standing for `long` bytes of x (made as it is read, never held). */
type Piece = string | { long: number }

function pieces(long: number): Piece[] {
  return [
    '{"n":1}\n{"n":2}\n',
    '{"big":"', { long }, '"}\n', // line 3: too long, in the middle
    '{"n":4}\n',
    '\n   \n', // lines 5 and 6: blank
    'not json\n', // line 7
    '[1,2]\n', // line 8: not an object
    '{"n":}\n', // line 9: looks like an object, Elasticsearch refuses it
    '{"n":10}\n',
    '{"big":"', { long }, '"}', // line 11: too long, last, without its newline
  ]
}

async function* bytesOf(list: Piece[], chunk: number): AsyncGenerator<Buffer> {
  const x = Buffer.alloc(chunk, 'x')
  for (const p of list) {
    if (typeof p === 'string') yield Buffer.from(p)
    else for (let sent = 0; sent < p.long; sent += chunk) yield x.subarray(0, Math.min(chunk, p.long - sent))
  }
}

function collect(out: BulkResult[]): Writable {
  return new Writable({
    objectMode: true,
    write(r: BulkResult, _e, cb) {
      out.push(r)
      cb()
    },
  })
}

/** The lines that failed, with the reason's kind, in line order. */
function failures(out: BulkResult[]): Array<[number | undefined, string]> {
  return out
    .filter((r) => !r.ok)
    .map((r): [number | undefined, string] => [r.line ?? (r.item as { line?: number } | undefined)?.line, r.error!.type])
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
}

t.test('byte path: a line over 100 MiB counts once in total, in the middle and at the end', async (t) => {
  const index = uniqueIndex('line-counts-bytes')
  t.teardown(() => deleteIndex(es, index))
  const stream = bulkStream(es, { index, input: 'ndjson', flushDocs: 2 })
  const out: BulkResult[] = []
  await pipeline(Readable.from(bytesOf(pieces(MAX_LINE + 1), 1024 * 1024)), stream, collect(out))
  const { total, successful, failed } = stream.stats
  t.same({ total, successful, failed }, { total: 9, successful: 4, failed: 5 }, 'nine lines that are not blank')
  t.equal(successful + failed, total, 'total = successful + failed')
  t.equal(out.length, total, 'one result per line counted')
  t.same(failures(out), [
    [3, 'parse_error'],
    [7, 'parse_error'],
    [8, 'parse_error'],
    [9, 'document_parsing_exception'],
    [11, 'parse_error'],
  ])
  t.equal((await idsIn(es, index)).length, 4, 'the four good lines are in the index')
})

t.test('object path (ndjson.parse): a line over maxLineLength counts once, also when the input ends in it', async (t) => {
  const index = uniqueIndex('line-counts-objects')
  t.teardown(() => deleteIndex(es, index))
  // Chunks of 700 bytes against a limit of 4 KiB: the long lines overflow across chunks, as a file's do.
  for (const chunk of [700, 64 * 1024]) {
    const stream = bulkStream(es, { index, flushDocs: 2 })
    const out: BulkResult[] = []
    await pipeline(
      Readable.from(bytesOf(pieces(10_000), chunk)),
      parse({ onBadLine: 'result', maxLineLength: 4096, objectsOnly: true }),
      stream,
      collect(out),
    )
    const { total, successful, failed } = stream.stats
    t.equal(successful + failed, total, `chunks of ${chunk}: total = successful + failed`)
    t.equal(out.length, total, 'one result per line counted')
    t.equal(total, 9, 'nine lines that are not blank, the last long one once')
    // objectsOnly: the array [1,2] is a bad line with its number (without it, bulkStream refuses the array, unnumbered).
    t.same(
      failures(out).map(([line]) => line),
      [3, 7, 8, 9, 11],
      'each failed line once, by its number',
    )
  }
})
