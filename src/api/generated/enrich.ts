// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `enrich` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_policy: { name: 'enrich.delete_policy', paths: [{ path: '/_enrich/policy/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time' }, body: 'none' },
  execute_policy: { name: 'enrich.execute_policy', paths: [{ path: '/_enrich/policy/{name}/_execute', parts: ['name'], methods: ['PUT'] }], params: { master_timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
  get_policy: { name: 'enrich.get_policy', paths: [{ path: '/_enrich/policy/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_enrich/policy', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  put_policy: { name: 'enrich.put_policy', paths: [{ path: '/_enrich/policy/{name}', parts: ['name'], methods: ['PUT'] }], params: { master_timeout: 'time' }, body: 'json', bodyRequired: true },
  stats: { name: 'enrich.stats', paths: [{ path: '/_enrich/_stats', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
}

/** Parameters of `enrich.delete_policy`. */
export interface EnrichDeletePolicyParams extends CommonParams {
  /** The name of the enrich policy */
  name: string
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `enrich.execute_policy`. */
export interface EnrichExecutePolicyParams extends CommonParams {
  /** The name of the enrich policy */
  name: string
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Should the request should block until the execution is complete.
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `enrich.get_policy`. */
export interface EnrichGetPolicyParams extends CommonParams {
  /** A comma-separated list of enrich policy names */
  name?: string | readonly string[]
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `enrich.put_policy`. */
export interface EnrichPutPolicyParams extends CommonBodyParams {
  /** The name of the enrich policy */
  name: string
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `enrich.stats`. */
export interface EnrichStatsParams extends CommonParams {
  /**
   * Timeout for waiting for new cluster state in case it is blocked
   * Default: `"30s"`.
   */
  master_timeout?: string
}

const E = endpoints

/** The `enrich` APIs, reached as `client.enrich`. */
export class EnrichApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete an enrich policy
   * `DELETE /_enrich/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-delete-policy
   */
  deletePolicy<TResponse = unknown>(params: EnrichDeletePolicyParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deletePolicy<TResponse = unknown>(params: EnrichDeletePolicyParams, options?: RequestOptions): Promise<TResponse>
  deletePolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_policy, params, options)
  }

  /**
   * Run an enrich policy
   * `PUT /_enrich/policy/{name}/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-execute-policy
   */
  executePolicy<TResponse = unknown>(params: EnrichExecutePolicyParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  executePolicy<TResponse = unknown>(params: EnrichExecutePolicyParams, options?: RequestOptions): Promise<TResponse>
  executePolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.execute_policy, params, options)
  }

  /**
   * Get an enrich policy
   * `GET /_enrich/policy/{name}`
   * `GET /_enrich/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-get-policy
   */
  getPolicy<TResponse = unknown>(params: EnrichGetPolicyParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getPolicy<TResponse = unknown>(params?: EnrichGetPolicyParams, options?: RequestOptions): Promise<TResponse>
  getPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_policy, params, options)
  }

  /**
   * Create an enrich policy
   * `PUT /_enrich/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-put-policy
   */
  putPolicy<TResponse = unknown>(params: EnrichPutPolicyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putPolicy<TResponse = unknown>(params: EnrichPutPolicyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_policy, params, options)
  }

  /**
   * Get enrich stats
   * `GET /_enrich/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-stats
   */
  stats<TResponse = unknown>(params: EnrichStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: EnrichStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }
}
