import type { BulkOp } from './bulk-action.js'
import type { ConcurrencyStats } from './concurrency-limiter.js'

/** One result per input item. */
export interface BulkResult<TItem = unknown> {
  ok: boolean
  op: BulkOp
  /** HTTP status of the item (0 when it never reached Elasticsearch). */
  status: number
  id: string | undefined
  index: string | undefined
  /**
   * Elasticsearch's `result` (created, updated, deleted, not_found, noop) when `results: 'all'`; or 'exists':
   * a `create` answered 409 after an attempt whose answer was lost, so a document with this id is in the index
   * but it may be ours or one that was there before the load (`status` 409, `error` the conflict; see
   * `stats.exists`).
   */
  result?: string
  /** Elasticsearch's error object, or `{ type, reason }` for a request that failed as a whole. */
  error?: { type: string; reason: string; [key: string]: unknown }
  /**
   * The input item, on failure only (so a caller can retry it or write it to a dead-letter file). A plain
   * document comes back parsed from the bytes it was sent as (equal in JSON, not the same object: holding every
   * document until its answer cost GC time); a line comes back as the line, an action as the action object.
   */
  item?: TItem
  /** Requests that carried this item (0 when it never reached Elasticsearch). */
  attempts: number
  /** With `input: 'ndjson'`: the 1-based line number of the item in the input. */
  line?: number
}

export interface BulkStreamStats {
  total: number
  successful: number
  failed: number
  /** With concurrency: 'auto': what the controller did (final, min, max and time-weighted mean limit). */
  concurrency?: ConcurrencyStats
  /**
   * `create` items answered 409 after an earlier attempt whose answer was lost (result 'exists'): counted in
   * `successful` too, since a document with that id is in the index, but it may be one that was there before.
   */
  exists: number
  /** Items that needed more than one attempt. */
  retried: number
  /** Request body bytes sent, retries included. */
  bytes: number
  requests: number
}

