// Differential fuzzing of readBulkAnswer (src/helpers/bulk/bulk-answer.ts, a byte parser of its own) against a parsed
// reading of the same answer: the answer refused exactly when JSON.parse refuses it (or it breaks a rule of
// bulk-answer.ts: no items, a count that differs, a top-level key escaped or given twice, nesting past 64), and
// per item the same status, op, error, _id, _index and result as the parsed answer, or a problem exactly where
// the parsed item is not `{ <op>: { status, ... } }` with a status 100-599, or hides a key (escaped or twice).
import fc from 'fast-check'
import t from 'tap'
import { isDeepStrictEqual } from 'node:util'
import { BadAnswer } from '../../src/helpers/bulk/bad-answer.js'
import { readBulkAnswer } from '../../src/helpers/bulk/bulk-answer.js'
import { deepValue, type Json, jsonValue, keyArb, mutate, mutationArb, styleArb, write } from '../support/fuzz-arbitraries.js'
import { fuzz } from '../support/fuzz-run.js'
import { agreedParse, depthOf, member, type Node, toValue } from '../support/reference-json.js'

const OPS = ['index', 'create', 'update', 'delete']
const FIELD_KEYS = ['status', 'error', '_id', '_index', 'result', '_version', '_shards', 'type', 'reason', 'caused_by']
const num = (raw: string): Json => ({ t: 'number', raw })

const statusArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('200', '201', '404', '409', '429', '500', '503').map(num) },
  fc.constantFrom('99', '100', '599', '600', '0', '-200', '200.0', '2e2', '2.01e2', '0200', '1e400', '200.5', '20').map(num),
  fc.constantFrom<Json>({ t: 'string', s: '200' }, { t: 'literal', raw: 'null' }, { t: 'object', members: [] }),
)

const errorArb: fc.Arbitrary<Json> = fc.oneof(
  jsonValue(['type', 'reason', 'caused_by'], 4),
  fc.tuple(fc.string(), fc.string()).map(([type, reason]): Json => ({ t: 'object', members: [['type', { t: 'string', s: type }], ['reason', { t: 'string', s: reason }]] })),
)

const fieldArb: fc.Arbitrary<[string, Json]> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant('status'), statusArb) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('error'), errorArb) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('_id', '_index', 'result'), fc.oneof(fc.string().map((s): Json => ({ t: 'string', s })), jsonValue([], 1))) },
  { weight: 1, arbitrary: fc.tuple(keyArb(FIELD_KEYS), jsonValue(FIELD_KEYS, 3)) },
)

/** `{ "<op>": { fields } }` mostly; sometimes two ops, an unknown op, or any value at all. */
const itemArb: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom(...OPS), fc.array(fieldArb, { maxLength: 5 }))
      .map(([op, fields]): Json => ({ t: 'object', members: [[op, { t: 'object', members: [['status', num('201')], ...fields] }]] })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(keyArb([...OPS, 'other']), fc.array(fieldArb, { maxLength: 3 })), { maxLength: 3 }))
      .map(([ops]): Json => ({ t: 'object', members: ops.map(([op, fields]): [string, Json] => [op, { t: 'object', members: fields }]) })),
  },
  { weight: 1, arbitrary: jsonValue(FIELD_KEYS, 3) },
)

/** A bulk answer: took, errors, items, and whatever else a proxy may add, in any order, keys sometimes twice. */
const answerArb: fc.Arbitrary<Json> = fc
  .tuple(
    fc.array(itemArb, { maxLength: 6 }),
    fc.array(fc.tuple(keyArb(['took', 'errors', 'items', 'ingest_took']), jsonValue(['items'], 3)), { maxLength: 3 }),
    fc.nat(),
  )
  .map(([items, extra, at]): Json => {
    const members: Array<[string, Json]> = [['took', num('3')], ['errors', { t: 'literal', raw: 'false' }], ['items', { t: 'array', items }]]
    members.splice(at % (members.length + 1), 0, ...extra)
    return { t: 'object', members }
  })

/** Answers nested past the depth limit, inside an item's error or at the top. */
const deepAnswerArb: fc.Arbitrary<Json> = fc.tuple(fc.integer({ min: 58, max: 70 }), fc.boolean(), fc.boolean()).map(([levels, objects, inItem]): Json => {
  const deep = deepValue(levels, num('1'), objects)
  const item: Json = { t: 'object', members: [['index', { t: 'object', members: [['status', num('400')], ...(inItem ? ([['error', deep]] as Array<[string, Json]>) : [])] }]] }
  return { t: 'object', members: [['items', { t: 'array', items: [item] }], ...(inItem ? [] : ([['took', deep]] as Array<[string, Json]>))] }
})

interface Expected {
  status: number
  op: string | undefined
  problem: boolean
  error?: { has: boolean; value?: unknown; poisoned?: boolean }
  id?: string
  index?: string
  result?: string
}

/** A `__proto__` key or `constructor.prototype` in the value JSON.parse builds (the client refuses those by default). */
const hasPoison = (v: unknown): boolean => {
  if (v === null || typeof v !== 'object') return false
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)
  if (own(v, '__proto__')) return true
  const c = (v as { constructor?: unknown }).constructor
  if (own(v, 'constructor') && c !== null && typeof c === 'object' && own(c, 'prototype')) return true
  return Object.values(v).some(hasPoison)
}

const str = (v: Node | undefined): string | undefined => (v?.kind === 'string' ? v.value : undefined)

/** What the parsed answer says about each item; undefined when the answer as a whole is unusable. */
function expected(node: Node | undefined, count: number, fields: boolean): Expected[] | undefined {
  if (node === undefined || node.kind !== 'object' || depthOf(node) > 64) return undefined
  if (node.members.some((m) => m.escaped)) return undefined
  const named = (k: string) => node.members.filter((m) => m.key === k)
  if (named('items').length !== 1 || named('errors').length > 1) return undefined
  const items = named('items')[0]!.value
  if (items.kind !== 'array' || items.items.length !== count) return undefined
  return items.items.map((item): Expected => {
    const bad = (op?: string): Expected => ({ status: 0, op, problem: true })
    if (item.kind !== 'object' || item.members.length === 0) return bad()
    const first = item.members[0]!
    const op = !first.escaped && OPS.includes(first.key) && first.value.kind === 'object' ? first.key : undefined
    if (op === undefined || item.members.length > 1) return bad(op)
    const body = first.value as Node & { kind: 'object' }
    if (body.members.some((m) => m.escaped)) return bad(op)
    const once = ['status', 'error', ...(fields ? ['_id', '_index', 'result'] : [])]
    if (once.some((k) => body.members.filter((m) => m.key === k).length > 1)) return bad(op)
    const status = member(body, 'status')
    const value = status?.kind === 'number' ? Number(status.raw) : NaN
    if (!Number.isInteger(value) || value < 100 || value > 599) return bad(op)
    const error = member(body, 'error')
    const out: Expected = {
      status: value,
      op,
      problem: false,
      error: error === undefined ? { has: false } : hasPoison(toValue(error)) ? { has: true, poisoned: true } : { has: true, value: toValue(error) },
    }
    if (fields) {
      out.id = str(member(body, '_id'))
      out.index = str(member(body, '_index'))
      out.result = str(member(body, 'result'))
    }
    return out
  })
}

function check(bytes: Buffer, delta: number, fields: boolean): void {
  const node = agreedParse(bytes)
  const items = node === undefined ? undefined : member(node, 'items')
  const count = Math.max(0, (items?.kind === 'array' ? items.items.length : 1) + delta)
  const want = expected(node, count, fields)
  let answer
  try {
    answer = readBulkAnswer(bytes, count, fields)
  } catch (err) {
    if (!(err instanceof BadAnswer)) throw err
    if (want !== undefined) throw new Error(`refused an answer JSON reads as usable: ${err.message}`)
    return
  }
  if (want === undefined) throw new Error('accepted an answer a JSON parser refuses or that breaks the rules')
  want.forEach((w, i) => {
    const got: Expected = { status: answer.status(i), op: answer.op(i), problem: answer.problem(i) !== undefined }
    if (!w.problem) {
      got.error = { has: answer.hasError(i) }
      if (w.error?.has === true) {
        try {
          got.error.value = answer.error(i)
        } catch {
          got.error.poisoned = true
        }
      }
      if (fields) {
        got.id = answer.id(i)
        got.index = answer.index(i)
        got.result = answer.result(i)
      }
    }
    if (!isDeepStrictEqual(got, w)) throw new Error(`item ${i}: read ${JSON.stringify(got)}, JSON says ${JSON.stringify(w)}`)
  })
}

const caseArb = fc.record({
  answer: fc.oneof({ weight: 9, arbitrary: answerArb }, { weight: 1, arbitrary: deepAnswerArb }),
  style: styleArb,
  mutation: mutationArb,
  delta: fc.constantFrom(0, 0, 0, 0, -1, 1),
  fields: fc.boolean(),
})

t.test('readBulkAnswer reads every answer as JSON.parse does', async (t) => {
  fuzz(t, 'bulk-answer', caseArb, ({ answer, style, mutation, delta, fields }) => {
    check(mutate(write(answer, style), mutation), delta, fields)
  }, 6000, ({ answer, style, mutation, delta, fields }) => `${JSON.stringify(mutate(write(answer, style), mutation).toString('latin1'))} delta ${delta} fields ${fields}`)
})
