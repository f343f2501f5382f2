// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `streams` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  logs_disable: { name: 'streams.logs_disable', paths: [{ path: '/_streams/{name}/_disable', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  logs_enable: { name: 'streams.logs_enable', paths: [{ path: '/_streams/{name}/_enable', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  status: { name: 'streams.status', paths: [{ path: '/_streams/status', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
}

/** Parameters of `streams.logs_disable`. */
export interface StreamsLogsDisableParams extends CommonParams {
  /** Stream name to disable */
  name: string
  /**
   * Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `streams.logs_enable`. */
export interface StreamsLogsEnableParams extends CommonParams {
  /** Stream name to enable */
  name: string
  /**
   * Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `streams.status`. */
export interface StreamsStatusParams extends CommonParams {
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  master_timeout?: string
}

const E = endpoints

/** The `streams` APIs, reached as `client.streams`. */
export class StreamsApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Disable the Logs Streams feature for this cluster
   * `POST /_streams/{name}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  logsDisable<TResponse = unknown>(params: StreamsLogsDisableParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  logsDisable<TResponse = unknown>(params: StreamsLogsDisableParams, options?: RequestOptions): Promise<TResponse>
  logsDisable(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.logs_disable, params, options)
  }

  /**
   * Enable the Logs Streams feature for this cluster
   * `POST /_streams/{name}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  logsEnable<TResponse = unknown>(params: StreamsLogsEnableParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  logsEnable<TResponse = unknown>(params: StreamsLogsEnableParams, options?: RequestOptions): Promise<TResponse>
  logsEnable(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.logs_enable, params, options)
  }

  /**
   * Return the current status of the streams feature for each streams type
   * `GET /_streams/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  status<TResponse = unknown>(params: StreamsStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  status<TResponse = unknown>(params?: StreamsStatusParams, options?: RequestOptions): Promise<TResponse>
  status(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.status, params, options)
  }
}
