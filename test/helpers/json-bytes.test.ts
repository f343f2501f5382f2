// The structural walk shared by raw search pages and dump lines: where a value ends, -1 where it does not.
import t from 'tap'
import { stringEnd, valueEnd } from '../../src/helpers/json-bytes.js'

const end = (text: string, at = 0, to?: number) => {
  const bytes = Buffer.from(text)
  return valueEnd(bytes, at, to ?? bytes.length)
}

t.test('strings: escapes, escaped backslashes, multibyte text', async (t) => {
  t.equal(end('"abc",1'), 5)
  t.equal(end('"a\\"b",'), 6, 'an escaped quote does not end it')
  t.equal(end('"a\\\\",'), 5, 'an escaped backslash before the quote does')
  t.equal(end('"é🙂",'), Buffer.byteLength('"é🙂"'))
  t.equal(end('"open'), -1)
  const bytes = Buffer.from('"ab"')
  t.equal(stringEnd(bytes, 0, 3), -1, 'a closing quote past `end` does not count')
})

t.test('objects and arrays: brackets inside strings are not counted', async (t) => {
  const doc = '{"a":"}]{[","b":[1,{"c":"\\""}],"d":{}}'
  t.equal(end(`${doc},`), doc.length)
  t.equal(end('[[],[{}]] '), 9)
  t.equal(end('{"a":[1,2}'), -1, 'unbalanced: never closes')
  t.equal(end('{"a":"x}'), -1, 'a string that never closes')
  t.equal(end('x{"a":1}', 1), 8, 'from an offset')
  t.equal(end('{"a":1}', 0, 6), -1, 'not closed before `end`')
})

t.test('scalars run to the next delimiter', async (t) => {
  t.equal(end('123,'), 3)
  t.equal(end('-1.5e3}'), 6)
  t.equal(end('true]'), 4)
  t.equal(end('null '), 4)
  t.equal(end('false\n'), 5)
  t.equal(end(',x'), -1, 'no value at all')
})
