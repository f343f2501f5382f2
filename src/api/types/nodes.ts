// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { ByteSize, CommonStatsFlags, DateTime, Duration, DurationValue, EpochTime, ErrorCause, Field, Fields, Host, Id, Ip, Name, NodeIds, NodeRoles, NodeStatistics, NodeStatsLevel, Password, PluginStats, RequestBase, SpecUtilsStringified, ThreadType, TransportAddress, UnitMillis, UnitNanos, VersionNumber, VersionString, double, float, integer, long } from './common.js'
import type { IndicesIndexRouting, IndicesStatsShardStats } from './indices.js'

export interface NodesAdaptiveSelection {
  /** The exponentially weighted moving average queue size of search requests on the keyed node. */
  avg_queue_size?: long
  /** The exponentially weighted moving average response time of search requests on the keyed node. */
  avg_response_time?: Duration
  /** The exponentially weighted moving average response time, in nanoseconds, of search requests on the keyed node. */
  avg_response_time_ns?: long
  /** The exponentially weighted moving average service time of search requests on the keyed node. */
  avg_service_time?: Duration
  /** The exponentially weighted moving average service time, in nanoseconds, of search requests on the keyed node. */
  avg_service_time_ns?: long
  /** The number of outstanding search requests to the keyed node from the node these stats are for. */
  outgoing_searches?: long
  /** The rank of this node; used for shard selection when routing search requests. */
  rank?: string
}

export interface NodesAllocations {
  /** Number of shards allocated to the node. */
  shards?: integer
  /** Number of shards allocated to the node that are currently undesired. */
  undesired_shards?: integer
  /** Forecasted ingest load for the node. */
  forecasted_ingest_load?: double
  /** Forecasted disk usage for the node. */
  forecasted_disk_usage?: string
  /** Forecasted disk usage, in bytes, for the node. */
  forecasted_disk_usage_in_bytes?: long
  /** Current disk usage for the node. */
  current_disk_usage?: string
  /** Current disk usage, in bytes, for the node. */
  current_disk_usage_in_bytes?: long
}

export interface NodesBreaker {
  /** Estimated memory used for the operation. */
  estimated_size?: string
  /** Estimated memory used, in bytes, for the operation. */
  estimated_size_in_bytes?: long
  /** Memory limit for the circuit breaker. */
  limit_size?: string
  /** Memory limit, in bytes, for the circuit breaker. */
  limit_size_in_bytes?: long
  /** A constant that all estimates for the circuit breaker are multiplied with to calculate a final estimate. */
  overhead?: float
  /** Total number of times the circuit breaker has been triggered and prevented an out of memory error. */
  tripped?: float
}

export interface NodesCgroup {
  /** Contains statistics about `cpuacct` control group for the node. */
  cpuacct?: NodesCpuAcct
  /** Contains statistics about `cpu` control group for the node. */
  cpu?: NodesCgroupCpu
  /** Contains statistics about the memory control group for the node. */
  memory?: NodesCgroupMemory
}

export interface NodesCgroupCpu {
  /** The `cpu` control group to which the Elasticsearch process belongs. */
  control_group?: string
  /** The period of time, in microseconds, for how regularly all tasks in the same cgroup as the Elasticsearch process should have their access to CPU resources reallocated. */
  cfs_period_micros?: integer
  /** The total amount of time, in microseconds, for which all tasks in the same cgroup as the Elasticsearch process can run during one period `cfs_period_micros`. */
  cfs_quota_micros?: integer
  /** Contains CPU statistics for the node. */
  stat?: NodesCgroupCpuStat
}

export interface NodesCgroupCpuStat {
  /** The number of reporting periods (as specified by `cfs_period_micros`) that have elapsed. */
  number_of_elapsed_periods?: long
  /** The number of times all tasks in the same cgroup as the Elasticsearch process have been throttled. */
  number_of_times_throttled?: long
  /** The total amount of time, in nanoseconds, for which all tasks in the same cgroup as the Elasticsearch process have been throttled. */
  time_throttled_nanos?: DurationValue<UnitNanos>
}

export interface NodesCgroupMemory {
  /** The `memory` control group to which the Elasticsearch process belongs. */
  control_group?: string
  /** The maximum amount of user memory (including file cache) allowed for all tasks in the same cgroup as the Elasticsearch process. This value can be too big to store in a `long`, so is returned as a string so that the value returned can exactly match what the underlying operating system interface returns. Any value that is too large to parse into a `long` almost certainly means no limit has been set for the cgroup. */
  limit_in_bytes?: string
  /** The total current memory usage by processes in the cgroup, in bytes, by all tasks in the same cgroup as the Elasticsearch process. This value is stored as a string for consistency with `limit_in_bytes`. */
  usage_in_bytes?: string
}

/** Request of `nodes.clear_repositories_metering_archive`. */
export interface NodesClearRepositoriesMeteringArchiveRequest extends RequestBase {
  /** Comma-separated list of node IDs or names used to limit returned information. */
  node_id: NodeIds
  /** Specifies the maximum `archive_version` to be cleared from the archive. */
  max_archive_version: long
}

export type NodesClearRepositoriesMeteringArchiveResponse = NodesClearRepositoriesMeteringArchiveResponseBase

export interface NodesClearRepositoriesMeteringArchiveResponseBase extends NodesNodesResponseBase {
  /** Name of the cluster. Based on the `cluster.name` setting. */
  cluster_name: Name
  /** Contains repositories metering information for the nodes selected by the request. */
  nodes: Record<string, NodesRepositoryMeteringInformation>
}

export interface NodesClient {
  /** Unique ID for the HTTP client. */
  id?: long
  /** Reported agent for the HTTP client. If unavailable, this property is not included in the response. */
  agent?: string
  /** Local address for the HTTP connection. */
  local_address?: string
  /** Remote address for the HTTP connection. */
  remote_address?: string
  /** The URI of the client’s most recent request. */
  last_uri?: string
  /** Time at which the client opened the connection. */
  opened_time?: string
  /** Time at which the client opened the connection. */
  opened_time_millis?: long
  /** Time at which the client closed the connection if the connection is closed. */
  closed_time?: string
  /** Time at which the client closed the connection if the connection is closed. */
  closed_time_millis?: long
  /** Time of the most recent request from this client. */
  last_request_time?: string
  /** Time of the most recent request from this client. */
  last_request_time_millis?: long
  /** Number of requests from this client. */
  request_count?: long
  /** Cumulative size in bytes of all requests from this client. */
  request_size_bytes?: long
  /** Value from the client’s `x-opaque-id` HTTP header. If unavailable, this property is not included in the response. */
  x_opaque_id?: string
}

export interface NodesClusterAppliedStats {
  recordings?: NodesRecording[]
}

export interface NodesClusterStateQueue {
  /** Total number of cluster states in queue. */
  total?: long
  /** Number of pending cluster states in queue. */
  pending?: long
  /** Number of committed cluster states in queue. */
  committed?: long
}

export interface NodesClusterStateUpdate {
  /** The number of cluster state update attempts that did not change the cluster state since the node started. */
  count: long
  /** The cumulative amount of time spent computing no-op cluster state updates since the node started. */
  computation_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent computing no-op cluster state updates since the node started. */
  computation_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent publishing cluster state updates which ultimately succeeded, which includes everything from the start of the publication (just after the computation of the new cluster state) until the publication has finished and the master node is ready to start processing the next state update. This includes the time measured by `context_construction_time`, `commit_time`, `completion_time` and `master_apply_time`. */
  publication_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent publishing cluster state updates which ultimately succeeded, which includes everything from the start of the publication (just after the computation of the new cluster state) until the publication has finished and the master node is ready to start processing the next state update. This includes the time measured by `context_construction_time`, `commit_time`, `completion_time` and `master_apply_time`. */
  publication_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent constructing a publication context since the node started for publications that ultimately succeeded. This statistic includes the time spent computing the difference between the current and new cluster state preparing a serialized representation of this difference. */
  context_construction_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent constructing a publication context since the node started for publications that ultimately succeeded. This statistic includes the time spent computing the difference between the current and new cluster state preparing a serialized representation of this difference. */
  context_construction_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent waiting for a successful cluster state update to commit, which measures the time from the start of each publication until a majority of the master-eligible nodes have written the state to disk and confirmed the write to the elected master. */
  commit_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent waiting for a successful cluster state update to commit, which measures the time from the start of each publication until a majority of the master-eligible nodes have written the state to disk and confirmed the write to the elected master. */
  commit_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent waiting for a successful cluster state update to complete, which measures the time from the start of each publication until all the other nodes have notified the elected master that they have applied the cluster state. */
  completion_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent waiting for a successful cluster state update to complete, which measures the time from the start of each publication until all the other nodes have notified the elected master that they have applied the cluster state. */
  completion_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent successfully applying cluster state updates on the elected master since the node started. */
  master_apply_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent successfully applying cluster state updates on the elected master since the node started. */
  master_apply_time_millis?: DurationValue<UnitMillis>
  /** The cumulative amount of time spent notifying listeners of a no-op cluster state update since the node started. */
  notification_time?: Duration
  /** The cumulative amount of time, in milliseconds, spent notifying listeners of a no-op cluster state update since the node started. */
  notification_time_millis?: DurationValue<UnitMillis>
}

export interface NodesContext {
  context?: string
  compilations?: long
  cache_evictions?: long
  compilation_limit_triggered?: long
}

export interface NodesCpu {
  /** The number of processors available to the Java virtual machine. */
  available_processors?: integer
  percent?: integer
  sys?: Duration
  sys_in_millis?: DurationValue<UnitMillis>
  total?: Duration
  total_in_millis?: DurationValue<UnitMillis>
  user?: Duration
  user_in_millis?: DurationValue<UnitMillis>
  load_average?: Record<string, double>
}

export interface NodesCpuAcct {
  /** The `cpuacct` control group to which the Elasticsearch process belongs. */
  control_group?: string
  /** The total CPU time, in nanoseconds, consumed by all tasks in the same cgroup as the Elasticsearch process. */
  usage_nanos?: DurationValue<UnitNanos>
}

export interface NodesDataPathStats {
  /** Total amount of disk space available to this Java virtual machine on this file store. */
  available?: string
  /** Total number of bytes available to this Java virtual machine on this file store. */
  available_in_bytes?: long
  disk_queue?: string
  disk_reads?: long
  disk_read_size?: string
  disk_read_size_in_bytes?: long
  disk_writes?: long
  disk_write_size?: string
  disk_write_size_in_bytes?: long
  /** Total amount of unallocated disk space in the file store. */
  free?: string
  /** Total number of unallocated bytes in the file store. */
  free_in_bytes?: long
  /** The amount of free disk space that, once reached, triggers the low disk watermark. */
  low_watermark_free_space?: string
  /** The amount of free disk space, in bytes, that, once reached, triggers the low disk watermark. */
  low_watermark_free_space_in_bytes?: long
  /** The amount of free disk space that, once reached, triggers the high disk watermark. */
  high_watermark_free_space?: string
  /** The amount of free disk space, in bytes, that, once reached, triggers the high disk watermark. */
  high_watermark_free_space_in_bytes?: long
  /** The amount of free disk space that, once reached, triggers the flood stage disk watermark. */
  flood_stage_free_space?: string
  /** The amount of free disk space, in bytes, that, once reached, triggers the flood stage disk watermark. */
  flood_stage_free_space_in_bytes?: long
  /** The amount of free disk space that, once reached, triggers the frozen flood stage disk watermark. */
  frozen_flood_stage_free_space?: string
  /** The amount of free disk space, in bytes, that, once reached, triggers the frozen flood stage disk watermark. */
  frozen_flood_stage_free_space_in_bytes?: long
  /** Mount point of the file store (for example: `/dev/sda2`). */
  mount?: string
  /** Path to the file store. */
  path?: string
  /** Total size of the file store. */
  total?: string
  /** Total size of the file store in bytes. */
  total_in_bytes?: long
  /** Type of the file store (ex: ext4). */
  type?: string
}

export interface NodesDiscovery {
  /** Contains statistics for the cluster state queue of the node. */
  cluster_state_queue?: NodesClusterStateQueue
  /** Contains statistics for the published cluster states of the node. */
  published_cluster_states?: NodesPublishedClusterStates
  /** Contains low-level statistics about how long various activities took during cluster state updates while the node was the elected master. Omitted if the node is not master-eligible. Every field whose name ends in `_time` within this object is also represented as a raw number of milliseconds in a field whose name ends in `_time_millis`. The human-readable fields with a `_time` suffix are only returned if requested with the `?human=true` query parameter. */
  cluster_state_update?: Record<string, NodesClusterStateUpdate>
  serialized_cluster_states?: NodesSerializedClusterState
  cluster_applier_stats?: NodesClusterAppliedStats
}

export interface NodesExtendedMemoryStats extends NodesMemoryStats {
  /** Percentage of free memory. */
  free_percent?: integer
  /** Percentage of used memory. */
  used_percent?: integer
}

export interface NodesFileSystem {
  /** List of all file stores. */
  data?: NodesDataPathStats[]
  /** Last time the file stores statistics were refreshed. Recorded in milliseconds since the Unix Epoch. */
  timestamp?: long
  /** Contains statistics for all file stores of the node. */
  total?: NodesFileSystemTotal
  /** Contains I/O statistics for the node. */
  io_stats?: NodesIoStats
}

export interface NodesFileSystemTotal {
  /** Total disk space available to this Java virtual machine on all file stores. Depending on OS or process level restrictions, this might appear less than `free`. This is the actual amount of free disk space the Elasticsearch node can utilise. */
  available?: string
  /** Total number of bytes available to this Java virtual machine on all file stores. Depending on OS or process level restrictions, this might appear less than `free_in_bytes`. This is the actual amount of free disk space the Elasticsearch node can utilise. */
  available_in_bytes?: long
  /** Total unallocated disk space in all file stores. */
  free?: string
  /** Total number of unallocated bytes in all file stores. */
  free_in_bytes?: long
  /** Total size of all file stores. */
  total?: string
  /** Total size of all file stores in bytes. */
  total_in_bytes?: long
}

export interface NodesGarbageCollector {
  /** Contains statistics about JVM garbage collectors for the node. */
  collectors?: Record<string, NodesGarbageCollectorTotal>
}

export interface NodesGarbageCollectorTotal {
  /** Total number of JVM garbage collectors that collect objects. */
  collection_count?: long
  /** Total time spent by JVM collecting objects. */
  collection_time?: string
  /** Total time, in milliseconds, spent by JVM collecting objects. */
  collection_time_in_millis?: long
}

/** Request of `nodes.get_repositories_metering_info`. */
export interface NodesGetRepositoriesMeteringInfoRequest extends RequestBase {
  /** Comma-separated list of node IDs or names used to limit returned information. */
  node_id: NodeIds
}

export type NodesGetRepositoriesMeteringInfoResponse = NodesGetRepositoriesMeteringInfoResponseBase

export interface NodesGetRepositoriesMeteringInfoResponseBase extends NodesNodesResponseBase {
  /** Name of the cluster. Based on the `cluster.name` setting. */
  cluster_name: Name
  /** Contains repositories metering information for the nodes selected by the request. */
  nodes: Record<string, NodesRepositoryMeteringInformation>
}

/** Request of `nodes.hot_threads`. */
export interface NodesHotThreadsRequest extends RequestBase {
  /** List of node IDs or names used to limit returned information. */
  node_id?: NodeIds
  /** If true, known idle threads (e.g. waiting in a socket select, or to get a task from an empty queue) are filtered out. */
  ignore_idle_threads?: boolean
  /** The interval to do the second sampling of threads. */
  interval?: Duration
  /** Number of samples of thread stacktrace. */
  snapshots?: long
  /** Specifies the number of hot threads to provide information for. */
  threads?: long
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The type to sample. */
  type?: ThreadType
  /** The sort order for 'cpu' type */
  sort?: ThreadType
}

export interface NodesHotThreadsResponse {
}

export interface NodesHttp {
  /** Current number of open HTTP connections for the node. */
  current_open?: integer
  /** Total number of HTTP connections opened for the node. */
  total_opened?: long
  /** Information on current and recently-closed HTTP client connections. Clients that have been closed longer than the `http.client_stats.closed_channels.max_age` setting will not be represented here. */
  clients?: NodesClient[]
  /** Detailed HTTP stats broken down by route */
  routes: Record<string, NodesHttpRoute>
}

export interface NodesHttpRoute {
  requests: NodesHttpRouteRequests
  responses: NodesHttpRouteResponses
}

export interface NodesHttpRouteRequests {
  count: long
  total_size?: ByteSize
  total_size_in_bytes: long
  size_histogram: NodesSizeHttpHistogram[]
}

export interface NodesHttpRouteResponses {
  count: long
  total_size?: ByteSize
  total_size_in_bytes: long
  handling_time_histogram: NodesTimeHttpHistogram[]
  size_histogram: NodesSizeHttpHistogram[]
}

export interface NodesIndexingPressure {
  /** Contains statistics for memory consumption from indexing load. */
  memory?: NodesIndexingPressureMemory
}

export interface NodesIndexingPressureMemory {
  /** Configured memory limit for the indexing requests. Replica requests have an automatic limit that is 1.5x this value. */
  limit?: ByteSize
  /** Configured memory limit, in bytes, for the indexing requests. Replica requests have an automatic limit that is 1.5x this value. */
  limit_in_bytes?: long
  /** Contains statistics for current indexing load. */
  current?: NodesPressureMemory
  /** Contains statistics for the cumulative indexing load since the node started. */
  total?: NodesPressureMemory
}

export interface NodesInfoDeprecationIndexing {
  enabled: boolean | string
}

export interface NodesInfoNodeInfo {
  attributes: Record<string, string>
  build_flavor: string
  /** Short hash of the last git commit in this release. */
  build_hash: string
  build_type: string
  component_versions: Record<Name, integer>
  /** The node’s host name. */
  host: Host
  http?: NodesInfoNodeInfoHttp
  index_version: VersionNumber
  /** The node’s IP address. */
  ip: Ip
  jvm?: NodesInfoNodeJvmInfo
  /** The node's name */
  name: Name
  os?: NodesInfoNodeOperatingSystemInfo
  plugins?: PluginStats[]
  process?: NodesInfoNodeProcessInfo
  roles: NodeRoles
  settings?: NodesInfoNodeInfoSettings
  thread_pool?: Record<string, NodesInfoNodeThreadPoolInfo>
  /** Total heap allowed to be used to hold recently indexed documents before they must be written to disk. This size is a shared pool across all shards on this node, and is controlled by Indexing Buffer settings. */
  total_indexing_buffer?: long
  /** Same as total_indexing_buffer, but expressed in bytes. */
  total_indexing_buffer_in_bytes?: ByteSize
  transport?: NodesInfoNodeInfoTransport
  /** Host and port where transport HTTP connections are accepted. */
  transport_address: TransportAddress
  transport_version: VersionNumber
  /** Elasticsearch version running on this node. */
  version: VersionString
  modules?: PluginStats[]
  ingest?: NodesInfoNodeInfoIngest
  aggregations?: Record<string, NodesInfoNodeInfoAggregation>
  remote_cluster_server?: NodesInfoRemoveClusterServer
}

export interface NodesInfoNodeInfoAction {
  destructive_requires_name: string
}

export interface NodesInfoNodeInfoAggregation {
  types: string[]
}

export interface NodesInfoNodeInfoBootstrap {
  memory_lock: string
}

export interface NodesInfoNodeInfoClient {
  type: string
}

export interface NodesInfoNodeInfoDiscoverKeys {
  seed_hosts?: string[] | string
  type?: string
  seed_providers?: string[] | string
}
export type NodesInfoNodeInfoDiscover = NodesInfoNodeInfoDiscoverKeys & { [property: string]: any }

export interface NodesInfoNodeInfoHttp {
  bound_address: string[]
  max_content_length?: ByteSize
  max_content_length_in_bytes: long
  publish_address: string
}

export interface NodesInfoNodeInfoIngest {
  processors: NodesInfoNodeInfoIngestProcessor[]
}

export interface NodesInfoNodeInfoIngestDownloader {
  enabled: string
}

export interface NodesInfoNodeInfoIngestInfo {
  downloader: NodesInfoNodeInfoIngestDownloader
}

export interface NodesInfoNodeInfoIngestProcessor {
  type: string
}

export interface NodesInfoNodeInfoJvmMemory {
  direct_max?: ByteSize
  direct_max_in_bytes: long
  heap_init?: ByteSize
  heap_init_in_bytes: long
  heap_max?: ByteSize
  heap_max_in_bytes: long
  non_heap_init?: ByteSize
  non_heap_init_in_bytes: long
  non_heap_max?: ByteSize
  non_heap_max_in_bytes: long
}

export interface NodesInfoNodeInfoMemory {
  total: string
  total_in_bytes: long
}

export interface NodesInfoNodeInfoOSCPU {
  cache_size: string
  cache_size_in_bytes: integer
  cores_per_socket: integer
  mhz: integer
  model: string
  total_cores: integer
  total_sockets: integer
  vendor: string
}

export interface NodesInfoNodeInfoPath {
  logs?: string
  home?: string
  repo?: string[]
  data?: string | string[]
}

export interface NodesInfoNodeInfoRepositories {
  url: NodesInfoNodeInfoRepositoriesUrl
}

export interface NodesInfoNodeInfoRepositoriesUrl {
  allowed_urls: string
}

export interface NodesInfoNodeInfoScript {
  allowed_types: string
  disable_max_compilations_rate?: string
}

export interface NodesInfoNodeInfoSearch {
  remote: NodesInfoNodeInfoSearchRemote
}

export interface NodesInfoNodeInfoSearchRemote {
  connect: string
}

export interface NodesInfoNodeInfoSettings {
  cluster: NodesInfoNodeInfoSettingsCluster
  node: NodesInfoNodeInfoSettingsNode
  path?: NodesInfoNodeInfoPath
  repositories?: NodesInfoNodeInfoRepositories
  discovery?: NodesInfoNodeInfoDiscover
  action?: NodesInfoNodeInfoAction
  client?: NodesInfoNodeInfoClient
  http: NodesInfoNodeInfoSettingsHttp
  bootstrap?: NodesInfoNodeInfoBootstrap
  transport: NodesInfoNodeInfoSettingsTransport
  network?: NodesInfoNodeInfoSettingsNetwork
  xpack?: NodesInfoNodeInfoXpack
  script?: NodesInfoNodeInfoScript
  search?: NodesInfoNodeInfoSearch
  ingest?: NodesInfoNodeInfoSettingsIngest
}

export interface NodesInfoNodeInfoSettingsCluster {
  name: Name
  routing?: IndicesIndexRouting
  election: NodesInfoNodeInfoSettingsClusterElection
  initial_master_nodes?: string[] | string
  deprecation_indexing?: NodesInfoDeprecationIndexing
}

export interface NodesInfoNodeInfoSettingsClusterElection {
  strategy: Name
}

export interface NodesInfoNodeInfoSettingsHttp {
  type: NodesInfoNodeInfoSettingsHttpType | string
  'type.default'?: string
  compression?: boolean | string
  port?: integer | string
}

export interface NodesInfoNodeInfoSettingsHttpType {
  default: string
}

export interface NodesInfoNodeInfoSettingsIngest {
  attachment?: NodesInfoNodeInfoIngestInfo
  append?: NodesInfoNodeInfoIngestInfo
  csv?: NodesInfoNodeInfoIngestInfo
  convert?: NodesInfoNodeInfoIngestInfo
  date?: NodesInfoNodeInfoIngestInfo
  date_index_name?: NodesInfoNodeInfoIngestInfo
  dot_expander?: NodesInfoNodeInfoIngestInfo
  enrich?: NodesInfoNodeInfoIngestInfo
  fail?: NodesInfoNodeInfoIngestInfo
  foreach?: NodesInfoNodeInfoIngestInfo
  json?: NodesInfoNodeInfoIngestInfo
  user_agent?: NodesInfoNodeInfoIngestInfo
  kv?: NodesInfoNodeInfoIngestInfo
  geoip?: NodesInfoNodeInfoIngestInfo
  grok?: NodesInfoNodeInfoIngestInfo
  gsub?: NodesInfoNodeInfoIngestInfo
  join?: NodesInfoNodeInfoIngestInfo
  lowercase?: NodesInfoNodeInfoIngestInfo
  remove?: NodesInfoNodeInfoIngestInfo
  rename?: NodesInfoNodeInfoIngestInfo
  script?: NodesInfoNodeInfoIngestInfo
  set?: NodesInfoNodeInfoIngestInfo
  sort?: NodesInfoNodeInfoIngestInfo
  split?: NodesInfoNodeInfoIngestInfo
  trim?: NodesInfoNodeInfoIngestInfo
  uppercase?: NodesInfoNodeInfoIngestInfo
  urldecode?: NodesInfoNodeInfoIngestInfo
  bytes?: NodesInfoNodeInfoIngestInfo
  dissect?: NodesInfoNodeInfoIngestInfo
  set_security_user?: NodesInfoNodeInfoIngestInfo
  pipeline?: NodesInfoNodeInfoIngestInfo
  drop?: NodesInfoNodeInfoIngestInfo
  circle?: NodesInfoNodeInfoIngestInfo
  inference?: NodesInfoNodeInfoIngestInfo
}

export interface NodesInfoNodeInfoSettingsNetwork {
  host?: Host | Host[]
}

export interface NodesInfoNodeInfoSettingsNode {
  name: Name
  attr: Record<string, any>
  max_local_storage_nodes?: string
}

export interface NodesInfoNodeInfoSettingsTransport {
  type: NodesInfoNodeInfoSettingsTransportType | string
  'type.default'?: string
  features?: NodesInfoNodeInfoSettingsTransportFeatures
  /** Only used in unit tests */
  ignore_deserialization_errors?: SpecUtilsStringified<boolean>
}

export interface NodesInfoNodeInfoSettingsTransportFeatures {
  'x-pack': string
}

export interface NodesInfoNodeInfoSettingsTransportType {
  default: string
}

export interface NodesInfoNodeInfoTransport {
  bound_address: string[]
  publish_address: string
  profiles: Record<string, string>
}

export interface NodesInfoNodeInfoXpack {
  license?: NodesInfoNodeInfoXpackLicense
  security: NodesInfoNodeInfoXpackSecurity
  notification?: Record<string, any>
  ml?: NodesInfoNodeInfoXpackMl
}

export interface NodesInfoNodeInfoXpackLicense {
  self_generated: NodesInfoNodeInfoXpackLicenseType
}

export interface NodesInfoNodeInfoXpackLicenseType {
  type: string
}

export interface NodesInfoNodeInfoXpackMl {
  use_auto_machine_memory_percent?: boolean
}

export interface NodesInfoNodeInfoXpackSecurity {
  http?: NodesInfoNodeInfoXpackSecuritySsl
  enabled: string
  transport?: NodesInfoNodeInfoXpackSecuritySsl
  authc?: NodesInfoNodeInfoXpackSecurityAuthc
}

export interface NodesInfoNodeInfoXpackSecurityAuthc {
  realms?: NodesInfoNodeInfoXpackSecurityAuthcRealms
  token?: NodesInfoNodeInfoXpackSecurityAuthcToken
}

export interface NodesInfoNodeInfoXpackSecurityAuthcRealms {
  file?: Record<string, NodesInfoNodeInfoXpackSecurityAuthcRealmsStatus>
  native?: Record<string, NodesInfoNodeInfoXpackSecurityAuthcRealmsStatus>
  pki?: Record<string, NodesInfoNodeInfoXpackSecurityAuthcRealmsStatus>
}

export interface NodesInfoNodeInfoXpackSecurityAuthcRealmsStatus {
  enabled?: string
  order: string
}

export interface NodesInfoNodeInfoXpackSecurityAuthcToken {
  enabled: string
}

export interface NodesInfoNodeInfoXpackSecuritySsl {
  ssl: Record<string, string>
}

export interface NodesInfoNodeJvmInfo {
  gc_collectors: string[]
  mem: NodesInfoNodeInfoJvmMemory
  memory_pools: string[]
  pid: integer
  start_time_in_millis: EpochTime<UnitMillis>
  version: VersionString
  vm_name: Name
  vm_vendor: string
  vm_version: VersionString
  using_bundled_jdk: boolean
  using_compressed_ordinary_object_pointers?: boolean | string
  input_arguments: string[]
}

export interface NodesInfoNodeOperatingSystemInfo {
  /** Name of the JVM architecture (ex: amd64, x86) */
  arch: string
  /** Number of processors available to the Java virtual machine */
  available_processors: integer
  /** The number of processors actually used to calculate thread pool size. This number can be set with the node.processors setting of a node and defaults to the number of processors reported by the OS. */
  allocated_processors?: integer
  /** Name of the operating system (ex: Linux, Windows, Mac OS X) */
  name: Name
  pretty_name: Name
  /** Refresh interval for the OS statistics */
  refresh_interval_in_millis: DurationValue<UnitMillis>
  /** Version of the operating system */
  version: VersionString
  cpu?: NodesInfoNodeInfoOSCPU
  mem?: NodesInfoNodeInfoMemory
  swap?: NodesInfoNodeInfoMemory
}

export interface NodesInfoNodeProcessInfo {
  /** Process identifier (PID) */
  id: long
  /** Indicates if the process address space has been successfully locked in memory */
  mlockall: boolean
  /** Refresh interval for the process statistics */
  refresh_interval_in_millis: DurationValue<UnitMillis>
}

export interface NodesInfoNodeThreadPoolInfo {
  core?: integer
  keep_alive?: Duration
  max?: integer
  queue_size: integer
  size?: integer
  type: string
}

export type NodesInfoNodesInfoMetric = '_all' | '_none' | 'settings' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'transport' | 'http' | 'remote_cluster_server' | 'plugins' | 'ingest' | 'aggregations' | 'indices'

export type NodesInfoNodesInfoMetrics = NodesInfoNodesInfoMetric | NodesInfoNodesInfoMetric[]

export interface NodesInfoRemoveClusterServer {
  bound_address: TransportAddress[]
  publish_address: TransportAddress
}

/** Request of `nodes.info`. */
export interface NodesInfoRequest extends RequestBase {
  /** Comma-separated list of node IDs or names used to limit returned information. */
  node_id?: NodeIds
  /** Limits the information returned to the specific metrics. Supports a comma-separated list, such as http,ingest. */
  metric?: NodesInfoNodesInfoMetrics
  /** If true, returns settings in flat format. */
  flat_settings?: boolean
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type NodesInfoResponse = NodesInfoResponseBase

export interface NodesInfoResponseBase extends NodesNodesResponseBase {
  cluster_name: Name
  nodes: Record<string, NodesInfoNodeInfo>
}

export interface NodesIngest {
  /** Contains statistics about ingest pipelines for the node. */
  pipelines?: Record<string, NodesIngestStats>
  /** Contains statistics about ingest operations for the node. */
  total?: NodesIngestTotal
}

export interface NodesIngestStats {
  /** Total number of documents ingested during the lifetime of this node. */
  count: long
  /** Total number of documents currently being ingested. */
  current: long
  /** Total number of failed ingest operations during the lifetime of this node. */
  failed: long
  /** Total number of ingest processors. */
  processors: Record<string, NodesKeyedProcessor>[]
  /** Total time spent preprocessing ingest documents during the lifetime of this node. */
  time?: Duration
  /** Total time, in milliseconds, spent preprocessing ingest documents during the lifetime of this node. */
  time_in_millis: DurationValue<UnitMillis>
  /** Total size of all documents ingested by the pipeline. The value counts documents for which this pipeline was the first to process them; for pipelines that are not the first to process a document (for example, a final pipeline after a default pipeline, a pipeline run after a reroute processor, or a pipeline invoked by a pipeline processor), the value is `0`. */
  ingested_as_first_pipeline?: ByteSize
  /** Total number of bytes of all documents ingested by the pipeline. The value counts documents for which this pipeline was the first to process them; for pipelines that are not the first to process a document, the value is `0`. */
  ingested_as_first_pipeline_in_bytes: long
  /** Total size of all documents produced by the pipeline. The value counts documents for which this pipeline was the first to process them; for pipelines that are not the first to process a document, the value is `0`. In situations where there are subsequent pipelines, the value represents the size of the document after all pipelines have run. */
  produced_as_first_pipeline?: ByteSize
  /** Total number of bytes of all documents produced by the pipeline. The value counts documents for which this pipeline was the first to process them; for pipelines that are not the first to process a document, the value is `0`. In situations where there are subsequent pipelines, the value represents the size of the document after all pipelines have run. */
  produced_as_first_pipeline_in_bytes: long
}

export interface NodesIngestTotal {
  /** Total number of documents ingested during the lifetime of this node. */
  count: long
  /** Total number of documents currently being ingested. */
  current: long
  /** Total number of failed ingest operations during the lifetime of this node. */
  failed: long
  /** Total time spent preprocessing ingest documents during the lifetime of this node. */
  time?: Duration
  /** Total time, in milliseconds, spent preprocessing ingest documents during the lifetime of this node. */
  time_in_millis: DurationValue<UnitMillis>
}

export interface NodesIoStatDevice {
  /** The Linux device name. */
  device_name?: string
  /** The total number of read and write operations for the device completed since starting Elasticsearch. */
  operations?: long
  /** The total number of kilobytes read for the device since starting Elasticsearch. */
  read_kilobytes?: long
  /** The total number of read operations for the device completed since starting Elasticsearch. */
  read_operations?: long
  /** The total number of kilobytes written for the device since starting Elasticsearch. */
  write_kilobytes?: long
  /** The total number of write operations for the device completed since starting Elasticsearch. */
  write_operations?: long
}

export interface NodesIoStats {
  /** Array of disk metrics for each device that is backing an Elasticsearch data path. These disk metrics are probed periodically and averages between the last probe and the current probe are computed. */
  devices?: NodesIoStatDevice[]
  /** The sum of the disk metrics for all devices that back an Elasticsearch data path. */
  total?: NodesIoStatDevice
}

export interface NodesJvm {
  /** Contains statistics about JVM buffer pools for the node. */
  buffer_pools?: Record<string, NodesNodeBufferPool>
  /** Contains statistics about classes loaded by JVM for the node. */
  classes?: NodesJvmClasses
  /** Contains statistics about JVM garbage collectors for the node. */
  gc?: NodesGarbageCollector
  /** Contains JVM memory usage statistics for the node. */
  mem?: NodesJvmMemoryStats
  /** Contains statistics about JVM thread usage for the node. */
  threads?: NodesJvmThreads
  /** Last time JVM statistics were refreshed. */
  timestamp?: long
  /** Human-readable JVM uptime. Only returned if the `human` query parameter is `true`. */
  uptime?: string
  /** JVM uptime in milliseconds. */
  uptime_in_millis?: long
}

export interface NodesJvmClasses {
  /** Number of classes currently loaded by JVM. */
  current_loaded_count?: long
  /** Total number of classes loaded since the JVM started. */
  total_loaded_count?: long
  /** Total number of classes unloaded since the JVM started. */
  total_unloaded_count?: long
}

export interface NodesJvmMemoryStats {
  /** Memory currently in use by the heap. */
  heap_used?: ByteSize
  /** Memory, in bytes, currently in use by the heap. */
  heap_used_in_bytes?: long
  /** Percentage of memory currently in use by the heap. */
  heap_used_percent?: long
  /** Amount of memory available for use by the heap. */
  heap_committed?: ByteSize
  /** Amount of memory, in bytes, available for use by the heap. */
  heap_committed_in_bytes?: long
  /** Maximum amount of memory, in bytes, available for use by the heap. */
  heap_max_in_bytes?: long
  /** Maximum amount of memory, available for use by the heap. */
  heap_max?: ByteSize
  /** Non-heap memory used. */
  non_heap_used?: ByteSize
  /** Non-heap memory used, in bytes. */
  non_heap_used_in_bytes?: long
  /** Amount of non-heap memory available. */
  non_heap_committed?: ByteSize
  /** Amount of non-heap memory available, in bytes. */
  non_heap_committed_in_bytes?: long
  /** Contains statistics about heap memory usage for the node. */
  pools?: Record<string, NodesPool>
}

export interface NodesJvmThreads {
  /** Number of active threads in use by JVM. */
  count?: long
  /** Highest number of threads used by JVM. */
  peak_count?: long
}

export interface NodesKeyedProcessor {
  stats?: NodesProcessor
  type?: string
}

export interface NodesMemoryStats {
  /** If the amount of physical memory has been overridden using the `es`.`total_memory_bytes` system property then this reports the overridden value. Otherwise it reports the same value as `total`. */
  adjusted_total?: string
  /** If the amount of physical memory has been overridden using the `es`.`total_memory_bytes` system property then this reports the overridden value in bytes. Otherwise it reports the same value as `total_in_bytes`. */
  adjusted_total_in_bytes?: long
  resident?: string
  resident_in_bytes?: long
  share?: string
  share_in_bytes?: long
  total_virtual?: string
  total_virtual_in_bytes?: long
  /** Total amount of physical memory. */
  total?: string
  /** Total amount of physical memory in bytes. */
  total_in_bytes?: long
  /** Amount of free physical memory. */
  free?: string
  /** Amount of free physical memory in bytes. */
  free_in_bytes?: long
  /** Amount of used physical memory. */
  used?: string
  /** Amount of used physical memory in bytes. */
  used_in_bytes?: long
}

export interface NodesNodeBufferPool {
  /** Number of buffer pools. */
  count?: long
  /** Total capacity of buffer pools. */
  total_capacity?: string
  /** Total capacity of buffer pools in bytes. */
  total_capacity_in_bytes?: long
  /** Size of buffer pools. */
  used?: string
  /** Size of buffer pools in bytes. */
  used_in_bytes?: long
}

export interface NodesNodeReloadResult {
  name: Name
  reload_exception?: ErrorCause
  /** The names of the secure settings that were reloaded. */
  secure_setting_names?: string[]
  /** The path to the keystore file. */
  keystore_path?: string
  /** A SHA-256 hash of the keystore file contents. */
  keystore_digest?: string
  /** The last modification time of the keystore file. */
  keystore_last_modified_time?: DateTime
}

export interface NodesNodesResponseBase {
  /** Contains statistics about the number of nodes selected by the request’s node filters. */
  _nodes?: NodeStatistics
}

export interface NodesOperatingSystem {
  cpu?: NodesCpu
  mem?: NodesExtendedMemoryStats
  swap?: NodesMemoryStats
  cgroup?: NodesCgroup
  timestamp?: long
}

export interface NodesPool {
  /** Memory used by the heap. */
  used?: string
  /** Memory, in bytes, used by the heap. */
  used_in_bytes?: long
  /** Maximum amount of memory available for use by the heap. */
  max?: string
  /** Maximum amount of memory, in bytes, available for use by the heap. */
  max_in_bytes?: long
  /** Largest amount of memory historically used by the heap. */
  peak_used?: string
  /** Largest amount of memory, in bytes, historically used by the heap. */
  peak_used_in_bytes?: long
  /** Largest amount of memory historically used by the heap. */
  peak_max?: string
  /** Largest amount of memory, in bytes, historically used by the heap. */
  peak_max_in_bytes?: long
}

export interface NodesPressureMemory {
  /** Memory consumed by indexing requests in the coordinating, primary, or replica stage. */
  all?: ByteSize
  /** Memory consumed, in bytes, by indexing requests in the coordinating, primary, or replica stage. */
  all_in_bytes?: long
  /** Memory consumed by indexing requests in the coordinating or primary stage. This value is not the sum of coordinating and primary as a node can reuse the coordinating memory if the primary stage is executed locally. */
  combined_coordinating_and_primary?: ByteSize
  /** Memory consumed, in bytes, by indexing requests in the coordinating or primary stage. This value is not the sum of coordinating and primary as a node can reuse the coordinating memory if the primary stage is executed locally. */
  combined_coordinating_and_primary_in_bytes?: long
  /** Memory consumed by indexing requests in the coordinating stage. */
  coordinating?: ByteSize
  /** Memory consumed, in bytes, by indexing requests in the coordinating stage. */
  coordinating_in_bytes?: long
  /** Memory consumed by indexing requests in the primary stage. */
  primary?: ByteSize
  /** Memory consumed, in bytes, by indexing requests in the primary stage. */
  primary_in_bytes?: long
  /** Memory consumed by indexing requests in the replica stage. */
  replica?: ByteSize
  /** Memory consumed, in bytes, by indexing requests in the replica stage. */
  replica_in_bytes?: long
  /** Number of indexing requests rejected in the coordinating stage. */
  coordinating_rejections?: long
  /** Number of indexing requests rejected in the primary stage. */
  primary_rejections?: long
  /** Number of indexing requests rejected in the replica stage. */
  replica_rejections?: long
  primary_document_rejections?: long
  large_operation_rejections?: long
}

export interface NodesProcess {
  /** Contains CPU statistics for the node. */
  cpu?: NodesCpu
  /** Contains virtual memory statistics for the node. */
  mem?: NodesMemoryStats
  /** Number of opened file descriptors associated with the current or `-1` if not supported. */
  open_file_descriptors?: integer
  /** Maximum number of file descriptors allowed on the system, or `-1` if not supported. */
  max_file_descriptors?: integer
  /** Last time the statistics were refreshed. Recorded in milliseconds since the Unix Epoch. */
  timestamp?: long
}

export interface NodesProcessor {
  /** Number of documents transformed by the processor. */
  count?: long
  /** Number of documents currently being transformed by the processor. */
  current?: long
  /** Number of failed operations for the processor. */
  failed?: long
  /** Time spent by the processor transforming documents. */
  time?: Duration
  /** Time, in milliseconds, spent by the processor transforming documents. */
  time_in_millis?: DurationValue<UnitMillis>
}

export interface NodesPublishedClusterStates {
  /** Number of published cluster states. */
  full_states?: long
  /** Number of incompatible differences between published cluster states. */
  incompatible_diffs?: long
  /** Number of compatible differences between published cluster states. */
  compatible_diffs?: long
}

export interface NodesRecording {
  name?: string
  cumulative_execution_count?: long
  cumulative_execution_time?: Duration
  cumulative_execution_time_millis?: DurationValue<UnitMillis>
}

/** Request of `nodes.reload_secure_settings`. */
export interface NodesReloadSecureSettingsRequest extends RequestBase {
  /** The names of particular nodes in the cluster to target. */
  node_id?: NodeIds
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The password for the Elasticsearch keystore. */
  secure_settings_password?: Password
}

export type NodesReloadSecureSettingsResponse = NodesReloadSecureSettingsResponseBase

export interface NodesReloadSecureSettingsResponseBase extends NodesNodesResponseBase {
  cluster_name: Name
  nodes: Record<string, NodesNodeReloadResult>
}

export interface NodesRepositoryLocation {
  base_path: string
  /** Container name (Azure) */
  container?: string
  /** Bucket name (GCP, S3) */
  bucket?: string
}

export interface NodesRepositoryMeteringInformation {
  /** Repository name. */
  repository_name: Name
  /** Repository type. */
  repository_type: string
  /** Represents an unique location within the repository. */
  repository_location: NodesRepositoryLocation
  /** An identifier that changes every time the repository is updated. */
  repository_ephemeral_id: Id
  /** Time the repository was created or updated. Recorded in milliseconds since the Unix Epoch. */
  repository_started_at: EpochTime<UnitMillis>
  /** Time the repository was deleted or updated. Recorded in milliseconds since the Unix Epoch. */
  repository_stopped_at?: EpochTime<UnitMillis>
  /** A flag that tells whether or not this object has been archived. When a repository is closed or updated the repository metering information is archived and kept for a certain period of time. This allows retrieving the repository metering information of previous repository instantiations. */
  archived: boolean
  /** The cluster state version when this object was archived, this field can be used as a logical timestamp to delete all the archived metrics up to an observed version. This field is only present for archived repository metering information objects. The main purpose of this field is to avoid possible race conditions during repository metering information deletions, i.e. deleting archived repositories metering information that we haven’t observed yet. */
  cluster_version?: VersionNumber
  /** An object with the number of request performed against the repository grouped by request type. */
  request_counts: NodesRequestCounts
}

export interface NodesRepositorySnapshotStats {
  /** The cumulative time spent throttling read operations for this repository. */
  total_read_throttled_time?: Duration
  /** The cumulative time spent throttling write operations for this repository. */
  total_write_throttled_time?: Duration
  /** The cumulative time, in nanoseconds, spent throttling read operations for this repository. */
  total_read_throttled_time_nanos: DurationValue<UnitNanos>
  /** The cumulative time, in nanoseconds, spent throttling write operations for this repository. */
  total_write_throttled_time_nanos: DurationValue<UnitNanos>
  /** The number of shard snapshots started for this repository. */
  shard_snapshots_started: long
  /** The number of shard snapshots completed for this repository. */
  shard_snapshots_completed: long
  /** The number of shard snapshots currently in progress for this repository. */
  shard_snapshots_in_progress: long
  /** The number of blobs uploaded to this repository. */
  uploaded_blobs: long
  /** The cumulative size of the blobs uploaded to this repository. */
  uploaded_size?: ByteSize
  /** The cumulative size, in bytes, of the blobs uploaded to this repository. */
  uploaded_size_in_bytes: long
  /** The cumulative time spent uploading blobs to this repository. */
  total_upload_time?: Duration
  /** The cumulative time, in milliseconds, spent uploading blobs to this repository. */
  total_upload_time_in_millis: DurationValue<UnitMillis>
  /** The cumulative time spent reading blobs while uploading to this repository. */
  total_read_time?: Duration
  /** The cumulative time, in milliseconds, spent reading blobs while uploading to this repository. */
  total_read_time_in_millis: DurationValue<UnitMillis>
}

export interface NodesRequestCounts {
  /** Number of Get Blob Properties requests (Azure) */
  GetBlobProperties?: long
  /** Number of Get Blob requests (Azure) */
  GetBlob?: long
  /** Number of List Blobs requests (Azure) */
  ListBlobs?: long
  /** Number of Put Blob requests (Azure) */
  PutBlob?: long
  /** Number of Put Block (Azure) */
  PutBlock?: long
  /** Number of Put Block List requests */
  PutBlockList?: long
  /** Number of get object requests (GCP, S3) */
  GetObject?: long
  /** Number of list objects requests (GCP, S3) */
  ListObjects?: long
  /** Number of insert object requests, including simple, multipart and resumable uploads. Resumable uploads can perform multiple http requests to insert a single object but they are considered as a single request since they are billed as an individual operation. (GCP) */
  InsertObject?: long
  /** Number of PutObject requests (S3) */
  PutObject?: long
  /** Number of Multipart requests, including CreateMultipartUpload, UploadPart and CompleteMultipartUpload requests (S3) */
  PutMultipartObject?: long
}

export interface NodesScriptCache {
  /** Total number of times the script cache has evicted old data. */
  cache_evictions?: long
  /** Total number of times the script compilation circuit breaker has limited inline script compilations. */
  compilation_limit_triggered?: long
  /** Total number of inline script compilations performed by the node. */
  compilations?: long
  context?: string
}

export interface NodesScripting {
  /** Total number of times the script cache has evicted old data. */
  cache_evictions?: long
  /** Total number of inline script compilations performed by the node. */
  compilations?: long
  /** Contains this recent history of script compilations. */
  compilations_history?: Record<string, long>
  /** Total number of times the script compilation circuit breaker has limited inline script compilations. */
  compilation_limit_triggered?: long
  contexts?: NodesContext[]
}

export interface NodesSerializedClusterState {
  /** Number of published cluster states. */
  full_states?: NodesSerializedClusterStateDetail
  diffs?: NodesSerializedClusterStateDetail
}

export interface NodesSerializedClusterStateDetail {
  count?: long
  uncompressed_size?: string
  uncompressed_size_in_bytes?: long
  compressed_size?: string
  compressed_size_in_bytes?: long
}

export interface NodesSizeHttpHistogram {
  count: long
  ge?: ByteSize
  ge_bytes?: long
  lt?: ByteSize
  lt_bytes?: long
}

export interface NodesStats {
  /** Statistics about adaptive replica selection. */
  adaptive_selection?: Record<string, NodesAdaptiveSelection>
  /** Statistics about shard allocations on the node. */
  allocations?: NodesAllocations
  /** Statistics about the field data circuit breaker. */
  breakers?: Record<string, NodesBreaker>
  /** File system information, data path, free disk space, read/write stats. */
  fs?: NodesFileSystem
  /** Network host for the node, based on the network host setting. */
  host?: Host
  /** HTTP connection information. */
  http?: NodesHttp
  /** Statistics about ingest preprocessing. */
  ingest?: NodesIngest
  /** IP address and port for the node. */
  ip?: Ip | Ip[]
  /** JVM stats, memory pool information, garbage collection, buffer pools, number of loaded/unloaded classes. */
  jvm?: NodesJvm
  /** Human-readable identifier for the node. Based on the node name setting. */
  name?: Name
  /** Operating system stats, load average, mem, swap. */
  os?: NodesOperatingSystem
  /** Process statistics, memory consumption, cpu usage, open file descriptors. */
  process?: NodesProcess
  /** Roles assigned to the node. */
  roles?: NodeRoles
  /** Contains script statistics for the node. */
  script?: NodesScripting
  script_cache?: Record<string, NodesScriptCache | NodesScriptCache[]>
  /** Statistics about each thread pool, including current size, queue and rejected tasks. */
  thread_pool?: Record<string, NodesThreadCount>
  timestamp?: long
  /** Transport statistics about sent and received bytes in cluster communication. */
  transport?: NodesTransport
  /** Host and port for the transport layer, used for internal communication between nodes in a cluster. */
  transport_address?: TransportAddress
  /** Contains a list of attributes for the node. */
  attributes?: Record<Field, string>
  /** Contains node discovery statistics for the node. */
  discovery?: NodesDiscovery
  /** Contains indexing pressure statistics for the node. */
  indexing_pressure?: NodesIndexingPressure
  /** Indices stats about size, document count, indexing and deletion times, search times, field cache size, merges and flushes. */
  indices?: IndicesStatsShardStats
  /** Statistics about snapshot activity for the node's registered repositories, keyed by repository name. */
  repositories?: Record<string, NodesRepositorySnapshotStats>
}

export type NodesStatsNodeStatsMetric = '_all' | '_none' | 'indices' | 'os' | 'process' | 'jvm' | 'thread_pool' | 'fs' | 'transport' | 'http' | 'breaker' | 'script' | 'discovery' | 'ingest' | 'adaptive_selection' | 'script_cache' | 'indexing_pressure' | 'repositories' | 'allocations'

export type NodesStatsNodeStatsMetrics = NodesStatsNodeStatsMetric | NodesStatsNodeStatsMetric[]

/** Request of `nodes.stats`. */
export interface NodesStatsRequest extends RequestBase {
  /** Comma-separated list of node IDs or names used to limit returned information. */
  node_id?: NodeIds
  /** Limits the information returned to the specific metrics. */
  metric?: NodesStatsNodeStatsMetrics
  /** Limit the information returned for indices metric to the specific index metrics. It can be used only if indices (or all) metric is specified. */
  index_metric?: CommonStatsFlags
  /** Comma-separated list or wildcard expressions of fields to include in fielddata and suggest statistics. */
  completion_fields?: Fields
  /** Comma-separated list or wildcard expressions of fields to include in fielddata statistics. */
  fielddata_fields?: Fields
  /** Comma-separated list or wildcard expressions of fields to include in the statistics. */
  fields?: Fields
  /** Comma-separated list of search groups to include in the search statistics. */
  groups?: boolean
  /** If true, the call reports the aggregated disk usage of each one of the Lucene index files (only applies if segment stats are requested). */
  include_segment_file_sizes?: boolean
  /** Indicates whether statistics are aggregated at the node, indices, or shards level. */
  level?: NodeStatsLevel
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** A comma-separated list of document types for the indexing index metric. */
  types?: string[]
  /** If `true`, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
}

export type NodesStatsResponse = NodesStatsResponseBase

export interface NodesStatsResponseBase extends NodesNodesResponseBase {
  cluster_name?: Name
  nodes: Record<string, NodesStats>
}

export interface NodesThreadCount {
  /** Number of active threads in the thread pool. */
  active?: long
  /** Number of tasks completed by the thread pool executor. */
  completed?: long
  /** Highest number of active threads in the thread pool. */
  largest?: long
  /** Number of tasks in queue for the thread pool. */
  queue?: long
  /** Number of tasks rejected by the thread pool executor. */
  rejected?: long
  /** Number of threads in the thread pool. */
  threads?: long
}

export interface NodesTimeHttpHistogram {
  count: long
  ge?: Duration
  ge_millis?: long
  lt?: Duration
  lt_millis?: long
}

export interface NodesTransport {
  /** The distribution of the time spent handling each inbound message on a transport thread, represented as a histogram. */
  inbound_handling_time_histogram?: NodesTransportHistogram[]
  /** The distribution of the time spent sending each outbound transport message on a transport thread, represented as a histogram. */
  outbound_handling_time_histogram?: NodesTransportHistogram[]
  /** Total number of RX (receive) packets received by the node during internal cluster communication. */
  rx_count?: long
  /** Size of RX packets received by the node during internal cluster communication. */
  rx_size?: string
  /** Size, in bytes, of RX packets received by the node during internal cluster communication. */
  rx_size_in_bytes?: long
  /** Current number of inbound TCP connections used for internal communication between nodes. */
  server_open?: integer
  /** Total number of TX (transmit) packets sent by the node during internal cluster communication. */
  tx_count?: long
  /** Size of TX packets sent by the node during internal cluster communication. */
  tx_size?: string
  /** Size, in bytes, of TX packets sent by the node during internal cluster communication. */
  tx_size_in_bytes?: long
  /** The cumulative number of outbound transport connections that this node has opened since it started. Each transport connection may comprise multiple TCP connections but is only counted once in this statistic. Transport connections are typically long-lived so this statistic should remain constant in a stable cluster. */
  total_outbound_connections?: long
  /** Statistics about the transport messages sent and received by the node, broken down by action name. */
  actions?: Record<string, NodesTransportActionStats>
}

export interface NodesTransportActionMessageStats {
  /** The number of messages of this kind that the node has handled for this action. */
  count: long
  /** The cumulative size of the messages of this kind that the node has handled for this action. */
  total_size?: ByteSize
  /** The cumulative size, in bytes, of the messages of this kind that the node has handled for this action. */
  total_size_in_bytes: long
  /** The distribution of the sizes of the messages of this kind that the node has handled for this action, represented as a histogram. */
  histogram: NodesTransportMessageSizeHistogramBucket[]
}

export interface NodesTransportActionStats {
  /** Statistics about the requests received for this action. */
  requests: NodesTransportActionMessageStats
  /** Statistics about the responses sent for this action. */
  responses: NodesTransportActionMessageStats
}

export interface NodesTransportHistogram {
  /** The number of times a transport thread took a period of time within the bounds of this bucket to handle an inbound message. */
  count?: long
  /** The exclusive upper bound of the bucket. May be omitted on the last bucket if this bucket has no upper bound. */
  lt?: Duration
  /** The exclusive upper bound of the bucket in milliseconds. May be omitted on the last bucket if this bucket has no upper bound. */
  lt_millis?: long
  /** The inclusive lower bound of the bucket. May be omitted on the first bucket if this bucket has no lower bound. */
  ge?: Duration
  /** The inclusive lower bound of the bucket in milliseconds. May be omitted on the first bucket if this bucket has no lower bound. */
  ge_millis?: long
}

export interface NodesTransportMessageSizeHistogramBucket {
  /** The number of messages with a size that falls within the bounds of this bucket. */
  count: long
  /** The inclusive lower bound of the bucket. May be omitted on the first bucket if this bucket has no lower bound. */
  ge?: ByteSize
  /** The inclusive lower bound of the bucket in bytes. May be omitted on the first bucket if this bucket has no lower bound. */
  ge_bytes?: long
  /** The exclusive upper bound of the bucket. May be omitted on the last bucket if this bucket has no upper bound. */
  lt?: ByteSize
  /** The exclusive upper bound of the bucket in bytes. May be omitted on the last bucket if this bucket has no upper bound. */
  lt_bytes?: long
}

export interface NodesUsageNodeUsage {
  /** The total number of times each REST endpoint has been called on this node since the last restart. Note that the REST endpoint names are not considered stable. */
  rest_actions: Record<string, integer>
  /** The timestamp for when the collection of these statistics started. */
  since: EpochTime<UnitMillis>
  /** The timestamp for when these statistics were collected. */
  timestamp: EpochTime<UnitMillis>
  /** The total number of times search aggregations have been called on this node since the last restart. */
  aggregations: Record<string, any>
}

export type NodesUsageNodesUsageMetric = '_all' | 'rest_actions' | 'aggregations'

export type NodesUsageNodesUsageMetrics = NodesUsageNodesUsageMetric | NodesUsageNodesUsageMetric[]

/** Request of `nodes.usage`. */
export interface NodesUsageRequest extends RequestBase {
  /** A comma-separated list of node IDs or names to limit the returned information. Use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes. */
  node_id?: NodeIds
  /** Limits the information returned to the specific metrics. A comma-separated list of the following options: `_all`, `rest_actions`, `aggregations`. */
  metric?: NodesUsageNodesUsageMetrics
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type NodesUsageResponse = NodesUsageResponseBase

export interface NodesUsageResponseBase extends NodesNodesResponseBase {
  cluster_name: Name
  nodes: Record<string, NodesUsageNodeUsage>
}
