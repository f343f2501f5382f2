import t from 'tap'
import {
  durationOption,
  expectPositionals,
  intOption,
  jsonOption,
  listOption,
  parseCommandArgs,
  sizeOption,
  timeValueOption,
} from '../../src/cli/args.js'
import { ConfigurationError } from '../../src/errors.js'
// The one closest-name every caller uses; the CLI's tests of it kept as they were.
import { closestName as closest } from '../../src/options/closest-name.js'

const specs = {
  index: { type: 'string' as const, short: 'i', description: '' },
  quiet: { type: 'boolean' as const, short: 'q', description: '' },
  'flush-bytes': { type: 'string' as const, description: '' },
}

t.test('known flags parse, short and long, with = or a separate value', async (t) => {
  const { values, positionals } = parseCommandArgs(
    'load',
    ['f.ndjson', '-i', 'logs', '--flush-bytes=5mb', '-q'],
    specs,
  )
  t.same(positionals, ['f.ndjson'])
  t.equal(values.index, 'logs')
  t.equal(values['flush-bytes'], '5mb')
  t.equal(values.quiet, true)
})

t.test('an unknown long flag is named, with the closest known flag', async (t) => {
  t.throws(() => parseCommandArgs('load', ['--indx', 'a'], specs), {
    name: 'ConfigurationError',
    message: /unknown flag --indx for "load"; did you mean --index\?/,
  })
  t.throws(() => parseCommandArgs('load', ['--flush-byte=1'], specs), {
    message: /did you mean --flush-bytes\?/,
  })
  // Nothing near: no misleading suggestion.
  const err = t.throws(() => parseCommandArgs('load', ['--zzzzzzzz'], specs)) as Error
  t.notMatch(err.message, /did you mean/)
})

t.test('an unknown short flag is named', async (t) => {
  t.throws(() => parseCommandArgs('load', ['-x'], specs), { message: /unknown flag -x for "load"/ })
})

t.test('arguments after -- are positionals, not flags', async (t) => {
  const { positionals } = parseCommandArgs('load', ['--', '--not-a-flag'], specs)
  t.same(positionals, ['--not-a-flag'])
})

t.test('a string flag without a value is a ConfigurationError naming it', async (t) => {
  t.throws(() => parseCommandArgs('load', ['--index'], specs), {
    name: 'ConfigurationError',
    message: /--index/,
  })
})

t.test('closest picks typos and prefixes, not strangers', async (t) => {
  t.equal(closest('lod', ['load', 'dump', 'count']), 'load')
  t.equal(closest('cnt', ['load', 'dump', 'count']), 'count')
  t.equal(closest('dum', ['load', 'dump']), 'dump')
  t.equal(closest('elephant', ['load', 'dump']), undefined)
})

t.test('numbers and sizes are checked with the flag name', async (t) => {
  t.equal(intOption({ concurrency: '8' }, 'concurrency', 4), 8)
  t.equal(intOption({}, 'concurrency', 4), 4)
  t.throws(() => intOption({ concurrency: '0' }, 'concurrency', 4), {
    message: '--concurrency must be an integer >= 1, got "0"',
  })
  t.throws(() => intOption({ concurrency: 'x' }, 'concurrency', 4), ConfigurationError)
  t.equal(sizeOption({ 'flush-bytes': '5mb' }, 'flush-bytes'), 5 * 1024 * 1024)
  t.equal(sizeOption({ 'flush-bytes': '512KB' }, 'flush-bytes'), 512 * 1024)
  t.equal(sizeOption({ 'flush-bytes': '1000' }, 'flush-bytes'), 1000)
  t.equal(sizeOption({}, 'flush-bytes'), undefined)
  t.throws(() => sizeOption({ 'flush-bytes': '5 parsecs' }, 'flush-bytes'), {
    message: /--flush-bytes must be a size/,
  })
})

t.test('JSON and list flags', async (t) => {
  t.same(await jsonOption({ query: '{"match_all":{}}' }, 'query'), { match_all: {} })
  await t.rejects(jsonOption({ query: '{match_all' }, 'query'), { message: /--query is not valid JSON/ })
  await t.rejects(jsonOption({ query: '[1]' }, 'query'), { message: /--query must be a JSON object/ })
  t.same(listOption({ fields: 'a, b,,c' }, 'fields'), ['a', 'b', 'c'])
  t.throws(() => listOption({ fields: ',' }, 'fields'), { message: /--fields needs a comma-separated list/ })
})

t.test('positionals: missing and extra ones are named', async (t) => {
  t.throws(() => expectPositionals('reindex', ['a'], ['source', 'dest']), {
    message: /"reindex" needs <dest>/,
  })
  t.throws(() => expectPositionals('count', ['a', 'b'], ['index']), { message: /unexpected argument "b"/ })
  t.same(expectPositionals('count', ['a'], ['index']), ['a'])
})

t.test('flags are checked by the library\'s own checkers, worded the same', async (t) => {
  t.equal(sizeOption({ 'split-size': '1GB' }, 'split-size'), 1024 ** 3)
  t.equal(sizeOption({ 'split-size': '1.5kb' }, 'split-size'), 1536)
  t.throws(() => sizeOption({ 'split-size': '0' }, 'split-size'), {
    name: 'ConfigurationError',
    message: '--split-size must be a size such as 5mb, 512kb or 1048576, got "0"',
  })
  t.equal(durationOption({ timeout: '1500' }, 'timeout'), 1500)
  t.equal(durationOption({ timeout: '30s' }, 'timeout'), 30_000)
  t.equal(durationOption({ timeout: '2m' }, 'timeout'), 120_000)
  t.equal(durationOption({}, 'timeout'), undefined)
  t.throws(() => durationOption({ timeout: 'soon' }, 'timeout'), {
    message: '--timeout must be milliseconds or a time such as 30s or 2m, got "soon"',
  })
  t.equal(timeValueOption({ 'keep-alive': '15m' }, 'keep-alive'), '15m')
  t.throws(() => timeValueOption({ 'keep-alive': '15 minutes' }, 'keep-alive'), {
    message: `--keep-alive must be a time value such as '30s', '1m' or '2h', got "15 minutes"`,
  })
  // Digits only: Number() alone would read these as numbers.
  for (const bad of ['0x10', '1e3', ' ', '9007199254740993']) {
    t.throws(() => intOption({ batch: bad }, 'batch', 1), { message: `--batch must be an integer >= 1, got ${JSON.stringify(bad)}` })
  }
})

t.test('a flag value that holds credentials is quoted without them', async (t) => {
  const url = 'https://elastic:S3cret@es.example:9200'
  const errors = [
    t.throws(() => intOption({ batch: url }, 'batch', 1)),
    t.throws(() => sizeOption({ 'flush-bytes': url }, 'flush-bytes')),
    t.throws(() => durationOption({ timeout: url }, 'timeout')),
    t.throws(() => listOption({ fields: ` , ${url.slice(0, 0)}` }, 'fields')),
  ]
  await t.rejects(jsonOption({ query: `"${url}"` }, 'query'), {
    message: '--query must be a JSON object, got "[redacted]@es.example:9200\\""',
  })
  for (const err of errors) t.notMatch(String(err), /S3cret/)
  t.match(String(errors[0]), '--batch must be an integer >= 1, got "https://[redacted]@es.example:9200"')
})

t.test('a negative number after a string flag is its value, refused by the value check with the flag named', async (t) => {
  const { values, positionals } = parseCommandArgs('load', ['--index', '-1', 'f', '--', '--flush-bytes', '-2'], specs)
  t.equal(values.index, '-1')
  t.same(positionals, ['f', '--flush-bytes', '-2'], 'after --, nothing is a flag')
  t.throws(() => intOption({ index: '-1' }, 'index', undefined), { message: '--index must be an integer >= 1, got "-1"' })
  t.throws(() => parseCommandArgs('load', ['-1'], specs), { message: /unknown flag -1/ }, 'alone, still an unknown flag')
})
