// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { ErrorCause, IndexName, RequestBase, VersionString } from './common.js'

export interface MigrationDeprecationsDeprecation {
  /** Optional details about the deprecation warning. */
  details?: string
  /** The level property describes the significance of the issue. */
  level: MigrationDeprecationsDeprecationLevel
  /** Descriptive information about the deprecation warning. */
  message: string
  /** A link to the breaking change documentation, where you can find more information about this change. */
  url: string
  resolve_during_rolling_upgrade: boolean
  _meta?: Record<string, any>
}

export type MigrationDeprecationsDeprecationLevel = 'none' | 'info' | 'warning' | 'critical'

/** Request of `migration.deprecations`. */
export interface MigrationDeprecationsRequest extends RequestBase {
  /** Comma-separate list of data streams or indices to check. Wildcard (*) expressions are supported. */
  index?: IndexName
}

export interface MigrationDeprecationsResponse {
  /** Cluster-level deprecation warnings. */
  cluster_settings: MigrationDeprecationsDeprecation[]
  /** Index warnings are sectioned off per index and can be filtered using an index-pattern in the query. This section includes warnings for the backing indices of data streams specified in the request path. */
  index_settings: Record<string, MigrationDeprecationsDeprecation[]>
  data_streams: Record<string, MigrationDeprecationsDeprecation[]>
  /** Node-level deprecation warnings. Since only a subset of your nodes might incorporate these settings, it is important to read the details section for more information about which nodes are affected. */
  node_settings: MigrationDeprecationsDeprecation[]
  /** Machine learning-related deprecation warnings. */
  ml_settings: MigrationDeprecationsDeprecation[]
  /** Template warnings are sectioned off per template and include deprecations for both component templates and index templates. */
  templates: Record<string, MigrationDeprecationsDeprecation[]>
  /** ILM policy warnings are sectioned off per policy. */
  ilm_policies: Record<string, MigrationDeprecationsDeprecation[]>
}

export interface MigrationGetFeatureUpgradeStatusMigrationFeature {
  feature_name: string
  minimum_index_version: VersionString
  migration_status: MigrationGetFeatureUpgradeStatusMigrationStatus
  indices: MigrationGetFeatureUpgradeStatusMigrationFeatureIndexInfo[]
}

export interface MigrationGetFeatureUpgradeStatusMigrationFeatureIndexInfo {
  index: IndexName
  version: VersionString
  failure_cause?: ErrorCause
}

export type MigrationGetFeatureUpgradeStatusMigrationStatus = 'NO_MIGRATION_NEEDED' | 'MIGRATION_NEEDED' | 'IN_PROGRESS' | 'ERROR'

/** Request of `migration.get_feature_upgrade_status`. */
export interface MigrationGetFeatureUpgradeStatusRequest extends RequestBase {
}

export interface MigrationGetFeatureUpgradeStatusResponse {
  features: MigrationGetFeatureUpgradeStatusMigrationFeature[]
  migration_status: MigrationGetFeatureUpgradeStatusMigrationStatus
}

export interface MigrationPostFeatureUpgradeMigrationFeature {
  feature_name: string
}

/** Request of `migration.post_feature_upgrade`. */
export interface MigrationPostFeatureUpgradeRequest extends RequestBase {
}

export interface MigrationPostFeatureUpgradeResponse {
  accepted: boolean
  features?: MigrationPostFeatureUpgradeMigrationFeature[]
  reason?: string
}
