// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `profiling` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  flamegraph: { name: 'profiling.flamegraph', paths: [{ path: '/_profiling/flamegraph', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  stacktraces: { name: 'profiling.stacktraces', paths: [{ path: '/_profiling/stacktraces', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  status: { name: 'profiling.status', paths: [{ path: '/_profiling/status', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time', wait_for_resources_created: 'boolean' }, body: 'none' },
  topn_functions: { name: 'profiling.topn_functions', paths: [{ path: '/_profiling/topn/functions', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `profiling.flamegraph`. */
export interface ProfilingFlamegraphParams extends CommonBodyParams {
}

/** Parameters of `profiling.stacktraces`. */
export interface ProfilingStacktracesParams extends CommonBodyParams {
}

/** Parameters of `profiling.status`. */
export interface ProfilingStatusParams extends CommonParams {
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /** Whether to return immediately or wait until resources have been created */
  wait_for_resources_created?: boolean
}

/** Parameters of `profiling.topn_functions`. */
export interface ProfilingTopnFunctionsParams extends CommonBodyParams {
}

const E = endpoints

/** The `profiling` APIs, reached as `client.profiling`. */
export class ProfilingApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Extracts a UI-optimized structure to render flamegraphs from Universal Profiling
   * `POST /_profiling/flamegraph`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  flamegraph<TResponse = unknown>(params: ProfilingFlamegraphParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  flamegraph<TResponse = unknown>(params: ProfilingFlamegraphParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  flamegraph(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.flamegraph, params, options)
  }

  /**
   * Extracts raw stacktrace information from Universal Profiling
   * `POST /_profiling/stacktraces`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  stacktraces<TResponse = unknown>(params: ProfilingStacktracesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  stacktraces<TResponse = unknown>(params: ProfilingStacktracesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  stacktraces(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stacktraces, params, options)
  }

  /**
   * Returns basic information about the status of Universal Profiling
   * `GET /_profiling/status`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  status<TResponse = unknown>(params: ProfilingStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  status<TResponse = unknown>(params?: ProfilingStatusParams, options?: RequestOptions): Promise<TResponse>
  status(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.status, params, options)
  }

  /**
   * Extracts a list of topN functions from Universal Profiling
   * `POST /_profiling/topn/functions`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  topnFunctions<TResponse = unknown>(params: ProfilingTopnFunctionsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  topnFunctions<TResponse = unknown>(params: ProfilingTopnFunctionsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  topnFunctions(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.topn_functions, params, options)
  }
}
