/**
 * Types shared by every generated API method. The document APIs' request and response types are in
 * `document-types.ts`.
 */
import type { QueryValue, TransportRequestOptions, TransportResult } from '../transport/types.js'

/** Per-request options, the second argument of every API method; passed to the transport unchanged. */
export type RequestOptions = TransportRequestOptions

/** Options that ask for the whole response (`{ body, statusCode, headers, meta }`) instead of the body. */
export type MetaOptions = TransportRequestOptions & { meta: true }

/** Body fields beyond the ones the specification names: sent as they are. */
export interface BodyFields {
  [field: string]: unknown
}

/** The two ways around the parameter names, accepted by every method. */
export interface EscapeHatches {
  /**
   * Extra query parameters, sent as they are (arrays joined with commas); the named parameters override them.
   */
  querystring?: Record<string, QueryValue>
  /**
   * The request body, sent as it is (an object is serialized; a string or Buffer is not). On an endpoint with
   * body fields, an object is the base the named fields are added to; on an NDJSON endpoint, an array of
   * lines or a pre-serialized string/Buffer.
   */
  body?: unknown
}

/** An API method whose params are required; resolves to the body (typed `TResponse`, unknown by default). */
export interface Call<P> {
  <TResponse = unknown>(params: P, options: MetaOptions): Promise<TransportResult<TResponse>>
  <TResponse = unknown>(params: P, options?: RequestOptions): Promise<TResponse>
}

/** An API method whose params may be left out. */
export interface OptionalCall<P> {
  <TResponse = unknown>(params: P | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  <TResponse = unknown>(params?: P, options?: RequestOptions): Promise<TResponse>
}

/** A HEAD endpoint: resolves to whether the thing exists (a 404 is `false`, not an error). */
export interface HeadCall<P> {
  (params: P, options: MetaOptions): Promise<TransportResult<boolean>>
  (params: P, options?: RequestOptions): Promise<boolean>
}

/** A HEAD endpoint whose params may be left out. */
export interface OptionalHeadCall<P> {
  (params: P | undefined, options: MetaOptions): Promise<TransportResult<boolean>>
  (params?: P, options?: RequestOptions): Promise<boolean>
}
