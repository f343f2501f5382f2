// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call } from '../types.js'
import type { EncryptionResetRequest, EncryptionResetResponse } from '../types/index.js'

/** The `encryption` endpoints, by method name. */
export const endpoints = endpointTable({
  reset: ['encryption.reset', 'POST /_encryption/_reset', 'accept_data_loss master_timeout timeout', 'none'],
})

/** The `encryption` APIs, reached as `client.encryption`. */
export class EncryptionApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Reset the project encryption key.
   * `POST /_encryption/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare reset: Call<EncryptionResetRequest, EncryptionResetResponse>
}
installMethods(EncryptionApi, endpoints)
