import { setMaxListeners } from 'node:events'
import { Transform } from 'node:stream'
import { ConfigurationError } from '../../errors.js'
import { JobSpan } from '../../observability/job-span.js'
import { describeValue as describe } from '../../options/describe-value.js'
import { serializerOf } from '../../transport/json-serializer.js'
import { abortOnSignal } from '../abort-signal.js'
import { createBackoff } from '../backoff.js'
import { type ClientLike, checkClient } from '../client-like.js'
import type { BulkOp } from './bulk-action.js'
import { BatchBody } from './batch-body.js'
import { BatchQueue } from './batch-queue.js'
import { BatchSender } from './batch-sender.js'
import { type BulkItem, isRejected } from './bulk-item.js'
import type { BulkStreamStats } from './bulk-result.js'
import type { ConcurrencyLimiter } from './concurrency-limiter.js'
import { createConcurrency } from './create-concurrency.js'
import { InputMark } from './input-mark.js'
import { ItemBuilder } from './item-builder.js'
import { NdjsonLines } from './ndjson-lines.js'
import { ResultWriter } from './result-writer.js'

export type { BulkAction, BulkActionMeta, BulkOp } from './bulk-action.js'
export type { BulkStreamOptions, LineDocument, LineRefused, LineToParse, LineVerdict } from './bulk-stream-options.js'
export type { BulkResult, BulkStreamStats } from './bulk-result.js'
import { type BulkStreamOptions, readBulkStreamOptions } from './bulk-stream-options.js'

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
  readonly #parse: (text: string) => unknown
  readonly #builder: ItemBuilder
  readonly #opts: Required<Pick<BulkStreamOptions, 'flushDocs' | 'flushBytes' | 'flushInterval'>>
  readonly #concurrency: ConcurrencyLimiter
  readonly #queue: BatchQueue
  readonly #sender: BatchSender
  readonly #results: ResultWriter
  /** With `trackPosition`: how far into the input every item has its outcome. */
  readonly #mark: InputMark | undefined
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
  #held: ((err?: Error | null) => void) | undefined
  #flushed: ((err?: Error | null) => void) | undefined

  constructor(client: ClientLike, options: BulkStreamOptions<TDoc> = {}) {
    const o = readBulkStreamOptions(options)
    super({ objectMode: true, highWaterMark: o.highWaterMark })
    const transport = checkClient(client, OWNER)
    this.#concurrency = createConcurrency(o.concurrency, o.maxConcurrency, OWNER)
    this.#hwm = o.highWaterMark
    const backoff = createBackoff(o.backoff, OWNER)
    this.#opts = o
    this.#builder = new ItemBuilder({
      index: o.index,
      op: o.op,
      id: o.id,
      autoId: o.autoId,
      input: o.input,
      pinIndex: o.pinIndex === true,
      hitVersions: o.hitVersions,
      stringify: serializerOf(transport)?.stringify,
    })
    // The client's serializer reads lines and failed documents back, so a bigint field stays one.
    this.#parse = serializerOf(transport)?.parse ?? JSON.parse
    this.#body = new BatchBody(o.flushBytes)
    this.#mark = o.trackPosition ? new InputMark(0, o.input === 'ndjson' ? o.firstLine - 1 : 0) : undefined
    this.#results = new ResultWriter(this.stats, o.results, this.#parse, (result) => this.push(result), this.#mark)
    this.#ndjsonSettings = { op: o.op, index: o.index }
    this.#lineDocument = o.lineDocument
    this.#lines =
      o.input === 'ndjson'
        ? new NdjsonLines(
            {
              line: (bytes, start, end, line) => this.#line(bytes, start, end, line),
              // A line too long is a line read, as a bad one is: counted in total, so total = successful + failed.
              tooLong: (line, head) => {
                this.stats.total++
                this.#badLine(line, head.toString('utf8'), `is longer than ${MAX_LINE} bytes`)
              },
            },
            MAX_LINE,
            o.firstLine,
          )
        : undefined
    // One abort listener per request in flight: more than Node's default 10 is the plan, not a leak.
    setMaxListeners(this.#concurrency.max + 1, this.#abort.signal)
    if (o.signal !== undefined) abortOnSignal(o.signal, this)
    this.#job = JobSpan.start(client, OWNER, o.index)?.follow(this)
    this.#queue = new BatchQueue(this.#concurrency, backoff, this.stats, {
      send: (batch) => this.#sender.send(batch),
      changed: () => this.#settle(),
      failed: (err) => this.destroy(err as Error),
      stopped: () => this.destroyed,
    })
    const querystring = {
      pipeline: o.pipeline,
      routing: o.routing,
      refresh: o.refresh === undefined ? undefined : String(o.refresh),
      filter_path: o.results === 'all' ? FILTER_ALL : FILTER_FAILED,
    }
    const settings = {
      flushDocs: o.flushDocs,
      flushBytes: o.flushBytes,
      retries: o.retries,
      maxRetryAfter: o.maxRetryAfter,
      results: o.results,
      querystring,
      requestTimeout: o.requestTimeout,
      signal: this.#abort.signal,
      traceContext: this.#job?.context,
    }
    this.#sender = new BatchSender(transport, this.#concurrency, this.#body, this.#results, this.stats, settings, this.#queue)
  }

  /**
   * With `trackPosition`: how far the input is done. Every item before the `items`-th (counted from the first
   * written, in input order) has its outcome, whatever order the batches were answered in; `offset` is the
   * position just past the last of them (with input 'ndjson' the byte offset in the bytes written, past its
   * newline, and `line` the number of the last line before it; else the number of items, and `line` 0);
   * their results are among the first `results` results pushed. So a
   * consumer that has handled `results` results may record `offset` as where a resumed load starts: nothing
   * before it is left undone, and only items after it are sent again. Undefined without `trackPosition`.
   */
  get position(): { items: number; offset: number; line: number; results: number } | undefined {
    const mark = this.#mark
    if (mark === undefined) return undefined
    return { items: mark.through, offset: mark.position, line: mark.line, results: this.#results.pushed }
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
    if (this.#mark !== undefined) built.seq = this.#take()
    this.#batch.push(built)
    this.#queue.hold(bytes)
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
      if (this.#mark !== undefined) built.seq = this.#take()
      this.#results.fail(built, 0, built.error)
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

  /** Gives the item being built its place in the input (see `position`). */
  #take(): number {
    const lines = this.#lines
    return lines === undefined ? this.#mark!.take(this.stats.total) : this.#mark!.take(lines.lineEnd, lines.linesToEnd)
  }

  #badLine(line: number, text: string, why: string, type = 'parse_error'): void {
    const { op, index } = this.#ndjsonSettings
    const seq = this.#mark === undefined ? undefined : this.#take()
    this.#results.fail(
      { seq, input: text, op, id: undefined, index, error: { type, reason: `line ${line} ${why}`, line } },
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
    this.#queue.cancel()
    this.#abort.abort()
    callback(err)
  }

  /** Buffered plus in-flight bytes at the bound, or a full batch waiting for a free slot. */
  #mustWait(reading = false): boolean {
    // Bounded by the limit now, not the highest it may reach: when 'auto' cuts, the writable side waits sooner.
    const slots = this.#concurrency.limit + 1
    if (this.#queue.heldBytes >= slots * this.#opts.flushBytes || this.#queue.waiting > 0) {
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
    this.#queue.add({ items: this.#batch, body: this.#body.take() })
    this.#batch = []
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
      this.#queue.idle &&
      this.#batch.length === 0
    ) {
      const cb = this.#flushed
      this.#flushed = undefined
      const concurrency = this.#concurrency.stats()
      if (concurrency !== undefined) this.stats.concurrency = concurrency
      cb()
    }
  }

}

/** A bulk Transform: write documents, actions or NDJSON lines; read one result per item. */
export function bulkStream<TDoc = any>(
  client: ClientLike,
  options?: BulkStreamOptions<TDoc>,
): BulkStream<TDoc> {
  return new BulkStream<TDoc>(client, options)
}
