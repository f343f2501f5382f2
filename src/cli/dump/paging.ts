/**
 * How `dump` pages through an index: with a point in time where the server has one (its cursor makes an
 * interrupted dump resumable), else with the scroll API, which every version serves but which cannot be
 * continued once the process that held it stopped.
 *
 * Without a point in time: Elasticsearch before 7.10; Elasticsearch 7.10 to 7.17 without X-Pack (the OSS
 * distribution, which is also what Amazon's "Elasticsearch 7.10" service runs), where `POST /<index>/_pit` is
 * taken for the 7.x index API with a type named `_pit` and refused for its missing body; and OpenSearch before
 * 3.3 (points in time since 2.4, but no `_shard_doc` to page them without losing hits). Elasticsearch 7.10+ is
 * asked once, with a point in time opened and closed at once; every other version is known from its number.
 */
import { ResponseError } from '../../errors.js'
import type { ServerInfo } from '../../transport/product/server-info.js'
import type { TransportLike } from '../../transport/types.js'

export type Paging = { kind: 'pit' } | { kind: 'scroll'; why: string }

const POINT_IN_TIME: Paging = { kind: 'pit' }

/** What the version alone says: a paging, or `ask` for an Elasticsearch 7.x that may or may not have X-Pack. */
export function pagingOfVersion(server: ServerInfo | undefined): Paging | 'ask' {
  if (server?.version === undefined) return POINT_IN_TIME
  const [major = 0, minor = 0] = server.version.split('.').map(Number)
  const named = `${server.name === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'} ${server.version}`
  if (server.name === 'opensearch') {
    if (major > 3 || (major === 3 && minor >= 3)) return POINT_IN_TIME
    return { kind: 'scroll', why: `${named} cannot page a point in time without losing hits (3.3+ can)` }
  }
  if (major >= 8) return POINT_IN_TIME
  if (major === 7 && minor >= 10) return 'ask'
  return { kind: 'scroll', why: `${named} has no point in time (7.10+ has)` }
}

/** Picks the paging for dumping `index` (path-encoded) from the server the client talks to. */
export async function choosePaging(
  client: { transport: TransportLike; detectProduct(): Promise<ServerInfo> },
  index: string,
  keepAlive: string,
  signal: AbortSignal,
): Promise<Paging> {
  // An unknown server (no version in GET /) gets a point in time, as before: its refusal is then the error.
  const server = await client.detectProduct().catch(() => undefined)
  const known = pagingOfVersion(server)
  if (known !== 'ask') return known
  let id: string | undefined
  try {
    const answer = (await client.transport.request(
      { method: 'POST', path: `/${index}/_pit`, querystring: { keep_alive: keepAlive } },
      { signal, maxRetries: 0 },
    )) as { id?: unknown }
    if (typeof answer?.id === 'string') id = answer.id
  } catch (err) {
    // 400 (`request body is required`: the index API took the call), 404 or 405: no such endpoint here.
    if (!(err instanceof ResponseError) || ![400, 404, 405].includes(err.statusCode) || err.type === 'index_not_found_exception') {
      throw err
    }
    return {
      kind: 'scroll',
      why: `Elasticsearch ${server!.version} has no point in time (it needs X-Pack, which this node lacks)`,
    }
  }
  if (id !== undefined) {
    await client.transport
      .request({ method: 'DELETE', path: '/_pit', body: { id } }, { signal, ignore: [404], maxRetries: 1 })
      .catch(() => {})
  }
  return POINT_IN_TIME
}
