// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

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

export interface WatcherAckWatchParams extends CommonParams {
  watch_id: string
  action_id?: string | ReadonlyArray<string>
}
export interface WatcherActivateWatchParams extends CommonParams {
  watch_id: string
}
export interface WatcherDeactivateWatchParams extends CommonParams {
  watch_id: string
}
export interface WatcherDeleteWatchParams extends CommonParams {
  id: string
}
export interface WatcherExecuteWatchParams extends CommonParams, QueryParams<'debug'> {
  id?: string
  action_modes?: unknown
  alternative_input?: unknown
  ignore_condition?: unknown
  record_execution?: unknown
  simulated_actions?: unknown
  trigger_data?: unknown
  watch?: unknown
}
export interface WatcherGetSettingsParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface WatcherGetWatchParams extends CommonParams {
  id: string
}
export interface WatcherPutWatchParams extends CommonParams, QueryParams<'active' | 'if_primary_term' | 'if_seq_no' | 'version'> {
  id: string
  actions?: unknown
  condition?: unknown
  input?: unknown
  metadata?: unknown
  throttle_period?: unknown
  throttle_period_in_millis?: unknown
  transform?: unknown
  trigger?: unknown
}
export interface WatcherQueryWatchesParams extends CommonParams {
  from?: unknown
  size?: unknown
  query?: unknown
  sort?: unknown
  search_after?: unknown
}
export interface WatcherStartParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface WatcherStatsParams extends CommonParams, QueryParams<'emit_stacktraces'> {
  metric?: '_all' | 'queued_watches' | 'current_watches' | 'pending_watches' | ReadonlyArray<'_all' | 'queued_watches' | 'current_watches' | 'pending_watches'>
}
export interface WatcherStopParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface WatcherUpdateSettingsParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  'index.auto_expand_replicas'?: unknown
  'index.number_of_replicas'?: unknown
}

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
  declare ackWatch: Call<WatcherAckWatchParams>
  /**
   * Activate a watch.
   * `PUT|POST /_watcher/watch/{watch_id}/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-activate-watch
   */
  declare activateWatch: Call<WatcherActivateWatchParams>
  /**
   * Deactivate a watch.
   * `PUT|POST /_watcher/watch/{watch_id}/_deactivate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-deactivate-watch
   */
  declare deactivateWatch: Call<WatcherDeactivateWatchParams>
  /**
   * Delete a watch.
   * `DELETE /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-delete-watch
   */
  declare deleteWatch: Call<WatcherDeleteWatchParams>
  /**
   * Run a watch.
   * `PUT|POST /_watcher/watch/{id}/_execute`, `PUT|POST /_watcher/watch/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-execute-watch
   */
  declare executeWatch: OptionalCall<WatcherExecuteWatchParams & BodyFields>
  /**
   * Get Watcher index settings.
   * `GET /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-settings
   */
  declare getSettings: OptionalCall<WatcherGetSettingsParams>
  /**
   * Get a watch.
   * `GET /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-watch
   */
  declare getWatch: Call<WatcherGetWatchParams>
  /**
   * Create or update a watch.
   * `PUT|POST /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-put-watch
   */
  declare putWatch: Call<WatcherPutWatchParams & BodyFields>
  /**
   * Query watches.
   * `GET|POST /_watcher/_query/watches`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-query-watches
   */
  declare queryWatches: OptionalCall<WatcherQueryWatchesParams & BodyFields>
  /**
   * Start the watch service.
   * `POST /_watcher/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-start
   */
  declare start: OptionalCall<WatcherStartParams>
  /**
   * Get Watcher statistics.
   * `GET /_watcher/stats/{metric}`, `GET /_watcher/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stats
   */
  declare stats: OptionalCall<WatcherStatsParams>
  /**
   * Stop the watch service.
   * `POST /_watcher/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stop
   */
  declare stop: OptionalCall<WatcherStopParams>
  /**
   * Update Watcher index settings.
   * `PUT /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-update-settings
   */
  declare updateSettings: OptionalCall<WatcherUpdateSettingsParams & BodyFields>
}
installMethods(WatcherApi, endpoints)
