/**
 * Hand-written request and response types of the document APIs, generic in the document type `TDoc`.
 * The query parameters come from the generated `*Params` interfaces (so they follow the spec); only the
 * bodies and responses, which the REST spec does not describe, are written here. test/api/types.test-d.ts
 * pins them down so they cannot drift silently.
 */
import type {
  BulkParams,
  ClearScrollParams,
  ClosePointInTimeParams,
  CountParams,
  CreateParams,
  DeleteParams,
  GetParams,
  IndexParams,
  MgetParams,
  MsearchParams,
  OpenPointInTimeParams,
  ScrollParams,
  SearchParams,
  UpdateParams,
} from './generated/api-client.js'
import type { BodyFields } from './types.js'

// ---------------------------------------------------------------------------------------------- shared

/** A query in the query DSL. Left open: the DSL is large and versioned with the server. */
export type QueryContainer = Record<string, unknown>

export interface ShardStatistics {
  total: number
  successful: number
  failed: number
  skipped?: number
  failures?: ShardFailure[]
}

export interface ShardFailure {
  index?: string
  shard?: number
  node?: string
  reason: ErrorCause
  status?: string
}

/** Elasticsearch's description of an error (`error` in an error response or a failed bulk item). */
export interface ErrorCause {
  type: string
  reason?: string | null
  caused_by?: ErrorCause
  root_cause?: ErrorCause[]
  [key: string]: unknown
}

/** An error answer inside a multi-response (msearch, mget). */
export interface ErrorResponseBase {
  error: ErrorCause
  status: number
}

export type WriteResult = 'created' | 'updated' | 'deleted' | 'not_found' | 'noop'

/** What index, create, delete and update answer. */
export interface WriteResponseBase {
  _index: string
  _id: string
  _version: number
  result: WriteResult
  _shards: ShardStatistics
  _seq_no?: number
  _primary_term?: number
  forced_refresh?: boolean
}

/** One search sort clause: a field name (`'ts'`, `'ts:desc'`) or `{ field: order | options }`. */
export type SortCombination = string | Record<string, 'asc' | 'desc' | Record<string, unknown>>
export type Sort = SortCombination | readonly SortCombination[]

/** `_source` filtering: on/off, field patterns, or includes/excludes. */
export type SourceConfig =
  | boolean
  | string
  | readonly string[]
  | { includes?: string | readonly string[]; excludes?: string | readonly string[] }

export type SortResults = ReadonlyArray<string | number | boolean | null>

// ---------------------------------------------------------------------------------------------- index / create

export interface IndexRequest<TDoc = unknown> extends Omit<IndexParams, 'document' | 'body'> {
  /** The document to store. */
  document: TDoc
}
export type IndexResponse = WriteResponseBase

export interface CreateRequest<TDoc = unknown> extends Omit<CreateParams, 'document' | 'body'> {
  /** The document to store; the call fails with 409 if the id exists. */
  document: TDoc
}
export type CreateResponse = WriteResponseBase

// ---------------------------------------------------------------------------------------------- get / mget / delete

export type GetRequest = GetParams

export interface GetResponse<TDoc = unknown> {
  _index: string
  _id: string
  found: boolean
  _source?: TDoc
  _version?: number
  _seq_no?: number
  _primary_term?: number
  _routing?: string
  _ignored?: string[]
  fields?: Record<string, unknown>
}

export interface MgetDoc {
  _id: string
  _index?: string
  routing?: string
  _source?: SourceConfig
  stored_fields?: string | readonly string[]
  version?: number
  version_type?: 'internal' | 'external' | 'external_gte'
}

export type MgetRequest = MgetParams &
  BodyFields & {
    /** Documents to get, each naming its index unless `index` is given. */
    docs?: readonly MgetDoc[]
    /** Ids to get from `index`. */
    ids?: readonly string[]
  }

export interface MgetErrorItem {
  _index: string
  _id: string
  error: ErrorCause
}

export interface MgetResponse<TDoc = unknown> {
  docs: Array<GetResponse<TDoc> | MgetErrorItem>
}

export type DeleteRequest = DeleteParams
export type DeleteResponse = WriteResponseBase

// ---------------------------------------------------------------------------------------------- update

export type UpdateRequest<TDoc = unknown, TPartialDoc = Partial<TDoc>> = UpdateParams &
  BodyFields & {
    /** Fields to merge into the document. */
    doc?: TPartialDoc
    /** The document to index when it does not exist yet. */
    upsert?: TDoc
    /** Use `doc` as the upsert document. */
    doc_as_upsert?: boolean
    script?: string | Record<string, unknown>
    scripted_upsert?: boolean
    detect_noop?: boolean
    _source?: SourceConfig
  }

export interface UpdateResponse<TDoc = unknown> extends WriteResponseBase {
  /** Present when `_source` was asked for. */
  get?: {
    found: boolean
    _source?: TDoc
    _seq_no?: number
    _primary_term?: number
    fields?: Record<string, unknown>
  }
}

// ---------------------------------------------------------------------------------------------- search

/** The search request body, as flat fields. Open for the many fields not listed. */
export interface SearchBody {
  query?: QueryContainer
  aggs?: Record<string, unknown>
  aggregations?: Record<string, unknown>
  sort?: Sort
  size?: number
  from?: number
  _source?: SourceConfig
  fields?: ReadonlyArray<string | { field: string; format?: string }>
  search_after?: SortResults
  pit?: { id: string; keep_alive?: string }
  track_total_hits?: boolean | number
  highlight?: Record<string, unknown>
  post_filter?: QueryContainer
  runtime_mappings?: Record<string, unknown>
  slice?: { id: number; max: number; field?: string }
  collapse?: Record<string, unknown>
  min_score?: number
  timeout?: string
  [field: string]: unknown
}

export type SearchRequest = SearchParams & SearchBody

export interface SearchHit<TDoc = unknown> {
  _index: string
  _id: string
  _score: number | null
  _source?: TDoc
  fields?: Record<string, unknown>
  highlight?: Record<string, string[]>
  sort?: SortResults
  _routing?: string
  _version?: number
  _seq_no?: number
  _primary_term?: number
  _shard?: string
  _node?: string
  _ignored?: string[]
  inner_hits?: Record<string, { hits: SearchHits<unknown> }>
  matched_queries?: string[] | Record<string, number>
}

export interface TotalHits {
  value: number
  relation: 'eq' | 'gte'
}

export interface SearchHits<TDoc = unknown> {
  /** A number when the request set `rest_total_hits_as_int`; absent when `track_total_hits: false`. */
  total?: TotalHits | number
  max_score: number | null
  hits: Array<SearchHit<TDoc>>
}

export interface SearchResponse<TDoc = unknown, TAggregations = Record<string, unknown>> {
  took: number
  timed_out: boolean
  _shards: ShardStatistics
  hits: SearchHits<TDoc>
  aggregations?: TAggregations
  /** Set by a scroll search. */
  _scroll_id?: string
  /** Set by a point-in-time search: the id to use on the next page. */
  pit_id?: string
  terminated_early?: boolean
  num_reduce_phases?: number
  suggest?: Record<string, unknown>
  profile?: Record<string, unknown>
}

// ---------------------------------------------------------------------------------------------- count

export type CountRequest = CountParams & BodyFields & { query?: QueryContainer }

export interface CountResponse {
  count: number
  _shards: ShardStatistics
}

// ---------------------------------------------------------------------------------------------- scroll

export interface ScrollRequest extends Omit<ScrollParams, 'body'> {
  /** The `_scroll_id` of the previous page; sent in the body, where its length does not matter. */
  scroll_id: string
  /** How long to keep the search context for the next page, e.g. `'1m'`. */
  scroll?: string
}
export type ScrollResponse<TDoc = unknown, TAggregations = Record<string, unknown>> = SearchResponse<
  TDoc,
  TAggregations
>

export interface ClearScrollRequest extends Omit<ClearScrollParams, 'body'> {
  /** Scroll ids to release; `'_all'` releases every scroll of the cluster. */
  scroll_id?: string | readonly string[]
}

export interface ClearScrollResponse {
  succeeded: boolean
  num_freed: number
}

// ---------------------------------------------------------------------------------------------- point in time

export type OpenPointInTimeRequest = OpenPointInTimeParams & BodyFields & { index_filter?: QueryContainer }

export interface OpenPointInTimeResponse {
  id: string
  _shards: ShardStatistics
}

export interface ClosePointInTimeRequest extends Omit<ClosePointInTimeParams, 'body'> {
  /** The point in time to close. */
  id: string
}

export interface ClosePointInTimeResponse {
  succeeded: boolean
  num_freed: number
}

// ---------------------------------------------------------------------------------------------- bulk

export interface BulkOperationMeta {
  _index?: string
  _id?: string
  routing?: string
  if_seq_no?: number
  if_primary_term?: number
  version?: number
  version_type?: 'internal' | 'external' | 'external_gte'
  pipeline?: string
  require_alias?: boolean
  dynamic_templates?: Record<string, string>
  retry_on_conflict?: number
  [key: string]: unknown
}

/** The action line of one bulk operation. */
export type BulkActionLine =
  | { index: BulkOperationMeta }
  | { create: BulkOperationMeta }
  | { update: BulkOperationMeta }
  | { delete: BulkOperationMeta }

/** The line after an `update` action. */
export interface BulkUpdateBody<TDoc = unknown> {
  doc?: Partial<TDoc>
  upsert?: TDoc
  doc_as_upsert?: boolean
  script?: string | Record<string, unknown>
  scripted_upsert?: boolean
  detect_noop?: boolean
  _source?: SourceConfig
}

/**
 * Bulk lines: action lines each followed by their document (none after `delete`), or pre-serialized
 * lines (strings/Buffers, sent as they are), or the whole NDJSON as one string/Buffer.
 */
export type BulkOperations<TDoc = unknown> =
  | ReadonlyArray<BulkActionLine | TDoc | BulkUpdateBody<TDoc> | string | Buffer>
  | string
  | Buffer

export interface BulkRequest<TDoc = unknown> extends Omit<BulkParams, 'operations' | 'body'> {
  operations: BulkOperations<TDoc>
}

export interface BulkResponseItem {
  _index: string
  _id?: string | null
  status: number
  result?: WriteResult
  _version?: number
  _seq_no?: number
  _primary_term?: number
  _shards?: ShardStatistics
  forced_refresh?: boolean
  error?: ErrorCause
  get?: Record<string, unknown>
}

export type BulkOperationType = 'index' | 'create' | 'update' | 'delete'

export interface BulkResponse {
  took: number
  errors: boolean
  items: Array<Partial<Record<BulkOperationType, BulkResponseItem>>>
  ingest_took?: number
}

// ---------------------------------------------------------------------------------------------- msearch

/** The header line of one msearch search. */
export interface MsearchHeader {
  index?: string | readonly string[]
  routing?: string
  preference?: string
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  request_cache?: boolean
  allow_no_indices?: boolean
  expand_wildcards?: string | readonly string[]
  ignore_unavailable?: boolean
  [key: string]: unknown
}

/** Header and body lines alternating, or pre-serialized NDJSON. */
export type MsearchSearches = ReadonlyArray<MsearchHeader | SearchBody | string | Buffer> | string | Buffer

export interface MsearchRequest extends Omit<MsearchParams, 'searches' | 'body'> {
  searches: MsearchSearches
}

export type MsearchResponseItem<TDoc = unknown, TAggregations = Record<string, unknown>> =
  | (SearchResponse<TDoc, TAggregations> & { status?: number })
  | ErrorResponseBase

export interface MsearchResponse<TDoc = unknown, TAggregations = Record<string, unknown>> {
  took: number
  responses: Array<MsearchResponseItem<TDoc, TAggregations>>
}
