import type { Backoff } from '../backoff.js'
import { type Batch, rebatch } from './batch-body.js'
import type { BulkItem } from './bulk-item.js'
import type { BulkStreamStats } from './bulk-result.js'
import type { ConcurrencyLimiter } from './concurrency-limiter.js'

/** What the queue needs from the stream it schedules for. */
export interface QueueHost {
  /** Sends one batch; settles once each of its items has its outcome or is queued again. */
  send(batch: Batch): Promise<void>
  /** A request ended or a timer fired: a held write or the flush may be released now. */
  changed(): void
  /** Sending failed beyond its items: the stream ends with the error. */
  failed(err: unknown): void
  /** The stream is destroyed: nothing more goes out. */
  stopped(): boolean
}

/**
 * When batches go out: a queue of full batches, at most the concurrency limit of them in flight, retries after
 * their backoff ahead of the rest, and a pause when adaptive concurrency asks for one. It counts the bytes
 * buffered and in flight that bulkStream's writable side waits on.
 */
export class BatchQueue {
  readonly #concurrency: ConcurrencyLimiter
  readonly #backoff: Backoff
  readonly #stats: BulkStreamStats
  readonly #host: QueueHost
  #queue: Batch[] = []
  #bufferedBytes = 0
  #inflight = 0
  #inflightBytes = 0
  #retryTimers = new Set<NodeJS.Timeout>()
  #pauseTimer: NodeJS.Timeout | undefined

  constructor(concurrency: ConcurrencyLimiter, backoff: Backoff, stats: BulkStreamStats, host: QueueHost) {
    this.#concurrency = concurrency
    this.#backoff = backoff
    this.#stats = stats
    this.#host = host
  }

  /** Bytes of items not sent yet (the batch being built included) plus bytes in flight. */
  get heldBytes(): number {
    return this.#bufferedBytes + this.#inflightBytes
  }

  /** The stream is destroyed: nothing more goes out. */
  get stopped(): boolean {
    return this.#host.stopped()
  }

  /** Full batches waiting for a free slot. */
  get waiting(): number {
    return this.#queue.length
  }

  /** Nothing queued, in flight or waiting for a retry. */
  get idle(): boolean {
    return this.#inflight === 0 && this.#queue.length === 0 && this.#retryTimers.size === 0
  }

  /** An item of `bytes` joined the batch being built: counted as buffered from now. */
  hold(bytes: number): void {
    this.#bufferedBytes += bytes
  }

  /** A full batch (its bytes already held): sent when a slot is free. */
  add(batch: Batch): void {
    this.#queue.push(batch)
    this.pump()
  }

  /** A batch to send before every queued one (the halves of a refused batch). */
  first(batch: Batch): void {
    this.#bufferedBytes += batch.body.length
    this.#queue.unshift(batch)
  }

  /**
   * Retried items get a body of their own now, so the batch they came from can be freed meanwhile. They go
   * after the backoff, or after `atLeastMs` when that is longer (what a Retry-After asked for).
   */
  retryLater(items: BulkItem[], from: Buffer, atLeastMs = 0): void {
    if (items.length === 0) return
    let attempt = 0
    for (const it of items) {
      if (it.attempts === 1) this.#stats.retried++
      if (it.attempts > attempt) attempt = it.attempts
    }
    const batch = rebatch(items, from)
    this.#bufferedBytes += batch.body.length
    const timer = setTimeout(() => {
      this.#retryTimers.delete(timer)
      // Retries go first: they are the oldest items and hold memory the writable side waits on.
      this.#queue.unshift(batch)
      this.pump()
      this.#host.changed()
    }, Math.max(this.#backoff.delay(attempt), atLeastMs))
    this.#retryTimers.add(timer)
  }

  pump(): void {
    if (this.#pauseTimer !== undefined || this.#queue.length === 0 || this.#host.stopped()) return
    const paused = this.#concurrency.pause()
    if (paused > 0) {
      // 'auto' pushed back at a limit of 1: nothing goes out for a while (adaptive-concurrency.ts, pause).
      this.#pauseTimer = setTimeout(() => {
        this.#pauseTimer = undefined
        this.pump()
        this.#host.changed()
      }, paused)
      return
    }
    while (this.#inflight < this.#concurrency.limit && this.#queue.length > 0 && !this.#host.stopped()) {
      const batch = this.#queue.shift()!
      this.#bufferedBytes -= batch.body.length
      this.#inflightBytes += batch.body.length
      this.#inflight++
      this.#host.send(batch).then(
        () => this.#done(batch),
        (err) => this.#host.failed(err),
      )
    }
  }

  /** Stops every timer: nothing is sent or retried any more. */
  cancel(): void {
    for (const t of this.#retryTimers) clearTimeout(t)
    this.#retryTimers.clear()
    if (this.#pauseTimer !== undefined) clearTimeout(this.#pauseTimer)
  }

  #done(batch: Batch): void {
    this.#inflight--
    this.#inflightBytes -= batch.body.length
    this.pump()
    this.#host.changed()
  }
}
