/**
 * What the transport may repeat, and how long it waits first. The rule: a request is repeated only when
 * repeating it cannot do something twice. That holds when it never reached the node (refused, DNS, TLS, still
 * queued), and for idempotent requests whatever happened. A POST that may have been applied (reset or timeout
 * after it was written, a 502/503/504 from a proxy that may have forwarded it) is not repeated unless the
 * caller says `retry: 'always'`.
 */
import { ConnectionError, RequestAbortedError, TimeoutError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { unwatchAbort, watchAbort } from './abort-watch.js'

/** Methods whose repetition leaves the same state (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])

/**
 * Error codes that undici and node:net/tls report before a request is written: nothing reached the node.
 * Matched by `code`, never by message. (A request still in the pool queue is recognized by the collector,
 * which knows whether undici started writing it.)
 */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
])

export type RetryMode = 'safe' | 'always'

/** Statuses retried without `retryOnStatus`: a gateway or a node that could not serve now (the default, as before). */
export const DEFAULT_RETRY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504])
/** `retryOnStatus: true`: the default ones and 429, Elasticsearch's "too many requests" (a full queue, a circuit breaker). */
const RETRY_STATUSES_WITH_429: readonly number[] = [429, 502, 503, 504]

/**
 * The `retryOnStatus` client option, checked: `true` adds 429 to the statuses retried (502, 503, 504), `false`
 * retries none, an array names them. Only 429 and 5xx may be listed: any other 4xx says the request itself is
 * wrong, and sending it again cannot help. Whatever the list, a request that is not safe to repeat is never
 * repeated (see the rule above).
 */
export function retryOnStatusOption(value: unknown): ReadonlySet<number> {
  if (value === undefined) return DEFAULT_RETRY_STATUSES
  if (value === true) return new Set(RETRY_STATUSES_WITH_429)
  if (value === false) return new Set()
  const problem = 'must be true, false or an array of HTTP statuses to retry (429 or 500 to 599)'
  if (!Array.isArray(value)) rejectOption('retryOnStatus', problem, value)
  value.forEach((status: unknown, i) => {
    if (!(typeof status === 'number' && Number.isInteger(status) && (status === 429 || (status >= 500 && status <= 599)))) {
      rejectOption(`retryOnStatus[${i}]`, 'must be 429 or a status from 500 to 599 (any other 4xx says the request itself is wrong)', status)
    }
  })
  return new Set(value as number[])
}

export function isIdempotent(method: string, declared: boolean | undefined): boolean {
  return declared ?? IDEMPOTENT_METHODS.has(method)
}

/** A failure that another attempt may cure: no connection, or no answer in time. */
export function isRetryable(error: Error): boolean {
  return error instanceof ConnectionError || error instanceof TimeoutError
}

/** True when the failure proves the request never left the client. */
export function neverSent(written: boolean, cause: unknown): boolean {
  if (!written) return true
  const code = (cause as { code?: unknown } | null)?.code
  return typeof code === 'string' && NOT_SENT_CODES.has(code)
}

/**
 * Milliseconds to wait before retry number `retry` (1 = the first retry): exponential with full jitter,
 * a uniform draw from [0, min(cap, base * 2^(retry - 1))]. Full jitter spreads clients that failed together
 * over the whole window, which is what keeps a recovering node from being hit by all of them at once.
 */
export function retryDelay(retry: number, base: number, cap: number, random: () => number): number {
  const ceiling = Math.min(cap, base * 2 ** Math.min(retry - 1, 30))
  return Math.floor(random() * ceiling)
}

/**
 * Waits `ms`, or rejects with RequestAbortedError as soon as `signal` fires; resolves early when `closing`
 * fires (the client closed: the caller sees that and stops). Leaves no listener behind.
 */
export function pause(ms: number, signal: AbortSignal | undefined, closing?: AbortSignal): Promise<void> {
  if (ms <= 0 && signal?.aborted !== true) return Promise.resolve()
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(aborted(signal))
      return
    }
    if (closing?.aborted === true) {
      resolve()
      return
    }
    const unwatch = () => {
      if (signal !== undefined) unwatchAbort(signal, watcher)
      if (closing !== undefined) unwatchAbort(closing, watcher)
    }
    const watcher = {
      handleEvent() {
        clearTimeout(timer)
        unwatch()
        if (signal?.aborted === true) reject(aborted(signal))
        else resolve()
      },
    }
    const timer = setTimeout(() => {
      unwatch()
      resolve()
    }, ms)
    if (signal !== undefined) watchAbort(signal, watcher)
    if (closing !== undefined) watchAbort(closing, watcher)
  })
}

function aborted(signal: AbortSignal): RequestAbortedError {
  return new RequestAbortedError('The request was aborted by its AbortSignal', { cause: signal.reason })
}
