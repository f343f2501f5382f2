// product: 'auto' learns which server answers, exposes it, and still refuses a server that is neither;
// 'elasticsearch' and 'opensearch' stay strict. Local servers play the headers and bodies each product (and
// each older version) really sends; the last tests ask the two real servers.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, ProductNotSupportedError, ResponseError } from '../../src/errors.js'
import { type Handler, startServer, type TestServer } from '../support/local-servers.js'
import { onEachServer } from '../support/real-servers.js'

const get = { method: 'GET', path: '/x' } as const

function json(res: Parameters<Handler>[1], status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(text)
}

const OS_HEADER = { 'x-opensearch-version': 'OpenSearch/3.8.0 (opensearch)' }
const ES_HEADER = { 'x-elastic-product': 'Elasticsearch' }

/** OpenSearch before 2.7 (no header): known only by `GET /`. */
const oldOpenSearch: Handler = (req, res) =>
  req.url === '/'
    ? json(res, 200, { version: { distribution: 'opensearch', number: '2.5.0' }, tagline: 'The OpenSearch Project' })
    : json(res, 200, { path: req.url })

/** Elasticsearch before 7.14 (no header): `GET /` has the number and the tagline. */
const oldElasticsearch: Handler = (req, res) =>
  req.url === '/'
    ? json(res, 200, { version: { number: '7.10.2' }, tagline: 'You Know, for Search' })
    : json(res, 200, { path: req.url })

async function serve(t: Test, handler: Handler, options: Record<string, unknown> = {}) {
  const server = await startServer(handler)
  const client = new Client({ node: server.url, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return { server, client }
}

const paths = (server: TestServer) => server.requests.map((r) => r.url)

t.test("the default is 'auto', and a typo names the choices", async (t) => {
  const { client } = await serve(t, (_req, res) => json(res, 200, {}, ES_HEADER))
  t.equal(client.transport.settings.product, 'auto')
  t.throws(() => new Client({ node: 'http://a:9200', product: 'opensearh' as never }), {
    name: ConfigurationError.name,
    message: /product must be one of auto, elasticsearch, opensearch, any, got "opensearh"/,
  })
})

t.test('auto: Elasticsearch is known from its header; detectProduct() asks GET / for the version', async (t) => {
  const { server, client } = await serve(t, (req, res) =>
    req.url === '/'
      ? json(res, 200, { version: { number: '9.5.3' }, tagline: 'You Know, for Search' }, ES_HEADER)
      : json(res, 200, { ok: true }, ES_HEADER),
  )
  t.equal(client.product, undefined, 'nothing known before the first answer')
  t.same(await client.transport.request(get), { ok: true })
  t.same(client.product, { name: 'elasticsearch', version: undefined })
  t.same(paths(server), ['/x'], 'no extra request when the header tells')
  t.same(await client.detectProduct(), { name: 'elasticsearch', version: '9.5.3' })
  t.same(client.product, { name: 'elasticsearch', version: '9.5.3' })
  t.same(await client.detectProduct(), { name: 'elasticsearch', version: '9.5.3' })
  t.same(paths(server), ['/x', '/'], 'asked once')
})

t.test('auto: an Elasticsearch without GET / gives its version through _nodes/_local', async (t) => {
  const { server, client } = await serve(t, (req, res) =>
    req.url === '/'
      ? json(res, 405, { error: 'Incorrect HTTP method for uri [/]', status: 405 }, ES_HEADER)
      : req.url?.startsWith('/_nodes/_local')
        ? json(res, 200, { nodes: { a: { version: '9.5.3' } } }, ES_HEADER)
        : json(res, 200, {}, ES_HEADER),
  )
  t.same(await client.detectProduct(), { name: 'elasticsearch', version: '9.5.3' })
  t.same(paths(server), ['/', '/_nodes/_local?filter_path=nodes.*.version'])
})

t.test('auto: OpenSearch is known with its version from the header of any answer', async (t) => {
  const { server, client } = await serve(t, (_req, res) => json(res, 200, { ok: true }, OS_HEADER))
  t.same(await client.transport.request(get), { ok: true })
  t.same(client.product, { name: 'opensearch', version: '3.8.0' })
  t.same(await client.detectProduct(), { name: 'opensearch', version: '3.8.0' }, 'nothing to ask')
  t.same(paths(server), ['/x'])
})

t.test('auto: servers without a product header are told apart by one shared GET /', async (t) => {
  for (const [handler, expected] of [
    [oldOpenSearch, { name: 'opensearch', version: '2.5.0' }],
    [oldElasticsearch, { name: 'elasticsearch', version: '7.10.2' }],
  ] as const) {
    const { server, client } = await serve(t, handler)
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.transport.request(get)))
    t.same(answers, Array(5).fill({ path: '/x' }), 'every answer passes')
    t.same(client.product, expected)
    t.equal(paths(server).filter((p) => p === '/').length, 1, 'one GET / for five concurrent answers')
    await client.transport.request(get)
    t.equal(paths(server).filter((p) => p === '/').length, 1, 'not asked again')
  }
})

t.test('auto: a server that is neither is refused, clearly and without asking again', async (t) => {
  const { server, client } = await serve(t, (_req, res) => json(res, 200, {}, { server: 'nginx/1.25' }))
  const err = (await client.transport.request(get).catch((e: unknown) => e)) as ProductNotSupportedError
  t.type(err, ProductNotSupportedError)
  t.match(err.message, /is neither Elasticsearch nor OpenSearch/)
  t.match(err.message, /sent no x-elastic-product or X-OpenSearch-Version header/)
  t.match(err.message, /nginx\/1\.25/)
  t.match(err.message, new RegExp(server.url))
  t.equal(client.product, undefined)
  await t.rejects(client.transport.request(get), ProductNotSupportedError)
  t.same(paths(server), ['/x', '/', '/x'], 'the verdict is kept: no second GET /')
  await t.rejects(client.detectProduct(), ProductNotSupportedError, 'detectProduct() refuses too')
})

t.test('auto: a product header naming something else is refused at once', async (t) => {
  const { server, client } = await serve(t, (_req, res) =>
    json(res, 200, {}, { 'x-elastic-product': 'Something' }),
  )
  await t.rejects(client.transport.request(get), {
    name: 'ProductNotSupportedError',
    message: /neither Elasticsearch nor OpenSearch: it says x-elastic-product: Something/,
  })
  t.same(paths(server), ['/x'])
})

t.test('auto: after Elasticsearch said its name, an answer without it is refused (as strict mode does)', async (t) => {
  const { client } = await serve(t, (req, res) =>
    req.url === '/bare' ? json(res, 200, {}) : json(res, 200, {}, ES_HEADER),
  )
  await client.transport.request(get)
  await t.rejects(client.transport.request({ method: 'GET', path: '/bare' }), {
    name: 'ProductNotSupportedError',
    message: /is not Elasticsearch: it sent no x-elastic-product header/,
  })
})

t.test('auto: an answer without header whose GET / says Elasticsearch by header is refused', async (t) => {
  const { client } = await serve(t, (req, res) =>
    req.url === '/' ? json(res, 401, { error: 'auth' }, ES_HEADER) : json(res, 200, {}),
  )
  await t.rejects(client.transport.request(get), { name: 'ProductNotSupportedError', message: /is not Elasticsearch/ })
})

t.test('auto: nodes of both products behind one client are refused', async (t) => {
  const es = await startServer((_req, res) => json(res, 200, {}, ES_HEADER))
  const os = await startServer((_req, res) => json(res, 200, {}, OS_HEADER))
  const client = new Client({ nodes: [es.url, os.url] })
  t.teardown(async () => {
    await client.close()
    await es.close()
    await os.close()
  })
  await client.transport.request(get)
  t.same(client.product, { name: 'elasticsearch', version: undefined })
  await t.rejects(client.transport.request(get), {
    name: 'ProductNotSupportedError',
    message: new RegExp(`${os.url}/ is OpenSearch, but this client already talks to Elasticsearch`),
  })
})

t.test("'elasticsearch' stays strict: OpenSearch and header-less servers are refused", async (t) => {
  for (const handler of [
    ((_req, res) => json(res, 200, {}, OS_HEADER)) as Handler,
    oldOpenSearch,
    oldElasticsearch,
  ]) {
    const { server, client } = await serve(t, handler, { product: 'elasticsearch' })
    const err = (await client.transport.request(get).catch((e: unknown) => e)) as Error
    t.type(err, ProductNotSupportedError)
    t.match(err.message, /is not Elasticsearch/)
    t.same(paths(server), ['/x'], 'no GET / in strict mode')
  }
  const { client } = await serve(t, (_req, res) => json(res, 200, {}, OS_HEADER), { product: 'elasticsearch' })
  await t.rejects(client.transport.request(get), {
    message: /is not Elasticsearch: it is OpenSearch \(X-OpenSearch-Version: OpenSearch\/3\.8\.0 \(opensearch\)\)/,
  })
})

t.test("'opensearch' refuses Elasticsearch, and accepts an OpenSearch without header", async (t) => {
  const es = await serve(t, (_req, res) => json(res, 200, {}, ES_HEADER), { product: 'opensearch' })
  await t.rejects(es.client.transport.request(get), {
    name: 'ProductNotSupportedError',
    message: /is not OpenSearch: it says x-elastic-product: Elasticsearch/,
  })
  await t.rejects(es.client.detectProduct(), { message: /The server is Elasticsearch, not OpenSearch as the client was told \(product: 'opensearch'\)/ })
  const old = await serve(t, oldOpenSearch, { product: 'opensearch' })
  t.same(await old.client.transport.request(get), { path: '/x' })
  t.same(await old.client.detectProduct(), { name: 'opensearch', version: '2.5.0' })
})

t.test("'any' checks nothing and asks nothing", async (t) => {
  const { server, client } = await serve(t, (_req, res) => json(res, 200, {}), { product: 'any' })
  t.same(await client.transport.request(get), {})
  t.equal(client.product, undefined)
  t.same(paths(server), ['/x'])
})

t.test('children share what the parent learnt', async (t) => {
  const { client } = await serve(t, (_req, res) => json(res, 200, {}, OS_HEADER))
  const child = client.child({ headers: { 'x-a': '1' } })
  await child.transport.request(get)
  t.same(client.product, { name: 'opensearch', version: '3.8.0' })
})

onEachServer(t, 'auto detects the real server and its version', async (t, server) => {
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  await client.cluster.health()
  t.equal(client.product?.name, server.product, 'known from the first answer')
  t.same(await client.detectProduct(), { name: server.product, version: server.version })
})

onEachServer(t, 'the strict product of the other server is refused', async (t, server) => {
  const other = server.product === 'elasticsearch' ? 'opensearch' : 'elasticsearch'
  const client = new Client({ node: server.url, product: other })
  t.teardown(() => client.close())
  await t.rejects(client.cluster.health(), ProductNotSupportedError)
})

onEachServer(t, 'an error answer names the server that gave it', async (t, server) => {
  // The first answer is the error itself: the product is learnt from its headers before the error is made.
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  const error = await client.indices.get({ index: 'elastream-no-such-index-x' }).catch((e: unknown) => e)
  t.type(error, ResponseError)
  const name = server.product === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'
  t.match((error as Error).message, new RegExp(`^${name} answered 404 to GET /elastream-no-such-index-x`))
})
