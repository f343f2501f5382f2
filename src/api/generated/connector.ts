// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `connector` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  check_in: { name: 'connector.check_in', paths: [{ path: '/_connector/{connector_id}/_check_in', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'none' },
  delete: { name: 'connector.delete', paths: [{ path: '/_connector/{connector_id}', parts: ['connector_id'], methods: ['DELETE'] }], params: { delete_sync_jobs: 'boolean', hard: 'boolean' }, body: 'none' },
  get: { name: 'connector.get', paths: [{ path: '/_connector/{connector_id}', parts: ['connector_id'], methods: ['GET'] }], params: { include_deleted: 'boolean' }, body: 'none' },
  last_sync: { name: 'connector.last_sync', paths: [{ path: '/_connector/{connector_id}/_last_sync', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  list: { name: 'connector.list', paths: [{ path: '/_connector', parts: [], methods: ['GET'] }], params: { connector_name: 'list', from: 'number', include_deleted: 'boolean', index_name: 'list', query: 'string', service_type: 'list', size: 'number' }, body: 'none' },
  post: { name: 'connector.post', paths: [{ path: '/_connector', parts: [], methods: ['POST'] }], params: {}, body: 'json' },
  put: { name: 'connector.put', paths: [{ path: '/_connector/{connector_id}', parts: ['connector_id'], methods: ['PUT'] }, { path: '/_connector', parts: [], methods: ['PUT'] }], params: {}, body: 'json' },
  secret_delete: { name: 'connector.secret_delete', paths: [{ path: '/_connector/_secret/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  secret_get: { name: 'connector.secret_get', paths: [{ path: '/_connector/_secret/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  secret_post: { name: 'connector.secret_post', paths: [{ path: '/_connector/_secret', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  secret_put: { name: 'connector.secret_put', paths: [{ path: '/_connector/_secret/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  sync_job_cancel: { name: 'connector.sync_job_cancel', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}/_cancel', parts: ['connector_sync_job_id'], methods: ['PUT'] }], params: {}, body: 'none' },
  sync_job_check_in: { name: 'connector.sync_job_check_in', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}/_check_in', parts: ['connector_sync_job_id'], methods: ['PUT'] }], params: {}, body: 'none' },
  sync_job_claim: { name: 'connector.sync_job_claim', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}/_claim', parts: ['connector_sync_job_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  sync_job_delete: { name: 'connector.sync_job_delete', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}', parts: ['connector_sync_job_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  sync_job_error: { name: 'connector.sync_job_error', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}/_error', parts: ['connector_sync_job_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  sync_job_get: { name: 'connector.sync_job_get', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}', parts: ['connector_sync_job_id'], methods: ['GET'] }], params: {}, body: 'none' },
  sync_job_list: { name: 'connector.sync_job_list', paths: [{ path: '/_connector/_sync_job', parts: [], methods: ['GET'] }], params: { connector_id: 'string', from: 'number', job_type: 'list', size: 'number', status: 'enum' }, body: 'none' },
  sync_job_post: { name: 'connector.sync_job_post', paths: [{ path: '/_connector/_sync_job', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  sync_job_update_stats: { name: 'connector.sync_job_update_stats', paths: [{ path: '/_connector/_sync_job/{connector_sync_job_id}/_stats', parts: ['connector_sync_job_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_active_filtering: { name: 'connector.update_active_filtering', paths: [{ path: '/_connector/{connector_id}/_filtering/_activate', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'none' },
  update_api_key_id: { name: 'connector.update_api_key_id', paths: [{ path: '/_connector/{connector_id}/_api_key_id', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_configuration: { name: 'connector.update_configuration', paths: [{ path: '/_connector/{connector_id}/_configuration', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_error: { name: 'connector.update_error', paths: [{ path: '/_connector/{connector_id}/_error', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_features: { name: 'connector.update_features', paths: [{ path: '/_connector/{connector_id}/_features', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_filtering: { name: 'connector.update_filtering', paths: [{ path: '/_connector/{connector_id}/_filtering', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_filtering_validation: { name: 'connector.update_filtering_validation', paths: [{ path: '/_connector/{connector_id}/_filtering/_validation', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_index_name: { name: 'connector.update_index_name', paths: [{ path: '/_connector/{connector_id}/_index_name', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_name: { name: 'connector.update_name', paths: [{ path: '/_connector/{connector_id}/_name', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_native: { name: 'connector.update_native', paths: [{ path: '/_connector/{connector_id}/_native', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_pipeline: { name: 'connector.update_pipeline', paths: [{ path: '/_connector/{connector_id}/_pipeline', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_scheduling: { name: 'connector.update_scheduling', paths: [{ path: '/_connector/{connector_id}/_scheduling', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_service_type: { name: 'connector.update_service_type', paths: [{ path: '/_connector/{connector_id}/_service_type', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_status: { name: 'connector.update_status', paths: [{ path: '/_connector/{connector_id}/_status', parts: ['connector_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `connector.check_in`. */
export interface ConnectorCheckInParams extends CommonParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.delete`. */
export interface ConnectorDeleteParams extends CommonParams {
  /** The unique identifier of the connector to be deleted. */
  connector_id: string
  /**
   * Determines whether associated sync jobs are also deleted.
   * Default: `false`.
   */
  delete_sync_jobs?: boolean
  /**
   * If true, the connector doc is deleted. If false, connector doc is marked as deleted (soft-deleted).
   * Default: `false`.
   */
  hard?: boolean
}

/** Parameters of `connector.get`. */
export interface ConnectorGetParams extends CommonParams {
  /** The unique identifier of the connector to be returned. */
  connector_id: string
  /**
   * A flag indicating whether to return connectors that have been soft-deleted.
   * Default: `false`.
   */
  include_deleted?: boolean
}

/** Parameters of `connector.last_sync`. */
export interface ConnectorLastSyncParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.list`. */
export interface ConnectorListParams extends CommonParams {
  /** A comma-separated list of connector names to fetch connector documents for */
  connector_name?: string | readonly string[]
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /**
   * A flag indicating whether to return connectors that have been soft-deleted.
   * Default: `false`.
   */
  include_deleted?: boolean
  /** A comma-separated list of connector index names to fetch connector documents for */
  index_name?: string | readonly string[]
  /** A search string for querying connectors, filtering results by matching against connector names, descriptions, and index names */
  query?: string
  /** A comma-separated list of connector service types to fetch connector documents for */
  service_type?: string | readonly string[]
  /**
   * Specifies a max number of results to get (default: 100)
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `connector.post`. */
export interface ConnectorPostParams extends CommonBodyParams {
}

/** Parameters of `connector.put`. */
export interface ConnectorPutParams extends CommonBodyParams {
  /** The unique identifier of the connector to be created or updated. */
  connector_id?: string
}

/** Parameters of `connector.secret_delete`. */
export interface ConnectorSecretDeleteParams extends CommonParams {
  /** The ID of the secret */
  id: string
}

/** Parameters of `connector.secret_get`. */
export interface ConnectorSecretGetParams extends CommonParams {
  /** The ID of the secret */
  id: string
}

/** Parameters of `connector.secret_post`. */
export interface ConnectorSecretPostParams extends CommonBodyParams {
}

/** Parameters of `connector.secret_put`. */
export interface ConnectorSecretPutParams extends CommonBodyParams {
  /** The unique identifier of the connector secret to be created or updated. */
  id: string
}

/** Parameters of `connector.sync_job_cancel`. */
export interface ConnectorSyncJobCancelParams extends CommonParams {
  /** The unique identifier of the connector sync job to be canceled */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_check_in`. */
export interface ConnectorSyncJobCheckInParams extends CommonParams {
  /** The unique identifier of the connector sync job to be checked in */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_claim`. */
export interface ConnectorSyncJobClaimParams extends CommonBodyParams {
  /** The unique identifier of the connector sync job to be claimed. */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_delete`. */
export interface ConnectorSyncJobDeleteParams extends CommonParams {
  /** The unique identifier of the connector sync job to be deleted. */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_error`. */
export interface ConnectorSyncJobErrorParams extends CommonBodyParams {
  /** The unique identifier of the connector sync job to set an error for. */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_get`. */
export interface ConnectorSyncJobGetParams extends CommonParams {
  /** The unique identifier of the connector sync job to be returned. */
  connector_sync_job_id: string
}

/** Parameters of `connector.sync_job_list`. */
export interface ConnectorSyncJobListParams extends CommonParams {
  /** Id of the connector to fetch the sync jobs for */
  connector_id?: string
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /** A comma-separated list of job types */
  job_type?: 'full' | 'incremental' | 'access_control' | ReadonlyArray<'full' | 'incremental' | 'access_control'>
  /**
   * specifies a max number of results to get (default: 100)
   * Default: `100`.
   */
  size?: number
  /** A sync job status to fetch connector sync jobs for */
  status?: 'canceling' | 'canceled' | 'completed' | 'error' | 'in_progress' | 'pending' | 'suspended'
}

/** Parameters of `connector.sync_job_post`. */
export interface ConnectorSyncJobPostParams extends CommonBodyParams {
}

/** Parameters of `connector.sync_job_update_stats`. */
export interface ConnectorSyncJobUpdateStatsParams extends CommonBodyParams {
  /** The unique identifier of the connector sync job to be updated. */
  connector_sync_job_id: string
}

/** Parameters of `connector.update_active_filtering`. */
export interface ConnectorUpdateActiveFilteringParams extends CommonParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_api_key_id`. */
export interface ConnectorUpdateApiKeyIdParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_configuration`. */
export interface ConnectorUpdateConfigurationParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_error`. */
export interface ConnectorUpdateErrorParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_features`. */
export interface ConnectorUpdateFeaturesParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_filtering`. */
export interface ConnectorUpdateFilteringParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_filtering_validation`. */
export interface ConnectorUpdateFilteringValidationParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_index_name`. */
export interface ConnectorUpdateIndexNameParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_name`. */
export interface ConnectorUpdateNameParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_native`. */
export interface ConnectorUpdateNativeParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_pipeline`. */
export interface ConnectorUpdatePipelineParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_scheduling`. */
export interface ConnectorUpdateSchedulingParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_service_type`. */
export interface ConnectorUpdateServiceTypeParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

/** Parameters of `connector.update_status`. */
export interface ConnectorUpdateStatusParams extends CommonBodyParams {
  /** The unique identifier of the connector to be updated. */
  connector_id: string
}

const E = endpoints

/** The `connector` APIs, reached as `client.connector`. */
export class ConnectorApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Check in a connector
   * `PUT /_connector/{connector_id}/_check_in`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-check-in
   */
  checkIn<TResponse = unknown>(params: ConnectorCheckInParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  checkIn<TResponse = unknown>(params: ConnectorCheckInParams, options?: RequestOptions): Promise<TResponse>
  checkIn(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.check_in, params, options)
  }

  /**
   * Delete a connector
   * `DELETE /_connector/{connector_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-delete
   */
  delete<TResponse = unknown>(params: ConnectorDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: ConnectorDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Get a connector
   * `GET /_connector/{connector_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-get
   */
  get<TResponse = unknown>(params: ConnectorGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: ConnectorGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Update the connector last sync stats
   * `PUT /_connector/{connector_id}/_last_sync`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-last-sync
   */
  lastSync<TResponse = unknown>(params: ConnectorLastSyncParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  lastSync<TResponse = unknown>(params: ConnectorLastSyncParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  lastSync(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.last_sync, params, options)
  }

  /**
   * Get all connectors
   * `GET /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-list
   */
  list<TResponse = unknown>(params: ConnectorListParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  list<TResponse = unknown>(params?: ConnectorListParams, options?: RequestOptions): Promise<TResponse>
  list(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list, params, options)
  }

  /**
   * Create a connector
   * `POST /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-put
   */
  post<TResponse = unknown>(params: ConnectorPostParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  post<TResponse = unknown>(params?: ConnectorPostParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  post(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post, params, options)
  }

  /**
   * Create or update a connector
   * `PUT /_connector/{connector_id}`
   * `PUT /_connector`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-put
   */
  put<TResponse = unknown>(params: ConnectorPutParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  put<TResponse = unknown>(params?: ConnectorPutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  put(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put, params, options)
  }

  /**
   * Deletes a connector secret
   * `DELETE /_connector/_secret/{id}`
   */
  secretDelete<TResponse = unknown>(params: ConnectorSecretDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  secretDelete<TResponse = unknown>(params: ConnectorSecretDeleteParams, options?: RequestOptions): Promise<TResponse>
  secretDelete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.secret_delete, params, options)
  }

  /**
   * Retrieves a secret stored by Connectors
   * `GET /_connector/_secret/{id}`
   */
  secretGet<TResponse = unknown>(params: ConnectorSecretGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  secretGet<TResponse = unknown>(params: ConnectorSecretGetParams, options?: RequestOptions): Promise<TResponse>
  secretGet(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.secret_get, params, options)
  }

  /**
   * Creates a secret for a Connector
   * `POST /_connector/_secret`
   */
  secretPost<TResponse = unknown>(params: ConnectorSecretPostParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  secretPost<TResponse = unknown>(params: ConnectorSecretPostParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  secretPost(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.secret_post, params, options)
  }

  /**
   * Creates or updates a secret for a Connector
   * `PUT /_connector/_secret/{id}`
   */
  secretPut<TResponse = unknown>(params: ConnectorSecretPutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  secretPut<TResponse = unknown>(params: ConnectorSecretPutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  secretPut(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.secret_put, params, options)
  }

  /**
   * Cancel a connector sync job
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-cancel
   */
  syncJobCancel<TResponse = unknown>(params: ConnectorSyncJobCancelParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobCancel<TResponse = unknown>(params: ConnectorSyncJobCancelParams, options?: RequestOptions): Promise<TResponse>
  syncJobCancel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_cancel, params, options)
  }

  /**
   * Check in a connector sync job
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_check_in`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-check-in
   */
  syncJobCheckIn<TResponse = unknown>(params: ConnectorSyncJobCheckInParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobCheckIn<TResponse = unknown>(params: ConnectorSyncJobCheckInParams, options?: RequestOptions): Promise<TResponse>
  syncJobCheckIn(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_check_in, params, options)
  }

  /**
   * Claim a connector sync job
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_claim`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-claim
   */
  syncJobClaim<TResponse = unknown>(params: ConnectorSyncJobClaimParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobClaim<TResponse = unknown>(params: ConnectorSyncJobClaimParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  syncJobClaim(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_claim, params, options)
  }

  /**
   * Delete a connector sync job
   * `DELETE /_connector/_sync_job/{connector_sync_job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-delete
   */
  syncJobDelete<TResponse = unknown>(params: ConnectorSyncJobDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobDelete<TResponse = unknown>(params: ConnectorSyncJobDeleteParams, options?: RequestOptions): Promise<TResponse>
  syncJobDelete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_delete, params, options)
  }

  /**
   * Set a connector sync job error
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_error`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-error
   */
  syncJobError<TResponse = unknown>(params: ConnectorSyncJobErrorParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobError<TResponse = unknown>(params: ConnectorSyncJobErrorParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  syncJobError(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_error, params, options)
  }

  /**
   * Get a connector sync job
   * `GET /_connector/_sync_job/{connector_sync_job_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-get
   */
  syncJobGet<TResponse = unknown>(params: ConnectorSyncJobGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobGet<TResponse = unknown>(params: ConnectorSyncJobGetParams, options?: RequestOptions): Promise<TResponse>
  syncJobGet(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_get, params, options)
  }

  /**
   * Get all connector sync jobs
   * `GET /_connector/_sync_job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-list
   */
  syncJobList<TResponse = unknown>(params: ConnectorSyncJobListParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobList<TResponse = unknown>(params?: ConnectorSyncJobListParams, options?: RequestOptions): Promise<TResponse>
  syncJobList(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_list, params, options)
  }

  /**
   * Create a connector sync job
   * `POST /_connector/_sync_job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-post
   */
  syncJobPost<TResponse = unknown>(params: ConnectorSyncJobPostParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobPost<TResponse = unknown>(params: ConnectorSyncJobPostParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  syncJobPost(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_post, params, options)
  }

  /**
   * Set the connector sync job stats
   * `PUT /_connector/_sync_job/{connector_sync_job_id}/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-sync-job-update-stats
   */
  syncJobUpdateStats<TResponse = unknown>(params: ConnectorSyncJobUpdateStatsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  syncJobUpdateStats<TResponse = unknown>(params: ConnectorSyncJobUpdateStatsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  syncJobUpdateStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sync_job_update_stats, params, options)
  }

  /**
   * Activate the connector draft filter
   * `PUT /_connector/{connector_id}/_filtering/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering
   */
  updateActiveFiltering<TResponse = unknown>(params: ConnectorUpdateActiveFilteringParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateActiveFiltering<TResponse = unknown>(params: ConnectorUpdateActiveFilteringParams, options?: RequestOptions): Promise<TResponse>
  updateActiveFiltering(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_active_filtering, params, options)
  }

  /**
   * Update the connector API key ID
   * `PUT /_connector/{connector_id}/_api_key_id`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-api-key-id
   */
  updateApiKeyId<TResponse = unknown>(params: ConnectorUpdateApiKeyIdParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateApiKeyId<TResponse = unknown>(params: ConnectorUpdateApiKeyIdParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateApiKeyId(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_api_key_id, params, options)
  }

  /**
   * Update the connector configuration
   * `PUT /_connector/{connector_id}/_configuration`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-configuration
   */
  updateConfiguration<TResponse = unknown>(params: ConnectorUpdateConfigurationParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateConfiguration<TResponse = unknown>(params: ConnectorUpdateConfigurationParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateConfiguration(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_configuration, params, options)
  }

  /**
   * Update the connector error field
   * `PUT /_connector/{connector_id}/_error`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-error
   */
  updateError<TResponse = unknown>(params: ConnectorUpdateErrorParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateError<TResponse = unknown>(params: ConnectorUpdateErrorParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateError(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_error, params, options)
  }

  /**
   * Update the connector features
   * `PUT /_connector/{connector_id}/_features`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-features
   */
  updateFeatures<TResponse = unknown>(params: ConnectorUpdateFeaturesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateFeatures<TResponse = unknown>(params: ConnectorUpdateFeaturesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateFeatures(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_features, params, options)
  }

  /**
   * Update the connector filtering
   * `PUT /_connector/{connector_id}/_filtering`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering
   */
  updateFiltering<TResponse = unknown>(params: ConnectorUpdateFilteringParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateFiltering<TResponse = unknown>(params: ConnectorUpdateFilteringParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateFiltering(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_filtering, params, options)
  }

  /**
   * Update the connector draft filtering validation
   * `PUT /_connector/{connector_id}/_filtering/_validation`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-filtering-validation
   */
  updateFilteringValidation<TResponse = unknown>(params: ConnectorUpdateFilteringValidationParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateFilteringValidation<TResponse = unknown>(params: ConnectorUpdateFilteringValidationParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateFilteringValidation(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_filtering_validation, params, options)
  }

  /**
   * Update the connector index name
   * `PUT /_connector/{connector_id}/_index_name`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-index-name
   */
  updateIndexName<TResponse = unknown>(params: ConnectorUpdateIndexNameParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateIndexName<TResponse = unknown>(params: ConnectorUpdateIndexNameParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateIndexName(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_index_name, params, options)
  }

  /**
   * Update the connector name and description
   * `PUT /_connector/{connector_id}/_name`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-name
   */
  updateName<TResponse = unknown>(params: ConnectorUpdateNameParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateName<TResponse = unknown>(params: ConnectorUpdateNameParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateName(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_name, params, options)
  }

  /**
   * Update the connector is_native flag
   * `PUT /_connector/{connector_id}/_native`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-native
   */
  updateNative<TResponse = unknown>(params: ConnectorUpdateNativeParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateNative<TResponse = unknown>(params: ConnectorUpdateNativeParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateNative(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_native, params, options)
  }

  /**
   * Update the connector pipeline
   * `PUT /_connector/{connector_id}/_pipeline`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-pipeline
   */
  updatePipeline<TResponse = unknown>(params: ConnectorUpdatePipelineParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updatePipeline<TResponse = unknown>(params: ConnectorUpdatePipelineParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updatePipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_pipeline, params, options)
  }

  /**
   * Update the connector scheduling
   * `PUT /_connector/{connector_id}/_scheduling`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-scheduling
   */
  updateScheduling<TResponse = unknown>(params: ConnectorUpdateSchedulingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateScheduling<TResponse = unknown>(params: ConnectorUpdateSchedulingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateScheduling(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_scheduling, params, options)
  }

  /**
   * Update the connector service type
   * `PUT /_connector/{connector_id}/_service_type`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-service-type
   */
  updateServiceType<TResponse = unknown>(params: ConnectorUpdateServiceTypeParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateServiceType<TResponse = unknown>(params: ConnectorUpdateServiceTypeParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateServiceType(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_service_type, params, options)
  }

  /**
   * Update the connector status
   * `PUT /_connector/{connector_id}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-connector-update-status
   */
  updateStatus<TResponse = unknown>(params: ConnectorUpdateStatusParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateStatus<TResponse = unknown>(params: ConnectorUpdateStatusParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_status, params, options)
  }
}
