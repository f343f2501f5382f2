/**
 * Option names of `@elastic/elasticsearch` 9 that elastream does not take, each with what to use instead, so
 * code ported from the official client fails with directions rather than a bare "unknown option".
 * (The options both clients share, and `cloud` and `proxy`, are plain options and not listed.)
 */

/** `new Client({...})` options. */
export const OFFICIAL_CLIENT_OPTIONS: Readonly<Record<string, string>> = {
  Connection: 'elastream has one connection type (an undici Pool per node); there are no pluggable classes',
  ConnectionPool: 'elastream has one node pool: list the nodes in "nodes", pick among the alive ones with "nodeSelector", keep sniffed ones with "nodeFilter"',
  Transport: 'elastream has one transport; watch requests through diagnostics_channel (CHANNELS) instead',
  Serializer: 'bodies are JSON; pass a pre-serialized string or Buffer as the body to send your own',
  pingTimeout: 'elastream does not ping: a dead node is tried again with a real request; use "requestTimeout"',
  sniffEndpoint: 'sniffing always reads GET /_nodes/_all/http; use "sniffOnStart" / "sniffInterval"',
  resurrectStrategy: 'use "resurrectBackoff" and "resurrectMaxBackoff" (ms a failed node is left out)',
  agent: 'use "connectionsPerNode" for the pool size and "proxy" for a forward proxy',
  generateRequestId: 'tag requests with the per-request "opaqueId" (sent as x-opaque-id)',
  name: 'use "opaqueIdPrefix" to tell applications apart in the slow logs',
  context: 'there is no client context; use AsyncLocalStorage around your calls',
  enableMetaHeader: 'elastream sends no x-elastic-client-meta header, so there is nothing to disable',
  disablePrototypePoisoningProtection:
    'the protection (secure-json-parse) is always on; it costs little because it only looks when a suspicious key is present',
  maxCompressedResponseSize: '"maxResponseSize" caps both the compressed and the decompressed bytes',
  maxPathLength: 'there is no path length limit to configure',
  serverMode: 'not needed: give "node" (or "cloud") and "auth: { apiKey }" for a serverless project',
}

/** Per-request options (the second argument of an API method). */
export const OFFICIAL_REQUEST_OPTIONS: Readonly<Record<string, string>> = {
  asStream:
    'use asBuffer: true for the raw bytes, or the scan() / esql helpers to stream results as objects',
  querystring: 'put extra query parameters in the first argument: client.search({ index, querystring: { ... } })',
  id: 'tag the request with "opaqueId" (sent as x-opaque-id)',
  context: 'there is no request context; use AsyncLocalStorage around the call',
  maxCompressedResponseSize: '"maxResponseSize" caps both the compressed and the decompressed bytes',
  maxPathLength: 'there is no path length limit to configure',
  redaction: 'credentials are always redacted; name more headers and query parameters to hide in the client option "redaction"',
  retryOnTimeout:
    'a timeout is retried (up to "maxRetries") when repeating is safe; retry: "always" repeats any request',
  retryBackoff: 'the wait between retries is the client options "retryBackoff" / "retryMaxBackoff"',
  openTelemetry: 'tracing is set up once, for the client (see docs/observability.md)',
}

/** The message for an unknown Client option the official client has, or undefined for any other name. */
export function officialClientOptionMessage(name: string): string | undefined {
  const instead = Object.hasOwn(OFFICIAL_CLIENT_OPTIONS, name) ? OFFICIAL_CLIENT_OPTIONS[name] : undefined
  return instead === undefined
    ? undefined
    : `Client option "${name}" (from @elastic/elasticsearch) is not supported: ${instead}`
}
