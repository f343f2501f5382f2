// Product detection and writes: what an answer's headers say is decided in one place (both product headers,
// a duplicated x-elastic-product), and a product check never turns an applied write into a reported failure:
// a node is checked before a write is sent to it, and a write's answer is reported as the server gave it.
// Proxies in front of the real node strip or duplicate headers; local servers play mixed products.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ProductNotSupportedError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { startHeaderProxy } from '../support/header-proxy.js'
import { type Handler, startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'

const es = new Client({ node: esUrl })
t.teardown(() => es.close())

const ES_HEADER = { 'x-elastic-product': 'Elasticsearch' }
const OS_HEADER = { 'x-opensearch-version': 'OpenSearch/3.8.0 (opensearch)' }

function json(res: Parameters<Handler>[1], status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

async function local(t: Test, handler: Handler, options: Record<string, unknown> = {}) {
  const server = await startServer(handler)
  const client = new Client({ node: server.url, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return { server, client }
}

async function count(index: string): Promise<number> {
  await es.indices.refresh({ index })
  return ((await es.count({ index })) as { count: number }).count
}

t.test('a proxy stripping the product header from write answers: index() and bulk() report what was written', async (t) => {
  const index = uniqueIndex('product-strip')
  t.teardown(() => es.indices.delete({ index, ignore_unavailable: true }))
  // Reads keep the header; answers to document writes lose it.
  const proxy = await startHeaderProxy(esUrl, (req, headers) => {
    if (/\/_doc\/|\/_bulk/.test(req.url ?? '')) delete headers['x-elastic-product']
    return headers
  })
  const client = new Client({ node: proxy.url })
  t.teardown(async () => {
    await client.close()
    await proxy.close()
  })
  await client.indices.create({ index })
  t.equal(client.product?.name, 'elasticsearch', 'known by header from the first answer')
  const written = await client.index({ index, id: 'one', document: { a: 1 } }).catch((e: unknown) => e)
  t.notOk(written instanceof Error, `index() resolved (${String(written)})`)
  t.match(written, { result: 'created', _id: 'one' }, 'with the answer as the server gave it')
  const stats = await bulk(client, Array.from({ length: 100 }, (_, i) => ({ i })), { index, flushDocs: 25 })
  t.match(stats, { successful: 100, failed: 0 }, 'bulk() reports indexed what was indexed')
  t.equal(await count(index), 101)
})

t.test('a proxy stripping the product header from every answer: writes go and are reported as given', async (t) => {
  const index = uniqueIndex('product-strip-all')
  t.teardown(() => es.indices.delete({ index, ignore_unavailable: true }))
  const proxy = await startHeaderProxy(esUrl, (_req, headers) => {
    delete headers['x-elastic-product']
    return headers
  })
  const client = new Client({ node: proxy.url })
  t.teardown(async () => {
    await client.close()
    await proxy.close()
  })
  t.match(await client.index({ index, id: 'one', document: { a: 1 }, refresh: true }), { result: 'created' })
  t.ok(proxy.seen.includes('GET /'), 'GET / told the product the first answer did not')
  const stats = await bulk(client, Array.from({ length: 50 }, (_, i) => ({ i })), { index, flushDocs: 10 })
  t.match(stats, { successful: 50, failed: 0 })
  t.equal(await count(index), 51)
})

t.test('a duplicated x-elastic-product header is Elasticsearch, on reads and writes', async (t) => {
  const index = uniqueIndex('product-dup')
  t.teardown(() => es.indices.delete({ index, ignore_unavailable: true }))
  const proxy = await startHeaderProxy(esUrl, (_req, headers) => ({ ...headers, 'x-elastic-product': ['Elasticsearch', 'Elasticsearch'] }))
  const client = new Client({ node: proxy.url })
  const strict = new Client({ node: proxy.url, product: 'elasticsearch' })
  t.teardown(async () => {
    await Promise.all([client.close(), strict.close()])
    await proxy.close()
  })
  t.match(await client.index({ index, id: '1', document: { a: 1 }, refresh: true }), { result: 'created' })
  t.same(client.product, { name: 'elasticsearch', version: undefined })
  t.match(await strict.get({ index, id: '1' }), { found: true })
  const joined = await local(t, (_req, res) => json(res, 200, { ok: true }, { 'x-elastic-product': 'Elasticsearch, Elasticsearch' }))
  t.same(await joined.client.transport.request({ method: 'GET', path: '/x' }), { ok: true })
  const differing = await local(t, (_req, res) => json(res, 200, {}, { 'x-elastic-product': ['Elasticsearch', 'Other'] }))
  await t.rejects(differing.client.transport.request({ method: 'GET', path: '/x' }), {
    name: 'ProductNotSupportedError',
    message: /says x-elastic-product: Elasticsearch, Other/,
  })
})

t.test('both product headers on one answer: OpenSearch, whichever call came first', async (t) => {
  const both: Handler = (req, res) =>
    json(res, 200, req.url === '/' ? { version: { number: '3.8.0', distribution: 'opensearch' } } : { ok: true }, { ...ES_HEADER, ...OS_HEADER })
  const answerFirst = await local(t, both)
  await answerFirst.client.transport.request({ method: 'GET', path: '/x' })
  t.same(answerFirst.client.product, { name: 'opensearch', version: '3.8.0' }, 'an answer first')
  const detectFirst = await local(t, both)
  t.same(await detectFirst.client.detectProduct(), { name: 'opensearch', version: '3.8.0' }, 'GET / first')
  const writeFirst = await local(t, both)
  await writeFirst.client.transport.request({ method: 'PUT', path: '/x/_doc/1', body: {} })
  t.equal(writeFirst.client.product?.name, 'opensearch', 'a write first')
  const strict = await local(t, both, { product: 'elasticsearch' })
  await t.rejects(strict.client.transport.request({ method: 'GET', path: '/x' }), { message: /is not Elasticsearch: it is OpenSearch/ })
  await t.rejects(strict.client.transport.request({ method: 'PUT', path: '/x/_doc/1', body: {} }), {
    name: 'ProductNotSupportedError',
    message: /The write was not sent\.$/,
  })
  t.notOk(strict.server.requests.some((r) => r.method === 'PUT'), 'the strict client sent no write')
})

t.test('an Elasticsearch and an OpenSearch node in one client: each write goes to Elasticsearch or nowhere', async (t) => {
  const written = { es: 0, os: 0 }
  const node = (name: 'es' | 'os', headers: Record<string, string>): Handler => (req, res, body) => {
    if (req.url === '/') return json(res, 200, { version: { number: name === 'es' ? '9.5.3' : '3.8.0', distribution: name === 'os' ? 'opensearch' : undefined }, tagline: 'You Know, for Search' }, headers)
    const items = body.toString().trim().split('\n').length / 2
    written[name] += items
    json(res, 200, { errors: false, items: Array.from({ length: items }, () => ({ index: { status: 201, _id: 'x' } })) }, headers)
  }
  const esNode = await startServer(node('es', ES_HEADER))
  const osNode = await startServer(node('os', OS_HEADER))
  const client = new Client({ nodes: [esNode.url, osNode.url] })
  t.teardown(async () => {
    await client.close()
    await Promise.all([esNode.close(), osNode.close()])
  })
  const stats = await bulk(client, Array.from({ length: 100 }, (_, i) => ({ i })), { index: 'x', flushDocs: 10, concurrency: 1 })
  t.equal(stats.successful, written.es, 'every document reported indexed is in Elasticsearch')
  t.equal(written.os, 0, 'nothing was written to OpenSearch')
  t.equal(stats.successful + stats.failed, 100)
  t.ok(stats.failed > 0, `the writes meant for OpenSearch failed (${stats.failed}), unsent`)
  t.same(osNode.requests.map((r) => `${r.method} ${r.url}`), ['GET /'], 'OpenSearch was asked who it is, nothing else')
  t.ok(stats.failedItems.every((f) => f.error !== undefined && /is OpenSearch, but this client already talks to Elasticsearch.*The write was not sent/.test(JSON.stringify(f.error))))
})

t.test('a node refused before a write is not asked again and gets no write', async (t) => {
  const { server, client } = await local(t, (req, res) => json(res, 200, req.url === '/' ? {} : { ok: true }, { server: 'nginx' }))
  await t.rejects(client.transport.request({ method: 'GET', path: '/x' }), ProductNotSupportedError, 'a read learns it')
  const refusal = await client.transport.request({ method: 'PUT', path: '/x/_doc/1', body: {} }).catch((e: unknown) => e)
  t.ok(refusal instanceof ProductNotSupportedError)
  t.match((refusal as Error).message, /neither Elasticsearch nor OpenSearch.*The write was not sent\./)
  await t.rejects(client.transport.request({ method: 'POST', path: '/x/_doc', body: {} }), ProductNotSupportedError)
  t.same(server.requests.map((r) => `${r.method} ${r.url}`), ['GET /x', 'GET /'], 'the read and one GET /, no write')
})
