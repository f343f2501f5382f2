import { ConfigurationError } from '../errors.js'
import { optionSubject, rejectOption, stripUndefined } from '../options/checks.js'

/** How long to wait between retries: exponential, capped, with jitter so many clients do not retry in step. */
export interface BackoffOptions {
  /** Milliseconds before the first retry. Default 200: long enough for a busy node to drain a queue. */
  initial?: number
  /** Upper bound in milliseconds for one wait. Default 10 000: a retry later than that rarely helps. */
  max?: number
  /**
   * Share of each wait that is random, 0..1. Default 0.5 ("equal jitter"): waits stay between half and the
   * whole exponential delay, so clients spread out but never retry immediately.
   */
  jitter?: number
}

export interface Backoff {
  /** Milliseconds to wait before retry number `attempt` (1 = first retry). */
  delay(attempt: number): number
}

/** The waits of every helper that retries, unless its `backoff` option says otherwise. */
export const BACKOFF_DEFAULTS = { initial: 200, max: 10_000, jitter: 0.5 } satisfies Required<BackoffOptions>

export function createBackoff(options: BackoffOptions | undefined, owner: string): Backoff {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    rejectOption(optionSubject(owner, 'backoff'), 'must be an object', options)
  }
  for (const key of Object.keys(options ?? {})) {
    if (!(key in BACKOFF_DEFAULTS)) {
      throw new ConfigurationError(`${owner}: unknown option "backoff.${key}" (known: initial, max, jitter)`)
    }
  }
  const { initial, max, jitter } = { ...BACKOFF_DEFAULTS, ...stripUndefined(options ?? {}) }
  if (typeof initial !== 'number' || !Number.isFinite(initial) || initial < 0) {
    rejectOption(optionSubject(owner, 'backoff.initial'), 'must be a number >= 0', initial)
  }
  if (typeof max !== 'number' || !Number.isFinite(max) || max < initial) {
    rejectOption(optionSubject(owner, 'backoff.max'), 'must be a number >= backoff.initial', max)
  }
  if (typeof jitter !== 'number' || !Number.isFinite(jitter) || jitter < 0 || jitter > 1) {
    rejectOption(optionSubject(owner, 'backoff.jitter'), 'must be between 0 and 1', jitter)
  }
  return {
    delay(attempt: number): number {
      const base = Math.min(max, initial * 2 ** Math.max(0, attempt - 1))
      return Math.round(base * (1 - jitter * Math.random()))
    },
  }
}

/** Statuses that mean "not now, try again": the request was not applied. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504
}
