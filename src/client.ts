/**
 * The Client: checks options once, builds the transport, and inherits every API method from the generated
 * ApiClient. `child()` shares the node pools; `close()` ends them; `await using` closes too.
 */
import { constants as bufferConstants } from 'node:buffer'
import { ApiClient } from './api/api-client.js'
import { ConfigurationError } from './errors.js'
import { createRequestTracer } from './observability/request-tracer.js'
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-info.js'
import { authorizationHeader } from './transport/auth.js'
import { createAwsSigner, isAwsAuth } from './transport/aws/aws-auth.js'
import { cloudIdToUrl } from './options/cloud-id.js'
import { rejectOption, requireBoolean, requireInteger, requireString, stripUndefined } from './options/checks.js'
import { describeValue as describe } from './options/describe-value.js'
import { requireMilliseconds } from './options/duration.js'
import { unknownOptionMessage } from './options/closest-name.js'
import {
  Connection,
  type ConnectionOptions,
  normalizeFingerprint,
} from './transport/connection.js'
import { NodePool } from './transport/node-pool.js'
import { readHeaders, readNodeEntry } from './transport/node-entry.js'
import { nodeSelectorOption } from './transport/node-selector.js'
import { nodeFilterOption } from './transport/sniffer.js'
import { retryOnStatusOption } from './transport/retry-policy.js'
import { redactionOption } from './transport/redaction.js'
import { parseProxy } from './transport/proxy.js'
import { officialClientOptionMessage } from './options/official-options.js'
import { serializerOption } from './transport/json-serializer.js'
import { prototypeKeysOption } from './transport/serializer.js'
import type { TlsOptions } from './transport/tls-options.js'
import { ProductDetector } from './transport/product/product-detector.js'
import type { ServerInfo } from './transport/product/server-info.js'
import { Transport } from './transport/transport.js'
import type { SharedState, TransportSettings } from './transport/transport-settings.js'

import {
  CHILD_OPTION_NAMES,
  CLIENT_DEFAULTS,
  CLIENT_OPTION_NAMES,
  type ChildOptions,
  type ClientOptions,
  PRODUCTS,
  TLS_OPTION_NAMES,
} from './client-options.js'


/** Passes a ready transport to the constructor for child(); a symbol, so users cannot reach it by accident. */
const kTransport = Symbol('elastream.transport')

const USER_AGENT = `${PACKAGE_NAME}/${PACKAGE_VERSION} (Node.js ${process.version}; ${process.platform} ${process.arch})`

export class Client extends ApiClient {
  declare readonly transport: Transport
  private readonly isChild: boolean

  constructor(options: ClientOptions) {
    const given = (options as { [kTransport]?: Transport } | undefined)?.[kTransport]
    super(given ?? createTransport(options))
    this.isChild = given !== undefined
  }

  /**
   * A client that shares this one's nodes and connection pools but sends different headers or auth, or uses
   * other limits. Cheap: no sockets are opened.
   */
  child(options: ChildOptions): Client {
    checkKeys(options, CHILD_OPTION_NAMES, 'child option', (name) =>
      (CLIENT_OPTION_NAMES as readonly string[]).includes(name)
        ? `child option "${name}" cannot be changed: a child shares its parent's nodes and pools`
        : undefined,
    )
    const parent = this.transport.settings
    const overrides: Partial<TransportSettings> = {}
    if (options.headers !== undefined)
      overrides.headers = { ...parent.headers, ...checkHeaders(options.headers) }
    if (options.auth !== undefined) {
      const hosts = this.transport.pool.connections.map((node) => node.url.hostname)
      overrides.signer = isAwsAuth(options.auth) ? createAwsSigner(options.auth, hosts) : undefined
      overrides.authorization = overrides.signer === undefined ? authorizationHeader(options.auth) : undefined
    }
    if (options.requestTimeout !== undefined)
      overrides.requestTimeout = ms('requestTimeout', options.requestTimeout, 0)
    if (options.maxRetries !== undefined) overrides.maxRetries = int('maxRetries', options.maxRetries, 0)
    if (options.opaqueIdPrefix !== undefined)
      overrides.opaqueIdPrefix = str('opaqueIdPrefix', options.opaqueIdPrefix)
    if (options.compression !== undefined) overrides.compression = bool('compression', options.compression)
    if (options.maxResponseSize !== undefined) {
      overrides.maxResponseSize = int(
        'maxResponseSize',
        options.maxResponseSize,
        1,
        bufferConstants.MAX_LENGTH,
      )
    }
    return new Client({ [kTransport]: this.transport.child(overrides) } as ClientOptions)
  }

  /** The server's product and version once an answer told (`undefined` before the first answer). */
  get product(): ServerInfo | undefined {
    return this.transport.product
  }

  /** The server's product and version, asking `GET /` when either is not known yet. */
  detectProduct(): Promise<ServerInfo> {
    return this.transport.detectProduct()
  }

  /**
   * Waits for in-flight requests, then closes every socket. Idempotent. On a child it only stops the child:
   * the pools belong to the root client.
   */
  close(): Promise<void> {
    return this.transport.close(!this.isChild)
  }

  /** `await using client = new Client(...)` closes the client at the end of the block. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close()
  }
}

function createTransport(options: ClientOptions): Transport {
  if (options === null || typeof options !== 'object') {
    rejectOption('Client options', 'must be an object', options)
  }
  checkKeys(options, CLIENT_OPTION_NAMES, 'Client option', officialClientOptionMessage)
  const o = { ...CLIENT_DEFAULTS, ...stripUndefined(options) }

  let urls: ReadonlyArray<unknown>
  if (options.cloud !== undefined && (options.node !== undefined || options.nodes !== undefined)) {
    throw new ConfigurationError('Give either cloud or node/nodes, not both')
  } else if (options.cloud !== undefined) {
    urls = [cloudIdToUrl(options.cloud)] // cloud-id.ts
  } else if (options.node !== undefined && options.nodes !== undefined) {
    throw new ConfigurationError('Give either node or nodes, not both')
  } else if (options.node !== undefined) {
    urls = [options.node]
  } else if (options.nodes !== undefined) {
    if (!Array.isArray(options.nodes) || options.nodes.length === 0) {
      throw new ConfigurationError(`nodes must be a non-empty array of URLs, got ${describe(options.nodes)}`)
    }
    urls = options.nodes
  } else {
    throw new ConfigurationError(
      'node (or nodes) is required, for example new Client({ node: "http://127.0.0.1:9200" })',
    )
  }
  const entries = urls.map((url, i) => readNodeEntry(url, options.node !== undefined ? 'node' : `nodes[${i}]`))

  let tls: TlsOptions | undefined
  if (options.tls !== undefined) {
    if (options.tls === null || typeof options.tls !== 'object') {
      throw new ConfigurationError(`tls must be an object, got ${describe(options.tls)}`)
    }
    checkKeys(options.tls, TLS_OPTION_NAMES, 'tls option')
    if (options.tls.rejectUnauthorized !== undefined)
      bool('tls.rejectUnauthorized', options.tls.rejectUnauthorized)
    tls = options.tls
  }
  let caFingerprint: string | undefined
  if (options.caFingerprint !== undefined) {
    if (
      typeof options.caFingerprint !== 'string' ||
      !/^[0-9a-f]{64}$/i.test(normalizeFingerprint(options.caFingerprint))
    ) {
      throw new ConfigurationError(
        `caFingerprint must be a SHA-256 fingerprint (64 hex digits, colons optional), got ${describe(options.caFingerprint)}`,
      )
    }
    caFingerprint = options.caFingerprint
  }

  const product = o.product
  if (!PRODUCTS.includes(product)) {
    rejectOption('product', `must be one of ${PRODUCTS.join(', ')}`, product)
  }
  const compatibilityVersion =
    options.compatibilityVersion === undefined
      ? undefined
      : int('compatibilityVersion', options.compatibilityVersion, 7, 99)
  const sniffInterval = o.sniffInterval === false ? false : ms('sniffInterval', o.sniffInterval, 1)
  const resurrectBackoff = ms('resurrectBackoff', o.resurrectBackoff, 1)
  const resurrectMaxBackoff = ms('resurrectMaxBackoff', o.resurrectMaxBackoff, resurrectBackoff)
  const retryBackoff = ms('retryBackoff', o.retryBackoff, 0)
  const retryMaxBackoff = ms('retryMaxBackoff', o.retryMaxBackoff, retryBackoff)

  const signer =
    options.auth !== undefined && isAwsAuth(options.auth)
      ? createAwsSigner(options.auth, entries.map((entry) => entry.url.hostname))
      : undefined
  const settings: TransportSettings = {
    maxRetries: int('maxRetries', o.maxRetries, 0),
    requestTimeout: ms('requestTimeout', o.requestTimeout, 0),
    maxResponseSize: int('maxResponseSize', o.maxResponseSize, 1, bufferConstants.MAX_LENGTH),
    prototypeKeys: prototypeKeysOption(options.prototypeKeys),
    serializer: serializerOption(options.serializer),
    compression: bool('compression', o.compression),
    headers: options.headers === undefined ? {} : checkHeaders(options.headers),
    authorization: options.auth === undefined || signer !== undefined ? undefined : authorizationHeader(options.auth),
    signer,
    opaqueIdPrefix: str('opaqueIdPrefix', o.opaqueIdPrefix),
    product,
    compatibilityVersion,
    sniffOnConnectionFault: bool('sniffOnConnectionFault', o.sniffOnConnectionFault),
    userAgent: USER_AGENT,
    retryBackoff,
    retryMaxBackoff,
    maxRetryAfter: ms('maxRetryAfter', o.maxRetryAfter, 0),
    retryOnStatus: retryOnStatusOption(options.retryOnStatus),
    redaction: redactionOption(options.redaction),
    random: Math.random,
    tracing: createRequestTracer(options.tracing),
  }
  const connectionOptions: ConnectionOptions = {
    connectionsPerNode: int('connectionsPerNode', o.connectionsPerNode, 1),
    tls,
    caFingerprint,
    proxy: options.proxy === undefined ? undefined : parseProxy(options.proxy),
  }
  const sniffOnStart = bool('sniffOnStart', o.sniffOnStart)

  const connections = entries.map((entry) => new Connection(entry.url, connectionOptions, undefined, entry.headers))
  const shared: SharedState = {
    pool: new NodePool(connections, {
      resurrectBackoff,
      resurrectMaxBackoff,
      choose: nodeSelectorOption(options.nodeSelector, Math.random),
    }),
    nodeFilter: nodeFilterOption(options.nodeFilter),
    connectionOptions,
    closed: false,
    closing: undefined,
    sniffing: undefined,
    sniffTimer: undefined,
    closeSignal: new AbortController(),
    product: new ProductDetector(),
  }
  const transport = new Transport(settings, shared)
  if (sniffOnStart) transport.sniff('start').catch(() => {})
  if (sniffInterval !== false) {
    shared.sniffTimer = setInterval(() => {
      transport.sniff('interval').catch(() => {})
    }, sniffInterval)
    // A sniff timer alone must not keep the process alive.
    shared.sniffTimer.unref()
  }
  return transport
}

function checkKeys(
  options: object,
  known: readonly string[],
  where: string,
  special?: (name: string) => string | undefined,
): void {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError(`${where}s must be an object, got ${describe(options)}`)
  }
  for (const name of Object.keys(options)) {
    if (known.includes(name)) continue
    const message = special?.(name) ?? unknownOptionMessage(where, name, known)
    throw new ConfigurationError(message)
  }
}

function checkHeaders(headers: unknown): Record<string, string> {
  // Lower-cased once (node-entry.ts) so a user header replaces ours instead of being sent twice.
  return readHeaders('headers', headers)
}

/** Integer options of the client say their whole range ("from 0 to 9007199254740991"), as they always have. */
function int(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  return requireInteger(name, value, min, max)
}

/** Milliseconds options: a '30s' is answered with the number it stands for (see duration.ts). */
function ms(name: string, value: unknown, min: number): number {
  return requireMilliseconds(name, value, min, Number.MAX_SAFE_INTEGER)
}

const bool = requireBoolean
const str = requireString
