// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `license` endpoints, by method name. */
export const endpoints = endpointTable({
  delete: ['license.delete', 'DELETE /_license', 'master_timeout timeout', 'none'],
  get: ['license.get', 'GET /_license', 'accept_enterprise local', 'none'],
  getBasicStatus: ['license.get_basic_status', 'GET /_license/basic_status', '', 'none'],
  getTrialStatus: ['license.get_trial_status', 'GET /_license/trial_status', '', 'none'],
  post: ['license.post', 'PUT,POST /_license', 'acknowledge master_timeout timeout', 'fields license licenses'],
  postStartBasic: ['license.post_start_basic', 'POST /_license/start_basic', 'acknowledge master_timeout timeout', 'none'],
  postStartTrial: ['license.post_start_trial', 'POST /_license/start_trial', 'acknowledge type master_timeout', 'none'],
})

export interface LicenseDeleteParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {}
export interface LicenseGetParams extends CommonParams, QueryParams<'accept_enterprise' | 'local'> {}
export interface LicenseGetBasicStatusParams extends CommonParams {}
export interface LicenseGetTrialStatusParams extends CommonParams {}
export interface LicensePostParams extends CommonParams, QueryParams<'acknowledge' | 'master_timeout' | 'timeout'> {
  license?: unknown
  licenses?: unknown
}
export interface LicensePostStartBasicParams extends CommonParams, QueryParams<'acknowledge' | 'master_timeout' | 'timeout'> {}
export interface LicensePostStartTrialParams extends CommonParams, QueryParams<'acknowledge' | 'master_timeout'> {
  /** The type of trial license to generate */
  type?: string
}

/** The `license` APIs, reached as `client.license`. */
export class LicenseApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete the license.
   * `DELETE /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-delete
   */
  declare delete: OptionalCall<LicenseDeleteParams>
  /**
   * Get license information.
   * `GET /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get
   */
  declare get: OptionalCall<LicenseGetParams>
  /**
   * Get the basic license status.
   * `GET /_license/basic_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-basic-status
   */
  declare getBasicStatus: OptionalCall<LicenseGetBasicStatusParams>
  /**
   * Get the trial status.
   * `GET /_license/trial_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-trial-status
   */
  declare getTrialStatus: OptionalCall<LicenseGetTrialStatusParams>
  /**
   * Update the license.
   * `PUT|POST /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post
   */
  declare post: OptionalCall<LicensePostParams & BodyFields>
  /**
   * Start a basic license.
   * `POST /_license/start_basic`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-basic
   */
  declare postStartBasic: OptionalCall<LicensePostStartBasicParams>
  /**
   * Start a trial.
   * `POST /_license/start_trial`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-trial
   */
  declare postStartTrial: OptionalCall<LicensePostStartTrialParams>
}
installMethods(LicenseApi, endpoints)
