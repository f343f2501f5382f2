// The metadata-in-document shape (Python helpers, dump files): read only when a name Elasticsearch refuses
// inside a document is present, so no real document is ever mistaken for metadata.
import { Readable } from 'node:stream'
import t from 'tap'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { META_FIELDS, readMetaShape, TRIGGERS } from '../../src/helpers/bulk/bulk-meta-shape.js'
import { BulkStream, type BulkResult } from '../../src/helpers/bulk/bulk-stream.js'
import { client, createIndex, deleteIndex, sourceOf, uniqueIndex } from '../support/es.js'

const es = client()
t.teardown(() => es.close())

async function searchAll(index: string): Promise<Array<{ _id: string; _source: any }>> {
  await es.transport.request({ method: 'POST', path: `/${index}/_refresh` })
  const res = await es.transport.request<any>({
    method: 'POST',
    path: `/${index}/_search`,
    body: { size: 100, sort: ['_doc'] },
  })
  return res.hits.hits
}

t.test('readMetaShape: no trigger, no reading', async (t) => {
  t.equal(readMetaShape({ word: 'foo' }), undefined)
  t.equal(readMetaShape({ _op_type: 'delete', _pipeline: 'p', _if_seq_no: 1 }), undefined, 'legal field names alone')
  t.equal(readMetaShape({ index: 'x', id: 1 }), undefined)
})

t.test('readMetaShape: the rest of the object is the document, metadata goes to the action line', async (t) => {
  t.same(readMetaShape({ _index: 'mywords', doc: { word: 'foo' } }), {
    op: 'index',
    action: { index: { _index: 'mywords' }, doc: { doc: { word: 'foo' } } },
  })
  t.same(
    readMetaShape({
      _index: 'i',
      _id: 7,
      _routing: 'r',
      _op_type: 'create',
      _if_seq_no: 3,
      _if_primary_term: 1,
      _version: 4,
      _version_type: 'external',
      _pipeline: 'p',
      _require_alias: false,
      word: 'w',
    }),
    {
      op: 'create',
      action: {
        create: {
          _index: 'i',
          _id: 7,
          routing: 'r',
          if_seq_no: 3,
          if_primary_term: 1,
          version: 4,
          version_type: 'external',
          pipeline: 'p',
          require_alias: false,
        },
        doc: { word: 'w' },
      },
    },
  )
})

t.test('readMetaShape: _source is the document and the rest (a hit\'s _score, sort) is left out', async (t) => {
  t.same(readMetaShape({ _index: 'i', _id: '1', _score: 1.5, sort: [3], _source: { a: 1 } }), {
    op: 'index',
    action: { index: { _index: 'i', _id: '1' }, doc: { a: 1 } },
  })
  t.same(readMetaShape({ _source: { a: 1 } }), { op: 'index', action: { index: {}, doc: { a: 1 } } })
})

t.test('readMetaShape: update and delete', async (t) => {
  t.same(readMetaShape({ _op_type: 'update', _id: 1, _retry_on_conflict: 3, doc: { a: 1 }, doc_as_upsert: true }), {
    op: 'update',
    action: { update: { _id: 1, retry_on_conflict: 3 }, doc: { a: 1 }, doc_as_upsert: true },
  })
  t.same(readMetaShape({ _op_type: 'update', _id: 1, _source: { script: { source: 'ctx._source.n++' } } }), {
    op: 'update',
    action: { update: { _id: 1 }, script: { source: 'ctx._source.n++' } },
  })
  t.same(
    readMetaShape({ _op_type: 'update', _id: 1, _source: true, doc: { a: 1 } }),
    { op: 'update', action: { update: { _id: 1, _source: true }, doc: { a: 1 } } },
    'a non-object _source on an update is its source filter',
  )
  t.same(readMetaShape({ _op_type: 'delete', _index: 'i', _id: 1, word: 'ignored' }), {
    op: 'delete',
    action: { delete: { _index: 'i', _id: 1 } },
  })
})

t.test('readMetaShape: what it refuses, naming the field and the value', async (t) => {
  t.same(readMetaShape({ _id: 1, _op_type: 'upsert' }), {
    op: 'index',
    reason: '_op_type must be one of index, create, update, delete, got "upsert"',
  })
  // Worded by the one value printer, as bulk-meta-check's guarantee test words the same mistakes ("got an
  // object", the number itself); this file's own printer used to say "got object" and "got number".
  t.match(readMetaShape({ _id: { a: 1 } }), { reason: '_id must be a string or a number, got an object' })
  t.match(readMetaShape({ _index: 3 }), { reason: '_index must be a string, got 3' })
  t.match(readMetaShape({ _index: 'i', _source: 'text' }), { reason: '_source must be an object (the document), got "text"' })
  t.match(readMetaShape({ _op_type: 'update', _id: 1, word: 'w' }), {
    reason: 'an update takes doc, upsert, doc_as_upsert, script, scripted_upsert, detect_noop; got "word"',
  })
})

t.test('the triggers are exactly the read names Elasticsearch refuses inside a document', async (t) => {
  const index = uniqueIndex('meta-fields')
  t.teardown(() => deleteIndex(es, index))
  // dynamic: false, so a probe's field is not mapped and cannot make the next probe fail for another reason
  await createIndex(es, index, 1, { dynamic: false })
  const names = Object.keys(META_FIELDS).concat('_source', '_op_type')
  const res = await es.transport.request<any>({
    method: 'POST',
    path: `/${index}/_bulk`,
    bulkBody: names.flatMap((name) => [{ index: {} }, { [name]: 'x' }]),
  })
  names.forEach((name, i) => {
    const error = res.items[i].index.error
    if (TRIGGERS.includes(name)) {
      const why = JSON.stringify(error)
      t.ok(why.includes(`Field [${name}] is a metadata field and cannot be added inside a document`), name)
    } else {
      t.equal(error, undefined, `${name} is a legal document field`)
    }
  })
  t.ok(TRIGGERS.every((name) => names.includes(name)), 'every trigger was probed')
})

t.test('seed example (async_bulk): { _index, doc } indexes { doc: { word } }', async (t) => {
  const mywords = uniqueIndex('mywords')
  t.teardown(() => deleteIndex(es, mywords))
  // The seed's gendata(), only the index name made unique for the shared cluster.
  async function* gendata() {
    const mywords_ = ['foo', 'bar', 'baz']
    for (const word of mywords_) {
      yield {
        _index: mywords,
        doc: { word: word },
      }
    }
  }
  const stats = await bulk(es, gendata())
  t.match(stats, { total: 3, successful: 3, failed: 0 })
  const hits = await searchAll(mywords)
  t.same(
    hits.map((h) => h._source),
    [{ doc: { word: 'foo' } }, { doc: { word: 'bar' } }, { doc: { word: 'baz' } }],
  )
})

t.test('seed example (async_streaming_bulk): { _index, word } indexes { word }, one ok result each', async (t) => {
  const mywords = uniqueIndex('mywords')
  t.teardown(() => deleteIndex(es, mywords))
  async function* gendata() {
    const mywords_ = ['foo', 'bar', 'baz']
    for (const word of mywords_) {
      yield {
        _index: mywords,
        word: word,
      }
    }
  }
  const results: BulkResult[] = []
  for await (const result of Readable.from(gendata()).pipe(new BulkStream(es))) results.push(result)
  t.equal(results.length, 3)
  t.ok(results.every((r) => r.ok && r.index === mywords && r.op === 'index'))
  t.same(
    (await searchAll(mywords)).map((h) => h._source),
    [{ word: 'foo' }, { word: 'bar' }, { word: 'baz' }],
  )
})

t.test('every metadata name reaches Elasticsearch; a failure hands back the object as written', async (t) => {
  const index = uniqueIndex('meta-ops')
  t.teardown(() => deleteIndex(es, index))
  await bulk(es, [
    { _index: index, _id: 'r', _routing: 'shard-key', word: 'routed' },
    { _index: index, _id: 'v', _version: 5, _version_type: 'external', word: 'v5' },
    { _index: index, _id: 'u', n: 1 },
    { _index: index, _id: 'gone', word: 'x' },
    { _index: index, _id: 'keep', _op_type: 'create', _source: { kept: true }, _score: 2 },
  ])
  const second = await bulk(
    es,
    [
      { _op_type: 'update', _index: index, _id: 'u', _retry_on_conflict: 2, doc: { n: 2 } },
      { _op_type: 'delete', _index: index, _id: 'gone' },
      { _index: index, _id: 'v', _version: 4, _version_type: 'external', word: 'older' },
      { _index: index, _id: 'u', _if_seq_no: 999, _if_primary_term: 1, n: 3 },
      { _index: index, _id: 'keep', _op_type: 'create', word: 'again' },
      { _index: index, _id: 'x', _require_alias: true, word: 'x' },
      { _index: index, _id: 'y', _pipeline: 'elastream-no-such-pipeline', word: 'y' },
    ],
  )
  const failed = second.failedItems
  t.equal(second.successful, 2, 'the update and the delete')
  t.same(
    failed.map((f) => [f.id, f.status]),
    [
      ['v', 409],
      ['u', 409],
      ['keep', 409],
      ['x', 404],
      ['y', 400],
    ],
    'external version, if_seq_no, create, require_alias and pipeline each reached the node',
  )
  t.same(failed[1]!.item, { _index: index, _id: 'u', _if_seq_no: 999, _if_primary_term: 1, n: 3 })
  const routed = await es.transport.request<any>({
    method: 'GET',
    path: `/${index}/_doc/r`,
    querystring: { routing: 'shard-key' },
  })
  t.same(routed._source, { word: 'routed' })
  t.match(routed, { _routing: 'shard-key' })
  t.same(await sourceOf(es, index, 'u'), { n: 2 })
  t.equal(await sourceOf(es, index, 'gone'), undefined)
  t.same(await sourceOf(es, index, 'keep'), { kept: true })
  t.same(await sourceOf(es, index, 'v'), { word: 'v5' })
})

t.test('a document with only legal underscore names stays a document; input: "documents" reads none', async (t) => {
  const index = uniqueIndex('meta-doc')
  t.teardown(() => deleteIndex(es, index))
  await bulk(es, [{ _op_type: 'delete', _pipeline: 'p', word: 'kept' }], { index, id: () => 'd' })
  t.same(await sourceOf(es, index, 'd'), { _op_type: 'delete', _pipeline: 'p', word: 'kept' })
  const results: BulkResult[] = []
  const stream = new BulkStream(es, { index, input: 'documents' })
  stream.end({ _id: 'meta', word: 'w' })
  for await (const r of stream) results.push(r)
  t.equal(results.length, 1)
  t.match(results[0], { ok: false, status: 400, error: { type: 'document_parsing_exception' } })
})

t.test('a malformed metadata object is one failed result that names the problem, not a request', async (t) => {
  const results: BulkResult[] = []
  const stream = new BulkStream(es, { index: 'unused' })
  stream.end({ _id: 1, _op_type: 'upsert', word: 'w' })
  for await (const r of stream) results.push(r)
  t.match(results, [
    {
      ok: false,
      status: 0,
      attempts: 0,
      error: { type: 'illegal_argument', reason: /_op_type must be one of/ },
      item: { _id: 1, _op_type: 'upsert', word: 'w' },
    },
  ])
})

t.test('readMetaShape: fields named like Object.prototype members stay in the document', async (t) => {
  // META_FIELDS was a plain object: `constructor`, `toString` or `__proto__` found a metadata name through
  // its prototype, so the field left the document and a bogus key went to the action line.
  const doc = JSON.parse('{"_id":"1","constructor":"c","toString":"t","__proto__":{"p":1},"hasOwnProperty":2,"word":"w"}')
  const shape = readMetaShape(doc)
  t.strictSame(Object.keys((shape as unknown as { action: { index: object } }).action.index), ['_id'])
  t.strictSame(Object.keys((shape as unknown as { action: { doc: object } }).action.doc), ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'word'])
})
