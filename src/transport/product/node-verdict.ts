/**
 * What a node's answers were last accepted as, kept on the node (Connection.productVerdict) so that the product
 * check of its next answers is two header reads and a string comparison: an answer carrying exactly the header
 * value that was accepted, from a node of the product the client talks to, gets the same verdict without being
 * read again. Anything else (another value, a header missing, a second header, another product known by now)
 * goes through the full reading (ProductDetector.observe), so a proxy that strips the header or a node of the
 * other product behind the same URL is still caught. The verdict is dropped when the node is resurrected after
 * a failure (NodePool.markAlive) and a node sniffing replaces is a new Connection without one.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { ELASTIC_HEADER, OPENSEARCH_HEADER } from './product-headers.js'
import type { Product, ServerInfo, ServerProduct } from './server-info.js'

export interface NodeVerdict {
  name: ServerProduct
  /** The header value as it came (`Elasticsearch`, `OpenSearch/3.8.0 (opensearch)`). */
  header: string
}

/** A node whose verdict can carry one: its answers are checked against it. */
export interface AnsweringNode {
  readonly id: string
  productVerdict: NodeVerdict | undefined
}

/** True when `headers` get the verdict the node's earlier answers got, without reading them further. */
export function sameVerdict(
  verdict: NodeVerdict,
  setting: Product,
  info: ServerInfo | undefined,
  headers: IncomingHttpHeaders,
): boolean {
  if (info?.name !== verdict.name || (setting !== 'auto' && setting !== verdict.name)) return false
  // X-OpenSearch-Version wins over x-elastic-product (product-headers.ts): an Elasticsearch verdict holds only
  // while the other header is absent.
  return verdict.name === 'elasticsearch'
    ? headers[ELASTIC_HEADER] === verdict.header && headers[OPENSEARCH_HEADER] === undefined
    : headers[OPENSEARCH_HEADER] === verdict.header
}

/**
 * The verdict to keep after observe() accepted `headers` with the server known as `info`: only a single plain
 * header naming that very product (anything unusual is read in full every time), undefined otherwise.
 */
export function verdictToKeep(setting: Product, info: ServerInfo | undefined, headers: IncomingHttpHeaders): NodeVerdict | undefined {
  if (info === undefined || (setting !== 'auto' && setting !== info.name)) return undefined
  const opensearch = headers[OPENSEARCH_HEADER]
  if (info.name === 'opensearch') {
    return typeof opensearch === 'string' && !opensearch.includes(',') && /^OpenSearch\//i.test(opensearch)
      ? { name: 'opensearch', header: opensearch }
      : undefined
  }
  return opensearch === undefined && headers[ELASTIC_HEADER] === 'Elasticsearch'
    ? { name: 'elasticsearch', header: 'Elasticsearch' }
    : undefined
}
