// Bulk answers no conforming node gives, from a local server standing in for a broken proxy or a
// non-conforming server: `errors:false` is a hint, never the verdict. Whatever the answer and whatever
// `results` mode (the byte-level fast path runs for 'failed' and 'none', the parse for 'all', bulk() uses
// 'failed') and whatever the input (objects, or NDJSON bytes read at byte level): an item counts as indexed
// only when the answer's own entry for that very item says 2xx, and successful + failed == total.
import type { ServerResponse } from 'node:http'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { Client } from '../../src/client.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { startServer } from '../support/local-servers.js'

const N = 20
const BATCH = 10

// The ids of the request being answered (set by the server right before it builds the answer, synchronously):
// the answer names each item as a node would, so 'all' results carry the id they were sent with.
let ids: string[] = []
/** Each id sent, and its entry in the answer it got: what an ok result is checked against. */
const positionOf = new Map<string, number>()
const item = (status: number | string, i: number) =>
  `{"index":{"_index":"h","_id":"${ids[i] ?? 'extra'}","status":${status}}}`
const items = (n: number, status: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => item(status(i), i)).join(',')

interface Hostile {
  /** The answer for a request of `n` items: a status and a body, or a socket cut after these bytes. */
  answer: (n: number) => { body: string; status?: number; contentType?: string; cutAfter?: boolean }
  /** Item positions (within a request) whose own entry says 2xx; every other item must not be ok. */
  okAt?: (i: number) => boolean
}

const hostile: Record<string, Hostile> = {
  'errors:false, every item 500': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, () => 500)}]}` }),
  },
  'errors:false, every other item 500': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, (i) => (i % 2 ? 500 : 201))}]}` }),
    okAt: (i) => i % 2 === 0,
  },
  'errors:false, items with 429 and 409 and 404 statuses': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, (i) => [429, 409, 404][i % 3]!)}]}` }),
  },
  'duplicate status key in each item (201 then 500)': {
    answer: (n) => ({
      body: `{"errors":false,"items":[${Array.from({ length: n }, () => '{"index":{"status":201,"status":500}}').join(',')}]}`,
    }),
  },
  'duplicate items key: successes first, the last one (what JSON.parse keeps) all 500': {
    answer: (n) => ({
      body: `{"errors":false,"items":[${items(n, () => 201)}],"items":[${items(n, () => 500)}]}`,
    }),
  },
  'duplicate errors key: false first, true last': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, () => 500)}],"errors":true}` }),
  },
  'one item too few': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n - 1, () => 201)}]}` }),
  },
  'one item too many': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n + 1, () => 201)}]}` }),
  },
  'no items at all': {
    answer: () => ({ body: '{"errors":false,"items":[]}' }),
  },
  'the successes outside items': {
    answer: (n) => ({ body: `{"errors":false,"items":[],"took":1,"shadow":[${items(n, () => 201)}]}` }),
  },
  'items empty, successes in a nested items array': {
    answer: (n) => ({ body: `{"errors":false,"nested":{"items":[${items(n, () => 201)}]},"items":[]}` }),
  },
  'status text inside an error reason string': {
    answer: (n) => ({
      body: `{"errors":false,"items":[${Array.from(
        { length: n },
        () => '{"index":{"status":500,"error":{"type":"x","reason":"\\"status\\":201"}}}',
      ).join(',')}]}`,
    }),
  },
  'items without a status': {
    answer: (n) => ({ body: `{"errors":false,"items":[${Array.from({ length: n }, () => '{"index":{}}').join(',')}]}` }),
  },
  'string statuses': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, () => 201).replaceAll('201', '"201"')}]}` }),
  },
  'truncated body (complete HTTP message, cut JSON)': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, () => 201)}`.slice(0, -5) }),
  },
  'truncated body (socket cut before content-length)': {
    answer: (n) => ({ body: `{"errors":false,"items":[${items(n, () => 201)}`, cutAfter: true }),
  },
  'non-JSON body with status 200': {
    answer: () => ({ body: '<html><body>200 OK</body></html>', contentType: 'text/html' }),
  },
  'non-JSON body labelled as JSON': {
    answer: () => ({ body: 'OK' }),
  },
  'empty body': {
    answer: () => ({ body: '' }),
  },
  'a JSON array instead of an object': {
    answer: (n) => ({ body: `[${items(n, () => 201)}]` }),
  },
}

function send(res: ServerResponse, a: ReturnType<Hostile['answer']>) {
  const bytes = Buffer.from(a.body)
  res.writeHead(a.status ?? 200, {
    'content-type': a.contentType ?? 'application/json',
    'x-elastic-product': 'Elasticsearch',
    'content-length': a.cutAfter ? bytes.length + 100 : bytes.length,
  })
  if (a.cutAfter) {
    res.write(bytes, () => res.socket?.destroy())
  } else {
    res.end(bytes)
  }
}

async function hostileServer(h: Hostile) {
  return startServer((req, res, body) => {
    if (req.url?.startsWith('/_bulk') !== true) {
      res.writeHead(404, { 'x-elastic-product': 'Elasticsearch' }).end()
      return
    }
    const lines = body
      .toString()
      .split('\n')
      .filter((l) => l !== '')
    ids = lines.filter((_, i) => i % 2 === 0).map((l) => (JSON.parse(l) as { index: { _id: string } }).index._id)
    ids.forEach((id, i) => positionOf.set(id, i))
    send(res, h.answer(lines.length / 2))
  })
}

const docs = () => Array.from({ length: N }, (_, n) => ({ n }))
/** The same documents as NDJSON bytes: bulk() and `input: 'ndjson'` read them at byte level, another path. */
const bytes = () =>
  Readable.from([Buffer.from(docs().map((d) => `${JSON.stringify(d)}\n`).join(''))], { objectMode: false })
// No retries anywhere: the first answer is the one judged.
const options = { index: 'h', id: 'n', flushDocs: BATCH, retries: 0 }
const byteOptions = { index: 'h', flushDocs: BATCH, retries: 0 }

for (const [name, h] of Object.entries(hostile)) {
  const okAt = h.okAt ?? (() => false)
  const expectedOk = Array.from({ length: N }, (_, i) => okAt(i % BATCH)).filter(Boolean).length

  t.test(`${name}: nothing counted indexed that the answer did not say so for`, async (t) => {
    const server = await hostileServer(h)
    const es = new Client({ node: server.url, maxRetries: 0 })
    t.teardown(async () => {
      await es.close()
      await server.close()
    })
    for (const results of ['all', 'failed', 'none'] as const) {
      const out: BulkResult[] = []
      const stream = bulkStream(es, { ...options, results })
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
      const { stats } = stream
      t.equal(stats.total, N, `${results}: total`)
      t.equal(stats.successful + stats.failed, N, `${results}: successful + failed == total`)
      t.ok(stats.successful <= expectedOk, `${results}: ${stats.successful} counted successful, at most ${expectedOk}`)
      const wronglyOk = out.filter((r) => r.ok && !okAt(positionOf.get(r.id ?? '') ?? -1))
      t.same(wronglyOk, [], `${results}: no result ok whose own answer entry was not 2xx`)
      const emitted = { all: N, failed: stats.failed, none: 0 }[results]
      t.equal(out.length, emitted, `${results}: ${emitted} results emitted`)
    }
    const viaBulk = await bulk(es, docs(), options)
    t.equal(viaBulk.successful + viaBulk.failed, N, 'bulk(): successful + failed == total')
    t.ok(viaBulk.successful <= expectedOk, `bulk(): ${viaBulk.successful} counted successful, at most ${expectedOk}`)
    t.equal(viaBulk.failedItems.length, viaBulk.failed, 'bulk(): every failure is listed')

    const lineResults: BulkResult[] = []
    const byLine = bulkStream(es, { ...byteOptions, input: 'ndjson' })
    await pipeline(
      bytes(),
      byLine,
      new Writable({
        objectMode: true,
        write(r: BulkResult, _e, cb) {
          lineResults.push(r)
          cb()
        },
      }),
    )
    t.equal(byLine.stats.successful + byLine.stats.failed, N, 'ndjson: successful + failed == total')
    t.equal(lineResults.length, N, 'ndjson: one result per line')
    const wronglyOkLines = lineResults.filter((r) => r.ok && !okAt(positionOf.get(r.id ?? '') ?? -1))
    t.same(wronglyOkLines, [], 'ndjson: no result ok whose own answer entry was not 2xx')
    const viaBytes = await bulk(es, bytes(), byteOptions)
    t.equal(viaBytes.successful + viaBytes.failed, N, 'bulk() of bytes: successful + failed == total')
    t.ok(
      viaBytes.successful <= expectedOk,
      `bulk() of bytes: ${viaBytes.successful} counted successful, at most ${expectedOk}`,
    )
  })
}
