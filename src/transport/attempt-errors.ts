/**
 * The errors of an attempt that got no answer: undici's mapped to elastream's by `code`, never by message, and
 * the one the pool gives when every node is dead and already being probed.
 */
import {
  ConfigurationError,
  ConnectionError,
  ElastreamError,
  NoLivingNodesError,
  RequestAbortedError,
  TimeoutError,
} from '../errors.js'
import type { Connection } from './connection.js'

/** undici errors become elastream errors by `code`; elastream's own errors pass through. */
export function toTransportError(cause: unknown, node: Connection): Error {
  if (cause instanceof ElastreamError) return cause
  const error = cause as NodeJS.ErrnoException
  const code = typeof error?.code === 'string' ? error.code : 'UNKNOWN'
  const message = error instanceof Error ? error.message : String(cause)
  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new TimeoutError(`${node.id}: ${message}`, { cause })
    case 'UND_ERR_ABORTED':
      return new RequestAbortedError(`${node.id}: ${message}`, { cause })
    case 'UND_ERR_INVALID_ARG':
    case 'UND_ERR_NOT_SUPPORTED':
      return new ConfigurationError(`Invalid request to ${node.id}: ${message}`, { cause })
    default:
      return new ConnectionError(`${node.id}: ${code}: ${message}`, { cause })
  }
}

export function noLivingNodes(nodes: number, attempts: number): NoLivingNodesError {
  const all = nodes === 1 ? 'The only node is' : `All ${nodes} nodes are`
  return new NoLivingNodesError(
    `${all} dead and already being probed by another request; nothing was sent (looked ${attempts} time${attempts === 1 ? '' : 's'})`,
  )
}
