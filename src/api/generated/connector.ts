// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { ConnectorCheckInRequest, ConnectorCheckInResponse, ConnectorDeleteRequest, ConnectorDeleteResponse, ConnectorGetRequest, ConnectorGetResponse, ConnectorLastSyncRequest, ConnectorLastSyncResponse, ConnectorListRequest, ConnectorListResponse, ConnectorPostRequest, ConnectorPostResponse, ConnectorPutRequest, ConnectorPutResponse, ConnectorSecretDeleteRequest, ConnectorSecretDeleteResponse, ConnectorSecretGetRequest, ConnectorSecretGetResponse, ConnectorSecretPostRequest, ConnectorSecretPostResponse, ConnectorSecretPutRequest, ConnectorSecretPutResponse, ConnectorSyncJobCancelRequest, ConnectorSyncJobCancelResponse, ConnectorSyncJobCheckInRequest, ConnectorSyncJobCheckInResponse, ConnectorSyncJobClaimRequest, ConnectorSyncJobClaimResponse, ConnectorSyncJobDeleteRequest, ConnectorSyncJobDeleteResponse, ConnectorSyncJobErrorRequest, ConnectorSyncJobErrorResponse, ConnectorSyncJobGetRequest, ConnectorSyncJobGetResponse, ConnectorSyncJobListRequest, ConnectorSyncJobListResponse, ConnectorSyncJobPostRequest, ConnectorSyncJobPostResponse, ConnectorSyncJobUpdateStatsRequest, ConnectorSyncJobUpdateStatsResponse, ConnectorUpdateActiveFilteringRequest, ConnectorUpdateActiveFilteringResponse, ConnectorUpdateApiKeyIdRequest, ConnectorUpdateApiKeyIdResponse, ConnectorUpdateConfigurationRequest, ConnectorUpdateConfigurationResponse, ConnectorUpdateErrorRequest, ConnectorUpdateErrorResponse, ConnectorUpdateFeaturesRequest, ConnectorUpdateFeaturesResponse, ConnectorUpdateFilteringRequest, ConnectorUpdateFilteringResponse, ConnectorUpdateFilteringValidationRequest, ConnectorUpdateFilteringValidationResponse, ConnectorUpdateIndexNameRequest, ConnectorUpdateIndexNameResponse, ConnectorUpdateNameRequest, ConnectorUpdateNameResponse, ConnectorUpdateNativeRequest, ConnectorUpdateNativeResponse, ConnectorUpdatePipelineRequest, ConnectorUpdatePipelineResponse, ConnectorUpdateSchedulingRequest, ConnectorUpdateSchedulingResponse, ConnectorUpdateServiceTypeRequest, ConnectorUpdateServiceTypeResponse, ConnectorUpdateStatusRequest, ConnectorUpdateStatusResponse } from '../types/index.js'

/** The `connector` endpoints, by method name. */
export const endpoints = endpointTable({
  checkIn: ['connector.check_in', 'PUT /_connector/{connector_id}/_check_in', '', 'none'],
  delete: ['connector.delete', 'DELETE /_connector/{connector_id}', 'delete_sync_jobs hard', 'none'],
  get: ['connector.get', 'GET /_connector/{connector_id}', 'include_deleted', 'none'],
  lastSync: ['connector.last_sync', 'PUT /_connector/{connector_id}/_last_sync', '', 'fields last_access_control_sync_error last_access_control_sync_scheduled_at last_access_control_sync_status last_deleted_document_count last_incremental_sync_scheduled_at last_indexed_document_count last_seen last_sync_error last_sync_scheduled_at last_sync_status last_synced sync_cursor'],
  list: ['connector.list', 'GET /_connector', 'from size index_name connector_name service_type include_deleted query', 'none'],
  post: ['connector.post', 'POST /_connector', '', 'fields description index_name is_native language name service_type'],
  put: ['connector.put', 'PUT /_connector/{connector_id}|PUT /_connector', '', 'fields description index_name is_native language name service_type'],
  secretDelete: ['connector.secret_delete', 'DELETE /_connector/_secret/{id}', '', 'none'],
  secretGet: ['connector.secret_get', 'GET /_connector/_secret/{id}', '', 'none'],
  secretPost: ['connector.secret_post', 'POST /_connector/_secret', '', 'fields value'],
  secretPut: ['connector.secret_put', 'PUT /_connector/_secret/{id}', '', 'fields value'],
  syncJobCancel: ['connector.sync_job_cancel', 'PUT /_connector/_sync_job/{connector_sync_job_id}/_cancel', '', 'none'],
  syncJobCheckIn: ['connector.sync_job_check_in', 'PUT /_connector/_sync_job/{connector_sync_job_id}/_check_in', '', 'none'],
  syncJobClaim: ['connector.sync_job_claim', 'PUT /_connector/_sync_job/{connector_sync_job_id}/_claim', '', 'fields sync_cursor worker_hostname'],
  syncJobDelete: ['connector.sync_job_delete', 'DELETE /_connector/_sync_job/{connector_sync_job_id}', '', 'none'],
  syncJobError: ['connector.sync_job_error', 'PUT /_connector/_sync_job/{connector_sync_job_id}/_error', '', 'fields error'],
  syncJobGet: ['connector.sync_job_get', 'GET /_connector/_sync_job/{connector_sync_job_id}', '', 'none'],
  syncJobList: ['connector.sync_job_list', 'GET /_connector/_sync_job', 'from size status connector_id job_type', 'none'],
  syncJobPost: ['connector.sync_job_post', 'POST /_connector/_sync_job', '', 'fields id job_type trigger_method'],
  syncJobUpdateStats: ['connector.sync_job_update_stats', 'PUT /_connector/_sync_job/{connector_sync_job_id}/_stats', '', 'fields deleted_document_count indexed_document_count indexed_document_volume last_seen metadata total_document_count'],
  updateActiveFiltering: ['connector.update_active_filtering', 'PUT /_connector/{connector_id}/_filtering/_activate', '', 'none'],
  updateApiKeyId: ['connector.update_api_key_id', 'PUT /_connector/{connector_id}/_api_key_id', '', 'fields api_key_id api_key_secret_id'],
  updateConfiguration: ['connector.update_configuration', 'PUT /_connector/{connector_id}/_configuration', '', 'fields configuration values'],
  updateError: ['connector.update_error', 'PUT /_connector/{connector_id}/_error', '', 'fields error'],
  updateFeatures: ['connector.update_features', 'PUT /_connector/{connector_id}/_features', '', 'fields features'],
  updateFiltering: ['connector.update_filtering', 'PUT /_connector/{connector_id}/_filtering', '', 'fields filtering rules advanced_snippet'],
  updateFilteringValidation: ['connector.update_filtering_validation', 'PUT /_connector/{connector_id}/_filtering/_validation', '', 'fields validation'],
  updateIndexName: ['connector.update_index_name', 'PUT /_connector/{connector_id}/_index_name', '', 'fields index_name'],
  updateName: ['connector.update_name', 'PUT /_connector/{connector_id}/_name', '', 'fields name description'],
  updateNative: ['connector.update_native', 'PUT /_connector/{connector_id}/_native', '', 'fields is_native'],
  updatePipeline: ['connector.update_pipeline', 'PUT /_connector/{connector_id}/_pipeline', '', 'fields pipeline'],
  updateScheduling: ['connector.update_scheduling', 'PUT /_connector/{connector_id}/_scheduling', '', 'fields scheduling'],
  updateServiceType: ['connector.update_service_type', 'PUT /_connector/{connector_id}/_service_type', '', 'fields service_type'],
  updateStatus: ['connector.update_status', 'PUT /_connector/{connector_id}/_status', '', 'fields status'],
})

/** The `connector` APIs, reached as `client.connector`. */
export class ConnectorApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Check in a connector.
   * `PUT /_connector/{connector_id}/_check_in`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-check-in
   */
  declare checkIn: Call<ConnectorCheckInRequest, ConnectorCheckInResponse>
  /**
   * Delete a connector.
   * `DELETE /_connector/{connector_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-delete
   */
  declare delete: Call<ConnectorDeleteRequest, ConnectorDeleteResponse>
  /**
   * Get a connector.
   * `GET /_connector/{connector_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-get
   */
  declare get: Call<ConnectorGetRequest, ConnectorGetResponse>
  /**
   * Update the connector last sync stats.
   * `PUT /_connector/{connector_id}/_last_sync`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-last-sync
   */
  declare lastSync: Call<ConnectorLastSyncRequest, ConnectorLastSyncResponse>
  /**
   * Get all connectors.
   * `GET /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-list
   */
  declare list: OptionalCall<ConnectorListRequest, ConnectorListResponse>
  /**
   * Create a connector.
   * `POST /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-put
   */
  declare post: OptionalCall<ConnectorPostRequest, ConnectorPostResponse>
  /**
   * Create or update a connector.
   * `PUT /_connector/{connector_id}`, `PUT /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-put
   */
  declare put: OptionalCall<ConnectorPutRequest, ConnectorPutResponse>
  /**
   * Deletes a connector secret.
   * `DELETE /_connector/_secret/{id}`
   */
  declare secretDelete: Call<ConnectorSecretDeleteRequest, ConnectorSecretDeleteResponse>
  /**
   * Retrieves a secret stored by Connectors.
   * `GET /_connector/_secret/{id}`
   */
  declare secretGet: Call<ConnectorSecretGetRequest, ConnectorSecretGetResponse>
  /**
   * Creates a secret for a Connector.
   * `POST /_connector/_secret`
   */
  declare secretPost: OptionalCall<ConnectorSecretPostRequest, ConnectorSecretPostResponse>
  /**
   * Creates or updates a secret for a Connector.
   * `PUT /_connector/_secret/{id}`
   */
  declare secretPut: Call<ConnectorSecretPutRequest, ConnectorSecretPutResponse>
  /**
   * Cancel a connector sync job.
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-cancel
   */
  declare syncJobCancel: Call<ConnectorSyncJobCancelRequest, ConnectorSyncJobCancelResponse>
  /**
   * Check in a connector sync job.
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_check_in`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-check-in
   */
  declare syncJobCheckIn: Call<ConnectorSyncJobCheckInRequest, ConnectorSyncJobCheckInResponse>
  /**
   * Claim a connector sync job.
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_claim`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-claim
   */
  declare syncJobClaim: Call<ConnectorSyncJobClaimRequest, ConnectorSyncJobClaimResponse>
  /**
   * Delete a connector sync job.
   * `DELETE /_connector/_sync_job/{connector_sync_job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-delete
   */
  declare syncJobDelete: Call<ConnectorSyncJobDeleteRequest, ConnectorSyncJobDeleteResponse>
  /**
   * Set a connector sync job error.
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_error`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-error
   */
  declare syncJobError: Call<ConnectorSyncJobErrorRequest, ConnectorSyncJobErrorResponse>
  /**
   * Get a connector sync job.
   * `GET /_connector/_sync_job/{connector_sync_job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-get
   */
  declare syncJobGet: Call<ConnectorSyncJobGetRequest, ConnectorSyncJobGetResponse>
  /**
   * Get all connector sync jobs.
   * `GET /_connector/_sync_job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-list
   */
  declare syncJobList: OptionalCall<ConnectorSyncJobListRequest, ConnectorSyncJobListResponse>
  /**
   * Create a connector sync job.
   * `POST /_connector/_sync_job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-post
   */
  declare syncJobPost: Call<ConnectorSyncJobPostRequest, ConnectorSyncJobPostResponse>
  /**
   * Set the connector sync job stats.
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-update-stats
   */
  declare syncJobUpdateStats: Call<ConnectorSyncJobUpdateStatsRequest, ConnectorSyncJobUpdateStatsResponse>
  /**
   * Activate the connector draft filter.
   * `PUT /_connector/{connector_id}/_filtering/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering
   */
  declare updateActiveFiltering: Call<ConnectorUpdateActiveFilteringRequest, ConnectorUpdateActiveFilteringResponse>
  /**
   * Update the connector API key ID.
   * `PUT /_connector/{connector_id}/_api_key_id`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-api-key-id
   */
  declare updateApiKeyId: Call<ConnectorUpdateApiKeyIdRequest, ConnectorUpdateApiKeyIdResponse>
  /**
   * Update the connector configuration.
   * `PUT /_connector/{connector_id}/_configuration`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-configuration
   */
  declare updateConfiguration: Call<ConnectorUpdateConfigurationRequest, ConnectorUpdateConfigurationResponse>
  /**
   * Update the connector error field.
   * `PUT /_connector/{connector_id}/_error`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-error
   */
  declare updateError: Call<ConnectorUpdateErrorRequest, ConnectorUpdateErrorResponse>
  /**
   * Update the connector features.
   * `PUT /_connector/{connector_id}/_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-features
   */
  declare updateFeatures: Call<ConnectorUpdateFeaturesRequest, ConnectorUpdateFeaturesResponse>
  /**
   * Update the connector filtering.
   * `PUT /_connector/{connector_id}/_filtering`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering
   */
  declare updateFiltering: Call<ConnectorUpdateFilteringRequest, ConnectorUpdateFilteringResponse>
  /**
   * Update the connector draft filtering validation.
   * `PUT /_connector/{connector_id}/_filtering/_validation`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering-validation
   */
  declare updateFilteringValidation: Call<ConnectorUpdateFilteringValidationRequest, ConnectorUpdateFilteringValidationResponse>
  /**
   * Update the connector index name.
   * `PUT /_connector/{connector_id}/_index_name`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-index-name
   */
  declare updateIndexName: Call<ConnectorUpdateIndexNameRequest, ConnectorUpdateIndexNameResponse>
  /**
   * Update the connector name and description.
   * `PUT /_connector/{connector_id}/_name`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-name
   */
  declare updateName: Call<ConnectorUpdateNameRequest, ConnectorUpdateNameResponse>
  /**
   * Update the connector is_native flag.
   * `PUT /_connector/{connector_id}/_native`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-native
   */
  declare updateNative: Call<ConnectorUpdateNativeRequest, ConnectorUpdateNativeResponse>
  /**
   * Update the connector pipeline.
   * `PUT /_connector/{connector_id}/_pipeline`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-pipeline
   */
  declare updatePipeline: Call<ConnectorUpdatePipelineRequest, ConnectorUpdatePipelineResponse>
  /**
   * Update the connector scheduling.
   * `PUT /_connector/{connector_id}/_scheduling`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-scheduling
   */
  declare updateScheduling: Call<ConnectorUpdateSchedulingRequest, ConnectorUpdateSchedulingResponse>
  /**
   * Update the connector service type.
   * `PUT /_connector/{connector_id}/_service_type`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-service-type
   */
  declare updateServiceType: Call<ConnectorUpdateServiceTypeRequest, ConnectorUpdateServiceTypeResponse>
  /**
   * Update the connector status.
   * `PUT /_connector/{connector_id}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-status
   */
  declare updateStatus: Call<ConnectorUpdateStatusRequest, ConnectorUpdateStatusResponse>
}
installMethods(ConnectorApi, endpoints)
