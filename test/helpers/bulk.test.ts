import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { BulkError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { BulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { parse } from '../../src/ndjson.js'
import { client, createIndex, deleteIndex, idsIn, range, sortedIds, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())

t.test('bulk of a generator: stats add up and the index holds every document', async (t) => {
  const index = uniqueIndex('bulk-gen')
  t.teardown(() => deleteIndex(es, index))
  function* docs() {
    for (let i = 0; i < 2500; i++) yield { id: `d${i}`, i }
  }
  const stats = await bulk(es, docs(), { index, id: 'id', flushDocs: 500 })
  t.match(stats, { total: 2500, successful: 2500, failed: 0, retried: 0, requests: 5, failedItems: [] })
  t.ok(stats.bytes > 2500 * 10 && stats.durationMs >= 0)
  t.same(
    await idsIn(es, index),
    range(2500)
      .map((i) => `d${i}`)
      .sort(),
  )
})

t.test('async iterables and Readables are sources too', async (t) => {
  const index = uniqueIndex('bulk-async')
  t.teardown(() => deleteIndex(es, index))
  async function* docs() {
    for (let i = 0; i < 10; i++) yield { i }
  }
  t.match(await bulk(es, docs(), { index, id: 'i' }), { total: 10, successful: 10 })
  t.match(await bulk(es, Readable.from([{ i: 10 }, { i: 11 }]), { index, id: 'i' }), {
    total: 2,
    successful: 2,
  })
  t.same(await idsIn(es, index), sortedIds(12))
  await t.rejects(bulk(es, 'not a source' as never, { index }), {
    name: 'ConfigurationError',
    message: /source/,
  })
})

t.test('failed items are returned, and thrown with throwOnError', async (t) => {
  const index = uniqueIndex('bulk-fail')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index, 1, { properties: { n: { type: 'integer' } } })
  const docs = [{ n: 1 }, { n: 'one' }, { n: 2 }]
  const failures: unknown[] = []
  const stats = await bulk(es, docs, { index, onFailure: (r) => failures.push(r) })
  t.match(stats, { total: 3, successful: 2, failed: 1 })
  t.match(stats.failedItems, [{ ok: false, status: 400, item: { n: 'one' } }])
  t.equal(failures.length, 1)
  const err = await bulk(es, docs, { index, throwOnError: true }).catch((e: unknown) => e)
  t.ok(err instanceof BulkError)
  t.equal((err as BulkError).failed.length, 1)
})

t.test(
  'a file with a bad line: ndjson.parse passes it on, the load goes on, the bad line is a failed item',
  async (t) => {
    const index = uniqueIndex('bulk-badline')
    t.teardown(() => deleteIndex(es, index))
    const text = '{"a":1}\n{"a":2}\n{broken\n{"a":4}\n'
    const stream = new BulkStream(es, { index, results: 'failed' })
    const failed: Array<{ error?: { line?: number } }> = []
    stream.on('data', (r) => failed.push(r))
    await pipeline(Readable.from([text], { objectMode: false }), parse({ onBadLine: 'result' }), stream)
    t.match(stream.stats, { total: 4, successful: 3, failed: 1 })
    t.match(failed, [{ ok: false, status: 0, attempts: 0, error: { type: 'parse_error', line: 3 } }])
    t.equal((await idsIn(es, index)).length, 3)
  },
)
