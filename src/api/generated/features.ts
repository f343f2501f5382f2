// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { FeaturesGetFeaturesRequest, FeaturesGetFeaturesResponse, FeaturesResetFeaturesRequest, FeaturesResetFeaturesResponse } from '../types/index.js'

/** The `features` endpoints, by method name. */
export const endpoints = endpointTable({
  getFeatures: ['features.get_features', 'GET /_features', 'master_timeout', 'none'],
  resetFeatures: ['features.reset_features', 'POST /_features/_reset', 'master_timeout', 'none'],
})

/** The `features` APIs, reached as `client.features`. */
export class FeaturesApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get the features.
   * `GET /_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-features-get-features
   */
  declare getFeatures: OptionalCall<FeaturesGetFeaturesRequest, FeaturesGetFeaturesResponse>
  /**
   * Reset the features.
   * `POST /_features/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-features-reset-features
   */
  declare resetFeatures: OptionalCall<FeaturesResetFeaturesRequest, FeaturesResetFeaturesResponse>
}
installMethods(FeaturesApi, endpoints)
