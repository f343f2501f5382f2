// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, Name, NodeName, RequestBase, integer } from './common.js'

export interface AutoscalingAutoscalingPolicy {
  roles: string[]
  /** Decider settings. */
  deciders: Record<string, any>
}

/** Request of `autoscaling.delete_autoscaling_policy`. */
export interface AutoscalingDeleteAutoscalingPolicyRequest extends RequestBase {
  /** Name of the autoscaling policy */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type AutoscalingDeleteAutoscalingPolicyResponse = AcknowledgedResponseBase

export interface AutoscalingGetAutoscalingCapacityAutoscalingCapacity {
  node: AutoscalingGetAutoscalingCapacityAutoscalingResources
  total: AutoscalingGetAutoscalingCapacityAutoscalingResources
}

export interface AutoscalingGetAutoscalingCapacityAutoscalingDecider {
  required_capacity: AutoscalingGetAutoscalingCapacityAutoscalingCapacity
  reason_summary?: string
  reason_details?: any
}

export interface AutoscalingGetAutoscalingCapacityAutoscalingDeciders {
  required_capacity: AutoscalingGetAutoscalingCapacityAutoscalingCapacity
  current_capacity: AutoscalingGetAutoscalingCapacityAutoscalingCapacity
  current_nodes: AutoscalingGetAutoscalingCapacityAutoscalingNode[]
  deciders: Record<string, AutoscalingGetAutoscalingCapacityAutoscalingDecider>
}

export interface AutoscalingGetAutoscalingCapacityAutoscalingNode {
  name: NodeName
}

export interface AutoscalingGetAutoscalingCapacityAutoscalingResources {
  storage: integer
  memory: integer
}

/** Request of `autoscaling.get_autoscaling_capacity`. */
export interface AutoscalingGetAutoscalingCapacityRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface AutoscalingGetAutoscalingCapacityResponse {
  policies: Record<string, AutoscalingGetAutoscalingCapacityAutoscalingDeciders>
}

/** Request of `autoscaling.get_autoscaling_policy`. */
export interface AutoscalingGetAutoscalingPolicyRequest extends RequestBase {
  /** Name of the autoscaling policy */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export type AutoscalingGetAutoscalingPolicyResponse = AutoscalingAutoscalingPolicy

/** Request of `autoscaling.put_autoscaling_policy`. */
export interface AutoscalingPutAutoscalingPolicyRequest extends RequestBase {
  /** Name of the autoscaling policy */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  policy: AutoscalingAutoscalingPolicy
}

export type AutoscalingPutAutoscalingPolicyResponse = AcknowledgedResponseBase
