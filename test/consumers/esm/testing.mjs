// An ESM project testing its code with elastream/testing: no Elasticsearch, a mock on loopback.
import assert from 'node:assert/strict'
import { Client } from 'elastream'
import { errorReply, mockServer } from 'elastream/testing'

const mock = await mockServer()
const client = new Client({ node: mock.url })
mock.add({ method: 'GET', path: '/:index/_doc/:id' }, ({ params }) => ({ _index: params.index, _id: params.id, found: true, _source: { ok: true } }))
mock.add({ path: '/broken/_count' }, errorReply(503, 'unavailable_shards_exception', 'no shard'))
assert.deepEqual((await client.get({ index: 'things', id: '1' }))._source, { ok: true })
await assert.rejects(client.count({ index: 'broken' }, { maxRetries: 0 }), { statusCode: 503 })
assert.equal(mock.calls({ path: '/:index/_doc/:id' }).length, 1)
await client.close()
await mock.close()
console.log('esm: import elastream/testing ok')
