// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `_internal` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_desired_balance: { name: '_internal.delete_desired_balance', paths: [{ path: '/_internal/desired_balance', parts: [], methods: ['DELETE'] }], params: { master_timeout: 'time' }, body: 'none' },
  delete_desired_nodes: { name: '_internal.delete_desired_nodes', paths: [{ path: '/_internal/desired_nodes', parts: [], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_desired_balance: { name: '_internal.get_desired_balance', paths: [{ path: '/_internal/desired_balance', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_desired_nodes: { name: '_internal.get_desired_nodes', paths: [{ path: '/_internal/desired_nodes/_latest', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  prevalidate_node_removal: { name: '_internal.prevalidate_node_removal', paths: [{ path: '/_internal/prevalidate_node_removal', parts: [], methods: ['POST'] }], params: { external_ids: 'list', ids: 'list', master_timeout: 'time', names: 'list', timeout: 'time' }, body: 'none' },
  update_desired_nodes: { name: '_internal.update_desired_nodes', paths: [{ path: '/_internal/desired_nodes/{history_id}/{version}', parts: ['history_id', 'version'], methods: ['PUT'] }], params: { dry_run: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `_internal.delete_desired_balance`. */
export interface InternalDeleteDesiredBalanceParams extends CommonParams {
  /**
   * Timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `_internal.delete_desired_nodes`. */
export interface InternalDeleteDesiredNodesParams extends CommonParams {
  /**
   * Timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Timeout for acknowledgements from all nodes
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `_internal.get_desired_balance`. */
export interface InternalGetDesiredBalanceParams extends CommonParams {
  /**
   * Timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `_internal.get_desired_nodes`. */
export interface InternalGetDesiredNodesParams extends CommonParams {
  /**
   * Period to wait for a connection to the master node.
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `_internal.prevalidate_node_removal`. */
export interface InternalPrevalidateNodeRemovalParams extends CommonParams {
  /**
   * A comma-separated list of node external IDs to prevalidate
   * Default: `[]`.
   */
  external_ids?: string | readonly string[]
  /**
   * A comma-separated list of node IDs to prevalidate
   * Default: `[]`.
   */
  ids?: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * A comma-separated list of node names to prevalidate
   * Default: `[]`.
   */
  names?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `_internal.update_desired_nodes`. */
export interface InternalUpdateDesiredNodesParams extends CommonBodyParams {
  /** the history id */
  history_id: string
  /** the version number */
  version: number
  /** Simulate the update */
  dry_run?: boolean
  /**
   * Period to wait for a connection to the master node.
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  timeout?: string
}

const E = endpoints

/** The `_internal` APIs, reached as `client.internal`. */
export class InternalApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * This API is a diagnostics API and the output should not be relied upon for building applications
   * `DELETE /_internal/desired_balance`
   */
  deleteDesiredBalance<TResponse = unknown>(params: InternalDeleteDesiredBalanceParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDesiredBalance<TResponse = unknown>(params?: InternalDeleteDesiredBalanceParams, options?: RequestOptions): Promise<TResponse>
  deleteDesiredBalance(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_desired_balance, params, options)
  }

  /**
   * Designed for indirect use by ECE/ESS and ECK, direct use is not supported.
   * `DELETE /_internal/desired_nodes`
   */
  deleteDesiredNodes<TResponse = unknown>(params: InternalDeleteDesiredNodesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDesiredNodes<TResponse = unknown>(params?: InternalDeleteDesiredNodesParams, options?: RequestOptions): Promise<TResponse>
  deleteDesiredNodes(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_desired_nodes, params, options)
  }

  /**
   * This API is a diagnostics API and the output should not be relied upon for building applications
   * `GET /_internal/desired_balance`
   */
  getDesiredBalance<TResponse = unknown>(params: InternalGetDesiredBalanceParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDesiredBalance<TResponse = unknown>(params?: InternalGetDesiredBalanceParams, options?: RequestOptions): Promise<TResponse>
  getDesiredBalance(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_desired_balance, params, options)
  }

  /**
   * Gets the latest desired nodes
   * `GET /_internal/desired_nodes/_latest`
   */
  getDesiredNodes<TResponse = unknown>(params: InternalGetDesiredNodesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDesiredNodes<TResponse = unknown>(params?: InternalGetDesiredNodesParams, options?: RequestOptions): Promise<TResponse>
  getDesiredNodes(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_desired_nodes, params, options)
  }

  /**
   * Prevalidates node removal from the cluster
   * `POST /_internal/prevalidate_node_removal`
   */
  prevalidateNodeRemoval<TResponse = unknown>(params: InternalPrevalidateNodeRemovalParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  prevalidateNodeRemoval<TResponse = unknown>(params?: InternalPrevalidateNodeRemovalParams, options?: RequestOptions): Promise<TResponse>
  prevalidateNodeRemoval(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.prevalidate_node_removal, params, options)
  }

  /**
   * Designed for indirect use by ECE/ESS and ECK, direct use is not supported.
   * `PUT /_internal/desired_nodes/{history_id}/{version}`
   */
  updateDesiredNodes<TResponse = unknown>(params: InternalUpdateDesiredNodesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateDesiredNodes<TResponse = unknown>(params: InternalUpdateDesiredNodesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateDesiredNodes(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_desired_nodes, params, options)
  }
}
