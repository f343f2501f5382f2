// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { Duration, RequestBase } from './common.js'

/** Request of `profiling.flamegraph`. */
export interface ProfilingFlamegraphRequest extends RequestBase {
  conditions: any
}

export type ProfilingFlamegraphResponse = any

/** Request of `profiling.stacktraces`. */
export interface ProfilingStacktracesRequest extends RequestBase {
  conditions: any
}

export type ProfilingStacktracesResponse = any

export type ProfilingStatusProfilingOperationMode = 'RUNNING' | 'STOPPING' | 'STOPPED'

/** Request of `profiling.status`. */
export interface ProfilingStatusRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Whether to return immediately or wait until resources have been created */
  wait_for_resources_created?: boolean
}

export interface ProfilingStatusResponse {
  operation_mode: ProfilingStatusProfilingOperationMode
}

/** Request of `profiling.topn_functions`. */
export interface ProfilingTopnFunctionsRequest extends RequestBase {
  conditions: any
}

export type ProfilingTopnFunctionsResponse = any
