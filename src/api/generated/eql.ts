// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `eql` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete: { name: 'eql.delete', paths: [{ path: '/_eql/search/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get: { name: 'eql.get', paths: [{ path: '/_eql/search/{id}', parts: ['id'], methods: ['GET'] }], params: { keep_alive: 'time', wait_for_completion_timeout: 'time' }, body: 'none' },
  get_status: { name: 'eql.get_status', paths: [{ path: '/_eql/search/status/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  search: { name: 'eql.search', paths: [{ path: '/{index}/_eql/search', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', allow_partial_search_results: 'boolean', allow_partial_sequence_results: 'boolean', ccs_minimize_roundtrips: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', keep_alive: 'time', keep_on_completion: 'boolean', wait_for_completion_timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `eql.delete`. */
export interface EqlDeleteParams extends CommonParams {
  /** The async search ID */
  id: string
}

/** Parameters of `eql.get`. */
export interface EqlGetParams extends CommonParams {
  /** The async search ID */
  id: string
  /**
   * Update the time interval in which the results (partial or final) for this search will be available
   * Default: `"5d"`.
   */
  keep_alive?: string
  /** Specify the time that the request should block waiting for the final response */
  wait_for_completion_timeout?: string
}

/** Parameters of `eql.get_status`. */
export interface EqlGetStatusParams extends CommonParams {
  /** The async search ID */
  id: string
}

/** Parameters of `eql.search`. */
export interface EqlSearchParams extends CommonBodyParams {
  /** Comma-separated list of index names to scope the operation */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Control whether the query should keep running in case of shard failures, and return partial results
   * Default: `true`.
   */
  allow_partial_search_results?: boolean
  /**
   * Control whether a sequence query should return partial results or no results at all in case of shard failures. This option has effect only if [allow_partial_search_results] is true.
   * Default: `false`.
   */
  allow_partial_sequence_results?: boolean
  /**
   * Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution
   * Default: `true`.
   */
  ccs_minimize_roundtrips?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `true`.
   */
  ignore_unavailable?: boolean
  /**
   * Update the time interval in which the results (partial or final) for this search will be available
   * Default: `"5d"`.
   */
  keep_alive?: string
  /**
   * Control whether the response should be stored in the cluster if it completed within the provided [wait_for_completion] time (default: false)
   * Default: `false`.
   */
  keep_on_completion?: boolean
  /** Specify the time that the request should block waiting for the final response */
  wait_for_completion_timeout?: string
}

const E = endpoints

/** The `eql` APIs, reached as `client.eql`. */
export class EqlApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete an async EQL search
   * `DELETE /_eql/search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-delete
   */
  delete<TResponse = unknown>(params: EqlDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: EqlDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Get async EQL search results
   * `GET /_eql/search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get
   */
  get<TResponse = unknown>(params: EqlGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: EqlGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get the async EQL status
   * `GET /_eql/search/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get-status
   */
  getStatus<TResponse = unknown>(params: EqlGetStatusParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getStatus<TResponse = unknown>(params: EqlGetStatusParams, options?: RequestOptions): Promise<TResponse>
  getStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_status, params, options)
  }

  /**
   * Get EQL search results
   * `GET|POST /{index}/_eql/search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-search
   */
  search<TResponse = unknown>(params: EqlSearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  search<TResponse = unknown>(params: EqlSearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  search(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search, params, options)
  }
}
