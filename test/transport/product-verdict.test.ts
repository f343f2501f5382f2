// The product check's per-node verdict (src/transport/product/node-verdict.ts): a node's answers are read in
// full once, then checked against the header value that was accepted, and read again whenever anything differs.
// Local servers play a node that changes what it says.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ProductNotSupportedError } from '../../src/errors.js'
import type { Connection } from '../../src/transport/connection.js'
import { type Handler, startServer } from '../support/local-servers.js'

const OPENSEARCH = 'OpenSearch/3.8.0 (opensearch)'

/** A node whose product headers the test sets between requests. */
async function switchable(t: Test, options: Record<string, unknown> = {}) {
  const state = { headers: { 'x-elastic-product': 'Elasticsearch' } as Record<string, string> }
  const handler: Handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...state.headers })
    res.end('{"ok":true}')
  }
  const server = await startServer(handler)
  const client = new Client({ node: server.url, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const node = client.transport.pool.connections[0] as Connection
  return { state, client, node }
}

t.test('an Elasticsearch node keeps its verdict across answers', async (t) => {
  const { client, node } = await switchable(t)
  t.equal(node.productVerdict, undefined, 'nothing known before the first answer')
  await client.transport.request({ method: 'GET', path: '/x' })
  t.same(node.productVerdict, { name: 'elasticsearch', header: 'Elasticsearch' }, 'learnt from the first answer')
  const kept = node.productVerdict
  for (let i = 0; i < 5; i++) await client.transport.request({ method: 'GET', path: '/x' })
  t.equal(node.productVerdict, kept, 'the same verdict object: later answers were not read again')
})

t.test('an OpenSearch node keeps the exact header value it was accepted with', async (t) => {
  const { state, client, node } = await switchable(t)
  state.headers = { 'x-opensearch-version': OPENSEARCH }
  await client.transport.request({ method: 'GET', path: '/x' })
  t.same(node.productVerdict, { name: 'opensearch', header: OPENSEARCH })
  t.equal(client.product?.name, 'opensearch')
})

t.test('a node that turns into OpenSearch after a kept Elasticsearch verdict is refused', async (t) => {
  const { state, client, node } = await switchable(t)
  await client.transport.request({ method: 'GET', path: '/x' })
  t.ok(node.productVerdict, 'verdict kept')
  state.headers = { 'x-elastic-product': 'Elasticsearch', 'x-opensearch-version': OPENSEARCH }
  await t.rejects(client.transport.request({ method: 'GET', path: '/x' }), ProductNotSupportedError, 'a second header is read, not waved through')
  state.headers = { 'x-opensearch-version': OPENSEARCH }
  await t.rejects(
    client.transport.request({ method: 'GET', path: '/x' }),
    { name: 'ProductNotSupportedError', message: /is OpenSearch, but this client already talks to Elasticsearch/ },
  )
})

t.test('an answer without the header after a kept verdict is still refused', async (t) => {
  const { state, client, node } = await switchable(t)
  await client.transport.request({ method: 'GET', path: '/x' })
  t.ok(node.productVerdict, 'verdict kept')
  state.headers = {}
  await t.rejects(client.transport.request({ method: 'GET', path: '/x' }), {
    name: 'ProductNotSupportedError',
    message: /is not Elasticsearch: it sent no x-elastic-product header/,
  })
  state.headers = { 'x-elastic-product': 'Elasticsearch, Elasticsearch' }
  await client.transport.request({ method: 'GET', path: '/x' })
  t.equal(node.productVerdict, undefined, 'a duplicated header is accepted but read in full every time')
})

t.test('the verdict is dropped when the node is resurrected', async (t) => {
  const { client, node } = await switchable(t)
  const other = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
    res.end('{}')
  })
  t.teardown(() => other.close())
  await client.transport.request({ method: 'GET', path: '/x' })
  t.ok(node.productVerdict, 'verdict kept')
  // Two nodes, so that the pool marks one dead (a lone node never is).
  const pool = client.transport.pool
  const two = new Client({ nodes: [node.url.href, other.url] })
  t.teardown(() => two.close())
  const [first] = two.transport.pool.connections as Connection[]
  await two.transport.request({ method: 'GET', path: '/x' })
  t.ok(first!.productVerdict, 'verdict kept in the two-node client')
  two.transport.pool.markDead(first!, new Error('reset'))
  t.ok(first!.productVerdict, 'kept while dead')
  two.transport.pool.markAlive(first!)
  t.equal(first!.productVerdict, undefined, 'read anew after coming back')
  t.equal(pool.connections[0], node)
})

t.test("product: 'any' keeps no verdict", async (t) => {
  const { client, node } = await switchable(t, { product: 'any' })
  await client.transport.request({ method: 'GET', path: '/x' })
  t.equal(node.productVerdict, undefined)
})
