// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `watcher` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  ack_watch: { name: 'watcher.ack_watch', paths: [{ path: '/_watcher/watch/{watch_id}/_ack', parts: ['watch_id'], methods: ['PUT', 'POST'] }, { path: '/_watcher/watch/{watch_id}/_ack/{action_id}', parts: ['watch_id', 'action_id'], methods: ['PUT', 'POST'] }], params: {}, body: 'none' },
  activate_watch: { name: 'watcher.activate_watch', paths: [{ path: '/_watcher/watch/{watch_id}/_activate', parts: ['watch_id'], methods: ['PUT', 'POST'] }], params: {}, body: 'none' },
  deactivate_watch: { name: 'watcher.deactivate_watch', paths: [{ path: '/_watcher/watch/{watch_id}/_deactivate', parts: ['watch_id'], methods: ['PUT', 'POST'] }], params: {}, body: 'none' },
  delete_watch: { name: 'watcher.delete_watch', paths: [{ path: '/_watcher/watch/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  execute_watch: { name: 'watcher.execute_watch', paths: [{ path: '/_watcher/watch/{id}/_execute', parts: ['id'], methods: ['PUT', 'POST'] }, { path: '/_watcher/watch/_execute', parts: [], methods: ['PUT', 'POST'] }], params: { debug: 'boolean' }, body: 'json' },
  get_settings: { name: 'watcher.get_settings', paths: [{ path: '/_watcher/settings', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_watch: { name: 'watcher.get_watch', paths: [{ path: '/_watcher/watch/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  put_watch: { name: 'watcher.put_watch', paths: [{ path: '/_watcher/watch/{id}', parts: ['id'], methods: ['PUT', 'POST'] }], params: { active: 'boolean', if_primary_term: 'number', if_seq_no: 'number', version: 'number' }, body: 'json', bodyRequired: true },
  query_watches: { name: 'watcher.query_watches', paths: [{ path: '/_watcher/_query/watches', parts: [], methods: ['GET', 'POST'] }], params: {}, body: 'json' },
  start: { name: 'watcher.start', paths: [{ path: '/_watcher/_start', parts: [], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  stats: { name: 'watcher.stats', paths: [{ path: '/_watcher/stats', parts: [], methods: ['GET'] }, { path: '/_watcher/stats/{metric}', parts: ['metric'], methods: ['GET'] }], params: { emit_stacktraces: 'boolean', metric: 'list' }, body: 'none' },
  stop: { name: 'watcher.stop', paths: [{ path: '/_watcher/_stop', parts: [], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  update_settings: { name: 'watcher.update_settings', paths: [{ path: '/_watcher/settings', parts: [], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `watcher.ack_watch`. */
export interface WatcherAckWatchParams extends CommonParams {
  /** A comma-separated list of the action ids to be acked */
  action_id?: string | readonly string[]
  /** Watch ID */
  watch_id: string
}

/** Parameters of `watcher.activate_watch`. */
export interface WatcherActivateWatchParams extends CommonParams {
  /** Watch ID */
  watch_id: string
}

/** Parameters of `watcher.deactivate_watch`. */
export interface WatcherDeactivateWatchParams extends CommonParams {
  /** Watch ID */
  watch_id: string
}

/** Parameters of `watcher.delete_watch`. */
export interface WatcherDeleteWatchParams extends CommonParams {
  /** Watch ID */
  id: string
}

/** Parameters of `watcher.execute_watch`. */
export interface WatcherExecuteWatchParams extends CommonBodyParams {
  /** Watch ID */
  id?: string
  /**
   * indicates whether the watch should execute in debug mode
   * Default: `false`.
   */
  debug?: boolean
}

/** Parameters of `watcher.get_settings`. */
export interface WatcherGetSettingsParams extends CommonParams {
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `watcher.get_watch`. */
export interface WatcherGetWatchParams extends CommonParams {
  /** Watch ID */
  id: string
}

/** Parameters of `watcher.put_watch`. */
export interface WatcherPutWatchParams extends CommonBodyParams {
  /** Watch ID */
  id: string
  /**
   * Specify whether the watch is in/active by default
   * Default: `true`.
   */
  active?: boolean
  /** only update the watch if the last operation that has changed the watch has the specified primary term */
  if_primary_term?: number
  /** only update the watch if the last operation that has changed the watch has the specified sequence number */
  if_seq_no?: number
  /** Explicit version number for concurrency control */
  version?: number
}

/** Parameters of `watcher.query_watches`. */
export interface WatcherQueryWatchesParams extends CommonBodyParams {
}

/** Parameters of `watcher.start`. */
export interface WatcherStartParams extends CommonParams {
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `watcher.stats`. */
export interface WatcherStatsParams extends CommonParams {
  /** Controls what additional stat metrics should be include in the response */
  metric?: '_all' | 'queued_watches' | 'current_watches' | 'pending_watches' | ReadonlyArray<'_all' | 'queued_watches' | 'current_watches' | 'pending_watches'>
  /**
   * Emits stack traces of currently running watches
   * Default: `false`.
   */
  emit_stacktraces?: boolean
}

/** Parameters of `watcher.stop`. */
export interface WatcherStopParams extends CommonParams {
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `watcher.update_settings`. */
export interface WatcherUpdateSettingsParams extends CommonBodyParams {
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Specify timeout for waiting for acknowledgement from all nodes */
  timeout?: string
}

const E = endpoints

/** The `watcher` APIs, reached as `client.watcher`. */
export class WatcherApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Acknowledge a watch
   * `PUT|POST /_watcher/watch/{watch_id}/_ack`
   * `PUT|POST /_watcher/watch/{watch_id}/_ack/{action_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-ack-watch
   */
  ackWatch<TResponse = unknown>(params: WatcherAckWatchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  ackWatch<TResponse = unknown>(params: WatcherAckWatchParams, options?: RequestOptions): Promise<TResponse>
  ackWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ack_watch, params, options)
  }

  /**
   * Activate a watch
   * `PUT|POST /_watcher/watch/{watch_id}/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-activate-watch
   */
  activateWatch<TResponse = unknown>(params: WatcherActivateWatchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  activateWatch<TResponse = unknown>(params: WatcherActivateWatchParams, options?: RequestOptions): Promise<TResponse>
  activateWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.activate_watch, params, options)
  }

  /**
   * Deactivate a watch
   * `PUT|POST /_watcher/watch/{watch_id}/_deactivate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-deactivate-watch
   */
  deactivateWatch<TResponse = unknown>(params: WatcherDeactivateWatchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deactivateWatch<TResponse = unknown>(params: WatcherDeactivateWatchParams, options?: RequestOptions): Promise<TResponse>
  deactivateWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.deactivate_watch, params, options)
  }

  /**
   * Delete a watch
   * `DELETE /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-delete-watch
   */
  deleteWatch<TResponse = unknown>(params: WatcherDeleteWatchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteWatch<TResponse = unknown>(params: WatcherDeleteWatchParams, options?: RequestOptions): Promise<TResponse>
  deleteWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_watch, params, options)
  }

  /**
   * Run a watch
   * `PUT|POST /_watcher/watch/{id}/_execute`
   * `PUT|POST /_watcher/watch/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-execute-watch
   */
  executeWatch<TResponse = unknown>(params: WatcherExecuteWatchParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  executeWatch<TResponse = unknown>(params?: WatcherExecuteWatchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  executeWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.execute_watch, params, options)
  }

  /**
   * Get Watcher index settings
   * `GET /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-settings
   */
  getSettings<TResponse = unknown>(params: WatcherGetSettingsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSettings<TResponse = unknown>(params?: WatcherGetSettingsParams, options?: RequestOptions): Promise<TResponse>
  getSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_settings, params, options)
  }

  /**
   * Get a watch
   * `GET /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-get-watch
   */
  getWatch<TResponse = unknown>(params: WatcherGetWatchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getWatch<TResponse = unknown>(params: WatcherGetWatchParams, options?: RequestOptions): Promise<TResponse>
  getWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_watch, params, options)
  }

  /**
   * Create or update a watch
   * `PUT|POST /_watcher/watch/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-put-watch
   */
  putWatch<TResponse = unknown>(params: WatcherPutWatchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putWatch<TResponse = unknown>(params: WatcherPutWatchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putWatch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_watch, params, options)
  }

  /**
   * Query watches
   * `GET|POST /_watcher/_query/watches`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-query-watches
   */
  queryWatches<TResponse = unknown>(params: WatcherQueryWatchesParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  queryWatches<TResponse = unknown>(params?: WatcherQueryWatchesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  queryWatches(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query_watches, params, options)
  }

  /**
   * Start the watch service
   * `POST /_watcher/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-start
   */
  start<TResponse = unknown>(params: WatcherStartParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  start<TResponse = unknown>(params?: WatcherStartParams, options?: RequestOptions): Promise<TResponse>
  start(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start, params, options)
  }

  /**
   * Get Watcher statistics
   * `GET /_watcher/stats`
   * `GET /_watcher/stats/{metric}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stats
   */
  stats<TResponse = unknown>(params: WatcherStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: WatcherStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }

  /**
   * Stop the watch service
   * `POST /_watcher/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-stop
   */
  stop<TResponse = unknown>(params: WatcherStopParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stop<TResponse = unknown>(params?: WatcherStopParams, options?: RequestOptions): Promise<TResponse>
  stop(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop, params, options)
  }

  /**
   * Update Watcher index settings
   * `PUT /_watcher/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-watcher-update-settings
   */
  updateSettings<TResponse = unknown>(params: WatcherUpdateSettingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateSettings<TResponse = unknown>(params: WatcherUpdateSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_settings, params, options)
  }
}
