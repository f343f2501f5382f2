// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `migration` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  deprecations: { name: 'migration.deprecations', paths: [{ path: '/_migration/deprecations', parts: [], methods: ['GET'] }, { path: '/{index}/_migration/deprecations', parts: ['index'], methods: ['GET'] }], params: {}, body: 'none' },
  get_feature_upgrade_status: { name: 'migration.get_feature_upgrade_status', paths: [{ path: '/_migration/system_features', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  post_feature_upgrade: { name: 'migration.post_feature_upgrade', paths: [{ path: '/_migration/system_features', parts: [], methods: ['POST'] }], params: {}, body: 'none' },
}

/** Parameters of `migration.deprecations`. */
export interface MigrationDeprecationsParams extends CommonParams {
  /** Index pattern */
  index?: string
}

/** Parameters of `migration.get_feature_upgrade_status`. */
export interface MigrationGetFeatureUpgradeStatusParams extends CommonParams {
}

/** Parameters of `migration.post_feature_upgrade`. */
export interface MigrationPostFeatureUpgradeParams extends CommonParams {
}

const E = endpoints

/** The `migration` APIs, reached as `client.migration`. */
export class MigrationApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Get deprecation information
   * `GET /_migration/deprecations`
   * `GET /{index}/_migration/deprecations`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-deprecations
   */
  deprecations<TResponse = unknown>(params: MigrationDeprecationsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deprecations<TResponse = unknown>(params?: MigrationDeprecationsParams, options?: RequestOptions): Promise<TResponse>
  deprecations(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.deprecations, params, options)
  }

  /**
   * Get feature migration information
   * `GET /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  getFeatureUpgradeStatus<TResponse = unknown>(params: MigrationGetFeatureUpgradeStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getFeatureUpgradeStatus<TResponse = unknown>(params?: MigrationGetFeatureUpgradeStatusParams, options?: RequestOptions): Promise<TResponse>
  getFeatureUpgradeStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_feature_upgrade_status, params, options)
  }

  /**
   * Start the feature migration
   * `POST /_migration/system_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-migration-get-feature-upgrade-status
   */
  postFeatureUpgrade<TResponse = unknown>(params: MigrationPostFeatureUpgradeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  postFeatureUpgrade<TResponse = unknown>(params?: MigrationPostFeatureUpgradeParams, options?: RequestOptions): Promise<TResponse>
  postFeatureUpgrade(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_feature_upgrade, params, options)
  }
}
