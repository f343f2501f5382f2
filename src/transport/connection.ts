/**
 * One Elasticsearch node: its URL (without credentials), one undici Pool with keep-alive, and the
 * alive/dead bookkeeping the node pool reads. Credentials found in the URL become this node's basic auth.
 */
import type { TLSSocket } from 'node:tls'
import type { buildConnector as BuildConnector, Dispatcher, Pool as UndiciPool } from 'undici'
import { buildConnector, Pool } from './undici-parts.js'
import { ConfigurationError, ConnectionError } from '../errors.js'
import { basic } from './auth.js'
import { pinnedChainProblem } from './pinned-chain.js'
import { type ProxySettings, proxyDispatcher } from './proxy.js'
import { redactUrl } from '../redact.js'
import type { NodeVerdict } from './product/node-verdict.js'
import type { TlsOptions } from './tls-options.js'

export interface ConnectionOptions {
  connectionsPerNode: number
  tls: TlsOptions | undefined
  /**
   * SHA-256 fingerprint (hex, colons optional) of the server certificate or a CA in the chain it presents;
   * the chain up to it is verified (signatures, dates, host name).
   */
  caFingerprint: string | undefined
  /** Forward proxy every node is reached through (proxy.ts). */
  proxy?: ProxySettings | undefined
}

export class Connection {
  /** The node URL without credentials (safe to log). */
  readonly id: string
  readonly url: URL
  /** URL path prefix, for nodes behind a proxy at a sub-path; '' when the node is at the root. */
  readonly basePath: string
  /** `authorization` built from credentials in the node URL, if it had any. */
  readonly urlAuth: string | undefined
  /** This node's own headers (`nodes: [{ url, headers }]`, names lower-cased), sent under a request's own. */
  readonly headers: Record<string, string> | undefined
  readonly pool: Dispatcher
  /** Epoch ms until which the node is skipped; 0 = alive. */
  deadUntil = 0
  /** Consecutive failures, for the exponential backoff. */
  failures = 0
  /** Epoch ms of the last failure. */
  failedAt = 0
  /** Order of the last failure within the pool, to find the least recently failed node. */
  failureSeq = 0
  /** A request is testing this dead node; the others leave it alone until it answers or fails. */
  probing = false
  /** The product its answers were last accepted as (product/node-verdict.ts); cleared when it is resurrected. */
  productVerdict: NodeVerdict | undefined = undefined

  constructor(node: string | URL, options: ConnectionOptions, inheritedAuth?: string, headers?: Record<string, string>) {
    const url = parseNodeUrl(node)
    this.headers = headers
    if (url.username !== '' || url.password !== '') {
      this.urlAuth = basic(decodeURIComponent(url.username), decodeURIComponent(url.password))
      url.username = ''
      url.password = ''
    } else {
      this.urlAuth = inheritedAuth
    }
    this.url = url
    this.id = url.href
    this.basePath = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '')
    const poolOptions: UndiciPool.Options = {
      connections: options.connectionsPerNode,
      pipelining: 1,
      // The transport's own per-attempt timer covers headers and body together; undici's would double it.
      headersTimeout: 0,
      bodyTimeout: 0,
    }
    this.pool =
      options.proxy === undefined
        ? new Pool(url.origin, {
            ...poolOptions,
            connect:
              url.protocol === 'https:' ? tlsConnector(options.tls, options.caFingerprint, this.id) : undefined,
          } as UndiciPool.Options)
        : proxyDispatcher(
            options.proxy,
            url.origin,
            poolOptions,
            options.tls,
            // A pin is checked on the connection to the node inside the tunnel, never on the proxy's.
            url.protocol === 'https:' && options.caFingerprint !== undefined
              ? tlsConnector(options.tls, options.caFingerprint, this.id)
              : undefined,
          ) // proxy.ts
  }

  get isAlive(): boolean {
    return this.deadUntil === 0
  }

  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): void {
    this.pool.dispatch(options, handler)
  }

  /** Waits for in-flight requests, then closes the sockets. */
  close(): Promise<void> {
    return this.pool.close()
  }
}

/** Parses a node URL, rejecting what cannot be a node with a message that never echoes credentials. */
export function parseNodeUrl(node: string | URL, option = 'node'): URL {
  const text = node instanceof URL ? node.href : node
  if (typeof text !== 'string') {
    throw new ConfigurationError(`${option} must be an http(s) URL (a string or URL), got ${typeof text}`)
  }
  // `user:pass@host:9200` parses as the scheme `user:`: say what is missing instead of "bad protocol".
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new ConfigurationError(
      `${option} must be an http(s) URL starting with http:// or https://, for example "http://127.0.0.1:9200", got "${redactUrl(text)}"`,
    )
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigurationError(`${option} must be an http(s) URL, got "${redactUrl(text)}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${option} must be an http(s) URL, got "${redactUrl(url)}"`)
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(`${option} must not carry a query or fragment, got "${redactUrl(url)}"`)
  }
  return url
}

/** Normalizes a fingerprint to upper-case hex without separators, the form node:tls compares easily. */
export function normalizeFingerprint(value: string): string {
  return value.replace(/:/g, '').toUpperCase()
}

function tlsConnector(
  tls: TlsOptions | undefined,
  caFingerprint: string | undefined,
  nodeId: string,
): BuildConnector.connector {
  // With a pin, node:tls's own verification is off unless asked for (the pinned CA need not be in `ca`):
  // pinnedChainProblem() does the whole verification instead, signatures, dates and host name included.
  const rejectUnauthorized = tls?.rejectUnauthorized ?? caFingerprint === undefined
  const base = buildConnector({ ...tls, rejectUnauthorized } as BuildConnector.BuildOptions)
  if (caFingerprint === undefined) return base
  const pin = normalizeFingerprint(caFingerprint)
  return (options, callback) => {
    base(options, (error, socket) => {
      if (error !== null) {
        callback(error, null)
        return
      }
      // Checked once per new socket: keep-alive makes this rare, so verifying the chain costs nothing per request.
      const host = (tls?.servername ?? options.hostname).replace(/^\[|\]$/g, '')
      const problem = pinnedChainProblem(socket as TLSSocket, pin, host)
      if (problem === undefined) {
        callback(null, socket)
        return
      }
      socket.destroy()
      callback(new ConnectionError(`The certificate of ${nodeId} does not match caFingerprint: ${problem}`), null)
    })
  }
}
