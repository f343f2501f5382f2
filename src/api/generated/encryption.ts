// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `encryption` endpoints, by method name. */
export const endpoints = endpointTable({
  reset: ['encryption.reset', 'POST /_encryption/_reset', 'accept_data_loss master_timeout timeout', 'none'],
})

export interface EncryptionResetParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  /** Acknowledge that resetting the project encryption key permanently destroys all data that was encrypted under the current key. */
  accept_data_loss: boolean
}

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
  declare reset: Call<EncryptionResetParams>
}
installMethods(EncryptionApi, endpoints)
