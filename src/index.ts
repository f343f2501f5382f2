export const version = '0.1.0'
export { type ChildOptions, CLIENT_DEFAULTS, Client, type ClientOptions } from './client.js'
export type { ApiKeyAuth, AuthOptions, BasicAuth, BearerAuth } from './transport/auth.js'
export type { TlsOptions } from './transport/connection.js'
export {
  CHANNELS,
  type NodeDeadEvent,
  type NodeResurrectedEvent,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
  type SniffEvent,
} from './transport/diagnostics.js'
export { type Product, Transport } from './transport/transport.js'
export type * from './transport/types.js'
