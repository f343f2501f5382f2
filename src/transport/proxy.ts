/**
 * The `proxy` option: every node is reached through one HTTP(S) forward proxy, with undici's ProxyAgent.
 * An https node is tunnelled with CONNECT (TLS end to end, the proxy sees no plaintext); an http node is
 * tunnelled too (`proxyTunnel: true`: undici 7's default, no longer undici 8's, which would forward an http
 * node's requests to the proxy in absolute form instead), which any proxy that allows CONNECT to the node's
 * port accepts.
 * Credentials in the proxy URL become `proxy-authorization: Basic ...` and never appear in a message.
 */
import { isIP } from 'node:net'
import type { buildConnector, Dispatcher, Pool as PoolTypes } from 'undici'
import { Pool, ProxyAgentClass } from './undici-parts.js'
import { ConfigurationError, ConnectionError, ElastreamError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { basic } from './auth.js'
import type { TlsOptions } from './tls-options.js'
import { redactUrl } from '../redact.js'

export interface ProxyOptions {
  /** The proxy, `http://host:port` or `https://host:port`, optionally with `user:password@`. */
  url: string | URL
  /** TLS for the connection to an https proxy (its CA, ...). Default: the system CAs, verified. */
  tls?: TlsOptions
}

/** A checked proxy: the URL without credentials (safe to show), its authorization, its TLS. */
export interface ProxySettings {
  id: string
  uri: string
  token: string | undefined
  tls: TlsOptions | undefined
}

/** Reads `proxy: 'http://user:pass@host:3128'` or `proxy: { url, tls }`; messages never echo a password. */
export function parseProxy(proxy: unknown): ProxySettings {
  let given: unknown = proxy
  let tls: TlsOptions | undefined
  if (proxy !== null && typeof proxy === 'object' && !(proxy instanceof URL)) {
    for (const key of Object.keys(proxy)) {
      if (key !== 'url' && key !== 'tls') {
        throw new ConfigurationError(`Unknown proxy option "${key}": proxy takes a URL or { url, tls }`)
      }
    }
    given = (proxy as ProxyOptions).url
    tls = (proxy as ProxyOptions).tls
    if (tls !== undefined && (tls === null || typeof tls !== 'object')) {
      rejectOption('proxy.tls', 'must be an object', tls)
    }
  }
  const text = given instanceof URL ? given.href : given
  if (typeof text !== 'string') {
    rejectOption('proxy', 'must be an http(s) URL (a string or URL) or { url, tls }', text)
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigurationError(`proxy must be an http(s) URL, for example "http://127.0.0.1:3128", got "${redactUrl(text)}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`proxy must be an http:// or https:// URL, got "${redactUrl(url)}"`)
  }
  const token =
    url.username === '' && url.password === ''
      ? undefined
      : basic(decodeURIComponent(url.username), decodeURIComponent(url.password))
  url.username = ''
  url.password = ''
  return { id: url.origin, uri: url.origin, token, tls }
}

/**
 * The dispatcher of one node behind the proxy: a ProxyAgent (its per-origin pools get the node's pool
 * settings), composed so that requests carry the node's origin (the transport dispatches paths, as to a Pool).
 */
export function proxyDispatcher(
  proxy: ProxySettings,
  origin: string,
  poolOptions: PoolTypes.Options,
  requestTls: TlsOptions | undefined,
  /** Opens the TLS connection to an https node inside the tunnel, for a pinned certificate (caFingerprint). */
  nodeConnector?: buildConnector.connector,
): Dispatcher {
  const ProxyAgent = ProxyAgentClass()
  const agent = new ProxyAgent({
    ...(poolOptions as object),
    uri: proxy.uri,
    ...(proxy.token === undefined ? {} : { token: proxy.token }),
    ...(proxy.tls === undefined ? {} : { proxyTls: proxy.tls as never }),
    ...(requestTls === undefined ? {} : { requestTls: requestTls as never }),
    proxyTunnel: true,
    clientFactory: proxyClient,
  })
  if (nodeConnector !== undefined) useNodeConnector(agent, nodeConnector)
  return agent.compose(
    (dispatch) => (options, handler) =>
      // ProxyAgent adds a `host` header to the request's: the transport's are shared and frozen, so copy.
      dispatch(
        { ...options, origin, headers: { ...(options.headers as Record<string, string>) } },
        new TunnelErrors(handler, proxy.id),
      ),
  )
}

/**
 * undici's ProxyAgent opens the TLS connection to an https node inside the tunnel with a connector it builds from
 * `requestTls` and keeps under two symbols (proxy-agent.js: `connect endpoint function` and its HTTP/1.1-only
 * twin), read at each connection; no option takes one of ours. A pinned certificate needs its own check of that
 * very connection (the proxy's certificate is not the node's), so both are replaced by the pinning connector.
 * Should undici rename them, the client refuses the combination instead of leaving the pin unchecked, and
 * test/transport/undici-parts.test.ts fails on the upgrade.
 */
function useNodeConnector(agent: object, connect: buildConnector.connector): void {
  const slots = Object.getOwnPropertySymbols(agent).filter(
    (s) => s.description === 'connect endpoint function' || s.description === 'connect endpoint function (http/1.1 only)',
  )
  if (slots.length !== 2) {
    throw new ConfigurationError(
      "caFingerprint through a proxy needs undici's ProxyAgent node connector, which this undici does not have: give the CA in tls.ca instead",
    )
  }
  for (const slot of slots) (agent as Record<symbol, unknown>)[slot] = connect
}

/**
 * The pool of connections to the proxy itself. undici names the proxy's host as the TLS server name even when
 * it is an IP address (`https://10.0.0.5:3128`), which TLS does not allow: Node 26 refuses the connection
 * (ERR_INVALID_ARG_VALUE), older lines warned. Without a name, the certificate is checked against the address.
 */
function proxyClient(origin: URL | string, options: { connect: buildConnector.connector }): Dispatcher {
  const connect = options.connect
  return new Pool(origin, {
    ...options,
    connect: (opts, callback) => {
      const name = opts.servername?.replace(/^\[|\]$/g, '')
      connect(name !== undefined && isIP(name) !== 0 ? { ...opts, servername: undefined } : opts, callback)
    },
  })
}

/**
 * undici reports a proxy that answers CONNECT with anything but 200 (407: bad credentials, 403: port not
 * allowed) as an aborted request. The caller aborted nothing (its aborts carry elastream's own error), so
 * that one becomes a ConnectionError naming the proxy; everything else passes through untouched.
 */
class TunnelErrors implements Dispatcher.DispatchHandler {
  readonly #inner: Dispatcher.DispatchHandler
  readonly #proxy: string
  constructor(inner: Dispatcher.DispatchHandler, proxy: string) {
    this.#inner = inner
    this.#proxy = proxy
  }
  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.#inner.onRequestStart?.(controller, context)
  }
  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
    statusMessage?: string,
  ): void {
    this.#inner.onResponseStart?.(controller, statusCode, headers, statusMessage)
  }
  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#inner.onResponseData?.(controller, chunk)
  }
  onResponseEnd(controller: Dispatcher.DispatchController, trailers: Record<string, string | string[] | undefined>): void {
    this.#inner.onResponseEnd?.(controller, trailers)
  }
  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    const refused =
      !(error instanceof ElastreamError) && (error as NodeJS.ErrnoException).code === 'UND_ERR_ABORTED'
    this.#inner.onResponseError?.(
      controller,
      refused
        ? new ConnectionError(`The proxy ${this.#proxy} refused the tunnel: ${error.message}`, { cause: error })
        : error,
    )
  }
}
