// retryOnStatus: which error statuses the transport retries, counted at a local server that answers a status a
// given number of times before it succeeds. A request that is not safe to repeat is never repeated, whatever
// the list.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import type { ClientOptions } from '../../src/client-options.js'
import { ConfigurationError, ResponseError } from '../../src/errors.js'
import { sendJson, startServer } from '../support/local-servers.js'

/** A node answering `status` to the first `failures` requests, then 200; `attempts()` counts the requests, `seen` lists them. */
async function busy(t: Test, status: number, failures: number, options: Partial<ClientOptions> = {}) {
  const seen: string[] = []
  let answered = 0
  const server = await startServer((req, res) => {
    seen.push(`${req.method} ${req.url?.split('?')[0]}`)
    if (answered++ < failures) {
      sendJson(res, status, { error: { type: 'es_rejected_execution_exception', reason: 'busy' }, status })
    } else if (req.url?.startsWith('/_bulk')) {
      sendJson(res, 200, { errors: false, took: 1, items: [{ index: { _index: 'i', _id: '1', status: 201 } }] })
    } else {
      sendJson(res, 200, { _index: 'i', _id: '1', result: 'created', hits: { hits: [] } })
    }
  })
  const client = new Client({ node: server.url, retryBackoff: 1, retryMaxBackoff: 2, maxRetries: 3, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return { client, attempts: () => seen.length, seen }
}

t.test('by default a 429 is not retried, a 503 is', async (t) => {
  const a = await busy(t, 429, 1)
  await t.rejects(a.client.search({ index: 'i' }), { name: 'ResponseError', statusCode: 429 })
  t.equal(a.attempts(), 1, '429: one attempt')
  const b = await busy(t, 503, 2)
  await b.client.search({ index: 'i' })
  t.equal(b.attempts(), 3, '503: retried until it succeeded')
})

t.test('retryOnStatus: true retries a 429 on a read, with the backoff, until it succeeds', async (t) => {
  const { client, attempts } = await busy(t, 429, 2, { retryOnStatus: true })
  await client.search({ index: 'i' })
  t.equal(attempts(), 3, 'two 429s, then the answer')
  const get = await busy(t, 429, 2, { retryOnStatus: true })
  await get.client.transport.request({ method: 'GET', path: '/i/_doc/1' })
  t.equal(get.attempts(), 3)
})

t.test('retryOnStatus: true gives up after maxRetries and says so with the last status', async (t) => {
  const { client, attempts } = await busy(t, 429, 100, { retryOnStatus: true, maxRetries: 2 })
  const error = await client.search({ index: 'i' }).catch((e: unknown) => e)
  t.type(error, ResponseError)
  t.equal((error as ResponseError).statusCode, 429)
  t.equal(attempts(), 3, '1 + maxRetries attempts')
})

t.test('never repeated when not safe: index without id, _bulk, create', async (t) => {
  const a = await busy(t, 429, 100, { retryOnStatus: true })
  await t.rejects(a.client.index({ index: 'i', document: { a: 1 } }), { name: 'ResponseError', statusCode: 429 })
  t.same(a.seen, ['POST /i/_doc'], 'index without id: one attempt')
  const b = await busy(t, 503, 100, { retryOnStatus: true })
  await t.rejects(b.client.bulk({ operations: [{ index: { _index: 'i' } }, { a: 1 }] }), { name: 'ResponseError', statusCode: 503 })
  t.same(b.seen, ['POST /_bulk'], '_bulk: one attempt')
  const c = await busy(t, 429, 100, { retryOnStatus: true })
  await t.rejects(c.client.create({ index: 'i', id: '1', document: { a: 1 } }), { name: 'ResponseError', statusCode: 429 })
  t.same(c.seen, ['PUT /i/_create/1'], 'create with an id: one attempt (a repeat would meet its own write)')
})

t.test('an index with an id (PUT, idempotent) is retried on a listed status', async (t) => {
  const { client, attempts } = await busy(t, 429, 1, { retryOnStatus: true })
  await client.index({ index: 'i', id: '1', document: { a: 1 } })
  t.equal(attempts(), 2)
})

t.test('a list names exactly the statuses retried; false retries none', async (t) => {
  const a = await busy(t, 502, 1, { retryOnStatus: [503] })
  await t.rejects(a.client.search({ index: 'i' }), { name: 'ResponseError', statusCode: 502 })
  t.equal(a.attempts(), 1, '502 not in [503]')
  const b = await busy(t, 500, 1, { retryOnStatus: [500] })
  await b.client.search({ index: 'i' })
  t.equal(b.attempts(), 2, '500 in [500]')
  const c = await busy(t, 503, 1, { retryOnStatus: false })
  await t.rejects(c.client.search({ index: 'i' }), { name: 'ResponseError', statusCode: 503 })
  t.equal(c.attempts(), 1, 'false: none')
})

t.test('bad values are refused, naming the option and the value', async (t) => {
  const node = 'http://127.0.0.1:9200'
  const cases: Array<[unknown, RegExp]> = [
    ['yes', /^retryOnStatus must be true, false or an array of HTTP statuses to retry \(429 or 500 to 599\), got "yes"$/],
    [429, /^retryOnStatus must be true, false or an array .*, got 429$/],
    [[429, 404], /^retryOnStatus\[1\] must be 429 or a status from 500 to 599 \(any other 4xx says the request itself is wrong\), got 404$/],
    [[503, '503'], /^retryOnStatus\[1\] must be 429 .*, got "503"$/],
    [[600], /^retryOnStatus\[0\] must be 429 .*, got 600$/],
  ]
  for (const [value, message] of cases) {
    t.throws(() => new Client({ node, retryOnStatus: value as never }), { name: 'ConfigurationError', message }, String(value))
  }
  t.throws(() => new Client({ node, retryOnStatuses: true } as never), ConfigurationError, 'a misspelled name is refused')
})
