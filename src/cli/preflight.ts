import { ResponseError } from '../errors.js'
import type { TransportLike } from '../transport/types.js'

/**
 * One cheap request before streaming starts, so an unreachable node or wrong credentials end the
 * command with one clear message instead of a dead letter entry per document. A 403 passes: a user
 * may write to an index without the privilege to read cluster health.
 */
export async function preflight(client: { transport: TransportLike }, signal: AbortSignal): Promise<void> {
  try {
    await client.transport.request(
      { method: 'GET', path: '/_cluster/health', querystring: { filter_path: 'status' } },
      { signal, maxRetries: 0 },
    )
  } catch (err) {
    if (err instanceof ResponseError && err.statusCode === 403) return
    throw err
  }
}
