// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { SslCertificatesRequest, SslCertificatesResponse } from '../types/index.js'

/** The `ssl` endpoints, by method name. */
export const endpoints = endpointTable({
  certificates: ['ssl.certificates', 'GET /_ssl/certificates', '', 'none'],
})

/** The `ssl` APIs, reached as `client.ssl`. */
export class SslApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get SSL certificates.
   * `GET /_ssl/certificates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ssl-certificates
   */
  declare certificates: OptionalCall<SslCertificatesRequest, SslCertificatesResponse>
}
installMethods(SslApi, endpoints)
