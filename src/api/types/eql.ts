// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, DurationValue, EpochTime, ExpandWildcards, Field, Id, IndexName, Indices, ProjectRouting, RequestBase, ShardFailure, UnitMillis, integer, uint } from './common.js'
import type { SearchTotalHits } from './core.js'
import type { MappingRuntimeFields } from './mapping.js'
import type { QueryDslFieldAndFormat, QueryDslQueryContainer } from './query-dsl.js'

/** Request of `eql.delete`. */
export interface EqlDeleteRequest extends RequestBase {
  /** Identifier for the search to delete. A search ID is provided in the EQL search API's response for an async search. A search ID is also provided if the request’s `keep_on_completion` parameter is `true`. */
  id: Id
}

export type EqlDeleteResponse = AcknowledgedResponseBase

export interface EqlEqlHits<TEvent = unknown> {
  /** Metadata about the number of matching events or sequences. */
  total?: SearchTotalHits
  /** Contains events matching the query. Each object represents a matching event. */
  events?: EqlHitsEvent<TEvent>[]
  /** Contains event sequences matching the query. Each object represents a matching sequence. This parameter is only returned for EQL queries containing a sequence. */
  sequences?: EqlHitsSequence<TEvent>[]
}

export interface EqlEqlSearchResponseBase<TEvent = unknown> {
  /** Identifier for the search. */
  id?: Id
  /** If true, the response does not contain complete search results. */
  is_partial?: boolean
  /** If true, the search request is still executing. */
  is_running?: boolean
  /** Milliseconds it took Elasticsearch to execute the request. */
  took?: DurationValue<UnitMillis>
  /** If true, the request timed out before completion. */
  timed_out?: boolean
  /** Contains matching events and sequences. Also contains related metadata. */
  hits: EqlEqlHits<TEvent>
  /** Contains information about shard failures (if any), in case allow_partial_search_results=true */
  shard_failures?: ShardFailure[]
}

/** Request of `eql.get`. */
export interface EqlGetRequest extends RequestBase {
  /** Identifier for the search. */
  id: Id
  /** Period for which the search and its results are stored on the cluster. Defaults to the keep_alive value set by the search’s EQL search API request. */
  keep_alive?: Duration
  /** Timeout duration to wait for the request to finish. Defaults to no timeout, meaning the request waits for complete search results. */
  wait_for_completion_timeout?: Duration
}

export type EqlGetResponse<TEvent = unknown> = EqlEqlSearchResponseBase<TEvent>

/** Request of `eql.get_status`. */
export interface EqlGetStatusRequest extends RequestBase {
  /** Identifier for the search. */
  id: Id
}

export interface EqlGetStatusResponse {
  /** Identifier for the search. */
  id: Id
  /** If true, the search request is still executing. If false, the search is completed. */
  is_partial: boolean
  /** If true, the response does not contain complete search results. This could be because either the search is still running (is_running status is false), or because it is already completed (is_running status is true) and results are partial due to failures or timeouts. */
  is_running: boolean
  /** For a running search shows a timestamp when the eql search started, in milliseconds since the Unix epoch. */
  start_time_in_millis?: EpochTime<UnitMillis>
  /** Shows a timestamp when the eql search will be expired, in milliseconds since the Unix epoch. When this time is reached, the search and its results are deleted, even if the search is still ongoing. */
  expiration_time_in_millis?: EpochTime<UnitMillis>
  /** For a completed search shows the http status code of the completed search. */
  completion_status?: integer
}

export interface EqlHitsEvent<TEvent = unknown> {
  /** Name of the index containing the event. */
  _index: IndexName
  /** Unique identifier for the event. This ID is only unique within the index. */
  _id: Id
  /** Original JSON body passed for the event at index time. */
  _source: TEvent
  /** Set to `true` for events in a timespan-constrained sequence that do not meet a given condition. */
  missing?: boolean
  fields?: Record<Field, any[]>
}

export interface EqlHitsSequence<TEvent = unknown> {
  /** Contains events matching the query. Each object represents a matching event. */
  events: EqlHitsEvent<TEvent>[]
  /** Shared field values used to constrain matches in the sequence. These are defined using the by keyword in the EQL query syntax. */
  join_keys?: any[]
}

/** Request of `eql.search`. */
export interface EqlSearchRequest extends RequestBase {
  /** Comma-separated list of index names to scope the operation */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Allow query execution also in case of shard failures. If true, the query will keep running and will return results based on the available shards. For sequences, the behavior can be further refined using allow_partial_sequence_results */
  allow_partial_search_results?: boolean
  /** This flag applies only to sequences and has effect only if allow_partial_search_results=true. If true, the sequence query will return results based on the available shards, ignoring the others. If false, the sequence query will return successfully, but will always have empty results. */
  allow_partial_sequence_results?: boolean
  /** Whether to expand wildcard expression to concrete indices that are open, closed or both. */
  expand_wildcards?: ExpandWildcards
  /** Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution */
  ccs_minimize_roundtrips?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  keep_alive?: Duration
  keep_on_completion?: boolean
  wait_for_completion_timeout?: Duration
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** EQL query you wish to run. */
  query: string
  case_sensitive?: boolean
  /** Field containing the event classification, such as process, file, or network. */
  event_category_field?: Field
  /** Field used to sort hits with the same timestamp in ascending order */
  tiebreaker_field?: Field
  /** Field containing event timestamp. */
  timestamp_field?: Field
  /** Maximum number of events to search at a time for sequence queries. */
  fetch_size?: uint
  /** Query, written in Query DSL, used to filter the events on which the EQL query runs. */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** For basic queries, the maximum number of matching events to return. Defaults to 10 */
  size?: uint
  /** Array of wildcard (*) patterns. The response returns values for field names matching these patterns in the fields property of each hit. */
  fields?: QueryDslFieldAndFormat | Field | Array<QueryDslFieldAndFormat | Field>
  result_position?: EqlSearchResultPosition
  runtime_mappings?: MappingRuntimeFields
  /** By default, the response of a sample query contains up to `10` samples, with one sample per unique set of join keys. Use the `size` parameter to get a smaller or larger set of samples. To retrieve more than one sample per set of join keys, use the `max_samples_per_key` parameter. Pipes are not supported for sample queries. */
  max_samples_per_key?: integer
}

export type EqlSearchResponse<TEvent = unknown> = EqlEqlSearchResponseBase<TEvent>

export type EqlSearchResultPosition = 'tail' | 'head'
