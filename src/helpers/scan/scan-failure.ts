/**
 * How a scan judges a failed page request: whether another attempt may help, and which failures are the
 * search's own (its shards failed, its point in time or scroll is gone), reported as one ScanError type.
 */
import { ConnectionError, NoLivingNodesError, ResponseError, ScanError, TimeoutError } from '../../errors.js'
import { isRetryableStatus } from '../backoff.js'

/**
 * Whether another attempt may succeed. `onlyUnapplied`: the request moves the server forward (a scroll page),
 * so only answers that say it was not done (429/503) are retried; a lost answer would skip a page.
 */
export function isRetryable(err: unknown, onlyUnapplied: boolean): boolean {
  if (err instanceof ResponseError) {
    return onlyUnapplied
      ? err.statusCode === 429 || err.statusCode === 503
      : isRetryableStatus(err.statusCode)
  }
  if (err instanceof NoLivingNodesError) return true
  return !onlyUnapplied && (err instanceof ConnectionError || err instanceof TimeoutError)
}

/** Error types that say the point in time or scroll is gone: expired, freed, or on a node that left. */
const CONTEXT_LOST = new Set(['search_context_missing_exception', 'search_context_missing_nodes_exception'])

/**
 * Search-phase failures and every way of losing the search context become ScanError (one type to catch, the
 * ResponseError kept as cause); others pass through unchanged. `inContext`: the request read a point in time
 * or scroll, so that a 404 means the context is gone.
 */
export function asScanError(err: unknown, inContext: boolean): unknown {
  if (!(err instanceof ResponseError)) return err
  const type = err.type
  const error = (err.body as { error?: { root_cause?: Array<{ type?: string }>; failed_shards?: unknown[] } })
    ?.error
  const lost =
    (type !== undefined && CONTEXT_LOST.has(type)) ||
    (Array.isArray(error?.root_cause) && error.root_cause.some((c) => CONTEXT_LOST.has(c?.type ?? ''))) ||
    (inContext && err.statusCode === 404)
  if (lost || type === 'search_phase_execution_exception') {
    const failures = (Array.isArray(error?.failed_shards) ? error.failed_shards : undefined) ?? []
    const what = lost ? 'the point in time or scroll was lost (expired, or its node left)' : 'shards failed'
    return new ScanError(`scan: ${what}: ${err.message}`, failures, { cause: err, contextLost: lost })
  }
  return err
}
