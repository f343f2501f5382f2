// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SearchableSnapshotsCacheStatsRequest, SearchableSnapshotsCacheStatsResponse, SearchableSnapshotsClearCacheRequest, SearchableSnapshotsClearCacheResponse, SearchableSnapshotsMountRequest, SearchableSnapshotsMountResponse, SearchableSnapshotsStatsRequest, SearchableSnapshotsStatsResponse } from '../types/index.js'

/** The `searchable_snapshots` endpoints, by method name. */
export const endpoints = endpointTable({
  cacheStats: ['searchable_snapshots.cache_stats', 'GET /_searchable_snapshots/{node_id}/cache/stats|GET /_searchable_snapshots/cache/stats', '', 'none'],
  clearCache: ['searchable_snapshots.clear_cache', 'POST /{index}/_searchable_snapshots/cache/clear|POST /_searchable_snapshots/cache/clear', 'expand_wildcards allow_no_indices ignore_unavailable', 'none'],
  mount: ['searchable_snapshots.mount', 'POST /_snapshot/{repository}/{snapshot}/_mount', 'master_timeout wait_for_completion storage', 'fields index renamed_index index_settings ignore_index_settings'],
  stats: ['searchable_snapshots.stats', 'GET /{index}/_searchable_snapshots/stats|GET /_searchable_snapshots/stats', 'level', 'none'],
})

/** The `searchable_snapshots` APIs, reached as `client.searchableSnapshots`. */
export class SearchableSnapshotsApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get cache statistics.
   * `GET /_searchable_snapshots/{node_id}/cache/stats`, `GET /_searchable_snapshots/cache/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-cache-stats
   */
  declare cacheStats: OptionalCall<SearchableSnapshotsCacheStatsRequest, SearchableSnapshotsCacheStatsResponse>
  /**
   * Clear the cache.
   * `POST /{index}/_searchable_snapshots/cache/clear`, `POST /_searchable_snapshots/cache/clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-clear-cache
   */
  declare clearCache: OptionalCall<SearchableSnapshotsClearCacheRequest, SearchableSnapshotsClearCacheResponse>
  /**
   * Mount a snapshot.
   * `POST /_snapshot/{repository}/{snapshot}/_mount`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-mount
   */
  declare mount: Call<SearchableSnapshotsMountRequest, SearchableSnapshotsMountResponse>
  /**
   * Get searchable snapshot statistics.
   * `GET /{index}/_searchable_snapshots/stats`, `GET /_searchable_snapshots/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-searchable-snapshots-stats
   */
  declare stats: OptionalCall<SearchableSnapshotsStatsRequest, SearchableSnapshotsStatsResponse>
}
installMethods(SearchableSnapshotsApi, endpoints)
