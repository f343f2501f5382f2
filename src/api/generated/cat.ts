// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, OptionalCall } from '../types.js'
import type { CommonCatQueryParameters, CommonParams, QueryParams } from './common.js'

/** The `cat` endpoints, by method name. */
export const endpoints = endpointTable({
  aliases: ['cat.aliases', 'GET /_cat/aliases/{name}|GET /_cat/aliases', 'h s expand_wildcards master_timeout', 'none'],
  allocation: ['cat.allocation', 'GET /_cat/allocation/{node_id}|GET /_cat/allocation', 'h s local master_timeout', 'none'],
  circuitBreaker: ['cat.circuit_breaker', 'GET /_cat/circuit_breaker/{circuit_breaker_patterns}|GET /_cat/circuit_breaker', 'h s local master_timeout', 'none'],
  componentTemplates: ['cat.component_templates', 'GET /_cat/component_templates/{name}|GET /_cat/component_templates', 'h s local master_timeout', 'none'],
  count: ['cat.count', 'POST,GET /_cat/count/{index}|POST,GET /_cat/count', 'h s', 'fields project_routing'],
  fielddata: ['cat.fielddata', 'GET /_cat/fielddata/{fields}|GET /_cat/fielddata', 'fields h s', 'none'],
  health: ['cat.health', 'GET /_cat/health', 'ts h s', 'none'],
  help: ['cat.help', 'GET /_cat', '', 'none'],
  indices: ['cat.indices', 'GET /_cat/indices/{index}|GET /_cat/indices', 'expand_wildcards health include_unloaded_segments pri master_timeout h s', 'none'],
  master: ['cat.master', 'GET /_cat/master', 'h s local master_timeout', 'none'],
  mlDataFrameAnalytics: ['cat.ml_data_frame_analytics', 'GET /_cat/ml/data_frame/analytics/{id}|GET /_cat/ml/data_frame/analytics', 'allow_no_match h s', 'none'],
  mlDatafeeds: ['cat.ml_datafeeds', 'GET /_cat/ml/datafeeds/{datafeed_id}|GET /_cat/ml/datafeeds', 'allow_no_match h s', 'none'],
  mlJobs: ['cat.ml_jobs', 'GET /_cat/ml/anomaly_detectors/{job_id}|GET /_cat/ml/anomaly_detectors', 'allow_no_match h s', 'none'],
  mlTrainedModels: ['cat.ml_trained_models', 'GET /_cat/ml/trained_models/{model_id}|GET /_cat/ml/trained_models', 'allow_no_match h s from size', 'none'],
  nodeattrs: ['cat.nodeattrs', 'GET /_cat/nodeattrs', 'h s local master_timeout', 'none'],
  nodes: ['cat.nodes', 'GET /_cat/nodes', 'full_id include_unloaded_segments h s master_timeout', 'none'],
  pendingTasks: ['cat.pending_tasks', 'GET /_cat/pending_tasks', 'h s local master_timeout', 'none'],
  plugins: ['cat.plugins', 'GET /_cat/plugins', 'h s include_bootstrap local master_timeout', 'none'],
  recovery: ['cat.recovery', 'GET /_cat/recovery/{index}|GET /_cat/recovery', 'active_only detailed index h s', 'none'],
  repositories: ['cat.repositories', 'GET /_cat/repositories', 'h s local master_timeout', 'none'],
  segments: ['cat.segments', 'GET /_cat/segments/{index}|GET /_cat/segments', 'h s local master_timeout expand_wildcards allow_no_indices ignore_throttled ignore_unavailable allow_closed', 'none'],
  shards: ['cat.shards', 'GET /_cat/shards/{index}|GET /_cat/shards', 'h s master_timeout', 'none'],
  snapshots: ['cat.snapshots', 'GET /_cat/snapshots/{repository}|GET /_cat/snapshots', 'ignore_unavailable h s master_timeout', 'none'],
  tasks: ['cat.tasks', 'GET /_cat/tasks', 'actions detailed nodes parent_task_id h s timeout wait_for_completion', 'none'],
  templates: ['cat.templates', 'GET /_cat/templates/{name}|GET /_cat/templates', 'h s local master_timeout', 'none'],
  threadPool: ['cat.thread_pool', 'GET /_cat/thread_pool/{thread_pool_patterns}|GET /_cat/thread_pool', 'h s local master_timeout', 'none'],
  transforms: ['cat.transforms', 'GET /_cat/transforms/{transform_id}|GET /_cat/transforms', 'allow_no_match from h s size', 'none'],
})

export interface CatAliasesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'expand_wildcards' | 'master_timeout'> {
  name?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'alias' | 'index' | 'filter' | 'routing.index' | 'routing.search' | 'is_write_index' | ReadonlyArray<'alias' | 'index' | 'filter' | 'routing.index' | 'routing.search' | 'is_write_index'>
}
export interface CatAllocationParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  node_id?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'shards' | 'shards.undesired' | 'write_load.forecast' | 'disk.indices.forecast' | 'disk.indices' | 'disk.used' | 'disk.avail' | 'disk.total' | 'disk.percent' | 'host' | 'ip' | 'node' | 'node.role' | ReadonlyArray<'shards' | 'shards.undesired' | 'write_load.forecast' | 'disk.indices.forecast' | 'disk.indices' | 'disk.used' | 'disk.avail' | 'disk.total' | 'disk.percent' | 'host' | 'ip' | 'node' | 'node.role'>
}
export interface CatCircuitBreakerParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  circuit_breaker_patterns?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'node_id' | 'node_name' | 'breaker' | 'limit' | 'limit_bytes' | 'estimated' | 'estimated_bytes' | 'tripped' | 'overhead' | ReadonlyArray<'node_id' | 'node_name' | 'breaker' | 'limit' | 'limit_bytes' | 'estimated' | 'estimated_bytes' | 'tripped' | 'overhead'>
}
export interface CatComponentTemplatesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  name?: string
  /** A comma-separated list of columns names to display. */
  h?: 'name' | 'version' | 'alias_count' | 'mapping_count' | 'settings_count' | 'metadata_count' | 'included_in' | ReadonlyArray<'name' | 'version' | 'alias_count' | 'mapping_count' | 'settings_count' | 'metadata_count' | 'included_in'>
}
export interface CatCountParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s'> {
  index?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'epoch' | 'timestamp' | 'count' | ReadonlyArray<'epoch' | 'timestamp' | 'count'>
  project_routing?: unknown
}
export interface CatFielddataParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s'> {
  fields?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'id' | 'host' | 'ip' | 'node' | 'field' | 'size' | ReadonlyArray<'id' | 'host' | 'ip' | 'node' | 'field' | 'size'>
}
export interface CatHealthParams extends CommonParams, CommonCatQueryParameters, QueryParams<'ts' | 's'> {
  /** A comma-separated list of columns names to display. */
  h?: 'epoch' | 'timestamp' | 'cluster' | 'status' | 'node.total' | 'node.data' | 'shards' | 'pri' | 'relo' | 'init' | 'unassign' | 'unassign.pri' | 'pending_tasks' | 'max_task_wait_time' | 'active_shards_percent' | ReadonlyArray<'epoch' | 'timestamp' | 'cluster' | 'status' | 'node.total' | 'node.data' | 'shards' | 'pri' | 'relo' | 'init' | 'unassign' | 'unassign.pri' | 'pending_tasks' | 'max_task_wait_time' | 'active_shards_percent'>
}
export interface CatHelpParams extends CommonParams {}
export interface CatIndicesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'expand_wildcards' | 'health' | 'include_unloaded_segments' | 'pri' | 'master_timeout' | 's'> {
  index?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'health' | 'status' | 'index' | 'uuid' | 'pri' | 'rep' | 'docs.count' | 'docs.deleted' | 'creation.date' | 'creation.date.string' | 'store.size' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'pri.completion.size' | 'fielddata.memory_size' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'pri.request_cache.miss_count' | 'flush.total' | 'pri.flush.total' | 'flush.total_time' | 'pri.flush.total_time' | 'get.current' | 'pri.get.current' | 'get.time' | 'pri.get.time' | 'get.total' | 'pri.get.total' | 'get.exists_time' | 'pri.get.exists_time' | 'get.exists_total' | 'pri.get.exists_total' | 'get.missing_time' | 'pri.get.missing_time' | 'get.missing_total' | 'pri.get.missing_total' | 'indexing.delete_current' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'pri.indexing.index_current' | 'indexing.index_time' | 'pri.indexing.index_time' | 'indexing.index_total' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'pri.merges.current' | 'merges.current_docs' | 'pri.merges.current_docs' | 'merges.current_size' | 'pri.merges.current_size' | 'merges.total' | 'pri.merges.total' | 'merges.total_docs' | 'pri.merges.total_docs' | 'merges.total_size' | 'pri.merges.total_size' | 'merges.total_time' | 'pri.merges.total_time' | 'refresh.total' | 'pri.refresh.total' | 'refresh.time' | 'pri.refresh.time' | 'refresh.external_total' | 'pri.refresh.external_total' | 'refresh.external_time' | 'pri.refresh.external_time' | 'refresh.listeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'pri.search.fetch_current' | 'search.fetch_time' | 'pri.search.fetch_time' | 'search.fetch_total' | 'pri.search.fetch_total' | 'search.open_contexts' | 'pri.search.open_contexts' | 'search.query_current' | 'pri.search.query_current' | 'search.query_time' | 'pri.search.query_time' | 'search.query_total' | 'pri.search.query_total' | 'search.scroll_current' | 'pri.search.scroll_current' | 'search.scroll_time' | 'pri.search.scroll_time' | 'search.scroll_total' | 'pri.search.scroll_total' | 'segments.count' | 'pri.segments.count' | 'segments.memory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'pri.warmer.current' | 'warmer.total' | 'pri.warmer.total' | 'warmer.total_time' | 'pri.warmer.total_time' | 'suggest.current' | 'pri.suggest.current' | 'suggest.time' | 'pri.suggest.time' | 'suggest.total' | 'pri.suggest.total' | 'memory.total' | 'pri.memory.total' | 'bulk.total_operations' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'pri.sparse_vector.value_count' | ReadonlyArray<'health' | 'status' | 'index' | 'uuid' | 'pri' | 'rep' | 'docs.count' | 'docs.deleted' | 'creation.date' | 'creation.date.string' | 'store.size' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'pri.completion.size' | 'fielddata.memory_size' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'pri.request_cache.miss_count' | 'flush.total' | 'pri.flush.total' | 'flush.total_time' | 'pri.flush.total_time' | 'get.current' | 'pri.get.current' | 'get.time' | 'pri.get.time' | 'get.total' | 'pri.get.total' | 'get.exists_time' | 'pri.get.exists_time' | 'get.exists_total' | 'pri.get.exists_total' | 'get.missing_time' | 'pri.get.missing_time' | 'get.missing_total' | 'pri.get.missing_total' | 'indexing.delete_current' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'pri.indexing.index_current' | 'indexing.index_time' | 'pri.indexing.index_time' | 'indexing.index_total' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'pri.merges.current' | 'merges.current_docs' | 'pri.merges.current_docs' | 'merges.current_size' | 'pri.merges.current_size' | 'merges.total' | 'pri.merges.total' | 'merges.total_docs' | 'pri.merges.total_docs' | 'merges.total_size' | 'pri.merges.total_size' | 'merges.total_time' | 'pri.merges.total_time' | 'refresh.total' | 'pri.refresh.total' | 'refresh.time' | 'pri.refresh.time' | 'refresh.external_total' | 'pri.refresh.external_total' | 'refresh.external_time' | 'pri.refresh.external_time' | 'refresh.listeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'pri.search.fetch_current' | 'search.fetch_time' | 'pri.search.fetch_time' | 'search.fetch_total' | 'pri.search.fetch_total' | 'search.open_contexts' | 'pri.search.open_contexts' | 'search.query_current' | 'pri.search.query_current' | 'search.query_time' | 'pri.search.query_time' | 'search.query_total' | 'pri.search.query_total' | 'search.scroll_current' | 'pri.search.scroll_current' | 'search.scroll_time' | 'pri.search.scroll_time' | 'search.scroll_total' | 'pri.search.scroll_total' | 'segments.count' | 'pri.segments.count' | 'segments.memory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'pri.warmer.current' | 'warmer.total' | 'pri.warmer.total' | 'warmer.total_time' | 'pri.warmer.total_time' | 'suggest.current' | 'pri.suggest.current' | 'suggest.time' | 'pri.suggest.time' | 'suggest.total' | 'pri.suggest.total' | 'memory.total' | 'pri.memory.total' | 'bulk.total_operations' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'pri.sparse_vector.value_count'>
}
export interface CatMasterParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  /** A comma-separated list of columns names to display. */
  h?: 'id' | 'host' | 'ip' | 'node' | ReadonlyArray<'id' | 'host' | 'ip' | 'node'>
}
export interface CatMlDataFrameAnalyticsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'allow_no_match'> {
  id?: string
  /** Comma-separated list of column names to display. */
  h?: 'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version' | ReadonlyArray<'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version'>
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: 'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version' | ReadonlyArray<'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version'>
}
export interface CatMlDatafeedsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'allow_no_match'> {
  datafeed_id?: string
  /** Comma-separated list of column names to display. */
  h?: 'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's' | ReadonlyArray<'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's'>
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: 'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's' | ReadonlyArray<'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's'>
}
export interface CatMlJobsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'allow_no_match'> {
  job_id?: string
  /** Comma-separated list of column names to display. */
  h?: 'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state' | ReadonlyArray<'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state'>
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: 'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state' | ReadonlyArray<'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state'>
}
export interface CatMlTrainedModelsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'allow_no_match' | 'from' | 'size'> {
  model_id?: string
  /** A comma-separated list of column names to display. */
  h?: 'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version' | ReadonlyArray<'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version'>
  /** A comma-separated list of column names or aliases used to sort the response. */
  s?: 'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version' | ReadonlyArray<'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version'>
}
export interface CatNodeattrsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  /** A comma-separated list of columns names to display. */
  h?: 'node' | 'id' | 'pid' | 'host' | 'ip' | 'port' | 'attr' | 'value' | ReadonlyArray<'node' | 'id' | 'pid' | 'host' | 'ip' | 'port' | 'attr' | 'value'>
}
export interface CatNodesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'full_id' | 'include_unloaded_segments' | 's' | 'master_timeout'> {
  /** A comma-separated list of columns names to display. */
  h?: 'build' | 'completion.size' | 'cpu' | 'disk.avail' | 'disk.total' | 'disk.used' | 'disk.used_percent' | 'fielddata.evictions' | 'fielddata.memory_size' | 'file_desc.current' | 'file_desc.max' | 'file_desc.percent' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'heap.current' | 'heap.max' | 'heap.percent' | 'http_address' | 'id' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'jdk' | 'load_1m' | 'load_5m' | 'load_15m' | 'available_processors' | 'mappings.total_count' | 'mappings.total_estimated_overhead_in_bytes' | 'master' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'name' | 'node.role' | 'pid' | 'port' | 'query_cache.memory_size' | 'query_cache.evictions' | 'query_cache.hit_count' | 'query_cache.miss_count' | 'ram.current' | 'ram.max' | 'ram.percent' | 'refresh.total' | 'refresh.time' | 'request_cache.memory_size' | 'request_cache.evictions' | 'request_cache.hit_count' | 'request_cache.miss_count' | 'script.compilations' | 'script.cache_evictions' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'shard_stats.total_count' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'uptime' | 'version' | ReadonlyArray<'build' | 'completion.size' | 'cpu' | 'disk.avail' | 'disk.total' | 'disk.used' | 'disk.used_percent' | 'fielddata.evictions' | 'fielddata.memory_size' | 'file_desc.current' | 'file_desc.max' | 'file_desc.percent' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'heap.current' | 'heap.max' | 'heap.percent' | 'http_address' | 'id' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'jdk' | 'load_1m' | 'load_5m' | 'load_15m' | 'available_processors' | 'mappings.total_count' | 'mappings.total_estimated_overhead_in_bytes' | 'master' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'name' | 'node.role' | 'pid' | 'port' | 'query_cache.memory_size' | 'query_cache.evictions' | 'query_cache.hit_count' | 'query_cache.miss_count' | 'ram.current' | 'ram.max' | 'ram.percent' | 'refresh.total' | 'refresh.time' | 'request_cache.memory_size' | 'request_cache.evictions' | 'request_cache.hit_count' | 'request_cache.miss_count' | 'script.compilations' | 'script.cache_evictions' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'shard_stats.total_count' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'uptime' | 'version'>
}
export interface CatPendingTasksParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  /** A comma-separated list of columns names to display. */
  h?: 'insertOrder' | 'timeInQueue' | 'priority' | 'source' | ReadonlyArray<'insertOrder' | 'timeInQueue' | 'priority' | 'source'>
}
export interface CatPluginsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'include_bootstrap' | 'local' | 'master_timeout'> {
  /** A comma-separated list of columns names to display. */
  h?: 'id' | 'name' | 'component' | 'version' | 'description' | ReadonlyArray<'id' | 'name' | 'component' | 'version' | 'description'>
}
export interface CatRecoveryParams extends CommonParams, CommonCatQueryParameters, QueryParams<'active_only' | 'detailed' | 's'> {
  index?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'index' | 'shard' | 'start_time' | 'start_time_millis' | 'stop_time' | 'stop_time_millis' | 'time' | 'type' | 'stage' | 'source_host' | 'source_node' | 'target_host' | 'target_node' | 'repository' | 'snapshot' | 'files' | 'files_recovered' | 'files_percent' | 'files_total' | 'bytes' | 'bytes_recovered' | 'bytes_percent' | 'bytes_total' | 'translog_ops' | 'translog_ops_recovered' | 'translog_ops_percent' | ReadonlyArray<'index' | 'shard' | 'start_time' | 'start_time_millis' | 'stop_time' | 'stop_time_millis' | 'time' | 'type' | 'stage' | 'source_host' | 'source_node' | 'target_host' | 'target_node' | 'repository' | 'snapshot' | 'files' | 'files_recovered' | 'files_percent' | 'files_total' | 'bytes' | 'bytes_recovered' | 'bytes_percent' | 'bytes_total' | 'translog_ops' | 'translog_ops_recovered' | 'translog_ops_percent'>
}
export interface CatRepositoriesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  /** List of columns to appear in the response. */
  h?: string | ReadonlyArray<string>
}
export interface CatSegmentsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout' | 'expand_wildcards' | 'allow_no_indices' | 'ignore_throttled' | 'ignore_unavailable' | 'allow_closed'> {
  index?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'index' | 'shard' | 'prirep' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id' | ReadonlyArray<'index' | 'shard' | 'prirep' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id'>
}
export interface CatShardsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'master_timeout'> {
  index?: string | ReadonlyArray<string>
  /** List of columns to appear in the response. */
  h?: 'completion.size' | 'dataset.size' | 'dense_vector.value_count' | 'docs' | 'fielddata.evictions' | 'fielddata.memory_size' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'id' | 'index' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_failed' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'node' | 'prirep' | 'query_cache.evictions' | 'query_cache.memory_size' | 'recoverysource.type' | 'refresh.time' | 'refresh.total' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'seq_no.global_checkpoint' | 'seq_no.local_checkpoint' | 'seq_no.max' | 'shard' | 'dsparse_vector.value_count' | 'state' | 'store' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'sync_id' | 'unassigned.at' | 'unassigned.details' | 'unassigned.for' | 'unassigned.reason' | ReadonlyArray<'completion.size' | 'dataset.size' | 'dense_vector.value_count' | 'docs' | 'fielddata.evictions' | 'fielddata.memory_size' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'id' | 'index' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_failed' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'node' | 'prirep' | 'query_cache.evictions' | 'query_cache.memory_size' | 'recoverysource.type' | 'refresh.time' | 'refresh.total' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'seq_no.global_checkpoint' | 'seq_no.local_checkpoint' | 'seq_no.max' | 'shard' | 'dsparse_vector.value_count' | 'state' | 'store' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'sync_id' | 'unassigned.at' | 'unassigned.details' | 'unassigned.for' | 'unassigned.reason'>
}
export interface CatSnapshotsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'ignore_unavailable' | 's' | 'master_timeout'> {
  repository?: string | ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'id' | 'repository' | 'status' | 'start_epoch' | 'start_time' | 'end_epoch' | 'end_time' | 'duration' | 'indices' | 'successful_shards' | 'failed_shards' | 'total_shards' | 'reason' | ReadonlyArray<'id' | 'repository' | 'status' | 'start_epoch' | 'start_time' | 'end_epoch' | 'end_time' | 'duration' | 'indices' | 'successful_shards' | 'failed_shards' | 'total_shards' | 'reason'>
}
export interface CatTasksParams extends CommonParams, CommonCatQueryParameters, QueryParams<'detailed' | 'nodes' | 'parent_task_id' | 's' | 'timeout' | 'wait_for_completion'> {
  /** The task action names, which are used to limit the response. */
  actions?: ReadonlyArray<string>
  /** A comma-separated list of columns names to display. */
  h?: 'id' | 'action' | 'task_id' | 'parent_task_id' | 'type' | 'start_time' | 'timestamp' | 'running_time_ns' | 'running_time' | 'node_id' | 'ip' | 'port' | 'node' | 'version' | 'x_opaque_id' | ReadonlyArray<'id' | 'action' | 'task_id' | 'parent_task_id' | 'type' | 'start_time' | 'timestamp' | 'running_time_ns' | 'running_time' | 'node_id' | 'ip' | 'port' | 'node' | 'version' | 'x_opaque_id'>
}
export interface CatTemplatesParams extends CommonParams, CommonCatQueryParameters, QueryParams<'s' | 'local' | 'master_timeout'> {
  name?: string
  /** A comma-separated list of columns names to display. */
  h?: 'name' | 'index_patterns' | 'order' | 'version' | 'composed_of' | ReadonlyArray<'name' | 'index_patterns' | 'order' | 'version' | 'composed_of'>
}
export interface CatThreadPoolParams extends CommonParams, CommonCatQueryParameters, QueryParams<'h' | 's' | 'local' | 'master_timeout'> {
  thread_pool_patterns?: string | ReadonlyArray<string>
}
export interface CatTransformsParams extends CommonParams, CommonCatQueryParameters, QueryParams<'allow_no_match' | 'from' | 'size'> {
  transform_id?: string
  /** Comma-separated list of column names to display. */
  h?: 'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version' | ReadonlyArray<'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version'>
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: 'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version' | ReadonlyArray<'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version'>
}

/** The `cat` APIs, reached as `client.cat`. */
export class CatApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get aliases.
   * `GET /_cat/aliases/{name}`, `GET /_cat/aliases`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-aliases
   */
  declare aliases: OptionalCall<CatAliasesParams>
  /**
   * Get shard allocation information.
   * `GET /_cat/allocation/{node_id}`, `GET /_cat/allocation`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-allocation
   */
  declare allocation: OptionalCall<CatAllocationParams>
  /**
   * Get circuit breakers statistics.
   * `GET /_cat/circuit_breaker/{circuit_breaker_patterns}`, `GET /_cat/circuit_breaker`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-circuit-breaker
   */
  declare circuitBreaker: OptionalCall<CatCircuitBreakerParams>
  /**
   * Get component templates.
   * `GET /_cat/component_templates/{name}`, `GET /_cat/component_templates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-component-templates
   */
  declare componentTemplates: OptionalCall<CatComponentTemplatesParams>
  /**
   * Get a document count.
   * `POST|GET /_cat/count/{index}`, `POST|GET /_cat/count`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-count
   */
  declare count: OptionalCall<CatCountParams & BodyFields>
  /**
   * Get field data cache information.
   * `GET /_cat/fielddata/{fields}`, `GET /_cat/fielddata`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-fielddata
   */
  declare fielddata: OptionalCall<CatFielddataParams>
  /**
   * Get the cluster health status.
   * `GET /_cat/health`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-health
   */
  declare health: OptionalCall<CatHealthParams>
  /**
   * Get CAT help.
   * `GET /_cat`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-cat
   */
  declare help: OptionalCall<CatHelpParams>
  /**
   * Get index information.
   * `GET /_cat/indices/{index}`, `GET /_cat/indices`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-indices
   */
  declare indices: OptionalCall<CatIndicesParams>
  /**
   * Get master node information.
   * `GET /_cat/master`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-master
   */
  declare master: OptionalCall<CatMasterParams>
  /**
   * Get data frame analytics jobs.
   * `GET /_cat/ml/data_frame/analytics/{id}`, `GET /_cat/ml/data_frame/analytics`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-data-frame-analytics
   */
  declare mlDataFrameAnalytics: OptionalCall<CatMlDataFrameAnalyticsParams>
  /**
   * Get datafeeds.
   * `GET /_cat/ml/datafeeds/{datafeed_id}`, `GET /_cat/ml/datafeeds`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-datafeeds
   */
  declare mlDatafeeds: OptionalCall<CatMlDatafeedsParams>
  /**
   * Get anomaly detection jobs.
   * `GET /_cat/ml/anomaly_detectors/{job_id}`, `GET /_cat/ml/anomaly_detectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-jobs
   */
  declare mlJobs: OptionalCall<CatMlJobsParams>
  /**
   * Get trained models.
   * `GET /_cat/ml/trained_models/{model_id}`, `GET /_cat/ml/trained_models`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-trained-models
   */
  declare mlTrainedModels: OptionalCall<CatMlTrainedModelsParams>
  /**
   * Get node attribute information.
   * `GET /_cat/nodeattrs`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodeattrs
   */
  declare nodeattrs: OptionalCall<CatNodeattrsParams>
  /**
   * Get node information.
   * `GET /_cat/nodes`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodes
   */
  declare nodes: OptionalCall<CatNodesParams>
  /**
   * Get pending task information.
   * `GET /_cat/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-pending-tasks
   */
  declare pendingTasks: OptionalCall<CatPendingTasksParams>
  /**
   * Get plugin information.
   * `GET /_cat/plugins`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-plugins
   */
  declare plugins: OptionalCall<CatPluginsParams>
  /**
   * Get shard recovery information.
   * `GET /_cat/recovery/{index}`, `GET /_cat/recovery`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-recovery
   */
  declare recovery: OptionalCall<CatRecoveryParams>
  /**
   * Get snapshot repository information.
   * `GET /_cat/repositories`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-repositories
   */
  declare repositories: OptionalCall<CatRepositoriesParams>
  /**
   * Get segment information.
   * `GET /_cat/segments/{index}`, `GET /_cat/segments`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-segments
   */
  declare segments: OptionalCall<CatSegmentsParams>
  /**
   * Get shard information.
   * `GET /_cat/shards/{index}`, `GET /_cat/shards`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-shards
   */
  declare shards: OptionalCall<CatShardsParams>
  /**
   * Get snapshot information.
   * `GET /_cat/snapshots/{repository}`, `GET /_cat/snapshots`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-snapshots
   */
  declare snapshots: OptionalCall<CatSnapshotsParams>
  /**
   * Get task information.
   * `GET /_cat/tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-tasks
   */
  declare tasks: OptionalCall<CatTasksParams>
  /**
   * Get index template information.
   * `GET /_cat/templates/{name}`, `GET /_cat/templates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-templates
   */
  declare templates: OptionalCall<CatTemplatesParams>
  /**
   * Get thread pool statistics.
   * `GET /_cat/thread_pool/{thread_pool_patterns}`, `GET /_cat/thread_pool`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-thread-pool
   */
  declare threadPool: OptionalCall<CatThreadPoolParams>
  /**
   * Get transform information.
   * `GET /_cat/transforms/{transform_id}`, `GET /_cat/transforms`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-transforms
   */
  declare transforms: OptionalCall<CatTransformsParams>
}
installMethods(CatApi, endpoints)
