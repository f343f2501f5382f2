// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `indices` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  add_block: { name: 'indices.add_block', paths: [{ path: '/{index}/_block/{block}', parts: ['index', 'block'], methods: ['PUT'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  analyze: { name: 'indices.analyze', paths: [{ path: '/_analyze', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_analyze', parts: ['index'], methods: ['GET', 'POST'] }], params: { index: 'string' }, body: 'json', bodyRequired: true },
  cancel_migrate_reindex: { name: 'indices.cancel_migrate_reindex', paths: [{ path: '/_migration/reindex/{index}/_cancel', parts: ['index'], methods: ['POST'] }], params: {}, body: 'none' },
  clear_cache: { name: 'indices.clear_cache', paths: [{ path: '/_cache/clear', parts: [], methods: ['POST'] }, { path: '/{index}/_cache/clear', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', fielddata: 'boolean', fields: 'list', ignore_unavailable: 'boolean', index: 'list', query: 'boolean', request: 'boolean' }, body: 'none' },
  clone: { name: 'indices.clone', paths: [{ path: '/{index}/_clone/{target}', parts: ['index', 'target'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json' },
  close: { name: 'indices.close', paths: [{ path: '/{index}/_close', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'none' },
  create: { name: 'indices.create', paths: [{ path: '/{index}', parts: ['index'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json' },
  create_data_stream: { name: 'indices.create_data_stream', paths: [{ path: '/_data_stream/{name}', parts: ['name'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  create_from: { name: 'indices.create_from', paths: [{ path: '/_create_from/{source}/{dest}', parts: ['source', 'dest'], methods: ['PUT', 'POST'] }], params: {}, body: 'json' },
  data_streams_stats: { name: 'indices.data_streams_stats', paths: [{ path: '/_data_stream/_stats', parts: [], methods: ['GET'] }, { path: '/_data_stream/{name}/_stats', parts: ['name'], methods: ['GET'] }], params: { expand_wildcards: 'list' }, body: 'none' },
  delete: { name: 'indices.delete', paths: [{ path: '/{index}', parts: ['index'], methods: ['DELETE'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_alias: { name: 'indices.delete_alias', paths: [{ path: '/{index}/_alias/{name}', parts: ['index', 'name'], methods: ['DELETE'] }, { path: '/{index}/_aliases/{name}', parts: ['index', 'name'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_data_lifecycle: { name: 'indices.delete_data_lifecycle', paths: [{ path: '/_data_stream/{name}/_lifecycle', parts: ['name'], methods: ['DELETE'] }], params: { expand_wildcards: 'list', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_data_stream: { name: 'indices.delete_data_stream', paths: [{ path: '/_data_stream/{name}', parts: ['name'], methods: ['DELETE'] }], params: { expand_wildcards: 'list', master_timeout: 'time' }, body: 'none' },
  delete_data_stream_options: { name: 'indices.delete_data_stream_options', paths: [{ path: '/_data_stream/{name}/_options', parts: ['name'], methods: ['DELETE'] }], params: { expand_wildcards: 'list', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_index_template: { name: 'indices.delete_index_template', paths: [{ path: '/_index_template/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_template: { name: 'indices.delete_template', paths: [{ path: '/_template/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  disk_usage: { name: 'indices.disk_usage', paths: [{ path: '/{index}/_disk_usage', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flush: 'boolean', ignore_unavailable: 'boolean', run_expensive_tasks: 'boolean' }, body: 'none' },
  downsample: { name: 'indices.downsample', paths: [{ path: '/{index}/_downsample/{target_index}', parts: ['index', 'target_index'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  exists: { name: 'indices.exists', paths: [{ path: '/{index}', parts: ['index'], methods: ['HEAD'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flat_settings: 'boolean', ignore_unavailable: 'boolean', include_defaults: 'boolean', local: 'boolean' }, body: 'none' },
  exists_alias: { name: 'indices.exists_alias', paths: [{ path: '/_alias/{name}', parts: ['name'], methods: ['HEAD'] }, { path: '/{index}/_alias/{name}', parts: ['index', 'name'], methods: ['HEAD'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time' }, body: 'none' },
  exists_index_template: { name: 'indices.exists_index_template', paths: [{ path: '/_index_template/{name}', parts: ['name'], methods: ['HEAD'] }], params: { flat_settings: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  exists_template: { name: 'indices.exists_template', paths: [{ path: '/_template/{name}', parts: ['name'], methods: ['HEAD'] }], params: { flat_settings: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  explain_data_lifecycle: { name: 'indices.explain_data_lifecycle', paths: [{ path: '/{index}/_lifecycle/explain', parts: ['index'], methods: ['GET'] }], params: { include_defaults: 'boolean', master_timeout: 'time' }, body: 'none' },
  field_usage_stats: { name: 'indices.field_usage_stats', paths: [{ path: '/{index}/_field_usage_stats', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', fields: 'list', ignore_unavailable: 'boolean' }, body: 'none' },
  flush: { name: 'indices.flush', paths: [{ path: '/_flush', parts: [], methods: ['POST', 'GET'] }, { path: '/{index}/_flush', parts: ['index'], methods: ['POST', 'GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', force: 'boolean', ignore_unavailable: 'boolean', wait_if_ongoing: 'boolean' }, body: 'none' },
  forcemerge: { name: 'indices.forcemerge', paths: [{ path: '/_forcemerge', parts: [], methods: ['POST'] }, { path: '/{index}/_forcemerge', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flush: 'boolean', ignore_unavailable: 'boolean', max_num_segments: 'number', only_expunge_deletes: 'boolean', wait_for_completion: 'boolean' }, body: 'none' },
  get: { name: 'indices.get', paths: [{ path: '/{index}', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', features: 'list', flat_settings: 'boolean', ignore_unavailable: 'boolean', include_defaults: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_alias: { name: 'indices.get_alias', paths: [{ path: '/_alias', parts: [], methods: ['GET'] }, { path: '/_alias/{name}', parts: ['name'], methods: ['GET'] }, { path: '/{index}/_alias/{name}', parts: ['index', 'name'], methods: ['GET'] }, { path: '/{index}/_alias', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_data_lifecycle: { name: 'indices.get_data_lifecycle', paths: [{ path: '/_data_stream/{name}/_lifecycle', parts: ['name'], methods: ['GET'] }], params: { expand_wildcards: 'list', include_defaults: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_data_lifecycle_stats: { name: 'indices.get_data_lifecycle_stats', paths: [{ path: '/_lifecycle/stats', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_data_stream: { name: 'indices.get_data_stream', paths: [{ path: '/_data_stream', parts: [], methods: ['GET'] }, { path: '/_data_stream/{name}', parts: ['name'], methods: ['GET'] }], params: { expand_wildcards: 'list', include_defaults: 'boolean', master_timeout: 'time', verbose: 'boolean' }, body: 'none' },
  get_data_stream_mappings: { name: 'indices.get_data_stream_mappings', paths: [{ path: '/_data_stream/{name}/_mappings', parts: ['name'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_data_stream_options: { name: 'indices.get_data_stream_options', paths: [{ path: '/_data_stream/{name}/_options', parts: ['name'], methods: ['GET'] }], params: { expand_wildcards: 'list', master_timeout: 'time' }, body: 'none' },
  get_data_stream_settings: { name: 'indices.get_data_stream_settings', paths: [{ path: '/_data_stream/{name}/_settings', parts: ['name'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_field_mapping: { name: 'indices.get_field_mapping', paths: [{ path: '/_mapping/field/{fields}', parts: ['fields'], methods: ['GET'] }, { path: '/{index}/_mapping/field/{fields}', parts: ['index', 'fields'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', include_defaults: 'boolean' }, body: 'none' },
  get_index_template: { name: 'indices.get_index_template', paths: [{ path: '/_index_template', parts: [], methods: ['GET'] }, { path: '/_index_template/{name}', parts: ['name'], methods: ['GET'] }], params: { flat_settings: 'boolean', include_defaults: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_mapping: { name: 'indices.get_mapping', paths: [{ path: '/_mapping', parts: [], methods: ['GET'] }, { path: '/{index}/_mapping', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_migrate_reindex_status: { name: 'indices.get_migrate_reindex_status', paths: [{ path: '/_migration/reindex/{index}/_status', parts: ['index'], methods: ['GET'] }], params: {}, body: 'none' },
  get_settings: { name: 'indices.get_settings', paths: [{ path: '/_settings', parts: [], methods: ['GET'] }, { path: '/{index}/_settings', parts: ['index'], methods: ['GET'] }, { path: '/{index}/_settings/{name}', parts: ['index', 'name'], methods: ['GET'] }, { path: '/_settings/{name}', parts: ['name'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flat_settings: 'boolean', ignore_unavailable: 'boolean', include_defaults: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_template: { name: 'indices.get_template', paths: [{ path: '/_template', parts: [], methods: ['GET'] }, { path: '/_template/{name}', parts: ['name'], methods: ['GET'] }], params: { flat_settings: 'boolean', local: 'boolean', master_timeout: 'time' }, body: 'none' },
  migrate_reindex: { name: 'indices.migrate_reindex', paths: [{ path: '/_migration/reindex', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  migrate_to_data_stream: { name: 'indices.migrate_to_data_stream', paths: [{ path: '/_data_stream/_migrate/{name}', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  modify_data_stream: { name: 'indices.modify_data_stream', paths: [{ path: '/_data_stream/_modify', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  open: { name: 'indices.open', paths: [{ path: '/{index}/_open', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'none' },
  promote_data_stream: { name: 'indices.promote_data_stream', paths: [{ path: '/_data_stream/_promote/{name}', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  put_alias: { name: 'indices.put_alias', paths: [{ path: '/{index}/_alias/{name}', parts: ['index', 'name'], methods: ['PUT', 'POST'] }, { path: '/{index}/_aliases/{name}', parts: ['index', 'name'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json' },
  put_data_lifecycle: { name: 'indices.put_data_lifecycle', paths: [{ path: '/_data_stream/{name}/_lifecycle', parts: ['name'], methods: ['PUT'] }], params: { expand_wildcards: 'list', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_data_stream_mappings: { name: 'indices.put_data_stream_mappings', paths: [{ path: '/_data_stream/{name}/_mappings', parts: ['name'], methods: ['PUT'] }], params: { dry_run: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_data_stream_options: { name: 'indices.put_data_stream_options', paths: [{ path: '/_data_stream/{name}/_options', parts: ['name'], methods: ['PUT'] }], params: { expand_wildcards: 'list', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_data_stream_settings: { name: 'indices.put_data_stream_settings', paths: [{ path: '/_data_stream/{name}/_settings', parts: ['name'], methods: ['PUT'] }], params: { dry_run: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_index_template: { name: 'indices.put_index_template', paths: [{ path: '/_index_template/{name}', parts: ['name'], methods: ['PUT', 'POST'] }], params: { cause: 'string', create: 'boolean', master_timeout: 'time' }, body: 'json', bodyRequired: true },
  put_mapping: { name: 'indices.put_mapping', paths: [{ path: '/{index}/_mapping', parts: ['index'], methods: ['PUT', 'POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time', write_index_only: 'boolean' }, body: 'json', bodyRequired: true },
  put_settings: { name: 'indices.put_settings', paths: [{ path: '/_settings', parts: [], methods: ['PUT'] }, { path: '/{index}/_settings', parts: ['index'], methods: ['PUT'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flat_settings: 'boolean', ignore_unavailable: 'boolean', master_timeout: 'time', preserve_existing: 'boolean', reopen: 'boolean', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_template: { name: 'indices.put_template', paths: [{ path: '/_template/{name}', parts: ['name'], methods: ['PUT', 'POST'] }], params: { cause: 'string', create: 'boolean', master_timeout: 'time', order: 'number' }, body: 'json', bodyRequired: true },
  recovery: { name: 'indices.recovery', paths: [{ path: '/_recovery', parts: [], methods: ['GET'] }, { path: '/{index}/_recovery', parts: ['index'], methods: ['GET'] }], params: { active_only: 'boolean', allow_no_indices: 'boolean', detailed: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean' }, body: 'none' },
  refresh: { name: 'indices.refresh', paths: [{ path: '/_refresh', parts: [], methods: ['POST', 'GET'] }, { path: '/{index}/_refresh', parts: ['index'], methods: ['POST', 'GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean' }, body: 'none' },
  reload_search_analyzers: { name: 'indices.reload_search_analyzers', paths: [{ path: '/{index}/_reload_search_analyzers', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', resource: 'string' }, body: 'none' },
  remove_block: { name: 'indices.remove_block', paths: [{ path: '/{index}/_block/{block}', parts: ['index', 'block'], methods: ['DELETE'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  resolve_cluster: { name: 'indices.resolve_cluster', paths: [{ path: '/_resolve/cluster', parts: [], methods: ['GET'] }, { path: '/_resolve/cluster/{name}', parts: ['name'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', timeout: 'time' }, body: 'none' },
  resolve_index: { name: 'indices.resolve_index', paths: [{ path: '/_resolve/index/{name}', parts: ['name'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', mode: 'list' }, body: 'none' },
  rollover: { name: 'indices.rollover', paths: [{ path: '/{alias}/_rollover', parts: ['alias'], methods: ['POST'] }, { path: '/{alias}/_rollover/{new_index}', parts: ['alias', 'new_index'], methods: ['POST'] }], params: { dry_run: 'boolean', lazy: 'boolean', master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json' },
  segments: { name: 'indices.segments', paths: [{ path: '/_segments', parts: [], methods: ['GET'] }, { path: '/{index}/_segments', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean' }, body: 'none' },
  shard_stores: { name: 'indices.shard_stores', paths: [{ path: '/_shard_stores', parts: [], methods: ['GET'] }, { path: '/{index}/_shard_stores', parts: ['index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', status: 'list' }, body: 'none' },
  shrink: { name: 'indices.shrink', paths: [{ path: '/{index}/_shrink/{target}', parts: ['index', 'target'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true },
  simulate_index_template: { name: 'indices.simulate_index_template', paths: [{ path: '/_index_template/_simulate_index/{name}', parts: ['name'], methods: ['POST'] }], params: { cause: 'string', create: 'boolean', include_defaults: 'boolean', master_timeout: 'time' }, body: 'json' },
  simulate_template: { name: 'indices.simulate_template', paths: [{ path: '/_index_template/_simulate', parts: [], methods: ['POST'] }, { path: '/_index_template/_simulate/{name}', parts: ['name'], methods: ['POST'] }], params: { cause: 'string', create: 'boolean', include_defaults: 'boolean', master_timeout: 'time' }, body: 'json' },
  split: { name: 'indices.split', paths: [{ path: '/{index}/_split/{target}', parts: ['index', 'target'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true },
  stats: { name: 'indices.stats', paths: [{ path: '/_stats', parts: [], methods: ['GET'] }, { path: '/_stats/{metric}', parts: ['metric'], methods: ['GET'] }, { path: '/{index}/_stats', parts: ['index'], methods: ['GET'] }, { path: '/{index}/_stats/{metric}', parts: ['index', 'metric'], methods: ['GET'] }], params: { completion_fields: 'list', expand_wildcards: 'list', fielddata_fields: 'list', fields: 'list', forbid_closed_indices: 'boolean', groups: 'list', include_segment_file_sizes: 'boolean', include_unloaded_segments: 'boolean', level: 'enum' }, body: 'none' },
  update_aliases: { name: 'indices.update_aliases', paths: [{ path: '/_aliases', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  validate_query: { name: 'indices.validate_query', paths: [{ path: '/_validate/query', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_validate/query', parts: ['index'], methods: ['GET', 'POST'] }], params: { all_shards: 'boolean', allow_no_indices: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', default_operator: 'enum', df: 'string', expand_wildcards: 'list', explain: 'boolean', ignore_unavailable: 'boolean', lenient: 'boolean', q: 'string', rewrite: 'boolean' }, body: 'json' },
}

/** Parameters of `indices.add_block`. */
export interface IndicesAddBlockParams extends CommonParams {
  /** The block to add (one of read, write, read_only or metadata) */
  block: 'metadata' | 'read' | 'read_only' | 'write'
  /** A comma separated list of indices to add a block to */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.analyze`. */
export interface IndicesAnalyzeParams extends CommonBodyParams {
  /** The name of the index to scope the operation */
  index?: string
}

/** Parameters of `indices.cancel_migrate_reindex`. */
export interface IndicesCancelMigrateReindexParams extends CommonParams {
  /** Comma-separated list of index or data stream names */
  index: string | readonly string[]
}

/** Parameters of `indices.clear_cache`. */
export interface IndicesClearCacheParams extends CommonParams {
  /** A comma-separated list of index name to limit the operation */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /** Clear field data */
  fielddata?: boolean
  /** A comma-separated list of fields to clear when using the `fielddata` parameter (default: all) */
  fields?: string | readonly string[]
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** Clear query caches */
  query?: boolean
  /** Clear request cache */
  request?: boolean
}

/** Parameters of `indices.clone`. */
export interface IndicesCloneParams extends CommonBodyParams {
  /** The name of the source index to clone */
  index: string
  /** The name of the target index to clone into */
  target: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Set the number of active shards to wait for on the cloned index before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `indices.close`. */
export interface IndicesCloseParams extends CommonParams {
  /** A comma separated list of indices to close */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Sets the number of active shards to wait for before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
}

/** Parameters of `indices.create`. */
export interface IndicesCreateParams extends CommonBodyParams {
  /** The name of the index */
  index: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Set the number of active shards to wait for before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `indices.create_data_stream`. */
export interface IndicesCreateDataStreamParams extends CommonParams {
  /** The name of the data stream */
  name: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Specify timeout for acknowledging the cluster state update
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.create_from`. */
export interface IndicesCreateFromParams extends CommonBodyParams {
  /** The destination index name */
  dest: string
  /** The source index name */
  source: string
}

/** Parameters of `indices.data_streams_stats`. */
export interface IndicesDataStreamsStatsParams extends CommonParams {
  /** A comma-separated list of data stream names; use `_all` or empty string to perform the operation on all data streams */
  name?: string | readonly string[]
  /**
   * Whether to expand wildcard expressions to concrete data stream names that are open, closed or both.
   * Default: `"open,closed"`.
   */
  expand_wildcards?: 'all' | 'closed' | 'hidden' | 'none' | 'open' | ReadonlyArray<'all' | 'closed' | 'hidden' | 'none' | 'open'>
}

/** Parameters of `indices.delete`. */
export interface IndicesDeleteParams extends CommonParams {
  /** A comma-separated list of indices to delete; use `_all` or `*` string to delete all indices */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether wildcard expressions should get expanded to open, closed, or hidden indices
   * Default: `"open,closed"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Ignore unavailable indexes (default: false)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.delete_alias`. */
export interface IndicesDeleteAliasParams extends CommonParams {
  /** A comma-separated list of index names (supports wildcards); use `_all` for all indices */
  index: string | readonly string[]
  /** A comma-separated list of aliases to delete (supports wildcards); use `_all` to delete all aliases for the specified indices. */
  name: string | readonly string[]
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.delete_data_lifecycle`. */
export interface IndicesDeleteDataLifecycleParams extends CommonParams {
  /** A comma-separated list of data streams of which the data stream lifecycle will be deleted; use `*` to get all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.delete_data_stream`. */
export interface IndicesDeleteDataStreamParams extends CommonParams {
  /** A comma-separated list of data streams to delete; use `*` to delete all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.delete_data_stream_options`. */
export interface IndicesDeleteDataStreamOptionsParams extends CommonParams {
  /** A comma-separated list of data streams of which the data stream options will be deleted; use `*` to get all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.delete_index_template`. */
export interface IndicesDeleteIndexTemplateParams extends CommonParams {
  /** Comma-separated list of index template names used to limit the request. Wildcard (*) expressions are supported. */
  name: string | readonly string[]
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.delete_template`. */
export interface IndicesDeleteTemplateParams extends CommonParams {
  /** The name of the template */
  name: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.disk_usage`. */
export interface IndicesDiskUsageParams extends CommonParams {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. It’s recommended to execute this API with a single index (or the latest backing index of a data stream) as the API consumes resources significantly. */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether flush or not before analyzing the index disk usage. Defaults to true
   * Default: `true`.
   */
  flush?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Must be set to [true] in order for the task to be performed. Defaults to false.
   * Default: `false`.
   */
  run_expensive_tasks?: boolean
}

/** Parameters of `indices.downsample`. */
export interface IndicesDownsampleParams extends CommonBodyParams {
  /** The index to downsample */
  index: string
  /** The name of the target index to store downsampled data */
  target_index: string
}

/** Parameters of `indices.exists`. */
export interface IndicesExistsParams extends CommonParams {
  /** A comma-separated list of index names */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Ignore unavailable indexes (default: false)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Whether to return all default setting for each of the indices.
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
}

/** Parameters of `indices.exists_alias`. */
export interface IndicesExistsAliasParams extends CommonParams {
  /** A comma-separated list of index names to filter aliases */
  index?: string | readonly string[]
  /** A comma-separated list of alias names to return */
  name: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.exists_index_template`. */
export interface IndicesExistsIndexTemplateParams extends CommonParams {
  /** The name of the template */
  name: string
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
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
}

/** Parameters of `indices.exists_template`. */
export interface IndicesExistsTemplateParams extends CommonParams {
  /** The comma separated names of the index templates */
  name: string | readonly string[]
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   * @deprecated This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.explain_data_lifecycle`. */
export interface IndicesExplainDataLifecycleParams extends CommonParams {
  /** Comma-separated list of index names to explain */
  index: string | readonly string[]
  /**
   * indicates if the API should return the default values the system uses for the index's lifecycle
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.field_usage_stats`. */
export interface IndicesFieldUsageStatsParams extends CommonParams {
  /** Comma-separated list or wildcard expression of index names used to limit the request. */
  index: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /** A comma-separated list of fields to include in the stats if only a subset of fields should be returned (supports wildcards) */
  fields?: string | readonly string[]
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `indices.flush`. */
export interface IndicesFlushParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string for all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether a flush should be forced even if it is not necessarily needed ie. if no changes will be committed to the index. This is useful if transaction log IDs should be incremented even if no uncommitted changes are present. (This setting can be considered as internal)
   * Default: `true`.
   */
  force?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * If set to true the flush operation will block until the flush can be executed if another flush operation is already executing. The default is true. If set to false the flush will be skipped iff if another flush operation is already running.
   * Default: `true`.
   */
  wait_if_ongoing?: boolean
}

/** Parameters of `indices.forcemerge`. */
export interface IndicesForcemergeParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify whether the index should be flushed after performing the operation (default: true)
   * Default: `true`.
   */
  flush?: boolean
  /** Whether specified concrete indices should be ignored when unavailable (missing or closed) */
  ignore_unavailable?: boolean
  /** The number of segments the index should be merged into (default: dynamic) */
  max_num_segments?: number
  /**
   * Specify whether the operation should only expunge deleted documents
   * Default: `false`.
   */
  only_expunge_deletes?: boolean
  /**
   * Should the request wait until the force merge is completed.
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `indices.get`. */
export interface IndicesGetParams extends CommonParams {
  /** A comma-separated list of index names */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Return only information on specified index features
   * Default: `"['aliases', 'mappings', 'settings']"`.
   */
  features?: 'aliases' | 'mappings' | 'settings' | ReadonlyArray<'aliases' | 'mappings' | 'settings'>
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Ignore unavailable indexes (default: false)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Whether to return all default setting for each of the indices.
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_alias`. */
export interface IndicesGetAliasParams extends CommonParams {
  /** A comma-separated list of index names to filter aliases */
  index?: string | readonly string[]
  /** A comma-separated list of alias names to return */
  name?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_data_lifecycle`. */
export interface IndicesGetDataLifecycleParams extends CommonParams {
  /** A comma-separated list of data streams to get; use `*` to get all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Return all relevant default configurations for the data stream (default: false)
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_data_lifecycle_stats`. */
export interface IndicesGetDataLifecycleStatsParams extends CommonParams {
}

/** Parameters of `indices.get_data_stream`. */
export interface IndicesGetDataStreamParams extends CommonParams {
  /** A comma-separated list of data streams to get; use `*` to get all data streams */
  name?: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Return all relevant default configurations for the data stream (default: false)
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Whether the maximum timestamp for each data stream should be calculated and returned (default: false)
   * Default: `false`.
   */
  verbose?: boolean
}

/** Parameters of `indices.get_data_stream_mappings`. */
export interface IndicesGetDataStreamMappingsParams extends CommonParams {
  /** A comma-separated list of data streams or data stream patterns. Supports wildcards (`*`). */
  name: string | readonly string[]
  /**
   * Period to wait for a connection to the master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_data_stream_options`. */
export interface IndicesGetDataStreamOptionsParams extends CommonParams {
  /** A comma-separated list of data streams to get; use `*` to get all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_data_stream_settings`. */
export interface IndicesGetDataStreamSettingsParams extends CommonParams {
  /** A comma-separated list of data streams or data stream patterns. Supports wildcards (`*`). */
  name: string | readonly string[]
  /**
   * Period to wait for a connection to the master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_field_mapping`. */
export interface IndicesGetFieldMappingParams extends CommonParams {
  /** A comma-separated list of fields */
  fields: string | readonly string[]
  /** A comma-separated list of index names */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Whether the default mapping values should be returned as well
   * Default: `false`.
   */
  include_defaults?: boolean
}

/** Parameters of `indices.get_index_template`. */
export interface IndicesGetIndexTemplateParams extends CommonParams {
  /** A pattern that returned template names must match */
  name?: string
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Return all relevant default configurations for the index template (default: false)
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   * @deprecated This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_mapping`. */
export interface IndicesGetMappingParams extends CommonParams {
  /** A comma-separated list of index names */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   * @deprecated This parameter is a no-op and field mappings are always retrieved locally.
   */
  local?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_migrate_reindex_status`. */
export interface IndicesGetMigrateReindexStatusParams extends CommonParams {
  /** Comma-separated list of index or data stream names. */
  index: string | readonly string[]
}

/** Parameters of `indices.get_settings`. */
export interface IndicesGetSettingsParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** The name of the settings that should be included */
  name?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Whether to return all default setting for each of the indices.
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   * @deprecated This parameter is a no-op and settings are always retrieved locally.
   */
  local?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.get_template`. */
export interface IndicesGetTemplateParams extends CommonParams {
  /** The comma separated names of the index templates */
  name?: string | readonly string[]
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   * @deprecated This parameter is a no-op and templates are always retrieved locally.
   */
  local?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.migrate_reindex`. */
export interface IndicesMigrateReindexParams extends CommonBodyParams {
}

/** Parameters of `indices.migrate_to_data_stream`. */
export interface IndicesMigrateToDataStreamParams extends CommonParams {
  /** The name of the alias to migrate */
  name: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Specify timeout for acknowledging the cluster state update
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.modify_data_stream`. */
export interface IndicesModifyDataStreamParams extends CommonBodyParams {
}

/** Parameters of `indices.open`. */
export interface IndicesOpenParams extends CommonParams {
  /** A comma separated list of indices to open */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"closed"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Sets the number of active shards to wait for before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
}

/** Parameters of `indices.promote_data_stream`. */
export interface IndicesPromoteDataStreamParams extends CommonParams {
  /** The name of the data stream */
  name: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.put_alias`. */
export interface IndicesPutAliasParams extends CommonBodyParams {
  /** A comma-separated list of index names the alias should point to (supports wildcards); use `_all` to perform the operation on all indices. */
  index: string | readonly string[]
  /** The name of the alias to be created or updated */
  name: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_data_lifecycle`. */
export interface IndicesPutDataLifecycleParams extends CommonBodyParams {
  /** A comma-separated list of data streams whose lifecycle will be updated; use `*` to set the lifecycle to all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_data_stream_mappings`. */
export interface IndicesPutDataStreamMappingsParams extends CommonBodyParams {
  /** A comma-separated list of data streams or data stream patterns. */
  name: string | readonly string[]
  /**
   * Whether this request should only be a dry run rather than actually applying mappings
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * Period to wait for a connection to the master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Period to wait for a response
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_data_stream_options`. */
export interface IndicesPutDataStreamOptionsParams extends CommonBodyParams {
  /** A comma-separated list of data streams whose options will be updated; use `*` to set the options to all data streams */
  name: string | readonly string[]
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit timestamp for the document
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_data_stream_settings`. */
export interface IndicesPutDataStreamSettingsParams extends CommonBodyParams {
  /** A comma-separated list of data streams or data stream patterns. */
  name: string | readonly string[]
  /**
   * Whether this request should only be a dry run rather than actually applying settings
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * Period to wait for a connection to the master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Period to wait for a response
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_index_template`. */
export interface IndicesPutIndexTemplateParams extends CommonBodyParams {
  /** The name of the template */
  name: string
  /**
   * User defined reason for creating/updating the index template
   * Default: `"api"`.
   */
  cause?: string | BodyValue
  /**
   * Whether the index template should only be added if new or can also replace an existing one
   * Default: `false`.
   */
  create?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.put_mapping`. */
export interface IndicesPutMappingParams extends CommonBodyParams {
  /** A comma-separated list of index names the mapping should be added to (supports wildcards); use `_all` or omit to add the mapping on all indices. */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * When true, applies mappings only to the write index of an alias or data stream
   * Default: `false`.
   */
  write_index_only?: boolean
}

/** Parameters of `indices.put_settings`. */
export interface IndicesPutSettingsParams extends CommonBodyParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `false`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Whether to update existing settings. If set to `true` existing settings on an index remain unchanged, the default is `false`
   * Default: `false`.
   */
  preserve_existing?: boolean
  /**
   * Whether to close and reopen the index to apply non-dynamic settings. If set to `true` the indices to which the settings are being applied will be closed temporarily and then reopened in order to apply the changes. The default is `false`
   * Default: `false`.
   */
  reopen?: boolean
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.put_template`. */
export interface IndicesPutTemplateParams extends CommonBodyParams {
  /** The name of the template */
  name: string
  /**
   * User defined reason for creating/updating the index template
   * Default: `""`.
   */
  cause?: string | BodyValue
  /**
   * Whether the index template should only be added if new or can also replace an existing one
   * Default: `false`.
   */
  create?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** The order for this template when merging multiple matching ones (higher numbers are merged later, overriding the lower numbers) */
  order?: number
}

/** Parameters of `indices.recovery`. */
export interface IndicesRecoveryParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Display only those recoveries that are currently on-going
   * Default: `false`.
   */
  active_only?: boolean
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to display detailed information about shard recovery
   * Default: `false`.
   */
  detailed?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `indices.refresh`. */
export interface IndicesRefreshParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `indices.reload_search_analyzers`. */
export interface IndicesReloadSearchAnalyzersParams extends CommonParams {
  /** A comma-separated list of index names to reload analyzers for */
  index: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /** Whether specified concrete indices should be ignored when unavailable (missing or closed) */
  ignore_unavailable?: boolean
  /** changed resource to reload analyzers from if applicable */
  resource?: string
}

/** Parameters of `indices.remove_block`. */
export interface IndicesRemoveBlockParams extends CommonParams {
  /** The block to remove (one of read, write, read_only or metadata) */
  block: 'metadata' | 'read' | 'read_only' | 'write'
  /** A comma separated list of indices to remove a block from */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.resolve_cluster`. */
export interface IndicesResolveClusterParams extends CommonParams {
  /** A comma-separated list of cluster:index names or wildcard expressions */
  name?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. Only allowed when providing an index expression.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open). Only allowed when providing an index expression.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled. Only allowed when providing an index expression.
   * Default: `false`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed). Only allowed when providing an index expression.
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** The maximum time to wait for remote clusters to respond */
  timeout?: string
}

/** Parameters of `indices.resolve_index`. */
export interface IndicesResolveIndexParams extends CommonParams {
  /** A comma-separated list of names or wildcard expressions */
  name: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether wildcard expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** Filter indices by index mode. Comma-separated list of IndexMode. Empty means no filter. */
  mode?: 'standard' | 'time_series' | 'logsdb' | 'lookup' | ReadonlyArray<'standard' | 'time_series' | 'logsdb' | 'lookup'>
}

/** Parameters of `indices.rollover`. */
export interface IndicesRolloverParams extends CommonBodyParams {
  /** The name of the alias to rollover */
  alias: string
  /** The name of the rollover index */
  new_index?: string
  /**
   * If set to true the rollover action will only be validated but not actually performed even if a condition matches. The default is false
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * If set to true, the rollover action will only mark a data stream to signal that it needs to be rolled over at the next write. Only allowed on data streams.
   * Default: `false`.
   */
  lazy?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Set the number of active shards to wait for on the newly created rollover index before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `indices.segments`. */
export interface IndicesSegmentsParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `indices.shard_stores`. */
export interface IndicesShardStoresParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** A comma-separated list of statuses used to filter on shards to get store information for */
  status?: 'green' | 'yellow' | 'red' | 'all' | ReadonlyArray<'green' | 'yellow' | 'red' | 'all'>
}

/** Parameters of `indices.shrink`. */
export interface IndicesShrinkParams extends CommonBodyParams {
  /** The name of the source index to shrink */
  index: string
  /** The name of the target index to shrink into */
  target: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Set the number of active shards to wait for on the shrunken index before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `indices.simulate_index_template`. */
export interface IndicesSimulateIndexTemplateParams extends CommonBodyParams {
  /** The name of the index (it must be a concrete index name) */
  name: string
  /**
   * User defined reason for dry-run creating the new template for simulation purposes
   * Default: `"false"`.
   */
  cause?: string | BodyValue
  /**
   * Whether the index template we optionally defined in the body should only be dry-run added if new or can also replace an existing one
   * Default: `false`.
   */
  create?: boolean
  /**
   * Return all relevant default configurations for this index template simulation (default: false)
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.simulate_template`. */
export interface IndicesSimulateTemplateParams extends CommonBodyParams {
  /** The name of the index template */
  name?: string
  /**
   * User defined reason for dry-run creating the new template for simulation purposes
   * Default: `"false"`.
   */
  cause?: string | BodyValue
  /**
   * Whether the index template we optionally defined in the body should only be dry-run added if new or can also replace an existing one
   * Default: `false`.
   */
  create?: boolean
  /**
   * Return all relevant default configurations for this template simulation (default: false)
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `indices.split`. */
export interface IndicesSplitParams extends CommonBodyParams {
  /** The name of the source index to split */
  index: string
  /** The name of the target index to split into */
  target: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Set the number of active shards to wait for on the shrunken index before the operation returns.
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `indices.stats`. */
export interface IndicesStatsParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** Limit the information returned the specific metrics. */
  metric?: '_all' | 'completion' | 'docs' | 'fielddata' | 'query_cache' | 'flush' | 'get' | 'indexing' | 'mappings' | 'merge' | 'recovery' | 'request_cache' | 'refresh' | 'search' | 'segments' | 'shard_stats' | 'store' | 'translog' | 'warmer' | 'bulk' | 'dense_vector' | 'sparse_vector' | ReadonlyArray<'_all' | 'completion' | 'docs' | 'fielddata' | 'query_cache' | 'flush' | 'get' | 'indexing' | 'mappings' | 'merge' | 'recovery' | 'request_cache' | 'refresh' | 'search' | 'segments' | 'shard_stats' | 'store' | 'translog' | 'warmer' | 'bulk' | 'dense_vector' | 'sparse_vector'>
  /** A comma-separated list of fields for the `completion` index metric (supports wildcards) */
  completion_fields?: string | readonly string[]
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /** A comma-separated list of fields for the `fielddata` index metric (supports wildcards) */
  fielddata_fields?: string | readonly string[]
  /** A comma-separated list of fields for `fielddata` and `completion` index metric (supports wildcards) */
  fields?: string | readonly string[]
  /**
   * If set to false stats will also collected from closed indices if explicitly specified or if expand_wildcards expands to closed indices
   * Default: `true`.
   */
  forbid_closed_indices?: boolean
  /** A comma-separated list of search groups for `search` index metric */
  groups?: string | readonly string[]
  /**
   * Whether to report the aggregated disk usage of each one of the Lucene index files (only applies if segment stats are requested)
   * Default: `false`.
   */
  include_segment_file_sizes?: boolean
  /**
   * If set to true segment stats will include stats for segments that are not currently loaded into memory
   * Default: `false`.
   */
  include_unloaded_segments?: boolean
  /**
   * Return stats aggregated at cluster, index or shard level
   * Default: `"indices"`.
   */
  level?: 'cluster' | 'indices' | 'shards'
}

/** Parameters of `indices.update_aliases`. */
export interface IndicesUpdateAliasesParams extends CommonBodyParams {
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Request timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `indices.validate_query`. */
export interface IndicesValidateQueryParams extends CommonBodyParams {
  /** A comma-separated list of index names to restrict the operation; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Execute validation on all shards instead of one random shard per index
   * Default: `false`.
   */
  all_shards?: boolean
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Specify whether wildcard and prefix queries should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string */
  analyzer?: string | BodyValue
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The field to use as default where no field prefix is given in the query string */
  df?: string | BodyValue
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Return detailed information about the error
   * Default: `false`.
   */
  explain?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /**
   * Provide a more detailed explanation showing the actual Lucene query that will be executed.
   * Default: `false`.
   */
  rewrite?: boolean
}

const E = endpoints

/** The `indices` APIs, reached as `client.indices`. */
export class IndicesApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Add an index block
   * `PUT /{index}/_block/{block}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-add-block
   */
  addBlock<TResponse = unknown>(params: IndicesAddBlockParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  addBlock<TResponse = unknown>(params: IndicesAddBlockParams, options?: RequestOptions): Promise<TResponse>
  addBlock(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.add_block, params, options)
  }

  /**
   * Get tokens from text analysis
   * `GET|POST /_analyze`
   * `GET|POST /{index}/_analyze`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-analyze
   */
  analyze<TResponse = unknown>(params: IndicesAnalyzeParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  analyze<TResponse = unknown>(params: IndicesAnalyzeParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  analyze(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.analyze, params, options)
  }

  /**
   * Cancel a migration reindex operation
   * `POST /_migration/reindex/{index}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-cancel-migrate-reindex
   */
  cancelMigrateReindex<TResponse = unknown>(params: IndicesCancelMigrateReindexParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  cancelMigrateReindex<TResponse = unknown>(params: IndicesCancelMigrateReindexParams, options?: RequestOptions): Promise<TResponse>
  cancelMigrateReindex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.cancel_migrate_reindex, params, options)
  }

  /**
   * Clear the cache
   * `POST /_cache/clear`
   * `POST /{index}/_cache/clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clear-cache
   */
  clearCache<TResponse = unknown>(params: IndicesClearCacheParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCache<TResponse = unknown>(params?: IndicesClearCacheParams, options?: RequestOptions): Promise<TResponse>
  clearCache(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cache, params, options)
  }

  /**
   * Clone an index
   * `PUT|POST /{index}/_clone/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clone
   */
  clone<TResponse = unknown>(params: IndicesCloneParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  clone<TResponse = unknown>(params: IndicesCloneParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  clone(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clone, params, options)
  }

  /**
   * Close an index
   * `POST /{index}/_close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-close
   */
  close<TResponse = unknown>(params: IndicesCloseParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  close<TResponse = unknown>(params: IndicesCloseParams, options?: RequestOptions): Promise<TResponse>
  close(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.close, params, options)
  }

  /**
   * Create an index
   * `PUT /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create
   */
  create<TResponse = unknown>(params: IndicesCreateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  create<TResponse = unknown>(params: IndicesCreateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  create(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create, params, options)
  }

  /**
   * Create a data stream
   * `PUT /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-data-stream
   */
  createDataStream<TResponse = unknown>(params: IndicesCreateDataStreamParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  createDataStream<TResponse = unknown>(params: IndicesCreateDataStreamParams, options?: RequestOptions): Promise<TResponse>
  createDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_data_stream, params, options)
  }

  /**
   * Create an index from a source index
   * `PUT|POST /_create_from/{source}/{dest}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-from
   */
  createFrom<TResponse = unknown>(params: IndicesCreateFromParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createFrom<TResponse = unknown>(params: IndicesCreateFromParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createFrom(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_from, params, options)
  }

  /**
   * Get data stream stats
   * `GET /_data_stream/_stats`
   * `GET /_data_stream/{name}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-data-streams-stats-1
   */
  dataStreamsStats<TResponse = unknown>(params: IndicesDataStreamsStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  dataStreamsStats<TResponse = unknown>(params?: IndicesDataStreamsStatsParams, options?: RequestOptions): Promise<TResponse>
  dataStreamsStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.data_streams_stats, params, options)
  }

  /**
   * Delete indices
   * `DELETE /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete
   */
  delete<TResponse = unknown>(params: IndicesDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: IndicesDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Delete an alias
   * `DELETE /{index}/_alias/{name}`
   * `DELETE /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-alias
   */
  deleteAlias<TResponse = unknown>(params: IndicesDeleteAliasParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteAlias<TResponse = unknown>(params: IndicesDeleteAliasParams, options?: RequestOptions): Promise<TResponse>
  deleteAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_alias, params, options)
  }

  /**
   * Delete data stream lifecycles
   * `DELETE /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-lifecycle
   */
  deleteDataLifecycle<TResponse = unknown>(params: IndicesDeleteDataLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataLifecycle<TResponse = unknown>(params: IndicesDeleteDataLifecycleParams, options?: RequestOptions): Promise<TResponse>
  deleteDataLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_data_lifecycle, params, options)
  }

  /**
   * Delete data streams
   * `DELETE /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream
   */
  deleteDataStream<TResponse = unknown>(params: IndicesDeleteDataStreamParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataStream<TResponse = unknown>(params: IndicesDeleteDataStreamParams, options?: RequestOptions): Promise<TResponse>
  deleteDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_data_stream, params, options)
  }

  /**
   * Delete data stream options
   * `DELETE /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream-options
   */
  deleteDataStreamOptions<TResponse = unknown>(params: IndicesDeleteDataStreamOptionsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataStreamOptions<TResponse = unknown>(params: IndicesDeleteDataStreamOptionsParams, options?: RequestOptions): Promise<TResponse>
  deleteDataStreamOptions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_data_stream_options, params, options)
  }

  /**
   * Delete an index template
   * `DELETE /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-index-template
   */
  deleteIndexTemplate<TResponse = unknown>(params: IndicesDeleteIndexTemplateParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteIndexTemplate<TResponse = unknown>(params: IndicesDeleteIndexTemplateParams, options?: RequestOptions): Promise<TResponse>
  deleteIndexTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_index_template, params, options)
  }

  /**
   * Delete a legacy index template
   * `DELETE /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-template
   * @deprecated Legacy index templates are deprecated in favor of composable templates
   */
  deleteTemplate<TResponse = unknown>(params: IndicesDeleteTemplateParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteTemplate<TResponse = unknown>(params: IndicesDeleteTemplateParams, options?: RequestOptions): Promise<TResponse>
  deleteTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_template, params, options)
  }

  /**
   * Analyze the index disk usage
   * `POST /{index}/_disk_usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-disk-usage
   */
  diskUsage<TResponse = unknown>(params: IndicesDiskUsageParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  diskUsage<TResponse = unknown>(params: IndicesDiskUsageParams, options?: RequestOptions): Promise<TResponse>
  diskUsage(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.disk_usage, params, options)
  }

  /**
   * Downsample an index
   * `POST /{index}/_downsample/{target_index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-downsample
   */
  downsample<TResponse = unknown>(params: IndicesDownsampleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  downsample<TResponse = unknown>(params: IndicesDownsampleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  downsample(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.downsample, params, options)
  }

  /**
   * Check indices
   * `HEAD /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists
   */
  exists(params: IndicesExistsParams, options: MetaOptions): Promise<TransportResult<boolean>>
  exists(params: IndicesExistsParams, options?: RequestOptions): Promise<boolean>
  exists(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists, params, options)
  }

  /**
   * Check aliases
   * `HEAD /_alias/{name}`
   * `HEAD /{index}/_alias/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-alias
   */
  existsAlias(params: IndicesExistsAliasParams, options: MetaOptions): Promise<TransportResult<boolean>>
  existsAlias(params: IndicesExistsAliasParams, options?: RequestOptions): Promise<boolean>
  existsAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists_alias, params, options)
  }

  /**
   * Check index templates
   * `HEAD /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-index-template
   */
  existsIndexTemplate(params: IndicesExistsIndexTemplateParams, options: MetaOptions): Promise<TransportResult<boolean>>
  existsIndexTemplate(params: IndicesExistsIndexTemplateParams, options?: RequestOptions): Promise<boolean>
  existsIndexTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists_index_template, params, options)
  }

  /**
   * Check existence of index templates
   * `HEAD /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-template
   */
  existsTemplate(params: IndicesExistsTemplateParams, options: MetaOptions): Promise<TransportResult<boolean>>
  existsTemplate(params: IndicesExistsTemplateParams, options?: RequestOptions): Promise<boolean>
  existsTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists_template, params, options)
  }

  /**
   * Get the status for a data stream lifecycle
   * `GET /{index}/_lifecycle/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-explain-data-lifecycle
   */
  explainDataLifecycle<TResponse = unknown>(params: IndicesExplainDataLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  explainDataLifecycle<TResponse = unknown>(params: IndicesExplainDataLifecycleParams, options?: RequestOptions): Promise<TResponse>
  explainDataLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.explain_data_lifecycle, params, options)
  }

  /**
   * Get field usage stats
   * `GET /{index}/_field_usage_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-field-usage-stats
   */
  fieldUsageStats<TResponse = unknown>(params: IndicesFieldUsageStatsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  fieldUsageStats<TResponse = unknown>(params: IndicesFieldUsageStatsParams, options?: RequestOptions): Promise<TResponse>
  fieldUsageStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.field_usage_stats, params, options)
  }

  /**
   * Flush data streams or indices
   * `POST|GET /_flush`
   * `POST|GET /{index}/_flush`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-flush
   */
  flush<TResponse = unknown>(params: IndicesFlushParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  flush<TResponse = unknown>(params?: IndicesFlushParams, options?: RequestOptions): Promise<TResponse>
  flush(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.flush, params, options)
  }

  /**
   * Force a merge
   * `POST /_forcemerge`
   * `POST /{index}/_forcemerge`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-forcemerge
   */
  forcemerge<TResponse = unknown>(params: IndicesForcemergeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  forcemerge<TResponse = unknown>(params?: IndicesForcemergeParams, options?: RequestOptions): Promise<TResponse>
  forcemerge(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.forcemerge, params, options)
  }

  /**
   * Get index information
   * `GET /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get
   */
  get<TResponse = unknown>(params: IndicesGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: IndicesGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get aliases
   * `GET /_alias`
   * `GET /_alias/{name}`
   * `GET /{index}/_alias/{name}`
   * `GET /{index}/_alias`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-alias
   */
  getAlias<TResponse = unknown>(params: IndicesGetAliasParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAlias<TResponse = unknown>(params?: IndicesGetAliasParams, options?: RequestOptions): Promise<TResponse>
  getAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_alias, params, options)
  }

  /**
   * Get data stream lifecycles
   * `GET /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle
   */
  getDataLifecycle<TResponse = unknown>(params: IndicesGetDataLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataLifecycle<TResponse = unknown>(params: IndicesGetDataLifecycleParams, options?: RequestOptions): Promise<TResponse>
  getDataLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_lifecycle, params, options)
  }

  /**
   * Get data stream lifecycle stats
   * `GET /_lifecycle/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle-stats
   */
  getDataLifecycleStats<TResponse = unknown>(params: IndicesGetDataLifecycleStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataLifecycleStats<TResponse = unknown>(params?: IndicesGetDataLifecycleStatsParams, options?: RequestOptions): Promise<TResponse>
  getDataLifecycleStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_lifecycle_stats, params, options)
  }

  /**
   * Get data streams
   * `GET /_data_stream`
   * `GET /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream
   */
  getDataStream<TResponse = unknown>(params: IndicesGetDataStreamParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataStream<TResponse = unknown>(params?: IndicesGetDataStreamParams, options?: RequestOptions): Promise<TResponse>
  getDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_stream, params, options)
  }

  /**
   * Get data stream mappings
   * `GET /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-mappings
   */
  getDataStreamMappings<TResponse = unknown>(params: IndicesGetDataStreamMappingsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataStreamMappings<TResponse = unknown>(params: IndicesGetDataStreamMappingsParams, options?: RequestOptions): Promise<TResponse>
  getDataStreamMappings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_stream_mappings, params, options)
  }

  /**
   * Get data stream options
   * `GET /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-options
   */
  getDataStreamOptions<TResponse = unknown>(params: IndicesGetDataStreamOptionsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataStreamOptions<TResponse = unknown>(params: IndicesGetDataStreamOptionsParams, options?: RequestOptions): Promise<TResponse>
  getDataStreamOptions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_stream_options, params, options)
  }

  /**
   * Get data stream settings
   * `GET /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-settings
   */
  getDataStreamSettings<TResponse = unknown>(params: IndicesGetDataStreamSettingsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataStreamSettings<TResponse = unknown>(params: IndicesGetDataStreamSettingsParams, options?: RequestOptions): Promise<TResponse>
  getDataStreamSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_stream_settings, params, options)
  }

  /**
   * Get mapping definitions
   * `GET /_mapping/field/{fields}`
   * `GET /{index}/_mapping/field/{fields}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  getFieldMapping<TResponse = unknown>(params: IndicesGetFieldMappingParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getFieldMapping<TResponse = unknown>(params: IndicesGetFieldMappingParams, options?: RequestOptions): Promise<TResponse>
  getFieldMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_field_mapping, params, options)
  }

  /**
   * Get index templates
   * `GET /_index_template`
   * `GET /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-index-template
   */
  getIndexTemplate<TResponse = unknown>(params: IndicesGetIndexTemplateParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getIndexTemplate<TResponse = unknown>(params?: IndicesGetIndexTemplateParams, options?: RequestOptions): Promise<TResponse>
  getIndexTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_index_template, params, options)
  }

  /**
   * Get mapping definitions
   * `GET /_mapping`
   * `GET /{index}/_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  getMapping<TResponse = unknown>(params: IndicesGetMappingParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getMapping<TResponse = unknown>(params?: IndicesGetMappingParams, options?: RequestOptions): Promise<TResponse>
  getMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_mapping, params, options)
  }

  /**
   * Get the migration reindexing status
   * `GET /_migration/reindex/{index}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-migration
   */
  getMigrateReindexStatus<TResponse = unknown>(params: IndicesGetMigrateReindexStatusParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getMigrateReindexStatus<TResponse = unknown>(params: IndicesGetMigrateReindexStatusParams, options?: RequestOptions): Promise<TResponse>
  getMigrateReindexStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_migrate_reindex_status, params, options)
  }

  /**
   * Get index settings
   * `GET /_settings`
   * `GET /{index}/_settings`
   * `GET /{index}/_settings/{name}`
   * `GET /_settings/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-settings
   */
  getSettings<TResponse = unknown>(params: IndicesGetSettingsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSettings<TResponse = unknown>(params?: IndicesGetSettingsParams, options?: RequestOptions): Promise<TResponse>
  getSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_settings, params, options)
  }

  /**
   * Get legacy index templates
   * `GET /_template`
   * `GET /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-template
   * @deprecated Legacy index templates are deprecated in favor of composable templates
   */
  getTemplate<TResponse = unknown>(params: IndicesGetTemplateParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTemplate<TResponse = unknown>(params?: IndicesGetTemplateParams, options?: RequestOptions): Promise<TResponse>
  getTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_template, params, options)
  }

  /**
   * Reindex legacy backing indices
   * `POST /_migration/reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-reindex
   */
  migrateReindex<TResponse = unknown>(params: IndicesMigrateReindexParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  migrateReindex<TResponse = unknown>(params: IndicesMigrateReindexParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  migrateReindex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.migrate_reindex, params, options)
  }

  /**
   * Convert an index alias to a data stream
   * `POST /_data_stream/_migrate/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-to-data-stream
   */
  migrateToDataStream<TResponse = unknown>(params: IndicesMigrateToDataStreamParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  migrateToDataStream<TResponse = unknown>(params: IndicesMigrateToDataStreamParams, options?: RequestOptions): Promise<TResponse>
  migrateToDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.migrate_to_data_stream, params, options)
  }

  /**
   * Update data streams
   * `POST /_data_stream/_modify`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-modify-data-stream
   */
  modifyDataStream<TResponse = unknown>(params: IndicesModifyDataStreamParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  modifyDataStream<TResponse = unknown>(params: IndicesModifyDataStreamParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  modifyDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.modify_data_stream, params, options)
  }

  /**
   * Open a closed index
   * `POST /{index}/_open`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-open
   */
  open<TResponse = unknown>(params: IndicesOpenParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  open<TResponse = unknown>(params: IndicesOpenParams, options?: RequestOptions): Promise<TResponse>
  open(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.open, params, options)
  }

  /**
   * Promote a data stream
   * `POST /_data_stream/_promote/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-promote-data-stream
   */
  promoteDataStream<TResponse = unknown>(params: IndicesPromoteDataStreamParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  promoteDataStream<TResponse = unknown>(params: IndicesPromoteDataStreamParams, options?: RequestOptions): Promise<TResponse>
  promoteDataStream(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.promote_data_stream, params, options)
  }

  /**
   * Create or update an alias
   * `PUT|POST /{index}/_alias/{name}`
   * `PUT|POST /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-alias
   */
  putAlias<TResponse = unknown>(params: IndicesPutAliasParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAlias<TResponse = unknown>(params: IndicesPutAliasParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_alias, params, options)
  }

  /**
   * Update data stream lifecycles
   * `PUT /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-lifecycle
   */
  putDataLifecycle<TResponse = unknown>(params: IndicesPutDataLifecycleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataLifecycle<TResponse = unknown>(params: IndicesPutDataLifecycleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_lifecycle, params, options)
  }

  /**
   * Update data stream mappings
   * `PUT /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-mappings
   */
  putDataStreamMappings<TResponse = unknown>(params: IndicesPutDataStreamMappingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataStreamMappings<TResponse = unknown>(params: IndicesPutDataStreamMappingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataStreamMappings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_stream_mappings, params, options)
  }

  /**
   * Update data stream options
   * `PUT /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-options
   */
  putDataStreamOptions<TResponse = unknown>(params: IndicesPutDataStreamOptionsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataStreamOptions<TResponse = unknown>(params: IndicesPutDataStreamOptionsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataStreamOptions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_stream_options, params, options)
  }

  /**
   * Update data stream settings
   * `PUT /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-settings
   */
  putDataStreamSettings<TResponse = unknown>(params: IndicesPutDataStreamSettingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataStreamSettings<TResponse = unknown>(params: IndicesPutDataStreamSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataStreamSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_stream_settings, params, options)
  }

  /**
   * Create or update an index template
   * `PUT|POST /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-index-template
   */
  putIndexTemplate<TResponse = unknown>(params: IndicesPutIndexTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putIndexTemplate<TResponse = unknown>(params: IndicesPutIndexTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putIndexTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_index_template, params, options)
  }

  /**
   * Update field mappings
   * `PUT|POST /{index}/_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-mapping
   */
  putMapping<TResponse = unknown>(params: IndicesPutMappingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putMapping<TResponse = unknown>(params: IndicesPutMappingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_mapping, params, options)
  }

  /**
   * Update index settings
   * `PUT /_settings`
   * `PUT /{index}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-settings
   */
  putSettings<TResponse = unknown>(params: IndicesPutSettingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putSettings<TResponse = unknown>(params: IndicesPutSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_settings, params, options)
  }

  /**
   * Create or update a legacy index template
   * `PUT|POST /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-template
   * @deprecated Legacy index templates are deprecated in favor of composable templates
   */
  putTemplate<TResponse = unknown>(params: IndicesPutTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTemplate<TResponse = unknown>(params: IndicesPutTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_template, params, options)
  }

  /**
   * Get index recovery information
   * `GET /_recovery`
   * `GET /{index}/_recovery`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-recovery
   */
  recovery<TResponse = unknown>(params: IndicesRecoveryParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  recovery<TResponse = unknown>(params?: IndicesRecoveryParams, options?: RequestOptions): Promise<TResponse>
  recovery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.recovery, params, options)
  }

  /**
   * Refresh an index
   * `POST|GET /_refresh`
   * `POST|GET /{index}/_refresh`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-refresh
   */
  refresh<TResponse = unknown>(params: IndicesRefreshParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  refresh<TResponse = unknown>(params?: IndicesRefreshParams, options?: RequestOptions): Promise<TResponse>
  refresh(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.refresh, params, options)
  }

  /**
   * Reload search analyzers
   * `GET|POST /{index}/_reload_search_analyzers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-reload-search-analyzers
   */
  reloadSearchAnalyzers<TResponse = unknown>(params: IndicesReloadSearchAnalyzersParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  reloadSearchAnalyzers<TResponse = unknown>(params: IndicesReloadSearchAnalyzersParams, options?: RequestOptions): Promise<TResponse>
  reloadSearchAnalyzers(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reload_search_analyzers, params, options)
  }

  /**
   * Remove an index block
   * `DELETE /{index}/_block/{block}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-remove-block
   */
  removeBlock<TResponse = unknown>(params: IndicesRemoveBlockParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  removeBlock<TResponse = unknown>(params: IndicesRemoveBlockParams, options?: RequestOptions): Promise<TResponse>
  removeBlock(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.remove_block, params, options)
  }

  /**
   * Resolve the cluster
   * `GET /_resolve/cluster`
   * `GET /_resolve/cluster/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-cluster
   */
  resolveCluster<TResponse = unknown>(params: IndicesResolveClusterParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  resolveCluster<TResponse = unknown>(params?: IndicesResolveClusterParams, options?: RequestOptions): Promise<TResponse>
  resolveCluster(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.resolve_cluster, params, options)
  }

  /**
   * Resolve indices
   * `GET /_resolve/index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-index
   */
  resolveIndex<TResponse = unknown>(params: IndicesResolveIndexParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  resolveIndex<TResponse = unknown>(params: IndicesResolveIndexParams, options?: RequestOptions): Promise<TResponse>
  resolveIndex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.resolve_index, params, options)
  }

  /**
   * Roll over to a new index
   * `POST /{alias}/_rollover`
   * `POST /{alias}/_rollover/{new_index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-rollover
   */
  rollover<TResponse = unknown>(params: IndicesRolloverParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  rollover<TResponse = unknown>(params: IndicesRolloverParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  rollover(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.rollover, params, options)
  }

  /**
   * Get index segments
   * `GET /_segments`
   * `GET /{index}/_segments`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-segments
   */
  segments<TResponse = unknown>(params: IndicesSegmentsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  segments<TResponse = unknown>(params?: IndicesSegmentsParams, options?: RequestOptions): Promise<TResponse>
  segments(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.segments, params, options)
  }

  /**
   * Get index shard stores
   * `GET /_shard_stores`
   * `GET /{index}/_shard_stores`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shard-stores
   */
  shardStores<TResponse = unknown>(params: IndicesShardStoresParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  shardStores<TResponse = unknown>(params?: IndicesShardStoresParams, options?: RequestOptions): Promise<TResponse>
  shardStores(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.shard_stores, params, options)
  }

  /**
   * Shrink an index
   * `PUT|POST /{index}/_shrink/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shrink
   */
  shrink<TResponse = unknown>(params: IndicesShrinkParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  shrink<TResponse = unknown>(params: IndicesShrinkParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  shrink(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.shrink, params, options)
  }

  /**
   * Simulate an index
   * `POST /_index_template/_simulate_index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-index-template
   */
  simulateIndexTemplate<TResponse = unknown>(params: IndicesSimulateIndexTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  simulateIndexTemplate<TResponse = unknown>(params: IndicesSimulateIndexTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  simulateIndexTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.simulate_index_template, params, options)
  }

  /**
   * Simulate an index template
   * `POST /_index_template/_simulate`
   * `POST /_index_template/_simulate/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-template
   */
  simulateTemplate<TResponse = unknown>(params: IndicesSimulateTemplateParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  simulateTemplate<TResponse = unknown>(params?: IndicesSimulateTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  simulateTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.simulate_template, params, options)
  }

  /**
   * Split an index
   * `PUT|POST /{index}/_split/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-split
   */
  split<TResponse = unknown>(params: IndicesSplitParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  split<TResponse = unknown>(params: IndicesSplitParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  split(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.split, params, options)
  }

  /**
   * Get index statistics
   * `GET /_stats`
   * `GET /_stats/{metric}`
   * `GET /{index}/_stats`
   * `GET /{index}/_stats/{metric}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-stats
   */
  stats<TResponse = unknown>(params: IndicesStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: IndicesStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }

  /**
   * Create or update an alias
   * `POST /_aliases`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-update-aliases
   */
  updateAliases<TResponse = unknown>(params: IndicesUpdateAliasesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateAliases<TResponse = unknown>(params: IndicesUpdateAliasesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateAliases(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_aliases, params, options)
  }

  /**
   * Validate a query
   * `GET|POST /_validate/query`
   * `GET|POST /{index}/_validate/query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-validate-query
   */
  validateQuery<TResponse = unknown>(params: IndicesValidateQueryParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  validateQuery<TResponse = unknown>(params?: IndicesValidateQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  validateQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.validate_query, params, options)
  }
}
