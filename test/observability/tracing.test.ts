// One CLIENT span per API call against the real node, checked attribute by attribute against the
// OpenTelemetry semantic conventions for Elasticsearch (v1.44.0), with an in-memory exporter.
import { createServer } from 'node:net'
import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, ResponseError } from '../../src/errors.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'
import { takeSpans, tracer } from '../support/otel-setup.js'

const es = new URL(esUrl)
const esPort = Number(es.port)
const { version } = (await import('../../package.json', { with: { type: 'json' } })).default

const client = new Client({ node: esUrl })
const index = uniqueIndex('otel')
t.before(async () => {
  await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 } })
  await client.index({ index, id: '1', document: { user: 'kimchy', n: 1 }, refresh: true })
  takeSpans()
})
t.teardown(async () => {
  await client.indices.delete({ index, ignore_unavailable: true })
  await client.close()
})

t.test('a search: one CLIENT span named "search <index>", attributes from the conventions', async (t) => {
  const res = await client.search({ index, query: { term: { user: 'kimchy' } }, size: 5, request_cache: true })
  t.equal(res.hits.hits.length, 1)
  const spans = takeSpans()
  t.equal(spans.length, 1)
  const span = spans[0]!
  t.equal(span.name, `search ${index}`)
  t.equal(span.kind, SpanKind.CLIENT)
  t.equal(span.instrumentationScope.name, 'elastream')
  t.equal(span.instrumentationScope.version, version)
  t.equal(span.status.code, SpanStatusCode.UNSET)
  t.same(span.attributes, {
    'db.system.name': 'elasticsearch',
    'db.operation.name': 'search',
    'http.request.method': 'POST',
    'url.full': `${es.origin}/${index}/_search?request_cache=true`,
    'server.address': es.hostname,
    'server.port': esPort,
    'db.collection.name': index,
    'db.operation.parameter.index': index,
    'db.response.status_code': '200',
  })
  t.equal(span.events.length, 0, 'no retry events')
  t.notOk('db.query.text' in span.attributes, 'no query text by default')
})

t.test('a call without an index: the span is named after the operation alone', async (t) => {
  await client.cluster.health()
  const [span] = takeSpans()
  t.equal(span!.name, 'cluster.health')
  t.equal(span!.attributes['db.operation.name'], 'cluster.health')
  t.notOk('db.collection.name' in span!.attributes)
})

t.test('a 404: error.type is the status code, the span status is ERROR', async (t) => {
  const error = await client.get({ index, id: 'missing' }).catch((e: unknown) => e)
  t.type(error, ResponseError)
  const [span] = takeSpans()
  t.equal(span!.name, `get ${index}`)
  t.equal(span!.attributes['db.response.status_code'], '404')
  t.equal(span!.attributes['error.type'], '404')
  t.equal(span!.attributes['db.operation.parameter.id'], 'missing')
  t.equal(span!.status.code, SpanStatusCode.ERROR)
})

t.test('HEAD 404 (exists: false) is an answer, not an error', async (t) => {
  t.equal(await client.indices.exists({ index: `${index}-nope` }), false)
  const [span] = takeSpans()
  t.equal(span!.attributes['db.operation.name'], 'indices.exists')
  t.equal(span!.attributes['db.response.status_code'], '404')
  t.notOk('error.type' in span!.attributes)
  t.equal(span!.status.code, SpanStatusCode.UNSET)
})

t.test('a retried request: one span, a retry event per failed attempt, the last node in server.*', async (t) => {
  // Round robin: the first attempt goes to the proxy, which answers 503; the retry goes to the real node.
  const proxy = await startFaultProxy(esUrl, { match: /_search/, request503: 1 })
  const c = new Client({ nodes: [proxy.url, esUrl] })
  t.teardown(async () => {
    await c.close()
    await proxy.close()
  })
  await c.search({ index, size: 0 })
  const spans = takeSpans()
  t.equal(spans.length, 1, 'retries are events on one span, not more spans')
  const span = spans[0]!
  t.equal(span.events.length, 1)
  t.equal(span.events[0]!.name, 'elastream.retry')
  t.match(span.events[0]!.attributes, {
    'elastream.attempt': 1,
    'error.type': '503',
    'db.response.status_code': '503',
  })
  t.equal(span.attributes['http.request.resend_count'], 1)
  t.equal(span.attributes['server.port'], esPort, 'the node contacted last')
  t.equal(span.attributes['db.response.status_code'], '200')
  t.equal(span.status.code, SpanStatusCode.UNSET)
})

t.test('a refused connection: the retry event names the error class', async (t) => {
  const dead = await closedPort()
  const c = new Client({ nodes: [`http://127.0.0.1:${dead}`, esUrl] })
  t.teardown(() => c.close())
  await c.cluster.health()
  const [span] = takeSpans()
  t.equal(span!.events.length, 1)
  t.equal(span!.events[0]!.attributes?.['error.type'], 'ConnectionError')
  t.equal(span!.events[0]!.attributes?.['server.address'], '127.0.0.1')
  t.equal(span!.attributes['server.port'], esPort)
})

t.test('a request that fails for good: error.type is the error class, no status code', async (t) => {
  const dead = await closedPort()
  const c = new Client({ node: `http://127.0.0.1:${dead}`, maxRetries: 1 })
  t.teardown(() => c.close())
  await t.rejects(c.cluster.health())
  const [span] = takeSpans()
  t.equal(span!.attributes['error.type'], 'ConnectionError')
  t.notOk('db.response.status_code' in span!.attributes)
  t.equal(span!.events.length, 1, 'one retry before giving up')
  t.equal(span!.status.code, SpanStatusCode.ERROR)
})

t.test('bulk and msearch carry db.operation.batch.size', async (t) => {
  await client.bulk({
    index,
    operations: [
      { index: { _id: 'b1' } },
      { n: 1 },
      { delete: { _id: 'b9' } },
      { update: { _id: '1' } },
      { doc: { n: 2 } },
    ],
  })
  await client.bulk({ index, operations: '{"index":{}}\n{"n":1}\n{"create":{}}\n{"index":"x"}\n' })
  await client.msearch({ index, searches: [{}, { query: { match_all: {} } }, {}, { size: 0 }] })
  const spans = takeSpans()
  t.equal(spans[0]!.name, `bulk ${index}`)
  t.equal(spans[0]!.attributes['db.operation.batch.size'], 3)
  t.equal(spans[1]!.attributes['db.operation.batch.size'], 2, 'a document field named "index" is no action')
  t.equal(spans[2]!.name, `msearch ${index}`)
  t.equal(spans[2]!.attributes['db.operation.batch.size'], 2)
})

t.test('credentials and secret query values never reach a span', async (t) => {
  const url = new URL(esUrl)
  url.username = 'elastic'
  url.password = 's3cr3t-pw'
  const c = new Client({ node: url.href, product: 'any' })
  t.teardown(() => c.close())
  // Elasticsearch refuses the unknown parameters (400); the span is recorded all the same.
  const querystring = { sig: 's3cr3t-sig', 'X-Amz-Signature': 's3cr3t-amz' }
  const error = await c.search({ index, request_cache: false, querystring }).catch((e: unknown) => e)
  t.type(error, ResponseError)
  const [span] = takeSpans()
  const text = JSON.stringify([span!.attributes, span!.events, span!.name])
  t.notMatch(text, /s3cr3t/)
  t.match(span!.attributes['url.full'], /[?&]sig=REDACTED/)
  t.match(span!.attributes['url.full'], /X-Amz-Signature=REDACTED/)
  t.match(span!.attributes['url.full'], /[?&]request_cache=false/, 'other values stay')
})

t.test('captureQuery records the body with every literal replaced by ?', async (t) => {
  const c = new Client({ node: esUrl, tracing: { captureQuery: true } })
  t.teardown(() => c.close())
  await c.search({ index, query: { bool: { filter: [{ term: { user: 'kimchy' } }, { range: { n: { gte: 1 } } }] } } })
  await c.indices.refresh({ index })
  const [search, refresh] = takeSpans()
  t.equal(
    search!.attributes['db.query.text'],
    '{"query":{"bool":{"filter":[{"term":{"user":"?"}},{"range":{"n":{"gte":"?"}}}]}}}',
  )
  t.notOk('db.query.text' in refresh!.attributes, 'only search-type endpoints')
})

t.test('tracing: false records nothing', async (t) => {
  const c = new Client({ node: esUrl, tracing: false })
  t.teardown(() => c.close())
  await c.cluster.health()
  t.equal(takeSpans().length, 0)
})

t.test('the environment switch, and its validation', async (t) => {
  const saved = process.env.OTEL_ELASTICSEARCH_ENABLED
  t.teardown(() => {
    if (saved === undefined) delete process.env.OTEL_ELASTICSEARCH_ENABLED
    else process.env.OTEL_ELASTICSEARCH_ENABLED = saved
  })
  process.env.OTEL_ELASTICSEARCH_ENABLED = 'false'
  const off = new Client({ node: esUrl })
  const on = new Client({ node: esUrl, tracing: true })
  await off.cluster.health()
  t.equal(takeSpans().length, 0, 'OTEL_ELASTICSEARCH_ENABLED=false turns tracing off')
  await on.cluster.health()
  t.equal(takeSpans().length, 1, 'the option given in code wins')
  await off.close()
  await on.close()
  process.env.OTEL_ELASTICSEARCH_ENABLED = 'nope'
  t.throws(() => new Client({ node: esUrl }), {
    name: 'ConfigurationError',
    message: 'The environment variable OTEL_ELASTICSEARCH_ENABLED must be true or false, got "nope"',
  })
})

t.test('bad tracing options are ConfigurationErrors that name the option', async (t) => {
  t.throws(() => new Client({ node: esUrl, tracing: 'yes' as never }), ConfigurationError)
  t.throws(() => new Client({ node: esUrl, tracing: { captureQuerry: true } as never }), {
    message: /Unknown tracing option "captureQuerry": did you mean "captureQuery"\?/,
  })
  t.throws(() => new Client({ node: esUrl, tracing: { captureQuery: 'yes' } as never }), {
    message: 'tracing.captureQuery must be true or false, got "yes"',
  })
})

t.test('the span is a child of the span the user opened, across await', async (t) => {
  const parentId = await tracer.startActiveSpan('handler', async (parent) => {
    await client.cluster.health()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await client.count({ index })
    parent.end()
    return parent.spanContext().spanId
  })
  const spans = takeSpans().filter((s) => s.name !== 'handler')
  t.equal(spans.length, 2)
  for (const span of spans) t.equal(span.parentSpanContext?.spanId, parentId, span.name)
})

t.test('a span started outside any user span is a root span', async (t) => {
  await client.cluster.health()
  const [span] = takeSpans()
  t.equal(span!.parentSpanContext, undefined)
})

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
