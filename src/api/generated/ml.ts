// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, Ndjson, OptionalCall, RequestOptions } from '../types.js'
import type { MlClearTrainedModelDeploymentCacheRequest, MlClearTrainedModelDeploymentCacheResponse, MlCloseJobRequest, MlCloseJobResponse, MlDeleteCalendarEventRequest, MlDeleteCalendarEventResponse, MlDeleteCalendarJobRequest, MlDeleteCalendarJobResponse, MlDeleteCalendarRequest, MlDeleteCalendarResponse, MlDeleteDataFrameAnalyticsRequest, MlDeleteDataFrameAnalyticsResponse, MlDeleteDatafeedRequest, MlDeleteDatafeedResponse, MlDeleteExpiredDataRequest, MlDeleteExpiredDataResponse, MlDeleteFilterRequest, MlDeleteFilterResponse, MlDeleteForecastRequest, MlDeleteForecastResponse, MlDeleteJobRequest, MlDeleteJobResponse, MlDeleteModelSnapshotRequest, MlDeleteModelSnapshotResponse, MlDeleteTrainedModelAliasRequest, MlDeleteTrainedModelAliasResponse, MlDeleteTrainedModelRequest, MlDeleteTrainedModelResponse, MlEstimateModelMemoryRequest, MlEstimateModelMemoryResponse, MlEvaluateDataFrameRequest, MlEvaluateDataFrameResponse, MlExplainDataFrameAnalyticsRequest, MlExplainDataFrameAnalyticsResponse, MlFlushJobRequest, MlFlushJobResponse, MlForecastRequest, MlForecastResponse, MlGetBucketsRequest, MlGetBucketsResponse, MlGetCalendarEventsRequest, MlGetCalendarEventsResponse, MlGetCalendarsRequest, MlGetCalendarsResponse, MlGetCategoriesRequest, MlGetCategoriesResponse, MlGetDataFrameAnalyticsRequest, MlGetDataFrameAnalyticsResponse, MlGetDataFrameAnalyticsStatsRequest, MlGetDataFrameAnalyticsStatsResponse, MlGetDatafeedStatsRequest, MlGetDatafeedStatsResponse, MlGetDatafeedsRequest, MlGetDatafeedsResponse, MlGetFiltersRequest, MlGetFiltersResponse, MlGetInfluencersRequest, MlGetInfluencersResponse, MlGetJobStatsRequest, MlGetJobStatsResponse, MlGetJobsRequest, MlGetJobsResponse, MlGetMemoryStatsRequest, MlGetMemoryStatsResponse, MlGetModelSnapshotUpgradeStatsRequest, MlGetModelSnapshotUpgradeStatsResponse, MlGetModelSnapshotsRequest, MlGetModelSnapshotsResponse, MlGetOverallBucketsRequest, MlGetOverallBucketsResponse, MlGetRecordsRequest, MlGetRecordsResponse, MlGetTrainedModelsRequest, MlGetTrainedModelsResponse, MlGetTrainedModelsStatsRequest, MlGetTrainedModelsStatsResponse, MlInferTrainedModelRequest, MlInferTrainedModelResponse, MlInfoRequest, MlInfoResponse, MlOpenJobRequest, MlOpenJobResponse, MlPostCalendarEventsRequest, MlPostCalendarEventsResponse, MlPostDataRequest, MlPostDataResponse, MlPreviewDataFrameAnalyticsRequest, MlPreviewDataFrameAnalyticsResponse, MlPreviewDatafeedRequest, MlPreviewDatafeedResponse, MlPutCalendarJobRequest, MlPutCalendarJobResponse, MlPutCalendarRequest, MlPutCalendarResponse, MlPutDataFrameAnalyticsRequest, MlPutDataFrameAnalyticsResponse, MlPutDatafeedRequest, MlPutDatafeedResponse, MlPutFilterRequest, MlPutFilterResponse, MlPutJobRequest, MlPutJobResponse, MlPutTrainedModelAliasRequest, MlPutTrainedModelAliasResponse, MlPutTrainedModelDefinitionPartRequest, MlPutTrainedModelDefinitionPartResponse, MlPutTrainedModelRequest, MlPutTrainedModelResponse, MlPutTrainedModelVocabularyRequest, MlPutTrainedModelVocabularyResponse, MlResetJobRequest, MlResetJobResponse, MlRevertModelSnapshotRequest, MlRevertModelSnapshotResponse, MlSetUpgradeModeRequest, MlSetUpgradeModeResponse, MlStartDataFrameAnalyticsRequest, MlStartDataFrameAnalyticsResponse, MlStartDatafeedRequest, MlStartDatafeedResponse, MlStartTrainedModelDeploymentRequest, MlStartTrainedModelDeploymentResponse, MlStopDataFrameAnalyticsRequest, MlStopDataFrameAnalyticsResponse, MlStopDatafeedRequest, MlStopDatafeedResponse, MlStopTrainedModelDeploymentRequest, MlStopTrainedModelDeploymentResponse, MlUpdateDataFrameAnalyticsRequest, MlUpdateDataFrameAnalyticsResponse, MlUpdateDatafeedRequest, MlUpdateDatafeedResponse, MlUpdateFilterRequest, MlUpdateFilterResponse, MlUpdateJobRequest, MlUpdateJobResponse, MlUpdateModelSnapshotRequest, MlUpdateModelSnapshotResponse, MlUpdateTrainedModelDeploymentRequest, MlUpdateTrainedModelDeploymentResponse, MlUpgradeJobSnapshotRequest, MlUpgradeJobSnapshotResponse, MlValidateDetectorRequest, MlValidateDetectorResponse, MlValidateRequest, MlValidateResponse } from '../types/index.js'

/** The `ml` endpoints, by method name. */
export const endpoints = endpointTable({
  clearTrainedModelDeploymentCache: ['ml.clear_trained_model_deployment_cache', 'POST /_ml/trained_models/{model_id}/deployment/cache/_clear', '', 'none'],
  closeJob: ['ml.close_job', 'POST /_ml/anomaly_detectors/{job_id}/_close', 'allow_no_match force timeout', 'fields allow_no_match force timeout'],
  deleteCalendar: ['ml.delete_calendar', 'DELETE /_ml/calendars/{calendar_id}', '', 'none'],
  deleteCalendarEvent: ['ml.delete_calendar_event', 'DELETE /_ml/calendars/{calendar_id}/events/{event_id}', '', 'none'],
  deleteCalendarJob: ['ml.delete_calendar_job', 'DELETE /_ml/calendars/{calendar_id}/jobs/{job_id}', '', 'none'],
  deleteDataFrameAnalytics: ['ml.delete_data_frame_analytics', 'DELETE /_ml/data_frame/analytics/{id}', 'force timeout', 'none'],
  deleteDatafeed: ['ml.delete_datafeed', 'DELETE /_ml/datafeeds/{datafeed_id}', 'force', 'none'],
  deleteExpiredData: ['ml.delete_expired_data', 'DELETE /_ml/_delete_expired_data/{job_id}|DELETE /_ml/_delete_expired_data', 'requests_per_second timeout', 'fields requests_per_second timeout'],
  deleteFilter: ['ml.delete_filter', 'DELETE /_ml/filters/{filter_id}', '', 'none'],
  deleteForecast: ['ml.delete_forecast', 'DELETE /_ml/anomaly_detectors/{job_id}/_forecast/{forecast_id}|DELETE /_ml/anomaly_detectors/{job_id}/_forecast', 'allow_no_forecasts timeout', 'none'],
  deleteJob: ['ml.delete_job', 'DELETE /_ml/anomaly_detectors/{job_id}', 'force delete_user_annotations wait_for_completion', 'none'],
  deleteModelSnapshot: ['ml.delete_model_snapshot', 'DELETE /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}', '', 'none'],
  deleteTrainedModel: ['ml.delete_trained_model', 'DELETE /_ml/trained_models/{model_id}', 'force timeout', 'none'],
  deleteTrainedModelAlias: ['ml.delete_trained_model_alias', 'DELETE /_ml/trained_models/{model_id}/model_aliases/{model_alias}', '', 'none'],
  estimateModelMemory: ['ml.estimate_model_memory', 'POST /_ml/anomaly_detectors/_estimate_model_memory', '', 'fields analysis_config max_bucket_cardinality overall_cardinality'],
  evaluateDataFrame: ['ml.evaluate_data_frame', 'POST /_ml/data_frame/_evaluate', '', 'fields evaluation index query'],
  explainDataFrameAnalytics: ['ml.explain_data_frame_analytics', 'GET,POST /_ml/data_frame/analytics/{id}/_explain|GET,POST /_ml/data_frame/analytics/_explain', '', 'fields source dest analysis description model_memory_limit max_num_threads analyzed_fields allow_lazy_start'],
  flushJob: ['ml.flush_job', 'POST /_ml/anomaly_detectors/{job_id}/_flush', 'advance_time calc_interim end skip_time start', 'fields advance_time calc_interim end skip_time start'],
  forecast: ['ml.forecast', 'POST /_ml/anomaly_detectors/{job_id}/_forecast', 'duration expires_in max_model_memory', 'fields duration expires_in max_model_memory'],
  getBuckets: ['ml.get_buckets', 'GET,POST /_ml/anomaly_detectors/{job_id}/results/buckets/{timestamp}|GET,POST /_ml/anomaly_detectors/{job_id}/results/buckets', 'anomaly_score desc end exclude_interim expand from size sort start', 'fields anomaly_score desc end exclude_interim expand page sort start'],
  getCalendarEvents: ['ml.get_calendar_events', 'GET /_ml/calendars/{calendar_id}/events', 'end from job_id size start', 'none'],
  getCalendars: ['ml.get_calendars', 'GET,POST /_ml/calendars/{calendar_id}|GET,POST /_ml/calendars', 'from size', 'fields page'],
  getCategories: ['ml.get_categories', 'GET,POST /_ml/anomaly_detectors/{job_id}/results/categories/{category_id}|GET,POST /_ml/anomaly_detectors/{job_id}/results/categories', 'from partition_field_value size', 'fields page'],
  getDataFrameAnalytics: ['ml.get_data_frame_analytics', 'GET /_ml/data_frame/analytics/{id}|GET /_ml/data_frame/analytics', 'allow_no_match from size exclude_generated', 'none'],
  getDataFrameAnalyticsStats: ['ml.get_data_frame_analytics_stats', 'GET /_ml/data_frame/analytics/{id}/_stats|GET /_ml/data_frame/analytics/_stats', 'allow_no_match from size verbose', 'none'],
  getDatafeedStats: ['ml.get_datafeed_stats', 'GET /_ml/datafeeds/{datafeed_id}/_stats|GET /_ml/datafeeds/_stats', 'allow_no_match', 'none'],
  getDatafeeds: ['ml.get_datafeeds', 'GET /_ml/datafeeds/{datafeed_id}|GET /_ml/datafeeds', 'allow_no_match exclude_generated', 'none'],
  getFilters: ['ml.get_filters', 'GET /_ml/filters/{filter_id}|GET /_ml/filters', 'from size', 'none'],
  getInfluencers: ['ml.get_influencers', 'GET,POST /_ml/anomaly_detectors/{job_id}/results/influencers', 'desc end exclude_interim influencer_score from size sort start', 'fields page'],
  getJobStats: ['ml.get_job_stats', 'GET /_ml/anomaly_detectors/{job_id}/_stats|GET /_ml/anomaly_detectors/_stats', 'allow_no_match', 'none'],
  getJobs: ['ml.get_jobs', 'GET /_ml/anomaly_detectors/{job_id}|GET /_ml/anomaly_detectors', 'allow_no_match exclude_generated', 'none'],
  getMemoryStats: ['ml.get_memory_stats', 'GET /_ml/memory/{node_id}/_stats|GET /_ml/memory/_stats', 'master_timeout timeout', 'none'],
  getModelSnapshotUpgradeStats: ['ml.get_model_snapshot_upgrade_stats', 'GET /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade/_stats', 'allow_no_match', 'none'],
  getModelSnapshots: ['ml.get_model_snapshots', 'GET,POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}|GET,POST /_ml/anomaly_detectors/{job_id}/model_snapshots', 'desc end from size sort start', 'fields desc end page sort start'],
  getOverallBuckets: ['ml.get_overall_buckets', 'GET,POST /_ml/anomaly_detectors/{job_id}/results/overall_buckets', 'allow_no_match bucket_span end exclude_interim overall_score start top_n', 'fields allow_no_match bucket_span end exclude_interim overall_score start top_n'],
  getRecords: ['ml.get_records', 'GET,POST /_ml/anomaly_detectors/{job_id}/results/records', 'desc end exclude_interim from record_score size sort start', 'fields desc end exclude_interim page record_score sort start'],
  getTrainedModels: ['ml.get_trained_models', 'GET /_ml/trained_models/{model_id}|GET /_ml/trained_models', 'allow_no_match decompress_definition exclude_generated from include size tags', 'none'],
  getTrainedModelsStats: ['ml.get_trained_models_stats', 'GET /_ml/trained_models/{model_id}/_stats|GET /_ml/trained_models/_stats', 'allow_no_match from size', 'none'],
  inferTrainedModel: ['ml.infer_trained_model', 'POST /_ml/trained_models/{model_id}/_infer', 'timeout', 'fields docs inference_config'],
  info: ['ml.info', 'GET /_ml/info', '', 'none'],
  openJob: ['ml.open_job', 'POST /_ml/anomaly_detectors/{job_id}/_open', 'timeout', 'fields timeout'],
  postCalendarEvents: ['ml.post_calendar_events', 'POST /_ml/calendars/{calendar_id}/events', '', 'fields events'],
  postData: ['ml.post_data', 'POST /_ml/anomaly_detectors/{job_id}/_data', 'reset_end reset_start', 'ndjson data'],
  previewDataFrameAnalytics: ['ml.preview_data_frame_analytics', 'GET,POST /_ml/data_frame/analytics/{id}/_preview|GET,POST /_ml/data_frame/analytics/_preview', '', 'fields config'],
  previewDatafeed: ['ml.preview_datafeed', 'GET,POST /_ml/datafeeds/{datafeed_id}/_preview|GET,POST /_ml/datafeeds/_preview', 'start end', 'fields datafeed_config job_config'],
  putCalendar: ['ml.put_calendar', 'PUT /_ml/calendars/{calendar_id}', '', 'fields job_ids description'],
  putCalendarJob: ['ml.put_calendar_job', 'PUT /_ml/calendars/{calendar_id}/jobs/{job_id}', '', 'none'],
  putDataFrameAnalytics: ['ml.put_data_frame_analytics', 'PUT /_ml/data_frame/analytics/{id}', '', 'fields allow_lazy_start analysis analyzed_fields description dest max_num_threads _meta model_memory_limit source headers version'],
  putDatafeed: ['ml.put_datafeed', 'PUT /_ml/datafeeds/{datafeed_id}', 'allow_no_indices expand_wildcards ignore_throttled ignore_unavailable', 'fields aggregations aggs chunking_config delayed_data_check_config frequency indices indexes indices_options job_id max_empty_searches query query_delay runtime_mappings script_fields scroll_size headers'],
  putFilter: ['ml.put_filter', 'PUT /_ml/filters/{filter_id}', '', 'fields description items'],
  putJob: ['ml.put_job', 'PUT /_ml/anomaly_detectors/{job_id}', 'allow_no_indices expand_wildcards ignore_throttled ignore_unavailable', 'fields allow_lazy_open analysis_config analysis_limits background_persist_interval custom_settings daily_model_snapshot_retention_after_days data_description datafeed_config description groups model_plot_config model_snapshot_retention_days renormalization_window_days results_index_name results_retention_days'],
  putTrainedModel: ['ml.put_trained_model', 'PUT /_ml/trained_models/{model_id}', 'defer_definition_decompression wait_for_completion', 'fields compressed_definition definition description inference_config input metadata model_type model_size_bytes platform_architecture tags prefix_strings'],
  putTrainedModelAlias: ['ml.put_trained_model_alias', 'PUT /_ml/trained_models/{model_id}/model_aliases/{model_alias}', 'reassign', 'none'],
  putTrainedModelDefinitionPart: ['ml.put_trained_model_definition_part', 'PUT /_ml/trained_models/{model_id}/definition/{part}', '', 'fields definition total_definition_length total_parts'],
  putTrainedModelVocabulary: ['ml.put_trained_model_vocabulary', 'PUT /_ml/trained_models/{model_id}/vocabulary', '', 'fields vocabulary merges scores'],
  resetJob: ['ml.reset_job', 'POST /_ml/anomaly_detectors/{job_id}/_reset', 'wait_for_completion delete_user_annotations', 'none'],
  revertModelSnapshot: ['ml.revert_model_snapshot', 'POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_revert', 'delete_intervening_results', 'fields delete_intervening_results'],
  setUpgradeMode: ['ml.set_upgrade_mode', 'POST /_ml/set_upgrade_mode', 'enabled timeout', 'none'],
  startDataFrameAnalytics: ['ml.start_data_frame_analytics', 'POST /_ml/data_frame/analytics/{id}/_start', 'timeout', 'fields timeout'],
  startDatafeed: ['ml.start_datafeed', 'POST /_ml/datafeeds/{datafeed_id}/_start', 'end start timeout', 'fields end start timeout'],
  startTrainedModelDeployment: ['ml.start_trained_model_deployment', 'POST /_ml/trained_models/{model_id}/deployment/_start', 'cache_size deployment_id number_of_allocations priority queue_capacity threads_per_allocation timeout wait_for', 'fields adaptive_allocations'],
  stopDataFrameAnalytics: ['ml.stop_data_frame_analytics', 'POST /_ml/data_frame/analytics/{id}/_stop', 'allow_no_match force timeout', 'fields allow_no_match force timeout'],
  stopDatafeed: ['ml.stop_datafeed', 'POST /_ml/datafeeds/{datafeed_id}/_stop', 'allow_no_match force timeout close_job', 'fields allow_no_match force timeout close_job'],
  stopTrainedModelDeployment: ['ml.stop_trained_model_deployment', 'POST /_ml/trained_models/{model_id}/deployment/_stop', 'allow_no_match force', 'fields id allow_no_match force'],
  updateDataFrameAnalytics: ['ml.update_data_frame_analytics', 'POST /_ml/data_frame/analytics/{id}/_update', '', 'fields description model_memory_limit max_num_threads allow_lazy_start'],
  updateDatafeed: ['ml.update_datafeed', 'POST /_ml/datafeeds/{datafeed_id}/_update', 'allow_no_indices expand_wildcards ignore_throttled ignore_unavailable', 'fields aggregations chunking_config delayed_data_check_config frequency indices indexes indices_options job_id max_empty_searches query query_delay runtime_mappings script_fields scroll_size'],
  updateFilter: ['ml.update_filter', 'POST /_ml/filters/{filter_id}/_update', '', 'fields add_items description remove_items'],
  updateJob: ['ml.update_job', 'POST /_ml/anomaly_detectors/{job_id}/_update', '', 'fields allow_lazy_open analysis_limits background_persist_interval custom_settings categorization_filters description model_plot_config model_prune_window daily_model_snapshot_retention_after_days model_snapshot_retention_days renormalization_window_days results_retention_days groups detectors per_partition_categorization'],
  updateModelSnapshot: ['ml.update_model_snapshot', 'POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_update', '', 'fields description retain'],
  updateTrainedModelDeployment: ['ml.update_trained_model_deployment', 'POST /_ml/trained_models/{model_id}/deployment/_update', 'number_of_allocations', 'fields number_of_allocations adaptive_allocations'],
  upgradeJobSnapshot: ['ml.upgrade_job_snapshot', 'POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade', 'wait_for_completion timeout', 'none'],
  validate: ['ml.validate', 'POST /_ml/anomaly_detectors/_validate', '', 'fields job_id analysis_config analysis_limits data_description description model_plot model_snapshot_id model_snapshot_retention_days results_index_name'],
  validateDetector: ['ml.validate_detector', 'POST /_ml/anomaly_detectors/_validate/detector', '', 'value detector'],
})

/** The `ml` APIs, reached as `client.ml`. */
export class MlApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Clear trained model deployment cache.
   * `POST /_ml/trained_models/{model_id}/deployment/cache/_clear`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-clear-trained-model-deployment-cache
   */
  declare clearTrainedModelDeploymentCache: Call<MlClearTrainedModelDeploymentCacheRequest, MlClearTrainedModelDeploymentCacheResponse>
  /**
   * Close anomaly detection jobs.
   * `POST /_ml/anomaly_detectors/{job_id}/_close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-close-job
   */
  declare closeJob: Call<MlCloseJobRequest, MlCloseJobResponse>
  /**
   * Delete a calendar.
   * `DELETE /_ml/calendars/{calendar_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar
   */
  declare deleteCalendar: Call<MlDeleteCalendarRequest, MlDeleteCalendarResponse>
  /**
   * Delete events from a calendar.
   * `DELETE /_ml/calendars/{calendar_id}/events/{event_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar-event
   */
  declare deleteCalendarEvent: Call<MlDeleteCalendarEventRequest, MlDeleteCalendarEventResponse>
  /**
   * Delete anomaly jobs from a calendar.
   * `DELETE /_ml/calendars/{calendar_id}/jobs/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-calendar-job
   */
  declare deleteCalendarJob: Call<MlDeleteCalendarJobRequest, MlDeleteCalendarJobResponse>
  /**
   * Delete a data frame analytics job.
   * `DELETE /_ml/data_frame/analytics/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-data-frame-analytics
   */
  declare deleteDataFrameAnalytics: Call<MlDeleteDataFrameAnalyticsRequest, MlDeleteDataFrameAnalyticsResponse>
  /**
   * Delete a datafeed.
   * `DELETE /_ml/datafeeds/{datafeed_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-datafeed
   */
  declare deleteDatafeed: Call<MlDeleteDatafeedRequest, MlDeleteDatafeedResponse>
  /**
   * Delete expired ML data.
   * `DELETE /_ml/_delete_expired_data/{job_id}`, `DELETE /_ml/_delete_expired_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-expired-data
   */
  declare deleteExpiredData: OptionalCall<MlDeleteExpiredDataRequest, MlDeleteExpiredDataResponse>
  /**
   * Delete a filter.
   * `DELETE /_ml/filters/{filter_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-filter
   */
  declare deleteFilter: Call<MlDeleteFilterRequest, MlDeleteFilterResponse>
  /**
   * Delete forecasts from a job.
   * `DELETE /_ml/anomaly_detectors/{job_id}/_forecast/{forecast_id}`, `DELETE /_ml/anomaly_detectors/{job_id}/_forecast`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-forecast
   */
  declare deleteForecast: Call<MlDeleteForecastRequest, MlDeleteForecastResponse>
  /**
   * Delete an anomaly detection job.
   * `DELETE /_ml/anomaly_detectors/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-job
   */
  declare deleteJob: Call<MlDeleteJobRequest, MlDeleteJobResponse>
  /**
   * Delete a model snapshot.
   * `DELETE /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-model-snapshot
   */
  declare deleteModelSnapshot: Call<MlDeleteModelSnapshotRequest, MlDeleteModelSnapshotResponse>
  /**
   * Delete an unreferenced trained model.
   * `DELETE /_ml/trained_models/{model_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-trained-model
   */
  declare deleteTrainedModel: Call<MlDeleteTrainedModelRequest, MlDeleteTrainedModelResponse>
  /**
   * Delete a trained model alias.
   * `DELETE /_ml/trained_models/{model_id}/model_aliases/{model_alias}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-delete-trained-model-alias
   */
  declare deleteTrainedModelAlias: Call<MlDeleteTrainedModelAliasRequest, MlDeleteTrainedModelAliasResponse>
  /**
   * Estimate job model memory usage.
   * `POST /_ml/anomaly_detectors/_estimate_model_memory`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-estimate-model-memory
   */
  declare estimateModelMemory: OptionalCall<MlEstimateModelMemoryRequest, MlEstimateModelMemoryResponse>
  /**
   * Evaluate data frame analytics.
   * `POST /_ml/data_frame/_evaluate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-evaluate-data-frame
   */
  declare evaluateDataFrame: Call<MlEvaluateDataFrameRequest, MlEvaluateDataFrameResponse>
  /**
   * Explain data frame analytics config.
   * `GET|POST /_ml/data_frame/analytics/{id}/_explain`, `GET|POST /_ml/data_frame/analytics/_explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-explain-data-frame-analytics
   */
  declare explainDataFrameAnalytics: OptionalCall<MlExplainDataFrameAnalyticsRequest, MlExplainDataFrameAnalyticsResponse>
  /**
   * Force buffered data to be processed.
   * `POST /_ml/anomaly_detectors/{job_id}/_flush`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-flush-job
   * @deprecated Forcing any buffered data to be processed is deprecated, in a future major version a datafeed will be required.
   */
  declare flushJob: Call<MlFlushJobRequest, MlFlushJobResponse>
  /**
   * Predict future behavior of a time series.
   * `POST /_ml/anomaly_detectors/{job_id}/_forecast`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-forecast
   */
  declare forecast: Call<MlForecastRequest, MlForecastResponse>
  /**
   * Get anomaly detection job results for buckets.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/buckets/{timestamp}`, `GET|POST /_ml/anomaly_detectors/{job_id}/results/buckets`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-buckets
   */
  declare getBuckets: Call<MlGetBucketsRequest, MlGetBucketsResponse>
  /**
   * Get info about events in calendars.
   * `GET /_ml/calendars/{calendar_id}/events`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-calendar-events
   */
  declare getCalendarEvents: Call<MlGetCalendarEventsRequest, MlGetCalendarEventsResponse>
  /**
   * Get calendar configuration info.
   * `GET|POST /_ml/calendars/{calendar_id}`, `GET|POST /_ml/calendars`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-calendars
   */
  declare getCalendars: OptionalCall<MlGetCalendarsRequest, MlGetCalendarsResponse>
  /**
   * Get anomaly detection job results for categories.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/categories/{category_id}`, `GET|POST /_ml/anomaly_detectors/{job_id}/results/categories`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-categories
   */
  declare getCategories: Call<MlGetCategoriesRequest, MlGetCategoriesResponse>
  /**
   * Get data frame analytics job configuration info.
   * `GET /_ml/data_frame/analytics/{id}`, `GET /_ml/data_frame/analytics`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-data-frame-analytics
   */
  declare getDataFrameAnalytics: OptionalCall<MlGetDataFrameAnalyticsRequest, MlGetDataFrameAnalyticsResponse>
  /**
   * Get data frame analytics job stats.
   * `GET /_ml/data_frame/analytics/{id}/_stats`, `GET /_ml/data_frame/analytics/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-data-frame-analytics-stats
   */
  declare getDataFrameAnalyticsStats: OptionalCall<MlGetDataFrameAnalyticsStatsRequest, MlGetDataFrameAnalyticsStatsResponse>
  /**
   * Get datafeed stats.
   * `GET /_ml/datafeeds/{datafeed_id}/_stats`, `GET /_ml/datafeeds/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-datafeed-stats
   */
  declare getDatafeedStats: OptionalCall<MlGetDatafeedStatsRequest, MlGetDatafeedStatsResponse>
  /**
   * Get datafeeds configuration info.
   * `GET /_ml/datafeeds/{datafeed_id}`, `GET /_ml/datafeeds`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-datafeeds
   */
  declare getDatafeeds: OptionalCall<MlGetDatafeedsRequest, MlGetDatafeedsResponse>
  /**
   * Get filters.
   * `GET /_ml/filters/{filter_id}`, `GET /_ml/filters`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-filters
   */
  declare getFilters: OptionalCall<MlGetFiltersRequest, MlGetFiltersResponse>
  /**
   * Get anomaly detection job results for influencers.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/influencers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-influencers
   */
  declare getInfluencers: Call<MlGetInfluencersRequest, MlGetInfluencersResponse>
  /**
   * Get anomaly detection job stats.
   * `GET /_ml/anomaly_detectors/{job_id}/_stats`, `GET /_ml/anomaly_detectors/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-job-stats
   */
  declare getJobStats: OptionalCall<MlGetJobStatsRequest, MlGetJobStatsResponse>
  /**
   * Get anomaly detection jobs configuration info.
   * `GET /_ml/anomaly_detectors/{job_id}`, `GET /_ml/anomaly_detectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-jobs
   */
  declare getJobs: OptionalCall<MlGetJobsRequest, MlGetJobsResponse>
  /**
   * Get machine learning memory usage info.
   * `GET /_ml/memory/{node_id}/_stats`, `GET /_ml/memory/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-memory-stats
   */
  declare getMemoryStats: OptionalCall<MlGetMemoryStatsRequest, MlGetMemoryStatsResponse>
  /**
   * Get anomaly detection job model snapshot upgrade usage info.
   * `GET /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-model-snapshot-upgrade-stats
   */
  declare getModelSnapshotUpgradeStats: Call<MlGetModelSnapshotUpgradeStatsRequest, MlGetModelSnapshotUpgradeStatsResponse>
  /**
   * Get model snapshots info.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}`, `GET|POST /_ml/anomaly_detectors/{job_id}/model_snapshots`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-model-snapshots
   */
  declare getModelSnapshots: Call<MlGetModelSnapshotsRequest, MlGetModelSnapshotsResponse>
  /**
   * Get overall bucket results.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/overall_buckets`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-overall-buckets
   */
  declare getOverallBuckets: Call<MlGetOverallBucketsRequest, MlGetOverallBucketsResponse>
  /**
   * Get anomaly records for an anomaly detection job.
   * `GET|POST /_ml/anomaly_detectors/{job_id}/results/records`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-records
   */
  declare getRecords: Call<MlGetRecordsRequest, MlGetRecordsResponse>
  /**
   * Get trained model configuration info.
   * `GET /_ml/trained_models/{model_id}`, `GET /_ml/trained_models`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-trained-models
   */
  declare getTrainedModels: OptionalCall<MlGetTrainedModelsRequest, MlGetTrainedModelsResponse>
  /**
   * Get trained models usage info.
   * `GET /_ml/trained_models/{model_id}/_stats`, `GET /_ml/trained_models/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-get-trained-models-stats
   */
  declare getTrainedModelsStats: OptionalCall<MlGetTrainedModelsStatsRequest, MlGetTrainedModelsStatsResponse>
  /**
   * Evaluate a trained model.
   * `POST /_ml/trained_models/{model_id}/_infer`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-infer-trained-model
   */
  declare inferTrainedModel: Call<MlInferTrainedModelRequest, MlInferTrainedModelResponse>
  /**
   * Get machine learning information.
   * `GET /_ml/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-info
   */
  declare info: OptionalCall<MlInfoRequest, MlInfoResponse>
  /**
   * Open anomaly detection jobs.
   * `POST /_ml/anomaly_detectors/{job_id}/_open`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-open-job
   */
  declare openJob: Call<MlOpenJobRequest, MlOpenJobResponse>
  /**
   * Add scheduled events to the calendar.
   * `POST /_ml/calendars/{calendar_id}/events`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-post-calendar-events
   */
  declare postCalendarEvents: Call<MlPostCalendarEventsRequest, MlPostCalendarEventsResponse>
  /**
   * Send data to an anomaly detection job for analysis.
   * `POST /_ml/anomaly_detectors/{job_id}/_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-post-data
   * @deprecated Posting data directly to anomaly detection jobs is deprecated, in a future major version a datafeed will be required.
   */
  declare postData: { <TData = unknown>(params: Ndjson<MlPostDataRequest<TData>, 'data'>, options: MetaOptions): Promise<TransportResult<MlPostDataResponse>>; <TData = unknown>(params: Ndjson<MlPostDataRequest<TData>, 'data'>, options?: RequestOptions): Promise<MlPostDataResponse> }
  /**
   * Preview features used by data frame analytics.
   * `GET|POST /_ml/data_frame/analytics/{id}/_preview`, `GET|POST /_ml/data_frame/analytics/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-preview-data-frame-analytics
   */
  declare previewDataFrameAnalytics: OptionalCall<MlPreviewDataFrameAnalyticsRequest, MlPreviewDataFrameAnalyticsResponse>
  /**
   * Preview a datafeed.
   * `GET|POST /_ml/datafeeds/{datafeed_id}/_preview`, `GET|POST /_ml/datafeeds/_preview`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-preview-datafeed
   */
  declare previewDatafeed: { <TDocument = unknown>(params: MlPreviewDatafeedRequest | undefined, options: MetaOptions): Promise<TransportResult<MlPreviewDatafeedResponse<TDocument>>>; <TDocument = unknown>(params?: MlPreviewDatafeedRequest, options?: RequestOptions): Promise<MlPreviewDatafeedResponse<TDocument>> }
  /**
   * Create a calendar.
   * `PUT /_ml/calendars/{calendar_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-calendar
   */
  declare putCalendar: Call<MlPutCalendarRequest, MlPutCalendarResponse>
  /**
   * Add anomaly detection job to calendar.
   * `PUT /_ml/calendars/{calendar_id}/jobs/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-calendar-job
   */
  declare putCalendarJob: Call<MlPutCalendarJobRequest, MlPutCalendarJobResponse>
  /**
   * Create a data frame analytics job.
   * `PUT /_ml/data_frame/analytics/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-data-frame-analytics
   */
  declare putDataFrameAnalytics: Call<MlPutDataFrameAnalyticsRequest, MlPutDataFrameAnalyticsResponse>
  /**
   * Create a datafeed.
   * `PUT /_ml/datafeeds/{datafeed_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-datafeed
   */
  declare putDatafeed: Call<MlPutDatafeedRequest, MlPutDatafeedResponse>
  /**
   * Create a filter.
   * `PUT /_ml/filters/{filter_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-filter
   */
  declare putFilter: Call<MlPutFilterRequest, MlPutFilterResponse>
  /**
   * Create an anomaly detection job.
   * `PUT /_ml/anomaly_detectors/{job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-job
   */
  declare putJob: Call<MlPutJobRequest, MlPutJobResponse>
  /**
   * Create a trained model.
   * `PUT /_ml/trained_models/{model_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model
   */
  declare putTrainedModel: Call<MlPutTrainedModelRequest, MlPutTrainedModelResponse>
  /**
   * Create or update a trained model alias.
   * `PUT /_ml/trained_models/{model_id}/model_aliases/{model_alias}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-alias
   */
  declare putTrainedModelAlias: Call<MlPutTrainedModelAliasRequest, MlPutTrainedModelAliasResponse>
  /**
   * Create part of a trained model definition.
   * `PUT /_ml/trained_models/{model_id}/definition/{part}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-definition-part
   */
  declare putTrainedModelDefinitionPart: Call<MlPutTrainedModelDefinitionPartRequest, MlPutTrainedModelDefinitionPartResponse>
  /**
   * Create a trained model vocabulary.
   * `PUT /_ml/trained_models/{model_id}/vocabulary`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-put-trained-model-vocabulary
   */
  declare putTrainedModelVocabulary: Call<MlPutTrainedModelVocabularyRequest, MlPutTrainedModelVocabularyResponse>
  /**
   * Reset an anomaly detection job.
   * `POST /_ml/anomaly_detectors/{job_id}/_reset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-reset-job
   */
  declare resetJob: Call<MlResetJobRequest, MlResetJobResponse>
  /**
   * Revert to a snapshot.
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_revert`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-revert-model-snapshot
   */
  declare revertModelSnapshot: Call<MlRevertModelSnapshotRequest, MlRevertModelSnapshotResponse>
  /**
   * Set upgrade_mode for ML indices.
   * `POST /_ml/set_upgrade_mode`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-set-upgrade-mode
   */
  declare setUpgradeMode: OptionalCall<MlSetUpgradeModeRequest, MlSetUpgradeModeResponse>
  /**
   * Start a data frame analytics job.
   * `POST /_ml/data_frame/analytics/{id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-data-frame-analytics
   */
  declare startDataFrameAnalytics: Call<MlStartDataFrameAnalyticsRequest, MlStartDataFrameAnalyticsResponse>
  /**
   * Start datafeeds.
   * `POST /_ml/datafeeds/{datafeed_id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-datafeed
   */
  declare startDatafeed: Call<MlStartDatafeedRequest, MlStartDatafeedResponse>
  /**
   * Start a trained model deployment.
   * `POST /_ml/trained_models/{model_id}/deployment/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-start-trained-model-deployment
   */
  declare startTrainedModelDeployment: Call<MlStartTrainedModelDeploymentRequest, MlStartTrainedModelDeploymentResponse>
  /**
   * Stop data frame analytics jobs.
   * `POST /_ml/data_frame/analytics/{id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-data-frame-analytics
   */
  declare stopDataFrameAnalytics: Call<MlStopDataFrameAnalyticsRequest, MlStopDataFrameAnalyticsResponse>
  /**
   * Stop datafeeds.
   * `POST /_ml/datafeeds/{datafeed_id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-datafeed
   */
  declare stopDatafeed: Call<MlStopDatafeedRequest, MlStopDatafeedResponse>
  /**
   * Stop a trained model deployment.
   * `POST /_ml/trained_models/{model_id}/deployment/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-stop-trained-model-deployment
   */
  declare stopTrainedModelDeployment: Call<MlStopTrainedModelDeploymentRequest, MlStopTrainedModelDeploymentResponse>
  /**
   * Update a data frame analytics job.
   * `POST /_ml/data_frame/analytics/{id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-data-frame-analytics
   */
  declare updateDataFrameAnalytics: Call<MlUpdateDataFrameAnalyticsRequest, MlUpdateDataFrameAnalyticsResponse>
  /**
   * Update a datafeed.
   * `POST /_ml/datafeeds/{datafeed_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-datafeed
   */
  declare updateDatafeed: Call<MlUpdateDatafeedRequest, MlUpdateDatafeedResponse>
  /**
   * Update a filter.
   * `POST /_ml/filters/{filter_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-filter
   */
  declare updateFilter: Call<MlUpdateFilterRequest, MlUpdateFilterResponse>
  /**
   * Update an anomaly detection job.
   * `POST /_ml/anomaly_detectors/{job_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-job
   */
  declare updateJob: Call<MlUpdateJobRequest, MlUpdateJobResponse>
  /**
   * Update a snapshot.
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-model-snapshot
   */
  declare updateModelSnapshot: Call<MlUpdateModelSnapshotRequest, MlUpdateModelSnapshotResponse>
  /**
   * Update a trained model deployment.
   * `POST /_ml/trained_models/{model_id}/deployment/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-update-trained-model-deployment
   */
  declare updateTrainedModelDeployment: Call<MlUpdateTrainedModelDeploymentRequest, MlUpdateTrainedModelDeploymentResponse>
  /**
   * Upgrade a snapshot.
   * `POST /_ml/anomaly_detectors/{job_id}/model_snapshots/{snapshot_id}/_upgrade`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ml-upgrade-job-snapshot
   */
  declare upgradeJobSnapshot: Call<MlUpgradeJobSnapshotRequest, MlUpgradeJobSnapshotResponse>
  /**
   * Validate an anomaly detection job.
   * `POST /_ml/anomaly_detectors/_validate`
   * @see https://www.elastic.co/guide/en/machine-learning/current/ml-jobs.html
   */
  declare validate: OptionalCall<MlValidateRequest, MlValidateResponse>
  /**
   * Validate an anomaly detection job.
   * `POST /_ml/anomaly_detectors/_validate/detector`
   */
  declare validateDetector: Call<MlValidateDetectorRequest, MlValidateDetectorResponse>
}
installMethods(MlApi, endpoints)
