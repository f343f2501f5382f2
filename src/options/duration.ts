/**
 * Durations, in the two forms options take them today:
 *
 * - milliseconds, a number: every timeout and wait of the client and the helpers (`requestTimeout`,
 *   `flushInterval`, `retryBackoff`, ...). A string there is refused, '30s' included, because a string
 *   compared as a number turns a timeout off in silence; the message says which number was meant.
 * - an Elasticsearch time value, a string such as '30s' or '1m': what is sent to the server as it is
 *   (scan's `keepAlive` and `scroll`, the CLI's `--keep-alive`). The units are Elasticsearch's: d, h, m, s, ms,
 *   micros, nanos, after a whole number.
 *
 * The command line reads a duration flag (`--timeout`) as either: `30000` or `30s` (parseDuration).
 */
import { integerProblem, rejectOption } from './checks.js'

/** Milliseconds in one of each unit of an Elasticsearch time value. */
const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1, micros: 1e-3, nanos: 1e-6 }
const UNIT_WORDS: Readonly<Record<string, string>> = { d: 'days', h: 'hours', m: 'minutes', s: 'seconds', ms: 'milliseconds' }

const TIME_VALUE = /^(\d+)(d|h|m|s|ms|micros|nanos)$/
/** What reads like a duration with a unit, decimals allowed: only to say which number of ms was meant. */
const LOOSE_DURATION = /^\s*(\d+(?:\.\d+)?)\s*(d|h|m|s|ms)\s*$/

/** Milliseconds of an Elasticsearch time value ('30s': 30000), or undefined when `text` is not one. */
export function timeValueMs(text: string): number | undefined {
  const match = TIME_VALUE.exec(text)
  return match === null ? undefined : Number(match[1]) * UNIT_MS[match[2]!]!
}

/** `value` must be an Elasticsearch time value: `<subject> must be a time value such as '30s', '1m' or '2h', got <value>`. */
export function checkTimeValue(subject: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || !TIME_VALUE.test(value)) {
    rejectOption(subject, "must be a time value such as '30s', '1m' or '2h'", value)
  }
}

/**
 * `value` as a whole number of milliseconds from `min` to `max`. A duration written with a unit ('30s', 2.5 as
 * '2.5s') is refused with the number it stands for: `requestTimeout must be an integer from 0 to N
 * (milliseconds; for 30 seconds write 30000), got "30s"`.
 */
export function requireMilliseconds(subject: string, value: unknown, min: number, max?: number): number {
  const problem = integerProblem(value, min, max)
  if (problem !== undefined) rejectOption(subject, `${problem} (milliseconds${millisecondsHint(value)})`, value)
  return value as number
}

/** `; for 30 seconds write 30000` when `value` is a duration written with a unit, else ''. */
export function millisecondsHint(value: unknown): string {
  const match = typeof value === 'string' ? LOOSE_DURATION.exec(value) : null
  if (match === null) return ''
  const ms = Number(match[1]) * UNIT_MS[match[2]!]!
  const word = UNIT_WORDS[match[2]!]!
  return Number.isSafeInteger(ms) ? `; for ${match[1]} ${match[1] === '1' ? word.slice(0, -1) : word} write ${ms}` : ''
}

/**
 * A duration as a person types it on the command line, in milliseconds: a whole number (`30000`, ms) or an
 * Elasticsearch time value in whole milliseconds or more (`30s`, `2m`, `500ms`). Undefined for anything else.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) {
    const ms = Number(trimmed)
    return Number.isSafeInteger(ms) ? ms : undefined
  }
  const ms = timeValueMs(trimmed)
  return ms !== undefined && Number.isSafeInteger(ms) ? ms : undefined
}
