// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `nodes` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  clear_repositories_metering_archive: { name: 'nodes.clear_repositories_metering_archive', paths: [{ path: '/_nodes/{node_id}/_repositories_metering/{max_archive_version}', parts: ['node_id', 'max_archive_version'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_repositories_metering_info: { name: 'nodes.get_repositories_metering_info', paths: [{ path: '/_nodes/{node_id}/_repositories_metering', parts: ['node_id'], methods: ['GET'] }], params: {}, body: 'none' },
  hot_threads: { name: 'nodes.hot_threads', paths: [{ path: '/_nodes/hot_threads', parts: [], methods: ['GET'] }, { path: '/_nodes/{node_id}/hot_threads', parts: ['node_id'], methods: ['GET'] }], params: { ignore_idle_threads: 'boolean', interval: 'time', snapshots: 'number', sort: 'enum', threads: 'number', timeout: 'time', type: 'enum' }, body: 'none' },
  info: { name: 'nodes.info', paths: [{ path: '/_nodes', parts: [], methods: ['GET'] }, { path: '/_nodes/{node_id}', parts: ['node_id'], methods: ['GET'] }, { path: '/_nodes/{metric}', parts: ['metric'], methods: ['GET'] }, { path: '/_nodes/{node_id}/{metric}', parts: ['node_id', 'metric'], methods: ['GET'] }], params: { flat_settings: 'boolean', timeout: 'time' }, body: 'none' },
  reload_secure_settings: { name: 'nodes.reload_secure_settings', paths: [{ path: '/_nodes/reload_secure_settings', parts: [], methods: ['POST'] }, { path: '/_nodes/{node_id}/reload_secure_settings', parts: ['node_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json' },
  stats: { name: 'nodes.stats', paths: [{ path: '/_nodes/stats', parts: [], methods: ['GET'] }, { path: '/_nodes/{node_id}/stats', parts: ['node_id'], methods: ['GET'] }, { path: '/_nodes/stats/{metric}', parts: ['metric'], methods: ['GET'] }, { path: '/_nodes/{node_id}/stats/{metric}', parts: ['node_id', 'metric'], methods: ['GET'] }, { path: '/_nodes/stats/{metric}/{index_metric}', parts: ['metric', 'index_metric'], methods: ['GET'] }, { path: '/_nodes/{node_id}/stats/{metric}/{index_metric}', parts: ['node_id', 'metric', 'index_metric'], methods: ['GET'] }], params: { completion_fields: 'list', fielddata_fields: 'list', fields: 'list', groups: 'boolean', include_segment_file_sizes: 'boolean', include_unloaded_segments: 'boolean', level: 'enum', timeout: 'time', types: 'list' }, body: 'none' },
  usage: { name: 'nodes.usage', paths: [{ path: '/_nodes/usage', parts: [], methods: ['GET'] }, { path: '/_nodes/{node_id}/usage', parts: ['node_id'], methods: ['GET'] }, { path: '/_nodes/usage/{metric}', parts: ['metric'], methods: ['GET'] }, { path: '/_nodes/{node_id}/usage/{metric}', parts: ['node_id', 'metric'], methods: ['GET'] }], params: { timeout: 'time' }, body: 'none' },
}

/** Parameters of `nodes.clear_repositories_metering_archive`. */
export interface NodesClearRepositoriesMeteringArchiveParams extends CommonParams {
  /** Specifies the maximum archive_version to be cleared from the archive. */
  max_archive_version: number
  /** Comma-separated list of node IDs or names used to limit returned information. */
  node_id: string | readonly string[]
}

/** Parameters of `nodes.get_repositories_metering_info`. */
export interface NodesGetRepositoriesMeteringInfoParams extends CommonParams {
  /** A comma-separated list of node IDs or names to limit the returned information. */
  node_id: string | readonly string[]
}

/** Parameters of `nodes.hot_threads`. */
export interface NodesHotThreadsParams extends CommonParams {
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
  /**
   * Don't show threads that are in known-idle places, such as waiting on a socket select or pulling from an empty task queue (default: true)
   * Default: `true`.
   */
  ignore_idle_threads?: boolean
  /**
   * The interval for the second sampling of threads
   * Default: `"500ms"`.
   */
  interval?: string
  /**
   * Number of samples of thread stacktrace (default: 10)
   * Default: `10`.
   */
  snapshots?: number
  /**
   * The sort order for 'cpu' type (default: total)
   * Default: `"total"`.
   */
  sort?: 'cpu' | 'wait' | 'block' | 'gpu' | 'mem'
  /**
   * Specify the number of threads to provide information for (default: 3)
   * Default: `3`.
   */
  threads?: number
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * The type to sample (default: cpu)
   * Default: `"cpu"`.
   */
  type?: 'cpu' | 'wait' | 'block' | 'gpu' | 'mem'
}

/** Parameters of `nodes.info`. */
export interface NodesInfoParams extends CommonParams {
  /** A comma-separated list of metrics you wish returned. Leave empty to return all metrics. */
  metric?: '_all' | '_none' | 'settings' | 'os' | 'process' | 'remote_cluster_server' | 'jvm' | 'thread_pool' | 'transport' | 'http' | 'plugins' | 'ingest' | 'indices' | 'aggregations' | ReadonlyArray<'_all' | '_none' | 'settings' | 'os' | 'process' | 'remote_cluster_server' | 'jvm' | 'thread_pool' | 'transport' | 'http' | 'plugins' | 'ingest' | 'indices' | 'aggregations'>
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
  /**
   * Return settings in flat format (default: false)
   * Default: `false`.
   */
  flat_settings?: boolean
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `nodes.reload_secure_settings`. */
export interface NodesReloadSecureSettingsParams extends CommonBodyParams {
  /** A comma-separated list of node IDs to span the reload/reinit call. Should stay empty because reloading usually involves all cluster nodes. */
  node_id?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `nodes.stats`. */
export interface NodesStatsParams extends CommonParams {
  /** Limit the information returned for `indices` metric to the specific index metrics. Isn't used if `indices` (or `all`) metric isn't specified. */
  index_metric?: '_all' | 'completion' | 'docs' | 'fielddata' | 'query_cache' | 'flush' | 'get' | 'indexing' | 'mappings' | 'merge' | 'request_cache' | 'recovery' | 'refresh' | 'search' | 'segments' | 'store' | 'warmer' | 'bulk' | 'shard_stats' | 'translog' | 'dense_vector' | 'sparse_vector' | ReadonlyArray<'_all' | 'completion' | 'docs' | 'fielddata' | 'query_cache' | 'flush' | 'get' | 'indexing' | 'mappings' | 'merge' | 'request_cache' | 'recovery' | 'refresh' | 'search' | 'segments' | 'store' | 'warmer' | 'bulk' | 'shard_stats' | 'translog' | 'dense_vector' | 'sparse_vector'>
  /** Limit the information returned to the specified metrics */
  metric?: '_all' | '_none' | 'adaptive_selection' | 'allocations' | 'breaker' | 'discovery' | 'fs' | 'http' | 'indexing_pressure' | 'indices' | 'ingest' | 'jvm' | 'os' | 'process' | 'repositories' | 'script' | 'script_cache' | 'thread_pool' | 'transport' | ReadonlyArray<'_all' | '_none' | 'adaptive_selection' | 'allocations' | 'breaker' | 'discovery' | 'fs' | 'http' | 'indexing_pressure' | 'indices' | 'ingest' | 'jvm' | 'os' | 'process' | 'repositories' | 'script' | 'script_cache' | 'thread_pool' | 'transport'>
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
  /** A comma-separated list of fields for the `completion` index metric (supports wildcards) */
  completion_fields?: string | readonly string[]
  /** A comma-separated list of fields for the `fielddata` index metric (supports wildcards) */
  fielddata_fields?: string | readonly string[]
  /** A comma-separated list of fields for `fielddata` and `completion` index metric (supports wildcards) */
  fields?: string | readonly string[]
  /** A comma-separated list of search groups for `search` index metric */
  groups?: boolean
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
   * Return indices stats aggregated at index, node or shard level
   * Default: `"node"`.
   */
  level?: 'indices' | 'node' | 'shards'
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /** A comma-separated list of document types for the `indexing` index metric */
  types?: string | readonly string[]
}

/** Parameters of `nodes.usage`. */
export interface NodesUsageParams extends CommonParams {
  /** Limit the information returned to the specified metrics */
  metric?: '_all' | 'aggregations' | 'rest_actions' | ReadonlyArray<'_all' | 'aggregations' | 'rest_actions'>
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

const E = endpoints

/** The `nodes` APIs, reached as `client.nodes`. */
export class NodesApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Clear the archived repositories metering
   * `DELETE /_nodes/{node_id}/_repositories_metering/{max_archive_version}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-clear-repositories-metering-archive
   */
  clearRepositoriesMeteringArchive<TResponse = unknown>(params: NodesClearRepositoriesMeteringArchiveParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearRepositoriesMeteringArchive<TResponse = unknown>(params: NodesClearRepositoriesMeteringArchiveParams, options?: RequestOptions): Promise<TResponse>
  clearRepositoriesMeteringArchive(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_repositories_metering_archive, params, options)
  }

  /**
   * Get cluster repositories metering
   * `GET /_nodes/{node_id}/_repositories_metering`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-get-repositories-metering-info
   */
  getRepositoriesMeteringInfo<TResponse = unknown>(params: NodesGetRepositoriesMeteringInfoParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRepositoriesMeteringInfo<TResponse = unknown>(params: NodesGetRepositoriesMeteringInfoParams, options?: RequestOptions): Promise<TResponse>
  getRepositoriesMeteringInfo(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_repositories_metering_info, params, options)
  }

  /**
   * Get the hot threads for nodes
   * `GET /_nodes/hot_threads`
   * `GET /_nodes/{node_id}/hot_threads`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-hot-threads
   */
  hotThreads<TResponse = unknown>(params: NodesHotThreadsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  hotThreads<TResponse = unknown>(params?: NodesHotThreadsParams, options?: RequestOptions): Promise<TResponse>
  hotThreads(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.hot_threads, params, options)
  }

  /**
   * Get node information
   * `GET /_nodes`
   * `GET /_nodes/{node_id}`
   * `GET /_nodes/{metric}`
   * `GET /_nodes/{node_id}/{metric}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-info
   */
  info<TResponse = unknown>(params: NodesInfoParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  info<TResponse = unknown>(params?: NodesInfoParams, options?: RequestOptions): Promise<TResponse>
  info(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.info, params, options)
  }

  /**
   * Reload the keystore on nodes in the cluster
   * `POST /_nodes/reload_secure_settings`
   * `POST /_nodes/{node_id}/reload_secure_settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-reload-secure-settings
   */
  reloadSecureSettings<TResponse = unknown>(params: NodesReloadSecureSettingsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  reloadSecureSettings<TResponse = unknown>(params?: NodesReloadSecureSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  reloadSecureSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reload_secure_settings, params, options)
  }

  /**
   * Get node statistics
   * `GET /_nodes/stats`
   * `GET /_nodes/{node_id}/stats`
   * `GET /_nodes/stats/{metric}`
   * `GET /_nodes/{node_id}/stats/{metric}`
   * `GET /_nodes/stats/{metric}/{index_metric}`
   * `GET /_nodes/{node_id}/stats/{metric}/{index_metric}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-stats
   */
  stats<TResponse = unknown>(params: NodesStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: NodesStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }

  /**
   * Get feature usage information
   * `GET /_nodes/usage`
   * `GET /_nodes/{node_id}/usage`
   * `GET /_nodes/usage/{metric}`
   * `GET /_nodes/{node_id}/usage/{metric}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-usage
   */
  usage<TResponse = unknown>(params: NodesUsageParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  usage<TResponse = unknown>(params?: NodesUsageParams, options?: RequestOptions): Promise<TResponse>
  usage(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.usage, params, options)
  }
}
