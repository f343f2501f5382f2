// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { StreamsLogsDisableRequest, StreamsLogsDisableResponse, StreamsLogsEnableRequest, StreamsLogsEnableResponse, StreamsStatusRequest, StreamsStatusResponse } from '../types/index.js'

/** The `streams` endpoints, by method name. */
export const endpoints = endpointTable({
  logsDisable: ['streams.logs_disable', 'POST /_streams/{name}/_disable', 'master_timeout timeout', 'none'],
  logsEnable: ['streams.logs_enable', 'POST /_streams/{name}/_enable', 'master_timeout timeout', 'none'],
  status: ['streams.status', 'GET /_streams/status', 'master_timeout', 'none'],
})

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
  declare logsDisable: Call<StreamsLogsDisableRequest, StreamsLogsDisableResponse>
  /**
   * Enable a named stream.
   * `POST /_streams/{name}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare logsEnable: Call<StreamsLogsEnableRequest, StreamsLogsEnableResponse>
  /**
   * Get the status of streams.
   * `GET /_streams/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare status: OptionalCall<StreamsStatusRequest, StreamsStatusResponse>
}
installMethods(StreamsApi, endpoints)
