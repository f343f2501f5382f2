// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `cluster` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  allocation_explain: { name: 'cluster.allocation_explain', paths: [{ path: '/_cluster/allocation/explain', parts: [], methods: ['GET', 'POST'] }], params: { current_node: 'string', include_disk_info: 'boolean', include_yes_decisions: 'boolean', index: 'string', master_timeout: 'time', primary: 'boolean', shard: 'number' }, body: 'json' },
  delete_component_template: { name: 'cluster.delete_component_template', paths: [{ path: '/_component_template/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_voting_config_exclusions: { name: 'cluster.delete_voting_config_exclusions', paths: [{ path: '/_cluster/voting_config_exclusions', parts: [], methods: ['DELETE'] }], params: { master_timeout: 'time', wait_for_removal: 'boolean' }, body: 'none' },
  exists_component_template: { name: 'cluster.exists_component_template', paths: [{ path: '/_component_template/{name}', parts: ['name'], methods: ['HEAD'] }], params: { local: 'boolean', master_timeout: 'time' }, body: 'none' },
  get_component_template: { name: 'cluster.get_component_template', paths: [{ path: '/_component_template', parts: [], methods: ['GET'] }, { path: '/_component_template/{name}', parts: ['name'], methods: ['GET'] }], params: { flat_settings: 'boolean', include_defaults: 'boolean', local: 'boolean', master_timeout: 'time', settings_filter: 'list' }, body: 'none' },
  get_settings: { name: 'cluster.get_settings', paths: [{ path: '/_cluster/settings', parts: [], methods: ['GET'] }], params: { flat_settings: 'boolean', include_defaults: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  health: { name: 'cluster.health', paths: [{ path: '/_cluster/health', parts: [], methods: ['GET'] }, { path: '/_cluster/health/{index}', parts: ['index'], methods: ['GET'] }], params: { expand_wildcards: 'list', level: 'enum', local: 'boolean', master_timeout: 'time', timeout: 'time', wait_for_active_shards: 'string', wait_for_events: 'enum', wait_for_no_initializing_shards: 'boolean', wait_for_no_relocating_shards: 'boolean', wait_for_nodes: 'string', wait_for_status: 'enum' }, body: 'none' },
  info: { name: 'cluster.info', paths: [{ path: '/_info/{target}', parts: ['target'], methods: ['GET'] }], params: {}, body: 'none' },
  pending_tasks: { name: 'cluster.pending_tasks', paths: [{ path: '/_cluster/pending_tasks', parts: [], methods: ['GET'] }], params: { local: 'boolean', master_timeout: 'time' }, body: 'none' },
  post_voting_config_exclusions: { name: 'cluster.post_voting_config_exclusions', paths: [{ path: '/_cluster/voting_config_exclusions', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', node_ids: 'list', node_names: 'list', timeout: 'time' }, body: 'none' },
  put_component_template: { name: 'cluster.put_component_template', paths: [{ path: '/_component_template/{name}', parts: ['name'], methods: ['PUT', 'POST'] }], params: { cause: 'string', create: 'boolean', master_timeout: 'time' }, body: 'json', bodyRequired: true },
  put_settings: { name: 'cluster.put_settings', paths: [{ path: '/_cluster/settings', parts: [], methods: ['PUT'] }], params: { flat_settings: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  remote_info: { name: 'cluster.remote_info', paths: [{ path: '/_remote/info', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  reroute: { name: 'cluster.reroute', paths: [{ path: '/_cluster/reroute', parts: [], methods: ['POST'] }], params: { dry_run: 'boolean', explain: 'boolean', master_timeout: 'time', metric: 'list', retry_failed: 'boolean', timeout: 'time' }, body: 'json' },
  state: { name: 'cluster.state', paths: [{ path: '/_cluster/state', parts: [], methods: ['GET'] }, { path: '/_cluster/state/{metric}', parts: ['metric'], methods: ['GET'] }, { path: '/_cluster/state/{metric}/{index}', parts: ['metric', 'index'], methods: ['GET'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', flat_settings: 'boolean', ignore_unavailable: 'boolean', local: 'boolean', master_timeout: 'time', wait_for_metadata_version: 'number', wait_for_timeout: 'time' }, body: 'none' },
  stats: { name: 'cluster.stats', paths: [{ path: '/_cluster/stats', parts: [], methods: ['GET'] }, { path: '/_cluster/stats/nodes/{node_id}', parts: ['node_id'], methods: ['GET'] }], params: { include_remotes: 'boolean', timeout: 'time' }, body: 'none' },
}

/** Parameters of `cluster.allocation_explain`. */
export interface ClusterAllocationExplainParams extends CommonBodyParams {
  /** Specifies the node ID or the name of the node to only explain a shard that is currently located on the specified node */
  current_node?: string | BodyValue
  /**
   * Return information about disk usage and shard sizes (default: false)
   * Default: `false`.
   */
  include_disk_info?: boolean
  /**
   * Return 'YES' decisions in explanation (default: false)
   * Default: `false`.
   */
  include_yes_decisions?: boolean
  /** Specifies the name of the index that you would like an explanation for */
  index?: string | BodyValue
  /**
   * Timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** If true, returns explanation for the primary shard for the given shard ID */
  primary?: boolean
  /** Specifies the ID of the shard that you would like an explanation for */
  shard?: number
}

/** Parameters of `cluster.delete_component_template`. */
export interface ClusterDeleteComponentTemplateParams extends CommonParams {
  /** Comma-separated list or wildcard expression of component template names used to limit the request. */
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

/** Parameters of `cluster.delete_voting_config_exclusions`. */
export interface ClusterDeleteVotingConfigExclusionsParams extends CommonParams {
  /**
   * Timeout for submitting request to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Specifies whether to wait for all excluded nodes to be removed from the cluster before clearing the voting configuration exclusions list.
   * Default: `true`.
   */
  wait_for_removal?: boolean
}

/** Parameters of `cluster.exists_component_template`. */
export interface ClusterExistsComponentTemplateParams extends CommonParams {
  /** Comma-separated list of component template names used to limit the request. Wildcard (*) expressions are supported. */
  name: string | readonly string[]
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

/** Parameters of `cluster.get_component_template`. */
export interface ClusterGetComponentTemplateParams extends CommonParams {
  /** The name of the component template. Wildcard (`*`) expressions are supported. */
  name?: string
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Return all default configurations for the component template (default: false)
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
  /** Filter out results, for example to filter out sensitive information. Supports wildcards or full settings keys */
  settings_filter?: string | readonly string[]
}

/** Parameters of `cluster.get_settings`. */
export interface ClusterGetSettingsParams extends CommonParams {
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Whether to return all default clusters setting.
   * Default: `false`.
   */
  include_defaults?: boolean
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `cluster.health`. */
export interface ClusterHealthParams extends CommonParams {
  /** Limit the information returned to a specific index */
  index?: string | readonly string[]
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"all"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Specify the level of detail for returned information
   * Default: `"cluster"`.
   */
  level?: 'cluster' | 'indices' | 'shards'
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
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Wait until the specified number of shards is active
   * Default: `"0"`.
   */
  wait_for_active_shards?: number | string
  /** Wait until all currently queued events with the given priority are processed */
  wait_for_events?: 'immediate' | 'urgent' | 'high' | 'normal' | 'low' | 'languid'
  /**
   * Whether to wait until there are no initializing shards in the cluster
   * Default: `false`.
   */
  wait_for_no_initializing_shards?: boolean
  /**
   * Whether to wait until there are no relocating shards in the cluster
   * Default: `false`.
   */
  wait_for_no_relocating_shards?: boolean
  /** Wait until the specified number of nodes is available */
  wait_for_nodes?: string
  /** Wait until cluster is in a specific state */
  wait_for_status?: 'green' | 'yellow' | 'red' | 'unknown' | 'unavailable'
}

/** Parameters of `cluster.info`. */
export interface ClusterInfoParams extends CommonParams {
  /** Limit the information returned to the specified target. */
  target: '_all' | 'http' | 'ingest' | 'thread_pool' | 'script' | ReadonlyArray<'_all' | 'http' | 'ingest' | 'thread_pool' | 'script'>
}

/** Parameters of `cluster.pending_tasks`. */
export interface ClusterPendingTasksParams extends CommonParams {
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

/** Parameters of `cluster.post_voting_config_exclusions`. */
export interface ClusterPostVotingConfigExclusionsParams extends CommonParams {
  /**
   * Timeout for submitting request to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** A comma-separated list of the persistent ids of the nodes to exclude from the voting configuration. If specified, you may not also specify ?node_names. */
  node_ids?: string | readonly string[]
  /** A comma-separated list of the names of the nodes to exclude from the voting configuration. If specified, you may not also specify ?node_ids. */
  node_names?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `cluster.put_component_template`. */
export interface ClusterPutComponentTemplateParams extends CommonBodyParams {
  /** The name of the template */
  name: string
  /**
   * User defined reason for create the component template
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

/** Parameters of `cluster.put_settings`. */
export interface ClusterPutSettingsParams extends CommonBodyParams {
  /**
   * Return settings in flat format
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `cluster.remote_info`. */
export interface ClusterRemoteInfoParams extends CommonParams {
}

/** Parameters of `cluster.reroute`. */
export interface ClusterRerouteParams extends CommonBodyParams {
  /**
   * Simulate the operation only and return the resulting state
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * Return an explanation of why the commands can or cannot be executed
   * Default: `false`.
   */
  explain?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Limit the information returned to the specified metrics. Defaults to all but metadata
   * @deprecated This parameter has no effect; its use will be forbidden in a future version.
   */
  metric?: string | readonly string[] | BodyValue
  /**
   * Retries allocation of shards that are blocked due to too many subsequent allocation failures
   * Default: `false`.
   */
  retry_failed?: boolean
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `cluster.state`. */
export interface ClusterStateParams extends CommonParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** Limit the information returned to the specified metrics */
  metric?: '_all' | 'blocks' | 'customs' | 'metadata' | 'nodes' | 'routing_table' | 'routing_nodes' | 'master_node' | 'version' | ReadonlyArray<'_all' | 'blocks' | 'customs' | 'metadata' | 'nodes' | 'routing_table' | 'routing_nodes' | 'master_node' | 'version'>
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
  /** Wait for the metadata version to be equal or greater than the specified metadata version */
  wait_for_metadata_version?: number
  /** The maximum time to wait for wait_for_metadata_version before timing out */
  wait_for_timeout?: string
}

/** Parameters of `cluster.stats`. */
export interface ClusterStatsParams extends CommonParams {
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
  /**
   * Include remote cluster data into the response (default: false)
   * Default: `false`.
   */
  include_remotes?: boolean
  /** Explicit operation timeout */
  timeout?: string
}

const E = endpoints

/** The `cluster` APIs, reached as `client.cluster`. */
export class ClusterApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Explain the shard allocations
   * `GET|POST /_cluster/allocation/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-allocation-explain
   */
  allocationExplain<TResponse = unknown>(params: ClusterAllocationExplainParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  allocationExplain<TResponse = unknown>(params?: ClusterAllocationExplainParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  allocationExplain(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.allocation_explain, params, options)
  }

  /**
   * Delete component templates
   * `DELETE /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  deleteComponentTemplate<TResponse = unknown>(params: ClusterDeleteComponentTemplateParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteComponentTemplate<TResponse = unknown>(params: ClusterDeleteComponentTemplateParams, options?: RequestOptions): Promise<TResponse>
  deleteComponentTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_component_template, params, options)
  }

  /**
   * Clear cluster voting config exclusions
   * `DELETE /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  deleteVotingConfigExclusions<TResponse = unknown>(params: ClusterDeleteVotingConfigExclusionsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteVotingConfigExclusions<TResponse = unknown>(params?: ClusterDeleteVotingConfigExclusionsParams, options?: RequestOptions): Promise<TResponse>
  deleteVotingConfigExclusions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_voting_config_exclusions, params, options)
  }

  /**
   * Check component templates
   * `HEAD /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  existsComponentTemplate(params: ClusterExistsComponentTemplateParams, options: MetaOptions): Promise<TransportResult<boolean>>
  existsComponentTemplate(params: ClusterExistsComponentTemplateParams, options?: RequestOptions): Promise<boolean>
  existsComponentTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists_component_template, params, options)
  }

  /**
   * Get component templates
   * `GET /_component_template`
   * `GET /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  getComponentTemplate<TResponse = unknown>(params: ClusterGetComponentTemplateParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getComponentTemplate<TResponse = unknown>(params?: ClusterGetComponentTemplateParams, options?: RequestOptions): Promise<TResponse>
  getComponentTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_component_template, params, options)
  }

  /**
   * Get cluster-wide settings
   * `GET /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-get-settings
   */
  getSettings<TResponse = unknown>(params: ClusterGetSettingsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSettings<TResponse = unknown>(params?: ClusterGetSettingsParams, options?: RequestOptions): Promise<TResponse>
  getSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_settings, params, options)
  }

  /**
   * Get the cluster health status
   * `GET /_cluster/health`
   * `GET /_cluster/health/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-health
   */
  health<TResponse = unknown>(params: ClusterHealthParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  health<TResponse = unknown>(params?: ClusterHealthParams, options?: RequestOptions): Promise<TResponse>
  health(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.health, params, options)
  }

  /**
   * Get cluster info
   * `GET /_info/{target}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-info
   */
  info<TResponse = unknown>(params: ClusterInfoParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  info<TResponse = unknown>(params: ClusterInfoParams, options?: RequestOptions): Promise<TResponse>
  info(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.info, params, options)
  }

  /**
   * Get the pending cluster tasks
   * `GET /_cluster/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-pending-tasks
   */
  pendingTasks<TResponse = unknown>(params: ClusterPendingTasksParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  pendingTasks<TResponse = unknown>(params?: ClusterPendingTasksParams, options?: RequestOptions): Promise<TResponse>
  pendingTasks(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.pending_tasks, params, options)
  }

  /**
   * Update voting configuration exclusions
   * `POST /_cluster/voting_config_exclusions`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-post-voting-config-exclusions
   */
  postVotingConfigExclusions<TResponse = unknown>(params: ClusterPostVotingConfigExclusionsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  postVotingConfigExclusions<TResponse = unknown>(params?: ClusterPostVotingConfigExclusionsParams, options?: RequestOptions): Promise<TResponse>
  postVotingConfigExclusions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_voting_config_exclusions, params, options)
  }

  /**
   * Create or update a component template
   * `PUT|POST /_component_template/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-component-template
   */
  putComponentTemplate<TResponse = unknown>(params: ClusterPutComponentTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putComponentTemplate<TResponse = unknown>(params: ClusterPutComponentTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putComponentTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_component_template, params, options)
  }

  /**
   * Update the cluster settings
   * `PUT /_cluster/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-settings
   */
  putSettings<TResponse = unknown>(params: ClusterPutSettingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putSettings<TResponse = unknown>(params: ClusterPutSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_settings, params, options)
  }

  /**
   * Get remote cluster information
   * `GET /_remote/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-remote-info
   */
  remoteInfo<TResponse = unknown>(params: ClusterRemoteInfoParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  remoteInfo<TResponse = unknown>(params?: ClusterRemoteInfoParams, options?: RequestOptions): Promise<TResponse>
  remoteInfo(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.remote_info, params, options)
  }

  /**
   * Reroute the cluster
   * `POST /_cluster/reroute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-reroute
   */
  reroute<TResponse = unknown>(params: ClusterRerouteParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  reroute<TResponse = unknown>(params?: ClusterRerouteParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  reroute(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reroute, params, options)
  }

  /**
   * Get the cluster state
   * `GET /_cluster/state`
   * `GET /_cluster/state/{metric}`
   * `GET /_cluster/state/{metric}/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-state
   */
  state<TResponse = unknown>(params: ClusterStateParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  state<TResponse = unknown>(params?: ClusterStateParams, options?: RequestOptions): Promise<TResponse>
  state(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.state, params, options)
  }

  /**
   * Get cluster statistics
   * `GET /_cluster/stats`
   * `GET /_cluster/stats/nodes/{node_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-stats
   */
  stats<TResponse = unknown>(params: ClusterStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: ClusterStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }
}
