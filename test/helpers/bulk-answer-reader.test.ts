// readBulkAnswer on its own: what it reads from an answer's bytes, and what makes an item or an answer bad.
import t from 'tap'
import { BadAnswer } from '../../src/helpers/bulk/bad-answer.js'
import { readBulkAnswer } from '../../src/helpers/bulk/bulk-answer.js'

const read = (text: string, n: number, fields = false) => readBulkAnswer(Buffer.from(text), n, fields)

t.test('statuses, ops, errors and (with fields) the strings of each item', async (t) => {
  const a = read(
    '{"took":3,"errors":true,"items":[{"index":{"_index":"i","_id":"a","result":"created","status":201}},' +
      '{"create":{"_id":"b\\u00e9","status":409,"error":{"type":"version_conflict_engine_exception","reason":"r"}}},' +
      ' {"delete" : {"status":404,"result":"not_found","_shards":{"total":1}}} ]}',
    3,
    true,
  )
  t.same([a.status(0), a.status(1), a.status(2)], [201, 409, 404])
  t.same([a.op(0), a.op(1), a.op(2)], ['index', 'create', 'delete'])
  t.same([a.hasError(0), a.hasError(1), a.hasError(2)], [false, true, false])
  t.same(a.error(1), { type: 'version_conflict_engine_exception', reason: 'r' })
  t.same([a.id(0), a.id(1), a.id(2)], ['a', 'bé', undefined])
  t.same([a.index(0), a.result(0), a.result(2)], ['i', 'created', 'not_found'])
  t.equal(a.problem(0), undefined)
})

t.test('without fields, strings are not kept', async (t) => {
  const a = read('{"items":[{"index":{"_id":"a","status":201}}]}', 1)
  t.equal(a.id(0), undefined)
  t.equal(a.status(0), 201)
})

t.test('a malformed item is a problem with status 0, the others still read', async (t) => {
  const bad = [
    '{"index":{"status":201,"status":201}}',
    '{"index":{"st\\u0061tus":201}}',
    '{"index":{}}',
    '{"index":{"status":"201"}}',
    '{"index":{"status":200.5}}',
    '{"index":{"status":2.015e2}}',
    '{"index":{"status":1e400}}',
    '{"nope":{"status":201}}',
    '{"index":{"status":201},"create":{"status":201}}',
    '[201]',
    '{}',
    '{"index":{"status":201,"error":1,"error":2}}',
  ]
  for (const item of bad) {
    const a = read(`{"items":[${item},{"index":{"status":201}}]}`, 2)
    t.equal(a.status(0), 0, item)
    t.type(a.problem(0), 'string', item)
    t.equal(a.status(1), 201, `${item}: the next item still read`)
  }
})

t.test('an unusable answer is a BadAnswer naming why', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['', /not JSON/],
    ['<html>', /not JSON/],
    ['{"items":[{"index":{"status":201}}]', /not JSON/],
    ['{"items":[{"index":{"status":201}}]} x', /bytes after its end/],
    ['{"errors":false}', /no items/],
    ['{"items":[]}', /0 items for 1 sent/],
    ['{"items":[{"index":{"status":201}},{"index":{"status":201}}]}', /2 items for 1 sent/],
    ['{"items":[{"index":{"status":201}}],"items":[]}', /"items" twice/],
    ['{"errors":false,"errors":true,"items":[{"index":{"status":201}}]}', /"errors" twice/],
    ['{"it\\u0065ms":[{"index":{"status":201}}]}', /escaped key/],
    ['{"items":[{"index":{"status":201,"x":"\u0001"}}]}', /control character/],
    [`{"items":[${'['.repeat(100)}${']'.repeat(100)}]}`, /nesting/],
  ]
  for (const [text, reason] of cases) {
    t.throws(() => read(text, 1), { name: 'BadAnswer', message: reason }, text)
    try {
      read(text, 1)
    } catch (err) {
      t.ok(err instanceof BadAnswer, `${text}: a BadAnswer`)
    }
  }
})

t.test('keys outside items are skipped, whatever they hold', async (t) => {
  const a = read('{"a":{"status":500},"items":[{"index":{"status":200}}],"b":[1,-2.5e3,true,null,"s"]}', 1)
  t.equal(a.status(0), 200)
})

// Found by test/fuzz/bulk-answer.test.ts: the reader took for JSON what JSON.parse refuses, and read a status
// other than JSON does.
t.test('numbers and escapes JSON refuses make the answer bad, wherever they are', async (t) => {
  for (const value of ['0.', '01', '-', '1.e5', '1e', '1e+', '--1', '1.2.3', '-01', '.5', '"\\x"', '"\\u12"', '"\\u12g4"']) {
    for (const text of [
      `{"items":[{"index":{"status":201,"error":[${value},1]}}]}`,
      `{"took":${value},"items":[{"index":{"status":201}}]}`,
      `{"items":[{"index":{"status":201,"x":${value}}}]}`,
      `{"items":[{"index":{"status":${value}}}]}`,
    ]) {
      t.throws(() => JSON.parse(text), SyntaxError, `${text}: JSON.parse refuses it`)
      t.throws(() => read(text, 1), { name: 'BadAnswer', message: /not JSON/ }, text)
    }
  }
})

t.test('a status is read as JSON reads the number: 200.0 and 2e2 are 200, 200.5 is no status', async (t) => {
  for (const [value, status] of [['200.0', 200], ['2e2', 200], ['2.01E+2', 201], ['200.5', 0], ['0', 0], ['-200', 0]] as const) {
    const a = read(`{"items":[{"index":{"status":${value}}}]}`, 1)
    t.equal(a.status(0), status, value)
    t.equal(a.problem(0) === undefined, status !== 0, value)
  }
})

t.test('nesting: 64 levels are read, 65 make the answer bad, at the top as in an item', async (t) => {
  // The answer is level 1; items 2; an item 3; its op 4; the error 5.
  const nest = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
  t.equal(read(`{"items":[{"index":{"status":400,"error":${nest(60)}}}]}`, 1).status(0), 400)
  t.throws(() => read(`{"items":[{"index":{"status":400,"error":${nest(61)}}}]}`, 1), { name: 'BadAnswer', message: /nesting/ })
  t.equal(read(`{"took":${nest(63)},"items":[{"index":{"status":201}}]}`, 1).status(0), 201)
  t.throws(() => read(`{"took":${nest(64)},"items":[{"index":{"status":201}}]}`, 1), { name: 'BadAnswer', message: /nesting/ })
})
