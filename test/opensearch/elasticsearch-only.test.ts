// Endpoints of Elasticsearch-only namespaces (ES|QL, inference, machine learning, ...) are refused on
// OpenSearch with an EndpointNotSupportedError before anything is sent, instead of OpenSearch's "no handler
// found" 400 or an invalid index name. The list itself is checked against the real OpenSearch here.
import diagnostics from 'node:diagnostics_channel'
import { readdirSync } from 'node:fs'
import t from 'tap'
import { Client } from '../../src/client.js'
import { EndpointNotSupportedError } from '../../src/errors.js'
import { esql } from '../../src/helpers/esql.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { ELASTICSEARCH_ONLY_NAMESPACES } from '../../src/transport/product/elasticsearch-only.js'
import { startServer } from '../support/local-servers.js'
import { elasticsearch, opensearch } from '../support/real-servers.js'

interface Descriptor {
  name: string
  paths: { path: string; parts: string[]; methods: string[] }[]
}

async function endpointsOf(namespace: string): Promise<Descriptor[]> {
  const file = new URL(`../../src/api/generated/${namespace.replaceAll('_', '-')}.ts`, import.meta.url)
  const mod = (await import(file.href)) as { endpoints: Record<string, Descriptor> }
  return Object.values(mod.endpoints)
}

t.test(`every endpoint of the ${ELASTICSEARCH_ONLY_NAMESPACES.size} namespaces is unknown to the real ${opensearch.label}`, async (t) => {
  const files = new Set(readdirSync(new URL('../../src/api/generated/', import.meta.url)).map((f) => f.replace(/\.ts$/, '')))
  for (const namespace of ELASTICSEARCH_ONLY_NAMESPACES) {
    t.ok(files.has(namespace.replaceAll('_', '-')), `${namespace} is a namespace of the generated API`)
    const served: string[] = []
    for (const endpoint of await endpointsOf(namespace)) {
      t.equal(endpoint.name.split('.')[0], namespace, `${endpoint.name} is in ${namespace}`)
      // The path with the most parts, each filled with a name nothing has: the request can only be routed by
      // its shape. Sent raw, past the client's own refusal.
      const path = [...endpoint.paths].sort((a, b) => b.parts.length - a.parts.length)[0]!
      const url = path.path.replace(/\{[^}]+\}/g, 'elastream-nothing')
      const method = path.methods.includes('GET') ? 'GET' : path.methods[0]!
      const res = await fetch(`${opensearch.url.replace(/\/$/, '')}${url}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'GET' || method === 'HEAD' || method === 'DELETE' ? {} : { body: '{}' }),
      })
      const text = method === 'HEAD' ? '' : await res.text()
      // Unrouted: "no handler found for uri", a 405 for a path known under other methods only, the first
      // segment taken for an index name (`GET /_license` -> `GET /{index}`, which `_` cannot start), or
      // `GET /_nodes/{id}/shutdown` taken for nodes info about a node that does not exist (an empty answer).
      const unrouted =
        /no handler found for uri/.test(text) ||
        res.status === 405 ||
        /invalid_index_name_exception.*must not start with '_'/.test(text) ||
        (url.startsWith('/_nodes/elastream-nothing/') && /"_nodes":\{"total":0,.*"nodes":\{\}\}$/.test(text))
      if (!unrouted) served.push(`${endpoint.name} (${method} ${path.path}): ${res.status} ${text.slice(0, 160)}`)
    }
    t.same(served, [], `no endpoint of ${namespace} is served by OpenSearch`)
  }
})

t.test(`on ${opensearch.label}: refused before sending, naming the endpoint and the server`, async (t) => {
  const fresh = new Client({ node: opensearch.url })
  const pinned = new Client({ node: opensearch.url, product: 'opensearch' })
  t.teardown(() => Promise.all([fresh.close(), pinned.close()]))
  const expected = {
    name: 'EndpointNotSupportedError',
    code: 'ELASTREAM_ENDPOINT_NOT_SUPPORTED',
    endpoint: 'esql.query',
    product: { name: 'opensearch', version: opensearch.version },
    message: `esql.query is an Elasticsearch API (esql.*), and the server is OpenSearch ${opensearch.version}, which does not serve it; nothing was sent.`,
  }
  // A client that has not talked to the server yet asks GET / first.
  await t.rejects(fresh.esql.query({ query: 'FROM logs | LIMIT 1' }), expected)
  t.equal(fresh.product?.name, 'opensearch')
  await t.rejects(fresh.inference.get({}), { endpoint: 'inference.get', name: 'EndpointNotSupportedError' })
  await t.rejects(fresh.license.get(), EndpointNotSupportedError)
  await t.rejects(pinned.ml.getJobs({}), { endpoint: 'ml.get_jobs', name: 'EndpointNotSupportedError' })
  // What both serve still goes out.
  const health = (await fresh.cluster.health({})) as { status: string }
  t.type(health.status, 'string')
})

t.test(`on ${elasticsearch.label}: the same namespaces are sent as usual`, async (t) => {
  const client = new Client({ node: elasticsearch.url })
  t.teardown(() => client.close())
  const license = (await client.license.get()) as { license: { status: string } }
  t.equal(license.license.status, 'active')
})

t.test('nothing of the request reaches an OpenSearch that had not answered yet: only GET /', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-opensearch-version': 'OpenSearch/3.8.0 (opensearch)' })
    res.end('{"version":{"distribution":"opensearch","number":"3.8.0"}}')
  })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  await t.rejects(client.esql.query({ query: 'FROM x' }), EndpointNotSupportedError)
  await t.rejects(client.esql.query({ query: 'FROM x' }), EndpointNotSupportedError)
  t.same(
    server.requests.map((r) => `${r.method} ${r.url}`),
    ['GET /'],
    'one GET /, then the product is known',
  )
})

t.test(`on ${opensearch.label}: the esql() helper is refused as client.esql.query is, sending nothing to /_query`, async (t) => {
  const sent: string[] = []
  const onRequest = (message: unknown) => {
    const { method, path } = message as { method: string; path: string }
    sent.push(`${method} ${path}`)
  }
  diagnostics.subscribe(CHANNELS.request, onRequest)
  const fresh = new Client({ node: opensearch.url })
  const pinned = new Client({ node: opensearch.url, product: 'opensearch' })
  t.teardown(async () => {
    diagnostics.unsubscribe(CHANNELS.request, onRequest)
    await Promise.all([fresh.close(), pinned.close()])
  })
  const refused = { name: 'EndpointNotSupportedError', endpoint: 'esql.query', product: { name: 'opensearch' } }
  const rows = async (client: Client) => {
    for await (const row of esql(client, { query: 'FROM logs | LIMIT 1' }).rows()) t.fail(`a row: ${JSON.stringify(row)}`)
  }
  await t.rejects(rows(fresh), refused, 'rows() on a client that had not talked to the server yet')
  await t.rejects(esql(fresh, { query: 'FROM logs' }).arrow(), refused, 'arrow()')
  await t.rejects(esql(fresh, { query: 'FROM logs' }).answer(), refused, 'answer()')
  await t.rejects(rows(pinned), refused, "rows() with product: 'opensearch'")
  t.same(sent, ['GET /'], 'only the GET / that told the server apart; nothing went to /_query')
})
