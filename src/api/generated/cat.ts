// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `cat` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  aliases: { name: 'cat.aliases', paths: [{ path: '/_cat/aliases', parts: [], methods: ['GET'] }, { path: '/_cat/aliases/{name}', parts: ['name'], methods: ['GET'] }], params: { bytes: 'enum', expand_wildcards: 'list', format: 'string', h: 'list', help: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  allocation: { name: 'cat.allocation', paths: [{ path: '/_cat/allocation', parts: [], methods: ['GET'] }, { path: '/_cat/allocation/{node_id}', parts: ['node_id'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  circuit_breaker: { name: 'cat.circuit_breaker', paths: [{ path: '/_cat/circuit_breaker', parts: [], methods: ['GET'] }, { path: '/_cat/circuit_breaker/{circuit_breaker_patterns}', parts: ['circuit_breaker_patterns'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  component_templates: { name: 'cat.component_templates', paths: [{ path: '/_cat/component_templates', parts: [], methods: ['GET'] }, { path: '/_cat/component_templates/{name}', parts: ['name'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  count: { name: 'cat.count', paths: [{ path: '/_cat/count', parts: [], methods: ['GET'] }, { path: '/_cat/count/{index}', parts: ['index'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  fielddata: { name: 'cat.fielddata', paths: [{ path: '/_cat/fielddata', parts: [], methods: ['GET'] }, { path: '/_cat/fielddata/{fields}', parts: ['fields'], methods: ['GET'] }], params: { bytes: 'enum', fields: 'list', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  health: { name: 'cat.health', paths: [{ path: '/_cat/health', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', ts: 'boolean', v: 'boolean' }, body: 'none' },
  help: { name: 'cat.help', paths: [{ path: '/_cat', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  indices: { name: 'cat.indices', paths: [{ path: '/_cat/indices', parts: [], methods: ['GET'] }, { path: '/_cat/indices/{index}', parts: ['index'], methods: ['GET'] }], params: { bytes: 'enum', expand_wildcards: 'list', format: 'string', h: 'list', health: 'enum', help: 'boolean', include_unloaded_segments: 'boolean', master_timeout: 'time', pri: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  master: { name: 'cat.master', paths: [{ path: '/_cat/master', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  ml_data_frame_analytics: { name: 'cat.ml_data_frame_analytics', paths: [{ path: '/_cat/ml/data_frame/analytics', parts: [], methods: ['GET'] }, { path: '/_cat/ml/data_frame/analytics/{id}', parts: ['id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', bytes: 'enum', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  ml_datafeeds: { name: 'cat.ml_datafeeds', paths: [{ path: '/_cat/ml/datafeeds', parts: [], methods: ['GET'] }, { path: '/_cat/ml/datafeeds/{datafeed_id}', parts: ['datafeed_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', bytes: 'enum', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  ml_jobs: { name: 'cat.ml_jobs', paths: [{ path: '/_cat/ml/anomaly_detectors', parts: [], methods: ['GET'] }, { path: '/_cat/ml/anomaly_detectors/{job_id}', parts: ['job_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', bytes: 'enum', format: 'string', h: 'list', help: 'boolean', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  ml_trained_models: { name: 'cat.ml_trained_models', paths: [{ path: '/_cat/ml/trained_models', parts: [], methods: ['GET'] }, { path: '/_cat/ml/trained_models/{model_id}', parts: ['model_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', bytes: 'enum', format: 'string', from: 'number', h: 'list', help: 'boolean', s: 'list', size: 'number', time: 'enum', v: 'boolean' }, body: 'none' },
  nodeattrs: { name: 'cat.nodeattrs', paths: [{ path: '/_cat/nodeattrs', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  nodes: { name: 'cat.nodes', paths: [{ path: '/_cat/nodes', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', full_id: 'boolean', h: 'list', help: 'boolean', include_unloaded_segments: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  pending_tasks: { name: 'cat.pending_tasks', paths: [{ path: '/_cat/pending_tasks', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  plugins: { name: 'cat.plugins', paths: [{ path: '/_cat/plugins', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', include_bootstrap: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  recovery: { name: 'cat.recovery', paths: [{ path: '/_cat/recovery', parts: [], methods: ['GET'] }, { path: '/_cat/recovery/{index}', parts: ['index'], methods: ['GET'] }], params: { active_only: 'boolean', bytes: 'enum', detailed: 'boolean', format: 'string', h: 'list', help: 'boolean', index: 'list', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  repositories: { name: 'cat.repositories', paths: [{ path: '/_cat/repositories', parts: [], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  segments: { name: 'cat.segments', paths: [{ path: '/_cat/segments', parts: [], methods: ['GET'] }, { path: '/_cat/segments/{index}', parts: ['index'], methods: ['GET'] }], params: { allow_closed: 'boolean', allow_no_indices: 'boolean', bytes: 'enum', expand_wildcards: 'list', format: 'string', h: 'list', help: 'boolean', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  shards: { name: 'cat.shards', paths: [{ path: '/_cat/shards', parts: [], methods: ['GET'] }, { path: '/_cat/shards/{index}', parts: ['index'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  snapshots: { name: 'cat.snapshots', paths: [{ path: '/_cat/snapshots', parts: [], methods: ['GET'] }, { path: '/_cat/snapshots/{repository}', parts: ['repository'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', ignore_unavailable: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  tasks: { name: 'cat.tasks', paths: [{ path: '/_cat/tasks', parts: [], methods: ['GET'] }], params: { actions: 'list', bytes: 'enum', detailed: 'boolean', format: 'string', h: 'list', help: 'boolean', nodes: 'list', parent_task_id: 'string', s: 'list', time: 'enum', timeout: 'time', v: 'boolean', wait_for_completion: 'boolean' }, body: 'none' },
  templates: { name: 'cat.templates', paths: [{ path: '/_cat/templates', parts: [], methods: ['GET'] }, { path: '/_cat/templates/{name}', parts: ['name'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  thread_pool: { name: 'cat.thread_pool', paths: [{ path: '/_cat/thread_pool', parts: [], methods: ['GET'] }, { path: '/_cat/thread_pool/{thread_pool_patterns}', parts: ['thread_pool_patterns'], methods: ['GET'] }], params: { bytes: 'enum', format: 'string', h: 'list', help: 'boolean', local: 'boolean', master_timeout: 'time', s: 'list', time: 'enum', v: 'boolean' }, body: 'none' },
  transforms: { name: 'cat.transforms', paths: [{ path: '/_cat/transforms', parts: [], methods: ['GET'] }, { path: '/_cat/transforms/{transform_id}', parts: ['transform_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', bytes: 'enum', format: 'string', from: 'number', h: 'list', help: 'boolean', s: 'list', size: 'number', time: 'enum', v: 'boolean' }, body: 'none' },
}

/** Parameters of `cat.aliases`. */
export interface CatAliasesParams extends CommonParams {
  /** A comma-separated list of alias names to return */
  name?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'alias' | 'index' | 'filter' | 'routing.index' | 'routing.search' | 'is_write_index' | ReadonlyArray<'alias' | 'index' | 'filter' | 'routing.index' | 'routing.search' | 'is_write_index'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.allocation`. */
export interface CatAllocationParams extends CommonParams {
  /** A comma-separated list of node IDs or names to limit the returned information */
  node_id?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'shards' | 'shards.undesired' | 'write_load.forecast' | 'disk.indices.forecast' | 'disk.indices' | 'disk.used' | 'disk.avail' | 'disk.total' | 'disk.percent' | 'host' | 'ip' | 'node' | 'node.role' | ReadonlyArray<'shards' | 'shards.undesired' | 'write_load.forecast' | 'disk.indices.forecast' | 'disk.indices' | 'disk.used' | 'disk.avail' | 'disk.total' | 'disk.percent' | 'host' | 'ip' | 'node' | 'node.role'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.circuit_breaker`. */
export interface CatCircuitBreakerParams extends CommonParams {
  /** A comma-separated list of regular-expressions to filter the circuit breakers in the output */
  circuit_breaker_patterns?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'breaker' | 'estimated' | 'estimated_bytes' | 'limit' | 'limit_bytes' | 'node_id' | 'node_name' | 'overhead' | 'tripped' | ReadonlyArray<'breaker' | 'estimated' | 'estimated_bytes' | 'limit' | 'limit_bytes' | 'node_id' | 'node_name' | 'overhead' | 'tripped'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.component_templates`. */
export interface CatComponentTemplatesParams extends CommonParams {
  /** A pattern that returned component template names must match */
  name?: string
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'name' | 'version' | 'alias_count' | 'mapping_count' | 'settings_count' | 'metadata_count' | 'included_in' | ReadonlyArray<'name' | 'version' | 'alias_count' | 'mapping_count' | 'settings_count' | 'metadata_count' | 'included_in'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.count`. */
export interface CatCountParams extends CommonParams {
  /** A comma-separated list of index names to limit the returned information */
  index?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'epoch' | 'timestamp' | 'count' | ReadonlyArray<'epoch' | 'timestamp' | 'count'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.fielddata`. */
export interface CatFielddataParams extends CommonParams {
  /** A comma-separated list of fields to return the fielddata size */
  fields?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'id' | 'host' | 'ip' | 'node' | 'field' | 'size' | ReadonlyArray<'id' | 'host' | 'ip' | 'node' | 'field' | 'size'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.health`. */
export interface CatHealthParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'epoch' | 'timestamp' | 'cluster' | 'status' | 'node.total' | 'node.data' | 'shards' | 'pri' | 'relo' | 'init' | 'unassign' | 'unassign.pri' | 'pending_tasks' | 'max_task_wait_time' | 'active_shards_percent' | ReadonlyArray<'epoch' | 'timestamp' | 'cluster' | 'status' | 'node.total' | 'node.data' | 'shards' | 'pri' | 'relo' | 'init' | 'unassign' | 'unassign.pri' | 'pending_tasks' | 'max_task_wait_time' | 'active_shards_percent'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Set to false to disable timestamping
   * Default: `true`.
   */
  ts?: boolean
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.help`. */
export interface CatHelpParams extends CommonParams {
}

/** Parameters of `cat.indices`. */
export interface CatIndicesParams extends CommonParams {
  /** A comma-separated list of index names to limit the returned information */
  index?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'health' | 'status' | 'index' | 'uuid' | 'pri' | 'rep' | 'docs.count' | 'docs.deleted' | 'creation.date' | 'creation.date.string' | 'store.size' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'pri.completion.size' | 'fielddata.memory_size' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'pri.request_cache.miss_count' | 'flush.total' | 'pri.flush.total' | 'flush.total_time' | 'pri.flush.total_time' | 'get.current' | 'pri.get.current' | 'get.time' | 'pri.get.time' | 'get.total' | 'pri.get.total' | 'get.exists_time' | 'pri.get.exists_time' | 'get.exists_total' | 'pri.get.exists_total' | 'get.missing_time' | 'pri.get.missing_time' | 'get.missing_total' | 'pri.get.missing_total' | 'indexing.delete_current' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'pri.indexing.index_current' | 'indexing.index_time' | 'pri.indexing.index_time' | 'indexing.index_total' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'pri.merges.current' | 'merges.current_docs' | 'pri.merges.current_docs' | 'merges.current_size' | 'pri.merges.current_size' | 'merges.total' | 'pri.merges.total' | 'merges.total_docs' | 'pri.merges.total_docs' | 'merges.total_size' | 'pri.merges.total_size' | 'merges.total_time' | 'pri.merges.total_time' | 'refresh.total' | 'pri.refresh.total' | 'refresh.time' | 'pri.refresh.time' | 'refresh.external_total' | 'pri.refresh.external_total' | 'refresh.external_time' | 'pri.refresh.external_time' | 'refresh.listeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'pri.search.fetch_current' | 'search.fetch_time' | 'pri.search.fetch_time' | 'search.fetch_total' | 'pri.search.fetch_total' | 'search.open_contexts' | 'pri.search.open_contexts' | 'search.query_current' | 'pri.search.query_current' | 'search.query_time' | 'pri.search.query_time' | 'search.query_total' | 'pri.search.query_total' | 'search.scroll_current' | 'pri.search.scroll_current' | 'search.scroll_time' | 'pri.search.scroll_time' | 'search.scroll_total' | 'pri.search.scroll_total' | 'segments.count' | 'pri.segments.count' | 'segments.memory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'pri.warmer.current' | 'warmer.total' | 'pri.warmer.total' | 'warmer.total_time' | 'pri.warmer.total_time' | 'suggest.current' | 'pri.suggest.current' | 'suggest.time' | 'pri.suggest.time' | 'suggest.total' | 'pri.suggest.total' | 'memory.total' | 'pri.memory.total' | 'bulk.total_operations' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'pri.sparse_vector.value_count' | ReadonlyArray<'health' | 'status' | 'index' | 'uuid' | 'pri' | 'rep' | 'docs.count' | 'docs.deleted' | 'creation.date' | 'creation.date.string' | 'store.size' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'pri.completion.size' | 'fielddata.memory_size' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'pri.request_cache.miss_count' | 'flush.total' | 'pri.flush.total' | 'flush.total_time' | 'pri.flush.total_time' | 'get.current' | 'pri.get.current' | 'get.time' | 'pri.get.time' | 'get.total' | 'pri.get.total' | 'get.exists_time' | 'pri.get.exists_time' | 'get.exists_total' | 'pri.get.exists_total' | 'get.missing_time' | 'pri.get.missing_time' | 'get.missing_total' | 'pri.get.missing_total' | 'indexing.delete_current' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'pri.indexing.index_current' | 'indexing.index_time' | 'pri.indexing.index_time' | 'indexing.index_total' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'pri.merges.current' | 'merges.current_docs' | 'pri.merges.current_docs' | 'merges.current_size' | 'pri.merges.current_size' | 'merges.total' | 'pri.merges.total' | 'merges.total_docs' | 'pri.merges.total_docs' | 'merges.total_size' | 'pri.merges.total_size' | 'merges.total_time' | 'pri.merges.total_time' | 'refresh.total' | 'pri.refresh.total' | 'refresh.time' | 'pri.refresh.time' | 'refresh.external_total' | 'pri.refresh.external_total' | 'refresh.external_time' | 'pri.refresh.external_time' | 'refresh.listeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'pri.search.fetch_current' | 'search.fetch_time' | 'pri.search.fetch_time' | 'search.fetch_total' | 'pri.search.fetch_total' | 'search.open_contexts' | 'pri.search.open_contexts' | 'search.query_current' | 'pri.search.query_current' | 'search.query_time' | 'pri.search.query_time' | 'search.query_total' | 'pri.search.query_total' | 'search.scroll_current' | 'pri.search.scroll_current' | 'search.scroll_time' | 'pri.search.scroll_time' | 'search.scroll_total' | 'pri.search.scroll_total' | 'segments.count' | 'pri.segments.count' | 'segments.memory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'pri.warmer.current' | 'warmer.total' | 'pri.warmer.total' | 'warmer.total_time' | 'pri.warmer.total_time' | 'suggest.current' | 'pri.suggest.current' | 'suggest.time' | 'pri.suggest.time' | 'suggest.total' | 'pri.suggest.total' | 'memory.total' | 'pri.memory.total' | 'bulk.total_operations' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'pri.sparse_vector.value_count'>
  /** A health status ("green", "yellow", or "red" to filter only indices matching the specified health status */
  health?: 'green' | 'yellow' | 'red' | 'unknown' | 'unavailable'
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * If set to true segment stats will include stats for segments that are not currently loaded into memory
   * Default: `false`.
   */
  include_unloaded_segments?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Set to true to return stats only for primary shards
   * Default: `false`.
   */
  pri?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.master`. */
export interface CatMasterParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'id' | 'host' | 'ip' | 'node' | ReadonlyArray<'id' | 'host' | 'ip' | 'node'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.ml_data_frame_analytics`. */
export interface CatMlDataFrameAnalyticsParams extends CommonParams {
  /** The ID of the data frame analytics to fetch */
  id?: string
  /**
   * Whether to ignore if a wildcard expression matches no configs. (This includes `_all` string or when no configs have been specified)
   * Default: `false`.
   */
  allow_no_match?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"create_time,id,state,type"`.
   */
  h?: 'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version' | ReadonlyArray<'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: 'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version' | ReadonlyArray<'assignment_explanation' | 'create_time' | 'description' | 'dest_index' | 'failure_reason' | 'id' | 'model_memory_limit' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'progress' | 'source_index' | 'state' | 'type' | 'version'>
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.ml_datafeeds`. */
export interface CatMlDatafeedsParams extends CommonParams {
  /** The ID of the datafeeds stats to fetch */
  datafeed_id?: string
  /**
   * Whether to ignore if a wildcard expression matches no datafeeds. (This includes `_all` string or when no datafeeds have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"['bc', 'id', 'sc', 's']"`.
   */
  h?: 'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's' | ReadonlyArray<'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: 'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's' | ReadonlyArray<'ae' | 'bc' | 'id' | 'na' | 'ne' | 'ni' | 'nn' | 'sba' | 'sc' | 'seah' | 'st' | 's'>
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.ml_jobs`. */
export interface CatMlJobsParams extends CommonParams {
  /** The ID of the jobs stats to fetch */
  job_id?: string
  /**
   * Whether to ignore if a wildcard expression matches no jobs. (This includes `_all` string or when no jobs have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"buckets.count,data.processed_records,forecasts.total,id,model.bytes,model.memory_status,state"`.
   */
  h?: 'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state' | ReadonlyArray<'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: 'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state' | ReadonlyArray<'assignment_explanation' | 'buckets.count' | 'buckets.time.exp_avg' | 'buckets.time.exp_avg_hour' | 'buckets.time.max' | 'buckets.time.min' | 'buckets.time.total' | 'data.buckets' | 'data.earliest_record' | 'data.empty_buckets' | 'data.input_bytes' | 'data.input_fields' | 'data.input_records' | 'data.invalid_dates' | 'data.last' | 'data.last_empty_bucket' | 'data.last_sparse_bucket' | 'data.latest_record' | 'data.missing_fields' | 'data.out_of_order_timestamps' | 'data.processed_fields' | 'data.processed_records' | 'data.sparse_buckets' | 'forecasts.memory.avg' | 'forecasts.memory.max' | 'forecasts.memory.min' | 'forecasts.memory.total' | 'forecasts.records.avg' | 'forecasts.records.max' | 'forecasts.records.min' | 'forecasts.records.total' | 'forecasts.time.avg' | 'forecasts.time.max' | 'forecasts.time.min' | 'forecasts.time.total' | 'forecasts.total' | 'id' | 'model.bucket_allocation_failures' | 'model.by_fields' | 'model.bytes' | 'model.bytes_exceeded' | 'model.categorization_status' | 'model.categorized_doc_count' | 'model.dead_category_count' | 'model.failed_category_count' | 'model.frequent_category_count' | 'model.log_time' | 'model.memory_limit' | 'model.memory_status' | 'model.over_fields' | 'model.partition_fields' | 'model.rare_category_count' | 'model.timestamp' | 'model.total_category_count' | 'node.address' | 'node.ephemeral_id' | 'node.id' | 'node.name' | 'opened_time' | 'state'>
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.ml_trained_models`. */
export interface CatMlTrainedModelsParams extends CommonParams {
  /** The ID of the trained models stats to fetch */
  model_id?: string
  /**
   * Whether to ignore if a wildcard expression matches no trained models. (This includes `_all` string or when no trained models have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * skips a number of trained models
   * Default: `0`.
   */
  from?: number
  /** Comma-separated list of column names to display */
  h?: 'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version' | ReadonlyArray<'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: 'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version' | ReadonlyArray<'create_time' | 'created_by' | 'data_frame_analytics_id' | 'description' | 'heap_size' | 'id' | 'ingest.count' | 'ingest.current' | 'ingest.failed' | 'ingest.pipelines' | 'ingest.time' | 'license' | 'operations' | 'version'>
  /**
   * specifies a max number of trained models to get
   * Default: `100`.
   */
  size?: number
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.nodeattrs`. */
export interface CatNodeattrsParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'node' | 'id' | 'pid' | 'host' | 'ip' | 'port' | 'attr' | 'value' | ReadonlyArray<'node' | 'id' | 'pid' | 'host' | 'ip' | 'port' | 'attr' | 'value'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.nodes`. */
export interface CatNodesParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Return the full node ID instead of the shortened version (default: false)
   * Default: `false`.
   */
  full_id?: boolean
  /**
   * Comma-separated list of column names to display
   * Default: `"ip,hp,rp,r,m,n,cpu,l"`.
   */
  h?: 'build' | 'completion.size' | 'cpu' | 'disk.avail' | 'disk.total' | 'disk.used' | 'disk.used_percent' | 'fielddata.evictions' | 'fielddata.memory_size' | 'file_desc.current' | 'file_desc.max' | 'file_desc.percent' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'heap.current' | 'heap.max' | 'heap.percent' | 'http_address' | 'id' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'jdk' | 'load_1m' | 'load_5m' | 'load_15m' | 'available_processors' | 'mappings.total_count' | 'mappings.total_estimated_overhead_in_bytes' | 'master' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'name' | 'node.role' | 'pid' | 'port' | 'query_cache.memory_size' | 'query_cache.evictions' | 'query_cache.hit_count' | 'query_cache.miss_count' | 'ram.current' | 'ram.max' | 'ram.percent' | 'refresh.total' | 'refresh.time' | 'request_cache.memory_size' | 'request_cache.evictions' | 'request_cache.hit_count' | 'request_cache.miss_count' | 'script.compilations' | 'script.cache_evictions' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'shard_stats.total_count' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'uptime' | 'version' | ReadonlyArray<'build' | 'completion.size' | 'cpu' | 'disk.avail' | 'disk.total' | 'disk.used' | 'disk.used_percent' | 'fielddata.evictions' | 'fielddata.memory_size' | 'file_desc.current' | 'file_desc.max' | 'file_desc.percent' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'heap.current' | 'heap.max' | 'heap.percent' | 'http_address' | 'id' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'jdk' | 'load_1m' | 'load_5m' | 'load_15m' | 'available_processors' | 'mappings.total_count' | 'mappings.total_estimated_overhead_in_bytes' | 'master' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'name' | 'node.role' | 'pid' | 'port' | 'query_cache.memory_size' | 'query_cache.evictions' | 'query_cache.hit_count' | 'query_cache.miss_count' | 'ram.current' | 'ram.max' | 'ram.percent' | 'refresh.total' | 'refresh.time' | 'request_cache.memory_size' | 'request_cache.evictions' | 'request_cache.hit_count' | 'request_cache.miss_count' | 'script.compilations' | 'script.cache_evictions' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'shard_stats.total_count' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'uptime' | 'version'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * If set to true segment stats will include stats for segments that are not currently loaded into memory
   * Default: `false`.
   */
  include_unloaded_segments?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.pending_tasks`. */
export interface CatPendingTasksParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'insertOrder' | 'timeInQueue' | 'priority' | 'source' | ReadonlyArray<'insertOrder' | 'timeInQueue' | 'priority' | 'source'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.plugins`. */
export interface CatPluginsParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'id' | 'name' | 'component' | 'version' | 'description' | ReadonlyArray<'id' | 'name' | 'component' | 'version' | 'description'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Include bootstrap plugins in the response
   * Default: `false`.
   */
  include_bootstrap?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.recovery`. */
export interface CatRecoveryParams extends CommonParams {
  /** Comma-separated list or wildcard expression of index names to limit the returned information */
  index?: string | readonly string[]
  /**
   * If `true`, the response only includes ongoing shard recoveries
   * Default: `false`.
   */
  active_only?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * If `true`, the response includes detailed information about shard recoveries
   * Default: `false`.
   */
  detailed?: boolean
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"ip,hp,rp,r,m,n,cpu,l"`.
   */
  h?: 'index' | 'shard' | 'start_time' | 'start_time_millis' | 'stop_time' | 'stop_time_millis' | 'time' | 'type' | 'stage' | 'source_host' | 'source_node' | 'target_host' | 'target_node' | 'repository' | 'snapshot' | 'files' | 'files_recovered' | 'files_percent' | 'files_total' | 'bytes' | 'bytes_recovered' | 'bytes_percent' | 'bytes_total' | 'translog_ops' | 'translog_ops_recovered' | 'translog_ops_percent' | ReadonlyArray<'index' | 'shard' | 'start_time' | 'start_time_millis' | 'stop_time' | 'stop_time_millis' | 'time' | 'type' | 'stage' | 'source_host' | 'source_node' | 'target_host' | 'target_node' | 'repository' | 'snapshot' | 'files' | 'files_recovered' | 'files_percent' | 'files_total' | 'bytes' | 'bytes_recovered' | 'bytes_percent' | 'bytes_total' | 'translog_ops' | 'translog_ops_recovered' | 'translog_ops_percent'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.repositories`. */
export interface CatRepositoriesParams extends CommonParams {
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: string | readonly string[]
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.segments`. */
export interface CatSegmentsParams extends CommonParams {
  /** A comma-separated list of index names to limit the returned information */
  index?: string | readonly string[]
  /**
   * If true, allow closed indices to be returned in the response otherwise if false, keep the legacy behaviour of throwing an exception if index pattern matches closed indices
   * Default: `false`.
   */
  allow_closed?: boolean
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. Only allowed when providing an index expression.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"ip,hp,rp,r,m,n,cpu,l"`.
   */
  h?: 'index' | 'shard' | 'prirep' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id' | ReadonlyArray<'index' | 'shard' | 'prirep' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled. Only allowed when providing an index expression.
   * Default: `false`.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed). Only allowed when providing an index expression.
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.shards`. */
export interface CatShardsParams extends CommonParams {
  /** A comma-separated list of index names to limit the returned information */
  index?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'completion.size' | 'dataset.size' | 'dense_vector.value_count' | 'docs' | 'fielddata.evictions' | 'fielddata.memory_size' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'id' | 'index' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_failed' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'node' | 'prirep' | 'query_cache.evictions' | 'query_cache.memory_size' | 'recoverysource.type' | 'refresh.time' | 'refresh.total' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'seq_no.global_checkpoint' | 'seq_no.local_checkpoint' | 'seq_no.max' | 'shard' | 'dsparse_vector.value_count' | 'state' | 'store' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'sync_id' | 'unassigned.at' | 'unassigned.details' | 'unassigned.for' | 'unassigned.reason' | ReadonlyArray<'completion.size' | 'dataset.size' | 'dense_vector.value_count' | 'docs' | 'fielddata.evictions' | 'fielddata.memory_size' | 'flush.total' | 'flush.total_time' | 'get.current' | 'get.exists_time' | 'get.exists_total' | 'get.missing_time' | 'get.missing_total' | 'get.time' | 'get.total' | 'id' | 'index' | 'indexing.delete_current' | 'indexing.delete_time' | 'indexing.delete_total' | 'indexing.index_current' | 'indexing.index_failed_due_to_version_conflict' | 'indexing.index_failed' | 'indexing.index_time' | 'indexing.index_total' | 'ip' | 'merges.current' | 'merges.current_docs' | 'merges.current_size' | 'merges.total' | 'merges.total_docs' | 'merges.total_size' | 'merges.total_time' | 'node' | 'prirep' | 'query_cache.evictions' | 'query_cache.memory_size' | 'recoverysource.type' | 'refresh.time' | 'refresh.total' | 'search.fetch_current' | 'search.fetch_time' | 'search.fetch_total' | 'search.open_contexts' | 'search.query_current' | 'search.query_time' | 'search.query_total' | 'search.scroll_current' | 'search.scroll_time' | 'search.scroll_total' | 'segments.count' | 'segments.fixed_bitset_memory' | 'segments.index_writer_memory' | 'segments.memory' | 'segments.version_map_memory' | 'seq_no.global_checkpoint' | 'seq_no.local_checkpoint' | 'seq_no.max' | 'shard' | 'dsparse_vector.value_count' | 'state' | 'store' | 'suggest.current' | 'suggest.time' | 'suggest.total' | 'sync_id' | 'unassigned.at' | 'unassigned.details' | 'unassigned.for' | 'unassigned.reason'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.snapshots`. */
export interface CatSnapshotsParams extends CommonParams {
  /** Name of repository from which to fetch the snapshot information */
  repository?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * Comma-separated list of column names to display
   * Default: `"ip,hp,rp,r,m,n,cpu,l"`.
   */
  h?: 'id' | 'repository' | 'status' | 'start_epoch' | 'start_time' | 'end_epoch' | 'end_time' | 'duration' | 'indices' | 'successful_shards' | 'failed_shards' | 'total_shards' | 'reason' | ReadonlyArray<'id' | 'repository' | 'status' | 'start_epoch' | 'start_time' | 'end_epoch' | 'end_time' | 'duration' | 'indices' | 'successful_shards' | 'failed_shards' | 'total_shards' | 'reason'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Set to true to ignore unavailable snapshots
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.tasks`. */
export interface CatTasksParams extends CommonParams {
  /** A comma-separated list of actions that should be returned. Leave empty to return all. */
  actions?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * Return detailed task information (default: false)
   * Default: `false`.
   */
  detailed?: boolean
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'id' | 'action' | 'task_id' | 'parent_task_id' | 'type' | 'start_time' | 'timestamp' | 'running_time_ns' | 'running_time' | 'node_id' | 'ip' | 'port' | 'node' | 'version' | 'x_opaque_id' | ReadonlyArray<'id' | 'action' | 'task_id' | 'parent_task_id' | 'type' | 'start_time' | 'timestamp' | 'running_time_ns' | 'running_time' | 'node_id' | 'ip' | 'port' | 'node' | 'version' | 'x_opaque_id'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  nodes?: string | readonly string[]
  /** Return tasks with specified parent task id (node_id:task_number). Set to -1 to return all. */
  parent_task_id?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
  /**
   * If `true`, the request blocks until the task has completed.
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `cat.templates`. */
export interface CatTemplatesParams extends CommonParams {
  /** A pattern that returned template names must match */
  name?: string
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'name' | 'index_patterns' | 'order' | 'version' | 'composed_of' | ReadonlyArray<'name' | 'index_patterns' | 'order' | 'version' | 'composed_of'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.thread_pool`. */
export interface CatThreadPoolParams extends CommonParams {
  /** A comma-separated list of regular-expressions to filter the thread pools in the output */
  thread_pool_patterns?: string | readonly string[]
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /** Comma-separated list of column names to display */
  h?: 'active' | 'completed' | 'core' | 'ephemeral_id' | 'host' | 'ip' | 'keep_alive' | 'largest' | 'max' | 'name' | 'node_id' | 'node_name' | 'pid' | 'pool_size' | 'port' | 'queue' | 'queue_size' | 'rejected' | 'size' | 'type' | ReadonlyArray<'active' | 'completed' | 'core' | 'ephemeral_id' | 'host' | 'ip' | 'keep_alive' | 'largest' | 'max' | 'name' | 'node_id' | 'node_name' | 'pid' | 'pool_size' | 'port' | 'queue' | 'queue_size' | 'rejected' | 'size' | 'type'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Comma-separated list of column names or column aliases to sort by */
  s?: string | readonly string[]
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

/** Parameters of `cat.transforms`. */
export interface CatTransformsParams extends CommonParams {
  /** The id of the transform for which to get stats. '_all' or '*' implies all transforms */
  transform_id?: string
  /**
   * Whether to ignore if a wildcard expression matches no transforms. (This includes `_all` string or when no transforms have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /** The unit in which to display byte values */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /**
   * a short version of the Accept header, e.g. json, yaml
   * Default: `"text"`.
   */
  format?: string
  /**
   * skips a number of transform configs, defaults to 0
   * Default: `0`.
   */
  from?: number
  /**
   * Comma-separated list of column names to display
   * Default: `"changes_last_detection_time,checkpoint,checkpoint_progress,documents_processed,id,last_search_time,state"`.
   */
  h?: 'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version' | ReadonlyArray<'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version'>
  /**
   * Return help information
   * Default: `false`.
   */
  help?: boolean
  /** Comma-separated list of column names or column aliases to sort by */
  s?: 'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version' | ReadonlyArray<'changes_last_detection_time' | 'checkpoint' | 'checkpoint_duration_time_exp_avg' | 'checkpoint_progress' | 'create_time' | 'delete_time' | 'description' | 'dest_index' | 'documents_deleted' | 'documents_indexed' | 'docs_per_second' | 'documents_processed' | 'frequency' | 'id' | 'index_failure' | 'index_time' | 'index_total' | 'indexed_documents_exp_avg' | 'last_search_time' | 'max_page_search_size' | 'pages_processed' | 'pipeline' | 'processed_documents_exp_avg' | 'processing_time' | 'project_routing' | 'reason' | 'search_failure' | 'search_time' | 'search_total' | 'source_index' | 'state' | 'transform_type' | 'trigger_count' | 'version'>
  /**
   * specifies a max number of transforms to get, defaults to 100
   * Default: `100`.
   */
  size?: number
  /** The unit in which to display time values */
  time?: 'd' | 'h' | 'm' | 's' | 'ms' | 'micros' | 'nanos'
  /**
   * Verbose mode. Display column headers
   * Default: `false`.
   */
  v?: boolean
}

const E = endpoints

/** The `cat` APIs, reached as `client.cat`. */
export class CatApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get aliases
   * `GET /_cat/aliases`
   * `GET /_cat/aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-aliases
   */
  aliases<TResponse = unknown>(params: CatAliasesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  aliases<TResponse = unknown>(params?: CatAliasesParams, options?: RequestOptions): Promise<TResponse>
  aliases(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.aliases, params, options)
  }

  /**
   * Get shard allocation information
   * `GET /_cat/allocation`
   * `GET /_cat/allocation/{node_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-allocation
   */
  allocation<TResponse = unknown>(params: CatAllocationParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  allocation<TResponse = unknown>(params?: CatAllocationParams, options?: RequestOptions): Promise<TResponse>
  allocation(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.allocation, params, options)
  }

  /**
   * Get circuit breakers statistics
   * `GET /_cat/circuit_breaker`
   * `GET /_cat/circuit_breaker/{circuit_breaker_patterns}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  circuitBreaker<TResponse = unknown>(params: CatCircuitBreakerParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  circuitBreaker<TResponse = unknown>(params?: CatCircuitBreakerParams, options?: RequestOptions): Promise<TResponse>
  circuitBreaker(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.circuit_breaker, params, options)
  }

  /**
   * Get component templates
   * `GET /_cat/component_templates`
   * `GET /_cat/component_templates/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-component-templates
   */
  componentTemplates<TResponse = unknown>(params: CatComponentTemplatesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  componentTemplates<TResponse = unknown>(params?: CatComponentTemplatesParams, options?: RequestOptions): Promise<TResponse>
  componentTemplates(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.component_templates, params, options)
  }

  /**
   * Get a document count
   * `GET /_cat/count`
   * `GET /_cat/count/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-count
   */
  count<TResponse = unknown>(params: CatCountParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  count<TResponse = unknown>(params?: CatCountParams, options?: RequestOptions): Promise<TResponse>
  count(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.count, params, options)
  }

  /**
   * Get field data cache information
   * `GET /_cat/fielddata`
   * `GET /_cat/fielddata/{fields}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-fielddata
   */
  fielddata<TResponse = unknown>(params: CatFielddataParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  fielddata<TResponse = unknown>(params?: CatFielddataParams, options?: RequestOptions): Promise<TResponse>
  fielddata(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.fielddata, params, options)
  }

  /**
   * Get the cluster health status
   * `GET /_cat/health`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-health
   */
  health<TResponse = unknown>(params: CatHealthParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  health<TResponse = unknown>(params?: CatHealthParams, options?: RequestOptions): Promise<TResponse>
  health(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.health, params, options)
  }

  /**
   * Get CAT help
   * `GET /_cat`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-cat
   */
  help<TResponse = unknown>(params: CatHelpParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  help<TResponse = unknown>(params?: CatHelpParams, options?: RequestOptions): Promise<TResponse>
  help(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.help, params, options)
  }

  /**
   * Get index information
   * `GET /_cat/indices`
   * `GET /_cat/indices/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-indices
   */
  indices<TResponse = unknown>(params: CatIndicesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  indices<TResponse = unknown>(params?: CatIndicesParams, options?: RequestOptions): Promise<TResponse>
  indices(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.indices, params, options)
  }

  /**
   * Get master node information
   * `GET /_cat/master`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-master
   */
  master<TResponse = unknown>(params: CatMasterParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  master<TResponse = unknown>(params?: CatMasterParams, options?: RequestOptions): Promise<TResponse>
  master(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.master, params, options)
  }

  /**
   * Get data frame analytics jobs
   * `GET /_cat/ml/data_frame/analytics`
   * `GET /_cat/ml/data_frame/analytics/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-data-frame-analytics
   */
  mlDataFrameAnalytics<TResponse = unknown>(params: CatMlDataFrameAnalyticsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  mlDataFrameAnalytics<TResponse = unknown>(params?: CatMlDataFrameAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  mlDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ml_data_frame_analytics, params, options)
  }

  /**
   * Get datafeeds
   * `GET /_cat/ml/datafeeds`
   * `GET /_cat/ml/datafeeds/{datafeed_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-datafeeds
   */
  mlDatafeeds<TResponse = unknown>(params: CatMlDatafeedsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  mlDatafeeds<TResponse = unknown>(params?: CatMlDatafeedsParams, options?: RequestOptions): Promise<TResponse>
  mlDatafeeds(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ml_datafeeds, params, options)
  }

  /**
   * Get anomaly detection jobs
   * `GET /_cat/ml/anomaly_detectors`
   * `GET /_cat/ml/anomaly_detectors/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-jobs
   */
  mlJobs<TResponse = unknown>(params: CatMlJobsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  mlJobs<TResponse = unknown>(params?: CatMlJobsParams, options?: RequestOptions): Promise<TResponse>
  mlJobs(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ml_jobs, params, options)
  }

  /**
   * Get trained models
   * `GET /_cat/ml/trained_models`
   * `GET /_cat/ml/trained_models/{model_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-trained-models
   */
  mlTrainedModels<TResponse = unknown>(params: CatMlTrainedModelsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  mlTrainedModels<TResponse = unknown>(params?: CatMlTrainedModelsParams, options?: RequestOptions): Promise<TResponse>
  mlTrainedModels(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ml_trained_models, params, options)
  }

  /**
   * Get node attribute information
   * `GET /_cat/nodeattrs`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodeattrs
   */
  nodeattrs<TResponse = unknown>(params: CatNodeattrsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  nodeattrs<TResponse = unknown>(params?: CatNodeattrsParams, options?: RequestOptions): Promise<TResponse>
  nodeattrs(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.nodeattrs, params, options)
  }

  /**
   * Get node information
   * `GET /_cat/nodes`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodes
   */
  nodes<TResponse = unknown>(params: CatNodesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  nodes<TResponse = unknown>(params?: CatNodesParams, options?: RequestOptions): Promise<TResponse>
  nodes(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.nodes, params, options)
  }

  /**
   * Get pending task information
   * `GET /_cat/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-pending-tasks
   */
  pendingTasks<TResponse = unknown>(params: CatPendingTasksParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  pendingTasks<TResponse = unknown>(params?: CatPendingTasksParams, options?: RequestOptions): Promise<TResponse>
  pendingTasks(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.pending_tasks, params, options)
  }

  /**
   * Get plugin information
   * `GET /_cat/plugins`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-plugins
   */
  plugins<TResponse = unknown>(params: CatPluginsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  plugins<TResponse = unknown>(params?: CatPluginsParams, options?: RequestOptions): Promise<TResponse>
  plugins(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.plugins, params, options)
  }

  /**
   * Get shard recovery information
   * `GET /_cat/recovery`
   * `GET /_cat/recovery/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-recovery
   */
  recovery<TResponse = unknown>(params: CatRecoveryParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  recovery<TResponse = unknown>(params?: CatRecoveryParams, options?: RequestOptions): Promise<TResponse>
  recovery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.recovery, params, options)
  }

  /**
   * Get snapshot repository information
   * `GET /_cat/repositories`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-repositories
   */
  repositories<TResponse = unknown>(params: CatRepositoriesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  repositories<TResponse = unknown>(params?: CatRepositoriesParams, options?: RequestOptions): Promise<TResponse>
  repositories(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.repositories, params, options)
  }

  /**
   * Get segment information
   * `GET /_cat/segments`
   * `GET /_cat/segments/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-segments
   */
  segments<TResponse = unknown>(params: CatSegmentsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  segments<TResponse = unknown>(params?: CatSegmentsParams, options?: RequestOptions): Promise<TResponse>
  segments(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.segments, params, options)
  }

  /**
   * Get shard information
   * `GET /_cat/shards`
   * `GET /_cat/shards/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-shards
   */
  shards<TResponse = unknown>(params: CatShardsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  shards<TResponse = unknown>(params?: CatShardsParams, options?: RequestOptions): Promise<TResponse>
  shards(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.shards, params, options)
  }

  /**
   * Get snapshot information
   * `GET /_cat/snapshots`
   * `GET /_cat/snapshots/{repository}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-snapshots
   */
  snapshots<TResponse = unknown>(params: CatSnapshotsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  snapshots<TResponse = unknown>(params?: CatSnapshotsParams, options?: RequestOptions): Promise<TResponse>
  snapshots(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.snapshots, params, options)
  }

  /**
   * Get task information
   * `GET /_cat/tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-tasks
   */
  tasks<TResponse = unknown>(params: CatTasksParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  tasks<TResponse = unknown>(params?: CatTasksParams, options?: RequestOptions): Promise<TResponse>
  tasks(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.tasks, params, options)
  }

  /**
   * Get index template information
   * `GET /_cat/templates`
   * `GET /_cat/templates/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-templates
   */
  templates<TResponse = unknown>(params: CatTemplatesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  templates<TResponse = unknown>(params?: CatTemplatesParams, options?: RequestOptions): Promise<TResponse>
  templates(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.templates, params, options)
  }

  /**
   * Get thread pool statistics
   * `GET /_cat/thread_pool`
   * `GET /_cat/thread_pool/{thread_pool_patterns}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-thread-pool
   */
  threadPool<TResponse = unknown>(params: CatThreadPoolParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  threadPool<TResponse = unknown>(params?: CatThreadPoolParams, options?: RequestOptions): Promise<TResponse>
  threadPool(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.thread_pool, params, options)
  }

  /**
   * Get transform information
   * `GET /_cat/transforms`
   * `GET /_cat/transforms/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-transforms
   */
  transforms<TResponse = unknown>(params: CatTransformsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  transforms<TResponse = unknown>(params?: CatTransformsParams, options?: RequestOptions): Promise<TResponse>
  transforms(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.transforms, params, options)
  }
}
