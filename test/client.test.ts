// The Client class (src/client.ts): option checking, defaults, child(), close(), `await using`, info/ping,
// all against local ES-like servers on port 0 (the development Elasticsearch distribution has no rest-root
// module, so `GET /` answers 405 there). The generated API methods against the real node are in
// test/api/generated-methods.test.ts.
import t from 'tap'
import { Client } from '../src/client.js'
import { CLIENT_DEFAULTS } from '../src/client-options.js'
import { ConfigurationError, ConnectionError } from '../src/errors.js'
import { esLike, sendJson, startServer } from './support/local-servers.js'

t.test('defaults live in one object and reach the transport', async (t) => {
  t.equal(CLIENT_DEFAULTS.maxRetries, 3)
  t.equal(CLIENT_DEFAULTS.requestTimeout, 30_000)
  t.equal(CLIENT_DEFAULTS.product, 'auto')
  const client = new Client({ node: 'http://127.0.0.1:9200' })
  t.equal(client.transport.settings.maxRetries, 3)
  t.equal(client.transport.settings.requestTimeout, 30_000)
  t.equal(client.transport.settings.compression, false)
  t.match(client.transport.settings.userAgent, /^elastream\/\d+\.\d+\.\d+ \(Node\.js v\d+/)
  await client.close()
})

t.test('bad options are ConfigurationErrors naming the option and value', async (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [{}, /node \(or nodes\) is required/],
    [{ node: 'ftp://x' }, /node must be an http\(s\) URL, got "ftp:\/\/x\/"/],
    [{ node: 'not a url' }, /node must be an http\(s\) URL/],
    [{ nodes: [] }, /nodes must be a non-empty array/],
    [{ nodes: ['http://a:9200', 'nope'] }, /nodes\[1\] must be/],
    [{ node: 'http://a:9200', nodes: ['http://b:9200'] }, /either node or nodes/],
    [{ node: 'http://a:9200', maxRetries: -1 }, /maxRetries must be an integer from 0 .* got -1/],
    [{ node: 'http://a:9200', requestTimeout: '30s' }, /requestTimeout must be an integer .* got "30s"/],
    [{ node: 'http://a:9200', compression: 'gzip' }, /compression must be true or false, got "gzip"/],
    [
      { node: 'http://a:9200', product: 'solr' },
      /product must be one of auto, elasticsearch, opensearch, any, got "solr"/,
    ],
    [{ node: 'http://a:9200', compatibilityVersion: 6 }, /compatibilityVersion must be an integer from 7/],
    [{ node: 'http://a:9200', headers: { 'x-n': 1 } }, /headers\["x-n"\] must be a string, got 1/],
    [{ node: 'http://a:9200', auth: { apiKey: '' } }, /auth.apiKey must be a non-empty string/],
    [{ node: 'http://a:9200', sniffInterval: 0 }, /sniffInterval must be an integer from 1/],
    [
      { node: 'http://a:9200', resurrectBackoff: 5000, resurrectMaxBackoff: 10 },
      /resurrectMaxBackoff must be an integer from 5000/,
    ],
    [{ node: 'http://a:9200?x=1' }, /must not carry a query/],
  ]
  for (const [options, message] of cases) {
    t.throws(() => new Client(options as never), {
      name: 'ConfigurationError',
      code: 'ELASTREAM_CONFIGURATION',
      message,
    })
  }
})

t.test('misspelled options suggest the closest known name', async (t) => {
  t.throws(() => new Client({ node: 'http://a:9200', requestTimout: 5 } as never), {
    message: /Unknown Client option "requestTimout": did you mean "requestTimeout"\?/,
  })
  t.throws(() => new Client({ nodse: 'http://a:9200' } as never), { message: /did you mean "node/ })
  t.throws(() => new Client({ node: 'http://a:9200', banana: 1 } as never), {
    message: /^Unknown Client option "banana" Known: node, nodes/,
  })
})

t.test('credentials in the node URL never reach a message', async (t) => {
  try {
    new Client({ node: 'ftp://elastic:hunter2@example:21' })
    t.fail('should throw')
  } catch (error) {
    t.type(error, ConfigurationError)
    t.notMatch((error as Error).message, /hunter2/)
  }
  const client = new Client({ node: 'http://elastic:hunter2@127.0.0.1:9200' })
  t.same(client.transport.nodes, ['http://127.0.0.1:9200/'])
  await client.close()
})

t.test('info and ping, against a server that answers like Elasticsearch', async (t) => {
  const server = await startServer(esLike('es-like'))
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const info = (await client.transport.request({ method: 'GET', path: '/' })) as {
    version: { number: string }
  }
  t.equal(info.version.number, '9.5.3')
  t.equal(await client.transport.request({ method: 'HEAD', path: '/' }), true)
  // The generated info()/ping() agree with the raw requests.
  t.same(await client.info(), info)
  t.equal(await client.ping(), true)
})

t.test('headers, auth and opaque ids on the wire; child() overrides and shares the pool', async (t) => {
  const server = await startServer((_req, res) => sendJson(res, 200, {}))
  const client = new Client({
    node: server.url.replace('http://', 'http://url-user:url-pass@'),
    headers: { 'X-App': 'parent', 'x-keep': 'yes' },
    opaqueIdPrefix: 'app-',
  })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  await client.transport.request(
    { method: 'GET', path: '/a' },
    { opaqueId: 'r1', headers: { 'x-once': '1' } },
  )
  const child = client.child({ headers: { 'x-app': 'child' }, auth: { apiKey: 'k' }, requestTimeout: 1234 })
  await child.transport.request({ method: 'POST', path: '/b', body: { q: 1 } })
  await client.transport.request({ method: 'GET', path: '/c' })

  const [a, b, c] = server.requests
  t.equal(
    a?.headers.authorization,
    `Basic ${Buffer.from('url-user:url-pass').toString('base64')}`,
    'URL credentials',
  )
  t.equal(a?.headers['x-app'], 'parent')
  t.equal(a?.headers['x-opaque-id'], 'app-r1')
  t.equal(a?.headers['x-once'], '1')
  t.equal(a?.headers.accept, 'application/json')
  t.match(String(a?.headers['user-agent']), /^elastream\//)
  t.equal(b?.headers.authorization, 'ApiKey k', 'the child auth wins over URL credentials')
  t.equal(b?.headers['x-app'], 'child', 'child headers merged over the parent')
  t.equal(b?.headers['x-keep'], 'yes')
  t.equal(b?.headers['content-type'], 'application/json')
  t.equal(String(b?.body), '{"q":1}')
  t.equal(c?.headers['x-app'], 'parent', 'the parent is unchanged')
  t.equal(c?.headers['x-once'], undefined, 'per-request headers do not stick')
  t.equal(child.transport.settings.requestTimeout, 1234)
  t.equal(child.transport.pool, client.transport.pool, 'the child shares the node pool')
  t.throws(() => client.child({ node: 'http://x:9200' } as never), {
    message: /"node" cannot be changed: a child shares its parent's nodes and pools/,
  })
  t.throws(() => client.child({ hedaers: {} } as never), { message: /did you mean "headers"/ })
})

t.test('close(): idempotent, waits for in-flight requests, then refuses new ones', async (t) => {
  const server = await startServer((_req, res) => setTimeout(() => sendJson(res, 200, { late: true }), 100))
  const client = new Client({ node: server.url })
  t.teardown(() => server.close())
  const inFlight = client.transport.request({ method: 'GET', path: '/' })
  const first = client.close()
  const second = client.close()
  t.equal(first, second, 'the same promise')
  t.same(await inFlight, { late: true }, 'the in-flight request completed')
  await first
  const error = await client.transport.request({ method: 'GET', path: '/' }).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /closed/)
})

t.test('closing a child stops only the child', async (t) => {
  const server = await startServer((_req, res) => sendJson(res, 200, {}))
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const child = client.child({ headers: { 'x-a': '1' } })
  await child.close()
  t.type(
    await child.transport.request({ method: 'GET', path: '/' }).catch((e: unknown) => e),
    ConnectionError,
  )
  t.same(await client.transport.request({ method: 'GET', path: '/' }), {}, 'the parent still works')
})

t.test('await using closes the client', async (t) => {
  const server = await startServer((_req, res) => sendJson(res, 200, {}))
  t.teardown(() => server.close())
  let escaped: Client | undefined
  {
    await using client = new Client({ node: server.url })
    escaped = client
    t.same(await client.transport.request({ method: 'GET', path: '/' }), {})
  }
  t.type(
    await escaped.transport.request({ method: 'GET', path: '/' }).catch((e: unknown) => e),
    ConnectionError,
  )
  t.equal(typeof Symbol.asyncDispose, 'symbol', 'Node provides Symbol.asyncDispose')
})
