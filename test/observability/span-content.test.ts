// What spans carry and that they end, against the real node: a document value that Elasticsearch quotes in an
// error reason (a mapping error's "Preview of field's value: '...'", a query's `For input string: "..."`) never
// reaches a span's status, attributes or events (the status keeps the error type and the reason's words), and
// every span a helper starts is ended on every path, refusals before any work included.
import { SpanStatusCode } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base'
import { context, trace } from '@opentelemetry/api'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ResponseError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import * as ndjson from '../../src/ndjson.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { closedPort } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'

// Spans started and not yet ended, beside the exporter of ended ones.
const open = new Set<ReadableSpan>()
const openSpans: SpanProcessor = {
  onStart: (span) => void open.add(span as unknown as ReadableSpan),
  onEnd: (span) => void open.delete(span),
  forceFlush: async () => {},
  shutdown: async () => {},
}
const exporter = new InMemorySpanExporter()
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [openSpans, new SimpleSpanProcessor(exporter)] }))
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())

function takeSpans(): ReadableSpan[] {
  const spans = exporter.getFinishedSpans().slice()
  exporter.reset()
  return spans
}

const SECRET = 'SSN 123-45-6789'
/** Everything a span tells an exporter, as text. */
const telemetryOf = (spans: readonly ReadableSpan[]) =>
  JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, status: s.status, events: s.events })))

const client = new Client({ node: esUrl })
const index = uniqueIndex('otel-values')
const copy = uniqueIndex('otel-values-copy')
t.before(async () => {
  await client.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: { properties: { age: { type: 'long' }, born: { type: 'date' } } },
  })
  await client.index({ index, id: '1', document: { age: 40 }, refresh: true })
  takeSpans()
})
t.teardown(async () => {
  await client.indices.delete({ index: [index, copy], ignore_unavailable: true })
  await client.close()
})

t.test('telemetry carries no document values: a mapping error in the span status keeps the type, not the value', async (t) => {
  const error = await client.index({ index, id: 'p1', document: { age: SECRET } }).catch((e: unknown) => e)
  t.ok(error instanceof ResponseError)
  t.match((error as ResponseError).message, SECRET, "the caller's error keeps Elasticsearch's whole reason")
  const dateError = await client.index({ index, id: 'p2', document: { born: SECRET } }).catch((e: unknown) => e)
  t.match((dateError as ResponseError).message, SECRET)
  const spans = takeSpans()
  const [span, dateSpan] = spans.filter((s) => s.name === `index ${index}`)
  t.equal(span?.status.code, SpanStatusCode.ERROR)
  t.equal(span?.attributes['error.type'], '400')
  t.match(span?.status.message, /^Elasticsearch answered 400 to PUT .*: document_parsing_exception: .*failed to parse field .* of type .* in document with id '…'\. Preview of field's value: …$/)
  t.match(dateSpan?.status.message, /document_parsing_exception: .*failed to parse field/)
  t.notMatch(telemetryOf(spans), /123-45|SSN/, 'the value is in no status, attribute or event')
})

t.test('telemetry carries no document values: a bulk job failed by a bad line, a failed scan, refused documents', async (t) => {
  // A line that is not JSON fails the pipeline; JSON.parse's message quotes the line.
  const failed = await pipeline(
    Readable.from(['{"age":1}\n', `${SECRET}\n`]),
    ndjson.parse(),
    bulkStream(client, { index }),
    new Writable({ objectMode: true, write: (_result, _encoding, callback) => callback() }),
  ).catch((e: unknown) => e)
  t.match((failed as Error).message, SECRET, "the caller's error quotes the line")
  const hits = scan(client, { index, query: { term: { age: SECRET } } })
  await t.rejects(
    (async () => {
      for await (const _ of hits) t.fail('no hit expected')
    })(),
    { name: 'ScanError' },
  )
  const stats = await bulk(client, [{ age: SECRET }, { age: 7 }], { index })
  t.match(stats, { failed: 1, successful: 1 })
  const spans = takeSpans()
  const bulkJob = spans.find((s) => s.name === `bulkStream ${index}`)
  t.equal(bulkJob?.status.code, SpanStatusCode.ERROR)
  t.equal(bulkJob?.attributes['error.type'], 'ParseError')
  t.match(bulkJob?.status.message, /^line 2 is not JSON: Unexpected token '…', "…" is not valid JSON$/)
  t.equal(spans.find((s) => s.name === `scan ${index}`)?.status.code, SpanStatusCode.ERROR)
  t.notMatch(telemetryOf(spans), /123-45|SSN/, 'the value is in no status, attribute or event')
})

t.test('reindex refusing a scan option: the bulk job span it built first is ended too', async (t) => {
  await t.rejects(reindex(client, { index, sise: 10 } as never, { index: copy }), { name: 'ConfigurationError', message: /sise/ })
  const spans = takeSpans()
  t.same([...open].map((s) => s.name), [], 'no span left open')
  const bulkJob = spans.find((s) => s.name === `bulkStream ${copy}`)
  t.ok(bulkJob, 'the bulk job span was ended')
  t.equal(bulkJob?.attributes['elastream.job.cancelled'], true, 'as cancelled: it wrote nothing')
  t.equal(spans.find((s) => s.name === `reindex ${copy}`)?.status.code, SpanStatusCode.ERROR)
})

t.test('reindex whose target cannot be reached: every span ended', async (t) => {
  const target = new Client({ node: `http://127.0.0.1:${await closedPort()}`, maxRetries: 0 })
  t.teardown(() => target.close())
  await t.rejects(reindex(client, { index }, target, { index: copy }), { name: 'ConnectionError' })
  t.same([...open].map((s) => s.name), [], 'no span left open')
  t.ok(takeSpans().some((s) => s.name === `bulkStream ${copy}`))
})
