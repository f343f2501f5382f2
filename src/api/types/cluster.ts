// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ByteSize, ClusterInfoTargets, CompletionStats, DateFormat, DateTime, DocStats, Duration, DurationValue, EpochTime, ExpandWildcards, FielddataStats, HealthStatus, Id, Ids, IndexName, Indices, Level, Metadata, Name, Names, NodeId, NodeIds, NodeName, NodeRoles, PluginStats, QueryCacheStats, RequestBase, SegmentsStats, StoreStats, TransportAddress, UnitMillis, Uuid, VersionNumber, VersionString, WaitForActiveShards, WaitForEvents, double, integer, long } from './common.js'
import type { IndicesAliasDefinition, IndicesDataStreamLifecycle, IndicesDataStreamLifecycleWithRollover, IndicesDataStreamOptions, IndicesIndexSettings, IndicesPutIndexTemplateIndexTemplateMapping } from './indices.js'
import type { MappingTypeMapping } from './mapping.js'
import type { NodesHttp, NodesIndexingPressureMemory, NodesIngest, NodesNodesResponseBase, NodesScripting, NodesThreadCount } from './nodes.js'

export interface ClusterAllocationExplainAllocationDecision {
  decider: string
  decision: ClusterAllocationExplainAllocationExplainDecision
  explanation: string
}

export type ClusterAllocationExplainAllocationExplainDecision = 'NO' | 'YES' | 'THROTTLE' | 'ALWAYS'

export interface ClusterAllocationExplainAllocationStore {
  allocation_id: string
  found: boolean
  in_sync: boolean
  matching_size_in_bytes: long
  matching_sync_id: boolean
  store_exception: string
}

export interface ClusterAllocationExplainClusterInfo {
  nodes: Record<string, ClusterAllocationExplainNodeDiskUsage>
  shard_sizes: Record<string, long>
  shard_data_set_sizes?: Record<string, string>
  shard_paths: Record<string, string>
  reserved_sizes: ClusterAllocationExplainReservedSize[]
}

export interface ClusterAllocationExplainCurrentNode {
  id: Id
  name: Name
  roles: NodeRoles
  attributes: Record<string, string>
  transport_address: TransportAddress
  weight_ranking: integer
}

export type ClusterAllocationExplainDecision = 'yes' | 'no' | 'worse_balance' | 'throttled' | 'awaiting_info' | 'allocation_delayed' | 'no_valid_shard_copy' | 'no_attempt'

export interface ClusterAllocationExplainDiskUsage {
  path: string
  total_bytes: long
  used_bytes: long
  free_bytes: long
  free_disk_percent: double
  used_disk_percent: double
}

export interface ClusterAllocationExplainNodeAllocationExplanation {
  deciders?: ClusterAllocationExplainAllocationDecision[]
  node_attributes: Record<string, string>
  node_decision: ClusterAllocationExplainDecision
  node_id: Id
  node_name: Name
  roles: NodeRoles
  store?: ClusterAllocationExplainAllocationStore
  transport_address: TransportAddress
  weight_ranking?: integer
}

export interface ClusterAllocationExplainNodeDiskUsage {
  node_name: Name
  least_available: ClusterAllocationExplainDiskUsage
  most_available: ClusterAllocationExplainDiskUsage
}

/** Request of `cluster.allocation_explain`. */
export interface ClusterAllocationExplainRequest extends RequestBase {
  /** The name of the index that you would like an explanation for. */
  index?: IndexName
  /** An identifier for the shard that you would like an explanation for. */
  shard?: integer
  /** If true, returns an explanation for the primary shard for the specified shard ID. */
  primary?: boolean
  /** Explain a shard only if it is currently located on the specified node name or node ID. */
  current_node?: NodeId
  /** If true, returns information about disk usage and shard sizes. */
  include_disk_info?: boolean
  /** If true, returns YES decisions in explanation. */
  include_yes_decisions?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface ClusterAllocationExplainReservedSize {
  node_id: Id
  path: string
  total: long
  shards: string[]
}

export interface ClusterAllocationExplainResponse {
  allocate_explanation?: string
  allocation_delay?: Duration
  allocation_delay_in_millis?: DurationValue<UnitMillis>
  can_allocate?: ClusterAllocationExplainDecision
  can_move_to_other_node?: ClusterAllocationExplainDecision
  can_rebalance_cluster?: ClusterAllocationExplainDecision
  can_rebalance_cluster_decisions?: ClusterAllocationExplainAllocationDecision[]
  can_rebalance_to_other_node?: ClusterAllocationExplainDecision
  can_remain_decisions?: ClusterAllocationExplainAllocationDecision[]
  can_remain_on_current_node?: ClusterAllocationExplainDecision
  cluster_info?: ClusterAllocationExplainClusterInfo
  configured_delay?: Duration
  configured_delay_in_millis?: DurationValue<UnitMillis>
  current_node?: ClusterAllocationExplainCurrentNode
  current_state: string
  index: IndexName
  move_explanation?: string
  node_allocation_decisions?: ClusterAllocationExplainNodeAllocationExplanation[]
  primary: boolean
  rebalance_explanation?: string
  remaining_delay?: Duration
  remaining_delay_in_millis?: DurationValue<UnitMillis>
  shard: integer
  unassigned_info?: ClusterAllocationExplainUnassignedInformation
  note?: string
}

export interface ClusterAllocationExplainUnassignedInformation {
  at: DateTime
  last_allocation_status?: string
  reason: ClusterAllocationExplainUnassignedInformationReason
  details?: string
  failed_allocation_attempts?: integer
  delayed?: boolean
  allocation_status?: string
}

export type ClusterAllocationExplainUnassignedInformationReason = 'INDEX_CREATED' | 'CLUSTER_RECOVERED' | 'INDEX_REOPENED' | 'DANGLING_INDEX_IMPORTED' | 'NEW_INDEX_RESTORED' | 'EXISTING_INDEX_RESTORED' | 'REPLICA_ADDED' | 'ALLOCATION_FAILED' | 'NODE_LEFT' | 'REROUTE_CANCELLED' | 'REINITIALIZED' | 'REALLOCATED_REPLICA' | 'PRIMARY_FAILED' | 'FORCED_EMPTY_PRIMARY' | 'MANUAL_ALLOCATION'

export interface ClusterComponentTemplate {
  name: Name
  component_template: ClusterComponentTemplateNodeWithRollover
}

export interface ClusterComponentTemplateNode {
  template: ClusterComponentTemplateSummary
  version?: VersionNumber
  _meta?: Metadata
  deprecated?: boolean
  /** Date and time when the component template was created. Only returned if the `human` query parameter is `true`. */
  created_date?: DateTime
  /** Date and time when the component template was created, in milliseconds since the epoch. */
  created_date_millis?: EpochTime<UnitMillis>
  /** Date and time when the component template was last modified. Only returned if the `human` query parameter is `true`. */
  modified_date?: DateTime
  /** Date and time when the component template was last modified, in milliseconds since the epoch. */
  modified_date_millis?: EpochTime<UnitMillis>
}

export interface ClusterComponentTemplateNodeWithRollover {
  template: ClusterComponentTemplateSummaryRes
  version?: VersionNumber
  _meta?: Metadata
  deprecated?: boolean
  /** Date and time when the component template was created. Only returned if the `human` query parameter is `true`. */
  created_date?: DateTime
  /** Date and time when the component template was created, in milliseconds since the epoch. */
  created_date_millis?: EpochTime<UnitMillis>
  /** Date and time when the component template was last modified. Only returned if the `human` query parameter is `true`. */
  modified_date?: DateTime
  /** Date and time when the component template was last modified, in milliseconds since the epoch. */
  modified_date_millis?: EpochTime<UnitMillis>
}

export interface ClusterComponentTemplateSummary {
  _meta?: Metadata
  version?: VersionNumber
  settings?: Record<IndexName, IndicesIndexSettings>
  mappings?: MappingTypeMapping
  aliases?: Record<string, IndicesAliasDefinition>
  lifecycle?: IndicesDataStreamLifecycle
  data_stream_options?: IndicesDataStreamOptions
}

export interface ClusterComponentTemplateSummaryRes {
  lifecycle?: IndicesDataStreamLifecycleWithRollover
  _meta?: Metadata
  version?: VersionNumber
  settings?: Record<IndexName, IndicesIndexSettings>
  mappings?: MappingTypeMapping
  aliases?: Record<string, IndicesAliasDefinition>
  data_stream_options?: IndicesDataStreamOptions
}

/** Request of `cluster.delete_component_template`. */
export interface ClusterDeleteComponentTemplateRequest extends RequestBase {
  /** Comma-separated list or wildcard expression of component template names used to limit the request. */
  name: Names
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type ClusterDeleteComponentTemplateResponse = AcknowledgedResponseBase

/** Request of `cluster.delete_voting_config_exclusions`. */
export interface ClusterDeleteVotingConfigExclusionsRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Specifies whether to wait for all excluded nodes to be removed from the cluster before clearing the voting configuration exclusions list. Defaults to true, meaning that all excluded nodes must be removed from the cluster before this API takes any action. If set to false then the voting configuration exclusions list is cleared even if some excluded nodes are still in the cluster. */
  wait_for_removal?: boolean
}

/** An empty answer. */
export type ClusterDeleteVotingConfigExclusionsResponse = ''

/** Request of `cluster.exists_component_template`. */
export interface ClusterExistsComponentTemplateRequest extends RequestBase {
  /** Comma-separated list of component template names used to limit the request. Wildcard (*) expressions are supported. */
  name: Names
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /**
   * If true, the request retrieves information from the local node only. Defaults to false, which means information is retrieved from the master node.
   * @deprecated 9.0.0: This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
}

export type ClusterExistsComponentTemplateResponse = boolean

/** Request of `cluster.get_component_template`. */
export interface ClusterGetComponentTemplateRequest extends RequestBase {
  /** Name of component template to retrieve. Wildcard (`*`) expressions are supported. */
  name?: Name
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** Filter out results, for example to filter out sensitive information. Supports wildcards or full settings keys */
  settings_filter?: string | string[]
  /** Return all default configurations for the component template */
  include_defaults?: boolean
  /**
   * If `true`, the request retrieves information from the local node only. If `false`, information is retrieved from the master node.
   * @deprecated 9.0.0: This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface ClusterGetComponentTemplateResponse {
  component_templates: ClusterComponentTemplate[]
}

/** Request of `cluster.get_settings`. */
export interface ClusterGetSettingsRequest extends RequestBase {
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** If `true`, also returns the values of all other cluster settings set in the `elasticsearch.yml` file on one of the nodes in your cluster, together with the default values of all other cluster settings on that node. The default value of each setting may depend on the values of other settings on that node. If the nodes in your cluster do not all have the same configuration then the values returned by this API may vary from invocation to invocation and may not reflect the values that Elasticsearch uses in all situations. Use the `GET _nodes/settings` API to fetch the settings for each individual node in your cluster. */
  include_defaults?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface ClusterGetSettingsResponse {
  /** The settings that persist after the cluster restarts. */
  persistent: Record<string, any>
  /** The settings that do not persist after the cluster restarts. */
  transient: Record<string, any>
  /** The default setting values. */
  defaults?: Record<string, any>
}

export interface ClusterHealthHealthResponseBody {
  /** The number of active primary shards. */
  active_primary_shards: integer
  /** The total number of active primary and replica shards. */
  active_shards: integer
  /** The ratio of active shards in the cluster expressed as a string formatted percentage. */
  active_shards_percent?: string
  /** The ratio of active shards in the cluster expressed as a percentage. */
  active_shards_percent_as_number: double
  /** The name of the cluster. */
  cluster_name: Name
  /** The number of shards whose allocation has been delayed by the timeout settings. */
  delayed_unassigned_shards: integer
  indices?: Record<IndexName, ClusterHealthIndexHealthStats>
  /** The number of shards that are under initialization. */
  initializing_shards: integer
  /** The number of nodes that are dedicated data nodes. */
  number_of_data_nodes: integer
  /** The number of unfinished fetches. */
  number_of_in_flight_fetch: integer
  /** The number of nodes within the cluster. */
  number_of_nodes: integer
  /** The number of cluster-level changes that have not yet been executed. */
  number_of_pending_tasks: integer
  /** The number of shards that are under relocation. */
  relocating_shards: integer
  status: HealthStatus
  /** The time since the earliest initiated task is waiting for being performed. */
  task_max_waiting_in_queue?: Duration
  /** The time expressed in milliseconds since the earliest initiated task is waiting for being performed. */
  task_max_waiting_in_queue_millis: DurationValue<UnitMillis>
  /** If false the response returned within the period of time that is specified by the timeout parameter (30s by default) */
  timed_out: boolean
  /** The number of primary shards that are not allocated. */
  unassigned_primary_shards: integer
  /** The number of shards that are not allocated. */
  unassigned_shards: integer
}

export interface ClusterHealthIndexHealthStats {
  active_primary_shards: integer
  active_shards: integer
  initializing_shards: integer
  number_of_replicas: integer
  number_of_shards: integer
  relocating_shards: integer
  shards?: Record<string, ClusterHealthShardHealthStats>
  status: HealthStatus
  unassigned_shards: integer
  unassigned_primary_shards: integer
}

/** Request of `cluster.health`. */
export interface ClusterHealthRequest extends RequestBase {
  /** A comma-separated list of data streams, indices, and index aliases that limit the request. Wildcard expressions (`*`) are supported. To target all data streams and indices in a cluster, omit this parameter or use _all or `*`. */
  index?: Indices
  /** Expand wildcard expression to concrete indices that are open, closed or both. */
  expand_wildcards?: ExpandWildcards
  /** Return health information at a specific level of detail. */
  level?: Level
  /** If true, retrieve information from the local node only. If false, retrieve information from the master node. */
  local?: boolean
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Wait for the specified number of active shards. Use `all` to wait for all shards in the cluster to be active. Use `0` to not wait. */
  wait_for_active_shards?: WaitForActiveShards
  /** Wait until all currently queued events with the given priority are processed. */
  wait_for_events?: WaitForEvents
  /** Wait until the specified number (N) of nodes is available. It also accepts `>=N`, `<=N`, `>N` and `<N`. Alternatively, use the notations `ge(N)`, `le(N)`, `gt(N)`, and `lt(N)`. */
  wait_for_nodes?: ClusterHealthWaitForNodes
  /** Wait (until the timeout expires) for the cluster to have no shard initializations. If false, the request does not wait for initializing shards. */
  wait_for_no_initializing_shards?: boolean
  /** Wait (until the timeout expires) for the cluster to have no shard relocations. If false, the request not wait for relocating shards. */
  wait_for_no_relocating_shards?: boolean
  /** Wait (until the timeout expires) for the cluster to reach a specific health status (or a better status). A green status is better than yellow and yellow is better than red. By default, the request does not wait for a particular status. */
  wait_for_status?: HealthStatus
}

export type ClusterHealthResponse = ClusterHealthHealthResponseBody

export interface ClusterHealthShardHealthStats {
  active_shards: integer
  initializing_shards: integer
  primary_active: boolean
  relocating_shards: integer
  status: HealthStatus
  unassigned_shards: integer
  unassigned_primary_shards: integer
}

export type ClusterHealthWaitForNodes = string | integer

/** Request of `cluster.info`. */
export interface ClusterInfoRequest extends RequestBase {
  /** Limits the information returned to the specific target. Supports a comma-separated list, such as http,ingest. */
  target: ClusterInfoTargets
}

export interface ClusterInfoResponse {
  cluster_name: Name
  http?: NodesHttp
  ingest?: NodesIngest
  thread_pool?: Record<string, NodesThreadCount>
  script?: NodesScripting
}

export interface ClusterPendingTasksPendingTask {
  /** Indicates whether the pending tasks are currently executing or not. */
  executing: boolean
  /** The number that represents when the task has been inserted into the task queue. */
  insert_order: integer
  /** The priority of the pending task. The valid priorities in descending priority order are: `IMMEDIATE` > `URGENT` > `HIGH` > `NORMAL` > `LOW` > `LANGUID`. */
  priority: string
  /** A general description of the cluster task that may include a reason and origin. */
  source: string
  /** The time since the task is waiting for being performed. */
  time_in_queue?: Duration
  /** The time expressed in milliseconds since the task is waiting for being performed. */
  time_in_queue_millis: DurationValue<UnitMillis>
}

/** Request of `cluster.pending_tasks`. */
export interface ClusterPendingTasksRequest extends RequestBase {
  /** If `true`, the request retrieves information from the local node only. If `false`, information is retrieved from the master node. */
  local?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface ClusterPendingTasksResponse {
  tasks: ClusterPendingTasksPendingTask[]
}

/** Request of `cluster.post_voting_config_exclusions`. */
export interface ClusterPostVotingConfigExclusionsRequest extends RequestBase {
  /** A comma-separated list of the names of the nodes to exclude from the voting configuration. If specified, you may not also specify node_ids. */
  node_names?: Names
  /** A comma-separated list of the persistent ids of the nodes to exclude from the voting configuration. If specified, you may not also specify node_names. */
  node_ids?: Ids
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** When adding a voting configuration exclusion, the API waits for the specified nodes to be excluded from the voting configuration before returning. If the timeout expires before the appropriate condition is satisfied, the request fails and returns an error. */
  timeout?: Duration
}

/** An empty answer. */
export type ClusterPostVotingConfigExclusionsResponse = ''

/** Request of `cluster.put_component_template`. */
export interface ClusterPutComponentTemplateRequest extends RequestBase {
  /** Name of the component template to create. Elasticsearch includes the following built-in component templates: `logs-mappings`; `logs-settings`; `metrics-mappings`; `metrics-settings`;`synthetics-mapping`; `synthetics-settings`. Elastic Agent uses these templates to configure backing indices for its data streams. If you use Elastic Agent and want to overwrite one of these templates, set the `version` for your replacement template higher than the current version. If you don’t use Elastic Agent and want to disable all built-in component and index templates, set `stack.templates.enabled` to `false` using the cluster update settings API. */
  name: Name
  /** If `true`, this request cannot replace or update existing component templates. */
  create?: boolean
  /** User defined reason for create the component template. */
  cause?: string
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The template to be applied which includes mappings, settings, or aliases configuration. */
  template: IndicesPutIndexTemplateIndexTemplateMapping
  /** Version number used to manage component templates externally. This number isn't automatically generated or incremented by Elasticsearch. To unset a version, replace the template without specifying a version. */
  version?: VersionNumber
  /** Optional user metadata about the component template. It may have any contents. This map is not automatically generated by Elasticsearch. This information is stored in the cluster state, so keeping it short is preferable. To unset `_meta`, replace the template without specifying this information. */
  _meta?: Metadata
  /** Marks this index template as deprecated. When creating or updating a non-deprecated index template that uses deprecated components, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
}

export type ClusterPutComponentTemplateResponse = AcknowledgedResponseBase

/** Request of `cluster.put_settings`. */
export interface ClusterPutSettingsRequest extends RequestBase {
  /** Return settings in flat format */
  flat_settings?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. */
  timeout?: Duration
  /** The settings that persist after the cluster restarts. */
  persistent?: Record<string, any>
  /** The settings that do not persist after the cluster restarts. */
  transient?: Record<string, any>
}

export interface ClusterPutSettingsResponse {
  acknowledged: boolean
  persistent: Record<string, any>
  transient: Record<string, any>
}

export type ClusterRemoteInfoClusterRemoteInfo = ClusterRemoteInfoClusterRemoteSniffInfo | ClusterRemoteInfoClusterRemoteProxyInfo

export interface ClusterRemoteInfoClusterRemoteProxyInfo {
  /** The connection mode for the remote cluster. */
  mode: 'proxy'
  /** If it is `true`, there is at least one open connection to the remote cluster. If it is `false`, it means that the cluster no longer has an open connection to the remote cluster. It does not necessarily mean that the remote cluster is down or unavailable, just that at some point a connection was lost. */
  connected: boolean
  /** The initial connect timeout for remote cluster connections. */
  initial_connect_timeout: Duration
  /** If `true`, cross-cluster search skips the remote cluster when its nodes are unavailable during the search and ignores errors returned by the remote cluster. */
  skip_unavailable: boolean
  /** The address for remote connections when proxy mode is configured. */
  proxy_address: string
  server_name: string
  /** The number of open socket connections to the remote cluster when proxy mode is configured. */
  num_proxy_sockets_connected: integer
  /** The maximum number of socket connections to the remote cluster when proxy mode is configured. */
  max_proxy_socket_connections: integer
  /** This field is present and has a value of `::es_redacted::` only when the remote cluster is configured with the API key based model. Otherwise, the field is not present. */
  cluster_credentials?: string
}

export interface ClusterRemoteInfoClusterRemoteSniffInfo {
  /** The connection mode for the remote cluster. */
  mode: 'sniff'
  /** If it is `true`, there is at least one open connection to the remote cluster. If it is `false`, it means that the cluster no longer has an open connection to the remote cluster. It does not necessarily mean that the remote cluster is down or unavailable, just that at some point a connection was lost. */
  connected: boolean
  /** The maximum number of connections maintained for the remote cluster when sniff mode is configured. */
  max_connections_per_cluster: integer
  /** The number of connected nodes in the remote cluster when sniff mode is configured. */
  num_nodes_connected: long
  /** The initial connect timeout for remote cluster connections. */
  initial_connect_timeout: Duration
  /** If `true`, cross-cluster search skips the remote cluster when its nodes are unavailable during the search and ignores errors returned by the remote cluster. */
  skip_unavailable: boolean
  /** The initial seed transport addresses of the remote cluster when sniff mode is configured. */
  seeds: string[]
}

/** Request of `cluster.remote_info`. */
export interface ClusterRemoteInfoRequest extends RequestBase {
}

export type ClusterRemoteInfoResponse = Record<string, ClusterRemoteInfoClusterRemoteInfo>

export interface ClusterRerouteCommand {
  /** Cancel allocation of a shard (or recovery). Accepts index and shard for index name and shard number, and node for the node to cancel the shard allocation on. This can be used to force resynchronization of existing replicas from the primary shard by cancelling them and allowing them to be reinitialized through the standard recovery process. By default only replica shard allocations can be cancelled. If it is necessary to cancel the allocation of a primary shard then the allow_primary flag must also be included in the request. */
  cancel?: ClusterRerouteCommandCancelAction
  /** Move a started shard from one node to another node. Accepts index and shard for index name and shard number, from_node for the node to move the shard from, and to_node for the node to move the shard to. */
  move?: ClusterRerouteCommandMoveAction
  /** Allocate an unassigned replica shard to a node. Accepts index and shard for index name and shard number, and node to allocate the shard to. Takes allocation deciders into account. */
  allocate_replica?: ClusterRerouteCommandAllocateReplicaAction
  /** Allocate a primary shard to a node that holds a stale copy. Accepts the index and shard for index name and shard number, and node to allocate the shard to. Using this command may lead to data loss for the provided shard id. If a node which has the good copy of the data rejoins the cluster later on, that data will be deleted or overwritten with the data of the stale copy that was forcefully allocated with this command. To ensure that these implications are well-understood, this command requires the flag accept_data_loss to be explicitly set to true. */
  allocate_stale_primary?: ClusterRerouteCommandAllocatePrimaryAction
  /** Allocate an empty primary shard to a node. Accepts the index and shard for index name and shard number, and node to allocate the shard to. Using this command leads to a complete loss of all data that was indexed into this shard, if it was previously started. If a node which has a copy of the data rejoins the cluster later on, that data will be deleted. To ensure that these implications are well-understood, this command requires the flag accept_data_loss to be explicitly set to true. */
  allocate_empty_primary?: ClusterRerouteCommandAllocatePrimaryAction
}

export interface ClusterRerouteCommandAllocatePrimaryAction {
  index: IndexName
  shard: integer
  node: string
  /** If a node which has a copy of the data rejoins the cluster later on, that data will be deleted. To ensure that these implications are well-understood, this command requires the flag accept_data_loss to be explicitly set to true */
  accept_data_loss: boolean
}

export interface ClusterRerouteCommandAllocateReplicaAction {
  index: IndexName
  shard: integer
  node: string
}

export interface ClusterRerouteCommandCancelAction {
  index: IndexName
  shard: integer
  node: string
  allow_primary?: boolean
}

export interface ClusterRerouteCommandMoveAction {
  index: IndexName
  shard: integer
  /** The node to move the shard from */
  from_node: string
  /** The node to move the shard to */
  to_node: string
}

/** Request of `cluster.reroute`. */
export interface ClusterRerouteRequest extends RequestBase {
  /** If true, then the request simulates the operation. It will calculate the result of applying the commands to the current cluster state and return the resulting cluster state after the commands (and rebalancing) have been applied; it will not actually perform the requested changes. */
  dry_run?: boolean
  /** If true, then the response contains an explanation of why the commands can or cannot run. */
  explain?: boolean
  /**
   * Limits the information returned to the specified metrics.
   * @deprecated 8.6.0: This parameter has no effect; its use will be forbidden in a future version.
   */
  metric?: string | string[]
  /** If true, then retries allocation of shards that are blocked due to too many subsequent allocation failures. */
  retry_failed?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Defines the commands to perform. */
  commands?: ClusterRerouteCommand[]
}

export interface ClusterRerouteRerouteDecision {
  decider: string
  decision: string
  explanation: string
}

export interface ClusterRerouteRerouteExplanation {
  command: string
  decisions: ClusterRerouteRerouteDecision[]
  parameters: ClusterRerouteRerouteParameters
}

export interface ClusterRerouteRerouteParameters {
  allow_primary: boolean
  index: IndexName
  node: NodeName
  shard: integer
  from_node?: NodeName
  to_node?: NodeName
}

export interface ClusterRerouteResponse {
  acknowledged: boolean
  explanations?: ClusterRerouteRerouteExplanation[]
  /** There aren't any guarantees on the output/structure of the raw cluster state. Here you will find the internal representation of the cluster, which can differ from the external representation. */
  state?: any
}

export type ClusterStateClusterStateMetric = '_all' | 'version' | 'master_node' | 'blocks' | 'nodes' | 'metadata' | 'routing_table' | 'routing_nodes' | 'customs'

export type ClusterStateClusterStateMetrics = ClusterStateClusterStateMetric | ClusterStateClusterStateMetric[]

/** Request of `cluster.state`. */
export interface ClusterStateRequest extends RequestBase {
  /** Limit the information returned to the specified metrics. */
  metric?: ClusterStateClusterStateMetrics
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: Indices
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Whether to expand wildcard expression to concrete indices that are open, closed or both */
  expand_wildcards?: ExpandWildcards
  /** Return settings in flat format */
  flat_settings?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /**
   * Return local information, do not retrieve the state from master node
   * @deprecated 9.0.0: This parameter has no effect, is now deprecated, and will be removed in a future version.
   */
  local?: boolean
  /** Timeout for waiting for new cluster state in case it is blocked */
  master_timeout?: Duration
  /** Wait for the metadata version to be equal or greater than the specified metadata version */
  wait_for_metadata_version?: VersionNumber
  /** The maximum time to wait for wait_for_metadata_version before timing out */
  wait_for_timeout?: Duration
}

export type ClusterStateResponse = any

export interface ClusterStatsCCSStats {
  /** Contains remote cluster settings and metrics collected from them. The keys are cluster names, and the values are per-cluster data. Only present if `include_remotes` option is set to true. */
  clusters?: Record<string, ClusterStatsRemoteClusterInfo>
  /** Information about cross-cluster search usage. */
  _search: ClusterStatsCCSUsageStats
  /** Information about ES|QL cross-cluster query usage. */
  _esql?: ClusterStatsCCSUsageStats
}

export interface ClusterStatsCCSUsageClusterStats {
  /** The total number of successful (not skipped) cross-cluster search requests that were executed against this cluster. This may include requests where partial results were returned, but not requests in which the cluster has been skipped entirely. */
  total: integer
  /** The total number of cross-cluster search requests for which this cluster was skipped. */
  skipped: integer
  /** Statistics about the time taken to execute requests against this cluster. */
  took: ClusterStatsCCSUsageTimeValue
}

export interface ClusterStatsCCSUsageStats {
  /** The total number of cross-cluster search requests that have been executed by the cluster. */
  total: integer
  /** The total number of cross-cluster search requests that have been successfully executed by the cluster. */
  success: integer
  /** The total number of cross-cluster search requests (successful or failed) that had at least one remote cluster skipped. */
  skipped: integer
  /** Statistics about the time taken to execute cross-cluster search requests. */
  took: ClusterStatsCCSUsageTimeValue
  /** Statistics about the time taken to execute cross-cluster search requests for which the `ccs_minimize_roundtrips` setting was set to `true`. */
  took_mrt_true?: ClusterStatsCCSUsageTimeValue
  /** Statistics about the time taken to execute cross-cluster search requests for which the `ccs_minimize_roundtrips` setting was set to `false`. */
  took_mrt_false?: ClusterStatsCCSUsageTimeValue
  /** The maximum number of remote clusters that were queried in a single cross-cluster search request. */
  remotes_per_search_max: integer
  /** The average number of remote clusters that were queried in a single cross-cluster search request. */
  remotes_per_search_avg: double
  /** Statistics about the reasons for cross-cluster search request failures. The keys are the failure reason names and the values are the number of requests that failed for that reason. */
  failure_reasons: Record<string, integer>
  /** The keys are the names of the search feature, and the values are the number of requests that used that feature. Single request can use more than one feature (e.g. both `async` and `wildcard`). */
  features: Record<string, integer>
  /** Statistics about the clients that executed cross-cluster search requests. The keys are the names of the clients, and the values are the number of requests that were executed by that client. Only known clients (such as `kibana` or `elasticsearch`) are counted. */
  clients: Record<string, integer>
  /** Statistics about the clusters that were queried in cross-cluster search requests. The keys are cluster names, and the values are per-cluster telemetry data. This also includes the local cluster itself, which uses the name `(local)`. */
  clusters: Record<string, ClusterStatsCCSUsageClusterStats>
}

export interface ClusterStatsCCSUsageTimeValue {
  /** The maximum time taken to execute a request, in milliseconds. */
  max: DurationValue<UnitMillis>
  /** The average time taken to execute a request, in milliseconds. */
  avg: DurationValue<UnitMillis>
  /** The 90th percentile of the time taken to execute requests, in milliseconds. */
  p90: DurationValue<UnitMillis>
}

export interface ClusterStatsCharFilterTypes {
  /** Contains statistics about analyzer types used in selected nodes. */
  analyzer_types: ClusterStatsFieldTypes[]
  /** Contains statistics about built-in analyzers used in selected nodes. */
  built_in_analyzers: ClusterStatsFieldTypes[]
  /** Contains statistics about built-in character filters used in selected nodes. */
  built_in_char_filters: ClusterStatsFieldTypes[]
  /** Contains statistics about built-in token filters used in selected nodes. */
  built_in_filters: ClusterStatsFieldTypes[]
  /** Contains statistics about built-in tokenizers used in selected nodes. */
  built_in_tokenizers: ClusterStatsFieldTypes[]
  /** Contains statistics about character filter types used in selected nodes. */
  char_filter_types: ClusterStatsFieldTypes[]
  multiple_synonym_graph_filters?: ClusterStatsMultipleSynonymGraphFilter
  /** Contains statistics about token filter types used in selected nodes. */
  filter_types: ClusterStatsFieldTypes[]
  /** Contains statistics about tokenizer types used in selected nodes. */
  tokenizer_types: ClusterStatsFieldTypes[]
  /** Contains statistics about synonyms types used in selected nodes. */
  synonyms: Record<Name, ClusterStatsSynonymsStats>
}

export interface ClusterStatsClusterFileSystem {
  path?: string
  mount?: string
  type?: string
  /** Total number of bytes available to JVM in file stores across all selected nodes. Depending on operating system or process-level restrictions, this number may be less than `nodes.fs.free_in_byes`. This is the actual amount of free disk space the selected Elasticsearch nodes can use. */
  available_in_bytes?: long
  /** Total number of bytes available to JVM in file stores across all selected nodes. Depending on operating system or process-level restrictions, this number may be less than `nodes.fs.free_in_byes`. This is the actual amount of free disk space the selected Elasticsearch nodes can use. */
  available?: ByteSize
  /** Total number, in bytes, of unallocated bytes in file stores across all selected nodes. */
  free_in_bytes?: long
  /** Total number of unallocated bytes in file stores across all selected nodes. */
  free?: ByteSize
  /** Total size, in bytes, of all file stores across all selected nodes. */
  total_in_bytes?: long
  /** Total size of all file stores across all selected nodes. */
  total?: ByteSize
  low_watermark_free_space?: ByteSize
  low_watermark_free_space_in_bytes?: long
  high_watermark_free_space?: ByteSize
  high_watermark_free_space_in_bytes?: long
  flood_stage_free_space?: ByteSize
  flood_stage_free_space_in_bytes?: long
  frozen_flood_stage_free_space?: ByteSize
  frozen_flood_stage_free_space_in_bytes?: long
}

export interface ClusterStatsClusterIndices {
  /** Contains statistics about analyzers and analyzer components used in selected nodes. */
  analysis?: ClusterStatsCharFilterTypes
  /** Contains statistics about memory used for completion in selected nodes. */
  completion: CompletionStats
  /** Total number of indices with shards assigned to selected nodes. */
  count: long
  /** Contains counts for documents in selected nodes. */
  docs: DocStats
  /** Contains statistics about the field data cache of selected nodes. */
  fielddata: FielddataStats
  /** Contains statistics about the query cache of selected nodes. */
  query_cache: QueryCacheStats
  /** Holds a snapshot of the search usage statistics. Used to hold the stats for a single node that's part of a ClusterStatsNodeResponse, as well as to accumulate stats for the entire cluster and return them as part of the ClusterStatsResponse. */
  search: ClusterStatsSearchUsageStats
  /** Contains statistics about segments in selected nodes. */
  segments: SegmentsStats
  /** Contains statistics about indices with shards assigned to selected nodes. */
  shards: ClusterStatsClusterIndicesShards
  /** Contains statistics about the size of shards assigned to selected nodes. */
  store: StoreStats
  /** Contains statistics about field mappings in selected nodes. */
  mappings?: ClusterStatsFieldTypesMappings
  /** Contains statistics about analyzers and analyzer components used in selected nodes. */
  versions?: ClusterStatsIndicesVersions[]
  /** Contains statistics about indexed dense vector */
  dense_vector: ClusterStatsDenseVectorStats
  /** Contains statistics about indexed sparse vector */
  sparse_vector: ClusterStatsSparseVectorStats
}

/** Contains statistics about shards assigned to selected nodes. */
export interface ClusterStatsClusterIndicesShards {
  /** Contains statistics about shards assigned to selected nodes. */
  index?: ClusterStatsClusterIndicesShardsIndex
  /** Number of primary shards assigned to selected nodes. */
  primaries?: double
  /** Ratio of replica shards to primary shards across all selected nodes. */
  replication?: double
  /** Total number of shards assigned to selected nodes. */
  total?: double
}

export interface ClusterStatsClusterIndicesShardsIndex {
  /** Contains statistics about the number of primary shards assigned to selected nodes. */
  primaries: ClusterStatsClusterShardMetrics
  /** Contains statistics about the number of replication shards assigned to selected nodes. */
  replication: ClusterStatsClusterShardMetrics
  /** Contains statistics about the number of shards assigned to selected nodes. */
  shards: ClusterStatsClusterShardMetrics
}

export interface ClusterStatsClusterIngest {
  number_of_pipelines: integer
  processor_stats: Record<string, ClusterStatsClusterProcessor>
}

export interface ClusterStatsClusterJvm {
  /** Uptime duration, in milliseconds, since JVM last started. */
  max_uptime_in_millis: DurationValue<UnitMillis>
  /** Uptime duration since JVM last started. */
  max_uptime?: Duration
  /** Contains statistics about memory used by selected nodes. */
  mem: ClusterStatsClusterJvmMemory
  /** Number of active threads in use by JVM across all selected nodes. */
  threads: long
  /** Contains statistics about the JVM versions used by selected nodes. */
  versions: ClusterStatsClusterJvmVersion[]
}

export interface ClusterStatsClusterJvmMemory {
  /** Maximum amount of memory, in bytes, available for use by the heap across all selected nodes. */
  heap_max_in_bytes: long
  /** Maximum amount of memory available for use by the heap across all selected nodes. */
  heap_max?: ByteSize
  /** Memory, in bytes, currently in use by the heap across all selected nodes. */
  heap_used_in_bytes: long
  /** Memory currently in use by the heap across all selected nodes. */
  heap_used?: ByteSize
}

export interface ClusterStatsClusterJvmVersion {
  /** Always `true`. All distributions come with a bundled Java Development Kit (JDK). */
  bundled_jdk: boolean
  /** Total number of selected nodes using JVM. */
  count: integer
  /** If `true`, a bundled JDK is in use by JVM. */
  using_bundled_jdk: boolean
  /** Version of JVM used by one or more selected nodes. */
  version: VersionString
  /** Name of the JVM. */
  vm_name: string
  /** Vendor of the JVM. */
  vm_vendor: string
  /** Full version number of JVM. The full version number includes a plus sign (+) followed by the build number. */
  vm_version: VersionString
}

export interface ClusterStatsClusterNetworkTypes {
  /** Contains statistics about the HTTP network types used by selected nodes. */
  http_types: Record<string, integer>
  /** Contains statistics about the transport network types used by selected nodes. */
  transport_types: Record<string, integer>
}

export interface ClusterStatsClusterNodeCount {
  total: integer
  coordinating_only?: integer
  data?: integer
  data_cold?: integer
  data_content?: integer
  data_frozen?: integer
  data_hot?: integer
  data_warm?: integer
  index?: integer
  ingest?: integer
  master?: integer
  ml?: integer
  remote_cluster_client?: integer
  search?: integer
  transform?: integer
  voting_only?: integer
}

export interface ClusterStatsClusterNodes {
  /** Contains counts for nodes selected by the request’s node filters. */
  count: ClusterStatsClusterNodeCount
  /** Contains statistics about the discovery types used by selected nodes. */
  discovery_types: Record<string, integer>
  /** Contains statistics about file stores by selected nodes. */
  fs: ClusterStatsClusterFileSystem
  indexing_pressure: ClusterStatsIndexingPressure
  ingest: ClusterStatsClusterIngest
  /** Contains statistics about the Java Virtual Machines (JVMs) used by selected nodes. */
  jvm: ClusterStatsClusterJvm
  /** Contains statistics about the transport and HTTP networks used by selected nodes. */
  network_types: ClusterStatsClusterNetworkTypes
  /** Contains statistics about the operating systems used by selected nodes. */
  os: ClusterStatsClusterOperatingSystem
  /** Contains statistics about Elasticsearch distributions installed on selected nodes. */
  packaging_types: ClusterStatsNodePackagingType[]
  /** Contains statistics about installed plugins and modules by selected nodes. If no plugins or modules are installed, this array is empty. */
  plugins: PluginStats[]
  /** Contains statistics about processes used by selected nodes. */
  process: ClusterStatsClusterProcess
  /** Array of Elasticsearch versions used on selected nodes. */
  versions: VersionString[]
}

export interface ClusterStatsClusterOperatingSystem {
  /** Number of processors used to calculate thread pool size across all selected nodes. This number can be set with the processors setting of a node and defaults to the number of processors reported by the operating system. In both cases, this number will never be larger than 32. */
  allocated_processors: integer
  /** Contains statistics about processor architectures (for example, x86_64 or aarch64) used by selected nodes. */
  architectures?: ClusterStatsClusterOperatingSystemArchitecture[]
  /** Number of processors available to JVM across all selected nodes. */
  available_processors: integer
  /** Contains statistics about memory used by selected nodes. */
  mem: ClusterStatsOperatingSystemMemoryInfo
  /** Contains statistics about operating systems used by selected nodes. */
  names: ClusterStatsClusterOperatingSystemName[]
  /** Contains statistics about operating systems used by selected nodes. */
  pretty_names: ClusterStatsClusterOperatingSystemPrettyName[]
}

export interface ClusterStatsClusterOperatingSystemArchitecture {
  /** Name of an architecture used by one or more selected nodes. */
  arch: string
  /** Number of selected nodes using the architecture. */
  count: integer
}

export interface ClusterStatsClusterOperatingSystemName {
  /** Number of selected nodes using the operating system. */
  count: integer
  /** Name of an operating system used by one or more selected nodes. */
  name: Name
}

export interface ClusterStatsClusterOperatingSystemPrettyName {
  /** Number of selected nodes using the operating system. */
  count: integer
  /** Human-readable name of an operating system used by one or more selected nodes. */
  pretty_name: Name
}

export interface ClusterStatsClusterProcess {
  /** Contains statistics about CPU used by selected nodes. */
  cpu: ClusterStatsClusterProcessCpu
  /** Contains statistics about open file descriptors in selected nodes. */
  open_file_descriptors: ClusterStatsClusterProcessOpenFileDescriptors
}

export interface ClusterStatsClusterProcessCpu {
  /** Percentage of CPU used across all selected nodes. Returns `-1` if not supported. */
  percent: integer
}

export interface ClusterStatsClusterProcessOpenFileDescriptors {
  /** Average number of concurrently open file descriptors. Returns `-1` if not supported. */
  avg: long
  /** Maximum number of concurrently open file descriptors allowed across all selected nodes. Returns `-1` if not supported. */
  max: long
  /** Minimum number of concurrently open file descriptors across all selected nodes. Returns -1 if not supported. */
  min: long
}

export interface ClusterStatsClusterProcessor {
  count: long
  current: long
  failed: long
  time?: Duration
  time_in_millis: DurationValue<UnitMillis>
}

export interface ClusterStatsClusterShardMetrics {
  /** Mean number of shards in an index, counting only shards assigned to selected nodes. */
  avg: double
  /** Maximum number of shards in an index, counting only shards assigned to selected nodes. */
  max: double
  /** Minimum number of shards in an index, counting only shards assigned to selected nodes. */
  min: double
}

export interface ClusterStatsClusterSnapshotStats {
  current_counts: ClusterStatsSnapshotCurrentCounts
  repositories: Record<Name, ClusterStatsPerRepositoryStats>
}

export interface ClusterStatsDenseVectorOffHeapStats {
  total_size_bytes: long
  total_size?: ByteSize
  total_veb_size_bytes: long
  total_veb_size?: ByteSize
  total_vec_size_bytes: long
  total_vec_size?: ByteSize
  total_veq_size_bytes: long
  total_veq_size?: ByteSize
  total_vex_size_bytes: long
  total_vex_size?: ByteSize
  total_cenivf_size_bytes: long
  total_cenivf_size?: ByteSize
  total_clivf_size_bytes: long
  total_clivf_size?: ByteSize
  fielddata?: Record<string, Record<string, long>>
}

export interface ClusterStatsDenseVectorStats {
  value_count: long
  off_heap?: ClusterStatsDenseVectorOffHeapStats
}

export interface ClusterStatsExtendedRetrieversSearchUsage {
  text_similarity_reranker?: ClusterStatsExtendedTextSimilarityRetrieverUsage
}

export interface ClusterStatsExtendedSearchUsage {
  retrievers?: ClusterStatsExtendedRetrieversSearchUsage
  section?: ClusterStatsExtendedSectionSearchUsage
}

export interface ClusterStatsExtendedSectionSearchUsage {
  sort?: Partial<Record<ClusterStatsSortType, long>>
}

export interface ClusterStatsExtendedTextSimilarityRetrieverUsage {
  chunk_rescorer?: long
}

export interface ClusterStatsFieldTypes {
  /** The name for the field type in selected nodes. */
  name: Name
  /** The number of occurrences of the field type in selected nodes. */
  count: integer
  /** The number of indices containing the field type in selected nodes. */
  index_count: integer
  /** For dense_vector field types, number of indexed vector types in selected nodes. */
  indexed_vector_count?: integer
  /** For dense_vector field types, the maximum dimension of all indexed vector types in selected nodes. */
  indexed_vector_dim_max?: integer
  /** For dense_vector field types, the minimum dimension of all indexed vector types in selected nodes. */
  indexed_vector_dim_min?: integer
  /** The number of fields that declare a script. */
  script_count?: integer
  /** For dense_vector field types, count of mappings by index type */
  vector_index_type_count?: Record<Name, integer>
  /** For dense_vector field types, count of mappings by similarity */
  vector_similarity_type_count?: Record<Name, integer>
  /** For dense_vector field types, count of mappings by element type */
  vector_element_type_count?: Record<Name, integer>
}

export interface ClusterStatsFieldTypesMappings {
  /** Contains statistics about field data types used in selected nodes. */
  field_types: ClusterStatsFieldTypes[]
  /** Contains statistics about runtime field data types used in selected nodes. */
  runtime_field_types: ClusterStatsRuntimeFieldTypes[]
  /** Total number of fields in all non-system indices. */
  total_field_count?: long
  /** Total number of fields in all non-system indices, accounting for mapping deduplication. */
  total_deduplicated_field_count?: long
  /** Total size of all mappings after deduplication and compression. */
  total_deduplicated_mapping_size?: ByteSize
  /** Total size of all mappings, in bytes, after deduplication and compression. */
  total_deduplicated_mapping_size_in_bytes?: long
  /** Source mode usage count. */
  source_modes: Record<Name, integer>
}

export interface ClusterStatsIndexingPressure {
  memory: NodesIndexingPressureMemory
}

export interface ClusterStatsIndicesVersions {
  index_count: integer
  primary_shard_count: integer
  total_primary_bytes: long
  total_primary_size?: ByteSize
  version: VersionString
}

export interface ClusterStatsMultipleSynonymGraphFilter {
  /** Number of analyzers across the cluster whose filter chain contains more than one synonym_graph filter. */
  analyzer_count?: integer
  /** Number of indices that contain at least one analyzer with more than one synonym_graph filter. */
  index_count?: integer
}

export interface ClusterStatsNodePackagingType {
  /** Number of selected nodes using the distribution flavor and file type. */
  count: integer
  /** Type of Elasticsearch distribution. This is always `default`. */
  flavor: string
  /** File type (such as `tar` or `zip`) used for the distribution package. */
  type: string
}

export interface ClusterStatsOperatingSystemMemoryInfo {
  /** Total amount, in bytes, of memory across all selected nodes, but using the value specified using the `es.total_memory_bytes` system property instead of measured total memory for those nodes where that system property was set. */
  adjusted_total_in_bytes?: long
  /** Total amount of memory across all selected nodes, but using the value specified using the `es.total_memory_bytes` system property instead of measured total memory for those nodes where that system property was set. */
  adjusted_total?: ByteSize
  /** Amount, in bytes, of free physical memory across all selected nodes. */
  free_in_bytes: long
  /** Amount of free physical memory across all selected nodes. */
  free?: ByteSize
  /** Percentage of free physical memory across all selected nodes. */
  free_percent: integer
  /** Total amount, in bytes, of physical memory across all selected nodes. */
  total_in_bytes: long
  /** Total amount of physical memory across all selected nodes. */
  total?: ByteSize
  /** Amount, in bytes, of physical memory in use across all selected nodes. */
  used_in_bytes: long
  /** Amount of physical memory in use across all selected nodes. */
  used?: ByteSize
  /** Percentage of physical memory in use across all selected nodes. */
  used_percent: integer
}

export interface ClusterStatsPerRepositoryStats {
  type: string
  oldest_start_time_millis: UnitMillis
  oldest_start_time?: DateFormat
  current_counts: ClusterStatsRepositoryStatsCurrentCounts
}

export interface ClusterStatsRemoteClusterInfo {
  /** The UUID of the remote cluster. */
  cluster_uuid: string
  /** The connection mode used to communicate with the remote cluster. */
  mode: string
  /** The `skip_unavailable` setting used for this remote cluster. */
  skip_unavailable: boolean
  /** Transport compression setting used for this remote cluster. */
  'transport.compress': string
  /** Health status of the cluster, based on the state of its primary and replica shards. */
  status: HealthStatus
  /** The list of Elasticsearch versions used by the nodes on the remote cluster. */
  version: VersionString[]
  /** The total count of nodes in the remote cluster. */
  nodes_count: integer
  /** The total number of shards in the remote cluster. */
  shards_count: integer
  /** The total number of indices in the remote cluster. */
  indices_count: integer
  /** Total data set size, in bytes, of all shards assigned to selected nodes. */
  indices_total_size_in_bytes: long
  /** Total data set size of all shards assigned to selected nodes, as a human-readable string. */
  indices_total_size?: string
  /** Maximum amount of memory, in bytes, available for use by the heap across the nodes of the remote cluster. */
  max_heap_in_bytes: long
  /** Maximum amount of memory available for use by the heap across the nodes of the remote cluster, as a human-readable string. */
  max_heap?: string
  /** Total amount, in bytes, of physical memory across the nodes of the remote cluster. */
  mem_total_in_bytes: long
  /** Total amount of physical memory across the nodes of the remote cluster, as a human-readable string. */
  mem_total?: string
}

export interface ClusterStatsRepositoryStatsCurrentCounts {
  snapshots: integer
  clones: integer
  finalizations: integer
  deletions: integer
  snapshot_deletions: integer
  active_deletions: integer
  shards: ClusterStatsRepositoryStatsShards
}

export interface ClusterStatsRepositoryStatsShards {
  total: integer
  complete: integer
  incomplete: integer
  states: Partial<Record<ClusterStatsShardState, integer>>
}

/** Request of `cluster.stats`. */
export interface ClusterStatsRequest extends RequestBase {
  /** Comma-separated list of node filters used to limit returned information. Defaults to all nodes in the cluster. */
  node_id?: NodeIds
  /** Include remote cluster data into the response */
  include_remotes?: boolean
  /** Period to wait for each node to respond. If a node does not respond before its timeout expires, the response does not include its stats. However, timed out nodes are included in the response’s `_nodes.failed` property. Defaults to no timeout. */
  timeout?: Duration
}

export type ClusterStatsResponse = ClusterStatsStatsResponseBase

export interface ClusterStatsRuntimeFieldTypes {
  /** Maximum number of characters for a single runtime field script. */
  chars_max: integer
  /** Total number of characters for the scripts that define the current runtime field data type. */
  chars_total: integer
  /** Number of runtime fields mapped to the field data type in selected nodes. */
  count: integer
  /** Maximum number of accesses to doc_values for a single runtime field script */
  doc_max: integer
  /** Total number of accesses to doc_values for the scripts that define the current runtime field data type. */
  doc_total: integer
  /** Number of indices containing a mapping of the runtime field data type in selected nodes. */
  index_count: integer
  /** Script languages used for the runtime fields scripts. */
  lang: string[]
  /** Maximum number of lines for a single runtime field script. */
  lines_max: integer
  /** Total number of lines for the scripts that define the current runtime field data type. */
  lines_total: integer
  /** Field data type used in selected nodes. */
  name: Name
  /** Number of runtime fields that don’t declare a script. */
  scriptless_count: integer
  /** Number of runtime fields that shadow an indexed field. */
  shadowed_count: integer
  /** Maximum number of accesses to _source for a single runtime field script. */
  source_max: integer
  /** Total number of accesses to _source for the scripts that define the current runtime field data type. */
  source_total: integer
}

export interface ClusterStatsSearchUsageStats {
  total: long
  queries: Record<Name, long>
  rescorers: Record<Name, long>
  sections: Record<Name, long>
  retrievers: Record<Name, long>
  extended: ClusterStatsExtendedSearchUsage
}

export type ClusterStatsShardState = 'INIT' | 'SUCCESS' | 'FAILED' | 'ABORTED' | 'MISSING' | 'WAITING' | 'QUEUED' | 'PAUSED_FOR_NODE_REMOVAL'

export interface ClusterStatsSnapshotCurrentCounts {
  /** Snapshots currently in progress */
  snapshots: integer
  /** Incomplete shard snapshots */
  shard_snapshots: integer
  /** Snapshots deletions in progress */
  snapshot_deletions: integer
  /** Sum of snapshots and snapshot_deletions */
  concurrent_operations: integer
  /** Cleanups in progress, not counted in concurrent_operations as they are not concurrent */
  cleanups: integer
}

export type ClusterStatsSortType = '_doc' | '_geo_distance' | '_score' | '_script' | 'field_sort'

export interface ClusterStatsSparseVectorStats {
  value_count: long
}

export interface ClusterStatsStatsResponseBase extends NodesNodesResponseBase {
  /** Name of the cluster, based on the cluster name setting. */
  cluster_name: Name
  /** Unique identifier for the cluster. */
  cluster_uuid: Uuid
  /** Contains statistics about indices with shards assigned to selected nodes. */
  indices: ClusterStatsClusterIndices
  /** Contains statistics about nodes selected by the request’s node filters. */
  nodes: ClusterStatsClusterNodes
  /** Contains stats on repository feature usage exposed in cluster stats for telemetry. */
  repositories: Record<Name, Record<Name, long>>
  /** Contains stats cluster snapshots. */
  snapshots: ClusterStatsClusterSnapshotStats
  /** Health status of the cluster, based on the state of its primary and replica shards. */
  status?: HealthStatus
  /** Unix timestamp, in milliseconds, for the last time the cluster statistics were refreshed. */
  timestamp: long
  /** Cross-cluster stats */
  ccs: ClusterStatsCCSStats
}

export interface ClusterStatsSynonymsStats {
  count: integer
  index_count: integer
}
