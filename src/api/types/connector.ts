// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, DateTime, Duration, Field, Id, IndexName, Indices, Metadata, Names, RequestBase, Result, ScalarValue, SpecUtilsWithNullValue, double, integer, long } from './common.js'

/** Request of `connector.check_in`. */
export interface ConnectorCheckInRequest extends RequestBase {
  /** The unique identifier of the connector to be checked in */
  connector_id: Id
}

export interface ConnectorCheckInResponse {
  result: Result
}

export interface ConnectorConnector {
  api_key_id?: string
  api_key_secret_id?: string
  configuration: ConnectorConnectorConfiguration
  custom_scheduling: ConnectorConnectorCustomScheduling
  deleted: boolean
  description?: string
  error?: string | null
  features?: ConnectorConnectorFeatures
  filtering: ConnectorFilteringConfig[]
  id?: Id
  index_name?: IndexName | null
  is_native: boolean
  language?: string
  last_access_control_sync_error?: string
  last_access_control_sync_scheduled_at?: DateTime
  last_access_control_sync_status?: ConnectorSyncStatus
  last_deleted_document_count?: long
  last_incremental_sync_scheduled_at?: DateTime
  last_indexed_document_count?: long
  last_seen?: DateTime
  last_sync_error?: string
  last_sync_scheduled_at?: DateTime
  last_sync_status?: ConnectorSyncStatus
  last_synced?: DateTime
  name?: string
  pipeline?: ConnectorIngestPipelineParams
  scheduling: ConnectorSchedulingConfiguration
  service_type?: string
  status: ConnectorConnectorStatus
  sync_cursor?: any
  sync_now: boolean
}

export interface ConnectorConnectorConfigProperties {
  category?: string
  default_value: ScalarValue
  depends_on: ConnectorDependency[]
  display: ConnectorDisplayType
  label: string
  options: ConnectorSelectOption[]
  order?: integer
  placeholder?: string
  required: boolean
  sensitive: boolean
  tooltip?: string | null
  type?: ConnectorConnectorFieldType
  ui_restrictions?: string[]
  validations?: ConnectorValidation[]
  value: any
}

export type ConnectorConnectorConfiguration = Record<string, ConnectorConnectorConfigProperties>

export type ConnectorConnectorCustomScheduling = Record<string, ConnectorCustomScheduling>

export interface ConnectorConnectorFeatures {
  /** Indicates whether document-level security is enabled. */
  document_level_security?: ConnectorFeatureEnabled
  /** Indicates whether incremental syncs are enabled. */
  incremental_sync?: ConnectorFeatureEnabled
  /** Indicates whether managed connector API keys are enabled. */
  native_connector_api_keys?: ConnectorFeatureEnabled
  sync_rules?: ConnectorSyncRulesFeature
}

export type ConnectorConnectorFieldType = 'str' | 'int' | 'list' | 'bool'

export interface ConnectorConnectorScheduling {
  enabled: boolean
  /** The interval is expressed using the crontab syntax */
  interval: string
}

export type ConnectorConnectorStatus = 'created' | 'needs_configuration' | 'configured' | 'connected' | 'error'

export interface ConnectorConnectorSyncJob {
  cancelation_requested_at?: DateTime
  canceled_at?: DateTime
  completed_at?: DateTime
  connector: ConnectorSyncJobConnectorReference
  created_at: DateTime
  deleted_document_count: long
  error?: string
  id: Id
  indexed_document_count: long
  indexed_document_volume: long
  job_type: ConnectorSyncJobType
  last_seen?: DateTime
  metadata: Record<string, any>
  started_at?: DateTime
  status: ConnectorSyncStatus
  total_document_count: long
  trigger_method: ConnectorSyncJobTriggerMethod
  worker_hostname?: string
}

export interface ConnectorCustomScheduling {
  configuration_overrides: ConnectorCustomSchedulingConfigurationOverrides
  enabled: boolean
  interval: string
  last_synced?: DateTime
  name: string
}

export interface ConnectorCustomSchedulingConfigurationOverrides {
  max_crawl_depth?: integer
  sitemap_discovery_disabled?: boolean
  domain_allowlist?: string[]
  sitemap_urls?: string[]
  seed_urls?: string[]
}

/** Request of `connector.delete`. */
export interface ConnectorDeleteRequest extends RequestBase {
  /** The unique identifier of the connector to be deleted */
  connector_id: Id
  /** A flag indicating if associated sync jobs should be also removed. */
  delete_sync_jobs?: boolean
  /** A flag indicating if the connector should be hard deleted. */
  hard?: boolean
}

export type ConnectorDeleteResponse = AcknowledgedResponseBase

export interface ConnectorDependency {
  field: string
  value: ScalarValue
}

export type ConnectorDisplayType = 'textbox' | 'textarea' | 'numeric' | 'toggle' | 'dropdown'

export interface ConnectorFeatureEnabled {
  enabled: boolean
}

export interface ConnectorFilteringAdvancedSnippet {
  created_at?: DateTime
  updated_at?: DateTime
  value: any
}

export interface ConnectorFilteringConfig {
  active: ConnectorFilteringRules
  domain?: string
  draft: ConnectorFilteringRules
}

export type ConnectorFilteringPolicy = 'exclude' | 'include'

export interface ConnectorFilteringRule {
  created_at?: DateTime
  field: Field
  id: Id
  order: integer
  policy: ConnectorFilteringPolicy
  rule: ConnectorFilteringRuleRule
  updated_at?: DateTime
  value: string
}

export type ConnectorFilteringRuleRule = 'contains' | 'ends_with' | 'equals' | 'regex' | 'starts_with' | '>' | '<'

export interface ConnectorFilteringRules {
  advanced_snippet: ConnectorFilteringAdvancedSnippet
  rules: ConnectorFilteringRule[]
  validation: ConnectorFilteringRulesValidation
}

export interface ConnectorFilteringRulesValidation {
  errors: ConnectorFilteringValidation[]
  state: ConnectorFilteringValidationState
}

export interface ConnectorFilteringValidation {
  ids: Id[]
  messages: string[]
}

export type ConnectorFilteringValidationState = 'edited' | 'invalid' | 'valid'

/** Request of `connector.get`. */
export interface ConnectorGetRequest extends RequestBase {
  /** The unique identifier of the connector */
  connector_id: Id
  /** A flag to indicate if the desired connector should be fetched, even if it was soft-deleted. */
  include_deleted?: boolean
}

export type ConnectorGetResponse = ConnectorConnector

export interface ConnectorGreaterThanValidation {
  type: 'greater_than'
  constraint: double
}

export interface ConnectorIncludedInValidation {
  type: 'included_in'
  constraint: ScalarValue[]
}

export interface ConnectorIngestPipelineParams {
  extract_binary_content: boolean
  name: string
  reduce_whitespace: boolean
  run_ml_inference: boolean
}

/** Request of `connector.last_sync`. */
export interface ConnectorLastSyncRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  last_access_control_sync_error?: string
  last_access_control_sync_scheduled_at?: DateTime
  last_access_control_sync_status?: ConnectorSyncStatus
  last_deleted_document_count?: long
  last_incremental_sync_scheduled_at?: DateTime
  last_indexed_document_count?: long
  last_seen?: DateTime
  last_sync_error?: string
  last_sync_scheduled_at?: DateTime
  last_sync_status?: ConnectorSyncStatus
  last_synced?: DateTime
  sync_cursor?: any
}

export interface ConnectorLastSyncResponse {
  result: Result
}

export interface ConnectorLessThanValidation {
  type: 'less_than'
  constraint: double
}

/** Request of `connector.list`. */
export interface ConnectorListRequest extends RequestBase {
  /** Starting offset */
  from?: integer
  /** Specifies a max number of results to get */
  size?: integer
  /** A comma-separated list of connector index names to fetch connector documents for */
  index_name?: Indices
  /** A comma-separated list of connector names to fetch connector documents for */
  connector_name?: Names
  /** A comma-separated list of connector service types to fetch connector documents for */
  service_type?: Names
  /** A flag to indicate if the desired connector should be fetched, even if it was soft-deleted. */
  include_deleted?: boolean
  /** A wildcard query string that filters connectors with matching name, description or index name */
  query?: string
}

export interface ConnectorListResponse {
  count: long
  results: ConnectorConnector[]
}

export interface ConnectorListTypeValidation {
  type: 'list_type'
  constraint: string
}

/** Request of `connector.post`. */
export interface ConnectorPostRequest extends RequestBase {
  description?: string
  index_name?: IndexName
  is_native?: boolean
  language?: string
  name?: string
  service_type?: string
}

export interface ConnectorPostResponse {
  result: Result
  id: Id
}

/** Request of `connector.put`. */
export interface ConnectorPutRequest extends RequestBase {
  /** The unique identifier of the connector to be created or updated. ID is auto-generated if not provided. */
  connector_id?: Id
  description?: string
  index_name?: IndexName
  is_native?: boolean
  language?: string
  name?: string
  service_type?: string
}

export interface ConnectorPutResponse {
  result: Result
  id: Id
}

export interface ConnectorRegexValidation {
  type: 'regex'
  constraint: string
}

export interface ConnectorSchedulingConfiguration {
  access_control?: ConnectorConnectorScheduling
  full?: ConnectorConnectorScheduling
  incremental?: ConnectorConnectorScheduling
}

/** Request of `connector.secret_delete`. */
export interface ConnectorSecretDeleteRequest extends RequestBase {
  /** The ID of the secret */
  id: string
}

export interface ConnectorSecretDeleteResponse {
  deleted: boolean
}

/** Request of `connector.secret_get`. */
export interface ConnectorSecretGetRequest extends RequestBase {
  /** The ID of the secret */
  id: string
}

export interface ConnectorSecretGetResponse {
  id: string
  value: string
}

/** Request of `connector.secret_post`. */
export interface ConnectorSecretPostRequest extends RequestBase {
  value?: string
}

export interface ConnectorSecretPostResponse {
  id: string
}

/** Request of `connector.secret_put`. */
export interface ConnectorSecretPutRequest extends RequestBase {
  /** The ID of the secret */
  id: string
  value: string
}

export interface ConnectorSecretPutResponse {
  result: Result
}

export interface ConnectorSelectOption {
  label: string
  value: ScalarValue
}

/** Request of `connector.sync_job_cancel`. */
export interface ConnectorSyncJobCancelRequest extends RequestBase {
  /** The unique identifier of the connector sync job */
  connector_sync_job_id: Id
}

export interface ConnectorSyncJobCancelResponse {
  result: Result
}

/** Request of `connector.sync_job_check_in`. */
export interface ConnectorSyncJobCheckInRequest extends RequestBase {
  /** The unique identifier of the connector sync job to be checked in. */
  connector_sync_job_id: Id
}

export interface ConnectorSyncJobCheckInResponse {
}

/** Request of `connector.sync_job_claim`. */
export interface ConnectorSyncJobClaimRequest extends RequestBase {
  /** The unique identifier of the connector sync job. */
  connector_sync_job_id: Id
  /** The cursor object from the last incremental sync job. This should reference the `sync_cursor` field in the connector state for which the job runs. */
  sync_cursor?: any
  /** The host name of the current system that will run the job. */
  worker_hostname: string
}

export interface ConnectorSyncJobClaimResponse {
}

export interface ConnectorSyncJobConnectorReference {
  configuration: ConnectorConnectorConfiguration
  filtering: ConnectorFilteringRules
  id: Id
  index_name: string
  language?: string
  pipeline?: ConnectorIngestPipelineParams
  service_type: string
  sync_cursor?: any
}

/** Request of `connector.sync_job_delete`. */
export interface ConnectorSyncJobDeleteRequest extends RequestBase {
  /** The unique identifier of the connector sync job to be deleted */
  connector_sync_job_id: Id
}

export type ConnectorSyncJobDeleteResponse = AcknowledgedResponseBase

/** Request of `connector.sync_job_error`. */
export interface ConnectorSyncJobErrorRequest extends RequestBase {
  /** The unique identifier for the connector sync job. */
  connector_sync_job_id: Id
  /** The error for the connector sync job error field. */
  error: string
}

export interface ConnectorSyncJobErrorResponse {
}

/** Request of `connector.sync_job_get`. */
export interface ConnectorSyncJobGetRequest extends RequestBase {
  /** The unique identifier of the connector sync job */
  connector_sync_job_id: Id
}

export type ConnectorSyncJobGetResponse = ConnectorConnectorSyncJob

/** Request of `connector.sync_job_list`. */
export interface ConnectorSyncJobListRequest extends RequestBase {
  /** Starting offset */
  from?: integer
  /** Specifies a max number of results to get */
  size?: integer
  /** A sync job status to fetch connector sync jobs for */
  status?: ConnectorSyncStatus
  /** A connector id to fetch connector sync jobs for */
  connector_id?: Id
  /** A comma-separated list of job types to fetch the sync jobs for */
  job_type?: ConnectorSyncJobType | ConnectorSyncJobType[]
}

export interface ConnectorSyncJobListResponse {
  count: long
  results: ConnectorConnectorSyncJob[]
}

/** Request of `connector.sync_job_post`. */
export interface ConnectorSyncJobPostRequest extends RequestBase {
  /** The id of the associated connector */
  id: Id
  job_type?: ConnectorSyncJobType
  trigger_method?: ConnectorSyncJobTriggerMethod
}

export interface ConnectorSyncJobPostResponse {
  id: Id
}

export type ConnectorSyncJobTriggerMethod = 'on_demand' | 'scheduled'

export type ConnectorSyncJobType = 'full' | 'incremental' | 'access_control'

/** Request of `connector.sync_job_update_stats`. */
export interface ConnectorSyncJobUpdateStatsRequest extends RequestBase {
  /** The unique identifier of the connector sync job. */
  connector_sync_job_id: Id
  /** The number of documents the sync job deleted. */
  deleted_document_count: long
  /** The number of documents the sync job indexed. */
  indexed_document_count: long
  /** The total size of the data (in MiB) the sync job indexed. */
  indexed_document_volume: long
  /** The timestamp to use in the `last_seen` property for the connector sync job. */
  last_seen?: Duration
  /** The connector-specific metadata. */
  metadata?: Metadata
  /** The total number of documents in the target index after the sync job finished. */
  total_document_count?: integer
}

export interface ConnectorSyncJobUpdateStatsResponse {
}

export interface ConnectorSyncRulesFeature {
  /** Indicates whether advanced sync rules are enabled. */
  advanced?: ConnectorFeatureEnabled
  /** Indicates whether basic sync rules are enabled. */
  basic?: ConnectorFeatureEnabled
}

export type ConnectorSyncStatus = 'canceling' | 'canceled' | 'completed' | 'error' | 'in_progress' | 'pending' | 'suspended'

/** Request of `connector.update_active_filtering`. */
export interface ConnectorUpdateActiveFilteringRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
}

export interface ConnectorUpdateActiveFilteringResponse {
  result: Result
}

/** Request of `connector.update_api_key_id`. */
export interface ConnectorUpdateApiKeyIdRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  api_key_id?: string
  api_key_secret_id?: string
}

export interface ConnectorUpdateApiKeyIdResponse {
  result: Result
}

/** Request of `connector.update_configuration`. */
export interface ConnectorUpdateConfigurationRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  configuration?: ConnectorConnectorConfiguration
  values?: Record<string, any>
}

export interface ConnectorUpdateConfigurationResponse {
  result: Result
}

/** Request of `connector.update_error`. */
export interface ConnectorUpdateErrorRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  error: SpecUtilsWithNullValue<string>
}

export interface ConnectorUpdateErrorResponse {
  result: Result
}

/** Request of `connector.update_features`. */
export interface ConnectorUpdateFeaturesRequest extends RequestBase {
  /** The unique identifier of the connector to be updated. */
  connector_id: Id
  features: ConnectorConnectorFeatures
}

export interface ConnectorUpdateFeaturesResponse {
  result: Result
}

/** Request of `connector.update_filtering`. */
export interface ConnectorUpdateFilteringRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  filtering?: ConnectorFilteringConfig[]
  rules?: ConnectorFilteringRule[]
  advanced_snippet?: ConnectorFilteringAdvancedSnippet
}

export interface ConnectorUpdateFilteringResponse {
  result: Result
}

/** Request of `connector.update_filtering_validation`. */
export interface ConnectorUpdateFilteringValidationRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  validation: ConnectorFilteringRulesValidation
}

export interface ConnectorUpdateFilteringValidationResponse {
  result: Result
}

/** Request of `connector.update_index_name`. */
export interface ConnectorUpdateIndexNameRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  index_name: SpecUtilsWithNullValue<IndexName>
}

export interface ConnectorUpdateIndexNameResponse {
  result: Result
}

/** Request of `connector.update_name`. */
export interface ConnectorUpdateNameRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  name?: string
  description?: string
}

export interface ConnectorUpdateNameResponse {
  result: Result
}

/** Request of `connector.update_native`. */
export interface ConnectorUpdateNativeRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  is_native: boolean
}

export interface ConnectorUpdateNativeResponse {
  result: Result
}

/** Request of `connector.update_pipeline`. */
export interface ConnectorUpdatePipelineRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  pipeline: ConnectorIngestPipelineParams
}

export interface ConnectorUpdatePipelineResponse {
  result: Result
}

/** Request of `connector.update_scheduling`. */
export interface ConnectorUpdateSchedulingRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  scheduling: ConnectorSchedulingConfiguration
}

export interface ConnectorUpdateSchedulingResponse {
  result: Result
}

/** Request of `connector.update_service_type`. */
export interface ConnectorUpdateServiceTypeRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  service_type: string
}

export interface ConnectorUpdateServiceTypeResponse {
  result: Result
}

/** Request of `connector.update_status`. */
export interface ConnectorUpdateStatusRequest extends RequestBase {
  /** The unique identifier of the connector to be updated */
  connector_id: Id
  status: ConnectorConnectorStatus
}

export interface ConnectorUpdateStatusResponse {
  result: Result
}

export type ConnectorValidation = ConnectorLessThanValidation | ConnectorGreaterThanValidation | ConnectorListTypeValidation | ConnectorIncludedInValidation | ConnectorRegexValidation
