// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { Duration, RequestBase, long } from './common.js'

/** Request of `_internal.delete_desired_balance`. */
export interface InternalDeleteDesiredBalanceRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

/** An empty answer. */
export type InternalDeleteDesiredBalanceResponse = ''

/** Request of `_internal.delete_desired_nodes`. */
export interface InternalDeleteDesiredNodesRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

/** An empty answer. */
export type InternalDeleteDesiredNodesResponse = ''

/** Request of `_internal.get_desired_balance`. */
export interface InternalGetDesiredBalanceRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type InternalGetDesiredBalanceResponse = any

/** Request of `_internal.get_desired_nodes`. */
export interface InternalGetDesiredNodesRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type InternalGetDesiredNodesResponse = any

/** Request of `_internal.prevalidate_node_removal`. */
export interface InternalPrevalidateNodeRemovalRequest extends RequestBase {
  /** A comma-separated list of node names to prevalidate */
  names?: string[]
  /** A comma-separated list of node IDs to prevalidate */
  ids?: string[]
  /** A comma-separated list of node external IDs to prevalidate */
  external_ids?: string[]
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type InternalPrevalidateNodeRemovalResponse = any

/** Request of `_internal.update_desired_nodes`. */
export interface InternalUpdateDesiredNodesRequest extends RequestBase {
  /** The history ID */
  history_id: string
  /** The version number */
  version: long
  /** Simulate the update */
  dry_run?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  body: any
}

export interface InternalUpdateDesiredNodesResponse {
  replaced_existing_history_id: boolean
  dry_run: boolean
}
