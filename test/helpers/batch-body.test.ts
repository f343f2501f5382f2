// BatchBody on its own: lines written where each item's byte range says, growth, spares, and rebatch.
import t from 'tap'
import { BatchBody, rebatch } from '../../src/helpers/bulk/batch-body.js'
import { type BulkItem, isRejected } from '../../src/helpers/bulk/bulk-item.js'
import { idOf } from '../../src/helpers/bulk/id-generator.js'
import { ItemBuilder } from '../../src/helpers/bulk/item-builder.js'

function builder(autoId: 'client' | 'server' = 'client') {
  return new ItemBuilder({ index: 'i', op: 'index', id: undefined, autoId, input: 'auto' })
}

function build(b: ItemBuilder, input: unknown): BulkItem {
  const it = b.build(input)
  if (isRejected(it)) throw new Error(it.error.reason)
  return it
}

t.test('each item lands at its byte range: templated ids, action objects, strings, Buffers, multi-byte text', async (t) => {
  const b = builder()
  const body = new BatchBody(1024)
  const inputs: unknown[] = [
    { a: 'é日本🙂' },
    { index: { _id: 'x' }, doc: { b: 1 } },
    '{"c":"ü"}',
    Buffer.from('{"index":{"_index":"i","_id":"y"}}\n{"d":1}'),
  ]
  const items = inputs.map((input) => build(b, input))
  let total = 0
  for (const it of items) total += body.append(it)
  t.equal(body.size, total)
  const bytes = body.take()
  t.equal(bytes.length, total)
  t.equal(body.size, 0, 'take starts a new body')
  const lines = items.map((it) => bytes.toString('utf8', it.start, it.end))
  const id = idOf(items[0]!.idPrefix!, items[0]!.idSeq)
  t.same(lines, [
    `{"index":{"_index":"i","_id":"${id}"}}\n{"a":"é日本🙂"}\n`,
    '{"index":{"_id":"x","_index":"i"}}\n{"b":1}\n',
    `{"index":{"_index":"i","_id":"${idOf(items[2]!.idPrefix!, items[2]!.idSeq)}"}}\n{"c":"ü"}\n`,
    '{"index":{"_index":"i","_id":"y"}}\n{"d":1}\n',
  ])
  t.ok(items.every((it) => it.head === undefined && it.source === undefined && it.template === undefined), 'lines dropped once copied')
  t.equal(bytes.toString('utf8', items[2]!.start + items[2]!.sourceAt, items[2]!.end - 1), '{"c":"ü"}', 'sourceAt points at the source')
})

t.test('the body grows past its first capacity and keeps what was written', async (t) => {
  const b = builder('server')
  const body = new BatchBody(1 << 20)
  const items: BulkItem[] = []
  for (let i = 0; i < 2000; i++) {
    const it = build(b, { i, pad: 'x'.repeat(i % 50) })
    body.append(it)
    items.push(it)
  }
  const bytes = body.take()
  t.ok(bytes.length > 16 * 1024)
  t.ok(items.every((it, i) => bytes.toString('utf8', it.start, it.end) === `{"index":{"_index":"i"}}\n${JSON.stringify({ i, pad: 'x'.repeat(i % 50) })}\n`))
})

t.test('a recycled body is reused for the next batch', async (t) => {
  const body = new BatchBody(1 << 20)
  const b = builder('server')
  for (let i = 0; i < 100; i++) body.append(build(b, { i }))
  const first = body.take()
  body.recycle(first)
  body.append(build(b, { again: true }))
  const second = body.take()
  t.equal(second.buffer, first.buffer, 'same memory')
})

t.test('rebatch copies the chosen items and moves their ranges; all of them in order reuse the body', async (t) => {
  const b = builder('server')
  const body = new BatchBody(1024)
  const items = [0, 1, 2, 3].map((i) => build(b, { i }))
  for (const it of items) body.append(it)
  const bytes = body.take()
  const same = rebatch(items, bytes)
  t.equal(same.body, bytes)
  const part = rebatch([items[1]!, items[3]!], bytes)
  t.not(part.body, bytes)
  t.same(
    part.items.map((it) => part.body.toString('utf8', it.start, it.end)),
    ['{"index":{"_index":"i"}}\n{"i":1}\n', '{"index":{"_index":"i"}}\n{"i":3}\n'],
  )
  t.equal(part.items[0]!.start, 0)
})
