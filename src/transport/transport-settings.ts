/**
 * What a Transport runs with: its checked settings (the Client reads user input and fills the defaults) and
 * the state every transport derived with child() shares with its root.
 */
import type { AwsSigner } from './aws/aws-signer.js'
import type { ConnectionOptions } from './connection.js'
import type { JsonSerializer } from './json-serializer.js'
import type { NodePool } from './node-pool.js'
import type { ProductDetector } from './product/product-detector.js'
import type { Product } from './product/server-info.js'
import type { Redaction } from './redaction.js'
import type { RequestObserver } from './request-observer.js'
import type { PrototypeKeys } from './serializer.js'
import type { NodeFilter } from './sniffer.js'

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
  /** `redaction`: header and query parameter names hidden in events, spans and errors (redaction.ts). */
  redaction?: Redaction | undefined
  /** Answer statuses another attempt may cure (retry-policy.ts); only requests safe to repeat are repeated. */
  retryOnStatus: ReadonlySet<number>
  /** Ceiling of the first retry's delay, ms; doubles per retry (full jitter). */
  retryBackoff: number
  /** Cap on the delay ceiling, ms. */
  retryMaxBackoff: number
  /** Longest wait a Retry-After may ask for, ms; an answer asking for more is not retried (retry-after.ts). */
  maxRetryAfter: number
  /** @internal The jitter source; tests replace it to make delays exact. */
  random: () => number
}

/** State every transport derived with child() shares: the nodes, their pools, sniffing, closing. */
export interface SharedState {
  pool: NodePool
  connectionOptions: ConnectionOptions
  closed: boolean
  /** Aborted when the root transport closes: a request waiting to be retried stops waiting then. */
  closeSignal: AbortController
  closing: Promise<void> | undefined
  sniffing: Promise<string[]> | undefined
  sniffTimer: NodeJS.Timeout | undefined
  /** Which server the nodes are (src/transport/product/product-detector.ts). */
  product: ProductDetector
  /** `nodeFilter`: which sniffed nodes are kept (sniffer.ts); undefined = all but dedicated masters. */
  nodeFilter?: NodeFilter | undefined
}
