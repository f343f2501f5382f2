/**
 * Every error elastream raises. Callers match on `code` (stable) or `instanceof`, never on message text.
 * Messages never contain credentials: URLs are redacted before they reach a message.
 */
import type { ScanCursor } from './scan-cursor.js'
import { redactCredentialsIn } from './redact.js'

export class ElastreamError extends Error {
  override name = 'ElastreamError'
  readonly code: string = 'ELASTREAM_ERROR'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** The server answered with a status that is an error (>= 400, unless `ignore`d). */
export class ResponseError<TBody = unknown> extends ElastreamError {
  override name = 'ResponseError'
  override readonly code = 'ELASTREAM_RESPONSE'
  readonly statusCode: number
  readonly headers: Record<string, string>
  readonly body: TBody
  /** Elasticsearch's `error.type`, for example `index_not_found_exception`, when the body has one. */
  readonly type: string | undefined
  readonly reason: string | undefined
  /**
   * True when neither Elasticsearch nor OpenSearch wrote this answer: it carries neither product header nor
   * their error shape (a proxy's HTML 413, a load balancer's 502); the message says what answered instead.
   */
  readonly foreign: boolean
  /**
   * `server`: who answered, for the message: 'OpenSearch' once the client knows it talks to OpenSearch, else
   * 'Elasticsearch'; or, for an answer something in between wrote (a proxy's HTML 413, a load balancer's 502:
   * src/transport/foreign-answer.ts), which server was meant, the node, and what answered instead.
   */
  constructor(
    statusCode: number,
    body: TBody,
    headers: Record<string, string> = {},
    context = '',
    server: 'Elasticsearch' | 'OpenSearch' | ForeignAnswer = 'Elasticsearch',
  ) {
    const foreign = typeof server === 'object'
    // Kept from any JSON body, a foreign one too (a proxy's `{"error":"unauthorized"}`); only the message differs.
    const described = describeErrorBody(body)
    const type = described.type
    // The reason is the server's text: it may quote a URL with credentials (a proxy echoing its upstream).
    const reason = described.reason === undefined ? undefined : redactCredentialsIn(described.reason)
    const where = context ? ` ${context}` : ''
    const detail = type ? `: ${type}${reason ? `: ${reason}` : ''}` : ''
    super(
      foreign
        ? `Not from ${server.expected}: ${statusCode}${where} at ${server.node} came from ${server.answeredBy}`
        : `${server} answered ${statusCode}${where}${detail}`,
    )
    this.type = type
    this.reason = reason
    this.foreign = foreign
    this.statusCode = statusCode
    this.body = body
    this.headers = headers
  }
}

/** An error answer that neither Elasticsearch nor OpenSearch wrote, for ResponseError's message. */
export interface ForeignAnswer {
  /** The server the client meant to reach. */
  expected: 'Elasticsearch' | 'OpenSearch'
  /** The node's redacted URL. */
  node: string
  /** What answered: its `server` header, content type, size and an escaped excerpt of its body. */
  answeredBy: string
}

/** The request never got an HTTP answer: refused, reset, DNS, TLS handshake, socket closed mid-body. */
export class ConnectionError extends ElastreamError {
  override name = 'ConnectionError'
  override readonly code = 'ELASTREAM_CONNECTION'
}

/** `requestTimeout` elapsed before the whole response arrived. */
export class TimeoutError extends ElastreamError {
  override name = 'TimeoutError'
  override readonly code = 'ELASTREAM_TIMEOUT'
}

/** The caller's `AbortSignal` fired. Never retried. */
export class RequestAbortedError extends ElastreamError {
  override name = 'RequestAbortedError'
  override readonly code = 'ELASTREAM_ABORTED'
}

/** A request body could not be turned into JSON or NDJSON. */
export class SerializationError extends ElastreamError {
  override name = 'SerializationError'
  override readonly code = 'ELASTREAM_SERIALIZATION'
}

/** A response body was not the JSON it claimed to be (or carried a prototype-poisoning key). */
export class DeserializationError extends ElastreamError {
  override name = 'DeserializationError'
  override readonly code = 'ELASTREAM_DESERIALIZATION'
  readonly statusCode: number | undefined
  readonly body: string | undefined
  constructor(message: string, options: { cause?: unknown; statusCode?: number; body?: string } = {}) {
    super(message, { cause: options.cause })
    this.statusCode = options.statusCode
    this.body = options.body
  }
}

/** A response grew past `maxResponseSize`; reading stopped at the limit. */
export class ResponseTooLargeError extends ElastreamError {
  override name = 'ResponseTooLargeError'
  override readonly code = 'ELASTREAM_RESPONSE_TOO_LARGE'
}

/** Every node of the pool is dead and none could be resurrected for this request. */
export class NoLivingNodesError extends ElastreamError {
  override name = 'NoLivingNodesError'
  override readonly code = 'ELASTREAM_NO_LIVING_NODES'
}

/** A bad option or parameter. The message names the option and the value that was given. */
export class ConfigurationError extends ElastreamError {
  override name = 'ConfigurationError'
  override readonly code = 'ELASTREAM_CONFIGURATION'
}

/** The server is not the product the client was told to talk to. */
export class ProductNotSupportedError extends ElastreamError {
  override name = 'ProductNotSupportedError'
  override readonly code = 'ELASTREAM_PRODUCT_NOT_SUPPORTED'
}

/**
 * An endpoint of the generated API that the server's product does not serve (ES|QL, inference, machine
 * learning, ... on OpenSearch): refused before anything is sent, instead of the server's confusing 400 or 404.
 */
export class EndpointNotSupportedError extends ElastreamError {
  override name = 'EndpointNotSupportedError'
  override readonly code = 'ELASTREAM_ENDPOINT_NOT_SUPPORTED'
  /** The endpoint, as the API names it (`esql.query`). */
  readonly endpoint: string
  /** The server's product and version (`{ name: 'opensearch', version: '3.8.0' }`). */
  readonly product: { name: 'elasticsearch' | 'opensearch'; version: string | undefined }
  constructor(
    message: string,
    endpoint: string,
    product: { name: 'elasticsearch' | 'opensearch'; version: string | undefined },
  ) {
    super(message)
    this.endpoint = endpoint
    this.product = product
  }
}

/** A bulk load finished with failed items (only thrown when asked to, e.g. `throwOnError`). */
export class BulkError<TItem = unknown> extends ElastreamError {
  override name = 'BulkError'
  override readonly code = 'ELASTREAM_BULK'
  readonly failed: TItem[]
  constructor(message: string, failed: TItem[]) {
    super(message)
    this.failed = failed
  }
}

/** A scan could not read every shard (and `allowPartialResults` was not set), or its search context was lost. */
export class ScanError extends ElastreamError {
  override name = 'ScanError'
  override readonly code = 'ELASTREAM_SCAN'
  readonly shardFailures: unknown[]
  /** True when the point in time or scroll is gone (expired, freed, its node left): resuming it cannot work. */
  readonly contextLost: boolean
  /** Where the scan was: after the last hit delivered (point-in-time scans; pass it as `resume` to a new scan). */
  cursor: ScanCursor | undefined
  constructor(
    message: string,
    shardFailures: unknown[] = [],
    options?: { cause?: unknown; contextLost?: boolean; cursor?: ScanCursor },
  ) {
    super(message, options)
    this.shardFailures = shardFailures
    this.contextLost = options?.contextLost === true
    this.cursor = options?.cursor
  }
}

/** A line of NDJSON (or an element of a JSON array) that is not valid JSON. */
export class ParseError extends ElastreamError {
  override name = 'ParseError'
  override readonly code = 'ELASTREAM_PARSE'
  readonly line: number
  constructor(message: string, line: number, options?: { cause?: unknown }) {
    super(message, options)
    this.line = line
  }
}

function describeErrorBody(body: unknown): { type: string | undefined; reason: string | undefined } {
  if (body === null || typeof body !== 'object') return { type: undefined, reason: undefined }
  const error = (body as { error?: unknown }).error
  if (typeof error === 'string') return { type: undefined, reason: error }
  if (error === null || typeof error !== 'object') return { type: undefined, reason: undefined }
  const { type, reason } = error as { type?: unknown; reason?: unknown }
  return {
    type: typeof type === 'string' ? type : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
  }
}

/**
 * AWS credentials could not be had or were refused: the credentials provider failed or gave something that is
 * not credentials, or AWS answered that the session token expired and no newer one could be had.
 */
export class CredentialsError extends ElastreamError {
  override name = 'CredentialsError'
  override readonly code = 'ELASTREAM_CREDENTIALS'
}
