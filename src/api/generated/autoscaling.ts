// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `autoscaling` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_autoscaling_policy: { name: 'autoscaling.delete_autoscaling_policy', paths: [{ path: '/_autoscaling/policy/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_autoscaling_capacity: { name: 'autoscaling.get_autoscaling_capacity', paths: [{ path: '/_autoscaling/capacity', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_autoscaling_policy: { name: 'autoscaling.get_autoscaling_policy', paths: [{ path: '/_autoscaling/policy/{name}', parts: ['name'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  put_autoscaling_policy: { name: 'autoscaling.put_autoscaling_policy', paths: [{ path: '/_autoscaling/policy/{name}', parts: ['name'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `autoscaling.delete_autoscaling_policy`. */
export interface AutoscalingDeleteAutoscalingPolicyParams extends CommonParams {
  /** the name of the autoscaling policy */
  name: string
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

/** Parameters of `autoscaling.get_autoscaling_capacity`. */
export interface AutoscalingGetAutoscalingCapacityParams extends CommonParams {
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `autoscaling.get_autoscaling_policy`. */
export interface AutoscalingGetAutoscalingPolicyParams extends CommonParams {
  /** the name of the autoscaling policy */
  name: string
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `autoscaling.put_autoscaling_policy`. */
export interface AutoscalingPutAutoscalingPolicyParams extends CommonBodyParams {
  /** the name of the autoscaling policy */
  name: string
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

/** The `autoscaling` APIs, reached as `client.autoscaling`. */
export class AutoscalingApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete an autoscaling policy
   * `DELETE /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-delete-autoscaling-policy
   */
  deleteAutoscalingPolicy<TResponse = unknown>(params: AutoscalingDeleteAutoscalingPolicyParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteAutoscalingPolicy<TResponse = unknown>(params: AutoscalingDeleteAutoscalingPolicyParams, options?: RequestOptions): Promise<TResponse>
  deleteAutoscalingPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_autoscaling_policy, params, options)
  }

  /**
   * Get the autoscaling capacity
   * `GET /_autoscaling/capacity`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  getAutoscalingCapacity<TResponse = unknown>(params: AutoscalingGetAutoscalingCapacityParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAutoscalingCapacity<TResponse = unknown>(params?: AutoscalingGetAutoscalingCapacityParams, options?: RequestOptions): Promise<TResponse>
  getAutoscalingCapacity(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_autoscaling_capacity, params, options)
  }

  /**
   * Get an autoscaling policy
   * `GET /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  getAutoscalingPolicy<TResponse = unknown>(params: AutoscalingGetAutoscalingPolicyParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAutoscalingPolicy<TResponse = unknown>(params: AutoscalingGetAutoscalingPolicyParams, options?: RequestOptions): Promise<TResponse>
  getAutoscalingPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_autoscaling_policy, params, options)
  }

  /**
   * Create or update an autoscaling policy
   * `PUT /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-put-autoscaling-policy
   */
  putAutoscalingPolicy<TResponse = unknown>(params: AutoscalingPutAutoscalingPolicyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAutoscalingPolicy<TResponse = unknown>(params: AutoscalingPutAutoscalingPolicyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAutoscalingPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_autoscaling_policy, params, options)
  }
}
