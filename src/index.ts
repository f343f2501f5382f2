export { PACKAGE_VERSION as version } from './package-info.js'
export { Client } from './client.js'
export { type ChildOptions, CLIENT_DEFAULTS, type ClientOptions } from './client-options.js'
export * from './errors.js'
export type { BackoffOptions } from './helpers/backoff.js'
export { BadLine, isBadLine } from './helpers/bad-line.js'
export type { BulkOptions, BulkSource, BulkStats } from './helpers/bulk/bulk.js'
export { bulk } from './helpers/bulk/bulk.js'
export type {
  BulkAction,
  BulkActionMeta,
  BulkOp,
  BulkResult,
  BulkStreamOptions,
  BulkStreamStats,
} from './helpers/bulk/bulk-stream.js'
export { BulkStream, bulkStream } from './helpers/bulk/bulk-stream.js'
export type { ClientLike } from './helpers/client-like.js'
export type { EsqlColumn, EsqlRequest } from './helpers/esql.js'
export { Esql, esql } from './helpers/esql.js'
export type { MsearchOptions, MsearchResult, MsearchSearch, MsearchStats } from './helpers/msearch.js'
export { Msearch, msearch } from './helpers/msearch.js'
export type { ReindexStats, ReindexTarget } from './helpers/reindex.js'
export { reindex } from './helpers/reindex.js'
export type { ScanCursor, ScanHit, ScanOptions, ScanStats } from './helpers/scan/scan.js'
export { RawHit, Scan, scan } from './helpers/scan/scan.js'
export type { NdjsonParseOptions } from './ndjson.js'
export * as ndjson from './ndjson.js'
export type { ApiKeyAuth, AuthOptions, BasicAuth, BearerAuth } from './transport/auth.js'
export type { AwsAuth, AwsAuthOptions, AwsCredentials } from './transport/aws/aws-auth.js'
export type { CloudOptions } from './options/cloud-id.js'
export type { ProxyOptions } from './transport/proxy.js'
export type { NodeOptions } from './transport/node-entry.js'
export type { RedactionOptions } from './transport/redaction.js'
export type { NodeSelector, NodeSelectorFunction, NodeView } from './transport/node-selector.js'
export type { NodeFilter, SniffedNode } from './transport/sniffer.js'
export type { TlsOptions } from './transport/tls-options.js'
export {
  CHANNELS,
  type NodeDeadEvent,
  type NodeResurrectedEvent,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
  type SniffEvent,
} from './transport/diagnostics.js'
export { Transport } from './transport/transport.js'
export type { Product } from './transport/product/server-info.js'
export type { ServerInfo, ServerProduct } from './transport/product/server-info.js'
export type * from './transport/types.js'

import { parseArray } from './json-array.js'
/** Sources for JSON that is not NDJSON: `json.parseArray()` streams the elements of one huge top-level array. */
export const json = { parseArray }

export { ApiClient } from './api/api-client.js'
export type * from './api/document-types.js'
export {
  type BodyKind,
  buildRequest,
  callEndpoint,
  type Endpoint,
  type EndpointPath,
} from './api/endpoint.js'
export { endpointFromSpec, type SpecEndpoint, type SpecParam } from './api/from-spec.js'
export type {
  BodyFields,
  Call,
  EscapeHatches,
  MetaOptions,
  OptionalCall,
  RequestOptions,
} from './api/types.js'
/** Every type of the Elasticsearch specification, under the official client's names (`estypes.SearchRequest`). */
export type * as estypes from './api/types/index.js'
