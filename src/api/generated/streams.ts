// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `streams` endpoints, by method name. */
export const endpoints = endpointTable({
  logsDisable: ['streams.logs_disable', 'POST /_streams/{name}/_disable', 'master_timeout timeout', 'none'],
  logsEnable: ['streams.logs_enable', 'POST /_streams/{name}/_enable', 'master_timeout timeout', 'none'],
  status: ['streams.status', 'GET /_streams/status', 'master_timeout', 'none'],
})

export interface StreamsLogsDisableParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: 'logs' | 'logs.otel' | 'logs.ecs'
}
export interface StreamsLogsEnableParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: 'logs' | 'logs.otel' | 'logs.ecs'
}
export interface StreamsStatusParams extends CommonParams, QueryParams<'master_timeout'> {}

/** The `streams` APIs, reached as `client.streams`. */
export class StreamsApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Disable a named stream.
   * `POST /_streams/{name}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare logsDisable: Call<StreamsLogsDisableParams>
  /**
   * Enable a named stream.
   * `POST /_streams/{name}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare logsEnable: Call<StreamsLogsEnableParams>
  /**
   * Get the status of streams.
   * `GET /_streams/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare status: OptionalCall<StreamsStatusParams>
}
installMethods(StreamsApi, endpoints)
