// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { ByteSize, DateTime, Duration, EpochTime, ExpandWildcards, Fields, HealthStatus, Host, Id, IndexName, Indices, Ip, Name, Names, NodeId, NodeIds, Percentage, ProjectRouting, RequestBase, SpecUtilsCommonCatQueryParameters, SpecUtilsStringified, TimeOfDay, UnitMillis, UnitSeconds, VersionString, double, integer } from './common.js'
import type { MlCategorizationStatus, MlDatafeedState, MlJobState, MlMemoryStatus } from './ml.js'
import type { WatcherScheduleTimeOfDay } from './watcher.js'

export interface CatAliasesAliasesRecord {
  /** alias name */
  alias?: string
  /** index alias points to */
  index?: IndexName
  /** filter */
  filter?: string
  /** index routing */
  'routing.index'?: string
  /** search routing */
  'routing.search'?: string
  /** write index */
  is_write_index?: string
}

/** Request of `cat.aliases`. */
export interface CatAliasesRequest extends CatCatRequestBase {
  /** A comma-separated list of aliases to retrieve. Supports wildcards (`*`). To retrieve all aliases, omit this parameter or use `*` or `_all`. */
  name?: Names
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatAliasesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicated that the request should never timeout, you can set it to `-1`. */
  master_timeout?: Duration
}

export type CatAliasesResponse = CatAliasesAliasesRecord[]

export interface CatAllocationAllocationRecord {
  /** Number of primary and replica shards assigned to the node. */
  shards?: string
  /** Amount of shards that are scheduled to be moved elsewhere in the cluster or -1 other than desired balance allocator is used */
  'shards.undesired'?: string | null
  /** Sum of index write load forecasts */
  'write_load.forecast'?: SpecUtilsStringified<double> | null
  /** Sum of shard size forecasts */
  'disk.indices.forecast'?: ByteSize | null
  /** Disk space used by the node’s shards. Does not include disk space for the translog or unassigned shards. IMPORTANT: This metric double-counts disk space for hard-linked files, such as those created when shrinking, splitting, or cloning an index. */
  'disk.indices'?: ByteSize | null
  /** Total disk space in use. Elasticsearch retrieves this metric from the node’s operating system (OS). The metric includes disk space for: Elasticsearch, including the translog and unassigned shards; the node’s operating system; any other applications or files on the node. Unlike `disk.indices`, this metric does not double-count disk space for hard-linked files. */
  'disk.used'?: ByteSize | null
  /** Free disk space available to Elasticsearch. Elasticsearch retrieves this metric from the node’s operating system. Disk-based shard allocation uses this metric to assign shards to nodes based on available disk space. */
  'disk.avail'?: ByteSize | null
  /** Total disk space for the node, including in-use and available space. */
  'disk.total'?: ByteSize | null
  /** Total percentage of disk space in use. Calculated as `disk.used / disk.total`. */
  'disk.percent'?: Percentage | null
  /** Network host for the node. Set using the `network.host` setting. */
  host?: Host | null
  /** IP address and port for the node. */
  ip?: Ip | null
  /** Name for the node. Set using the `node.name` setting. */
  node?: string
  /** Node roles */
  'node.role'?: string | null
}

/** Request of `cat.allocation`. */
export interface CatAllocationRequest extends CatCatRequestBase {
  /** A comma-separated list of node identifiers or names used to limit the returned information. */
  node_id?: NodeIds
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatAllocationColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatAllocationResponse = CatAllocationAllocationRecord[]

export type CatCatAliasesColumn = 'alias' | 'index' | 'filter' | 'routing.index' | 'routing.search' | 'is_write_index' | string

export type CatCatAliasesColumns = CatCatAliasesColumn | CatCatAliasesColumn[]

export type CatCatAllocationColumn = 'shards' | 'shards.undesired' | 'write_load.forecast' | 'disk.indices.forecast' | 'disk.indices' | 'disk.used' | 'disk.avail' | 'disk.total' | 'disk.percent' | 'host' | 'ip' | 'node' | 'node.role' | string

export type CatCatAllocationColumns = CatCatAllocationColumn | CatCatAllocationColumn[]

export type CatCatAnomalyDetectorColumn = 'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state'

export type CatCatAnomalyDetectorColumns = CatCatAnomalyDetectorColumn | CatCatAnomalyDetectorColumn[]

export type CatCatCircuitBreakerColumn = 'node_id' | 'node_name' | 'breaker' | 'limit' | 'limit_bytes' | 'estimated' | 'estimated_bytes' | 'tripped' | 'overhead' | string

export type CatCatCircuitBreakerColumns = CatCatCircuitBreakerColumn | CatCatCircuitBreakerColumn[]

export type CatCatComponentColumn = 'name' | 'version' | 'alias_count' | 'mapping_count' | 'settings_count' | 'metadata_count' | 'included_in' | string

export type CatCatComponentColumns = CatCatComponentColumn | CatCatComponentColumn[]

export type CatCatCountColumn = 'epoch' | 'timestamp' | 'count' | string

export type CatCatCountColumns = CatCatCountColumn | CatCatCountColumn[]

export type CatCatDatafeedColumn = 'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's'

export type CatCatDatafeedColumns = CatCatDatafeedColumn | CatCatDatafeedColumn[]

export type CatCatDfaColumn = 'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version'

export type CatCatDfaColumns = CatCatDfaColumn | CatCatDfaColumn[]

export type CatCatFieldDataColumn = 'id' | 'host' | 'ip' | 'node' | 'field' | 'size' | string

export type CatCatFieldDataColumns = CatCatFieldDataColumn | CatCatFieldDataColumn[]

export type CatCatHealthColumn = 'epoch' | 'timestamp' | 'cluster' | 'status' | 'node.total' | 'node.data' | 'shards' | 'pri' | 'relo' | 'init' | 'unassign' | 'unassign.pri' | 'pending_tasks' | 'max_task_wait_time' | 'active_shards_percent' | string

export type CatCatHealthColumns = CatCatHealthColumn | CatCatHealthColumn[]

export type CatCatIndicesColumn = 'health' | 'status' | 'index' | 'uuid' | 'pri' | 'rep' | 'docs.count' | 'docs.deleted' | 'creation.date' | 'creation.date.string' | 'store.size' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'pri.completion.size' | 'fielddata.memory_size' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'pri.request_cache.miss_count' | 'flush.total' | 'pri.flush.total' | 'flush.total_time' | 'pri.flush.total_time' | 'get.current' | 'pri.get.current' | 'get.time' | 'pri.get.time' | 'get.total' | 'pri.get.total' | 'get.exists_time' | 'pri.get.exists_time' | 'get.exists_total' | 'pri.get.exists_total' | 'get.missing_time' | 'pri.get.missing_time' | 'get.missing_total' | 'pri.get.missing_total' | 'indexing.delete_current' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'pri.indexing.index_current' | 'indexing.index_time' | 'pri.indexing.index_time' | 'indexing.index_total' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'pri.merges.current' | 'merges.current_docs' | 'pri.merges.current_docs' | 'merges.current_size' | 'pri.merges.current_size' | 'merges.total' | 'pri.merges.total' | 'merges.total_docs' | 'pri.merges.total_docs' | 'merges.total_size' | 'pri.merges.total_size' | 'merges.total_time' | 'pri.merges.total_time' | 'refresh.total' | 'pri.refresh.total' | 'refresh.time' | 'pri.refresh.time' | 'refresh.external_total' | 'pri.refresh.external_total' | 'refresh.external_time' | 'pri.refresh.external_time' | 'refresh.listeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'pri.search.fetch_current' | 'search.fetch_time' | 'pri.search.fetch_time' | 'search.fetch_total' | 'pri.search.fetch_total' | 'search.open_contexts' | 'pri.search.open_contexts' | 'search.query_current' | 'pri.search.query_current' | 'search.query_time' | 'pri.search.query_time' | 'search.query_total' | 'pri.search.query_total' | 'search.scroll_current' | 'pri.search.scroll_current' | 'search.scroll_time' | 'pri.search.scroll_time' | 'search.scroll_total' | 'pri.search.scroll_total' | 'segments.count' | 'pri.segments.count' | 'segments.memory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'pri.warmer.current' | 'warmer.total' | 'pri.warmer.total' | 'warmer.total_time' | 'pri.warmer.total_time' | 'suggest.current' | 'pri.suggest.current' | 'suggest.time' | 'pri.suggest.time' | 'suggest.total' | 'pri.suggest.total' | 'memory.total' | 'pri.memory.total' | 'bulk.total_operations' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'pri.sparse_vector.value_count' | string

export type CatCatIndicesColumns = CatCatIndicesColumn | CatCatIndicesColumn[]

export type CatCatMasterColumn = 'id' | 'host' | 'ip' | 'node' | string

export type CatCatMasterColumns = CatCatMasterColumn | CatCatMasterColumn[]

export type CatCatNodeColumn = 'build' | 'completion.size' | 'cpu' | 'disk.avail' | 'disk.total' | 'disk.used' | 'disk.used_percent' | 'fielddata.evictions' | 'fielddata.memory_size' | 'file_desc.current' | 'file_desc.max' | 'file_desc.percent' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'heap.current' | 'heap.max' | 'heap.percent' | 'http_address' | 'id' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'jdk' | 'load_1m' | 'load_5m' | 'load_15m' | 'available_processors' | 'mappings.total_count' | 'mappings.total_estimated_overhead_in_bytes' | 'master' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'name' | 'node.role' | 'pid' | 'port' | 'query_cache.memory_size' | 'query_cache.evictions' | 'query_cache.hit_count' | 'query_cache.miss_count' | 'ram.current' | 'ram.max' | 'ram.percent' | 'refresh.total' | 'refresh.time' | 'request_cache.memory_size' | 'request_cache.evictions' | 'request_cache.hit_count' | 'request_cache.miss_count' | 'script.compilations' | 'script.cache_evictions' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'shard_stats.total_count' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'uptime' | 'version' | string

export type CatCatNodeColumns = CatCatNodeColumn | CatCatNodeColumn[]

export type CatCatNodeattrsColumn = 'node' | 'id' | 'pid' | 'host' | 'ip' | 'port' | 'attr' | 'value' | string

export type CatCatNodeattrsColumns = CatCatNodeattrsColumn | CatCatNodeattrsColumn[]

export type CatCatPendingTasksColumn = 'insertOrder' | 'timeInQueue' | 'priority' | 'source' | string

export type CatCatPendingTasksColumns = CatCatPendingTasksColumn | CatCatPendingTasksColumn[]

export type CatCatPluginsColumn = 'id' | 'name' | 'component' | 'version' | 'description' | string

export type CatCatPluginsColumns = CatCatPluginsColumn | CatCatPluginsColumn[]

export type CatCatRecoveryColumn = 'index' | 'shard' | 'start_time' | 'start_time_millis' | 'stop_time' | 'stop_time_millis' | 'time' | 'type' | 'stage' | 'source_host' | 'source_node' | 'target_host' | 'target_node' | 'repository' | 'snapshot' | 'files' | 'files_recovered' | 'files_percent' | 'files_total' | 'bytes' | 'bytes_recovered' | 'bytes_percent' | 'bytes_total' | 'translog_ops' | 'translog_ops_recovered' | 'translog_ops_percent' | string

export type CatCatRecoveryColumns = CatCatRecoveryColumn | CatCatRecoveryColumn[]

export interface CatCatRequestBase extends RequestBase, SpecUtilsCommonCatQueryParameters {
}

export type CatCatSegmentsColumn = 'index' | 'shard' | 'prirep' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id' | string

export type CatCatSegmentsColumns = CatCatSegmentsColumn | CatCatSegmentsColumn[]

export type CatCatShardColumn = 'completion.size' | 'dataset.size' | 'dense_vector.value_count' | 'docs' | 'fielddata.evictions' | 'fielddata.memory_size' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'id' | 'index' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_failed' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'node' | 'prirep' | 'query_cache.evictions' | 'query_cache.memory_size' | 'recoverysource.type' | 'refresh.time' | 'refresh.total' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'seq_no.global_checkpoint' | 'seq_no.local_checkpoint' | 'seq_no.max' | 'shard' | 'dsparse_vector.value_count' | 'state' | 'store' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'sync_id' | 'unassigned.at' | 'unassigned.details' | 'unassigned.for' | 'unassigned.reason' | string

export type CatCatShardColumns = CatCatShardColumn | CatCatShardColumn[]

export type CatCatSnapshotsColumn = 'id' | 'repository' | 'status' | 'start_epoch' | 'start_time' | 'end_epoch' | 'end_time' | 'duration' | 'indices' | 'successful_shards' | 'failed_shards' | 'total_shards' | 'reason' | string

export type CatCatSnapshotsColumns = CatCatSnapshotsColumn | CatCatSnapshotsColumn[]

export type CatCatTasksColumn = 'id' | 'action' | 'task_id' | 'parent_task_id' | 'type' | 'start_time' | 'timestamp' | 'running_time_ns' | 'running_time' | 'node_id' | 'ip' | 'port' | 'node' | 'version' | 'x_opaque_id' | string

export type CatCatTasksColumns = CatCatTasksColumn | CatCatTasksColumn[]

export type CatCatTemplatesColumn = 'name' | 'index_patterns' | 'order' | 'version' | 'composed_of' | string

export type CatCatTemplatesColumns = CatCatTemplatesColumn | CatCatTemplatesColumn[]

export type CatCatThreadPoolColumn = 'active' | 'completed' | 'core' | 'ephemeral_id' | 'host' | 'ip' | 'keep_alive' | 'largest' | 'max' | 'name' | 'node_id' | 'node_name' | 'pid' | 'pool_size' | 'port' | 'queue' | 'queue_size' | 'rejected' | 'size' | 'type' | string

export type CatCatThreadPoolColumns = CatCatThreadPoolColumn | CatCatThreadPoolColumn[]

export type CatCatTrainedModelsColumn = 'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version'

export type CatCatTrainedModelsColumns = CatCatTrainedModelsColumn | CatCatTrainedModelsColumn[]

export type CatCatTransformColumn = 'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version'

export type CatCatTransformColumns = CatCatTransformColumn | CatCatTransformColumn[]

export interface CatCircuitBreakerCircuitBreakerRecord {
  /** Persistent node ID */
  node_id?: NodeId
  /** Node name */
  node_name?: string
  /** Breaker name */
  breaker?: string
  /** Limit size */
  limit?: string
  /** Limit size in bytes */
  limit_bytes?: ByteSize
  /** Estimated size */
  estimated?: string
  /** Estimated size in bytes */
  estimated_bytes?: ByteSize
  /** Tripped count */
  tripped?: string
  /** Overhead */
  overhead?: string
}

/** Request of `cat.circuit_breaker`. */
export interface CatCircuitBreakerRequest extends CatCatRequestBase {
  /** A comma-separated list of regular-expressions to filter the circuit breakers in the output */
  circuit_breaker_patterns?: string | string[]
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatCircuitBreakerColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatCircuitBreakerResponse = CatCircuitBreakerCircuitBreakerRecord[]

export interface CatComponentTemplatesComponentTemplate {
  name: string
  version: string | null
  alias_count: string
  mapping_count: string
  settings_count: string
  metadata_count: string
  included_in: string
}

/** Request of `cat.component_templates`. */
export interface CatComponentTemplatesRequest extends CatCatRequestBase {
  /** The name of the component template. It accepts wildcard expressions. If it is omitted, all component templates are returned. */
  name?: string
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatComponentColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatComponentTemplatesResponse = CatComponentTemplatesComponentTemplate[]

export interface CatCountCountRecord {
  /** seconds since 1970-01-01 00:00:00 */
  epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** time in HH:MM:SS */
  timestamp?: TimeOfDay
  /** the document count */
  count?: string
}

/** Request of `cat.count`. */
export interface CatCountRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. It supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatCountColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export type CatCountResponse = CatCountCountRecord[]

export interface CatFielddataFielddataRecord {
  /** node id */
  id?: string
  /** host name */
  host?: string
  /** ip address */
  ip?: string
  /** node name */
  node?: string
  /** field name */
  field?: string
  /** field data usage */
  size?: string
}

/** Request of `cat.fielddata`. */
export interface CatFielddataRequest extends CatCatRequestBase {
  /** Comma-separated list of fields used to limit returned information. To retrieve all fields, omit this parameter. */
  fields?: Fields
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatFieldDataColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatFielddataResponse = CatFielddataFielddataRecord[]

export interface CatHealthHealthRecord {
  /** seconds since 1970-01-01 00:00:00 */
  epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** time in HH:MM:SS */
  timestamp?: TimeOfDay
  /** cluster name */
  cluster?: string
  /** health status */
  status?: string
  /** total number of nodes */
  'node.total'?: string
  /** number of nodes that can store data */
  'node.data'?: string
  /** total number of shards */
  shards?: string
  /** number of primary shards */
  pri?: string
  /** number of relocating nodes */
  relo?: string
  /** number of initializing nodes */
  init?: string
  /** number of unassigned primary shards */
  'unassign.pri'?: string
  /** number of unassigned shards */
  unassign?: string
  /** number of pending tasks */
  pending_tasks?: string
  /** wait time of longest task pending */
  max_task_wait_time?: string
  /** active number of shards in percent */
  active_shards_percent?: string
}

/** Request of `cat.health`. */
export interface CatHealthRequest extends CatCatRequestBase {
  /** If true, returns `HH:MM:SS` and Unix epoch timestamps. */
  ts?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatHealthColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatHealthResponse = CatHealthHealthRecord[]

/** Request of `cat.help`. */
export interface CatHelpRequest extends RequestBase {
}

export interface CatHelpResponse {
}

export interface CatIndicesIndicesRecord {
  /** current health status */
  health?: string
  /** open/close status */
  status?: string
  /** index name */
  index?: string
  /** index uuid */
  uuid?: string
  /** number of primary shards */
  pri?: string
  /** number of replica shards */
  rep?: string
  /** The number of documents in the index, including hidden nested documents. For indices with `semantic_text` fields or other nested field types, this count includes the internal nested documents. To get the logical document count (excluding nested documents), use the `_count` API or `_cat/count` API instead. */
  'docs.count'?: string | null
  /** deleted docs */
  'docs.deleted'?: string | null
  /** index creation date (millisecond value) */
  'creation.date'?: string
  /** index creation date (as string) */
  'creation.date.string'?: string
  /** store size of primaries & replicas */
  'store.size'?: string | null
  /** store size of primaries */
  'pri.store.size'?: string | null
  /** total size of dataset (including the cache for partially mounted indices) */
  'dataset.size'?: string | null
  /** size of completion */
  'completion.size'?: string
  /** size of completion */
  'pri.completion.size'?: string
  /** used fielddata cache */
  'fielddata.memory_size'?: string
  /** used fielddata cache */
  'pri.fielddata.memory_size'?: string
  /** fielddata evictions */
  'fielddata.evictions'?: string
  /** fielddata evictions */
  'pri.fielddata.evictions'?: string
  /** used query cache */
  'query_cache.memory_size'?: string
  /** used query cache */
  'pri.query_cache.memory_size'?: string
  /** query cache evictions */
  'query_cache.evictions'?: string
  /** query cache evictions */
  'pri.query_cache.evictions'?: string
  /** used request cache */
  'request_cache.memory_size'?: string
  /** used request cache */
  'pri.request_cache.memory_size'?: string
  /** request cache evictions */
  'request_cache.evictions'?: string
  /** request cache evictions */
  'pri.request_cache.evictions'?: string
  /** request cache hit count */
  'request_cache.hit_count'?: string
  /** request cache hit count */
  'pri.request_cache.hit_count'?: string
  /** request cache miss count */
  'request_cache.miss_count'?: string
  /** request cache miss count */
  'pri.request_cache.miss_count'?: string
  /** number of flushes */
  'flush.total'?: string
  /** number of flushes */
  'pri.flush.total'?: string
  /** time spent in flush */
  'flush.total_time'?: string
  /** time spent in flush */
  'pri.flush.total_time'?: string
  /** number of current get ops */
  'get.current'?: string
  /** number of current get ops */
  'pri.get.current'?: string
  /** time spent in get */
  'get.time'?: string
  /** time spent in get */
  'pri.get.time'?: string
  /** number of get ops */
  'get.total'?: string
  /** number of get ops */
  'pri.get.total'?: string
  /** time spent in successful gets */
  'get.exists_time'?: string
  /** time spent in successful gets */
  'pri.get.exists_time'?: string
  /** number of successful gets */
  'get.exists_total'?: string
  /** number of successful gets */
  'pri.get.exists_total'?: string
  /** time spent in failed gets */
  'get.missing_time'?: string
  /** time spent in failed gets */
  'pri.get.missing_time'?: string
  /** number of failed gets */
  'get.missing_total'?: string
  /** number of failed gets */
  'pri.get.missing_total'?: string
  /** number of current deletions */
  'indexing.delete_current'?: string
  /** number of current deletions */
  'pri.indexing.delete_current'?: string
  /** time spent in deletions */
  'indexing.delete_time'?: string
  /** time spent in deletions */
  'pri.indexing.delete_time'?: string
  /** number of delete ops */
  'indexing.delete_total'?: string
  /** number of delete ops */
  'pri.indexing.delete_total'?: string
  /** number of current indexing ops */
  'indexing.index_current'?: string
  /** number of current indexing ops */
  'pri.indexing.index_current'?: string
  /** time spent in indexing */
  'indexing.index_time'?: string
  /** time spent in indexing */
  'pri.indexing.index_time'?: string
  /** number of indexing ops */
  'indexing.index_total'?: string
  /** number of indexing ops */
  'pri.indexing.index_total'?: string
  /** number of failed indexing ops */
  'indexing.index_failed'?: string
  /** number of failed indexing ops */
  'pri.indexing.index_failed'?: string
  /** number of current merges */
  'merges.current'?: string
  /** number of current merges */
  'pri.merges.current'?: string
  /** number of current merging docs */
  'merges.current_docs'?: string
  /** number of current merging docs */
  'pri.merges.current_docs'?: string
  /** size of current merges */
  'merges.current_size'?: string
  /** size of current merges */
  'pri.merges.current_size'?: string
  /** number of completed merge ops */
  'merges.total'?: string
  /** number of completed merge ops */
  'pri.merges.total'?: string
  /** docs merged */
  'merges.total_docs'?: string
  /** docs merged */
  'pri.merges.total_docs'?: string
  /** size merged */
  'merges.total_size'?: string
  /** size merged */
  'pri.merges.total_size'?: string
  /** time spent in merges */
  'merges.total_time'?: string
  /** time spent in merges */
  'pri.merges.total_time'?: string
  /** total refreshes */
  'refresh.total'?: string
  /** total refreshes */
  'pri.refresh.total'?: string
  /** time spent in refreshes */
  'refresh.time'?: string
  /** time spent in refreshes */
  'pri.refresh.time'?: string
  /** total external refreshes */
  'refresh.external_total'?: string
  /** total external refreshes */
  'pri.refresh.external_total'?: string
  /** time spent in external refreshes */
  'refresh.external_time'?: string
  /** time spent in external refreshes */
  'pri.refresh.external_time'?: string
  /** number of pending refresh listeners */
  'refresh.listeners'?: string
  /** number of pending refresh listeners */
  'pri.refresh.listeners'?: string
  /** current fetch phase ops */
  'search.fetch_current'?: string
  /** current fetch phase ops */
  'pri.search.fetch_current'?: string
  /** time spent in fetch phase */
  'search.fetch_time'?: string
  /** time spent in fetch phase */
  'pri.search.fetch_time'?: string
  /** total fetch ops */
  'search.fetch_total'?: string
  /** total fetch ops */
  'pri.search.fetch_total'?: string
  /** open search contexts */
  'search.open_contexts'?: string
  /** open search contexts */
  'pri.search.open_contexts'?: string
  /** current query phase ops */
  'search.query_current'?: string
  /** current query phase ops */
  'pri.search.query_current'?: string
  /** time spent in query phase */
  'search.query_time'?: string
  /** time spent in query phase */
  'pri.search.query_time'?: string
  /** total query phase ops */
  'search.query_total'?: string
  /** total query phase ops */
  'pri.search.query_total'?: string
  /** open scroll contexts */
  'search.scroll_current'?: string
  /** open scroll contexts */
  'pri.search.scroll_current'?: string
  /** time scroll contexts held open */
  'search.scroll_time'?: string
  /** time scroll contexts held open */
  'pri.search.scroll_time'?: string
  /** completed scroll contexts */
  'search.scroll_total'?: string
  /** completed scroll contexts */
  'pri.search.scroll_total'?: string
  /** number of segments */
  'segments.count'?: string
  /** number of segments */
  'pri.segments.count'?: string
  /** memory used by segments */
  'segments.memory'?: string
  /** memory used by segments */
  'pri.segments.memory'?: string
  /** memory used by index writer */
  'segments.index_writer_memory'?: string
  /** memory used by index writer */
  'pri.segments.index_writer_memory'?: string
  /** memory used by version map */
  'segments.version_map_memory'?: string
  /** memory used by version map */
  'pri.segments.version_map_memory'?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  'segments.fixed_bitset_memory'?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  'pri.segments.fixed_bitset_memory'?: string
  /** current warmer ops */
  'warmer.current'?: string
  /** current warmer ops */
  'pri.warmer.current'?: string
  /** total warmer ops */
  'warmer.total'?: string
  /** total warmer ops */
  'pri.warmer.total'?: string
  /** time spent in warmers */
  'warmer.total_time'?: string
  /** time spent in warmers */
  'pri.warmer.total_time'?: string
  /** number of current suggest ops */
  'suggest.current'?: string
  /** number of current suggest ops */
  'pri.suggest.current'?: string
  /** time spend in suggest */
  'suggest.time'?: string
  /** time spend in suggest */
  'pri.suggest.time'?: string
  /** number of suggest ops */
  'suggest.total'?: string
  /** number of suggest ops */
  'pri.suggest.total'?: string
  /** total used memory */
  'memory.total'?: string
  /** total user memory */
  'pri.memory.total'?: string
  /** indicates if the index is search throttled */
  'search.throttled'?: string
  /** number of bulk shard ops */
  'bulk.total_operations'?: string
  /** number of bulk shard ops */
  'pri.bulk.total_operations'?: string
  /** time spend in shard bulk */
  'bulk.total_time'?: string
  /** time spend in shard bulk */
  'pri.bulk.total_time'?: string
  /** total size in bytes of shard bulk */
  'bulk.total_size_in_bytes'?: string
  /** total size in bytes of shard bulk */
  'pri.bulk.total_size_in_bytes'?: string
  /** average time spend in shard bulk */
  'bulk.avg_time'?: string
  /** average time spend in shard bulk */
  'pri.bulk.avg_time'?: string
  /** average size in bytes of shard bulk */
  'bulk.avg_size_in_bytes'?: string
  /** average size in bytes of shard bulk */
  'pri.bulk.avg_size_in_bytes'?: string
}

/** Request of `cat.indices`. */
export interface CatIndicesRequest extends CatCatRequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** The type of index that wildcard patterns can match. */
  expand_wildcards?: ExpandWildcards
  /** The health status used to limit returned indices. By default, the response includes indices of any health status. */
  health?: HealthStatus
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** If true, the response only includes information from primary shards. */
  pri?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatIndicesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatIndicesResponse = CatIndicesIndicesRecord[]

export interface CatMasterMasterRecord {
  /** node id */
  id?: string
  /** host name */
  host?: string
  /** ip address */
  ip?: string
  /** node name */
  node?: string
}

/** Request of `cat.master`. */
export interface CatMasterRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatMasterColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatMasterResponse = CatMasterMasterRecord[]

export interface CatMlDataFrameAnalyticsDataFrameAnalyticsRecord {
  /** The identifier for the job. */
  id?: Id
  /** The type of analysis that the job performs. */
  type?: string
  /** The time when the job was created. */
  create_time?: string
  /** The version of Elasticsearch when the job was created. */
  version?: VersionString
  /** The name of the source index. */
  source_index?: IndexName
  /** The name of the destination index. */
  dest_index?: IndexName
  /** A description of the job. */
  description?: string
  /** The approximate maximum amount of memory resources that are permitted for the job. */
  model_memory_limit?: string
  /** The current status of the job. */
  state?: string
  /** Messages about the reason why the job failed. */
  failure_reason?: string
  /** The progress report for the job by phase. */
  progress?: string
  /** Messages related to the selection of a node. */
  assignment_explanation?: string
  /** The unique identifier of the assigned node. */
  'node.id'?: Id
  /** The name of the assigned node. */
  'node.name'?: Name
  /** The ephemeral identifier of the assigned node. */
  'node.ephemeral_id'?: Id
  /** The network address of the assigned node. */
  'node.address'?: string
}

/** Request of `cat.ml_data_frame_analytics`. */
export interface CatMlDataFrameAnalyticsRequest extends CatCatRequestBase {
  /** The ID of the data frame analytics to fetch */
  id?: Id
  /** Whether to ignore if a wildcard expression matches no configs. (This includes `_all` string or when no configs have been specified.) */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatDfaColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatDfaColumns
}

export type CatMlDataFrameAnalyticsResponse = CatMlDataFrameAnalyticsDataFrameAnalyticsRecord[]

export interface CatMlDatafeedsDatafeedsRecord {
  /** The datafeed identifier. */
  id?: string
  /** The status of the datafeed. */
  state?: MlDatafeedState
  /** For started datafeeds only, contains messages relating to the selection of a node. */
  assignment_explanation?: string
  /** The number of buckets processed. */
  'buckets.count'?: string
  /** The number of searches run by the datafeed. */
  'search.count'?: string
  /** The total time the datafeed spent searching, in milliseconds. */
  'search.time'?: string
  /** The average search time per bucket, in milliseconds. */
  'search.bucket_avg'?: string
  /** The exponential average search time per hour, in milliseconds. */
  'search.exp_avg_hour'?: string
  /** The unique identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.id'?: string
  /** The name of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.name'?: string
  /** The ephemeral identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.ephemeral_id'?: string
  /** The network address of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.address'?: string
}

/** Request of `cat.ml_datafeeds`. */
export interface CatMlDatafeedsRequest extends CatCatRequestBase {
  /** A numerical character string that uniquely identifies the datafeed. */
  datafeed_id?: Id
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatDatafeedColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatDatafeedColumns
}

export type CatMlDatafeedsResponse = CatMlDatafeedsDatafeedsRecord[]

export interface CatMlJobsJobsRecord {
  /** The anomaly detection job identifier. */
  id?: Id
  /** The status of the anomaly detection job. */
  state?: MlJobState
  /** For open jobs only, the amount of time the job has been opened. */
  opened_time?: string
  /** For open anomaly detection jobs only, contains messages relating to the selection of a node to run the job. */
  assignment_explanation?: string
  /** The number of input documents that have been processed by the anomaly detection job. This value includes documents with missing fields, since they are nonetheless analyzed. If you use datafeeds and have aggregations in your search query, the `processed_record_count` is the number of aggregation results processed, not the number of Elasticsearch documents. */
  'data.processed_records'?: string
  /** The total number of fields in all the documents that have been processed by the anomaly detection job. Only fields that are specified in the detector configuration object contribute to this count. The timestamp is not included in this count. */
  'data.processed_fields'?: string
  /** The number of bytes of input data posted to the anomaly detection job. */
  'data.input_bytes'?: ByteSize
  /** The number of input documents posted to the anomaly detection job. */
  'data.input_records'?: string
  /** The total number of fields in input documents posted to the anomaly detection job. This count includes fields that are not used in the analysis. However, be aware that if you are using a datafeed, it extracts only the required fields from the documents it retrieves before posting them to the job. */
  'data.input_fields'?: string
  /** The number of input documents with either a missing date field or a date that could not be parsed. */
  'data.invalid_dates'?: string
  /** The number of input documents that are missing a field that the anomaly detection job is configured to analyze. Input documents with missing fields are still processed because it is possible that not all fields are missing. If you are using datafeeds or posting data to the job in JSON format, a high `missing_field_count` is often not an indication of data issues. It is not necessarily a cause for concern. */
  'data.missing_fields'?: string
  /** The number of input documents that have a timestamp chronologically preceding the start of the current anomaly detection bucket offset by the latency window. This information is applicable only when you provide data to the anomaly detection job by using the post data API. These out of order documents are discarded, since jobs require time series data to be in ascending chronological order. */
  'data.out_of_order_timestamps'?: string
  /** The number of buckets which did not contain any data. If your data contains many empty buckets, consider increasing your `bucket_span` or using functions that are tolerant to gaps in data such as mean, `non_null_sum` or `non_zero_count`. */
  'data.empty_buckets'?: string
  /** The number of buckets that contained few data points compared to the expected number of data points. If your data contains many sparse buckets, consider using a longer `bucket_span`. */
  'data.sparse_buckets'?: string
  /** The total number of buckets processed. */
  'data.buckets'?: string
  /** The timestamp of the earliest chronologically input document. */
  'data.earliest_record'?: string
  /** The timestamp of the latest chronologically input document. */
  'data.latest_record'?: string
  /** The timestamp at which data was last analyzed, according to server time. */
  'data.last'?: string
  /** The timestamp of the last bucket that did not contain any data. */
  'data.last_empty_bucket'?: string
  /** The timestamp of the last bucket that was considered sparse. */
  'data.last_sparse_bucket'?: string
  /** The number of bytes of memory used by the models. This is the maximum value since the last time the model was persisted. If the job is closed, this value indicates the latest size. */
  'model.bytes'?: ByteSize
  /** The status of the mathematical models. */
  'model.memory_status'?: MlMemoryStatus
  /** The number of bytes over the high limit for memory usage at the last allocation failure. */
  'model.bytes_exceeded'?: ByteSize
  /** The upper limit for model memory usage, checked on increasing values. */
  'model.memory_limit'?: string
  /** The number of `by` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.by_fields'?: string
  /** The number of `over` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.over_fields'?: string
  /** The number of `partition` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.partition_fields'?: string
  /** The number of buckets for which new entities in incoming data were not processed due to insufficient model memory. This situation is also signified by a `hard_limit: memory_status` property value. */
  'model.bucket_allocation_failures'?: string
  /** The status of categorization for the job. */
  'model.categorization_status'?: MlCategorizationStatus
  /** The number of documents that have had a field categorized. */
  'model.categorized_doc_count'?: string
  /** The number of categories created by categorization. */
  'model.total_category_count'?: string
  /** The number of categories that match more than 1% of categorized documents. */
  'model.frequent_category_count'?: string
  /** The number of categories that match just one categorized document. */
  'model.rare_category_count'?: string
  /** The number of categories created by categorization that will never be assigned again because another category’s definition makes it a superset of the dead category. Dead categories are a side effect of the way categorization has no prior training. */
  'model.dead_category_count'?: string
  /** The number of times that categorization wanted to create a new category but couldn’t because the job had hit its `model_memory_limit`. This count does not track which specific categories failed to be created. Therefore you cannot use this value to determine the number of unique categories that were missed. */
  'model.failed_category_count'?: string
  /** The timestamp when the model stats were gathered, according to server time. */
  'model.log_time'?: string
  /** The timestamp of the last record when the model stats were gathered. */
  'model.timestamp'?: string
  /** The number of individual forecasts currently available for the job. A value of one or more indicates that forecasts exist. */
  'forecasts.total'?: string
  /** The minimum memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.min'?: string
  /** The maximum memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.max'?: string
  /** The average memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.avg'?: string
  /** The total memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.total'?: string
  /** The minimum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.min'?: string
  /** The maximum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.max'?: string
  /** The average number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.avg'?: string
  /** The total number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.total'?: string
  /** The minimum runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.min'?: string
  /** The maximum runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.max'?: string
  /** The average runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.avg'?: string
  /** The total runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.total'?: string
  /** The uniqe identifier of the assigned node. */
  'node.id'?: NodeId
  /** The name of the assigned node. */
  'node.name'?: string
  /** The ephemeral identifier of the assigned node. */
  'node.ephemeral_id'?: NodeId
  /** The network address of the assigned node. */
  'node.address'?: string
  /** The number of bucket results produced by the job. */
  'buckets.count'?: string
  /** The sum of all bucket processing times, in milliseconds. */
  'buckets.time.total'?: string
  /** The minimum of all bucket processing times, in milliseconds. */
  'buckets.time.min'?: string
  /** The maximum of all bucket processing times, in milliseconds. */
  'buckets.time.max'?: string
  /** The exponential moving average of all bucket processing times, in milliseconds. */
  'buckets.time.exp_avg'?: string
  /** The exponential moving average of bucket processing times calculated in a one hour time window, in milliseconds. */
  'buckets.time.exp_avg_hour'?: string
}

/** Request of `cat.ml_jobs`. */
export interface CatMlJobsRequest extends CatCatRequestBase {
  /** Identifier for the anomaly detection job. */
  job_id?: Id
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatAnomalyDetectorColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatAnomalyDetectorColumns
}

export type CatMlJobsResponse = CatMlJobsJobsRecord[]

/** Request of `cat.ml_trained_models`. */
export interface CatMlTrainedModelsRequest extends CatCatRequestBase {
  /** A unique identifier for the trained model. */
  model_id?: Id
  /** Specifies what to do when the request: contains wildcard expressions and there are no models that match; contains the `_all` string or no identifiers and there are no matches; contains wildcard expressions and there are only partial matches. If `true`, the API returns an empty array when there are no matches and the subset of results when there are partial matches. If `false`, the API returns a 404 status code when there are no matches or only partial matches. */
  allow_no_match?: boolean
  /** A comma-separated list of column names to display. */
  h?: CatCatTrainedModelsColumns
  /** A comma-separated list of column names or aliases used to sort the response. */
  s?: CatCatTrainedModelsColumns
  /** Skips the specified number of transforms. */
  from?: integer
  /** The maximum number of transforms to display. */
  size?: integer
}

export type CatMlTrainedModelsResponse = CatMlTrainedModelsTrainedModelsRecord[]

export interface CatMlTrainedModelsTrainedModelsRecord {
  /** The model identifier. */
  id?: Id
  /** Information about the creator of the model. */
  created_by?: string
  /** The estimated heap size to keep the model in memory. */
  heap_size?: ByteSize
  /** The estimated number of operations to use the model. This number helps to measure the computational complexity of the model. */
  operations?: string
  /** The license level of the model. */
  license?: string
  /** The time the model was created. */
  create_time?: DateTime
  /** The version of Elasticsearch when the model was created. */
  version?: VersionString
  /** A description of the model. */
  description?: string
  /** The number of pipelines that are referencing the model. */
  'ingest.pipelines'?: string
  /** The total number of documents that are processed by the model. */
  'ingest.count'?: string
  /** The total time spent processing documents with thie model. */
  'ingest.time'?: string
  /** The total number of documents that are currently being handled by the model. */
  'ingest.current'?: string
  /** The total number of failed ingest attempts with the model. */
  'ingest.failed'?: string
  /** The identifier for the data frame analytics job that created the model. Only displayed if the job is still available. */
  'data_frame.id'?: string
  /** The time the data frame analytics job was created. */
  'data_frame.create_time'?: string
  /** The source index used to train in the data frame analysis. */
  'data_frame.source_index'?: string
  /** The analysis used by the data frame to build the model. */
  'data_frame.analysis'?: string
  type?: string
}

export interface CatNodeattrsNodeAttributesRecord {
  /** The node name. */
  node?: string
  /** The unique node identifier. */
  id?: string
  /** The process identifier. */
  pid?: string
  /** The host name. */
  host?: string
  /** The IP address. */
  ip?: string
  /** The bound transport port. */
  port?: string
  /** The attribute name. */
  attr?: string
  /** The attribute value. */
  value?: string
}

/** Request of `cat.nodeattrs`. */
export interface CatNodeattrsRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatNodeattrsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatNodeattrsResponse = CatNodeattrsNodeAttributesRecord[]

export interface CatNodesNodesRecord {
  /** The unique node identifier. */
  id?: Id
  /** The process identifier. */
  pid?: string
  /** The IP address. */
  ip?: string
  /** The bound transport port. */
  port?: string
  /** The bound HTTP address. */
  http_address?: string
  /** The Elasticsearch version. */
  version?: VersionString
  /** The Elasticsearch distribution flavor. */
  flavor?: string
  /** The Elasticsearch distribution type. */
  type?: string
  /** The Elasticsearch build hash. */
  build?: string
  /** The Java version. */
  jdk?: string
  /** The total disk space. */
  'disk.total'?: ByteSize
  /** The used disk space. */
  'disk.used'?: ByteSize
  /** The available disk space. */
  'disk.avail'?: ByteSize
  /** The used disk space percentage. */
  'disk.used_percent'?: Percentage
  /** The used heap. */
  'heap.current'?: string
  /** The used heap ratio. */
  'heap.percent'?: Percentage
  /** The maximum configured heap. */
  'heap.max'?: string
  /** The used machine memory. */
  'ram.current'?: string
  /** The used machine memory ratio. */
  'ram.percent'?: Percentage
  /** The total machine memory. */
  'ram.max'?: string
  /** The used file descriptors. */
  'file_desc.current'?: string
  /** The used file descriptor ratio. */
  'file_desc.percent'?: Percentage
  /** The maximum number of file descriptors. */
  'file_desc.max'?: string
  /** The recent system CPU usage as a percentage. */
  cpu?: string
  /** The load average for the most recent minute. */
  load_1m?: string
  /** The load average for the last five minutes. */
  load_5m?: string
  /** The load average for the last fifteen minutes. */
  load_15m?: string
  /** The number of available processors (logical CPU cores available to the JVM). */
  available_processors?: string
  /** The node uptime. */
  uptime?: string
  /** The roles of the node. Returned values include `c`(cold node), `d`(data node), `f`(frozen node), `h`(hot node), `i`(ingest node), `l`(machine learning node), `m` (master eligible node), `r`(remote cluster client node), `s`(content node), `t`(transform node), `v`(voting-only node), `w`(warm node),and `-`(coordinating node only). */
  'node.role'?: string
  /** Indicates whether the node is the elected master node. Returned values include `*`(elected master) and `-`(not elected master). */
  master?: string
  /** The node name. */
  name?: Name
  /** The size of completion. */
  'completion.size'?: string
  /** The used fielddata cache. */
  'fielddata.memory_size'?: string
  /** The fielddata evictions. */
  'fielddata.evictions'?: string
  /** The used query cache. */
  'query_cache.memory_size'?: string
  /** The query cache evictions. */
  'query_cache.evictions'?: string
  /** The query cache hit counts. */
  'query_cache.hit_count'?: string
  /** The query cache miss counts. */
  'query_cache.miss_count'?: string
  /** The used request cache. */
  'request_cache.memory_size'?: string
  /** The request cache evictions. */
  'request_cache.evictions'?: string
  /** The request cache hit counts. */
  'request_cache.hit_count'?: string
  /** The request cache miss counts. */
  'request_cache.miss_count'?: string
  /** The number of flushes. */
  'flush.total'?: string
  /** The time spent in flush. */
  'flush.total_time'?: string
  /** The number of current get ops. */
  'get.current'?: string
  /** The time spent in get. */
  'get.time'?: string
  /** The number of get ops. */
  'get.total'?: string
  /** The time spent in successful gets. */
  'get.exists_time'?: string
  /** The number of successful get operations. */
  'get.exists_total'?: string
  /** The time spent in failed gets. */
  'get.missing_time'?: string
  /** The number of failed gets. */
  'get.missing_total'?: string
  /** The number of current deletions. */
  'indexing.delete_current'?: string
  /** The time spent in deletions. */
  'indexing.delete_time'?: string
  /** The number of delete operations. */
  'indexing.delete_total'?: string
  /** The number of current indexing operations. */
  'indexing.index_current'?: string
  /** The time spent in indexing. */
  'indexing.index_time'?: string
  /** The number of indexing operations. */
  'indexing.index_total'?: string
  /** The number of failed indexing operations. */
  'indexing.index_failed'?: string
  /** The number of current merges. */
  'merges.current'?: string
  /** The number of current merging docs. */
  'merges.current_docs'?: string
  /** The size of current merges. */
  'merges.current_size'?: string
  /** The number of completed merge operations. */
  'merges.total'?: string
  /** The docs merged. */
  'merges.total_docs'?: string
  /** The size merged. */
  'merges.total_size'?: string
  /** The time spent in merges. */
  'merges.total_time'?: string
  /** The total refreshes. */
  'refresh.total'?: string
  /** The time spent in refreshes. */
  'refresh.time'?: string
  /** The total external refreshes. */
  'refresh.external_total'?: string
  /** The time spent in external refreshes. */
  'refresh.external_time'?: string
  /** The number of pending refresh listeners. */
  'refresh.listeners'?: string
  /** The total script compilations. */
  'script.compilations'?: string
  /** The total compiled scripts evicted from the cache. */
  'script.cache_evictions'?: string
  /** The script cache compilation limit triggered. */
  'script.compilation_limit_triggered'?: string
  /** The current fetch phase operations. */
  'search.fetch_current'?: string
  /** The time spent in fetch phase. */
  'search.fetch_time'?: string
  /** The total fetch operations. */
  'search.fetch_total'?: string
  /** The open search contexts. */
  'search.open_contexts'?: string
  /** The current query phase operations. */
  'search.query_current'?: string
  /** The time spent in query phase. */
  'search.query_time'?: string
  /** The total query phase operations. */
  'search.query_total'?: string
  /** The open scroll contexts. */
  'search.scroll_current'?: string
  /** The time scroll contexts held open. */
  'search.scroll_time'?: string
  /** The completed scroll contexts. */
  'search.scroll_total'?: string
  /** The number of segments. */
  'segments.count'?: string
  /** The memory used by segments. */
  'segments.memory'?: string
  /** The memory used by the index writer. */
  'segments.index_writer_memory'?: string
  /** The memory used by the version map. */
  'segments.version_map_memory'?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields. */
  'segments.fixed_bitset_memory'?: string
  /** The number of current suggest operations. */
  'suggest.current'?: string
  /** The time spend in suggest. */
  'suggest.time'?: string
  /** The number of suggest operations. */
  'suggest.total'?: string
  /** The number of bulk shard operations. */
  'bulk.total_operations'?: string
  /** The time spend in shard bulk. */
  'bulk.total_time'?: string
  /** The total size in bytes of shard bulk. */
  'bulk.total_size_in_bytes'?: string
  /** The average time spend in shard bulk. */
  'bulk.avg_time'?: string
  /** The average size in bytes of shard bulk. */
  'bulk.avg_size_in_bytes'?: string
}

/** Request of `cat.nodes`. */
export interface CatNodesRequest extends CatCatRequestBase {
  /** If `true`, return the full node ID. If `false`, return the shortened node ID. */
  full_id?: boolean
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatNodeColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatNodesResponse = CatNodesNodesRecord[]

export interface CatPendingTasksPendingTasksRecord {
  /** The task insertion order. */
  insertOrder?: string
  /** Indicates how long the task has been in queue. */
  timeInQueue?: string
  /** The task priority. */
  priority?: string
  /** The task source. */
  source?: string
}

/** Request of `cat.pending_tasks`. */
export interface CatPendingTasksRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatPendingTasksColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatPendingTasksResponse = CatPendingTasksPendingTasksRecord[]

export interface CatPluginsPluginsRecord {
  /** The unique node identifier. */
  id?: NodeId
  /** The node name. */
  name?: Name
  /** The component name. */
  component?: string
  /** The component version. */
  version?: VersionString
  /** The plugin details. */
  description?: string
  /** The plugin type. */
  type?: string
}

/** Request of `cat.plugins`. */
export interface CatPluginsRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatPluginsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Include bootstrap plugins in the response */
  include_bootstrap?: boolean
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatPluginsResponse = CatPluginsPluginsRecord[]

export interface CatRecoveryRecoveryRecord {
  /** The index name. */
  index?: IndexName
  /** The shard name. */
  shard?: string
  /** The recovery start time. */
  start_time?: DateTime
  /** The recovery start time in epoch milliseconds. */
  start_time_millis?: EpochTime<UnitMillis>
  /** The recovery stop time. */
  stop_time?: DateTime
  /** The recovery stop time in epoch milliseconds. */
  stop_time_millis?: EpochTime<UnitMillis>
  /** The recovery time. */
  time?: Duration
  /** The recovery type. */
  type?: string
  /** The recovery stage. */
  stage?: string
  /** The source host. */
  source_host?: string
  /** The source node name. */
  source_node?: string
  /** The target host. */
  target_host?: string
  /** The target node name. */
  target_node?: string
  /** The repository name. */
  repository?: string
  /** The snapshot name. */
  snapshot?: string
  /** The number of files to recover. */
  files?: string
  /** The files recovered. */
  files_recovered?: string
  /** The ratio of files recovered. */
  files_percent?: Percentage
  /** The total number of files. */
  files_total?: string
  /** The number of bytes to recover. */
  bytes?: string
  /** The bytes recovered. */
  bytes_recovered?: string
  /** The ratio of bytes recovered. */
  bytes_percent?: Percentage
  /** The total number of bytes. */
  bytes_total?: string
  /** The number of translog operations to recover. */
  translog_ops?: string
  /** The translog operations recovered. */
  translog_ops_recovered?: string
  /** The ratio of translog operations recovered. */
  translog_ops_percent?: Percentage
}

/** Request of `cat.recovery`. */
export interface CatRecoveryRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** If `true`, the response only includes ongoing shard recoveries. */
  active_only?: boolean
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatRecoveryColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatRecoveryResponse = CatRecoveryRecoveryRecord[]

export interface CatRepositoriesRepositoriesRecord {
  /** The unique repository identifier. */
  id?: string
  /** The repository type. */
  type?: string
}

/** Request of `cat.repositories`. */
export interface CatRepositoriesRequest extends CatCatRequestBase {
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: Names
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatRepositoriesResponse = CatRepositoriesRepositoriesRecord[]

/** Request of `cat.segments`. */
export interface CatSegmentsRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatSegmentsColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Type of index that wildcard expressions can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as open,hidden. */
  expand_wildcards?: ExpandWildcards
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If true, concrete, expanded or aliased indices are ignored when frozen. */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If true, allow closed indices to be returned in the response otherwise if false, keep the legacy behaviour of throwing an exception if index pattern matches closed indices */
  allow_closed?: boolean
}

export type CatSegmentsResponse = CatSegmentsSegmentsRecord[]

export interface CatSegmentsSegmentsRecord {
  /** The index name. */
  index?: IndexName
  /** The shard name. */
  shard?: string
  /** The shard type: `primary` or `replica`. */
  prirep?: string
  /** The IP address of the node where it lives. */
  ip?: string
  /** The unique identifier of the node where it lives. */
  id?: NodeId
  /** The segment name, which is derived from the segment generation and used internally to create file names in the directory of the shard. */
  segment?: string
  /** The segment generation number. Elasticsearch increments this generation number for each segment written then uses this number to derive the segment name. */
  generation?: string
  /** The number of documents in the segment. This excludes deleted documents and counts any nested documents separately from their parents. It also excludes documents which were indexed recently and do not yet belong to a segment. */
  'docs.count'?: string
  /** The number of deleted documents in the segment, which might be higher or lower than the number of delete operations you have performed. This number excludes deletes that were performed recently and do not yet belong to a segment. Deleted documents are cleaned up by the automatic merge process if it makes sense to do so. Also, Elasticsearch creates extra deleted documents to internally track the recent history of operations on a shard. */
  'docs.deleted'?: string
  /** The segment size in bytes. */
  size?: ByteSize
  /** The segment memory in bytes. A value of `-1` indicates Elasticsearch was unable to compute this number. */
  'size.memory'?: ByteSize
  /** If `true`, the segment is synced to disk. Segments that are synced can survive a hard reboot. If `false`, the data from uncommitted segments is also stored in the transaction log so that Elasticsearch is able to replay changes on the next start. */
  committed?: string
  /** If `true`, the segment is searchable. If `false`, the segment has most likely been written to disk but needs a refresh to be searchable. */
  searchable?: string
  /** The version of Lucene used to write the segment. */
  version?: VersionString
  /** If `true`, the segment is stored in a compound file. This means Lucene merged all files from the segment in a single file to save file descriptors. */
  compound?: string
}

/** Request of `cat.shards`. */
export interface CatShardsRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: CatCatShardColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatShardsResponse = CatShardsShardsRecord[]

export interface CatShardsShardsRecord {
  /** The index name. */
  index?: string
  /** The shard name. */
  shard?: string
  /** The shard type: `primary` or `replica`. */
  prirep?: string
  /** The shard state. Returned values include: `INITIALIZING`: The shard is recovering from a peer shard or gateway. `RELOCATING`: The shard is relocating. `STARTED`: The shard has started. `UNASSIGNED`: The shard is not assigned to any node. */
  state?: string
  /** The number of documents in the shard. */
  docs?: string | null
  /** The disk space used by the shard. */
  store?: string | null
  /** total size of dataset (including the cache for partially mounted indices) */
  dataset?: string | null
  /** The IP address of the node. */
  ip?: string | null
  /** The unique identifier for the node. */
  id?: string
  /** The name of node. */
  node?: string | null
  /** The sync identifier. */
  sync_id?: string
  /** The reason for the last change to the state of an unassigned shard. It does not explain why the shard is currently unassigned; use the cluster allocation explain API for that information. Returned values include: `ALLOCATION_FAILED`: Unassigned as a result of a failed allocation of the shard. `CLUSTER_RECOVERED`: Unassigned as a result of a full cluster recovery. `DANGLING_INDEX_IMPORTED`: Unassigned as a result of importing a dangling index. `EXISTING_INDEX_RESTORED`: Unassigned as a result of restoring into a closed index. `FORCED_EMPTY_PRIMARY`: The shard’s allocation was last modified by forcing an empty primary using the cluster reroute API. `INDEX_CLOSED`: Unassigned because the index was closed. `INDEX_CREATED`: Unassigned as a result of an API creation of an index. `INDEX_REOPENED`: Unassigned as a result of opening a closed index. `MANUAL_ALLOCATION`: The shard’s allocation was last modified by the cluster reroute API. `NEW_INDEX_RESTORED`: Unassigned as a result of restoring into a new index. `NODE_LEFT`: Unassigned as a result of the node hosting it leaving the cluster. `NODE_RESTARTING`: Similar to `NODE_LEFT`, except that the node was registered as restarting using the node shutdown API. `PRIMARY_FAILED`: The shard was initializing as a replica, but the primary shard failed before the initialization completed. `REALLOCATED_REPLICA`: A better replica location is identified and causes the existing replica allocation to be cancelled. `REINITIALIZED`: When a shard moves from started back to initializing. `REPLICA_ADDED`: Unassigned as a result of explicit addition of a replica. `REROUTE_CANCELLED`: Unassigned as a result of explicit cancel reroute command. */
  'unassigned.reason'?: string
  /** The time at which the shard became unassigned in Coordinated Universal Time (UTC). */
  'unassigned.at'?: string
  /** The time at which the shard was requested to be unassigned in Coordinated Universal Time (UTC). */
  'unassigned.for'?: string
  /** Additional details as to why the shard became unassigned. It does not explain why the shard is not assigned; use the cluster allocation explain API for that information. */
  'unassigned.details'?: string
  /** The type of recovery source. */
  'recoverysource.type'?: string
  /** The size of completion. */
  'completion.size'?: string
  /** The used fielddata cache memory. */
  'fielddata.memory_size'?: string
  /** The fielddata cache evictions. */
  'fielddata.evictions'?: string
  /** The used query cache memory. */
  'query_cache.memory_size'?: string
  /** The query cache evictions. */
  'query_cache.evictions'?: string
  /** The number of flushes. */
  'flush.total'?: string
  /** The time spent in flush. */
  'flush.total_time'?: string
  /** The number of current get operations. */
  'get.current'?: string
  /** The time spent in get operations. */
  'get.time'?: string
  /** The number of get operations. */
  'get.total'?: string
  /** The time spent in successful get operations. */
  'get.exists_time'?: string
  /** The number of successful get operations. */
  'get.exists_total'?: string
  /** The time spent in failed get operations. */
  'get.missing_time'?: string
  /** The number of failed get operations. */
  'get.missing_total'?: string
  /** The number of current deletion operations. */
  'indexing.delete_current'?: string
  /** The time spent in deletion operations. */
  'indexing.delete_time'?: string
  /** The number of delete operations. */
  'indexing.delete_total'?: string
  /** The number of current indexing operations. */
  'indexing.index_current'?: string
  /** The time spent in indexing operations. */
  'indexing.index_time'?: string
  /** The number of indexing operations. */
  'indexing.index_total'?: string
  /** The number of failed indexing operations. */
  'indexing.index_failed'?: string
  /** The number of current merge operations. */
  'merges.current'?: string
  /** The number of current merging documents. */
  'merges.current_docs'?: string
  /** The size of current merge operations. */
  'merges.current_size'?: string
  /** The number of completed merge operations. */
  'merges.total'?: string
  /** The nuber of merged documents. */
  'merges.total_docs'?: string
  /** The size of current merges. */
  'merges.total_size'?: string
  /** The time spent merging documents. */
  'merges.total_time'?: string
  /** The total number of refreshes. */
  'refresh.total'?: string
  /** The time spent in refreshes. */
  'refresh.time'?: string
  /** The total nunber of external refreshes. */
  'refresh.external_total'?: string
  /** The time spent in external refreshes. */
  'refresh.external_time'?: string
  /** The number of pending refresh listeners. */
  'refresh.listeners'?: string
  /** The current fetch phase operations. */
  'search.fetch_current'?: string
  /** The time spent in fetch phase. */
  'search.fetch_time'?: string
  /** The total number of fetch operations. */
  'search.fetch_total'?: string
  /** The number of open search contexts. */
  'search.open_contexts'?: string
  /** The current query phase operations. */
  'search.query_current'?: string
  /** The time spent in query phase. */
  'search.query_time'?: string
  /** The total number of query phase operations. */
  'search.query_total'?: string
  /** The open scroll contexts. */
  'search.scroll_current'?: string
  /** The time scroll contexts were held open. */
  'search.scroll_time'?: string
  /** The number of completed scroll contexts. */
  'search.scroll_total'?: string
  /** The number of segments. */
  'segments.count'?: string
  /** The memory used by segments. */
  'segments.memory'?: string
  /** The memory used by the index writer. */
  'segments.index_writer_memory'?: string
  /** The memory used by the version map. */
  'segments.version_map_memory'?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in `_parent` fields. */
  'segments.fixed_bitset_memory'?: string
  /** The maximum sequence number. */
  'seq_no.max'?: string
  /** The local checkpoint. */
  'seq_no.local_checkpoint'?: string
  /** The global checkpoint. */
  'seq_no.global_checkpoint'?: string
  /** The number of current warmer operations. */
  'warmer.current'?: string
  /** The total number of warmer operations. */
  'warmer.total'?: string
  /** The time spent in warmer operations. */
  'warmer.total_time'?: string
  /** The shard data path. */
  'path.data'?: string
  /** The shard state path. */
  'path.state'?: string
  /** The number of bulk shard operations. */
  'bulk.total_operations'?: string
  /** The time spent in shard bulk operations. */
  'bulk.total_time'?: string
  /** The total size in bytes of shard bulk operations. */
  'bulk.total_size_in_bytes'?: string
  /** The average time spent in shard bulk operations. */
  'bulk.avg_time'?: string
  /** The average size in bytes of shard bulk operations. */
  'bulk.avg_size_in_bytes'?: string
}

/** Request of `cat.snapshots`. */
export interface CatSnapshotsRequest extends CatCatRequestBase {
  /** A comma-separated list of snapshot repositories used to limit the request. Accepts wildcard expressions. `_all` returns all repositories. If any repository fails during the request, Elasticsearch returns an error. */
  repository?: Names
  /** If `true`, the response does not include information from unavailable snapshots. */
  ignore_unavailable?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatSnapshotsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatSnapshotsResponse = CatSnapshotsSnapshotsRecord[]

export interface CatSnapshotsSnapshotsRecord {
  /** The unique identifier for the snapshot. */
  id?: string
  /** The repository name. */
  repository?: string
  /** The state of the snapshot process. Returned values include: `FAILED`: The snapshot process failed. `INCOMPATIBLE`: The snapshot process is incompatible with the current cluster version. `IN_PROGRESS`: The snapshot process started but has not completed. `PARTIAL`: The snapshot process completed with a partial success. `SUCCESS`: The snapshot process completed with a full success. */
  status?: string
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process started. */
  start_epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The time (HH:MM:SS) at which the snapshot process started. */
  start_time?: WatcherScheduleTimeOfDay
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process ended. */
  end_epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The time (HH:MM:SS) at which the snapshot process ended. */
  end_time?: TimeOfDay
  /** The time it took the snapshot process to complete, in time units. */
  duration?: Duration
  /** The number of indices in the snapshot. */
  indices?: string
  /** The number of successful shards in the snapshot. */
  successful_shards?: string
  /** The number of failed shards in the snapshot. */
  failed_shards?: string
  /** The total number of shards in the snapshot. */
  total_shards?: string
  /** The reason for any snapshot failures. */
  reason?: string
}

/** Request of `cat.tasks`. */
export interface CatTasksRequest extends CatCatRequestBase {
  /** The task action names, which are used to limit the response. */
  actions?: string[]
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** Unique node identifiers, which are used to limit the response. */
  nodes?: string[]
  /** The parent task identifier, which is used to limit the response. */
  parent_task_id?: string
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatTasksColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** If `true`, the request blocks until the task has completed. */
  wait_for_completion?: boolean
}

export type CatTasksResponse = CatTasksTasksRecord[]

export interface CatTasksTasksRecord {
  /** The identifier of the task with the node. */
  id?: Id
  /** The task action. */
  action?: string
  /** The unique task identifier. */
  task_id?: Id
  /** The parent task identifier. */
  parent_task_id?: string
  /** The task type. */
  type?: string
  /** The start time in milliseconds. */
  start_time?: string
  /** The start time in `HH:MM:SS` format. */
  timestamp?: string
  /** The running time in nanoseconds. */
  running_time_ns?: string
  /** The running time. */
  running_time?: string
  /** The unique node identifier. */
  node_id?: NodeId
  /** The IP address for the node. */
  ip?: string
  /** The bound transport port for the node. */
  port?: string
  /** The node name. */
  node?: string
  /** The Elasticsearch version. */
  version?: VersionString
  /** The X-Opaque-ID header. */
  x_opaque_id?: string
  /** The task action description. */
  description?: string
}

/** Request of `cat.templates`. */
export interface CatTemplatesRequest extends CatCatRequestBase {
  /** The name of the template to return. Accepts wildcard expressions. If omitted, all templates are returned. */
  name?: Name
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatTemplatesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatTemplatesResponse = CatTemplatesTemplatesRecord[]

export interface CatTemplatesTemplatesRecord {
  /** The template name. */
  name?: Name
  /** The template index patterns. */
  index_patterns?: string
  /** The template application order or priority number. */
  order?: string
  /** The template version. */
  version?: VersionString | null
  /** The component templates that comprise the index template. */
  composed_of?: string
}

/** Request of `cat.thread_pool`. */
export interface CatThreadPoolRequest extends CatCatRequestBase {
  /** A comma-separated list of thread pool names used to limit the request. Accepts wildcard expressions. */
  thread_pool_patterns?: Names
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: CatCatThreadPoolColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatThreadPoolResponse = CatThreadPoolThreadPoolRecord[]

export interface CatThreadPoolThreadPoolRecord {
  /** The node name. */
  node_name?: string
  /** The persistent node identifier. */
  node_id?: NodeId
  /** The ephemeral node identifier. */
  ephemeral_node_id?: string
  /** The process identifier. */
  pid?: string
  /** The host name for the current node. */
  host?: string
  /** The IP address for the current node. */
  ip?: string
  /** The bound transport port for the current node. */
  port?: string
  /** The thread pool name. */
  name?: string
  /** The thread pool type. Returned values include `fixed`, `fixed_auto_queue_size`, `direct`, and `scaling`. */
  type?: string
  /** The number of active threads in the current thread pool. */
  active?: string
  /** The number of threads in the current thread pool. */
  pool_size?: string
  /** The number of tasks currently in queue. */
  queue?: string
  /** The maximum number of tasks permitted in the queue. */
  queue_size?: string
  /** The number of rejected tasks. */
  rejected?: string
  /** The highest number of active threads in the current thread pool. */
  largest?: string
  /** The number of completed tasks. */
  completed?: string
  /** The core number of active threads allowed in a scaling thread pool. */
  core?: string | null
  /** The maximum number of active threads allowed in a scaling thread pool. */
  max?: string | null
  /** The number of active threads allowed in a fixed thread pool. */
  size?: string | null
  /** The thread keep alive time. */
  keep_alive?: string | null
}

/** Request of `cat.transforms`. */
export interface CatTransformsRequest extends CatCatRequestBase {
  /** A transform identifier or a wildcard expression. If you do not specify one of these options, the API returns information for all transforms. */
  transform_id?: Id
  /** Specifies what to do when the request: contains wildcard expressions and there are no transforms that match; contains the `_all` string or no identifiers and there are no matches; contains wildcard expressions and there are only partial matches. If `true`, it returns an empty transforms array when there are no matches and the subset of results when there are partial matches. If `false`, the request returns a 404 status code when there are no matches or only partial matches. */
  allow_no_match?: boolean
  /** Skips the specified number of transforms. */
  from?: integer
  /** Comma-separated list of column names to display. */
  h?: CatCatTransformColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatTransformColumns
  /** The maximum number of transforms to obtain. */
  size?: integer
}

export type CatTransformsResponse = CatTransformsTransformsRecord[]

export interface CatTransformsTransformsRecord {
  /** The transform identifier. */
  id?: Id
  /** The status of the transform. Returned values include: `aborting`: The transform is aborting. `failed: The transform failed. For more information about the failure, check the `reason` field. `indexing`: The transform is actively processing data and creating new documents. `started`: The transform is running but not actively indexing data. `stopped`: The transform is stopped. `stopping`: The transform is stopping. */
  state?: string
  /** The sequence number for the checkpoint. */
  checkpoint?: string
  /** The number of documents that have been processed from the source index of the transform. */
  documents_processed?: string
  /** The progress of the next checkpoint that is currently in progress. */
  checkpoint_progress?: string | null
  /** The timestamp of the last search in the source indices. This field is shown only if the transform is running. */
  last_search_time?: string | null
  /** The timestamp when changes were last detected in the source indices. */
  changes_last_detection_time?: string | null
  /** The time the transform was created. */
  create_time?: string
  /** The version of Elasticsearch that existed on the node when the transform was created. */
  version?: VersionString
  /** The source indices for the transform. */
  source_index?: string
  /** The destination index for the transform. */
  dest_index?: string
  /** The unique identifier for the ingest pipeline. */
  pipeline?: string
  /** The project routing filter for cross-project search from the source configuration. */
  project_routing?: string
  /** The description of the transform. */
  description?: string
  /** The type of transform: `batch` or `continuous`. */
  transform_type?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. */
  frequency?: string
  /** The initial page size that is used for the composite aggregation for each checkpoint. */
  max_page_search_size?: string
  /** The number of input documents per second. */
  docs_per_second?: string
  /** If a transform has a `failed` state, these details describe the reason for failure. */
  reason?: string
  /** The total number of search operations on the source index for the transform. */
  search_total?: string
  /** The total number of search failures. */
  search_failure?: string
  /** The total amount of search time, in milliseconds. */
  search_time?: string
  /** The total number of index operations done by the transform. */
  index_total?: string
  /** The total number of indexing failures. */
  index_failure?: string
  /** The total time spent indexing documents, in milliseconds. */
  index_time?: string
  /** The number of documents that have been indexed into the destination index for the transform. */
  documents_indexed?: string
  /** The total time spent deleting documents, in milliseconds. */
  delete_time?: string
  /** The number of documents deleted from the destination index due to the retention policy for the transform. */
  documents_deleted?: string
  /** The number of times the transform has been triggered by the scheduler. For example, the scheduler triggers the transform indexer to check for updates or ingest new data at an interval specified in the `frequency` property. */
  trigger_count?: string
  /** The number of search or bulk index operations processed. Documents are processed in batches instead of individually. */
  pages_processed?: string
  /** The total time spent processing results, in milliseconds. */
  processing_time?: string
  /** The exponential moving average of the duration of the checkpoint, in milliseconds. */
  checkpoint_duration_time_exp_avg?: string
  /** The exponential moving average of the number of new documents that have been indexed. */
  indexed_documents_exp_avg?: string
  /** The exponential moving average of the number of documents that have been processed. */
  processed_documents_exp_avg?: string
}
