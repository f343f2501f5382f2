// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `features` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  get_features: { name: 'features.get_features', paths: [{ path: '/_features', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  reset_features: { name: 'features.reset_features', paths: [{ path: '/_features/_reset', parts: [], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
}

/** Parameters of `features.get_features`. */
export interface FeaturesGetFeaturesParams extends CommonParams {
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `features.reset_features`. */
export interface FeaturesResetFeaturesParams extends CommonParams {
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

const E = endpoints

/** The `features` APIs, reached as `client.features`. */
export class FeaturesApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get the features
   * `GET /_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-features-get-features
   */
  getFeatures<TResponse = unknown>(params: FeaturesGetFeaturesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getFeatures<TResponse = unknown>(params?: FeaturesGetFeaturesParams, options?: RequestOptions): Promise<TResponse>
  getFeatures(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_features, params, options)
  }

  /**
   * Reset the features
   * `POST /_features/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-features-reset-features
   */
  resetFeatures<TResponse = unknown>(params: FeaturesResetFeaturesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  resetFeatures<TResponse = unknown>(params?: FeaturesResetFeaturesParams, options?: RequestOptions): Promise<TResponse>
  resetFeatures(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reset_features, params, options)
  }
}
