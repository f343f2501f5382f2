// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `license` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete: { name: 'license.delete', paths: [{ path: '/_license', parts: [], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get: { name: 'license.get', paths: [{ path: '/_license', parts: [], methods: ['GET'] }], params: { accept_enterprise: 'boolean', local: 'boolean' }, body: 'none' },
  get_basic_status: { name: 'license.get_basic_status', paths: [{ path: '/_license/basic_status', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_trial_status: { name: 'license.get_trial_status', paths: [{ path: '/_license/trial_status', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  post: { name: 'license.post', paths: [{ path: '/_license', parts: [], methods: ['PUT', 'POST'] }], params: { acknowledge: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'json' },
  post_start_basic: { name: 'license.post_start_basic', paths: [{ path: '/_license/start_basic', parts: [], methods: ['POST'] }], params: { acknowledge: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  post_start_trial: { name: 'license.post_start_trial', paths: [{ path: '/_license/start_trial', parts: [], methods: ['POST'] }], params: { acknowledge: 'boolean', master_timeout: 'time', type: 'string' }, body: 'none' },
}

/** Parameters of `license.delete`. */
export interface LicenseDeleteParams extends CommonParams {
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

/** Parameters of `license.get`. */
export interface LicenseGetParams extends CommonParams {
  /**
   * Supported for backwards compatibility with 7.x. If this param is used it must be set to true
   * Default: `true`.
   * @deprecated This parameter no longer has any effect
   */
  accept_enterprise?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `true`.
   */
  local?: boolean
}

/** Parameters of `license.get_basic_status`. */
export interface LicenseGetBasicStatusParams extends CommonParams {
}

/** Parameters of `license.get_trial_status`. */
export interface LicenseGetTrialStatusParams extends CommonParams {
}

/** Parameters of `license.post`. */
export interface LicensePostParams extends CommonBodyParams {
  /**
   * whether the user has acknowledged acknowledge messages (default: false)
   * Default: `false`.
   */
  acknowledge?: boolean
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

/** Parameters of `license.post_start_basic`. */
export interface LicensePostStartBasicParams extends CommonParams {
  /**
   * whether the user has acknowledged acknowledge messages (default: false)
   * Default: `false`.
   */
  acknowledge?: boolean
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

/** Parameters of `license.post_start_trial`. */
export interface LicensePostStartTrialParams extends CommonParams {
  /**
   * whether the user has acknowledged acknowledge messages (default: false)
   * Default: `false`.
   */
  acknowledge?: boolean
  /**
   * Timeout for processing on master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * The type of trial license to generate (default: "trial")
   * Default: `"trial"`.
   */
  type?: string
}

const E = endpoints

/** The `license` APIs, reached as `client.license`. */
export class LicenseApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete the license
   * `DELETE /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-delete
   */
  delete<TResponse = unknown>(params: LicenseDeleteParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params?: LicenseDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Get license information
   * `GET /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get
   */
  get<TResponse = unknown>(params: LicenseGetParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params?: LicenseGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get the basic license status
   * `GET /_license/basic_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-basic-status
   */
  getBasicStatus<TResponse = unknown>(params: LicenseGetBasicStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getBasicStatus<TResponse = unknown>(params?: LicenseGetBasicStatusParams, options?: RequestOptions): Promise<TResponse>
  getBasicStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_basic_status, params, options)
  }

  /**
   * Get the trial status
   * `GET /_license/trial_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-trial-status
   */
  getTrialStatus<TResponse = unknown>(params: LicenseGetTrialStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getTrialStatus<TResponse = unknown>(params?: LicenseGetTrialStatusParams, options?: RequestOptions): Promise<TResponse>
  getTrialStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_trial_status, params, options)
  }

  /**
   * Update the license
   * `PUT|POST /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post
   */
  post<TResponse = unknown>(params: LicensePostParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  post<TResponse = unknown>(params?: LicensePostParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  post(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post, params, options)
  }

  /**
   * Start a basic license
   * `POST /_license/start_basic`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-basic
   */
  postStartBasic<TResponse = unknown>(params: LicensePostStartBasicParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  postStartBasic<TResponse = unknown>(params?: LicensePostStartBasicParams, options?: RequestOptions): Promise<TResponse>
  postStartBasic(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_start_basic, params, options)
  }

  /**
   * Start a trial
   * `POST /_license/start_trial`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-trial
   */
  postStartTrial<TResponse = unknown>(params: LicensePostStartTrialParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  postStartTrial<TResponse = unknown>(params?: LicensePostStartTrialParams, options?: RequestOptions): Promise<TResponse>
  postStartTrial(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_start_trial, params, options)
  }
}
