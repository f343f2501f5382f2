/**
 * The per-request options (the second argument of every API method), checked before anything is sent: a
 * wrong type used to pass silently (`requestTimeout: '5s'` compared as NaN and turned the timeout off).
 * A name from `@elastic/elasticsearch` that elastream does not take is answered with what to use instead.
 */
import { PROTOTYPE_KEYS, type PrototypeKeys } from './serializer.js'
import { constants as bufferConstants } from 'node:buffer'
import { ConfigurationError } from '../errors.js'
import { integerProblem, rejectOption } from '../options/checks.js'
import { unknownOptionMessage } from '../options/closest-name.js'
import { describeValue } from '../options/describe-value.js'
import { OFFICIAL_REQUEST_OPTIONS } from '../options/official-options.js'
import type { TransportRequestOptions } from './types.js'

type Check = (value: unknown) => string | undefined

const isInt = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false')

/** Each option and its check; the check answers what is wrong (the message then names option and value). */
const CHECKS: Record<keyof TransportRequestOptions, Check> = {
  signal: (value) =>
    value !== null &&
    typeof value === 'object' &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function'
      ? undefined
      : 'must be an AbortSignal',
  requestTimeout: (value) => {
    if (isInt(value, 0, Number.MAX_SAFE_INTEGER) || value === Number.POSITIVE_INFINITY) return undefined
    // The official client takes '5s'; here it is always milliseconds, so say what to write.
    const seconds = typeof value === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(value.trim()) : null
    const hint = seconds === null ? '' : ` (for ${seconds[1]} seconds write ${Number(seconds[1]) * 1000})`
    return `must be a whole number of milliseconds (0 disables the timeout)${hint}`
  },
  maxRetries: (value) => integerProblem(value, 0),
  retry: (value) => (value === 'safe' || value === 'always' ? undefined : "must be 'safe' or 'always'"),
  headers: (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return 'must be an object of header names to strings'
    }
    for (const [name, header] of Object.entries(value)) {
      if (typeof header !== 'string') return `must hold strings only; "${name}" is ${describeValue(header)}`
    }
    return undefined
  },
  ignore: (value) =>
    Array.isArray(value) && value.every((status) => isInt(status, 100, 599))
      ? undefined
      : 'must be an array of HTTP status codes (integers from 100 to 599)',
  meta: boolean,
  opaqueId: (value) => (typeof value === 'string' ? undefined : 'must be a string'),
  compression: (value) =>
    typeof value === 'boolean'
      ? undefined
      : value === 'gzip'
        ? "must be true or false (true is gzip; 'gzip' is how @elastic/elasticsearch spells it)"
        : 'must be true or false',
  asBuffer: boolean,
  prototypeKeys: (value) =>
    PROTOTYPE_KEYS.includes(value as PrototypeKeys) ? undefined : "must be 'error', 'remove' or 'keep'",
  traceContext: (value) =>
    value !== null && typeof value === 'object' ? undefined : 'must be an OpenTelemetry Context',
  maxResponseSize: (value) =>
    isInt(value, 1, bufferConstants.MAX_LENGTH)
      ? undefined
      : `must be an integer from 1 to ${bufferConstants.MAX_LENGTH} (bytes)`,
}

const KNOWN = Object.keys(CHECKS)

/**
 * Throws a ConfigurationError naming the first bad option and its value. `undefined` values are accepted
 * (they mean "the client's default"), as the types say.
 */
export function checkRequestOptions(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    rejectOption('Request options (the second argument)', 'must be an object', options)
  }
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name]
    const check = (CHECKS as Record<string, Check | undefined>)[name]
    if (check === undefined) {
      if (!Object.hasOwn(options, name)) continue
      const instead = Object.hasOwn(OFFICIAL_REQUEST_OPTIONS, name) ? OFFICIAL_REQUEST_OPTIONS[name] : undefined
      throw new ConfigurationError(
        instead === undefined
          ? unknownOptionMessage('request option', name, KNOWN)
          : `Request option "${name}" (from @elastic/elasticsearch) is not supported: ${instead}`,
      )
    }
    if (value === undefined) continue
    const problem = check(value)
    if (problem !== undefined) rejectOption(`Request option "${name}"`, problem, value)
  }
}
