/**
 * Types shared by every generated API method. Requests and responses are the specification's types
 * (src/api/types/, exported as `estypes`).
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

/**
 * An API method whose params are required: resolves to the response body, or the whole result with
 * `meta: true`. The response type can be named at the call (`client.cat.indices<string>({ format: 'text' })`)
 * where the answer is not the specification's (another format, a server newer than the specification).
 */
export interface Call<TRequest, TResponse> {
  // NoInfer: `const s: string = await client.exists(...)` must stay an error, not pick R = string.
  <R = TResponse>(params: TRequest, options: MetaOptions): Promise<TransportResult<NoInfer<R>>>
  <R = TResponse>(params: TRequest, options?: RequestOptions): Promise<NoInfer<R>>
}

/** An API method whose params may be left out. */
export interface OptionalCall<TRequest, TResponse> {
  <R = TResponse>(params: TRequest | undefined, options: MetaOptions): Promise<TransportResult<NoInfer<R>>>
  <R = TResponse>(params?: TRequest, options?: RequestOptions): Promise<NoInfer<R>>
}

/** An NDJSON request whose body (`operations`, `searches`, ...) may also be pre-serialized text or bytes. */
export type Ndjson<TRequest, K extends keyof TRequest & string> =
  | TRequest
  | (Omit<TRequest, K> & { [P in K]: string | Buffer })
