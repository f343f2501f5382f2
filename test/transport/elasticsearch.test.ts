// The transport against the real Elasticsearch node (ELASTICSEARCH_URL). Each test uses its own index.
import diagnostics from 'node:diagnostics_channel'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConnectionError, ResponseError } from '../../src/errors.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { closedPort } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'

const client = new Client({ node: esUrl })
const index = `transport-es-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
t.teardown(async () => {
  // Wildcard deletes are refused by Elasticsearch's destructive_requires_name default: name each index.
  const names = ['', '-ignore', '-head', '-gzip', '-bulk'].map((suffix) => index + suffix).join(',')
  await client.transport.request(
    { method: 'DELETE', path: `/${names}`, querystring: { ignore_unavailable: true } },
    { ignore: [404] },
  )
  await client.close()
})

t.test('index a document, then get it back', async (t) => {
  const created = (await client.transport.request({
    method: 'PUT',
    path: `/${index}/_doc/1`,
    querystring: { refresh: 'wait_for' },
    body: { title: 'hello', tags: ['a', 'b'] },
  })) as { result: string; _id: string }
  t.equal(created.result, 'created')
  const got = await client.transport.request<{ found: boolean; _source: unknown }>(
    { method: 'GET', path: `/${index}/_doc/1` },
    { meta: true },
  )
  t.equal(got.statusCode, 200)
  t.equal(got.body.found, true)
  t.same(got.body._source, { title: 'hello', tags: ['a', 'b'] })
  t.equal(got.meta.node, new URL(esUrl).href)
  t.equal(got.meta.attempts, 1)
  t.equal(got.headers['x-elastic-product'], 'Elasticsearch', 'the product check passed on a real node')
})

t.test('a missing index is a ResponseError with the Elasticsearch type', async (t) => {
  const error = (await client.transport
    .request({ method: 'GET', path: `/${index}-missing/_doc/1` })
    .catch((e: unknown) => e)) as ResponseError
  t.type(error, ResponseError)
  t.equal(error.statusCode, 404)
  t.equal(error.type, 'index_not_found_exception')
  t.match(error.reason, /no such index/)
  t.match(error.message, /404.*index_not_found_exception/)
  t.equal(error.code, 'ELASTREAM_RESPONSE')
})

t.test('a missing document with ignore: [404] resolves with found: false', async (t) => {
  await client.transport.request({ method: 'PUT', path: `/${index}-ignore` })
  const body = (await client.transport.request(
    { method: 'GET', path: `/${index}-ignore/_doc/nope` },
    { ignore: [404] },
  )) as { found: boolean }
  t.equal(body.found, false)
})

t.test('HEAD answers booleans', async (t) => {
  await client.transport.request({ method: 'PUT', path: `/${index}-head` })
  t.equal(await client.transport.request({ method: 'HEAD', path: `/${index}-head` }), true)
  t.equal(await client.transport.request({ method: 'HEAD', path: `/${index}-head-missing` }), false)
})

t.test('gzip both ways: compressed request bodies, compressed responses decoded', async (t) => {
  const gz = new Client({ node: esUrl, compression: true })
  const seen: Array<Record<string, unknown>> = []
  const onRequest = (message: unknown) => seen.push((message as { headers: Record<string, unknown> }).headers)
  diagnostics.subscribe(CHANNELS.request, onRequest)
  t.teardown(async () => {
    diagnostics.unsubscribe(CHANNELS.request, onRequest)
    await gz.close()
  })
  const doc = { text: 'compress me '.repeat(500) }
  await gz.transport.request({
    method: 'PUT',
    path: `/${index}-gzip/_doc/1`,
    querystring: { refresh: true },
    body: doc,
  })
  const got = await gz.transport.request<{ _source: unknown }>(
    { method: 'GET', path: `/${index}-gzip/_doc/1` },
    { meta: true },
  )
  t.same(got.body._source, doc, 'the gzipped body was understood and the gzipped answer decoded')
  t.equal(got.headers['content-encoding'], 'gzip', 'Elasticsearch compressed its answer')
  t.ok(Number(got.headers['content-length']) < doc.text.length / 4, 'and it was small on the wire')
  t.equal(seen[0]?.['content-encoding'], 'gzip', 'the request body was sent gzipped')
  t.equal(seen[0]?.['accept-encoding'], 'gzip, deflate')

  // Per-request compression on a client that does not compress by default.
  await client.transport.request(
    { method: 'PUT', path: `/${index}-gzip/_doc/2`, querystring: { refresh: true }, body: { n: 2 } },
    { compression: true },
  )
  const two = (await client.transport.request({ method: 'GET', path: `/${index}-gzip/_doc/2` })) as {
    _source: unknown
  }
  t.same(two._source, { n: 2 })
})

t.test('an NDJSON bulk body: objects, strings and Buffers mixed', async (t) => {
  const result = (await client.transport.request({
    method: 'POST',
    path: `/${index}-bulk/_bulk`,
    querystring: { refresh: true },
    bulkBody: [
      { index: { _id: '1' } },
      { n: 1 },
      '{"index":{"_id":"2"}}',
      '{"n":2}\n',
      Buffer.from('{"index":{"_id":"3"}}\n{"n":3}'),
    ],
  })) as { errors: boolean; items: unknown[] }
  t.equal(result.errors, false)
  t.equal(result.items.length, 3)
  const count = (await client.transport.request({ method: 'GET', path: `/${index}-bulk/_count` })) as {
    count: number
  }
  t.equal(count.count, 3)
})

t.test('a pre-serialized string body passes through untouched', async (t) => {
  const body = '{"query":{"match_all":{}},"size":0}'
  const result = (await client.transport.request({
    method: 'POST',
    path: `/${index}-bulk/_search`,
    body,
  })) as {
    hits: { total: { value: number } }
  }
  t.equal(result.hits.total.value, 3)
})

t.test('failover: one node URL with a closed port, the real node answers', async (t) => {
  const dead = `http://127.0.0.1:${await closedPort()}`
  const pair = new Client({ nodes: [dead, esUrl] })
  t.teardown(() => pair.close())
  for (let i = 0; i < 4; i++) {
    const health = (await pair.transport.request({ method: 'GET', path: '/_cluster/health' })) as {
      status: string
    }
    t.ok(['green', 'yellow'].includes(health.status))
  }
  t.equal(
    pair.transport.pool.connections.find((c) => c.id === `${dead}/`)?.isAlive,
    false,
    'the closed port is dead',
  )
  const only = new Client({ node: dead, maxRetries: 1 })
  t.teardown(() => only.close())
  t.type(await only.transport.request({ method: 'GET', path: '/' }).catch((e: unknown) => e), ConnectionError)
})

t.test(
  'compatibilityVersion sends the compatible-with media type, and Elasticsearch accepts it',
  async (t) => {
    const info = (await client.transport.request({ method: 'GET', path: '/_nodes/_local/http' })) as {
      nodes: Record<string, { version: string }>
    }
    const major = Number(Object.values(info.nodes)[0]?.version.split('.')[0])
    t.ok(major >= 7, `server major ${major}`)
    const compat = new Client({ node: esUrl, compatibilityVersion: major })
    t.teardown(() => compat.close())
    const result = await compat.transport.request<{ count: number }>(
      { method: 'POST', path: `/${index}-bulk/_count`, body: { query: { match_all: {} } } },
      { meta: true },
    )
    t.equal(result.body.count, 3)
    const bulk = (await compat.transport.request({
      method: 'POST',
      path: `/${index}-bulk/_bulk`,
      querystring: { refresh: true },
      bulkBody: [{ index: { _id: '4' } }, { n: 4 }],
    })) as { errors: boolean }
    t.equal(bulk.errors, false, 'the compatible NDJSON media type is accepted too')
    t.match(
      String(result.headers['content-type']),
      new RegExp(`compatible-with=${major}`),
      'answered in the compatible media type and parsed as JSON',
    )
  },
)
