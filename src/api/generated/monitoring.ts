// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { MetaOptions, Ndjson, RequestOptions } from '../types.js'
import type { MonitoringBulkRequest, MonitoringBulkResponse } from '../types/index.js'

/** The `monitoring` endpoints, by method name. */
export const endpoints = endpointTable({
  bulk: ['monitoring.bulk', 'POST,PUT /_monitoring/bulk', 'system_id system_api_version interval', 'ndjson operations'],
})

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
  declare bulk: { <TDocument = unknown, TPartialDocument = unknown>(params: Ndjson<MonitoringBulkRequest<TDocument, TPartialDocument>, 'operations'>, options: MetaOptions): Promise<TransportResult<MonitoringBulkResponse>>; <TDocument = unknown, TPartialDocument = unknown>(params: Ndjson<MonitoringBulkRequest<TDocument, TPartialDocument>, 'operations'>, options?: RequestOptions): Promise<MonitoringBulkResponse> }
}
installMethods(MonitoringApi, endpoints)
