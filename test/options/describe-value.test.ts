import t from 'tap'
import { describeValue } from '../../src/options/describe-value.js'

t.test('plain values are shown as they are', async (t) => {
  t.equal(describeValue(undefined), 'undefined')
  t.equal(describeValue(null), 'null')
  t.equal(describeValue(0), '0')
  t.equal(describeValue(-1.5), '-1.5')
  t.equal(describeValue(Number.NaN), 'NaN')
  t.equal(describeValue(1e30), '1e+30')
  t.equal(describeValue(true), 'true')
  t.equal(describeValue(12n), '12n')
  t.equal(describeValue('30s'), '"30s"')
  t.equal(describeValue('say "hi"'), '"say \\"hi\\""', 'quotes inside are escaped, so the value is one token')
})

t.test('objects, arrays and functions are named, never serialized', async (t) => {
  t.equal(describeValue({ password: 'S3cret' }), 'an object')
  t.equal(describeValue(Object.create(null)), 'an object')
  t.equal(describeValue([1, 2]), 'an array')
  t.equal(describeValue(() => 1), 'a function')
  t.equal(describeValue(Symbol('x')), 'a symbol')
  t.equal(describeValue(new Date(0)), 'a Date')
  t.equal(describeValue(Buffer.from('S3cret')), 'a Buffer')
  t.equal(describeValue(new AbortController()), 'an AbortController')
  t.equal(describeValue(new URL('http://user:S3cret@host:9200')), 'a URL')
  t.equal(describeValue(Promise.resolve(1)), 'a Promise')
  class Options {}
  t.equal(describeValue(new Options()), 'an Options')
  const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap') }, get: () => { throw new Error('trap') } })
  t.equal(describeValue(hostile), 'an object', 'a Proxy whose traps throw is still described')
})

t.test('credentials in a string never show', async (t) => {
  t.equal(describeValue('http://elastic:S3cret@es.example:9200'), '"http://[redacted]@es.example:9200"')
  t.equal(describeValue('https://user:p%40ss@host'), '"https://[redacted]@host"')
  // Without a scheme a URL parser sees no userinfo in it: everything before the last @ goes all the same.
  t.equal(describeValue('elastic:S3cret@127.0.0.1:9200'), '"[redacted]@127.0.0.1:9200"')
  t.equal(describeValue('user:pa@ss:word@host'), '"[redacted]@host"')
  for (const value of ['http://elastic:S3cret@es.example:9200', 'elastic:S3cret@h', 'a:b@S3cret@h']) {
    t.notMatch(describeValue(value), /S3cret/, value)
  }
})

t.test('long strings are cut', async (t) => {
  const key = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=='
  t.equal(describeValue(key), `"${key.slice(0, 40)}..."`)
  t.equal(describeValue('x'.repeat(40)), `"${'x'.repeat(40)}"`)
})
