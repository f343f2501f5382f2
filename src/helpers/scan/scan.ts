/**
 * `scan()`: every hit of a search as an object-mode Readable, page by page as the consumer reads, with a
 * point in time (or scroll), sliced or not, resumable from its cursor. The options and their checks are in
 * scan-options.ts, the page request and answer in search-page.ts, the failure verdicts in scan-failure.ts.
 */
import { Readable } from 'node:stream'
import { ScanError } from '../../errors.js'
import { JobSpan } from '../../observability/job-span.js'
import type { TransportLike } from '../../transport/types.js'
import { abortOnSignal } from '../abort-signal.js'
import { type Backoff, createBackoff } from '../backoff.js'
import { type ClientLike, sleep } from '../client-like.js'
import { closePointInTime, openPointInTime } from './point-in-time.js'
import { RawHit, readRawPage } from './raw-page.js'
import { asScanError, isRetryable } from './scan-failure.js'
import type { ScanHit } from './scan-hit.js'
import { checkScanOptions, OWNER, type ScanOptions, type ScanSettings } from './scan-options.js'
import { encodeIndex, fromRawPage, pageRequest, type SearchResponse } from './search-page.js'
import type { ScanCursor } from '../../scan-cursor.js'

export { RawHit } from './raw-page.js'
export type { ScanCursor } from '../../scan-cursor.js'
export type { ScanHit } from './scan-hit.js'
export { SCAN_DEFAULTS, type ScanOptions } from './scan-options.js'

interface Slice {
  id: number
  searchAfter: unknown[] | undefined
  /** Sort values of the last hit the consumer took. */
  consumedSort: unknown[] | undefined
  /** In raw mode, that hit itself: its sort values are parsed only when a cursor is asked for. */
  consumedRaw: RawHit | undefined
  scrollId: string | undefined
  fetching: boolean
  finished: boolean
  pushed: number
  consumed: number
}

/** Pages fetched and hits read so far: what the read-ahead bound is measured with. */
export interface ScanStats {
  pages: number
  hits: number
  consumed: number
}

export class Scan<TDoc = Record<string, unknown>, THit = ScanHit<TDoc>> extends Readable {
  readonly stats: ScanStats = { pages: 0, hits: 0, consumed: 0 }
  /** Typed `for await`: the stream yields hits (`RawHit`s with `raw: true`). */
  declare [Symbol.asyncIterator]: () => AsyncIterableIterator<THit>
  readonly #transport: TransportLike
  readonly #opts: ScanSettings
  readonly #backoff: Backoff
  readonly #abort = new AbortController()
  /** The job's parent span; each request of the scan is its child. Undefined when the client does not trace. */
  readonly #job: JobSpan | undefined
  readonly #slices: Slice[]
  readonly #sliceOf: WeakMap<object, Slice> | undefined
  readonly #index: string | string[]
  /** The one slice of the search this scan reads (`slice` option), undefined for the whole search. */
  readonly #part: { id: number; max: number } | undefined
  #pitId: string | undefined
  #closed = false
  #ending = false

  constructor(client: ClientLike, options: ScanOptions) {
    // Everything is checked before super(): a Readable that exists gets destroyed, and must be whole then.
    const { transport, index, slices, slice: part, settings } = checkScanOptions(client, options)
    const resume = options.resume
    super({ objectMode: true, highWaterMark: settings.highWaterMark })
    this.#transport = transport
    this.#index = index
    this.#part = part === undefined ? undefined : { id: part.id, max: part.max }
    this.#opts = settings
    this.#backoff = createBackoff(options.backoff, OWNER)
    this.#pitId = resume?.pitId
    this.#slices = Array.from({ length: slices }, (_, id) => {
      const from = resume?.slices[id]
      return {
        id,
        searchAfter: from?.searchAfter,
        consumedSort: from?.searchAfter,
        consumedRaw: undefined,
        scrollId: undefined,
        fetching: false,
        finished: from?.done ?? false,
        pushed: 0,
        consumed: 0,
      }
    })
    this.#sliceOf = slices > 1 ? new WeakMap() : undefined
    if (options.signal !== undefined) abortOnSignal(options.signal, this)
    // Ended on 'close': after the point in time or the scrolls were released.
    this.#job = JobSpan.start(client, OWNER, this.#index)?.follow(this, ['close'])
  }

  /** Where the consumer is: pass it as `resume` to continue. Undefined for scroll scans and before the first page. */
  get cursor(): ScanCursor | undefined {
    if (this.#opts.scroll !== undefined || this.#pitId === undefined) return undefined
    return {
      pitId: this.#pitId,
      index: this.#index,
      keepAlive: this.#opts.keepAlive,
      ...(this.#part === undefined ? {} : { slice: { ...this.#part } }),
      slices: this.#slices.map((s) => ({
        searchAfter: s.consumedRaw === undefined ? s.consumedSort : s.consumedRaw.sort,
        done: s.finished && s.consumed === s.pushed,
      })),
    }
  }

  override _construct(callback: (err?: Error | null) => void): void {
    if (this.#opts.scroll !== undefined || this.#pitId !== undefined) {
      callback()
      return
    }
    this.#withRetries(() =>
      openPointInTime(this.#transport, encodeIndex(this.#index), this.#opts.keepAlive, {
        ...this.#requestOptions(),
        asBuffer: false,
      }),
    ).then(
      (id) => {
        this.#pitId = id
        callback()
      },
      // Destroyed while opening (the user cancelled, then perhaps closed the client): the failure of work
      // nobody waits for is no error. _destroy still runs and closes a point in time that did open.
      (err) => callback(this.destroyed ? null : err),
    )
  }

  override _read(): void {
    this.#fill()
  }

  // Every 'data' event is a hit handed to the consumer, whatever the reading mode (for await, pipe, read()).
  override emit(event: string | symbol, ...args: any[]): boolean {
    if (event === 'data') this.#consumedHit(args[0])
    return super.emit(event, ...args)
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    // A page requested ahead is usually in flight here: aborted, it is dropped on our side at once, and the
    // close below goes out right away (the node frees the point in time's reader when that search stops).
    this.#abort.abort()
    // Ended normally: #end() already closed it. Asked to keep it: the cursor may resume it.
    if (
      (err === null && this.#ending) ||
      (this.#opts.keepPointInTime === true && this.#opts.scroll === undefined)
    ) {
      callback(err)
      return
    }
    this.#close().then(
      () => callback(err),
      // A close failing after the user stopped the scan (destroy, break) is not theirs to handle: the point in
      // time expires after keepAlive anyway. After a failure, the failure is what they see.
      () => callback(err),
    )
  }

  #consumedHit(hit: object): void {
    this.stats.consumed++
    const slice = this.#sliceOf === undefined ? this.#slices[0]! : this.#sliceOf.get(hit)
    if (slice === undefined) return
    slice.consumed++
    if (hit instanceof RawHit) slice.consumedRaw = hit
    else {
      const sort = (hit as ScanHit).sort
      if (sort !== undefined) slice.consumedSort = sort
    }
    // The consumer has started the slice's last fetched page: fetch the next one now, so the node works on it
    // while the consumer reads this one (the stream's own _read would only ask once the buffer is drained).
    if (!slice.fetching && !slice.finished && slice.pushed - slice.consumed <= this.#opts.size) this.#fill()
  }

  /**
   * Starts a page for every idle slice whose consumer has started reading the slice's last page: per slice, at
   * most one page waiting (being read) plus one in flight or arrived, never more however slow the consumer.
   */
  #fill(): void {
    if (this.destroyed || this.#ending) return
    let active = false
    for (const slice of this.#slices) {
      if (slice.finished) continue
      active = true
      if (slice.fetching || slice.pushed - slice.consumed > this.#opts.size) continue
      slice.fetching = true
      this.#page(slice).then(
        (hits) => this.#onPage(slice, hits),
        (err) => this.destroy(this.#withCursor(err)),
      )
    }
    if (!active) this.#end()
  }

  #onPage(slice: Slice, hits: Array<ScanHit<TDoc> | RawHit>): void {
    slice.fetching = false
    if (this.destroyed) return
    this.stats.pages++
    this.stats.hits += hits.length
    const last = hits[hits.length - 1]
    if (last?.sort !== undefined) slice.searchAfter = last.sort
    // A point-in-time page shorter than `size` is the last one; a scroll ends on an empty page.
    if (hits.length === 0 || (this.#opts.scroll === undefined && hits.length < this.#opts.size))
      slice.finished = true
    slice.pushed += hits.length
    const map = this.#sliceOf
    for (const hit of hits) {
      map?.set(hit, slice)
      this.push(hit)
    }
    if (this.#slices.every((s) => s.finished)) this.#end()
    // Overlap: the next page is requested now if the consumer already reads this one (see #fill's bound).
    else this.#fill()
  }

  /** A ScanError carries where the consumer is (the last hit delivered), so the caller can resume from there. */
  #withCursor(err: unknown): Error {
    if (err instanceof ScanError && err.cursor === undefined) err.cursor = this.cursor
    return err as Error
  }

  #end(): void {
    if (this.#ending || this.#slices.some((s) => s.fetching)) return
    this.#ending = true
    this.#close().then(
      () => this.push(null),
      (err) => this.destroy(err),
    )
  }

  async #page(slice: Slice): Promise<Array<ScanHit<TDoc> | RawHit>> {
    const o = this.#opts
    const slices = this.#slices.length
    let res: SearchResponse<TDoc> | Buffer
    if (o.scroll !== undefined && slice.scrollId !== undefined) {
      const scrollId = slice.scrollId
      // A scroll moves forward on the server: retrying after a lost answer would skip a page, so only
      // answers that say "not done" (429/503) are retried.
      res = await this.#withRetries(
        () =>
          this.#transport.request<SearchResponse<TDoc>>(
            { method: 'POST', path: '/_search/scroll', body: { scroll: o.scroll, scroll_id: scrollId } },
            this.#requestOptions(),
          ),
        true,
        true,
      )
    } else {
      const { path, querystring, body } = pageRequest(o, {
        index: this.#index,
        pitId: this.#pitId,
        slice: this.#serverSlice(slice.id, slices),
        searchAfter: slice.searchAfter,
      })
      res = await this.#withRetries(
        () =>
          this.#transport.request<SearchResponse<TDoc>>(
            { method: 'POST', path, querystring, body },
            this.#requestOptions(),
          ),
        o.scroll !== undefined,
        // A point-in-time page names no index: its 404 can only be the context. A scroll's first page can
        // be a 404 for a missing index, which stays what it is.
        o.scroll === undefined,
      )
    }
    if (Buffer.isBuffer(res)) res = fromRawPage(readRawPage(res))
    if (res.pit_id !== undefined) this.#pitId = res.pit_id
    if (res._scroll_id !== undefined) slice.scrollId = res._scroll_id
    const failed = res._shards?.failed ?? 0
    if (failed > 0 && o.allowPartialResults !== true) {
      throw new ScanError(
        `scan: ${failed} of ${res._shards?.total} shards failed`,
        res._shards?.failures ?? [],
      )
    }
    return res.hits?.hits ?? []
  }

  /**
   * The `slice` of the search body for slice `id` of the `slices` read in parallel: slice `id` of `slices` for a
   * whole search; with a `slice` option, that slice's own id-th part of `slices` (ids part.id*slices to
   * part.id*slices+slices-1 of part.max*slices, which cut it exactly), by a hash of `_id` (see the option).
   */
  #serverSlice(id: number, slices: number): { id: number; max: number; field?: string } | undefined {
    const part = this.#part
    if (part === undefined) return slices > 1 ? { id, max: slices } : undefined
    const max = part.max * slices
    return max > 1 ? { field: '_id', id: part.id * slices + id, max } : undefined
  }

  /** `inContext`: a request that reads a point in time or scroll, so that a 404 means the context is gone. */
  async #withRetries<T>(fn: () => Promise<T>, onlyUnapplied = false, inContext = false): Promise<T> {
    // What the cluster said about the search itself (its shards failed, its context is gone) outranks a
    // connection failure of a later attempt: a node that died takes its shard and also refuses the retries
    // that happen to reach it, and the error must say the first, as a ScanError.
    let searchFailure: ScanError | undefined
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn()
      } catch (err) {
        if (this.destroyed) throw err
        const wrapped = asScanError(err, inContext)
        if (wrapped instanceof ScanError) searchFailure = wrapped
        if (attempt > this.#opts.retries || !isRetryable(err, onlyUnapplied)) {
          throw wrapped instanceof ScanError ? wrapped : (searchFailure ?? wrapped)
        }
        await sleep(this.#backoff.delay(attempt), this.#abort.signal)
      }
    }
  }

  #requestOptions() {
    // Retries are ours (with backoff); a transport retry of a scroll page could skip a page.
    return {
      maxRetries: 0,
      signal: this.#abort.signal,
      requestTimeout: this.#opts.requestTimeout,
      traceContext: this.#job?.context,
      asBuffer: this.#opts.raw === true,
    }
  }

  /** Releases the point in time or the scrolls, once; a missing one (expired) is fine. */
  async #close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const options = { maxRetries: 1, requestTimeout: 10_000, ignore: [404], traceContext: this.#job?.context }
    if (this.#opts.scroll !== undefined) {
      const ids = this.#slices.map((s) => s.scrollId).filter((id): id is string => id !== undefined)
      if (ids.length === 0) return
      await this.#transport.request(
        { method: 'DELETE', path: '/_search/scroll', body: { scroll_id: ids } },
        options,
      )
    } else if (this.#pitId !== undefined) {
      await closePointInTime(this.#transport, this.#pitId, options)
    }
  }
}

/** Every hit of a search as an object-mode Readable (and async iterable), page by page as the consumer reads. */
export function scan(client: ClientLike, options: ScanOptions & { raw: true }): Scan<never, RawHit>
export function scan<TDoc = Record<string, unknown>>(client: ClientLike, options: ScanOptions): Scan<TDoc>
export function scan(client: ClientLike, options: ScanOptions): Scan<unknown, unknown> {
  return new Scan(client, options)
}
