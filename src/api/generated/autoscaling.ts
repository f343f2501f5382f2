// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { AutoscalingDeleteAutoscalingPolicyRequest, AutoscalingDeleteAutoscalingPolicyResponse, AutoscalingGetAutoscalingCapacityRequest, AutoscalingGetAutoscalingCapacityResponse, AutoscalingGetAutoscalingPolicyRequest, AutoscalingGetAutoscalingPolicyResponse, AutoscalingPutAutoscalingPolicyRequest, AutoscalingPutAutoscalingPolicyResponse } from '../types/index.js'

/** The `autoscaling` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteAutoscalingPolicy: ['autoscaling.delete_autoscaling_policy', 'DELETE /_autoscaling/policy/{name}', 'master_timeout timeout', 'none'],
  getAutoscalingCapacity: ['autoscaling.get_autoscaling_capacity', 'GET /_autoscaling/capacity', 'master_timeout', 'none'],
  getAutoscalingPolicy: ['autoscaling.get_autoscaling_policy', 'GET /_autoscaling/policy/{name}', 'master_timeout', 'none'],
  putAutoscalingPolicy: ['autoscaling.put_autoscaling_policy', 'PUT /_autoscaling/policy/{name}', 'master_timeout timeout', 'value policy'],
})

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
  declare deleteAutoscalingPolicy: Call<AutoscalingDeleteAutoscalingPolicyRequest, AutoscalingDeleteAutoscalingPolicyResponse>
  /**
   * Get the autoscaling capacity.
   * `GET /_autoscaling/capacity`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  declare getAutoscalingCapacity: OptionalCall<AutoscalingGetAutoscalingCapacityRequest, AutoscalingGetAutoscalingCapacityResponse>
  /**
   * Get an autoscaling policy.
   * `GET /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-get-autoscaling-capacity
   */
  declare getAutoscalingPolicy: Call<AutoscalingGetAutoscalingPolicyRequest, AutoscalingGetAutoscalingPolicyResponse>
  /**
   * Create or update an autoscaling policy.
   * `PUT /_autoscaling/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-autoscaling-put-autoscaling-policy
   */
  declare putAutoscalingPolicy: Call<AutoscalingPutAutoscalingPolicyRequest, AutoscalingPutAutoscalingPolicyResponse>
}
installMethods(AutoscalingApi, endpoints)
