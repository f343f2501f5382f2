// The byte scanner that sorts load's lines (src/cli/load/hit-line.ts) agrees, on every line below, with what the
// object path did with the parsed line: fromDump for dump lines, bulk's metadata-in-document reading for other
// objects with reserved keys, a plain document otherwise; and it finds the _source bytes as they are written.
import t from 'tap'
import { hitLine } from '../../src/cli/load/hit-line.js'
import { fromDump } from '../../src/cli/load/array-element.js'
import { readMetaShape } from '../../src/helpers/bulk/bulk-meta-shape.js'

type Kind = { meta: Record<string, string>; source: string } | 'object' | undefined

/** What the scanner says about a line that sits inside a larger buffer, like a line inside a chunk. */
function scanned(line: string): Kind {
  const bytes = Buffer.from(`{"x":"_"}\n${line}\n{"y":"\\\\"}`)
  const start = 10
  const found = hitLine(bytes, start, start + Buffer.byteLength(line))
  if (found === undefined || found === 'object') return found
  if ('parse' in found) return 'object'
  if ('refused' in found) throw new Error(`refused: ${found.refused}`)
  const meta: Record<string, string> = {}
  if (found.id !== undefined) meta._id = found.id
  if (found.routing !== undefined) meta.routing = found.routing
  return { meta, source: (found.source ?? bytes).toString('utf8', found.sourceStart, found.sourceEnd) }
}

/** What the object path made of it. */
function parsed(line: string): Kind {
  const value = JSON.parse(line)
  const out = fromDump(value) as { index?: Record<string, string>; doc?: unknown }
  if (out !== value) return { meta: out.index!, source: JSON.stringify(out.doc) }
  return readMetaShape(value) === undefined ? undefined : 'object'
}

const dumpLines = [
  '{"_index":"a","_id":"1","_source":{"x":1}}',
  '{"_index":"a","_id":"1","_routing":"r","_source":{"x":1}}',
  '{ "_id" : "sp" , "_source" : { "x" : [1, {"y": "}"}] } }',
  '{"_id":"q\\"uote\\\\","_source":{"s":"a\\"}b\\\\","t":"{["}}',
  '{"_id":"\\u00e9t\\u00e9","_source":{}}',
  '{"\\u005fid":"escaped-key","_source":{"a":1}}',
  '{"_source":{"a":1},"_id":"after"}',
  '{"_id":7,"_source":{"a":1}}',
  '{"_id":"x","_score":1.5,"sort":[1,"a"],"fields":{"f":[1]},"_ignored":["g"],"_source":{"日本":"é🙂"}}',
  '{"_id":"dup","_source":[1],"_source":{"last":true}}',
  '{"_id":"first","_id":"second","_source":{}}',
  '{"_source":{"n":1.0,"m":1e2,"deep":{"a":{"b":{"c":[[[]]]}}}}}',
  '{"sort":[1],"_source":{"a":1}}',
  '{"_index":"a","_type":"_doc","_id":"1","_score":1,"_source":{"a":1}}',
]
const objectLines = [
  '{"_source":{"a":1},"other":1}',
  '{"_id":"1","word":"foo"}',
  '{"word":"foo","_id":"1"}',
  '{"_id":"1","_source":5}',
  '{"_id":"1","_source":{"a":1},"_source":"last is not an object"}',
  '{"_id":"1","_source":null}',
  '{"_id":"1"}',
  '{"__proto__":{"a":1},"_source":{"a":1}}',
  '{"n":1,"\\u005fversion":3}',
  '{"_version":3,"n":1}',
  '{"trace_id":"a_b","duration_ms":1,"_id":"late"}',
]
const plainLines = [
  '{"a":1}',
  '{}',
  '{"fields":{"_source":{"a":1}}}',
  '{"_idx":"1","_source2":{}}',
  '{"a":"_id","b":{"_id":1},"c":["_source"],"d":"\\"_id\\""}',
  '{"sort":[1]}',
  '{"trace_id":"a_b","x_":1,"y":"\\\\_"}',
]

t.test('dump lines: found, with the id, routing and the source bytes as written', async (t) => {
  for (const line of dumpLines) {
    const got = scanned(line) as Exclude<Kind, 'object' | undefined>
    const want = parsed(line) as Exclude<Kind, 'object' | undefined>
    t.ok(typeof got === 'object', `a dump line: ${line}`)
    t.same(got?.meta, want?.meta, `same meta as fromDump: ${line}`)
    t.same(JSON.parse(got.source), JSON.parse(want.source), `same source: ${line}`)
  }
  t.equal(
    (scanned(dumpLines[11]!) as { source: string }).source,
    '{"n":1.0,"m":1e2,"deep":{"a":{"b":{"c":[[[]]]}}}}',
    'bytes kept: 1.0 and 1e2',
  )
})

/** Metadata in the document naming only _id, _index or _routing: put together from its bytes, not parsed. */
const assembledLines = new Set([
  '{"_id":"1","word":"foo"}',
  '{"word":"foo","_id":"1"}',
  '{"_id":"1"}',
  '{"trace_id":"a_b","duration_ms":1,"_id":"late"}',
  // Found by the hit-line fuzzer (test/fuzz/hit-line.test.ts), shrunk: fields named like Object.prototype
  // members found a metadata name through the prototype and the line was parsed, losing them.
  '{"\\u005fid":"","\\u0063on\\u0073tr\\u0075ct\\u006fr":true}',
  '{"_id":"1","constructor":"c","__proto__":{"p":1},"toString":2}',
])

t.test('metadata naming only _id, _index or _routing: the same document as bulk reads, from its bytes', async (t) => {
  for (const line of assembledLines) {
    const got = scanned(line) as Exclude<Kind, 'object' | undefined>
    const shape = readMetaShape(JSON.parse(line)) as unknown as { action: { index: { _id?: string }; doc: unknown } }
    t.same(got.meta, { _id: shape.action.index._id }, `the id: ${line}`)
    t.same(JSON.parse(got.source), shape.action.doc, `the document: ${line}`)
  }
})

t.test('other reserved keys: parsed, as bulk reads metadata in a document', async (t) => {
  for (const line of objectLines.filter((l) => !assembledLines.has(l))) {
    t.equal(parsed(line), 'object', `the object path read it as metadata: ${line}`)
    t.equal(scanned(line), 'object', line)
  }
})

t.test('plain documents, even with "_ in values or nested keys', async (t) => {
  for (const line of plainLines) {
    t.equal(parsed(line), undefined, `the object path sent it as a document: ${line}`)
    t.equal(scanned(line), undefined, line)
  }
})

t.test('lines that are not JSON are refused, with where they broke; none is sent or parsed', async (t) => {
  for (const line of [
    '{"_id":"1","_source":{"a":1}',
    '{"_id":"1","_source":{"a":1}}}',
    '{"_id":"1" "_source":{}}',
    '{"_id":"1","_source":{"a":"}',
    '{"_id":"bad \\x escape","_source":{}}',
    '{"_id":"1","_source":{}{}}',
    '{"_id":"1",}',
    '{"_id"}',
    '{"_id":}',
  ]) {
    const bytes = Buffer.from(line)
    const verdict = hitLine(bytes, 0, bytes.length) as { refused: string; type: string }
    t.match(verdict, { refused: /^is not JSON: .* at byte \d+$/, type: 'parse_error' }, line)
  }
})
