// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { IndicesAddBlockRequest, IndicesAddBlockResponse, IndicesAnalyzeRequest, IndicesAnalyzeResponse, IndicesCancelMigrateReindexRequest, IndicesCancelMigrateReindexResponse, IndicesClearCacheRequest, IndicesClearCacheResponse, IndicesCloneRequest, IndicesCloneResponse, IndicesCloseRequest, IndicesCloseResponse, IndicesCreateDataStreamRequest, IndicesCreateDataStreamResponse, IndicesCreateFromRequest, IndicesCreateFromResponse, IndicesCreateRequest, IndicesCreateResponse, IndicesDataStreamsStatsRequest, IndicesDataStreamsStatsResponse, IndicesDeleteAliasRequest, IndicesDeleteAliasResponse, IndicesDeleteDataLifecycleRequest, IndicesDeleteDataLifecycleResponse, IndicesDeleteDataStreamOptionsRequest, IndicesDeleteDataStreamOptionsResponse, IndicesDeleteDataStreamRequest, IndicesDeleteDataStreamResponse, IndicesDeleteIndexTemplateRequest, IndicesDeleteIndexTemplateResponse, IndicesDeleteRequest, IndicesDeleteResponse, IndicesDeleteTemplateRequest, IndicesDeleteTemplateResponse, IndicesDiskUsageRequest, IndicesDiskUsageResponse, IndicesDownsampleRequest, IndicesDownsampleResponse, IndicesExistsAliasRequest, IndicesExistsAliasResponse, IndicesExistsIndexTemplateRequest, IndicesExistsIndexTemplateResponse, IndicesExistsRequest, IndicesExistsResponse, IndicesExistsTemplateRequest, IndicesExistsTemplateResponse, IndicesExplainDataLifecycleRequest, IndicesExplainDataLifecycleResponse, IndicesFieldUsageStatsRequest, IndicesFieldUsageStatsResponse, IndicesFlushRequest, IndicesFlushResponse, IndicesForcemergeRequest, IndicesForcemergeResponse, IndicesGetAliasRequest, IndicesGetAliasResponse, IndicesGetDataLifecycleRequest, IndicesGetDataLifecycleResponse, IndicesGetDataLifecycleStatsRequest, IndicesGetDataLifecycleStatsResponse, IndicesGetDataStreamMappingsRequest, IndicesGetDataStreamMappingsResponse, IndicesGetDataStreamOptionsRequest, IndicesGetDataStreamOptionsResponse, IndicesGetDataStreamRequest, IndicesGetDataStreamResponse, IndicesGetDataStreamSettingsRequest, IndicesGetDataStreamSettingsResponse, IndicesGetFieldMappingRequest, IndicesGetFieldMappingResponse, IndicesGetIndexTemplateRequest, IndicesGetIndexTemplateResponse, IndicesGetMappingRequest, IndicesGetMappingResponse, IndicesGetMigrateReindexStatusRequest, IndicesGetMigrateReindexStatusResponse, IndicesGetRequest, IndicesGetResponse, IndicesGetSettingsRequest, IndicesGetSettingsResponse, IndicesGetTemplateRequest, IndicesGetTemplateResponse, IndicesMigrateReindexRequest, IndicesMigrateReindexResponse, IndicesMigrateToDataStreamRequest, IndicesMigrateToDataStreamResponse, IndicesModifyDataStreamRequest, IndicesModifyDataStreamResponse, IndicesOpenRequest, IndicesOpenResponse, IndicesPromoteDataStreamRequest, IndicesPromoteDataStreamResponse, IndicesPutAliasRequest, IndicesPutAliasResponse, IndicesPutDataLifecycleRequest, IndicesPutDataLifecycleResponse, IndicesPutDataStreamMappingsRequest, IndicesPutDataStreamMappingsResponse, IndicesPutDataStreamOptionsRequest, IndicesPutDataStreamOptionsResponse, IndicesPutDataStreamSettingsRequest, IndicesPutDataStreamSettingsResponse, IndicesPutIndexTemplateRequest, IndicesPutIndexTemplateResponse, IndicesPutMappingRequest, IndicesPutMappingResponse, IndicesPutSettingsRequest, IndicesPutSettingsResponse, IndicesPutTemplateRequest, IndicesPutTemplateResponse, IndicesRecoveryRequest, IndicesRecoveryResponse, IndicesRefreshRequest, IndicesRefreshResponse, IndicesReloadSearchAnalyzersRequest, IndicesReloadSearchAnalyzersResponse, IndicesRemoveBlockRequest, IndicesRemoveBlockResponse, IndicesResolveClusterRequest, IndicesResolveClusterResponse, IndicesResolveIndexRequest, IndicesResolveIndexResponse, IndicesRolloverRequest, IndicesRolloverResponse, IndicesSegmentsRequest, IndicesSegmentsResponse, IndicesShardStoresRequest, IndicesShardStoresResponse, IndicesShrinkRequest, IndicesShrinkResponse, IndicesSimulateIndexTemplateRequest, IndicesSimulateIndexTemplateResponse, IndicesSimulateTemplateRequest, IndicesSimulateTemplateResponse, IndicesSplitRequest, IndicesSplitResponse, IndicesStatsRequest, IndicesStatsResponse, IndicesUpdateAliasesRequest, IndicesUpdateAliasesResponse, IndicesValidateQueryRequest, IndicesValidateQueryResponse } from '../types/index.js'

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
  declare addBlock: Call<IndicesAddBlockRequest, IndicesAddBlockResponse>
  /**
   * Get tokens from text analysis.
   * `GET|POST /{index}/_analyze`, `GET|POST /_analyze`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-analyze
   */
  declare analyze: OptionalCall<IndicesAnalyzeRequest, IndicesAnalyzeResponse>
  /**
   * Cancel a migration reindex operation.
   * `POST /_migration/reindex/{index}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-cancel-migrate-reindex
   */
  declare cancelMigrateReindex: Call<IndicesCancelMigrateReindexRequest, IndicesCancelMigrateReindexResponse>
  /**
   * Clear the cache.
   * `POST /{index}/_cache/clear`, `POST /_cache/clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clear-cache
   */
  declare clearCache: OptionalCall<IndicesClearCacheRequest, IndicesClearCacheResponse>
  /**
   * Clone an index.
   * `PUT|POST /{index}/_clone/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-clone
   */
  declare clone: Call<IndicesCloneRequest, IndicesCloneResponse>
  /**
   * Close an index.
   * `POST /{index}/_close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-close
   */
  declare close: Call<IndicesCloseRequest, IndicesCloseResponse>
  /**
   * Create an index.
   * `PUT /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create
   */
  declare create: Call<IndicesCreateRequest, IndicesCreateResponse>
  /**
   * Create a data stream.
   * `PUT /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-data-stream
   */
  declare createDataStream: Call<IndicesCreateDataStreamRequest, IndicesCreateDataStreamResponse>
  /**
   * Create an index from a source index.
   * `PUT|POST /_create_from/{source}/{dest}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-create-from
   */
  declare createFrom: Call<IndicesCreateFromRequest, IndicesCreateFromResponse>
  /**
   * Get data stream stats.
   * `GET /_data_stream/{name}/_stats`, `GET /_data_stream/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-data-streams-stats-1
   */
  declare dataStreamsStats: OptionalCall<IndicesDataStreamsStatsRequest, IndicesDataStreamsStatsResponse>
  /**
   * Delete indices.
   * `DELETE /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete
   */
  declare delete: Call<IndicesDeleteRequest, IndicesDeleteResponse>
  /**
   * Delete an alias.
   * `DELETE /{index}/_alias/{name}`, `DELETE /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-alias
   */
  declare deleteAlias: Call<IndicesDeleteAliasRequest, IndicesDeleteAliasResponse>
  /**
   * Delete data stream lifecycles.
   * `DELETE /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-lifecycle
   */
  declare deleteDataLifecycle: Call<IndicesDeleteDataLifecycleRequest, IndicesDeleteDataLifecycleResponse>
  /**
   * Delete data streams.
   * `DELETE /_data_stream/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream
   */
  declare deleteDataStream: Call<IndicesDeleteDataStreamRequest, IndicesDeleteDataStreamResponse>
  /**
   * Delete data stream options.
   * `DELETE /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream-options
   */
  declare deleteDataStreamOptions: Call<IndicesDeleteDataStreamOptionsRequest, IndicesDeleteDataStreamOptionsResponse>
  /**
   * Delete an index template.
   * `DELETE /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-index-template
   */
  declare deleteIndexTemplate: Call<IndicesDeleteIndexTemplateRequest, IndicesDeleteIndexTemplateResponse>
  /**
   * Delete a legacy index template.
   * `DELETE /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-template
   * @deprecated
   */
  declare deleteTemplate: Call<IndicesDeleteTemplateRequest, IndicesDeleteTemplateResponse>
  /**
   * Analyze the index disk usage.
   * `POST /{index}/_disk_usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-disk-usage
   */
  declare diskUsage: Call<IndicesDiskUsageRequest, IndicesDiskUsageResponse>
  /**
   * Downsample an index.
   * `POST /{index}/_downsample/{target_index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-downsample
   */
  declare downsample: Call<IndicesDownsampleRequest, IndicesDownsampleResponse>
  /**
   * Check indices.
   * `HEAD /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists
   */
  declare exists: Call<IndicesExistsRequest, IndicesExistsResponse>
  /**
   * Check aliases.
   * `HEAD /{index}/_alias/{name}`, `HEAD /_alias/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-alias
   */
  declare existsAlias: Call<IndicesExistsAliasRequest, IndicesExistsAliasResponse>
  /**
   * Check index templates.
   * `HEAD /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-index-template
   */
  declare existsIndexTemplate: Call<IndicesExistsIndexTemplateRequest, IndicesExistsIndexTemplateResponse>
  /**
   * Check existence of index templates.
   * `HEAD /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-exists-template
   */
  declare existsTemplate: Call<IndicesExistsTemplateRequest, IndicesExistsTemplateResponse>
  /**
   * Get the status for a data stream lifecycle.
   * `GET /{index}/_lifecycle/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-explain-data-lifecycle
   */
  declare explainDataLifecycle: Call<IndicesExplainDataLifecycleRequest, IndicesExplainDataLifecycleResponse>
  /**
   * Get field usage stats.
   * `GET /{index}/_field_usage_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-field-usage-stats
   */
  declare fieldUsageStats: Call<IndicesFieldUsageStatsRequest, IndicesFieldUsageStatsResponse>
  /**
   * Flush data streams or indices.
   * `POST|GET /{index}/_flush`, `POST|GET /_flush`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-flush
   */
  declare flush: OptionalCall<IndicesFlushRequest, IndicesFlushResponse>
  /**
   * Force a merge.
   * `POST /{index}/_forcemerge`, `POST /_forcemerge`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-forcemerge
   */
  declare forcemerge: OptionalCall<IndicesForcemergeRequest, IndicesForcemergeResponse>
  /**
   * Get index information.
   * `GET /{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get
   */
  declare get: Call<IndicesGetRequest, IndicesGetResponse>
  /**
   * Get aliases.
   * `GET /{index}/_alias/{name}`, `GET /_alias/{name}`, `GET /{index}/_alias`, `GET /_alias`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-alias
   */
  declare getAlias: OptionalCall<IndicesGetAliasRequest, IndicesGetAliasResponse>
  /**
   * Get data stream lifecycles.
   * `GET /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle
   */
  declare getDataLifecycle: Call<IndicesGetDataLifecycleRequest, IndicesGetDataLifecycleResponse>
  /**
   * Get data stream lifecycle stats.
   * `GET /_lifecycle/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-lifecycle-stats
   */
  declare getDataLifecycleStats: OptionalCall<IndicesGetDataLifecycleStatsRequest, IndicesGetDataLifecycleStatsResponse>
  /**
   * Get data streams.
   * `GET /_data_stream/{name}`, `GET /_data_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream
   */
  declare getDataStream: OptionalCall<IndicesGetDataStreamRequest, IndicesGetDataStreamResponse>
  /**
   * Get data stream mappings.
   * `GET /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-mappings
   */
  declare getDataStreamMappings: Call<IndicesGetDataStreamMappingsRequest, IndicesGetDataStreamMappingsResponse>
  /**
   * Get data stream options.
   * `GET /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-options
   */
  declare getDataStreamOptions: Call<IndicesGetDataStreamOptionsRequest, IndicesGetDataStreamOptionsResponse>
  /**
   * Get data stream settings.
   * `GET /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-data-stream-settings
   */
  declare getDataStreamSettings: Call<IndicesGetDataStreamSettingsRequest, IndicesGetDataStreamSettingsResponse>
  /**
   * Get mapping definitions.
   * `GET /{index}/_mapping/field/{fields}`, `GET /_mapping/field/{fields}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  declare getFieldMapping: Call<IndicesGetFieldMappingRequest, IndicesGetFieldMappingResponse>
  /**
   * Get index templates.
   * `GET /_index_template/{name}`, `GET /_index_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-index-template
   */
  declare getIndexTemplate: OptionalCall<IndicesGetIndexTemplateRequest, IndicesGetIndexTemplateResponse>
  /**
   * Get mapping definitions.
   * `GET /{index}/_mapping`, `GET /_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-mapping
   */
  declare getMapping: OptionalCall<IndicesGetMappingRequest, IndicesGetMappingResponse>
  /**
   * Get the migration reindexing status.
   * `GET /_migration/reindex/{index}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-migration
   */
  declare getMigrateReindexStatus: Call<IndicesGetMigrateReindexStatusRequest, IndicesGetMigrateReindexStatusResponse>
  /**
   * Get index settings.
   * `GET /{index}/_settings/{name}`, `GET /{index}/_settings`, `GET /_settings/{name}`, `GET /_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-settings
   */
  declare getSettings: OptionalCall<IndicesGetSettingsRequest, IndicesGetSettingsResponse>
  /**
   * Get legacy index templates.
   * `GET /_template/{name}`, `GET /_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-get-template
   * @deprecated
   */
  declare getTemplate: OptionalCall<IndicesGetTemplateRequest, IndicesGetTemplateResponse>
  /**
   * Reindex legacy backing indices.
   * `POST /_migration/reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-reindex
   */
  declare migrateReindex: Call<IndicesMigrateReindexRequest, IndicesMigrateReindexResponse>
  /**
   * Convert an index alias to a data stream.
   * `POST /_data_stream/_migrate/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-migrate-to-data-stream
   */
  declare migrateToDataStream: Call<IndicesMigrateToDataStreamRequest, IndicesMigrateToDataStreamResponse>
  /**
   * Update data streams.
   * `POST /_data_stream/_modify`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-modify-data-stream
   */
  declare modifyDataStream: Call<IndicesModifyDataStreamRequest, IndicesModifyDataStreamResponse>
  /**
   * Open a closed index.
   * `POST /{index}/_open`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-open
   */
  declare open: Call<IndicesOpenRequest, IndicesOpenResponse>
  /**
   * Promote a data stream.
   * `POST /_data_stream/_promote/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-promote-data-stream
   */
  declare promoteDataStream: Call<IndicesPromoteDataStreamRequest, IndicesPromoteDataStreamResponse>
  /**
   * Create or update an alias.
   * `PUT|POST /{index}/_alias/{name}`, `PUT|POST /{index}/_aliases/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-alias
   */
  declare putAlias: Call<IndicesPutAliasRequest, IndicesPutAliasResponse>
  /**
   * Update data stream lifecycles.
   * `PUT /_data_stream/{name}/_lifecycle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-lifecycle
   */
  declare putDataLifecycle: Call<IndicesPutDataLifecycleRequest, IndicesPutDataLifecycleResponse>
  /**
   * Update data stream mappings.
   * `PUT /_data_stream/{name}/_mappings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-mappings
   */
  declare putDataStreamMappings: Call<IndicesPutDataStreamMappingsRequest, IndicesPutDataStreamMappingsResponse>
  /**
   * Update data stream options.
   * `PUT /_data_stream/{name}/_options`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-options
   */
  declare putDataStreamOptions: Call<IndicesPutDataStreamOptionsRequest, IndicesPutDataStreamOptionsResponse>
  /**
   * Update data stream settings.
   * `PUT /_data_stream/{name}/_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-data-stream-settings
   */
  declare putDataStreamSettings: Call<IndicesPutDataStreamSettingsRequest, IndicesPutDataStreamSettingsResponse>
  /**
   * Create or update an index template.
   * `PUT|POST /_index_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-index-template
   */
  declare putIndexTemplate: Call<IndicesPutIndexTemplateRequest, IndicesPutIndexTemplateResponse>
  /**
   * Update field mappings.
   * `PUT|POST /{index}/_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-mapping
   */
  declare putMapping: Call<IndicesPutMappingRequest, IndicesPutMappingResponse>
  /**
   * Update index settings.
   * `PUT /{index}/_settings`, `PUT /_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-settings
   */
  declare putSettings: Call<IndicesPutSettingsRequest, IndicesPutSettingsResponse>
  /**
   * Create or update a legacy index template.
   * `PUT|POST /_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-put-template
   * @deprecated
   */
  declare putTemplate: Call<IndicesPutTemplateRequest, IndicesPutTemplateResponse>
  /**
   * Get index recovery information.
   * `GET /{index}/_recovery`, `GET /_recovery`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-recovery
   */
  declare recovery: OptionalCall<IndicesRecoveryRequest, IndicesRecoveryResponse>
  /**
   * Refresh an index.
   * `POST|GET /{index}/_refresh`, `POST|GET /_refresh`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-refresh
   */
  declare refresh: OptionalCall<IndicesRefreshRequest, IndicesRefreshResponse>
  /**
   * Reload search analyzers.
   * `GET|POST /{index}/_reload_search_analyzers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-reload-search-analyzers
   */
  declare reloadSearchAnalyzers: Call<IndicesReloadSearchAnalyzersRequest, IndicesReloadSearchAnalyzersResponse>
  /**
   * Remove an index block.
   * `DELETE /{index}/_block/{block}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-remove-block
   */
  declare removeBlock: Call<IndicesRemoveBlockRequest, IndicesRemoveBlockResponse>
  /**
   * Resolve the cluster.
   * `GET /_resolve/cluster/{name}`, `GET /_resolve/cluster`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-cluster
   */
  declare resolveCluster: OptionalCall<IndicesResolveClusterRequest, IndicesResolveClusterResponse>
  /**
   * Resolve indices.
   * `GET|POST /_resolve/index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-resolve-index
   */
  declare resolveIndex: Call<IndicesResolveIndexRequest, IndicesResolveIndexResponse>
  /**
   * Roll over to a new index.
   * `POST /{alias}/_rollover/{new_index}`, `POST /{alias}/_rollover`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-rollover
   */
  declare rollover: Call<IndicesRolloverRequest, IndicesRolloverResponse>
  /**
   * Get index segments.
   * `GET /{index}/_segments`, `GET /_segments`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-segments
   */
  declare segments: OptionalCall<IndicesSegmentsRequest, IndicesSegmentsResponse>
  /**
   * Get index shard stores.
   * `GET /{index}/_shard_stores`, `GET /_shard_stores`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shard-stores
   */
  declare shardStores: OptionalCall<IndicesShardStoresRequest, IndicesShardStoresResponse>
  /**
   * Shrink an index.
   * `PUT|POST /{index}/_shrink/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-shrink
   */
  declare shrink: Call<IndicesShrinkRequest, IndicesShrinkResponse>
  /**
   * Simulate an index.
   * `POST /_index_template/_simulate_index/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-index-template
   */
  declare simulateIndexTemplate: Call<IndicesSimulateIndexTemplateRequest, IndicesSimulateIndexTemplateResponse>
  /**
   * Simulate an index template.
   * `POST /_index_template/_simulate/{name}`, `POST /_index_template/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-simulate-template
   */
  declare simulateTemplate: OptionalCall<IndicesSimulateTemplateRequest, IndicesSimulateTemplateResponse>
  /**
   * Split an index.
   * `PUT|POST /{index}/_split/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-split
   */
  declare split: Call<IndicesSplitRequest, IndicesSplitResponse>
  /**
   * Get index statistics.
   * `GET /{index}/_stats/{metric}`, `GET /_stats/{metric}`, `GET /{index}/_stats`, `GET /_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-stats
   */
  declare stats: OptionalCall<IndicesStatsRequest, IndicesStatsResponse>
  /**
   * Create or update an alias.
   * `POST /_aliases`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-update-aliases
   */
  declare updateAliases: OptionalCall<IndicesUpdateAliasesRequest, IndicesUpdateAliasesResponse>
  /**
   * Validate a query.
   * `GET|POST /{index}/_validate/query`, `GET|POST /_validate/query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-validate-query
   */
  declare validateQuery: OptionalCall<IndicesValidateQueryRequest, IndicesValidateQueryResponse>
}
installMethods(IndicesApi, endpoints)
