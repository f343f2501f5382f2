// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregationContainer } from './aggregations.js'
import type { AcknowledgedResponseBase, Duration, EpochTime, Field, Id, Name, ProjectRouting, RequestBase, Sort, TimeZone, UnitMillis, integer, long, uint } from './common.js'
import type { SearchSourceConfig, SearchTrackHits } from './core.js'
import type { MappingRuntimeFields } from './mapping.js'
import type { QueryDslFieldAndFormat, QueryDslQueryContainer } from './query-dsl.js'

/** Request of `sql.clear_cursor`. */
export interface SqlClearCursorRequest extends RequestBase {
  /** Cursor to clear. */
  cursor: string
}

export interface SqlClearCursorResponse {
  succeeded: boolean
}

export interface SqlColumn {
  name: Name
  type: string
}

/** Request of `sql.delete_async`. */
export interface SqlDeleteAsyncRequest extends RequestBase {
  /** The identifier for the search. */
  id: Id
}

export type SqlDeleteAsyncResponse = AcknowledgedResponseBase

/** Request of `sql.get_async`. */
export interface SqlGetAsyncRequest extends RequestBase {
  /** The identifier for the search. */
  id: Id
  /** The separator for CSV results. The API supports this parameter only for CSV responses. */
  delimiter?: string
  /** The format for the response. You must specify a format using this parameter or the `Accept` HTTP header. If you specify both, the API uses this parameter. */
  format?: string
  /** The retention period for the search and its results. It defaults to the `keep_alive` period for the original SQL search. */
  keep_alive?: Duration
  /** The period to wait for complete results. It defaults to no timeout, meaning the request waits for complete search results. */
  wait_for_completion_timeout?: Duration
}

export interface SqlGetAsyncResponse {
  /** Identifier for the search. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-ID` HTTP header. */
  id: Id
  /** If `true`, the search is still running. If `false`, the search has finished. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-partial` HTTP header. */
  is_running: boolean
  /** If `true`, the response does not contain complete search results. If `is_partial` is `true` and `is_running` is `true`, the search is still running. If `is_partial` is `true` but `is_running` is `false`, the results are partial due to a failure or timeout. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-partial` HTTP header. */
  is_partial: boolean
  /** Column headings for the search results. Each object is a column. */
  columns?: SqlColumn[]
  /** The cursor for the next set of paginated results. For CSV, TSV, and TXT responses, this value is returned in the `Cursor` HTTP header. */
  cursor?: string
  /** The values for the search results. */
  rows: SqlRow[]
}

/** Request of `sql.get_async_status`. */
export interface SqlGetAsyncStatusRequest extends RequestBase {
  /** The identifier for the search. */
  id: Id
}

export interface SqlGetAsyncStatusResponse {
  /** The timestamp, in milliseconds since the Unix epoch, when Elasticsearch will delete the search and its results, even if the search is still running. */
  expiration_time_in_millis: EpochTime<UnitMillis>
  /** The identifier for the search. */
  id: string
  /** If `true`, the search is still running. If `false`, the search has finished. */
  is_running: boolean
  /** If `true`, the response does not contain complete search results. If `is_partial` is `true` and `is_running` is `true`, the search is still running. If `is_partial` is `true` but `is_running` is `false`, the results are partial due to a failure or timeout. */
  is_partial: boolean
  /** The timestamp, in milliseconds since the Unix epoch, when the search started. The API returns this property only for running searches. */
  start_time_in_millis: EpochTime<UnitMillis>
  /** The HTTP status code for the search. The API returns this property only for completed searches. */
  completion_status?: uint
}

/** Request of `sql.query`. */
export interface SqlQueryRequest extends RequestBase {
  /** The format for the response. You can also specify a format using the `Accept` HTTP header. If you specify both this parameter and the `Accept` HTTP header, this parameter takes precedence. */
  format?: SqlQuerySqlFormat
  /** If `true`, the response has partial results when there are shard request timeouts or shard failures. If `false`, the API returns an error with no partial results. */
  allow_partial_search_results?: boolean
  /** The default catalog (cluster) for queries. If unspecified, the queries execute on the data in the local cluster only. */
  catalog?: string
  /** If `true`, the results are in a columnar fashion: one row represents all the values of a certain column from the current page of results. The API supports this parameter only for CBOR, JSON, SMILE, and YAML responses. */
  columnar?: boolean
  /** The cursor used to retrieve a set of paginated results. If you specify a cursor, the API only uses the `columnar` and `time_zone` request body parameters. It ignores other request body parameters. */
  cursor?: string
  /** The maximum number of rows (or entries) to return in one response. */
  fetch_size?: integer
  /** If `false`, the API returns an exception when encountering multiple values for a field. If `true`, the API is lenient and returns the first value from the array with no guarantee of consistent results. */
  field_multi_value_leniency?: boolean
  /** The Elasticsearch query DSL for additional filtering. */
  filter?: QueryDslQueryContainer
  /** If `true`, the search can run on frozen indices. */
  index_using_frozen?: boolean
  /** The retention period for an async or saved synchronous search. */
  keep_alive?: Duration
  /** If `true`, Elasticsearch stores synchronous searches if you also specify the `wait_for_completion_timeout` parameter. If `false`, Elasticsearch only stores async searches that don't finish before the `wait_for_completion_timeout`. */
  keep_on_completion?: boolean
  /** The minimum retention period for the scroll cursor. After this time period, a pagination request might fail because the scroll cursor is no longer available. Subsequent scroll requests prolong the lifetime of the scroll cursor by the duration of `page_timeout` in the scroll request. */
  page_timeout?: Duration
  /** The values for parameters in the query. */
  params?: any[]
  /** The SQL query to run. */
  query?: string
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** The timeout before the request fails. */
  request_timeout?: Duration
  /** One or more runtime fields for the search request. These fields take precedence over mapped fields with the same name. */
  runtime_mappings?: MappingRuntimeFields
  /** The ISO-8601 time zone ID for the search. */
  time_zone?: TimeZone
  /** The period to wait for complete results. It defaults to no timeout, meaning the request waits for complete search results. If the search doesn't finish within this period, the search becomes async. */
  wait_for_completion_timeout?: Duration
}

export interface SqlQueryResponse {
  /** Column headings for the search results. Each object is a column. */
  columns?: SqlColumn[]
  /** The cursor for the next set of paginated results. For CSV, TSV, and TXT responses, this value is returned in the `Cursor` HTTP header. */
  cursor?: string
  /** The identifier for the search. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-ID` HTTP header. */
  id?: Id
  /** If `true`, the search is still running. If `false`, the search has finished. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-partial` HTTP header. */
  is_running?: boolean
  /** If `true`, the response does not contain complete search results. If `is_partial` is `true` and `is_running` is `true`, the search is still running. If `is_partial` is `true` but `is_running` is `false`, the results are partial due to a failure or timeout. This value is returned only for async and saved synchronous searches. For CSV, TSV, and TXT responses, this value is returned in the `Async-partial` HTTP header. */
  is_partial?: boolean
  /** The values for the search results. */
  rows: SqlRow[]
}

export type SqlQuerySqlFormat = 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile'

export type SqlRow = any[]

/** Request of `sql.translate`. */
export interface SqlTranslateRequest extends RequestBase {
  /** The maximum number of rows (or entries) to return in one response. */
  fetch_size?: integer
  /** The Elasticsearch query DSL for additional filtering. */
  filter?: QueryDslQueryContainer
  /** The SQL query to run. */
  query: string
  /** The ISO-8601 time zone ID for the search. */
  time_zone?: TimeZone
}

export interface SqlTranslateResponse {
  aggregations?: Record<string, AggregationsAggregationContainer>
  size?: long
  _source?: SearchSourceConfig
  fields?: Array<QueryDslFieldAndFormat | Field>
  query?: QueryDslQueryContainer
  sort?: Sort
  track_total_hits?: SearchTrackHits
}
