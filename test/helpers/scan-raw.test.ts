// scan({ raw: true }): hits as byte ranges of the page, `_source` byte for byte, the same hits and the same
// cursor as an object scan; against the real node, with slices, resume, and a hostile page from a local server.
import t from 'tap'
import { DeserializationError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { RawHit, scan } from '../../src/helpers/scan/scan.js'
import { sendJson, startServer } from '../support/local-servers.js'
import { client, createIndex, deleteIndex, range, uniqueIndex } from '../support/es.js'

const es = client()
const N = 1200
const index = uniqueIndex('scan-raw')

t.before(async () => {
  await createIndex(es, index, 3)
  await bulk(
    es,
    range(N).map((n) => ({ n, text: `caf\u00e9 "quoted" \\ ${n}`, nested: { a: [n, n + 1], b: null } })),
    { index, id: 'n', refresh: true },
  )
})
t.teardown(async () => {
  await deleteIndex(es, index)
  await es.close()
})

t.test('the same hits as an object scan, each _source byte for byte what the node sent', async (t) => {
  const objects = new Map<string, unknown>()
  for await (const hit of scan(es, { index, size: 250 })) objects.set(hit._id, hit._source)
  const raw = new Map<string, RawHit>()
  for await (const hit of scan(es, { index, size: 250, raw: true })) raw.set(hit._id, hit)
  t.equal(raw.size, N)
  let same = 0
  for (const [id, hit] of raw) {
    if (JSON.stringify(JSON.parse(hit.source!.toString())) === JSON.stringify(objects.get(id))) same++
  }
  t.equal(same, N, 'every _source parses to the object scan document')
  const one = raw.get('7')!
  t.type(one, RawHit)
  t.equal(one._index, index)
  t.same(JSON.parse(one.bytes.toString())._source, objects.get('7'), 'bytes is the whole hit')
  t.ok(Array.isArray(one.sort), 'sort values parsed on demand')
})

t.test('slices and resume work in raw mode', async (t) => {
  const first = scan(es, { index, size: 100, raw: true, slices: 2, keepPointInTime: true })
  const seen = new Set<string>()
  for await (const hit of first) {
    seen.add(hit._id)
    if (seen.size === 333) break
  }
  const cursor = first.cursor!
  t.equal(cursor.slices.length, 2)
  const rest = scan(es, { index, size: 100, raw: true, resume: cursor })
  let again = 0
  for await (const hit of rest) {
    if (seen.has(hit._id)) again++
    seen.add(hit._id)
  }
  t.equal(again, 0, 'no hit read twice')
  t.equal(seen.size, N, 'every hit, across the break')
})

t.test('a page that is not JSON is a DeserializationError, not a short count', async (t) => {
  const s = await startServer((req, res) => {
    if ((req.url ?? '').includes('/_pit')) return sendJson(res, 200, { id: 'p' })
    if (req.method === 'DELETE') return sendJson(res, 200, { succeeded: true })
    sendJson(res, 200, '{"pit_id":"p","hits":{"hits":[{"_index":"i","_id":"1","_source":{"a":1}},{"_index":"i","_id":')
  })
  const c = client(s.url)
  t.teardown(async () => {
    await c.close()
    await s.close()
  })
  const err = await scan(c, { index: 'i', raw: true, retries: 0 })
    .toArray()
    .then(
      () => undefined,
      (e: unknown) => e,
    )
  t.type(err, DeserializationError)
})
