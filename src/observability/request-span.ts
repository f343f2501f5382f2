/**
 * The CLIENT span of one API call, following the OpenTelemetry semantic conventions for Elasticsearch
 * (semantic-conventions v1.44.0, docs/db/elasticsearch.md, with the database and HTTP client conventions it
 * extends).
 *
 * One span covers the whole call, retries included (the database conventions: "the span should cover the
 * duration of the logical operation with all retries"). Each retry is an `elastream.retry` event on it, and
 * `url.full`/`server.*` name the node contacted last. The span is started when the first attempt picks its
 * node, with the call's start time, so every attribute known before sending (node included) is there for
 * samplers.
 */
import { ResponseError } from '../errors.js'
import type { ObservedRequest } from '../transport/request-observer.js'
import type { TransportRequestParams } from '../transport/types.js'
import { bulkOperations, msearchSearches } from './batch-size.js'
import { errorType } from './error-type.js'
import { inferEndpoint } from './infer-endpoint.js'
import { statusMessage } from './status-message.js'
import {
  type Attributes,
  type OtelContext,
  type OtelSpan,
  type OtelTracer,
  SPAN_KIND_CLIENT,
  STATUS_ERROR,
} from './otel-api.js'
import { QUERY_ENDPOINTS, queryText } from './query-text.js'
import { urlFull } from './url-full.js'

/** What a span needs to know about a node: its URL without credentials. */
export interface SpanNode {
  readonly url: URL
}

export class RequestSpan implements ObservedRequest {
  #span: OtelSpan | undefined
  #node: SpanNode | undefined
  readonly #tracer: OtelTracer
  readonly #params: TransportRequestParams
  readonly #parent: OtelContext
  readonly #startTime: number
  readonly #captureQuery: boolean

  constructor(
    tracer: OtelTracer,
    params: TransportRequestParams,
    parent: OtelContext,
    captureQuery: boolean,
  ) {
    this.#tracer = tracer
    this.#params = params
    this.#parent = parent
    this.#captureQuery = captureQuery
    this.#startTime = performance.timeOrigin + performance.now()
  }

  /** The transport picked `node` for the next attempt, which sends `path` (path and query, as sent). */
  attempt(node: SpanNode, path: string): void {
    if (this.#span === undefined) {
      this.#start(node, path)
    } else if (node !== this.#node) {
      this.#span.setAttributes(nodeAttributes(node, path))
    }
    this.#node = node
  }

  /**
   * Attempt number `attempt` failed with `error` (a 502/503/504 is a ResponseError); another follows after
   * `delayMs`, the backoff or what the answer's Retry-After asked for (`delayFrom`; `retryAfter`, its value).
   */
  retry(
    attempt: number,
    error: unknown,
    delayMs: number,
    delayFrom: 'backoff' | 'retry-after',
    retryAfter: string | undefined,
  ): void {
    const span = this.#span
    if (span === undefined) return
    const event: Attributes = {
      'elastream.attempt': attempt,
      'elastream.retry.delay_ms': delayMs,
      'elastream.retry.delay_from': delayFrom,
      'error.type': errorType(error),
    }
    // The header's value as received, so that a wait can be traced to what the server asked.
    if (retryAfter !== undefined) event['elastream.retry.retry_after'] = retryAfter
    if (this.#node !== undefined) event['server.address'] = hostOf(this.#node.url)
    if (error instanceof ResponseError) event['db.response.status_code'] = String(error.statusCode)
    span.addEvent('elastream.retry', event)
  }

  /** The call is over: answered with `statusCode` (0 = no answer), after `attempts` attempts, failed with `error` or not. */
  end(statusCode: number, attempts: number, error: unknown): void {
    const span = this.#span
    if (span === undefined) return
    if (statusCode > 0) span.setAttribute('db.response.status_code', String(statusCode))
    if (attempts > 1) span.setAttribute('http.request.resend_count', attempts - 1)
    if (error !== undefined) {
      span.setAttribute('error.type', errorType(error))
      span.setStatus({ code: STATUS_ERROR, message: statusMessage(error) })
    }
    span.end(performance.timeOrigin + performance.now())
  }

  #start(node: SpanNode, path: string): void {
    const params = this.#params
    let operation = params.endpoint
    let parts = params.pathParts
    if (operation === undefined) {
      const inferred = inferEndpoint(params.method, params.path)
      operation = inferred?.endpoint
      parts = inferred?.parts
    }
    const attributes: Attributes = {
      'db.system.name': 'elasticsearch',
      'http.request.method': params.method,
      ...nodeAttributes(node, path),
    }
    let index: string | undefined
    if (operation !== undefined) attributes['db.operation.name'] = operation
    if (parts !== undefined) {
      for (const name of Object.keys(parts)) {
        const value = partValue(parts[name])
        if (value === undefined) continue
        attributes[`db.operation.parameter.${name}`] = value
        if (name === 'index') index = value
      }
    }
    if (index !== undefined) attributes['db.collection.name'] = index
    if (this.#captureQuery && operation !== undefined && QUERY_ENDPOINTS.has(operation)) {
      const text = queryText(params.body, params.bulkBody)
      if (text !== undefined) attributes['db.query.text'] = text
    }
    // The database conventions' span name: `{db.operation.name} {target}`, the target being the index.
    const name =
      operation === undefined ? (index ?? 'elasticsearch') : index === undefined ? operation : `${operation} ${index}`
    const span = this.#tracer.startSpan(
      name,
      { kind: SPAN_KIND_CLIENT, attributes, startTime: this.#startTime },
      this.#parent,
    )
    this.#span = span
    if (!span.isRecording()) return
    // Counted only for a span someone keeps: it walks the body.
    if (operation === 'bulk') setBatchSize(span, bulkOperations(params.bulkBody))
    else if (operation === 'msearch' || operation === 'msearch_template' || operation === 'fleet.msearch')
      setBatchSize(span, msearchSearches(params.bulkBody))
  }
}

/** The conventions model a batch of one as a single operation: no batch size then. */
function setBatchSize(span: OtelSpan, size: number): void {
  if (size !== 1) span.setAttribute('db.operation.batch.size', size)
}

function nodeAttributes(node: SpanNode, path: string): Attributes {
  const url = node.url
  return {
    'url.full': urlFull(url.origin, path),
    'server.address': hostOf(url),
    'server.port': url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
  }
}

/** `[::1]` in a URL is `::1` as an address. */
function hostOf(url: URL): string {
  const host = url.hostname
  return host.startsWith('[') ? host.slice(1, -1) : host
}

function partValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(',')
  if (value instanceof Date) return value.toISOString()
  return String(value)
}
