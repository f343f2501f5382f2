// HTTP-date and Retry-After read strictly (src/transport/http-date.ts, src/transport/retry-after.ts): the three
// date forms RFC 9110 §5.6.7 makes a recipient accept, delay-seconds, and everything else refused.
import t from 'tap'
import { parseHttpDate } from '../../src/transport/http-date.js'
import { readRetryAfter, waitBefore } from '../../src/transport/retry-after.js'

const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37)
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0)

t.test('the three forms of the RFC name the same instant', async (t) => {
  t.equal(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT'), NOV_6_1994, 'IMF-fixdate')
  t.equal(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW), NOV_6_1994, 'RFC 850')
  t.equal(parseHttpDate('Sun Nov  6 08:49:37 1994'), NOV_6_1994, 'asctime, read as UTC')
  t.equal(parseHttpDate('Sun Nov 16 08:49:37 1994'), Date.UTC(1994, 10, 16, 8, 49, 37), 'asctime, two-digit day')
})

t.test('RFC 850 two-digit years: this century unless more than 50 years ahead', async (t) => {
  t.equal(new Date(parseHttpDate('Monday, 01-Jan-30 00:00:00 GMT', NOW)!).getUTCFullYear(), 2030)
  t.equal(new Date(parseHttpDate('Monday, 01-Jan-76 00:00:00 GMT', NOW)!).getUTCFullYear(), 2076, '50 years ahead')
  t.equal(new Date(parseHttpDate('Monday, 01-Jan-77 00:00:00 GMT', NOW)!).getUTCFullYear(), 1977, '51 would be too far')
})

t.test('anything else is not a date', async (t) => {
  for (const text of [
    '',
    '1',
    'garbage',
    '2026-12-04T12:00:00Z',
    'Sun, 06 Nov 1994 08:49:37 UTC',
    'Sun, 6 Nov 1994 08:49:37 GMT',
    'sun, 06 nov 1994 08:49:37 GMT',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 00 Nov 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 24:00:00 GMT',
    'Sun, 06 Nov 1994 08:60:00 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT extra',
    'Sun Nov 6 08:49:37 1994',
  ]) {
    t.equal(parseHttpDate(text, NOW), undefined, JSON.stringify(text))
  }
  t.equal(parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT'), Date.UTC(2017, 0, 1), 'a leap second is the next minute')
})

t.test('Retry-After: seconds, a date from now, a past date as no wait, the rest ignored', async (t) => {
  t.same(readRetryAfter('120', NOW), { value: '120', ms: 120_000 })
  t.same(readRetryAfter(' 5 ', NOW), { value: '5', ms: 5000 }, 'whitespace around the value')
  t.same(readRetryAfter('0', NOW), { value: '0', ms: 0 })
  t.same(readRetryAfter('Fri, 04 Dec 2026 12:00:30 GMT', NOW), { value: 'Fri, 04 Dec 2026 12:00:30 GMT', ms: 30_000 })
  t.same(readRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', NOW), { value: 'Thu, 01 Jan 1970 00:00:00 GMT', ms: 0 })
  t.same(readRetryAfter(['7', '7'], NOW), { value: '7', ms: 7000 }, 'the same value twice')
  for (const bad of [undefined, '', '-1', '+1', '1.5', '1e9', '0x10', 'soon', ['1', '2'], []]) {
    t.equal(readRetryAfter(bad as string | string[] | undefined, NOW), undefined, JSON.stringify(bad))
  }
})

t.test('the wait is the longer of the backoff and what was asked', async (t) => {
  t.equal(waitBefore(300, undefined), 300)
  t.equal(waitBefore(300, { value: '1', ms: 1000 }), 1000)
  t.equal(waitBefore(300, { value: '0', ms: 0 }), 300)
})
