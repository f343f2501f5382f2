/**
 * The parts of undici the transport uses, loaded from their own modules instead of undici's index.
 * The index also loads fetch, WebSocket, the cache, mocks and every agent: measured on Node 20.20, requiring
 * it takes 0.28-0.31 s and 60 MB of RSS against 0.14-0.19 s and 51 MB for these parts, on every CLI run and
 * every process that only needs a pool (undici 8 on Node 26.12, 5 runs each: 67-73 MB against 58-59 MB; Node
 * alone 42 MB). The paths are undici's own layout (stable through 5.x-8.x; the
 * package has no `exports` map, so they are reachable); `test/transport/undici-parts.test.ts` checks that each
 * is the very class the index exports, so an upgrade that moves one fails the suite, not a user. Their types
 * are declared in undici-deep.d.ts; only a client with a `proxy` loads the index (ProxyAgentClass).
 */
import { createRequire } from 'node:module'
import type * as Undici from 'undici'
// Static imports, so that bundlers (esbuild, webpack) follow them as they followed `from 'undici'`.
import buildConnectorFn from 'undici/lib/core/connect.js'
import PoolClass from 'undici/lib/dispatcher/pool.js'

export const Pool: typeof Undici.Pool = PoolClass
export const buildConnector: typeof Undici.buildConnector = buildConnectorFn

const load = createRequire(import.meta.url)

/**
 * ProxyAgent from undici's index, loaded on first use: it tunnels with `dispatcher.connect()`, one of the
 * methods the index adds to every dispatcher (`Object.assign(Dispatcher.prototype, api)`). The transport
 * itself only calls `dispatch()`, which the classes have on their own.
 */
export function ProxyAgentClass(): typeof Undici.ProxyAgent {
  return (load('undici') as typeof Undici).ProxyAgent
}
