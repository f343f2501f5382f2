// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { NodesClearRepositoriesMeteringArchiveRequest, NodesClearRepositoriesMeteringArchiveResponse, NodesGetRepositoriesMeteringInfoRequest, NodesGetRepositoriesMeteringInfoResponse, NodesHotThreadsRequest, NodesHotThreadsResponse, NodesInfoRequest, NodesInfoResponse, NodesReloadSecureSettingsRequest, NodesReloadSecureSettingsResponse, NodesStatsRequest, NodesStatsResponse, NodesUsageRequest, NodesUsageResponse } from '../types/index.js'

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
  declare clearRepositoriesMeteringArchive: Call<NodesClearRepositoriesMeteringArchiveRequest, NodesClearRepositoriesMeteringArchiveResponse>
  /**
   * Get cluster repositories metering.
   * `GET /_nodes/{node_id}/_repositories_metering`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-get-repositories-metering-info
   */
  declare getRepositoriesMeteringInfo: Call<NodesGetRepositoriesMeteringInfoRequest, NodesGetRepositoriesMeteringInfoResponse>
  /**
   * Get the hot threads for nodes.
   * `GET /_nodes/{node_id}/hot_threads`, `GET /_nodes/hot_threads`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-hot-threads
   */
  declare hotThreads: OptionalCall<NodesHotThreadsRequest, NodesHotThreadsResponse>
  /**
   * Get node information.
   * `GET /_nodes/{node_id}/{metric}`, `GET /_nodes/{node_id}`, `GET /_nodes/{metric}`, `GET /_nodes`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-info
   */
  declare info: OptionalCall<NodesInfoRequest, NodesInfoResponse>
  /**
   * Reload the keystore on nodes in the cluster.
   * `POST /_nodes/{node_id}/reload_secure_settings`, `POST /_nodes/reload_secure_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-reload-secure-settings
   */
  declare reloadSecureSettings: OptionalCall<NodesReloadSecureSettingsRequest, NodesReloadSecureSettingsResponse>
  /**
   * Get node statistics.
   * `GET /_nodes/{node_id}/stats/{metric}/{index_metric}`, `GET /_nodes/{node_id}/stats/{metric}`, `GET /_nodes/stats/{metric}/{index_metric}`, `GET /_nodes/{node_id}/stats`, `GET /_nodes/stats/{metric}`, `GET /_nodes/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-stats
   */
  declare stats: OptionalCall<NodesStatsRequest, NodesStatsResponse>
  /**
   * Get feature usage information.
   * `GET /_nodes/{node_id}/usage/{metric}`, `GET /_nodes/{node_id}/usage`, `GET /_nodes/usage/{metric}`, `GET /_nodes/usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-usage
   */
  declare usage: OptionalCall<NodesUsageRequest, NodesUsageResponse>
}
installMethods(NodesApi, endpoints)
