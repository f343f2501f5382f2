// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { MigrationDeprecationsRequest, MigrationDeprecationsResponse, MigrationGetFeatureUpgradeStatusRequest, MigrationGetFeatureUpgradeStatusResponse, MigrationPostFeatureUpgradeRequest, MigrationPostFeatureUpgradeResponse } from '../types/index.js'

/** The `migration` endpoints, by method name. */
export const endpoints = endpointTable({
  deprecations: ['migration.deprecations', 'GET /{index}/_migration/deprecations|GET /_migration/deprecations', '', 'none'],
  getFeatureUpgradeStatus: ['migration.get_feature_upgrade_status', 'GET /_migration/system_features', '', 'none'],
  postFeatureUpgrade: ['migration.post_feature_upgrade', 'POST /_migration/system_features', '', 'none'],
})

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
  declare deprecations: OptionalCall<MigrationDeprecationsRequest, MigrationDeprecationsResponse>
  /**
   * Get feature migration information.
   * `GET /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  declare getFeatureUpgradeStatus: OptionalCall<MigrationGetFeatureUpgradeStatusRequest, MigrationGetFeatureUpgradeStatusResponse>
  /**
   * Start the feature migration.
   * `POST /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  declare postFeatureUpgrade: OptionalCall<MigrationPostFeatureUpgradeRequest, MigrationPostFeatureUpgradeResponse>
}
installMethods(MigrationApi, endpoints)
