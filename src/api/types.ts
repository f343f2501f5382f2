/**
 * Types shared by every generated API method. The document APIs' request and response types are in
 * `document-types.ts`.
 */
import type { QueryValue, TransportRequestOptions } from '../transport/types.js'

/** Per-request options, the second argument of every API method; passed to the transport unchanged. */
export type RequestOptions = TransportRequestOptions

/** Options that ask for the whole response (`{ body, statusCode, headers, meta }`) instead of the body. */
export type MetaOptions = TransportRequestOptions & { meta: true }

/**
 * An object or array given for a name that is also a query parameter, on an endpoint with a body: it is
 * sent as a body field (search's `sort: [{ ts: 'asc' }]`, reindex's `source: { index }`), while a scalar
 * goes to the query string.
 */
export type BodyValue = object

/** Body fields of an endpoint whose body the REST spec does not describe field by field. */
export interface BodyFields {
  [field: string]: unknown
}

/** The two ways around the parameter checks, accepted by every method. */
export interface EscapeHatches {
  /**
   * Extra query parameters, sent as they are (arrays joined with commas). For a parameter this version of
   * the spec does not list, which otherwise is an error on endpoints without a body.
   */
  querystring?: Record<string, QueryValue>
  /**
   * The whole request body, sent as it is (an object is serialized; a string or Buffer is not). Replaces the
   * flat body fields; on an NDJSON endpoint, an array of lines or a pre-serialized string/Buffer.
   */
  body?: unknown
}
