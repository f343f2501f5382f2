/**
 * A point in time on either server. Elasticsearch and OpenSearch page a point in time the same way (`pit` in
 * the search body, `pit_id` in the answer, `_shard_doc` to break ties), but open and close it on different
 * paths: Elasticsearch `POST /<index>/_pit` -> `{ id }` and `DELETE /_pit { id }`; OpenSearch
 * `POST /<index>/_search/point_in_time` -> `{ pit_id }` and `DELETE /_search/point_in_time { pit_id: [id] }`.
 * OpenSearch has points in time since 2.4 and `_shard_doc` since 3.3; before that, scan needs `scroll`.
 *
 * The server is the one the client detected (src/transport/product/product-detector.ts). A client that has not had an answer
 * yet opens with Elasticsearch's path, and an OpenSearch answers that with its product header, so the first
 * scan of a fresh client costs OpenSearch one refused request and Elasticsearch none.
 */
import { ResponseError, ScanError } from '../../errors.js'
import type { ServerInfo } from '../../transport/product/server-info.js'
import type { TransportLike, TransportRequestOptions } from '../../transport/types.js'

interface Dialect {
  open(index: string): string
  idOf(answer: { id?: string; pit_id?: string }): string | undefined
  close(id: string): { path: string; body: unknown }
}

const ELASTICSEARCH: Dialect = {
  open: (index) => `/${index}/_pit`,
  idOf: (answer) => answer.id,
  close: (id) => ({ path: '/_pit', body: { id } }),
}

const OPENSEARCH: Dialect = {
  open: (index) => `/${index}/_search/point_in_time`,
  idOf: (answer) => answer.pit_id,
  close: (id) => ({ path: '/_search/point_in_time', body: { pit_id: [id] } }),
}

/** What the client learnt about its server; undefined for a transport that does not detect (test fakes). */
export function serverOf(transport: TransportLike): ServerInfo | undefined {
  return (transport as { product?: ServerInfo }).product
}

function dialectOf(server: ServerInfo | undefined): Dialect {
  return server?.name === 'opensearch' ? OPENSEARCH : ELASTICSEARCH
}

/** Refuses, before anything is opened, an OpenSearch that cannot page a point in time without losing hits. */
function checkOpenSearch(server: ServerInfo | undefined): void {
  if (server?.name !== 'opensearch' || server.version === undefined) return
  const [major = 0, minor = 0] = server.version.split('.').map(Number)
  if (major > 3 || (major === 3 && minor >= 3)) return
  const missing = major < 2 || (major === 2 && minor < 4) ? 'points in time (2.4+)' : '_shard_doc tie-breaker (3.3+)'
  throw new ScanError(
    `scan: OpenSearch ${server.version} has no ${missing}, which a point-in-time scan needs to page without losing hits; ` +
      `pass scroll: '1m' to page with the scroll API instead`,
    [],
  )
}

/** Opens a point in time on `index` (already path-encoded) and returns its id. */
export async function openPointInTime(
  transport: TransportLike,
  index: string,
  keepAlive: string,
  options: TransportRequestOptions,
): Promise<string> {
  const known = serverOf(transport)
  checkOpenSearch(known)
  const open = async (dialect: Dialect) => {
    const answer = await transport.request<{ id?: string; pit_id?: string }>(
      { method: 'POST', path: dialect.open(index), querystring: { keep_alive: keepAlive } },
      options,
    )
    const id = dialect.idOf(answer)
    if (typeof id !== 'string') throw new ScanError('scan: the point in time answer has no id', [])
    return id
  }
  let id: string
  try {
    id = await open(dialectOf(known))
  } catch (err) {
    if (known !== undefined || !(err instanceof ResponseError) || err.headers['x-opensearch-version'] === undefined)
      throw err
    id = await open(OPENSEARCH)
  }
  try {
    // A fresh client learnt the version from the answer just now.
    if (known === undefined) checkOpenSearch(serverOf(transport))
  } catch (err) {
    await closePointInTime(transport, id, { maxRetries: 1, requestTimeout: 10_000, ignore: [404] }).catch(() => {})
    throw err
  }
  return id
}

/** Closes a point in time on the server the client talks to. */
export async function closePointInTime(
  transport: TransportLike,
  id: string,
  options: TransportRequestOptions,
): Promise<void> {
  const { path, body } = dialectOf(serverOf(transport)).close(id)
  await transport.request({ method: 'DELETE', path, body }, options)
}
