// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { LicenseDeleteRequest, LicenseDeleteResponse, LicenseGetBasicStatusRequest, LicenseGetBasicStatusResponse, LicenseGetRequest, LicenseGetResponse, LicenseGetTrialStatusRequest, LicenseGetTrialStatusResponse, LicensePostRequest, LicensePostResponse, LicensePostStartBasicRequest, LicensePostStartBasicResponse, LicensePostStartTrialRequest, LicensePostStartTrialResponse } from '../types/index.js'

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
  declare delete: OptionalCall<LicenseDeleteRequest, LicenseDeleteResponse>
  /**
   * Get license information.
   * `GET /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get
   */
  declare get: OptionalCall<LicenseGetRequest, LicenseGetResponse>
  /**
   * Get the basic license status.
   * `GET /_license/basic_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-basic-status
   */
  declare getBasicStatus: OptionalCall<LicenseGetBasicStatusRequest, LicenseGetBasicStatusResponse>
  /**
   * Get the trial status.
   * `GET /_license/trial_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-get-trial-status
   */
  declare getTrialStatus: OptionalCall<LicenseGetTrialStatusRequest, LicenseGetTrialStatusResponse>
  /**
   * Update the license.
   * `PUT|POST /_license`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post
   */
  declare post: OptionalCall<LicensePostRequest, LicensePostResponse>
  /**
   * Start a basic license.
   * `POST /_license/start_basic`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-basic
   */
  declare postStartBasic: OptionalCall<LicensePostStartBasicRequest, LicensePostStartBasicResponse>
  /**
   * Start a trial.
   * `POST /_license/start_trial`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-license-post-start-trial
   */
  declare postStartTrial: OptionalCall<LicensePostStartTrialRequest, LicensePostStartTrialResponse>
}
installMethods(LicenseApi, endpoints)
