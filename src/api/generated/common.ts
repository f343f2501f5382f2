// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { ParamType } from '../endpoint-types.js'
import type { BodyValue, EscapeHatches } from '../types.js'

/** Query parameters every endpoint accepts (`_common.json`). */
export const COMMON_PARAMS: Readonly<Record<string, ParamType>> = { error_trace: 'boolean', filter_path: 'list', human: 'boolean', pretty: 'boolean', source: 'string' }

/** The common parameters of every endpoint. */
export interface CommonParams extends EscapeHatches {
  /**
   * Include the stack trace of returned errors.
   * Default: `false`.
   */
  error_trace?: boolean
  /** A comma-separated list of filters used to reduce the response. */
  filter_path?: string | readonly string[]
  /**
   * Return human readable values for statistics.
   * Default: `true`.
   */
  human?: boolean
  /**
   * Pretty format the returned JSON response.
   * Default: `false`.
   */
  pretty?: boolean
  /** The URL-encoded request definition. Useful for libraries that do not accept a request body for non-POST requests. */
  source?: string
}

/** The common parameters on an endpoint with a body: a name that is also a body field takes an object too. */
export interface CommonBodyParams extends EscapeHatches {
  /**
   * Include the stack trace of returned errors.
   * Default: `false`.
   */
  error_trace?: boolean
  /** A comma-separated list of filters used to reduce the response. */
  filter_path?: string | readonly string[] | BodyValue
  /**
   * Return human readable values for statistics.
   * Default: `true`.
   */
  human?: boolean
  /**
   * Pretty format the returned JSON response.
   * Default: `false`.
   */
  pretty?: boolean
  /** The URL-encoded request definition. Useful for libraries that do not accept a request body for non-POST requests. */
  source?: string | BodyValue
}
