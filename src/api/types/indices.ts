// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AnalysisAnalyzer, AnalysisCharFilter, AnalysisNormalizer, AnalysisTokenFilter, AnalysisTokenizer } from './analysis.js'
import type { ClusterStatsDenseVectorStats, ClusterStatsSparseVectorStats } from './cluster.js'
import type { AcknowledgedResponseBase, BulkStats, ByteSize, ClusterAlias, CommonStatsFlags, CompletionStats, DFIIndependenceMeasure, DFRAfterEffect, DFRBasicModel, DataStreamName, DataStreamNames, DateTime, DocStats, Duration, DurationLarge, DurationValue, ElasticsearchVersionMinInfo, EpochTime, ErrorCause, ExpandWildcards, Field, FielddataStats, Fields, FlushStats, GetStats, HealthStatus, Host, IBDistribution, IBLambda, Id, IndexAlias, IndexName, IndexingStats, Indices, IndicesResponseBase, Ip, Level, MergesStats, Metadata, Name, Names, Normalization, Percentage, PipelineName, ProjectRouting, PropertyName, QueryCacheStats, RecoveryStats, RefreshStats, RequestBase, RequestCacheStats, Routing, Script, ScriptSource, SearchStats, SegmentsStats, SequenceNumber, ShardFailure, ShardStatistics, ShardsOperationResponseBase, SpecUtilsStringified, SpecUtilsWithNullValue, StoreStats, TranslogStats, TransportAddress, UnitMillis, Uuid, VersionNumber, VersionString, WaitForActiveShards, WarmerStats, double, integer, long, uint } from './common.js'
import type { MappingDynamicMapping, MappingDynamicTemplate, MappingFieldMapping, MappingFieldNamesField, MappingProperty, MappingRoutingField, MappingRuntimeFields, MappingSourceField, MappingTypeMapping } from './mapping.js'
import type { QueryDslOperator, QueryDslQueryContainer } from './query-dsl.js'

export interface IndicesAddBlockAddIndicesBlockStatus {
  name: IndexName
  blocked: boolean
}

/** Request of `indices.add_block`. */
export interface IndicesAddBlockRequest extends RequestBase {
  /** A comma-separated list or wildcard expression of index names used to limit the request. By default, you must explicitly name the indices you are adding blocks to. To allow the adding of blocks to indices with `_all`, `*`, or other wildcard expressions, change the `action.destructive_requires_name` setting to `false`. You can update this setting in the `elasticsearch.yml` file or by using the cluster update settings API. */
  index: Indices
  /** The block type to add to the index. */
  block: IndicesIndicesBlockOptions
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. It can also be set to `-1` to indicate that the request should never timeout. */
  timeout?: Duration
}

export interface IndicesAddBlockResponse {
  acknowledged: boolean
  shards_acknowledged: boolean
  indices: IndicesAddBlockAddIndicesBlockStatus[]
}

export interface IndicesAlias {
  /** Query used to limit documents the alias can access. */
  filter?: QueryDslQueryContainer
  /** Value used to route indexing operations to a specific shard. If specified, this overwrites the `routing` value for indexing operations. */
  index_routing?: string
  /** If `true`, the alias is hidden. All indices for the alias must have the same `is_hidden` value. */
  is_hidden?: boolean
  /** If `true`, the index is the write index for the alias. */
  is_write_index?: boolean
  /** Value used to route indexing and search operations to a specific shard. */
  routing?: string
  /** Value used to route search operations to a specific shard. If specified, this overwrites the `routing` value for search operations. */
  search_routing?: string
}

export interface IndicesAliasDefinition {
  /** Query used to limit documents the alias can access. */
  filter?: QueryDslQueryContainer
  /** Value used to route indexing operations to a specific shard. If specified, this overwrites the `routing` value for indexing operations. */
  index_routing?: string
  /** If `true`, the index is the write index for the alias. */
  is_write_index?: boolean
  /** Value used to route indexing and search operations to a specific shard. */
  routing?: string
  /** Value used to route search operations to a specific shard. If specified, this overwrites the `routing` value for search operations. */
  search_routing?: string
  /** If `true`, the alias is hidden. All indices for the alias must have the same `is_hidden` value. */
  is_hidden?: boolean
}

export interface IndicesAnalyzeAnalyzeDetail {
  analyzer?: IndicesAnalyzeAnalyzerDetail
  charfilters?: IndicesAnalyzeCharFilterDetail[]
  custom_analyzer: boolean
  tokenfilters?: IndicesAnalyzeTokenDetail[]
  tokenizer?: IndicesAnalyzeTokenDetail
}

export interface IndicesAnalyzeAnalyzeToken {
  end_offset: long
  position: long
  positionLength?: long
  start_offset: long
  token: string
  type: string
}

export interface IndicesAnalyzeAnalyzerDetail {
  name: string
  tokens: IndicesAnalyzeExplainAnalyzeToken[]
}

export interface IndicesAnalyzeCharFilterDetail {
  filtered_text: string[]
  name: string
}

export interface IndicesAnalyzeExplainAnalyzeTokenKeys {
  bytes: string
  end_offset: long
  keyword?: boolean
  position: long
  positionLength: long
  start_offset: long
  termFrequency: long
  token: string
  type: string
}
export type IndicesAnalyzeExplainAnalyzeToken = IndicesAnalyzeExplainAnalyzeTokenKeys & { [property: string]: any }

/** Request of `indices.analyze`. */
export interface IndicesAnalyzeRequest extends RequestBase {
  /** Index used to derive the analyzer. If specified, the `analyzer` or field parameter overrides this value. If no index is specified or the index does not have a default analyzer, the analyze API uses the standard analyzer. */
  index?: IndexName
  /** The name of the analyzer that should be applied to the provided `text`. This could be a built-in analyzer, or an analyzer that’s been configured in the index. */
  analyzer?: string
  /** Array of token attributes used to filter the output of the `explain` parameter. */
  attributes?: string[]
  /** Array of character filters used to preprocess characters before the tokenizer. */
  char_filter?: AnalysisCharFilter[]
  /** If `true`, the response includes token attributes and additional details. */
  explain?: boolean
  /** Field used to derive the analyzer. To use this parameter, you must specify an index. If specified, the `analyzer` parameter overrides this value. */
  field?: Field
  /** Array of token filters used to apply after the tokenizer. */
  filter?: AnalysisTokenFilter[]
  /** Normalizer to use to convert text into a single token. */
  normalizer?: string
  /** Text to analyze. If an array of strings is provided, it is analyzed as a multi-value field. */
  text?: IndicesAnalyzeTextToAnalyze
  /** Tokenizer to use to convert text into tokens. */
  tokenizer?: AnalysisTokenizer
}

export interface IndicesAnalyzeResponse {
  detail?: IndicesAnalyzeAnalyzeDetail
  tokens?: IndicesAnalyzeAnalyzeToken[]
}

export type IndicesAnalyzeTextToAnalyze = string | string[]

export interface IndicesAnalyzeTokenDetail {
  name: string
  tokens: IndicesAnalyzeExplainAnalyzeToken[]
}

export interface IndicesCacheQueries {
  enabled: boolean
}

/** Request of `indices.cancel_migrate_reindex`. */
export interface IndicesCancelMigrateReindexRequest extends RequestBase {
  /** The index or data stream name */
  index: Indices
}

export type IndicesCancelMigrateReindexResponse = AcknowledgedResponseBase

/** Request of `indices.clear_cache`. */
export interface IndicesClearCacheRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, clears the fields cache. Use the `fields` parameter to clear the cache of specific fields only. */
  fielddata?: boolean
  /** Comma-separated list of field names used to limit the `fielddata` parameter. */
  fields?: Fields
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, clears the query cache. */
  query?: boolean
  /** If `true`, clears the request cache. */
  request?: boolean
}

export type IndicesClearCacheResponse = ShardsOperationResponseBase

/** Request of `indices.clone`. */
export interface IndicesCloneRequest extends RequestBase {
  /** Name of the source index to clone. */
  index: IndexName
  /** Name of the target index to create. */
  target: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
  /** Aliases for the resulting index. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Configuration options for the target index. */
  settings?: Record<string, any>
}

export interface IndicesCloneResponse {
  acknowledged: boolean
  index: IndexName
  shards_acknowledged: boolean
}

export interface IndicesCloseCloseIndexResult {
  closed: boolean
  shards?: Record<string, IndicesCloseCloseShardResult>
}

export interface IndicesCloseCloseShardResult {
  failures: ShardFailure[]
}

/** Request of `indices.close`. */
export interface IndicesCloseRequest extends RequestBase {
  /** Comma-separated list or wildcard expression of index names used to limit the request. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
}

export interface IndicesCloseResponse {
  acknowledged: boolean
  indices: Record<IndexName, IndicesCloseCloseIndexResult>
  shards_acknowledged: boolean
}

/** Request of `indices.create_data_stream`. */
export interface IndicesCreateDataStreamRequest extends RequestBase {
  /** Name of the data stream, which must meet the following criteria: Lowercase only; Cannot include `\`, `/`, `*`, `?`, `"`, `<`, `>`, `|`, `,`, `#`, `:`, or a space character; Cannot start with `-`, `_`, `+`, or `.ds-`; Cannot be `.` or `..`; Cannot be longer than 255 bytes. Multi-byte characters count towards this limit faster. */
  name: DataStreamName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesCreateDataStreamResponse = AcknowledgedResponseBase

export interface IndicesCreateFromCreateFrom {
  /** Mappings overrides to be applied to the destination index (optional) */
  mappings_override?: MappingTypeMapping
  /** Settings overrides to be applied to the destination index (optional) */
  settings_override?: IndicesIndexSettings
  /** If index blocks should be removed when creating destination index (optional) */
  remove_index_blocks?: boolean
}

/** Request of `indices.create_from`. */
export interface IndicesCreateFromRequest extends RequestBase {
  /** The source index or data stream name */
  source: IndexName
  /** The destination index or data stream name */
  dest: IndexName
  create_from?: IndicesCreateFromCreateFrom
}

export interface IndicesCreateFromResponse {
  acknowledged: boolean
  index: IndexName
  shards_acknowledged: boolean
}

/** Request of `indices.create`. */
export interface IndicesCreateRequest extends RequestBase {
  /** Name of the index you wish to create. Index names must meet the following criteria: */
  index: IndexName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
  /** Aliases for the index. */
  aliases?: Record<Name, IndicesAlias>
  /** Mapping for fields in the index. If specified, this mapping can include: - Field names - Field data types - Mapping parameters */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. */
  settings?: IndicesIndexSettings
}

export interface IndicesCreateResponse {
  index: IndexName
  shards_acknowledged: boolean
  acknowledged: boolean
}

export interface IndicesDataStream {
  /** Custom metadata for the stream, copied from the `_meta` object of the stream’s matching index template. If empty, the response omits this property. */
  _meta?: Metadata
  /** If `true`, the data stream allows custom routing on write request. */
  allow_custom_routing?: boolean
  /** Information about failure store backing indices */
  failure_store?: IndicesFailureStore
  /** Current generation for the data stream. This number acts as a cumulative count of the stream’s rollovers, starting at 1. */
  generation: integer
  /** If `true`, the data stream is hidden. */
  hidden: boolean
  /** Name of the current ILM lifecycle policy in the stream’s matching index template. This lifecycle policy is set in the `index.lifecycle.name` setting. If the template does not include a lifecycle policy, this property is not included in the response. NOTE: A data stream’s backing indices may be assigned different lifecycle policies. To retrieve the lifecycle policy for individual backing indices, use the get index settings API. */
  ilm_policy?: Name
  /** Name of the lifecycle system that'll manage the next generation of the data stream. */
  next_generation_managed_by: IndicesManagedBy
  /** Indicates if ILM should take precedence over DSL in case both are configured to managed this data stream. */
  prefer_ilm: boolean
  /** Array of objects containing information about the data stream’s backing indices. The last item in this array contains information about the stream’s current write index. */
  indices: IndicesDataStreamIndex[]
  /** Contains the configuration for the data stream lifecycle of this data stream. */
  lifecycle?: IndicesDataStreamLifecycleWithRollover
  /** Name of the data stream. */
  name: DataStreamName
  /** If `true`, the data stream is created and managed by cross-cluster replication and the local cluster can not write into this data stream or change its mappings. */
  replicated?: boolean
  /** If `true`, the next write to this data stream will trigger a rollover first and the document will be indexed in the new backing index. If the rollover fails the indexing request will fail too. */
  rollover_on_write: boolean
  /** The settings specific to this data stream that will take precedence over the settings in the matching index template. */
  settings: IndicesIndexSettings
  /** The mappings specific to this data stream that will take precedence over the mappings in the matching index template. */
  mappings?: MappingTypeMapping
  /** Health status of the data stream. This health status is based on the state of the primary and replica shards of the stream’s backing indices. */
  status: HealthStatus
  /** If `true`, the data stream is created and managed by an Elastic stack component and cannot be modified through normal user interaction. */
  system?: boolean
  /** Name of the index template used to create the data stream’s backing indices. The template’s index pattern must match the name of this data stream. */
  template: Name
  /** Information about the `@timestamp` field in the data stream. */
  timestamp_field: IndicesDataStreamTimestampField
  /** The index mode for the data stream that will be used for newly created backing indices. */
  index_mode?: IndicesIndexMode
}

/** Data stream failure store contains the configuration of the failure store for a given data stream. */
export interface IndicesDataStreamFailureStore {
  /** If defined, it turns the failure store on/off (`true`/`false`) for this data stream. A data stream failure store that's disabled (enabled: `false`) will redirect no new failed indices to the failure store; however, it will not remove any existing data from the failure store. */
  enabled?: boolean
  /** If defined, it specifies the lifecycle configuration for the failure store of this data stream. */
  lifecycle?: IndicesFailureStoreLifecycle
}

/** Template equivalent of DataStreamFailureStore that allows nullable values. */
export interface IndicesDataStreamFailureStoreTemplate {
  /** If defined, it turns the failure store on/off (`true`/`false`) for this data stream. A data stream failure store that's disabled (enabled: `false`) will redirect no new failed indices to the failure store; however, it will not remove any existing data from the failure store. */
  enabled?: boolean | null
  /** If defined, it specifies the lifecycle configuration for the failure store of this data stream. */
  lifecycle?: IndicesFailureStoreLifecycleTemplate | null
}

export interface IndicesDataStreamIndex {
  /** Name of the backing index. */
  index_name: IndexName
  /** Universally unique identifier (UUID) for the index. */
  index_uuid: Uuid
  /** Name of the current ILM lifecycle policy configured for this backing index. */
  ilm_policy?: Name
  /** Name of the lifecycle system that's currently managing this backing index. */
  managed_by?: IndicesManagedBy
  /** Indicates if ILM should take precedence over DSL in case both are configured to manage this index. */
  prefer_ilm?: boolean
  /** The index mode of this backing index of the data stream. */
  index_mode?: IndicesIndexMode
}

/** Data stream lifecycle denotes that a data stream is managed by the data stream lifecycle and contains the configuration. */
export interface IndicesDataStreamLifecycle {
  /** If defined, every document added to this data stream will be stored at least for this time frame. Any time after this duration the document could be deleted. When empty, every document in this data stream will be stored indefinitely. */
  data_retention?: Duration
  /** The least amount of time data should be kept by elasticsearch. */
  effective_retention?: Duration
  /** Configuration source that can influence the retention of a data stream. */
  retention_determined_by?: IndicesRetentionSource
  /** The list of downsampling rounds to execute as part of this downsampling configuration */
  downsampling?: IndicesDownsamplingRound[]
  /** The method used to downsample the data. There are two options `aggregate` and `last_value`. It requires `downsampling` to be defined. Defaults to `aggregate`. */
  downsampling_method?: IndicesSamplingMethod
  /** If defined, it turns data stream lifecycle on/off (`true`/`false`) for this data stream. A data stream lifecycle that's disabled (enabled: `false`) will have no effect on the data stream. */
  enabled?: boolean
  /** The period after which data stream backing indices are automatically converted to partially mounted searchable snapshots. This field is valid only on main data stream lifecycles and cannot be set on failure-store lifecycles. */
  frozen_after?: Duration
}

export interface IndicesDataStreamLifecycleRolloverConditions {
  min_age?: Duration
  max_age?: string
  min_docs?: long
  max_docs?: long
  min_size?: ByteSize
  max_size?: ByteSize
  min_primary_shard_size?: ByteSize
  max_primary_shard_size?: ByteSize
  min_primary_shard_docs?: long
  max_primary_shard_docs?: long
}

/** Data stream lifecycle with rollover can be used to display the configuration including the default rollover conditions, if asked. */
export interface IndicesDataStreamLifecycleWithRollover extends IndicesDataStreamLifecycle {
  /** The conditions which will trigger the rollover of a backing index as configured by the cluster setting `cluster.lifecycle.default.rollover`. This property is an implementation detail and it will only be retrieved when the query param `include_defaults` is set to true. The contents of this field are subject to change. */
  rollover?: IndicesDataStreamLifecycleRolloverConditions
}

/** Data stream options contain the configuration of data stream level features for a given data stream, for example, the failure store configuration. */
export interface IndicesDataStreamOptions {
  /** If defined, it specifies configuration for the failure store of this data stream. */
  failure_store?: IndicesDataStreamFailureStore
}

/** Data stream options template contains the same information as DataStreamOptions but allows them to be set explicitly to null. */
export interface IndicesDataStreamOptionsTemplate {
  failure_store?: IndicesDataStreamFailureStoreTemplate | null
}

export interface IndicesDataStreamTimestampField {
  /** Name of the timestamp field for the data stream, which must be `@timestamp`. The `@timestamp` field must be included in every document indexed to the data stream. */
  name: Field
}

export interface IndicesDataStreamVisibility {
  hidden?: boolean
  allow_custom_routing?: boolean
  failure_store?: boolean
}

export interface IndicesDataStreamsStatsDataStreamsStatsItem {
  /** Current number of backing indices for the data stream. */
  backing_indices: integer
  /** Name of the data stream. */
  data_stream: Name
  /** The data stream’s highest `@timestamp` value, converted to milliseconds since the Unix epoch. NOTE: This timestamp is provided as a best effort. The data stream may contain `@timestamp` values higher than this if one or more of the following conditions are met: The stream contains closed backing indices; Backing indices with a lower generation contain higher `@timestamp` values. */
  maximum_timestamp: EpochTime<UnitMillis>
  /** Total size of all shards for the data stream’s backing indices. This parameter is only returned if the `human` query parameter is `true`. */
  store_size?: ByteSize
  /** Total size, in bytes, of all shards for the data stream’s backing indices. */
  store_size_bytes: long
}

/** Request of `indices.data_streams_stats`. */
export interface IndicesDataStreamsStatsRequest extends RequestBase {
  /** Comma-separated list of data streams used to limit the request. Wildcard expressions (`*`) are supported. To target all data streams in a cluster, omit this parameter or use `*`. */
  name?: Indices
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
}

export interface IndicesDataStreamsStatsResponse {
  /** Contains information about shards that attempted to execute the request. */
  _shards: ShardStatistics
  /** Total number of backing indices for the selected data streams. */
  backing_indices: integer
  /** Total number of selected data streams. */
  data_stream_count: integer
  /** Contains statistics for the selected data streams. */
  data_streams: IndicesDataStreamsStatsDataStreamsStatsItem[]
  /** Total size of all shards for the selected data streams. This property is included only if the `human` query parameter is `true` */
  total_store_sizes?: ByteSize
  /** Total size, in bytes, of all shards for the selected data streams. */
  total_store_size_bytes: long
}

export interface IndicesDeleteAliasIndicesAliasesResponseBody extends AcknowledgedResponseBase {
  errors?: boolean
}

/** Request of `indices.delete_alias`. */
export interface IndicesDeleteAliasRequest extends RequestBase {
  /** Comma-separated list of data streams or indices used to limit the request. Supports wildcards (`*`). */
  index: Indices
  /** Comma-separated list of aliases to remove. Supports wildcards (`*`). To remove all aliases, use `*` or `_all`. */
  name: Names
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesDeleteAliasResponse = IndicesDeleteAliasIndicesAliasesResponseBody

/** Request of `indices.delete_data_lifecycle`. */
export interface IndicesDeleteDataLifecycleRequest extends RequestBase {
  /** A comma-separated list of data streams of which the data stream lifecycle will be deleted. Use `*` to get all data streams */
  name: DataStreamNames
  /** Whether wildcard expressions should get expanded to open or closed indices (default: open) */
  expand_wildcards?: ExpandWildcards
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. */
  timeout?: Duration
}

export type IndicesDeleteDataLifecycleResponse = AcknowledgedResponseBase

/** Request of `indices.delete_data_stream_options`. */
export interface IndicesDeleteDataStreamOptionsRequest extends RequestBase {
  /** A comma-separated list of data streams of which the data stream options will be deleted. Use `*` to get all data streams */
  name: DataStreamNames
  /** Whether wildcard expressions should get expanded to open or closed indices */
  expand_wildcards?: ExpandWildcards
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. */
  timeout?: Duration
}

export type IndicesDeleteDataStreamOptionsResponse = AcknowledgedResponseBase

/** Request of `indices.delete_data_stream`. */
export interface IndicesDeleteDataStreamRequest extends RequestBase {
  /** Comma-separated list of data streams to delete. Wildcard (`*`) expressions are supported. */
  name: DataStreamNames
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values,such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
}

export type IndicesDeleteDataStreamResponse = AcknowledgedResponseBase

/** Request of `indices.delete_index_template`. */
export interface IndicesDeleteIndexTemplateRequest extends RequestBase {
  /** Comma-separated list of index template names used to limit the request. Wildcard (*) expressions are supported. */
  name: Names
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesDeleteIndexTemplateResponse = AcknowledgedResponseBase

/** Request of `indices.delete`. */
export interface IndicesDeleteRequest extends RequestBase {
  /** Comma-separated list of indices to delete. You cannot specify index aliases. By default, this parameter does not support wildcards (`*`) or `_all`. To use wildcards or `_all`, set the `action.destructive_requires_name` cluster setting to `false`. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesDeleteResponse = IndicesResponseBase

/**
 * Request of `indices.delete_template`.
 * @deprecated 7.8.0:
 */
export interface IndicesDeleteTemplateRequest extends RequestBase {
  /** The name of the legacy index template to delete. Wildcard (`*`) expressions are supported. */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesDeleteTemplateResponse = AcknowledgedResponseBase

/** Request of `indices.disk_usage`. */
export interface IndicesDiskUsageRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. It’s recommended to execute this API with a single index (or the latest backing index of a data stream) as the API consumes resources significantly. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, the API performs a flush before analysis. If `false`, the response may not include uncommitted data. */
  flush?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Analyzing field disk usage is resource-intensive. To use the API, this parameter must be set to `true`. */
  run_expensive_tasks?: boolean
}

export type IndicesDiskUsageResponse = any

export interface IndicesDownsampleConfig {
  /** The interval at which to aggregate the original time series index. */
  fixed_interval: DurationLarge
  /** The sampling method used to reduce the documents; it can be either `aggregate` or `last_value`. Defaults to `aggregate`. */
  sampling_method?: IndicesSamplingMethod
}

/** Request of `indices.downsample`. */
export interface IndicesDownsampleRequest extends RequestBase {
  /** Name of the time series index to downsample. */
  index: IndexName
  /** Name of the index to create. */
  target_index: IndexName
  config: IndicesDownsampleConfig
}

export type IndicesDownsampleResponse = any

export interface IndicesDownsamplingRound {
  /** The duration since rollover when this downsampling round should execute */
  after: Duration
  /** The downsample interval. */
  fixed_interval: DurationLarge
}

/** Request of `indices.exists_alias`. */
export interface IndicesExistsAliasRequest extends RequestBase {
  /** Comma-separated list of aliases to check. Supports wildcards (`*`). */
  name: Names
  /** Comma-separated list of data streams or indices used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesExistsAliasResponse = boolean

/** Request of `indices.exists_index_template`. */
export interface IndicesExistsIndexTemplateRequest extends RequestBase {
  /** Comma-separated list of index template names used to limit the request. Wildcard (*) expressions are supported. */
  name: Name
  /** If true, the request retrieves information from the local node only. Defaults to false, which means information is retrieved from the master node. */
  local?: boolean
  /** If true, returns settings in flat format. */
  flat_settings?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesExistsIndexTemplateResponse = boolean

/** Request of `indices.exists`. */
export interface IndicesExistsRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases. Supports wildcards (`*`). */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, return all default settings in the response. */
  include_defaults?: boolean
  /** If `true`, the request retrieves information from the local node only. */
  local?: boolean
}

export type IndicesExistsResponse = boolean

/** Request of `indices.exists_template`. */
export interface IndicesExistsTemplateRequest extends RequestBase {
  /** A comma-separated list of index template names used to limit the request. Wildcard (`*`) expressions are supported. */
  name: Names
  /** Indicates whether to use a flat format for the response. */
  flat_settings?: boolean
  /**
   * Indicates whether to get information from the local node only.
   * @deprecated 9.0.0: This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
}

export type IndicesExistsTemplateResponse = boolean

export interface IndicesExplainDataLifecycleDataStreamLifecycleExplain {
  index: IndexName
  managed_by_lifecycle: boolean
  index_creation_date_millis?: EpochTime<UnitMillis>
  time_since_index_creation?: Duration
  rollover_date_millis?: EpochTime<UnitMillis>
  time_since_rollover?: Duration
  lifecycle?: IndicesDataStreamLifecycleWithRollover
  generation_time?: Duration
  error?: string
}

/** Request of `indices.explain_data_lifecycle`. */
export interface IndicesExplainDataLifecycleRequest extends RequestBase {
  /** Comma-separated list of index names to explain */
  index: Indices
  /** Indicates if the API should return the default values the system uses for the index's lifecycle */
  include_defaults?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface IndicesExplainDataLifecycleResponse {
  indices: Record<IndexName, IndicesExplainDataLifecycleDataStreamLifecycleExplain>
}

export interface IndicesFailureStore {
  enabled: boolean
  indices: IndicesDataStreamIndex[]
  rollover_on_write: boolean
}

/** The failure store lifecycle configures the data stream lifecycle configuration for failure indices. */
export interface IndicesFailureStoreLifecycle {
  /** If defined, every document added to this data stream will be stored at least for this time frame. Any time after this duration the document could be deleted. When empty, every document in this data stream will be stored indefinitely. */
  data_retention?: Duration
  /** If defined, it turns data stream lifecycle on/off (`true`/`false`) for this data stream. A data stream lifecycle that's disabled (enabled: `false`) will have no effect on the data stream. */
  enabled?: boolean
}

/** Template equivalent of FailureStoreLifecycle that allows nullable values. */
export interface IndicesFailureStoreLifecycleTemplate {
  /** If defined, every document added to this data stream will be stored at least for this time frame. Any time after this duration the document could be deleted. When empty, every document in this data stream will be stored indefinitely. */
  data_retention?: Duration | null
  /** If defined, it turns data stream lifecycle on/off (`true`/`false`) for this data stream. A data stream lifecycle that's disabled (enabled: `false`) will have no effect on the data stream. */
  enabled?: boolean
}

export interface IndicesFieldUsageStatsFieldSummary {
  any: uint
  stored_fields: uint
  doc_values: uint
  points: uint
  norms: uint
  term_vectors: uint
  knn_vectors: uint
  inverted_index: IndicesFieldUsageStatsInvertedIndex
}

export interface IndicesFieldUsageStatsFieldsUsageBodyKeys {
  _shards: ShardStatistics
}
export type IndicesFieldUsageStatsFieldsUsageBody = IndicesFieldUsageStatsFieldsUsageBodyKeys & { [property: string]: IndicesFieldUsageStatsUsageStatsIndex | ShardStatistics }

export interface IndicesFieldUsageStatsInvertedIndex {
  terms: uint
  postings: uint
  proximity: uint
  positions: uint
  term_frequencies: uint
  offsets: uint
  payloads: uint
}

/** Request of `indices.field_usage_stats`. */
export interface IndicesFieldUsageStatsRequest extends RequestBase {
  /** Comma-separated list or wildcard expression of index names used to limit the request. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Comma-separated list or wildcard expressions of fields to include in the statistics. */
  fields?: Fields
}

export type IndicesFieldUsageStatsResponse = IndicesFieldUsageStatsFieldsUsageBody

export interface IndicesFieldUsageStatsShardsStats {
  all_fields: IndicesFieldUsageStatsFieldSummary
  fields: Record<Field, IndicesFieldUsageStatsFieldSummary>
}

export interface IndicesFieldUsageStatsUsageStatsIndex {
  shards: IndicesFieldUsageStatsUsageStatsShards[]
}

export interface IndicesFieldUsageStatsUsageStatsShards {
  routing: IndicesStatsShardRouting
  stats: IndicesFieldUsageStatsShardsStats
  tracking_id: string
  tracking_started_at_millis: EpochTime<UnitMillis>
}

export interface IndicesFielddataFrequencyFilter {
  max: double
  min: double
  min_segment_size: integer
}

/** Request of `indices.flush`. */
export interface IndicesFlushRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases to flush. Supports wildcards (`*`). To flush all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, the request forces a flush even if there are no changes to commit to the index. */
  force?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, the flush operation blocks until execution when another flush operation is running. If `false`, Elasticsearch returns an error if you request a flush when another flush operation is running. */
  wait_if_ongoing?: boolean
}

export type IndicesFlushResponse = ShardsOperationResponseBase

export interface IndicesForcemergeForceMergeResponseBody extends ShardsOperationResponseBase {
  /** task contains a task id returned when wait_for_completion=false, you can use the task_id to get the status of the task at _tasks/<task_id> */
  task?: string
}

/** Request of `indices.forcemerge`. */
export interface IndicesForcemergeRequest extends RequestBase {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Whether to expand wildcard expression to concrete indices that are open, closed or both. */
  expand_wildcards?: ExpandWildcards
  /** Specify whether the index should be flushed after performing the operation */
  flush?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** The number of segments the index should be merged into (default: dynamic) */
  max_num_segments?: long
  /** Specify whether the operation should only expunge deleted documents */
  only_expunge_deletes?: boolean
  /** Should the request wait until the force merge is completed */
  wait_for_completion?: boolean
}

export type IndicesForcemergeResponse = IndicesForcemergeForceMergeResponseBody

export interface IndicesGetAliasIndexAliases {
  aliases: Record<string, IndicesAliasDefinition>
}

export interface IndicesGetAliasNotFoundAliasesKeys {
  error: string
  status: integer
}
export type IndicesGetAliasNotFoundAliases = IndicesGetAliasNotFoundAliasesKeys & { [property: string]: IndicesGetAliasIndexAliases | string | integer }

/** Request of `indices.get_alias`. */
export interface IndicesGetAliasRequest extends RequestBase {
  /** Comma-separated list of aliases to retrieve. Supports wildcards (`*`). To retrieve all aliases, omit this parameter or use `*` or `_all`. */
  name?: Names
  /** Comma-separated list of data streams or indices used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesGetAliasResponse = Record<IndexName, IndicesGetAliasIndexAliases>

export interface IndicesGetDataLifecycleDataStreamWithLifecycle {
  name: DataStreamName
  lifecycle?: IndicesDataStreamLifecycleWithRollover
}

export interface IndicesGetDataLifecycleGlobalRetention {
  max_retention?: Duration
  default_retention?: Duration
}

/** Request of `indices.get_data_lifecycle`. */
export interface IndicesGetDataLifecycleRequest extends RequestBase {
  /** Comma-separated list of data streams to limit the request. Supports wildcards (`*`). To target all data streams, omit this parameter or use `*` or `_all`. */
  name: DataStreamNames
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, return all default settings in the response. */
  include_defaults?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface IndicesGetDataLifecycleResponse {
  data_streams: IndicesGetDataLifecycleDataStreamWithLifecycle[]
  global_retention: IndicesGetDataLifecycleGlobalRetention
}

export interface IndicesGetDataLifecycleStatsDataStreamStats {
  /** The count of the backing indices for the data stream. */
  backing_indices_in_error: integer
  /** The count of the backing indices for the data stream that have encountered an error. */
  backing_indices_in_total: integer
  /** The name of the data stream. */
  name: DataStreamName
}

/** Request of `indices.get_data_lifecycle_stats`. */
export interface IndicesGetDataLifecycleStatsRequest extends RequestBase {
}

export interface IndicesGetDataLifecycleStatsResponse {
  /** The count of data streams currently being managed by the data stream lifecycle. */
  data_stream_count: integer
  /** Information about the data streams that are managed by the data stream lifecycle. */
  data_streams: IndicesGetDataLifecycleStatsDataStreamStats[]
  /** The duration of the last data stream lifecycle execution. */
  last_run_duration_in_millis?: DurationValue<UnitMillis>
  /** The time that passed between the start of the last two data stream lifecycle executions. This value should amount approximately to `data_streams.lifecycle.poll_interval`. */
  time_between_starts_in_millis?: DurationValue<UnitMillis>
}

export interface IndicesGetDataStreamMappingsDataStreamMappings {
  /** The name of the data stream. */
  name: string
  /** The settings specific to this data stream */
  mappings: MappingTypeMapping
  /** The settings specific to this data stream merged with the settings from its template. These `effective_settings` are the settings that will be used when a new index is created for this data stream. */
  effective_mappings: MappingTypeMapping
}

/** Request of `indices.get_data_stream_mappings`. */
export interface IndicesGetDataStreamMappingsRequest extends RequestBase {
  /** A comma-separated list of data streams or data stream patterns. Supports wildcards (`*`). */
  name: Indices
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface IndicesGetDataStreamMappingsResponse {
  data_streams: IndicesGetDataStreamMappingsDataStreamMappings[]
}

export interface IndicesGetDataStreamOptionsDataStreamWithOptions {
  name: DataStreamName
  options?: IndicesDataStreamOptions
}

/** Request of `indices.get_data_stream_options`. */
export interface IndicesGetDataStreamOptionsRequest extends RequestBase {
  /** Comma-separated list of data streams to limit the request. Supports wildcards (`*`). To target all data streams, omit this parameter or use `*` or `_all`. */
  name: DataStreamNames
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface IndicesGetDataStreamOptionsResponse {
  data_streams: IndicesGetDataStreamOptionsDataStreamWithOptions[]
}

/** Request of `indices.get_data_stream`. */
export interface IndicesGetDataStreamRequest extends RequestBase {
  /** Comma-separated list of data stream names used to limit the request. Wildcard (`*`) expressions are supported. If omitted, all data streams are returned. */
  name?: DataStreamNames
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If true, returns all relevant default configurations for the index template. */
  include_defaults?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Whether the maximum timestamp for each data stream should be calculated and returned. */
  verbose?: boolean
}

export interface IndicesGetDataStreamResponse {
  data_streams: IndicesDataStream[]
}

export interface IndicesGetDataStreamSettingsDataStreamSettings {
  /** The name of the data stream. */
  name: string
  /** The settings specific to this data stream */
  settings: IndicesIndexSettings
  /** The settings specific to this data stream merged with the settings from its template. These `effective_settings` are the settings that will be used when a new index is created for this data stream. */
  effective_settings: IndicesIndexSettings
}

/** Request of `indices.get_data_stream_settings`. */
export interface IndicesGetDataStreamSettingsRequest extends RequestBase {
  /** A comma-separated list of data streams or data stream patterns. Supports wildcards (`*`). */
  name: Indices
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface IndicesGetDataStreamSettingsResponse {
  data_streams: IndicesGetDataStreamSettingsDataStreamSettings[]
}

export type IndicesGetFeature = 'aliases' | 'mappings' | 'settings'

export type IndicesGetFeatures = IndicesGetFeature | IndicesGetFeature[]

/** Request of `indices.get_field_mapping`. */
export interface IndicesGetFieldMappingRequest extends RequestBase {
  /** Comma-separated list or wildcard expression of fields used to limit returned information. Supports wildcards (`*`). */
  fields: Fields
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, return all default settings in the response. */
  include_defaults?: boolean
}

export type IndicesGetFieldMappingResponse = Record<IndexName, IndicesGetFieldMappingTypeFieldMappings>

export interface IndicesGetFieldMappingTypeFieldMappings {
  mappings: Record<Field, MappingFieldMapping>
}

export interface IndicesGetIndexTemplateIndexTemplateItem {
  name: Name
  index_template: IndicesIndexTemplateWithRollover
}

/** Request of `indices.get_index_template`. */
export interface IndicesGetIndexTemplateRequest extends RequestBase {
  /** Name of index template to retrieve. Wildcard (*) expressions are supported. */
  name?: Name
  /**
   * If true, the request retrieves information from the local node only. Defaults to false, which means information is retrieved from the master node.
   * @deprecated 9.0.0: This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /** If true, returns settings in flat format. */
  flat_settings?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** If true, returns all relevant default configurations for the index template. */
  include_defaults?: boolean
}

export interface IndicesGetIndexTemplateResponse {
  index_templates: IndicesGetIndexTemplateIndexTemplateItem[]
}

export interface IndicesGetMappingIndexMappingRecord {
  item?: MappingTypeMapping
  mappings: MappingTypeMapping
}

/** Request of `indices.get_mapping`. */
export interface IndicesGetMappingRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /**
   * If `true`, the request retrieves information from the local node only.
   * @deprecated 7.8.0: This parameter is a no-op and field mappings are always retrieved locally.
   */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesGetMappingResponse = Record<IndexName, IndicesGetMappingIndexMappingRecord>

/** Request of `indices.get_migrate_reindex_status`. */
export interface IndicesGetMigrateReindexStatusRequest extends RequestBase {
  /** The index or data stream name. */
  index: Indices
}

export interface IndicesGetMigrateReindexStatusResponse {
  start_time?: DateTime
  start_time_millis: EpochTime<UnitMillis>
  complete: boolean
  total_indices_in_data_stream: integer
  total_indices_requiring_upgrade: integer
  successes: integer
  in_progress: IndicesGetMigrateReindexStatusStatusInProgress[]
  pending: integer
  errors: IndicesGetMigrateReindexStatusStatusError[]
  exception?: string
}

export interface IndicesGetMigrateReindexStatusStatusError {
  index: string
  message: string
}

export interface IndicesGetMigrateReindexStatusStatusInProgress {
  index: string
  total_doc_count: long
  reindexed_doc_count: long
}

/** Request of `indices.get`. */
export interface IndicesGetRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and index aliases used to limit the request. Wildcard expressions (*) are supported. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard expressions can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as open,hidden. */
  expand_wildcards?: ExpandWildcards
  /** If true, returns settings in flat format. */
  flat_settings?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If true, return all default settings in the response. */
  include_defaults?: boolean
  /** If true, the request retrieves information from the local node only. Defaults to false, which means information is retrieved from the master node. */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Return only information on specified index features */
  features?: IndicesGetFeatures
}

export type IndicesGetResponse = Record<IndexName, IndicesIndexState>

/** Request of `indices.get_settings`. */
export interface IndicesGetSettingsRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** Comma-separated list or wildcard expression of settings to retrieve. */
  name?: Names
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, return all default settings in the response. */
  include_defaults?: boolean
  /**
   * If `true`, the request retrieves information from the local node only. If `false`, information is retrieved from the master node.
   * @deprecated 9.1.0: This parameter is a no-op and settings are always retrieved locally.
   */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesGetSettingsResponse = Record<IndexName, IndicesIndexState>

/**
 * Request of `indices.get_template`.
 * @deprecated 7.8.0:
 */
export interface IndicesGetTemplateRequest extends RequestBase {
  /** Comma-separated list of index template names used to limit the request. Wildcard (`*`) expressions are supported. To return all index templates, omit this parameter or use a value of `_all` or `*`. */
  name?: Names
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /**
   * If `true`, the request retrieves information from the local node only.
   * @deprecated 9.0.0: This parameter is a no-op and templates are always retrieved locally.
   */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesGetTemplateResponse = Record<string, IndicesTemplateMapping>

export type IndicesIndexCheckOnStartup = boolean | 'true' | 'false' | 'checksum'

export type IndicesIndexMode = 'standard' | 'time_series' | 'logsdb' | 'lookup'

export interface IndicesIndexRouting {
  allocation?: IndicesIndexRoutingAllocation
  rebalance?: IndicesIndexRoutingRebalance
}

export interface IndicesIndexRoutingAllocation {
  enable?: IndicesIndexRoutingAllocationOptions
  include?: IndicesIndexRoutingAllocationInclude
  initial_recovery?: IndicesIndexRoutingAllocationInitialRecovery
  disk?: IndicesIndexRoutingAllocationDisk
}

export interface IndicesIndexRoutingAllocationDisk {
  threshold_enabled?: boolean | string
}

export interface IndicesIndexRoutingAllocationInclude {
  _tier_preference?: string
  _id?: Id
}

export interface IndicesIndexRoutingAllocationInitialRecovery {
  _id?: Id
}

export type IndicesIndexRoutingAllocationOptions = 'all' | 'primaries' | 'new_primaries' | 'none'

export interface IndicesIndexRoutingRebalance {
  enable: IndicesIndexRoutingRebalanceOptions
}

export type IndicesIndexRoutingRebalanceOptions = 'all' | 'primaries' | 'replicas' | 'none'

export interface IndicesIndexSegmentSort {
  field?: Fields
  order?: IndicesSegmentSortOrder | IndicesSegmentSortOrder[]
  mode?: IndicesSegmentSortMode | IndicesSegmentSortMode[]
  missing?: IndicesSegmentSortMissing | IndicesSegmentSortMissing[]
}

export interface IndicesIndexSettingBlocks {
  read_only?: SpecUtilsStringified<boolean>
  read_only_allow_delete?: SpecUtilsStringified<boolean>
  read?: SpecUtilsStringified<boolean>
  write?: SpecUtilsStringified<boolean>
  metadata?: SpecUtilsStringified<boolean>
}

export interface IndicesIndexSettingsKeys {
  index?: IndicesIndexSettings
  mode?: string
  routing_path?: string | string[]
  soft_deletes?: IndicesSoftDeletes
  sort?: IndicesIndexSegmentSort
  number_of_shards?: integer | string
  number_of_replicas?: integer | string
  number_of_routing_shards?: integer
  check_on_startup?: IndicesIndexCheckOnStartup
  codec?: string
  routing_partition_size?: SpecUtilsStringified<integer>
  load_fixed_bitset_filters_eagerly?: boolean
  hidden?: boolean | string
  auto_expand_replicas?: SpecUtilsWithNullValue<string>
  merge?: IndicesMerge
  search?: IndicesSettingsSearch
  refresh_interval?: Duration
  max_result_window?: integer
  max_inner_result_window?: integer
  max_rescore_window?: integer
  max_docvalue_fields_search?: integer
  max_script_fields?: integer
  max_ngram_diff?: integer
  max_shingle_diff?: integer
  blocks?: IndicesIndexSettingBlocks
  max_refresh_listeners?: integer
  /** Settings to define analyzers, tokenizers, token filters and character filters. Refer to the linked documentation for step-by-step examples of updating analyzers on existing indices. */
  analyze?: IndicesSettingsAnalyze
  highlight?: IndicesSettingsHighlight
  max_terms_count?: integer
  max_regex_length?: integer
  routing?: IndicesIndexRouting
  unassigned?: IndicesIndexSettingsUnassigned
  gc_deletes?: Duration
  default_pipeline?: PipelineName
  final_pipeline?: PipelineName
  lifecycle?: IndicesIndexSettingsLifecycle
  provided_name?: Name
  creation_date?: SpecUtilsStringified<EpochTime<UnitMillis>>
  creation_date_string?: DateTime
  uuid?: Uuid
  version?: IndicesIndexVersioning
  verified_before_close?: boolean | string
  format?: string | integer
  max_slices_per_scroll?: integer
  translog?: IndicesTranslog
  query_string?: IndicesSettingsQueryString
  priority?: integer | string
  top_metrics_max_size?: integer
  analysis?: IndicesIndexSettingsAnalysis
  settings?: IndicesIndexSettings
  time_series?: IndicesIndexSettingsTimeSeries
  queries?: IndicesQueries
  /** Configure custom similarity settings to customize how search results are scored. */
  similarity?: Record<string, IndicesSettingsSimilarity>
  /** Enable or disable dynamic mapping for an index. */
  mapping?: IndicesMappingLimitSettings
  'indexing.slowlog'?: IndicesIndexingSlowlogSettings
  /** Configure indexing back pressure limits. */
  indexing_pressure?: IndicesIndexingPressure
  /** The store module allows you to control how index data is stored and accessed on disk. */
  store?: IndicesStorage
}
export type IndicesIndexSettings = IndicesIndexSettingsKeys & { [property: string]: any }

export interface IndicesIndexSettingsAnalysis {
  analyzer?: Record<string, AnalysisAnalyzer>
  char_filter?: Record<string, AnalysisCharFilter>
  filter?: Record<string, AnalysisTokenFilter>
  normalizer?: Record<string, AnalysisNormalizer>
  tokenizer?: Record<string, AnalysisTokenizer>
}

export interface IndicesIndexSettingsLifecycle {
  /** The name of the policy to use to manage the index. For information about how Elasticsearch applies policy changes, see Policy updates. */
  name?: Name
  /** Indicates whether or not the index has been rolled over. Automatically set to true when ILM completes the rollover action. You can explicitly set it to skip rollover. */
  indexing_complete?: SpecUtilsStringified<boolean>
  /** If specified, this is the timestamp used to calculate the index age for its phase transitions. Use this setting if you create a new index that contains old data and want to use the original creation date to calculate the index age. Specified as a Unix epoch value in milliseconds. */
  origination_date?: long
  /** Set to true to parse the origination date from the index name. This origination date is used to calculate the index age for its phase transitions. The index name must match the pattern ^.*-{date_format}-\\d+, where the date_format is yyyy.MM.dd and the trailing digits are optional. An index that was rolled over would normally match the full format, for example logs-2016.10.31-000002). If the index name doesn’t match the pattern, index creation fails. */
  parse_origination_date?: boolean
  step?: IndicesIndexSettingsLifecycleStep
  /** The index alias to update when the index rolls over. Specify when using a policy that contains a rollover action. When the index rolls over, the alias is updated to reflect that the index is no longer the write index. For more information about rolling indices, see Rollover. */
  rollover_alias?: string
  /** Preference for the system that manages a data stream backing index (preferring ILM when both ILM and DLM are applicable for an index). */
  prefer_ilm?: boolean | string
}

export interface IndicesIndexSettingsLifecycleStep {
  /** Time to wait for the cluster to resolve allocation issues during an ILM shrink action. Must be greater than 1h (1 hour). See Shard allocation for shrink. */
  wait_time_threshold?: Duration
}

export interface IndicesIndexSettingsTimeSeries {
  end_time?: DateTime
  start_time?: DateTime
  /** The name of the field that stores the temporality of a metric. The referenced field must be a `keyword` dimension field; if the setting is unset or the field is missing or invalid, the metric temporality resolves to null. */
  temporality_field?: Field
}

export interface IndicesIndexSettingsUnassigned {
  node_left?: IndicesIndexSettingsUnassignedNodeLeft
}

export interface IndicesIndexSettingsUnassignedNodeLeft {
  /** The amount of time to wait for a node that has left before assuming its shards are permanently missing and starting to allocate replacement replicas. */
  delayed_timeout?: Duration
}

export interface IndicesIndexState {
  aliases?: Record<IndexName, IndicesAlias>
  mappings?: MappingTypeMapping
  settings?: IndicesIndexSettings
  /** Default settings, included when the request's `include_default` is `true`. */
  defaults?: IndicesIndexSettings
  data_stream?: DataStreamName
  /** Data stream lifecycle applicable if this is a data stream. */
  lifecycle?: IndicesDataStreamLifecycle
}

export interface IndicesIndexTemplate {
  /** Array of wildcard (`*`) expressions used to match the names of data streams and indices during creation. */
  index_patterns: Names
  /** An ordered list of component template names. Component templates are merged in the order specified, meaning that the last component template specified has the highest precedence. */
  composed_of: Name[]
  /** Template to be applied. It may optionally include an `aliases`, `mappings`, or `settings` configuration. */
  template?: IndicesIndexTemplateSummary
  /** Version number used to manage index templates externally. This number is not automatically generated by Elasticsearch. */
  version?: VersionNumber
  /** Priority to determine index template precedence when a new data stream or index is created. The index template with the highest priority is chosen. If no priority is specified the template is treated as though it is of priority 0 (lowest priority). This number is not automatically generated by Elasticsearch. */
  priority?: long
  /** Optional user metadata about the index template. May have any contents. This map is not automatically generated by Elasticsearch. */
  _meta?: Metadata
  allow_auto_create?: boolean
  /** If this object is included, the template is used to create data streams and their backing indices. Supports an empty object. Data streams require a matching index template with a `data_stream` object. */
  data_stream?: IndicesIndexTemplateDataStreamConfiguration
  /** Marks this index template as deprecated. When creating or updating a non-deprecated index template that uses deprecated components, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
  /** A list of component template names that are allowed to be absent. */
  ignore_missing_component_templates?: Names
  /** Date and time when the index template was created. Only returned if the `human` query parameter is `true`. */
  created_date?: DateTime
  /** Date and time when the index template was created, in milliseconds since the epoch. */
  created_date_millis?: EpochTime<UnitMillis>
  /** Date and time when the index template was last modified. Only returned if the `human` query parameter is `true`. */
  modified_date?: DateTime
  /** Date and time when the index template was last modified, in milliseconds since the epoch. */
  modified_date_millis?: EpochTime<UnitMillis>
}

export interface IndicesIndexTemplateDataStreamConfiguration {
  /** If true, the data stream is hidden. */
  hidden?: boolean
  /** If true, the data stream supports custom routing. */
  allow_custom_routing?: boolean
}

export interface IndicesIndexTemplateSummary {
  /** Aliases to add. If the index template includes a `data_stream` object, these are data stream aliases. Otherwise, these are index aliases. Data stream aliases ignore the `index_routing`, `routing`, and `search_routing` options. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Mapping for fields in the index. If specified, this mapping can include field names, field data types, and mapping parameters. */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. */
  settings?: IndicesIndexSettings
  lifecycle?: IndicesDataStreamLifecycle
  data_stream_options?: IndicesDataStreamOptions
}

export interface IndicesIndexTemplateSummaryWithRollover {
  lifecycle?: IndicesDataStreamLifecycleWithRollover
  /** Aliases to add. If the index template includes a `data_stream` object, these are data stream aliases. Otherwise, these are index aliases. Data stream aliases ignore the `index_routing`, `routing`, and `search_routing` options. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Mapping for fields in the index. If specified, this mapping can include field names, field data types, and mapping parameters. */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. */
  settings?: IndicesIndexSettings
  data_stream_options?: IndicesDataStreamOptions
}

export interface IndicesIndexTemplateWithRollover {
  /** Template to be applied. It may optionally include an `aliases`, `mappings`, or `settings` configuration. */
  template?: IndicesIndexTemplateSummaryWithRollover
  /** Array of wildcard (`*`) expressions used to match the names of data streams and indices during creation. */
  index_patterns: Names
  /** An ordered list of component template names. Component templates are merged in the order specified, meaning that the last component template specified has the highest precedence. */
  composed_of: Name[]
  /** Version number used to manage index templates externally. This number is not automatically generated by Elasticsearch. */
  version?: VersionNumber
  /** Priority to determine index template precedence when a new data stream or index is created. The index template with the highest priority is chosen. If no priority is specified the template is treated as though it is of priority 0 (lowest priority). This number is not automatically generated by Elasticsearch. */
  priority?: long
  /** Optional user metadata about the index template. May have any contents. This map is not automatically generated by Elasticsearch. */
  _meta?: Metadata
  allow_auto_create?: boolean
  /** If this object is included, the template is used to create data streams and their backing indices. Supports an empty object. Data streams require a matching index template with a `data_stream` object. */
  data_stream?: IndicesIndexTemplateDataStreamConfiguration
  /** Marks this index template as deprecated. When creating or updating a non-deprecated index template that uses deprecated components, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
  /** A list of component template names that are allowed to be absent. */
  ignore_missing_component_templates?: Names
  /** Date and time when the index template was created. Only returned if the `human` query parameter is `true`. */
  created_date?: DateTime
  /** Date and time when the index template was created, in milliseconds since the epoch. */
  created_date_millis?: EpochTime<UnitMillis>
  /** Date and time when the index template was last modified. Only returned if the `human` query parameter is `true`. */
  modified_date?: DateTime
  /** Date and time when the index template was last modified, in milliseconds since the epoch. */
  modified_date_millis?: EpochTime<UnitMillis>
}

export interface IndicesIndexVersioning {
  created?: VersionString
  created_string?: string
}

export interface IndicesIndexingPressure {
  memory: IndicesIndexingPressureMemory
}

export interface IndicesIndexingPressureMemory {
  /** Number of outstanding bytes that may be consumed by indexing requests. When this limit is reached or exceeded, the node will reject new coordinating and primary operations. When replica operations consume 1.5x this limit, the node will reject new replica operations. Defaults to 10% of the heap. */
  limit?: integer
}

export interface IndicesIndexingSlowlogSettings {
  level?: string
  source?: integer
  reformat?: boolean
  threshold?: IndicesIndexingSlowlogTresholds
}

export interface IndicesIndexingSlowlogTresholds {
  /** The indexing slow log, similar in functionality to the search slow log. The log file name ends with `_index_indexing_slowlog.json`. Log and the thresholds are configured in the same way as the search slowlog. */
  index?: IndicesSlowlogTresholdLevels
}

export type IndicesIndicesBlockOptions = 'metadata' | 'read' | 'read_only' | 'write'

export type IndicesManagedBy = 'Index Lifecycle Management' | 'Data stream lifecycle' | 'Unmanaged'

/** Mapping Limit Settings */
export interface IndicesMappingLimitSettings {
  coerce?: boolean
  total_fields?: IndicesMappingLimitSettingsTotalFields
  depth?: IndicesMappingLimitSettingsDepth
  nested_fields?: IndicesMappingLimitSettingsNestedFields
  nested_objects?: IndicesMappingLimitSettingsNestedObjects
  field_name_length?: IndicesMappingLimitSettingsFieldNameLength
  dimension_fields?: IndicesMappingLimitSettingsDimensionFields
  source?: IndicesMappingLimitSettingsSourceFields
  ignore_malformed?: boolean | string
}

export interface IndicesMappingLimitSettingsDepth {
  /** The maximum depth for a field, which is measured as the number of inner objects. For instance, if all fields are defined at the root object level, then the depth is 1. If there is one object mapping, then the depth is 2, etc. */
  limit?: long
}

export interface IndicesMappingLimitSettingsDimensionFields {
  /** [preview] This functionality is in technical preview and may be changed or removed in a future release. Elastic will work to fix any issues, but features in technical preview are not subject to the support SLA of official GA features. */
  limit?: long
}

export interface IndicesMappingLimitSettingsFieldNameLength {
  /** Setting for the maximum length of a field name. This setting isn’t really something that addresses mappings explosion but might still be useful if you want to limit the field length. It usually shouldn’t be necessary to set this setting. The default is okay unless a user starts to add a huge number of fields with really long names. Default is `Long.MAX_VALUE` (no limit). */
  limit?: long
}

export interface IndicesMappingLimitSettingsNestedFields {
  /** The maximum number of distinct nested mappings in an index. The nested type should only be used in special cases, when arrays of objects need to be queried independently of each other. To safeguard against poorly designed mappings, this setting limits the number of unique nested types per index. */
  limit?: long
}

export interface IndicesMappingLimitSettingsNestedObjects {
  /** The maximum number of nested JSON objects that a single document can contain across all nested types. This limit helps to prevent out of memory errors when a document contains too many nested objects. */
  limit?: long
}

export interface IndicesMappingLimitSettingsSourceFields {
  mode: IndicesSourceMode
}

export interface IndicesMappingLimitSettingsTotalFields {
  /** The maximum number of fields in an index. Field and object mappings, as well as field aliases count towards this limit. The limit is in place to prevent mappings and searches from becoming too large. Higher values can lead to performance degradations and memory issues, especially in clusters with a high load or few resources. */
  limit?: long | string
  /** This setting determines what happens when a dynamically mapped field would exceed the total fields limit. When set to false (the default), the index request of the document that tries to add a dynamic field to the mapping will fail with the message Limit of total fields [X] has been exceeded. When set to true, the index request will not fail. Instead, fields that would exceed the limit are not added to the mapping, similar to dynamic: false. The fields that were not added to the mapping will be added to the _ignored field. */
  ignore_dynamic_beyond_limit?: boolean | string
}

export interface IndicesMerge {
  scheduler?: IndicesMergeScheduler
}

export interface IndicesMergeScheduler {
  max_thread_count?: SpecUtilsStringified<integer>
  max_merge_count?: SpecUtilsStringified<integer>
}

export interface IndicesMigrateReindexMigrateReindex {
  /** Reindex mode. Currently only 'upgrade' is supported. */
  mode: IndicesMigrateReindexModeEnum
  /** The source index or data stream (only data streams are currently supported). */
  source: IndicesMigrateReindexSourceIndex
}

export type IndicesMigrateReindexModeEnum = 'upgrade'

/** Request of `indices.migrate_reindex`. */
export interface IndicesMigrateReindexRequest extends RequestBase {
  reindex: IndicesMigrateReindexMigrateReindex
}

export type IndicesMigrateReindexResponse = AcknowledgedResponseBase

export interface IndicesMigrateReindexSourceIndex {
  index: IndexName
}

/** Request of `indices.migrate_to_data_stream`. */
export interface IndicesMigrateToDataStreamRequest extends RequestBase {
  /** Name of the index alias to convert to a data stream. */
  name: IndexName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IndicesMigrateToDataStreamResponse = AcknowledgedResponseBase

export interface IndicesModifyDataStreamAction {
  /** Adds an existing index as a backing index for a data stream. The index is hidden as part of this operation. WARNING: Adding indices with the `add_backing_index` action can potentially result in improper data stream behavior. This should be considered an expert level API. */
  add_backing_index?: IndicesModifyDataStreamIndexAndDataStreamAction
  /** Removes a backing index from a data stream. The index is unhidden as part of this operation. A data stream’s write index cannot be removed. */
  remove_backing_index?: IndicesModifyDataStreamIndexAndDataStreamAction
  /** Deletes a backing index from a data stream. A data stream’s write index cannot be deleted because it is the write index. */
  delete_backing_index?: IndicesModifyDataStreamIndexAndDataStreamAction
}

export interface IndicesModifyDataStreamIndexAndDataStreamAction {
  /** Data stream targeted by the action. */
  data_stream: DataStreamName
  /** Index for the action. */
  index: IndexName
}

/** Request of `indices.modify_data_stream`. */
export interface IndicesModifyDataStreamRequest extends RequestBase {
  /** Actions to perform. */
  actions: IndicesModifyDataStreamAction[]
}

export type IndicesModifyDataStreamResponse = AcknowledgedResponseBase

export interface IndicesNumericFielddata {
  format: IndicesNumericFielddataFormat
}

export type IndicesNumericFielddataFormat = 'array' | 'disabled'

/** Request of `indices.open`. */
export interface IndicesOpenRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). By default, you must explicitly name the indices you using to limit the request. To limit a request using `_all`, `*`, or other wildcard expressions, change the `action.destructive_requires_name` setting to false. You can update this setting in the `elasticsearch.yml` file or using the cluster update settings API. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
}

export interface IndicesOpenResponse {
  acknowledged: boolean
  shards_acknowledged: boolean
}

/** Request of `indices.promote_data_stream`. */
export interface IndicesPromoteDataStreamRequest extends RequestBase {
  /** The name of the data stream to promote */
  name: IndexName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type IndicesPromoteDataStreamResponse = any

/** Request of `indices.put_alias`. */
export interface IndicesPutAliasRequest extends RequestBase {
  /** Comma-separated list of data streams or indices to add. Supports wildcards (`*`). Wildcard patterns that match both data streams and indices return an error. */
  index: Indices
  /** Alias to update. If the alias doesn’t exist, the request creates it. Index alias names support date math. */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Query used to limit documents the alias can access. */
  filter?: QueryDslQueryContainer
  /** Value used to route indexing operations to a specific shard. If specified, this overwrites the `routing` value for indexing operations. Data stream aliases don’t support this parameter. */
  index_routing?: string
  /** If `true`, sets the write index or data stream for the alias. If an alias points to multiple indices or data streams and `is_write_index` isn’t set, the alias rejects write requests. If an index alias points to one index and `is_write_index` isn’t set, the index automatically acts as the write index. Data stream aliases don’t automatically set a write data stream, even if the alias points to one data stream. */
  is_write_index?: boolean
  /** Value used to route indexing and search operations to a specific shard. Data stream aliases don’t support this parameter. */
  routing?: string
  /** Value used to route search operations to a specific shard. If specified, this overwrites the `routing` value for search operations. Data stream aliases don’t support this parameter. */
  search_routing?: string
}

export type IndicesPutAliasResponse = AcknowledgedResponseBase

/** Request of `indices.put_data_lifecycle`. */
export interface IndicesPutDataLifecycleRequest extends RequestBase {
  /** Comma-separated list of data streams used to limit the request. Supports wildcards (`*`). To target all data streams use `*` or `_all`. */
  name: DataStreamNames
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** If defined, every document added to this data stream will be stored at least for this time frame. Any time after this duration the document could be deleted. When empty, every document in this data stream will be stored indefinitely. */
  data_retention?: Duration
  /** The downsampling configuration to execute for the managed backing index after rollover. */
  downsampling?: IndicesDownsamplingRound[]
  /** The method used to downsample the data. There are two options `aggregate` and `last_value`. It requires `downsampling` to be defined. Defaults to `aggregate`. */
  downsampling_method?: IndicesSamplingMethod
  /** If defined, it turns data stream lifecycle on/off (`true`/`false`) for this data stream. A data stream lifecycle that's disabled (enabled: `false`) will have no effect on the data stream. */
  enabled?: boolean
}

export type IndicesPutDataLifecycleResponse = AcknowledgedResponseBase

/** Request of `indices.put_data_stream_mappings`. */
export interface IndicesPutDataStreamMappingsRequest extends RequestBase {
  /** A comma-separated list of data streams or data stream patterns. */
  name: Indices
  /** If `true`, the request does not actually change the mappings on any data streams. Instead, it simulates changing the settings and reports back to the user what would have happened had these settings actually been applied. */
  dry_run?: boolean
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  mappings: MappingTypeMapping
}

export interface IndicesPutDataStreamMappingsResponse {
  data_streams: IndicesPutDataStreamMappingsUpdatedDataStreamMappings[]
}

export interface IndicesPutDataStreamMappingsUpdatedDataStreamMappings {
  /** The data stream name. */
  name: IndexName
  /** If the mappings were successfully applied to the data stream (or would have been, if running in `dry_run` mode), it is `true`. If an error occurred, it is `false`. */
  applied_to_data_stream: boolean
  /** A message explaining why the mappings could not be applied to the data stream. */
  error?: string
  /** The mappings that are specfic to this data stream that will override any mappings from the matching index template. */
  mappings?: MappingTypeMapping
  /** The mappings that are effective on this data stream, taking into account the mappings from the matching index template and the mappings specific to this data stream. */
  effective_mappings?: MappingTypeMapping
}

/** Request of `indices.put_data_stream_options`. */
export interface IndicesPutDataStreamOptionsRequest extends RequestBase {
  /** Comma-separated list of data streams used to limit the request. Supports wildcards (`*`). To target all data streams use `*` or `_all`. */
  name: DataStreamNames
  /** Type of data stream that wildcard patterns can match. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** If defined, it will update the failure store configuration of every data stream resolved by the name expression. */
  failure_store?: IndicesDataStreamFailureStore
}

export type IndicesPutDataStreamOptionsResponse = AcknowledgedResponseBase

export interface IndicesPutDataStreamSettingsDataStreamSettingsError {
  index: IndexName
  /** A message explaining why the settings could not be applied to specific indices. */
  error: string
}

export interface IndicesPutDataStreamSettingsIndexSettingResults {
  /** The list of settings that were applied to the data stream but not to backing indices. These will be applied to the write index the next time the data stream is rolled over. */
  applied_to_data_stream_only: string[]
  /** The list of settings that were applied to the data stream and to all of its backing indices. These settings will also be applied to the write index the next time the data stream is rolled over. */
  applied_to_data_stream_and_backing_indices: string[]
  errors?: IndicesPutDataStreamSettingsDataStreamSettingsError[]
}

/** Request of `indices.put_data_stream_settings`. */
export interface IndicesPutDataStreamSettingsRequest extends RequestBase {
  /** A comma-separated list of data streams or data stream patterns. */
  name: Indices
  /** If `true`, the request does not actually change the settings on any data streams or indices. Instead, it simulates changing the settings and reports back to the user what would have happened had these settings actually been applied. */
  dry_run?: boolean
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  settings: IndicesIndexSettings
}

export interface IndicesPutDataStreamSettingsResponse {
  data_streams: IndicesPutDataStreamSettingsUpdatedDataStreamSettings[]
}

export interface IndicesPutDataStreamSettingsUpdatedDataStreamSettings {
  /** The data stream name. */
  name: IndexName
  /** If the settings were successfully applied to the data stream (or would have been, if running in `dry_run` mode), it is `true`. If an error occurred, it is `false`. */
  applied_to_data_stream: boolean
  /** A message explaining why the settings could not be applied to the data stream. */
  error?: string
  /** The settings that are specfic to this data stream that will override any settings from the matching index template. */
  settings: IndicesIndexSettings
  /** The settings that are effective on this data stream, taking into account the settings from the matching index template and the settings specific to this data stream. */
  effective_settings: IndicesIndexSettings
  /** Information about whether and where each setting was applied. */
  index_settings_results: IndicesPutDataStreamSettingsIndexSettingResults
}

export interface IndicesPutIndexTemplateIndexTemplateMapping {
  /** Aliases to add. If the index template includes a `data_stream` object, these are data stream aliases. Otherwise, these are index aliases. Data stream aliases ignore the `index_routing`, `routing`, and `search_routing` options. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Mapping for fields in the index. If specified, this mapping can include field names, field data types, and mapping parameters. */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. */
  settings?: IndicesIndexSettings
  lifecycle?: IndicesDataStreamLifecycle
  data_stream_options?: IndicesDataStreamOptionsTemplate | null
}

/** Request of `indices.put_index_template`. */
export interface IndicesPutIndexTemplateRequest extends RequestBase {
  /** Index or template name */
  name: Name
  /** If `true`, this request cannot replace or update existing index templates. */
  create?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** User defined reason for creating or updating the index template */
  cause?: string
  /** Array of wildcard (`*`) expressions used to match the names of data streams and indices during creation. */
  index_patterns?: Indices
  /** An ordered list of component template names. Component templates are merged in the order specified, meaning that the last component template specified has the highest precedence. */
  composed_of?: Name[]
  /** Template to be applied. It may optionally include an `aliases`, `mappings`, or `settings` configuration. */
  template?: IndicesPutIndexTemplateIndexTemplateMapping
  /** If this object is included, the template is used to create data streams and their backing indices. Supports an empty object. Data streams require a matching index template with a `data_stream` object. */
  data_stream?: IndicesDataStreamVisibility
  /** Priority to determine index template precedence when a new data stream or index is created. The index template with the highest priority is chosen. If no priority is specified the template is treated as though it is of priority 0 (lowest priority). This number is not automatically generated by Elasticsearch. */
  priority?: long
  /** Version number used to manage index templates externally. This number is not automatically generated by Elasticsearch. External systems can use these version numbers to simplify template management. To unset a version, replace the template without specifying one. */
  version?: VersionNumber
  /** Optional user metadata about the index template. It may have any contents. It is not automatically generated or used by Elasticsearch. This user-defined object is stored in the cluster state, so keeping it short is preferable To unset the metadata, replace the template without specifying it. */
  _meta?: Metadata
  /** This setting overrides the value of the `action.auto_create_index` cluster setting. If set to `true` in a template, then indices can be automatically created using that template even if auto-creation of indices is disabled via `actions.auto_create_index`. If set to `false`, then indices or data streams matching the template must always be explicitly created, and may never be automatically created. */
  allow_auto_create?: boolean
  /** The configuration option ignore_missing_component_templates can be used when an index template references a component template that might not exist */
  ignore_missing_component_templates?: string[]
  /** Marks this index template as deprecated. When creating or updating a non-deprecated index template that uses deprecated components, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
}

export type IndicesPutIndexTemplateResponse = AcknowledgedResponseBase

/** Request of `indices.put_mapping`. */
export interface IndicesPutMappingRequest extends RequestBase {
  /** A comma-separated list of index names the mapping should be added to (supports wildcards). Use `_all` or omit to add the mapping on all indices. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** If `true`, the mappings are applied only to the current write index for the target. */
  write_index_only?: boolean
  /** Controls whether dynamic date detection is enabled. */
  date_detection?: boolean
  /** Controls whether new fields are added dynamically. */
  dynamic?: MappingDynamicMapping
  /** If date detection is enabled then new string fields are checked against 'dynamic_date_formats' and if the value matches then a new date field is added instead of string. */
  dynamic_date_formats?: string[]
  /** Specify dynamic templates for the mapping. */
  dynamic_templates?: Partial<Record<string, MappingDynamicTemplate>>[]
  /** Control whether field names are enabled for the index. */
  _field_names?: MappingFieldNamesField
  /** A mapping type can have custom meta data associated with it. These are not used at all by Elasticsearch, but can be used to store application-specific metadata. */
  _meta?: Metadata
  /** Automatically map strings into numeric data types for all fields. */
  numeric_detection?: boolean
  /** Mapping for a field. For new fields, this mapping can include: */
  properties?: Record<PropertyName, MappingProperty>
  /** Enable making a routing value required on indexed documents. */
  _routing?: MappingRoutingField
  /** Control whether the _source field is enabled on the index. */
  _source?: MappingSourceField
  /** Mapping of runtime fields for the index. */
  runtime?: MappingRuntimeFields
}

export type IndicesPutMappingResponse = IndicesResponseBase

/** Request of `indices.put_settings`. */
export interface IndicesPutSettingsRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** If `true`, existing index settings remain unchanged. */
  preserve_existing?: boolean
  /** Whether to close and reopen the index to apply non-dynamic settings. If set to `true` the indices to which the settings are being applied will be closed temporarily and then reopened in order to apply the changes. */
  reopen?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  settings: IndicesIndexSettings
}

export type IndicesPutSettingsResponse = AcknowledgedResponseBase

/**
 * Request of `indices.put_template`.
 * @deprecated 7.8.0:
 */
export interface IndicesPutTemplateRequest extends RequestBase {
  /** The name of the template */
  name: Name
  /** If true, this request cannot replace or update existing index templates. */
  create?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Order in which Elasticsearch applies this template if index matches multiple templates. */
  order?: integer
  /** User defined reason for creating or updating the index template */
  cause?: string
  /** Aliases for the index. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Array of wildcard expressions used to match the names of indices during creation. */
  index_patterns?: string | string[]
  /** Mapping for fields in the index. */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. */
  settings?: IndicesIndexSettings
  /** Version number used to manage index templates externally. This number is not automatically generated by Elasticsearch. To unset a version, replace the template without specifying one. */
  version?: VersionNumber
}

export type IndicesPutTemplateResponse = AcknowledgedResponseBase

export interface IndicesQueries {
  cache?: IndicesCacheQueries
}

export interface IndicesRecoveryFileDetails {
  length: long
  name: string
  recovered: long
}

export interface IndicesRecoveryRecoveryBytes {
  percent: Percentage
  recovered?: ByteSize
  recovered_in_bytes: ByteSize
  recovered_from_snapshot?: ByteSize
  recovered_from_snapshot_in_bytes?: ByteSize
  reused?: ByteSize
  reused_in_bytes: ByteSize
  total?: ByteSize
  total_in_bytes: ByteSize
}

export interface IndicesRecoveryRecoveryFiles {
  details?: IndicesRecoveryFileDetails[]
  percent: Percentage
  recovered: long
  reused: long
  total: long
}

export interface IndicesRecoveryRecoveryIndexStatus {
  bytes?: IndicesRecoveryRecoveryBytes
  files: IndicesRecoveryRecoveryFiles
  size: IndicesRecoveryRecoveryBytes
  source_throttle_time?: Duration
  source_throttle_time_in_millis: DurationValue<UnitMillis>
  target_throttle_time?: Duration
  target_throttle_time_in_millis: DurationValue<UnitMillis>
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export interface IndicesRecoveryRecoveryOrigin {
  hostname?: string
  host?: Host
  transport_address?: TransportAddress
  id?: Id
  ip?: Ip
  name?: Name
  bootstrap_new_history_uuid?: boolean
  repository?: Name
  snapshot?: Name
  version?: VersionString
  restoreUUID?: Uuid
  index?: IndexName
}

export type IndicesRecoveryRecoveryStage = 'INIT' | 'INDEX' | 'VERIFY_INDEX' | 'TRANSLOG' | 'FINALIZE' | 'DONE'

export interface IndicesRecoveryRecoveryStartStatus {
  check_index_time?: Duration
  check_index_time_in_millis: DurationValue<UnitMillis>
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export interface IndicesRecoveryRecoveryStatus {
  shards: IndicesRecoveryShardRecovery[]
}

export type IndicesRecoveryRecoveryType = 'EMPTY_STORE' | 'EXISTING_STORE' | 'LOCAL_SHARDS' | 'PEER' | 'SNAPSHOT'

/** Request of `indices.recovery`. */
export interface IndicesRecoveryRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** If `true`, the response only includes ongoing shard recoveries. */
  active_only?: boolean
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
}

export type IndicesRecoveryResponse = Record<IndexName, IndicesRecoveryRecoveryStatus>

export interface IndicesRecoveryShardRecovery {
  id: long
  index: IndicesRecoveryRecoveryIndexStatus
  primary: boolean
  source: IndicesRecoveryRecoveryOrigin
  /** The recovery stage. */
  stage: IndicesRecoveryRecoveryStage
  start?: IndicesRecoveryRecoveryStartStatus
  start_time?: DateTime
  start_time_in_millis: EpochTime<UnitMillis>
  stop_time?: DateTime
  stop_time_in_millis?: EpochTime<UnitMillis>
  target: IndicesRecoveryRecoveryOrigin
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
  translog: IndicesRecoveryTranslogStatus
  /** The recovery source type. */
  type: IndicesRecoveryRecoveryType
  verify_index: IndicesRecoveryVerifyIndex
}

export interface IndicesRecoveryTranslogStatus {
  percent: Percentage
  recovered: long
  total: long
  total_on_start: long
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export interface IndicesRecoveryVerifyIndex {
  check_index_time?: Duration
  check_index_time_in_millis: DurationValue<UnitMillis>
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

/** Request of `indices.refresh`. */
export interface IndicesRefreshRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
}

export type IndicesRefreshResponse = ShardsOperationResponseBase

export interface IndicesReloadSearchAnalyzersReloadDetails {
  index: string
  reloaded_analyzers: string[]
  reloaded_node_ids: string[]
}

export interface IndicesReloadSearchAnalyzersReloadResult {
  reload_details: IndicesReloadSearchAnalyzersReloadDetails[]
  _shards: ShardStatistics
}

/** Request of `indices.reload_search_analyzers`. */
export interface IndicesReloadSearchAnalyzersRequest extends RequestBase {
  /** A comma-separated list of index names to reload analyzers for */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Whether to expand wildcard expression to concrete indices that are open, closed or both. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Changed resource to reload analyzers from if applicable */
  resource?: string
}

export type IndicesReloadSearchAnalyzersResponse = IndicesReloadSearchAnalyzersReloadResult

export interface IndicesRemoveBlockRemoveIndicesBlockStatus {
  name: IndexName
  unblocked?: boolean
  exception?: ErrorCause
}

/** Request of `indices.remove_block`. */
export interface IndicesRemoveBlockRequest extends RequestBase {
  /** A comma-separated list or wildcard expression of index names used to limit the request. By default, you must explicitly name the indices you are removing blocks from. To allow the removal of blocks from indices with `_all`, `*`, or other wildcard expressions, change the `action.destructive_requires_name` setting to `false`. You can update this setting in the `elasticsearch.yml` file or by using the cluster update settings API. */
  index: Indices
  /** The block type to remove from the index. */
  block: IndicesIndicesBlockOptions
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. It can also be set to `-1` to indicate that the request should never timeout. */
  timeout?: Duration
}

export interface IndicesRemoveBlockResponse {
  acknowledged: boolean
  indices: IndicesRemoveBlockRemoveIndicesBlockStatus[]
}

/** Request of `indices.resolve_cluster`. */
export interface IndicesResolveClusterRequest extends RequestBase {
  /** A comma-separated list of names or index patterns for the indices, aliases, and data streams to resolve. Resources on remote clusters can be specified using the `<cluster>`:`<name>` syntax. Index and cluster exclusions (e.g., `-cluster1:*`) are also supported. If no index expression is specified, information about all remote clusters configured on the local cluster is returned without doing any index matching */
  name?: Names
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. NOTE: This option is only supported when specifying an index expression. You will get an error if you specify index options to the `_resolve/cluster` API endpoint that takes no index expression. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. NOTE: This option is only supported when specifying an index expression. You will get an error if you specify index options to the `_resolve/cluster` API endpoint that takes no index expression. */
  expand_wildcards?: ExpandWildcards
  /**
   * If true, concrete, expanded, or aliased indices are ignored when frozen. NOTE: This option is only supported when specifying an index expression. You will get an error if you specify index options to the `_resolve/cluster` API endpoint that takes no index expression.
   * @deprecated 7.16.0:
   */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. NOTE: This option is only supported when specifying an index expression. You will get an error if you specify index options to the `_resolve/cluster` API endpoint that takes no index expression. */
  ignore_unavailable?: boolean
  /** The maximum time to wait for remote clusters to respond. If a remote cluster does not respond within this timeout period, the API response will show the cluster as not connected and include an error message that the request timed out. */
  timeout?: Duration
}

/** Provides information about each cluster request relevant to doing a cross-cluster search. */
export interface IndicesResolveClusterResolveClusterInfo {
  /** Whether the remote cluster is connected to the local (querying) cluster. */
  connected: boolean
  /** The `skip_unavailable` setting for a remote cluster. */
  skip_unavailable: boolean
  /** Whether the index expression provided in the request matches any indices, aliases or data streams on the cluster. */
  matching_indices?: boolean
  /** Provides error messages that are likely to occur if you do a search with this index expression on the specified cluster (for example, lack of security privileges to query an index). */
  error?: string
  /** Provides version information about the cluster. */
  version?: ElasticsearchVersionMinInfo
}

export type IndicesResolveClusterResponse = Record<ClusterAlias, IndicesResolveClusterResolveClusterInfo>

/** Request of `indices.resolve_index`. */
export interface IndicesResolveIndexRequest extends RequestBase {
  /** Comma-separated name(s) or index pattern(s) of the indices, aliases, and data streams to resolve. Resources on remote clusters can be specified using the `<cluster>`:`<name>` syntax. */
  name: Names
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Filter indices by index mode - standard, lookup, time_series, etc. Comma-separated list of IndexMode. Empty means no filter. */
  mode?: IndicesIndexMode | IndicesIndexMode[]
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface IndicesResolveIndexResolveIndexAliasItem {
  name: Name
  indices: Indices
}

export interface IndicesResolveIndexResolveIndexDataStreamsItem {
  name: DataStreamName
  timestamp_field: Field
  backing_indices: Indices
}

export interface IndicesResolveIndexResolveIndexItem {
  name: Name
  aliases?: string[]
  attributes: string[]
  data_stream?: DataStreamName
  mode?: IndicesIndexMode
}

export interface IndicesResolveIndexResponse {
  indices: IndicesResolveIndexResolveIndexItem[]
  aliases: IndicesResolveIndexResolveIndexAliasItem[]
  data_streams: IndicesResolveIndexResolveIndexDataStreamsItem[]
}

export interface IndicesRetentionLease {
  period: Duration
}

export type IndicesRetentionSource = 'data_stream_configuration' | 'default_global_retention' | 'max_global_retention' | 'default_failures_retention'

/** Request of `indices.rollover`. */
export interface IndicesRolloverRequest extends RequestBase {
  /** Name of the data stream or index alias to roll over. */
  alias: IndexAlias
  /** Name of the index to create. Supports date math. Data streams do not support this parameter. */
  new_index?: IndexName
  /** If `true`, checks whether the current index satisfies the specified conditions but does not perform a rollover. */
  dry_run?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to all or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
  /** If set to true, the rollover action will only mark a data stream to signal that it needs to be rolled over at the next write. Only allowed on data streams. */
  lazy?: boolean
  /** Aliases for the target index. Data streams do not support this parameter. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Conditions for the rollover. If specified, Elasticsearch only performs the rollover if the current index satisfies these conditions. If this parameter is not specified, Elasticsearch performs the rollover unconditionally. If conditions are specified, at least one of them must be a `max_*` condition. The index will rollover if any `max_*` condition is satisfied and all `min_*` conditions are satisfied. */
  conditions?: IndicesRolloverRolloverConditions
  /** Mapping for fields in the index. If specified, this mapping can include field names, field data types, and mapping paramaters. */
  mappings?: MappingTypeMapping
  /** Configuration options for the index. Data streams do not support this parameter. */
  settings?: Record<string, any>
}

export interface IndicesRolloverResponse {
  acknowledged: boolean
  conditions: Record<string, boolean>
  dry_run: boolean
  new_index: string
  old_index: string
  rolled_over: boolean
  shards_acknowledged: boolean
}

export interface IndicesRolloverRolloverConditions {
  min_age?: Duration
  max_age?: Duration
  max_age_millis?: DurationValue<UnitMillis>
  min_docs?: long
  max_docs?: long
  /**
   * The `max_size` condition has been deprecated in 9.3.0 and `max_primary_shard_size` should be used instead
   * @deprecated 9.3.0:
   */
  max_size?: ByteSize
  max_size_bytes?: long
  min_size?: ByteSize
  min_size_bytes?: long
  max_primary_shard_size?: ByteSize
  max_primary_shard_size_bytes?: long
  min_primary_shard_size?: ByteSize
  min_primary_shard_size_bytes?: long
  max_primary_shard_docs?: long
  min_primary_shard_docs?: long
}

export type IndicesSamplingMethod = 'aggregate' | 'last_value'

export interface IndicesSearchIdle {
  after?: Duration
}

export type IndicesSegmentSortMissing = '_last' | '_first'

export type IndicesSegmentSortMode = 'min' | 'MIN' | 'max' | 'MAX'

export type IndicesSegmentSortOrder = 'asc' | 'ASC' | 'desc' | 'DESC'

export interface IndicesSegmentsIndexSegment {
  shards: Record<string, IndicesSegmentsShardsSegment | IndicesSegmentsShardsSegment[]>
}

/** Request of `indices.segments`. */
export interface IndicesSegmentsRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
}

export interface IndicesSegmentsResponse {
  indices: Record<string, IndicesSegmentsIndexSegment>
  _shards: ShardStatistics
}

export interface IndicesSegmentsSegment {
  /** Contains information about whether high compression was enabled and per-field vector formats. */
  attributes: Record<string, string>
  /** If `true`, the segment is synced to disk. Segments that are synced can survive a hard reboot. If `false`, the data from uncommitted segments is also stored in the transaction log so that Elasticsearch is able to replay changes on the next start. */
  committed: boolean
  /** If `true`, Lucene merged all files from the segment into a single file to save file descriptors. */
  compound: boolean
  /** The number of deleted documents as reported by Lucene, which may be higher or lower than the number of delete operations you have performed. This number excludes deletes that were performed recently and do not yet belong to a segment. Deleted documents are cleaned up by the automatic merge process if it makes sense to do so. Also, Elasticsearch creates extra deleted documents to internally track the recent history of operations on a shard. */
  deleted_docs: long
  /** Generation number, such as `0`. Elasticsearch increments this generation number for each segment written then uses this number to derive the segment name. */
  generation: integer
  /** If `true`, the segment is searchable. If `false`, the segment has most likely been written to disk but needs a refresh to be searchable. */
  search: boolean
  /** Disk space used by the segment, in bytes. */
  size_in_bytes: double
  /** The number of documents as reported by Lucene. This excludes deleted documents and counts any nested documents separately from their parents. It also excludes documents which were indexed recently and do not yet belong to a segment. */
  num_docs: long
  /** Version of Lucene used to write the segment. */
  version: VersionString
}

export interface IndicesSegmentsShardSegmentRouting {
  /** The node ID of the node that holds the shard. */
  node: string
  /** If `true`, the shard is a primary shard. */
  primary: boolean
  /** The state of the shard, such as `STARTED` or `RELOCATING`. */
  state: string
}

export interface IndicesSegmentsShardsSegment {
  num_committed_segments: integer
  routing: IndicesSegmentsShardSegmentRouting
  num_search_segments: integer
  segments: Record<string, IndicesSegmentsSegment>
}

export interface IndicesSettingsAnalyze {
  max_token_count?: SpecUtilsStringified<integer>
}

export interface IndicesSettingsHighlight {
  max_analyzed_offset?: integer
}

export interface IndicesSettingsQueryString {
  lenient: SpecUtilsStringified<boolean>
}

export interface IndicesSettingsSearch {
  idle?: IndicesSearchIdle
  slowlog?: IndicesSlowlogSettings
}

export type IndicesSettingsSimilarity = IndicesSettingsSimilarityBm25 | IndicesSettingsSimilarityBoolean | IndicesSettingsSimilarityDfi | IndicesSettingsSimilarityDfr | IndicesSettingsSimilarityIb | IndicesSettingsSimilarityLmd | IndicesSettingsSimilarityLmj | IndicesSettingsSimilarityScripted

export interface IndicesSettingsSimilarityBm25 {
  type: 'BM25'
  b?: double
  discount_overlaps?: boolean
  k1?: double
}

export interface IndicesSettingsSimilarityBoolean {
  type: 'boolean'
}

export interface IndicesSettingsSimilarityDfi {
  type: 'DFI'
  independence_measure: DFIIndependenceMeasure
}

export interface IndicesSettingsSimilarityDfr {
  type: 'DFR'
  after_effect: DFRAfterEffect
  basic_model: DFRBasicModel
  normalization: Normalization
}

export interface IndicesSettingsSimilarityIb {
  type: 'IB'
  distribution: IBDistribution
  lambda: IBLambda
  normalization: Normalization
}

export interface IndicesSettingsSimilarityLmd {
  type: 'LMDirichlet'
  mu?: double
}

export interface IndicesSettingsSimilarityLmj {
  type: 'LMJelinekMercer'
  lambda?: double
}

export interface IndicesSettingsSimilarityScripted {
  type: 'scripted'
  script: Script | ScriptSource
  weight_script?: Script | ScriptSource
}

export interface IndicesShardStoresIndicesShardStores {
  shards: Record<string, IndicesShardStoresShardStoreWrapper>
}

/** Request of `indices.shard_stores`. */
export interface IndicesShardStoresRequest extends RequestBase {
  /** List of data streams, indices, and aliases used to limit the request. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** List of shard health statuses used to limit the request. */
  status?: IndicesShardStoresShardStoreStatus | IndicesShardStoresShardStoreStatus[]
}

export interface IndicesShardStoresResponse {
  indices: Record<IndexName, IndicesShardStoresIndicesShardStores>
}

export interface IndicesShardStoresShardStoreKeys {
  /** The status of the store copy, whether it is used as a primary, replica, or not used at all. */
  allocation: IndicesShardStoresShardStoreAllocation
  /** The allocation ID of the store copy. */
  allocation_id?: Id
  /** Any exception encountered while opening the shard index or from an earlier engine failure. */
  store_exception?: IndicesShardStoresShardStoreException
}
export type IndicesShardStoresShardStore = IndicesShardStoresShardStoreKeys & { [property: string]: IndicesShardStoresShardStoreNode | IndicesShardStoresShardStoreAllocation | Id | IndicesShardStoresShardStoreException }

export type IndicesShardStoresShardStoreAllocation = 'primary' | 'replica' | 'unused'

export interface IndicesShardStoresShardStoreException {
  reason: string
  type: string
}

export interface IndicesShardStoresShardStoreNode {
  attributes: Record<string, string>
  ephemeral_id?: string
  external_id?: string
  name: Name
  roles: string[]
  transport_address: TransportAddress
}

export type IndicesShardStoresShardStoreStatus = 'green' | 'yellow' | 'red' | 'all'

export interface IndicesShardStoresShardStoreWrapper {
  stores: IndicesShardStoresShardStore[]
}

/** Request of `indices.shrink`. */
export interface IndicesShrinkRequest extends RequestBase {
  /** Name of the source index to shrink. */
  index: IndexName
  /** Name of the target index to create. */
  target: IndexName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
  /** The key is the alias name. Index alias names support date math. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Configuration options for the target index. */
  settings?: Record<string, any>
}

export interface IndicesShrinkResponse {
  acknowledged: boolean
  shards_acknowledged: boolean
  index: IndexName
}

/** Request of `indices.simulate_index_template`. */
export interface IndicesSimulateIndexTemplateRequest extends RequestBase {
  /** Name of the index to simulate */
  name: Name
  /** Whether the index template we optionally defined in the body should only be dry-run added if new or can also replace an existing one */
  create?: boolean
  /** User defined reason for dry-run creating the new template for simulation purposes */
  cause?: string
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** If true, returns all relevant default configurations for the index template. */
  include_defaults?: boolean
  index_template?: IndicesIndexTemplate
}

export interface IndicesSimulateIndexTemplateResponse {
  overlapping?: IndicesSimulateTemplateOverlapping[]
  template: IndicesSimulateTemplateTemplate
}

export interface IndicesSimulateTemplateOverlapping {
  name: Name
  index_patterns: string[]
}

/** Request of `indices.simulate_template`. */
export interface IndicesSimulateTemplateRequest extends RequestBase {
  /** Name of the index template to simulate. To test a template configuration before you add it to the cluster, omit this parameter and specify the template configuration in the request body. */
  name?: Name
  /** If true, the template passed in the body is only used if no existing templates match the same index patterns. If false, the simulation uses the template with the highest priority. Note that the template is not permanently added or updated in either case; it is only used for the simulation. */
  create?: boolean
  /** User defined reason for dry-run creating the new template for simulation purposes */
  cause?: string
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** If true, returns all relevant default configurations for the index template. */
  include_defaults?: boolean
  /** This setting overrides the value of the `action.auto_create_index` cluster setting. If set to `true` in a template, then indices can be automatically created using that template even if auto-creation of indices is disabled via `actions.auto_create_index`. If set to `false`, then indices or data streams matching the template must always be explicitly created, and may never be automatically created. */
  allow_auto_create?: boolean
  /** Array of wildcard (`*`) expressions used to match the names of data streams and indices during creation. */
  index_patterns?: Indices
  /** An ordered list of component template names. Component templates are merged in the order specified, meaning that the last component template specified has the highest precedence. */
  composed_of?: Name[]
  /** Template to be applied. It may optionally include an `aliases`, `mappings`, or `settings` configuration. */
  template?: IndicesPutIndexTemplateIndexTemplateMapping
  /** If this object is included, the template is used to create data streams and their backing indices. Supports an empty object. Data streams require a matching index template with a `data_stream` object. */
  data_stream?: IndicesDataStreamVisibility
  /** Priority to determine index template precedence when a new data stream or index is created. The index template with the highest priority is chosen. If no priority is specified the template is treated as though it is of priority 0 (lowest priority). This number is not automatically generated by Elasticsearch. */
  priority?: long
  /** Version number used to manage index templates externally. This number is not automatically generated by Elasticsearch. */
  version?: VersionNumber
  /** Optional user metadata about the index template. May have any contents. This map is not automatically generated by Elasticsearch. */
  _meta?: Metadata
  /** The configuration option ignore_missing_component_templates can be used when an index template references a component template that might not exist */
  ignore_missing_component_templates?: string[]
  /** Marks this index template as deprecated. When creating or updating a non-deprecated index template that uses deprecated components, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
}

export interface IndicesSimulateTemplateResponse {
  overlapping?: IndicesSimulateTemplateOverlapping[]
  template: IndicesSimulateTemplateTemplate
}

export interface IndicesSimulateTemplateTemplate {
  aliases: Record<IndexName, IndicesAlias>
  mappings: MappingTypeMapping
  settings: IndicesIndexSettings
}

export interface IndicesSlowlogSettings {
  level?: string
  source?: integer
  reformat?: boolean
  threshold?: IndicesSlowlogTresholds
}

export interface IndicesSlowlogTresholdLevels {
  warn?: Duration
  info?: Duration
  debug?: Duration
  trace?: Duration
}

export interface IndicesSlowlogTresholds {
  query?: IndicesSlowlogTresholdLevels
  fetch?: IndicesSlowlogTresholdLevels
}

export interface IndicesSoftDeletes {
  /** Indicates whether soft deletes are enabled on the index. */
  enabled?: boolean
  /** The maximum period to retain a shard history retention lease before it is considered expired. Shard history retention leases ensure that soft deletes are retained during merges on the Lucene index. If a soft delete is merged away before it can be replicated to a follower the following process will fail due to incomplete history on the leader. */
  retention_lease?: IndicesRetentionLease
}

export type IndicesSourceMode = 'disabled' | 'stored' | 'synthetic'

/** Request of `indices.split`. */
export interface IndicesSplitRequest extends RequestBase {
  /** Name of the source index to split. */
  index: IndexName
  /** Name of the target index to create. */
  target: IndexName
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). */
  wait_for_active_shards?: WaitForActiveShards
  /** Aliases for the resulting index. */
  aliases?: Record<IndexName, IndicesAlias>
  /** Configuration options for the target index. */
  settings?: Record<string, any>
}

export interface IndicesSplitResponse {
  acknowledged: boolean
  shards_acknowledged: boolean
  index: IndexName
}

export type IndicesStatsIndexMetadataState = 'open' | 'close'

export interface IndicesStatsIndexStats {
  /** Contains statistics about completions across all shards assigned to the node. */
  completion?: CompletionStats
  /** Contains statistics about documents across all primary shards assigned to the node. */
  docs?: DocStats
  /** Contains statistics about the field data cache across all shards assigned to the node. */
  fielddata?: FielddataStats
  /** Contains statistics about flush operations for the node. */
  flush?: FlushStats
  /** Contains statistics about get operations for the node. */
  get?: GetStats
  /** Contains statistics about indexing operations for the node. */
  indexing?: IndexingStats
  /** Contains statistics about indices operations for the node. */
  indices?: IndicesStatsIndicesStats
  /** Contains statistics about merge operations for the node. */
  merges?: MergesStats
  /** Contains statistics about the query cache across all shards assigned to the node. */
  query_cache?: QueryCacheStats
  /** Contains statistics about recovery operations for the node. */
  recovery?: RecoveryStats
  /** Contains statistics about refresh operations for the node. */
  refresh?: RefreshStats
  /** Contains statistics about the request cache across all shards assigned to the node. */
  request_cache?: RequestCacheStats
  /** Contains statistics about search operations for the node. */
  search?: SearchStats
  /** Contains statistics about segments across all shards assigned to the node. */
  segments?: SegmentsStats
  /** Contains statistics about the size of shards assigned to the node. */
  store?: StoreStats
  /** Contains statistics about transaction log operations for the node. */
  translog?: TranslogStats
  /** Contains statistics about index warming operations for the node. */
  warmer?: WarmerStats
  bulk?: BulkStats
  shard_stats?: IndicesStatsShardsTotalStats
}

export interface IndicesStatsIndicesStats {
  primaries?: IndicesStatsIndexStats
  shards?: Record<string, IndicesStatsShardStats[]>
  total?: IndicesStatsIndexStats
  uuid?: Uuid
  health?: HealthStatus
  status?: IndicesStatsIndexMetadataState
}

export interface IndicesStatsMappingStats {
  total_count: long
  total_estimated_overhead?: ByteSize
  total_estimated_overhead_in_bytes: long
  total_segments: long
  total_segment_fields: long
  average_fields_per_segment: long
}

/** Request of `indices.stats`. */
export interface IndicesStatsRequest extends RequestBase {
  /** Comma-separated list of metrics used to limit the request. */
  metric?: CommonStatsFlags
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: Indices
  /** Comma-separated list or wildcard expressions of fields to include in fielddata and suggest statistics. */
  completion_fields?: Fields
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Comma-separated list or wildcard expressions of fields to include in fielddata statistics. */
  fielddata_fields?: Fields
  /** Comma-separated list or wildcard expressions of fields to include in the statistics. */
  fields?: Fields
  /** If true, statistics are not collected from closed indices. */
  forbid_closed_indices?: boolean
  /** Comma-separated list of search groups to include in the search statistics. */
  groups?: string | string[]
  /** If true, the call reports the aggregated disk usage of each one of the Lucene index files (only applies if segment stats are requested). */
  include_segment_file_sizes?: boolean
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** Indicates whether statistics are aggregated at the cluster, indices, or shards level. */
  level?: Level
}

export interface IndicesStatsResponse {
  indices?: Record<string, IndicesStatsIndicesStats>
  _shards: ShardStatistics
  _all: IndicesStatsIndicesStats
}

export interface IndicesStatsShardCommit {
  generation: integer
  id: Id
  num_docs: long
  user_data: Record<string, string>
}

export interface IndicesStatsShardFileSizeInfo {
  description: string
  size_in_bytes: long
  min_size_in_bytes?: long
  max_size_in_bytes?: long
  average_size_in_bytes?: long
  count?: long
}

export interface IndicesStatsShardLease {
  id: Id
  retaining_seq_no: SequenceNumber
  timestamp: long
  source: string
}

export interface IndicesStatsShardPath {
  data_path: string
  is_custom_data_path: boolean
  state_path: string
}

export interface IndicesStatsShardQueryCache {
  cache_count: long
  cache_size: long
  evictions: long
  hit_count: long
  memory_size?: ByteSize
  memory_size_in_bytes: long
  miss_count: long
  total_count: long
}

export interface IndicesStatsShardRetentionLeases {
  primary_term: long
  version: VersionNumber
  leases: IndicesStatsShardLease[]
}

export interface IndicesStatsShardRouting {
  node: string
  primary: boolean
  relocating_node?: string | null
  state: IndicesStatsShardRoutingState
}

export type IndicesStatsShardRoutingState = 'UNASSIGNED' | 'INITIALIZING' | 'STARTED' | 'RELOCATING'

export interface IndicesStatsShardSequenceNumber {
  global_checkpoint: long
  local_checkpoint: long
  max_seq_no: SequenceNumber
}

export interface IndicesStatsShardStats {
  commit?: IndicesStatsShardCommit
  completion?: CompletionStats
  dense_vector?: ClusterStatsDenseVectorStats
  docs?: DocStats
  fielddata?: FielddataStats
  flush?: FlushStats
  get?: GetStats
  indexing?: IndexingStats
  mappings?: IndicesStatsMappingStats
  merges?: MergesStats
  shard_path?: IndicesStatsShardPath
  query_cache?: IndicesStatsShardQueryCache
  recovery?: RecoveryStats
  refresh?: RefreshStats
  request_cache?: RequestCacheStats
  retention_leases?: IndicesStatsShardRetentionLeases
  routing?: IndicesStatsShardRouting
  search?: SearchStats
  segments?: SegmentsStats
  seq_no?: IndicesStatsShardSequenceNumber
  sparse_vector?: ClusterStatsSparseVectorStats
  store?: StoreStats
  translog?: TranslogStats
  warmer?: WarmerStats
  bulk?: BulkStats
  shards?: Record<IndexName, any>
  shard_stats?: IndicesStatsShardsTotalStats
  indices?: Record<IndexName, IndicesStatsShardStats>
}

export interface IndicesStatsShardsTotalStats {
  total_count: long
}

export interface IndicesStorage {
  type: IndicesStorageType
  /** You can restrict the use of the mmapfs and the related hybridfs store type via the setting node.store.allow_mmap. This is a boolean setting indicating whether or not memory-mapping is allowed. The default is to allow it. This setting is useful, for example, if you are in an environment where you can not control the ability to create a lot of memory maps so you need disable the ability to use memory-mapping. */
  allow_mmap?: boolean
  /** How often store statistics are refreshed */
  stats_refresh_interval?: Duration
}

export type IndicesStorageType = 'fs' | 'niofs' | 'mmapfs' | 'hybridfs' | string

export interface IndicesTemplateMapping {
  aliases: Record<IndexName, IndicesAlias>
  index_patterns: Name[]
  mappings: MappingTypeMapping
  order: integer
  settings: Record<string, any>
  version?: VersionNumber
}

export interface IndicesTranslog {
  /** How often the translog is fsynced to disk and committed, regardless of write operations. Values less than 100ms are not allowed. */
  sync_interval?: Duration
  /** Whether or not to `fsync` and commit the translog after every index, delete, update, or bulk request. */
  durability?: IndicesTranslogDurability
  /** The translog stores all operations that are not yet safely persisted in Lucene (i.e., are not part of a Lucene commit point). Although these operations are available for reads, they will need to be replayed if the shard was stopped and had to be recovered. This setting controls the maximum total size of these operations, to prevent recoveries from taking too long. Once the maximum size has been reached a flush will happen, generating a new Lucene commit point. */
  flush_threshold_size?: ByteSize
  retention?: IndicesTranslogRetention
}

export type IndicesTranslogDurability = 'request' | 'REQUEST' | 'async' | 'ASYNC'

export interface IndicesTranslogRetention {
  /** This controls the total size of translog files to keep for each shard. Keeping more translog files increases the chance of performing an operation based sync when recovering a replica. If the translog files are not sufficient, replica recovery will fall back to a file based sync. This setting is ignored, and should not be set, if soft deletes are enabled. Soft deletes are enabled by default in indices created in Elasticsearch versions 7.0.0 and later. */
  size?: ByteSize
  /** This controls the maximum duration for which translog files are kept by each shard. Keeping more translog files increases the chance of performing an operation based sync when recovering replicas. If the translog files are not sufficient, replica recovery will fall back to a file based sync. This setting is ignored, and should not be set, if soft deletes are enabled. Soft deletes are enabled by default in indices created in Elasticsearch versions 7.0.0 and later. */
  age?: Duration
}

export interface IndicesUpdateAliasesAction {
  /** Adds a data stream or index to an alias. If the alias doesn’t exist, the `add` action creates it. */
  add?: IndicesUpdateAliasesAddAction
  /** Removes a data stream or index from an alias. */
  remove?: IndicesUpdateAliasesRemoveAction
  /** Deletes an index. You cannot use this action on aliases or data streams. */
  remove_index?: IndicesUpdateAliasesRemoveIndexAction
}

export interface IndicesUpdateAliasesAddAction {
  /** Alias for the action. Index alias names support date math. */
  alias?: IndexAlias
  /** Aliases for the action. Index alias names support date math. */
  aliases?: IndexAlias | IndexAlias[]
  /** Query used to limit documents the alias can access. */
  filter?: QueryDslQueryContainer
  /** Data stream or index for the action. Supports wildcards (`*`). */
  index?: IndexName
  /** Data streams or indices for the action. Supports wildcards (`*`). */
  indices?: Indices
  /** Value used to route indexing operations to a specific shard. If specified, this overwrites the `routing` value for indexing operations. Data stream aliases don’t support this parameter. */
  index_routing?: string
  /** If `true`, the alias is hidden. */
  is_hidden?: boolean
  /** If `true`, sets the write index or data stream for the alias. */
  is_write_index?: boolean
  /** Value used to route indexing and search operations to a specific shard. Data stream aliases don’t support this parameter. */
  routing?: string
  /** Value used to route search operations to a specific shard. If specified, this overwrites the `routing` value for search operations. Data stream aliases don’t support this parameter. */
  search_routing?: string
  /** If `true`, the alias must exist to perform the action. */
  must_exist?: boolean
}

export interface IndicesUpdateAliasesRemoveAction {
  /** Alias for the action. Index alias names support date math. */
  alias?: IndexAlias
  /** Aliases for the action. Index alias names support date math. */
  aliases?: IndexAlias | IndexAlias[]
  /** Data stream or index for the action. Supports wildcards (`*`). */
  index?: IndexName
  /** Data streams or indices for the action. Supports wildcards (`*`). */
  indices?: Indices
  /** If `true`, the alias must exist to perform the action. */
  must_exist?: boolean
}

export interface IndicesUpdateAliasesRemoveIndexAction {
  /** Data stream or index for the action. Supports wildcards (`*`). */
  index?: IndexName
  /** Data streams or indices for the action. Supports wildcards (`*`). */
  indices?: Indices
  /** If `true`, the alias must exist to perform the action. */
  must_exist?: boolean
}

/** Request of `indices.update_aliases`. */
export interface IndicesUpdateAliasesRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Actions to perform. */
  actions?: IndicesUpdateAliasesAction[]
}

export type IndicesUpdateAliasesResponse = AcknowledgedResponseBase

export interface IndicesValidateQueryIndicesValidationExplanation {
  error?: string
  explanation?: string
  index?: IndexName
  shard?: integer
  valid: boolean
}

/** Request of `indices.validate_query`. */
export interface IndicesValidateQueryRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases to search. Supports wildcards (`*`). To search all data streams or indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If `true`, the validation is executed on all shards instead of one random shard per index. */
  all_shards?: boolean
  /** Analyzer to use for the query string. This parameter can only be used when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. */
  analyze_wildcard?: boolean
  /** The default operator for query string query: `and` or `or`. */
  default_operator?: QueryDslOperator
  /** Field to use as default where no field prefix is given in the query string. This parameter can only be used when the `q` query string parameter is specified. */
  df?: string
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, the response returns detailed information if an error has occurred. */
  explain?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. */
  lenient?: boolean
  /** If `true`, returns a more detailed explanation showing the actual Lucene query that will be executed. */
  rewrite?: boolean
  /** Query in the Lucene query string syntax. */
  q?: string
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** Query in the Lucene query string syntax. */
  query?: QueryDslQueryContainer
}

export interface IndicesValidateQueryResponse {
  explanations?: IndicesValidateQueryIndicesValidationExplanation[]
  _shards?: ShardStatistics
  valid: boolean
  error?: string
}
