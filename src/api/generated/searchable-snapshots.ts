// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `searchable_snapshots` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  cache_stats: { name: 'searchable_snapshots.cache_stats', paths: [{ path: '/_searchable_snapshots/cache/stats', parts: [], methods: ['GET'] }, { path: '/_searchable_snapshots/{node_id}/cache/stats', parts: ['node_id'], methods: ['GET'] }], params: {}, body: 'none' },
  clear_cache: { name: 'searchable_snapshots.clear_cache', paths: [{ path: '/_searchable_snapshots/cache/clear', parts: [], methods: ['POST'] }, { path: '/{index}/_searchable_snapshots/cache/clear', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean' }, body: 'none' },
  mount: { name: 'searchable_snapshots.mount', paths: [{ path: '/_snapshot/{repository}/{snapshot}/_mount', parts: ['repository', 'snapshot'], methods: ['POST'] }], params: { master_timeout: 'time', storage: 'string', wait_for_completion: 'boolean' }, body: 'json', bodyRequired: true },
  stats: { name: 'searchable_snapshots.stats', paths: [{ path: '/_searchable_snapshots/stats', parts: [], methods: ['GET'] }, { path: '/{index}/_searchable_snapshots/stats', parts: ['index'], methods: ['GET'] }], params: { level: 'enum' }, body: 'none' },
}

/** Parameters of `searchable_snapshots.cache_stats`. */
export interface SearchableSnapshotsCacheStatsParams extends CommonParams {
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  node_id?: string | readonly string[]
}

/** Parameters of `searchable_snapshots.clear_cache`. */
export interface SearchableSnapshotsClearCacheParams extends CommonParams {
  /** Clear the cache */
  index?: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /** Whether specified concrete indices should be ignored when unavailable (missing or closed) */
  ignore_unavailable?: boolean
}

/** Parameters of `searchable_snapshots.mount`. */
export interface SearchableSnapshotsMountParams extends CommonBodyParams {
  /** The name of the repository containing the snapshot of the index to mount */
  repository: string
  /** The name of the snapshot of the index to mount */
  snapshot: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Selects the kind of local storage used to accelerate searches. Experimental, and defaults to `full_copy`
   * Default: `"full_copy"`.
   */
  storage?: string | BodyValue
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `searchable_snapshots.stats`. */
export interface SearchableSnapshotsStatsParams extends CommonParams {
  /** A comma-separated list of index names */
  index?: string | readonly string[]
  /**
   * Return stats aggregated at cluster, index or shard level
   * Default: `"indices"`.
   */
  level?: 'cluster' | 'indices' | 'shards'
}

const E = endpoints

/** The `searchable_snapshots` APIs, reached as `client.searchableSnapshots`. */
export class SearchableSnapshotsApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get cache statistics
   * `GET /_searchable_snapshots/cache/stats`
   * `GET /_searchable_snapshots/{node_id}/cache/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-cache-stats
   */
  cacheStats<TResponse = unknown>(params: SearchableSnapshotsCacheStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  cacheStats<TResponse = unknown>(params?: SearchableSnapshotsCacheStatsParams, options?: RequestOptions): Promise<TResponse>
  cacheStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.cache_stats, params, options)
  }

  /**
   * Clear the cache of searchable snapshots.
   * `POST /_searchable_snapshots/cache/clear`
   * `POST /{index}/_searchable_snapshots/cache/clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-clear-cache
   */
  clearCache<TResponse = unknown>(params: SearchableSnapshotsClearCacheParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCache<TResponse = unknown>(params?: SearchableSnapshotsClearCacheParams, options?: RequestOptions): Promise<TResponse>
  clearCache(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cache, params, options)
  }

  /**
   * Mount a snapshot
   * `POST /_snapshot/{repository}/{snapshot}/_mount`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-mount
   */
  mount<TResponse = unknown>(params: SearchableSnapshotsMountParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  mount<TResponse = unknown>(params: SearchableSnapshotsMountParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  mount(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.mount, params, options)
  }

  /**
   * Get searchable snapshot statistics
   * `GET /_searchable_snapshots/stats`
   * `GET /{index}/_searchable_snapshots/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-stats
   */
  stats<TResponse = unknown>(params: SearchableSnapshotsStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: SearchableSnapshotsStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }
}
