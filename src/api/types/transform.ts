// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregationContainer, AggregationsDateHistogramAggregation, AggregationsGeoTileGridAggregation, AggregationsHistogramAggregation, AggregationsTermsAggregation } from './aggregations.js'
import type { AcknowledgedResponseBase, DateTime, Duration, DurationValue, EpochTime, Field, HealthStatus, Id, IndexAlias, IndexName, Indices, Metadata, Name, Names, NodeAttributes, ProjectRouting, RequestBase, UnitFloatMillis, UnitMillis, VersionString, double, float, integer, long } from './common.js'
import type { ReindexSource } from './core.js'
import type { IndicesIndexState } from './indices.js'
import type { MappingRuntimeFields } from './mapping.js'
import type { MlTransformAuthorization } from './ml.js'
import type { QueryDslQueryContainer } from './query-dsl.js'

/** Request of `transform.delete_transform`. */
export interface TransformDeleteTransformRequest extends RequestBase {
  /** Identifier for the transform. */
  transform_id: Id
  /** If this value is false, the transform must be stopped before it can be deleted. If true, the transform is deleted regardless of its current state. */
  force?: boolean
  /** If this value is true, the destination index is deleted together with the transform. If false, the destination index will not be deleted */
  delete_dest_index?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type TransformDeleteTransformResponse = AcknowledgedResponseBase

export interface TransformDestination {
  /** The destination index for the transform. The mappings of the destination index are deduced based on the source fields when possible. If alternate mappings are required, use the create index API prior to starting the transform. */
  index?: IndexName
  /** The aliases that the destination index for the transform should have. Aliases are manipulated using the stored credentials of the transform, which means the secondary credentials supplied at creation time (if both primary and secondary credentials are specified). */
  aliases?: TransformDestinationAlias[]
  /** The unique identifier for an ingest pipeline. */
  pipeline?: string
}

export interface TransformDestinationAlias {
  /** The name of the alias. */
  alias: IndexAlias
  /** Whether the destination index should be the only index in this alias. If `true`, all the other indices will be removed from this alias before adding the destination index to this alias. This does not delete the removed indices; it only removes them from the alias. */
  move_on_creation?: boolean
}

/** Request of `transform.get_node_stats`. */
export interface TransformGetNodeStatsRequest extends RequestBase {
}

export type TransformGetNodeStatsResponse = TransformGetNodeStatsTransformNodeFullStats

export interface TransformGetNodeStatsTransformNodeFullStatsKeys {
  total: TransformGetNodeStatsTransformNodeStats
}
export type TransformGetNodeStatsTransformNodeFullStats = TransformGetNodeStatsTransformNodeFullStatsKeys & { [property: string]: TransformGetNodeStatsTransformNodeStats }

export interface TransformGetNodeStatsTransformNodeStats {
  scheduler: TransformGetNodeStatsTransformSchedulerStats
}

export interface TransformGetNodeStatsTransformSchedulerStats {
  registered_transform_count: integer
  peek_transform?: string
}

/** Request of `transform.get_transform`. */
export interface TransformGetTransformRequest extends RequestBase {
  /** Identifier for the transform. It can be a transform identifier or a wildcard expression. You can get information for all transforms by using `_all`, by specifying `*` as the `<transform_id>`, or by omitting the `<transform_id>`. */
  transform_id?: Names
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** Skips the specified number of transforms. */
  from?: integer
  /** Specifies the maximum number of transforms to obtain. */
  size?: integer
  /** Excludes fields that were automatically added when creating the transform. This allows the configuration to be in an acceptable format to be retrieved and then added to another cluster. */
  exclude_generated?: boolean
}

export interface TransformGetTransformResponse {
  count: long
  transforms: TransformGetTransformTransformSummary[]
}

export interface TransformGetTransformStatsCheckpointStats {
  checkpoint: long
  checkpoint_progress?: TransformGetTransformStatsTransformProgress
  timestamp?: DateTime
  timestamp_millis?: EpochTime<UnitMillis>
  time_upper_bound?: DateTime
  time_upper_bound_millis?: EpochTime<UnitMillis>
}

export interface TransformGetTransformStatsCheckpointing {
  changes_last_detected_at?: long
  changes_last_detected_at_string?: DateTime
  last: TransformGetTransformStatsCheckpointStats
  next?: TransformGetTransformStatsCheckpointStats
  operations_behind?: long
  last_search_time?: long
  last_search_time_string?: DateTime
}

/** Request of `transform.get_transform_stats`. */
export interface TransformGetTransformStatsRequest extends RequestBase {
  /** Identifier for the transform. It can be a transform identifier or a wildcard expression. You can get information for all transforms by using `_all`, by specifying `*` as the `<transform_id>`, or by omitting the `<transform_id>`. */
  transform_id: Names
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** If true, the response includes `id`, `state`, `node`, `stats`, `health`, and basic `checkpointing` information (the last and next checkpoint numbers, and the next checkpoint's `position` and `progress`). Skips statistics that require heavy computations to calculate: `operations_behind`, `changes_last_detected_at`, `last_search_time`, and the checkpoint timestamps. */
  basic?: boolean
  /** Skips the specified number of transforms. */
  from?: long
  /** Specifies the maximum number of transforms to obtain. */
  size?: long
  /** Controls the time to wait for the stats */
  timeout?: Duration
}

export interface TransformGetTransformStatsResponse {
  count: long
  transforms: TransformGetTransformStatsTransformStats[]
}

export interface TransformGetTransformStatsTransformHealthIssue {
  /** The type of the issue */
  type: string
  /** A description of the issue */
  issue: string
  /** Details about the issue */
  details?: string
  /** Number of times this issue has occurred since it started */
  count: integer
  /** The timestamp this issue occurred for for the first time */
  first_occurrence?: EpochTime<UnitMillis>
  first_occurence_string?: DateTime
}

export interface TransformGetTransformStatsTransformIndexerStats {
  delete_time_in_ms?: EpochTime<UnitMillis>
  documents_indexed: long
  documents_deleted?: long
  documents_processed: long
  exponential_avg_checkpoint_duration_ms: DurationValue<UnitFloatMillis>
  exponential_avg_documents_indexed: double
  exponential_avg_documents_processed: double
  index_failures: long
  index_time_in_ms: DurationValue<UnitMillis>
  index_total: long
  pages_processed: long
  processing_time_in_ms: DurationValue<UnitMillis>
  processing_total: long
  search_failures: long
  search_time_in_ms: DurationValue<UnitMillis>
  search_total: long
  trigger_count: long
}

export interface TransformGetTransformStatsTransformProgress {
  docs_indexed: long
  docs_processed: long
  docs_remaining?: long
  percent_complete?: double
  total_docs?: long
}

export interface TransformGetTransformStatsTransformStats {
  checkpointing: TransformGetTransformStatsCheckpointing
  health?: TransformGetTransformStatsTransformStatsHealth
  id: Id
  node?: NodeAttributes
  reason?: string
  state: string
  stats: TransformGetTransformStatsTransformIndexerStats
}

export interface TransformGetTransformStatsTransformStatsHealth {
  status: HealthStatus
  /** If a non-healthy status is returned, contains a list of issues of the transform. */
  issues?: TransformGetTransformStatsTransformHealthIssue[]
}

export interface TransformGetTransformTransformSummary {
  /** The security privileges that the transform uses to run its queries. If Elastic Stack security features were disabled at the time of the most recent update to the transform, this property is omitted. */
  authorization?: MlTransformAuthorization
  /** The time the transform was created. */
  create_time?: EpochTime<UnitMillis>
  create_time_string?: DateTime
  /** Free text description of the transform. */
  description?: string
  /** The destination for the transform. */
  dest: TransformDestination
  frequency?: Duration
  id: Id
  latest?: TransformLatest
  /** The pivot method transforms the data by aggregating and grouping it. */
  pivot?: TransformPivot
  retention_policy?: TransformRetentionPolicyContainer
  /** Defines optional transform settings. */
  settings?: TransformSettings
  /** The source of the data for the transform. */
  source: TransformSource
  /** Defines the properties transforms require to run continuously. */
  sync?: TransformSyncContainer
  /** The version of Elasticsearch that existed on the node when the transform was created. */
  version?: VersionString
  _meta?: Metadata
}

export interface TransformLatest {
  /** Specifies the date field that is used to identify the latest documents. */
  sort: Field
  /** Specifies an array of one or more fields that are used to group the data. */
  unique_key: Field[]
}

export interface TransformPivot {
  /** Defines how to aggregate the grouped data. The following aggregations are currently supported: average, bucket script, bucket selector, cardinality, filter, geo bounds, geo centroid, geo line, max, median absolute deviation, min, missing, percentiles, rare terms, scripted metric, stats, sum, terms, top metrics, value count, weighted average. */
  aggregations?: Record<string, AggregationsAggregationContainer>
  /** Defines how to aggregate the grouped data. The following aggregations are currently supported: average, bucket script, bucket selector, cardinality, filter, geo bounds, geo centroid, geo line, max, median absolute deviation, min, missing, percentiles, rare terms, scripted metric, stats, sum, terms, top metrics, value count, weighted average. */
  aggs?: Record<string, AggregationsAggregationContainer>
  /** Defines how to group the data. More than one grouping can be defined per pivot. The following groupings are currently supported: date histogram, geotile grid, histogram, terms. */
  group_by?: Record<string, TransformPivotGroupByContainer>
}

export interface TransformPivotGroupByContainer {
  date_histogram?: AggregationsDateHistogramAggregation
  geotile_grid?: AggregationsGeoTileGridAggregation
  histogram?: AggregationsHistogramAggregation
  terms?: AggregationsTermsAggregation
}

/** Request of `transform.preview_transform`. */
export interface TransformPreviewTransformRequest extends RequestBase {
  /** Identifier for the transform to preview. If you specify this path parameter, you cannot provide transform configuration details in the request body. */
  transform_id?: Id
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The destination for the transform. */
  dest?: TransformDestination
  /** Free text description of the transform. */
  description?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. Also determines the retry interval in the event of transient failures while the transform is searching or indexing. The minimum value is 1s and the maximum is 1h. */
  frequency?: Duration
  /** The pivot method transforms the data by aggregating and grouping it. These objects define the group by fields and the aggregation to reduce the data. */
  pivot?: TransformPivot
  /** The source of the data for the transform. */
  source?: TransformSource
  /** Defines optional transform settings. */
  settings?: TransformSettings
  /** Defines the properties transforms require to run continuously. */
  sync?: TransformSyncContainer
  /** Defines a retention policy for the transform. Data that meets the defined criteria is deleted from the destination index. */
  retention_policy?: TransformRetentionPolicyContainer
  /** The latest method transforms the data by finding the latest document for each unique key. */
  latest?: TransformLatest
}

export interface TransformPreviewTransformResponse<TTransform = unknown> {
  generated_dest_index: IndicesIndexState
  preview: TTransform[]
}

/** Request of `transform.put_transform`. */
export interface TransformPutTransformRequest extends RequestBase {
  /** Identifier for the transform. This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It has a 64 character limit and must start and end with alphanumeric characters. */
  transform_id: Id
  /** When the transform is created, a series of validations occur to ensure its success. For example, there is a check for the existence of the source indices and a check that the destination index is not part of the source index pattern. You can use this parameter to skip the checks, for example when the source index does not exist until after the transform is created. The validations are always run when you start the transform, however, with the exception of privilege checks. */
  defer_validation?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The destination for the transform. */
  dest: TransformDestination
  /** Free text description of the transform. */
  description?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. Also determines the retry interval in the event of transient failures while the transform is searching or indexing. The minimum value is `1s` and the maximum is `1h`. */
  frequency?: Duration
  /** The latest method transforms the data by finding the latest document for each unique key. */
  latest?: TransformLatest
  /** Defines optional transform metadata. */
  _meta?: Metadata
  /** The pivot method transforms the data by aggregating and grouping it. These objects define the group by fields and the aggregation to reduce the data. */
  pivot?: TransformPivot
  /** Defines a retention policy for the transform. Data that meets the defined criteria is deleted from the destination index. */
  retention_policy?: TransformRetentionPolicyContainer
  /** Defines optional transform settings. */
  settings?: TransformSettings
  /** The source of the data for the transform. */
  source: TransformSource
  /** Defines the properties transforms require to run continuously. */
  sync?: TransformSyncContainer
}

export type TransformPutTransformResponse = AcknowledgedResponseBase

/** Request of `transform.reset_transform`. */
export interface TransformResetTransformRequest extends RequestBase {
  /** Identifier for the transform. This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It has a 64 character limit and must start and end with alphanumeric characters. */
  transform_id: Id
  /** If this value is `true`, the transform is reset regardless of its current state. If it's `false`, the transform must be stopped before it can be reset. */
  force?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type TransformResetTransformResponse = AcknowledgedResponseBase

export interface TransformRetentionPolicy {
  /** The date field that is used to calculate the age of the document. */
  field: Field
  /** Specifies the maximum age of a document in the destination index. Documents that are older than the configured value are removed from the destination index. */
  max_age: Duration
}

export interface TransformRetentionPolicyContainer {
  /** Specifies that the transform uses a time field to set the retention policy. */
  time?: TransformRetentionPolicy
}

/** Request of `transform.schedule_now_transform`. */
export interface TransformScheduleNowTransformRequest extends RequestBase {
  /** Identifier for the transform. */
  transform_id: Id
  /** Controls the time to wait for the scheduling to take place */
  timeout?: Duration
  /** When true, defers the scheduling by the transform's configured sync delay instead of triggering immediately. The transform will process new data after the delay elapses rather than right away. */
  defer?: boolean
}

export type TransformScheduleNowTransformResponse = AcknowledgedResponseBase

/** Request of `transform.set_upgrade_mode`. */
export interface TransformSetUpgradeModeRequest extends RequestBase {
  /** When `true`, it enables `upgrade_mode` which temporarily halts all transform tasks and prohibits new transform tasks from starting. */
  enabled?: boolean
  /** The time to wait for the request to be completed. */
  timeout?: Duration
}

export type TransformSetUpgradeModeResponse = AcknowledgedResponseBase

/** The source of the data for the transform. */
export interface TransformSettings {
  /** Specifies whether the transform checkpoint ranges should be optimized for performance. Such optimization can align checkpoint ranges with the date histogram interval when date histogram is specified as a group source in the transform config. As a result, less document updates in the destination index will be performed thus improving overall performance. */
  align_checkpoints?: boolean
  /** Defines if dates in the ouput should be written as ISO formatted string or as millis since epoch. epoch_millis was the default for transforms created before version 7.11. For compatible output set this value to `true`. */
  dates_as_epoch_millis?: boolean
  /** Specifies whether the transform should deduce the destination index mappings from the transform configuration. */
  deduce_mappings?: boolean
  /** Specifies a limit on the number of input documents per second. This setting throttles the transform by adding a wait time between search requests. The default value is null, which disables throttling. */
  docs_per_second?: float
  /** Defines the initial page size to use for the composite aggregation for each checkpoint. If circuit breaker exceptions occur, the page size is dynamically adjusted to a lower value. The minimum value is `10` and the maximum is `65,536`. The default value is `500` for `pivot` transforms and `5000` for `latest` transforms. */
  max_page_search_size?: integer
  /** Specifies whether the transform checkpoint will use the Point In Time API while searching over the source index. In general, Point In Time is an optimization that will reduce pressure on the source index by reducing the amount of refreshes and merges, but it can be expensive if a large number of Point In Times are opened and closed for a given index. The benefits and impact depend on the data being searched, the ingest rate into the source index, and the amount of other consumers searching the same source index. */
  use_point_in_time?: boolean
  /** Defines the number of retries on a recoverable failure before the transform task is marked as `failed`. The minimum value is `0` and the maximum is `100`, where `-1` indicates that the transform retries indefinitely. If unset, the cluster-level setting `num_transform_failure_retries` is used. */
  num_failure_retries?: integer
  /** If `true`, the transform runs in unattended mode. In unattended mode, the transform retries indefinitely in case of an error which means the transform never fails. Setting the number of retries other than infinite fails in validation. */
  unattended?: boolean
}

export interface TransformSource {
  /** The source indices for the transform. It can be a single index, an index pattern (for example, `"my-index-*""`), an array of indices (for example, `["my-index-000001", "my-index-000002"]`), or an array of index patterns (for example, `["my-index-*", "my-other-index-*"]`. For remote indices use the syntax `"remote_name:index_name"`. If any indices are in remote clusters then the master node and at least one transform node must have the `remote_cluster_client` node role. */
  index: Indices
  /** A query clause that retrieves a subset of data from the source index. */
  query?: QueryDslQueryContainer
  /** Definitions of search-time runtime fields that can be used by the transform. For search runtime fields all data nodes, including remote nodes, must be 7.12 or later. */
  runtime_mappings?: MappingRuntimeFields
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

/** Request of `transform.start_transform`. */
export interface TransformStartTransformRequest extends RequestBase {
  /** Identifier for the transform. */
  transform_id: Id
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Restricts the set of transformed entities to those changed after this time. Relative times like now-30d are supported. Only applicable for continuous transforms. */
  from?: string
}

export type TransformStartTransformResponse = AcknowledgedResponseBase

/** Request of `transform.stop_transform`. */
export interface TransformStopTransformRequest extends RequestBase {
  /** Identifier for the transform. To stop multiple transforms, use a comma-separated list or a wildcard expression. To stop all transforms, use `_all` or `*` as the identifier. */
  transform_id: Name
  /** Specifies what to do when the request: contains wildcard expressions and there are no transforms that match; contains the `_all` string or no identifiers and there are no matches; contains wildcard expressions and there are only partial matches. */
  allow_no_match?: boolean
  /** If it is true, the API forcefully stops the transforms. */
  force?: boolean
  /** Period to wait for a response when `wait_for_completion` is `true`. If no response is received before the timeout expires, the request returns a timeout exception. However, the request continues processing and eventually moves the transform to a STOPPED state. */
  timeout?: Duration
  /** If it is true, the transform does not completely stop until the current checkpoint is completed. If it is false, the transform stops as soon as possible. */
  wait_for_checkpoint?: boolean
  /** If it is true, the API blocks until the indexer state completely stops. If it is false, the API returns immediately and the indexer is stopped asynchronously in the background. */
  wait_for_completion?: boolean
}

export type TransformStopTransformResponse = AcknowledgedResponseBase

export interface TransformSyncContainer {
  /** Specifies that the transform uses a time field to synchronize the source and destination indices. */
  time?: TransformTimeSync
}

export interface TransformTimeSync {
  /** The time delay between the current time and the latest input data time. */
  delay?: Duration
  /** The date field that is used to identify new documents in the source. In general, it’s a good idea to use a field that contains the ingest timestamp. If you use a different field, you might need to set the delay such that it accounts for data transmission delays. */
  field: Field
}

/** Request of `transform.update_transform`. */
export interface TransformUpdateTransformRequest extends RequestBase {
  /** Identifier for the transform. */
  transform_id: Id
  /** When true, deferrable validations are not run. This behavior may be desired if the source index does not exist until after the transform is created. */
  defer_validation?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The destination for the transform. */
  dest?: TransformDestination
  /** Free text description of the transform. */
  description?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. Also determines the retry interval in the event of transient failures while the transform is searching or indexing. The minimum value is 1s and the maximum is 1h. */
  frequency?: Duration
  /** Defines optional transform metadata. */
  _meta?: Metadata
  /** The source of the data for the transform. */
  source?: TransformSource
  /** Defines optional transform settings. */
  settings?: TransformSettings
  /** Defines the properties transforms require to run continuously. */
  sync?: TransformSyncContainer
  /** Defines a retention policy for the transform. Data that meets the defined criteria is deleted from the destination index. */
  retention_policy?: TransformRetentionPolicyContainer | null
}

export interface TransformUpdateTransformResponse {
  authorization?: MlTransformAuthorization
  create_time: long
  description: string
  dest: TransformDestination
  frequency?: Duration
  id: Id
  latest?: TransformLatest
  pivot?: TransformPivot
  retention_policy?: TransformRetentionPolicyContainer
  settings: TransformSettings
  source: ReindexSource
  sync?: TransformSyncContainer
  version: VersionString
  _meta?: Metadata
}

/** Request of `transform.upgrade_transforms`. */
export interface TransformUpgradeTransformsRequest extends RequestBase {
  /** When true, the request checks for updates but does not run them. */
  dry_run?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface TransformUpgradeTransformsResponse {
  /** The number of transforms that need to be upgraded. */
  needs_update: integer
  /** The number of transforms that don’t require upgrading. */
  no_action: integer
  /** The number of transforms that have been upgraded. */
  updated: integer
}
