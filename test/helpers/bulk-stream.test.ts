import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { ConfigurationError, ParseError } from '../../src/errors.js'
import { BadLine } from '../../src/helpers/bad-line.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { client, createIndex, deleteIndex, idsIn, range, sortedIds, sourceOf, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())

function collect(into: BulkResult[]): Writable {
  return new Writable({
    objectMode: true,
    write(r, _e, cb) {
      into.push(r)
      cb()
    },
  })
}

t.test('plain documents with an id field: one ok result per document, all in the index', async (t) => {
  const index = uniqueIndex('bulk-plain')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  const stream = bulkStream(es, { index, id: 'n', flushDocs: 150 })
  await pipeline(Readable.from(range(1000).map((n) => ({ n, name: `doc ${n}` }))), stream, collect(results))
  t.equal(results.length, 1000)
  t.ok(results.every((r) => r.ok && r.status === 201 && r.op === 'index' && r.index === index))
  t.same(results.map((r) => r.id).sort(), sortedIds(1000))
  t.same(stream.stats, {
    total: 1000,
    successful: 1000,
    failed: 0,
    exists: 0,
    retried: 0,
    bytes: stream.stats.bytes,
    requests: 7,
  })
  t.same(await idsIn(es, index), sortedIds(1000))
})

t.test('documents without id get client ids that appear in the results and the index', async (t) => {
  const index = uniqueIndex('bulk-autoid')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  await pipeline(Readable.from(range(300).map((n) => ({ n }))), bulkStream(es, { index }), collect(results))
  const ids = results.map((r) => r.id!).sort()
  t.equal(new Set(ids).size, 300, 'ids are unique')
  t.same(await idsIn(es, index), ids)
})

t.test('autoId server: Elasticsearch names the documents, results carry its ids', async (t) => {
  const index = uniqueIndex('bulk-serverid')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  await pipeline(
    Readable.from(range(50).map((n) => ({ n }))),
    bulkStream(es, { index, autoId: 'server' }),
    collect(results),
  )
  t.same(await idsIn(es, index), results.map((r) => r.id!).sort())
})

t.test('index, create, update and delete actions, with a create conflict reported as failed', async (t) => {
  const index = uniqueIndex('bulk-ops')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index)
  const first: BulkResult[] = []
  await pipeline(
    Readable.from([
      { index: { _id: 'a' }, doc: { v: 1 } },
      { create: { _id: 'b' }, doc: { v: 1 } },
      { index: { _id: 'c' }, doc: { v: 1 } },
    ]),
    bulkStream(es, { index, refresh: 'wait_for' }),
    collect(first),
  )
  t.ok(first.every((r) => r.ok))
  const second: BulkResult[] = []
  const input = [
    { update: { _id: 'a' }, doc: { w: 2 } },
    { delete: { _id: 'c' } },
    { create: { _id: 'b' }, doc: { v: 2 } },
    { update: { _id: 'new' }, doc: { v: 3 }, doc_as_upsert: true },
    { delete: { _id: 'never-was' } },
  ]
  await pipeline(Readable.from(input), bulkStream(es, { index }), collect(second))
  const byId = Object.fromEntries(second.map((r) => [r.id, r]))
  t.equal(second.length, 5)
  t.match(byId.a, { ok: true, op: 'update', status: 200, result: 'updated' })
  t.match(byId.c, { ok: true, op: 'delete', status: 200, result: 'deleted' })
  t.match(byId.b, {
    ok: false,
    op: 'create',
    status: 409,
    error: { type: 'version_conflict_engine_exception' },
  })
  t.same(byId.b!.item, input[2], 'the failed input item comes back')
  t.match(byId.new, { ok: true, op: 'update', status: 201, result: 'created' })
  t.match(byId['never-was'], { ok: true, op: 'delete', status: 404, result: 'not_found' })
  t.same(await idsIn(es, index), ['a', 'b', 'new'])
  t.same(await sourceOf(es, index, 'a'), { v: 1, w: 2 })
  t.same(await sourceOf(es, index, 'b'), { v: 1 })
})

t.test(
  'pre-serialized lines pass through: bare sources and action + source pairs, strings and Buffers',
  async (t) => {
    const index = uniqueIndex('bulk-raw')
    t.teardown(() => deleteIndex(es, index))
    const results: BulkResult[] = []
    await pipeline(
      Readable.from([
        '{"k":1}',
        Buffer.from('{"k":2}\n'),
        `{"index":{"_index":"${index}","_id":"x"}}\n{"k":3}\n`,
        Buffer.from('{"create":{"_id":"y"}}\n{"k":4}'),
        // One line is always a document source: a raw delete would be indistinguishable from one.
        '{"delete":{"_id":"zz"}}',
      ]),
      bulkStream(es, { index }),
      collect(results),
    )
    t.equal(results.length, 5)
    t.same(
      results.map((r) => [r.op, r.ok]),
      [
        ['index', true],
        ['index', true],
        ['index', true],
        ['create', true],
        ['index', true],
      ],
    )
    const ids = await idsIn(es, index)
    t.equal(ids.length, 5)
    t.ok(ids.includes('x') && ids.includes('y'))
    t.same(await sourceOf(es, index, results[4]!.id!), { delete: { _id: 'zz' } })
    t.same(await sourceOf(es, index, 'x'), { k: 3 })
  },
)

t.test('batch bodies hold every line byte for byte: multi-byte text and documents larger than a batch', async (t) => {
  const index = uniqueIndex('bulk-bytes')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  const docs = [
    { n: 0, text: 'ascii' },
    { n: 1, text: 'é日本語🙂'.repeat(3) },
    // far larger than the first capacity of a batch body (16 KiB), in the middle of a batch
    { n: 2, text: '日本語'.repeat(30_000) },
    '{"n":3,"text":"ligne brute é"}',
    Buffer.from('{"n":4,"text":"tampon 🙂"}\r\n'),
    { n: 5, text: 'x'.repeat(70_000) },
    { n: 6, text: 'after the big ones' },
  ]
  const stream = bulkStream(es, { index, flushDocs: 4 })
  await pipeline(Readable.from(docs), stream, collect(results))
  t.ok(results.every((r) => r.ok), 'every line accepted')
  const expected = docs.map((d) =>
    typeof d === 'string' ? JSON.parse(d) : Buffer.isBuffer(d) ? JSON.parse(d.toString()) : d,
  )
  for (const r of results) {
    const src = await sourceOf(es, index, r.id!)
    t.same(src, expected[src!.n as number], `document ${src!.n} arrived unchanged`)
  }
  // stats.bytes counts the UTF-8 body exactly: each line plus its action line (20-character generated ids).
  const lineBytes = expected.reduce<number>(
    (sum, d) =>
      sum +
      Buffer.byteLength(`{"index":{"_index":"${index}","_id":"${'a'.repeat(20)}"}}\n`) +
      Buffer.byteLength(`${JSON.stringify(d)}\n`),
    0,
  )
  t.equal(stream.stats.bytes, lineBytes)
  t.equal(stream.stats.requests, 2)
})

t.test('a reused batch body never sends bytes of the batch before it', async (t) => {
  // Batches shrink, so each one is written into the larger body of an answered batch: a stale tail or a
  // wrong length would reach Elasticsearch as garbage or as documents of the earlier batch.
  const index = uniqueIndex('bulk-reuse')
  t.teardown(() => deleteIndex(es, index))
  const docs = range(200).map((n) => ({ n, pad: 'z'.repeat((200 - n) * 20) }))
  const results: BulkResult[] = []
  const stream = bulkStream(es, { index, id: 'n', flushDocs: 10, concurrency: 1 })
  await pipeline(Readable.from(docs), stream, collect(results))
  t.ok(results.every((r) => r.ok), 'every item accepted')
  t.equal(stream.stats.requests, 20)
  t.same(await idsIn(es, index), sortedIds(200), 'exactly the documents sent, none twice')
  for (const n of [0, 9, 10, 99, 150, 199]) t.same(await sourceOf(es, index, String(n)), docs[n])
})

t.test('a raw line that fails comes back as the very string written', async (t) => {
  // Raw lines are not kept as strings while in flight: a failed one is read back from the request body.
  const index = uniqueIndex('bulk-rawfail')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index, 1, { properties: { n: { type: 'integer' } } })
  const lines = [
    '{"n":1}',
    '{"n":"not a number é日本🙂"}',
    '{"n":2,"broken":',
    '{"n":"lone \ud800 surrogate"}',
    '{"n":"with a carriage return"}\r',
    '{"n":3}',
  ]
  const results: BulkResult[] = []
  await pipeline(Readable.from(lines), bulkStream(es, { index }), collect(results))
  t.equal(results.length, 6)
  t.same(
    results.map((r) => r.ok),
    [true, false, false, false, false, true],
  )
  const failed = results.filter((r) => !r.ok)
  t.same(
    failed.map((r) => r.item),
    lines.slice(1, 5),
    'each failed result carries its input line, unchanged',
  )
  t.ok(
    failed.every((r) => r.status === 400),
    'Elasticsearch refused them',
  )
})

t.test('items that cannot be sent fail without a request, and the load goes on', async (t) => {
  const index = uniqueIndex('bulk-rejected')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  const stream = bulkStream(es, { index })
  const bad = new BadLine(7, '{oops', new ParseError('line 7 is not JSON', 7))
  await pipeline(
    Readable.from([{ ok: 1 }, 42, bad, { update: { _index: index }, doc: {} }, '', { ok: 2 }] as unknown[]),
    stream,
    collect(results),
  )
  t.equal(results.length, 6, 'one result per input')
  t.equal(stream.stats.successful, 2)
  t.equal(stream.stats.failed, 4)
  const parse = results.find((r) => r.error?.type === 'parse_error')
  t.match(parse, { ok: false, attempts: 0, error: { line: 7 } })
  t.equal((await idsIn(es, index)).length, 2)
})

t.test("results 'failed' and 'none' emit less but count everything", async (t) => {
  const index = uniqueIndex('bulk-results')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index, 1, { properties: { n: { type: 'integer' } } })
  const docs = range(200).map((n) => ({ n: n % 50 === 0 ? 'not a number' : n }))
  for (const mode of ['failed', 'none'] as const) {
    const results: BulkResult[] = []
    const stream = bulkStream(es, { index, results: mode, id: (d: { n: unknown }) => String(d.n) })
    await pipeline(Readable.from(docs), stream, collect(results))
    t.equal(stream.stats.total, 200, mode)
    t.equal(stream.stats.failed, 4, mode)
    t.equal(stream.stats.successful, 196, mode)
    t.equal(results.length, mode === 'failed' ? 4 : 0, mode)
    if (mode === 'failed')
      t.ok(results.every((r) => !r.ok && r.status === 400 && r.error?.type === 'document_parsing_exception'))
  }
})

t.test('an idle source still gets flushed after flushInterval', async (t) => {
  const index = uniqueIndex('bulk-interval')
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  await createIndex(es, index)
  const stream = bulkStream(es, { index, flushInterval: 100 })
  stream.on('data', (r) => results.push(r))
  stream.write({ a: 1 })
  stream.write({ a: 2 })
  // Never ended: only the interval can send them. Polled, since a busy node may take a while to answer.
  const deadline = Date.now() + 10_000
  while (results.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  t.equal(results.length, 2, 'both answered while the writable side is still open')
  stream.end()
  await new Promise((r) => stream.on('end', r))
  t.equal(stream.stats.requests, 1)
})

t.test('bad options are ConfigurationErrors naming the option', async (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [{ flushDocs: 0 }, /flushDocs/],
    [{ concurrency: 1.5 }, /concurrency/],
    [{ results: 'some' }, /results/],
    [{ flushbytes: 10 }, /did you mean "flushBytes"/],
    [{ backoff: { initial: -1 } }, /backoff.initial/],
    [{ backoff: { factor: 2 } }, /backoff.factor/],
    [{ index: '' }, /index/],
    [{ refresh: 'yes' }, /refresh/],
  ]
  for (const [options, message] of cases) {
    t.throws(
      () => bulkStream(es, options as never),
      { name: 'ConfigurationError', message },
      JSON.stringify(options),
    )
  }
  t.throws(() => bulkStream({} as never), ConfigurationError)
})
