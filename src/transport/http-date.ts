/**
 * HTTP-date (RFC 9110 §5.6.7) read strictly: the preferred IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and
 * the two obsolete forms a recipient must still accept, RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and C's
 * asctime (`Sun Nov  6 08:49:37 1994`). Date.parse is not used: it takes almost anything (`'1'`, `'x 2020'`)
 * and reads asctime in local time, so a header it half-understands would turn into a wait nobody asked for.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = `(${MONTHS.join('|')})`
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})'
const IMF_FIXDATE = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`)
const RFC_850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`,
)
const ASCTIME = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`)

/** Epoch milliseconds of an HTTP-date, or undefined when `text` is not one (a day or time out of range too). */
export function parseHttpDate(text: string, now: number = Date.now()): number | undefined {
  let match = IMF_FIXDATE.exec(text)
  if (match !== null) return utc(Number(match[3]), match[2]!, match[1]!, match[4]!, match[5]!, match[6]!)
  match = RFC_850.exec(text)
  if (match !== null) return utc(centuryOf(Number(match[3]), now), match[2]!, match[1]!, match[4]!, match[5]!, match[6]!)
  match = ASCTIME.exec(text)
  if (match !== null) return utc(Number(match[6]), match[1]!, match[2]!.trim(), match[3]!, match[4]!, match[5]!)
  return undefined
}

/**
 * A two-digit year of RFC 850 as RFC 9110 reads it: the year in this century, unless that is more than 50
 * years ahead, then the one a century earlier.
 */
function centuryOf(twoDigits: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear()
  const year = thisYear - (thisYear % 100) + twoDigits
  return year > thisYear + 50 ? year - 100 : year
}

function utc(year: number, month: string, day: string, hour: string, minute: string, second: string): number | undefined {
  const m = MONTHS.indexOf(month)
  const d = Number(day)
  const h = Number(hour)
  const min = Number(minute)
  // 60: a leap second, which the date reads as the next minute's first.
  const s = Number(second)
  if (d < 1 || h > 23 || min > 59 || s > 60) return undefined
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: that one reads years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, m, d)
  // 31 Feb and the like roll over into the next month, which the header did not say.
  if (date.getUTCDate() !== d) return undefined
  date.setUTCHours(h, min, s, 0)
  return date.getTime()
}
