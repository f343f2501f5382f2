// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `ssl` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  certificates: { name: 'ssl.certificates', paths: [{ path: '/_ssl/certificates', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
}

/** Parameters of `ssl.certificates`. */
export interface SslCertificatesParams extends CommonParams {
}

const E = endpoints

/** The `ssl` APIs, reached as `client.ssl`. */
export class SslApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get SSL certificates
   * `GET /_ssl/certificates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ssl-certificates
   */
  certificates<TResponse = unknown>(params: SslCertificatesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  certificates<TResponse = unknown>(params?: SslCertificatesParams, options?: RequestOptions): Promise<TResponse>
  certificates(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.certificates, params, options)
  }
}
