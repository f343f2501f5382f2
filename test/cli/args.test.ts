import t from 'tap'
import {
  expectPositionals,
  intOption,
  jsonOption,
  listOption,
  parseCommandArgs,
  sizeOption,
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
