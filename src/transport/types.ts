/**
 * The contract between the layers: what the API layer and the helpers hand the transport, and what they get back.
 * Streams and generated API methods depend only on these types, never on undici.
 */
import type { IncomingHttpHeaders } from 'node:http'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'

export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | ReadonlyArray<string | number | boolean>

/** One HTTP request to Elasticsearch, before a node is chosen. */
export interface TransportRequestParams {
  method: HttpMethod
  /** Already percent-encoded path, starting with `/`. */
  path: string
  /** Query parameters: arrays are joined with commas, `undefined`/`null` are dropped. */
  querystring?: Record<string, QueryValue> | undefined
  /** A JSON body: an object is serialized with JSON.stringify; a string or Buffer is sent as it is. */
  body?: unknown
  /**
   * An NDJSON body (bulk, msearch, ...): an array whose items are objects (serialized one per line)
   * or strings/Buffers (sent as they are, a newline added when missing); or one pre-serialized string/Buffer.
   */
  bulkBody?: ReadonlyArray<unknown> | string | Buffer | undefined
  /**
   * Repeating the request cannot change the outcome, whatever its method: set by the API layer for the
   * read-only endpoints sent as POST (search, count, msearch, mget, ...). Default: true for GET, HEAD, PUT,
   * DELETE and OPTIONS, false for POST. Decides what may be retried after the request may have reached the node.
   */
  idempotent?: boolean | undefined
  /** The endpoint id (`search`, `indices.create`), for tracing; the generated API sets it. */
  endpoint?: string | undefined
  /** The path parts given (`{ index: 'logs' }`), for tracing; the generated API sets it. */
  pathParts?: Readonly<Record<string, unknown>> | undefined
}

/** Per-request options, accepted by every API method as its second argument. */
export interface TransportRequestOptions {
  /** Aborts the request; an aborted request is never retried. */
  signal?: AbortSignal | undefined
  /** Milliseconds for the whole response to arrive, per attempt. Default: the client's `requestTimeout`. */
  requestTimeout?: number | undefined
  /** Retries after a connection error, timeout or 502/503/504. Default: the client's `maxRetries`. */
  maxRetries?: number | undefined
  /**
   * Which failures are retried. `'safe'` (default): a failure before the request was written, and, for an
   * idempotent request (GET, HEAD, PUT, DELETE, or a read-only endpoint such as search), also a reset or
   * timeout after it was written and a 502/503/504. A non-idempotent request (POST index without an id,
   * update, ...) that may already have been applied is not repeated. `'always'` repeats it anyway: for
   * callers who can tell a duplicate apart (a document id in the body, a script that checks a version).
   */
  retry?: 'safe' | 'always' | undefined
  /** Extra headers for this request only. */
  headers?: Record<string, string> | undefined
  /** Status codes that resolve (with their body) instead of throwing a `ResponseError`. */
  ignore?: readonly number[] | undefined
  /** Resolve to `{ body, statusCode, headers, meta }` instead of the body alone. */
  meta?: boolean | undefined
  /** Sent as `x-opaque-id`, to find this request in Elasticsearch's slow logs and tasks. */
  opaqueId?: string | undefined
  /** Ask for gzip on this request's body even if the client does not compress by default. */
  compression?: boolean | undefined
  /** Return the raw body as a Buffer (no JSON parse). Used by passthrough helpers. */
  asBuffer?: boolean | undefined
  /** `__proto__` / `constructor.prototype` keys in this response: 'error', 'remove' or 'keep'. Default: the client's. */
  prototypeKeys?: 'error' | 'remove' | 'keep' | undefined
  /** Cap, in bytes, on the response body read for this request. Default: the client's `maxResponseSize`. */
  maxResponseSize?: number | undefined
  /**
   * The OpenTelemetry `Context` whose span is the parent of this request's span. Default: the active context.
   * For work whose callbacks lose the active context (stream callbacks); the helpers pass their job span.
   */
  traceContext?: object | undefined
}

export interface TransportResult<TBody = unknown> {
  body: TBody
  statusCode: number
  headers: IncomingHttpHeaders
  meta: {
    /** The node that answered, redacted of credentials. */
    node: string
    /** How many attempts were made (1 = no retry). */
    attempts: number
  }
}

/** What the API layer and the helpers call. The transport implements it; tests may fake it. */
export interface TransportLike {
  request<TBody = unknown>(
    params: TransportRequestParams,
    options: TransportRequestOptions & { meta: true },
  ): Promise<TransportResult<TBody>>
  request<TBody = unknown>(params: TransportRequestParams, options?: TransportRequestOptions): Promise<TBody>
}
