// The helpers' job spans against the real node: one parent span per bulk load, scan or reindex, with the
// job's counters, and every request of the job as its child, even though the requests are sent from
// stream callbacks that run outside the context the job was started in.
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base'
import t from 'tap'
import { Client } from '../../src/client.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'
import { printTree, takeSpans, tracer } from '../support/otel-setup.js'

const client = new Client({ node: esUrl })
const source = uniqueIndex('otel-src')
const copy = uniqueIndex('otel-copy')
const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, n: i, text: `document ${i}` }))

t.before(async () => {
  await client.indices.create({ index: source, settings: { number_of_shards: 1, number_of_replicas: 0 } })
  takeSpans()
})
t.teardown(async () => {
  await client.indices.delete({ index: [source, copy], ignore_unavailable: true })
  await client.close()
})

const idOf = (span: ReadableSpan) => span.spanContext().spanId
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId

t.test('bulk(): one "bulk" parent span, one child CLIENT span per request, the counters at the end', async (t) => {
  const stats = await tracer.startActiveSpan('handler', async (handler) => {
    const result = await bulk(client, docs(2000), { index: source, id: 'id', flushDocs: 500, concurrency: 2 })
    handler.end()
    return result
  })
  t.equal(stats.successful, 2000)
  const spans = takeSpans()
  const handler = spans.find((s) => s.name === 'handler')!
  const job = spans.find((s) => s.name === `bulk ${source}` && s.kind === SpanKind.INTERNAL)!
  const requests = spans.filter((s) => s.kind === SpanKind.CLIENT)
  t.ok(job, 'the job span')
  t.equal(parentOf(job), idOf(handler), 'the job is a child of the span the user opened')
  t.equal(requests.length, 4, '2000 documents in batches of 500')
  for (const r of requests) {
    t.equal(r.name, 'bulk')
    t.equal(parentOf(r), idOf(job), 'each request is a child of the job')
    t.equal(r.attributes['db.operation.batch.size'], 500)
    t.equal(r.attributes['db.response.status_code'], '200')
  }
  t.match(job.attributes, {
    'db.system.name': 'elasticsearch',
    'elastream.helper': 'bulk',
    'db.collection.name': source,
    'elastream.bulk.total': 2000,
    'elastream.bulk.successful': 2000,
    'elastream.bulk.failed': 0,
    'elastream.bulk.retried': 0,
    'elastream.bulk.requests': 4,
  })
  t.ok((job.attributes['elastream.bulk.bytes'] as number) > 2000 * 20, 'bytes sent')
  t.equal(job.status.code, SpanStatusCode.UNSET)
  t.ok(job.endTime[0] * 1e9 + job.endTime[1] >= Math.max(...requests.map((r) => r.endTime[0] * 1e9 + r.endTime[1])), 'the job ends after its last request')
  t.equal(printTree(spans), ['handler', `  bulk ${source}`, ...requests.map(() => '    bulk')].join('\n'))
})

t.test('bulkStream in a pipeline: failed items counted, requests are children', async (t) => {
  const input = [...docs(10).map((d) => ({ ...d, id: `s${d.n}` })), { id: 'bad', n: 'not a number' }]
  await tracer.startActiveSpan('handler', async (handler) => {
    await pipeline(
      Readable.from(input),
      bulkStream(client, { index: source, id: 'id', flushDocs: 6, refresh: true }),
      new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }),
    )
    handler.end()
  })
  const spans = takeSpans()
  const job = spans.find((s) => s.name === `bulkStream ${source}`)!
  t.ok(job)
  t.match(job.attributes, { 'elastream.bulk_stream.total': 11, 'elastream.bulk_stream.failed': 1, 'elastream.bulk_stream.successful': 10 })
  const requests = spans.filter((s) => s.kind === SpanKind.CLIENT)
  t.equal(requests.length, 2)
  for (const r of requests) t.equal(parentOf(r), idOf(job))
})

t.test('a bulkStream destroyed with an error: the job span is an error', async (t) => {
  const stream = bulkStream(client, { index: source })
  stream.once('error', () => {})
  stream.write({ a: 1 })
  stream.destroy(new Error('upstream broke'))
  await new Promise((resolve) => stream.once('close', resolve))
  const job = takeSpans().find((s) => s.name === `bulkStream ${source}`)!
  t.equal(job.status.code, SpanStatusCode.ERROR)
  t.equal(job.status.message, 'upstream broke')
  t.equal(job.attributes['elastream.bulk_stream.total'], 1)
})

t.test('scan: one job span, open_point_in_time, each page and the close as its children', async (t) => {
  let hits = 0
  await tracer.startActiveSpan('handler', async (handler) => {
    for await (const _hit of scan(client, { index: source, size: 400 })) hits++
    handler.end()
  })
  t.equal(hits, 2010)
  const spans = takeSpans()
  const job = spans.find((s) => s.name === `scan ${source}`)!
  t.ok(job)
  t.equal(parentOf(job), idOf(spans.find((s) => s.name === 'handler')!))
  const children = spans.filter((s) => parentOf(s) === idOf(job))
  const names = children.map((s) => s.name)
  t.equal(names[0], `open_point_in_time ${source}`)
  t.equal(names.at(-1), 'close_point_in_time')
  t.ok(names.filter((n) => n === 'search').length >= 6, '2010 hits in pages of 400')
  t.match(job.attributes, { 'elastream.scan.hits': 2010, 'elastream.scan.consumed': 2010 })
  t.notOk('elastream.job.cancelled' in job.attributes)
})

t.test('a scan the consumer leaves early is cancelled, not failed', async (t) => {
  const hits = scan(client, { index: source, size: 100 })
  for await (const _hit of hits) break
  if (!hits.closed) await new Promise((resolve) => hits.once('close', resolve))
  const spans = takeSpans()
  const job = spans.find((s) => s.name === `scan ${source}`)!
  t.equal(job.attributes['elastream.job.cancelled'], true)
  t.equal(job.status.code, SpanStatusCode.UNSET)
})

t.test('reindex: the scan and the bulk stream are children of the reindex span', async (t) => {
  const stats = await reindex(client, { index: source, size: 1000 }, { index: copy, refresh: true })
  t.equal(stats.successful, 2010)
  const spans = takeSpans()
  const job = spans.find((s) => s.name === `reindex ${copy}`)!
  t.ok(job)
  const scanJob = spans.find((s) => s.name === `scan ${source}`)!
  const bulkJob = spans.find((s) => s.name === `bulkStream ${copy}`)!
  t.equal(parentOf(scanJob), idOf(job))
  t.equal(parentOf(bulkJob), idOf(job))
  t.equal(parentOf(spans.find((s) => s.name.startsWith('indices.resolve_index'))!), idOf(job))
  for (const s of spans.filter((s) => s.name === 'bulk')) t.equal(parentOf(s), idOf(bulkJob))
  t.match(job.attributes, { 'elastream.reindex.scanned': 2010, 'elastream.reindex.successful': 2010 })
})

t.test('a user span stays the parent across await and stream callbacks of the user\'s own pipeline', async (t) => {
  const handlerId = await tracer.startActiveSpan('handler', async (handler) => {
    await pipeline(
      Readable.from(['d1', 'd2', 'd3']),
      new Transform({
        objectMode: true,
        transform(id: string, _e, cb) {
          client.get({ index: source, id }).then((doc) => cb(null, doc), cb)
        },
      }),
      new Writable({
        objectMode: true,
        write(_doc, _e, cb) {
          setTimeout(() => client.count({ index: source }).then(() => cb(), cb), 1)
        },
      }),
    )
    handler.end()
    return idOf(handler as unknown as ReadableSpan)
  })
  const spans = takeSpans().filter((s) => s.name !== 'handler')
  t.equal(spans.length, 6)
  for (const s of spans) t.equal(parentOf(s), handlerId, s.name)
})
