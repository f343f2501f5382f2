// The transport loads undici's parts from their own modules (src/transport/undici-parts.ts): each must be the
// very class the package's index exports, so an undici upgrade that moves a file fails here, not for a user.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import t from 'tap'
import * as undici from 'undici'
import { buildConnector, Pool, ProxyAgentClass } from '../../src/transport/undici-parts.js'
import { childEnv } from '../support/child-env.js'

t.test('each part is the one undici exports', async (t) => {
  t.equal(Pool, undici.Pool)
  t.equal(buildConnector, undici.buildConnector)
  t.equal(ProxyAgentClass(), undici.ProxyAgent)
})

t.test("ProxyAgent keeps its node connectors where a pinned proxy client replaces them (proxy.ts useNodeConnector)", async (t) => {
  const agent = new undici.ProxyAgent({ uri: 'http://127.0.0.1:9' })
  t.teardown(() => agent.close())
  const names = Object.getOwnPropertySymbols(agent).map((s) => s.description)
  t.ok(names.includes('connect endpoint function'), 'the connector of the TLS connection inside the tunnel')
  t.ok(names.includes('connect endpoint function (http/1.1 only)'), 'and its HTTP/1.1-only twin')
})

t.test('the built package builds and closes a client without loading undici whole', async (t) => {
  // In a process of its own (this file loaded the index above), from lib/ (npm test builds it).
  const lib = new URL('../../lib/index.js', import.meta.url)
  t.ok(existsSync(lib), 'lib/ is built')
  const script = `
    import { createRequire } from 'node:module'
    const { Client } = await import(${JSON.stringify(lib.href)})
    const c = new Client({ node: 'http://127.0.0.1:9' })
    await c.close()
    const require = createRequire(${JSON.stringify(lib.href)})
    const index = require.resolve('undici')
    console.log(JSON.stringify({ indexLoaded: index in require.cache, poolLoaded: require.resolve('undici/lib/dispatcher/pool.js') in require.cache }))`
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: childEnv() })
  t.same(JSON.parse(out.trim()), { indexLoaded: false, poolLoaded: true })
})
