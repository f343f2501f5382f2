/**
 * What `scan()` accepts: the options with their defaults, and the check that refuses a bad one before the
 * stream exists (a Readable that exists gets destroyed, and must be whole then).
 */
import { ConfigurationError } from '../../errors.js'
import type {
  Field,
  MappingRuntimeFields,
  QueryDslFieldAndFormat,
  QueryDslQueryContainer,
  SearchSourceConfig,
  Sort,
} from '../../api/types/index.js'
import type { TransportLike } from '../../transport/types.js'
import type { BackoffOptions } from '../backoff.js'
import { type ClientLike, checkClient } from '../client-like.js'
import { checkInteger, checkKnownOptions, optionSubject, stripUndefined } from '../../options/checks.js'
import { checkTimeValue, requireMilliseconds } from '../../options/duration.js'
import { describeValue as describe } from '../../options/describe-value.js'
import type { ScanCursor } from '../../scan-cursor.js'

export interface ScanOptions {
  /** Index, alias or pattern (`orders-*`), or several. Required. */
  index: string | string[]
  /** Query DSL. Default: match_all. */
  query?: QueryDslQueryContainer
  /** Hits per page (per slice). Default 1000: few round trips, pages that stay small in memory. */
  size?: number
  /** Sort. Default `['_shard_doc']` (point in time) or `['_doc']` (scroll): the cheapest order to page through. */
  sort?: Sort
  /** `_source` filter. Default: whole source. */
  _source?: SearchSourceConfig
  /** `fields` to return beside (or instead of) `_source`. */
  fields?: Array<QueryDslFieldAndFormat | Field>
  /** Fields computed at search time, for the query, the sort or `fields` to use. Default: none. */
  runtime_mappings?: MappingRuntimeFields
  /** Point-in-time keep-alive between two pages. Default '1m': ample for any consumer that keeps reading. */
  keepAlive?: string
  /** Page with the scroll API instead of a point in time, with this keep-alive (e.g. '1m'). Default: not set. */
  scroll?: string
  /** Split the scan into n sliced scans read in parallel and merged into this stream. Default 1. */
  slices?: number
  /**
   * Read only one slice of the search: slice `id` (0-based) of `max`, to split one scan between processes or
   * machines: the `max` scans with ids 0 to max-1 read every hit exactly once together. Slices are cut by a
   * hash of each document's `_id` on both servers (Elasticsearch otherwise cuts a point in time by the
   * position of documents in its segments, which differs between points in time opened at different moments),
   * so scans that each opened their own point in time on an index that does not change split it the same way.
   * With `slices: m`, the slice is read as m parallel slices of it. Default: the whole search.
   */
  slice?: { id: number; max: number }
  /** Yield the hits of the shards that answered when some failed, instead of a ScanError. Default false. */
  allowPartialResults?: boolean
  /** Further attempts of a page answered 429/502/503/504, timed out or cut. Default 3. */
  retries?: number
  /** Waits between attempts. Default { initial: 200, max: 10000, jitter: 0.5 }. */
  backoff?: BackoffOptions
  /**
   * Object high-water mark of the readable side. Default 16. Fetching does not follow it: a slice keeps the page
   * being read plus the next one (see `#fill`), which already covers any high-water mark below a page.
   */
  highWaterMark?: number
  /** Per-request timeout in ms. Default: the client's `requestTimeout`. */
  requestTimeout?: number
  /** Aborts the scan: the stream is destroyed with an AbortError and the point in time is closed. */
  signal?: AbortSignal
  /** Continue a scan from its `cursor`. The point in time must still be open (see `keepPointInTime`). */
  resume?: ScanCursor
  /**
   * Leave the point in time open when the scan stops early (error, destroy, break), so `cursor` can resume it.
   * It expires after `keepAlive` anyway. Default false: close it, server memory is precious. Always closed at end.
   */
  keepPointInTime?: boolean
  /**
   * Yield each hit as a `RawHit`: views into the page's bytes, its `_source` never parsed nor re-serialized
   * (byte for byte as stored, whatever its keys), only the paging fields parsed. For copying hits somewhere
   * else (dumps, reindexing): much less CPU per hit than objects. Default false.
   */
  raw?: boolean
}

/** Every default of ScanOptions that is a value (each explained on the option). */
export const SCAN_DEFAULTS = {
  size: 1000,
  keepAlive: '1m',
  retries: 3,
  highWaterMark: 16,
} satisfies Partial<ScanOptions>

const KNOWN = [
  'index',
  'query',
  'size',
  'sort',
  '_source',
  'fields',
  'runtime_mappings',
  'keepAlive',
  'scroll',
  'slices',
  'slice',
  'allowPartialResults',
  'retries',
  'backoff',
  'highWaterMark',
  'requestTimeout',
  'signal',
  'resume',
  'keepPointInTime',
  'raw',
] as const satisfies ReadonlyArray<keyof ScanOptions>

export const OWNER = 'scan'

/** The options with their defaults (and a resumed cursor's keep-alive where none is given). */
export type ScanSettings = ScanOptions & { size: number; keepAlive: string; retries: number; highWaterMark: number }

/**
 * What the checks settle: the transport to page with, the index (perhaps from the cursor), the count of slices
 * read in parallel, the one slice of the search read (perhaps from the cursor), and the options with defaults.
 */
export interface CheckedScan {
  transport: TransportLike
  index: string | string[]
  slices: number
  settings: ScanSettings
  slice: { id: number; max: number } | undefined
}

/** Refuses an unknown option or a bad value, naming it and what it got. */
export function checkScanOptions(client: ClientLike, options: ScanOptions): CheckedScan {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError(
      `${OWNER}: options must be an object with at least "index", got ${describe(options)}`,
    )
  }
  checkKnownOptions(options, KNOWN, OWNER)
  const transport = checkClient(client, OWNER)
  const resume = options.resume
  const index = options.index ?? resume?.index
  if (typeof index !== 'string' && !(Array.isArray(index) && index.every((i) => typeof i === 'string'))) {
    throw new ConfigurationError(
      `${OWNER}: option "index" must be a string or an array of strings, got ${describe(index)}`,
    )
  }
  if (index.length === 0) throw new ConfigurationError(`${OWNER}: option "index" must not be empty`)
  const slices = options.slices ?? resume?.slices.length ?? 1
  checkInteger(OWNER, 'slices', slices, 1)
  // A resumed scan keeps the keep-alive it was started with unless told otherwise.
  const fromCursor = typeof resume?.keepAlive === 'string' ? { keepAlive: resume.keepAlive } : {}
  const settings: ScanSettings = { ...SCAN_DEFAULTS, ...fromCursor, ...stripUndefined(options), index }
  checkInteger(OWNER, 'size', settings.size, 1)
  checkInteger(OWNER, 'retries', settings.retries, 0)
  checkInteger(OWNER, 'highWaterMark', settings.highWaterMark, 1)
  if (settings.requestTimeout !== undefined) {
    requireMilliseconds(optionSubject(OWNER, 'requestTimeout'), settings.requestTimeout, 1)
  }
  checkTimeValue(optionSubject(OWNER, 'keepAlive'), settings.keepAlive)
  if (settings.scroll !== undefined) checkTimeValue(optionSubject(OWNER, 'scroll'), settings.scroll)
  const slice = options.slice ?? resume?.slice
  if (slice !== undefined) checkSlice(slice)
  if (resume !== undefined) {
    if (options.scroll !== undefined) {
      throw new ConfigurationError(
        `${OWNER}: option "resume" works with a point in time only, not with "scroll"`,
      )
    }
    if (typeof resume !== 'object' || typeof resume.pitId !== 'string' || !Array.isArray(resume.slices)) {
      throw new ConfigurationError(
        `${OWNER}: option "resume" must be a cursor from scan().cursor, got ${describe(resume)}`,
      )
    }
    if (resume.slices.length !== slices) {
      throw new ConfigurationError(
        `${OWNER}: option "slices" is ${slices} but the cursor has ${resume.slices.length} slices`,
      )
    }
    if (options.slice !== undefined && !sameSlice(options.slice, resume.slice)) {
      throw new ConfigurationError(
        `${OWNER}: option "slice" is ${showSlice(options.slice)} but the cursor was saved reading ` +
          (resume.slice === undefined ? 'the whole search' : showSlice(resume.slice)),
      )
    }
  }
  return { transport, index, slices, slice, settings }
}

function checkSlice(slice: { id: number; max: number }): void {
  if (slice === null || typeof slice !== 'object' || Array.isArray(slice)) {
    throw new ConfigurationError(`${OWNER}: option "slice" must be { id, max }, got ${describe(slice)}`)
  }
  checkKnownOptions(slice, ['id', 'max'], `${OWNER}: option "slice"`)
  checkInteger(OWNER, 'slice.max', slice.max, 1)
  // Ids count from 0, as the servers' own `slice` does.
  checkInteger(OWNER, 'slice.id', slice.id, 0, slice.max - 1)
}

/** A slice checked by checkSlice, as it is written: its two integers. */
function showSlice(slice: { id: number; max: number }): string {
  return `{ id: ${slice.id}, max: ${slice.max} }`
}

function sameSlice(a: { id: number; max: number } | undefined, b: { id: number; max: number } | undefined): boolean {
  return a?.id === b?.id && a?.max === b?.max
}
