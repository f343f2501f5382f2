// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { WatcherAckWatchRequest, WatcherAckWatchResponse, WatcherActivateWatchRequest, WatcherActivateWatchResponse, WatcherDeactivateWatchRequest, WatcherDeactivateWatchResponse, WatcherDeleteWatchRequest, WatcherDeleteWatchResponse, WatcherExecuteWatchRequest, WatcherExecuteWatchResponse, WatcherGetSettingsRequest, WatcherGetSettingsResponse, WatcherGetWatchRequest, WatcherGetWatchResponse, WatcherPutWatchRequest, WatcherPutWatchResponse, WatcherQueryWatchesRequest, WatcherQueryWatchesResponse, WatcherStartRequest, WatcherStartResponse, WatcherStatsRequest, WatcherStatsResponse, WatcherStopRequest, WatcherStopResponse, WatcherUpdateSettingsRequest, WatcherUpdateSettingsResponse } from '../types/index.js'

/** The `watcher` endpoints, by method name. */
export const endpoints = endpointTable({
  ackWatch: ['watcher.ack_watch', 'PUT,POST /_watcher/watch/{watch_id}/_ack/{action_id}|PUT,POST /_watcher/watch/{watch_id}/_ack', '', 'none'],
  activateWatch: ['watcher.activate_watch', 'PUT,POST /_watcher/watch/{watch_id}/_activate', '', 'none'],
  deactivateWatch: ['watcher.deactivate_watch', 'PUT,POST /_watcher/watch/{watch_id}/_deactivate', '', 'none'],
  deleteWatch: ['watcher.delete_watch', 'DELETE /_watcher/watch/{id}', '', 'none'],
  executeWatch: ['watcher.execute_watch', 'PUT,POST /_watcher/watch/{id}/_execute|PUT,POST /_watcher/watch/_execute', 'debug', 'fields action_modes alternative_input ignore_condition record_execution simulated_actions trigger_data watch'],
  getSettings: ['watcher.get_settings', 'GET /_watcher/settings', 'master_timeout', 'none'],
  getWatch: ['watcher.get_watch', 'GET /_watcher/watch/{id}', '', 'none'],
  putWatch: ['watcher.put_watch', 'PUT,POST /_watcher/watch/{id}', 'active if_primary_term if_seq_no version', 'fields actions condition input metadata throttle_period throttle_period_in_millis transform trigger'],
  queryWatches: ['watcher.query_watches', 'GET,POST /_watcher/_query/watches', '', 'fields from size query sort search_after'],
  start: ['watcher.start', 'POST /_watcher/_start', 'master_timeout', 'none'],
  stats: ['watcher.stats', 'GET /_watcher/stats/{metric}|GET /_watcher/stats', 'emit_stacktraces metric', 'none'],
  stop: ['watcher.stop', 'POST /_watcher/_stop', 'master_timeout', 'none'],
  updateSettings: ['watcher.update_settings', 'PUT /_watcher/settings', 'master_timeout timeout', 'fields index.auto_expand_replicas index.number_of_replicas'],
})

/** The `watcher` APIs, reached as `client.watcher`. */
export class WatcherApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Acknowledge a watch.
   * `PUT|POST /_watcher/watch/{watch_id}/_ack/{action_id}`, `PUT|POST /_watcher/watch/{watch_id}/_ack`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-ack-watch
   */
  declare ackWatch: Call<WatcherAckWatchRequest, WatcherAckWatchResponse>
  /**
   * Activate a watch.
   * `PUT|POST /_watcher/watch/{watch_id}/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-activate-watch
   */
  declare activateWatch: Call<WatcherActivateWatchRequest, WatcherActivateWatchResponse>
  /**
   * Deactivate a watch.
   * `PUT|POST /_watcher/watch/{watch_id}/_deactivate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-deactivate-watch
   */
  declare deactivateWatch: Call<WatcherDeactivateWatchRequest, WatcherDeactivateWatchResponse>
  /**
   * Delete a watch.
   * `DELETE /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-delete-watch
   */
  declare deleteWatch: Call<WatcherDeleteWatchRequest, WatcherDeleteWatchResponse>
  /**
   * Run a watch.
   * `PUT|POST /_watcher/watch/{id}/_execute`, `PUT|POST /_watcher/watch/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-execute-watch
   */
  declare executeWatch: OptionalCall<WatcherExecuteWatchRequest, WatcherExecuteWatchResponse>
  /**
   * Get Watcher index settings.
   * `GET /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-settings
   */
  declare getSettings: OptionalCall<WatcherGetSettingsRequest, WatcherGetSettingsResponse>
  /**
   * Get a watch.
   * `GET /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-watch
   */
  declare getWatch: Call<WatcherGetWatchRequest, WatcherGetWatchResponse>
  /**
   * Create or update a watch.
   * `PUT|POST /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-put-watch
   */
  declare putWatch: Call<WatcherPutWatchRequest, WatcherPutWatchResponse>
  /**
   * Query watches.
   * `GET|POST /_watcher/_query/watches`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-query-watches
   */
  declare queryWatches: OptionalCall<WatcherQueryWatchesRequest, WatcherQueryWatchesResponse>
  /**
   * Start the watch service.
   * `POST /_watcher/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-start
   */
  declare start: OptionalCall<WatcherStartRequest, WatcherStartResponse>
  /**
   * Get Watcher statistics.
   * `GET /_watcher/stats/{metric}`, `GET /_watcher/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stats
   */
  declare stats: OptionalCall<WatcherStatsRequest, WatcherStatsResponse>
  /**
   * Stop the watch service.
   * `POST /_watcher/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stop
   */
  declare stop: OptionalCall<WatcherStopRequest, WatcherStopResponse>
  /**
   * Update Watcher index settings.
   * `PUT /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-update-settings
   */
  declare updateSettings: OptionalCall<WatcherUpdateSettingsRequest, WatcherUpdateSettingsResponse>
}
installMethods(WatcherApi, endpoints)
