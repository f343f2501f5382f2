import { ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'
import { readRetryAfter, tooLongToWait } from '../../transport/retry-after.js'
import { isRetryableStatus } from '../backoff.js'
import { BadAnswer } from './bad-answer.js'
import { type Batch, type BatchBody, rebatch } from './batch-body.js'
import type { BatchQueue } from './batch-queue.js'
import type { BulkAnswer } from './bulk-answer.js'
import type { BulkItem } from './bulk-item.js'
import type { BulkStreamStats } from './bulk-result.js'
import { type ConcurrencyLimiter, isBackPressure } from './concurrency-limiter.js'
import {
  isMalformedRefusal,
  itemError,
  readAnswer,
  requestError,
  requestRetryable,
  splitBudget,
  statusOf,
} from './request-verdict.js'
import type { ResultWriter } from './result-writer.js'

/** The request settings every batch of a stream goes out with. */
export interface SenderSettings {
  flushDocs: number
  flushBytes: number
  retries: number
  /** Longest wait (ms) a Retry-After of a request refused whole may ask for (retry-after.ts). */
  maxRetryAfter: number
  results: 'all' | 'failed' | 'none'
  querystring: Record<string, string | boolean | undefined>
  requestTimeout: number | undefined
  signal: AbortSignal
  traceContext: object | undefined
}

/** The queue as the sender sees it: where split and retried batches go, and whether the stream still runs. */
export type SenderQueue = Pick<BatchQueue, 'first' | 'retryLater' | 'stopped'>

/**
 * Sends a batch and gives each of its items its verdict: indexed, failed for good, or sent again (a 429 or
 * another retryable status after a backoff; a batch too large or refused as malformed in two halves). The
 * verdict is each item's own status in the answer, never the answer's `errors` flag.
 */
export class BatchSender {
  readonly #transport: TransportLike
  readonly #concurrency: ConcurrencyLimiter
  readonly #body: BatchBody
  readonly #results: ResultWriter
  readonly #stats: BulkStreamStats
  readonly #settings: SenderSettings
  readonly #queue: SenderQueue

  constructor(
    transport: TransportLike,
    concurrency: ConcurrencyLimiter,
    body: BatchBody,
    results: ResultWriter,
    stats: BulkStreamStats,
    settings: SenderSettings,
    queue: SenderQueue,
  ) {
    this.#transport = transport
    this.#concurrency = concurrency
    this.#body = body
    this.#results = results
    this.#stats = stats
    this.#settings = settings
    this.#queue = queue
  }

  async send(batch: Batch): Promise<void> {
    const { items, body } = batch
    for (const it of items) it.attempts++
    this.#stats.bytes += body.length
    this.#stats.requests++
    const started = this.#concurrency.start()
    // Only a first attempt of a batch near full size is a fair round-trip sample (see RequestOutcome).
    const sample =
      items[0]!.attempts === 1 &&
      (items.length * 2 >= this.#settings.flushDocs || body.length * 2 >= this.#settings.flushBytes)
    let answer: BulkAnswer
    try {
      const bytes: unknown = await this.#transport.request(
        // The index is in each action line, so one path serves every item whatever its index.
        { method: 'POST', path: '/_bulk', querystring: this.#settings.querystring, bulkBody: body },
        // Retries are ours: the transport retrying a bulk would re-send items that already succeeded.
        // Bytes, read by readBulkAnswer: exact per item, and no object per successful item.
        {
          maxRetries: 0,
          signal: this.#settings.signal,
          requestTimeout: this.#settings.requestTimeout,
          asBuffer: true,
          traceContext: this.#settings.traceContext,
        },
      )
      answer = readAnswer(bytes, items.length, this.#settings.results === 'all')
    } catch (err) {
      if (this.#queue.stopped) return
      const backPressure = isBackPressure(err)
      // Refused whole: every item it carried was rejected.
      this.#concurrency.end(started, {
        sample: false,
        backPressure,
        items: items.length,
        rejected: backPressure ? items.length : 0,
      })
      if (err instanceof BadAnswer) {
        // The node may have applied any of it: not retried, every item reported failed with the reason.
        for (const it of items) this.#results.fail(it, 0, { type: 'bad_response', reason: err.message }, body)
        return
      }
      if (err instanceof ResponseError && err.statusCode === 413 && items.length > 1) {
        // Too large for the node (http.max_content_length): nothing was read, so send it again as two halves.
        this.#stats.bytes -= body.length
        for (const it of items) it.attempts--
        const half = Math.ceil(items.length / 2)
        for (const part of [items.slice(half), items.slice(0, half)]) {
          const next = rebatch(part, body)
          this.#queue.first(next)
        }
        return
      }
      if (isMalformedRefusal(err) && items.length > 1) {
        // Refused whole as malformed (one line it cannot read or accept, see bulk-meta-check.ts), so nothing of
        // it ran: send it again as two halves, which finds the guilty items by bisection (2 requests per halving,
        // about 2 x log2(n) for one guilty item) while the innocent go out once. A budget per batch keeps a
        // refusal that no item causes (every half refused again) from costing a request per item.
        const splits = batch.splits ?? { left: splitBudget(items.length) }
        if (splits.left > 0) {
          splits.left--
          for (const it of items) it.attempts--
          const half = Math.ceil(items.length / 2)
          for (const part of [items.slice(half), items.slice(0, half)]) {
            const next: Batch = { ...rebatch(part, body), splits }
            this.#queue.first(next)
          }
          return
        }
      }
      const retry = requestRetryable(err)
      const error = requestError(err)
      // A gateway that throttles says when to come back: no sooner, and not at all when that is too far off.
      const asked = retry.retryable && err instanceof ResponseError ? readRetryAfter(retryAfterOf(err)) : undefined
      const tooLong = asked !== undefined && asked.ms > this.#settings.maxRetryAfter
      if (tooLong) error.reason += tooLongToWait(asked, this.#settings.maxRetryAfter, 'bulkStream maxRetryAfter')
      const again: BulkItem[] = []
      for (const it of items) {
        if (retry.ambiguous) it.ambiguous = true
        if (retry.retryable && !tooLong && it.attempts <= this.#settings.retries) again.push(it)
        else this.#results.fail(it, statusOf(err), error, body)
      }
      this.#queue.retryLater(again, body, asked?.ms ?? 0)
      return
    }
    if (this.#queue.stopped) return
    const again: BulkItem[] = []
    let rejected = 0
    // The verdict is each item's own status: the answer's `errors` flag is not even read (see bulk-answer.ts).
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!
      const status = answer.status(i)
      if (status === 429) rejected++
      const problem = answer.problem(i) ?? (answer.op(i) !== it.op ? `answered as ${answer.op(i)} for a ${it.op}` : undefined)
      if (problem !== undefined) {
        this.#results.fail(it, 0, { type: 'bad_response', reason: problem }, body)
      } else if (answer.hasError(i)) {
        if (status === 409 && it.op === 'create' && it.ambiguous) this.#results.exists(it, answer, i)
        else if (isRetryableStatus(status) && it.attempts <= this.#settings.retries) again.push(it)
        else this.#results.fail(it, status, itemError(answer, i, status), body)
      } else if ((status >= 200 && status < 300) || (status === 404 && it.op === 'delete')) {
        this.#results.ok(it, status, answer, i)
      } else if (isRetryableStatus(status) && it.attempts <= this.#settings.retries) {
        again.push(it)
      } else {
        this.#results.fail(it, status, { type: 'unknown', reason: `status ${status} without an error` }, body)
      }
    }
    // Items rejected with 429 in a 2xx answer: a write queue on some node is full, whatever the request's status.
    this.#concurrency.end(started, { sample, backPressure: rejected > 0, items: items.length, rejected })
    this.#queue.retryLater(again, body)
    // A retry of every item reuses the body as it is (see rebatch); otherwise nothing points into it now.
    if (again.length < items.length) this.#body.recycle(body)
  }
}

/** The Retry-After of a refused request: headers hold an array when it came more than once. */
function retryAfterOf(err: ResponseError): string | string[] | undefined {
  return (err.headers as Record<string, string | string[] | undefined>)['retry-after']
}
