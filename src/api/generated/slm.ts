// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `slm` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_lifecycle: { name: 'slm.delete_lifecycle', paths: [{ path: '/_slm/policy/{policy_id}', parts: ['policy_id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  execute_lifecycle: { name: 'slm.execute_lifecycle', paths: [{ path: '/_slm/policy/{policy_id}/_execute', parts: ['policy_id'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  execute_retention: { name: 'slm.execute_retention', paths: [{ path: '/_slm/_execute_retention', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_lifecycle: { name: 'slm.get_lifecycle', paths: [{ path: '/_slm/policy/{policy_id}', parts: ['policy_id'], methods: ['GET'] }, { path: '/_slm/policy', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_stats: { name: 'slm.get_stats', paths: [{ path: '/_slm/stats', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_status: { name: 'slm.get_status', paths: [{ path: '/_slm/status', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  put_lifecycle: { name: 'slm.put_lifecycle', paths: [{ path: '/_slm/policy/{policy_id}', parts: ['policy_id'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  start: { name: 'slm.start', paths: [{ path: '/_slm/start', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  stop: { name: 'slm.stop', paths: [{ path: '/_slm/stop', parts: [], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
}

/** Parameters of `slm.delete_lifecycle`. */
export interface SlmDeleteLifecycleParams extends CommonParams {
  /** The id of the snapshot lifecycle policy to remove */
  policy_id: string
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

/** Parameters of `slm.execute_lifecycle`. */
export interface SlmExecuteLifecycleParams extends CommonParams {
  /** The id of the snapshot lifecycle policy to be executed */
  policy_id: string
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

/** Parameters of `slm.execute_retention`. */
export interface SlmExecuteRetentionParams extends CommonParams {
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

/** Parameters of `slm.get_lifecycle`. */
export interface SlmGetLifecycleParams extends CommonParams {
  /** Comma-separated list of snapshot lifecycle policies to retrieve */
  policy_id?: string | readonly string[]
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

/** Parameters of `slm.get_stats`. */
export interface SlmGetStatsParams extends CommonParams {
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

/** Parameters of `slm.get_status`. */
export interface SlmGetStatusParams extends CommonParams {
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

/** Parameters of `slm.put_lifecycle`. */
export interface SlmPutLifecycleParams extends CommonBodyParams {
  /** The id of the snapshot lifecycle policy */
  policy_id: string
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

/** Parameters of `slm.start`. */
export interface SlmStartParams extends CommonParams {
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Timeout for acknowledgement of update from all nodes in cluster
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `slm.stop`. */
export interface SlmStopParams extends CommonParams {
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Timeout for acknowledgement of update from all nodes in cluster
   * Default: `"30s"`.
   */
  timeout?: string
}

const E = endpoints

/** The `slm` APIs, reached as `client.slm`. */
export class SlmApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a policy
   * `DELETE /_slm/policy/{policy_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-delete-lifecycle
   */
  deleteLifecycle<TResponse = unknown>(params: SlmDeleteLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteLifecycle<TResponse = unknown>(params: SlmDeleteLifecycleParams, options?: RequestOptions): Promise<TResponse>
  deleteLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_lifecycle, params, options)
  }

  /**
   * Run a policy
   * `PUT /_slm/policy/{policy_id}/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-execute-lifecycle
   */
  executeLifecycle<TResponse = unknown>(params: SlmExecuteLifecycleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  executeLifecycle<TResponse = unknown>(params: SlmExecuteLifecycleParams, options?: RequestOptions): Promise<TResponse>
  executeLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.execute_lifecycle, params, options)
  }

  /**
   * Run a retention policy
   * `POST /_slm/_execute_retention`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-execute-retention
   */
  executeRetention<TResponse = unknown>(params: SlmExecuteRetentionParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  executeRetention<TResponse = unknown>(params?: SlmExecuteRetentionParams, options?: RequestOptions): Promise<TResponse>
  executeRetention(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.execute_retention, params, options)
  }

  /**
   * Get policy information
   * `GET /_slm/policy/{policy_id}`
   * `GET /_slm/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-lifecycle
   */
  getLifecycle<TResponse = unknown>(params: SlmGetLifecycleParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getLifecycle<TResponse = unknown>(params?: SlmGetLifecycleParams, options?: RequestOptions): Promise<TResponse>
  getLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_lifecycle, params, options)
  }

  /**
   * Get snapshot lifecycle management statistics
   * `GET /_slm/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-stats
   */
  getStats<TResponse = unknown>(params: SlmGetStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getStats<TResponse = unknown>(params?: SlmGetStatsParams, options?: RequestOptions): Promise<TResponse>
  getStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_stats, params, options)
  }

  /**
   * Get the snapshot lifecycle management status
   * `GET /_slm/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-status
   */
  getStatus<TResponse = unknown>(params: SlmGetStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getStatus<TResponse = unknown>(params?: SlmGetStatusParams, options?: RequestOptions): Promise<TResponse>
  getStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_status, params, options)
  }

  /**
   * Create or update a policy
   * `PUT /_slm/policy/{policy_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-put-lifecycle
   */
  putLifecycle<TResponse = unknown>(params: SlmPutLifecycleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putLifecycle<TResponse = unknown>(params: SlmPutLifecycleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putLifecycle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_lifecycle, params, options)
  }

  /**
   * Start snapshot lifecycle management
   * `POST /_slm/start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-start
   */
  start<TResponse = unknown>(params: SlmStartParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  start<TResponse = unknown>(params?: SlmStartParams, options?: RequestOptions): Promise<TResponse>
  start(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start, params, options)
  }

  /**
   * Stop snapshot lifecycle management
   * `POST /_slm/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-stop
   */
  stop<TResponse = unknown>(params: SlmStopParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stop<TResponse = unknown>(params?: SlmStopParams, options?: RequestOptions): Promise<TResponse>
  stop(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop, params, options)
  }
}
