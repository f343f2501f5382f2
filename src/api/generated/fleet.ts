// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `fleet` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_secret: { name: 'fleet.delete_secret', paths: [{ path: '/_fleet/secret/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_secret: { name: 'fleet.get_secret', paths: [{ path: '/_fleet/secret/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  global_checkpoints: { name: 'fleet.global_checkpoints', paths: [{ path: '/{index}/_fleet/global_checkpoints', parts: ['index'], methods: ['GET'] }], params: { checkpoints: 'list', timeout: 'time', wait_for_advance: 'boolean', wait_for_index: 'boolean' }, body: 'none' },
  msearch: { name: 'fleet.msearch', paths: [{ path: '/_fleet/_fleet_msearch', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_fleet/_fleet_msearch', parts: ['index'], methods: ['GET', 'POST'] }], params: {}, body: 'ndjson', bodyRequired: true, bodyKey: 'searches' },
  post_secret: { name: 'fleet.post_secret', paths: [{ path: '/_fleet/secret', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  search: { name: 'fleet.search', paths: [{ path: '/{index}/_fleet/_fleet_search', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_partial_search_results: 'boolean', wait_for_checkpoints: 'list', wait_for_checkpoints_timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `fleet.delete_secret`. */
export interface FleetDeleteSecretParams extends CommonParams {
  /** The ID of the secret */
  id: string
}

/** Parameters of `fleet.get_secret`. */
export interface FleetGetSecretParams extends CommonParams {
  /** The ID of the secret */
  id: string
}

/** Parameters of `fleet.global_checkpoints`. */
export interface FleetGlobalCheckpointsParams extends CommonParams {
  /** The name of the index. */
  index: string
  /**
   * Comma separated list of checkpoints
   * Default: `""`.
   */
  checkpoints?: string | readonly string[]
  /**
   * Timeout to wait for global checkpoint to advance
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Whether to wait for the global checkpoint to advance past the specified current checkpoints
   * Default: `false`.
   */
  wait_for_advance?: boolean
  /**
   * Whether to wait for the target index to exist and all primary shards be active
   * Default: `false`.
   */
  wait_for_index?: boolean
}

/** Parameters of `fleet.msearch`. */
export interface FleetMsearchParams extends CommonParams {
  /** The index name to use as the default */
  index?: string
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  searches: readonly unknown[] | string | Buffer
}

/** Parameters of `fleet.post_secret`. */
export interface FleetPostSecretParams extends CommonBodyParams {
}

/** Parameters of `fleet.search`. */
export interface FleetSearchParams extends CommonBodyParams {
  /** The index name to search. */
  index: string
  /**
   * Indicate if an error should be returned if there is a partial search failure or timeout
   * Default: `true`.
   */
  allow_partial_search_results?: boolean
  /**
   * Comma separated list of checkpoints, one per shard
   * Default: `""`.
   */
  wait_for_checkpoints?: string | readonly string[] | BodyValue
  /** Explicit wait_for_checkpoints timeout */
  wait_for_checkpoints_timeout?: string
}

const E = endpoints

/** The `fleet` APIs, reached as `client.fleet`. */
export class FleetApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Deletes a secret stored by Fleet
   * `DELETE /_fleet/secret/{id}`
   */
  deleteSecret<TResponse = unknown>(params: FleetDeleteSecretParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteSecret<TResponse = unknown>(params: FleetDeleteSecretParams, options?: RequestOptions): Promise<TResponse>
  deleteSecret(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_secret, params, options)
  }

  /**
   * Retrieves a secret stored by Fleet
   * `GET /_fleet/secret/{id}`
   */
  getSecret<TResponse = unknown>(params: FleetGetSecretParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSecret<TResponse = unknown>(params: FleetGetSecretParams, options?: RequestOptions): Promise<TResponse>
  getSecret(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_secret, params, options)
  }

  /**
   * Get global checkpoints
   * `GET /{index}/_fleet/global_checkpoints`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-fleet
   */
  globalCheckpoints<TResponse = unknown>(params: FleetGlobalCheckpointsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  globalCheckpoints<TResponse = unknown>(params: FleetGlobalCheckpointsParams, options?: RequestOptions): Promise<TResponse>
  globalCheckpoints(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.global_checkpoints, params, options)
  }

  /**
   * Run multiple Fleet searches
   * `GET|POST /_fleet/_fleet_msearch`
   * `GET|POST /{index}/_fleet/_fleet_msearch`
   */
  msearch<TResponse = unknown>(params: FleetMsearchParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  msearch<TResponse = unknown>(params: FleetMsearchParams, options?: RequestOptions): Promise<TResponse>
  msearch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.msearch, params, options)
  }

  /**
   * Creates a secret stored by Fleet
   * `POST /_fleet/secret`
   */
  postSecret<TResponse = unknown>(params: FleetPostSecretParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  postSecret<TResponse = unknown>(params: FleetPostSecretParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  postSecret(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_secret, params, options)
  }

  /**
   * Run a Fleet search
   * `GET|POST /{index}/_fleet/_fleet_search`
   */
  search<TResponse = unknown>(params: FleetSearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  search<TResponse = unknown>(params: FleetSearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  search(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search, params, options)
  }
}
