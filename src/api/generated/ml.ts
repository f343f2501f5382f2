// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `ml` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  clear_trained_model_deployment_cache: { name: 'ml.clear_trained_model_deployment_cache', paths: [{ path: '/_ml/trained_models/{model_id}/deployment/cache/_clear', parts: ['model_id'], methods: ['POST'] }], params: {}, body: 'none' },
  close_job: { name: 'ml.close_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_close', parts: ['job_id'], methods: ['POST'] }], params: { allow_no_match: 'boolean', force: 'boolean', timeout: 'time' }, body: 'json' },
  delete_calendar: { name: 'ml.delete_calendar', paths: [{ path: '/_ml/calendars/{calendar_id}', parts: ['calendar_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_calendar_event: { name: 'ml.delete_calendar_event', paths: [{ path: '/_ml/calendars/{calendar_id}/events/{event_id}', parts: ['calendar_id', 'event_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_calendar_job: { name: 'ml.delete_calendar_job', paths: [{ path: '/_ml/calendars/{calendar_id}/jobs/{job_id}', parts: ['calendar_id', 'job_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_data_frame_analytics: { name: 'ml.delete_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}', parts: ['id'], methods: ['DELETE'] }], params: { force: 'boolean', timeout: 'time' }, body: 'none' },
  delete_datafeed: { name: 'ml.delete_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}', parts: ['datafeed_id'], methods: ['DELETE'] }], params: { force: 'boolean' }, body: 'none' },
  delete_expired_data: { name: 'ml.delete_expired_data', paths: [{ path: '/_ml/_delete_expired_data/{job_id}', parts: ['job_id'], methods: ['DELETE'] }, { path: '/_ml/_delete_expired_data', parts: [], methods: ['DELETE'] }], params: { requests_per_second: 'number', timeout: 'time' }, body: 'json' },
  delete_filter: { name: 'ml.delete_filter', paths: [{ path: '/_ml/filters/{filter_id}', parts: ['filter_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_forecast: { name: 'ml.delete_forecast', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_forecast', parts: ['job_id'], methods: ['DELETE'] }, { path: '/_ml/anomaly_detectors/{job_id}/_forecast/{forecast_id}', parts: ['job_id', 'forecast_id'], methods: ['DELETE'] }], params: { allow_no_forecasts: 'boolean', timeout: 'time' }, body: 'none' },
  delete_job: { name: 'ml.delete_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}', parts: ['job_id'], methods: ['DELETE'] }], params: { delete_user_annotations: 'boolean', force: 'boolean', wait_for_completion: 'boolean' }, body: 'none' },
  delete_model_snapshot: { name: 'ml.delete_model_snapshot', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}', parts: ['job_id', 'snapshot_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_trained_model: { name: 'ml.delete_trained_model', paths: [{ path: '/_ml/trained_models/{model_id}', parts: ['model_id'], methods: ['DELETE'] }], params: { force: 'boolean', timeout: 'time' }, body: 'none' },
  delete_trained_model_alias: { name: 'ml.delete_trained_model_alias', paths: [{ path: '/_ml/trained_models/{model_id}/model_aliases/{model_alias}', parts: ['model_id', 'model_alias'], methods: ['DELETE'] }], params: {}, body: 'none' },
  estimate_model_memory: { name: 'ml.estimate_model_memory', paths: [{ path: '/_ml/anomaly_detectors/_estimate_model_memory', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  evaluate_data_frame: { name: 'ml.evaluate_data_frame', paths: [{ path: '/_ml/data_frame/_evaluate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  explain_data_frame_analytics: { name: 'ml.explain_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/_explain', parts: [], methods: ['GET', 'POST'] }, { path: '/_ml/data_frame/analytics/{id}/_explain', parts: ['id'], methods: ['GET', 'POST'] }], params: {}, body: 'json' },
  flush_job: { name: 'ml.flush_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_flush', parts: ['job_id'], methods: ['POST'] }], params: { advance_time: 'date', calc_interim: 'boolean', end: 'date', skip_time: 'date', start: 'date' }, body: 'json' },
  forecast: { name: 'ml.forecast', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_forecast', parts: ['job_id'], methods: ['POST'] }], params: { duration: 'time', expires_in: 'time', max_model_memory: 'string' }, body: 'json' },
  get_buckets: { name: 'ml.get_buckets', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/results/buckets/{timestamp}', parts: ['job_id', 'timestamp'], methods: ['GET', 'POST'] }, { path: '/_ml/anomaly_detectors/{job_id}/results/buckets', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { anomaly_score: 'number', desc: 'boolean', end: 'date', exclude_interim: 'boolean', expand: 'boolean', from: 'number', size: 'number', sort: 'string', start: 'date' }, body: 'json' },
  get_calendar_events: { name: 'ml.get_calendar_events', paths: [{ path: '/_ml/calendars/{calendar_id}/events', parts: ['calendar_id'], methods: ['GET'] }], params: { end: 'date', from: 'number', job_id: 'string', size: 'number', start: 'date' }, body: 'none' },
  get_calendars: { name: 'ml.get_calendars', paths: [{ path: '/_ml/calendars', parts: [], methods: ['GET', 'POST'] }, { path: '/_ml/calendars/{calendar_id}', parts: ['calendar_id'], methods: ['GET', 'POST'] }], params: { from: 'number', size: 'number' }, body: 'json' },
  get_categories: { name: 'ml.get_categories', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/results/categories/{category_id}', parts: ['job_id', 'category_id'], methods: ['GET', 'POST'] }, { path: '/_ml/anomaly_detectors/{job_id}/results/categories', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { from: 'number', partition_field_value: 'string', size: 'number' }, body: 'json' },
  get_data_frame_analytics: { name: 'ml.get_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}', parts: ['id'], methods: ['GET'] }, { path: '/_ml/data_frame/analytics', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', exclude_generated: 'boolean', from: 'number', size: 'number' }, body: 'none' },
  get_data_frame_analytics_stats: { name: 'ml.get_data_frame_analytics_stats', paths: [{ path: '/_ml/data_frame/analytics/_stats', parts: [], methods: ['GET'] }, { path: '/_ml/data_frame/analytics/{id}/_stats', parts: ['id'], methods: ['GET'] }], params: { allow_no_match: 'boolean', from: 'number', size: 'number', verbose: 'boolean' }, body: 'none' },
  get_datafeed_stats: { name: 'ml.get_datafeed_stats', paths: [{ path: '/_ml/datafeeds/{datafeed_id}/_stats', parts: ['datafeed_id'], methods: ['GET'] }, { path: '/_ml/datafeeds/_stats', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean' }, body: 'none' },
  get_datafeeds: { name: 'ml.get_datafeeds', paths: [{ path: '/_ml/datafeeds/{datafeed_id}', parts: ['datafeed_id'], methods: ['GET'] }, { path: '/_ml/datafeeds', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', exclude_generated: 'boolean' }, body: 'none' },
  get_filters: { name: 'ml.get_filters', paths: [{ path: '/_ml/filters', parts: [], methods: ['GET'] }, { path: '/_ml/filters/{filter_id}', parts: ['filter_id'], methods: ['GET'] }], params: { from: 'number', size: 'number' }, body: 'none' },
  get_influencers: { name: 'ml.get_influencers', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/results/influencers', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { desc: 'boolean', end: 'date', exclude_interim: 'boolean', from: 'number', influencer_score: 'number', size: 'number', sort: 'string', start: 'date' }, body: 'json' },
  get_job_stats: { name: 'ml.get_job_stats', paths: [{ path: '/_ml/anomaly_detectors/_stats', parts: [], methods: ['GET'] }, { path: '/_ml/anomaly_detectors/{job_id}/_stats', parts: ['job_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean' }, body: 'none' },
  get_jobs: { name: 'ml.get_jobs', paths: [{ path: '/_ml/anomaly_detectors/{job_id}', parts: ['job_id'], methods: ['GET'] }, { path: '/_ml/anomaly_detectors', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', exclude_generated: 'boolean' }, body: 'none' },
  get_memory_stats: { name: 'ml.get_memory_stats', paths: [{ path: '/_ml/memory/_stats', parts: [], methods: ['GET'] }, { path: '/_ml/memory/{node_id}/_stats', parts: ['node_id'], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_model_snapshot_upgrade_stats: { name: 'ml.get_model_snapshot_upgrade_stats', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade/_stats', parts: ['job_id', 'snapshot_id'], methods: ['GET'] }], params: { allow_no_match: 'boolean' }, body: 'none' },
  get_model_snapshots: { name: 'ml.get_model_snapshots', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}', parts: ['job_id', 'snapshot_id'], methods: ['GET', 'POST'] }, { path: '/_ml/anomaly_detectors/{job_id}/model_snapshots', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { desc: 'boolean', end: 'date', from: 'number', size: 'number', sort: 'string', start: 'date' }, body: 'json' },
  get_overall_buckets: { name: 'ml.get_overall_buckets', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/results/overall_buckets', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { allow_no_match: 'boolean', bucket_span: 'time', end: 'date', exclude_interim: 'boolean', overall_score: 'number', start: 'date', top_n: 'number' }, body: 'json' },
  get_records: { name: 'ml.get_records', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/results/records', parts: ['job_id'], methods: ['GET', 'POST'] }], params: { desc: 'boolean', end: 'date', exclude_interim: 'boolean', from: 'number', record_score: 'number', size: 'number', sort: 'string', start: 'date' }, body: 'json' },
  get_trained_models: { name: 'ml.get_trained_models', paths: [{ path: '/_ml/trained_models/{model_id}', parts: ['model_id'], methods: ['GET'] }, { path: '/_ml/trained_models', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', decompress_definition: 'boolean', exclude_generated: 'boolean', from: 'number', include: 'enum', size: 'number', tags: 'list' }, body: 'none' },
  get_trained_models_stats: { name: 'ml.get_trained_models_stats', paths: [{ path: '/_ml/trained_models/{model_id}/_stats', parts: ['model_id'], methods: ['GET'] }, { path: '/_ml/trained_models/_stats', parts: [], methods: ['GET'] }], params: { allow_no_match: 'boolean', from: 'number', size: 'number' }, body: 'none' },
  infer_trained_model: { name: 'ml.infer_trained_model', paths: [{ path: '/_ml/trained_models/{model_id}/_infer', parts: ['model_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  info: { name: 'ml.info', paths: [{ path: '/_ml/info', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  open_job: { name: 'ml.open_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_open', parts: ['job_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json' },
  post_calendar_events: { name: 'ml.post_calendar_events', paths: [{ path: '/_ml/calendars/{calendar_id}/events', parts: ['calendar_id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  post_data: { name: 'ml.post_data', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_data', parts: ['job_id'], methods: ['POST'] }], params: { reset_end: 'date', reset_start: 'date' }, body: 'ndjson', bodyRequired: true, bodyKey: 'data' },
  preview_data_frame_analytics: { name: 'ml.preview_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/_preview', parts: [], methods: ['GET', 'POST'] }, { path: '/_ml/data_frame/analytics/{id}/_preview', parts: ['id'], methods: ['GET', 'POST'] }], params: {}, body: 'json' },
  preview_datafeed: { name: 'ml.preview_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}/_preview', parts: ['datafeed_id'], methods: ['GET', 'POST'] }, { path: '/_ml/datafeeds/_preview', parts: [], methods: ['GET', 'POST'] }], params: { end: 'date', start: 'date' }, body: 'json' },
  put_calendar: { name: 'ml.put_calendar', paths: [{ path: '/_ml/calendars/{calendar_id}', parts: ['calendar_id'], methods: ['PUT'] }], params: {}, body: 'json' },
  put_calendar_job: { name: 'ml.put_calendar_job', paths: [{ path: '/_ml/calendars/{calendar_id}/jobs/{job_id}', parts: ['calendar_id', 'job_id'], methods: ['PUT'] }], params: {}, body: 'none' },
  put_data_frame_analytics: { name: 'ml.put_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_datafeed: { name: 'ml.put_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}', parts: ['datafeed_id'], methods: ['PUT'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean' }, body: 'json', bodyRequired: true },
  put_filter: { name: 'ml.put_filter', paths: [{ path: '/_ml/filters/{filter_id}', parts: ['filter_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_job: { name: 'ml.put_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}', parts: ['job_id'], methods: ['PUT'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean' }, body: 'json', bodyRequired: true },
  put_trained_model: { name: 'ml.put_trained_model', paths: [{ path: '/_ml/trained_models/{model_id}', parts: ['model_id'], methods: ['PUT'] }], params: { defer_definition_decompression: 'boolean', wait_for_completion: 'boolean' }, body: 'json', bodyRequired: true },
  put_trained_model_alias: { name: 'ml.put_trained_model_alias', paths: [{ path: '/_ml/trained_models/{model_id}/model_aliases/{model_alias}', parts: ['model_id', 'model_alias'], methods: ['PUT'] }], params: { reassign: 'boolean' }, body: 'none' },
  put_trained_model_definition_part: { name: 'ml.put_trained_model_definition_part', paths: [{ path: '/_ml/trained_models/{model_id}/definition/{part}', parts: ['model_id', 'part'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_trained_model_vocabulary: { name: 'ml.put_trained_model_vocabulary', paths: [{ path: '/_ml/trained_models/{model_id}/vocabulary', parts: ['model_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  reset_job: { name: 'ml.reset_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_reset', parts: ['job_id'], methods: ['POST'] }], params: { delete_user_annotations: 'boolean', wait_for_completion: 'boolean' }, body: 'none' },
  revert_model_snapshot: { name: 'ml.revert_model_snapshot', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_revert', parts: ['job_id', 'snapshot_id'], methods: ['POST'] }], params: { delete_intervening_results: 'boolean' }, body: 'json' },
  set_upgrade_mode: { name: 'ml.set_upgrade_mode', paths: [{ path: '/_ml/set_upgrade_mode', parts: [], methods: ['POST'] }], params: { enabled: 'boolean', timeout: 'time' }, body: 'none' },
  start_data_frame_analytics: { name: 'ml.start_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}/_start', parts: ['id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json' },
  start_datafeed: { name: 'ml.start_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}/_start', parts: ['datafeed_id'], methods: ['POST'] }], params: { end: 'date', start: 'date', timeout: 'time' }, body: 'json' },
  start_trained_model_deployment: { name: 'ml.start_trained_model_deployment', paths: [{ path: '/_ml/trained_models/{model_id}/deployment/_start', parts: ['model_id'], methods: ['POST'] }], params: { cache_size: 'string', deployment_id: 'string', number_of_allocations: 'number', priority: 'enum', queue_capacity: 'number', threads_per_allocation: 'number', timeout: 'time', wait_for: 'enum' }, body: 'json' },
  stop_data_frame_analytics: { name: 'ml.stop_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}/_stop', parts: ['id'], methods: ['POST'] }], params: { allow_no_match: 'boolean', force: 'boolean', timeout: 'time' }, body: 'json' },
  stop_datafeed: { name: 'ml.stop_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}/_stop', parts: ['datafeed_id'], methods: ['POST'] }], params: { allow_no_match: 'boolean', close_job: 'boolean', force: 'boolean', timeout: 'time' }, body: 'json' },
  stop_trained_model_deployment: { name: 'ml.stop_trained_model_deployment', paths: [{ path: '/_ml/trained_models/{model_id}/deployment/_stop', parts: ['model_id'], methods: ['POST'] }], params: { allow_no_match: 'boolean', force: 'boolean' }, body: 'json' },
  update_data_frame_analytics: { name: 'ml.update_data_frame_analytics', paths: [{ path: '/_ml/data_frame/analytics/{id}/_update', parts: ['id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  update_datafeed: { name: 'ml.update_datafeed', paths: [{ path: '/_ml/datafeeds/{datafeed_id}/_update', parts: ['datafeed_id'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean' }, body: 'json', bodyRequired: true },
  update_filter: { name: 'ml.update_filter', paths: [{ path: '/_ml/filters/{filter_id}/_update', parts: ['filter_id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  update_job: { name: 'ml.update_job', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/_update', parts: ['job_id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  update_model_snapshot: { name: 'ml.update_model_snapshot', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_update', parts: ['job_id', 'snapshot_id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  update_trained_model_deployment: { name: 'ml.update_trained_model_deployment', paths: [{ path: '/_ml/trained_models/{model_id}/deployment/_update', parts: ['model_id'], methods: ['POST'] }], params: { number_of_allocations: 'number' }, body: 'json' },
  upgrade_job_snapshot: { name: 'ml.upgrade_job_snapshot', paths: [{ path: '/_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade', parts: ['job_id', 'snapshot_id'], methods: ['POST'] }], params: { timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
  validate: { name: 'ml.validate', paths: [{ path: '/_ml/anomaly_detectors/_validate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  validate_detector: { name: 'ml.validate_detector', paths: [{ path: '/_ml/anomaly_detectors/_validate/detector', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `ml.clear_trained_model_deployment_cache`. */
export interface MlClearTrainedModelDeploymentCacheParams extends CommonParams {
  /** The unique identifier of the trained model. */
  model_id: string
}

/** Parameters of `ml.close_job`. */
export interface MlCloseJobParams extends CommonBodyParams {
  /** The name of the job to close */
  job_id: string
  /**
   * Whether to ignore if a wildcard expression matches no jobs. (This includes `_all` string or when no jobs have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * True if the job should be forcefully closed
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait until a job has closed. Default to 30 minutes
   * Default: `"30m"`.
   */
  timeout?: string
}

/** Parameters of `ml.delete_calendar`. */
export interface MlDeleteCalendarParams extends CommonParams {
  /** The ID of the calendar to delete */
  calendar_id: string
}

/** Parameters of `ml.delete_calendar_event`. */
export interface MlDeleteCalendarEventParams extends CommonParams {
  /** The ID of the calendar to modify */
  calendar_id: string
  /** The ID of the event to remove from the calendar */
  event_id: string
}

/** Parameters of `ml.delete_calendar_job`. */
export interface MlDeleteCalendarJobParams extends CommonParams {
  /** The ID of the calendar to modify */
  calendar_id: string
  /** An identifier for the anomaly detection jobs. It can be a job identifier, a group name, or a comma-separated list of jobs or groups. */
  job_id: string | readonly string[]
}

/** Parameters of `ml.delete_data_frame_analytics`. */
export interface MlDeleteDataFrameAnalyticsParams extends CommonParams {
  /** The ID of the data frame analytics to delete */
  id: string
  /**
   * True if the job should be forcefully deleted
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait until a job is deleted. Defaults to 1 minute
   * Default: `"1m"`.
   */
  timeout?: string
}

/** Parameters of `ml.delete_datafeed`. */
export interface MlDeleteDatafeedParams extends CommonParams {
  /** The ID of the datafeed to delete */
  datafeed_id: string
  /** True if the datafeed should be forcefully deleted */
  force?: boolean
}

/** Parameters of `ml.delete_expired_data`. */
export interface MlDeleteExpiredDataParams extends CommonBodyParams {
  /** The ID of the job(s) to perform expired data hygiene for */
  job_id?: string
  /** The desired requests per second for the deletion processes. */
  requests_per_second?: number
  /**
   * How long can the underlying delete processes run until they are canceled
   * Default: `"8h"`.
   */
  timeout?: string
}

/** Parameters of `ml.delete_filter`. */
export interface MlDeleteFilterParams extends CommonParams {
  /** The ID of the filter to delete */
  filter_id: string
}

/** Parameters of `ml.delete_forecast`. */
export interface MlDeleteForecastParams extends CommonParams {
  /** The ID of the forecast to delete, can be comma delimited list. Leaving blank implies `_all` */
  forecast_id?: string
  /** The ID of the job from which to delete forecasts */
  job_id: string
  /**
   * Whether to ignore if `_all` matches no forecasts
   * Default: `true`.
   */
  allow_no_forecasts?: boolean
  /**
   * Controls the time to wait until the forecast(s) are deleted. Default to 30 seconds
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ml.delete_job`. */
export interface MlDeleteJobParams extends CommonParams {
  /** The ID of the job to delete */
  job_id: string
  /**
   * Should annotations added by the user be deleted
   * Default: `false`.
   */
  delete_user_annotations?: boolean
  /**
   * True if the job should be forcefully deleted
   * Default: `false`.
   */
  force?: boolean
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `ml.delete_model_snapshot`. */
export interface MlDeleteModelSnapshotParams extends CommonParams {
  /** The ID of the job to fetch */
  job_id: string
  /** The ID of the snapshot to delete */
  snapshot_id: string
}

/** Parameters of `ml.delete_trained_model`. */
export interface MlDeleteTrainedModelParams extends CommonParams {
  /** The ID of the trained model to delete */
  model_id: string
  /** True if the model should be forcefully deleted */
  force?: boolean
  /**
   * Controls the amount of time to wait for the model to be deleted.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ml.delete_trained_model_alias`. */
export interface MlDeleteTrainedModelAliasParams extends CommonParams {
  /** The trained model alias to delete */
  model_alias: string
  /** The trained model where the model alias is assigned */
  model_id: string
}

/** Parameters of `ml.estimate_model_memory`. */
export interface MlEstimateModelMemoryParams extends CommonBodyParams {
}

/** Parameters of `ml.evaluate_data_frame`. */
export interface MlEvaluateDataFrameParams extends CommonBodyParams {
}

/** Parameters of `ml.explain_data_frame_analytics`. */
export interface MlExplainDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to explain */
  id?: string
}

/** Parameters of `ml.flush_job`. */
export interface MlFlushJobParams extends CommonBodyParams {
  /** The name of the job to flush */
  job_id: string
  /** Advances time to the given value generating results and updating the model for the advanced interval */
  advance_time?: string | Date
  /** Calculates interim results for the most recent bucket or all buckets within the latency period */
  calc_interim?: boolean
  /** When used in conjunction with calc_interim, specifies the range of buckets on which to calculate interim results */
  end?: string | Date
  /** Skips time to the given value without generating results or updating the model for the skipped interval */
  skip_time?: string | Date
  /** When used in conjunction with calc_interim, specifies the range of buckets on which to calculate interim results */
  start?: string | Date
}

/** Parameters of `ml.forecast`. */
export interface MlForecastParams extends CommonBodyParams {
  /** The ID of the job to forecast for */
  job_id: string
  /**
   * The duration of the forecast
   * Default: `"1d"`.
   */
  duration?: string
  /**
   * The time interval after which the forecast expires. Expired forecasts will be deleted at the first opportunity.
   * Default: `"14d"`.
   */
  expires_in?: string
  /**
   * The max memory able to be used by the forecast. Default is 20mb.
   * Default: `"20mb"`.
   */
  max_model_memory?: string | BodyValue
}

/** Parameters of `ml.get_buckets`. */
export interface MlGetBucketsParams extends CommonBodyParams {
  /** ID of the job to get bucket results from */
  job_id: string
  /** The timestamp of the desired single bucket result */
  timestamp?: string
  /**
   * Filter for the most anomalous buckets
   * Default: `0`.
   */
  anomaly_score?: number
  /**
   * Set the sort direction
   * Default: `false`.
   */
  desc?: boolean
  /**
   * End time filter for buckets
   * Default: `"-1"`.
   */
  end?: string | Date
  /**
   * Exclude interim results
   * Default: `false`.
   */
  exclude_interim?: boolean
  /**
   * Include anomaly records
   * Default: `false`.
   */
  expand?: boolean
  /**
   * skips a number of buckets
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of buckets to get
   * Default: `100`.
   */
  size?: number
  /**
   * Sort buckets by a particular field
   * Default: `"timestamp"`.
   */
  sort?: string | BodyValue
  /**
   * Start time filter for buckets
   * Default: `"-1"`.
   */
  start?: string | Date
}

/** Parameters of `ml.get_calendar_events`. */
export interface MlGetCalendarEventsParams extends CommonParams {
  /** The ID of the calendar containing the events */
  calendar_id: string
  /** Get events before this time */
  end?: string | Date
  /**
   * Skips a number of events
   * Default: `0`.
   */
  from?: number
  /** Get events for the job. When this option is used calendar_id must be '_all' */
  job_id?: string
  /**
   * Specifies a max number of events to get
   * Default: `100`.
   */
  size?: number
  /** Get events after this time */
  start?: string | Date
}

/** Parameters of `ml.get_calendars`. */
export interface MlGetCalendarsParams extends CommonBodyParams {
  /** The ID of the calendar to fetch */
  calendar_id?: string
  /**
   * skips a number of calendars
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of calendars to get
   * Default: `10000`.
   */
  size?: number
}

/** Parameters of `ml.get_categories`. */
export interface MlGetCategoriesParams extends CommonBodyParams {
  /** The identifier of the category definition of interest */
  category_id?: number
  /** The name of the job */
  job_id: string
  /**
   * skips a number of categories
   * Default: `0`.
   */
  from?: number
  /** Specifies the partition to retrieve categories for. This is optional, and should never be used for jobs where per-partition categorization is disabled. */
  partition_field_value?: string | BodyValue
  /**
   * specifies a max number of categories to get
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `ml.get_data_frame_analytics`. */
export interface MlGetDataFrameAnalyticsParams extends CommonParams {
  /** The ID of the data frame analytics to fetch */
  id?: string
  /**
   * Whether to ignore if a wildcard expression matches no data frame analytics. (This includes `_all` string or when no data frame analytics have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * Omits fields that are illegal to set on data frame analytics PUT
   * Default: `false`.
   */
  exclude_generated?: boolean
  /**
   * skips a number of analytics
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of analytics to get
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `ml.get_data_frame_analytics_stats`. */
export interface MlGetDataFrameAnalyticsStatsParams extends CommonParams {
  /** The ID of the data frame analytics stats to fetch */
  id?: string
  /**
   * Whether to ignore if a wildcard expression matches no data frame analytics. (This includes `_all` string or when no data frame analytics have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * skips a number of analytics
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of analytics to get
   * Default: `100`.
   */
  size?: number
  /**
   * whether the stats response should be verbose
   * Default: `false`.
   */
  verbose?: boolean
}

/** Parameters of `ml.get_datafeed_stats`. */
export interface MlGetDatafeedStatsParams extends CommonParams {
  /** Comma-separated list of datafeed identifiers or wildcard expressions. If you do not specify one of these options, the API returns information about all datafeeds. */
  datafeed_id?: string | readonly string[]
  /** Whether to ignore if a wildcard expression matches no datafeeds. (This includes `_all` string or when no datafeeds have been specified) */
  allow_no_match?: boolean
}

/** Parameters of `ml.get_datafeeds`. */
export interface MlGetDatafeedsParams extends CommonParams {
  /** Identifier for the datafeed. It can be a datafeed identifier or a wildcard expression. If you do not specify one of these options, the API returns information about all datafeeds. */
  datafeed_id?: string | readonly string[]
  /** Whether to ignore if a wildcard expression matches no datafeeds. (This includes `_all` string or when no datafeeds have been specified) */
  allow_no_match?: boolean
  /**
   * Omits fields that are illegal to set on datafeed PUT
   * Default: `false`.
   */
  exclude_generated?: boolean
}

/** Parameters of `ml.get_filters`. */
export interface MlGetFiltersParams extends CommonParams {
  /** Comma-separated list of strings that uniquely identify a filter. */
  filter_id?: string | readonly string[]
  /**
   * skips a number of filters
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of filters to get
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `ml.get_influencers`. */
export interface MlGetInfluencersParams extends CommonBodyParams {
  /** Identifier for the anomaly detection job */
  job_id: string
  /**
   * whether the results should be sorted in decending order
   * Default: `false`.
   */
  desc?: boolean
  /**
   * end timestamp for the requested influencers
   * Default: `"-1"`.
   */
  end?: string | Date
  /**
   * Exclude interim results
   * Default: `false`.
   */
  exclude_interim?: boolean
  /**
   * skips a number of influencers
   * Default: `0`.
   */
  from?: number
  /**
   * influencer score threshold for the requested influencers
   * Default: `0`.
   */
  influencer_score?: number
  /**
   * specifies a max number of influencers to get
   * Default: `100`.
   */
  size?: number
  /** sort field for the requested influencers */
  sort?: string | BodyValue
  /**
   * start timestamp for the requested influencers
   * Default: `"-1"`.
   */
  start?: string | Date
}

/** Parameters of `ml.get_job_stats`. */
export interface MlGetJobStatsParams extends CommonParams {
  /** The ID of the jobs stats to fetch */
  job_id?: string
  /**
   * Whether to ignore if a wildcard expression matches no jobs. (This includes `_all` string or when no jobs have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
}

/** Parameters of `ml.get_jobs`. */
export interface MlGetJobsParams extends CommonParams {
  /** Comma-separated list of identifiers for the anomaly detection job. It can be a job identifier, a group name, or a wildcard expression. If you do not specify one of these options, the API returns information for all anomaly detection jobs. */
  job_id?: string | readonly string[]
  /**
   * Whether to ignore if a wildcard expression matches no jobs. (This includes `_all` string or when no jobs have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * Omits fields that are illegal to set on job PUT
   * Default: `false`.
   */
  exclude_generated?: boolean
}

/** Parameters of `ml.get_memory_stats`. */
export interface MlGetMemoryStatsParams extends CommonParams {
  /** Specifies the node or nodes to retrieve stats for. */
  node_id?: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ml.get_model_snapshot_upgrade_stats`. */
export interface MlGetModelSnapshotUpgradeStatsParams extends CommonParams {
  /** The ID of the job. May be a wildcard, comma separated list or `_all`. */
  job_id: string
  /** The ID of the snapshot. May be a wildcard, comma separated list or `_all`. */
  snapshot_id: string
  /** Whether to ignore if a wildcard expression matches no jobs or no snapshots. (This includes the `_all` string.) */
  allow_no_match?: boolean
}

/** Parameters of `ml.get_model_snapshots`. */
export interface MlGetModelSnapshotsParams extends CommonBodyParams {
  /** The ID of the job to fetch */
  job_id: string
  /** The ID of the snapshot to fetch */
  snapshot_id?: string
  /**
   * True if the results should be sorted in descending order
   * Default: `false`.
   */
  desc?: boolean
  /** The filter 'end' query parameter */
  end?: string | Date
  /**
   * Skips a number of documents
   * Default: `0`.
   */
  from?: number
  /**
   * The default number of documents returned in queries as a string.
   * Default: `100`.
   */
  size?: number
  /** Name of the field to sort on */
  sort?: string | BodyValue
  /** The filter 'start' query parameter */
  start?: string | Date
}

/** Parameters of `ml.get_overall_buckets`. */
export interface MlGetOverallBucketsParams extends CommonBodyParams {
  /** The job IDs for which to calculate overall bucket results */
  job_id: string
  /**
   * Whether to ignore if a wildcard expression matches no jobs. (This includes `_all` string or when no jobs have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /** The span of the overall buckets. Defaults to the longest job bucket_span */
  bucket_span?: string
  /** Returns overall buckets with timestamps earlier than this time */
  end?: string | Date
  /**
   * If true overall buckets that include interim buckets will be excluded
   * Default: `false`.
   */
  exclude_interim?: boolean
  /** Returns overall buckets with overall scores higher than this value */
  overall_score?: number
  /** Returns overall buckets with timestamps after this time */
  start?: string | Date
  /**
   * The number of top job bucket scores to be used in the overall_score calculation
   * Default: `1`.
   */
  top_n?: number
}

/** Parameters of `ml.get_records`. */
export interface MlGetRecordsParams extends CommonBodyParams {
  /** The ID of the job */
  job_id: string
  /**
   * Set the sort direction
   * Default: `false`.
   */
  desc?: boolean
  /**
   * End time filter for records
   * Default: `"-1"`.
   */
  end?: string | Date
  /**
   * Exclude interim results
   * Default: `false`.
   */
  exclude_interim?: boolean
  /**
   * skips a number of records
   * Default: `0`.
   */
  from?: number
  /**
   * Returns records with anomaly scores greater or equal than this value
   * Default: `0`.
   */
  record_score?: number
  /**
   * specifies a max number of records to get
   * Default: `100`.
   */
  size?: number
  /**
   * Sort records by a particular field
   * Default: `"record_score"`.
   */
  sort?: string | BodyValue
  /**
   * Start time filter for records
   * Default: `"-1"`.
   */
  start?: string | Date
}

/** Parameters of `ml.get_trained_models`. */
export interface MlGetTrainedModelsParams extends CommonParams {
  /** The unique identifier of the trained model or a model alias. You can get information for multiple trained models in a single API request by using a comma-separated list of model IDs or a wildcard expression. */
  model_id?: string | readonly string[]
  /**
   * Whether to ignore if a wildcard expression matches no trained models. (This includes `_all` string or when no trained models have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * Should the model definition be decompressed into valid JSON or returned in a custom compressed format. Defaults to true.
   * Default: `true`.
   */
  decompress_definition?: boolean
  /**
   * Omits fields that are illegal to set on model PUT
   * Default: `false`.
   */
  exclude_generated?: boolean
  /**
   * skips a number of trained models
   * Default: `0`.
   */
  from?: number
  /** A comma delimited string of optional fields to include in the response body. */
  include?: 'definition' | 'feature_importance_baseline' | 'hyperparameters' | 'total_feature_importance' | 'definition_status'
  /**
   * specifies a max number of trained models to get
   * Default: `100`.
   */
  size?: number
  /** A comma-separated list of tags that the model must have. */
  tags?: string | readonly string[]
}

/** Parameters of `ml.get_trained_models_stats`. */
export interface MlGetTrainedModelsStatsParams extends CommonParams {
  /** The unique identifier of the trained model or a model alias. It can be a comma-separated list or a wildcard expression. */
  model_id?: string | readonly string[]
  /**
   * Whether to ignore if a wildcard expression matches no trained models. (This includes `_all` string or when no trained models have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * skips a number of trained models
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of trained models to get
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `ml.infer_trained_model`. */
export interface MlInferTrainedModelParams extends CommonBodyParams {
  /** The unique identifier of the trained model. */
  model_id: string
  /**
   * Controls the amount of time to wait for inference results.
   * Default: `"10s"`.
   */
  timeout?: string
}

/** Parameters of `ml.info`. */
export interface MlInfoParams extends CommonParams {
}

/** Parameters of `ml.open_job`. */
export interface MlOpenJobParams extends CommonBodyParams {
  /** The ID of the job to open */
  job_id: string
  /**
   * Controls the time to wait until a job has opened.
   * Default: `"30m"`.
   */
  timeout?: string
}

/** Parameters of `ml.post_calendar_events`. */
export interface MlPostCalendarEventsParams extends CommonBodyParams {
  /** The ID of the calendar to modify */
  calendar_id: string
}

/** Parameters of `ml.post_data`. */
export interface MlPostDataParams extends CommonParams {
  /** The name of the job receiving the data */
  job_id: string
  /** Optional parameter to specify the end of the bucket resetting range */
  reset_end?: string | Date
  /** Optional parameter to specify the start of the bucket resetting range */
  reset_start?: string | Date
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  data: readonly unknown[] | string | Buffer
}

/** Parameters of `ml.preview_data_frame_analytics`. */
export interface MlPreviewDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to preview */
  id?: string
}

/** Parameters of `ml.preview_datafeed`. */
export interface MlPreviewDatafeedParams extends CommonBodyParams {
  /** The ID of the datafeed to preview */
  datafeed_id?: string
  /** The end time when the datafeed preview should stop */
  end?: string | Date
  /** The start time from where the datafeed preview should begin */
  start?: string | Date
}

/** Parameters of `ml.put_calendar`. */
export interface MlPutCalendarParams extends CommonBodyParams {
  /** The ID of the calendar to create */
  calendar_id: string
}

/** Parameters of `ml.put_calendar_job`. */
export interface MlPutCalendarJobParams extends CommonParams {
  /** The ID of the calendar to modify */
  calendar_id: string
  /** An identifier for the anomaly detection jobs. It can be a job identifier, a group name, or a comma-separated list of jobs or groups. */
  job_id: string | readonly string[]
}

/** Parameters of `ml.put_data_frame_analytics`. */
export interface MlPutDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to create */
  id: string
}

/** Parameters of `ml.put_datafeed`. */
export interface MlPutDatafeedParams extends CommonBodyParams {
  /** The ID of the datafeed to create */
  datafeed_id: string
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether source index expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Ignore indices that are marked as throttled (default: true)
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Ignore unavailable indexes (default: false)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `ml.put_filter`. */
export interface MlPutFilterParams extends CommonBodyParams {
  /** The ID of the filter to create */
  filter_id: string
}

/** Parameters of `ml.put_job`. */
export interface MlPutJobParams extends CommonBodyParams {
  /** The ID of the job to create */
  job_id: string
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. Only set if datafeed_config is provided.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether source index expressions should get expanded to open or closed indices (default: open). Only set if datafeed_config is provided.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Ignore indices that are marked as throttled (default: true). Only set if datafeed_config is provided.
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Ignore unavailable indexes (default: false). Only set if datafeed_config is provided.
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `ml.put_trained_model`. */
export interface MlPutTrainedModelParams extends CommonBodyParams {
  /** The ID of the trained models to store */
  model_id: string
  /**
   * If set to `true` and a `compressed_definition` is provided, the request defers definition decompression and skips relevant validations.
   * Default: `false`.
   */
  defer_definition_decompression?: boolean
  /**
   * Whether to wait for all child operations(e.g. model download) to complete, before returning or not. Default to false
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `ml.put_trained_model_alias`. */
export interface MlPutTrainedModelAliasParams extends CommonParams {
  /** The trained model alias to update */
  model_alias: string
  /** The trained model where the model alias should be assigned */
  model_id: string
  /**
   * If the model_alias already exists and points to a separate model_id, this parameter must be true. Defaults to false.
   * Default: `false`.
   */
  reassign?: boolean
}

/** Parameters of `ml.put_trained_model_definition_part`. */
export interface MlPutTrainedModelDefinitionPartParams extends CommonBodyParams {
  /** The ID of the trained model for this definition part */
  model_id: string
  /** The part number */
  part: number
}

/** Parameters of `ml.put_trained_model_vocabulary`. */
export interface MlPutTrainedModelVocabularyParams extends CommonBodyParams {
  /** The ID of the trained model for this vocabulary */
  model_id: string
}

/** Parameters of `ml.reset_job`. */
export interface MlResetJobParams extends CommonParams {
  /** The ID of the job to reset */
  job_id: string
  /**
   * Should annotations added by the user be deleted
   * Default: `false`.
   */
  delete_user_annotations?: boolean
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `ml.revert_model_snapshot`. */
export interface MlRevertModelSnapshotParams extends CommonBodyParams {
  /** The ID of the job to fetch */
  job_id: string
  /** The ID of the snapshot to revert to */
  snapshot_id: string
  /**
   * Should we reset the results back to the time of the snapshot?
   * Default: `false`.
   */
  delete_intervening_results?: boolean
}

/** Parameters of `ml.set_upgrade_mode`. */
export interface MlSetUpgradeModeParams extends CommonParams {
  /**
   * Whether to enable upgrade_mode ML setting or not. Defaults to false.
   * Default: `false`.
   */
  enabled?: boolean
  /**
   * Controls the time to wait before action times out. Defaults to 30 seconds
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ml.start_data_frame_analytics`. */
export interface MlStartDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to start */
  id: string
  /**
   * Controls the time to wait until the task has started. Defaults to 20 seconds
   * Default: `"20s"`.
   */
  timeout?: string
}

/** Parameters of `ml.start_datafeed`. */
export interface MlStartDatafeedParams extends CommonBodyParams {
  /** The ID of the datafeed to start */
  datafeed_id: string
  /** The end time when the datafeed should stop. When not set, the datafeed continues in real time */
  end?: string | Date
  /** The start time from where the datafeed should begin */
  start?: string | Date
  /**
   * Controls the time to wait until a datafeed has started. Default to 20 seconds
   * Default: `"20s"`.
   */
  timeout?: string
}

/** Parameters of `ml.start_trained_model_deployment`. */
export interface MlStartTrainedModelDeploymentParams extends CommonBodyParams {
  /** The unique identifier of the trained model. */
  model_id: string
  /** A byte-size value for configuring the inference cache size. For example, 20mb. */
  cache_size?: string | BodyValue
  /** The Id of the new deployment. Defaults to the model_id if not set. */
  deployment_id?: string | BodyValue
  /**
   * The total number of allocations this model is assigned across machine learning nodes.
   * Default: `1`.
   */
  number_of_allocations?: number
  /** The deployment priority. */
  priority?: 'normal' | 'low'
  /**
   * Controls how many inference requests are allowed in the queue at a time.
   * Default: `1024`.
   */
  queue_capacity?: number
  /**
   * The number of threads used by each model allocation during inference.
   * Default: `1`.
   */
  threads_per_allocation?: number
  /**
   * Controls the amount of time to wait for the model to deploy.
   * Default: `"20s"`.
   */
  timeout?: string
  /**
   * Specifies the allocation status to wait for before returning.
   * Default: `"started"`.
   */
  wait_for?: 'started' | 'starting' | 'fully_allocated'
}

/** Parameters of `ml.stop_data_frame_analytics`. */
export interface MlStopDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to stop */
  id: string
  /**
   * Whether to ignore if a wildcard expression matches no data frame analytics. (This includes `_all` string or when no data frame analytics have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * True if the data frame analytics should be forcefully stopped
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait until the task has stopped. Defaults to 20 seconds
   * Default: `"20s"`.
   */
  timeout?: string
}

/** Parameters of `ml.stop_datafeed`. */
export interface MlStopDatafeedParams extends CommonBodyParams {
  /** The ID of the datafeed to stop */
  datafeed_id: string
  /**
   * Whether to ignore if a wildcard expression matches no datafeeds. (This includes `_all` string or when no datafeeds have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * True if the job associated with the datafeed should be closed.
   * Default: `false`.
   */
  close_job?: boolean
  /**
   * True if the datafeed should be forcefully stopped.
   * Default: `false`.
   */
  force?: boolean
  /**
   * Controls the time to wait until a datafeed has stopped. Default to 20 seconds
   * Default: `"20s"`.
   */
  timeout?: string
}

/** Parameters of `ml.stop_trained_model_deployment`. */
export interface MlStopTrainedModelDeploymentParams extends CommonBodyParams {
  /** The unique identifier of the trained model. */
  model_id: string
  /**
   * Whether to ignore if a wildcard expression matches no deployments. (This includes `_all` string or when no deployments have been specified)
   * Default: `true`.
   */
  allow_no_match?: boolean
  /**
   * True if the deployment should be forcefully stopped
   * Default: `false`.
   */
  force?: boolean
}

/** Parameters of `ml.update_data_frame_analytics`. */
export interface MlUpdateDataFrameAnalyticsParams extends CommonBodyParams {
  /** The ID of the data frame analytics to update */
  id: string
}

/** Parameters of `ml.update_datafeed`. */
export interface MlUpdateDatafeedParams extends CommonBodyParams {
  /** The ID of the datafeed to update */
  datafeed_id: string
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether source index expressions should get expanded to open or closed indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Ignore indices that are marked as throttled (default: true)
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Ignore unavailable indexes (default: false)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
}

/** Parameters of `ml.update_filter`. */
export interface MlUpdateFilterParams extends CommonBodyParams {
  /** The ID of the filter to update */
  filter_id: string
}

/** Parameters of `ml.update_job`. */
export interface MlUpdateJobParams extends CommonBodyParams {
  /** The ID of the job to create */
  job_id: string
}

/** Parameters of `ml.update_model_snapshot`. */
export interface MlUpdateModelSnapshotParams extends CommonBodyParams {
  /** The ID of the job to fetch */
  job_id: string
  /** The ID of the snapshot to update */
  snapshot_id: string
}

/** Parameters of `ml.update_trained_model_deployment`. */
export interface MlUpdateTrainedModelDeploymentParams extends CommonBodyParams {
  /** The unique identifier of the trained model. */
  model_id: string
  /**
   * Update the model deployment to this number of allocations.
   * Default: `1`.
   */
  number_of_allocations?: number
}

/** Parameters of `ml.upgrade_job_snapshot`. */
export interface MlUpgradeJobSnapshotParams extends CommonParams {
  /** The ID of the job */
  job_id: string
  /** The ID of the snapshot */
  snapshot_id: string
  /**
   * How long should the API wait for the job to be opened and the old snapshot to be loaded.
   * Default: `"30m"`.
   */
  timeout?: string
  /**
   * Should the request wait until the task is complete before responding to the caller. Default is false.
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `ml.validate`. */
export interface MlValidateParams extends CommonBodyParams {
}

/** Parameters of `ml.validate_detector`. */
export interface MlValidateDetectorParams extends CommonBodyParams {
}

const E = endpoints

/** The `ml` APIs, reached as `client.ml`. */
export class MlApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Clear trained model deployment cache
   * `POST /_ml/trained_models/{model_id}/deployment/cache/_clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-clear-trained-model-deployment-cache
   */
  clearTrainedModelDeploymentCache<TResponse = unknown>(params: MlClearTrainedModelDeploymentCacheParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearTrainedModelDeploymentCache<TResponse = unknown>(params: MlClearTrainedModelDeploymentCacheParams, options?: RequestOptions): Promise<TResponse>
  clearTrainedModelDeploymentCache(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_trained_model_deployment_cache, params, options)
  }

  /**
   * Close anomaly detection jobs
   * `POST /_ml/anomaly_detectors/{job_id}/_close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-close-job
   */
  closeJob<TResponse = unknown>(params: MlCloseJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  closeJob<TResponse = unknown>(params: MlCloseJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  closeJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.close_job, params, options)
  }

  /**
   * Delete a calendar
   * `DELETE /_ml/calendars/{calendar_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar
   */
  deleteCalendar<TResponse = unknown>(params: MlDeleteCalendarParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteCalendar<TResponse = unknown>(params: MlDeleteCalendarParams, options?: RequestOptions): Promise<TResponse>
  deleteCalendar(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_calendar, params, options)
  }

  /**
   * Delete events from a calendar
   * `DELETE /_ml/calendars/{calendar_id}/events/{event_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar-event
   */
  deleteCalendarEvent<TResponse = unknown>(params: MlDeleteCalendarEventParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteCalendarEvent<TResponse = unknown>(params: MlDeleteCalendarEventParams, options?: RequestOptions): Promise<TResponse>
  deleteCalendarEvent(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_calendar_event, params, options)
  }

  /**
   * Delete anomaly jobs from a calendar
   * `DELETE /_ml/calendars/{calendar_id}/jobs/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar-job
   */
  deleteCalendarJob<TResponse = unknown>(params: MlDeleteCalendarJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteCalendarJob<TResponse = unknown>(params: MlDeleteCalendarJobParams, options?: RequestOptions): Promise<TResponse>
  deleteCalendarJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_calendar_job, params, options)
  }

  /**
   * Delete a data frame analytics job
   * `DELETE /_ml/data_frame/analytics/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-data-frame-analytics
   */
  deleteDataFrameAnalytics<TResponse = unknown>(params: MlDeleteDataFrameAnalyticsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataFrameAnalytics<TResponse = unknown>(params: MlDeleteDataFrameAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  deleteDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_data_frame_analytics, params, options)
  }

  /**
   * Delete a datafeed
   * `DELETE /_ml/datafeeds/{datafeed_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-datafeed
   */
  deleteDatafeed<TResponse = unknown>(params: MlDeleteDatafeedParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDatafeed<TResponse = unknown>(params: MlDeleteDatafeedParams, options?: RequestOptions): Promise<TResponse>
  deleteDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_datafeed, params, options)
  }

  /**
   * Delete expired ML data
   * `DELETE /_ml/_delete_expired_data/{job_id}`
   * `DELETE /_ml/_delete_expired_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-expired-data
   */
  deleteExpiredData<TResponse = unknown>(params: MlDeleteExpiredDataParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteExpiredData<TResponse = unknown>(params?: MlDeleteExpiredDataParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  deleteExpiredData(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_expired_data, params, options)
  }

  /**
   * Delete a filter
   * `DELETE /_ml/filters/{filter_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-filter
   */
  deleteFilter<TResponse = unknown>(params: MlDeleteFilterParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteFilter<TResponse = unknown>(params: MlDeleteFilterParams, options?: RequestOptions): Promise<TResponse>
  deleteFilter(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_filter, params, options)
  }

  /**
   * Delete forecasts from a job
   * `DELETE /_ml/anomaly_detectors/{job_id}/_forecast`
   * `DELETE /_ml/anomaly_detectors/{job_id}/_forecast/{forecast_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-forecast
   */
  deleteForecast<TResponse = unknown>(params: MlDeleteForecastParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteForecast<TResponse = unknown>(params: MlDeleteForecastParams, options?: RequestOptions): Promise<TResponse>
  deleteForecast(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_forecast, params, options)
  }

  /**
   * Delete an anomaly detection job
   * `DELETE /_ml/anomaly_detectors/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-job
   */
  deleteJob<TResponse = unknown>(params: MlDeleteJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteJob<TResponse = unknown>(params: MlDeleteJobParams, options?: RequestOptions): Promise<TResponse>
  deleteJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_job, params, options)
  }

  /**
   * Delete a model snapshot
   * `DELETE /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-model-snapshot
   */
  deleteModelSnapshot<TResponse = unknown>(params: MlDeleteModelSnapshotParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteModelSnapshot<TResponse = unknown>(params: MlDeleteModelSnapshotParams, options?: RequestOptions): Promise<TResponse>
  deleteModelSnapshot(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_model_snapshot, params, options)
  }

  /**
   * Delete an unreferenced trained model
   * `DELETE /_ml/trained_models/{model_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-trained-model
   */
  deleteTrainedModel<TResponse = unknown>(params: MlDeleteTrainedModelParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteTrainedModel<TResponse = unknown>(params: MlDeleteTrainedModelParams, options?: RequestOptions): Promise<TResponse>
  deleteTrainedModel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_trained_model, params, options)
  }

  /**
   * Delete a trained model alias
   * `DELETE /_ml/trained_models/{model_id}/model_aliases/{model_alias}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-trained-model-alias
   */
  deleteTrainedModelAlias<TResponse = unknown>(params: MlDeleteTrainedModelAliasParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteTrainedModelAlias<TResponse = unknown>(params: MlDeleteTrainedModelAliasParams, options?: RequestOptions): Promise<TResponse>
  deleteTrainedModelAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_trained_model_alias, params, options)
  }

  /**
   * Estimate job model memory usage
   * `POST /_ml/anomaly_detectors/_estimate_model_memory`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-estimate-model-memory
   */
  estimateModelMemory<TResponse = unknown>(params: MlEstimateModelMemoryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  estimateModelMemory<TResponse = unknown>(params: MlEstimateModelMemoryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  estimateModelMemory(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.estimate_model_memory, params, options)
  }

  /**
   * Evaluate data frame analytics
   * `POST /_ml/data_frame/_evaluate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-evaluate-data-frame
   */
  evaluateDataFrame<TResponse = unknown>(params: MlEvaluateDataFrameParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  evaluateDataFrame<TResponse = unknown>(params: MlEvaluateDataFrameParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  evaluateDataFrame(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.evaluate_data_frame, params, options)
  }

  /**
   * Explain data frame analytics config
   * `GET|POST /_ml/data_frame/analytics/_explain`
   * `GET|POST /_ml/data_frame/analytics/{id}/_explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-explain-data-frame-analytics
   */
  explainDataFrameAnalytics<TResponse = unknown>(params: MlExplainDataFrameAnalyticsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  explainDataFrameAnalytics<TResponse = unknown>(params?: MlExplainDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  explainDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.explain_data_frame_analytics, params, options)
  }

  /**
   * Force buffered data to be processed
   * `POST /_ml/anomaly_detectors/{job_id}/_flush`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-flush-job
   * @deprecated Forcing any buffered data to be processed is deprecated, in a future major version a datafeed will be required.
   */
  flushJob<TResponse = unknown>(params: MlFlushJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  flushJob<TResponse = unknown>(params: MlFlushJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  flushJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.flush_job, params, options)
  }

  /**
   * Predict future behavior of a time series
   * `POST /_ml/anomaly_detectors/{job_id}/_forecast`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-forecast
   */
  forecast<TResponse = unknown>(params: MlForecastParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  forecast<TResponse = unknown>(params: MlForecastParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  forecast(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.forecast, params, options)
  }

  /**
   * Get anomaly detection job results for buckets
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/buckets/{timestamp}`
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/buckets`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-buckets
   */
  getBuckets<TResponse = unknown>(params: MlGetBucketsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getBuckets<TResponse = unknown>(params: MlGetBucketsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getBuckets(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_buckets, params, options)
  }

  /**
   * Get info about events in calendars
   * `GET /_ml/calendars/{calendar_id}/events`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-calendar-events
   */
  getCalendarEvents<TResponse = unknown>(params: MlGetCalendarEventsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getCalendarEvents<TResponse = unknown>(params: MlGetCalendarEventsParams, options?: RequestOptions): Promise<TResponse>
  getCalendarEvents(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_calendar_events, params, options)
  }

  /**
   * Get calendar configuration info
   * `GET|POST /_ml/calendars`
   * `GET|POST /_ml/calendars/{calendar_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-calendars
   */
  getCalendars<TResponse = unknown>(params: MlGetCalendarsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getCalendars<TResponse = unknown>(params?: MlGetCalendarsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getCalendars(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_calendars, params, options)
  }

  /**
   * Get anomaly detection job results for categories
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/categories/{category_id}`
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/categories`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-categories
   */
  getCategories<TResponse = unknown>(params: MlGetCategoriesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getCategories<TResponse = unknown>(params: MlGetCategoriesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getCategories(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_categories, params, options)
  }

  /**
   * Get data frame analytics job configuration info
   * `GET /_ml/data_frame/analytics/{id}`
   * `GET /_ml/data_frame/analytics`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-data-frame-analytics
   */
  getDataFrameAnalytics<TResponse = unknown>(params: MlGetDataFrameAnalyticsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataFrameAnalytics<TResponse = unknown>(params?: MlGetDataFrameAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  getDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_frame_analytics, params, options)
  }

  /**
   * Get data frame analytics job stats
   * `GET /_ml/data_frame/analytics/_stats`
   * `GET /_ml/data_frame/analytics/{id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-data-frame-analytics-stats
   */
  getDataFrameAnalyticsStats<TResponse = unknown>(params: MlGetDataFrameAnalyticsStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataFrameAnalyticsStats<TResponse = unknown>(params?: MlGetDataFrameAnalyticsStatsParams, options?: RequestOptions): Promise<TResponse>
  getDataFrameAnalyticsStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_frame_analytics_stats, params, options)
  }

  /**
   * Get datafeed stats
   * `GET /_ml/datafeeds/{datafeed_id}/_stats`
   * `GET /_ml/datafeeds/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-datafeed-stats
   */
  getDatafeedStats<TResponse = unknown>(params: MlGetDatafeedStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDatafeedStats<TResponse = unknown>(params?: MlGetDatafeedStatsParams, options?: RequestOptions): Promise<TResponse>
  getDatafeedStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_datafeed_stats, params, options)
  }

  /**
   * Get datafeeds configuration info
   * `GET /_ml/datafeeds/{datafeed_id}`
   * `GET /_ml/datafeeds`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-datafeeds
   */
  getDatafeeds<TResponse = unknown>(params: MlGetDatafeedsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDatafeeds<TResponse = unknown>(params?: MlGetDatafeedsParams, options?: RequestOptions): Promise<TResponse>
  getDatafeeds(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_datafeeds, params, options)
  }

  /**
   * Get filters
   * `GET /_ml/filters`
   * `GET /_ml/filters/{filter_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-filters
   */
  getFilters<TResponse = unknown>(params: MlGetFiltersParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getFilters<TResponse = unknown>(params?: MlGetFiltersParams, options?: RequestOptions): Promise<TResponse>
  getFilters(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_filters, params, options)
  }

  /**
   * Get anomaly detection job results for influencers
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/influencers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-influencers
   */
  getInfluencers<TResponse = unknown>(params: MlGetInfluencersParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getInfluencers<TResponse = unknown>(params: MlGetInfluencersParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getInfluencers(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_influencers, params, options)
  }

  /**
   * Get anomaly detection job stats
   * `GET /_ml/anomaly_detectors/_stats`
   * `GET /_ml/anomaly_detectors/{job_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-job-stats
   */
  getJobStats<TResponse = unknown>(params: MlGetJobStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getJobStats<TResponse = unknown>(params?: MlGetJobStatsParams, options?: RequestOptions): Promise<TResponse>
  getJobStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_job_stats, params, options)
  }

  /**
   * Get anomaly detection jobs configuration info
   * `GET /_ml/anomaly_detectors/{job_id}`
   * `GET /_ml/anomaly_detectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-jobs
   */
  getJobs<TResponse = unknown>(params: MlGetJobsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getJobs<TResponse = unknown>(params?: MlGetJobsParams, options?: RequestOptions): Promise<TResponse>
  getJobs(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_jobs, params, options)
  }

  /**
   * Get machine learning memory usage info
   * `GET /_ml/memory/_stats`
   * `GET /_ml/memory/{node_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-memory-stats
   */
  getMemoryStats<TResponse = unknown>(params: MlGetMemoryStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getMemoryStats<TResponse = unknown>(params?: MlGetMemoryStatsParams, options?: RequestOptions): Promise<TResponse>
  getMemoryStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_memory_stats, params, options)
  }

  /**
   * Get anomaly detection job model snapshot upgrade usage info
   * `GET /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-model-snapshot-upgrade-stats
   */
  getModelSnapshotUpgradeStats<TResponse = unknown>(params: MlGetModelSnapshotUpgradeStatsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getModelSnapshotUpgradeStats<TResponse = unknown>(params: MlGetModelSnapshotUpgradeStatsParams, options?: RequestOptions): Promise<TResponse>
  getModelSnapshotUpgradeStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_model_snapshot_upgrade_stats, params, options)
  }

  /**
   * Get model snapshots info
   * `GET|POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}`
   * `GET|POST /_ml/anomaly_detectors/{job_id}/model_snapshots`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-model-snapshots
   */
  getModelSnapshots<TResponse = unknown>(params: MlGetModelSnapshotsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getModelSnapshots<TResponse = unknown>(params: MlGetModelSnapshotsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getModelSnapshots(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_model_snapshots, params, options)
  }

  /**
   * Get overall bucket results
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/overall_buckets`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-overall-buckets
   */
  getOverallBuckets<TResponse = unknown>(params: MlGetOverallBucketsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getOverallBuckets<TResponse = unknown>(params: MlGetOverallBucketsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getOverallBuckets(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_overall_buckets, params, options)
  }

  /**
   * Get anomaly records for an anomaly detection job
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/records`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-records
   */
  getRecords<TResponse = unknown>(params: MlGetRecordsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRecords<TResponse = unknown>(params: MlGetRecordsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getRecords(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_records, params, options)
  }

  /**
   * Get trained model configuration info
   * `GET /_ml/trained_models/{model_id}`
   * `GET /_ml/trained_models`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-trained-models
   */
  getTrainedModels<TResponse = unknown>(params: MlGetTrainedModelsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTrainedModels<TResponse = unknown>(params?: MlGetTrainedModelsParams, options?: RequestOptions): Promise<TResponse>
  getTrainedModels(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_trained_models, params, options)
  }

  /**
   * Get trained models usage info
   * `GET /_ml/trained_models/{model_id}/_stats`
   * `GET /_ml/trained_models/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-trained-models-stats
   */
  getTrainedModelsStats<TResponse = unknown>(params: MlGetTrainedModelsStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTrainedModelsStats<TResponse = unknown>(params?: MlGetTrainedModelsStatsParams, options?: RequestOptions): Promise<TResponse>
  getTrainedModelsStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_trained_models_stats, params, options)
  }

  /**
   * Evaluate a trained model
   * `POST /_ml/trained_models/{model_id}/_infer`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-infer-trained-model
   */
  inferTrainedModel<TResponse = unknown>(params: MlInferTrainedModelParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  inferTrainedModel<TResponse = unknown>(params: MlInferTrainedModelParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  inferTrainedModel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.infer_trained_model, params, options)
  }

  /**
   * Get machine learning information
   * `GET /_ml/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-info
   */
  info<TResponse = unknown>(params: MlInfoParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  info<TResponse = unknown>(params?: MlInfoParams, options?: RequestOptions): Promise<TResponse>
  info(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.info, params, options)
  }

  /**
   * Open anomaly detection jobs
   * `POST /_ml/anomaly_detectors/{job_id}/_open`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-open-job
   */
  openJob<TResponse = unknown>(params: MlOpenJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  openJob<TResponse = unknown>(params: MlOpenJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  openJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.open_job, params, options)
  }

  /**
   * Add scheduled events to the calendar
   * `POST /_ml/calendars/{calendar_id}/events`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-post-calendar-events
   */
  postCalendarEvents<TResponse = unknown>(params: MlPostCalendarEventsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  postCalendarEvents<TResponse = unknown>(params: MlPostCalendarEventsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  postCalendarEvents(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_calendar_events, params, options)
  }

  /**
   * Send data to an anomaly detection job for analysis
   * `POST /_ml/anomaly_detectors/{job_id}/_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-post-data
   * @deprecated Posting data directly to anomaly detection jobs is deprecated, in a future major version a datafeed will be required.
   */
  postData<TResponse = unknown>(params: MlPostDataParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  postData<TResponse = unknown>(params: MlPostDataParams, options?: RequestOptions): Promise<TResponse>
  postData(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_data, params, options)
  }

  /**
   * Preview features used by data frame analytics
   * `GET|POST /_ml/data_frame/analytics/_preview`
   * `GET|POST /_ml/data_frame/analytics/{id}/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-preview-data-frame-analytics
   */
  previewDataFrameAnalytics<TResponse = unknown>(params: MlPreviewDataFrameAnalyticsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  previewDataFrameAnalytics<TResponse = unknown>(params?: MlPreviewDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  previewDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.preview_data_frame_analytics, params, options)
  }

  /**
   * Preview a datafeed
   * `GET|POST /_ml/datafeeds/{datafeed_id}/_preview`
   * `GET|POST /_ml/datafeeds/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-preview-datafeed
   */
  previewDatafeed<TResponse = unknown>(params: MlPreviewDatafeedParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  previewDatafeed<TResponse = unknown>(params?: MlPreviewDatafeedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  previewDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.preview_datafeed, params, options)
  }

  /**
   * Create a calendar
   * `PUT /_ml/calendars/{calendar_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-calendar
   */
  putCalendar<TResponse = unknown>(params: MlPutCalendarParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putCalendar<TResponse = unknown>(params: MlPutCalendarParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putCalendar(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_calendar, params, options)
  }

  /**
   * Add anomaly detection job to calendar
   * `PUT /_ml/calendars/{calendar_id}/jobs/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-calendar-job
   */
  putCalendarJob<TResponse = unknown>(params: MlPutCalendarJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  putCalendarJob<TResponse = unknown>(params: MlPutCalendarJobParams, options?: RequestOptions): Promise<TResponse>
  putCalendarJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_calendar_job, params, options)
  }

  /**
   * Create a data frame analytics job
   * `PUT /_ml/data_frame/analytics/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-data-frame-analytics
   */
  putDataFrameAnalytics<TResponse = unknown>(params: MlPutDataFrameAnalyticsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataFrameAnalytics<TResponse = unknown>(params: MlPutDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_frame_analytics, params, options)
  }

  /**
   * Create a datafeed
   * `PUT /_ml/datafeeds/{datafeed_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-datafeed
   */
  putDatafeed<TResponse = unknown>(params: MlPutDatafeedParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDatafeed<TResponse = unknown>(params: MlPutDatafeedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_datafeed, params, options)
  }

  /**
   * Create a filter
   * `PUT /_ml/filters/{filter_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-filter
   */
  putFilter<TResponse = unknown>(params: MlPutFilterParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putFilter<TResponse = unknown>(params: MlPutFilterParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putFilter(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_filter, params, options)
  }

  /**
   * Create an anomaly detection job
   * `PUT /_ml/anomaly_detectors/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-job
   */
  putJob<TResponse = unknown>(params: MlPutJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putJob<TResponse = unknown>(params: MlPutJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_job, params, options)
  }

  /**
   * Create a trained model
   * `PUT /_ml/trained_models/{model_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model
   */
  putTrainedModel<TResponse = unknown>(params: MlPutTrainedModelParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTrainedModel<TResponse = unknown>(params: MlPutTrainedModelParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putTrainedModel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_trained_model, params, options)
  }

  /**
   * Create or update a trained model alias
   * `PUT /_ml/trained_models/{model_id}/model_aliases/{model_alias}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-alias
   */
  putTrainedModelAlias<TResponse = unknown>(params: MlPutTrainedModelAliasParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTrainedModelAlias<TResponse = unknown>(params: MlPutTrainedModelAliasParams, options?: RequestOptions): Promise<TResponse>
  putTrainedModelAlias(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_trained_model_alias, params, options)
  }

  /**
   * Create part of a trained model definition
   * `PUT /_ml/trained_models/{model_id}/definition/{part}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-definition-part
   */
  putTrainedModelDefinitionPart<TResponse = unknown>(params: MlPutTrainedModelDefinitionPartParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTrainedModelDefinitionPart<TResponse = unknown>(params: MlPutTrainedModelDefinitionPartParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putTrainedModelDefinitionPart(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_trained_model_definition_part, params, options)
  }

  /**
   * Create a trained model vocabulary
   * `PUT /_ml/trained_models/{model_id}/vocabulary`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-vocabulary
   */
  putTrainedModelVocabulary<TResponse = unknown>(params: MlPutTrainedModelVocabularyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putTrainedModelVocabulary<TResponse = unknown>(params: MlPutTrainedModelVocabularyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putTrainedModelVocabulary(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_trained_model_vocabulary, params, options)
  }

  /**
   * Reset an anomaly detection job
   * `POST /_ml/anomaly_detectors/{job_id}/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-reset-job
   */
  resetJob<TResponse = unknown>(params: MlResetJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  resetJob<TResponse = unknown>(params: MlResetJobParams, options?: RequestOptions): Promise<TResponse>
  resetJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reset_job, params, options)
  }

  /**
   * Revert to a snapshot
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_revert`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-revert-model-snapshot
   */
  revertModelSnapshot<TResponse = unknown>(params: MlRevertModelSnapshotParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  revertModelSnapshot<TResponse = unknown>(params: MlRevertModelSnapshotParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  revertModelSnapshot(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.revert_model_snapshot, params, options)
  }

  /**
   * Set upgrade_mode for ML indices
   * `POST /_ml/set_upgrade_mode`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-set-upgrade-mode
   */
  setUpgradeMode<TResponse = unknown>(params: MlSetUpgradeModeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  setUpgradeMode<TResponse = unknown>(params?: MlSetUpgradeModeParams, options?: RequestOptions): Promise<TResponse>
  setUpgradeMode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.set_upgrade_mode, params, options)
  }

  /**
   * Start a data frame analytics job
   * `POST /_ml/data_frame/analytics/{id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-data-frame-analytics
   */
  startDataFrameAnalytics<TResponse = unknown>(params: MlStartDataFrameAnalyticsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  startDataFrameAnalytics<TResponse = unknown>(params: MlStartDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  startDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start_data_frame_analytics, params, options)
  }

  /**
   * Start datafeeds
   * `POST /_ml/datafeeds/{datafeed_id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-datafeed
   */
  startDatafeed<TResponse = unknown>(params: MlStartDatafeedParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  startDatafeed<TResponse = unknown>(params: MlStartDatafeedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  startDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start_datafeed, params, options)
  }

  /**
   * Start a trained model deployment
   * `POST /_ml/trained_models/{model_id}/deployment/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-trained-model-deployment
   */
  startTrainedModelDeployment<TResponse = unknown>(params: MlStartTrainedModelDeploymentParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  startTrainedModelDeployment<TResponse = unknown>(params: MlStartTrainedModelDeploymentParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  startTrainedModelDeployment(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start_trained_model_deployment, params, options)
  }

  /**
   * Stop data frame analytics jobs
   * `POST /_ml/data_frame/analytics/{id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-data-frame-analytics
   */
  stopDataFrameAnalytics<TResponse = unknown>(params: MlStopDataFrameAnalyticsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  stopDataFrameAnalytics<TResponse = unknown>(params: MlStopDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  stopDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop_data_frame_analytics, params, options)
  }

  /**
   * Stop datafeeds
   * `POST /_ml/datafeeds/{datafeed_id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-datafeed
   */
  stopDatafeed<TResponse = unknown>(params: MlStopDatafeedParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  stopDatafeed<TResponse = unknown>(params: MlStopDatafeedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  stopDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop_datafeed, params, options)
  }

  /**
   * Stop a trained model deployment
   * `POST /_ml/trained_models/{model_id}/deployment/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-trained-model-deployment
   */
  stopTrainedModelDeployment<TResponse = unknown>(params: MlStopTrainedModelDeploymentParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  stopTrainedModelDeployment<TResponse = unknown>(params: MlStopTrainedModelDeploymentParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  stopTrainedModelDeployment(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop_trained_model_deployment, params, options)
  }

  /**
   * Update a data frame analytics job
   * `POST /_ml/data_frame/analytics/{id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-data-frame-analytics
   */
  updateDataFrameAnalytics<TResponse = unknown>(params: MlUpdateDataFrameAnalyticsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateDataFrameAnalytics<TResponse = unknown>(params: MlUpdateDataFrameAnalyticsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateDataFrameAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_data_frame_analytics, params, options)
  }

  /**
   * Update a datafeed
   * `POST /_ml/datafeeds/{datafeed_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-datafeed
   */
  updateDatafeed<TResponse = unknown>(params: MlUpdateDatafeedParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateDatafeed<TResponse = unknown>(params: MlUpdateDatafeedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateDatafeed(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_datafeed, params, options)
  }

  /**
   * Update a filter
   * `POST /_ml/filters/{filter_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-filter
   */
  updateFilter<TResponse = unknown>(params: MlUpdateFilterParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateFilter<TResponse = unknown>(params: MlUpdateFilterParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateFilter(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_filter, params, options)
  }

  /**
   * Update an anomaly detection job
   * `POST /_ml/anomaly_detectors/{job_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-job
   */
  updateJob<TResponse = unknown>(params: MlUpdateJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateJob<TResponse = unknown>(params: MlUpdateJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_job, params, options)
  }

  /**
   * Update a snapshot
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-model-snapshot
   */
  updateModelSnapshot<TResponse = unknown>(params: MlUpdateModelSnapshotParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateModelSnapshot<TResponse = unknown>(params: MlUpdateModelSnapshotParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateModelSnapshot(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_model_snapshot, params, options)
  }

  /**
   * Update a trained model deployment
   * `POST /_ml/trained_models/{model_id}/deployment/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-trained-model-deployment
   */
  updateTrainedModelDeployment<TResponse = unknown>(params: MlUpdateTrainedModelDeploymentParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateTrainedModelDeployment<TResponse = unknown>(params: MlUpdateTrainedModelDeploymentParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateTrainedModelDeployment(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_trained_model_deployment, params, options)
  }

  /**
   * Upgrade a snapshot
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-upgrade-job-snapshot
   */
  upgradeJobSnapshot<TResponse = unknown>(params: MlUpgradeJobSnapshotParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  upgradeJobSnapshot<TResponse = unknown>(params: MlUpgradeJobSnapshotParams, options?: RequestOptions): Promise<TResponse>
  upgradeJobSnapshot(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.upgrade_job_snapshot, params, options)
  }

  /**
   * Validate an anomaly detection job
   * `POST /_ml/anomaly_detectors/_validate`
   * @see https://www.elastic.co/guide/en/machine-learning/current/ml-jobs.html
   */
  validate<TResponse = unknown>(params: MlValidateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  validate<TResponse = unknown>(params: MlValidateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  validate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.validate, params, options)
  }

  /**
   * Validate an anomaly detection job
   * `POST /_ml/anomaly_detectors/_validate/detector`
   */
  validateDetector<TResponse = unknown>(params: MlValidateDetectorParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  validateDetector<TResponse = unknown>(params: MlValidateDetectorParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  validateDetector(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.validate_detector, params, options)
  }
}
