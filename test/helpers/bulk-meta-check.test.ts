// The metadata check before a bulk line goes out: each line it refuses, both real servers refuse as a whole
// request (400, no items), so refusing it here costs that line only; each line it lets through, both servers
// take without refusing the request. The table is the evidence for the rules in bulk-meta-check.ts.
import t from 'tap'
import { Client } from '../../src/client.js'
import type { BulkActionMeta, BulkOp } from '../../src/helpers/bulk/bulk-action.js'
import { checkMeta, checkUpdateBody } from '../../src/helpers/bulk/bulk-meta-check.js'
import { onEachServer } from '../support/real-servers.js'
import { deleteIndex, uniqueIndex } from '../support/es.js'

const index = uniqueIndex('meta-check')

/** Metadata as a user may write it: any value under any name (the check is there for the wrong ones). */
type Meta = Record<string, unknown>
const check = (op: BulkOp, meta: Meta, label?: (field: string) => string) =>
  checkMeta(op, meta as BulkActionMeta, label)

/** [op, metadata besides _index, what the reason says] for lines refused as a whole. */
const REFUSED: Array<[BulkOp, Meta, RegExp]> = [
  ['index', { _id: '1', version: 3 }, /"version" 3 needs "version_type" "external" or "external_gte", got none/],
  ['index', { _id: '1', version: 3, version_type: 'internal' }, /needs "version_type" .* got "internal"/],
  ['delete', { _id: '1', version: 3 }, /"version" 3 needs "version_type"/],
  ['index', { _id: '1', version_type: 'bogus' }, /"version_type" must be one of "internal", "external", "external_gte", got "bogus"/],
  ['index', { _id: '1', version: 3, version_type: 'EXTERNAL' }, /"version_type" must be one of .* got "EXTERNAL"/],
  ['index', { _id: '1', version: 3, version_type: 'force' }, /got "force"/],
  ['index', { _id: '1', version_type: 'external' }, /"version_type" needs "version", got "external"/],
  ['index', { _id: '1', version: 'x', version_type: 'external' }, /"version" must be an integer >= 0, got "x"/],
  ['index', { _id: '1', version: -1, version_type: 'external' }, /"version" must be an integer >= 0, got -1/],
  ['index', { _id: '1', version: 1e30, version_type: 'external' }, /"version" must be an integer >= 0, got 1e\+30/],
  ['create', { _id: '1', version: 3, version_type: 'external' }, /"version" cannot go with a create/],
  ['update', { _id: '1', version: 3, version_type: 'external' }, /"version" cannot go with a update/],
  ['update', { _id: '1', version_type: 'external' }, /"version_type" needs "version"/],
  ['index', { _id: '1', if_seq_no: 3 }, /"if_seq_no" needs "if_primary_term", got 3/],
  ['delete', { _id: '1', if_seq_no: 3 }, /"if_seq_no" needs "if_primary_term"/],
  ['index', { _id: '1', if_primary_term: 3 }, /"if_primary_term" needs "if_seq_no", got 3/],
  ['index', { _id: '1', if_seq_no: 5, if_primary_term: 0 }, /"if_primary_term" must be an integer >= 1, got 0/],
  ['index', { _id: '1', if_seq_no: -5, if_primary_term: 1 }, /"if_seq_no" must be an integer >= 0, got -5/],
  ['index', { _id: '1', if_seq_no: 'a', if_primary_term: 1 }, /"if_seq_no" must be an integer >= 0, got "a"/],
  ['create', { _id: '1', if_seq_no: 1, if_primary_term: 1 }, /"if_seq_no" cannot go with a create/],
  [
    'index',
    { _id: '1', if_seq_no: 1, if_primary_term: 1, version: 3, version_type: 'external' },
    /"if_seq_no" cannot go with "version"/,
  ],
  ['index', { _id: '1', routing: { a: 1 } }, /"routing" must be a string or a number, got an object/],
  ['index', { _id: '1', routing: ['a'] }, /"routing" must be a string or a number, got an array/],
  ['index', { _id: { a: 1 } }, /"_id" must be a string or a number, got an object/],
  ['index', { _id: '1', pipeline: {} }, /"pipeline" must be a string or a number, got an object/],
  ['index', { _id: '1', require_alias: 'yes' }, /"require_alias" must be true or false, got "yes"/],
  ['update', { _id: '1', retry_on_conflict: 'x' }, /"retry_on_conflict" must be an integer, got "x"/],
  ['index', { _id: '1', dynamic_templates: [1] }, /"dynamic_templates" must be an object .* got an array/],
]

/** Lines both servers take (the item may still fail on its own, 404 or 409, but the request is not refused). */
const TAKEN: Array<[BulkOp, Meta]> = [
  ['index', { _id: '1' }],
  ['index', { _id: 12 }],
  ['index', { _id: '1', routing: 5 }],
  ['index', { _id: '1', routing: '' }],
  ['index', { _id: '1', version: 40, version_type: 'external' }],
  ['index', { _id: '1', version: '41', version_type: 'external_gte' }],
  ['index', { _id: '1', version_type: 'internal' }],
  ['index', { _id: '1', if_seq_no: 1, if_primary_term: 1 }],
  ['index', { _id: '1', if_seq_no: '1', if_primary_term: '1' }],
  ['delete', { _id: 'gone', version: 5, version_type: 'external' }],
  ['index', { _id: '1', require_alias: false }],
  ['index', { _id: '1', require_alias: 'false' }],
  ['update', { _id: '1', retry_on_conflict: 3 }],
  ['update', { _id: '1', version_type: 'internal' }],
  ['index', { _id: '1', version: null, version_type: null, routing: null, pipeline: null }],
]

function line(op: BulkOp, meta: object): string {
  const action = `{"${op}":${JSON.stringify({ _index: index, ...meta })}}\n`
  if (op === 'delete') return action
  return action + (op === 'update' ? '{"doc":{"a":1},"doc_as_upsert":true}\n' : '{"a":1}\n')
}

t.test('checkMeta refuses each line of the table, naming the field and the value', async (t) => {
  for (const [op, meta, reason] of REFUSED) {
    t.match(check(op, meta).reason, reason, `${op} ${JSON.stringify(meta)}`)
  }
  for (const [op, meta] of TAKEN) {
    t.equal(check(op, meta).reason, undefined, `${op} ${JSON.stringify(meta)} passes`)
  }
})

t.test('a null is dropped (Elasticsearch takes it as absent), the same object is kept when there is none', async (t) => {
  const meta = { _id: '1', routing: 'r' }
  t.equal(check('index', meta).meta, meta, 'nothing dropped: the same object')
  t.same(check('index', { _index: null, _id: '1', version: null }).meta, { _id: '1' })
})

t.test('a label names the field as the caller wrote it', async (t) => {
  const label = (field: string) => JSON.stringify(`_${field}`)
  t.match(check('index', { if_seq_no: 1 }, label).reason, /"_if_seq_no" needs "_if_primary_term", got 1/)
})

t.test('checkUpdateBody: the keys and kinds of value an update takes', async (t) => {
  t.equal(checkUpdateBody({ doc: { a: 1 }, doc_as_upsert: true }), undefined)
  t.equal(checkUpdateBody({ script: 'ctx._source.n++', upsert: { n: 0 } }), undefined)
  t.match(checkUpdateBody({ doc: 5 }), /update "doc" cannot be 5/)
  t.match(checkUpdateBody({ doc_as_upsert: 'yes' }), /update "doc_as_upsert" cannot be "yes"/)
  t.match(checkUpdateBody({ foo: 1 }), /an update body takes .*; got "foo"/)
})

onEachServer(t, 'the node refuses each refused line as a whole request, and takes each passed one', async (t, server) => {
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await deleteIndex(client, index)
    await client.close()
  })
  const send = (body: string) =>
    client.transport.request({ method: 'POST', path: '/_bulk', bulkBody: Buffer.from(body) }).then(
      () => 200,
      (err: { statusCode?: number; body?: { items?: unknown } }) => (err.body?.items === undefined ? err.statusCode : -1),
    )
  for (const [op, meta] of REFUSED) t.equal(await send(line(op, meta)), 400, `refused whole: ${op} ${JSON.stringify(meta)}`)
  for (const [op, meta] of TAKEN) t.equal(await send(line(op, meta)), 200, `taken: ${op} ${JSON.stringify(meta)}`)
})
