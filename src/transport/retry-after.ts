/**
 * The `Retry-After` header of a 429 or 503 (RFC 9110 §10.2.3): how long the server, or a gateway in front of it
 * (Amazon OpenSearch Service, a proxy that rate-limits), asks the client to wait before it asks again. Retries
 * of the transport and of the bulk helpers wait at least that long; a wait beyond a cap (`maxRetryAfter`) is
 * refused, so that a broken or hostile server cannot park a client for an hour.
 *
 * A value that is neither form (`-1`, `1.5`, `1e9`, garbage), or several values that disagree, is ignored: the
 * usual backoff applies, as if the header were absent.
 */
import { parseHttpDate } from './http-date.js'

/** What an answer's Retry-After asks. */
export interface RetryAfter {
  /** The header's value as it came (for messages and events). */
  value: string
  /** Milliseconds from now it asks to wait; 0 for a date already past. */
  ms: number
}

/** The default cap on a wait a Retry-After may ask for, ms: undici's RetryAgent caps its wait there too. */
export const DEFAULT_MAX_RETRY_AFTER = 30_000

const DELAY_SECONDS = /^\d+$/

/**
 * What `header` (the answer's `retry-after`: a string, or an array when it came more than once) asks, or
 * undefined when it is absent or not valid. `now`: epoch ms that an HTTP-date is measured from.
 */
export function readRetryAfter(header: string | readonly string[] | undefined, now: number = Date.now()): RetryAfter | undefined {
  if (header === undefined) return undefined
  let value: string
  if (typeof header === 'string') {
    value = header
  } else {
    // A field defined once per message, sent twice: one reading only if every copy says the same.
    if (header.length === 0 || header.some((h) => h !== header[0])) return undefined
    value = header[0]!
  }
  value = value.trim()
  if (DELAY_SECONDS.test(value)) return { value, ms: Number(value) * 1000 }
  const at = parseHttpDate(value, now)
  return at === undefined ? undefined : { value, ms: Math.max(0, at - now) }
}

/** The wait before the next attempt: the backoff, or longer when the server asked for longer. */
export function waitBefore(backoffMs: number, asked: RetryAfter | undefined): number {
  return asked === undefined ? backoffMs : Math.max(backoffMs, asked.ms)
}

/** Why a retry was not made: the wait asked is beyond the cap. Appended to the error's message. */
export function tooLongToWait(asked: RetryAfter, max: number, option: string): string {
  return ` (not retried: Retry-After: ${quote(asked.value)} asks for a wait of ${describeMs(asked.ms)}, longer than ${option} ${max} ms)`
}

/** The value as received, cut short and without control characters: a message line stays one line. */
function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?')
  return clean.length > 64 ? `${clean.slice(0, 64)}...` : clean
}

function describeMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const s = ms / 1000
  if (s < 90) return `${Math.round(s)} s`
  if (s < 5400) return `${Math.round(s / 60)} min`
  if (s < 172_800) return `${Math.round(s / 3600)} h`
  return `${Math.round(s / 86_400)} days`
}
