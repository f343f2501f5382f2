/**
 * `GET /` on one node itself, for the product check before a write to it (ProductDetector.beforeWrite): with
 * the client's authorization, plain JSON media types (OpenSearch refuses the compatibility ones), the request
 * timeout, no retry. Rejects when the node cannot be reached.
 */
import type { AwsSigner } from './aws/aws-signer.js'
import type { Connection } from './connection.js'
import { decompress } from './decompress.js'
import type { NodeAnswer } from './product/product-detector.js'
import { decodeBody, ResponseCollector } from './response-collector.js'

/** A `GET /` answer is small: more than this is not one. */
const ANSWER_LIMIT = 1024 * 1024

export async function askNode(
  node: Connection,
  signal: AbortSignal | undefined,
  /** The transport's header set for a request without body, in plain JSON media types. */
  base: Record<string, string>,
  settings: { authorization: string | undefined; requestTimeout: number; signer?: AwsSigner | undefined },
): Promise<NodeAnswer> {
  const own = node.headers === undefined ? base : { ...base, ...node.headers }
  const headers =
    node.urlAuth !== undefined && settings.authorization === undefined && own.authorization === undefined
      ? { ...own, authorization: node.urlAuth }
      : own
  const collector = new ResponseCollector(node.id, ANSWER_LIMIT, settings.requestTimeout, signal)
  const path = `${node.basePath}/`
  const signer = settings.signer
  const sent =
    signer === undefined
      ? headers
      : await signer.sign({ method: 'GET', host: node.url.host, path, headers, payloadHash: signer.payloadHash(undefined) })
  const raw = await collector.send(node.pool, { method: 'GET', path, headers: sent, body: null })
  let body: unknown
  if (raw.statusCode < 300) {
    try {
      const encoding = raw.headers['content-encoding']
      const bytes =
        encoding !== undefined && raw.body.length > 0
          ? await decompress(raw.body, encoding, ANSWER_LIMIT, raw.statusCode, node.id)
          : raw.body
      body = decodeBody(bytes, raw.headers['content-type'], raw.statusCode, 'remove')
    } catch {
      body = undefined // not JSON: the headers alone tell
    }
  }
  return { statusCode: raw.statusCode, headers: raw.headers, body }
}
