// bulk() and bulkStream against servers that answer `"errors":false` over items that did not succeed (a proxy,
// a non-conforming server). The top-level flag is a hint, never the verdict: in every variant no document is
// counted successful, each is reported failed (or retried, for a retryable status), and successful + failed
// == total. Each variant once per `results` setting, since 'failed'/'none' used to count statuses in the bytes.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { sendJson, startServer } from '../support/local-servers.js'
import { client, range } from '../support/es.js'

/** Builds the answer to a batch of `n` items. */
type Answer = (n: number) => string

const items = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join(',')
const ok201 = '{"index":{"status":201}}'

const variants: Array<{ name: string; answer: Answer; retried?: boolean }> = [
  {
    name: 'errors:false over item statuses of 500',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":500}}')}]}`,
  },
  {
    name: 'errors:false, one status too many in an item and one item without a status (the count matches)',
    answer: (n) =>
      `{"errors":false,"items":[${items(n, (i) =>
        i === 0 ? '{"index":{"status":201,"status":201}}' : i === 1 ? '{"index":{}}' : '{"index":{"status":500}}',
      )}]}`,
  },
  {
    name: 'a duplicated status key hiding a 500 under a 201',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":500,"status":201}}')}]}`,
  },
  {
    name: 'statuses outside items make up for items without one',
    answer: (n) =>
      `{"errors":false,"items":[${items(n, () => '{"index":{"result":"created"}}')}],"extra":[${items(n, () => ok201)}]}`,
  },
  {
    name: 'objects outside items and fewer items than sent',
    answer: (n) => `{"errors":false,"items":[${items(n - 1, () => ok201)}],"more":${ok201}}`,
  },
  {
    name: 'more items than sent',
    answer: (n) => `{"errors":false,"items":[${items(n + 1, () => ok201)}]}`,
  },
  {
    name: 'items given twice',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":500}}')}],"items":[${items(n, () => ok201)}]}`,
  },
  {
    name: 'an escaped key standing for status',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":201,"st\\u0061tus":500}}')}]}`,
  },
  {
    name: 'a status that is not an HTTP status',
    // Not 201.0: that is the number 201 as JSON reads it (and as the bulk answer reader reads it since the
    // differential fuzzing of issue 23), so an item with it is an item with status 201.
    answer: (n) => `{"errors":false,"items":[${items(n, (i) => `{"index":{"status":${['201.5', '"201"', '2010', '99', 'true', '-201'][i % 6]}}}`)}]}`,
  },
  {
    name: 'an answer for another op',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"delete":{"status":200}}')}]}`,
  },
  {
    name: 'a success status carrying an error',
    answer: (n) =>
      `{"errors":false,"items":[${items(n, () => '{"index":{"status":201,"error":{"type":"x","reason":"y"}}}')}]}`,
  },
  {
    name: 'an item with two ops',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":500},"create":{"status":201}}')}]}`,
  },
  {
    name: 'an answer cut short',
    answer: (n) => `{"errors":false,"items":[${items(n, () => ok201)}]`,
  },
  {
    name: 'errors:false over 503s: retried, then failed',
    answer: (n) => `{"errors":false,"items":[${items(n, () => '{"index":{"status":503}}')}]}`,
    retried: true,
  },
]

async function hostile(answer: Answer) {
  return startServer((_req, res, body) => {
    const n = body.toString().split('\n').filter((l) => l !== '').length / 2
    sendJson(res, 200, answer(n))
  })
}

const N = 25
const opts = { index: 'hostile', flushDocs: 10, retries: 1, backoff: { initial: 1, max: 2 } }

for (const v of variants) {
  t.test(`${v.name}: none counted successful`, async (t) => {
    const server = await hostile(v.answer)
    const es = client(server.url, { maxRetries: 0 })
    t.teardown(async () => {
      await es.close()
      await server.close()
    })
    const docs = () => range(N).map((i) => ({ i }))

    // bulk(): results 'failed' under the hood
    const stats = await bulk(es, docs(), opts)
    t.equal(stats.successful, 0, "bulk(): no document counted successful")
    t.equal(stats.failed, N, 'bulk(): every document reported failed')
    t.equal(stats.successful + stats.failed, stats.total)
    t.equal(stats.failedItems.length, N, 'bulk(): each failed item returned')
    t.ok(stats.failedItems.every((r) => !r.ok && (r.item as { i: number }).i >= 0), 'with its document')
    t.equal(stats.retried, v.retried === true ? N : 0, v.retried === true ? 'retried once each' : 'not retried')

    for (const results of ['all', 'none'] as const) {
      const stream = bulkStream(es, { ...opts, results })
      const out: BulkResult[] = []
      await pipeline(
        Readable.from(docs()),
        stream,
        new Writable({
          objectMode: true,
          write(r: BulkResult, _e, cb) {
            out.push(r)
            cb()
          },
        }),
      )
      t.match(stream.stats, { total: N, successful: 0, failed: N }, `results '${results}': none successful`)
      t.equal(out.length, results === 'all' ? N : 0)
      t.ok(out.every((r) => !r.ok), `results '${results}': every result a failure`)
    }
  })
}

t.test('a conforming answer of successes is still counted whole, in every results mode', async (t) => {
  const server = await hostile((n) => `{"errors":false,"items":[${items(n, () => ok201)}]}`)
  const es = client(server.url, { maxRetries: 0 })
  t.teardown(async () => {
    await es.close()
    await server.close()
  })
  const stats = await bulk(es, range(N).map((i) => ({ i })), opts)
  t.match(stats, { total: N, successful: N, failed: 0, requests: 3 })
})

t.test('errors:true over items that all succeeded: each counted by its own status', async (t) => {
  const server = await hostile((n) => `{"errors":true,"items":[${items(n, () => ok201)}]}`)
  const es = client(server.url, { maxRetries: 0 })
  t.teardown(async () => {
    await es.close()
    await server.close()
  })
  const stats = await bulk(es, range(N).map((i) => ({ i })), opts)
  t.match(stats, { total: N, successful: N, failed: 0 })
})
