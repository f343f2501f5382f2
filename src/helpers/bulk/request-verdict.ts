/**
 * How bulkStream judges what came back: a bulk answer read from its bytes, one item's error, and for a request
 * that failed as a whole whether it may be sent again and what each of its items then reports.
 */
import { ConnectionError, NoLivingNodesError, ResponseError, TimeoutError } from '../../errors.js'
import { isRetryableStatus } from '../backoff.js'
import { BadAnswer } from './bad-answer.js'
import { type BulkAnswer, readBulkAnswer } from './bulk-answer.js'

/**
 * Budget of splits for a batch refused as malformed, in halvings (log2 of its size): isolating one guilty item
 * takes one split per halving, so 8 isolates up to about 8 (fewer splits when they share halves) before the
 * rest of the batch fails with the server's reason. 80 refused requests at most for a batch of 1000.
 */
const SPLITS_PER_HALVING = 8
/** The answer read from its bytes; an item error that is not even JSON makes the whole answer bad. */
export function readAnswer(answer: unknown, expected: number, fields: boolean): BulkAnswer {
  if (Buffer.isBuffer(answer)) return readBulkAnswer(answer, expected, fields)
  // A TransportLike that ignores asBuffer hands us text or a parsed body: read it the same way.
  if (typeof answer === 'string') return readBulkAnswer(Buffer.from(answer), expected, fields)
  if (answer !== null && typeof answer === 'object') {
    return readBulkAnswer(Buffer.from(JSON.stringify(answer)), expected, fields)
  }
  throw new BadAnswer('the bulk response has no body')
}

export function itemError(answer: BulkAnswer, i: number, status: number): { type: string; reason: string } {
  let error: unknown
  try {
    error = answer.error(i)
  } catch {
    error = undefined
  }
  if (error !== null && typeof error === 'object' && typeof (error as { type?: unknown }).type === 'string') {
    return error as { type: string; reason: string }
  }
  return { type: 'unknown', reason: `status ${status}` }
}

/**
 * A `_bulk` refused as a whole as malformed: a 400 without `items` (a bulk answer with items is a 200; a 400
 * means the node refused the request before running any of it).
 */
export function isMalformedRefusal(err: unknown): boolean {
  if (!(err instanceof ResponseError) || err.statusCode !== 400) return false
  const body = err.body as { items?: unknown } | null
  return body === null || typeof body !== 'object' || body.items === undefined
}

/** Refused batches a batch of `n` items may be split into halves: enough to isolate a few guilty items. */
export function splitBudget(n: number): number {
  return SPLITS_PER_HALVING * Math.ceil(Math.log2(n))
}

export function requestRetryable(err: unknown): { retryable: boolean; ambiguous: boolean } {
  if (err instanceof ResponseError) {
    // 429 and 503 come from Elasticsearch before it applied anything; a 502/504 from a proxy may hide a success.
    return {
      retryable: isRetryableStatus(err.statusCode),
      ambiguous: err.statusCode === 502 || err.statusCode === 504,
    }
  }
  // Nothing was sent: every node is resting after failures; a later attempt may find one back.
  if (err instanceof NoLivingNodesError) return { retryable: true, ambiguous: false }
  if (err instanceof ConnectionError || err instanceof TimeoutError)
    return { retryable: true, ambiguous: true }
  return { retryable: false, ambiguous: false }
}

export function requestError(err: unknown): { type: string; reason: string; cause: unknown } {
  if (err instanceof ResponseError) {
    return { type: err.type ?? `http_${err.statusCode}`, reason: err.reason ?? err.message, cause: err }
  }
  const e = err as { code?: string; message?: string }
  return { type: e?.code ?? 'request_failed', reason: e?.message ?? String(err), cause: err }
}

export function statusOf(err: unknown): number {
  return err instanceof ResponseError ? err.statusCode : 0
}
