// Faults a real Elasticsearch will not produce on demand, each from a throwaway server on port 0.
import { deflateSync, gzipSync } from 'node:zlib'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import {
  ConnectionError,
  DeserializationError,
  ProductNotSupportedError,
  RequestAbortedError,
  ResponseError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../src/errors.js'
import { sendJson, startServer, type TestServer } from '../support/local-servers.js'

async function withServer(
  t: Test,
  handler: Parameters<typeof startServer>[0],
  options: Record<string, unknown> = {},
): Promise<{ server: TestServer; client: Client }> {
  const server = await startServer(handler)
  const client = new Client({ node: server.url, resurrectBackoff: 1, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return { server, client }
}

const get = { method: 'GET', path: '/x' } as const

t.test('socket reset is retried on every attempt, then ConnectionError', async (t) => {
  const { server, client } = await withServer(t, (req) => req.socket.destroy(), { maxRetries: 2 })
  const error = await client.transport.request(get).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.equal((error as ConnectionError).code, 'ELASTREAM_CONNECTION')
  t.equal(server.requests.length, 3, 'one attempt plus two retries')
  t.match((error as Error).message, /\(gave up after 3 attempts\)$/)
})

t.test('503 then 200 is retried and resolves', async (t) => {
  let n = 0
  const { server, client } = await withServer(t, (_req, res) => {
    n++
    if (n === 1) sendJson(res, 503, { error: { type: 'unavailable', reason: 'busy' }, status: 503 })
    else sendJson(res, 200, { ok: true })
  })
  const result = await client.transport.request(get, { meta: true })
  t.same(result.body, { ok: true })
  t.equal(result.meta.attempts, 2)
  t.equal(server.requests.length, 2)
})

t.test('502/503/504 until retries run out: ResponseError with the last status', async (t) => {
  const { server, client } = await withServer(t, (_req, res) => sendJson(res, 504, { error: 'gateway' }), {
    maxRetries: 1,
  })
  const error = (await client.transport.request(get).catch((e: unknown) => e)) as ResponseError
  t.type(error, ResponseError)
  t.equal(error.statusCode, 504)
  t.equal(server.requests.length, 2)
})

t.test('other 4xx/5xx are never retried', async (t) => {
  for (const status of [400, 429, 500]) {
    const { server, client } = await withServer(t, (_req, res) =>
      sendJson(res, status, { error: { type: 'x_exception', reason: 'nope' }, status }),
    )
    const error = (await client.transport.request(get).catch((e: unknown) => e)) as ResponseError
    t.type(error, ResponseError, `${status}`)
    t.equal(error.statusCode, status)
    t.equal(error.type, 'x_exception')
    t.equal(error.reason, 'nope')
    t.match(error.message, /x_exception: nope/)
    t.equal(server.requests.length, 1, `${status} sent once`)
  }
})

t.test('slow headers: TimeoutError per attempt, retried', async (t) => {
  const pending: Array<() => void> = []
  const { server, client } = await withServer(
    t,
    (_req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, {}), 5000)
      pending.push(() => clearTimeout(timer))
    },
    { requestTimeout: 100, maxRetries: 1 },
  )
  t.teardown(() => {
    for (const cancel of pending) cancel()
  })
  const started = Date.now()
  const error = await client.transport.request(get).catch((e: unknown) => e)
  const took = Date.now() - started
  t.type(error, TimeoutError)
  t.match((error as Error).message, `${server.url}/: no complete response within requestTimeout (100 ms)`)
  t.equal(server.requests.length, 2, 'timed out twice')
  t.ok(took >= 190 && took < 2000, `took ${took} ms`)
})

t.test('abort is not retried and rejects with RequestAbortedError', async (t) => {
  const pending: Array<() => void> = []
  const { server, client } = await withServer(
    t,
    (_req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, {}), 5000)
      pending.push(() => clearTimeout(timer))
    },
    { maxRetries: 3 },
  )
  t.teardown(() => {
    for (const cancel of pending) cancel()
  })
  const controller = new AbortController()
  setTimeout(() => controller.abort(new Error('user gave up')), 100)
  const error = await client.transport.request(get, { signal: controller.signal }).catch((e: unknown) => e)
  t.type(error, RequestAbortedError)
  t.equal((error as RequestAbortedError).code, 'ELASTREAM_ABORTED')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal(server.requests.length, 1, 'no retry after abort')

  const before = server.requests.length
  const aborted = AbortSignal.abort()
  const early = await client.transport.request(get, { signal: aborted }).catch((e: unknown) => e)
  t.type(early, RequestAbortedError, 'an already aborted signal fails at once')
  await new Promise((resolve) => setTimeout(resolve, 50))
  t.equal(server.requests.length, before, 'nothing sent')
})

t.test('invalid JSON: DeserializationError with the status, not retried', async (t) => {
  const { server, client } = await withServer(t, (_req, res) => sendJson(res, 200, '{"took": 3, "hits": '))
  const error = (await client.transport.request(get).catch((e: unknown) => e)) as DeserializationError
  t.type(error, DeserializationError)
  t.equal(error.statusCode, 200)
  t.equal(error.body, '{"took": 3, "hits": ')
  t.equal(server.requests.length, 1)
})

t.test('prototype poisoning keys are refused', async (t) => {
  const { client } = await withServer(t, (req, res) =>
    req.url === '/proto'
      ? sendJson(res, 200, '{"a": 1, "__proto__": {"polluted": true}}')
      : sendJson(res, 200, '{"constructor": {"prototype": {"polluted": true}}}'),
  )
  for (const path of ['/proto', '/ctor']) {
    const error = await client.transport.request({ method: 'GET', path }).catch((e: unknown) => e)
    t.type(error, DeserializationError, path)
  }
  t.equal(({} as Record<string, unknown>).polluted, undefined)
})

t.test('a plain `constructor` field is data, not an attack', async (t) => {
  const { client } = await withServer(t, (_req, res) => sendJson(res, 200, '{"constructor": "Function"}'))
  t.same(await client.transport.request(get), { constructor: 'Function' })
})

t.test('truncated body: ConnectionError after retries', async (t) => {
  const { server, client } = await withServer(
    t,
    (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-elastic-product': 'Elasticsearch',
        'content-length': 100,
      })
      res.write('{"hits": [1, 2,')
      setTimeout(() => res.socket?.destroy(), 10)
    },
    { maxRetries: 1 },
  )
  const error = await client.transport.request(get).catch((e: unknown) => e)
  t.type(error, ConnectionError)
  t.equal(server.requests.length, 2)
})

t.test('maxResponseSize: declared, streamed, and decompressed sizes are capped', async (t) => {
  const big = JSON.stringify({ data: 'x'.repeat(4096) })
  const { server, client } = await withServer(
    t,
    (req, res) => {
      if (req.url === '/declared') {
        sendJson(res, 200, big)
      } else if (req.url === '/chunked') {
        res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
        for (let i = 0; i < 8; i++) res.write('x'.repeat(1024))
        res.end()
      } else {
        const zipped = gzipSync(Buffer.alloc(1024 * 1024, 0x20))
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': zipped.length,
          'x-elastic-product': 'Elasticsearch',
        })
        res.end(zipped)
      }
    },
    { maxResponseSize: 2048 },
  )
  t.equal(
    await client.transport.request({ method: 'HEAD', path: '/declared' }),
    true,
    'HEAD is not capped by the length it announces',
  )
  for (const path of ['/declared', '/chunked', '/bomb']) {
    const error = await client.transport.request({ method: 'GET', path }).catch((e: unknown) => e)
    t.type(error, ResponseTooLargeError, path)
  }
  t.equal(server.requests.length, 4, 'never retried')
  const ok = await client.transport.request({ method: 'GET', path: '/declared' }, { maxResponseSize: 10_000 })
  t.equal((ok as { data: string }).data.length, 4096, 'per-request maxResponseSize raises the cap')
})

t.test('gzip and deflate responses are decoded', async (t) => {
  const { server, client } = await withServer(t, (req, res) => {
    const body = Buffer.from(JSON.stringify({ encoding: req.url }))
    const encoded = req.url === '/gzip' ? gzipSync(body) : deflateSync(body)
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': req.url === '/gzip' ? 'gzip' : 'deflate',
      'x-elastic-product': 'Elasticsearch',
    })
    res.end(encoded)
  })
  t.same(await client.transport.request({ method: 'GET', path: '/gzip' }), { encoding: '/gzip' })
  t.same(await client.transport.request({ method: 'GET', path: '/deflate' }), { encoding: '/deflate' })
  t.equal(
    server.requests[0]?.headers['accept-encoding'],
    undefined,
    'no accept-encoding unless compression is on',
  )
})

t.test('a corrupt gzip body is a DeserializationError', async (t) => {
  const { client } = await withServer(t, (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'x-elastic-product': 'Elasticsearch' })
    res.end('not gzip at all')
  })
  t.type(await client.transport.request(get).catch((e: unknown) => e), DeserializationError)
})

t.test('product check: missing or other header fails, naming what answered', async (t) => {
  // product: 'elasticsearch' is the strict check; 'auto' (the default) is tested in test/opensearch/product.test.ts.
  const { client, server } = await withServer(
    t,
    (req, res) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', server: 'nginx/1.25' }
      if (req.url === '/other') headers['x-elastic-product'] = 'Something'
      res.writeHead(200, headers)
      res.end('{}')
    },
    { product: 'elasticsearch' },
  )
  const missing = (await client.transport.request(get).catch((e: unknown) => e)) as ProductNotSupportedError
  t.type(missing, ProductNotSupportedError)
  t.match(missing.message, /sent no x-elastic-product header/)
  t.match(missing.message, /nginx\/1\.25/)
  t.match(missing.message, new RegExp(server.url))
  const other = (await client.transport
    .request({ method: 'GET', path: '/other' })
    .catch((e: unknown) => e)) as ProductNotSupportedError
  t.match(other.message, /x-elastic-product: Something/)
  t.equal(server.requests.length, 2, 'not retried')

  for (const product of ['any', 'opensearch'] as const) {
    const relaxed = new Client({ node: server.url, product })
    t.same(await relaxed.transport.request(get), {}, `product: ${product} skips the check`)
    await relaxed.close()
  }
})

t.test('error statuses skip the product check (a proxy 401 stays a ResponseError)', async (t) => {
  const { client } = await withServer(t, (_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' })
    res.end('{"error":"unauthorized"}')
  })
  const error = (await client.transport.request(get).catch((e: unknown) => e)) as ResponseError
  t.type(error, ResponseError)
  t.equal(error.statusCode, 401)
  t.equal(error.reason, 'unauthorized')
})

t.test('ignore, HEAD, text, asBuffer and empty bodies', async (t) => {
  const { client } = await withServer(t, (req, res) => {
    if (req.url === '/missing') sendJson(res, 404, { found: false })
    else if (req.url === '/text') {
      res.writeHead(200, {
        'content-type': 'text/plain; charset=UTF-8',
        'x-elastic-product': 'Elasticsearch',
      })
      res.end('green open idx\n')
    } else if (req.url === '/empty') {
      res.writeHead(200, { 'x-elastic-product': 'Elasticsearch', 'content-length': 0 })
      res.end()
    } else if (req.url === '/head-500') {
      res.writeHead(500, { 'x-elastic-product': 'Elasticsearch' })
      res.end()
    } else sendJson(res, 200, { ok: 1 })
  })
  t.same(await client.transport.request({ method: 'GET', path: '/missing' }, { ignore: [404] }), {
    found: false,
  })
  const error = (await client.transport
    .request({ method: 'GET', path: '/missing' })
    .catch((e: unknown) => e)) as ResponseError
  t.equal(error.statusCode, 404)
  t.same(error.body, { found: false })
  t.equal(await client.transport.request({ method: 'HEAD', path: '/ok' }), true)
  t.equal(await client.transport.request({ method: 'HEAD', path: '/missing' }), false)
  t.type(
    await client.transport.request({ method: 'HEAD', path: '/head-500' }).catch((e: unknown) => e),
    ResponseError,
  )
  t.equal(await client.transport.request({ method: 'GET', path: '/text' }), 'green open idx\n')
  t.equal(await client.transport.request({ method: 'GET', path: '/empty' }), '')
  const buffer = await client.transport.request({ method: 'GET', path: '/ok' }, { asBuffer: true })
  t.ok(Buffer.isBuffer(buffer))
  t.equal(String(buffer), '{"ok":1}')
})

t.test(
  'connectionsPerNode bounds the sockets; time waiting for one counts toward requestTimeout',
  async (t) => {
    let open = 0
    let most = 0
    const sockets = new Set<unknown>()
    const { server, client } = await withServer(
      t,
      (req, res) => {
        sockets.add(req.socket)
        open++
        most = Math.max(most, open)
        setTimeout(() => {
          open--
          sendJson(res, 200, {})
        }, 60)
      },
      { connectionsPerNode: 2, maxRetries: 0 },
    )
    await Promise.all(Array.from({ length: 8 }, () => client.transport.request(get)))
    t.equal(most, 2, 'never more than two requests in flight')
    t.equal(sockets.size, 2, 'over two kept-alive sockets')
    const before = server.requests.length
    const busy = [client.transport.request(get), client.transport.request(get)]
    const queued = await Promise.allSettled([
      client.transport.request(get, { requestTimeout: 30 }),
      client.transport.request(get, { requestTimeout: 30 }),
    ])
    t.ok(
      queued.every((r) => r.status === 'rejected' && r.reason instanceof TimeoutError),
      'requests still waiting for a socket time out',
    )
    await Promise.all(busy)
    await new Promise((resolve) => setTimeout(resolve, 100))
    t.equal(server.requests.length - before, 2, 'and are dropped without being sent once a socket frees up')
  },
)

t.test('a header value undici refuses is a ConfigurationError, not retried', async (t) => {
  const { server, client } = await withServer(t, (_req, res) => sendJson(res, 200, {}))
  const error = await client.transport
    .request(get, { headers: { 'x-bad': 'line\r\nbreak' } })
    .catch((e: unknown) => e)
  t.equal((error as Error).name, 'ConfigurationError')
  t.equal(server.requests.length, 0)
})

t.test('per-request headers replace defaults whatever their case', async (t) => {
  const { server, client } = await withServer(t, (_req, res) => sendJson(res, 200, {}))
  await client.transport.request(
    { method: 'POST', path: '/x', body: 'a,b\n' },
    { headers: { 'Content-Type': 'text/csv', Accept: 'text/plain' } },
  )
  const raw = server.requests[0]
  t.equal(raw?.headers['content-type'], 'text/csv', 'one content-type, the caller\'s')
  t.equal(raw?.headers.accept, 'text/plain')
})
