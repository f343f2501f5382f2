// The answering server of the transport micro-benchmarks answers as Elasticsearch does, and stops when asked.
// Run: node --test benchmarks/test/
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { startSearchAnswerServer } from '../micro/search-answer-server.mjs'

test('every request gets the same search answer with the product header; stop() closes it', async () => {
  const server = await startSearchAnswerServer()
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    for (const [method, path, body] of [['POST', '/idx/_search', '{"size":1}'], ['GET', '/', undefined]]) {
      const res = await fetch(server.url + path, { method, body })
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('x-elastic-product'), 'Elasticsearch')
      assert.equal(res.headers.get('content-type'), 'application/json')
      const answer = await res.json()
      assert.equal(answer.hits.hits[0]._source.b, 'hello')
    }
  } finally {
    server.stop()
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
  await assert.rejects(fetch(server.url), 'nothing listens after stop()')
})
