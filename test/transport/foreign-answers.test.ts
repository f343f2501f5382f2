// Answers that something in front of the node wrote (nginx, an AWS load balancer, Envoy, an API gateway):
// the error says what answered and shows a short, escaped excerpt of its body, never "Elasticsearch answered".
import type http from 'node:http'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { DeserializationError, ResponseError } from '../../src/errors.js'
import { EXCERPT_LENGTH } from '../../src/transport/foreign-answer.js'
import { esLike, sendJson, startServer } from '../support/local-servers.js'

const NGINX_413 = `<html>
<head><title>413 Request Entity Too Large</title></head>
<body>
<center><h1>413 Request Entity Too Large</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`
const ALB_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
</body>
</html>
`

type Answer = (req: http.IncomingMessage, res: http.ServerResponse) => void

/** A node behind something: `GET /` reaches the node (the product check), everything else gets `answer`. */
async function behind(t: Test, answer: Answer, options: Record<string, unknown> = {}): Promise<{ client: Client; url: string }> {
  const node = esLike()
  const server = await startServer((req, res, body) => (req.url === '/' ? node(req, res, body) : answer(req, res)))
  const client = new Client({ node: server.url, maxRetries: 0, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return { client, url: server.url }
}

function send(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body: string): void {
  res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('the request succeeded')
}

t.test("nginx's HTML 413 on a bulk: status, server, content type, size and the page's words", async (t) => {
  const { client, url } = await behind(t, (_req, res) =>
    send(res, 413, { server: 'nginx/1.25.3', 'content-type': 'text/html' }, NGINX_413),
  )
  const error = await failure(client.bulk({ operations: [{ index: { _index: 'x' } }, { a: 1 }] }))
  t.type(error, ResponseError)
  const e = error as ResponseError
  t.equal(e.statusCode, 413)
  t.equal(
    e.message,
    `Not from Elasticsearch: 413 to POST /_bulk at ${url}/ came from server "nginx/1.25.3" (content-type text/html, ` +
      `${Buffer.byteLength(NGINX_413)} bytes): "<html> <head><title>413 Request Entity Too Large</title></head> <body> ` +
      `<center><h1>413 Request Entity Too Large</h1></center> <hr><center>nginx/1.25.3</center> </body> </html>"`,
  )
  t.notMatch(e.message, /Elasticsearch answered/)
  t.equal(e.type, undefined, 'no Elasticsearch error type is made up')
  t.equal(e.reason, undefined)
  t.equal(e.foreign, true)
  t.equal(e.body, NGINX_413, 'the whole body stays on the error')
})

t.test("an AWS load balancer's 502 page on a search", async (t) => {
  const { client, url } = await behind(t, (_req, res) =>
    send(res, 502, { server: 'awselb/2.0', 'content-type': 'text/html' }, ALB_502),
  )
  const error = await failure(client.search({ index: 'x' }))
  t.type(error, ResponseError)
  t.match(error.message, `Not from Elasticsearch: 502 to GET /x/_search at ${url}/ came from server "awselb/2.0" (content-type text/html, `)
  t.match(error.message, /: "<html> <head><title>502 Bad Gateway<\/title><\/head>/)
})

t.test("Envoy's text/plain 503 and an API gateway's JSON 403, neither shaped like Elasticsearch", async (t) => {
  const envoy = 'upstream connect error or disconnect/reset before headers. reset reason: connection failure'
  const { client } = await behind(t, (req, res) =>
    req.url!.startsWith('/envoy')
      ? send(res, 503, { server: 'envoy', 'content-type': 'text/plain' }, envoy)
      : send(res, 403, { 'content-type': 'application/json' }, '{"message":"Forbidden"}'),
  )
  const plain = await failure(client.search({ index: 'envoy' }))
  t.match(plain.message, `came from server "envoy" (content-type text/plain, ${envoy.length} bytes): "${envoy}"`)
  const gateway = await failure(client.count({ index: 'gateway' }))
  t.match(
    gateway.message,
    'came from a server that does not give its name (content-type application/json, 23 bytes): "{\\"message\\":\\"Forbidden\\"}"',
  )
})

t.test('a page labelled JSON that is not: a ResponseError on an error status, a DeserializationError on 200 when unchecked', async (t) => {
  const { client, url } = await behind(t, (req, res) =>
    send(res, req.url!.startsWith('/bad') ? 502 : 200, { server: 'proxy', 'content-type': 'application/json' }, ALB_502),
  )
  const onError = await failure(client.search({ index: 'bad' }))
  t.type(onError, ResponseError)
  t.match(onError.message, `Not from Elasticsearch: 502 to GET /bad/_search at ${url}/ came from server "proxy"`)
  // product: 'auto' refuses a 2xx without a product header before reading it (ProductNotSupportedError);
  // with the check off, the body itself is the first thing that goes wrong.
  const unchecked = new Client({ node: url, maxRetries: 0, product: 'any' })
  t.teardown(() => unchecked.close())
  const onSuccess = await failure(unchecked.search({ index: 'good' }))
  t.type(onSuccess, DeserializationError)
  t.match(onSuccess.message, `Not from Elasticsearch: 200 to GET /good/_search at ${url}/ is not valid JSON and came from server "proxy"`)
  t.match(onSuccess.message, /"<html> <head><title>502 Bad Gateway/)
  t.notMatch(onSuccess.message, /Elasticsearch answered/)
})

t.test('a long body is cut to a short excerpt; the whole body stays on the error', async (t) => {
  const page = `<html><body>${'x'.repeat(2_000_000)}</body></html>`
  const { client } = await behind(t, (_req, res) => send(res, 500, { 'content-type': 'text/html' }, page))
  const error = (await failure(client.search({ index: 'x' }))) as ResponseError
  t.ok(error.message.length < 600, `message of ${error.message.length} chars`)
  t.match(error.message, `"<html><body>${'x'.repeat(EXCERPT_LENGTH - 12)}…"`)
  t.equal(error.body, page)
})

t.test('a hostile body: terminal escapes, bidi marks, quotes and echoed credentials never reach the message as they are', async (t) => {
  const password = 'hunter2-S3cr3t'
  const apiKeyPair = 'key-id:the-api-key-secret'
  const hostile =
    '\u001b[2J\u001b[31mred\u202egnp.exe\r\nX-Fake: 1\n"quoted" \\ ' +
    `authorization: Basic ${Buffer.from(`elastic:${password}`).toString('base64')} ` +
    `password=${password} upstream http://admin:pa55w0rd@10.0.0.1:9200/ apikey ${Buffer.from(apiKeyPair).toString('base64')} ${apiKeyPair}`
  const { client } = await behind(t, (_req, res) => send(res, 400, { server: 'echo\u009b2J', 'content-type': 'text/plain' }, hostile), {
    auth: { username: 'elastic', password },
  })
  const error = await failure(client.search({ index: 'x' }))
  const perRequest = await failure(
    client.search({ index: 'x' }, { headers: { Authorization: `ApiKey ${Buffer.from(apiKeyPair).toString('base64')}` } }),
  )
  for (const message of [error.message, perRequest.message]) {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    t.notMatch(message, /[\u0000-\u001f\u007f-\u009f\u202e]/, 'no control or bidi character')
    t.notMatch(message, password)
    t.notMatch(message, 'pa55w0rd')
    t.notMatch(message, Buffer.from(`elastic:${password}`).toString('base64'))
    t.match(message, /server "echo\S*\\u009b2J"/, 'a C1 control in a header (CSI) escaped too')
    t.match(message, '"\\u001b[2J\\u001b[31mred\\u202egnp.exe X-Fake: 1 \\"quoted\\" \\\\ ')
    t.match(message, '[redacted]@10.0.0.1:9200/')
  }
  t.notMatch(perRequest.message, 'the-api-key-secret')
  t.notMatch(perRequest.message, Buffer.from(apiKeyPair).toString('base64'))
})

t.test('a HEAD answered by a proxy: no body to show, still not "Elasticsearch answered"', async (t) => {
  const { client } = await behind(t, (_req, res) => send(res, 502, { server: 'haproxy', 'content-type': 'text/html' }, ''))
  const error = await failure(client.indices.exists({ index: 'x' }))
  t.match(error.message, /^Not from Elasticsearch: 502 to HEAD \/x at .* came from server "haproxy" \(content-type text\/html, no body\)$/)
})

t.test('answers from the server itself keep their message: product header, or its error shape without one', async (t) => {
  const error = { error: { type: 'index_not_found_exception', reason: 'no such index [x]' }, status: 404 }
  const { client } = await behind(t, (req, res) => {
    if (req.url!.startsWith('/with-header')) sendJson(res, 404, error)
    else if (req.url!.startsWith('/old')) send(res, 404, { 'content-type': 'application/json' }, JSON.stringify(error))
    else if (req.url!.startsWith('/missing')) send(res, 404, { 'content-type': 'application/json' }, '{"_index":"missing","_id":"1","found":false}')
    else sendJson(res, 413, '', { 'content-type': 'text/plain' }) // with the product header: the node said it
  })
  t.equal(((await failure(client.search({ index: 'old' }))) as ResponseError).foreign, false)
  t.match((await failure(client.search({ index: 'with-header' }))).message, /^Elasticsearch answered 404 to GET \/with-header\/_search: index_not_found_exception/)
  t.match((await failure(client.search({ index: 'old' }))).message, /^Elasticsearch answered 404 to GET \/old\/_search: index_not_found_exception/)
  t.match((await failure(client.get({ index: 'missing', id: '1' }))).message, /^Elasticsearch answered 404 to GET \/missing\/_doc\/1$/)
  t.match((await failure(client.search({ index: 'empty' }))).message, /^Elasticsearch answered 413 to GET \/empty\/_search$/)
})

t.test('OpenSearch known: a foreign answer says it is not from OpenSearch', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/') {
      sendJson(res, 200, { version: { distribution: 'opensearch', number: '3.8.0' } }, { 'x-opensearch-version': 'OpenSearch/3.8.0 (opensearch)' })
    } else send(res, 413, { server: 'nginx', 'content-type': 'text/html' }, NGINX_413)
  })
  const client = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  await client.detectProduct()
  t.match((await failure(client.search({ index: 'x' }))).message, /^Not from OpenSearch: 413 to GET \/x\/_search/)
})
