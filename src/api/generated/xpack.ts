// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `xpack` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  info: { name: 'xpack.info', paths: [{ path: '/_xpack', parts: [], methods: ['GET'] }], params: { accept_enterprise: 'boolean', categories: 'list', human: 'boolean' }, body: 'none' },
  usage: { name: 'xpack.usage', paths: [{ path: '/_xpack/usage', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
}

/** Parameters of `xpack.info`. */
export interface XpackInfoParams extends CommonParams {
  /**
   * If this param is used it must be set to true
   * @deprecated Supported for backwards compatibility with 7.x
   */
  accept_enterprise?: boolean
  /** Comma-separated list of info categories. Can be any of: build, license, features */
  categories?: string | readonly string[]
  /**
   * Defines whether additional human-readable information is included in the response. In particular, it adds descriptions and a tag line. The default value is true.
   * Default: `true`.
   */
  human?: boolean
}

/** Parameters of `xpack.usage`. */
export interface XpackUsageParams extends CommonParams {
  /**
   * Specify timeout for watch write operation
   * Default: `"30s"`.
   */
  master_timeout?: string
}

const E = endpoints

/** The `xpack` APIs, reached as `client.xpack`. */
export class XpackApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get information
   * `GET /_xpack`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-info
   */
  info<TResponse = unknown>(params: XpackInfoParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  info<TResponse = unknown>(params?: XpackInfoParams, options?: RequestOptions): Promise<TResponse>
  info(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.info, params, options)
  }

  /**
   * Get usage information
   * `GET /_xpack/usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-xpack
   */
  usage<TResponse = unknown>(params: XpackUsageParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  usage<TResponse = unknown>(params?: XpackUsageParams, options?: RequestOptions): Promise<TResponse>
  usage(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.usage, params, options)
  }
}
