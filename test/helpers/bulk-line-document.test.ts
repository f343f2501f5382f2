// bulkStream's lineDocument hook (input 'ndjson'): a line whose document is inside it goes out as that byte
// range with its own id and routing in the action line; other lines go as they are; failures hand back the
// document's text and id. A fake transport shows the exact bodies.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { type BulkResult, bulkStream, type LineDocument } from '../../src/helpers/bulk/bulk-stream.js'
import type { TransportRequestParams } from '../../src/transport/types.js'

function fakeClient(status: (i: number) => number = () => 201) {
  const bodies: string[] = []
  const transport = {
    async request(params: TransportRequestParams) {
      const body = (params.bulkBody as Buffer).toString()
      bodies.push(body)
      const n = body.split('\n').length / 2 - 0.5
      return {
        errors: true,
        items: Array.from({ length: n }, (_, i) =>
          status(i) < 300
            ? { index: { status: status(i) } }
            : { index: { status: status(i), error: { type: 'document_parsing_exception', reason: 'no' } } },
        ),
      }
    },
  }
  return { client: { transport } as never, bodies }
}

/** A toy rule: a line starting with `{"wrap":` holds its document at bytes 8..end-1, id "w<line length>". */
const shared: LineDocument = { sourceStart: 0, sourceEnd: 0, id: undefined, routing: undefined }
function wrapped(bytes: Buffer, start: number, end: number): LineDocument | undefined {
  if (bytes.toString('latin1', start, start + 8) !== '{"wrap":') return undefined
  shared.sourceStart = start + 8
  shared.sourceEnd = end - 1
  shared.id = `w${end - start}`
  shared.routing = end - start > 20 ? 'r"1' : undefined
  return shared
}

async function run(input: string, status?: (i: number) => number, autoId: 'client' | 'server' = 'server') {
  const { client, bodies } = fakeClient(status)
  const results: BulkResult[] = []
  const bulk = bulkStream(client, { index: 'ix', input: 'ndjson', lineDocument: wrapped, autoId, flushDocs: 100 })
  await pipeline(
    Readable.from([Buffer.from(input)]),
    bulk,
    new Writable({
      objectMode: true,
      write(r: BulkResult, _e, cb) {
        results.push(r)
        cb()
      },
    }),
  )
  return { bodies, results }
}

t.test('a wrapped line goes out as its inner bytes with its id and routing; a plain line as it is', async (t) => {
  const { bodies, results } = await run('{"wrap":{"a":1.0}}\n{"b":1e2}\n{"wrap":{"c":"é","d":[1,2,3]}}\n')
  t.equal(
    bodies.join(''),
    '{"index":{"_index":"ix","_id":"w18"}}\n{"a":1.0}\n' +
      '{"index":{"_index":"ix"}}\n{"b":1e2}\n' +
      '{"index":{"_index":"ix","_id":"w31","routing":"r\\"1"}}\n{"c":"é","d":[1,2,3]}\n',
  )
  t.same(results.map((r) => r.ok), [true, true, true])
})

t.test('a wrapped line without an id gets a client id when autoId is client', async (t) => {
  const { client, bodies } = fakeClient()
  const bulk = bulkStream(client, {
    index: 'ix',
    input: 'ndjson',
    lineDocument: (_b, s, e) => ({ sourceStart: s, sourceEnd: e, id: undefined, routing: 'r' }),
  })
  await pipeline(Readable.from([Buffer.from('{"a":1}\n')]), bulk, new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }))
  t.match(bodies[0], /^\{"index":\{"_index":"ix","_id":"[\w-]{20}","routing":"r"\}\}\n\{"a":1\}\n$/)
})

t.test('a failed wrapped line hands back the inner document text, its id and its line number', async (t) => {
  const { results } = await run('{"a":1}\n{"wrap":{"a":"x"}}\n', (i) => (i === 1 ? 400 : 201))
  const failed = results.find((r) => !r.ok)!
  t.same([failed.line, failed.id, failed.item, failed.status], [2, 'w18', '{"a":"x"}', 400])
})

t.test('lineDocument needs input ndjson and a function', async (t) => {
  const { client } = fakeClient()
  t.throws(() => bulkStream(client, { index: 'ix', lineDocument: wrapped }), /option "lineDocument" must be a function and needs input 'ndjson'/)
  t.throws(
    () => bulkStream(client, { index: 'ix', input: 'ndjson', lineDocument: 'yes' as never }),
    /option "lineDocument" must be a function/,
  )
})

t.test("'object': the line is parsed and built like a written object, its line number kept", async (t) => {
  const { client, bodies } = fakeClient((i) => (i === 1 ? 400 : 201))
  const results: BulkResult[] = []
  const bulk = bulkStream(client, {
    index: 'ix',
    input: 'ndjson',
    autoId: 'server',
    lineDocument: (b, s) => (b[s + 2] === 0x5f ? 'object' : undefined), // a first key starting with _
  })
  await pipeline(
    Readable.from([Buffer.from('{"_id":"m1","word":"a"}\n{"_id":"m2","word":"b"}\n{"_id":"m3","_source":5}\n{"_x":}\n')]),
    bulk,
    new Writable({
      objectMode: true,
      write(r: BulkResult, _e, cb) {
        results.push(r)
        cb()
      },
    }),
  )
  t.equal(
    bodies.join(''),
    '{"index":{"_id":"m1","_index":"ix"}}\n{"word":"a"}\n{"index":{"_id":"m2","_index":"ix"}}\n{"word":"b"}\n',
  )
  const failed = results.filter((r) => !r.ok).sort((a, b) => a.line! - b.line!).map((r) => [r.line, r.status, r.error?.type, r.item])
  t.same(failed, [
    [2, 400, 'document_parsing_exception', { _id: 'm2', word: 'b' }],
    [3, 0, 'illegal_argument', { _id: 'm3', _source: 5 }],
    [4, 0, 'parse_error', '{"_x":}'],
  ])
  t.match(results.find((r) => r.line === 4)?.error?.reason, /^line 4 is not JSON: /)
})

t.test('pinIndex: actions, metadata in documents and action lines naming another index all go into index', async (t) => {
  const { client, bodies } = fakeClient()
  const bulk = bulkStream(client, { index: 'ix', pinIndex: true, autoId: 'server', flushDocs: 100 })
  await pipeline(
    Readable.from([
      { _index: 'other', _id: 'm1', word: 'metadata in the document' },
      { index: { _index: 'other', _id: 'a1' }, doc: { word: 'an action' } },
      '{"index":{"_index":"other","_id":"p1"}}\n{"word":"pre-serialized"}\n',
      { word: 'plain' },
    ]),
    bulk,
    new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }),
  )
  const actions = bodies.join('').split('\n').filter((_, i) => i % 2 === 0 && _ !== '')
  t.same(actions.map((a) => JSON.parse(a).index._index), ['ix', 'ix', 'ix', 'ix'], actions.join(' | '))
  t.throws(() => bulkStream(client, { pinIndex: true }), /option "pinIndex" needs the "index" option/)
  t.throws(() => bulkStream(client, { index: 'ix', pinIndex: 'yes' as never }), /option "pinIndex" must be a boolean, got "yes"/)
})
