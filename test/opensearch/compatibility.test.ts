// compatibilityVersion asks Elasticsearch to answer as major version N (`application/vnd.elasticsearch+json;
// compatible-with=N`). OpenSearch has no such thing: it answers 406 to any body sent with that media type.
// The client sends it to Elasticsearch only, and learns which server it is before the first body goes out.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ProductNotSupportedError } from '../../src/errors.js'
import { sendJson, startServer } from '../support/local-servers.js'
import { deleteIndex, uniqueIndex } from '../support/es.js'
import { onEachServer, type RealServer } from '../support/real-servers.js'

/** The media type each server answers a compatibility client with. */
const answered: Record<RealServer['product'], RegExp> = {
  elasticsearch: /^application\/vnd\.elasticsearch\+json; ?compatible-with=8/,
  opensearch: /^application\/json/,
}

onEachServer(t, 'compatibilityVersion: 8, the first request carries a body', async (t, server) => {
  const client = new Client({ node: server.url, compatibilityVersion: 8 })
  const index = uniqueIndex(`${server.product}-compat`)
  t.teardown(async () => {
    await deleteIndex(client, index)
    await client.close()
  })
  // No request before this one: the client does not know yet which server it talks to.
  const created = await client.transport.request(
    { method: 'PUT', path: `/${index}/_doc/1`, querystring: { refresh: 'true' }, body: { n: 1 } },
    { meta: true },
  )
  t.equal(created.statusCode, 201)
  t.match(created.headers['content-type'], answered[server.product])
  t.equal(client.product?.name, server.product)

  const bulk = await client.transport.request<{ errors: boolean; items: unknown[] }>(
    { method: 'POST', path: '/_bulk', querystring: { refresh: 'true' }, bulkBody: [{ index: { _index: index, _id: '2' } }, { n: 2 }] },
    { meta: true },
  )
  t.equal(bulk.body.errors, false)
  t.match(bulk.headers['content-type'], answered[server.product])

  const count = await client.transport.request<{ count: number }>({ method: 'POST', path: `/${index}/_count`, body: { query: { match_all: {} } } })
  t.equal(count.count, 2)
})

t.test('compatibilityVersion with product: opensearch sends plain JSON from the first request', async (t) => {
  const { opensearch } = await import('../support/real-servers.js')
  const client = new Client({ node: opensearch.url, compatibilityVersion: 8, product: 'opensearch' })
  const index = uniqueIndex('opensearch-compat-pinned')
  t.teardown(async () => {
    await deleteIndex(client, index)
    await client.close()
  })
  const res = await client.transport.request(
    { method: 'PUT', path: `/${index}/_doc/1`, body: { n: 1 } },
    { meta: true },
  )
  t.equal(res.statusCode, 201)
})

t.test('a GET / refused without product header (a restricted key) leaves the request as for Elasticsearch', async (t) => {
  const server = await startServer((req, res) =>
    req.url === '/'
      ? (res.writeHead(403, { 'content-type': 'application/json' }), res.end('{"error":"forbidden"}'))
      : sendJson(res, 201, { result: 'created' }),
  )
  const client = new Client({ node: server.url, compatibilityVersion: 8 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  await client.transport.request({ method: 'PUT', path: '/i/_doc/1', body: { n: 1 } })
  const put = server.requests.find((r) => r.method === 'PUT')
  t.equal(put?.headers['content-type'], 'application/vnd.elasticsearch+json; compatible-with=8')
  t.equal(client.product?.name, 'elasticsearch')
})

t.test('a server that is neither is refused before the body goes out', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"name":"not a search server"}')
  })
  const client = new Client({ node: server.url, compatibilityVersion: 8 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  await t.rejects(client.transport.request({ method: 'PUT', path: '/i/_doc/1', body: { n: 1 } }), ProductNotSupportedError)
  t.same(
    server.requests.map((r) => r.method),
    ['GET'],
    'only the GET / was sent',
  )
})
