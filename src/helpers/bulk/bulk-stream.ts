import { setMaxListeners } from 'node:events'
import { Transform } from 'node:stream'
import { ConfigurationError, ResponseError } from '../../errors.js'
import { JobSpan } from '../../observability/job-span.js'
import type { TransportLike } from '../../transport/types.js'
import { type ConcurrencyLimiter, type ConcurrencyStats, isBackPressure } from './concurrency-limiter.js'
import { createConcurrency } from './create-concurrency.js'
import { abortOnSignal } from '../abort-signal.js'
import { type Backoff, createBackoff, isRetryableStatus } from '../backoff.js'
import { type Batch, BatchBody, rebatch } from './batch-body.js'
import { NdjsonLines } from './ndjson-lines.js'
import { BadAnswer } from './bad-answer.js'
import type { BulkAnswer } from './bulk-answer.js'
import {
  isMalformedRefusal,
  itemError,
  readAnswer,
  requestError,
  requestRetryable,
  splitBudget,
  statusOf,
} from './request-verdict.js'
import type { BulkOp } from './bulk-action.js'
import { type BulkItem, isRejected, itemId, type RejectedItem } from './bulk-item.js'
import { ItemBuilder } from './item-builder.js'
import { serializerOf } from '../../transport/json-serializer.js'
import { type ClientLike, checkClient } from '../client-like.js'
import { describeValue as describe } from '../../options/describe-value.js'

export type { BulkAction, BulkActionMeta, BulkOp } from './bulk-action.js'
export type { BulkStreamOptions, LineDocument, LineRefused, LineToParse, LineVerdict } from './bulk-stream-options.js'
import { type BulkStreamOptions, readBulkStreamOptions } from './bulk-stream-options.js'

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

/** `filter_path`s that keep every item's position (status is always there) but drop what nobody reads. */
const FILTER_FAILED = 'errors,items.*.status,items.*.error'
const FILTER_ALL = 'errors,items.*.status,items.*.error,items.*._id,items.*._index,items.*.result'

const OWNER = 'bulkStream'
/** Longest NDJSON line taken: Elasticsearch's default `http.max_content_length` (100 MiB). */
const MAX_LINE = 100 * 1024 * 1024

/**
 * Actions in, results out. See BulkStreamOptions for the knobs; docs/streams.md for the guarantees.
 */
export class BulkStream<TDoc = any> extends Transform {
  readonly stats: BulkStreamStats = {
    total: 0,
    successful: 0,
    failed: 0,
    exists: 0,
    retried: 0,
    bytes: 0,
    requests: 0,
  }
  readonly #transport: TransportLike
  readonly #parse: (text: string) => unknown
  readonly #builder: ItemBuilder
  readonly #backoff: Backoff
  readonly #opts: Required<
    Pick<
      BulkStreamOptions,
      'flushDocs' | 'flushBytes' | 'flushInterval' | 'retries' | 'results'
    >
  >
  readonly #path: string
  readonly #querystring: Record<string, string | boolean | undefined>
  readonly #requestTimeout: number | undefined
  readonly #concurrency: ConcurrencyLimiter
  readonly #hwm: number
  /** Unread results at which the writable side waits: a reader never feels it, an absent one bounds memory. */
  #warned = false
  readonly #abort = new AbortController()
  /** The job's parent span; each bulk request is its child. Undefined when the client does not trace. */
  readonly #job: JobSpan | undefined

  #batch: BulkItem[] = []
  readonly #body: BatchBody
  /** With input 'ndjson': the line splitter the written bytes go through. */
  readonly #lines: NdjsonLines | undefined
  readonly #ndjsonSettings: { op: BulkOp; index: string | undefined }
  readonly #lineDocument: BulkStreamOptions['lineDocument']
  /** See inputCut(). */
  #cut = false
  #timer: NodeJS.Timeout | undefined
  #queue: Batch[] = []
  #bufferedBytes = 0
  #inflight = 0
  #inflightBytes = 0
  #retryTimers = new Set<NodeJS.Timeout>()
  #pauseTimer: NodeJS.Timeout | undefined
  #held: ((err?: Error | null) => void) | undefined
  #flushed: ((err?: Error | null) => void) | undefined

  constructor(client: ClientLike, options: BulkStreamOptions<TDoc> = {}) {
    const o = readBulkStreamOptions(options)
    super({ objectMode: true, highWaterMark: o.highWaterMark })
    this.#transport = checkClient(client, OWNER)
    this.#concurrency = createConcurrency(o.concurrency, o.maxConcurrency, OWNER)
    this.#hwm = o.highWaterMark
    this.#backoff = createBackoff(o.backoff, OWNER)
    this.#opts = o
    this.#builder = new ItemBuilder({
      index: o.index,
      op: o.op,
      id: o.id,
      autoId: o.autoId,
      input: o.input,
      pinIndex: o.pinIndex === true,
      hitVersions: o.hitVersions,
      stringify: serializerOf(this.#transport)?.stringify,
    })
    // The client's serializer reads lines and failed documents back, so a bigint field stays one.
    this.#parse = serializerOf(this.#transport)?.parse ?? JSON.parse
    // The index goes in each action line, so one path serves every item whatever its index.
    this.#path = '/_bulk'
    this.#querystring = {
      pipeline: o.pipeline,
      routing: o.routing,
      refresh: o.refresh === undefined ? undefined : String(o.refresh),
      filter_path: o.results === 'all' ? FILTER_ALL : FILTER_FAILED,
    }
    this.#requestTimeout = o.requestTimeout
    this.#body = new BatchBody(o.flushBytes)
    this.#ndjsonSettings = { op: o.op, index: o.index }
    this.#lineDocument = o.lineDocument
    this.#lines =
      o.input === 'ndjson'
        ? new NdjsonLines(
            {
              line: (bytes, start, end, line) => this.#line(bytes, start, end, line),
              tooLong: (line, head) =>
                this.#badLine(line, head.toString('utf8'), `is longer than ${MAX_LINE} bytes`),
            },
            MAX_LINE,
          )
        : undefined
    // One abort listener per request in flight: more than Node's default 10 is the plan, not a leak.
    setMaxListeners(this.#concurrency.max + 1, this.#abort.signal)
    if (o.signal !== undefined) abortOnSignal(o.signal, this)
    this.#job = JobSpan.start(client, OWNER, o.index)?.follow(this)
  }

  /** Requests that may be in flight now: the fixed `concurrency`, or the adaptive limit as it moves. */
  get concurrency(): number {
    return this.#concurrency.limit
  }

  override _transform(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: (err?: Error | null) => void,
  ): void {
    if (this.#lines !== undefined) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk)
      if (!Buffer.isBuffer(chunk)) {
        callback(
          new ConfigurationError(
            `${OWNER}: input 'ndjson' takes bytes (a file or byte stream), got ${describe(chunk)}`,
          ),
        )
        return
      }
      this.#lines.write(chunk)
    } else {
      this.stats.total++
      const failed = this.#object(chunk, 0)
      if (failed !== undefined) {
        callback(failed)
        return
      }
    }
    if (this.#mustWait()) this.#held = callback
    else callback()
  }

  /** An item is in the batch body: send the batch when full, else make sure a timer will. */
  #added(built: BulkItem, bytes: number): void {
    this.#batch.push(built)
    this.#bufferedBytes += bytes
    if (this.#batch.length >= this.#opts.flushDocs || this.#body.size >= this.#opts.flushBytes) {
      this.#dispatch()
    } else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined
        this.#dispatch()
      }, this.#opts.flushInterval)
    }
  }

  /**
   * One NDJSON line, still in its chunk: checked to look like a JSON object (first and last non-blank bytes
   * `{` and `}`; full JSON is Elasticsearch's to check, and it answers a broken one per item, with the line
   * number kept), then copied into the batch body after its action line.
   */
  #line(bytes: Buffer, start: number, end: number, line: number): void {
    this.stats.total++
    // The whitespace JSON allows around a value (a line has no newline left): space, tab, carriage return.
    let s = start
    while (bytes[s] === 0x20 || bytes[s] === 0x09 || bytes[s] === 0x0d) s++
    let e = end
    while (e > s && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09 || bytes[e - 1] === 0x0d)) e--
    if (bytes[s] !== 0x7b || bytes[e - 1] !== 0x7d) {
      this.#badLine(line, bytes.toString('utf8', start, Math.min(end, start + 1024)), 'is not a JSON object')
      return
    }
    const inner = this.#lineDocument?.(bytes, s, e)
    if (inner === 'object') {
      this.#objectLine(bytes.toString('utf8', s, e), line, undefined)
      return
    }
    if (inner !== undefined && 'parse' in inner) {
      this.#objectLine(bytes.toString('utf8', s, e), line, inner.id)
      return
    }
    if (inner !== undefined && 'refused' in inner) {
      this.#badLine(line, bytes.toString('utf8', s, Math.min(e, s + 1024)), inner.refused, inner.type)
      return
    }
    if (inner !== undefined) {
      const built = this.#builder.line(line, inner.id, inner.routing)
      this.#added(built, this.#body.appendRange(built, inner.source ?? bytes, inner.sourceStart, inner.sourceEnd))
      return
    }
    const built = this.#builder.line(line)
    this.#added(built, this.#body.appendRange(built, bytes, s, e))
  }

  /** A line `lineDocument` wants parsed: built like a written object, its line number kept. */
  #objectLine(text: string, line: number, id: string | undefined): void {
    let value: unknown
    try {
      value = this.#parse(text)
    } catch (err) {
      this.#badLine(line, text.slice(0, 1024), `is not JSON: ${(err as Error).message}`)
      return
    }
    if (id !== undefined) (value as Record<string, unknown>)._id = id
    const failed = this.#object(value, line)
    if (failed !== undefined) throw failed
  }

  /**
   * A written object, or a parsed line (`line` > 0, kept on its result): built and added to the batch, or
   * failed as its own result. Answers the error of a batch body that could not grow (it ends the stream).
   */
  #object(value: unknown, line: number): Error | undefined {
    const built = this.#builder.build(value)
    if (isRejected(built)) {
      if (line > 0) built.error.line = line
      this.#fail(built, 0, built.error)
      return undefined
    }
    let bytes: number
    try {
      bytes = this.#body.append(built)
    } catch (err) {
      return err as Error
    }
    if (line > 0) built.line = line
    this.#added(built, bytes)
    return undefined
  }

  #badLine(line: number, text: string, why: string, type = 'parse_error'): void {
    const { op, index } = this.#ndjsonSettings
    this.#fail(
      { input: text, op, id: undefined, index, error: { type, reason: `line ${line} ${why}`, line } },
      0,
      { type, reason: `line ${line} ${why}`, line } as { type: string; reason: string },
    )
  }

  /**
   * With input 'ndjson': the bytes written stop before the input's end (its reader was interrupted, or failed),
   * so a last line without its newline is cut short: it is dropped when the stream ends, not sent. Call it before
   * `end()`; the lines before it load as usual.
   */
  inputCut(): void {
    this.#cut = true
  }

  override _flush(callback: (err?: Error | null) => void): void {
    this.#lines?.end(this.#cut)
    this.#dispatch()
    this.#flushed = callback
    this.#settle()
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    for (const t of this.#retryTimers) clearTimeout(t)
    this.#retryTimers.clear()
    if (this.#pauseTimer !== undefined) clearTimeout(this.#pauseTimer)
    this.#abort.abort()
    callback(err)
  }

  /** Buffered plus in-flight bytes at the bound, or a full batch waiting for a free slot. */
  #mustWait(reading = false): boolean {
    // Bounded by the limit now, not the highest it may reach: when 'auto' cuts, the writable side waits sooner.
    const slots = this.#concurrency.limit + 1
    if (this.#bufferedBytes + this.#inflightBytes >= slots * this.#opts.flushBytes || this.#queue.length > 0) {
      return true
    }
    // A _read call means the consumer wants more: Node will not call _read again before our next push,
    // so waiting for the buffer to shrink further here could wait forever.
    if (reading || this.readableLength < Math.max(this.#hwm, slots * this.#opts.flushDocs)) return false
    this.#warnUnread()
    return true
  }

  /** Results piling up with nobody reading is a stalled load, not a slow one: say so once. */
  #warnUnread(): void {
    if (this.#warned || this.readableFlowing === true || this.listenerCount('readable') > 0) return
    this.#warned = true
    process.emitWarning(
      `bulkStream: ${this.readableLength} results are waiting to be read and nothing reads them, so the load waits. ` +
        "Read the results (pipe them on, or for await), or pass results: 'failed' or 'none'.",
      { code: 'ELASTREAM_UNREAD_RESULTS' },
    )
  }

  // Reading results may free the writable side (see #mustWait). Ours first: a write callback released
  // while results are buffered is parked by Transform until its own _read, which comes right after.
  override _read(size: number): void {
    this.#settle(true)
    super._read(size)
  }

  #dispatch(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer)
      this.#timer = undefined
    }
    if (this.#batch.length === 0) return
    this.#queue.push({ items: this.#batch, body: this.#body.take() })
    this.#batch = []
    this.#pump()
  }

  #pump(): void {
    if (this.#pauseTimer !== undefined || this.#queue.length === 0 || this.destroyed) return
    const paused = this.#concurrency.pause()
    if (paused > 0) {
      // 'auto' pushed back at a limit of 1: nothing goes out for a while (adaptive-concurrency.ts, pause).
      this.#pauseTimer = setTimeout(() => {
        this.#pauseTimer = undefined
        this.#pump()
        this.#settle()
      }, paused)
      return
    }
    while (this.#inflight < this.#concurrency.limit && this.#queue.length > 0 && !this.destroyed) {
      const batch = this.#queue.shift()!
      this.#bufferedBytes -= batch.body.length
      this.#inflightBytes += batch.body.length
      this.#inflight++
      this.#send(batch).then(
        () => this.#done(batch),
        (err) => this.destroy(err),
      )
    }
  }

  #done(batch: Batch): void {
    this.#inflight--
    this.#inflightBytes -= batch.body.length
    this.#pump()
    this.#settle()
  }

  /** Releases a held write and completes the flush when their conditions hold. */
  #settle(reading = false): void {
    if (this.destroyed) return
    if (this.#held !== undefined && !this.#mustWait(reading)) {
      const cb = this.#held
      this.#held = undefined
      cb()
    }
    if (
      this.#flushed !== undefined &&
      this.#inflight === 0 &&
      this.#queue.length === 0 &&
      this.#batch.length === 0 &&
      this.#retryTimers.size === 0
    ) {
      const cb = this.#flushed
      this.#flushed = undefined
      const concurrency = this.#concurrency.stats()
      if (concurrency !== undefined) this.stats.concurrency = concurrency
      cb()
    }
  }

  async #send(batch: Batch): Promise<void> {
    const { items, body } = batch
    for (const it of items) it.attempts++
    this.stats.bytes += body.length
    this.stats.requests++
    const started = this.#concurrency.start()
    // Only a first attempt of a batch near full size is a fair round-trip sample (see RequestOutcome).
    const sample =
      items[0]!.attempts === 1 &&
      (items.length * 2 >= this.#opts.flushDocs || body.length * 2 >= this.#opts.flushBytes)
    let answer: BulkAnswer
    try {
      const bytes: unknown = await this.#transport.request(
        { method: 'POST', path: this.#path, querystring: this.#querystring, bulkBody: body },
        // Retries are ours: the transport retrying a bulk would re-send items that already succeeded.
        // Bytes, read by readBulkAnswer: exact per item, and no object per successful item.
        {
          maxRetries: 0,
          signal: this.#abort.signal,
          requestTimeout: this.#requestTimeout,
          asBuffer: true,
          traceContext: this.#job?.context,
        },
      )
      answer = readAnswer(bytes, items.length, this.#opts.results === 'all')
    } catch (err) {
      if (this.destroyed) return
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
        for (const it of items) this.#fail(it, 0, { type: 'bad_response', reason: err.message }, body)
        return
      }
      if (err instanceof ResponseError && err.statusCode === 413 && items.length > 1) {
        // Too large for the node (http.max_content_length): nothing was read, so send it again as two halves.
        this.stats.bytes -= body.length
        for (const it of items) it.attempts--
        const half = Math.ceil(items.length / 2)
        for (const part of [items.slice(half), items.slice(0, half)]) {
          const next = rebatch(part, body)
          this.#bufferedBytes += next.body.length
          this.#queue.unshift(next)
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
            this.#bufferedBytes += next.body.length
            this.#queue.unshift(next)
          }
          return
        }
      }
      const retry = requestRetryable(err)
      const error = requestError(err)
      const again: BulkItem[] = []
      for (const it of items) {
        if (retry.ambiguous) it.ambiguous = true
        if (retry.retryable && it.attempts <= this.#opts.retries) again.push(it)
        else this.#fail(it, statusOf(err), error, body)
      }
      this.#scheduleRetry(again, body)
      return
    }
    if (this.destroyed) return
    const again: BulkItem[] = []
    let rejected = 0
    // The verdict is each item's own status: the answer's `errors` flag is not even read (see bulk-answer.ts).
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!
      const status = answer.status(i)
      if (status === 429) rejected++
      const problem = answer.problem(i) ?? (answer.op(i) !== it.op ? `answered as ${answer.op(i)} for a ${it.op}` : undefined)
      if (problem !== undefined) {
        this.#fail(it, 0, { type: 'bad_response', reason: problem }, body)
      } else if (answer.hasError(i)) {
        if (status === 409 && it.op === 'create' && it.ambiguous) this.#exists(it, answer, i)
        else if (isRetryableStatus(status) && it.attempts <= this.#opts.retries) again.push(it)
        else this.#fail(it, status, itemError(answer, i, status), body)
      } else if ((status >= 200 && status < 300) || (status === 404 && it.op === 'delete')) {
        this.#ok(it, status, answer, i)
      } else if (isRetryableStatus(status) && it.attempts <= this.#opts.retries) {
        again.push(it)
      } else {
        this.#fail(it, status, { type: 'unknown', reason: `status ${status} without an error` }, body)
      }
    }
    // Items rejected with 429 in a 2xx answer: a write queue on some node is full, whatever the request's status.
    this.#concurrency.end(started, { sample, backPressure: rejected > 0, items: items.length, rejected })
    this.#scheduleRetry(again, body)
    // A retry of every item reuses the body as it is (see rebatch); otherwise nothing points into it now.
    if (again.length < items.length) this.#body.recycle(body)
  }

  /** Retried items get a body of their own now, so the batch they came from can be freed meanwhile. */
  #scheduleRetry(items: BulkItem[], from: Buffer): void {
    if (items.length === 0) return
    let attempt = 0
    for (const it of items) {
      if (it.attempts === 1) this.stats.retried++
      if (it.attempts > attempt) attempt = it.attempts
    }
    const batch = rebatch(items, from)
    this.#bufferedBytes += batch.body.length
    const timer = setTimeout(() => {
      this.#retryTimers.delete(timer)
      // Retries go first: they are the oldest items and hold memory the writable side waits on.
      this.#queue.unshift(batch)
      this.#pump()
      this.#settle()
    }, this.#backoff.delay(attempt))
    this.#retryTimers.add(timer)
  }

  #ok(it: BulkItem, status: number, answer: BulkAnswer, i: number): void {
    this.stats.successful++
    if (this.#opts.results !== 'all') return
    const result: BulkResult = {
      ok: true,
      op: it.op,
      status,
      id: answer.id(i) ?? itemId(it),
      index: answer.index(i) ?? it.index,
      attempts: it.attempts,
    }
    const r = answer.result(i)
    if (r !== undefined) result.result = r
    this.push(result)
  }

  /**
   * A `create` answered 409 after an attempt whose answer was lost: a document with this id is in the index,
   * either ours from that attempt or one that was there before the load, and nothing can tell which. Not a
   * failure (retrying cannot change it, nothing is lost), not a plain success either: result 'exists', counted
   * in `successful` and in `stats.exists`.
   */
  #exists(it: BulkItem, answer: BulkAnswer, i: number): void {
    this.stats.successful++
    this.stats.exists++
    if (this.#opts.results !== 'all') return
    this.push({
      ok: true,
      op: it.op,
      status: 409,
      id: answer.id(i) ?? itemId(it),
      index: answer.index(i) ?? it.index,
      result: 'exists',
      error: itemError(answer, i, 409),
      attempts: it.attempts,
    } satisfies BulkResult)
  }

  #fail(
    it: BulkItem | RejectedItem,
    status: number,
    error: { type: string; reason: string },
    body?: Buffer,
  ): void {
    this.stats.failed++
    if (this.#opts.results === 'none') return
    const sent = it as BulkItem
    // The line comes back out of the body it was sent in (without its newline), equal to the string written.
    let input = it.input
    if (sent.inputInBody === true && body !== undefined) {
      input = body.toString('utf8', sent.start + sent.sourceAt, sent.end - 1)
      if (sent.parseBack) input = this.#parse(input as string)
    }
    const result: BulkResult = {
      ok: false,
      op: it.op,
      status,
      id: itemId(it),
      index: it.index,
      error,
      item: input,
      attempts: (it as BulkItem).attempts ?? 0,
    }
    const line = sent.line ?? (it as RejectedItem).error?.line
    if (line !== undefined && line > 0) result.line = line
    this.push(result)
  }
}

/** A bulk Transform: write documents, actions or NDJSON lines; read one result per item. */
export function bulkStream<TDoc = any>(
  client: ClientLike,
  options?: BulkStreamOptions<TDoc>,
): BulkStream<TDoc> {
  return new BulkStream<TDoc>(client, options)
}
