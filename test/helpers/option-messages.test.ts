// The helpers' option errors, all worded by the one printer (src/options/describe-value.ts) and the shared
// checks: the option named, the value shown without credentials, a bad value never crashing the check itself.
import t from 'tap'
import { ConfigurationError } from '../../src/errors.js'
import { createBackoff } from '../../src/helpers/backoff.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { msearch } from '../../src/helpers/msearch.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'

// Nothing is sent: every check runs before the first request.
const client = { transport: { request: () => Promise.reject(new Error('no request expected')) } }

t.test('a reindex target that cannot be serialized is named, not JSON.stringified', async (t) => {
  const target: Record<string, unknown> = { index: 3 }
  target.self = target // a target holding a client, a stream or itself: JSON.stringify threw a TypeError here
  await t.rejects(reindex(client, { index: 'a' }, target as never), {
    name: 'ConfigurationError',
    message: 'reindex: the target must be an object with "index", got an object',
  })
  await t.rejects(reindex(client, { index: 'a' }, { index: 'b', transform: 'upper' as never }), {
    message: 'reindex: option "transform" must be a function, got "upper"',
  })
  await t.rejects(reindex(client, { index: 'a' }, { index: 'b', maxFailedItems: -1 }), {
    message: 'reindex: option "maxFailedItems" must be an integer >= 0, got -1',
  })
  await t.rejects(reindex(client, { index: 'a' }, { index: 'b', op: 'upsert' as never }), {
    message: `reindex: option "op" must be 'index' or 'create', got "upsert"`,
  })
})

t.test('backoff: undefined keeps the default, bad values are shown as values', async (t) => {
  const backoff = createBackoff({ initial: undefined, max: undefined, jitter: 0 }, 'scan')
  t.equal(backoff.delay(1), 200, '{ initial: undefined } means the default, as everywhere else')
  t.equal(backoff.delay(20), 10_000)
  t.throws(() => createBackoff('fast' as never, 'scan'), {
    name: 'ConfigurationError',
    message: 'scan: option "backoff" must be an object, got "fast"',
  })
  t.throws(() => createBackoff({ initial: '1s' as never }, 'scan'), {
    message: 'scan: option "backoff.initial" must be a number >= 0, got "1s"',
  })
  t.throws(() => createBackoff({ jitter: 2 }, 'msearch'), {
    message: 'msearch: option "backoff.jitter" must be between 0 and 1, got 2',
  })
})

t.test('scan: durations through the shared checkers, defaults spread once', async (t) => {
  t.throws(() => scan(client, { index: 'a', keepAlive: 60 as never }), {
    name: 'ConfigurationError',
    message: `scan: option "keepAlive" must be a time value such as '30s', '1m' or '2h', got 60`,
  })
  t.throws(() => scan(client, { index: 'a', scroll: '1 minute' }), {
    message: `scan: option "scroll" must be a time value such as '30s', '1m' or '2h', got "1 minute"`,
  })
  t.throws(() => scan(client, { index: 'a', requestTimeout: '30s' as never }), {
    message: 'scan: option "requestTimeout" must be an integer >= 1 (milliseconds; for 30 seconds write 30000), got "30s"',
  })
  t.throws(() => scan(client, { index: 'a', size: 0 }), { message: 'scan: option "size" must be an integer >= 1, got 0' })
  const s = scan(client, { index: 'a', size: undefined, keepAlive: undefined, highWaterMark: undefined })
  t.equal(s.readableHighWaterMark, 16, 'undefined options take the defaults')
  s.destroy()
})

t.test('msearch, bulk: values shown, never typeof', async (t) => {
  t.throws(() => msearch(client, { flushInterval: '5ms' as never }), {
    message: 'msearch: option "flushInterval" must be an integer >= 0 (milliseconds; for 5 milliseconds write 5), got "5ms"',
  })
  t.throws(() => msearch(client, { index: 7 as never }), { message: 'msearch: option "index" must be a string, got 7' })
  t.throws(() => msearch(client, 5 as never), { message: 'msearch: options must be an object, got 5' })
  await t.rejects(bulk(client, [], { index: 'a', maxFailedItems: -1 }), {
    message: 'bulk: option "maxFailedItems" must be an integer >= 0, got -1',
  })
  await t.rejects(bulk(client, [], { index: 'a', onFailure: 'log' as never }), {
    message: 'bulk: option "onFailure" must be a function, got "log"',
  })
  await t.rejects(bulk(client, 42 as never, { index: 'a' }), {
    message: 'bulk: "source" must be an Iterable, an AsyncIterable or a Readable, got 42',
  })
})

t.test('bulkStream: millisecond options say which number a duration stands for', async (t) => {
  t.throws(() => bulkStream(client, { index: 'a', flushInterval: '1s' as never }), {
    name: 'ConfigurationError',
    message: 'bulkStream: option "flushInterval" must be an integer >= 0 (milliseconds; for 1 second write 1000), got "1s"',
  })
  t.throws(() => bulkStream(client, { index: 'a', requestTimeout: 0 }), {
    message: 'bulkStream: option "requestTimeout" must be an integer >= 1 (milliseconds), got 0',
  })
})

t.test('a URL with a password given to a helper option is quoted without it', async (t) => {
  const url = 'https://elastic:S3cret-pw@es.example:9243'
  const errors = [
    t.throws(() => msearch(client, { index: url.length as never, maxSearches: url as never })),
    await reindex(client, { index: 'a' }, { index: 'b', op: url as never }).catch((err: unknown) => err),
    t.throws(() => createBackoff({ max: url as never }, 'scan')),
  ]
  for (const err of errors) {
    t.type(err, ConfigurationError)
    t.match(String(err), /got "https:\/\/\[redacted\]@es\.example:9243"/)
    t.notMatch(String(err), /S3cret/)
  }
})
