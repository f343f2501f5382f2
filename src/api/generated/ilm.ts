// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `ilm` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_lifecycle: { name: 'ilm.delete_lifecycle', paths: [{ path: '/_ilm/policy/{policy}', parts: ['policy'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  explain_lifecycle: { name: 'ilm.explain_lifecycle', paths: [{ path: '/{index}/_ilm/explain', parts: ['index'], methods: ['GET'] }], params: { expand_wildcards: 'list', master_timeout: 'time', only_errors: 'boolean', only_managed: 'boolean' }, body: 'none' },
  get_lifecycle: { name: 'ilm.get_lifecycle', paths: [{ path: '/_ilm/policy/{policy}', parts: ['policy'], methods: ['GET'] }, { path: '/_ilm/policy', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_status: { name: 'ilm.get_status', paths: [{ path: '/_ilm/status', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  migrate_to_data_tiers: { name: 'ilm.migrate_to_data_tiers', paths: [{ path: '/_ilm/migrate_to_data_tiers', parts: [], methods: ['POST'] }], params: { dry_run: 'boolean', master_timeout: 'time' }, body: 'json' },
  move_to_step: { name: 'ilm.move_to_step', paths: [{ path: '/_ilm/move/{index}', parts: ['index'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  put_lifecycle: { name: 'ilm.put_lifecycle', paths: [{ path: '/_ilm/policy/{policy}', parts: ['policy'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  remove_policy: { name: 'ilm.remove_policy', paths: [{ path: '/{index}/_ilm/remove', parts: ['index'], methods: ['POST'] }], params: {}, body: 'none' },
  retry: { name: 'ilm.retry', paths: [{ path: '/{index}/_ilm/retry', parts: ['index'], methods: ['POST'] }], params: {}, body: 'none' },
  start: { name: 'ilm.start', paths: [{ path: '/_ilm/start', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  stop: { name: 'ilm.stop', paths: [{ path: '/_ilm/stop', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
}

/** Parameters of `ilm.delete_lifecycle`. */
export interface IlmDeleteLifecycleParams extends CommonParams {
  /** The name of the index lifecycle policy */
  policy: string
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

/** Parameters of `ilm.explain_lifecycle`. */
export interface IlmExplainLifecycleParams extends CommonParams {
  /** The name of the index to explain */
  index: string
  /**
   * Whether wildcard expressions should get expanded to open, closed, or hidden indices (default: open)
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** filters the indices included in the response to ones in an ILM error state, implies only_managed */
  only_errors?: boolean
  /** filters the indices included in the response to ones managed by ILM */
  only_managed?: boolean
}

/** Parameters of `ilm.get_lifecycle`. */
export interface IlmGetLifecycleParams extends CommonParams {
  /** The name of the index lifecycle policy */
  policy?: string
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

/** Parameters of `ilm.get_status`. */
export interface IlmGetStatusParams extends CommonParams {
}

/** Parameters of `ilm.migrate_to_data_tiers`. */
export interface IlmMigrateToDataTiersParams extends CommonBodyParams {
  /**
   * If set to true it will simulate the migration, providing a way to retrieve the ILM policies and indices that need to be migrated. The default is false
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ilm.move_to_step`. */
export interface IlmMoveToStepParams extends CommonBodyParams {
  /** The name of the index whose lifecycle step is to change */
  index: string
}

/** Parameters of `ilm.put_lifecycle`. */
export interface IlmPutLifecycleParams extends CommonBodyParams {
  /** The name of the index lifecycle policy */
  policy: string
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

/** Parameters of `ilm.remove_policy`. */
export interface IlmRemovePolicyParams extends CommonParams {
  /** The name of the index to remove policy on */
  index: string
}

/** Parameters of `ilm.retry`. */
export interface IlmRetryParams extends CommonParams {
  /** The name of the indices (comma-separated) whose failed lifecycle step is to be retry */
  index: string
}

/** Parameters of `ilm.start`. */
export interface IlmStartParams extends CommonParams {
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

/** Parameters of `ilm.stop`. */
export interface IlmStopParams extends CommonParams {
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

const E = endpoints

/** The `ilm` APIs, reached as `client.ilm`. */
export class IlmApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a lifecycle policy
   * `DELETE /_ilm/policy/{policy}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-delete-lifecycle
   */
  deleteLifecycle<TResponse = unknown>(params: IlmDeleteLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteLifecycle<TResponse = unknown>(params: IlmDeleteLifecycleParams, options?: RequestOptions): Promise<TResponse>
  deleteLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_lifecycle, params, options)
  }

  /**
   * Explain the lifecycle state
   * `GET /{index}/_ilm/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-explain-lifecycle
   */
  explainLifecycle<TResponse = unknown>(params: IlmExplainLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  explainLifecycle<TResponse = unknown>(params: IlmExplainLifecycleParams, options?: RequestOptions): Promise<TResponse>
  explainLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.explain_lifecycle, params, options)
  }

  /**
   * Get lifecycle policies
   * `GET /_ilm/policy/{policy}`
   * `GET /_ilm/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-get-lifecycle
   */
  getLifecycle<TResponse = unknown>(params: IlmGetLifecycleParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getLifecycle<TResponse = unknown>(params?: IlmGetLifecycleParams, options?: RequestOptions): Promise<TResponse>
  getLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_lifecycle, params, options)
  }

  /**
   * Get the ILM status
   * `GET /_ilm/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-get-status
   */
  getStatus<TResponse = unknown>(params: IlmGetStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getStatus<TResponse = unknown>(params?: IlmGetStatusParams, options?: RequestOptions): Promise<TResponse>
  getStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_status, params, options)
  }

  /**
   * Migrate to data tiers routing
   * `POST /_ilm/migrate_to_data_tiers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-migrate-to-data-tiers
   */
  migrateToDataTiers<TResponse = unknown>(params: IlmMigrateToDataTiersParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  migrateToDataTiers<TResponse = unknown>(params?: IlmMigrateToDataTiersParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  migrateToDataTiers(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.migrate_to_data_tiers, params, options)
  }

  /**
   * Move to a lifecycle step
   * `POST /_ilm/move/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-move-to-step
   */
  moveToStep<TResponse = unknown>(params: IlmMoveToStepParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  moveToStep<TResponse = unknown>(params: IlmMoveToStepParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  moveToStep(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.move_to_step, params, options)
  }

  /**
   * Create or update a lifecycle policy
   * `PUT /_ilm/policy/{policy}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-put-lifecycle
   */
  putLifecycle<TResponse = unknown>(params: IlmPutLifecycleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putLifecycle<TResponse = unknown>(params: IlmPutLifecycleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_lifecycle, params, options)
  }

  /**
   * Remove policies from an index
   * `POST /{index}/_ilm/remove`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-remove-policy
   */
  removePolicy<TResponse = unknown>(params: IlmRemovePolicyParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  removePolicy<TResponse = unknown>(params: IlmRemovePolicyParams, options?: RequestOptions): Promise<TResponse>
  removePolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.remove_policy, params, options)
  }

  /**
   * Retry a policy
   * `POST /{index}/_ilm/retry`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-retry
   */
  retry<TResponse = unknown>(params: IlmRetryParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  retry<TResponse = unknown>(params: IlmRetryParams, options?: RequestOptions): Promise<TResponse>
  retry(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.retry, params, options)
  }

  /**
   * Start the ILM plugin
   * `POST /_ilm/start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-start
   */
  start<TResponse = unknown>(params: IlmStartParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  start<TResponse = unknown>(params?: IlmStartParams, options?: RequestOptions): Promise<TResponse>
  start(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start, params, options)
  }

  /**
   * Stop the ILM plugin
   * `POST /_ilm/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-stop
   */
  stop<TResponse = unknown>(params: IlmStopParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stop<TResponse = unknown>(params?: IlmStopParams, options?: RequestOptions): Promise<TResponse>
  stop(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop, params, options)
  }
}
