/**
 * What bulkStream asks of its concurrency, whether fixed (`concurrency: N`) or learned from the cluster
 * (`concurrency: 'auto'`, adaptive-concurrency.ts): how many requests may be in flight, and what a request's
 * end tells about the cluster's load.
 */
import { ResponseError, TimeoutError } from '../../errors.js'

/** What bulkStream asks of its concurrency, fixed or adaptive. */
export interface ConcurrencyLimiter {
  /** Requests that may be in flight now. */
  readonly limit: number
  /** The most that may ever be in flight. */
  readonly max: number
  /** Call when a request is sent; hand the result back to `end`. */
  start(): number
  /** Call when a request ended, however it ended. */
  end(started: number, outcome: RequestOutcome): void
  /** Ms before the next request may be sent (0: now): a limit below one request in flight. */
  pause(): number
  /** The controller's counters, or undefined for a fixed concurrency. */
  stats(): ConcurrencyStats | undefined
}

/** How one request ended, as the controller needs it. */
export interface RequestOutcome {
  /**
   * The request was answered by Elasticsearch and its round-trip time is a fair sample: a full batch that was
   * processed (not a small retry or a last partial batch, whose round trips say little about load).
   */
  sample: boolean
  /** The answer pushed back: 429/503/504, a timeout, or items rejected with 429. */
  backPressure: boolean
  /** Items the request carried (to weigh rejections by). Default 0: not known. */
  items?: number
  /** Of them, rejected (429 each, or all of them for a request refused whole). Default 0. */
  rejected?: number
}

/** What the controller observed over a load. */
export interface ConcurrencyStats {
  /** The limit at the end. */
  limit: number
  min: number
  max: number
  /** Time-weighted mean limit from the first request to the end. */
  mean: number
  /** Running average round trip, ms (0 before the first answer). */
  rttAverageMs: number
  increases: number
  decreases: number
}

/** Most requests in flight that either setting accepts: beyond, it is a typo, not a plan. */
export const CONCURRENCY_RANGE_MAX = 1024

/** `concurrency: N`: always N in flight, nothing learned. */
export class FixedConcurrency implements ConcurrencyLimiter {
  readonly limit: number
  constructor(limit: number) {
    this.limit = limit
  }
  get max(): number {
    return this.limit
  }
  start(): number {
    return 0
  }
  end(): void {}
  pause(): number {
    return 0
  }
  stats(): undefined {
    return undefined
  }
}

/**
 * Whether a failed bulk request is the cluster pushing back: 429 (queues full, circuit breakers), 503 (not
 * ready, overloaded), 504 (a proxy gave up waiting) and timeouts. A refused connection or a 4xx is not load.
 */
export function isBackPressure(err: unknown): boolean {
  if (err instanceof ResponseError) return err.statusCode === 429 || err.statusCode === 503 || err.statusCode === 504
  return err instanceof TimeoutError
}
