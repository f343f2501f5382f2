// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, HeadCall, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

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

export interface ClusterAllocationExplainParams extends CommonParams, QueryParams<'include_disk_info' | 'include_yes_decisions' | 'master_timeout'> {
  index?: unknown
  shard?: unknown
  primary?: unknown
  current_node?: unknown
}
export interface ClusterDeleteComponentTemplateParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface ClusterDeleteVotingConfigExclusionsParams extends CommonParams, QueryParams<'master_timeout' | 'wait_for_removal'> {}
export interface ClusterExistsComponentTemplateParams extends CommonParams, QueryParams<'master_timeout' | 'local'> {
  name: string | ReadonlyArray<string>
}
export interface ClusterGetComponentTemplateParams extends CommonParams, QueryParams<'flat_settings' | 'settings_filter' | 'include_defaults' | 'local' | 'master_timeout'> {
  name?: string
}
export interface ClusterGetSettingsParams extends CommonParams, QueryParams<'flat_settings' | 'include_defaults' | 'master_timeout' | 'timeout'> {}
export interface ClusterHealthParams extends CommonParams, QueryParams<'expand_wildcards' | 'level' | 'local' | 'master_timeout' | 'timeout' | 'wait_for_active_shards' | 'wait_for_events' | 'wait_for_nodes' | 'wait_for_no_initializing_shards' | 'wait_for_no_relocating_shards' | 'wait_for_status'> {
  index?: string | ReadonlyArray<string>
}
export interface ClusterInfoParams extends CommonParams {
  target: '_all' | 'http' | 'ingest' | 'thread_pool' | 'script' | ReadonlyArray<'_all' | 'http' | 'ingest' | 'thread_pool' | 'script'>
}
export interface ClusterPendingTasksParams extends CommonParams, QueryParams<'local' | 'master_timeout'> {}
export interface ClusterPostVotingConfigExclusionsParams extends CommonParams, QueryParams<'node_names' | 'node_ids' | 'master_timeout' | 'timeout'> {}
export interface ClusterPutComponentTemplateParams extends CommonParams, QueryParams<'create' | 'cause' | 'master_timeout'> {
  name: string
  template?: unknown
  version?: unknown
  _meta?: unknown
  deprecated?: unknown
}
export interface ClusterPutSettingsParams extends CommonParams, QueryParams<'flat_settings' | 'master_timeout' | 'timeout'> {
  persistent?: unknown
  transient?: unknown
}
export interface ClusterRemoteInfoParams extends CommonParams {}
export interface ClusterRerouteParams extends CommonParams, QueryParams<'dry_run' | 'explain' | 'retry_failed' | 'master_timeout' | 'timeout'> {
  /** Limits the information returned to the specified metrics. */
  metric?: string | ReadonlyArray<string>
  commands?: unknown
}
export interface ClusterStateParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'flat_settings' | 'ignore_unavailable' | 'local' | 'master_timeout' | 'wait_for_metadata_version' | 'wait_for_timeout'> {
  metric?: '_all' | 'version' | 'master_node' | 'blocks' | 'nodes' | 'metadata' | 'routing_table' | 'routing_nodes' | 'customs' | ReadonlyArray<'_all' | 'version' | 'master_node' | 'blocks' | 'nodes' | 'metadata' | 'routing_table' | 'routing_nodes' | 'customs'>
  index?: string | ReadonlyArray<string>
}
export interface ClusterStatsParams extends CommonParams, QueryParams<'include_remotes' | 'timeout'> {
  node_id?: string | ReadonlyArray<string>
}

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
  declare allocationExplain: OptionalCall<ClusterAllocationExplainParams & BodyFields>
  /**
   * Delete component templates.
   * `DELETE /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare deleteComponentTemplate: Call<ClusterDeleteComponentTemplateParams>
  /**
   * Clear cluster voting config exclusions.
   * `DELETE /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  declare deleteVotingConfigExclusions: OptionalCall<ClusterDeleteVotingConfigExclusionsParams>
  /**
   * Check component templates.
   * `HEAD /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare existsComponentTemplate: HeadCall<ClusterExistsComponentTemplateParams>
  /**
   * Get component templates.
   * `GET /_component_template/{name}`, `GET /_component_template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare getComponentTemplate: OptionalCall<ClusterGetComponentTemplateParams>
  /**
   * Get cluster-wide settings.
   * `GET /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-get-settings
   */
  declare getSettings: OptionalCall<ClusterGetSettingsParams>
  /**
   * Get the cluster health status.
   * `GET /_cluster/health/{index}`, `GET /_cluster/health`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-health
   */
  declare health: OptionalCall<ClusterHealthParams>
  /**
   * Get cluster info.
   * `GET /_info/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-info
   */
  declare info: Call<ClusterInfoParams>
  /**
   * Get the pending cluster tasks.
   * `GET /_cluster/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-pending-tasks
   */
  declare pendingTasks: OptionalCall<ClusterPendingTasksParams>
  /**
   * Update voting configuration exclusions.
   * `POST /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  declare postVotingConfigExclusions: OptionalCall<ClusterPostVotingConfigExclusionsParams>
  /**
   * Create or update a component template.
   * `PUT|POST /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  declare putComponentTemplate: Call<ClusterPutComponentTemplateParams & BodyFields>
  /**
   * Update the cluster settings.
   * `PUT /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-settings
   */
  declare putSettings: OptionalCall<ClusterPutSettingsParams & BodyFields>
  /**
   * Get remote cluster information.
   * `GET /_remote/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-remote-info
   */
  declare remoteInfo: OptionalCall<ClusterRemoteInfoParams>
  /**
   * Reroute the cluster.
   * `POST /_cluster/reroute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-reroute
   */
  declare reroute: OptionalCall<ClusterRerouteParams & BodyFields>
  /**
   * Get the cluster state.
   * `GET /_cluster/state/{metric}/{index}`, `GET /_cluster/state/{metric}`, `GET /_cluster/state`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-state
   */
  declare state: OptionalCall<ClusterStateParams>
  /**
   * Get cluster statistics.
   * `GET /_cluster/stats/nodes/{node_id}`, `GET /_cluster/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-stats
   */
  declare stats: OptionalCall<ClusterStatsParams>
}
installMethods(ClusterApi, endpoints)
