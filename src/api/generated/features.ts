// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `features` endpoints, by method name. */
export const endpoints = endpointTable({
  getFeatures: ['features.get_features', 'GET /_features', 'master_timeout', 'none'],
  resetFeatures: ['features.reset_features', 'POST /_features/_reset', 'master_timeout', 'none'],
})

export interface FeaturesGetFeaturesParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface FeaturesResetFeaturesParams extends CommonParams, QueryParams<'master_timeout'> {}

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
  declare getFeatures: OptionalCall<FeaturesGetFeaturesParams>
  /**
   * Reset the features.
   * `POST /_features/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-features-reset-features
   */
  declare resetFeatures: OptionalCall<FeaturesResetFeaturesParams>
}
installMethods(FeaturesApi, endpoints)
