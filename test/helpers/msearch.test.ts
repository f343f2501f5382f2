// The msearch batcher: many callers' searches share _msearch requests, each caller gets its own answer or its
// own error, 429s are retried per search, and the stream form answers in input order.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { ConfigurationError, ResponseError } from '../../src/errors.js'
import type { SearchResponse, SearchTotalHits } from '../../src/api/types/index.js'
import { Msearch, type MsearchResult, type MsearchSearch, msearch } from '../../src/helpers/msearch.js'
import { Client } from '../../src/client.js'
import { startServer } from '../support/local-servers.js'
import { client, createIndex, deleteIndex, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())

t.test('10,000 searches from concurrent callers: each gets its own right answer, in few requests', async (t) => {
  const index = uniqueIndex('msearch')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index, 2)
  await es.transport.request({
    method: 'POST',
    path: `/${index}/_bulk`,
    querystring: { refresh: 'true' },
    bulkBody: Array.from({ length: 100 }, (_, n) => [{ index: { _id: String(n) } }, { n }]).flat(),
  })
  const ms = msearch(es, { index })
  const answers = await Promise.all(
    Array.from({ length: 10_000 }, (_, i) =>
      ms.search<any>({ query: { term: { n: i % 100 } }, size: 1 }).then((r) => r.hits.hits[0]?._source.n),
    ),
  )
  t.equal(answers.length, 10_000)
  t.ok(answers.every((n, i) => n === i % 100), 'every caller got the document it asked for')
  t.match(ms.stats, { searches: 10_000, failed: 0, retried: 0 })
  t.ok(ms.stats.requests <= 10_000 / 32 + 20, `batched (32 per request): ${ms.stats.requests} requests`)
  await ms.close()
})

t.test('a failing search fails alone, a malformed one too; the others of its batch are answered', async (t) => {
  const index = uniqueIndex('msearch-fail')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index)
  await es.transport.request({ method: 'PUT', path: `/${index}/_doc/1`, querystring: { refresh: 'true' }, body: { a: 1 } })
  const ms = msearch(es, { index, flushInterval: 50 })
  const [ok, missing, malformed, ok2] = await Promise.allSettled([
    ms.search({ query: { match_all: {} } }),
    ms.search({ index: `${index}-no-such-index`, query: { match_all: {} } }),
    // A query the server refuses (the types would refuse it too).
    ms.search({ query: { no_such_query: {} } } as MsearchSearch),
    ms.search({ query: { term: { a: 1 } } }),
  ])
  t.match(ok, { status: 'fulfilled', value: { hits: { total: { value: 1 } } } })
  t.match(ok2, { status: 'fulfilled', value: { hits: { total: { value: 1 } } } })
  t.equal(missing.status, 'rejected')
  t.ok((missing as PromiseRejectedResult).reason instanceof ResponseError)
  t.match((missing as PromiseRejectedResult).reason, { statusCode: 404, type: 'index_not_found_exception' })
  t.match((malformed as PromiseRejectedResult).reason, { statusCode: 400, type: /parsing_exception/ })
  t.equal(ms.stats.requests, 5, 'one request, then halves until the malformed search was alone (1 + 2 + 2)')
  t.equal(ms.stats.failed, 2)
})

t.test('stream(): one result per search, in input order, errors included', async (t) => {
  const index = uniqueIndex('msearch-stream')
  t.teardown(() => deleteIndex(es, index))
  await createIndex(es, index)
  await es.transport.request({
    method: 'POST',
    path: `/${index}/_bulk`,
    querystring: { refresh: 'true' },
    bulkBody: Array.from({ length: 20 }, (_, n) => [{ index: { _id: String(n) } }, { n }]).flat(),
  })
  const ms = msearch(es, { index, maxSearches: 7 })
  const results: Array<MsearchResult<SearchResponse<{ n: number }>>> = []
  const searches = Array.from({ length: 300 }, (_, i) =>
    i === 150 ? { index: `${index}-missing`, query: { match_all: {} } } : { query: { term: { n: i % 20 } } },
  )
  await pipeline(Readable.from(searches), ms.stream<{ n: number }>(25), async (source) => {
    for await (const r of source) results.push(r)
  })
  t.equal(results.length, 300)
  t.ok(results.every((r, i) => r.search === searches[i]), 'in input order')
  t.ok(
    results.every((r, i) => (i === 150 ? r.error instanceof ResponseError : r.response?.hits.hits[0]?._source?.n === i % 20)),
    'each answer matches its search; the missing index is an error result',
  )
})

t.test('a search answered 429 is retried alone; a batch answered 429 is retried whole', async (t) => {
  let calls = 0
  const server = await startServer((_req, res, body) => {
    calls++
    const searches = body.toString().trim().split('\n').length / 2
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
      res.end(JSON.stringify(payload))
    }
    if (calls === 1) {
      // the second search of the first batch is throttled
      return send(200, {
        responses: Array.from({ length: searches }, (_, i) =>
          i === 1 ? { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'busy' } } : { status: 200, hits: { hits: [], total: { value: i } } },
        ),
      })
    }
    if (calls === 2) return send(429, { error: { type: 'es_rejected_execution_exception', reason: 'busy' }, status: 429 })
    send(200, { responses: Array.from({ length: searches }, () => ({ status: 200, hits: { hits: [], total: { value: 42 } } })) })
  })
  const local = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await local.close()
    await server.close()
  })
  const ms = msearch(local, { index: 'x', flushInterval: 20, backoff: { initial: 10, max: 20 } })
  const answers = await Promise.all([0, 1, 2].map((i) => ms.search<any>({ query: { term: { i } } })))
  t.same(answers.map((a) => (a.hits.total as SearchTotalHits).value), [0, 42, 2])
  t.equal(ms.stats.retried, 2, 'the throttled search, then again when its whole retry batch was throttled')
  t.equal(calls, 3)
})

t.test('an unanswerable batch rejects each of its callers; abort rejects what is queued', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(400, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
    res.end('{"error":{"type":"illegal_argument_exception","reason":"nope"},"status":400}')
  })
  const local = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await local.close()
    await server.close()
  })
  const ms = msearch(local, { index: 'x' })
  const settled = await Promise.allSettled([ms.search({}), ms.search({})])
  t.ok(settled.every((s) => s.status === 'rejected' && s.reason instanceof ResponseError && s.reason.statusCode === 400))

  const controller = new AbortController()
  const slow = new Msearch(local, { index: 'x', flushInterval: 10_000, signal: controller.signal })
  const queued = slow.search({})
  controller.abort(new Error('stop'))
  await t.rejects(queued, { message: 'stop' })
  await t.rejects(slow.search({}), { message: 'stop' }, 'after the abort too')
})

t.test('bad options and searches are ConfigurationErrors naming them', async (t) => {
  t.throws(() => msearch(es, { maxSearches: 0 }), { message: 'msearch: option "maxSearches" must be an integer >= 1, got 0' })
  t.throws(() => msearch(es, { concurency: 2 } as never), { message: /unknown option "concurency" \(did you mean "concurrency"\?\)/ })
  t.throws(() => msearch({} as never), ConfigurationError)
  const ms = msearch(es)
  await t.rejects(ms.search({ query: { match_all: {} } }), { message: /names no index/ })
  await t.rejects(ms.search(null as never), { message: 'msearch: a search must be an object, got null' })
  await ms.close()
  await t.rejects(ms.search({ index: 'x' }), { message: 'msearch: search() after close()' })
})
