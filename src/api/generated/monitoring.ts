// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `monitoring` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  bulk: { name: 'monitoring.bulk', paths: [{ path: '/_monitoring/bulk', parts: [], methods: ['POST', 'PUT'] }], params: { interval: 'time', system_api_version: 'string', system_id: 'string' }, required: ['interval', 'system_api_version', 'system_id'], body: 'ndjson', bodyRequired: true, bodyKey: 'operations' },
}

/** Parameters of `monitoring.bulk`. */
export interface MonitoringBulkParams extends CommonParams {
  /** Collection interval (e.g., '10s' or '10000ms') of the payload */
  interval: string
  /** API Version of the monitored system */
  system_api_version: string
  /** Identifier of the monitored system */
  system_id: string
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  operations: readonly unknown[] | string | Buffer
}

const E = endpoints

/** The `monitoring` APIs, reached as `client.monitoring`. */
export class MonitoringApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Send monitoring data
   * `POST|PUT /_monitoring/bulk`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch
   * @deprecated Legacy monitoring is deprecated and will be removed in Elasticsearch 10.0.
   */
  bulk<TResponse = unknown>(params: MonitoringBulkParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  bulk<TResponse = unknown>(params: MonitoringBulkParams, options?: RequestOptions): Promise<TResponse>
  bulk(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.bulk, params, options)
  }
}
