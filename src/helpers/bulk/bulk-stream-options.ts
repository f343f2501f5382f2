/**
 * What bulkStream takes: its options, their defaults in one object, and the one reading of them that refuses a
 * bad value before anything is sent, naming the option and the value.
 */
import { ConfigurationError } from '../../errors.js'
import { checkInteger, checkKnownOptions, checkOneOf, optionSubject, stripUndefined } from '../../options/checks.js'
import { requireMilliseconds } from '../../options/duration.js'
import { describeValue as describe } from '../../options/describe-value.js'
import { DEFAULT_MAX_RETRY_AFTER } from '../../transport/retry-after.js'
import type { BackoffOptions } from '../backoff.js'

const OWNER = 'bulkStream'

export interface BulkStreamOptions<TDoc = any> {
  /** Target index for items that do not name one (`_index`). Required for plain documents and bare lines. */
  index?: string
  /** Ingest pipeline for every request (`?pipeline=`). Default: none. */
  pipeline?: string
  /** Routing for every request (`?routing=`). Default: none. */
  routing?: string
  /** `?refresh=` on every request. Default: none, because refreshing per batch slows a load down a lot. */
  refresh?: boolean | 'wait_for'
  /** Op for plain documents and bare lines: 'index' (default) or 'create' (data streams need 'create'). */
  op?: 'index' | 'create'
  /** Picks a plain document's `_id`: a field name or a function. Default: none (see `autoId`). */
  id?: string | ((doc: TDoc) => string | number | undefined)
  /**
   * Who names documents that come without an id. 'client' (default): bulkStream generates one before the first
   * send, so retrying a batch whose response was lost cannot index a document twice. 'server': Elasticsearch
   * names them (a little faster to index), and a batch retried after a lost response may create duplicates.
   */
  autoId?: 'client' | 'server'
  /**
   * How to read what is written. 'auto' (default): `{ index | create | update | delete: {...}, doc? }` is an
   * action, any other object a document, a string or Buffer a pre-serialized line. 'documents' / 'actions' force
   * one reading of objects (for documents with a field named `index`). 'ndjson': the written chunks are raw
   * NDJSON bytes (a file stream), one document per line, split and copied into the bulk bodies at byte level:
   * no string or object per line is built (`bulk()` picks it for any byte stream). Needs `index`; ids come
   * from `autoId`.
   */
  input?: 'auto' | 'documents' | 'actions' | 'ndjson'
  /**
   * With input 'ndjson': looks at each line (`bytes[start..end)`, `{` first and `}` last) before it is sent. It
   * returns undefined for a line that is the document (the usual case); where the document is inside the line,
   * with the `_id` (and routing) to send it with (the CLI `load` uses it for lines written by `dump`; read at
   * once, the object may be reused for the next line); 'object' (or `{ parse: true, id }`) for a line to parse
   * and take as a written object would be (an action, metadata in the document), `id` then replacing its `_id`
   * (the id as written, which JSON.parse would round if it is a long number); or `{ refused, type }` for a line
   * to fail without sending it (the reason follows "line N "). Default: none, every line is a document.
   */
  lineDocument?: (bytes: Buffer, start: number, end: number) => LineVerdict
  /**
   * Every item goes into `index`, whatever `_index` an action or a document's metadata names (`elastream load`
   * uses it: its --index is the target of every line, and the summary, the refresh and the counts are about
   * that index). Needs `index`. Default false: an item's own `_index` wins, as in the Python client.
   */
  pinIndex?: boolean
  /**
   * What a search hit's `_version` means in the metadata-in-document shape (a line with `_version` and no
   * `_version_type`, as a search with `version: true` exports it). 'ignore' (default): dropped, as a restore
   * expects (the number counts writes in the index it came from; Elasticsearch refuses it as a plain
   * `version`). 'external': sent as `version` with `version_type: external`, so a document is written only
   * over an older version of itself. `_seq_no` and `_primary_term` are always dropped (see bulk-meta-shape.ts).
   */
  hitVersions?: 'ignore' | 'external'
  /** Send a batch once it holds this many items. Default 1000. */
  flushDocs?: number
  /** Send a batch once it holds this many bytes. Default 5 MiB, a size Elasticsearch handles well. */
  flushBytes?: number
  /** Send a partial batch after this many ms without reaching a limit, so an idle source still gets indexed. Default 1000. */
  flushInterval?: number
  /**
   * Bulk requests in flight at once: an integer from 1 to 1024, or 'auto' to learn it from the cluster's
   * answers (starts at 1, grows while round trips stay flat, cuts on 429s, 503s, timeouts and slower round
   * trips; see docs/streams.md). Default 4. Memory stays near (concurrency + 1) x flushBytes, with 'auto'
   * near (current limit + 1) x flushBytes.
   */
  concurrency?: number | 'auto'
  /** Highest limit 'auto' may reach. Default 16 (see adaptive-concurrency.ts for why). Only with 'auto'. */
  maxConcurrency?: number
  /** Further attempts for an item answered 429/502/503/504 or for a batch whose request failed. Default 5. */
  retries?: number
  /** Waits between attempts: exponential, capped, jittered. Default { initial: 200, max: 10000, jitter: 0.5 }. */
  backoff?: BackoffOptions
  /**
   * Longest wait (ms) the `Retry-After` header of a request refused whole (429, 503 from a gateway) may ask
   * for. Up to it, the batch is sent again no sooner than asked (the backoff when that is longer); beyond it,
   * its items fail at once, the error naming the value, rather than hold the load. Default 30000, as the
   * client's `maxRetryAfter`.
   */
  maxRetryAfter?: number
  /** Which results the readable side emits. Default 'all'. Counts are kept in `stats` whatever is emitted. */
  results?: 'all' | 'failed' | 'none'
  /** Object high-water mark of both sides. Default 16. */
  highWaterMark?: number
  /** Per-request timeout in ms. Default: the client's `requestTimeout`. */
  requestTimeout?: number
  /** Aborts the load: in-flight requests are cancelled and the stream is destroyed with an AbortError. */
  signal?: AbortSignal
  /**
   * Keep `stream.position` up to date: how far into the input every item has its outcome, for a cursor that a
   * resumed load starts from. Default false: it costs 9 bytes per item between the oldest open one and the
   * newest written.
   */
  trackPosition?: boolean
  /**
   * With input 'ndjson': the line number of the first line written (default 1), for a load that resumes in
   * the middle of a file, so that failures name the line as the file numbers it.
   */
  firstLine?: number
}

/** Where a line's document is (`bytes[sourceStart..sourceEnd)`) and what its action line says (see `lineDocument`). */
export interface LineDocument {
  sourceStart: number
  sourceEnd: number
  id: string | undefined
  routing: string | undefined
  /** Where the document's bytes are when not in the line itself (a document put together from its parts). */
  source?: Buffer | undefined
}

/** A line to parse (see `lineDocument`); `id`, when given, is its `_id` as written in the line. */
export interface LineToParse {
  parse: true
  id: string | undefined
}

/** A line refused before it is sent (see `lineDocument`): `reason` follows "line N " in the error. */
export interface LineRefused {
  refused: string
  type: string
}

/** What `lineDocument` answers for a line; undefined: the line is the document. */
export type LineVerdict = LineDocument | LineToParse | LineRefused | 'object' | undefined

/** Every default of BulkStreamOptions, each explained on the option. */
export const BULK_STREAM_DEFAULTS = {
  highWaterMark: 16,
  flushDocs: 1000,
  flushBytes: 5 * 1024 * 1024,
  flushInterval: 1000,
  concurrency: 4,
  retries: 5,
  maxRetryAfter: DEFAULT_MAX_RETRY_AFTER,
  results: 'all' as const,
  op: 'index' as const,
  autoId: 'client' as const,
  input: 'auto' as const,
  hitVersions: 'ignore' as const,
  trackPosition: false,
  firstLine: 1,
} satisfies Partial<BulkStreamOptions>

const KNOWN: ReadonlyArray<keyof BulkStreamOptions> = [
  'index',
  'pipeline',
  'routing',
  'refresh',
  'op',
  'id',
  'autoId',
  'input',
  'lineDocument',
  'pinIndex',
  'hitVersions',
  'flushDocs',
  'flushBytes',
  'flushInterval',
  'concurrency',
  'maxConcurrency',
  'retries',
  'backoff',
  'maxRetryAfter',
  'results',
  'highWaterMark',
  'requestTimeout',
  'signal',
  'trackPosition',
  'firstLine',
]

/** The options with their defaults, each checked; throws a ConfigurationError for the first bad one. */
export function readBulkStreamOptions<TDoc>(options: BulkStreamOptions<TDoc>) {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError(`${OWNER}: options must be an object, got ${describe(options)}`)
  }
  checkKnownOptions(options, KNOWN, OWNER)
  const o = { ...BULK_STREAM_DEFAULTS, ...stripUndefined(options) }
  checkInteger(OWNER, 'highWaterMark', o.highWaterMark, 1)
  checkInteger(OWNER, 'flushDocs', o.flushDocs, 1)
  checkInteger(OWNER, 'flushBytes', o.flushBytes, 1)
  requireMilliseconds(optionSubject(OWNER, 'flushInterval'), o.flushInterval, 0)
  checkInteger(OWNER, 'retries', o.retries, 0)
  requireMilliseconds(optionSubject(OWNER, 'maxRetryAfter'), o.maxRetryAfter, 0, Number.MAX_SAFE_INTEGER)
  checkInteger(OWNER, 'firstLine', o.firstLine, 1)
  if (typeof o.trackPosition !== 'boolean') {
    throw new ConfigurationError(`${OWNER}: option "trackPosition" must be a boolean, got ${describe(o.trackPosition)}`)
  }
  checkOneOf(OWNER, 'results', o.results, ['all', 'failed', 'none'])
  checkOneOf(OWNER, 'op', o.op, ['index', 'create'])
  checkOneOf(OWNER, 'autoId', o.autoId, ['client', 'server'])
  checkOneOf(OWNER, 'input', o.input, ['auto', 'documents', 'actions', 'ndjson'])
  checkOneOf(OWNER, 'hitVersions', o.hitVersions, ['ignore', 'external'])
  if (o.input === 'ndjson') {
    if (o.index === undefined) {
      throw new ConfigurationError(`${OWNER}: input 'ndjson' needs the "index" option (lines are documents)`)
    }
    if (o.id !== undefined) {
      throw new ConfigurationError(
        `${OWNER}: option "id" cannot pick ids with input 'ndjson' (lines are not parsed); got ${describe(o.id)}`,
      )
    }
  }
  if (o.lineDocument !== undefined && (o.input !== 'ndjson' || typeof o.lineDocument !== 'function')) {
    throw new ConfigurationError(
      `${OWNER}: option "lineDocument" must be a function and needs input 'ndjson', got ${describe(o.lineDocument)}`,
    )
  }
  if (o.index !== undefined && (typeof o.index !== 'string' || o.index === '')) {
    throw new ConfigurationError(
      `${OWNER}: option "index" must be a non-empty string, got ${describe(o.index)}`,
    )
  }
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'function') {
    throw new ConfigurationError(
      `${OWNER}: option "id" must be a field name or a function, got ${describe(o.id)}`,
    )
  }
  if (o.refresh !== undefined && o.refresh !== true && o.refresh !== false && o.refresh !== 'wait_for') {
    throw new ConfigurationError(
      `${OWNER}: option "refresh" must be true, false or 'wait_for', got ${describe(o.refresh)}`,
    )
  }
  if (o.requestTimeout !== undefined) requireMilliseconds(optionSubject(OWNER, 'requestTimeout'), o.requestTimeout, 1)
  if (o.pinIndex !== undefined && typeof o.pinIndex !== 'boolean') {
    throw new ConfigurationError(`${OWNER}: option "pinIndex" must be a boolean, got ${describe(o.pinIndex)}`)
  }
  if (o.pinIndex === true && o.index === undefined) {
    throw new ConfigurationError(`${OWNER}: option "pinIndex" needs the "index" option (the index to pin)`)
  }
  return o
}
