// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, OptionalCall, RequestOptions } from '../types.js'
import type { TransformDeleteTransformRequest, TransformDeleteTransformResponse, TransformGetNodeStatsRequest, TransformGetNodeStatsResponse, TransformGetTransformRequest, TransformGetTransformResponse, TransformGetTransformStatsRequest, TransformGetTransformStatsResponse, TransformPreviewTransformRequest, TransformPreviewTransformResponse, TransformPutTransformRequest, TransformPutTransformResponse, TransformResetTransformRequest, TransformResetTransformResponse, TransformScheduleNowTransformRequest, TransformScheduleNowTransformResponse, TransformSetUpgradeModeRequest, TransformSetUpgradeModeResponse, TransformStartTransformRequest, TransformStartTransformResponse, TransformStopTransformRequest, TransformStopTransformResponse, TransformUpdateTransformRequest, TransformUpdateTransformResponse, TransformUpgradeTransformsRequest, TransformUpgradeTransformsResponse } from '../types/index.js'

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
  declare deleteTransform: Call<TransformDeleteTransformRequest, TransformDeleteTransformResponse>
  /**
   * Get node stats.
   * `GET /_transform/_node_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-node-stats
   */
  declare getNodeStats: OptionalCall<TransformGetNodeStatsRequest, TransformGetNodeStatsResponse>
  /**
   * Get transforms.
   * `GET /_transform/{transform_id}`, `GET /_transform`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform
   */
  declare getTransform: OptionalCall<TransformGetTransformRequest, TransformGetTransformResponse>
  /**
   * Get transform stats.
   * `GET /_transform/{transform_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform-stats
   */
  declare getTransformStats: Call<TransformGetTransformStatsRequest, TransformGetTransformStatsResponse>
  /**
   * Preview a transform.
   * `GET|POST /_transform/{transform_id}/_preview`, `GET|POST /_transform/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-preview-transform
   */
  declare previewTransform: { <TTransform = unknown>(params: TransformPreviewTransformRequest | undefined, options: MetaOptions): Promise<TransportResult<TransformPreviewTransformResponse<TTransform>>>; <TTransform = unknown>(params?: TransformPreviewTransformRequest, options?: RequestOptions): Promise<TransformPreviewTransformResponse<TTransform>> }
  /**
   * Create a transform.
   * `PUT /_transform/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-put-transform
   */
  declare putTransform: Call<TransformPutTransformRequest, TransformPutTransformResponse>
  /**
   * Reset a transform.
   * `POST /_transform/{transform_id}/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-reset-transform
   */
  declare resetTransform: Call<TransformResetTransformRequest, TransformResetTransformResponse>
  /**
   * Schedule a transform to start now.
   * `POST /_transform/{transform_id}/_schedule_now`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-schedule-now-transform
   */
  declare scheduleNowTransform: Call<TransformScheduleNowTransformRequest, TransformScheduleNowTransformResponse>
  /**
   * Set upgrade_mode for transform indices.
   * `POST /_transform/set_upgrade_mode`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-set-upgrade-mode
   */
  declare setUpgradeMode: OptionalCall<TransformSetUpgradeModeRequest, TransformSetUpgradeModeResponse>
  /**
   * Start a transform.
   * `POST /_transform/{transform_id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-start-transform
   */
  declare startTransform: Call<TransformStartTransformRequest, TransformStartTransformResponse>
  /**
   * Stop transforms.
   * `POST /_transform/{transform_id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-stop-transform
   */
  declare stopTransform: Call<TransformStopTransformRequest, TransformStopTransformResponse>
  /**
   * Update a transform.
   * `POST /_transform/{transform_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-update-transform
   */
  declare updateTransform: Call<TransformUpdateTransformRequest, TransformUpdateTransformResponse>
  /**
   * Upgrade all transforms.
   * `POST /_transform/_upgrade`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-upgrade-transforms
   */
  declare upgradeTransforms: OptionalCall<TransformUpgradeTransformsRequest, TransformUpgradeTransformsResponse>
}
installMethods(TransformApi, endpoints)
