// The one definition of a valid line (src/helpers/json-check.ts): its verdict is JSON.parse's on every case below
// (UTF-8 aside: JSON.parse never sees bytes), it says where a line broke, and it finds the outermost object's
// members whatever is nested in them.
import t from 'tap'
import { JsonCheck } from '../../src/helpers/json-check.js'

const valid = [
  '{}',
  '[]',
  '{"a":1}',
  ' {"a" : [ 1 , 2.5e-3 , -0 , 0.0 , 1E+2 ] } ',
  '\r{"a":1}\r\r',
  '\t{"a":{"b":{"c":[[[{}]]]}}}\t',
  '{"s":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"}',
  '{"lone":"\\ud800"}',
  '{"u":"é日本🙂"}',
  '{"a":true,"b":false,"c":null}',
  '{"a":1,"a":2}',
  '"just a string"',
  '12',
  '{"__proto__":{"x":1}}',
]
const invalid = [
  '',
  ' ',
  '{',
  '{"a":1',
  '{"a":1}}',
  '{"a":1}{"b":2}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":-Infinity}',
  '{"a":[1,,2]}',
  '{"a":[1,2,]}',
  '{"a":1,}',
  '{,}',
  '{"a":tru}',
  '{"a":nul}',
  '{"a":True}',
  "{'a':1}",
  '{a:1}',
  '{"a":01}',
  '{"a":-01}',
  '{"a":1.}',
  '{"a":.5}',
  '{"a":1e}',
  '{"a":+1}',
  '{"a":0x10}',
  '{"a":"x\ty"}',
  '{"a":"x\ny"}',
  '{"a":"x\u0001y"}',
  '{"a":"\\x"}',
  '{"a":"\\u12"}',
  '{"a":"\\u12G4"}',
  '{"a":"open}',
  '{"a" 1}',
  '{"a":1 "b":2}',
  '{"a":1 /* c */}',
  '{"a":1} // c',
  '{"a":1}x',
  '{"a":[}',
  '{"a":{]}',
]

t.test('the same verdict as JSON.parse on every case', async (t) => {
  const check = new JsonCheck()
  for (const text of [...valid, ...invalid]) {
    const bytes = Buffer.from(text)
    let parses = true
    try {
      JSON.parse(text)
    } catch {
      parses = false
    }
    t.equal(check.check(bytes, 0, bytes.length), parses, `${JSON.stringify(text)}: ${check.fault || 'valid'}`)
    t.equal(check.fault === '', parses, 'a fault exactly when invalid')
  }
  t.equal(valid.length + invalid.length, 14 + 39)
})

t.test('a range inside a larger buffer: only that range counts', async (t) => {
  const check = new JsonCheck()
  const bytes = Buffer.from('xx{"a":1}yy')
  t.ok(check.check(bytes, 2, 9))
  t.notOk(check.check(bytes, 2, 10))
  t.notOk(check.check(bytes, 2, 8))
})

t.test('bytes that are not UTF-8 are refused; every well-formed sequence is not', async (t) => {
  const check = new JsonCheck()
  const wrap = (...inner: number[]) => Buffer.concat([Buffer.from('{"s":"'), Buffer.from(inner), Buffer.from('"}')])
  for (const bad of [[0xff], [0xc3], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]]) {
    t.notOk(check.check(wrap(...bad), 0, wrap(...bad).length), `bytes ${bad.map((b) => b.toString(16)).join(' ')}`)
    t.match(check.fault, /^bytes that are not UTF-8 at byte 7$/)
  }
  for (const good of ['é', '€', '日', '🙂', '\u{10ffff}', '\ud7ff', '\ue000']) {
    const bytes = wrap(...Buffer.from(good))
    t.ok(check.check(bytes, 0, bytes.length), `${JSON.stringify(good)}`)
  }
})

t.test('the fault says what and where (1-based byte of the range)', async (t) => {
  const check = new JsonCheck()
  const cases: Array<[string, string]> = [
    ['{"a":NaN}', "unexpected 'N' at byte 6"],
    ['{"a":[1,,2]}', "unexpected ',' at byte 9"],
    ['{"a":"x\ty"}', 'a raw control character (0x09) inside a string: it must be escaped at byte 8'],
    ['{"a":1', 'it ends inside an object or array at byte 7'],
    ['{"a":"\\q"}', "an invalid escape '\\q' in a string at byte 7"],
    ['{"a":01}', 'a number with a leading zero at byte 6'],
    ['{"a":1} x', "unexpected 'x' at byte 9"],
  ]
  for (const [text, fault] of cases) {
    const bytes = Buffer.from(text)
    check.check(bytes, 0, bytes.length)
    t.equal(check.fault, fault, text)
  }
})

t.test('members of the outermost object: recorded by first byte, value ranges exact, nesting skipped', async (t) => {
  const check = new JsonCheck()
  const record = new Uint8Array(256)
  record[0x5f] = 1 // _
  const text = '{ "_id" : 7 , "a":{"_id":"inner","b":[{"_x":1}]}, "_source" : {"k":[1,{}]} ,"_e":{}}'
  const bytes = Buffer.from(text)
  t.ok(check.check(bytes, 0, bytes.length, record))
  t.equal(check.topMembers, 4)
  const found: string[] = []
  for (let k = 0; k < check.members.length; k += 4) {
    const [keyAt, keyEnd, valueAt, valueEnd] = check.members.slice(k, k + 4) as [number, number, number, number]
    found.push(`${text.slice(keyAt, keyEnd)}=${text.slice(valueAt, valueEnd)}`)
  }
  t.same(found, ['"_id"=7', '"_source"={"k":[1,{}]}', '"_e"={}'])
})

t.test('deep nesting does not overflow the stack', async (t) => {
  const check = new JsonCheck()
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
  t.ok(check.check(Buffer.from(deep), 0, deep.length))
  t.notOk(check.check(Buffer.from(`${deep}]`), 0, deep.length + 1))
})
