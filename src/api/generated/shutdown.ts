// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `shutdown` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_node: { name: 'shutdown.delete_node', paths: [{ path: '/_nodes/{node_id}/shutdown', parts: ['node_id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get_node: { name: 'shutdown.get_node', paths: [{ path: '/_nodes/shutdown', parts: [], methods: ['GET'] }, { path: '/_nodes/{node_id}/shutdown', parts: ['node_id'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  put_node: { name: 'shutdown.put_node', paths: [{ path: '/_nodes/{node_id}/shutdown', parts: ['node_id'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `shutdown.delete_node`. */
export interface ShutdownDeleteNodeParams extends CommonParams {
  /** The node id of node to be removed from the shutdown state */
  node_id: string
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

/** Parameters of `shutdown.get_node`. */
export interface ShutdownGetNodeParams extends CommonParams {
  /** Comma-separated list of nodes for which to retrieve the shutdown status */
  node_id?: string | readonly string[]
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `shutdown.put_node`. */
export interface ShutdownPutNodeParams extends CommonBodyParams {
  /** The node id of node to be shut down */
  node_id: string
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

/** The `shutdown` APIs, reached as `client.shutdown`. */
export class ShutdownApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Cancel node shutdown preparations
   * `DELETE /_nodes/{node_id}/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-delete-node
   */
  deleteNode<TResponse = unknown>(params: ShutdownDeleteNodeParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteNode<TResponse = unknown>(params: ShutdownDeleteNodeParams, options?: RequestOptions): Promise<TResponse>
  deleteNode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_node, params, options)
  }

  /**
   * Get the shutdown status
   * `GET /_nodes/shutdown`
   * `GET /_nodes/{node_id}/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-get-node
   */
  getNode<TResponse = unknown>(params: ShutdownGetNodeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getNode<TResponse = unknown>(params?: ShutdownGetNodeParams, options?: RequestOptions): Promise<TResponse>
  getNode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_node, params, options)
  }

  /**
   * Prepare a node to be shut down
   * `PUT /_nodes/{node_id}/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-put-node
   */
  putNode<TResponse = unknown>(params: ShutdownPutNodeParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putNode<TResponse = unknown>(params: ShutdownPutNodeParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putNode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_node, params, options)
  }
}
