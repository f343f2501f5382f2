// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, RequestBase } from './common.js'

/** Request of `streams.logs_disable`. */
export interface StreamsLogsDisableRequest extends RequestBase {
  /** The stream type to disable. */
  name: StreamsStreamType
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type StreamsLogsDisableResponse = AcknowledgedResponseBase

/** Request of `streams.logs_enable`. */
export interface StreamsLogsEnableRequest extends RequestBase {
  /** The stream type to enable. */
  name: StreamsStreamType
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type StreamsLogsEnableResponse = AcknowledgedResponseBase

/** Request of `streams.status`. */
export interface StreamsStatusRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface StreamsStatusResponse {
  logs: StreamsStatusStreamStatus
  'logs.otel': StreamsStatusStreamStatus
  'logs.ecs': StreamsStatusStreamStatus
}

export interface StreamsStatusStreamStatus {
  /** If true, the stream feature is enabled. */
  enabled: boolean
}

export type StreamsStreamType = 'logs' | 'logs.otel' | 'logs.ecs'
