// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `nodes` endpoints, by method name. */
export const endpoints = endpointTable({
  clearRepositoriesMeteringArchive: ['nodes.clear_repositories_metering_archive', 'DELETE /_nodes/{node_id}/_repositories_metering/{max_archive_version}', '', 'none'],
  getRepositoriesMeteringInfo: ['nodes.get_repositories_metering_info', 'GET /_nodes/{node_id}/_repositories_metering', '', 'none'],
  hotThreads: ['nodes.hot_threads', 'GET /_nodes/{node_id}/hot_threads|GET /_nodes/hot_threads', 'ignore_idle_threads interval snapshots threads timeout type sort', 'none'],
  info: ['nodes.info', 'GET /_nodes/{node_id}/{metric}|GET /_nodes/{node_id}|GET /_nodes/{metric}|GET /_nodes', 'flat_settings timeout', 'none'],
  reloadSecureSettings: ['nodes.reload_secure_settings', 'POST /_nodes/{node_id}/reload_secure_settings|POST /_nodes/reload_secure_settings', 'timeout', 'fields secure_settings_password'],
  stats: ['nodes.stats', 'GET /_nodes/{node_id}/stats/{metric}/{index_metric}|GET /_nodes/{node_id}/stats/{metric}|GET /_nodes/stats/{metric}/{index_metric}|GET /_nodes/{node_id}/stats|GET /_nodes/stats/{metric}|GET /_nodes/stats', 'completion_fields fielddata_fields fields groups include_segment_file_sizes level timeout types include_unloaded_segments', 'none'],
  usage: ['nodes.usage', 'GET /_nodes/{node_id}/usage/{metric}|GET /_nodes/{node_id}/usage|GET /_nodes/usage/{metric}|GET /_nodes/usage', 'timeout', 'none'],
})

export interface NodesClearRepositoriesMeteringArchiveParams extends CommonParams {
  node_id: string | ReadonlyArray<string>
  max_archive_version: number
}
export interface NodesGetRepositoriesMeteringInfoParams extends CommonParams {
  node_id: string | ReadonlyArray<string>
}
export interface NodesHotThreadsParams extends CommonParams, QueryParams<'ignore_idle_threads' | 'interval' | 'snapshots' | 'threads' | 'timeout' | 'type'> {
  node_id?: string | ReadonlyArray<string>
  /** The sort order for 'cpu' type */
  sort?: 'cpu' | 'wait' | 'block' | 'gpu' | 'mem'
}
export interface NodesInfoParams extends CommonParams, QueryParams<'flat_settings' | 'timeout'> {
  node_id?: string | ReadonlyArray<string>
  metric?: '_all' | '_none' | 'settings' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'transport' | 'http' | 'remote_cluster_server' | 'plugins' | 'ingest' | 'aggregations' | 'indices' | ReadonlyArray<'_all' | '_none' | 'settings' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'transport' | 'http' | 'remote_cluster_server' | 'plugins' | 'ingest' | 'aggregations' | 'indices'>
}
export interface NodesReloadSecureSettingsParams extends CommonParams, QueryParams<'timeout'> {
  node_id?: string | ReadonlyArray<string>
  secure_settings_password?: unknown
}
export interface NodesStatsParams extends CommonParams, QueryParams<'completion_fields' | 'fielddata_fields' | 'fields' | 'groups' | 'include_segment_file_sizes' | 'timeout' | 'types' | 'include_unloaded_segments'> {
  node_id?: string | ReadonlyArray<string>
  metric?: '_all' | '_none' | 'indices' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'fs' | 'transport' | 'http' | 'breaker' | 'script' | 'discovery' | 'ingest' | 'adaptive_selection' | 'script_cache' | 'indexing_pressure' | 'repositories' | 'allocations' | ReadonlyArray<'_all' | '_none' | 'indices' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'fs' | 'transport' | 'http' | 'breaker' | 'script' | 'discovery' | 'ingest' | 'adaptive_selection' | 'script_cache' | 'indexing_pressure' | 'repositories' | 'allocations'>
  index_metric?: '_all' | 'store' | 'indexing' | 'get' | 'search' | 'merge' | 'flush' | 'refresh' | 'query_cache' | 'fielddata' | 'docs' | 'warmer' | 'completion' | 'segments' | 'translog' | 'request_cache' | 'recovery' | 'bulk' | 'shard_stats' | 'mappings' | 'dense_vector' | 'sparse_vector' | ReadonlyArray<'_all' | 'store' | 'indexing' | 'get' | 'search' | 'merge' | 'flush' | 'refresh' | 'query_cache' | 'fielddata' | 'docs' | 'warmer' | 'completion' | 'segments' | 'translog' | 'request_cache' | 'recovery' | 'bulk' | 'shard_stats' | 'mappings' | 'dense_vector' | 'sparse_vector'>
  /** Indicates whether statistics are aggregated at the node, indices, or shards level. */
  level?: 'node' | 'indices' | 'shards'
}
export interface NodesUsageParams extends CommonParams, QueryParams<'timeout'> {
  node_id?: string | ReadonlyArray<string>
  metric?: '_all' | 'rest_actions' | 'aggregations' | ReadonlyArray<'_all' | 'rest_actions' | 'aggregations'>
}

/** The `nodes` APIs, reached as `client.nodes`. */
export class NodesApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Clear the archived repositories metering.
   * `DELETE /_nodes/{node_id}/_repositories_metering/{max_archive_version}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-clear-repositories-metering-archive
   */
  declare clearRepositoriesMeteringArchive: Call<NodesClearRepositoriesMeteringArchiveParams>
  /**
   * Get cluster repositories metering.
   * `GET /_nodes/{node_id}/_repositories_metering`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-get-repositories-metering-info
   */
  declare getRepositoriesMeteringInfo: Call<NodesGetRepositoriesMeteringInfoParams>
  /**
   * Get the hot threads for nodes.
   * `GET /_nodes/{node_id}/hot_threads`, `GET /_nodes/hot_threads`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-hot-threads
   */
  declare hotThreads: OptionalCall<NodesHotThreadsParams>
  /**
   * Get node information.
   * `GET /_nodes/{node_id}/{metric}`, `GET /_nodes/{node_id}`, `GET /_nodes/{metric}`, `GET /_nodes`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-info
   */
  declare info: OptionalCall<NodesInfoParams>
  /**
   * Reload the keystore on nodes in the cluster.
   * `POST /_nodes/{node_id}/reload_secure_settings`, `POST /_nodes/reload_secure_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-reload-secure-settings
   */
  declare reloadSecureSettings: OptionalCall<NodesReloadSecureSettingsParams & BodyFields>
  /**
   * Get node statistics.
   * `GET /_nodes/{node_id}/stats/{metric}/{index_metric}`, `GET /_nodes/{node_id}/stats/{metric}`, `GET /_nodes/stats/{metric}/{index_metric}`, `GET /_nodes/{node_id}/stats`, `GET /_nodes/stats/{metric}`, `GET /_nodes/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-stats
   */
  declare stats: OptionalCall<NodesStatsParams>
  /**
   * Get feature usage information.
   * `GET /_nodes/{node_id}/usage/{metric}`, `GET /_nodes/{node_id}/usage`, `GET /_nodes/usage/{metric}`, `GET /_nodes/usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-usage
   */
  declare usage: OptionalCall<NodesUsageParams>
}
installMethods(NodesApi, endpoints)
