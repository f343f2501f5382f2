// Type tests: `npm run typecheck` compiles this file, so a drift in the generated or hand-written types
// fails there (each `@ts-expect-error` must still be an error). At run time it also checks, against a
// fake transport, that the typed calls send what their types promise.
import t from 'tap'
import { ApiClient } from '../../src/api/api-client.js'
import type {
  BulkResponse,
  GetResponse,
  SearchHit,
  SearchResponse,
  UpdateResponse,
} from '../../src/api/document-types.js'
import type { TransportResult } from '../../src/transport/types.js'
import { FakeTransport } from '../support/fake-transport.js'

interface Book {
  title: string
  year: number
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
function expectType<T extends true>(_: T): void {}

/** Never called: only compiled. Every misuse below must stay a type error. */
export async function typeChecks(client: ApiClient): Promise<void> {
  // search<TDoc>: hits carry TDoc, aggregations their own type.
  const res = await client.search<Book, { years: { value: number } }>({ index: 'books', size: 1 })
  expectType<Equal<typeof res, SearchResponse<Book, { years: { value: number } }>>>(true)
  const hit = res.hits.hits[0]
  expectType<Equal<typeof hit, SearchHit<Book>>>(true)
  const title: string | undefined = hit?._source?.title
  // @ts-expect-error _source is a Book, which has no `author`
  hit?._source?.author
  const years: number | undefined = res.aggregations?.years.value
  void title
  void years

  // meta: true gives the whole result; without it, the body.
  const meta = await client.search<Book>({ index: 'books' }, { meta: true })
  expectType<Equal<typeof meta, TransportResult<SearchResponse<Book>>>>(true)
  // @ts-expect-error the body is under .body when meta is true
  meta.hits

  // Parameter types from the spec: numbers, enums, lists, booleans.
  // @ts-expect-error size is a number
  await client.search({ size: 'ten' })
  // @ts-expect-error default_operator is 'and' | 'or'
  await client.search({ default_operator: 'xor' })
  await client.search({
    index: ['a', 'b'],
    expand_wildcards: ['open', 'hidden'],
    _source: false,
    sort: [{ year: 'asc' }],
  })
  // A name that is a query parameter takes its body form too where the endpoint has a body.
  await client.search({ sort: 'year:asc', _source: ['title'], filter_path: ['hits.hits._id'] })
  await client.reindex({ source: { index: 'a' }, dest: { index: 'b' }, refresh: true, slices: 'auto' })
  // @ts-expect-error refresh is a boolean on reindex
  await client.reindex({ source: { index: 'a' }, dest: { index: 'b' }, refresh: 'yes' })
  // @ts-expect-error expand_wildcards values come from the spec
  await client.search({ expand_wildcards: 'sometimes' })

  // index/create take the document as `document`, typed as TDoc.
  await client.index<Book>({
    index: 'books',
    id: '1',
    document: { title: 'Dune', year: 1965 },
    refresh: 'wait_for',
  })
  // @ts-expect-error year must be a number
  await client.index<Book>({ index: 'books', document: { title: 'Dune', year: '1965' } })
  // @ts-expect-error document is required
  await client.index<Book>({ index: 'books' })
  // @ts-expect-error create needs an id
  await client.create<Book>({ index: 'books', document: { title: 'Dune', year: 1965 } })

  // get/delete need index and id; get is typed by TDoc.
  const got = await client.get<Book>({ index: 'books', id: '1' })
  expectType<Equal<typeof got, GetResponse<Book>>>(true)
  // @ts-expect-error id is required
  await client.get({ index: 'books' })
  const deleted = await client.delete({ index: 'books', id: '1' })
  // @ts-expect-error a delete result is one of the write results
  const bad: 'gone' = deleted.result
  void bad

  // update: as with the official client, the partial document and the returned one are their own generics.
  const upd = await client.update<Book, Partial<Book>, Book>({ index: 'books', id: '1', doc: { year: 1966 } })
  expectType<Equal<typeof upd, UpdateResponse<Book>>>(true)
  // @ts-expect-error year must be a number
  await client.update<Book, Partial<Book>>({ index: 'books', id: '1', doc: { year: 'x' } })

  // bulk: operations required; response typed.
  const bulk = await client.bulk<Book>({
    operations: [{ index: { _index: 'books' } }, { title: 'x', year: 1 }],
  })
  expectType<Equal<typeof bulk, BulkResponse>>(true)
  await client.bulk({ operations: '{"index":{}}\n{}\n' })
  await client.bulk({ operations: Buffer.from('') })
  // @ts-expect-error operations is required
  await client.bulk({ index: 'books' })

  // msearch, count, scroll, point in time.
  const ms = await client.msearch<Book>({ searches: [{ index: 'books' }, { query: { match_all: {} } }] })
  const first = ms.responses[0]
  if (first && 'hits' in first) {
    const y: number | undefined = first.hits.hits[0]?._source?.year
    void y
  }
  const count: number = (await client.count({ index: 'books' })).count
  void count
  // @ts-expect-error scroll needs the scroll id
  await client.scroll({ scroll: '1m' })
  // @ts-expect-error keep_alive is a required query parameter
  await client.openPointInTime({ index: 'books' })
  const pit = await client.openPointInTime({ index: 'books', keep_alive: '1m' })
  const closed: boolean = (await client.closePointInTime({ id: pit.id })).succeeded
  void closed

  // HEAD endpoints resolve to booleans.
  const exists: boolean = await client.indices.exists({ index: 'books' })
  // @ts-expect-error exists is a boolean, not a string
  const s: string = await client.exists({ index: 'books', id: '1' })
  void exists
  void s

  // Generated endpoints: required parts, no unknown keys without a body, escape hatches, response generic.
  // @ts-expect-error index is required
  await client.indices.create({})
  // @ts-expect-error indices.delete has no `bogus` parameter and no body
  await client.indices.delete({ index: 'x', bogus: true })
  await client.indices.delete({ index: 'x', querystring: { bogus: true } })
  await client.indices.create(
    { index: 'x', settings: { number_of_shards: 1 } },
    { ignore: [400], requestTimeout: 1000 },
  )
  const rows = await client.cat.indices<Array<{ index: string }>>({ format: 'json', h: ['index'] })
  const name: string | undefined = rows[0]?.index
  void name
  const health = await client.cluster.health()
  const status: string = health.status
  void status
  // @ts-expect-error every response is typed from the specification
  health.no_such_field
  // @ts-expect-error options are checked too
  await client.cluster.health({}, { requestTimout: 5 })
}

t.test('typed calls send what their types say', async (t) => {
  const transport = new FakeTransport()
  const client = new ApiClient(transport)
  transport.answer = {
    hits: { hits: [{ _index: 'books', _id: '1', _score: 1, _source: { title: 'Dune', year: 1965 } }] },
  }
  const res = await client.search<Book>({ index: 'books', query: { match_all: {} } })
  t.equal(res.hits.hits[0]?._source?.title, 'Dune')
  t.same(transport.last.params, {
    method: 'POST',
    path: '/books/_search',
    body: { query: { match_all: {} } },
    endpoint: 'search',
    pathParts: { index: 'books' },
    idempotent: true,
  })
  await client.index<Book>({ index: 'books', id: '1', document: { title: 'Dune', year: 1965 } })
  t.same(transport.last.params, {
    method: 'PUT',
    path: '/books/_doc/1',
    body: { title: 'Dune', year: 1965 },
    endpoint: 'index',
    pathParts: { index: 'books', id: '1' },
  })
  t.equal(typeof typeChecks, 'function')
})
