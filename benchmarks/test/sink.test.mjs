// The sink must answer like Elasticsearch where clients look, or a benchmark
// measures a client against a server that lies. Run: node --test benchmarks/test/
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { logDoc } from '../common/logdoc.mjs'

const here = dirname(fileURLToPath(import.meta.url))
let sink
let url

before(async () => {
  sink = spawn(process.execPath, [join(here, '..', 'sink.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [line] = await once(createInterface({ input: sink.stdout }), 'line')
  url = `http://127.0.0.1:${JSON.parse(line).port}`
})
after(() => sink.kill())

const post = async (path, body, type = 'application/json') => {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  assert.equal(res.headers.get('x-elastic-product'), 'Elasticsearch')
  return { status: res.status, body: await res.json() }
}

test('bulk: one item per action, delete has no source line, ids echoed', async () => {
  const body =
    '{"index":{"_index":"a","_id":"x1"}}\n{"a":1}\n{"delete":{"_index":"a","_id":"x2"}}\n{"create":{}}\n{"b":2}\n{ "update" : {"_id":"u"} }\n{"doc":{}}\n'
  const { body: res } = await post('/idx/_bulk', body, 'application/x-ndjson')
  assert.equal(res.errors, false)
  assert.deepEqual(
    res.items.map((i) => Object.keys(i)[0]),
    ['index', 'delete', 'create', 'update'],
  )
  assert.equal(res.items[0].index._id, 'x1')
  assert.equal(res.items[1].delete.status, 200)
  assert.equal(res.items[2].create._index, 'idx')
  assert.equal(res.items[2].create.status, 201)
})

test('bulk: filter_path keeps only the asked item fields, and drops items when nothing can match', async () => {
  const body = '{"index":{}}\n{"a":1}\n{"index":{}}\n{"a":2}\n'
  const status = await post('/i/_bulk?filter_path=errors,items.*.status,items.*.error', body)
  assert.deepEqual(status.body, {
    errors: false,
    items: [{ index: { status: 201 } }, { index: { status: 201 } }],
  })
  const none = await post('/i/_bulk?filter_path=errors,items.*.error', body)
  assert.deepEqual(none.body, { errors: false })
})

test('scroll: pages through exactly the corpus, then an empty page', async () => {
  let res = (await post('/bench-scan-2500/_search?scroll=1m', { size: 1000 })).body
  let seen = res.hits.hits.length
  assert.equal(res.hits.hits[0]._id, '0')
  assert.deepEqual(res.hits.hits[0]._source, logDoc(0))
  while (res.hits.hits.length > 0) {
    res = (await post('/_search/scroll', { scroll_id: res._scroll_id, scroll: '1m' })).body
    seen += res.hits.hits.length
  }
  assert.equal(seen, 2500)
})

test('scroll: filter_path as the official helper sends it, last page without "hits"', async () => {
  const q = '?scroll=1m&filter_path=hits.hits._source,_scroll_id'
  const first = (await post(`/bench-scan-3/_search${q}`, { size: 5 })).body
  assert.deepEqual(Object.keys(first), ['_scroll_id', 'hits'])
  assert.deepEqual(Object.keys(first.hits.hits[2]), ['_source'])
  const last = (
    await post('/_search/scroll?filter_path=hits.hits._source,_scroll_id', { scroll_id: first._scroll_id })
  ).body
  assert.equal(last.hits, undefined)
})

test('scroll with track_total_hits false is rejected, as Elasticsearch does', async () => {
  const res = await post('/bench-scan-10/_search?scroll=1m', { size: 5, track_total_hits: false })
  assert.equal(res.status, 400)
  assert.equal(res.body.error.type, 'action_request_validation_exception')
})

test('point in time: search_after pages cover the corpus once', async () => {
  const pit = (await post('/bench-scan-2345/_pit?keep_alive=1m', '')).body.id
  let after
  let seen = 0
  let last = -1
  for (;;) {
    const body = {
      size: 1000,
      pit: { id: pit },
      sort: ['_shard_doc'],
      ...(after ? { search_after: after } : {}),
    }
    const hits = (await post('/_search', body)).body.hits.hits
    if (hits.length === 0) break
    assert.equal(hits[0].sort[0], last + 1)
    last = hits[hits.length - 1].sort[0]
    seen += hits.length
    after = hits[hits.length - 1].sort
  }
  assert.equal(seen, 2345)
})

test('count answers the corpus size', async () => {
  assert.equal((await post('/bench-scan-77/_count', {})).body.count, 77)
})

test('logdoc.mjs and logdoc.py produce the same bytes', () => {
  const py = spawnSync(
    'python3',
    [
      '-c',
      'import json,sys; sys.path.insert(0, sys.argv[1]); from logdoc import log_doc\n' +
        'for i in list(range(2000)) + list(range(4999000, 4999100)): print(json.dumps(log_doc(i), separators=(",", ":"), ensure_ascii=False))',
      join(here, '..', 'common'),
    ],
    { encoding: 'utf8' },
  )
  assert.equal(py.status, 0, py.stderr)
  const ids = [
    ...Array.from({ length: 2000 }, (_, i) => i),
    ...Array.from({ length: 100 }, (_, i) => 4999000 + i),
  ]
  const js = ids.map((i) => JSON.stringify(logDoc(i))).join('\n')
  assert.equal(py.stdout.trimEnd(), js)
})
