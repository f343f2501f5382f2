// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `transform` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteTransform: ['transform.delete_transform', 'DELETE /_transform/{transform_id}', 'force delete_dest_index timeout', 'none'],
  getNodeStats: ['transform.get_node_stats', 'GET /_transform/_node_stats', '', 'none'],
  getTransform: ['transform.get_transform', 'GET /_transform/{transform_id}|GET /_transform', 'allow_no_match from size exclude_generated', 'none'],
  getTransformStats: ['transform.get_transform_stats', 'GET /_transform/{transform_id}/_stats', 'allow_no_match basic from size timeout', 'none'],
  previewTransform: ['transform.preview_transform', 'GET,POST /_transform/{transform_id}/_preview|GET,POST /_transform/_preview', 'timeout', 'fields dest description frequency pivot source settings sync retention_policy latest'],
  putTransform: ['transform.put_transform', 'PUT /_transform/{transform_id}', 'defer_validation timeout', 'fields dest description frequency latest _meta pivot retention_policy settings source sync'],
  resetTransform: ['transform.reset_transform', 'POST /_transform/{transform_id}/_reset', 'force timeout', 'none'],
  scheduleNowTransform: ['transform.schedule_now_transform', 'POST /_transform/{transform_id}/_schedule_now', 'timeout defer', 'none'],
  setUpgradeMode: ['transform.set_upgrade_mode', 'POST /_transform/set_upgrade_mode', 'enabled timeout', 'none'],
  startTransform: ['transform.start_transform', 'POST /_transform/{transform_id}/_start', 'timeout from', 'none'],
  stopTransform: ['transform.stop_transform', 'POST /_transform/{transform_id}/_stop', 'allow_no_match force timeout wait_for_checkpoint wait_for_completion', 'none'],
  updateTransform: ['transform.update_transform', 'POST /_transform/{transform_id}/_update', 'defer_validation timeout', 'fields dest description frequency _meta source settings sync retention_policy'],
  upgradeTransforms: ['transform.upgrade_transforms', 'POST /_transform/_upgrade', 'dry_run timeout', 'none'],
})

export interface TransformDeleteTransformParams extends CommonParams, QueryParams<'force' | 'delete_dest_index' | 'timeout'> {
  transform_id: string
}
export interface TransformGetNodeStatsParams extends CommonParams {}
export interface TransformGetTransformParams extends CommonParams, QueryParams<'allow_no_match' | 'from' | 'size' | 'exclude_generated'> {
  transform_id?: string | ReadonlyArray<string>
}
export interface TransformGetTransformStatsParams extends CommonParams, QueryParams<'allow_no_match' | 'basic' | 'from' | 'size' | 'timeout'> {
  transform_id: string | ReadonlyArray<string>
}
export interface TransformPreviewTransformParams extends CommonParams, QueryParams<'timeout'> {
  transform_id?: string
  dest?: unknown
  description?: unknown
  frequency?: unknown
  pivot?: unknown
  source?: unknown
  settings?: unknown
  sync?: unknown
  retention_policy?: unknown
  latest?: unknown
}
export interface TransformPutTransformParams extends CommonParams, QueryParams<'defer_validation' | 'timeout'> {
  transform_id: string
  dest?: unknown
  description?: unknown
  frequency?: unknown
  latest?: unknown
  _meta?: unknown
  pivot?: unknown
  retention_policy?: unknown
  settings?: unknown
  source?: unknown
  sync?: unknown
}
export interface TransformResetTransformParams extends CommonParams, QueryParams<'force' | 'timeout'> {
  transform_id: string
}
export interface TransformScheduleNowTransformParams extends CommonParams, QueryParams<'timeout' | 'defer'> {
  transform_id: string
}
export interface TransformSetUpgradeModeParams extends CommonParams, QueryParams<'enabled' | 'timeout'> {}
export interface TransformStartTransformParams extends CommonParams, QueryParams<'timeout'> {
  transform_id: string
  /** Restricts the set of transformed entities to those changed after this time. */
  from?: string
}
export interface TransformStopTransformParams extends CommonParams, QueryParams<'allow_no_match' | 'force' | 'timeout' | 'wait_for_checkpoint' | 'wait_for_completion'> {
  transform_id: string
}
export interface TransformUpdateTransformParams extends CommonParams, QueryParams<'defer_validation' | 'timeout'> {
  transform_id: string
  dest?: unknown
  description?: unknown
  frequency?: unknown
  _meta?: unknown
  source?: unknown
  settings?: unknown
  sync?: unknown
  retention_policy?: unknown
}
export interface TransformUpgradeTransformsParams extends CommonParams, QueryParams<'dry_run' | 'timeout'> {}

/** The `transform` APIs, reached as `client.transform`. */
export class TransformApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a transform.
   * `DELETE /_transform/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-delete-transform
   */
  declare deleteTransform: Call<TransformDeleteTransformParams>
  /**
   * Get node stats.
   * `GET /_transform/_node_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-node-stats
   */
  declare getNodeStats: OptionalCall<TransformGetNodeStatsParams>
  /**
   * Get transforms.
   * `GET /_transform/{transform_id}`, `GET /_transform`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform
   */
  declare getTransform: OptionalCall<TransformGetTransformParams>
  /**
   * Get transform stats.
   * `GET /_transform/{transform_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform-stats
   */
  declare getTransformStats: Call<TransformGetTransformStatsParams>
  /**
   * Preview a transform.
   * `GET|POST /_transform/{transform_id}/_preview`, `GET|POST /_transform/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-preview-transform
   */
  declare previewTransform: OptionalCall<TransformPreviewTransformParams & BodyFields>
  /**
   * Create a transform.
   * `PUT /_transform/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-put-transform
   */
  declare putTransform: Call<TransformPutTransformParams & BodyFields>
  /**
   * Reset a transform.
   * `POST /_transform/{transform_id}/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-reset-transform
   */
  declare resetTransform: Call<TransformResetTransformParams>
  /**
   * Schedule a transform to start now.
   * `POST /_transform/{transform_id}/_schedule_now`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-schedule-now-transform
   */
  declare scheduleNowTransform: Call<TransformScheduleNowTransformParams>
  /**
   * Set upgrade_mode for transform indices.
   * `POST /_transform/set_upgrade_mode`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-set-upgrade-mode
   */
  declare setUpgradeMode: OptionalCall<TransformSetUpgradeModeParams>
  /**
   * Start a transform.
   * `POST /_transform/{transform_id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-start-transform
   */
  declare startTransform: Call<TransformStartTransformParams>
  /**
   * Stop transforms.
   * `POST /_transform/{transform_id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-stop-transform
   */
  declare stopTransform: Call<TransformStopTransformParams>
  /**
   * Update a transform.
   * `POST /_transform/{transform_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-update-transform
   */
  declare updateTransform: Call<TransformUpdateTransformParams & BodyFields>
  /**
   * Upgrade all transforms.
   * `POST /_transform/_upgrade`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-upgrade-transforms
   */
  declare upgradeTransforms: OptionalCall<TransformUpgradeTransformsParams>
}
installMethods(TransformApi, endpoints)
