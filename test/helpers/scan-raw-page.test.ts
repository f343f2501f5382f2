// readRawPage on the bytes that break naive splitters: braces and quotes inside strings, escapes before quotes,
// keys that look like hit fields inside _source, whitespace, and cut pages.
import t from 'tap'
import { DeserializationError } from '../../src/errors.js'
import { readRawPage } from '../../src/helpers/scan/raw-page.js'

const tricky = [
  { _index: 'i', _id: 'a"b\\', _score: null, _source: { s: '}{][",\\"', _index: 'x', sort: [9], n: [1, [2, { c: 3 }]] }, sort: [0, 'z'] },
  { _index: 'i', _id: '2', _routing: 'r\u00e9', _source: { e: '\\\\' }, sort: [1, 'y'] },
  { _index: 'i', _id: '3', fields: { f: [1] } },
]

t.test('hits, their fields and byte ranges, whatever their strings hold', async (t) => {
  const text = JSON.stringify({ pit_id: 'p\\"q', _shards: { total: 2, failed: 0 }, hits: { max_score: null, hits: tricky } }, null, 1)
  const page = readRawPage(Buffer.from(text))
  t.equal(page.pitId, 'p\\"q')
  t.same(page.shards, { total: 2, failed: 0 })
  t.equal(page.hits.length, 3)
  t.same(
    page.hits.map((h) => JSON.parse(h.bytes.toString())),
    tricky,
    'each hit range is exactly one hit',
  )
  t.same(page.hits.map((h) => h._id), ['a"b\\', '2', '3'])
  t.same(page.hits.map((h) => h._routing), [undefined, 'r\u00e9', undefined])
  t.same(JSON.parse(page.hits[0]!.source!.toString()), tricky[0]!._source, 'nested _index/sort keys do not confuse it')
  t.same(page.hits.map((h) => h.sort), [[0, 'z'], [1, 'y'], undefined])
  t.equal(page.hits[2]!.source, undefined)
})

t.test('a cut or broken page is a DeserializationError', async (t) => {
  const whole = JSON.stringify({ hits: { hits: tricky } })
  for (const cut of [whole.length - 1, whole.length - 3, 40, 12]) {
    t.throws(() => readRawPage(Buffer.from(whole.slice(0, cut))), DeserializationError, `cut at ${cut}`)
  }
  t.throws(() => readRawPage(Buffer.from('{"hits":{"hits":[1,2]}}')), DeserializationError, 'a hit that is not an object')
  t.same(readRawPage(Buffer.from('{"hits":{"hits":[]}}')).hits, [])
})

// Found by test/fuzz/raw-page.test.ts: the walk took for JSON what JSON.parse refuses, missed keys written with
// escapes, and kept the hits of a `hits` that JSON.parse overwrites.
t.test('a page JSON.parse refuses is refused, whatever holds the fault', async (t) => {
  for (const bad of ['NaN', '01', '1.', '-', 'tru', '"\\x"', '"\\u12"', '"a\tb"', '[1,,2]', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', "'a'"]) {
    for (const page of [
      `{"hits":{"hits":[{"_id":"1","_source":{"a":${bad}}}]}}`,
      `{"hits":{"hits":[{"_id":"1","_score":${bad},"_source":{}}]}}`,
      `{"took":${bad},"hits":{"hits":[]}}`,
      `{"hits":{"total":${bad},"hits":[]}}`,
    ]) {
      t.throws(() => JSON.parse(page), SyntaxError, `JSON.parse refuses ${page}`)
      t.throws(() => readRawPage(Buffer.from(page)), DeserializationError, page)
    }
  }
  t.throws(() => readRawPage(Buffer.from('{"hits":{"hits":[]}} {}')), DeserializationError, 'bytes after the page')
})

t.test('keys are read as JSON reads them: escaped spellings, the last of a key given twice', async (t) => {
  const escaped = readRawPage(
    Buffer.from('{"p\\u0069t_id":"p","\\u0068its":{"\\u0068its":[{"\\u005fid":"1","_\\u0073ource":{"a":1},"_ind\\u0065x":"i"}]}}'),
  )
  t.equal(escaped.pitId, 'p')
  t.same(escaped.hits.map((h) => [h._id, h._index, h.source?.toString()]), [['1', 'i', '{"a":1}']])
  const twice = readRawPage(Buffer.from('{"hits":{"hits":[{"_id":"a"}]},"hits":{"hits":[{"_id":"b"}],"hits":[{"_id":"c"}]}}'))
  t.same(twice.hits.map((h) => h._id), ['c'], 'only the hits JSON.parse keeps')
})

t.test('an _id, _index or _routing that is not a string has no string form', async (t) => {
  const page = readRawPage(Buffer.from('{"hits":{"hits":[{"_id":12345,"_index":["i"],"_routing":null}]}}'))
  t.same([page.hits[0]!._id, page.hits[0]!._index, page.hits[0]!._routing], ['', '', undefined])
})
