/**
 * Whether two connections reach one cluster, which is when the server's `_reindex` can do a copy. URLs
 * cannot tell (a load balancer and a node's own address, `localhost` and `127.0.0.1`), so each cluster is
 * asked its `cluster_uuid`, which it makes once and never changes. `GET /` would say it too, but a
 * distribution without it exists (Elasticsearch's integ-test one answers 405); `_cluster/state/metadata`
 * answers on Elasticsearch and on OpenSearch, and naming an index that does not exist keeps the server from
 * building the whole metadata just to answer. An unknown uuid (`_na_` before the cluster formed, or a user
 * without the `monitor` privilege: 403) means "not known to be one cluster": the copy then goes through the
 * client, which works in every case.
 */
import { ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'

const PROBE_INDEX = 'elastream-cluster-uuid-probe'

export async function sameCluster(
  a: { transport: TransportLike },
  b: { transport: TransportLike },
  signal: AbortSignal,
): Promise<boolean> {
  const [first, second] = await Promise.all([clusterUuid(a, signal), clusterUuid(b, signal)])
  return first !== undefined && first === second
}

async function clusterUuid(client: { transport: TransportLike }, signal: AbortSignal): Promise<string | undefined> {
  try {
    const answer = (await client.transport.request(
      {
        method: 'GET',
        path: `/_cluster/state/metadata/${PROBE_INDEX}`,
        querystring: { filter_path: 'metadata.cluster_uuid', ignore_unavailable: true, allow_no_indices: true },
      },
      { signal },
    )) as { metadata?: { cluster_uuid?: unknown } } | undefined
    const uuid = answer?.metadata?.cluster_uuid
    return typeof uuid === 'string' && uuid !== '' && uuid !== '_na_' ? uuid : undefined
  } catch (err) {
    if (err instanceof ResponseError) return undefined
    throw err
  }
}
