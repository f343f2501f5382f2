/**
 * Transport.request(): pick a node, serialize once, compress once, send, decode, map errors, retry.
 * Everything a request needs that does not change per request (header sets, limits) is computed in the
 * constructor, so the hot path allocates the promise, one handler object and the result.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Dispatcher } from 'undici'
import {
  ConfigurationError,
  ConnectionError,
  DeserializationError,
  ElastreamError,
  type ForeignAnswer,
  NoLivingNodesError,
  RequestAbortedError,
  ResponseError,
  ResponseTooLargeError,
  TimeoutError,
} from '../errors.js'
import { Connection, type ConnectionOptions } from './connection.js'
import type { JsonSerializer } from './json-serializer.js'
import { authorizationSecrets, describeForeignAnswer, fromTheServer } from './foreign-answer.js'
import type { RequestObserver } from './request-observer.js'
import type { AwsSigner } from './aws/aws-signer.js'
import { explainAwsRefusal } from './aws/aws-refusal.js'
import {
  nextRequestId,
  requestChannel,
  responseChannel,
  retryChannel,
  type SniffEvent,
  sniffChannel,
} from './diagnostics.js'
import type { NodePool } from './node-pool.js'
import { buildQueryString } from './query-string.js'
import { redactHeaders } from '../redact.js'
import { checkRequestOptions } from './request-options.js'
import { decodeBody, type RawResponse, ResponseCollector } from './response-collector.js'
import { isIdempotent, neverSent, pause, type RetryMode, retryDelay } from './retry-policy.js'
import { type PrototypeKeys, serializeJson, serializeNdjson, type WireBody } from './serializer.js'
import {
  isElasticsearchOnly,
  type NodeAnswer,
  type Product,
  type ProductDetector,
  readProductHeaders,
  type ServerInfo,
} from './product.js'
import { parseSniffedNodes, SNIFF_PATH } from './sniffer.js'
import type {
  TransportLike,
  TransportRequestOptions,
  TransportRequestParams,
  TransportResult,
} from './types.js'

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)
const inflate = promisify(zlib.inflate)

/** Below this size gzip runs inline: a thread-pool round trip costs more than compressing a small body. */
const SYNC_GZIP_LIMIT = 64 * 1024

export type { Product } from './product.js'

/** Validated settings a Transport runs with (the Client checks user input and fills defaults). */
export interface TransportSettings {
  maxRetries: number
  /** Per attempt, ms; 0 = no timeout. */
  requestTimeout: number
  maxResponseSize: number
  /** How JSON bodies are written and read (json-serializer.ts); undefined = JSON.parse/JSON.stringify. */
  serializer?: JsonSerializer | undefined
  /** What parsing a response does with `__proto__` keys (serializer.ts). Default 'error'. */
  prototypeKeys?: PrototypeKeys | undefined
  compression: boolean
  /** Default headers, keys lower-cased. */
  headers: Record<string, string>
  /** A ready `authorization` value; undefined = none (or the credentials in each node URL). */
  authorization: string | undefined
  /** `auth.aws`: every attempt signed with AWS Signature Version 4 (aws/aws-signer.ts); `authorization` is then unset. */
  signer?: AwsSigner | undefined
  opaqueIdPrefix: string
  product: Product
  compatibilityVersion: number | undefined
  sniffOnConnectionFault: boolean
  userAgent: string
  /** OpenTelemetry spans (observability/request-tracer.ts); undefined when tracing is off or `@opentelemetry/api` is not installed. */
  tracing?: RequestObserver | undefined
  /** Ceiling of the first retry's delay, ms; doubles per retry (full jitter). */
  retryBackoff: number
  /** Cap on the delay ceiling, ms. */
  retryMaxBackoff: number
  /** @internal The jitter source; tests replace it to make delays exact. */
  random: () => number
}

/** State every transport derived with child() shares: the nodes, their pools, sniffing, closing. */
export interface SharedState {
  pool: NodePool
  connectionOptions: ConnectionOptions
  closed: boolean
  closing: Promise<void> | undefined
  sniffing: Promise<string[]> | undefined
  sniffTimer: NodeJS.Timeout | undefined
  /** Which server the nodes are (src/transport/product.ts). */
  product: ProductDetector
}

/** Index into the header sets: no body, JSON body, NDJSON body. */
const NO_BODY = 0
const JSON_BODY = 1
const NDJSON_BODY = 2

const NO_OPTIONS: TransportRequestOptions = {}

export class Transport implements TransportLike {
  readonly settings: Readonly<TransportSettings>
  private readonly shared: SharedState
  private closed = false
  /** [kind * 2 + gzip]: the six header objects a request can start from, built once. */
  private readonly headerSets: Record<string, string>[]
  /**
   * With `compatibilityVersion`: the same sets with plain JSON media types, for OpenSearch, which has no REST
   * compatibility and answers 406 to any body sent as `application/vnd.elasticsearch+json`.
   */
  private readonly plainHeaderSets: Record<string, string>[] | undefined

  constructor(settings: TransportSettings, shared: SharedState) {
    this.settings = settings
    this.shared = shared
    this.headerSets = buildHeaderSets(settings)
    this.plainHeaderSets =
      settings.compatibilityVersion === undefined
        ? undefined
        : buildHeaderSets({ ...settings, compatibilityVersion: undefined })
  }

  /** The server this transport talks to, once an answer said so (src/transport/product.ts). */
  get product(): ServerInfo | undefined {
    return this.shared.product.info
  }

  /** The server's product and version, asking `GET /` when one is not known yet. */
  detectProduct(): Promise<ServerInfo> {
    return this.shared.product.detect(this.settings.product, this.child({ product: 'any' }))
  }

  /**
   * The header sets for a client with `compatibilityVersion`: Elasticsearch's compatibility media types,
   * except towards OpenSearch. Before the first body goes out to a server not known yet (`product: 'auto'`),
   * one shared `GET /` tells which it is (src/transport/product.ts); a request without a body goes as it is.
   */
  private async compatibleSets(hasBody: boolean): Promise<Record<string, string>[]> {
    const product = this.settings.product
    if (product === 'opensearch') return this.plainHeaderSets!
    if (product === 'auto' && hasBody && this.shared.product.info === undefined) {
      await this.shared.product.identify(this.child({ product: 'any' }))
    }
    return this.shared.product.info?.name === 'opensearch' ? this.plainHeaderSets! : this.headerSets
  }

  /** The nodes currently in rotation (redacted URLs). */
  get nodes(): string[] {
    return this.shared.pool.connections.map((node) => node.id)
  }

  /** @internal for tests and the client: the node pool shared with children. */
  get pool(): NodePool {
    return this.shared.pool
  }

  /** A transport sharing this one's nodes and pools, with some settings replaced. */
  child(overrides: Partial<TransportSettings>): Transport {
    return new Transport({ ...this.settings, ...overrides }, this.shared)
  }

  request<TBody = unknown>(
    params: TransportRequestParams,
    options: TransportRequestOptions & { meta: true },
  ): Promise<TransportResult<TBody>>
  request<TBody = unknown>(params: TransportRequestParams, options?: TransportRequestOptions): Promise<TBody>
  async request(
    params: TransportRequestParams,
    options: TransportRequestOptions = NO_OPTIONS,
  ): Promise<unknown> {
    if (this.closed || this.shared.closed) throw new ConnectionError('The client is closed')
    if (options !== NO_OPTIONS) checkRequestOptions(options) // a wrong type fails here, naming the option
    const settings = this.settings
    // An Elasticsearch-only API (esql.*, inference.*, ...) is refused on OpenSearch before it is sent.
    const endpoint = params.endpoint
    if (
      endpoint !== undefined &&
      (settings.product === 'auto' || settings.product === 'opensearch') &&
      this.shared.product.info?.name !== 'elasticsearch' &&
      isElasticsearchOnly(endpoint)
    ) {
      await this.shared.product.refuseElasticsearchOnly(settings.product, endpoint, this.child({ product: 'any' }))
    }
    const method = params.method
    const pathAndQuery =
      params.querystring === undefined ? params.path : params.path + buildQueryString(params.querystring)

    let body: WireBody | undefined
    let kind = NO_BODY
    if (params.bulkBody !== undefined && params.bulkBody !== null) {
      body = serializeNdjson(params.bulkBody, settings.serializer)
      kind = NDJSON_BODY
    } else if (params.body !== undefined && params.body !== null) {
      body = serializeJson(params.body, settings.serializer)
      kind = JSON_BODY
    }
    const compress = (options.compression ?? settings.compression) && body !== undefined
    if (compress) body = await gzipBody(body as WireBody)

    let sets = this.headerSets
    if (this.plainHeaderSets !== undefined) sets = await this.compatibleSets(kind !== NO_BODY)
    let headers = sets[kind * 2 + (compress ? 1 : 0)] as Record<string, string>
    if (options.headers !== undefined || options.opaqueId !== undefined) {
      headers = { ...headers }
      const extra = options.headers
      // Lower-cased so `Content-Type` replaces our `content-type` instead of going out twice (Elasticsearch
      // refuses a request with two).
      if (extra !== undefined) for (const name in extra) headers[name.toLowerCase()] = extra[name] as string
      if (options.opaqueId !== undefined) headers['x-opaque-id'] = settings.opaqueIdPrefix + options.opaqueId
    }

    const maxRetries = options.maxRetries ?? settings.maxRetries
    const timeout = options.requestTimeout ?? settings.requestTimeout
    const limit = options.maxResponseSize ?? settings.maxResponseSize
    // A HEAD answer announces the length of a body it never sends: only GET-like answers are capped.
    const readLimit = method === 'HEAD' ? Number.POSITIVE_INFINITY : limit
    const signal = options.signal
    const pool = this.shared.pool
    const started = responseChannel.hasSubscribers ? performance.now() : 0
    const dispatch: Dispatcher.DispatchOptions = { method, path: pathAndQuery, headers, body: body ?? null }
    const requestId = nextRequestId()
    const span = settings.tracing?.begin(params, options)

    const idempotent = isIdempotent(method, params.idempotent)
    // A request that may change something: the product check is made before it is sent to a node, never on
    // its answer (src/transport/product.ts, beforeWrite). Reads sent as POST are marked idempotent.
    const mayWrite =
      settings.product !== 'any' && method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && params.idempotent === true)
    const retryMode: RetryMode = options.retry ?? 'safe'
    const signer = settings.signer
    // Hashed once: every attempt sends the same bytes (gzip included), only its date and signature change.
    const payloadHash = signer?.payloadHash(body)
    let attempt = 0
    let node: Connection | undefined
    let raw: RawResponse | undefined
    let failure: Error | undefined
    /** Why a failure that retries could have cured was not retried, for the message. */
    let unsafe = false
    while (true) {
      attempt++
      const picked = pool.next()
      let retryError: Error
      if (picked === undefined) {
        // Every node is dead and one is being probed: nothing is sent. Wait, then look again.
        failure = noLivingNodes(pool.connections.length, attempt)
        if (attempt > maxRetries || signal?.aborted) break
        retryError = failure
      } else {
        node = picked
        if (mayWrite) {
          try {
            await this.shared.product.beforeWrite(settings.product, node.id, () => this.askNode(picked, signal))
          } catch (refusal) {
            failure = refusal as Error
            pool.endProbe(node)
            break
          }
        }
        dispatch.path = node.basePath === '' ? pathAndQuery : node.basePath + pathAndQuery
        // Credentials from a node URL apply only when the client has no `auth` of its own.
        dispatch.headers =
          node.urlAuth !== undefined &&
          settings.authorization === undefined &&
          headers.authorization === undefined
            ? { ...headers, authorization: node.urlAuth }
            : headers
        span?.attempt(node, pathAndQuery)
        if (requestChannel.hasSubscribers) {
          requestChannel.publish({
            requestId,
            method,
            path: pathAndQuery,
            node: node.id,
            attempt,
            headers: redactHeaders(dispatch.headers as Record<string, string>),
          })
        }
        let collector = new ResponseCollector(node.id, readLimit, timeout, signal)
        try {
          if (signer === undefined) {
            raw = await collector.send(node.pool, dispatch)
          } else {
            const unsigned = dispatch.headers as Record<string, string>
            const input = { method, host: node.url.host, path: dispatch.path, headers: unsigned, payloadHash }
            dispatch.headers = await signer.sign(input)
            raw = await collector.send(node.pool, dispatch)
            // A refusal that signing again can cure (our clock, an expired token): once, on the same node.
            if (raw.statusCode === 403 && (await signer.recover(raw, dispatch.headers as Record<string, string>))) {
              dispatch.headers = await signer.sign(input)
              collector = new ResponseCollector(node.id, readLimit, timeout, signal)
              raw = await collector.send(node.pool, dispatch)
            }
          }
        } catch (cause) {
          failure = toTransportError(cause, node)
          if (!isRetryable(failure)) {
            pool.endProbe(node)
            break
          }
          pool.markDead(node, failure)
          if (settings.sniffOnConnectionFault && this.shared.sniffing === undefined && !this.shared.closed) {
            this.sniff('connection-fault').catch(ignore)
          }
          // Written and maybe applied: only an idempotent request, or one the caller allowed, goes again.
          if (!idempotent && retryMode !== 'always' && !neverSent(collector.written, cause)) {
            unsafe = true
            break
          }
          if (attempt > maxRetries || signal?.aborted) break
          retryError = failure
          raw = undefined
        }
        if (raw !== undefined) {
          if (node.deadUntil !== 0) pool.markAlive(node)
          const status = raw.statusCode
          if (status !== 502 && status !== 503 && status !== 504) break
          // A gateway may have forwarded a POST before failing: the same rule as a reset after sending.
          if (!idempotent && retryMode !== 'always') break
          if (attempt > maxRetries || signal?.aborted) break
          retryError = new ResponseError(status, undefined, {}, `${method} ${params.path}`)
          raw = undefined
        }
      }
      const delayMs = retryDelay(attempt, settings.retryBackoff, settings.retryMaxBackoff, settings.random)
      span?.retry(attempt, retryError!, delayMs)
      if (retryChannel.hasSubscribers) {
        retryChannel.publish({
          requestId,
          method,
          path: pathAndQuery,
          node: node?.id ?? '',
          attempt,
          error: retryError!,
          delayMs,
        })
      }
      try {
        await pause(delayMs, signal)
      } catch (abort) {
        failure = abort as Error
        break
      }
      if (this.shared.closed) {
        failure = new ConnectionError('The client was closed while the request waited to be retried')
        break
      }
      failure = undefined
    }

    if (failure !== undefined || raw === undefined || node === undefined) {
      const error = failure ?? new ConnectionError('No response')
      // Say how hard we tried: "refused" after four attempts on three nodes is a different story than once.
      if (unsafe) {
        error.message += ` (not retried: ${method} ${params.path} may have been applied; pass retry: 'always' to repeat it)`
      } else if (attempt > 1 && isRetryable(error)) {
        error.message += ` (gave up after ${attempt} attempts)`
      }
      span?.end(0, attempt, error)
      if (responseChannel.hasSubscribers)
        publishResponse(requestId, method, pathAndQuery, node?.id ?? '', attempt, 0, started, error)
      throw error
    }
    try {
      const result = await this.decode(raw, method, params.path, options, node, attempt, limit, mayWrite)
      span?.end(raw.statusCode, attempt, undefined)
      if (responseChannel.hasSubscribers) {
        publishResponse(requestId, method, pathAndQuery, node.id, attempt, raw.statusCode, started, undefined)
      }
      return result
    } catch (error) {
      if (signer !== undefined && raw.statusCode === 403) explainAwsRefusal(error, signer, raw, dispatch.headers as Record<string, string>, `to ${method} ${params.path} at ${node.id}`)
      span?.end(raw.statusCode, attempt, error)
      if (responseChannel.hasSubscribers) {
        publishResponse(requestId, method, pathAndQuery, node.id, attempt, raw.statusCode, started, error as Error)
      }
      throw error
    }
  }

  private async decode(
    raw: RawResponse,
    method: string,
    path: string,
    options: TransportRequestOptions,
    node: Connection,
    attempts: number,
    limit: number,
    applied: boolean,
  ): Promise<unknown> {
    const { statusCode, headers } = raw
    let bytes = raw.body
    const encoding = headers['content-encoding']
    if (encoding !== undefined && bytes.length > 0)
      bytes = await decompress(bytes, encoding, limit, statusCode, node.id)

    if (statusCode >= 200 && statusCode < 300 && this.settings.product !== 'any') {
      if (this.shared.product.observe(this.settings.product, node.id, headers, applied))
        await this.shared.product.probe(node.id, headers, this.child({ product: 'any' }), applied)
    }

    const failed =
      statusCode >= 300 && !(method === 'HEAD' && statusCode === 404) && !options.ignore?.includes(statusCode)
    let body: unknown
    if (method === 'HEAD') {
      body = statusCode < 300
    } else if (options.asBuffer === true && !failed) {
      body = bytes
    } else if (bytes.length === 0) {
      body = ''
    } else {
      // JSON, text or bytes by media type. An error answer is decoded even with asBuffer: the ResponseError
      // carries the parsed body, its type and reason, whatever the caller wanted of a successful answer.
      try {
        body = decodeBody(
          bytes,
          headers['content-type'],
          statusCode,
          options.prototypeKeys ?? this.settings.prototypeKeys,
          this.settings.serializer,
        )
      } catch (error) {
        // Said JSON, sent something else, and did not say it is the server: a proxy's page mislabelled.
        if (!(error instanceof DeserializationError) || readProductHeaders(headers).name !== 'none') throw error
        if (!failed) {
          const foreign = this.foreignAnswer(headers, bytes, node, options)
          throw new DeserializationError(
            `Not from ${foreign.expected}: ${statusCode} to ${method} ${path} at ${node.id} is not valid JSON and came from ${foreign.answeredBy}`,
            { cause: error, statusCode, ...(error.body === undefined ? {} : { body: error.body }) },
          )
        }
        body = bytes.toString('utf8')
      }
    }

    if (failed) {
      const head = method === 'HEAD'
      throw new ResponseError(
        statusCode,
        head ? undefined : body,
        headers as Record<string, string>,
        `to ${method} ${path}`,
        // Named for the message only (an error answer does not teach the product). An answer that carries
        // neither product header nor the servers' error shape was written by something in between.
        fromTheServer(headers, body) ? this.expectedServer(headers) : this.foreignAnswer(headers, head ? undefined : bytes, node, options),
      )
    }
    if (options.meta === true) {
      return { body, statusCode, headers, meta: { node: node.id, attempts } }
    }
    return body
  }

  /** The server named in messages: the one known, or the header OpenSearch puts on every answer. */
  private expectedServer(headers: IncomingHttpHeaders): 'Elasticsearch' | 'OpenSearch' {
    return this.shared.product.info?.name === 'opensearch' || readProductHeaders(headers).name === 'opensearch'
      ? 'OpenSearch'
      : 'Elasticsearch'
  }

  /** What answered instead of the server (src/transport/foreign-answer.ts), credentials sent cut out. */
  private foreignAnswer(
    headers: IncomingHttpHeaders,
    bytes: Buffer | undefined,
    node: Connection,
    options: TransportRequestOptions,
  ): ForeignAnswer {
    const secrets = [this.settings.authorization, node.urlAuth]
    const extra = options.headers
    if (extra !== undefined) for (const name in extra) if (name.toLowerCase() === 'authorization') secrets.push(extra[name])
    return {
      expected: this.expectedServer(headers),
      node: node.id,
      answeredBy: describeForeignAnswer(headers, bytes, secrets.flatMap(authorizationSecrets)),
    }
  }

  /**
   * `GET /` on `node` itself, for the product check before a write to it (ProductDetector.beforeWrite): with
   * the client's authorization, plain JSON media types (OpenSearch refuses the compatibility ones), the
   * request timeout, no retry. Rejects when the node cannot be reached.
   */
  private async askNode(node: Connection, signal: AbortSignal | undefined): Promise<NodeAnswer> {
    const sets = this.plainHeaderSets ?? this.headerSets
    const base = sets[NO_BODY * 2] as Record<string, string>
    const headers =
      node.urlAuth !== undefined && this.settings.authorization === undefined ? { ...base, authorization: node.urlAuth } : base
    const collector = new ResponseCollector(node.id, 1024 * 1024, this.settings.requestTimeout, signal)
    const path = `${node.basePath}/`
    const signer = this.settings.signer
    const sent =
      signer === undefined ? headers : await signer.sign({ method: 'GET', host: node.url.host, path, headers, payloadHash: signer.payloadHash(undefined) })
    const raw = await collector.send(node.pool, { method: 'GET', path, headers: sent, body: null })
    let body: unknown
    if (raw.statusCode < 300) {
      try {
        const encoding = raw.headers['content-encoding']
        const bytes = encoding !== undefined && raw.body.length > 0 ? await decompress(raw.body, encoding, 1024 * 1024, raw.statusCode, node.id) : raw.body
        body = decodeBody(bytes, raw.headers['content-type'], raw.statusCode, 'remove')
      } catch {
        body = undefined // not JSON: the headers alone tell
      }
    }
    return { statusCode: raw.statusCode, headers: raw.headers, body }
  }

  /**
   * Refreshes the node list from `GET /_nodes/_all/http`. Concurrent calls share one request. Nodes already
   * known keep their pools; new ones inherit the TLS settings and the URL credentials of the first seed.
   */
  sniff(reason: SniffEvent['reason'] = 'manual'): Promise<string[]> {
    const shared = this.shared
    if (shared.sniffing === undefined) {
      shared.sniffing = this.runSniff(reason).finally(() => {
        shared.sniffing = undefined
      })
    }
    return shared.sniffing
  }

  private async runSniff(reason: SniffEvent['reason']): Promise<string[]> {
    const pool = this.shared.pool
    const seed = pool.connections[0] as Connection
    try {
      const body = await this.request(
        { method: 'GET', path: SNIFF_PATH, endpoint: 'nodes.info' },
        { maxRetries: pool.connections.length },
      )
      const urls = parseSniffedNodes(body, seed.url.protocol)
      if (urls.length > 0 && !this.shared.closed) {
        const next = urls.map(
          (url) => pool.find(url) ?? new Connection(url, this.shared.connectionOptions, seed.urlAuth),
        )
        pool.replace(next)
      }
      if (sniffChannel.hasSubscribers) sniffChannel.publish({ reason, nodes: this.nodes, error: undefined })
      return this.nodes
    } catch (error) {
      if (sniffChannel.hasSubscribers) sniffChannel.publish({ reason, nodes: this.nodes, error })
      throw error
    }
  }

  /**
   * Stops this transport. On the root transport it also waits for in-flight requests and closes every
   * pool; a child only stops accepting requests, because its pools belong to the root.
   */
  close(root = true): Promise<void> {
    this.closed = true
    if (!root) return Promise.resolve()
    const shared = this.shared
    if (shared.closing === undefined) {
      shared.closed = true
      if (shared.sniffTimer !== undefined) clearInterval(shared.sniffTimer)
      shared.closing = shared.pool.close()
    }
    return shared.closing
  }
}

function buildHeaderSets(settings: TransportSettings): Record<string, string>[] {
  const compat = settings.compatibilityVersion
  const json =
    compat === undefined
      ? 'application/json'
      : `application/vnd.elasticsearch+json; compatible-with=${compat}`
  const ndjson =
    compat === undefined
      ? 'application/x-ndjson'
      : `application/vnd.elasticsearch+x-ndjson; compatible-with=${compat}`
  const base: Record<string, string> = { 'user-agent': settings.userAgent, accept: json }
  if (settings.authorization !== undefined) base.authorization = settings.authorization
  Object.assign(base, settings.headers)
  const sets: Record<string, string>[] = []
  for (const contentType of [undefined, json, ndjson]) {
    for (const gz of [false, true]) {
      const set = { ...base }
      if (contentType !== undefined && settings.headers['content-type'] === undefined)
        set['content-type'] = contentType
      if (gz) set['content-encoding'] = 'gzip'
      if (gz || settings.compression) set['accept-encoding'] = 'gzip, deflate'
      sets.push(Object.freeze(set) as Record<string, string>)
    }
  }
  return sets
}

function gzipBody(body: WireBody): Promise<Buffer> | Buffer {
  const length = typeof body === 'string' ? body.length : body.byteLength
  return length < SYNC_GZIP_LIMIT ? zlib.gzipSync(body) : gzip(body)
}

async function decompress(
  bytes: Buffer,
  encoding: string,
  limit: number,
  statusCode: number,
  node: string,
): Promise<Buffer> {
  const kind = encoding.trim().toLowerCase()
  if (kind === 'identity') return bytes
  if (kind !== 'gzip' && kind !== 'deflate' && kind !== 'x-gzip') {
    throw new DeserializationError(
      `${node} answered ${statusCode} with an unsupported content-encoding: ${JSON.stringify(encoding.slice(0, 80))}`,
      {
        statusCode,
      },
    )
  }
  // maxOutputLength stops inflating at the cap, so a small compressed body cannot blow up in memory.
  const options = { maxOutputLength: Math.min(limit, 2 ** 31 - 1) }
  try {
    return kind === 'deflate' ? await inflate(bytes, options) : await gunzip(bytes, options)
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ResponseTooLargeError(
        `The decompressed response is larger than maxResponseSize (${limit} bytes)`,
        {
          cause,
        },
      )
    }
    throw new DeserializationError(
      `${node} answered ${statusCode} with a body that is not valid ${kind}`,
      {
        cause,
        statusCode,
      },
    )
  }
}

/** undici errors become elastream errors by `code`; elastream's own errors pass through. */
function toTransportError(cause: unknown, node: Connection): Error {
  if (cause instanceof ElastreamError) return cause
  const error = cause as NodeJS.ErrnoException
  const code = typeof error?.code === 'string' ? error.code : 'UNKNOWN'
  const message = error instanceof Error ? error.message : String(cause)
  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new TimeoutError(`${node.id}: ${message}`, { cause })
    case 'UND_ERR_ABORTED':
      return new RequestAbortedError(`${node.id}: ${message}`, { cause })
    case 'UND_ERR_INVALID_ARG':
    case 'UND_ERR_NOT_SUPPORTED':
      return new ConfigurationError(`Invalid request to ${node.id}: ${message}`, { cause })
    default:
      return new ConnectionError(`${node.id}: ${code}: ${message}`, { cause })
  }
}

function noLivingNodes(nodes: number, attempts: number): NoLivingNodesError {
  const all = nodes === 1 ? 'The only node is' : `All ${nodes} nodes are`
  return new NoLivingNodesError(
    `${all} dead and already being probed by another request; nothing was sent (looked ${attempts} time${attempts === 1 ? '' : 's'})`,
  )
}

function isRetryable(error: Error): boolean {
  return error instanceof ConnectionError || error instanceof TimeoutError
}

function publishResponse(
  requestId: number,
  method: string,
  path: string,
  node: string,
  attempts: number,
  statusCode: number,
  started: number,
  error: Error | undefined,
): void {
  responseChannel.publish({
    requestId,
    method,
    path,
    node,
    attempts,
    statusCode,
    durationMs: performance.now() - started,
    error,
  })
}

function ignore(): void {}
