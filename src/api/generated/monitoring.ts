// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call } from '../types.js'
import type { CommonParams } from './common.js'

/** The `monitoring` endpoints, by method name. */
export const endpoints = endpointTable({
  bulk: ['monitoring.bulk', 'POST,PUT /_monitoring/bulk', 'system_id system_api_version interval', 'ndjson operations'],
})

export interface MonitoringBulkParams extends CommonParams {
  /** Identifier of the monitored system */
  system_id: string
  system_api_version: string
  /** Collection interval (e.g., '10s' or '10000ms') of the payload */
  interval: string | -1 | 0
  /** An array of lines (objects, or strings/Buffers sent as they are), or one NDJSON string/Buffer. */
  operations?: readonly unknown[] | string | Buffer
}

/** The `monitoring` APIs, reached as `client.monitoring`. */
export class MonitoringApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Send monitoring data.
   * `POST|PUT /_monitoring/bulk`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch
   */
  declare bulk: Call<MonitoringBulkParams>
}
installMethods(MonitoringApi, endpoints)
