// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, DateTime, Duration, EpochTime, RequestBase, UnitMillis, Uuid, integer, long } from './common.js'

/** Request of `license.delete`. */
export interface LicenseDeleteRequest extends RequestBase {
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type LicenseDeleteResponse = AcknowledgedResponseBase

/** Request of `license.get_basic_status`. */
export interface LicenseGetBasicStatusRequest extends RequestBase {
}

export interface LicenseGetBasicStatusResponse {
  eligible_to_start_basic: boolean
}

export interface LicenseGetLicenseInformation {
  /** The date and time the license expires in ISO 8601 format. */
  expiry_date?: DateTime
  /** The date and time the license expires in milliseconds since the Unix epoch. */
  expiry_date_in_millis?: EpochTime<UnitMillis>
  /** The date and time the license was issued in ISO 8601 format. */
  issue_date: DateTime
  /** The date and time the license was issued in milliseconds since the Unix epoch. */
  issue_date_in_millis: EpochTime<UnitMillis>
  /** The name of the customer or organization that received the license. */
  issued_to: string
  /** The name of the organization that issued the license. */
  issuer: string
  /** The maximum number of nodes the license allows. */
  max_nodes: long | null
  /** The maximum number of resource units the license allows (for enterprise licenses only). */
  max_resource_units?: integer | null
  /** The status of the license. For example,active, valid, invalid, or expired. */
  status: LicenseLicenseStatus
  /** The type of the license. For example, trial, basic, gold, platinum, or enterprise. */
  type: LicenseLicenseType
  /** The unique identifier of the license. */
  uid: Uuid
  /** The date and time the license was started in milliseconds since the Unix epoch. */
  start_date_in_millis: EpochTime<UnitMillis>
}

/** Request of `license.get`. */
export interface LicenseGetRequest extends RequestBase {
  /**
   * If `true`, this parameter returns enterprise for Enterprise license types. If `false`, this parameter returns platinum for both platinum and enterprise license types. This behavior is maintained for backwards compatibility. This parameter is deprecated and will always be set to true in 8.x.
   * @deprecated 7.6.0:
   */
  accept_enterprise?: boolean
  /** Specifies whether to retrieve local information. From 9.2 onwards the default value is `true`, which means the information is retrieved from the responding node. In earlier versions the default is `false`, which means the information is retrieved from the elected master node. */
  local?: boolean
}

export interface LicenseGetResponse {
  license: LicenseGetLicenseInformation
}

/** Request of `license.get_trial_status`. */
export interface LicenseGetTrialStatusRequest extends RequestBase {
}

export interface LicenseGetTrialStatusResponse {
  eligible_to_start_trial: boolean
}

export interface LicenseLicense {
  expiry_date_in_millis: EpochTime<UnitMillis>
  issue_date_in_millis: EpochTime<UnitMillis>
  start_date_in_millis?: EpochTime<UnitMillis>
  issued_to: string
  issuer: string
  max_nodes?: long | null
  max_resource_units?: long
  signature: string
  type: LicenseLicenseType
  uid: string
}

export type LicenseLicenseStatus = 'active' | 'valid' | 'invalid' | 'expired'

export type LicenseLicenseType = 'missing' | 'trial' | 'basic' | 'standard' | 'dev' | 'silver' | 'gold' | 'platinum' | 'enterprise'

export interface LicensePostAcknowledgement {
  license: string[]
  message: string
}

/** Request of `license.post`. */
export interface LicensePostRequest extends RequestBase {
  /** To update a license, you must accept the acknowledge messages and set this parameter to `true`. In particular, if you are upgrading or downgrading a license, you must acknowlege the feature changes. */
  acknowledge?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  license?: LicenseLicense
  /** A sequence of one or more JSON documents containing the license information. */
  licenses?: LicenseLicense[]
}

export interface LicensePostResponse {
  acknowledge?: LicensePostAcknowledgement
  acknowledged: boolean
  license_status: LicenseLicenseStatus
}

/** Request of `license.post_start_basic`. */
export interface LicensePostStartBasicRequest extends RequestBase {
  /** To start a basic license, you must accept the acknowledge messages and set this parameter to `true`. */
  acknowledge?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface LicensePostStartBasicResponse {
  acknowledged: boolean
  basic_was_started: boolean
  error_message?: string
  type?: LicenseLicenseType
  acknowledge?: Record<string, string | string[]>
}

/** Request of `license.post_start_trial`. */
export interface LicensePostStartTrialRequest extends RequestBase {
  /** To start a trial, you must accept the acknowledge messages and set this parameter to `true`. */
  acknowledge?: boolean
  /** The type of trial license to generate */
  type?: string
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface LicensePostStartTrialResponse {
  acknowledged: boolean
  error_message?: string
  trial_was_started: boolean
  type?: LicenseLicenseType
}
