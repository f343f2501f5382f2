// How bulkStream reads answers when only failures are wanted: an answer of only successes is checked from its
// bytes (no parse), so answers a real node never gives (wrong counts, refusals with JSON bodies) come from a
// local server.
import { createServer, type Server } from 'node:http'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { client, range } from '../support/es.js'

async function serve(answer: (lines: number) => { status: number; body: string }): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const lines = Buffer.concat(chunks).toString().split('\n').filter((l) => l !== '').length
      const { status, body } = answer(lines)
      res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

async function run(server: Server, results: 'failed' | 'none', n: number) {
  const { port } = server.address() as { port: number }
  const es = client(`http://127.0.0.1:${port}`, { maxRetries: 0 })
  const out: BulkResult[] = []
  const stream = bulkStream(es, { index: 'answers', results, flushDocs: 10, retries: 0 })
  await pipeline(
    Readable.from(range(n).map((i) => ({ i }))),
    stream,
    new Writable({
      objectMode: true,
      write(r, _e, cb) {
        out.push(r)
        cb()
      },
    }),
  )
  await es.close()
  return { out, stats: stream.stats }
}

const ok = (items: number) =>
  `{"errors":false,"items":[${Array.from({ length: items }, () => '{"index":{"status":201}}').join(',')}]}`

t.test('an answer of only successes with one status per item counts them all', async (t) => {
  const server = await serve((lines) => ({ status: 200, body: ok(lines / 2) }))
  t.teardown(() => server.close())
  const { out, stats } = await run(server, 'failed', 25)
  t.same(out, [])
  t.match(stats, { total: 25, successful: 25, failed: 0, requests: 3 })
})

t.test('"errors":false with fewer statuses than items sent is a bad response, not successes', async (t) => {
  const server = await serve((lines) => ({ status: 200, body: ok(lines / 2 - 1) }))
  t.teardown(() => server.close())
  const { out, stats } = await run(server, 'failed', 10)
  t.match(stats, { total: 10, successful: 0, failed: 10 })
  t.equal(out.length, 10)
  t.ok(
    out.every((r) => !r.ok && r.error?.type === 'bad_response' && /9 items for 10 sent/.test(r.error.reason)),
    'each item failed as a bad response',
  )
})

t.test('a refused request taken as bytes still reports Elasticsearch\'s error type and reason', async (t) => {
  const server = await serve(() => ({
    status: 400,
    body: '{"error":{"type":"illegal_argument_exception","reason":"no, thanks"},"status":400}',
  }))
  t.teardown(() => server.close())
  const { out, stats } = await run(server, 'failed', 3)
  t.match(stats, { total: 3, failed: 3 })
  t.ok(
    out.every((r) => r.status === 400 && r.error?.type === 'illegal_argument_exception' && r.error.reason === 'no, thanks'),
    'the error of the answer, parsed',
  )
})

t.test('an answer with errors is parsed and mapped item by item', async (t) => {
  const server = await serve((lines) => ({
    status: 200,
    body: `{"errors":true,"items":[${Array.from({ length: lines / 2 }, (_, i) =>
      i === 1
        ? '{"index":{"status":400,"error":{"type":"mapper_parsing_exception","reason":"bad"}}}'
        : '{"index":{"status":201}}',
    ).join(',')}]}`,
  }))
  t.teardown(() => server.close())
  const { out, stats } = await run(server, 'failed', 10)
  t.match(stats, { total: 10, successful: 9, failed: 1 })
  t.match(out, [{ ok: false, status: 400, error: { type: 'mapper_parsing_exception' }, item: { i: 1 } }])
})
