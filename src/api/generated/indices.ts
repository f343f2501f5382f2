// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, HeadCall, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `indices` endpoints, by method name. */
export const endpoints = endpointTable({
  addBlock: ['indices.add_block', 'PUT /{index}/_block/{block}', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout', 'none'],
  analyze: ['indices.analyze', 'GET,POST /{index}/_analyze|GET,POST /_analyze', 'index', 'fields analyzer attributes char_filter explain field filter normalizer text tokenizer'],
  cancelMigrateReindex: ['indices.cancel_migrate_reindex', 'POST /_migration/reindex/{index}/_cancel', '', 'none'],
  clearCache: ['indices.clear_cache', 'POST /{index}/_cache/clear|POST /_cache/clear', 'index allow_no_indices expand_wildcards fielddata fields ignore_unavailable query request', 'none'],
  clone: ['indices.clone', 'PUT,POST /{index}/_clone/{target}', 'master_timeout timeout wait_for_active_shards', 'fields aliases settings'],
  close: ['indices.close', 'POST /{index}/_close', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout wait_for_active_shards', 'none'],
  create: ['indices.create', 'PUT /{index}', 'master_timeout timeout wait_for_active_shards', 'fields aliases mappings settings'],
  createDataStream: ['indices.create_data_stream', 'PUT /_data_stream/{name}', 'master_timeout timeout', 'none'],
  createFrom: ['indices.create_from', 'PUT,POST /_create_from/{source}/{dest}', '', 'value create_from'],
  dataStreamsStats: ['indices.data_streams_stats', 'GET /_data_stream/{name}/_stats|GET /_data_stream/_stats', 'expand_wildcards', 'none'],
  delete: ['indices.delete', 'DELETE /{index}', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout', 'none'],
  deleteAlias: ['indices.delete_alias', 'DELETE /{index}/_alias/{name}|DELETE /{index}/_aliases/{name}', 'master_timeout timeout', 'none'],
  deleteDataLifecycle: ['indices.delete_data_lifecycle', 'DELETE /_data_stream/{name}/_lifecycle', 'expand_wildcards master_timeout timeout', 'none'],
  deleteDataStream: ['indices.delete_data_stream', 'DELETE /_data_stream/{name}', 'master_timeout expand_wildcards', 'none'],
  deleteDataStreamOptions: ['indices.delete_data_stream_options', 'DELETE /_data_stream/{name}/_options', 'expand_wildcards master_timeout timeout', 'none'],
  deleteIndexTemplate: ['indices.delete_index_template', 'DELETE /_index_template/{name}', 'master_timeout timeout', 'none'],
  deleteTemplate: ['indices.delete_template', 'DELETE /_template/{name}', 'master_timeout timeout', 'none'],
  diskUsage: ['indices.disk_usage', 'POST /{index}/_disk_usage', 'allow_no_indices expand_wildcards flush ignore_unavailable run_expensive_tasks', 'none'],
  downsample: ['indices.downsample', 'POST /{index}/_downsample/{target_index}', '', 'value config'],
  exists: ['indices.exists', 'HEAD /{index}', 'allow_no_indices expand_wildcards flat_settings ignore_unavailable include_defaults local', 'none'],
  existsAlias: ['indices.exists_alias', 'HEAD /{index}/_alias/{name}|HEAD /_alias/{name}', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout', 'none'],
  existsIndexTemplate: ['indices.exists_index_template', 'HEAD /_index_template/{name}', 'local flat_settings master_timeout', 'none'],
  existsTemplate: ['indices.exists_template', 'HEAD /_template/{name}', 'flat_settings local master_timeout', 'none'],
  explainDataLifecycle: ['indices.explain_data_lifecycle', 'GET /{index}/_lifecycle/explain', 'include_defaults master_timeout', 'none'],
  fieldUsageStats: ['indices.field_usage_stats', 'GET /{index}/_field_usage_stats', 'allow_no_indices expand_wildcards ignore_unavailable fields', 'none'],
  flush: ['indices.flush', 'POST,GET /{index}/_flush|POST,GET /_flush', 'allow_no_indices expand_wildcards force ignore_unavailable wait_if_ongoing', 'none'],
  forcemerge: ['indices.forcemerge', 'POST /{index}/_forcemerge|POST /_forcemerge', 'allow_no_indices expand_wildcards flush ignore_unavailable max_num_segments only_expunge_deletes wait_for_completion', 'none'],
  get: ['indices.get', 'GET /{index}', 'allow_no_indices expand_wildcards flat_settings ignore_unavailable include_defaults local master_timeout features', 'none'],
  getAlias: ['indices.get_alias', 'GET /{index}/_alias/{name}|GET /_alias/{name}|GET /{index}/_alias|GET /_alias', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout', 'none'],
  getDataLifecycle: ['indices.get_data_lifecycle', 'GET /_data_stream/{name}/_lifecycle', 'expand_wildcards include_defaults master_timeout', 'none'],
  getDataLifecycleStats: ['indices.get_data_lifecycle_stats', 'GET /_lifecycle/stats', '', 'none'],
  getDataStream: ['indices.get_data_stream', 'GET /_data_stream/{name}|GET /_data_stream', 'expand_wildcards include_defaults master_timeout verbose', 'none'],
  getDataStreamMappings: ['indices.get_data_stream_mappings', 'GET /_data_stream/{name}/_mappings', 'master_timeout', 'none'],
  getDataStreamOptions: ['indices.get_data_stream_options', 'GET /_data_stream/{name}/_options', 'expand_wildcards master_timeout', 'none'],
  getDataStreamSettings: ['indices.get_data_stream_settings', 'GET /_data_stream/{name}/_settings', 'master_timeout', 'none'],
  getFieldMapping: ['indices.get_field_mapping', 'GET /{index}/_mapping/field/{fields}|GET /_mapping/field/{fields}', 'allow_no_indices expand_wildcards ignore_unavailable include_defaults', 'none'],
  getIndexTemplate: ['indices.get_index_template', 'GET /_index_template/{name}|GET /_index_template', 'local flat_settings master_timeout include_defaults', 'none'],
  getMapping: ['indices.get_mapping', 'GET /{index}/_mapping|GET /_mapping', 'allow_no_indices expand_wildcards ignore_unavailable local master_timeout', 'none'],
  getMigrateReindexStatus: ['indices.get_migrate_reindex_status', 'GET /_migration/reindex/{index}/_status', '', 'none'],
  getSettings: ['indices.get_settings', 'GET /{index}/_settings/{name}|GET /{index}/_settings|GET /_settings/{name}|GET /_settings', 'allow_no_indices expand_wildcards flat_settings ignore_unavailable include_defaults local master_timeout', 'none'],
  getTemplate: ['indices.get_template', 'GET /_template/{name}|GET /_template', 'flat_settings local master_timeout', 'none'],
  migrateReindex: ['indices.migrate_reindex', 'POST /_migration/reindex', '', 'value reindex'],
  migrateToDataStream: ['indices.migrate_to_data_stream', 'POST /_data_stream/_migrate/{name}', 'master_timeout timeout', 'none'],
  modifyDataStream: ['indices.modify_data_stream', 'POST /_data_stream/_modify', '', 'fields actions'],
  open: ['indices.open', 'POST /{index}/_open', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout wait_for_active_shards', 'none'],
  promoteDataStream: ['indices.promote_data_stream', 'POST /_data_stream/_promote/{name}', 'master_timeout', 'none'],
  putAlias: ['indices.put_alias', 'PUT,POST /{index}/_alias/{name}|PUT,POST /{index}/_aliases/{name}', 'master_timeout timeout', 'fields filter index_routing is_write_index routing search_routing'],
  putDataLifecycle: ['indices.put_data_lifecycle', 'PUT /_data_stream/{name}/_lifecycle', 'expand_wildcards master_timeout timeout', 'fields data_retention downsampling downsampling_method enabled'],
  putDataStreamMappings: ['indices.put_data_stream_mappings', 'PUT /_data_stream/{name}/_mappings', 'dry_run master_timeout timeout', 'value mappings'],
  putDataStreamOptions: ['indices.put_data_stream_options', 'PUT /_data_stream/{name}/_options', 'expand_wildcards master_timeout timeout', 'fields failure_store'],
  putDataStreamSettings: ['indices.put_data_stream_settings', 'PUT /_data_stream/{name}/_settings', 'dry_run master_timeout timeout', 'value settings'],
  putIndexTemplate: ['indices.put_index_template', 'PUT,POST /_index_template/{name}', 'create master_timeout cause', 'fields index_patterns composed_of template data_stream priority version _meta allow_auto_create ignore_missing_component_templates deprecated'],
  putMapping: ['indices.put_mapping', 'PUT,POST /{index}/_mapping', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout write_index_only', 'fields date_detection dynamic dynamic_date_formats dynamic_templates _field_names _meta numeric_detection properties _routing _source runtime'],
  putSettings: ['indices.put_settings', 'PUT /{index}/_settings|PUT /_settings', 'allow_no_indices expand_wildcards flat_settings ignore_unavailable master_timeout preserve_existing reopen timeout', 'value settings'],
  putTemplate: ['indices.put_template', 'PUT,POST /_template/{name}', 'create master_timeout order cause', 'fields aliases index_patterns mappings order settings version'],
  recovery: ['indices.recovery', 'GET /{index}/_recovery|GET /_recovery', 'active_only detailed allow_no_indices expand_wildcards ignore_unavailable', 'none'],
  refresh: ['indices.refresh', 'POST,GET /{index}/_refresh|POST,GET /_refresh', 'allow_no_indices expand_wildcards ignore_unavailable', 'none'],
  reloadSearchAnalyzers: ['indices.reload_search_analyzers', 'GET,POST /{index}/_reload_search_analyzers', 'allow_no_indices expand_wildcards ignore_unavailable resource', 'none'],
  removeBlock: ['indices.remove_block', 'DELETE /{index}/_block/{block}', 'allow_no_indices expand_wildcards ignore_unavailable master_timeout timeout', 'none'],
  resolveCluster: ['indices.resolve_cluster', 'GET /_resolve/cluster/{name}|GET /_resolve/cluster', 'allow_no_indices expand_wildcards ignore_throttled ignore_unavailable timeout', 'none'],
  resolveIndex: ['indices.resolve_index', 'GET,POST /_resolve/index/{name}', 'expand_wildcards ignore_unavailable allow_no_indices mode', 'fields project_routing'],
  rollover: ['indices.rollover', 'POST /{alias}/_rollover/{new_index}|POST /{alias}/_rollover', 'dry_run master_timeout timeout wait_for_active_shards lazy', 'fields aliases conditions mappings settings'],
  segments: ['indices.segments', 'GET /{index}/_segments|GET /_segments', 'allow_no_indices expand_wildcards ignore_unavailable', 'none'],
  shardStores: ['indices.shard_stores', 'GET /{index}/_shard_stores|GET /_shard_stores', 'allow_no_indices expand_wildcards ignore_unavailable status', 'none'],
  shrink: ['indices.shrink', 'PUT,POST /{index}/_shrink/{target}', 'master_timeout timeout wait_for_active_shards', 'fields aliases settings'],
  simulateIndexTemplate: ['indices.simulate_index_template', 'POST /_index_template/_simulate_index/{name}', 'create cause master_timeout include_defaults', 'value index_template'],
  simulateTemplate: ['indices.simulate_template', 'POST /_index_template/_simulate/{name}|POST /_index_template/_simulate', 'create cause master_timeout include_defaults', 'fields allow_auto_create index_patterns composed_of template data_stream priority version _meta ignore_missing_component_templates deprecated'],
  split: ['indices.split', 'PUT,POST /{index}/_split/{target}', 'master_timeout timeout wait_for_active_shards', 'fields aliases settings'],
  stats: ['indices.stats', 'GET /{index}/_stats/{metric}|GET /_stats/{metric}|GET /{index}/_stats|GET /_stats', 'completion_fields expand_wildcards fielddata_fields fields forbid_closed_indices groups include_segment_file_sizes include_unloaded_segments level', 'none'],
  updateAliases: ['indices.update_aliases', 'POST /_aliases', 'master_timeout timeout', 'fields actions'],
  validateQuery: ['indices.validate_query', 'GET,POST /{index}/_validate/query|GET,POST /_validate/query', 'allow_no_indices all_shards analyzer analyze_wildcard default_operator df expand_wildcards explain ignore_unavailable lenient rewrite q routing _slice', 'fields query'],
})

export interface IndicesAddBlockParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout'> {
  index: string | ReadonlyArray<string>
  block: 'metadata' | 'read' | 'read_only' | 'write'
}
export interface IndicesAnalyzeParams extends CommonParams {
  index?: string
  analyzer?: unknown
  attributes?: unknown
  char_filter?: unknown
  explain?: unknown
  field?: unknown
  filter?: unknown
  normalizer?: unknown
  text?: unknown
  tokenizer?: unknown
}
export interface IndicesCancelMigrateReindexParams extends CommonParams {
  index: string | ReadonlyArray<string>
}
export interface IndicesClearCacheParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'fielddata' | 'fields' | 'ignore_unavailable' | 'query' | 'request'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesCloneParams extends CommonParams, QueryParams<'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string
  target: string
  aliases?: unknown
  settings?: unknown
}
export interface IndicesCloseParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesCreateParams extends CommonParams, QueryParams<'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string
  aliases?: unknown
  mappings?: unknown
  settings?: unknown
}
export interface IndicesCreateDataStreamParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
}
export interface IndicesCreateFromParams extends CommonParams {
  source: string
  dest: string
  create_from?: unknown
}
export interface IndicesDataStreamsStatsParams extends CommonParams, QueryParams<'expand_wildcards'> {
  name?: string | ReadonlyArray<string>
}
export interface IndicesDeleteParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesDeleteAliasParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  index: string | ReadonlyArray<string>
  name: string | ReadonlyArray<string>
}
export interface IndicesDeleteDataLifecycleParams extends CommonParams, QueryParams<'expand_wildcards' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesDeleteDataStreamParams extends CommonParams, QueryParams<'master_timeout' | 'expand_wildcards'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesDeleteDataStreamOptionsParams extends CommonParams, QueryParams<'expand_wildcards' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesDeleteIndexTemplateParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesDeleteTemplateParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
}
export interface IndicesDiskUsageParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flush' | 'ignore_unavailable' | 'run_expensive_tasks'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesDownsampleParams extends CommonParams {
  index: string
  target_index: string
  config?: unknown
}
export interface IndicesExistsParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flat_settings' | 'ignore_unavailable' | 'include_defaults' | 'local'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesExistsAliasParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout'> {
  name: string | ReadonlyArray<string>
  index?: string | ReadonlyArray<string>
}
export interface IndicesExistsIndexTemplateParams extends CommonParams, QueryParams<'local' | 'flat_settings' | 'master_timeout'> {
  name: string
}
export interface IndicesExistsTemplateParams extends CommonParams, QueryParams<'flat_settings' | 'local' | 'master_timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesExplainDataLifecycleParams extends CommonParams, QueryParams<'include_defaults' | 'master_timeout'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesFieldUsageStatsParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'fields'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesFlushParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'force' | 'ignore_unavailable' | 'wait_if_ongoing'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesForcemergeParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flush' | 'ignore_unavailable' | 'max_num_segments' | 'only_expunge_deletes' | 'wait_for_completion'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesGetParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flat_settings' | 'ignore_unavailable' | 'include_defaults' | 'local' | 'master_timeout' | 'features'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesGetAliasParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout'> {
  name?: string | ReadonlyArray<string>
  index?: string | ReadonlyArray<string>
}
export interface IndicesGetDataLifecycleParams extends CommonParams, QueryParams<'expand_wildcards' | 'include_defaults' | 'master_timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesGetDataLifecycleStatsParams extends CommonParams {}
export interface IndicesGetDataStreamParams extends CommonParams, QueryParams<'expand_wildcards' | 'include_defaults' | 'master_timeout' | 'verbose'> {
  name?: string | ReadonlyArray<string>
}
export interface IndicesGetDataStreamMappingsParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesGetDataStreamOptionsParams extends CommonParams, QueryParams<'expand_wildcards' | 'master_timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesGetDataStreamSettingsParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string | ReadonlyArray<string>
}
export interface IndicesGetFieldMappingParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'include_defaults'> {
  fields: string | ReadonlyArray<string>
  index?: string | ReadonlyArray<string>
}
export interface IndicesGetIndexTemplateParams extends CommonParams, QueryParams<'local' | 'flat_settings' | 'master_timeout' | 'include_defaults'> {
  name?: string
}
export interface IndicesGetMappingParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'local' | 'master_timeout'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesGetMigrateReindexStatusParams extends CommonParams {
  index: string | ReadonlyArray<string>
}
export interface IndicesGetSettingsParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flat_settings' | 'ignore_unavailable' | 'include_defaults' | 'local' | 'master_timeout'> {
  index?: string | ReadonlyArray<string>
  name?: string | ReadonlyArray<string>
}
export interface IndicesGetTemplateParams extends CommonParams, QueryParams<'flat_settings' | 'local' | 'master_timeout'> {
  name?: string | ReadonlyArray<string>
}
export interface IndicesMigrateReindexParams extends CommonParams {
  reindex?: unknown
}
export interface IndicesMigrateToDataStreamParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
}
export interface IndicesModifyDataStreamParams extends CommonParams {
  actions?: unknown
}
export interface IndicesOpenParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesPromoteDataStreamParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
}
export interface IndicesPutAliasParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  index: string | ReadonlyArray<string>
  name: string
  filter?: unknown
  index_routing?: unknown
  is_write_index?: unknown
  routing?: unknown
  search_routing?: unknown
}
export interface IndicesPutDataLifecycleParams extends CommonParams, QueryParams<'expand_wildcards' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
  data_retention?: unknown
  downsampling?: unknown
  downsampling_method?: unknown
  enabled?: unknown
}
export interface IndicesPutDataStreamMappingsParams extends CommonParams, QueryParams<'dry_run' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
  mappings?: unknown
}
export interface IndicesPutDataStreamOptionsParams extends CommonParams, QueryParams<'expand_wildcards' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
  failure_store?: unknown
}
export interface IndicesPutDataStreamSettingsParams extends CommonParams, QueryParams<'dry_run' | 'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
  settings?: unknown
}
export interface IndicesPutIndexTemplateParams extends CommonParams, QueryParams<'create' | 'master_timeout' | 'cause'> {
  name: string
  index_patterns?: unknown
  composed_of?: unknown
  template?: unknown
  data_stream?: unknown
  priority?: unknown
  version?: unknown
  _meta?: unknown
  allow_auto_create?: unknown
  ignore_missing_component_templates?: unknown
  deprecated?: unknown
}
export interface IndicesPutMappingParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout' | 'write_index_only'> {
  index: string | ReadonlyArray<string>
  date_detection?: unknown
  dynamic?: unknown
  dynamic_date_formats?: unknown
  dynamic_templates?: unknown
  _field_names?: unknown
  _meta?: unknown
  numeric_detection?: unknown
  properties?: unknown
  _routing?: unknown
  _source?: unknown
  runtime?: unknown
}
export interface IndicesPutSettingsParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flat_settings' | 'ignore_unavailable' | 'master_timeout' | 'preserve_existing' | 'reopen' | 'timeout'> {
  index?: string | ReadonlyArray<string>
  settings?: unknown
}
export interface IndicesPutTemplateParams extends CommonParams, QueryParams<'create' | 'master_timeout' | 'cause'> {
  name: string
  aliases?: unknown
  index_patterns?: unknown
  mappings?: unknown
  order?: unknown
  settings?: unknown
  version?: unknown
}
export interface IndicesRecoveryParams extends CommonParams, QueryParams<'active_only' | 'detailed' | 'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesRefreshParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesReloadSearchAnalyzersParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'resource'> {
  index: string | ReadonlyArray<string>
}
export interface IndicesRemoveBlockParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable' | 'master_timeout' | 'timeout'> {
  index: string | ReadonlyArray<string>
  block: 'metadata' | 'read' | 'read_only' | 'write'
}
export interface IndicesResolveClusterParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_throttled' | 'ignore_unavailable' | 'timeout'> {
  name?: string | ReadonlyArray<string>
}
export interface IndicesResolveIndexParams extends CommonParams, QueryParams<'expand_wildcards' | 'ignore_unavailable' | 'allow_no_indices' | 'mode'> {
  name: string | ReadonlyArray<string>
  project_routing?: unknown
}
export interface IndicesRolloverParams extends CommonParams, QueryParams<'dry_run' | 'master_timeout' | 'timeout' | 'wait_for_active_shards' | 'lazy'> {
  alias: string
  new_index?: string
  aliases?: unknown
  conditions?: unknown
  mappings?: unknown
  settings?: unknown
}
export interface IndicesSegmentsParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable'> {
  index?: string | ReadonlyArray<string>
}
export interface IndicesShardStoresParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ignore_unavailable'> {
  index?: string | ReadonlyArray<string>
  /** List of shard health statuses used to limit the request. */
  status?: 'green' | 'yellow' | 'red' | 'all' | ReadonlyArray<'green' | 'yellow' | 'red' | 'all'>
}
export interface IndicesShrinkParams extends CommonParams, QueryParams<'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string
  target: string
  aliases?: unknown
  settings?: unknown
}
export interface IndicesSimulateIndexTemplateParams extends CommonParams, QueryParams<'create' | 'cause' | 'master_timeout' | 'include_defaults'> {
  name: string
  index_template?: unknown
}
export interface IndicesSimulateTemplateParams extends CommonParams, QueryParams<'create' | 'cause' | 'master_timeout' | 'include_defaults'> {
  name?: string
  allow_auto_create?: unknown
  index_patterns?: unknown
  composed_of?: unknown
  template?: unknown
  data_stream?: unknown
  priority?: unknown
  version?: unknown
  _meta?: unknown
  ignore_missing_component_templates?: unknown
  deprecated?: unknown
}
export interface IndicesSplitParams extends CommonParams, QueryParams<'master_timeout' | 'timeout' | 'wait_for_active_shards'> {
  index: string
  target: string
  aliases?: unknown
  settings?: unknown
}
export interface IndicesStatsParams extends CommonParams, QueryParams<'completion_fields' | 'expand_wildcards' | 'fielddata_fields' | 'fields' | 'forbid_closed_indices' | 'include_segment_file_sizes' | 'include_unloaded_segments' | 'level'> {
  metric?: '_all' | 'store' | 'indexing' | 'get' | 'search' | 'merge' | 'flush' | 'refresh' | 'query_cache' | 'fielddata' | 'docs' | 'warmer' | 'completion' | 'segments' | 'translog' | 'request_cache' | 'recovery' | 'bulk' | 'shard_stats' | 'mappings' | 'dense_vector' | 'sparse_vector' | ReadonlyArray<'_all' | 'store' | 'indexing' | 'get' | 'search' | 'merge' | 'flush' | 'refresh' | 'query_cache' | 'fielddata' | 'docs' | 'warmer' | 'completion' | 'segments' | 'translog' | 'request_cache' | 'recovery' | 'bulk' | 'shard_stats' | 'mappings' | 'dense_vector' | 'sparse_vector'>
  index?: string | ReadonlyArray<string>
  /** Comma-separated list of search groups to include in the search statistics. */
  groups?: string | ReadonlyArray<string>
}
export interface IndicesUpdateAliasesParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  actions?: unknown
}
export interface IndicesValidateQueryParams extends CommonParams, QueryParams<'allow_no_indices' | 'all_shards' | 'analyzer' | 'analyze_wildcard' | 'default_operator' | 'df' | 'expand_wildcards' | 'explain' | 'ignore_unavailable' | 'lenient' | 'rewrite' | 'q' | 'routing' | '_slice'> {
  index?: string | ReadonlyArray<string>
  query?: unknown
}

/** The `indices` APIs, reached as `client.indices`. */
export class IndicesApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Add an index block.
   * `PUT /{index}/_block/{block}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-add-block
   */
  declare addBlock: Call<IndicesAddBlockParams>
  /**
   * Get tokens from text analysis.
   * `GET|POST /{index}/_analyze`, `GET|POST /_analyze`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-analyze
   */
  declare analyze: OptionalCall<IndicesAnalyzeParams & BodyFields>
  /**
   * Cancel a migration reindex operation.
   * `POST /_migration/reindex/{index}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-cancel-migrate-reindex
   */
  declare cancelMigrateReindex: Call<IndicesCancelMigrateReindexParams>
  /**
   * Clear the cache.
   * `POST /{index}/_cache/clear`, `POST /_cache/clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clear-cache
   */
  declare clearCache: OptionalCall<IndicesClearCacheParams>
  /**
   * Clone an index.
   * `PUT|POST /{index}/_clone/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clone
   */
  declare clone: Call<IndicesCloneParams & BodyFields>
  /**
   * Close an index.
   * `POST /{index}/_close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-close
   */
  declare close: Call<IndicesCloseParams>
  /**
   * Create an index.
   * `PUT /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create
   */
  declare create: Call<IndicesCreateParams & BodyFields>
  /**
   * Create a data stream.
   * `PUT /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-data-stream
   */
  declare createDataStream: Call<IndicesCreateDataStreamParams>
  /**
   * Create an index from a source index.
   * `PUT|POST /_create_from/{source}/{dest}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-from
   */
  declare createFrom: Call<IndicesCreateFromParams>
  /**
   * Get data stream stats.
   * `GET /_data_stream/{name}/_stats`, `GET /_data_stream/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-data-streams-stats-1
   */
  declare dataStreamsStats: OptionalCall<IndicesDataStreamsStatsParams>
  /**
   * Delete indices.
   * `DELETE /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete
   */
  declare delete: Call<IndicesDeleteParams>
  /**
   * Delete an alias.
   * `DELETE /{index}/_alias/{name}`, `DELETE /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-alias
   */
  declare deleteAlias: Call<IndicesDeleteAliasParams>
  /**
   * Delete data stream lifecycles.
   * `DELETE /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-lifecycle
   */
  declare deleteDataLifecycle: Call<IndicesDeleteDataLifecycleParams>
  /**
   * Delete data streams.
   * `DELETE /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream
   */
  declare deleteDataStream: Call<IndicesDeleteDataStreamParams>
  /**
   * Delete data stream options.
   * `DELETE /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream-options
   */
  declare deleteDataStreamOptions: Call<IndicesDeleteDataStreamOptionsParams>
  /**
   * Delete an index template.
   * `DELETE /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-index-template
   */
  declare deleteIndexTemplate: Call<IndicesDeleteIndexTemplateParams>
  /**
   * Delete a legacy index template.
   * `DELETE /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-template
   * @deprecated
   */
  declare deleteTemplate: Call<IndicesDeleteTemplateParams>
  /**
   * Analyze the index disk usage.
   * `POST /{index}/_disk_usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-disk-usage
   */
  declare diskUsage: Call<IndicesDiskUsageParams>
  /**
   * Downsample an index.
   * `POST /{index}/_downsample/{target_index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-downsample
   */
  declare downsample: Call<IndicesDownsampleParams>
  /**
   * Check indices.
   * `HEAD /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists
   */
  declare exists: HeadCall<IndicesExistsParams>
  /**
   * Check aliases.
   * `HEAD /{index}/_alias/{name}`, `HEAD /_alias/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-alias
   */
  declare existsAlias: HeadCall<IndicesExistsAliasParams>
  /**
   * Check index templates.
   * `HEAD /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-index-template
   */
  declare existsIndexTemplate: HeadCall<IndicesExistsIndexTemplateParams>
  /**
   * Check existence of index templates.
   * `HEAD /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-template
   */
  declare existsTemplate: HeadCall<IndicesExistsTemplateParams>
  /**
   * Get the status for a data stream lifecycle.
   * `GET /{index}/_lifecycle/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-explain-data-lifecycle
   */
  declare explainDataLifecycle: Call<IndicesExplainDataLifecycleParams>
  /**
   * Get field usage stats.
   * `GET /{index}/_field_usage_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-field-usage-stats
   */
  declare fieldUsageStats: Call<IndicesFieldUsageStatsParams>
  /**
   * Flush data streams or indices.
   * `POST|GET /{index}/_flush`, `POST|GET /_flush`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-flush
   */
  declare flush: OptionalCall<IndicesFlushParams>
  /**
   * Force a merge.
   * `POST /{index}/_forcemerge`, `POST /_forcemerge`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-forcemerge
   */
  declare forcemerge: OptionalCall<IndicesForcemergeParams>
  /**
   * Get index information.
   * `GET /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get
   */
  declare get: Call<IndicesGetParams>
  /**
   * Get aliases.
   * `GET /{index}/_alias/{name}`, `GET /_alias/{name}`, `GET /{index}/_alias`, `GET /_alias`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-alias
   */
  declare getAlias: OptionalCall<IndicesGetAliasParams>
  /**
   * Get data stream lifecycles.
   * `GET /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle
   */
  declare getDataLifecycle: Call<IndicesGetDataLifecycleParams>
  /**
   * Get data stream lifecycle stats.
   * `GET /_lifecycle/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle-stats
   */
  declare getDataLifecycleStats: OptionalCall<IndicesGetDataLifecycleStatsParams>
  /**
   * Get data streams.
   * `GET /_data_stream/{name}`, `GET /_data_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream
   */
  declare getDataStream: OptionalCall<IndicesGetDataStreamParams>
  /**
   * Get data stream mappings.
   * `GET /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-mappings
   */
  declare getDataStreamMappings: Call<IndicesGetDataStreamMappingsParams>
  /**
   * Get data stream options.
   * `GET /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-options
   */
  declare getDataStreamOptions: Call<IndicesGetDataStreamOptionsParams>
  /**
   * Get data stream settings.
   * `GET /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-settings
   */
  declare getDataStreamSettings: Call<IndicesGetDataStreamSettingsParams>
  /**
   * Get mapping definitions.
   * `GET /{index}/_mapping/field/{fields}`, `GET /_mapping/field/{fields}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  declare getFieldMapping: Call<IndicesGetFieldMappingParams>
  /**
   * Get index templates.
   * `GET /_index_template/{name}`, `GET /_index_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-index-template
   */
  declare getIndexTemplate: OptionalCall<IndicesGetIndexTemplateParams>
  /**
   * Get mapping definitions.
   * `GET /{index}/_mapping`, `GET /_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  declare getMapping: OptionalCall<IndicesGetMappingParams>
  /**
   * Get the migration reindexing status.
   * `GET /_migration/reindex/{index}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-migration
   */
  declare getMigrateReindexStatus: Call<IndicesGetMigrateReindexStatusParams>
  /**
   * Get index settings.
   * `GET /{index}/_settings/{name}`, `GET /{index}/_settings`, `GET /_settings/{name}`, `GET /_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-settings
   */
  declare getSettings: OptionalCall<IndicesGetSettingsParams>
  /**
   * Get legacy index templates.
   * `GET /_template/{name}`, `GET /_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-template
   * @deprecated
   */
  declare getTemplate: OptionalCall<IndicesGetTemplateParams>
  /**
   * Reindex legacy backing indices.
   * `POST /_migration/reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-reindex
   */
  declare migrateReindex: OptionalCall<IndicesMigrateReindexParams>
  /**
   * Convert an index alias to a data stream.
   * `POST /_data_stream/_migrate/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-to-data-stream
   */
  declare migrateToDataStream: Call<IndicesMigrateToDataStreamParams>
  /**
   * Update data streams.
   * `POST /_data_stream/_modify`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-modify-data-stream
   */
  declare modifyDataStream: OptionalCall<IndicesModifyDataStreamParams & BodyFields>
  /**
   * Open a closed index.
   * `POST /{index}/_open`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-open
   */
  declare open: Call<IndicesOpenParams>
  /**
   * Promote a data stream.
   * `POST /_data_stream/_promote/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-promote-data-stream
   */
  declare promoteDataStream: Call<IndicesPromoteDataStreamParams>
  /**
   * Create or update an alias.
   * `PUT|POST /{index}/_alias/{name}`, `PUT|POST /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-alias
   */
  declare putAlias: Call<IndicesPutAliasParams & BodyFields>
  /**
   * Update data stream lifecycles.
   * `PUT /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-lifecycle
   */
  declare putDataLifecycle: Call<IndicesPutDataLifecycleParams & BodyFields>
  /**
   * Update data stream mappings.
   * `PUT /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-mappings
   */
  declare putDataStreamMappings: Call<IndicesPutDataStreamMappingsParams>
  /**
   * Update data stream options.
   * `PUT /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-options
   */
  declare putDataStreamOptions: Call<IndicesPutDataStreamOptionsParams & BodyFields>
  /**
   * Update data stream settings.
   * `PUT /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-settings
   */
  declare putDataStreamSettings: Call<IndicesPutDataStreamSettingsParams>
  /**
   * Create or update an index template.
   * `PUT|POST /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-index-template
   */
  declare putIndexTemplate: Call<IndicesPutIndexTemplateParams & BodyFields>
  /**
   * Update field mappings.
   * `PUT|POST /{index}/_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-mapping
   */
  declare putMapping: Call<IndicesPutMappingParams & BodyFields>
  /**
   * Update index settings.
   * `PUT /{index}/_settings`, `PUT /_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-settings
   */
  declare putSettings: OptionalCall<IndicesPutSettingsParams>
  /**
   * Create or update a legacy index template.
   * `PUT|POST /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-template
   * @deprecated
   */
  declare putTemplate: Call<IndicesPutTemplateParams & BodyFields>
  /**
   * Get index recovery information.
   * `GET /{index}/_recovery`, `GET /_recovery`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-recovery
   */
  declare recovery: OptionalCall<IndicesRecoveryParams>
  /**
   * Refresh an index.
   * `POST|GET /{index}/_refresh`, `POST|GET /_refresh`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-refresh
   */
  declare refresh: OptionalCall<IndicesRefreshParams>
  /**
   * Reload search analyzers.
   * `GET|POST /{index}/_reload_search_analyzers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-reload-search-analyzers
   */
  declare reloadSearchAnalyzers: Call<IndicesReloadSearchAnalyzersParams>
  /**
   * Remove an index block.
   * `DELETE /{index}/_block/{block}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-remove-block
   */
  declare removeBlock: Call<IndicesRemoveBlockParams>
  /**
   * Resolve the cluster.
   * `GET /_resolve/cluster/{name}`, `GET /_resolve/cluster`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-cluster
   */
  declare resolveCluster: OptionalCall<IndicesResolveClusterParams>
  /**
   * Resolve indices.
   * `GET|POST /_resolve/index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-index
   */
  declare resolveIndex: Call<IndicesResolveIndexParams & BodyFields>
  /**
   * Roll over to a new index.
   * `POST /{alias}/_rollover/{new_index}`, `POST /{alias}/_rollover`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-rollover
   */
  declare rollover: Call<IndicesRolloverParams & BodyFields>
  /**
   * Get index segments.
   * `GET /{index}/_segments`, `GET /_segments`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-segments
   */
  declare segments: OptionalCall<IndicesSegmentsParams>
  /**
   * Get index shard stores.
   * `GET /{index}/_shard_stores`, `GET /_shard_stores`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shard-stores
   */
  declare shardStores: OptionalCall<IndicesShardStoresParams>
  /**
   * Shrink an index.
   * `PUT|POST /{index}/_shrink/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shrink
   */
  declare shrink: Call<IndicesShrinkParams & BodyFields>
  /**
   * Simulate an index.
   * `POST /_index_template/_simulate_index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-index-template
   */
  declare simulateIndexTemplate: Call<IndicesSimulateIndexTemplateParams>
  /**
   * Simulate an index template.
   * `POST /_index_template/_simulate/{name}`, `POST /_index_template/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-template
   */
  declare simulateTemplate: OptionalCall<IndicesSimulateTemplateParams & BodyFields>
  /**
   * Split an index.
   * `PUT|POST /{index}/_split/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-split
   */
  declare split: Call<IndicesSplitParams & BodyFields>
  /**
   * Get index statistics.
   * `GET /{index}/_stats/{metric}`, `GET /_stats/{metric}`, `GET /{index}/_stats`, `GET /_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-stats
   */
  declare stats: OptionalCall<IndicesStatsParams>
  /**
   * Create or update an alias.
   * `POST /_aliases`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-update-aliases
   */
  declare updateAliases: OptionalCall<IndicesUpdateAliasesParams & BodyFields>
  /**
   * Validate a query.
   * `GET|POST /{index}/_validate/query`, `GET|POST /_validate/query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-validate-query
   */
  declare validateQuery: OptionalCall<IndicesValidateQueryParams & BodyFields>
}
installMethods(IndicesApi, endpoints)
