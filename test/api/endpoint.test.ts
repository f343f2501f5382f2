// callEndpoint / buildRequest against a fake transport: URL choice, encoding, query, bodies, NDJSON, errors.
import t from 'tap'
import { ApiClient } from '../../src/api/api-client.js'
import { buildRequest, callEndpoint, type Endpoint } from '../../src/api/endpoint.js'
import { endpoints as top } from '../../src/api/generated/api-client.js'
import { endpoints as cat } from '../../src/api/generated/cat.js'
import { endpoints as indices } from '../../src/api/generated/indices.js'
import { ConfigurationError } from '../../src/errors.js'
import { FakeTransport } from '../support/fake-transport.js'

const E = (e: Endpoint | undefined): Endpoint => {
  if (e === undefined) throw new Error('missing descriptor')
  return e
}

t.test('the most specific path whose parts are all given', async (t) => {
  t.equal(buildRequest(E(top.search)).path, '/_search')
  t.equal(buildRequest(E(top.search), { index: 'logs' }).path, '/logs/_search')
  const getAlias = E(indices.getAlias)
  t.equal(buildRequest(getAlias).path, '/_alias')
  t.equal(buildRequest(getAlias, { name: 'a' }).path, '/_alias/a')
  t.equal(buildRequest(getAlias, { index: 'i' }).path, '/i/_alias')
  t.equal(buildRequest(getAlias, { index: 'i', name: 'a' }).path, '/i/_alias/a')
  // An empty list is Elasticsearch's "all"; an empty string is an error, not an auto-generated id.
  t.equal(buildRequest(E(indices.refresh), { index: [] }).path, '/_refresh')
  t.throws(() => buildRequest(E(top.search), { index: '' }), {
    name: 'ConfigurationError',
    message: /^search: the path part `index` is an empty string/,
  })
  t.throws(() => buildRequest(E(top.index), { index: 'i', id: '', document: {} }), {
    message: /^index: the path part `id` is an empty string/,
  })
  t.equal(buildRequest(E(top.search), { index: undefined }).path, '/_search')
})

t.test('list parts are joined with commas, then encoded, as the official client does', async (t) => {
  t.equal(buildRequest(E(top.search), { index: ['a', 'b*', 'c d'] }).path, '/a%2Cb*%2Cc%20d/_search')
  t.equal(buildRequest(E(top.search), { index: 'a,b' }).path, '/a%2Cb/_search')
  t.equal(buildRequest(E(top.get), { index: 'i', id: 7 }).path, '/i/_doc/7')
})

t.test('an id addresses exactly that document', async (t) => {
  const get = E(top.get)
  const cases: Array<[string, string]> = [
    ['../_all', '/i/_doc/..%2F_all'],
    ['a/b', '/i/_doc/a%2Fb'],
    ['x?y#z', '/i/_doc/x%3Fy%23z'],
    ['with space', '/i/_doc/with%20space'],
    ['100%', '/i/_doc/100%25'],
    ['a+b', '/i/_doc/a%2Bb'],
    ['..', '/i/_doc/%2E%2E'],
    ['.', '/i/_doc/%2E'],
    ['.x.', '/i/_doc/.x.'],
    ['ü', '/i/_doc/%C3%BC'],
  ]
  for (const [id, path] of cases) t.equal(buildRequest(get, { index: 'i', id }).path, path, id)
})

t.test('a missing required part is a ConfigurationError naming endpoint and part', async (t) => {
  t.throws(() => buildRequest(E(indices.create), {}), {
    name: 'ConfigurationError',
    code: 'ELASTREAM_CONFIGURATION',
    message: /^indices\.create: the path part `index` is required/,
  })
  t.throws(() => buildRequest(E(top.get), { index: 'i' }), {
    message: /^get: the path part `id` is required/,
  })
  t.throws(() => buildRequest(E(top.get), { index: 'i', id: null }), { message: /`id` is required/ })
  t.throws(() => buildRequest(E(top.get), { index: 'i', id: { a: 1 } }), {
    message: /get: the path part `id` must be a string or number \(or a list of those\), got an object/,
  })
  // Rejected, not thrown: a caller's promise chain sees it.
  await t.rejects(callEndpoint(new FakeTransport(), E(indices.delete), {}), ConfigurationError)
})

t.test('query parameters: lists, booleans, numbers, time units, dates', async (t) => {
  const r = buildRequest(E(top.search), {
    index: 'i',
    expand_wildcards: ['open', 'hidden'],
    allow_no_indices: false,
    from: 10,
    scroll: '1m',
    q: 'title:x',
    filter_path: ['hits.hits._id', 'took'],
    pretty: true,
    routing: undefined,
    preference: null,
  })
  t.same(r.querystring, {
    expand_wildcards: 'open,hidden',
    allow_no_indices: 'false',
    scroll: '1m',
    q: 'title:x',
    filter_path: 'hits.hits._id,took',
    pretty: 'true',
  })
  // `from` is a body field of search too: the official client sends it there.
  t.same(r.body, { from: 10 })
  t.equal(r.method, 'POST')
  // A Date is sent as its ISO string (ml's `start`/`end` and other date parameters).
  t.same(buildRequest(E(top.search), { q: new Date(0) }).querystring, { q: '1970-01-01T00:00:00.000Z' })
})

t.test(
  'body fields: the ones the specification names go to the body first, even when the query takes them too',
  async (t) => {
    const r = buildRequest(E(top.search), {
      index: 'i',
      size: 0,
      sort: [{ ts: 'desc' }],
      _source: false,
      query: { match_all: {} },
      aggs: { a: { terms: { field: 'f' } } },
    })
    t.equal(r.querystring, undefined)
    t.same(r.body, {
      size: 0,
      sort: [{ ts: 'desc' }],
      _source: false,
      query: { match_all: {} },
      aggs: { a: { terms: { field: 'f' } } },
    })
    t.equal(r.method, 'POST', 'a body goes with POST when allowed')
    // A string sort with a colon is the query parameter (and the official client opens an empty body).
    const sorted = buildRequest(E(top.search), { sort: 'ts:desc' })
    t.same([sorted.querystring, sorted.body, sorted.method], [{ sort: 'ts:desc' }, {}, 'POST'])
    // A key no specification lists is a body field where there is a body.
    t.same(buildRequest(E(top.search), { brand_new_option: 1 }).body, { brand_new_option: 1 })
    // reindex's `source` object is a body field although `source` is a common query parameter.
    const re = buildRequest(E(top.reindex), { source: { index: 'a' }, dest: { index: 'b' }, refresh: true })
    t.same(re.body, { source: { index: 'a' }, dest: { index: 'b' } })
    t.same(re.querystring, { refresh: 'true' })
  },
)

t.test('explicit body: sent as it is; flat fields are added to a copy of it', async (t) => {
  const r = buildRequest(E(top.search), { index: 'i', body: { query: { match_all: {} } } })
  t.same(r.body, { query: { match_all: {} } })
  t.equal(r.method, 'POST')
  const base = { size: 1 }
  t.same(buildRequest(E(top.search), { body: base, query: {} }).body, { size: 1, query: {} })
  t.same(base, { size: 1 }, 'the caller\'s object is not changed')
  t.equal(buildRequest(E(top.search), { body: '{"size":1}' }).body, '{"size":1}')
  t.throws(() => buildRequest(E(top.search), { body: '{}', size: 1 }), {
    message: /search: the body given as `body` is '\{\}', so the field `size` cannot be added to it/,
  })
  // The escape hatch works on an endpoint without a body, too.
  t.same(buildRequest(E(indices.refresh), { body: { x: 1 } }).body, { x: 1 })
})

t.test('PUT vs POST by the spec, GET without a body', async (t) => {
  t.equal(buildRequest(E(top.index), { index: 'i', id: '1', document: {} }).method, 'PUT')
  const auto = buildRequest(E(top.index), { index: 'i', document: { a: 1 } })
  t.equal(auto.method, 'POST')
  t.equal(auto.path, '/i/_doc')
  t.same(auto.body, { a: 1 })
  t.equal(buildRequest(E(indices.refresh), { index: 'i' }).method, 'GET')
  t.equal(buildRequest(E(indices.forcemerge), { index: 'i' }).method, 'POST')
  t.equal(buildRequest(E(indices.exists), { index: 'i' }).method, 'HEAD')
  t.equal(buildRequest(E(top.closePointInTime), { id: 'x' }).method, 'DELETE')
})

t.test('index/create take the document as `document`; a named body value is sent itself', async (t) => {
  // No body is the server's call, as with the official client.
  t.equal(buildRequest(E(top.index), { index: 'i' }).body, undefined)
  // A key the specification does not list is added to (a copy of) the document, as the official client does.
  const doc = { a: 1 }
  t.same(buildRequest(E(top.index), { index: 'i', document: doc, title: 'x' }).body, { a: 1, title: 'x' })
  t.same(doc, { a: 1 })
  // The named value wins over `body`.
  t.same(buildRequest(E(top.index), { index: 'i', document: { d: 1 }, body: { b: 1 } }).body, { d: 1 })
  t.same(buildRequest(E(top.create), { index: 'i', id: 'a', body: { x: 1 } }).body, { x: 1 })
  t.same(buildRequest(E(indices.putSettings), { index: 'i', settings: { number_of_replicas: 0 } }).body, {
    number_of_replicas: 0,
  })
  t.throws(() => buildRequest(E(top.index), { index: 'i', document: 'raw', title: 'x' }), {
    message: /index: the body given as `document` is 'raw', so the field `title` cannot be added to it/,
  })
})

t.test('NDJSON: arrays and pre-serialized strings/Buffers become bulkBody', async (t) => {
  const ops = [{ index: { _index: 'i' } }, { a: 1 }]
  const r = buildRequest(E(top.bulk), { operations: ops, refresh: 'wait_for' })
  t.equal(r.method, 'POST')
  t.equal(r.path, '/_bulk')
  t.equal(r.bulkBody, ops)
  t.equal(r.body, undefined)
  t.same(r.querystring, { refresh: 'wait_for' })
  t.equal(buildRequest(E(top.bulk), { index: 'i', operations: '{"index":{}}\n{}\n' }).path, '/i/_bulk')
  const buf = Buffer.from('{"index":{}}\n{}\n')
  t.equal(buildRequest(E(top.bulk), { body: buf }).bulkBody, buf)
  t.same(buildRequest(E(top.msearch), { searches: [{}, { query: {} }] }).bulkBody, [{}, { query: {} }])
  t.same(buildRequest(E(top.msearchTemplate), { search_templates: [{}, { id: 't' }] }).bulkBody, [
    {},
    { id: 't' },
  ])
  t.throws(() => buildRequest(E(top.bulk), {}), {
    message: /^bulk: a request body is required; pass `operations`/,
  })
  t.throws(() => buildRequest(E(top.bulk), { operations: [] }), { message: /bulk: operations is empty/ })
  t.throws(() => buildRequest(E(top.bulk), { operations: { index: {} } }), {
    message: /bulk: operations must be an array, an NDJSON string or a Buffer, got an object/,
  })
  t.throws(() => buildRequest(E(top.bulk), { operations: ops, docs: [] }), {
    message: /bulk: unknown parameter `docs`/,
  })
})

t.test('every endpoint whose spec body is `serialize: bulk` is NDJSON', async (t) => {
  const ndjson = Object.values(top)
    .concat(Object.values(indices), Object.values(cat))
    .filter((e) => e.body === 'ndjson')
    .map((e) => e.name)
    .sort()
  t.same(ndjson, ['bulk', 'msearch', 'msearch_template'])
})

t.test(
  'unknown key on an endpoint without a body: a query parameter, as the official client sends it',
  async (t) => {
    t.same(buildRequest(E(indices.delete), { index: 'i', ignore_unavailabel: true }).querystring, {
      ignore_unavailabel: 'true',
    })
    const r = buildRequest(E(indices.delete), {
      index: 'i',
      querystring: { something_new: 'x', list: ['a', 1] },
    })
    t.same(r.querystring, { something_new: 'x', list: 'a,1' })
    t.throws(() => buildRequest(E(cat.indices), { format: { a: 1 } }), {
      message:
        /cat\.indices: `format` goes to the query string and must be a string, number, boolean, Date or array of those, got an object/,
    })
  },
)

t.test('a part that no path combines with the others given', async (t) => {
  // cat.fielddata's `fields` is a part and a query parameter: as a part when the path has it.
  t.equal(buildRequest(E(cat.fielddata), { fields: ['a', 'b'] }).path, '/_cat/fielddata/a%2Cb')
  // msearch's `index` is a part and a query parameter; the part wins.
  t.equal(buildRequest(E(top.msearch), { index: 'i', searches: [{}] }).path, '/i/_msearch')
})

t.test('required query parameters are checked by the server, as with the official client', async (t) => {
  t.equal(buildRequest(E(top.openPointInTime), { index: 'i' }).querystring, undefined)
  t.same(buildRequest(E(top.openPointInTime), { index: 'i', keep_alive: '1m' }).querystring, {
    keep_alive: '1m',
  })
})

t.test('scroll and clear_scroll send the scroll id in the body', async (t) => {
  const s = buildRequest(E(top.scroll), { scroll_id: 'abc', scroll: '1m' })
  t.equal(s.path, '/_search/scroll')
  t.same(s.body, { scroll_id: 'abc', scroll: '1m' })
  t.equal(s.querystring, undefined)
  t.equal(s.method, 'POST')
  const c = buildRequest(E(top.clearScroll), { scroll_id: ['a', 'b'] })
  t.equal(c.path, '/_search/scroll')
  t.equal(c.method, 'DELETE')
  t.same(c.body, { scroll_id: ['a', 'b'] })
})

t.test('params must be an object', async (t) => {
  t.throws(() => buildRequest(E(top.search), 'x' as never), {
    message: /search: params must be an object, got 'x'/,
  })
  t.throws(() => buildRequest(E(top.search), { querystring: 'a=b' }), {
    message: /querystring must be an object/,
  })
})

t.test('methods on ApiClient and namespaces; options reach the transport unchanged', async (t) => {
  const transport = new FakeTransport()
  const client = new ApiClient(transport)
  t.equal(client.indices, client.indices, 'namespace objects are created once per client')
  t.not(new ApiClient(transport).indices, client.indices)

  const controller = new AbortController()
  const options = {
    signal: controller.signal,
    requestTimeout: 5,
    maxRetries: 0,
    headers: { 'x-a': 'b' },
    ignore: [404],
    opaqueId: 'op',
  }
  await client.cat.indices({ index: 'logs-*', format: 'json', h: ['index', 'docs.count'] }, options)
  t.same(transport.last.params, {
    method: 'GET',
    path: '/_cat/indices/logs-*',
    querystring: { format: 'json', h: 'index,docs.count' },
    endpoint: 'cat.indices',
    pathParts: { index: 'logs-*' },
  })
  t.equal(transport.last.options, options, 'the very same options object')

  await client.indices.create({ index: 'x', settings: { number_of_shards: 1 }, mappings: { dynamic: false } })
  t.same(transport.last.params, {
    method: 'PUT',
    path: '/x',
    body: { settings: { number_of_shards: 1 }, mappings: { dynamic: false } },
    endpoint: 'indices.create',
    pathParts: { index: 'x' },
    // Created twice after a lost answer it would be refused as existing: not repeated (write-once-endpoints.ts).
    idempotent: false,
  })
  t.equal(transport.last.options, undefined)

  t.equal(
    await client.indices.exists({ index: 'x' }),
    true,
    'HEAD resolves to the boolean the transport gives',
  )
  const meta = await client.count({ index: 'x' }, { meta: true })
  t.equal(meta.statusCode, 200)
  t.same(meta.body, { ok: true })
})
