// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { Duration, RequestBase } from './common.js'

export interface FeaturesFeature {
  name: string
  description: string
}

/** Request of `features.get_features`. */
export interface FeaturesGetFeaturesRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface FeaturesGetFeaturesResponse {
  features: FeaturesFeature[]
}

/** Request of `features.reset_features`. */
export interface FeaturesResetFeaturesRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface FeaturesResetFeaturesResponse {
  features: FeaturesFeature[]
}
