import t from 'tap'
import {
  checkTimeValue,
  millisecondsHint,
  parseDuration,
  requireMilliseconds,
  timeValueMs,
} from '../../src/options/duration.js'

t.test('Elasticsearch time values: the units the server reads', async (t) => {
  for (const good of ['1m', '30s', '500ms', '2h', '7d', '100micros', '5nanos', '0s']) {
    t.doesNotThrow(() => checkTimeValue('scan: option "keepAlive"', good), good)
  }
  t.equal(timeValueMs('30s'), 30_000)
  t.equal(timeValueMs('2h'), 7_200_000)
  t.equal(timeValueMs('1500ms'), 1500)
  t.equal(timeValueMs('1.5s'), undefined)
  const bad: Array<[unknown, string]> = [
    ['1 m', '"1 m"'],
    ['1.5m', '"1.5m"'],
    ['1M', '"1M"'],
    ['60', '"60"'],
    ['m', '"m"'],
    ['-1m', '"-1m"'],
    ['1w', '"1w"'],
    [60_000, '60000'],
    [undefined, 'undefined'],
  ]
  for (const [value, shown] of bad) {
    t.throws(() => checkTimeValue('scan: option "keepAlive"', value), {
      name: 'ConfigurationError',
      message: `scan: option "keepAlive" must be a time value such as '30s', '1m' or '2h', got ${shown}`,
    })
  }
})

t.test('milliseconds: whole numbers only, a unit answered with the number meant', async (t) => {
  t.equal(requireMilliseconds('requestTimeout', 0, 0), 0)
  t.equal(requireMilliseconds('requestTimeout', 30_000, 0), 30_000)
  t.throws(() => requireMilliseconds('requestTimeout', '30s', 0), {
    message: 'requestTimeout must be an integer >= 0 (milliseconds; for 30 seconds write 30000), got "30s"',
  })
  t.throws(() => requireMilliseconds('flushInterval', '1.5m', 0, 60_000), {
    message: 'flushInterval must be an integer from 0 to 60000 (milliseconds; for 1.5 minutes write 90000), got "1.5m"',
  })
  t.throws(() => requireMilliseconds('requestTimeout', -1, 0), {
    message: 'requestTimeout must be an integer >= 0 (milliseconds), got -1',
  })
  t.throws(() => requireMilliseconds('requestTimeout', 2.5, 0), { message: /got 2\.5$/ })
  t.throws(() => requireMilliseconds('requestTimeout', 'soon', 0), {
    message: 'requestTimeout must be an integer >= 0 (milliseconds), got "soon"',
  })
  t.equal(millisecondsHint('2d'), '; for 2 days write 172800000')
  t.equal(millisecondsHint('1m'), '; for 1 minute write 60000')
  t.equal(millisecondsHint(5), '')
})

t.test('a duration typed on the command line: ms or a time value', async (t) => {
  t.equal(parseDuration('30000'), 30_000)
  t.equal(parseDuration(' 1500 '), 1500)
  t.equal(parseDuration('30s'), 30_000)
  t.equal(parseDuration('2m'), 120_000)
  t.equal(parseDuration('250ms'), 250)
  t.equal(parseDuration('1h'), 3_600_000)
  for (const bad of ['', 'soon', '-5', '1.5s', '5 s', '100micros', '99999999999999999999', '1e3']) {
    t.equal(parseDuration(bad), undefined, JSON.stringify(bad))
  }
})
