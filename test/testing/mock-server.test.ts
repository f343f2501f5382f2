// elastream/testing: routes, answers, faults and recorded requests, with a real Client (and the helpers) on it.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, ConnectionError, ResponseError, TimeoutError } from '../../src/errors.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { type BulkResult } from '../../src/helpers/bulk/bulk-stream.js'
import { disconnect, errorReply, type MockServer, mockServer, reply } from '../../src/testing/index.js'

async function setup(t: Test, options: Record<string, unknown> = {}): Promise<{ mock: MockServer; client: Client }> {
  const mock = await mockServer()
  const client = new Client({ node: mock.url, maxRetries: 0, ...options })
  t.teardown(async () => {
    await client.close()
    await mock.close()
  })
  return { mock, client }
}

t.test('path patterns: named segments (decoded), *, RegExp groups, several paths, trailing slash', async (t) => {
  const { mock, client } = await setup(t)
  mock.add({ method: 'GET', path: '/:index/_doc/:id' }, ({ params }) => ({ named: params }))
  mock.add({ path: '/_cat/*' }, reply(200, 'green open x'))
  mock.add({ path: /^\/(?<index>logs-\d+)\/_count$/ }, ({ params }) => ({ count: params.index!.length }))
  mock.add({ method: ['PUT', 'DELETE'], path: ['/a', '/b/'] }, ({ method, path }) => ({ acknowledged: `${method} ${path}` }))
  t.same(await client.transport.request({ method: 'GET', path: '/my%20index/_doc/a%2Fb' }), { named: { index: 'my index', id: 'a/b' } })
  t.equal(await client.transport.request({ method: 'GET', path: '/_cat/indices/x' }), 'green open x')
  t.same(await client.count({ index: 'logs-2026' }), { count: 9 })
  t.same(await client.transport.request({ method: 'DELETE', path: '/b' }), { acknowledged: 'DELETE /b' })
  t.same(await client.transport.request({ method: 'PUT', path: '/a/' }), { acknowledged: 'PUT /a/' })
  const missing = (await client.transport.request({ method: 'GET', path: '/my-index/_doc' }).catch((e: unknown) => e)) as ResponseError
  t.type(missing, ResponseError)
  t.equal(missing.type, 'mock_route_not_found', 'a pattern segment does not match a missing segment')
  t.equal(missing.reason, 'no route for GET /my-index/_doc')
})

t.test('query and body match by subset; the first matching route answers; times passes on to the next', async (t) => {
  const { mock, client } = await setup(t)
  mock.add({ path: '/x/_search', query: { routing: 'r1' } }, { hits: { hits: [{ _id: 'routed' }] } })
  mock.add({ path: '/x/_search', body: { query: { term: { a: 1 } } } }, { hits: { hits: [{ _id: 'term' }] } })
  mock.add({ path: '/x/_search' }, { hits: { hits: [] } }, { times: 1 })
  mock.add({ path: '/x/_search' }, errorReply(503, 'search_phase_execution_exception', 'all shards failed'))
  const ids = async (params: Record<string, unknown>) => (await client.search({ index: 'x', ...params })).hits.hits.map((h) => h._id)
  t.same(await ids({ routing: 'r1', query: { term: { a: 1 } } }), ['routed'])
  t.same(await ids({ query: { term: { a: 1 } }, size: 3 }), ['term'], 'extra body fields do not prevent a match')
  t.same(await ids({ query: { term: { a: 2 } } }), [])
  const failed = (await client.search({ index: 'x' }).catch((e: unknown) => e)) as ResponseError
  t.same([failed.statusCode, failed.type], [503, 'search_phase_execution_exception'])
  t.equal(mock.calls({ path: '/x/_search', body: { query: { term: { a: 1 } } } }).length, 2)
  t.same(mock.requests.map((r) => r.query.routing ?? '-'), ['r1', '-', '-', '-'])
})

t.test('faults: a dropped connection is retried by the client; a delay trips requestTimeout; a throwing handler is a 500', async (t) => {
  const { mock, client } = await setup(t, { maxRetries: 2, retryBackoff: 0 })
  mock.add({ path: '/flaky/_count' }, disconnect(), { times: 2 })
  mock.add({ path: '/flaky/_count' }, { count: 1 })
  t.same(await client.count({ index: 'flaky' }), { count: 1 })
  t.equal(mock.calls({ path: '/flaky/_count' }).length, 3)
  mock.add({ path: '/gone/_count' }, disconnect())
  await t.rejects(client.count({ index: 'gone' }), ConnectionError)

  mock.add({ path: '/slow/_count' }, { count: 0 }, { delay: 300 })
  await t.rejects(client.count({ index: 'slow' }, { requestTimeout: 30, maxRetries: 0 }), TimeoutError)

  mock.add({ path: '/bug/_count' }, () => {
    throw new Error('handler bug')
  })
  const bug = (await client.count({ index: 'bug' }, { maxRetries: 0 }).catch((e: unknown) => e)) as ResponseError
  t.same([bug.statusCode, bug.type, bug.reason], [500, 'mock_handler_error', 'handler bug'])
})

t.test('bulkStream against the mock: one result per document, item failures as the node would send them', async (t) => {
  const { mock, client } = await setup(t, { compression: true })
  mock.add({ method: 'POST', path: '/_bulk' }, ({ body, headers }) => {
    t.equal(headers['content-encoding'], 'gzip', 'the gzip body was decompressed before matching')
    const actions = (body as Array<Record<string, { _id: string }>>).filter((_line, i) => i % 2 === 0)
    return {
      errors: true,
      items: actions.map(({ index }) =>
        index!._id === 'd2'
          ? { index: { _id: 'd2', status: 400, error: { type: 'document_parsing_exception', reason: 'bad' } } }
          : { index: { _id: index!._id, status: 201, result: 'created' } },
      ),
    }
  })
  const results: BulkResult[] = []
  await pipeline(
    Readable.from([{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }]),
    bulkStream(client, { index: 'docs', id: (doc: { id: string }) => doc.id }),
    async (source) => {
      for await (const result of source) results.push(result as BulkResult)
    },
  )
  t.same(results.map((r) => [r.id, r.ok, r.status]), [['d1', true, 201], ['d2', false, 400], ['d3', true, 201]])
})

t.test('mistakes in a route are refused by name', async (t) => {
  const { mock } = await setup(t)
  t.throws(() => mock.add({ path: '/x', methd: 'GET' } as never, {}), new ConfigurationError('add: unknown match field "methd" (known: method, path, query, body)'))
  t.throws(() => mock.add({ path: '/x', querystring: { a: '1' } } as never, {}), {
    message: 'add: unknown match field "querystring" (known: method, path, query, body); querystring is called query here',
  })
  t.throws(() => mock.add({ path: 'x' }, {}), { message: 'path must be a string starting with "/" or a RegExp, got "x"' })
  t.throws(() => mock.add({ path: '/x' }, {}, { delay: -1 }), { message: 'add: delay must be a number of milliseconds >= 0, got -1' })
  t.throws(() => mock.add({ path: '/x' }, {}, { times: 0 }), { message: 'add: times must be a positive integer, got 0' })
  t.throws(() => mock.add({ path: '/x' }, {}, { delai: 5 } as never), { message: 'add: unknown option "delai" (known: delay, times)' })
  t.throws(() => reply(99), { message: 'reply: statusCode must be an integer from 100 to 599, got 99' })
})

t.test('clear() forgets routes and requests; GET / answers as a node until a route says otherwise', async (t) => {
  const { mock, client } = await setup(t)
  t.match(await client.info(), { version: { number: '9.5.3' } })
  mock.add({ method: 'GET', path: '/' }, { version: { number: '8.19.0' }, tagline: 'You Know, for Search' })
  t.match(await client.info(), { version: { number: '8.19.0' } })
  t.equal(mock.requests.length, 2)
  mock.clear()
  t.equal(mock.requests.length, 0)
  t.match(await client.info(), { version: { number: '9.5.3' } })
})
