/**
 * The client's options: their types (each documented with its reason), their defaults in one object tied to
 * the interface with `satisfies`, and the names the constructor and child() accept. client.ts reads them.
 */
import { constants as bufferConstants } from 'node:buffer'
import type { TracingOptions } from './observability/tracing-options.js'
import type { CloudOptions } from './options/cloud-id.js'
import type { AuthOptions } from './transport/auth.js'
import type { JsonSerializer } from './transport/json-serializer.js'
import type { NodeOptions } from './transport/node-entry.js'
import type { NodeSelector } from './transport/node-selector.js'
import type { Product } from './transport/product/server-info.js'
import type { ProxyOptions } from './transport/proxy.js'
import type { RedactionOptions } from './transport/redaction.js'
import { DEFAULT_MAX_RETRY_AFTER } from './transport/retry-after.js'
import type { NodeFilter } from './transport/sniffer.js'
import type { TlsOptions } from './transport/tls-options.js'

/** Every default in one place. Each is documented (with its reason) on ClientOptions below. */
export const CLIENT_DEFAULTS = Object.freeze({
  maxRetries: 3,
  requestTimeout: 30_000,
  connectionsPerNode: 256,
  maxResponseSize: bufferConstants.MAX_STRING_LENGTH,
  compression: false,
  opaqueIdPrefix: '',
  product: 'auto' as Product,
  sniffOnStart: false,
  sniffInterval: false as number | false,
  sniffOnConnectionFault: false,
  resurrectBackoff: 1_000,
  resurrectMaxBackoff: 60_000,
  retryBackoff: 100,
  retryMaxBackoff: 4_000,
  maxRetryAfter: DEFAULT_MAX_RETRY_AFTER,
} satisfies Partial<ClientOptions>)

export interface ClientOptions {
  /**
   * One node URL, for example `http://127.0.0.1:9200` or `https://user:pass@es.example:9200` (credentials become
   * basic auth), or `{ url, headers }` for a node with headers of its own (over `headers`, under a request's).
   * Give `node` or `nodes`.
   */
  node?: string | URL | NodeOptions
  /** Several nodes, each as `node` takes one; requests go to the alive ones as `nodeSelector` says. */
  nodes?: ReadonlyArray<string | URL | NodeOptions>
  /**
   * Which alive node a request goes to: `'round-robin'` (default: in turn, the cheapest), `'random'`, or a
   * function given the alive nodes (`{ id, url }`) that returns one of them, for example to prefer the local
   * zone. A dead node still gets its one probe when its wait is over, whatever the selector.
   */
  nodeSelector?: NodeSelector
  /**
   * Which nodes sniffing keeps: called with each node the cluster lists (`{ url, id, name, roles, attributes }`),
   * true keeps it. Default: every node with an HTTP address but dedicated masters (they serve no searches). A
   * filter replaces that rule. The nodes given in `node`/`nodes` are used as given.
   */
  nodeFilter?: NodeFilter
  /** An Elastic Cloud deployment, `{ id: '<name>:<base64>' }` (see cloud-id.ts): its https endpoint becomes the node. Instead of `node`/`nodes`. Default: none. */
  cloud?: CloudOptions
  /** A forward proxy every request goes through: `'http://[user:pass@]host:port'`, an https:// proxy, or `{ url, tls }` (TLS toward the proxy). Default: none (direct connections). */
  proxy?: string | URL | ProxyOptions
  /**
   * `{ username, password }`, `{ apiKey }`, `{ bearer }`, or `{ aws: { region, service?, credentials? } }` to sign
   * every request with AWS Signature Version 4 (Amazon OpenSearch Service, OpenSearch Serverless; needs the
   * optional peer `@smithy/signature-v4`, see docs/connecting.md#aws). Wins over credentials in a node URL.
   * Default: none.
   */
  auth?: AuthOptions
  /** TLS for https nodes: `ca`, `cert`, `key`, `passphrase`, `rejectUnauthorized`, `servername`. Default: the system CAs, verified. */
  tls?: TlsOptions
  /**
   * SHA-256 fingerprint of the server certificate or a CA in the chain it presents (hex, colons optional): pins
   * the certificate. The chain from the server's certificate to the pinned one is verified (signatures, CA flag,
   * dates) and so is the host name, as a `tls.ca` would be. Default: none.
   */
  caFingerprint?: string
  /** Gzip request bodies and ask for gzip responses. Default `false`: on loopback and fast networks compression costs more CPU than it saves time. */
  compression?: boolean
  /**
   * Retries after a connection error, a timeout or a 502/503/504, each on the next node. Default 3: survives
   * one node restarting in a 3-node cluster. Only what is safe to repeat is retried: a failure before the
   * request was written, or an idempotent request (GET, HEAD, PUT, DELETE, and read-only endpoints sent as
   * POST: search, count, msearch, mget, ...). A POST that may have been applied is not repeated unless the
   * request passes `retry: 'always'`.
   */
  maxRetries?: number
  /**
   * Ceiling (ms) of the wait before the first retry; it doubles per retry up to `retryMaxBackoff`, and the
   * real wait is drawn uniformly below it (full jitter). Default 100: short enough that failing over to the
   * next node is quick, spread enough that many clients do not retry in step.
   */
  retryBackoff?: number
  /** Cap (ms) on the retry wait ceiling. Default 4000: three retries stay within ~1.5 s on average. */
  retryMaxBackoff?: number
  /**
   * Longest wait (ms) an answer's `Retry-After` header may ask for. A retried status (see `retryOnStatus`)
   * whose Retry-After asks for a wait up to this is retried no sooner than it asks (the backoff when that is
   * longer); one that asks for more fails at once, its message naming the header's value, rather than park the
   * caller. Default 30000, the cap of undici's RetryAgent: a gateway's throttle usually clears in seconds, and a
   * wait of minutes is better decided by the caller.
   */
  maxRetryAfter?: number
  /**
   * Which error statuses are retried, with the same backoff and the same `maxRetries`. Default: 502, 503 and 504
   * (a gateway or a node that could not serve now). `true` adds 429, Elasticsearch's "too many requests" (a full
   * search queue, a circuit breaker), for plain calls that should ride out a busy cluster; `false` retries no
   * status; an array names the statuses (429 or 500-599). Whatever the list, only a request that is safe to
   * repeat is repeated (see `maxRetries`): a POST that writes (index without id, `_bulk`) is never sent twice;
   * the bulk helpers retry the 429s of single documents themselves.
   */
  retryOnStatus?: boolean | readonly number[]
  /** Milliseconds for a whole response to arrive, per attempt; 0 disables. Default 30000, so a hung node cannot hang the caller. */
  requestTimeout?: number
  /** Most sockets open at once to one node (sockets open on demand and are kept alive). Default 256: high enough that the client is not the bottleneck of a bulk load. */
  connectionsPerNode?: number
  /** Largest response body read, in bytes, compressed and decompressed; bigger ones fail with ResponseTooLargeError. Default: the largest string V8 can hold (~512 MiB), since a bigger JSON body could not be parsed anyway. */
  maxResponseSize?: number
  /**
   * What parsing a response does with a `__proto__` or `constructor.prototype` key in it (a document may have
   * one). Default 'error': no object that could poison a later merge reaches your code, none is changed in
   * silence. 'remove' deletes those keys; 'keep' leaves them as own data properties (JSON.parse never pollutes;
   * merging does). Per request too. See serializer.ts.
   */
  prototypeKeys?: 'error' | 'remove' | 'keep'
  /**
   * How JSON bodies are written and read. Default `'json'`: JSON.parse and JSON.stringify, the fast path, where
   * an integer beyond 2^53 (a `long` such as 9223372036854775807, an unsigned_long) comes back as the nearest
   * double. `'lossless'`: such integers are `bigint` on read and a `bigint` is written as its exact digits (see
   * src/transport/json-serializer.ts for the cost). Or your own `{ parse(text), stringify(value) }`. The byte
   * paths (the CLI's dump, load and reindex) copy numbers as written whatever this says.
   */
  serializer?: 'json' | 'lossless' | JsonSerializer
  /**
   * Header names and query parameter names whose values are hidden wherever a request or an answer is shown
   * (diagnostics events, spans, a ResponseError's `headers`), besides the credentials that always are:
   * `{ headers: ['x-tenant-token'], queryParameters: ['signature'] }`. Default: none. See redaction.ts.
   */
  redaction?: RedactionOptions
  /** Headers sent with every request. Default: none besides user-agent, accept and content-type. */
  headers?: Record<string, string>
  /** Prepended to every per-request `opaqueId` (sent as `x-opaque-id`), to tell applications apart in slow logs. Default ''. */
  opaqueIdPrefix?: string
  /**
   * Which server to expect. `'auto'` (default) learns from the first answer whether it is Elasticsearch or
   * OpenSearch (their product headers, or `GET /` when an answer has neither) and refuses a server that is
   * neither, or a node of the other product later; `client.product` tells which it found. The helpers adapt to
   * it, so one client (and one CLI) serves both. `'elasticsearch'` checks that every successful response
   * carries `x-elastic-product: Elasticsearch`; `'opensearch'` refuses answers that say they are Elasticsearch;
   * `'any'` checks nothing. See docs/opensearch.md.
   */
  product?: Product
  /**
   * Ask Elasticsearch for the REST compatibility of major version N (`application/vnd.elasticsearch+json;
   * compatible-with=N`). Default: off. Never sent to OpenSearch, which has no such compatibility and answers
   * 406 to it: with `product: 'auto'` one `GET /` tells which server it is before the first body goes out.
   */
  compatibilityVersion?: number
  /** Fetch the node list from the cluster (`GET /_nodes/_all/http`) right after construction. Default `false`: the given nodes may be behind a proxy or load balancer whose published addresses are unreachable. */
  sniffOnStart?: boolean
  /** Refresh the node list every N ms, or `false`. Default `false`, for the same reason. */
  sniffInterval?: number | false
  /** Refresh the node list after a connection error. Default `false`, for the same reason. */
  sniffOnConnectionFault?: boolean
  /** First period (ms) a failed node is left out of rotation; doubles per consecutive failure, with jitter. Default 1000: short, because a dead node is retried with a real request, not a ping. */
  resurrectBackoff?: number
  /** Longest period (ms) a failed node is left out. Default 60000. */
  resurrectMaxBackoff?: number
  /**
   * OpenTelemetry spans, one CLIENT span per API call (docs/observability.md). `false` turns them off;
   * `{ captureQuery: true }` records sanitized search bodies. Default: on, unless the environment says
   * `OTEL_ELASTICSEARCH_ENABLED=false`; it costs nothing until a tracer provider is registered, and nothing
   * at all when `@opentelemetry/api` is not installed.
   */
  tracing?: boolean | TracingOptions
}

/** What `child()` may change; everything else (nodes, TLS, pools, sniffing) is shared with the parent. */
export interface ChildOptions {
  /** Merged over the parent's headers. */
  headers?: Record<string, string>
  /** Replaces the parent's auth (for example to act as another user). */
  auth?: AuthOptions
  requestTimeout?: number
  maxRetries?: number
  opaqueIdPrefix?: string
  compression?: boolean
  maxResponseSize?: number
}

/** Every client option, checked against ClientOptions; docs/connecting.md has a row for each (test/docs/connecting.test.ts). */
export const CLIENT_OPTION_NAMES = [
  'node',
  'nodes',
  'nodeSelector',
  'nodeFilter',
  'cloud',
  'proxy',
  'auth',
  'tls',
  'caFingerprint',
  'compression',
  'maxRetries',
  'requestTimeout',
  'connectionsPerNode',
  'maxResponseSize',
  'prototypeKeys',
  'serializer',
  'headers',
  'opaqueIdPrefix',
  'product',
  'compatibilityVersion',
  'sniffOnStart',
  'sniffInterval',
  'sniffOnConnectionFault',
  'resurrectBackoff',
  'resurrectMaxBackoff',
  'retryBackoff',
  'retryMaxBackoff',
  'maxRetryAfter',
  'retryOnStatus',
  'redaction',
  'tracing',
] as const satisfies ReadonlyArray<keyof ClientOptions>

export const CHILD_OPTION_NAMES = [
  'headers',
  'auth',
  'requestTimeout',
  'maxRetries',
  'opaqueIdPrefix',
  'compression',
  'maxResponseSize',
] as const satisfies ReadonlyArray<keyof ChildOptions>

export const TLS_OPTION_NAMES = ['ca', 'cert', 'key', 'passphrase', 'rejectUnauthorized', 'servername'] as const

export const PRODUCTS: readonly Product[] = ['auto', 'elasticsearch', 'opensearch', 'any']
