// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `autoscaling` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteAutoscalingPolicy: ['autoscaling.delete_autoscaling_policy', 'DELETE /_autoscaling/policy/{name}', 'master_timeout timeout', 'none'],
  getAutoscalingCapacity: ['autoscaling.get_autoscaling_capacity', 'GET /_autoscaling/capacity', 'master_timeout', 'none'],
  getAutoscalingPolicy: ['autoscaling.get_autoscaling_policy', 'GET /_autoscaling/policy/{name}', 'master_timeout', 'none'],
  putAutoscalingPolicy: ['autoscaling.put_autoscaling_policy', 'PUT /_autoscaling/policy/{name}', 'master_timeout timeout', 'value policy'],
})

export interface AutoscalingDeleteAutoscalingPolicyParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
}
export interface AutoscalingGetAutoscalingCapacityParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface AutoscalingGetAutoscalingPolicyParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
}
export interface AutoscalingPutAutoscalingPolicyParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
  policy?: unknown
}

/** The `autoscaling` APIs, reached as `client.autoscaling`. */
export class AutoscalingApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete an autoscaling policy.
   * `DELETE /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-delete-autoscaling-policy
   */
  declare deleteAutoscalingPolicy: Call<AutoscalingDeleteAutoscalingPolicyParams>
  /**
   * Get the autoscaling capacity.
   * `GET /_autoscaling/capacity`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  declare getAutoscalingCapacity: OptionalCall<AutoscalingGetAutoscalingCapacityParams>
  /**
   * Get an autoscaling policy.
   * `GET /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  declare getAutoscalingPolicy: Call<AutoscalingGetAutoscalingPolicyParams>
  /**
   * Create or update an autoscaling policy.
   * `PUT /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-put-autoscaling-policy
   */
  declare putAutoscalingPolicy: Call<AutoscalingPutAutoscalingPolicyParams>
}
installMethods(AutoscalingApi, endpoints)
