// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { CommonParams } from './common.js'

/** The `migration` endpoints, by method name. */
export const endpoints = endpointTable({
  deprecations: ['migration.deprecations', 'GET /{index}/_migration/deprecations|GET /_migration/deprecations', '', 'none'],
  getFeatureUpgradeStatus: ['migration.get_feature_upgrade_status', 'GET /_migration/system_features', '', 'none'],
  postFeatureUpgrade: ['migration.post_feature_upgrade', 'POST /_migration/system_features', '', 'none'],
})

export interface MigrationDeprecationsParams extends CommonParams {
  index?: string
}
export interface MigrationGetFeatureUpgradeStatusParams extends CommonParams {}
export interface MigrationPostFeatureUpgradeParams extends CommonParams {}

/** The `migration` APIs, reached as `client.migration`. */
export class MigrationApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get deprecation information.
   * `GET /{index}/_migration/deprecations`, `GET /_migration/deprecations`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-deprecations
   */
  declare deprecations: OptionalCall<MigrationDeprecationsParams>
  /**
   * Get feature migration information.
   * `GET /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  declare getFeatureUpgradeStatus: OptionalCall<MigrationGetFeatureUpgradeStatusParams>
  /**
   * Start the feature migration.
   * `POST /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  declare postFeatureUpgrade: OptionalCall<MigrationPostFeatureUpgradeParams>
}
installMethods(MigrationApi, endpoints)
