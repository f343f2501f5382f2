// The msearch batcher against answers Elasticsearch should never send: a null entry, too few or too many
// responses, no `responses`, an answer that is not an object. Each malformed answer rejects exactly the callers
// it concerns (one entry: its caller; a whole answer: its batch), never escapes as an unhandled rejection (which
// exits the process) and never leaves a caller waiting.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { DeserializationError } from '../../src/errors.js'
import { type MsearchResult, msearch } from '../../src/helpers/msearch.js'
import { sendJson, startServer } from '../support/local-servers.js'

const escaped: unknown[] = []
const onUnhandled = (reason: unknown) => escaped.push(reason)
process.on('unhandledRejection', onUnhandled)
t.teardown(() => {
  process.off('unhandledRejection', onUnhandled)
})

/** A server whose `_msearch` answer is `answer(n)` for a batch of n searches, sent as it is. */
async function serverAnswering(t: Test, answer: (searches: number) => unknown, contentType = 'application/json') {
  const server = await startServer((_req, res, body) => {
    const searches = body.toString().trim().split('\n').length / 2
    const payload = answer(searches)
    sendJson(res, 200, typeof payload === 'string' ? payload : JSON.stringify(payload), { 'content-type': contentType })
  })
  const local = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await local.close()
    await server.close()
  })
  return local
}

const hit = (i: number) => ({ status: 200, hits: { total: { value: i }, hits: [] } })

/** Three searches sent together (one batch), each settled or not within a second. */
async function threeSearches(t: Test, local: Client) {
  const ms = msearch(local, { index: 'x', flushInterval: 20 })
  const pending = [0, 1, 2].map((i) => ms.search<any>({ query: { term: { i } } }))
  const timeout = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 1000).unref())
  const settled = await Promise.all(
    pending.map((p) =>
      Promise.race([p.then((value) => ({ value }), (error: Error) => ({ error })), timeout]),
    ),
  )
  // close() waits for every caller: bounded too, so a hung caller fails the test instead of stalling it.
  t.equal(await Promise.race([ms.close().then(() => 'closed'), timeout]), 'closed', 'close() resolved')
  return settled
}

t.test('a null entry rejects its own caller only; the others get their answers', async (t) => {
  const local = await serverAnswering(t, (n) => ({ responses: Array.from({ length: n }, (_, i) => (i === 1 ? null : hit(i))) }))
  const [first, second, third] = await threeSearches(t, local)
  t.match(first, { value: { hits: { total: { value: 0 } } } })
  t.match(third, { value: { hits: { total: { value: 2 } } } })
  t.ok((second as { error: Error }).error instanceof DeserializationError, 'the null entry is an error for its caller')
  t.match(second, { error: { message: 'msearch: answer 2 of 3 in the _msearch response is not an object (got null)' } })
  t.same(escaped, [], 'nothing escaped as an unhandled rejection')
})

t.test('entries that are a string, a number or an array reject their callers; an object entry is an answer', async (t) => {
  const local = await serverAnswering(t, () => ({ responses: ['oops', 7, [hit(9)]] }))
  const settled = await threeSearches(t, local)
  t.match(settled, [
    { error: { message: /answer 1 of 3 .* \(got string\)/ } },
    { error: { message: /answer 2 of 3 .* \(got number\)/ } },
    { error: { message: /answer 3 of 3 .* \(got an array\)/ } },
  ])
  t.same(escaped, [])
})

t.test('a whole answer that cannot be paired with its searches rejects every caller of the batch', async (t) => {
  const cases: Array<[string, (n: number) => unknown, RegExp, string?]> = [
    ['fewer responses', (n) => ({ responses: Array.from({ length: n - 1 }, (_, i) => hit(i)) }), /answer holds 2 responses for 3 searches/],
    ['more responses', (n) => ({ responses: Array.from({ length: n + 1 }, (_, i) => hit(i)) }), /answer holds 4 responses for 3 searches/],
    ['no responses', () => ({ took: 1 }), /answer has no "responses" array for 3 searches/],
    ['responses not an array', () => ({ responses: { 0: hit(0) } }), /has no "responses" array/],
    ['a JSON array', (n) => Array.from({ length: n }, (_, i) => hit(i)), /is not a JSON object \(got an array\)/],
    ['JSON null', () => 'null', /is not a JSON object \(got null\)/],
    ['a JSON string', () => '"fine"', /is not a JSON object \(got string\)/],
    ['plain text', () => 'all good', /is not a JSON object \(got string\)/, 'text/plain'],
  ]
  for (const [name, answer, message, contentType] of cases) {
    const local = await serverAnswering(t, answer, contentType)
    const settled = await threeSearches(t, local)
    t.ok(
      settled.every((s) => s !== 'hung' && 'error' in s && s.error instanceof DeserializationError && message.test(s.error.message)),
      `${name}: each caller rejected (${JSON.stringify(settled.map((s) => (s === 'hung' ? s : 'error' in s ? s.error.message : 'answered')))})`,
    )
  }
  t.same(escaped, [], 'nothing escaped as an unhandled rejection')
})

t.test('stream(): a null entry is one error result, the stream goes on to the end', async (t) => {
  const local = await serverAnswering(t, (n) => ({ responses: Array.from({ length: n }, (_, i) => (i % 5 === 0 ? null : hit(i))) }))
  const ms = msearch(local, { index: 'x', maxSearches: 10 })
  const results: MsearchResult[] = []
  await pipeline(Readable.from(Array.from({ length: 50 }, (_, i) => ({ query: { term: { i } } }))), ms.stream(), async (source) => {
    for await (const r of source) results.push(r)
  })
  t.equal(results.length, 50)
  t.equal(results.filter((r) => r.error instanceof DeserializationError).length, 10, 'one error per null entry')
  t.equal(results.filter((r) => r.response !== undefined).length, 40)
  t.match(ms.stats, { searches: 50, failed: 10 })
  t.same(escaped, [])
})
