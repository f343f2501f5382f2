import t from 'tap'
import { ConfigurationError } from '../../src/errors.js'
import {
  checkInteger,
  checkKnownOptions,
  checkOneOf,
  integerProblem,
  rejectOption,
  requireBoolean,
  requireInteger,
  requireString,
  stripUndefined,
} from '../../src/options/checks.js'

t.test('integers: good values pass, bad ones are named with the value', async (t) => {
  t.equal(requireInteger('size', 0, 0), 0)
  t.equal(requireInteger('size', 5, 1, 5), 5)
  t.doesNotThrow(() => checkInteger('scan', 'size', 1000, 1))
  t.equal(integerProblem(3, 1), undefined)
  t.equal(integerProblem(0, 1), 'must be an integer >= 1')
  t.equal(integerProblem(6, 1, 5), 'must be an integer from 1 to 5')
  const bad: Array<[unknown, string]> = [
    [0, '0'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['3', '"3"'],
    [null, 'null'],
    [{}, 'an object'],
    [3n, '3n'],
  ]
  for (const [value, shown] of bad) {
    t.throws(() => checkInteger('scan', 'size', value, 1), {
      name: 'ConfigurationError',
      message: `scan: option "size" must be an integer >= 1, got ${shown}`,
    })
  }
  t.throws(() => requireInteger('maxRetries', 11, 0, 10), {
    message: 'maxRetries must be an integer from 0 to 10, got 11',
  })
})

t.test('booleans, strings and words', async (t) => {
  t.equal(requireBoolean('compression', false), false)
  t.throws(() => requireBoolean('compression', 'gzip'), {
    message: 'compression must be true or false, got "gzip"',
  })
  t.equal(requireString('opaqueIdPrefix', ''), '')
  t.throws(() => requireString('opaqueIdPrefix', 7), { message: 'opaqueIdPrefix must be a string, got 7' })
  t.doesNotThrow(() => checkOneOf('bulkStream', 'op', 'create', ['index', 'create']))
  t.throws(() => checkOneOf('bulkStream', 'op', 'upsert', ['index', 'create']), {
    message: `bulkStream: option "op" must be one of 'index', 'create', got "upsert"`,
  })
})

t.test('a rejected value never shows a credential', async (t) => {
  const err = t.throws(() => rejectOption('index', 'must be an index name', 'https://elastic:S3cret@host:9200')) as Error
  t.type(err, ConfigurationError)
  t.equal(err.message, 'index must be an index name, got "https://[redacted]@host:9200"')
})

t.test('unknown option names get the closest known one', async (t) => {
  t.throws(() => checkKnownOptions({ sise: 1 }, ['size', 'index'], 'scan'), {
    message: 'scan: unknown option "sise" (did you mean "size"?); known options: size, index',
  })
  t.throws(() => checkKnownOptions({ zzzzzz: 1 }, ['size', 'index'], 'scan'), {
    message: 'scan: unknown option "zzzzzz"; known options: size, index',
  })
  t.doesNotThrow(() => checkKnownOptions({ size: 1 }, ['size', 'index'], 'scan'))
})

t.test('stripUndefined drops only undefined, so defaults spread under it hold', async (t) => {
  const defaults = { size: 1000, keepAlive: '1m', retries: 3 }
  const given = stripUndefined({ size: undefined, keepAlive: '5m', retries: 0 })
  t.same({ ...defaults, ...given }, { size: 1000, keepAlive: '5m', retries: 0 })
  t.same(stripUndefined({ a: null, b: false, c: '' }), { a: null, b: false, c: '' })
})
