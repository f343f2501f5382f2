/**
 * Multi-search batching: searches from many callers (`search()`, a promise each) or from a stream
 * (`stream()`) are queued and sent together as `_msearch` requests, a batch once it holds `maxSearches` or
 * after `flushInterval` ms, `concurrency` requests in flight. Each search gets its own answer or its own error:
 * a failed search does not fail the others of its batch; a search answered 429 is queued again after a backoff.
 */
import { Transform } from 'node:stream'
import type {
  AggregateName,
  AggregationsAggregate,
  MsearchMultisearchHeader,
  SearchResponse,
  SearchSearchRequestBody,
} from '../api/types/index.js'
import { ConfigurationError, DeserializationError, ResponseError } from '../errors.js'
import type { TransportLike } from '../transport/types.js'
import { type BackoffOptions, createBackoff, type Backoff } from './backoff.js'
import { serializerOf } from '../transport/json-serializer.js'
import { type ClientLike, checkClient, sleep } from './client-like.js'
import { checkInteger, checkKnownOptions, optionSubject, rejectOption, stripUndefined } from '../options/checks.js'
import { requireMilliseconds } from '../options/duration.js'

export interface MsearchOptions {
  /** Index for searches that name none (`index` in a search's header wins). Default: none. */
  index?: string
  /** Searches per `_msearch` request. Default 32: measured (benchmarks/msearch.mjs) several mid-sized requests spread over the nodes beat one big one, which a node runs only a few searches of at a time. */
  maxSearches?: number
  /** Ms a partial batch waits for more searches. Default 5: callers arriving together share a request, and a lone search waits 5 ms at most. */
  flushInterval?: number
  /** `_msearch` requests in flight. Default 8 (same measurement). */
  concurrency?: number
  /** Further attempts for a search answered 429 (or a batch answered 429/502/503/504 as a whole). Default 3. */
  retries?: number
  /** Waits before those attempts. Default { initial: 200, max: 10000, jitter: 0.5 }. */
  backoff?: BackoffOptions
  /** Per `_msearch` request, ms. Default: the client's `requestTimeout`. */
  requestTimeout?: number
  /** Stops: queued and in-flight searches reject with the abort reason. */
  signal?: AbortSignal
}

/**
 * One search: its body fields flat (`query`, `size`, `aggs`, ...), plus header fields sent on the `_msearch`
 * header line (`index`, `routing`, `preference`, `search_type`, `request_cache`, `ignore_unavailable`,
 * `allow_no_indices`, `expand_wildcards`, `allow_partial_search_results`).
 */
/** One search: its header fields (`index`, `routing`, `preference`, ...) and body fields side by side. */
export type MsearchSearch = MsearchMultisearchHeader & SearchSearchRequestBody

type DefaultAggregations = Record<AggregateName, AggregationsAggregate>

/** What `stream()` emits per input search, in input order. */
export interface MsearchResult<TResponse = SearchResponse> {
  search: MsearchSearch
  /** Elasticsearch's answer to this search (as `client.search()` would resolve). */
  response?: TResponse
  /** Why this search failed (a ResponseError carries Elasticsearch's `error`). */
  error?: Error
}

export interface MsearchStats {
  searches: number
  failed: number
  /** Searches sent again after a 429. */
  retried: number
  requests: number
}

const HEADER_FIELDS = new Set([
  'index',
  'routing',
  'preference',
  'search_type',
  'request_cache',
  'ignore_unavailable',
  'allow_no_indices',
  'expand_wildcards',
  'allow_partial_search_results',
  'ccs_minimize_roundtrips',
])

/** Every default of MsearchOptions that is a value (each explained on the option). */
export const MSEARCH_DEFAULTS = { maxSearches: 32, flushInterval: 5, concurrency: 8, retries: 3 } satisfies Partial<MsearchOptions>
const KNOWN = [
  'index',
  'maxSearches',
  'flushInterval',
  'concurrency',
  'retries',
  'backoff',
  'requestTimeout',
  'signal',
] as const satisfies ReadonlyArray<keyof MsearchOptions>

interface Pending {
  search: MsearchSearch
  header: string
  body: string
  attempts: number
  /** Answered or rejected: a caller is settled once, whatever a malformed answer does afterwards. */
  settled: boolean
  resolve: (response: unknown) => void
  reject: (error: Error) => void
}

export class Msearch {
  readonly stats: MsearchStats = { searches: 0, failed: 0, retried: 0, requests: 0 }
  readonly #transport: TransportLike
  readonly #opts: Required<Omit<MsearchOptions, 'index' | 'backoff' | 'requestTimeout' | 'signal'>> &
    Pick<MsearchOptions, 'index' | 'requestTimeout' | 'signal'>
  readonly #backoff: Backoff
  #queue: Pending[] = []
  #inFlight = 0
  #timer: NodeJS.Timeout | undefined
  /** Searches accepted and not yet settled (queued, in flight or backing off). */
  #open = 0
  #idle: Array<() => void> = []
  #closed = false

  constructor(client: ClientLike, options: MsearchOptions = {}) {
    this.#transport = checkClient(client, 'msearch')
    if (options === null || typeof options !== 'object') rejectOption('msearch: options', 'must be an object', options)
    checkKnownOptions(options, KNOWN, 'msearch')
    const o = { ...MSEARCH_DEFAULTS, ...stripUndefined(options) }
    checkInteger('msearch', 'maxSearches', o.maxSearches, 1)
    requireMilliseconds(optionSubject('msearch', 'flushInterval'), o.flushInterval, 0)
    checkInteger('msearch', 'concurrency', o.concurrency, 1)
    checkInteger('msearch', 'retries', o.retries, 0)
    if (o.requestTimeout !== undefined) requireMilliseconds(optionSubject('msearch', 'requestTimeout'), o.requestTimeout, 0)
    if (o.index !== undefined && typeof o.index !== 'string') rejectOption(optionSubject('msearch', 'index'), 'must be a string', o.index)
    this.#backoff = createBackoff(options.backoff, 'msearch')
    this.#opts = o
    o.signal?.addEventListener('abort', () => this.#abort(), { once: true })
  }

  /** Queues one search; resolves with its response, rejects with its own error. */
  search<TDocument = unknown, TAggregations = DefaultAggregations>(
    search: MsearchSearch,
  ): Promise<SearchResponse<TDocument, TAggregations>> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new ConfigurationError('msearch: search() after close()'))
      if (this.#opts.signal?.aborted) return reject(this.#opts.signal.reason)
      let lines: [string, string]
      try {
        lines = this.#lines(search)
      } catch (err) {
        return reject(err)
      }
      this.stats.searches++
      this.#open++
      this.#enqueue({
        search,
        header: lines[0],
        body: lines[1],
        attempts: 0,
        settled: false,
        resolve: resolve as (r: unknown) => void,
        reject,
      })
    })
  }

  /**
   * A Transform: searches in, one `{ search, response | error }` out per search, in input order. At most
   * `highWaterMark` (default maxSearches x concurrency) searches are unanswered at once: backpressure.
   */
  stream<TDocument = unknown, TAggregations = DefaultAggregations>(
    highWaterMark = this.#opts.maxSearches * this.#opts.concurrency,
  ): Transform {
    const order: Array<Promise<MsearchResult<SearchResponse<TDocument, TAggregations>>>> = []
    let unblock: (() => void) | undefined
    let pumping: Promise<void> = Promise.resolve()
    let running = false
    // Emits answered searches from the head, in input order. The loop's exit and `running = false` happen in
    // one synchronous step, so a search written meanwhile always finds a pump to start.
    const pump = async () => {
      running = true
      try {
        while (order.length > 0) {
          const result = await order[0]!
          order.shift()
          transform.push(result)
          const resume = unblock
          unblock = undefined
          resume?.()
        }
      } finally {
        running = false
      }
    }
    const transform = new Transform({
      objectMode: true,
      transform: (search: MsearchSearch, _encoding, callback) => {
        order.push(
          this.search<TDocument, TAggregations>(search).then(
            (response) => ({ search, response }),
            (error: Error) => ({ search, error }),
          ),
        )
        if (!running) pumping = pump()
        if (order.length < highWaterMark) callback()
        else unblock = () => callback()
      },
      flush: (callback) => {
        pumping.then(() => callback(), callback)
      },
    })
    return transform
  }

  /** Sends what is queued and resolves once every accepted search has settled. Later search() calls reject. */
  async close(): Promise<void> {
    this.#closed = true
    this.#flush()
    if (this.#open === 0) return
    await new Promise<void>((resolve) => this.#idle.push(resolve))
  }

  #lines(search: MsearchSearch): [string, string] {
    if (search === null || typeof search !== 'object' || Array.isArray(search)) {
      rejectOption('msearch: a search', 'must be an object', search)
    }
    const header: Record<string, unknown> = {}
    const body: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(search)) {
      if (HEADER_FIELDS.has(key)) header[key] = value
      else body[key] = value
    }
    if (header.index === undefined && this.#opts.index === undefined) {
      throw new ConfigurationError('msearch: the search names no index and the "index" option is not set')
    }
    if (header.index === undefined) header.index = this.#opts.index
    // The client's serializer: a bigint in a query (a range on a long field) goes out as its exact digits.
    const json = serializerOf(this.#transport)
    return json === undefined ? [JSON.stringify(header), JSON.stringify(body)] : [json.stringify(header), json.stringify(body)]
  }

  #enqueue(pending: Pending): void {
    this.#queue.push(pending)
    if (this.#queue.length >= this.#opts.maxSearches) this.#flush()
    else if (this.#timer === undefined) this.#timer = setTimeout(() => this.#flush(), this.#opts.flushInterval)
  }

  #flush(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer)
      this.#timer = undefined
    }
    while (this.#queue.length > 0 && this.#inFlight < this.#opts.concurrency) {
      const batch = this.#queue.splice(0, this.#opts.maxSearches)
      this.#send(batch)
    }
    // Searches left queued go out when a request comes back (see #send).
  }

  /**
   * Sends one batch. Never rejects: whatever the answer (or a bug in reading it), every caller of the batch is
   * settled, so nothing escapes as an unhandled rejection and no caller waits forever.
   */
  #send(batch: Pending[]): void {
    this.#inFlight++
    this.stats.requests++
    const body: string[] = []
    for (const p of batch) {
      p.attempts++
      body.push(p.header, p.body)
    }
    this.#transport
      .request(
        { method: 'POST', path: '/_msearch', bulkBody: body, idempotent: true },
        { signal: this.#opts.signal, requestTimeout: this.#opts.requestTimeout },
      )
      .then(
        (answer) => this.#answered(batch, answer, undefined),
        (failure: unknown) => this.#answered(batch, undefined, toError(failure)),
      )
      .catch((unexpected: unknown) => {
        for (const p of batch) this.#settle(p, undefined, toError(unexpected))
      })
      .finally(() => this.#flush())
  }

  #answered(batch: Pending[], answer: unknown, failure: Error | undefined): void {
    this.#inFlight--
    let responses: unknown[] | undefined
    if (failure === undefined) {
      responses = responsesOf(answer)
      if (responses === undefined || responses.length !== batch.length) {
        // Which answer belongs to which search cannot be told: the whole batch fails, and only it.
        failure = new DeserializationError(
          `msearch: the _msearch answer ${describeAnswer(answer, responses)} for ${batch.length} search${batch.length === 1 ? '' : 'es'}`,
          { statusCode: 200 },
        )
      }
    }
    if (failure !== undefined && batch.length > 1 && failure instanceof ResponseError && failure.statusCode === 400) {
      // Elasticsearch parses every search of an _msearch before running any: one malformed search fails the
      // whole request. Halves are sent again (not counted as attempts) until the bad one fails alone.
      const half = Math.ceil(batch.length / 2)
      for (const part of [batch.slice(0, half), batch.slice(half)]) {
        for (const p of part) p.attempts--
        this.#send(part)
      }
      return
    }
    if (failure !== undefined) {
      const status = failure instanceof ResponseError ? failure.statusCode : 0
      const again = status === 429 || status === 502 || status === 503 || status === 504
      for (const p of batch) {
        if (again && p.attempts <= this.#opts.retries && !this.#opts.signal?.aborted) this.#retry(p)
        else this.#settle(p, undefined, failure)
      }
      return
    }
    batch.forEach((p, i) => {
      const r = responses![i]
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        const got = r === null ? 'null' : Array.isArray(r) ? 'an array' : typeof r
        return this.#settle(
          p,
          undefined,
          new DeserializationError(`msearch: answer ${i + 1} of ${batch.length} in the _msearch response is not an object (got ${got})`, {
            statusCode: 200,
          }),
        )
      }
      const entry = r as Record<string, unknown>
      const status = typeof entry.status === 'number' ? entry.status : 200
      if (entry.error === undefined && status < 300) return this.#settle(p, entry, undefined)
      if (status === 429 && p.attempts <= this.#opts.retries && !this.#opts.signal?.aborted) return this.#retry(p)
      this.#settle(p, undefined, new ResponseError(status, entry, {}, 'to a search in POST /_msearch'))
    })
  }

  #retry(p: Pending): void {
    this.stats.retried++
    sleep(this.#backoff.delay(p.attempts), this.#opts.signal).then(
      () => this.#enqueue(p),
      (reason: Error) => this.#settle(p, undefined, reason),
    )
  }

  #settle(p: Pending, response: unknown, error: Error | undefined): void {
    if (p.settled) return
    p.settled = true
    if (error !== undefined) {
      this.stats.failed++
      p.reject(error)
    } else {
      p.resolve(response)
    }
    if (--this.#open === 0) for (const done of this.#idle.splice(0)) done()
  }

  #abort(): void {
    const reason = this.#opts.signal?.reason as Error
    for (const p of this.#queue.splice(0)) this.#settle(p, undefined, reason)
  }
}

/** A batching multi-search over `client`: `await ms.search({ index, query })`, or `ms.stream()`. */
export function msearch(client: ClientLike, options?: MsearchOptions): Msearch {
  return new Msearch(client, options)
}

/** `responses` of an `_msearch` answer, when the answer is an object holding that array. */
function responsesOf(answer: unknown): unknown[] | undefined {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer) || Buffer.isBuffer(answer)) return undefined
  const responses = (answer as { responses?: unknown }).responses
  return Array.isArray(responses) ? responses : undefined
}

function describeAnswer(answer: unknown, responses: unknown[] | undefined): string {
  if (responses !== undefined) return `holds ${responses.length} response${responses.length === 1 ? '' : 's'}`
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer) || Buffer.isBuffer(answer)) {
    return `is not a JSON object (got ${answer === null ? 'null' : Array.isArray(answer) ? 'an array' : Buffer.isBuffer(answer) ? 'bytes' : typeof answer})`
  }
  return 'has no "responses" array'
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value))
}
