// Documents with a __proto__ or constructor.prototype key, stored in the real node: readable with the client's
// (or the request's) prototypeKeys choice, refused with a clear error by default, and copied byte for byte by a
// raw scan.
import t from 'tap'
import { Client } from '../../src/client.js'
import { DeserializationError } from '../../src/errors.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { createIndex, deleteIndex, uniqueIndex } from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const index = uniqueIndex('proto-keys')
const POISONED = [
  '{"name":"a","__proto__":{"isAdmin":true}}',
  '{"name":"b","nested":{"constructor":{"prototype":{"isAdmin":true}}}}',
  '{"name":"c","plain":1.50}',
]
const es = new Client({ node: esUrl })

t.before(async () => {
  await createIndex(es, index, 1)
  const body = POISONED.map((doc, i) => `{"index":{"_index":"${index}","_id":"${i}"}}\n${doc}\n`).join('')
  await es.transport.request({ method: 'POST', path: '/_bulk', querystring: { refresh: 'true' }, bulkBody: body })
})
t.teardown(async () => {
  await deleteIndex(es, index)
  await es.close()
})

const search = { method: 'POST' as const, path: `/${index}/_search`, body: { sort: ['_doc'] } }

t.test('default: the search fails with a DeserializationError that names the option', async (t) => {
  await t.rejects(es.transport.request(search), {
    name: 'DeserializationError',
    message: /prototypeKeys/,
  })
  await t.rejects(scan(es, { index }).toArray(), DeserializationError)
})

t.test("client prototypeKeys 'keep': own data properties, no prototype touched", async (t) => {
  const keep = new Client({ node: esUrl, prototypeKeys: 'keep' })
  t.teardown(() => keep.close())
  const hits = await scan(keep, { index }).toArray()
  t.equal(hits.length, 3)
  const a = hits.find((h) => h._id === '0')!._source as Record<string, unknown>
  t.ok(Object.hasOwn(a, '__proto__'))
  t.equal(Object.getPrototypeOf(a), Object.prototype)
  t.equal((a as { isAdmin?: unknown }).isAdmin, undefined, 'isAdmin is not inherited')
})

t.test("per request 'remove' on a default client: the keys are gone, the rest is there", async (t) => {
  const res = await es.transport.request<{ hits: { hits: Array<{ _source: Record<string, any> }> } }>(search, {
    prototypeKeys: 'remove',
  })
  t.same(
    res.hits.hits.map((h) => h._source),
    [{ name: 'a' }, { name: 'b', nested: {} }, { name: 'c', plain: 1.5 }],
  )
})

t.test('a raw scan needs no choice: every _source byte for byte as loaded', async (t) => {
  const sources = (await scan(es, { index, raw: true }).toArray()).map((h) => h.source!.toString())
  t.same(sources.sort(), [...POISONED].sort())
})
