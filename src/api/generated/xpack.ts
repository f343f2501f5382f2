// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { XpackInfoRequest, XpackInfoResponse, XpackUsageRequest, XpackUsageResponse } from '../types/index.js'

/** The `xpack` endpoints, by method name. */
export const endpoints = endpointTable({
  info: ['xpack.info', 'GET /_xpack', 'categories accept_enterprise human', 'none'],
  usage: ['xpack.usage', 'GET /_xpack/usage', 'master_timeout', 'none'],
})

/** The `xpack` APIs, reached as `client.xpack`. */
export class XpackApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get information.
   * `GET /_xpack`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-info
   */
  declare info: OptionalCall<XpackInfoRequest, XpackInfoResponse>
  /**
   * Get usage information.
   * `GET /_xpack/usage`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-xpack
   */
  declare usage: OptionalCall<XpackUsageRequest, XpackUsageResponse>
}
installMethods(XpackApi, endpoints)
