// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { ClusterAllocationExplainRequest, ClusterAllocationExplainResponse, ClusterDeleteComponentTemplateRequest, ClusterDeleteComponentTemplateResponse, ClusterDeleteVotingConfigExclusionsRequest, ClusterDeleteVotingConfigExclusionsResponse, ClusterExistsComponentTemplateRequest, ClusterExistsComponentTemplateResponse, ClusterGetComponentTemplateRequest, ClusterGetComponentTemplateResponse, ClusterGetSettingsRequest, ClusterGetSettingsResponse, ClusterHealthRequest, ClusterHealthResponse, ClusterInfoRequest, ClusterInfoResponse, ClusterPendingTasksRequest, ClusterPendingTasksResponse, ClusterPostVotingConfigExclusionsRequest, ClusterPostVotingConfigExclusionsResponse, ClusterPutComponentTemplateRequest, ClusterPutComponentTemplateResponse, ClusterPutSettingsRequest, ClusterPutSettingsResponse, ClusterRemoteInfoRequest, ClusterRemoteInfoResponse, ClusterRerouteRequest, ClusterRerouteResponse, ClusterStateRequest, ClusterStateResponse, ClusterStatsRequest, ClusterStatsResponse } from '../types/index.js'

/** The `cluster` endpoints, by method name. */
export const endpoints = endpointTable({
  allocationExplain: ['cluster.allocation_explain', 'GET,POST /_cluster/allocation/explain', 'index shard primary current_node include_disk_info include_yes_decisions master_timeout', 'fields index shard primary current_node'],
  deleteComponentTemplate: ['cluster.delete_component_template', 'DELETE /_component_template/{name}', 'master_timeout timeout', 'none'],
  deleteVotingConfigExclusions: ['cluster.delete_voting_config_exclusions', 'DELETE /_cluster/voting_config_exclusions', 'master_timeout wait_for_removal', 'none'],
  existsComponentTemplate: ['cluster.exists_component_template', 'HEAD /_component_template/{name}', 'master_timeout local', 'none'],
  getComponentTemplate: ['cluster.get_component_template', 'GET /_component_template/{name}|GET /_component_template', 'flat_settings settings_filter include_defaults local master_timeout', 'none'],
  getSettings: ['cluster.get_settings', 'GET /_cluster/settings', 'flat_settings include_defaults master_timeout timeout', 'none'],
  health: ['cluster.health', 'GET /_cluster/health/{index}|GET /_cluster/health', 'expand_wildcards level local master_timeout timeout wait_for_active_shards wait_for_events wait_for_nodes wait_for_no_initializing_shards wait_for_no_relocating_shards wait_for_status', 'none'],
  info: ['cluster.info', 'GET /_info/{target}', '', 'none'],
  pendingTasks: ['cluster.pending_tasks', 'GET /_cluster/pending_tasks', 'local master_timeout', 'none'],
  postVotingConfigExclusions: ['cluster.post_voting_config_exclusions', 'POST /_cluster/voting_config_exclusions', 'node_names node_ids master_timeout timeout', 'none'],
  putComponentTemplate: ['cluster.put_component_template', 'PUT,POST /_component_template/{name}', 'create cause master_timeout', 'fields template version _meta deprecated'],
  putSettings: ['cluster.put_settings', 'PUT /_cluster/settings', 'flat_settings master_timeout timeout', 'fields persistent transient'],
  remoteInfo: ['cluster.remote_info', 'GET /_remote/info', '', 'none'],
  reroute: ['cluster.reroute', 'POST /_cluster/reroute', 'dry_run explain metric retry_failed master_timeout timeout', 'fields commands'],
  state: ['cluster.state', 'GET /_cluster/state/{metric}/{index}|GET /_cluster/state/{metric}|GET /_cluster/state', 'allow_no_indices expand_wildcards flat_settings ignore_unavailable local master_timeout wait_for_metadata_version wait_for_timeout', 'none'],
  stats: ['cluster.stats', 'GET /_cluster/stats/nodes/{node_id}|GET /_cluster/stats', 'include_remotes timeout', 'none'],
})

/** The `cluster` APIs, reached as `client.cluster`. */
export class ClusterApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Explain the shard allocations.
   * `GET|POST /_cluster/allocation/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-allocation-explain
   */
  declare allocationExplain: OptionalCall<ClusterAllocationExplainRequest, ClusterAllocationExplainResponse>
  /**
   * Delete component templates.
   * `DELETE /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare deleteComponentTemplate: Call<ClusterDeleteComponentTemplateRequest, ClusterDeleteComponentTemplateResponse>
  /**
   * Clear cluster voting config exclusions.
   * `DELETE /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  declare deleteVotingConfigExclusions: OptionalCall<ClusterDeleteVotingConfigExclusionsRequest, ClusterDeleteVotingConfigExclusionsResponse>
  /**
   * Check component templates.
   * `HEAD /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare existsComponentTemplate: Call<ClusterExistsComponentTemplateRequest, ClusterExistsComponentTemplateResponse>
  /**
   * Get component templates.
   * `GET /_component_template/{name}`, `GET /_component_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare getComponentTemplate: OptionalCall<ClusterGetComponentTemplateRequest, ClusterGetComponentTemplateResponse>
  /**
   * Get cluster-wide settings.
   * `GET /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-get-settings
   */
  declare getSettings: OptionalCall<ClusterGetSettingsRequest, ClusterGetSettingsResponse>
  /**
   * Get the cluster health status.
   * `GET /_cluster/health/{index}`, `GET /_cluster/health`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-health
   */
  declare health: OptionalCall<ClusterHealthRequest, ClusterHealthResponse>
  /**
   * Get cluster info.
   * `GET /_info/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-info
   */
  declare info: Call<ClusterInfoRequest, ClusterInfoResponse>
  /**
   * Get the pending cluster tasks.
   * `GET /_cluster/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-pending-tasks
   */
  declare pendingTasks: OptionalCall<ClusterPendingTasksRequest, ClusterPendingTasksResponse>
  /**
   * Update voting configuration exclusions.
   * `POST /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  declare postVotingConfigExclusions: OptionalCall<ClusterPostVotingConfigExclusionsRequest, ClusterPostVotingConfigExclusionsResponse>
  /**
   * Create or update a component template.
   * `PUT|POST /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare putComponentTemplate: Call<ClusterPutComponentTemplateRequest, ClusterPutComponentTemplateResponse>
  /**
   * Update the cluster settings.
   * `PUT /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-settings
   */
  declare putSettings: OptionalCall<ClusterPutSettingsRequest, ClusterPutSettingsResponse>
  /**
   * Get remote cluster information.
   * `GET /_remote/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-remote-info
   */
  declare remoteInfo: OptionalCall<ClusterRemoteInfoRequest, ClusterRemoteInfoResponse>
  /**
   * Reroute the cluster.
   * `POST /_cluster/reroute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-reroute
   */
  declare reroute: OptionalCall<ClusterRerouteRequest, ClusterRerouteResponse>
  /**
   * Get the cluster state.
   * `GET /_cluster/state/{metric}/{index}`, `GET /_cluster/state/{metric}`, `GET /_cluster/state`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-state
   */
  declare state: OptionalCall<ClusterStateRequest, ClusterStateResponse>
  /**
   * Get cluster statistics.
   * `GET /_cluster/stats/nodes/{node_id}`, `GET /_cluster/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-stats
   */
  declare stats: OptionalCall<ClusterStatsRequest, ClusterStatsResponse>
}
installMethods(ClusterApi, endpoints)
