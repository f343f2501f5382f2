// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { Duration, ErrorCause, RequestBase, long } from './common.js'
import type { BulkOperationContainer, BulkUpdateAction } from './core.js'

/** Request of `monitoring.bulk`. */
export interface MonitoringBulkRequest<TDocument = unknown, TPartialDocument = unknown> extends RequestBase {
  /** Identifier of the monitored system */
  system_id: string
  system_api_version: string
  /** Collection interval (e.g., '10s' or '10000ms') of the payload */
  interval: Duration
  operations: Array<BulkOperationContainer | BulkUpdateAction<TDocument, TPartialDocument> | TDocument | string | Buffer> | string | Buffer
}

export interface MonitoringBulkResponse {
  error?: ErrorCause
  /** True if there is was an error */
  errors: boolean
  /** Was collection disabled? */
  ignored: boolean
  took: long
}
