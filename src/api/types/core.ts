// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregate, AggregationsAggregationContainer } from './aggregations.js'
import type { AcknowledgedResponseBase, AggregateName, BulkIndexByScrollFailure, ClusterStatistics, Conflicts, Duration, DurationValue, ElasticsearchVersionInfo, EpochTime, ErrorCause, ErrorResponseBase, ExpandWildcards, Field, Fields, Fuzziness, GeoHashPrecision, GeoLocation, Host, HttpHeaders, Id, Ids, IndexName, Indices, InlineGet, KnnSearch, LifecycleOperationMode, MapboxVectorTiles, Metadata, Name, NodeId, NodeName, NodeRoles, NodeShard, NodeStatistics, OpType, Password, ProjectRouting, QueryVector, RankContainer, Refresh, ReindexStatus, ReindexTaskInfo, ReindexTaskResult, RequestBase, Retries, RetrieverContainer, Routing, Script, ScriptField, ScriptLanguage, ScriptSource, ScrollId, ScrollIds, SearchType, SequenceNumber, ShardStatistics, SlicedScroll, Slices, Sort, SortResults, SpecUtilsBaseNode, StoredScript, SuggestMode, SuggestionName, TaskFailure, TaskId, TransportAddress, UnitMillis, UnitNanos, Username, Uuid, VersionNumber, VersionString, VersionType, WaitForActiveShards, WriteResponseBase, double, float, integer, long } from './common.js'
import type { MappingRuntimeFields, MappingTimeSeriesMetricType } from './mapping.js'
import type { QueryDslFieldAndFormat, QueryDslOperator, QueryDslQueryContainer } from './query-dsl.js'
import type { TasksGroupBy, TasksTaskInfo, TasksTaskListResponseBase } from './tasks.js'

export interface BulkCreateOperation extends BulkWriteOperation {
}

export interface BulkDeleteOperation extends BulkOperationBase {
}

export type BulkFailureStoreStatus = 'not_applicable_or_unknown' | 'used' | 'not_enabled' | 'failed'

export interface BulkIndexOperation extends BulkWriteOperation {
}

export interface BulkOperationBase {
  /** The document ID. */
  _id?: Id
  /** The name of the index or index alias to perform the action on. */
  _index?: IndexName
  /** A custom value used to route operations to a specific shard, or multiple comma separated values. */
  routing?: string
  if_primary_term?: long
  if_seq_no?: SequenceNumber
  version?: VersionNumber
  version_type?: VersionType
}

/** An action line, which is the first line of each operation in a bulk request. It specifies the action to perform (`index`, `create`, `update`, or `delete`) and its metadata, such as the target index and document ID. All actions except `delete` expect a source line to follow. */
export interface BulkOperationContainer {
  /** Index the specified document. If the document exists, it replaces the document and increments the version. The following line must contain the source data to be indexed. */
  index?: BulkIndexOperation
  /** Index the specified document if it does not already exist. The following line must contain the source data to be indexed. */
  create?: BulkCreateOperation
  /** Perform a partial document update. The following line must contain the partial document and update options. */
  update?: BulkUpdateOperation
  /** Remove the specified document from the index. */
  delete?: BulkDeleteOperation
}

export type BulkOperationType = 'index' | 'create' | 'update' | 'delete'

/** Request of `bulk`. */
export interface BulkRequest<TDocument = unknown, TPartialDocument = unknown> extends RequestBase {
  /** The name of the data stream, index, or index alias to perform bulk actions on. */
  index?: IndexName
  /** True or false if to include the document source in the error message in case of parsing errors. */
  include_source_on_error?: boolean
  /** If `true`, the response will include the ingest pipelines that were run for each index or create. */
  list_executed_pipelines?: boolean
  /** The pipeline identifier to use to preprocess incoming documents. If the index has a default ingest pipeline specified, setting the value to `_none` turns off the default ingest pipeline for this request. If a final pipeline is configured, it will always run regardless of the value of this parameter. */
  pipeline?: string
  /** If `true`, Elasticsearch refreshes the affected shards to make this operation visible to search. If `wait_for`, wait for a refresh to make this operation visible to search. If `false`, do nothing with refreshes. Valid values: `true`, `false`, `wait_for`. */
  refresh?: Refresh
  /** A custom value that is used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** Indicates whether to return the `_source` field (`true` or `false`) or contains a list of fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** The period each action waits for the following operations: automatic index creation, dynamic mapping updates, and waiting for active shards. The default is `1m` (one minute), which guarantees Elasticsearch waits for at least the timeout before failing. The actual wait time could be longer, particularly when multiple waits occur. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The default is `1`, which waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `true`, the request's actions must target an index alias. */
  require_alias?: boolean
  /** If `true`, the request's actions must target a data stream (existing or to be created). */
  require_data_stream?: boolean
  operations: Array<BulkOperationContainer | BulkUpdateAction<TDocument, TPartialDocument> | TDocument | string | Buffer> | string | Buffer
}

export interface BulkResponse {
  /** If `true`, one or more of the operations in the bulk request did not complete successfully. */
  errors: boolean
  /** The result of each operation in the bulk request, in the order they were submitted. */
  items: Partial<Record<BulkOperationType, BulkResponseItem>>[]
  /** The length of time, in milliseconds, it took to process the bulk request. */
  took: long
  ingest_took?: long
}

export interface BulkResponseItem {
  /** The document ID associated with the operation. */
  _id?: string | null
  /** The name of the index associated with the operation. If the operation targeted a data stream, this is the backing index into which the document was written. */
  _index: string
  /** The HTTP status code returned for the operation. */
  status: integer
  failure_store?: BulkFailureStoreStatus
  /** Additional information about the failed operation. The property is returned only for failed operations. */
  error?: ErrorCause
  /** The primary term assigned to the document for the operation. This property is returned only for successful operations. */
  _primary_term?: long
  /** The result of the operation. Possible values are `created`, `updated`, `deleted`, `noop`, and `not_found`. */
  result?: string
  /** The sequence number assigned to the document for the operation. Sequence numbers are used to ensure an older version of a document doesn't overwrite a newer version. */
  _seq_no?: SequenceNumber
  /** Shard information for the operation. */
  _shards?: ShardStatistics
  /** The document version associated with the operation. The document version is incremented each time the document is updated. This property is returned only for successful actions. */
  _version?: VersionNumber
  forced_refresh?: boolean
  get?: InlineGet<Record<string, any>>
}

/** The source line that must follow an `update` action line. It specifies the partial document, script, or upsert options to apply, plus optional update settings. */
export interface BulkUpdateAction<TDocument = unknown, TPartialDocument = unknown> {
  /** If true, the `result` in the response is set to 'noop' when no changes to the document occur. */
  detect_noop?: boolean
  /** A partial update to an existing document. */
  doc?: TPartialDocument
  /** Set to `true` to use the contents of `doc` as the value of `upsert`. */
  doc_as_upsert?: boolean
  /** The script to run to update the document. */
  script?: Script | ScriptSource
  /** Set to `true` to run the script whether or not the document exists. */
  scripted_upsert?: boolean
  /** If `false`, source retrieval is turned off. You can also specify a comma-separated list of the fields you want to retrieve. */
  _source?: SearchSourceConfig
  /** If the document does not already exist, the contents of `upsert` are inserted as a new document. If the document exists, the `script` is run. */
  upsert?: TDocument
}

export interface BulkUpdateOperation extends BulkOperationBase {
  /** If `true`, the request's actions must target an index alias. */
  require_alias?: boolean
  /** The number of times an update should be retried in the case of a version conflict. */
  retry_on_conflict?: integer
}

export interface BulkWriteOperation extends BulkOperationBase {
  /** A map from the full name of fields to the name of dynamic templates. It defaults to an empty map. If a name matches a dynamic template, that template will be applied regardless of other match predicates defined in the template. If a field is already defined in the mapping, then this parameter won't be used. */
  dynamic_templates?: Record<string, string>
  /** The ID of the pipeline to use to preprocess incoming documents. If the index has a default ingest pipeline specified, setting the value to `_none` turns off the default ingest pipeline for this request. If a final pipeline is configured, it will always run regardless of the value of this parameter. */
  pipeline?: string
  /** If `true`, the request's actions must target an index alias. */
  require_alias?: boolean
}

/** Request of `cancel_reindex`. */
export interface CancelReindexRequest extends RequestBase {
  /** The ID of the reindex task to cancel. */
  task_id: TaskId
  /** If `true` (the default), the request blocks until the cancellation is complete and returns the final task state. If `false`, the request returns immediately with `acknowledged: true`. */
  wait_for_completion?: boolean
}

export interface CancelReindexResponse {
  /** Present and `true` when `wait_for_completion=false`. */
  acknowledged?: boolean
  /** Whether the reindex task has completed. Present when `wait_for_completion=true`. */
  completed?: boolean
  /** The ID of the reindex task. The value is the ID assigned when the task was first created and remains stable across node-shutdown relocations. Present when `wait_for_completion=true`. */
  id?: TaskId
  /** A sanitized description of the reindex operation. */
  description?: string
  /** The time at which the reindex task started, in milliseconds since the Unix epoch. */
  start_time_in_millis?: EpochTime<UnitMillis>
  /** The time at which the reindex task started, as an ISO 8601 formatted string. */
  start_time?: string
  /** The elapsed running time of the reindex task, in a human-readable format. Only present when the request includes the `?human=true` query parameter. */
  running_time?: Duration
  /** The elapsed running time of the reindex task, in nanoseconds. */
  running_time_in_nanos?: DurationValue<UnitNanos>
  /** Whether the reindex task has been cancelled. */
  cancelled?: boolean
  /** The status of the reindex operation at the time of cancellation. */
  status?: ReindexStatus
  /** The error that caused the reindex task to fail, if any. */
  error?: ErrorCause
  /** The final result of the reindex operation, if it completed before being cancelled. */
  response?: ReindexTaskResult
}

export interface CapabilitiesFailedNodeException {
  node_id: Id
}

/** Request of `capabilities`. */
export interface CapabilitiesRequest extends RequestBase {
  /** REST method to check */
  method?: CapabilitiesRestMethod
  /** API path to check */
  path?: string
  /** Comma-separated list of API parameters to check */
  parameters?: string | string[]
  /** Comma-separated list of arbitrary API capabilities to check */
  capabilities?: string | string[]
  /** True if only the node being called should be considered */
  local_only?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface CapabilitiesResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  supported: boolean | null
  failures?: CapabilitiesFailedNodeException[]
}

export type CapabilitiesRestMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'

/** Request of `clear_scroll`. */
export interface ClearScrollRequest extends RequestBase {
  /**
   * A comma-separated list of scroll IDs to clear. To clear all scroll IDs, use `_all`. IMPORTANT: Scroll IDs can be long. It is recommended to specify scroll IDs in the request body parameter.
   * @deprecated 7.0.0:
   */
  scroll_id?: ScrollIds
}

export interface ClearScrollResponse {
  /** If `true`, the request succeeded. This does not indicate whether any scrolling search requests were cleared. */
  succeeded: boolean
  /** The number of scrolling search requests cleared. */
  num_freed: integer
}

/** Request of `close_point_in_time`. */
export interface ClosePointInTimeRequest extends RequestBase {
  /** The ID of the point-in-time. */
  id: Id
}

export interface ClosePointInTimeResponse {
  /** If `true`, all search contexts associated with the point-in-time ID were successfully closed. */
  succeeded: boolean
  /** The number of search contexts that were successfully closed. */
  num_freed: integer
}

/** Request of `count`. */
export interface CountRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** The analyzer to use for the query string. This parameter can be used only when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. This parameter can be used only when the `q` query string parameter is specified. */
  analyze_wildcard?: boolean
  /** The default operator for query string query: `and` or `or`. This parameter can be used only when the `q` query string parameter is specified. */
  default_operator?: QueryDslOperator
  /** The field to use as a default when no field prefix is given in the query string. This parameter can be used only when the `q` query string parameter is specified. */
  df?: string
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /**
   * If `true`, concrete, expanded, or aliased indices are ignored when frozen.
   * @deprecated 7.16.0:
   */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. This parameter can be used only when the `q` query string parameter is specified. */
  lenient?: boolean
  /** The minimum `_score` value that documents must have to be included in the result. */
  min_score?: double
  /** The node or shard the operation should be performed on. By default, it is random. */
  preference?: string
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** Specific `tag` of the request for logging and statistical purposes. */
  stats?: string[] | string
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. */
  terminate_after?: long
  /** The query in Lucene query string syntax. This parameter cannot be used with a request body. */
  q?: string
  /** Defines the search query using Query DSL. A request body query cannot be used with the `q` query string parameter. */
  query?: QueryDslQueryContainer
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface CountResponse {
  count: long
  _shards: ShardStatistics
}

/** Request of `create`. */
export interface CreateRequest<TDocument = unknown> extends RequestBase {
  /** A unique identifier for the document. To automatically generate a document ID, use the `POST /<target>/_doc/` request format. */
  id: Id
  /** The name of the data stream or index to target. If the target doesn't exist and matches the name or wildcard (`*`) pattern of an index template with a `data_stream` definition, this request creates the data stream. If the target doesn't exist and doesn’t match a data stream template, this request creates the index. */
  index: IndexName
  /** True or false if to include the document source in the error message in case of parsing errors. */
  include_source_on_error?: boolean
  /** The ID of the pipeline to use to preprocess incoming documents. If the index has a default ingest pipeline specified, setting the value to `_none` turns off the default ingest pipeline for this request. If a final pipeline is configured, it will always run regardless of the value of this parameter. */
  pipeline?: string
  /** If `true`, Elasticsearch refreshes the affected shards to make this operation visible to search. If `wait_for`, it waits for a refresh to make this operation visible to search. If `false`, it does nothing with refreshes. */
  refresh?: Refresh
  /** If `true`, the destination must be an index alias. */
  require_alias?: boolean
  /** If `true`, the request's actions must target a data stream (existing or to be created). */
  require_data_stream?: boolean
  /** A custom value that is used to route operations to a specific shard. */
  routing?: Routing
  /** The period the request waits for the following operations: automatic index creation, dynamic mapping updates, waiting for active shards. Elasticsearch waits for at least the specified timeout period before failing. The actual wait time could be longer, particularly when multiple waits occur. */
  timeout?: Duration
  /** The explicit version number for concurrency control. It must be a non-negative long number. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
  /** The number of shard copies that must be active before proceeding with the operation. You can set it to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The default value of `1` means it waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
  document: TDocument
}

export type CreateResponse = WriteResponseBase

/** Request of `delete_by_query`. */
export interface DeleteByQueryRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams or indices, omit this parameter or use `*` or `_all`. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Analyzer to use for the query string. This parameter can be used only when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. This parameter can be used only when the `q` query string parameter is specified. */
  analyze_wildcard?: boolean
  /** What to do if delete by query hits version conflicts: `abort` or `proceed`. */
  conflicts?: Conflicts
  /** The default operator for query string query: `and` or `or`. This parameter can be used only when the `q` query string parameter is specified. */
  default_operator?: QueryDslOperator
  /** The field to use as default where no field prefix is given in the query string. This parameter can be used only when the `q` query string parameter is specified. */
  df?: string
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Skips the specified number of documents. */
  from?: long
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. This parameter can be used only when the `q` query string parameter is specified. */
  lenient?: boolean
  /** The maximum number of documents to delete. */
  max_docs?: long
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** If `true`, Elasticsearch refreshes all shards involved in the delete by query after the request completes. This is different than the delete API's `refresh` parameter, which causes just the shard that received the delete request to be refreshed. Unlike the delete API, it does not support `wait_for`. */
  refresh?: boolean
  /** If `true`, the request cache is used for this request. Defaults to the index-level setting. */
  request_cache?: boolean
  /** The maximum number of documents to delete per second, across the entire delete-by-query operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second?: float
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** A query in the Lucene query string syntax. */
  q?: string
  /** The period to retain the search context for scrolling. */
  scroll?: Duration
  /** The size of the scroll request that powers the operation. */
  scroll_size?: long
  /** The explicit timeout for each search request. It defaults to no timeout. */
  search_timeout?: Duration
  /** The type of the search operation. Available options include `query_then_fetch` and `dfs_query_then_fetch`. */
  search_type?: SearchType
  /** The number of slices this task should be divided into. */
  slices?: Slices
  /** A sort object that specifies the order of deleted documents. */
  sort?: Sort
  /** The specific `tag` of the request for logging and statistical purposes. */
  stats?: string[]
  /** The maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. */
  terminate_after?: long
  /** The period each deletion request waits for active shards. */
  timeout?: Duration
  /** If `true`, returns the document version as part of a hit. */
  version?: boolean
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The `timeout` value controls how long each write request waits for unavailable shards to become available. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `true`, the request blocks until the operation is complete. If `false`, Elasticsearch performs some preflight checks, launches the request, and returns a task you can use to cancel or get the status of the task. Elasticsearch creates a record of this task as a document at `.tasks/task/${taskId}`. When you are done with a task, you should delete the task document so Elasticsearch can reclaim the space. */
  wait_for_completion?: boolean
  /** The documents to delete specified with Query DSL. */
  query?: QueryDslQueryContainer
  /** Slice the request manually using the provided slice ID and total number of slices. */
  slice?: SlicedScroll
}

export interface DeleteByQueryResponse {
  /** The number of scroll responses pulled back by the delete by query. */
  batches?: long
  /** The number of documents that were successfully deleted. */
  deleted?: long
  /** An array of failures if there were any unrecoverable errors during the process. If this array is not empty, the request ended abnormally because of those failures. Delete by query is implemented using batches and any failures cause the entire process to end but all failures in the current batch are collected into the array. You can use the `conflicts` option to prevent reindex from ending on version conflicts. */
  failures?: BulkIndexByScrollFailure[]
  /** This field is always equal to zero for delete by query. It exists only so that delete by query, update by query, and reindex APIs return responses with the same structure. */
  noops?: long
  /** The number of requests per second effectively run during the delete by query. */
  requests_per_second?: float
  /** The number of retries attempted by delete by query. `bulk` is the number of bulk actions retried. `search` is the number of search actions retried. */
  retries?: Retries
  slice_id?: integer
  /** Status of each slice if the delete by query was sliced */
  slices?: ReindexStatus[]
  task?: TaskId
  throttled?: Duration
  /** The number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis?: DurationValue<UnitMillis>
  throttled_until?: Duration
  /** This field should always be equal to zero in a `_delete_by_query` response. It has meaning only when using the task API, where it indicates the next time (in milliseconds since epoch) a throttled request will be run again in order to conform to `requests_per_second`. */
  throttled_until_millis?: DurationValue<UnitMillis>
  /** If `true`, some requests run during the delete by query operation timed out. */
  timed_out?: boolean
  /** The number of milliseconds from start to end of the whole operation. */
  took?: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total?: long
  /** The number of version conflicts that the delete by query hit. */
  version_conflicts?: long
}

/** Request of `delete_by_query_rethrottle`. */
export interface DeleteByQueryRethrottleRequest extends RequestBase {
  /** The ID for the task. */
  task_id: TaskId
  /** The maximum number of documents to delete per second, across the entire delete-by-query operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second: float
}

export type DeleteByQueryRethrottleResponse = TasksTaskListResponseBase

/** Request of `delete`. */
export interface DeleteRequest extends RequestBase {
  /** A unique identifier for the document. */
  id: Id
  /** The name of the target index. */
  index: IndexName
  /** Only perform the operation if the document has this primary term. */
  if_primary_term?: long
  /** Only perform the operation if the document has this sequence number. */
  if_seq_no?: SequenceNumber
  /** If `true`, Elasticsearch refreshes the affected shards to make this operation visible to search. If `wait_for`, it waits for a refresh to make this operation visible to search. If `false`, it does nothing with refreshes. */
  refresh?: Refresh
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The period to wait for active shards. */
  timeout?: Duration
  /** An explicit version number for concurrency control. It must match the current version of the document for the request to succeed. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
  /** The minimum number of shard copies that must be active before proceeding with the operation. You can set it to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The default value of `1` means it waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
}

export type DeleteResponse = WriteResponseBase

/** Request of `delete_script`. */
export interface DeleteScriptRequest extends RequestBase {
  /** The identifier for the stored script or search template. */
  id: Id
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  timeout?: Duration
}

export type DeleteScriptResponse = AcknowledgedResponseBase

/** Request of `exists`. */
export interface ExistsRequest extends RequestBase {
  /** A unique document identifier. */
  id: Id
  /** A comma-separated list of data streams, indices, and aliases. It supports wildcards (`*`). */
  index: IndexName
  /** The node or shard the operation should be performed on. By default, the operation is randomized between the shard replicas. */
  preference?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** If `true`, the request refreshes the relevant shards before retrieving the document. Setting it to `true` should be done after careful thought and verification that this does not cause a heavy load on the system (and slow down indexing). */
  refresh?: boolean
  /** A custom value used to route operations to a specific shard. */
  routing?: Routing
  /** Indicates whether to return the `_source` field (`true` or `false`) or lists the fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** A comma-separated list of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the `_source` parameter defaults to `false`. */
  stored_fields?: Fields
  /** Explicit version number for concurrency control. The specified version must match the current version of the document for the request to succeed. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
}

export type ExistsResponse = boolean

/** Request of `exists_source`. */
export interface ExistsSourceRequest extends RequestBase {
  /** A unique identifier for the document. */
  id: Id
  /** A comma-separated list of data streams, indices, and aliases. It supports wildcards (`*`). */
  index: IndexName
  /** The node or shard the operation should be performed on. By default, the operation is randomized between the shard replicas. */
  preference?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** If `true`, the request refreshes the relevant shards before retrieving the document. Setting it to `true` should be done after careful thought and verification that this does not cause a heavy load on the system (and slow down indexing). */
  refresh?: boolean
  /** A custom value used to route operations to a specific shard. */
  routing?: Routing
  /** Indicates whether to return the `_source` field (`true` or `false`) or lists the fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude in the response. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. */
  _source_includes?: Fields
  /** The version number for concurrency control. It must match the current version of the document for the request to succeed. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
}

export type ExistsSourceResponse = boolean

export interface ExplainExplanation {
  description: string
  details: ExplainExplanationDetail[]
  value: float
}

export interface ExplainExplanationDetail {
  description: string
  details?: ExplainExplanationDetail[]
  value: float
}

/** Request of `explain`. */
export interface ExplainRequest extends RequestBase {
  /** The document identifier. */
  id: Id
  /** Index names that are used to limit the request. Only a single index name can be provided to this parameter. */
  index: IndexName
  /** The analyzer to use for the query string. This parameter can be used only when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. This parameter can be used only when the `q` query string parameter is specified. */
  analyze_wildcard?: boolean
  /** The default operator for query string query: `and` or `or`. This parameter can be used only when the `q` query string parameter is specified. */
  default_operator?: QueryDslOperator
  /** The field to use as default where no field prefix is given in the query string. This parameter can be used only when the `q` query string parameter is specified. */
  df?: string
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. This parameter can be used only when the `q` query string parameter is specified. */
  lenient?: boolean
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** `True` or `false` to return the `_source` field or not or a list of fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** A comma-separated list of stored fields to return in the response. */
  stored_fields?: Fields
  /** The query in the Lucene query string syntax. */
  q?: string
  /** Defines the search definition using the Query DSL. */
  query?: QueryDslQueryContainer
}

export interface ExplainResponse<TDocument = unknown> {
  _index: IndexName
  _id: Id
  matched: boolean
  explanation?: ExplainExplanationDetail
  get?: InlineGet<TDocument>
}

export interface FieldCapsFieldCapability {
  /** Whether this field can be aggregated on all indices. */
  aggregatable: boolean
  /** The list of indices where this field has the same type family, or null if all indices have the same type family for the field. */
  indices?: Indices
  /** Merged metadata across all indices as a map of string keys to arrays of values. A value length of 1 indicates that all indices had the same value for this key, while a length of 2 or more indicates that not all indices had the same value for this key. */
  meta?: Metadata
  /** The list of indices where this field is not aggregatable, or null if all indices have the same definition for the field. */
  non_aggregatable_indices?: Indices
  /** The list of indices where this field is not searchable, or null if all indices have the same definition for the field. */
  non_searchable_indices?: Indices
  /** Whether this field is indexed for search on all indices. */
  searchable: boolean
  type: string
  /** Whether this field is an inference field, meaning a field that automatically performs inference (for example, `semantic_text` fields), on all indices. */
  inference?: boolean
  /** The list of indices where this field is not an inference field, or null if all indices have the same definition for the field. */
  non_inference_indices?: Indices
  /** Whether this field is registered as a metadata field. */
  metadata_field?: boolean
  /** Whether this field is used as a time series dimension. */
  time_series_dimension?: boolean
  /** Contains metric type if this fields is used as a time series metrics, absent if the field is not used as metric. */
  time_series_metric?: MappingTimeSeriesMetricType
  /** If this list is present in response then some indices have the field marked as a dimension and other indices, the ones in this list, do not. */
  non_dimension_indices?: IndexName[]
  /** The list of indices where this field is present if these indices don’t have the same `time_series_metric` value for this field. */
  metric_conflicts_indices?: IndexName[]
}

/** Request of `field_caps`. */
export interface FieldCapsRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (*). To target all data streams and indices, omit this parameter or use * or _all. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** A list of fields to retrieve capabilities for. Wildcard (`*`) expressions are supported. */
  fields?: Fields
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If true, unmapped fields are included in the response. */
  include_unmapped?: boolean
  /** A comma-separated list of filters to apply to the response. */
  filters?: string | string[]
  /** A comma-separated list of field types to include. Any fields that do not match one of these types will be excluded from the results. It defaults to empty, meaning that all field types are returned. */
  types?: string[]
  /** If false, empty fields are not included in the response. */
  include_empty_fields?: boolean
  /** Filter indices if the provided query rewrites to `match_none` on every shard. */
  index_filter?: QueryDslQueryContainer
  /** Define ad-hoc runtime fields in the request similar to the way it is done in search requests. These fields exist only as part of the query and take precedence over fields defined with the same name in the index mappings. */
  runtime_mappings?: MappingRuntimeFields
  /** Specifies a subset of projects to target for the field-caps query using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface FieldCapsResponse {
  /** The list of indices where this field has the same type family, or null if all indices have the same type family for the field. */
  indices: Indices
  fields: Record<Field, Record<string, FieldCapsFieldCapability>>
}

export interface GetGetResult<TDocument = unknown> {
  /** The name of the index the document belongs to. */
  _index: IndexName
  /** If the `stored_fields` parameter is set to `true` and `found` is `true`, it contains the document fields stored in the index. */
  fields?: Record<string, any>
  _ignored?: string[]
  /** Indicates whether the document exists. */
  found: boolean
  /** The unique identifier for the document. */
  _id: Id
  /** The primary term assigned to the document for the indexing operation. */
  _primary_term?: long
  /** The explicit routing, if set. */
  _routing?: string
  /** The sequence number assigned to the document for the indexing operation. Sequence numbers are used to ensure an older version of a document doesn't overwrite a newer version. */
  _seq_no?: SequenceNumber
  /** If `found` is `true`, it contains the document data formatted in JSON. If the `_source` parameter is set to `false` or the `stored_fields` parameter is set to `true`, it is excluded. */
  _source?: TDocument
  /** The document version, which is ncremented each time the document is updated. */
  _version?: VersionNumber
}

/** Request of `get_reindex`. */
export interface GetReindexRequest extends RequestBase {
  /** The ID of the reindex task to retrieve. */
  task_id: TaskId
  /** If `true`, the request blocks until the reindex task completes, then returns the result. */
  wait_for_completion?: boolean
  /** The period to wait for the reindex task to complete when `wait_for_completion` is `true`. */
  timeout?: Duration
}

export interface GetReindexResponse {
  /** Whether the reindex task has completed. */
  completed: boolean
  /** The ID of the reindex task. The value is the ID assigned when the task was first created and remains stable across node-shutdown relocations. */
  id: TaskId
  /** A sanitized description of the reindex operation (source and destination indices, and optionally remote host info). */
  description?: string
  /** The time at which the reindex task started, in milliseconds since the Unix epoch. */
  start_time_in_millis: EpochTime<UnitMillis>
  /** The time at which the reindex task started, as an ISO 8601 formatted string. Only present when the request includes the `?human=true` query parameter. */
  start_time?: string
  /** The elapsed running time of the reindex task, in a human-readable format. Only present when the request includes the `?human=true` query parameter. */
  running_time?: Duration
  /** The elapsed running time of the reindex task, in nanoseconds. */
  running_time_in_nanos: DurationValue<UnitNanos>
  /** Whether the reindex task has been cancelled. */
  cancelled: boolean
  /** The current progress of the reindex operation. */
  status?: ReindexStatus
  /** The error that caused the reindex task to fail, if any. */
  error?: ErrorCause
  /** The final result of the completed reindex operation, if the task has finished successfully. */
  response?: ReindexTaskResult
}

/** Request of `get`. */
export interface GetRequest extends RequestBase {
  /** A unique document identifier. */
  id: Id
  /** The name of the index that contains the document. */
  index: IndexName
  /** Indicates whether the request forces synthetic `_source`. Use this parameter to test if the mapping supports synthetic `_source` and to get a sense of the worst case performance. Fetches with this parameter enabled will be slower than enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /** The node or shard the operation should be performed on. By default, the operation is randomized between the shard replicas. */
  preference?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** If `true`, the request refreshes the relevant shards before retrieving the document. Setting it to `true` should be done after careful thought and verification that this does not cause a heavy load on the system (and slow down indexing). */
  refresh?: boolean
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** Indicates whether to return the `_source` field (`true` or `false`) or lists the fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_excludes?: Fields
  /** Whether vectors should be excluded from _source */
  _source_exclude_vectors?: boolean
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** A comma-separated list of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the `_source` parameter defaults to `false`. Only leaf fields can be retrieved with the `stored_fields` option. Object fields can't be returned; if specified, the request fails. */
  stored_fields?: Fields
  /** The version number for concurrency control. It must match the current version of the document for the request to succeed. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
}

export type GetResponse<TDocument = unknown> = GetGetResult<TDocument>

export interface GetScriptContextContext {
  methods: GetScriptContextContextMethod[]
  name: Name
}

export interface GetScriptContextContextMethod {
  name: Name
  return_type: string
  params: GetScriptContextContextMethodParam[]
}

export interface GetScriptContextContextMethodParam {
  name: Name
  type: string
}

/** Request of `get_script_context`. */
export interface GetScriptContextRequest extends RequestBase {
}

export interface GetScriptContextResponse {
  contexts: GetScriptContextContext[]
}

export interface GetScriptLanguagesLanguageContext {
  contexts: string[]
  language: ScriptLanguage
}

/** Request of `get_script_languages`. */
export interface GetScriptLanguagesRequest extends RequestBase {
}

export interface GetScriptLanguagesResponse {
  language_contexts: GetScriptLanguagesLanguageContext[]
  types_allowed: string[]
}

/** Request of `get_script`. */
export interface GetScriptRequest extends RequestBase {
  /** The identifier for the stored script or search template. */
  id: Id
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export interface GetScriptResponse {
  _id: Id
  found: boolean
  script?: StoredScript
}

/** Request of `get_source`. */
export interface GetSourceRequest extends RequestBase {
  /** A unique document identifier. */
  id: Id
  /** The name of the index that contains the document. */
  index: IndexName
  /** The node or shard the operation should be performed on. By default, the operation is randomized between the shard replicas. */
  preference?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** If `true`, the request refreshes the relevant shards before retrieving the document. Setting it to `true` should be done after careful thought and verification that this does not cause a heavy load on the system (and slow down indexing). */
  refresh?: boolean
  /** A custom value used to route operations to a specific shard. */
  routing?: Routing
  /** Indicates whether to return the `_source` field (`true` or `false`) or lists the fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude in the response. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. */
  _source_includes?: Fields
  /** The version number for concurrency control. It must match the current version of the document for the request to succeed. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
}

export type GetSourceResponse<TDocument = unknown> = TDocument

export interface HealthReportBaseIndicator {
  status: HealthReportIndicatorHealthStatus
  symptom: string
  impacts?: HealthReportImpact[]
  diagnosis?: HealthReportDiagnosis[]
}

export interface HealthReportDataStreamLifecycleDetails {
  stagnating_backing_indices_count: integer
  total_backing_indices_in_error: integer
  stagnating_backing_indices?: HealthReportStagnatingBackingIndices[]
}

/** DATA_STREAM_LIFECYCLE */
export interface HealthReportDataStreamLifecycleIndicator extends HealthReportBaseIndicator {
  details?: HealthReportDataStreamLifecycleDetails
}

export interface HealthReportDiagnosis {
  id: string
  action: string
  affected_resources: HealthReportDiagnosisAffectedResources
  cause: string
  help_url: string
}

export interface HealthReportDiagnosisAffectedResources {
  indices?: Indices
  nodes?: HealthReportIndicatorNode[]
  slm_policies?: string[]
  feature_states?: string[]
  snapshot_repositories?: string[]
}

/** DISK */
export interface HealthReportDiskIndicator extends HealthReportBaseIndicator {
  details?: HealthReportDiskIndicatorDetails
}

export interface HealthReportDiskIndicatorDetails {
  indices_with_readonly_block: long
  nodes_with_enough_disk_space: long
  nodes_over_high_watermark: long
  nodes_over_flood_stage_watermark: long
  nodes_with_unknown_disk_status: long
}

/** FILE_SETTINGS */
export interface HealthReportFileSettingsIndicator extends HealthReportBaseIndicator {
  details?: HealthReportFileSettingsIndicatorDetails
}

export interface HealthReportFileSettingsIndicatorDetails {
  failure_streak: long
  most_recent_failure: string
}

/** ILM */
export interface HealthReportIlmIndicator extends HealthReportBaseIndicator {
  details?: HealthReportIlmIndicatorDetails
}

export interface HealthReportIlmIndicatorDetails {
  ilm_status: LifecycleOperationMode
  policies: long
  stagnating_indices: integer
}

export interface HealthReportImpact {
  description: string
  id: string
  impact_areas: HealthReportImpactArea[]
  severity: integer
}

export type HealthReportImpactArea = 'search' | 'ingest' | 'backup' | 'deployment_management'

export type HealthReportIndicatorHealthStatus = 'green' | 'yellow' | 'red' | 'unknown' | 'unavailable'

export interface HealthReportIndicatorNode {
  name: string | null
  node_id: string | null
}

export interface HealthReportIndicators {
  master_is_stable?: HealthReportMasterIsStableIndicator
  shards_availability?: HealthReportShardsAvailabilityIndicator
  disk?: HealthReportDiskIndicator
  repository_integrity?: HealthReportRepositoryIntegrityIndicator
  data_stream_lifecycle?: HealthReportDataStreamLifecycleIndicator
  ilm?: HealthReportIlmIndicator
  slm?: HealthReportSlmIndicator
  shards_capacity?: HealthReportShardsCapacityIndicator
  file_settings?: HealthReportFileSettingsIndicator
  project_encryption_key?: HealthReportProjectEncryptionKeyIndicator
}

/** MASTER_IS_STABLE */
export interface HealthReportMasterIsStableIndicator extends HealthReportBaseIndicator {
  details?: HealthReportMasterIsStableIndicatorDetails
}

export interface HealthReportMasterIsStableIndicatorClusterFormationNode {
  name?: string
  node_id: string
  cluster_formation_message: string
}

export interface HealthReportMasterIsStableIndicatorDetails {
  current_master: HealthReportIndicatorNode
  recent_masters: HealthReportIndicatorNode[]
  exception_fetching_history?: HealthReportMasterIsStableIndicatorExceptionFetchingHistory
  cluster_formation?: HealthReportMasterIsStableIndicatorClusterFormationNode[]
}

export interface HealthReportMasterIsStableIndicatorExceptionFetchingHistory {
  message: string
  stack_trace: string
}

export interface HealthReportProjectEncryptionKeyDetails {
  active_key_id?: string
  active_password_id: string
  /** Whether callers must refuse to store secrets when the service is not ready. If `false`, callers may fall back to storing secrets in plaintext (with a warning). */
  encryption_required: boolean
  key_count?: integer
  metadata_password_id?: string
  state: string
}

/** PROJECT_ENCRYPTION_KEY */
export interface HealthReportProjectEncryptionKeyIndicator extends HealthReportBaseIndicator {
  details?: HealthReportProjectEncryptionKeyDetails
}

/** REPOSITORY_INTEGRITY */
export interface HealthReportRepositoryIntegrityIndicator extends HealthReportBaseIndicator {
  details?: HealthReportRepositoryIntegrityIndicatorDetails
}

export interface HealthReportRepositoryIntegrityIndicatorDetails {
  total_repositories?: long
  corrupted_repositories?: long
  corrupted?: string[]
}

/** Request of `health_report`. */
export interface HealthReportRequest extends RequestBase {
  /** A feature of the cluster, as returned by the top-level health report API. */
  feature?: string | string[]
  /** Explicit operation timeout. */
  timeout?: Duration
  /** Opt-in for more information about the health of the system. */
  verbose?: boolean
  /** Limit the number of affected resources the health report API returns. */
  size?: integer
}

export interface HealthReportResponse {
  cluster_name: string
  indicators: HealthReportIndicators
  status?: HealthReportIndicatorHealthStatus
}

/** SHARDS_AVAILABILITY */
export interface HealthReportShardsAvailabilityIndicator extends HealthReportBaseIndicator {
  details?: HealthReportShardsAvailabilityIndicatorDetails
}

export interface HealthReportShardsAvailabilityIndicatorDetails {
  creating_primaries: long
  creating_replicas: long
  initializing_primaries: long
  initializing_replicas: long
  restarting_primaries: long
  restarting_replicas: long
  started_primaries: long
  started_replicas: long
  unassigned_primaries: long
  unassigned_replicas: long
}

/** SHARDS_CAPACITY */
export interface HealthReportShardsCapacityIndicator extends HealthReportBaseIndicator {
  details?: HealthReportShardsCapacityIndicatorDetails
}

export interface HealthReportShardsCapacityIndicatorDetails {
  data: HealthReportShardsCapacityIndicatorTierDetail
  frozen: HealthReportShardsCapacityIndicatorTierDetail
}

export interface HealthReportShardsCapacityIndicatorTierDetail {
  max_shards_in_cluster: integer
  current_used_shards?: integer
}

/** SLM */
export interface HealthReportSlmIndicator extends HealthReportBaseIndicator {
  details?: HealthReportSlmIndicatorDetails
}

export interface HealthReportSlmIndicatorDetails {
  slm_status: LifecycleOperationMode
  policies: long
  unhealthy_policies?: HealthReportSlmIndicatorUnhealthyPolicies
}

export interface HealthReportSlmIndicatorUnhealthyPolicies {
  count: long
  invocations_since_last_success?: Record<string, long>
}

export interface HealthReportStagnatingBackingIndices {
  index_name: IndexName
  first_occurrence_timestamp: long
  retry_count: integer
}

/** Request of `index`. */
export interface IndexRequest<TDocument = unknown> extends RequestBase {
  /** A unique identifier for the document. To automatically generate a document ID, use the `POST /<target>/_doc/` request format and omit this parameter. */
  id?: Id
  /** The name of the data stream or index to target. If the target doesn't exist and matches the name or wildcard (`*`) pattern of an index template with a `data_stream` definition, this request creates the data stream. If the target doesn't exist and doesn't match a data stream template, this request creates the index. You can check for existing targets with the resolve index API. */
  index: IndexName
  /** Only perform the operation if the document has this primary term. */
  if_primary_term?: long
  /** Only perform the operation if the document has this sequence number. */
  if_seq_no?: SequenceNumber
  /** True or false if to include the document source in the error message in case of parsing errors. */
  include_source_on_error?: boolean
  /** Set to `create` to only index the document if it does not already exist (put if absent). If a document with the specified `_id` already exists, the indexing operation will fail. The behavior is the same as using the `<index>/_create` endpoint. If a document ID is specified, this paramater defaults to `index`. Otherwise, it defaults to `create`. If the request targets a data stream, an `op_type` of `create` is required. */
  op_type?: OpType
  /** The ID of the pipeline to use to preprocess incoming documents. If the index has a default ingest pipeline specified, then setting the value to `_none` disables the default ingest pipeline for this request. If a final pipeline is configured it will always run, regardless of the value of this parameter. */
  pipeline?: string
  /** If `true`, Elasticsearch refreshes the affected shards to make this operation visible to search. If `wait_for`, it waits for a refresh to make this operation visible to search. If `false`, it does nothing with refreshes. */
  refresh?: Refresh
  /** A custom value that is used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The period the request waits for the following operations: automatic index creation, dynamic mapping updates, waiting for active shards. */
  timeout?: Duration
  /** An explicit version number for concurrency control. It must be a non-negative long number. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
  /** The number of shard copies that must be active before proceeding with the operation. You can set it to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The default value of `1` means it waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `true`, the destination must be an index alias. */
  require_alias?: boolean
  /** If `true`, the request's actions must target a data stream (existing or to be created). */
  require_data_stream?: boolean
  document: TDocument
}

export type IndexResponse = WriteResponseBase

/** Request of `info`. */
export interface InfoRequest extends RequestBase {
}

export interface InfoResponse {
  /** The responding cluster's name. */
  cluster_name: Name
  cluster_uuid: Uuid
  /** The responding node's name. */
  name: Name
  tagline: string
  /** Version information for the Elasticsearch cluster. In Serverless, `version.number` always reports the next target Elasticsearch release version at the time of the request, not an actual deployed version. The version number is provided to maintain client compatibility but is not meaningful for assessing feature availability. Use `build_flavor: serverless` to detect a Serverless environment. */
  version: ElasticsearchVersionInfo
}

export interface KnnSearchKnnSearchQuery {
  /** The name of the vector field to search against */
  field: Field
  /** The query vector */
  query_vector: QueryVector
  /** The final number of nearest neighbors to return as top hits */
  k: integer
  /** The number of nearest neighbor candidates to consider per shard */
  num_candidates: integer
}

/**
 * Request of `knn_search`.
 * @deprecated 8.4.0: The kNN search API has been replaced by the `knn` option in the search API.
 */
export interface KnnSearchRequest extends RequestBase {
  /** A comma-separated list of index names to search; use `_all` or to perform the operation on all indices. */
  index: Indices
  /** A comma-separated list of specific routing values. */
  routing?: Routing
  /** Indicates which source fields are returned for matching documents. These fields are returned in the `hits._source` property of the search response. */
  _source?: SearchSourceConfig
  /** The request returns doc values for field names matching these patterns in the `hits.fields` property of the response. It accepts wildcard (`*`) patterns. */
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  /** A list of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the `_source` parameter defaults to `false`. You can pass `_source: true` to return both source fields and stored fields in the search response. */
  stored_fields?: Fields
  /** The request returns values for field names matching these patterns in the `hits.fields` property of the response. It accepts wildcard (`*`) patterns. */
  fields?: Fields
  /** A query to filter the documents that can match. The kNN search will return the top `k` documents that also match this filter. The value can be a single query or a list of queries. If `filter` isn't provided, all documents are allowed to match. */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** The kNN query to run. */
  knn: KnnSearchKnnSearchQuery
}

export interface KnnSearchResponse<TDocument = unknown> {
  /** The milliseconds it took Elasticsearch to run the request. */
  took: long
  /** If true, the request timed out before completion; returned results may be partial or empty. */
  timed_out: boolean
  /** A count of shards used for the request. */
  _shards: ShardStatistics
  /** The returned documents and metadata. */
  hits: SearchHitsMetadata<TDocument>
  /** The field values for the documents. These fields must be specified in the request using the `fields` parameter. */
  fields?: Record<string, any>
  /** The highest returned document score. This value is null for requests that do not sort by score. */
  max_score?: double
}

/** Request of `list_reindex`. */
export interface ListReindexRequest extends RequestBase {
  /** If `true`, include detailed task status information in the response. */
  detailed?: boolean
}

export interface ListReindexResponse {
  /** The list of currently running reindex tasks. */
  reindex: ReindexTaskInfo[]
  /** Per-task failures encountered while listing reindex tasks. Tasks that failed are not included in the `reindex` array. */
  task_failures?: TaskFailure[]
  /** Node-level failures encountered while listing reindex tasks. Typically populated when a node disconnects or stops responding mid-request, reindex tasks running on such nodes will be missing from the `reindex` array for the duration of the disruption. */
  node_failures?: ErrorCause[]
}

export interface MgetMultiGetError {
  error: ErrorCause
  _id: Id
  _index: IndexName
}

export interface MgetOperation {
  /** The unique document ID. */
  _id: Id
  /** The index that contains the document. */
  _index?: IndexName
  /** The key for the primary shard the document resides on. Required if routing is used during indexing. */
  routing?: Routing
  /** If `false`, excludes all _source fields. */
  _source?: SearchSourceConfig
  /** The stored fields you want to retrieve. */
  stored_fields?: Fields
  version?: VersionNumber
  version_type?: VersionType
}

/** Request of `mget`. */
export interface MgetRequest extends RequestBase {
  /** Name of the index to retrieve documents from when `ids` are specified, or when a document in the `docs` array does not specify an index. */
  index?: IndexName
  /** Should this request force synthetic _source? Use this to test if the mapping supports synthetic _source and to get a sense of the worst case performance. Fetches with this enabled will be slower the enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /** Specifies the node or shard the operation should be performed on. Random by default. */
  preference?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** If `true`, the request refreshes relevant shards before retrieving documents. */
  refresh?: boolean
  /** Custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** True or false to return the `_source` field or not, or a list of fields to return. */
  _source?: SearchSourceConfigParam
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. */
  _source_excludes?: Fields
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** If `true`, retrieves the document fields stored in the index rather than the document `_source`. */
  stored_fields?: Fields
  /** The documents you want to retrieve. Required if no index is specified in the request URI. */
  docs?: MgetOperation[]
  /** The IDs of the documents you want to retrieve. Allowed when the index is specified in the request URI. */
  ids?: Ids
}

export interface MgetResponse<TDocument = unknown> {
  /** The response includes a docs array that contains the documents in the order specified in the request. The structure of the returned documents is similar to that returned by the get API. If there is a failure getting a particular document, the error is included in place of the document. */
  docs: MgetResponseItem<TDocument>[]
}

export type MgetResponseItem<TDocument = unknown> = GetGetResult<TDocument> | MgetMultiGetError

export interface MsearchMultiSearchItem<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> extends SearchResponseBody<TDocument, TAggregations> {
  status?: integer
}

export interface MsearchMultiSearchResult<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
  took: long
  responses: MsearchResponseItem<TDocument, TAggregations>[]
}

/** Contains parameters used to limit or change the subsequent search body request. */
export interface MsearchMultisearchHeader {
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  index?: Indices
  preference?: string
  project_routing?: ProjectRouting
  request_cache?: boolean
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  search_type?: SearchType
  ccs_minimize_roundtrips?: boolean
  allow_partial_search_results?: boolean
  ignore_throttled?: boolean
  /** The slice identifier for routing the search to a specific slice. Use the special value `_all` to query all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  _slice?: string
}

/** Request of `msearch`. */
export interface MsearchRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and index aliases to search. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If true, network roundtrips between the coordinating node and remote clusters are minimized for cross-cluster search requests. */
  ccs_minimize_roundtrips?: boolean
  /** Type of index that wildcard expressions can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. */
  expand_wildcards?: ExpandWildcards
  /**
   * If true, concrete, expanded or aliased indices are ignored when frozen.
   * @deprecated 7.16.0: This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Indicates whether hit.matched_queries should be rendered as a map that includes the name of the matched query associated with its score (true) or as an array containing the name of the matched queries (false) This functionality reruns each named query on every hit in a search response. Typically, this adds a small overhead to a request. However, using computationally expensive named queries on a large number of hits may add significant overhead. */
  include_named_queries_score?: boolean
  /** Maximum number of concurrent searches the multi search API can execute. Defaults to `max(1, (# of data nodes * min(search thread pool size, 10)))`. */
  max_concurrent_searches?: integer
  /** Maximum number of concurrent shard requests that each sub-search request executes per node. */
  max_concurrent_shard_requests?: integer
  /** Defines a threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. This filter roundtrip can limit the number of shards significantly if for instance a shard can not match any documents based on its rewrite method i.e., if date filters are mandatory to match but the shard bounds and the query are disjoint. */
  pre_filter_shard_size?: long
  /** Specifies a subset of projects to target for a search using project metadata tags in a subset Lucene syntax. Allowed Lucene queries: the _alias tag and a single value (possible wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** If true, hits.total are returned as an integer in the response. Defaults to false, which returns an object. */
  rest_total_hits_as_int?: boolean
  /** Custom routing value used to route search operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** Indicates whether global term and document frequencies should be used when scoring returned documents. */
  search_type?: SearchType
  /** The slice identifier for routing the search to a specific slice. When provided at the top level, all sub-searches are routed to shards matching the given slice value. Use the special value `_all` to query all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. Individual sub-search headers can also specify `_slice` to override the top-level setting. */
  route_slice?: string
  /** Specifies whether aggregation and suggester names should be prefixed by their respective types in the response. */
  typed_keys?: boolean
  searches: Array<MsearchRequestItem | string | Buffer> | string | Buffer
}

export type MsearchRequestItem = MsearchMultisearchHeader | SearchSearchRequestBody

export type MsearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = MsearchMultiSearchResult<TDocument, TAggregations>

export type MsearchResponseItem<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = MsearchMultiSearchItem<TDocument, TAggregations> | ErrorResponseBase

/** Request of `msearch_template`. */
export interface MsearchTemplateRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams and indices, omit this parameter or use `*`. */
  index?: Indices
  /** If `true`, network round-trips are minimized for cross-cluster search requests. */
  ccs_minimize_roundtrips?: boolean
  /** The maximum number of concurrent searches the API can run. */
  max_concurrent_searches?: long
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** The type of the search operation. */
  search_type?: SearchType
  /** If `true`, the response returns `hits.total` as an integer. If `false`, it returns `hits.total` as an object. */
  rest_total_hits_as_int?: boolean
  /** If `true`, the response prefixes aggregation and suggester names with their respective types. */
  typed_keys?: boolean
  search_templates: Array<MsearchTemplateRequestItem | string | Buffer> | string | Buffer
}

export type MsearchTemplateRequestItem = MsearchMultisearchHeader | MsearchTemplateTemplateConfig

export type MsearchTemplateResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = MsearchMultiSearchResult<TDocument, TAggregations>

export interface MsearchTemplateTemplateConfig {
  /** If `true`, returns detailed information about score calculation as part of each hit. */
  explain?: boolean
  /** The ID of the search template to use. If no `source` is specified, this parameter is required. */
  id?: Id
  /** Key-value pairs used to replace Mustache variables in the template. The key is the variable name. The value is the variable value. */
  params?: Record<string, any>
  /** If `true`, the query execution is profiled. */
  profile?: boolean
  /** An inline search template. Supports the same parameters as the search API's request body. It also supports Mustache variables. If no `id` is specified, this parameter is required. */
  source?: ScriptSource
}

export interface MtermvectorsOperation {
  /** The ID of the document. */
  _id?: Id
  /** The index of the document. */
  _index?: IndexName
  /** An artificial document (a document not present in the index) for which you want to retrieve term vectors. */
  doc?: any
  /** Comma-separated list or wildcard expressions of fields to include in the statistics. Used as the default list unless a specific field list is provided in the `completion_fields` or `fielddata_fields` parameters. */
  fields?: Fields
  /** If `true`, the response includes the document count, sum of document frequencies, and sum of total term frequencies. */
  field_statistics?: boolean
  /** Filter terms based on their tf-idf scores. */
  filter?: TermvectorsFilter
  /** If `true`, the response includes term offsets. */
  offsets?: boolean
  /** If `true`, the response includes term payloads. */
  payloads?: boolean
  /** If `true`, the response includes term positions. */
  positions?: boolean
  /** Custom value used to route operations to a specific shard. */
  routing?: Routing
  /** If true, the response includes term frequency and document frequency. */
  term_statistics?: boolean
  /** If `true`, returns the document version as part of a hit. */
  version?: VersionNumber
  /** Specific version type. */
  version_type?: VersionType
}

/** Request of `mtermvectors`. */
export interface MtermvectorsRequest extends RequestBase {
  /** The name of the index that contains the documents. */
  index?: IndexName
  /** A simplified syntax to specify documents by their ID if they're in the same index. */
  ids?: Id[]
  /** A comma-separated list or wildcard expressions of fields to include in the statistics. It is used as the default list unless a specific field list is provided in the `completion_fields` or `fielddata_fields` parameters. */
  fields?: Fields
  /** If `true`, the response includes the document count, sum of document frequencies, and sum of total term frequencies. */
  field_statistics?: boolean
  /** If `true`, the response includes term offsets. */
  offsets?: boolean
  /** If `true`, the response includes term payloads. */
  payloads?: boolean
  /** If `true`, the response includes term positions. */
  positions?: boolean
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** If true, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** If true, the response includes term frequency and document frequency. */
  term_statistics?: boolean
  /** If `true`, returns the document version as part of a hit. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
  /** An array of existing or artificial documents. */
  docs?: MtermvectorsOperation[]
}

export interface MtermvectorsResponse {
  docs: MtermvectorsTermVectorsResult[]
}

export interface MtermvectorsTermVectorsResult {
  _id?: Id
  _index: IndexName
  _version?: VersionNumber
  took?: long
  found?: boolean
  term_vectors?: Record<Field, TermvectorsTermVector>
  error?: ErrorCause
}

/** Request of `open_point_in_time`. */
export interface OpenPointInTimeRequest extends RequestBase {
  /** A comma-separated list of index names to open point in time; use `_all` or empty string to perform the operation on all indices */
  index: Indices
  /** Extend the length of time that the point in time persists. */
  keep_alive: Duration
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** The node or shard the operation should be performed on. By default, it is random. */
  preference?: string
  /** A custom value that is used to route operations to a specific shard. */
  routing?: Routing
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Indicates whether the point in time tolerates unavailable shards or shard failures when initially creating the PIT. If `false`, creating a point in time request when a shard is missing or unavailable will throw an exception. If `true`, the point in time will contain all the shards that are available at the time of the request. */
  allow_partial_search_results?: boolean
  /** Maximum number of concurrent shard requests that each sub-search request executes per node. */
  max_concurrent_shard_requests?: integer
  /** Filter indices if the provided query rewrites to `match_none` on every shard. */
  index_filter?: QueryDslQueryContainer
  /** Specifies a subset of projects to target for the PIT request using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface OpenPointInTimeResponse {
  /** Shards used to create the PIT */
  _shards: ShardStatistics
  id: Id
  /** Metadata about the clusters involved in the request, returned when the request targets one or more remote clusters. */
  _clusters?: ClusterStatistics
}

/** Request of `ping`. */
export interface PingRequest extends RequestBase {
}

export type PingResponse = boolean

/** Request of `put_script`. */
export interface PutScriptRequest extends RequestBase {
  /** The identifier for the stored script or search template. It must be unique within the cluster. */
  id: Id
  /** The context in which the script or search template should run. To prevent errors, the API immediately compiles the script or template in this context. */
  context?: Name
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  timeout?: Duration
  /** The script or search template, its parameters, and its language. */
  script: StoredScript
}

export type PutScriptResponse = AcknowledgedResponseBase

export interface RankEvalDocumentRating {
  /** The document ID. */
  _id: Id
  /** The document’s index. For data streams, this should be the document’s backing index. */
  _index: IndexName
  /** The document’s relevance with regard to this search request. */
  rating: integer
}

export interface RankEvalRankEvalHit {
  _id: Id
  _index: IndexName
  _score: double
}

export interface RankEvalRankEvalHitItem {
  hit: RankEvalRankEvalHit
  rating?: double | null
}

export interface RankEvalRankEvalMetric {
  precision?: RankEvalRankEvalMetricPrecision
  recall?: RankEvalRankEvalMetricRecall
  mean_reciprocal_rank?: RankEvalRankEvalMetricMeanReciprocalRank
  dcg?: RankEvalRankEvalMetricDiscountedCumulativeGain
  expected_reciprocal_rank?: RankEvalRankEvalMetricExpectedReciprocalRank
}

export interface RankEvalRankEvalMetricBase {
  /** Sets the maximum number of documents retrieved per query. This value will act in place of the usual size parameter in the query. */
  k?: integer
}

export interface RankEvalRankEvalMetricDetail {
  /** The metric_score in the details section shows the contribution of this query to the global quality metric score */
  metric_score: double
  /** The unrated_docs section contains an _index and _id entry for each document in the search result for this query that didn’t have a ratings value. This can be used to ask the user to supply ratings for these documents */
  unrated_docs: RankEvalUnratedDocument[]
  /** The hits section shows a grouping of the search results with their supplied ratings */
  hits: RankEvalRankEvalHitItem[]
  /** The metric_details give additional information about the calculated quality metric (e.g. how many of the retrieved documents were relevant). The content varies for each metric but allows for better interpretation of the results */
  metric_details: Record<string, Record<string, any>>
}

/** Discounted cumulative gain (DCG) */
export interface RankEvalRankEvalMetricDiscountedCumulativeGain extends RankEvalRankEvalMetricBase {
  /** If set to true, this metric will calculate the Normalized DCG. */
  normalize?: boolean
}

/** Expected Reciprocal Rank (ERR) */
export interface RankEvalRankEvalMetricExpectedReciprocalRank extends RankEvalRankEvalMetricBase {
  /** The highest relevance grade used in the user-supplied relevance judgments. */
  maximum_relevance: integer
}

/** Mean Reciprocal Rank */
export interface RankEvalRankEvalMetricMeanReciprocalRank extends RankEvalRankEvalMetricRatingTreshold {
}

/** Precision at K (P@k) */
export interface RankEvalRankEvalMetricPrecision extends RankEvalRankEvalMetricRatingTreshold {
  /** Controls how unlabeled documents in the search results are counted. If set to true, unlabeled documents are ignored and neither count as relevant or irrelevant. Set to false (the default), they are treated as irrelevant. */
  ignore_unlabeled?: boolean
}

export interface RankEvalRankEvalMetricRatingTreshold extends RankEvalRankEvalMetricBase {
  /** Sets the rating threshold above which documents are considered to be "relevant". */
  relevant_rating_threshold?: integer
}

/** Recall at K (R@k) */
export interface RankEvalRankEvalMetricRecall extends RankEvalRankEvalMetricRatingTreshold {
}

export interface RankEvalRankEvalQuery {
  query: QueryDslQueryContainer
  size?: integer
}

export interface RankEvalRankEvalRequestItem {
  /** The search request’s ID, used to group result details later. */
  id: Id
  /** The query being evaluated. */
  request?: RankEvalRankEvalQuery | QueryDslQueryContainer
  /** List of document ratings */
  ratings: RankEvalDocumentRating[]
  /** The search template Id */
  template_id?: Id
  /** The search template parameters. */
  params?: Record<string, any>
}

/** Request of `rank_eval`. */
export interface RankEvalRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and index aliases used to limit the request. Wildcard (`*`) expressions are supported. To target all data streams and indices in a cluster, omit this parameter or use `_all` or `*`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Whether to expand wildcard expression to concrete indices that are open, closed or both. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** Search operation type */
  search_type?: SearchType
  /** A set of typical search requests, together with their provided ratings. */
  requests: RankEvalRankEvalRequestItem[]
  /** Definition of the evaluation metric to calculate. */
  metric?: RankEvalRankEvalMetric
}

export interface RankEvalResponse {
  /** The overall evaluation quality calculated by the defined metric */
  metric_score: double
  /** The details section contains one entry for every query in the original requests section, keyed by the search request id */
  details: Record<Id, RankEvalRankEvalMetricDetail>
  failures: Record<string, any>
}

export interface RankEvalUnratedDocument {
  _id: Id
  _index: IndexName
}

export interface ReindexDestination {
  /** The name of the data stream, index, or index alias you are copying to. */
  index: IndexName
  /** If it is `create`, the operation will only index documents that do not already exist (also known as "put if absent"). */
  op_type?: OpType
  /** The name of the pipeline to use. */
  pipeline?: string
  /** By default, a document's routing is preserved unless it's changed by the script. If it is `keep`, the routing on the bulk request sent for each match is set to the routing on the match. If it is `discard`, the routing on the bulk request sent for each match is set to `null`. If it is `=value`, the routing on the bulk request sent for each match is set to all value specified after the equals sign (`=`). Not allowed when `index.slice.enabled` is `true` for the destination index; use `_slice` instead. */
  routing?: string
  /** The slice identifier used to route the reindexed documents to a specific slice of the destination index. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the destination index; not allowed when `index.slice.enabled` is `false`. */
  _slice?: string
  /** The versioning to use for the indexing operation. */
  version_type?: VersionType
}

export interface ReindexRemoteSource {
  /** The remote connection timeout. */
  connect_timeout?: Duration
  /** An object containing the headers of the request. */
  headers?: Record<string, string>
  /** The URL for the remote instance of Elasticsearch that you want to index from. This information is required when you're indexing from remote. */
  host: Host
  /** The username to use for authentication with the remote host (required when using basic auth). */
  username?: Username
  /** The password to use for authentication with the remote host (required when using basic auth). */
  password?: Password
  /** The API key to use for authentication with the remote host (as an alternative to basic auth when the remote cluster is in Elastic Cloud). (It is not permitted to set this and also to set an `Authorization` header via `headers`.) */
  api_key?: string
  /** The remote socket read timeout. */
  socket_timeout?: Duration
}

/** Request of `reindex`. */
export interface ReindexRequest extends RequestBase {
  /** If `true`, the request refreshes affected shards to make this operation visible to search. */
  refresh?: boolean
  /** The maximum number of documents to index per second, across the entire reindex operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second?: float
  /** The period of time that a consistent view of the index should be maintained for scrolled search. In serverless, and stack versions >= v9.5.0, we use PIT rather than scroll for pagination. We only use scroll for reindexing from remote clusters that are older than v7.10.0. Therefore, this parameter is ignored unless you are reindexing from a remote cluster that is older than v7.10.0. */
  scroll?: Duration
  /** The number of slices this task should be divided into. It defaults to one slice, which means the task isn't sliced into subtasks. */
  slices?: Slices
  /** The maximum number of documents to reindex. By default, all documents are reindexed. If it is a value less then or equal to `scroll_size`, a scroll will not be used to retrieve the results for the operation. */
  max_docs?: long
  /** The period each indexing waits for automatic index creation, dynamic mapping updates, and waiting for active shards. By default, Elasticsearch waits for at least one minute before failing. The actual wait time could be longer, particularly when multiple waits occur. */
  timeout?: Duration
  /** The number of shard copies that must be active before proceeding with the operation. Set it to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The default value is one, which means it waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `true`, the request blocks until the operation is complete. If your requested reindex operation is complex or time-consuming, it might timeout due to transport-layer limitations. While the reindex will continue to be processed by the cluster, your client will not receive updates on status automatically after timeout. Set this option `true` if you anticipate a long-running reindex. */
  wait_for_completion?: boolean
  /** If `true`, the destination must be an index alias. */
  require_alias?: boolean
  /** Indicates whether to continue reindexing even when there are conflicts. */
  conflicts?: Conflicts
  /** The destination you are copying to. */
  dest: ReindexDestination
  /** The script to run to update the document source or metadata when reindexing. */
  script?: Script | ScriptSource
  /** The source you are copying from. */
  source: ReindexSource
}

export interface ReindexResponse {
  /** The number of scroll responses that were pulled back by the reindex. */
  batches?: long
  /** The number of documents that were successfully created. */
  created?: long
  /** The number of documents that were successfully deleted. */
  deleted?: long
  /** If there were any unrecoverable errors during the process, it is an array of those failures. If this array is not empty, the request ended because of those failures. Reindex is implemented using batches and any failure causes the entire process to end but all failures in the current batch are collected into the array. You can use the `conflicts` option to prevent the reindex from ending on version conflicts. */
  failures?: BulkIndexByScrollFailure[]
  /** The number of documents that were ignored because the script used for the reindex returned a `noop` value for `ctx.op`. */
  noops?: long
  /** The number of retries attempted by reindex. */
  retries?: Retries
  /** The number of requests per second effectively run during the reindex. */
  requests_per_second?: float
  slice_id?: integer
  /** Status of each slice if the reindex was sliced */
  slices?: ReindexStatus[]
  task?: TaskId
  /** The number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis?: EpochTime<UnitMillis>
  /** This field should always be equal to zero in a reindex response. It has meaning only when using the task API, where it indicates the next time (in milliseconds since epoch) that a throttled request will be run again in order to conform to `requests_per_second`. */
  throttled_until_millis?: EpochTime<UnitMillis>
  /** If any of the requests that ran during the reindex timed out, it is `true`. */
  timed_out?: boolean
  /** The total milliseconds the entire operation took. */
  took?: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total?: long
  /** The number of documents that were successfully updated. That is to say, a document with the same ID already existed before the reindex updated it. */
  updated?: long
  /** The number of version conflicts that occurred. */
  version_conflicts?: long
}

export interface ReindexRethrottleParentReindexStatus {
  slices?: ReindexStatus[]
  /** The slice ID */
  slice_id?: integer
  /** The number of scroll responses pulled back by the reindex. */
  batches: long
  /** The number of documents that were successfully created. */
  created?: long
  /** The number of documents that were successfully deleted. */
  deleted: long
  /** The number of documents that were ignored because the script used for the reindex returned a `noop` value for `ctx.op`. */
  noops: long
  /** The number of requests per second effectively executed during the reindex. */
  requests_per_second: float
  /** The number of retries attempted by reindex. `bulk` is the number of bulk actions retried and `search` is the number of search actions retried. */
  retries: Retries
  throttled?: Duration
  /** Number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis: DurationValue<UnitMillis>
  throttled_until?: Duration
  /** This field should always be equal to zero in a `_reindex` response. It only has meaning when using the Task API, where it indicates the next time (in milliseconds since epoch) a throttled request will be executed again in order to conform to `requests_per_second`. */
  throttled_until_millis: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total: long
  /** The number of documents that were successfully updated, for example, a document with same ID already existed prior to reindex updating it. */
  updated?: long
  /** The number of version conflicts that reindex hits. */
  version_conflicts: long
  /** The reason for cancellation if the slice was canceled */
  cancelled?: string
}

export interface ReindexRethrottleParentReindexTask extends ReindexRethrottleReindexTask {
  children?: ReindexRethrottleReindexTask[]
}

export interface ReindexRethrottleReindexNode extends SpecUtilsBaseNode {
  tasks: Record<TaskId, ReindexRethrottleReindexTask>
}

export interface ReindexRethrottleReindexTask {
  action: string
  cancellable: boolean
  cancelled: boolean
  description: string
  id: long
  node: Name
  running_time_in_nanos: DurationValue<UnitNanos>
  start_time_in_millis: EpochTime<UnitMillis>
  status: ReindexRethrottleParentReindexStatus
  type: string
  headers: HttpHeaders
}

export type ReindexRethrottleReindexTasks = ReindexRethrottleReindexTask[] | Record<string, ReindexRethrottleParentReindexTask>

/** Request of `reindex_rethrottle`. */
export interface ReindexRethrottleRequest extends RequestBase {
  /** The task identifier, returned when creating a reindex task, or by listing tasks via `GET /_reindex` or `GET /_tasks`. In stack, can be either the original task ID or the task ID of the relocated task. */
  task_id: Id
  /** The maximum number of documents to index per second, across the entire reindex operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second: float
  /** The way to group the tasks in the response. We recommend setting this to `none`, which provides the cleanest response format. */
  group_by?: TasksGroupBy
}

export interface ReindexRethrottleResponse {
  /** Node-level failures encountered while applying the rethrottle request. Will return a `failed_node_exception` wrapping a `no_such_node_exception`, if a node handling the task either never existed, or has left the cluster, and one of the following is true: 1. The task has completed. 2. The task cannot be found. */
  node_failures?: ErrorCause[]
  /** Per-task failures encountered while applying the rethrottle. If a rethrottle is attempted during a relocation handoff, the failure object reports `status: SERVICE_UNAVAILABLE` (the HTTP response itself is still `200 OK`). In this case, the request can be retried until success. */
  task_failures?: TaskFailure[]
  /** Tasks grouped by node, returned only when `group_by=nodes` (the default). */
  nodes?: Record<string, ReindexRethrottleReindexNode>
  /** The tasks that were successfully rethrottled. Always returned in serverless. Returned with `group_by=none` or `group_by=parents` in stack. */
  tasks?: ReindexRethrottleReindexTasks
}

export interface ReindexSource {
  /** The name of the data stream, index, or alias you are copying from. It accepts a comma-separated list to reindex from multiple sources. */
  index: Indices
  /** The documents to reindex, which is defined with Query DSL. */
  query?: QueryDslQueryContainer
  /** A remote instance of Elasticsearch that you want to index from. */
  remote?: ReindexRemoteSource
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** The number of documents to index per batch. Use it when you are indexing from remote to ensure that the batches fit within the on-heap buffer, which defaults to a maximum size of 100 MB. */
  size?: integer
  /** Slice the reindex request manually using the provided slice ID and total number of slices. */
  slice?: SlicedScroll
  /**
   * A comma-separated list of `<field>:<direction>` pairs to sort by before indexing. Use it in conjunction with `max_docs` to control what documents are reindexed.
   * @deprecated 7.6.0:
   */
  sort?: Sort
  /** If `true`, reindex all source fields. Set it to a list to reindex select fields. */
  _source?: SearchSourceConfig
  runtime_mappings?: MappingRuntimeFields
}

/** Request of `render_search_template`. */
export interface RenderSearchTemplateRequest extends RequestBase {
  /** The ID of the search template to render. If no `source` is specified, this or the `id` request body parameter is required. */
  id?: Id
  file?: string
  /** Key-value pairs used to replace Mustache variables in the template. The key is the variable name. The value is the variable value. */
  params?: Record<string, any>
  /** An inline search template. It supports the same parameters as the search API's request body. These parameters also support Mustache variables. If no `id` or `<templated-id>` is specified, this parameter is required. */
  source?: ScriptSource
}

export interface RenderSearchTemplateResponse {
  template_output: Record<string, any>
}

export type ScriptsPainlessExecutePainlessContext = 'painless_test' | 'filter' | 'score' | 'boolean_field' | 'date_field' | 'double_field' | 'geo_point_field' | 'ip_field' | 'keyword_field' | 'long_field' | 'composite_field'

export interface ScriptsPainlessExecutePainlessContextSetup {
  /** Document that's temporarily indexed in-memory and accessible from the script. */
  document: any
  /** Index containing a mapping that's compatible with the indexed document. You may specify a remote index by prefixing the index with the remote cluster alias. For example, `remote1:my_index` indicates that you want to run the painless script against the "my_index" index on the "remote1" cluster. This request will be forwarded to the "remote1" cluster if you have configured a connection to that remote cluster. */
  index: IndexName
  /** Use this parameter to specify a query for computing a score. */
  query?: QueryDslQueryContainer
}

/** Request of `scripts_painless_execute`. */
export interface ScriptsPainlessExecuteRequest extends RequestBase {
  /** The context that the script should run in. NOTE: Result ordering in the field contexts is not guaranteed. */
  context?: ScriptsPainlessExecutePainlessContext
  /** Additional parameters for the `context`. NOTE: This parameter is required for all contexts except `painless_test`, which is the default if no value is provided for `context`. */
  context_setup?: ScriptsPainlessExecutePainlessContextSetup
  /** The Painless script to run. */
  script?: Script | ScriptSource
}

export interface ScriptsPainlessExecuteResponse<TResult = unknown> {
  result: TResult
}

/** Request of `scroll`. */
export interface ScrollRequest extends RequestBase {
  /**
   * The scroll ID
   * @deprecated 7.0.0:
   */
  scroll_id: ScrollId
  /** The period to retain the search context for scrolling. */
  scroll?: Duration
  /** If true, the API response’s hit.total property is returned as an integer. If false, the API response’s hit.total property is returned as an object. */
  rest_total_hits_as_int?: boolean
}

export type ScrollResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = SearchResponseBody<TDocument, TAggregations>

export interface SearchAggregationBreakdown {
  build_aggregation: long
  build_aggregation_count: long
  build_leaf_collector: long
  build_leaf_collector_count: long
  collect: long
  collect_count: long
  initialize: long
  initialize_count: long
  post_collection?: long
  post_collection_count?: long
  reduce: long
  reduce_count: long
}

export interface SearchAggregationProfile {
  breakdown: SearchAggregationBreakdown
  description: string
  time_in_nanos: DurationValue<UnitNanos>
  type: string
  debug?: SearchAggregationProfileDebug
  children?: SearchAggregationProfile[]
}

export interface SearchAggregationProfileDebug {
  segments_with_multi_valued_ords?: integer
  collection_strategy?: string
  segments_with_single_valued_ords?: integer
  total_buckets?: integer
  built_buckets?: integer
  result_strategy?: string
  has_filter?: boolean
  delegate?: string
  delegate_debug?: SearchAggregationProfileDebug
  chars_fetched?: integer
  extract_count?: integer
  extract_ns?: integer
  values_fetched?: integer
  collect_analyzed_ns?: integer
  collect_analyzed_count?: integer
  surviving_buckets?: integer
  ordinals_collectors_used?: integer
  ordinals_collectors_overhead_too_high?: integer
  string_hashing_collectors_used?: integer
  numeric_collectors_used?: integer
  empty_collectors_used?: integer
  deferred_aggregators?: string[]
  segments_with_doc_count_field?: integer
  segments_with_deleted_docs?: integer
  filters?: SearchAggregationProfileDelegateDebugFilter[]
  segments_counted?: integer
  segments_collected?: integer
  map_reducer?: string
  brute_force_used?: integer
  dynamic_pruning_attempted?: integer
  dynamic_pruning_used?: integer
  skipped_due_to_no_data?: integer
}

export interface SearchAggregationProfileDelegateDebugFilter {
  results_from_metadata?: integer
  query?: string
  specialized_for?: string
  segments_counted_in_constant_time?: integer
}

export type SearchBoundaryScanner = 'chars' | 'sentence' | 'word'

export interface SearchCollector {
  name: string
  reason: string
  time_in_nanos: DurationValue<UnitNanos>
  children?: SearchCollector[]
}

export interface SearchCompletionContext {
  /** The factor by which the score of the suggestion should be boosted. The score is computed by multiplying the boost with the suggestion weight. */
  boost?: double
  /** The value of the category to filter/boost on. */
  context: SearchContext
  /** An array of precision values at which neighboring geohashes should be taken into account. Precision value can be a distance value (`5m`, `10km`, etc.) or a raw geohash precision (`1`..`12`). Defaults to generating neighbors for index time precision level. */
  neighbours?: GeoHashPrecision[]
  /** The precision of the geohash to encode the query geo point. Can be specified as a distance value (`5m`, `10km`, etc.), or as a raw geohash precision (`1`..`12`). Defaults to index time precision level. */
  precision?: GeoHashPrecision
  /** Whether the category value should be treated as a prefix or not. */
  prefix?: boolean
}

export interface SearchCompletionSuggest<TDocument = unknown> extends SearchSuggestBase {
  options: SearchCompletionSuggestOption<TDocument> | SearchCompletionSuggestOption<TDocument>[]
}

export interface SearchCompletionSuggestOption<TDocument = unknown> {
  collate_match?: boolean
  contexts?: Record<string, SearchContext[]>
  fields?: Record<string, any>
  _id?: string
  _index?: IndexName
  _routing?: string
  _score?: double
  _source?: TDocument
  text: string
  score?: double
}

export interface SearchCompletionSuggester extends SearchSuggesterBase {
  /** A value, geo point object, or a geo hash string to filter or boost the suggestion on. */
  contexts?: Record<Field, SearchCompletionContext | SearchContext | Array<SearchCompletionContext | SearchContext>>
  /** Enables fuzziness, meaning you can have a typo in your search and still get results back. */
  fuzzy?: SearchSuggestFuzziness
  /** A regex query that expresses a prefix as a regular expression. */
  regex?: SearchRegexOptions
  /** Whether duplicate suggestions should be filtered out. */
  skip_duplicates?: boolean
}

/** Text or location that we want similar documents for or a lookup to a document's field for the text. */
export type SearchContext = string | GeoLocation

export interface SearchDfsKnnProfile {
  vector_operations_count?: long
  query: SearchKnnQueryProfileResult[]
  rewrite_time: long
  collector: SearchKnnCollectorResult[]
}

export interface SearchDfsProfile {
  statistics?: SearchDfsStatisticsProfile
  knn?: SearchDfsKnnProfile[]
}

export interface SearchDfsStatisticsBreakdown {
  collection_statistics: long
  collection_statistics_count: long
  create_weight: long
  create_weight_count: long
  rewrite: long
  rewrite_count: long
  term_statistics: long
  term_statistics_count: long
}

export interface SearchDfsStatisticsProfile {
  type: string
  description: string
  time?: Duration
  time_in_nanos: DurationValue<UnitNanos>
  breakdown: SearchDfsStatisticsBreakdown
  debug?: Record<string, any>
  children?: SearchDfsStatisticsProfile[]
}

export interface SearchDirectGenerator {
  /** The field to fetch the candidate suggestions from. Needs to be set globally or per suggestion. */
  field: Field
  /** The maximum edit distance candidate suggestions can have in order to be considered as a suggestion. Can only be `1` or `2`. */
  max_edits?: integer
  /** A factor that is used to multiply with the shard_size in order to inspect more candidate spelling corrections on the shard level. Can improve accuracy at the cost of performance. */
  max_inspections?: float
  /** The maximum threshold in number of documents in which a suggest text token can exist in order to be included. This can be used to exclude high frequency terms — which are usually spelled correctly — from being spellchecked. Can be a relative percentage number (for example `0.4`) or an absolute number to represent document frequencies. If a value higher than 1 is specified, then fractional can not be specified. */
  max_term_freq?: float
  /** The minimal threshold in number of documents a suggestion should appear in. This can improve quality by only suggesting high frequency terms. Can be specified as an absolute number or as a relative percentage of number of documents. If a value higher than 1 is specified, the number cannot be fractional. */
  min_doc_freq?: float
  /** The minimum length a suggest text term must have in order to be included. */
  min_word_length?: integer
  /** A filter (analyzer) that is applied to each of the generated tokens before they are passed to the actual phrase scorer. */
  post_filter?: string
  /** A filter (analyzer) that is applied to each of the tokens passed to this candidate generator. This filter is applied to the original token before candidates are generated. */
  pre_filter?: string
  /** The number of minimal prefix characters that must match in order be a candidate suggestions. Increasing this number improves spellcheck performance. */
  prefix_length?: integer
  /** The maximum corrections to be returned per suggest text token. */
  size?: integer
  /** Controls what suggestions are included on the suggestions generated on each shard. */
  suggest_mode?: SuggestMode
}

export interface SearchFetchProfile {
  type: string
  description: string
  time_in_nanos: DurationValue<UnitNanos>
  breakdown: SearchFetchProfileBreakdown
  debug?: SearchFetchProfileDebug
  children?: SearchFetchProfile[]
}

export interface SearchFetchProfileBreakdown {
  load_source?: integer
  load_source_count?: integer
  load_stored_fields?: integer
  load_stored_fields_count?: integer
  next_reader?: integer
  next_reader_count?: integer
  process_count?: integer
  process?: integer
}

export interface SearchFetchProfileDebug {
  stored_fields?: string[]
  fast_path?: integer
}

export interface SearchFieldCollapse {
  /** The field to collapse the result set on */
  field: Field
  /** The number of inner hits and their sort order */
  inner_hits?: SearchInnerHits | SearchInnerHits[]
  /** The number of concurrent requests allowed to retrieve the inner_hits per group */
  max_concurrent_group_searches?: integer
  collapse?: SearchFieldCollapse
}

export interface SearchFieldSuggester {
  /** Provides auto-complete/search-as-you-type functionality. */
  completion?: SearchCompletionSuggester
  /** Provides access to word alternatives on a per token basis within a certain string distance. */
  phrase?: SearchPhraseSuggester
  /** Suggests terms based on edit distance. */
  term?: SearchTermSuggester
  /** Prefix used to search for suggestions. */
  prefix?: string
  /** A prefix expressed as a regular expression. */
  regex?: string
  /** The text to use as input for the suggester. Needs to be set globally or per suggestion. */
  text?: string
}

export interface SearchHighlight extends SearchHighlightBase {
  encoder?: SearchHighlighterEncoder
  fields: Partial<Record<Field, SearchHighlightField>> | Partial<Record<Field, SearchHighlightField>>[]
}

export interface SearchHighlightBase {
  type?: SearchHighlighterType
  /** A string that contains each boundary character. */
  boundary_chars?: string
  /** How far to scan for boundary characters. */
  boundary_max_scan?: integer
  /** Specifies how to break the highlighted fragments: chars, sentence, or word. Only valid for the unified and fvh highlighters. Defaults to `sentence` for the `unified` highlighter. Defaults to `chars` for the `fvh` highlighter. */
  boundary_scanner?: SearchBoundaryScanner
  /** Controls which locale is used to search for sentence and word boundaries. This parameter takes a form of a language tag, for example: `"en-US"`, `"fr-FR"`, `"ja-JP"`. */
  boundary_scanner_locale?: string
  /** @deprecated 8.8.0: */
  force_source?: boolean
  /** Specifies how text should be broken up in highlight snippets: `simple` or `span`. Only valid for the `plain` highlighter. */
  fragmenter?: SearchHighlighterFragmenter
  /** The size of the highlighted fragment in characters. */
  fragment_size?: integer
  highlight_filter?: boolean
  /** Highlight matches for a query other than the search query. This is especially useful if you use a rescore query because those are not taken into account by highlighting by default. */
  highlight_query?: QueryDslQueryContainer
  max_fragment_length?: integer
  /** If set to a non-negative value, highlighting stops at this defined maximum limit. The rest of the text is not processed, thus not highlighted and no error is returned The `max_analyzed_offset` query setting does not override the `index.highlight.max_analyzed_offset` setting, which prevails when it’s set to lower value than the query setting. */
  max_analyzed_offset?: integer
  /** The amount of text you want to return from the beginning of the field if there are no matching fragments to highlight. */
  no_match_size?: integer
  /** The maximum number of fragments to return. If the number of fragments is set to `0`, no fragments are returned. Instead, the entire field contents are highlighted and returned. This can be handy when you need to highlight short texts such as a title or address, but fragmentation is not required. If `number_of_fragments` is `0`, `fragment_size` is ignored. */
  number_of_fragments?: integer
  options?: Record<string, any>
  /** Sorts highlighted fragments by score when set to `score`. By default, fragments will be output in the order they appear in the field (order: `none`). Setting this option to `score` will output the most relevant fragments first. Each highlighter applies its own logic to compute relevancy scores. */
  order?: SearchHighlighterOrder
  /** Controls the number of matching phrases in a document that are considered. Prevents the `fvh` highlighter from analyzing too many phrases and consuming too much memory. When using `matched_fields`, `phrase_limit` phrases per matched field are considered. Raising the limit increases query time and consumes more memory. Only supported by the `fvh` highlighter. */
  phrase_limit?: integer
  /** Use in conjunction with `pre_tags` to define the HTML tags to use for the highlighted text. By default, highlighted text is wrapped in `<em>` and `</em>` tags. */
  post_tags?: string[]
  /** Use in conjunction with `post_tags` to define the HTML tags to use for the highlighted text. By default, highlighted text is wrapped in `<em>` and `</em>` tags. */
  pre_tags?: string[]
  /** By default, only fields that contains a query match are highlighted. Set to `false` to highlight all fields. */
  require_field_match?: boolean
  /** Set to `styled` to use the built-in tag schema. */
  tags_schema?: SearchHighlighterTagsSchema
}

export interface SearchHighlightField extends SearchHighlightBase {
  fragment_offset?: integer
  matched_fields?: Fields
}

export type SearchHighlighterEncoder = 'default' | 'html'

export type SearchHighlighterFragmenter = 'simple' | 'span'

export type SearchHighlighterOrder = 'score'

export type SearchHighlighterTagsSchema = 'styled'

export type SearchHighlighterType = 'plain' | 'fvh' | 'unified' | string

export interface SearchHit<TDocument = unknown> {
  _index: IndexName
  _id?: Id
  _score?: double | null
  _explanation?: ExplainExplanation
  fields?: Record<string, any>
  highlight?: Record<string, string[]>
  inner_hits?: Record<string, SearchInnerHitsResult>
  matched_queries?: string[] | Record<string, double>
  _nested?: SearchNestedIdentity
  _ignored?: string[]
  ignored_field_values?: Record<string, any[]>
  _shard?: string
  _node?: string
  _routing?: string
  _source?: TDocument
  _rank?: integer
  _seq_no?: SequenceNumber
  _primary_term?: long
  _version?: VersionNumber
  sort?: SortResults
}

export interface SearchHitsMetadata<T = unknown> {
  /** Total hit count information, present only if `track_total_hits` wasn't `false` in the search request. */
  total?: SearchTotalHits | long
  hits: SearchHit<T>[]
  max_score?: double | null
}

export interface SearchInnerHits {
  /** The name for the particular inner hit definition in the response. Useful when a search request contains multiple inner hits. */
  name?: Name
  /** The maximum number of hits to return per `inner_hits`. */
  size?: integer
  /** Inner hit starting document offset. */
  from?: integer
  collapse?: SearchFieldCollapse
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  explain?: boolean
  highlight?: SearchHighlight
  ignore_unmapped?: boolean
  script_fields?: Record<Field, ScriptField>
  seq_no_primary_term?: boolean
  field?: Field[]
  fields?: Array<QueryDslFieldAndFormat | Field>
  /** How the inner hits should be sorted per `inner_hits`. By default, inner hits are sorted by score. */
  sort?: Sort
  _source?: SearchSourceConfig
  stored_fields?: Fields
  track_scores?: boolean
  version?: boolean
}

export interface SearchInnerHitsResult {
  hits: SearchHitsMetadata<any>
}

export interface SearchKnnCollectorResult {
  name: string
  reason: string
  time?: Duration
  time_in_nanos: DurationValue<UnitNanos>
  children?: SearchKnnCollectorResult[]
}

export interface SearchKnnQueryProfileBreakdown {
  advance: long
  advance_count: long
  build_scorer: long
  build_scorer_count: long
  compute_max_score: long
  compute_max_score_count: long
  count_weight: long
  count_weight_count: long
  create_weight: long
  create_weight_count: long
  match: long
  match_count: long
  next_doc: long
  next_doc_count: long
  score: long
  score_count: long
  set_min_competitive_score: long
  set_min_competitive_score_count: long
  shallow_advance: long
  shallow_advance_count: long
}

export interface SearchKnnQueryProfileResult {
  type: string
  description: string
  time?: Duration
  time_in_nanos: DurationValue<UnitNanos>
  breakdown: SearchKnnQueryProfileBreakdown
  debug?: Record<string, any>
  children?: SearchKnnQueryProfileResult[]
}

export interface SearchLaplaceSmoothingModel {
  /** A constant that is added to all counts to balance weights. */
  alpha: double
}

export interface SearchLearningToRank {
  /** The unique identifier of the trained model uploaded to Elasticsearch */
  model_id: string
  /** Named parameters to be passed to the query templates used for feature */
  params?: Record<string, any>
}

export interface SearchLinearInterpolationSmoothingModel {
  bigram_lambda: double
  trigram_lambda: double
  unigram_lambda: double
}

export type SearchMvtCoordinate = integer

export type SearchMvtGridAggregationType = 'geotile' | 'geohex'

export type SearchMvtGridType = 'grid' | 'point' | 'centroid'

/** Request of `search_mvt`. */
export interface SearchMvtRequest extends RequestBase {
  /** A list of indices, data streams, or aliases to search. It supports wildcards (`*`). To search all data streams and indices, omit this parameter or use `*` or `_all`. To search a remote cluster, use the `<cluster>:<target>` syntax. */
  index: Indices
  /** A field that contains the geospatial data to return. It must be a `geo_point` or `geo_shape` field. The field must have doc values enabled. It cannot be a nested field. */
  field: Field
  /** The zoom level of the vector tile to search. It accepts `0` to `29`. */
  zoom: SearchMvtZoomLevel
  /** The X coordinate for the vector tile to search. */
  x: SearchMvtCoordinate
  /** The Y coordinate for the vector tile to search. */
  y: SearchMvtCoordinate
  /** If `false`, the meta layer's feature is the bounding box of the tile. If `true`, the meta layer's feature is a bounding box resulting from a `geo_bounds` aggregation. The aggregation runs on <field> values that intersect the `<zoom>/<x>/<y>` tile with `wrap_longitude` set to `false`. The resulting bounding box may be larger than the vector tile. */
  exact_bounds?: boolean
  /** The size, in pixels, of a side of the tile. Vector tiles are square with equal sides. */
  extent?: integer
  /** The aggregation used to create a grid for the `field`. */
  grid_agg?: SearchMvtGridAggregationType
  /** Additional zoom levels available through the aggs layer. For example, if `<zoom>` is `7` and `grid_precision` is `8`, you can zoom in up to level 15. Accepts 0-8. If 0, results don't include the aggs layer. */
  grid_precision?: integer
  /** Determines the geometry type for features in the aggs layer. In the aggs layer, each feature represents a `geotile_grid` cell. If `grid, each feature is a polygon of the cells bounding box. If `point`, each feature is a Point that is the centroid of the cell. */
  grid_type?: SearchMvtGridType
  /** The maximum number of features to return in the hits layer. Accepts 0-10000. If 0, results don't include the hits layer. */
  size?: integer
  /** The number of hits matching the query to count accurately. If `true`, the exact number of hits is returned at the cost of some performance. If `false`, the response does not include the total number of hits matching the query. */
  track_total_hits?: SearchTrackHits
  /** If `true`, the hits and aggs layers will contain additional point features representing suggested label positions for the original features. */
  with_labels?: boolean
  /** Sub-aggregations for the geotile_grid. */
  aggs?: Record<string, AggregationsAggregationContainer>
  /** The size, in pixels, of a clipping buffer outside the tile. This allows renderers to avoid outline artifacts from geometries that extend past the extent of the tile. */
  buffer?: integer
  /** The fields to return in the `hits` layer. It supports wildcards (`*`). This parameter does not support fields with array values. Fields with array values may return inconsistent results. */
  fields?: Fields
  /** The query DSL used to filter documents for the search. */
  query?: QueryDslQueryContainer
  /** Defines one or more runtime fields in the search request. These fields take precedence over mapped fields with the same name. */
  runtime_mappings?: MappingRuntimeFields
  /** Sort the features in the hits layer. By default, the API calculates a bounding box for each feature. It sorts features based on this box's diagonal length, from longest to shortest. */
  sort?: Sort
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export type SearchMvtResponse = MapboxVectorTiles

export type SearchMvtZoomLevel = integer

export interface SearchNestedIdentity {
  field: Field
  offset: integer
  _nested?: SearchNestedIdentity
}

export interface SearchPhraseSuggest extends SearchSuggestBase {
  options: SearchPhraseSuggestOption | SearchPhraseSuggestOption[]
}

export interface SearchPhraseSuggestCollate {
  /** Parameters to use if the query is templated. */
  params?: Record<string, any>
  /** Returns all suggestions with an extra `collate_match` option indicating whether the generated phrase matched any document. */
  prune?: boolean
  /** A collate query that is run once for every suggestion. */
  query: SearchPhraseSuggestCollateQuery
}

export interface SearchPhraseSuggestCollateQuery {
  /** The search template ID. */
  id?: Id
  /** The query source. */
  source?: ScriptSource
}

export interface SearchPhraseSuggestHighlight {
  /** Use in conjunction with `pre_tag` to define the HTML tags to use for the highlighted text. */
  post_tag: string
  /** Use in conjunction with `post_tag` to define the HTML tags to use for the highlighted text. */
  pre_tag: string
}

export interface SearchPhraseSuggestOption {
  text: string
  score: double
  highlighted?: string
  collate_match?: boolean
}

export interface SearchPhraseSuggester extends SearchSuggesterBase {
  /** Checks each suggestion against the specified query to prune suggestions for which no matching docs exist in the index. */
  collate?: SearchPhraseSuggestCollate
  /** Defines a factor applied to the input phrases score, which is used as a threshold for other suggest candidates. Only candidates that score higher than the threshold will be included in the result. */
  confidence?: double
  /** A list of candidate generators that produce a list of possible terms per term in the given text. */
  direct_generator?: SearchDirectGenerator[]
  force_unigrams?: boolean
  /** Sets max size of the n-grams (shingles) in the field. If the field doesn’t contain n-grams (shingles), this should be omitted or set to `1`. If the field uses a shingle filter, the `gram_size` is set to the `max_shingle_size` if not explicitly set. */
  gram_size?: integer
  /** Sets up suggestion highlighting. If not provided, no highlighted field is returned. */
  highlight?: SearchPhraseSuggestHighlight
  /** The maximum percentage of the terms considered to be misspellings in order to form a correction. This method accepts a float value in the range `[0..1)` as a fraction of the actual query terms or a number `>=1` as an absolute number of query terms. */
  max_errors?: double
  /** The likelihood of a term being misspelled even if the term exists in the dictionary. */
  real_word_error_likelihood?: double
  /** The separator that is used to separate terms in the bigram field. If not set, the whitespace character is used as a separator. */
  separator?: string
  /** Sets the maximum number of suggested terms to be retrieved from each individual shard. */
  shard_size?: integer
  /** The smoothing model used to balance weight between infrequent grams (grams (shingles) are not existing in the index) and frequent grams (appear at least once in the index). The default model is Stupid Backoff. */
  smoothing?: SearchSmoothingModelContainer
  token_limit?: integer
}

export interface SearchPointInTimeReference {
  id: Id
  keep_alive?: Duration
}

export interface SearchProfile {
  shards: SearchShardProfile[]
  /** When profiling is enabled, the original query source and target indices from the coordinating request. */
  request?: SearchSearchRequestCoordinatorMetadata
}

export interface SearchQueryBreakdown {
  advance: long
  advance_count: long
  build_scorer: long
  build_scorer_count: long
  create_weight: long
  create_weight_count: long
  match: long
  match_count: long
  shallow_advance: long
  shallow_advance_count: long
  next_doc: long
  next_doc_count: long
  score: long
  score_count: long
  compute_max_score: long
  compute_max_score_count: long
  count_weight: long
  count_weight_count: long
  set_min_competitive_score: long
  set_min_competitive_score_count: long
}

export interface SearchQueryProfile {
  breakdown: SearchQueryBreakdown
  description: string
  time_in_nanos: DurationValue<UnitNanos>
  type: string
  children?: SearchQueryProfile[]
}

export interface SearchRegexOptions {
  /** Optional operators for the regular expression. */
  flags?: integer | string
  /** Maximum number of automaton states required for the query. */
  max_determinized_states?: integer
}

/** Request of `search`. */
export interface SearchRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If `true` and there are shard request timeouts or shard failures, the request returns partial results. If `false`, it returns an error with no partial results. */
  allow_partial_search_results?: boolean
  /** The analyzer to use for the query string. This parameter can be used only when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. This parameter can be used only when the `q` query string parameter is specified. */
  analyze_wildcard?: boolean
  /** The number of shard results that should be reduced at once on the coordinating node. If the potential number of shards in the request can be large, this value should be used as a protection mechanism to reduce the memory overhead per search request. */
  batched_reduce_size?: long
  /** If `true`, network round-trips between the coordinating node and the remote clusters are minimized when running cross-cluster search (CCS) requests. */
  ccs_minimize_roundtrips?: boolean
  /** The default operator for the query string query: `and` or `or`. This parameter can be used only when the `q` query string parameter is specified. */
  default_operator?: QueryDslOperator
  /** The field to use as a default when no field prefix is given in the query string. This parameter can be used only when the `q` query string parameter is specified. */
  df?: string
  /** An array of wildcard (`*`) field patterns. The request returns doc values for field names matching these patterns in the `hits.fields` property of the response. */
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, the request returns detailed information about score computation as part of a hit. */
  explain?: boolean
  /**
   * If `true`, concrete, expanded or aliased indices will be ignored when frozen.
   * @deprecated 7.16.0:
   */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, the response includes the score contribution from any named queries. */
  include_named_queries_score?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. This parameter can be used only when the `q` query string parameter is specified. */
  lenient?: boolean
  /** The number of concurrent shard requests per node that the search runs concurrently. This value should be used to limit the impact of the search on the cluster in order to limit the number of concurrent shard requests. */
  max_concurrent_shard_requests?: integer
  /** The nodes and shards used for the search. By default, Elasticsearch selects from eligible nodes and shards using adaptive replica selection, accounting for allocation awareness. Valid values are: */
  preference?: string
  /** A threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. This filter roundtrip can limit the number of shards significantly if for instance a shard can not match any documents based on its rewrite method (if date filters are mandatory to match but the shard bounds and the query are disjoint). When unspecified, the pre-filter phase is executed if any of these conditions is met: */
  pre_filter_shard_size?: long
  /** If `true`, the caching of search results is enabled for requests where `size` is `0`. It defaults to index level settings. */
  request_cache?: boolean
  /** A custom value that is used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The period to retain the search context for scrolling. By default, this value cannot exceed `1d` (24 hours). You can change this limit by using the `search.max_keep_alive` cluster-level setting. */
  scroll?: Duration
  /** Indicates how distributed term frequencies are calculated for relevance scoring. */
  search_type?: SearchType
  /** The stats groups to associate with the search. Each group maintains a statistics aggregation for its associated searches. You can retrieve these stats using the indices stats API. */
  stats?: string[]
  /** A comma-separated list of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the `_source` property defaults to `false`. You can pass `_source: true` to return both source fields and stored fields in the search response. */
  stored_fields?: Fields
  /** The field to use for suggestions. */
  suggest_field?: Field
  /** The suggest mode. This parameter can be used only when the `suggest_field` and `suggest_text` query string parameters are specified. */
  suggest_mode?: SuggestMode
  /** The number of suggestions to return. This parameter can be used only when the `suggest_field` and `suggest_text` query string parameters are specified. */
  suggest_size?: long
  /** The source text for which the suggestions should be returned. This parameter can be used only when the `suggest_field` and `suggest_text` query string parameters are specified. */
  suggest_text?: string
  /** The maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. */
  terminate_after?: long
  /** The period of time to wait for a response from each shard. If no response is received before the timeout expires, the request fails and returns an error. Defaults to no timeout. */
  timeout?: string
  /** Number of hits matching the query to count accurately. If `true`, the exact number of hits is returned at the cost of some performance. If `false`, the response does not include the total number of hits matching the query. */
  track_total_hits?: SearchTrackHits
  /** If `true`, calculate and return document scores, even if the scores are not used for sorting. */
  track_scores?: boolean
  /** If `true`, aggregation and suggester names are be prefixed by their respective types in the response. */
  typed_keys?: boolean
  /** Indicates whether `hits.total` should be rendered as an integer or an object in the rest search response. */
  rest_total_hits_as_int?: boolean
  /** If `true`, the request returns the document version as part of a hit. */
  version?: boolean
  /** The source fields that are returned for matching documents. These fields are returned in the `hits._source` property of the search response. If the `stored_fields` property is specified, the `_source` property defaults to `false`. Otherwise, it defaults to `true`. */
  _source?: SearchSourceConfig
  /** A comma-separated list of source fields to exclude from the response. You can also use this parameter to exclude fields from the subset specified in `_source_includes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_excludes?: Fields
  /** Whether vectors should be excluded from _source */
  _source_exclude_vectors?: boolean
  /** A comma-separated list of source fields to include in the response. If this parameter is specified, only these source fields are returned. You can exclude fields from this subset using the `_source_excludes` query parameter. If the `_source` parameter is `false`, this parameter is ignored. */
  _source_includes?: Fields
  /** If `true`, the request returns sequence number and primary term of the last modification of each hit. */
  seq_no_primary_term?: boolean
  /** A query in the Lucene query string syntax. Query parameter searches do not support the full Elasticsearch Query DSL but are handy for testing. */
  q?: string
  /** The number of hits to return, which must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` property. */
  size?: integer
  /** The starting document offset, which must be non-negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  from?: integer
  /** A comma-separated list of <field>:<direction> pairs. */
  sort?: Sort
  /** Should this request force synthetic _source? Use this to test if the mapping supports synthetic _source and to get a sense of the worst case performance. Fetches with this enabled will be slower the enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /** Defines the aggregations that are run as part of the search request. */
  aggregations?: Record<string, AggregationsAggregationContainer>
  /** Defines the aggregations that are run as part of the search request. */
  aggs?: Record<string, AggregationsAggregationContainer>
  /** Collapses search results the values of the specified field. */
  collapse?: SearchFieldCollapse
  /** Configuration of search extensions defined by Elasticsearch plugins. */
  ext?: Record<string, any>
  /** Specifies the highlighter to use for retrieving highlighted snippets from one or more fields in your search results. */
  highlight?: SearchHighlight
  /** Boost the `_score` of documents from specified indices. The boost value is the factor by which scores are multiplied. A boost value greater than `1.0` increases the score. A boost value between `0` and `1.0` decreases the score. */
  indices_boost?: Partial<Record<IndexName, double>>[]
  /** The approximate kNN search to run. */
  knn?: KnnSearch | KnnSearch[]
  /** The Reciprocal Rank Fusion (RRF) to use. */
  rank?: RankContainer
  /** The minimum `_score` for matching documents. Documents with a lower `_score` are not included in search results and results collected by aggregations. */
  min_score?: double
  /** Use the `post_filter` parameter to filter search results. The search hits are filtered after the aggregations are calculated. A post filter has no impact on the aggregation results. */
  post_filter?: QueryDslQueryContainer
  /** Set to `true` to return detailed timing information about the execution of individual components in a search request. NOTE: This is a debugging tool and adds significant overhead to search execution. */
  profile?: boolean
  /** The search definition using the Query DSL. */
  query?: QueryDslQueryContainer
  /** Can be used to improve precision by reordering just the top (for example 100 - 500) documents returned by the `query` and `post_filter` phases. */
  rescore?: SearchRescore | SearchRescore[]
  /** A retriever is a specification to describe top documents returned from a search. A retriever replaces other elements of the search API that also return top documents such as `query` and `knn`. */
  retriever?: RetrieverContainer
  /** Retrieve a script evaluation (based on different fields) for each hit. */
  script_fields?: Record<string, ScriptField>
  /** Used to retrieve the next page of hits using a set of sort values from the previous page. */
  search_after?: SortResults
  /** Split a scrolled search into multiple slices that can be consumed independently. */
  slice?: SlicedScroll
  /** An array of wildcard (`*`) field patterns. The request returns values for field names matching these patterns in the `hits.fields` property of the response. */
  fields?: Array<QueryDslFieldAndFormat | Field>
  /** Defines a suggester that provides similar looking terms based on a provided text. */
  suggest?: SearchSuggester
  /** Limit the search to a point in time (PIT). If you provide a PIT, you cannot specify an `<index>` in the request path. */
  pit?: SearchPointInTimeReference
  /** One or more runtime fields in the search request. These fields take precedence over mapped fields with the same name. */
  runtime_mappings?: MappingRuntimeFields
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface SearchRescore {
  window_size?: integer
  query?: SearchRescoreQuery
  learning_to_rank?: SearchLearningToRank
  script?: SearchScriptRescore
}

export interface SearchRescoreQuery {
  /** The query to use for rescoring. This query is only run on the Top-K results returned by the `query` and `post_filter` phases. */
  rescore_query: QueryDslQueryContainer
  /** Relative importance of the original query versus the rescore query. */
  query_weight?: double
  /** Relative importance of the rescore query versus the original query. */
  rescore_query_weight?: double
  /** Determines how scores are combined. */
  score_mode?: SearchScoreMode
}

export type SearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = SearchResponseBody<TDocument, TAggregations>

export interface SearchResponseBody<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
  /** The number of milliseconds it took Elasticsearch to run the request. This value is calculated by measuring the time elapsed between receipt of a request on the coordinating node and the time at which the coordinating node is ready to send the response. It includes: */
  took: long
  /** If `true`, the request timed out before completion; returned results may be partial or empty. */
  timed_out: boolean
  /** A count of shards used for the request. */
  _shards: ShardStatistics
  /** The returned documents and metadata. */
  hits: SearchHitsMetadata<TDocument>
  aggregations?: TAggregations
  _clusters?: ClusterStatistics
  fields?: Record<string, any>
  max_score?: double
  num_reduce_phases?: long
  profile?: SearchProfile
  pit_id?: Id
  /** The identifier for the search and its search context. You can use this scroll ID with the scroll API to retrieve the next batch of search results for the request. This property is returned only if the `scroll` query parameter is specified in the request. */
  _scroll_id?: ScrollId
  suggest?: Record<SuggestionName, SearchSuggest<TDocument>[]>
  terminated_early?: boolean
}

export type SearchScoreMode = 'avg' | 'max' | 'min' | 'multiply' | 'total'

export interface SearchScriptRescore {
  script: Script | ScriptSource
}

export interface SearchSearchProfile {
  collector: SearchCollector[]
  query: SearchQueryProfile[]
  rewrite_time: long
}

export interface SearchSearchRequestBody {
  /** Defines the aggregations that are run as part of the search request. */
  aggregations?: Record<string, AggregationsAggregationContainer>
  /** Defines the aggregations that are run as part of the search request. */
  aggs?: Record<string, AggregationsAggregationContainer>
  /** Collapses search results the values of the specified field. */
  collapse?: SearchFieldCollapse
  /** If `true`, the request returns detailed information about score computation as part of a hit. */
  explain?: boolean
  /** Configuration of search extensions defined by Elasticsearch plugins. */
  ext?: Record<string, any>
  /** The starting document offset, which must be non-negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  from?: integer
  /** Specifies the highlighter to use for retrieving highlighted snippets from one or more fields in your search results. */
  highlight?: SearchHighlight
  /** Number of hits matching the query to count accurately. If `true`, the exact number of hits is returned at the cost of some performance. If `false`, the response does not include the total number of hits matching the query. */
  track_total_hits?: SearchTrackHits
  /** Boost the `_score` of documents from specified indices. The boost value is the factor by which scores are multiplied. A boost value greater than `1.0` increases the score. A boost value between `0` and `1.0` decreases the score. */
  indices_boost?: Partial<Record<IndexName, double>>[]
  /** An array of wildcard (`*`) field patterns. The request returns doc values for field names matching these patterns in the `hits.fields` property of the response. */
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  /** The approximate kNN search to run. */
  knn?: KnnSearch | KnnSearch[]
  /** The Reciprocal Rank Fusion (RRF) to use. */
  rank?: RankContainer
  /** The minimum `_score` for matching documents. Documents with a lower `_score` are not included in search results or results collected by aggregations. */
  min_score?: double
  /** Use the `post_filter` parameter to filter search results. The search hits are filtered after the aggregations are calculated. A post filter has no impact on the aggregation results. */
  post_filter?: QueryDslQueryContainer
  /** Set to `true` to return detailed timing information about the execution of individual components in a search request. NOTE: This is a debugging tool and adds significant overhead to search execution. */
  profile?: boolean
  /** The search definition using the Query DSL. */
  query?: QueryDslQueryContainer
  /** Can be used to improve precision by reordering just the top (for example 100 - 500) documents returned by the `query` and `post_filter` phases. */
  rescore?: SearchRescore | SearchRescore[]
  /** A retriever is a specification to describe top documents returned from a search. A retriever replaces other elements of the search API that also return top documents such as `query` and `knn`. */
  retriever?: RetrieverContainer
  /** Retrieve a script evaluation (based on different fields) for each hit. */
  script_fields?: Record<string, ScriptField>
  /** Used to retrieve the next page of hits using a set of sort values from the previous page. */
  search_after?: SortResults
  /** The number of hits to return, which must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` property. */
  size?: integer
  /** Split a scrolled search into multiple slices that can be consumed independently. */
  slice?: SlicedScroll
  /** A comma-separated list of <field>:<direction> pairs. */
  sort?: Sort
  /** The source fields that are returned for matching documents. These fields are returned in the `hits._source` property of the search response. If the `stored_fields` property is specified, the `_source` property defaults to `false`. Otherwise, it defaults to `true`. */
  _source?: SearchSourceConfig
  /** An array of wildcard (`*`) field patterns. The request returns values for field names matching these patterns in the `hits.fields` property of the response. */
  fields?: Array<QueryDslFieldAndFormat | Field>
  /** Defines a suggester that provides similar looking terms based on a provided text. */
  suggest?: SearchSuggester
  /** The maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. */
  terminate_after?: long
  /** The period of time to wait for a response from each shard. If no response is received before the timeout expires, the request fails and returns an error. Defaults to no timeout. */
  timeout?: string
  /** If `true`, calculate and return document scores, even if the scores are not used for sorting. */
  track_scores?: boolean
  /** If `true`, the request returns the document version as part of a hit. */
  version?: boolean
  /** If `true`, the request returns sequence number and primary term of the last modification of each hit. */
  seq_no_primary_term?: boolean
  /** A comma-separated list of stored fields to return as part of a hit. If no fields are specified, no stored fields are included in the response. If this field is specified, the `_source` property defaults to `false`. You can pass `_source: true` to return both source fields and stored fields in the search response. */
  stored_fields?: Fields
  /** Limit the search to a point in time (PIT). If you provide a PIT, you cannot specify an `<index>` in the request path. */
  pit?: SearchPointInTimeReference
  /** One or more runtime fields in the search request. These fields take precedence over mapped fields with the same name. */
  runtime_mappings?: MappingRuntimeFields
  /** The stats groups to associate with the search. Each group maintains a statistics aggregation for its associated searches. You can retrieve these stats using the indices stats API. */
  stats?: string[]
}

/** Coordinator snapshot of the original search request, serialized under `profile.request` when profiling is enabled. Introduced in Elasticsearch 9.5; omitted when the cluster contains mixed-version nodes that do not serialize this metadata. */
export interface SearchSearchRequestCoordinatorMetadata {
  /** Original query source from the search request (`SearchSourceBuilder` as JSON). */
  source?: SearchSearchRequestBody
  /** Target index expressions from the request (before index resolution). */
  indices?: IndexName[]
}

export interface SearchShardProfile {
  aggregations: SearchAggregationProfile[]
  cluster: string
  dfs?: SearchDfsProfile
  fetch?: SearchFetchProfile
  id: string
  index: IndexName
  node_id: NodeId
  searches: SearchSearchProfile[]
  shard_id: integer
}

/** Request of `search_shards`. */
export interface SearchShardsRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, the request retrieves information from the local node only. */
  local?: boolean
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. IT can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier for routing the search to a specific slice. When provided, the request is limited to shards that match the given slice value. Use the special value `_all` to query all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
}

export interface SearchShardsResponse {
  nodes: Record<NodeId, SearchShardsSearchShardsNodeAttributes>
  shards: NodeShard[][]
  indices: Record<IndexName, SearchShardsShardStoreIndex>
}

export interface SearchShardsSearchShardsNodeAttributes {
  /** The human-readable identifier of the node. */
  name: NodeName
  /** The ephemeral ID of the node. */
  ephemeral_id: Id
  /** The host and port where transport HTTP connections are accepted. */
  transport_address: TransportAddress
  external_id: string
  /** Lists node attributes. */
  attributes: Record<string, string>
  roles: NodeRoles
  version: VersionString
  min_index_version: integer
  max_index_version: integer
}

export interface SearchShardsShardStoreIndex {
  aliases?: Name[]
  filter?: QueryDslQueryContainer
}

export interface SearchSmoothingModelContainer {
  /** A smoothing model that uses an additive smoothing where a constant (typically `1.0` or smaller) is added to all counts to balance weights. */
  laplace?: SearchLaplaceSmoothingModel
  /** A smoothing model that takes the weighted mean of the unigrams, bigrams, and trigrams based on user supplied weights (lambdas). */
  linear_interpolation?: SearchLinearInterpolationSmoothingModel
  /** A simple backoff model that backs off to lower order n-gram models if the higher order count is `0` and discounts the lower order n-gram model by a constant factor. */
  stupid_backoff?: SearchStupidBackoffSmoothingModel
}

/** Defines how to fetch a source. Fetching can be disabled entirely, or the source can be filtered. */
export type SearchSourceConfig = boolean | SearchSourceFilter | Fields

/** Defines how to fetch a source. Fetching can be disabled entirely, or the source can be filtered. Used as a query parameter along with the `_source_includes` and `_source_excludes` parameters. */
export type SearchSourceConfigParam = boolean | Fields

export interface SearchSourceFilter {
  /** If `true`, vector fields are excluded from the returned source. */
  exclude_vectors?: boolean
  /** A list of fields to exclude from the returned source. */
  excludes?: Fields
  /** A list of fields to exclude from the returned source. */
  exclude?: Fields
  /** A list of fields to include in the returned source. */
  includes?: Fields
  /** A list of fields to include in the returned source. */
  include?: Fields
}

export type SearchStringDistance = 'internal' | 'damerau_levenshtein' | 'levenshtein' | 'jaro_winkler' | 'ngram'

export interface SearchStupidBackoffSmoothingModel {
  /** A constant factor that the lower order n-gram model is discounted by. */
  discount: double
}

export type SearchSuggest<TDocument = unknown> = SearchCompletionSuggest<TDocument> | SearchPhraseSuggest | SearchTermSuggest

export interface SearchSuggestBase {
  length: integer
  offset: integer
  text: string
}

export interface SearchSuggestFuzziness {
  /** The fuzziness factor. */
  fuzziness?: Fuzziness
  /** Minimum length of the input before fuzzy suggestions are returned. */
  min_length?: integer
  /** Minimum length of the input, which is not checked for fuzzy alternatives. */
  prefix_length?: integer
  /** If set to `true`, transpositions are counted as one change instead of two. */
  transpositions?: boolean
  /** If `true`, all measurements (like fuzzy edit distance, transpositions, and lengths) are measured in Unicode code points instead of in bytes. This is slightly slower than raw bytes. */
  unicode_aware?: boolean
}

export type SearchSuggestSort = 'score' | 'frequency'

export interface SearchSuggesterKeys {
  /** Global suggest text, to avoid repetition when the same text is used in several suggesters */
  text?: string
}
export type SearchSuggester = SearchSuggesterKeys & { [property: string]: SearchFieldSuggester | string }

export interface SearchSuggesterBase {
  /** The field to fetch the candidate suggestions from. Needs to be set globally or per suggestion. */
  field: Field
  /** The analyzer to analyze the suggest text with. Defaults to the search analyzer of the suggest field. */
  analyzer?: string
  /** The maximum corrections to be returned per suggest text token. */
  size?: integer
}

/** Request of `search_template`. */
export interface SearchTemplateRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution. */
  ccs_minimize_roundtrips?: boolean
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `true`, returns detailed information about score calculation as part of each hit. If you specify both this and the `explain` query parameter, the API uses only the query parameter. */
  explain?: boolean
  /**
   * If `true`, specified concrete, expanded, or aliased indices are not included in the response when throttled.
   * @deprecated 7.16.0:
   */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** If `true`, the query execution is profiled. */
  profile?: boolean
  /** A custom value used to route operations to a specific shard. */
  routing?: Routing
  /** Specifies how long a consistent view of the index should be maintained for scrolled search. */
  scroll?: Duration
  /** The type of the search operation. */
  search_type?: SearchType
  /** If `true`, `hits.total` is rendered as an integer in the response. If `false`, it is rendered as an object. */
  rest_total_hits_as_int?: boolean
  /** If `true`, the response prefixes aggregation and suggester names with their respective types. */
  typed_keys?: boolean
  /** The ID of the search template to use. If no `source` is specified, this parameter is required. */
  id?: Id
  /** Key-value pairs used to replace Mustache variables in the template. The key is the variable name. The value is the variable value. */
  params?: Record<string, any>
  /** An inline search template. Supports the same parameters as the search API's request body. It also supports Mustache variables. If no `id` is specified, this parameter is required. */
  source?: ScriptSource
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface SearchTemplateResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> {
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

export interface SearchTermSuggest extends SearchSuggestBase {
  options: SearchTermSuggestOption | SearchTermSuggestOption[]
}

export interface SearchTermSuggestOption {
  text: string
  score: double
  freq: long
  highlighted?: string
  collate_match?: boolean
}

export interface SearchTermSuggester extends SearchSuggesterBase {
  lowercase_terms?: boolean
  /** The maximum edit distance candidate suggestions can have in order to be considered as a suggestion. Can only be `1` or `2`. */
  max_edits?: integer
  /** A factor that is used to multiply with the shard_size in order to inspect more candidate spelling corrections on the shard level. Can improve accuracy at the cost of performance. */
  max_inspections?: integer
  /** The maximum threshold in number of documents in which a suggest text token can exist in order to be included. Can be a relative percentage number (for example `0.4`) or an absolute number to represent document frequencies. If a value higher than 1 is specified, then fractional can not be specified. */
  max_term_freq?: float
  /** The minimal threshold in number of documents a suggestion should appear in. This can improve quality by only suggesting high frequency terms. Can be specified as an absolute number or as a relative percentage of number of documents. If a value higher than 1 is specified, then the number cannot be fractional. */
  min_doc_freq?: float
  /** The minimum length a suggest text term must have in order to be included. */
  min_word_length?: integer
  /** The number of minimal prefix characters that must match in order be a candidate for suggestions. Increasing this number improves spellcheck performance. */
  prefix_length?: integer
  /** Sets the maximum number of suggestions to be retrieved from each individual shard. */
  shard_size?: integer
  /** Defines how suggestions should be sorted per suggest text term. */
  sort?: SearchSuggestSort
  /** The string distance implementation to use for comparing how similar suggested terms are. */
  string_distance?: SearchStringDistance
  /** Controls what suggestions are included or controls for what suggest text terms, suggestions should be suggested. */
  suggest_mode?: SuggestMode
}

export interface SearchTotalHits {
  relation: SearchTotalHitsRelation
  value: long
}

export type SearchTotalHitsRelation = 'eq' | 'gte'

/** Number of hits matching the query to count accurately. If true, the exact number of hits is returned at the cost of some performance. If false, the response does not include the total number of hits matching the query. Defaults to 10,000 hits. */
export type SearchTrackHits = boolean | integer

/** Request of `terms_enum`. */
export interface TermsEnumRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and index aliases to search. Wildcard (`*`) expressions are supported. To search all data streams or indices, omit this parameter or use `*` or `_all`. */
  index: Indices
  /** The string to match at the start of indexed terms. If not provided, all terms in the field are considered. */
  field: Field
  /** The number of matching terms to return. */
  size?: integer
  /** The maximum length of time to spend collecting results. If the timeout is exceeded the `complete` flag set to `false` in the response and the results may be partial or empty. */
  timeout?: Duration
  /** When `true`, the provided search string is matched against index terms without case sensitivity. */
  case_insensitive?: boolean
  /** Filter an index shard if the provided query rewrites to `match_none`. */
  index_filter?: QueryDslQueryContainer
  /** The string to match at the start of indexed terms. If it is not provided, all terms in the field are considered. */
  string?: string
  /** The string after which terms in the index should be returned. It allows for a form of pagination if the last result from one request is passed as the `search_after` parameter for a subsequent request. */
  search_after?: string
  /** Specifies a subset of projects to target for the search using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export interface TermsEnumResponse {
  _shards: ShardStatistics
  terms: string[]
  /** If `false`, the returned terms set may be incomplete and should be treated as approximate. This can occur due to a few reasons, such as a request timeout or a node error. */
  complete: boolean
}

export interface TermvectorsFieldStatistics {
  doc_count: integer
  sum_doc_freq: long
  sum_ttf: long
}

export interface TermvectorsFilter {
  /** Ignore words which occur in more than this many docs. Defaults to unbounded. */
  max_doc_freq?: integer
  /** The maximum number of terms that must be returned per field. */
  max_num_terms?: integer
  /** Ignore words with more than this frequency in the source doc. It defaults to unbounded. */
  max_term_freq?: integer
  /** The maximum word length above which words will be ignored. Defaults to unbounded. */
  max_word_length?: integer
  /** Ignore terms which do not occur in at least this many docs. */
  min_doc_freq?: integer
  /** Ignore words with less than this frequency in the source doc. */
  min_term_freq?: integer
  /** The minimum word length below which words will be ignored. */
  min_word_length?: integer
}

/** Request of `termvectors`. */
export interface TermvectorsRequest<TDocument = unknown> extends RequestBase {
  /** The name of the index that contains the document. */
  index: IndexName
  /** A unique identifier for the document. */
  id?: Id
  /** A list of fields to include in the statistics. It is used as the default list unless a specific field list is provided in the `completion_fields` or `fielddata_fields` parameters. */
  fields?: Field[]
  /** If `true`, the response includes: */
  field_statistics?: boolean
  /** If `true`, the response includes term offsets. */
  offsets?: boolean
  /** If `true`, the response includes term payloads. */
  payloads?: boolean
  /** If `true`, the response includes term positions. */
  positions?: boolean
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** If true, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** A custom value that is used to route operations to a specific shard. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** If `true`, the response includes: */
  term_statistics?: boolean
  /** If `true`, returns the document version as part of a hit. */
  version?: VersionNumber
  /** The version type. */
  version_type?: VersionType
  /** An artificial document (a document not present in the index) for which you want to retrieve term vectors. */
  doc?: TDocument
  /** Filter terms based on their tf-idf scores. This could be useful in order find out a good characteristic vector of a document. This feature works in a similar manner to the second phase of the More Like This Query. */
  filter?: TermvectorsFilter
  /** Override the default per-field analyzer. This is useful in order to generate term vectors in any fashion, especially when using artificial documents. When providing an analyzer for a field that already stores term vectors, the term vectors will be regenerated. */
  per_field_analyzer?: Record<Field, string>
}

export interface TermvectorsResponse {
  found: boolean
  _id?: Id
  _index: IndexName
  term_vectors?: Record<Field, TermvectorsTermVector>
  took: long
  _version: VersionNumber
}

export interface TermvectorsTerm {
  doc_freq?: integer
  score?: double
  term_freq: integer
  tokens?: TermvectorsToken[]
  ttf?: integer
}

export interface TermvectorsTermVector {
  field_statistics?: TermvectorsFieldStatistics
  terms: Record<string, TermvectorsTerm>
}

export interface TermvectorsToken {
  end_offset?: integer
  payload?: string
  position: integer
  start_offset?: integer
}

/** Request of `update_by_query`. */
export interface UpdateByQueryRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and aliases to search. It supports wildcards (`*`). To search all data streams or indices, omit this parameter or use `*` or `_all`. */
  index: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** The analyzer to use for the query string. This parameter can be used only when the `q` query string parameter is specified. */
  analyzer?: string
  /** If `true`, wildcard and prefix queries are analyzed. This parameter can be used only when the `q` query string parameter is specified. */
  analyze_wildcard?: boolean
  /** The preferred behavior when update by query hits version conflicts: `abort` or `proceed`. */
  conflicts?: Conflicts
  /** The default operator for query string query: `and` or `or`. This parameter can be used only when the `q` query string parameter is specified. */
  default_operator?: QueryDslOperator
  /** The field to use as default where no field prefix is given in the query string. This parameter can be used only when the `q` query string parameter is specified. */
  df?: string
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** Skips the specified number of documents. */
  from?: long
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. This parameter can be used only when the `q` query string parameter is specified. */
  lenient?: boolean
  /** The maximum number of documents to update. */
  max_docs?: long
  /** The ID of the pipeline to use to preprocess incoming documents. If the index has a default ingest pipeline specified, then setting the value to `_none` disables the default ingest pipeline for this request. If a final pipeline is configured it will always run, regardless of the value of this parameter. */
  pipeline?: string
  /** The node or shard the operation should be performed on. It is random by default. */
  preference?: string
  /** A query in the Lucene query string syntax. */
  q?: string
  /** If `true`, Elasticsearch refreshes affected shards to make the operation visible to search after the request completes. This is different than the update API's `refresh` parameter, which causes just the shard that received the request to be refreshed. */
  refresh?: boolean
  /** If `true`, the request cache is used for this request. It defaults to the index-level setting. */
  request_cache?: boolean
  /** The maximum number of documents to update per second, across the entire update_by_query operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second?: float
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The period to retain the search context for scrolling. */
  scroll?: Duration
  /** The size of the scroll request that powers the operation. */
  scroll_size?: long
  /** An explicit timeout for each search request. By default, there is no timeout. */
  search_timeout?: Duration
  /** The type of the search operation. Available options include `query_then_fetch` and `dfs_query_then_fetch`. */
  search_type?: SearchType
  /** The number of slices this task should be divided into. */
  slices?: Slices
  /** A comma-separated list of <field>:<direction> pairs. */
  sort?: string[]
  /** The specific `tag` of the request for logging and statistical purposes. */
  stats?: string[]
  /** The maximum number of documents to collect for each shard. If a query reaches this limit, Elasticsearch terminates the query early. Elasticsearch collects documents before sorting. */
  terminate_after?: long
  /** The period each update request waits for the following operations: dynamic mapping updates, waiting for active shards. By default, it is one minute. This guarantees Elasticsearch waits for at least the timeout before failing. The actual wait time could be longer, particularly when multiple waits occur. */
  timeout?: Duration
  /** If `true`, returns the document version as part of a hit. */
  version?: boolean
  /** Should the document increment the version number (internal) on hit or not (reindex) */
  version_type?: boolean
  /** The number of shard copies that must be active before proceeding with the operation. Set to `all` or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). The `timeout` parameter controls how long each write request waits for unavailable shards to become available. Both work exactly the way they work in the bulk API. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `true`, the request blocks until the operation is complete. If `false`, Elasticsearch performs some preflight checks, launches the request, and returns a task ID that you can use to cancel or get the status of the task. Elasticsearch creates a record of this task as a document at `.tasks/task/${taskId}`. */
  wait_for_completion?: boolean
  /** The documents to update using the Query DSL. */
  query?: QueryDslQueryContainer
  /** The script to run to update the document source or metadata when updating. */
  script?: Script | ScriptSource
  /** Slice the request manually using the provided slice ID and total number of slices. */
  slice?: SlicedScroll
}

export interface UpdateByQueryResponse {
  /** The number of scroll responses pulled back by the update by query. */
  batches?: long
  /** Array of failures if there were any unrecoverable errors during the process. If this is non-empty then the request ended because of those failures. Update by query is implemented using batches. Any failure causes the entire process to end, but all failures in the current batch are collected into the array. You can use the `conflicts` option to prevent reindex from ending when version conflicts occur. */
  failures?: BulkIndexByScrollFailure[]
  /** The number of documents that were ignored because the script used for the update by query returned a noop value for `ctx.op`. */
  noops?: long
  /** The number of documents that were successfully deleted. */
  deleted?: long
  /** The number of requests per second effectively run during the update by query. */
  requests_per_second?: float
  /** The number of retries attempted by update by query. `bulk` is the number of bulk actions retried. `search` is the number of search actions retried. */
  retries?: Retries
  /** Status of each slice if the update by query was sliced */
  slices?: ReindexStatus[]
  task?: TaskId
  /** If true, some requests timed out during the update by query. */
  timed_out?: boolean
  /** The number of milliseconds from start to end of the whole operation. */
  took?: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total?: long
  /** The number of documents that were successfully updated. */
  updated?: long
  /** The number of version conflicts that the update by query hit. */
  version_conflicts?: long
  throttled?: Duration
  /** The number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis?: DurationValue<UnitMillis>
  throttled_until?: Duration
  /** This field should always be equal to zero in an _update_by_query response. It only has meaning when using the task API, where it indicates the next time (in milliseconds since epoch) a throttled request will be run again in order to conform to `requests_per_second`. */
  throttled_until_millis?: DurationValue<UnitMillis>
}

/** Request of `update_by_query_rethrottle`. */
export interface UpdateByQueryRethrottleRequest extends RequestBase {
  /** The ID for the task. */
  task_id: Id
  /** The maximum number of documents to update per second, across the entire update_by_query operation (including slices). It can be either `-1` to turn off throttling or any decimal number like `1.7` or `12` to throttle to that level. */
  requests_per_second: float
}

export interface UpdateByQueryRethrottleResponse {
  nodes: Record<string, UpdateByQueryRethrottleUpdateByQueryRethrottleNode>
}

export interface UpdateByQueryRethrottleUpdateByQueryRethrottleNode extends SpecUtilsBaseNode {
  tasks: Record<TaskId, TasksTaskInfo>
}

/** Request of `update`. */
export interface UpdateRequest<TDocument = unknown, TPartialDocument = unknown> extends RequestBase {
  /** A unique identifier for the document to be updated. */
  id: Id
  /** The name of the target index. By default, the index is created automatically if it doesn't exist. */
  index: IndexName
  /** Only perform the operation if the document has this primary term. */
  if_primary_term?: long
  /** Only perform the operation if the document has this sequence number. */
  if_seq_no?: SequenceNumber
  /** True or false if to include the document source in the error message in case of parsing errors. */
  include_source_on_error?: boolean
  /** The script language. */
  lang?: string
  /** If 'true', Elasticsearch refreshes the affected shards to make this operation visible to search. If 'wait_for', it waits for a refresh to make this operation visible to search. If 'false', it does nothing with refreshes. */
  refresh?: Refresh
  /** If `true`, the destination must be an index alias. */
  require_alias?: boolean
  /** The number of times the operation should be retried when a conflict occurs. */
  retry_on_conflict?: integer
  /** A custom value used to route operations to a specific shard. Not allowed when `index.slice.enabled` is `true` for the target index; use `_slice` instead. */
  routing?: Routing
  /** The slice identifier used to route the operation to a specific slice. Use the special value `_all` to target all slices without restricting to a routing value. Required when `index.slice.enabled` is `true` for the target index; not allowed when `index.slice.enabled` is `false`. */
  route_slice?: string
  /** The period to wait for the following operations: dynamic mapping updates and waiting for active shards. Elasticsearch waits for at least the timeout period before failing. The actual wait time could be longer, particularly when multiple waits occur. */
  timeout?: Duration
  /** The number of copies of each shard that must be active before proceeding with the operation. Set to 'all' or any positive integer up to the total number of shards in the index (`number_of_replicas`+1). The default value of `1` means it waits for each primary shard to be active. */
  wait_for_active_shards?: WaitForActiveShards
  /** If `false`, turn off source retrieval. You can also specify a comma-separated list of the fields you want to retrieve. */
  _source?: SearchSourceConfig
  /** The source fields you want to exclude. */
  _source_excludes?: Fields
  /** The source fields you want to retrieve. */
  _source_includes?: Fields
  /** If `true`, the `result` in the response is set to `noop` (no operation) when there are no changes to the document. */
  detect_noop?: boolean
  /** A partial update to an existing document. If both `doc` and `script` are specified, `doc` is ignored. */
  doc?: TPartialDocument
  /** If `true`, use the contents of 'doc' as the value of 'upsert'. NOTE: Using ingest pipelines with `doc_as_upsert` is not supported. */
  doc_as_upsert?: boolean
  /** The script to run to update the document. */
  script?: Script | ScriptSource
  /** If `true`, run the script whether or not the document exists. */
  scripted_upsert?: boolean
  /** If the document does not already exist, the contents of 'upsert' are inserted as a new document. If the document exists, the 'script' is run. */
  upsert?: TDocument
}

export type UpdateResponse<TDocument = unknown> = UpdateUpdateWriteResponseBase<TDocument>

export interface UpdateUpdateWriteResponseBase<TDocument = unknown> extends WriteResponseBase {
  get?: InlineGet<TDocument>
}
