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

t.test('a value JSON.parse refuses has no end', async (t) => {
  for (const bad of ['NaN', '-', '1.', '.5', '1e', '+1', 'tru', 'nul', 'True', '"\\x"', '"\\u12"', '"\\u12g4"', '"a\tb"', '"\u0001"', '[1,,2]', '[1,]', '[,1]', '{"a":1,}', '{"a" 1}', '{"a":}', '{1:2}', '{"a":1 "b":2}', '[1 2]', "'a'", '{"a":1]', '[1}']) {
    t.throws(() => JSON.parse(bad), SyntaxError, `JSON.parse refuses ${bad}`)
    t.equal(end(bad), -1, bad)
  }
  // `01` is the number 0 and a stray 1: the value ends after 0, and the caller finds no delimiter there.
  t.equal(end('01,'), 1)
})

t.test('any depth JSON.parse reads is walked (no recursion)', async (t) => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
  t.equal(end(deep), deep.length)
  t.equal(end(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`), 50_000 * 6 + 1)
})
