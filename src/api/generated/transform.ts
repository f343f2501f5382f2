// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `transform` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_transform: { name: 'transform.delete_transform', paths: [{ path: '/_transform/{transform_id}', parts: ['transform_id'], methods: ['DELETE'] }], params: { delete_dest_index: 'boolean', force: 'boolean', timeout: 'time' }, body: 'none' },
  get_node_stats: { name: 'transform.get_node_stats', paths: [{ path: '/_transform/_node_stats', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_transform: { name: 'transform.get_transform', paths: [{ path: '/_transform/{transform_id}', parts: ['transform_id'], methods: ['GET'] }, { path: '/_transform', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', exclude_generated: 'boolean', from: 'number', size: 'number' }, body: 'none' },
  get_transform_stats: { name: 'transform.get_transform_stats', paths: [{ path: '/_transform/{transform_id}/_stats', parts: ['transform_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', basic: 'boolean', from: 'number', size: 'number', timeout: 'time' }, body: 'none' },
  preview_transform: { name: 'transform.preview_transform', paths: [{ path: '/_transform/{transform_id}/_preview', parts: ['transform_id'], methods: ['GET', 'POST'] }, { path: '/_transform/_preview', parts: [], methods: ['GET', 'POST'] }], params: { timeout: 'time' }, body: 'json' },
  put_transform: { name: 'transform.put_transform', paths: [{ path: '/_transform/{transform_id}', parts: ['transform_id'], methods: ['PUT'] }], params: { defer_validation: 'boolean', timeout: 'time' }, body: 'json', bodyRequired: true },
  reset_transform: { name: 'transform.reset_transform', paths: [{ path: '/_transform/{transform_id}/_reset', parts: ['transform_id'], methods: ['POST'] }], params: { force: 'boolean', timeout: 'time' }, body: 'none' },
  schedule_now_transform: { name: 'transform.schedule_now_transform', paths: [{ path: '/_transform/{transform_id}/_schedule_now', parts: ['transform_id'], methods: ['POST'] }], params: { defer: 'boolean', timeout: 'time' }, body: 'none' },
  set_upgrade_mode: { name: 'transform.set_upgrade_mode', paths: [{ path: '/_transform/set_upgrade_mode', parts: [], methods: ['POST'] }], params: { enabled: 'boolean', timeout: 'time' }, body: 'none' },
  start_transform: { name: 'transform.start_transform', paths: [{ path: '/_transform/{transform_id}/_start', parts: ['transform_id'], methods: ['POST'] }], params: { from: 'string', timeout: 'time' }, body: 'none' },
  stop_transform: { name: 'transform.stop_transform', paths: [{ path: '/_transform/{transform_id}/_stop', parts: ['transform_id'], methods: ['POST'] }], params: { allow_no_match: 'boolean', force: 'boolean', timeout: 'time', wait_for_checkpoint: 'boolean', wait_for_completion: 'boolean' }, body: 'none' },
  update_transform: { name: 'transform.update_transform', paths: [{ path: '/_transform/{transform_id}/_update', parts: ['transform_id'], methods: ['POST'] }], params: { defer_validation: 'boolean', timeout: 'time' }, body: 'json', bodyRequired: true },
  upgrade_transforms: { name: 'transform.upgrade_transforms', paths: [{ path: '/_transform/_upgrade', parts: [], methods: ['POST'] }], params: { dry_run: 'boolean', timeout: 'time' }, body: 'none' },
}

/** Parameters of `transform.delete_transform`. */
export interface TransformDeleteTransformParams extends CommonParams {
  /** The id of the transform to delete */
  transform_id: string
  /**
   * When `true`, the destination index is deleted together with the transform. The default value is `false`, meaning that the destination index will not be deleted.
   * Default: `false`.
   */
  delete_dest_index?: boolean
  /**
   * When `true`, the transform is deleted regardless of its current state. The default value is `false`, meaning that the transform must be `stopped` before it can be deleted.
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait for the transform deletion
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.get_node_stats`. */
export interface TransformGetNodeStatsParams extends CommonParams {
}

/** Parameters of `transform.get_transform`. */
export interface TransformGetTransformParams extends CommonParams {
  /** Comma-separated list of transform identifiers or wildcard expressions. You can get information for all transforms by using `_all`, by specifying `*` as the `<transform_id>`, or by omitting the `<transform_id>`. */
  transform_id?: string | readonly string[]
  /**
   * Whether to ignore if a wildcard expression matches no transforms. (This includes `_all` string or when no transforms have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * Omits fields that are illegal to set on transform PUT
   * Default: `false`.
   */
  exclude_generated?: boolean
  /**
   * skips a number of transform configs, defaults to 0
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of transforms to get, defaults to 100
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `transform.get_transform_stats`. */
export interface TransformGetTransformStatsParams extends CommonParams {
  /** Comma-separated list of transform identifiers or wildcard expressions. You can get information for all transforms by using `_all`, by specifying `*` as the `<transform_id>`, or by omitting the `<transform_id>`. */
  transform_id: string | readonly string[]
  /**
   * Whether to ignore if a wildcard expression matches no transforms. (This includes `_all` string or when no transforms have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * If true, the response includes id, state, node, stats, health, and basic checkpointing information (last and next checkpoint numbers and the next checkpoint's position and progress). Skips statistics that require heavy computations to calculate: operations_behind, changes_last_detected_at, last_search_time, and checkpoint timestamps.
   * Default: `false`.
   */
  basic?: boolean
  /**
   * skips a number of transform stats, defaults to 0
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of transform stats to get, defaults to 100
   * Default: `100`.
   */
  size?: number
  /**
   * Controls the time to wait for the stats
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.preview_transform`. */
export interface TransformPreviewTransformParams extends CommonBodyParams {
  /** The id of the transform to preview. */
  transform_id?: string
  /**
   * Controls the time to wait for the preview
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.put_transform`. */
export interface TransformPutTransformParams extends CommonBodyParams {
  /** The id of the new transform. */
  transform_id: string
  /**
   * If validations should be deferred until transform starts, defaults to false.
   * Default: `false`.
   */
  defer_validation?: boolean
  /**
   * Controls the time to wait for the transform to start
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.reset_transform`. */
export interface TransformResetTransformParams extends CommonParams {
  /** The id of the transform to reset */
  transform_id: string
  /**
   * When `true`, the transform is reset regardless of its current state. The default value is `false`, meaning that the transform must be `stopped` before it can be reset.
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait for the transform to reset
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.schedule_now_transform`. */
export interface TransformScheduleNowTransformParams extends CommonParams {
  /** The id of the transform. */
  transform_id: string
  /**
   * When true, defers the scheduling by the sync config delay amount instead of scheduling immediately
   * Default: `false`.
   */
  defer?: boolean
  /**
   * Controls the time to wait for the scheduling to take place
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.set_upgrade_mode`. */
export interface TransformSetUpgradeModeParams extends CommonParams {
  /**
   * Whether to enable upgrade_mode Transform setting or not. Defaults to false.
   * Default: `false`.
   */
  enabled?: boolean
  /**
   * Controls the time to wait before action times out. Defaults to 30 seconds
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.start_transform`. */
export interface TransformStartTransformParams extends CommonParams {
  /** The id of the transform to start */
  transform_id: string
  /** Restricts the set of transformed entities to those changed after this time */
  from?: string
  /**
   * Controls the time to wait for the transform to start
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.stop_transform`. */
export interface TransformStopTransformParams extends CommonParams {
  /** The id of the transform to stop */
  transform_id: string
  /**
   * Whether to ignore if a wildcard expression matches no transforms. (This includes `_all` string or when no transforms have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * Whether to force stop a failed transform or not. Default to false
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait until the transform has stopped. Default to 30 seconds
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Whether to wait for the transform to reach a checkpoint before stopping. Default to false
   * Default: `false`.
   */
  wait_for_checkpoint?: boolean
  /**
   * Whether to wait for the transform to fully stop before returning or not. Default to false
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `transform.update_transform`. */
export interface TransformUpdateTransformParams extends CommonBodyParams {
  /** The id of the transform. */
  transform_id: string
  /** If validations should be deferred until transform starts, defaults to false. */
  defer_validation?: boolean
  /**
   * Controls the time to wait for the update
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `transform.upgrade_transforms`. */
export interface TransformUpgradeTransformsParams extends CommonParams {
  /**
   * Whether to only check for updates but don't execute
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * Controls the time to wait for the upgrade
   * Default: `"30s"`.
   */
  timeout?: string
}

const E = endpoints

/** The `transform` APIs, reached as `client.transform`. */
export class TransformApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a transform
   * `DELETE /_transform/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-delete-transform
   */
  deleteTransform<TResponse = unknown>(params: TransformDeleteTransformParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteTransform<TResponse = unknown>(params: TransformDeleteTransformParams, options?: RequestOptions): Promise<TResponse>
  deleteTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_transform, params, options)
  }

  /**
   * Retrieves transform usage information for transform nodes
   * `GET /_transform/_node_stats`
   * @see https://www.elastic.co/guide/en/elasticsearch/reference/current/get-transform-node-stats.html
   */
  getNodeStats<TResponse = unknown>(params: TransformGetNodeStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getNodeStats<TResponse = unknown>(params?: TransformGetNodeStatsParams, options?: RequestOptions): Promise<TResponse>
  getNodeStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_node_stats, params, options)
  }

  /**
   * Get transforms
   * `GET /_transform/{transform_id}`
   * `GET /_transform`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform
   */
  getTransform<TResponse = unknown>(params: TransformGetTransformParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTransform<TResponse = unknown>(params?: TransformGetTransformParams, options?: RequestOptions): Promise<TResponse>
  getTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_transform, params, options)
  }

  /**
   * Get transform stats
   * `GET /_transform/{transform_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-get-transform-stats
   */
  getTransformStats<TResponse = unknown>(params: TransformGetTransformStatsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTransformStats<TResponse = unknown>(params: TransformGetTransformStatsParams, options?: RequestOptions): Promise<TResponse>
  getTransformStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_transform_stats, params, options)
  }

  /**
   * Preview a transform
   * `GET|POST /_transform/{transform_id}/_preview`
   * `GET|POST /_transform/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-preview-transform
   */
  previewTransform<TResponse = unknown>(params: TransformPreviewTransformParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  previewTransform<TResponse = unknown>(params?: TransformPreviewTransformParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  previewTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.preview_transform, params, options)
  }

  /**
   * Create a transform
   * `PUT /_transform/{transform_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-put-transform
   */
  putTransform<TResponse = unknown>(params: TransformPutTransformParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTransform<TResponse = unknown>(params: TransformPutTransformParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_transform, params, options)
  }

  /**
   * Reset a transform
   * `POST /_transform/{transform_id}/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-reset-transform
   */
  resetTransform<TResponse = unknown>(params: TransformResetTransformParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  resetTransform<TResponse = unknown>(params: TransformResetTransformParams, options?: RequestOptions): Promise<TResponse>
  resetTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reset_transform, params, options)
  }

  /**
   * Schedule a transform to start now
   * `POST /_transform/{transform_id}/_schedule_now`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-schedule-now-transform
   */
  scheduleNowTransform<TResponse = unknown>(params: TransformScheduleNowTransformParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  scheduleNowTransform<TResponse = unknown>(params: TransformScheduleNowTransformParams, options?: RequestOptions): Promise<TResponse>
  scheduleNowTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.schedule_now_transform, params, options)
  }

  /**
   * Set upgrade_mode for transform indices
   * `POST /_transform/set_upgrade_mode`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-set-upgrade-mode
   */
  setUpgradeMode<TResponse = unknown>(params: TransformSetUpgradeModeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  setUpgradeMode<TResponse = unknown>(params?: TransformSetUpgradeModeParams, options?: RequestOptions): Promise<TResponse>
  setUpgradeMode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.set_upgrade_mode, params, options)
  }

  /**
   * Start a transform
   * `POST /_transform/{transform_id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-start-transform
   */
  startTransform<TResponse = unknown>(params: TransformStartTransformParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  startTransform<TResponse = unknown>(params: TransformStartTransformParams, options?: RequestOptions): Promise<TResponse>
  startTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start_transform, params, options)
  }

  /**
   * Stop transforms
   * `POST /_transform/{transform_id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-stop-transform
   */
  stopTransform<TResponse = unknown>(params: TransformStopTransformParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  stopTransform<TResponse = unknown>(params: TransformStopTransformParams, options?: RequestOptions): Promise<TResponse>
  stopTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop_transform, params, options)
  }

  /**
   * Update a transform
   * `POST /_transform/{transform_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-update-transform
   */
  updateTransform<TResponse = unknown>(params: TransformUpdateTransformParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateTransform<TResponse = unknown>(params: TransformUpdateTransformParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateTransform(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_transform, params, options)
  }

  /**
   * Upgrade all transforms
   * `POST /_transform/_upgrade`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-transform-upgrade-transforms
   */
  upgradeTransforms<TResponse = unknown>(params: TransformUpgradeTransformsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  upgradeTransforms<TResponse = unknown>(params?: TransformUpgradeTransformsParams, options?: RequestOptions): Promise<TResponse>
  upgradeTransforms(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.upgrade_transforms, params, options)
  }
}
