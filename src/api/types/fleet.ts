// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregate, AggregationsAggregationContainer } from './aggregations.js'
import type { AggregateName, ClusterStatistics, Duration, ExpandWildcards, Field, Fields, Id, IndexAlias, IndexName, RequestBase, Routing, ScriptField, ScrollId, SearchType, ShardStatistics, SlicedScroll, Sort, SortResults, SuggestMode, SuggestionName, double, integer, long } from './common.js'
import type { MsearchRequestItem, MsearchResponseItem, SearchFieldCollapse, SearchHighlight, SearchHitsMetadata, SearchPointInTimeReference, SearchProfile, SearchRescore, SearchSourceConfig, SearchSuggest, SearchSuggester, SearchTrackHits } from './core.js'
import type { MappingRuntimeFields } from './mapping.js'
import type { QueryDslFieldAndFormat, QueryDslOperator, QueryDslQueryContainer } from './query-dsl.js'

export type FleetCheckpoint = long

/** Request of `fleet.delete_secret`. */
export interface FleetDeleteSecretRequest extends RequestBase {
  /** The ID of the secret */
  id: string
}

export interface FleetDeleteSecretResponse {
  deleted: boolean
}

/** Request of `fleet.get_secret`. */
export interface FleetGetSecretRequest extends RequestBase {
  /** The ID of the secret */
  id: string
}

export interface FleetGetSecretResponse {
  id: string
  value: string
}

/** Request of `fleet.global_checkpoints`. */
export interface FleetGlobalCheckpointsRequest extends RequestBase {
  /** A single index or index alias that resolves to a single index. */
  index: IndexName | IndexAlias
  /** A boolean value which controls whether to wait (until the timeout) for the global checkpoints to advance past the provided `checkpoints`. */
  wait_for_advance?: boolean
  /** A boolean value which controls whether to wait (until the timeout) for the target index to exist and all primary shards be active. Can only be true when `wait_for_advance` is true. */
  wait_for_index?: boolean
  /** A comma separated list of previous global checkpoints. When used in combination with `wait_for_advance`, the API will only return once the global checkpoints advances past the checkpoints. Providing an empty list will cause Elasticsearch to immediately return the current global checkpoints. */
  checkpoints?: FleetCheckpoint[]
  /** Period to wait for a global checkpoints to advance past `checkpoints`. */
  timeout?: Duration
}

export interface FleetGlobalCheckpointsResponse {
  global_checkpoints: FleetCheckpoint[]
  timed_out: boolean
}

/** Request of `fleet.msearch`. */
export interface FleetMsearchRequest extends RequestBase {
  /** A single target to search. If the target is an index alias, it must resolve to a single index. */
  index?: IndexName | IndexAlias
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If true, network roundtrips between the coordinating node and remote clusters are minimized for cross-cluster search requests. */
  ccs_minimize_roundtrips?: boolean
  /** Type of index that wildcard expressions can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. */
  expand_wildcards?: ExpandWildcards
  /** If true, concrete, expanded or aliased indices are ignored when frozen. */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Maximum number of concurrent searches the multi search API can execute. */
  max_concurrent_searches?: integer
  /** Maximum number of concurrent shard requests that each sub-search request executes per node. */
  max_concurrent_shard_requests?: integer
  /** Defines a threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. This filter roundtrip can limit the number of shards significantly if for instance a shard can not match any documents based on its rewrite method i.e., if date filters are mandatory to match but the shard bounds and the query are disjoint. */
  pre_filter_shard_size?: long
  /** Indicates whether global term and document frequencies should be used when scoring returned documents. */
  search_type?: SearchType
  /** If true, hits.total are returned as an integer in the response. Defaults to false, which returns an object. */
  rest_total_hits_as_int?: boolean
  /** Specifies whether aggregation and suggester names should be prefixed by their respective types in the response. */
  typed_keys?: boolean
  /** A comma separated list of checkpoints. When configured, the search API will only be executed on a shard after the relevant checkpoint has become visible for search. Defaults to an empty list which will cause Elasticsearch to immediately execute the search. */
  wait_for_checkpoints?: FleetCheckpoint[]
  /** If true, returns partial results if there are shard request timeouts or shard failures. If false, returns an error with no partial results. Defaults to the configured cluster setting `search.default_allow_partial_results`, which is true by default. */
  allow_partial_search_results?: boolean
  searches: Array<MsearchRequestItem | string | Buffer> | string | Buffer
}

export interface FleetMsearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
  docs: MsearchResponseItem<TDocument, TAggregations>[]
}

/** Request of `fleet.post_secret`. */
export interface FleetPostSecretRequest extends RequestBase {
  value: string
}

export interface FleetPostSecretResponse {
  id: string
}

/** Request of `fleet.search`. */
export interface FleetSearchRequest extends RequestBase {
  /** A single target to search. If the target is an index alias, it must resolve to a single index. */
  index: IndexName | IndexAlias
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  analyzer?: string
  analyze_wildcard?: boolean
  batched_reduce_size?: long
  ccs_minimize_roundtrips?: boolean
  default_operator?: QueryDslOperator
  df?: string
  /** Array of wildcard (*) patterns. The request returns doc values for field names matching these patterns in the hits.fields property of the response. */
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  expand_wildcards?: ExpandWildcards
  /** If true, returns detailed information about score computation as part of a hit. */
  explain?: boolean
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  lenient?: boolean
  max_concurrent_shard_requests?: integer
  preference?: string
  pre_filter_shard_size?: long
  request_cache?: boolean
  routing?: Routing
  scroll?: Duration
  search_type?: SearchType
  /** Stats groups to associate with the search. Each group maintains a statistics aggregation for its associated searches. You can retrieve these stats using the indices stats API. */
  stats?: string[]
  /** List of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the _source parameter defaults to false. You can pass _source: true to return both source fields and stored fields in the search response. */
  stored_fields?: Fields
  /** Specifies which field to use for suggestions. */
  suggest_field?: Field
  suggest_mode?: SuggestMode
  suggest_size?: long
  /** The source text for which the suggestions should be returned. */
  suggest_text?: string
  /** Maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. Defaults to 0, which does not terminate query execution early. */
  terminate_after?: long
  /** Specifies the period of time to wait for a response from each shard. If no response is received before the timeout expires, the request fails and returns an error. Defaults to no timeout. */
  timeout?: string
  /** Number of hits matching the query to count accurately. If true, the exact number of hits is returned at the cost of some performance. If false, the response does not include the total number of hits matching the query. Defaults to 10,000 hits. */
  track_total_hits?: SearchTrackHits
  /** If true, calculate and return document scores, even if the scores are not used for sorting. */
  track_scores?: boolean
  typed_keys?: boolean
  rest_total_hits_as_int?: boolean
  /** If true, returns document version as part of a hit. */
  version?: boolean
  /** Indicates which source fields are returned for matching documents. These fields are returned in the hits._source property of the search response. */
  _source?: SearchSourceConfig
  _source_excludes?: Fields
  _source_includes?: Fields
  /** If true, returns sequence number and primary term of the last modification of each hit. See Optimistic concurrency control. */
  seq_no_primary_term?: boolean
  q?: string
  /** The number of hits to return. By default, you cannot page through more than 10,000 hits using the from and size parameters. To page through more hits, use the search_after parameter. */
  size?: integer
  /** Starting document offset. By default, you cannot page through more than 10,000 hits using the from and size parameters. To page through more hits, use the search_after parameter. */
  from?: integer
  sort?: Sort
  /** A comma separated list of checkpoints. When configured, the search API will only be executed on a shard after the relevant checkpoint has become visible for search. Defaults to an empty list which will cause Elasticsearch to immediately execute the search. */
  wait_for_checkpoints?: FleetCheckpoint[]
  /** If true, returns partial results if there are shard request timeouts or shard failures. If false, returns an error with no partial results. Defaults to the configured cluster setting `search.default_allow_partial_results`, which is true by default. */
  allow_partial_search_results?: boolean
  aggregations?: Record<string, AggregationsAggregationContainer>
  aggs?: Record<string, AggregationsAggregationContainer>
  collapse?: SearchFieldCollapse
  /** Configuration of search extensions defined by Elasticsearch plugins. */
  ext?: Record<string, any>
  highlight?: SearchHighlight
  /** Boosts the _score of documents from specified indices. */
  indices_boost?: Partial<Record<IndexName, double>>[]
  /** Minimum _score for matching documents. Documents with a lower _score are not included in search results and results collected by aggregations. */
  min_score?: double
  post_filter?: QueryDslQueryContainer
  profile?: boolean
  /** Defines the search definition using the Query DSL. */
  query?: QueryDslQueryContainer
  rescore?: SearchRescore | SearchRescore[]
  /** Retrieve a script evaluation (based on different fields) for each hit. */
  script_fields?: Record<string, ScriptField>
  search_after?: SortResults
  slice?: SlicedScroll
  /** Array of wildcard (*) patterns. The request returns values for field names matching these patterns in the hits.fields property of the response. */
  fields?: Array<QueryDslFieldAndFormat | Field>
  suggest?: SearchSuggester
  /** Limits the search to a point in time (PIT). If you provide a PIT, you cannot specify an <index> in the request path. */
  pit?: SearchPointInTimeReference
  /** Defines one or more runtime fields in the search request. These fields take precedence over mapped fields with the same name. */
  runtime_mappings?: MappingRuntimeFields
}

export interface FleetSearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
  took: long
  timed_out: boolean
  _shards: ShardStatistics
  hits: SearchHitsMetadata<TDocument>
  aggregations?: TAggregations
  _clusters?: ClusterStatistics
  fields?: Record<string, any>
  max_score?: double
  num_reduce_phases?: long
  profile?: SearchProfile
  pit_id?: Id
  _scroll_id?: ScrollId
  suggest?: Record<SuggestionName, SearchSuggest<TDocument>[]>
  terminated_early?: boolean
}
