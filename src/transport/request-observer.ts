/**
 * What the transport tells an observer about each request: which node an attempt went to, each retry, and the
 * end. The transport knows only this shape; observability/request-tracer.ts implements it with OpenTelemetry
 * spans, and the client hands it in, so the transport never imports the layer above it.
 */
import type { TransportRequestOptions, TransportRequestParams } from './types.js'

export interface RequestObserver {
  /** A request starts; the answer is told about its attempts, retries and end. */
  begin(params: TransportRequestParams, options: TransportRequestOptions): ObservedRequest
}

export interface ObservedRequest {
  /** The transport picked `node` for the next attempt, which sends `path` (path and query, as sent). */
  attempt(node: { readonly url: URL }, path: string): void
  /**
   * Attempt number `attempt` failed with `error`; another follows after `delayMs`, which is the backoff or
   * what the answer's Retry-After (`retryAfter`, its value) asked for (`delayFrom`).
   */
  retry(
    attempt: number,
    error: unknown,
    delayMs: number,
    delayFrom: 'backoff' | 'retry-after',
    retryAfter: string | undefined,
  ): void
  /** The call is over: answered with `statusCode` (0 = no answer), after `attempts` attempts, failed with `error` or not. */
  end(statusCode: number, attempts: number, error: unknown): void
}
