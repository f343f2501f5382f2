// The generated API methods through the real Client against the real Elasticsearch (ELASTICSEARCH_URL), and
// one plain request through a fresh client. The Client class's options and lifecycle: test/client.test.ts.
import { randomBytes } from 'node:crypto'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, RequestAbortedError, ResponseError } from '../../src/errors.js'
import { esUrl } from '../support/es-url.js'

interface Book {
  title: string
  year: number
}

const client = new Client({ node: esUrl })
t.teardown(() => client.close())

const prefix = `elastream-api-${randomBytes(4).toString('hex')}`
let n = 0
const made: string[] = []
/** A fresh index name for one test; deleted at the end. */
async function freshIndex(): Promise<string> {
  const index = `${prefix}-${n++}`
  made.push(index)
  await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 } })
  return index
}
t.teardown(async () => {
  for (const index of made) await client.indices.delete({ index }, { ignore: [404] })
})

t.test('indices.create / exists / delete; exists is a boolean', async (t) => {
  const index = `${prefix}-lifecycle`
  made.push(index)
  t.equal(await client.indices.exists({ index }), false)
  const created = await client.indices.create({
    index,
    mappings: { properties: { title: { type: 'keyword' } } },
  })
  t.match(created, { acknowledged: true, index })
  t.equal(await client.indices.exists({ index }), true)
  const mapping = await client.indices.getMapping<Record<string, { mappings: unknown }>>({ index })
  t.same(mapping[index]?.mappings, { properties: { title: { type: 'keyword' } } })
  t.match(await client.indices.delete({ index }), { acknowledged: true })
  t.equal(await client.indices.exists({ index }), false)
  await t.rejects(client.indices.delete({ index }), { name: 'ResponseError', statusCode: 404 })
})

t.test('ids with /, ?, #, spaces and dots address exactly their own document', async (t) => {
  const index = await freshIndex()
  const ids = ['../_all', 'a/b', 'x?y#z', 'with space', '..', '.', '100%', 'a+b', '_all']
  for (const id of ids) {
    const r = await client.index<{ id: string }>({ index, id, document: { id } })
    t.equal(r._id, id, `indexed ${id}`)
    t.equal(r.result, 'created', `${id} is a new document, not an overwrite`)
  }
  await client.indices.refresh({ index })
  for (const id of ids) {
    const got = await client.get<{ id: string }>({ index, id })
    t.equal(got._id, id)
    t.same(got._source, { id }, `${id} reads its own document`)
  }
  t.equal((await client.count({ index })).count, ids.length, 'nothing else was written')
  // Prefixes of the nasty ids must not exist: `a/b` did not become `a`, `x?y#z` did not become `x`.
  for (const id of ['a', 'x', 'with', '100']) {
    const missing = await client.get({ index, id }, { ignore: [404] })
    t.equal(missing.found, false, `${id} does not exist`)
  }
  t.equal(await client.exists({ index, id: 'a/b' }), true)
  t.equal(await client.exists({ index, id: 'a' }), false)
  const del = await client.delete({ index, id: '../_all', refresh: true })
  t.equal(del.result, 'deleted')
  t.equal((await client.count({ index })).count, ids.length - 1, 'deleting ../_all deleted one document')
})

t.test('bulk with an array, with NDJSON text and with a Buffer', async (t) => {
  const index = await freshIndex()
  const fromArray = await client.bulk<Book>({
    index,
    refresh: true,
    operations: [
      { index: { _id: '1' } },
      { title: 'Dune', year: 1965 },
      { create: { _id: '2' } },
      { title: 'Solaris', year: 1961 },
      { update: { _id: '1' } },
      { doc: { year: 1966 } },
    ],
  })
  t.equal(fromArray.errors, false)
  t.same(
    fromArray.items.map((i) => Object.keys(i)[0]),
    ['index', 'create', 'update'],
  )
  const text = `${JSON.stringify({ index: { _index: index, _id: '3' } })}\n${JSON.stringify({ title: 'Ubik', year: 1969 })}\n`
  const fromText = await client.bulk({ operations: text, refresh: 'wait_for' })
  t.equal(fromText.items[0]?.index?.status, 201)
  const buffer = Buffer.from(`${JSON.stringify({ delete: { _id: '2' } })}\n`)
  const fromBuffer = await client.bulk({ index, operations: buffer, refresh: true })
  t.equal(fromBuffer.items[0]?.delete?.result, 'deleted')
  const failing = await client.bulk({ index, operations: [{ update: { _id: 'nope' } }, { doc: { a: 1 } }] })
  t.equal(failing.errors, true)
  t.equal(failing.items[0]?.update?.status, 404)
  t.equal((await client.count({ index })).count, 2)
  const one = await client.get<Book>({ index, id: '1' })
  t.equal(one._source?.year, 1966)
})

t.test('search and count, typed by the document', async (t) => {
  const index = await freshIndex()
  await client.indices.putMapping({
    index,
    properties: { title: { type: 'keyword' }, year: { type: 'integer' } },
  })
  const books: Book[] = [
    { title: 'Dune', year: 1965 },
    { title: 'Solaris', year: 1961 },
    { title: 'Ubik', year: 1969 },
  ]
  await client.bulk({ index, refresh: true, operations: books.flatMap((b) => [{ index: {} }, b]) })

  const res = await client.search<Book, { decades: { buckets: Array<{ key: number; doc_count: number }> } }>({
    index,
    query: { range: { year: { gte: 1962 } } },
    sort: [{ year: 'asc' }],
    aggs: { decades: { histogram: { field: 'year', interval: 10 } } },
    track_total_hits: true,
  })
  const titles: string[] = res.hits.hits.map((h) => h._source?.title ?? '')
  t.same(titles, ['Dune', 'Ubik'])
  t.same(res.hits.total, { value: 2, relation: 'eq' })
  t.same(
    res.aggregations?.decades.buckets.map((b) => [b.key, b.doc_count]),
    [[1960, 2]],
  )
  // Query-string form: q, sort as a string, _source off, size, filter_path.
  const lean = await client.search<Book>({
    index,
    q: 'title:Solaris',
    _source: false,
    filter_path: 'hits.hits._id',
  })
  t.equal(lean.hits.hits.length, 1)
  t.equal(lean.hits.hits[0]?._source, undefined)
  t.equal((await client.count({ index, query: { term: { title: 'Ubik' } } })).count, 1)
  t.equal((await client.count({ index, q: 'year:[1960 TO 1965]' })).count, 2)

  const meta = await client.search<Book>({ index, size: 1 }, { meta: true })
  t.equal(meta.statusCode, 200)
  t.equal(meta.body.hits.hits.length, 1)
  t.equal(meta.headers['x-elastic-product'], 'Elasticsearch')
})

t.test('mget, update, create conflict', async (t) => {
  const index = await freshIndex()
  await client.create<Book>({ index, id: 'b1', document: { title: 'Dune', year: 1965 }, refresh: true })
  await t.rejects(client.create<Book>({ index, id: 'b1', document: { title: 'Dune', year: 1965 } }), {
    name: 'ResponseError',
    statusCode: 409,
    type: 'version_conflict_engine_exception',
  })
  const upd = await client.update<Book, Partial<Book>, Book>({ index, id: 'b1', doc: { year: 1966 }, _source: true })
  t.equal(upd.result, 'updated')
  t.equal(upd.get?._source?.year, 1966)
  const docs = await client.mget<Book>({ index, ids: ['b1', 'missing'] })
  t.equal(docs.docs.length, 2)
  const [first, second] = docs.docs
  t.equal(first && 'found' in first && first._source?.title, 'Dune')
  t.equal(second && 'found' in second && second.found, false)
})

t.test('msearch with an array and with NDJSON text', async (t) => {
  const index = await freshIndex()
  await client.bulk({ index, refresh: true, operations: [{ index: {} }, { title: 'Dune', year: 1965 }] })
  const res = await client.msearch<Book>({
    searches: [
      { index },
      { query: { match_all: {} } },
      { index: `${index}-missing` },
      { query: { match_all: {} } },
    ],
  })
  t.equal(res.responses.length, 2)
  const [ok, failed] = res.responses
  t.equal(ok && 'hits' in ok && ok.hits.hits[0]?._source?.title, 'Dune')
  t.equal(failed && 'error' in failed && failed.error.type, 'index_not_found_exception')
  const text = `${JSON.stringify({})}\n${JSON.stringify({ size: 0, track_total_hits: true })}\n`
  const res2 = await client.msearch({ index, searches: text })
  const only = res2.responses[0]
  t.same(only && 'hits' in only && only.hits.total, { value: 1, relation: 'eq' })
})

t.test('cat.indices as JSON and as text', async (t) => {
  const index = await freshIndex()
  const rows = await client.cat.indices<Array<{ index: string; health: string }>>({
    index,
    format: 'json',
    h: ['index', 'health'],
  })
  t.same(
    rows.map((r) => r.index),
    [index],
  )
  // The transport asks for JSON (accept header), so cat answers JSON unless told otherwise.
  const text = await client.cat.indices<string>({ index, h: 'index', format: 'txt' })
  t.equal(typeof text, 'string')
  t.equal(text.trim(), index)
})

t.test('point in time: open, search, close', async (t) => {
  const index = await freshIndex()
  await client.bulk({
    index,
    refresh: true,
    operations: [{ index: {} }, { title: 'a', year: 1 }, { index: {} }, { title: 'b', year: 2 }],
  })
  const pit = await client.openPointInTime({ index, keep_alive: '1m' })
  t.type(pit.id, 'string')
  // Written after the point in time opened: not seen through it.
  await client.index({ index, document: { title: 'c', year: 3 }, refresh: true })
  const page = await client.search<Book>({
    pit: { id: pit.id, keep_alive: '1m' },
    sort: ['_shard_doc'],
    size: 10,
  })
  t.equal(page.hits.hits.length, 2)
  t.type(page.pit_id, 'string')
  const closed = await client.closePointInTime({ id: page.pit_id ?? pit.id })
  t.same(closed, { succeeded: true, num_freed: 1 })
  await t.rejects(client.search({ pit: { id: pit.id } }), ResponseError)
})

t.test('scroll and clear_scroll', async (t) => {
  const index = await freshIndex()
  await client.bulk({
    index,
    refresh: true,
    operations: [1, 2, 3].flatMap((i) => [{ index: { _id: String(i) } }, { title: `t${i}`, year: i }]),
  })
  const first = await client.search<Book>({ index, scroll: '1m', size: 2, sort: ['_doc'] })
  t.equal(first.hits.hits.length, 2)
  t.type(first._scroll_id, 'string')
  const second = await client.scroll<Book>({ scroll_id: first._scroll_id ?? '', scroll: '1m' })
  t.equal(second.hits.hits.length, 1)
  const cleared = await client.clearScroll({ scroll_id: second._scroll_id ?? '' })
  t.equal(cleared.succeeded, true)
  t.ok(cleared.num_freed >= 1)
})

t.test('per-request options: ignore, headers, signal; errors before sending', async (t) => {
  const index = `${prefix}-absent`
  const ignored = await client.get({ index, id: '1' }, { ignore: [404] })
  t.equal((ignored as unknown as { error: { type: string } }).error.type, 'index_not_found_exception')
  await t.rejects(client.get({ index, id: '1' }), { name: 'ResponseError', statusCode: 404 })

  const controller = new AbortController()
  controller.abort()
  await t.rejects(client.cluster.health({}, { signal: controller.signal }), RequestAbortedError)

  const health = await client.cluster.health(
    { wait_for_status: 'yellow', timeout: '5s' },
    { headers: { 'x-opaque-id': 'api-test' } },
  )
  t.match(health, { status: /green|yellow/ })

  await t.rejects(client.indices.delete({} as never), ConfigurationError)
  // A key no specification lists is sent, as the official client sends it: Elasticsearch names what it rejects.
  await t.rejects(client.indices.refresh({ index, bogus: 1 } as never), {
    name: 'ResponseError',
    statusCode: 400,
    message: /bogus/,
  })
  // The escape hatch reaches Elasticsearch too.
  await t.rejects(client.indices.refresh({ querystring: { bogus: 1 } }), {
    name: 'ResponseError',
    statusCode: 400,
    type: 'illegal_argument_exception',
  })
})

t.test('the real node: a request through a fresh client', async (t) => {
  const client = new Client({ node: esUrl })
  t.teardown(() => client.close())
  const health = (await client.transport.request({ method: 'GET', path: '/_cluster/health' })) as {
    status: string
  }
  t.ok(['green', 'yellow'].includes(health.status), health.status)
  // The distribution the suite runs has no rest-root module: GET / is a 405, which must surface as a
  // ResponseError. (A full distribution would answer info; the suite always runs this one, from .es/dist.)
  const root = await client.transport.request({ method: 'GET', path: '/' }).catch((e: unknown) => e)
  t.type(root, ResponseError)
  t.equal((root as ResponseError).statusCode, 405)
})
