/**
 * Transport.request(): check the options, encode the body once, pick the header set, hand the attempts to
 * attempt-loop.ts and the answer to response-decoder.ts. Everything a request needs that does not change per
 * request (header sets, limits) is computed in the constructor, so the hot path allocates the promise, the job
 * and the result.
 */
import { ConnectionError, ResponseError } from '../errors.js'
import { explainAwsRefusal } from './aws/aws-refusal.js'
import { askNode } from './ask-node.js'
import { type AttemptHost, type AttemptJob, sendAttempts, startClock } from './attempt-loop.js'
import { buildHeaderSets, encodeBody, gzipBody, headerSet, NO_BODY } from './body-encoding.js'
import { Connection } from './connection.js'
import { nextRequestId, publishResponse, responseChannel, type SniffEvent, sniffChannel } from './diagnostics.js'
import type { NodePool } from './node-pool.js'
import { isElasticsearchOnly } from './product/elasticsearch-only.js'
import type { NodeAnswer } from './product/product-detector.js'
import type { ServerInfo } from './product/server-info.js'
import { buildQueryString } from './query-string.js'
import { redactQueryParameters } from './redaction.js'
import { checkRequestOptions } from './request-options.js'
import { type DecodeHost, decodeAnswer } from './response-decoder.js'
import { isIdempotent } from './retry-policy.js'
import { parseSniffedNodes, SNIFF_PATH } from './sniffer.js'
import type { SharedState, TransportSettings } from './transport-settings.js'
import type {
  TransportLike,
  TransportRequestOptions,
  TransportRequestParams,
  TransportResult,
} from './types.js'

const NO_OPTIONS: TransportRequestOptions = {}

export class Transport implements TransportLike {
  readonly settings: Readonly<TransportSettings>
  private readonly shared: SharedState
  private closed = false
  /** [kind * 2 + gzip]: the six header objects a request can start from, built once (body-encoding.ts). */
  private readonly headerSets: Record<string, string>[]
  /**
   * With `compatibilityVersion`: the same sets with plain JSON media types, for OpenSearch, which has no REST
   * compatibility and answers 406 to any body sent as `application/vnd.elasticsearch+json`.
   */
  private readonly plainHeaderSets: Record<string, string>[] | undefined
  /** What the attempt loop and the decoder see of this transport, built once. */
  private readonly host: AttemptHost & DecodeHost

  constructor(settings: TransportSettings, shared: SharedState) {
    this.settings = settings
    this.shared = shared
    this.headerSets = buildHeaderSets(settings)
    this.plainHeaderSets =
      settings.compatibilityVersion === undefined
        ? undefined
        : buildHeaderSets({ ...settings, compatibilityVersion: undefined })
    this.host = {
      settings,
      shared,
      product: shared.product,
      askNode: (node, signal) => this.askNode(node, signal),
      sniff: (reason) => this.sniff(reason),
      unchecked: () => this.child({ product: 'any' }),
    }
  }

  /** The server this transport talks to, once an answer said so (product/product-detector.ts). */
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
   * one shared `GET /` tells which it is (product/product-detector.ts); a request without a body goes as it is.
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

    const encoded = encodeBody(params, settings.serializer)
    const kind = encoded.kind
    let body = encoded.body
    const compress = (options.compression ?? settings.compression) && body !== undefined
    if (compress) body = await gzipBody(body!)

    let sets = this.headerSets
    if (this.plainHeaderSets !== undefined) sets = await this.compatibleSets(kind !== NO_BODY)
    let headers = headerSet(sets, kind, compress)
    let own: Record<string, string> | undefined
    if (options.headers !== undefined || options.opaqueId !== undefined) {
      own = {}
      const extra = options.headers
      // Lower-cased so `Content-Type` replaces our `content-type` instead of going out twice (Elasticsearch
      // refuses a request with two).
      if (extra !== undefined) for (const name in extra) own[name.toLowerCase()] = extra[name] as string
      if (options.opaqueId !== undefined) own['x-opaque-id'] = settings.opaqueIdPrefix + options.opaqueId
      headers = { ...headers, ...own }
    }

    const limit = options.maxResponseSize ?? settings.maxResponseSize
    const job: AttemptJob = {
      method,
      path: params.path,
      pathAndQuery,
      shownPath:
        settings.redaction === undefined ? pathAndQuery : redactQueryParameters(pathAndQuery, settings.redaction.query),
      headers,
      own,
      body,
      idempotent: isIdempotent(method, params.idempotent),
      // A request that may change something: the product check is made before it is sent to a node, never on
      // its answer (product/product-detector.ts, beforeWrite). Reads sent as POST are marked idempotent.
      mayWrite:
        settings.product !== 'any' &&
        method !== 'GET' &&
        method !== 'HEAD' &&
        !(method === 'POST' && params.idempotent === true),
      retryMode: options.retry ?? 'safe',
      maxRetries: options.maxRetries ?? settings.maxRetries,
      timeout: options.requestTimeout ?? settings.requestTimeout,
      // A HEAD answer announces the length of a body it never sends: only GET-like answers are capped.
      readLimit: method === 'HEAD' ? Number.POSITIVE_INFINITY : limit,
      signal: options.signal,
      requestId: nextRequestId(),
      span: settings.tracing?.begin(params, options),
      started: startClock(),
    }
    const { raw, node, attempts, sent, notRetried } = await sendAttempts(job, this.host)
    const span = job.span
    try {
      const result = await decodeAnswer(
        { raw, method, path: params.path, options, node, attempts, limit, applied: job.mayWrite },
        this.host,
      )
      span?.end(raw.statusCode, attempts, undefined)
      if (responseChannel.hasSubscribers) {
        publishResponse(job.requestId, method, job.shownPath, node.id, attempts, raw.statusCode, job.started, undefined)
      }
      return result
    } catch (error) {
      if (notRetried !== undefined && error instanceof ResponseError) error.message += notRetried
      const signer = settings.signer
      if (signer !== undefined && raw.statusCode === 403) {
        explainAwsRefusal(error, signer, raw, sent, `to ${method} ${params.path} at ${node.id}`)
      }
      span?.end(raw.statusCode, attempts, error)
      if (responseChannel.hasSubscribers) {
        publishResponse(job.requestId, method, job.shownPath, node.id, attempts, raw.statusCode, job.started, error as Error)
      }
      throw error
    }
  }

  /** `GET /` on `node` itself, for the product check before a write to it (ask-node.ts). */
  private askNode(node: Connection, signal: AbortSignal | undefined): Promise<NodeAnswer> {
    const sets = this.plainHeaderSets ?? this.headerSets
    return askNode(node, signal, headerSet(sets, NO_BODY, false), this.settings)
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
      const urls = parseSniffedNodes(body, seed.url.protocol, this.shared.nodeFilter)
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
      shared.closeSignal.abort()
      if (shared.sniffTimer !== undefined) clearInterval(shared.sniffTimer)
      shared.closing = shared.pool.close()
    }
    return shared.closing
  }
}
