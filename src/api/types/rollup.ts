// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregate, AggregationsAggregationContainer } from './aggregations.js'
import type { AcknowledgedResponseBase, AggregateName, Duration, DurationValue, Field, Fields, HttpHeaders, Id, Ids, IndexName, Indices, RequestBase, ShardStatistics, TaskFailure, TimeZone, UnitMillis, integer, long } from './common.js'
import type { SearchHitsMetadata } from './core.js'
import type { QueryDslQueryContainer } from './query-dsl.js'

export interface RollupDateHistogramGrouping {
  /** How long to wait before rolling up new documents. By default, the indexer attempts to roll up all data that is available. However, it is not uncommon for data to arrive out of order. The indexer is unable to deal with data that arrives after a time-span has been rolled up. You need to specify a delay that matches the longest period of time you expect out-of-order data to arrive. */
  delay?: Duration
  /** The date field that is to be rolled up. */
  field: Field
  format?: string
  interval?: Duration
  /** The interval of time buckets to be generated when rolling up. */
  calendar_interval?: Duration
  /** The interval of time buckets to be generated when rolling up. */
  fixed_interval?: Duration
  /** Defines what `time_zone` the rollup documents are stored as. Unlike raw data, which can shift timezones on the fly, rolled documents have to be stored with a specific timezone. By default, rollup documents are stored in `UTC`. */
  time_zone?: TimeZone
}

/**
 * Request of `rollup.delete_job`.
 * @deprecated 8.11.0:
 */
export interface RollupDeleteJobRequest extends RequestBase {
  /** Identifier for the job. */
  id: Id
}

export interface RollupDeleteJobResponse {
  acknowledged: boolean
  task_failures?: TaskFailure[]
}

export interface RollupFieldMetric {
  /** The field to collect metrics for. This must be a numeric of some kind. */
  field: Field
  /** An array of metrics to collect for the field. At least one metric must be configured. */
  metrics: RollupMetric[]
}

export type RollupGetJobsIndexingJobState = 'started' | 'indexing' | 'stopping' | 'stopped' | 'aborting'

/**
 * Request of `rollup.get_jobs`.
 * @deprecated 8.11.0:
 */
export interface RollupGetJobsRequest extends RequestBase {
  /** Identifier for the rollup job. If it is `_all` or omitted, the API returns all rollup jobs. */
  id?: Id
}

export interface RollupGetJobsResponse {
  jobs: RollupGetJobsRollupJob[]
}

export interface RollupGetJobsRollupJob {
  /** The rollup job configuration. */
  config: RollupGetJobsRollupJobConfiguration
  /** Transient statistics about the rollup job, such as how many documents have been processed and how many rollup summary docs have been indexed. These stats are not persisted. If a node is restarted, these stats are reset. */
  stats: RollupGetJobsRollupJobStats
  /** The current status of the indexer for the rollup job. */
  status: RollupGetJobsRollupJobStatus
}

export interface RollupGetJobsRollupJobConfiguration {
  cron: string
  groups: RollupGroupings
  id: Id
  index_pattern: string
  metrics: RollupFieldMetric[]
  page_size: long
  rollup_index: IndexName
  timeout: Duration
}

export interface RollupGetJobsRollupJobStats {
  documents_processed: long
  index_failures: long
  index_time_in_ms: DurationValue<UnitMillis>
  index_total: long
  pages_processed: long
  rollups_indexed: long
  search_failures: long
  search_time_in_ms: DurationValue<UnitMillis>
  search_total: long
  trigger_count: long
  processing_time_in_ms: DurationValue<UnitMillis>
  processing_total: long
}

export interface RollupGetJobsRollupJobStatus {
  current_position?: Record<string, any>
  job_state: RollupGetJobsIndexingJobState
  upgraded_doc_id?: boolean
}

/**
 * Request of `rollup.get_rollup_caps`.
 * @deprecated 8.11.0:
 */
export interface RollupGetRollupCapsRequest extends RequestBase {
  /** Index, indices or index-pattern to return rollup capabilities for. `_all` may be used to fetch rollup capabilities from all jobs. */
  id?: Id
}

export type RollupGetRollupCapsResponse = Record<IndexName, RollupGetRollupCapsRollupCapabilities>

export interface RollupGetRollupCapsRollupCapabilities {
  /** There can be multiple, independent jobs configured for a single index or index pattern. Each of these jobs may have different configurations, so the API returns a list of all the various configurations available. */
  rollup_jobs: RollupGetRollupCapsRollupCapabilitySummary[]
}

export interface RollupGetRollupCapsRollupCapabilitySummary {
  fields: Record<Field, RollupGetRollupCapsRollupFieldSummary[]>
  index_pattern: string
  job_id: string
  rollup_index: string
}

export interface RollupGetRollupCapsRollupFieldSummary {
  agg: string
  calendar_interval?: Duration
  time_zone?: TimeZone
}

export interface RollupGetRollupIndexCapsIndexCapabilities {
  rollup_jobs: RollupGetRollupIndexCapsRollupJobSummary[]
}

/**
 * Request of `rollup.get_rollup_index_caps`.
 * @deprecated 8.11.0:
 */
export interface RollupGetRollupIndexCapsRequest extends RequestBase {
  /** Data stream or index to check for rollup capabilities. Wildcard (`*`) expressions are supported. */
  index: Ids
}

export type RollupGetRollupIndexCapsResponse = Record<IndexName, RollupGetRollupIndexCapsIndexCapabilities>

export interface RollupGetRollupIndexCapsRollupJobSummary {
  fields: Record<Field, RollupGetRollupIndexCapsRollupJobSummaryField[]>
  index_pattern: string
  job_id: Id
  rollup_index: IndexName
}

export interface RollupGetRollupIndexCapsRollupJobSummaryField {
  agg: string
  time_zone?: TimeZone
  calendar_interval?: Duration
}

export interface RollupGroupings {
  /** A date histogram group aggregates a date field into time-based buckets. This group is mandatory; you currently cannot roll up documents without a timestamp and a `date_histogram` group. */
  date_histogram?: RollupDateHistogramGrouping
  /** The histogram group aggregates one or more numeric fields into numeric histogram intervals. */
  histogram?: RollupHistogramGrouping
  /** The terms group can be used on keyword or numeric fields to allow bucketing via the terms aggregation at a later point. The indexer enumerates and stores all values of a field for each time-period. This can be potentially costly for high-cardinality groups such as IP addresses, especially if the time-bucket is particularly sparse. */
  terms?: RollupTermsGrouping
}

export interface RollupHistogramGrouping {
  /** The set of fields that you wish to build histograms for. All fields specified must be some kind of numeric. Order does not matter. */
  fields: Fields
  /** The interval of histogram buckets to be generated when rolling up. For example, a value of `5` creates buckets that are five units wide (`0-5`, `5-10`, etc). Note that only one interval can be specified in the histogram group, meaning that all fields being grouped via the histogram must share the same interval. */
  interval: long
}

export type RollupMetric = 'min' | 'max' | 'sum' | 'avg' | 'value_count'

/**
 * Request of `rollup.put_job`.
 * @deprecated 8.11.0:
 */
export interface RollupPutJobRequest extends RequestBase {
  /** Identifier for the rollup job. This can be any alphanumeric string and uniquely identifies the data that is associated with the rollup job. The ID is persistent; it is stored with the rolled up data. If you create a job, let it run for a while, then delete the job, the data that the job rolled up is still be associated with this job ID. You cannot create a new job with the same ID since that could lead to problems with mismatched job configurations. */
  id: Id
  /** A cron string which defines the intervals when the rollup job should be executed. When the interval triggers, the indexer attempts to rollup the data in the index pattern. The cron pattern is unrelated to the time interval of the data being rolled up. For example, you may wish to create hourly rollups of your document but to only run the indexer on a daily basis at midnight, as defined by the cron. The cron pattern is defined just like a Watcher cron schedule. */
  cron: string
  /** Defines the grouping fields and aggregations that are defined for this rollup job. These fields will then be available later for aggregating into buckets. These aggs and fields can be used in any combination. Think of the groups configuration as defining a set of tools that can later be used in aggregations to partition the data. Unlike raw data, we have to think ahead to which fields and aggregations might be used. Rollups provide enough flexibility that you simply need to determine which fields are needed, not in what order they are needed. */
  groups: RollupGroupings
  /** The index or index pattern to roll up. Supports wildcard-style patterns (`logstash-*`). The job attempts to rollup the entire index or index-pattern. */
  index_pattern: string
  /** Defines the metrics to collect for each grouping tuple. By default, only the doc_counts are collected for each group. To make rollup useful, you will often add metrics like averages, mins, maxes, etc. Metrics are defined on a per-field basis and for each field you configure which metric should be collected. */
  metrics?: RollupFieldMetric[]
  /** The number of bucket results that are processed on each iteration of the rollup indexer. A larger value tends to execute faster, but requires more memory during processing. This value has no effect on how the data is rolled up; it is merely used for tweaking the speed or memory cost of the indexer. */
  page_size: integer
  /** The index that contains the rollup results. The index can be shared with other rollup jobs. The data is stored so that it doesn’t interfere with unrelated jobs. */
  rollup_index: IndexName
  /** Time to wait for the request to complete. */
  timeout?: Duration
  headers?: HttpHeaders
}

export type RollupPutJobResponse = AcknowledgedResponseBase

/**
 * Request of `rollup.rollup_search`.
 * @deprecated 8.11.0:
 */
export interface RollupRollupSearchRequest extends RequestBase {
  /** A comma-separated list of data streams and indices used to limit the request. This parameter has the following rules: */
  index: Indices
  /** Indicates whether hits.total should be rendered as an integer or an object in the rest search response */
  rest_total_hits_as_int?: boolean
  /** Specify whether aggregation and suggester names should be prefixed by their respective types in the response */
  typed_keys?: boolean
  /** Specifies aggregations. */
  aggregations?: Record<string, AggregationsAggregationContainer>
  /** Specifies aggregations. */
  aggs?: Record<string, AggregationsAggregationContainer>
  /** Specifies a DSL query that is subject to some limitations. */
  query?: QueryDslQueryContainer
  /** Must be zero if set, as rollups work on pre-aggregated data. */
  size?: integer
}

export interface RollupRollupSearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
  took: long
  timed_out: boolean
  terminated_early?: boolean
  _shards: ShardStatistics
  hits: SearchHitsMetadata<TDocument>
  aggregations?: TAggregations
}

/**
 * Request of `rollup.start_job`.
 * @deprecated 8.11.0:
 */
export interface RollupStartJobRequest extends RequestBase {
  /** Identifier for the rollup job. */
  id: Id
}

export interface RollupStartJobResponse {
  started: boolean
}

/**
 * Request of `rollup.stop_job`.
 * @deprecated 8.11.0:
 */
export interface RollupStopJobRequest extends RequestBase {
  /** Identifier for the rollup job. */
  id: Id
  /** If `wait_for_completion` is `true`, the API blocks for (at maximum) the specified duration while waiting for the job to stop. If more than `timeout` time has passed, the API throws a timeout exception. NOTE: Even if a timeout occurs, the stop request is still processing and eventually moves the job to STOPPED. The timeout simply means the API call itself timed out while waiting for the status change. */
  timeout?: Duration
  /** If set to `true`, causes the API to block until the indexer state completely stops. If set to `false`, the API returns immediately and the indexer is stopped asynchronously in the background. */
  wait_for_completion?: boolean
}

export interface RollupStopJobResponse {
  stopped: boolean
}

export interface RollupTermsGrouping {
  /** The set of fields that you wish to collect terms for. This array can contain fields that are both keyword and numerics. Order does not matter. */
  fields: Fields
}
