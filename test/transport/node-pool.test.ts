// Round robin, failover, dead-node backoff and resurrection, sniffing and the diagnostics events, against
// local servers on port 0 plus a port nothing listens on.
import diagnostics from 'node:diagnostics_channel'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConnectionError, NoLivingNodesError, RequestAbortedError, TimeoutError } from '../../src/errors.js'
import { Connection } from '../../src/transport/connection.js'
import { NodePool } from '../../src/transport/node-pool.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { closedPort, esLike, sendJson, startServer, type TestServer } from '../support/local-servers.js'

async function servers(n: number): Promise<TestServer[]> {
  const list: TestServer[] = []
  for (let i = 0; i < n; i++) list.push(await startServer(esLike(`node-${i}`)))
  return list
}

async function names(client: Client, n: number): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    out.push(((await client.transport.request({ method: 'GET', path: '/who' })) as { name: string }).name)
  }
  return out
}

function listen<T>(name: string): { events: T[]; stop: () => void } {
  const events: T[] = []
  const fn = (message: unknown) => events.push(message as T)
  diagnostics.subscribe(name, fn)
  return { events, stop: () => diagnostics.unsubscribe(name, fn) }
}

t.test('round robin over three nodes', async (t) => {
  const list = await servers(3)
  const client = new Client({ nodes: list.map((s) => s.url) })
  t.teardown(async () => {
    await client.close()
    for (const s of list) await s.close()
  })
  t.same(await names(client, 6), ['node-0', 'node-1', 'node-2', 'node-0', 'node-1', 'node-2'])
})

t.test('failover: a closed port is marked dead and skipped, requests succeed', async (t) => {
  const list = await servers(2)
  const dead = `http://127.0.0.1:${await closedPort()}`
  const client = new Client({ nodes: [list[0]!.url, dead, list[1]!.url], resurrectBackoff: 60_000 })
  const deadEvents = listen<{ node: string; failures: number }>(CHANNELS.nodeDead)
  const retryEvents = listen<{ node: string; attempt: number }>(CHANNELS.retry)
  t.teardown(async () => {
    deadEvents.stop()
    retryEvents.stop()
    await client.close()
    for (const s of list) await s.close()
  })
  const seen = await names(client, 6)
  t.equal(seen.length, 6, 'every request answered')
  t.ok(seen.includes('node-0') && seen.includes('node-1'), 'both live nodes served')
  const mine = deadEvents.events.filter((e) => e.node === `${dead}/`)
  t.equal(mine.length, 1, 'the closed port died once and stayed out of rotation')
  t.equal(retryEvents.events.filter((e) => e.node === `${dead}/`).length, 1, 'one retry event')
  const pool = client.transport.pool
  t.equal(pool.connections.filter((c) => !c.isAlive).length, 1)
})

t.test(
  'all nodes dead: the least recently failed is tried, and ConnectionError names the node',
  async (t) => {
    const a = `http://elastic:s3cret@127.0.0.1:${await closedPort()}`
    const b = `http://127.0.0.1:${await closedPort()}`
    const client = new Client({ nodes: [a, b], maxRetries: 4, resurrectBackoff: 60_000 })
    const requests = listen<{ node: string }>(CHANNELS.request)
    t.teardown(async () => {
      requests.stop()
      await client.close()
    })
    const error = (await client.transport
      .request({ method: 'GET', path: '/' })
      .catch((e: unknown) => e)) as Error
    t.type(error, ConnectionError)
    t.notMatch(error.message, /s3cret/, 'no password in the message')
    const nodes = requests.events.map((e) => e.node)
    t.equal(nodes.length, 5)
    // After both died, attempts alternate by least recent failure rather than stopping.
    t.same(nodes.slice(2), [nodes[0], nodes[1], nodes[0]])
    t.notOk(
      requests.events.some((e) => JSON.stringify(e).includes('s3cret')),
      'no password in any event',
    )
  },
)

t.test('a dead node is resurrected after its backoff and announced', async (t) => {
  const port = await closedPort()
  const live = await startServer(esLike('live'))
  const client = new Client({ nodes: [`http://127.0.0.1:${port}`, live.url], resurrectBackoff: 50 })
  const resurrected = listen<{ node: string }>(CHANNELS.nodeResurrected)
  let back: TestServer | undefined
  t.teardown(async () => {
    resurrected.stop()
    await client.close()
    await live.close()
    await back?.close()
  })
  await names(client, 2)
  t.equal(client.transport.pool.connections[0]!.isAlive, false, 'first node dead')
  // Bring a server up on the dead node's port; after the backoff a real request brings it back.
  back = await startServerOnPort(port)
  await new Promise((resolve) => setTimeout(resolve, 120))
  const seen = await names(client, 4)
  t.ok(seen.includes('back'), `served by the resurrected node: ${seen.join(',')}`)
  t.equal(resurrected.events.length, 1)
  t.equal(resurrected.events[0]?.node, `http://127.0.0.1:${port}/`)
  t.equal(client.transport.pool.connections[0]!.isAlive, true)
})

async function startServerOnPort(port: number): Promise<TestServer> {
  const { createServer } = await import('node:http')
  const server = createServer((req, res) => esLike('back')(req, res, Buffer.alloc(0)))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

t.test('diagnostics: request, response and retry events are redacted', async (t) => {
  let n = 0
  const server = await startServer((_req, res) => {
    n++
    if (n === 1) sendJson(res, 503, {})
    else sendJson(res, 200, { ok: true })
  })
  const node = server.url.replace('http://', 'http://user:hunter2@')
  const client = new Client({ node })
  const req = listen<{ headers: Record<string, unknown>; node: string; attempt: number }>(CHANNELS.request)
  const res = listen<{ statusCode: number; attempts: number; durationMs: number }>(CHANNELS.response)
  const retry = listen<{ attempt: number }>(CHANNELS.retry)
  t.teardown(async () => {
    req.stop()
    res.stop()
    retry.stop()
    await client.close()
    await server.close()
  })
  await client.transport.request({ method: 'GET', path: '/' }, { opaqueId: 'abc' })
  t.equal(req.events.length, 2)
  t.equal(req.events[0]?.headers.authorization, '[redacted]')
  t.equal(req.events[0]?.node, `${server.url}/`)
  t.equal(retry.events.length, 1)
  t.equal(res.events.length, 1)
  t.equal(res.events[0]?.statusCode, 200)
  t.equal(res.events[0]?.attempts, 2)
  t.ok((res.events[0]?.durationMs ?? -1) >= 0)
  t.equal(
    server.requests[0]?.headers.authorization,
    `Basic ${Buffer.from('user:hunter2').toString('base64')}`,
  )
  t.equal(server.requests[0]?.headers['x-opaque-id'], 'abc')
})

t.test('sniffing replaces the node list from _nodes/_all/http', async (t) => {
  const list = await servers(2)
  const publish = (s: TestServer, withHost: boolean) =>
    withHost ? `localhost/127.0.0.1:${s.port}` : `127.0.0.1:${s.port}`
  const seed = await startServer((req, res) => {
    if (req.url === '/_nodes/_all/http') {
      sendJson(res, 200, {
        nodes: {
          a: { roles: ['data', 'ingest'], http: { publish_address: publish(list[0]!, false) } },
          b: { roles: ['data'], http: { publish_address: publish(list[1]!, false) } },
          m: { roles: ['master'], http: { publish_address: '127.0.0.1:1' } },
          x: { roles: ['data'] },
        },
      })
    } else sendJson(res, 200, { name: 'seed' })
  })
  const sniffs = listen<{ reason: string; nodes: string[] }>(CHANNELS.sniff)
  const client = new Client({ node: seed.url, sniffOnStart: true })
  t.teardown(async () => {
    sniffs.stop()
    await client.close()
    await seed.close()
    for (const s of list) await s.close()
  })
  const nodes = await client.transport.sniff()
  t.same(nodes, [`${list[0]!.url}/`, `${list[1]!.url}/`], 'master-only and http-less nodes dropped')
  t.ok(
    sniffs.events.some((e) => e.reason === 'start'),
    'sniffed on start',
  )
  t.same((await names(client, 4)).sort(), ['node-0', 'node-0', 'node-1', 'node-1'])
})

t.test('sniffOnConnectionFault refreshes after a node fails', async (t) => {
  const live = await startServer((req, res) => {
    if (req.url === '/_nodes/_all/http') {
      sendJson(res, 200, {
        nodes: { a: { roles: ['data'], http: { publish_address: `127.0.0.1:${live.port}` } } },
      })
    } else sendJson(res, 200, { name: 'live' })
  })
  const dead = `http://127.0.0.1:${await closedPort()}`
  const sniffs = listen<{ reason: string; nodes: string[] }>(CHANNELS.sniff)
  const client = new Client({ nodes: [dead, live.url], sniffOnConnectionFault: true })
  t.teardown(async () => {
    sniffs.stop()
    await client.close()
    await live.close()
  })
  await client.transport.request({ method: 'GET', path: '/' })
  const deadline = Date.now() + 2000
  while (sniffs.events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
  t.equal(sniffs.events[0]?.reason, 'connection-fault')
  t.same(client.transport.nodes, [`${live.url}/`], 'the dead node left the list')
})

t.test('sniffInterval refreshes the node list on a timer', async (t) => {
  const target = await startServer(esLike('target'))
  const seed = await startServer((req, res) => {
    if (req.url === '/_nodes/_all/http') {
      sendJson(res, 200, {
        nodes: { a: { roles: ['data'], http: { publish_address: `127.0.0.1:${target.port}` } } },
      })
    } else sendJson(res, 200, { name: 'seed' })
  })
  const sniffs = listen<{ reason: string }>(CHANNELS.sniff)
  const client = new Client({ node: seed.url, sniffInterval: 30 })
  t.teardown(async () => {
    sniffs.stop()
    await client.close()
    await seed.close()
    await target.close()
  })
  const deadline = Date.now() + 3000
  while (sniffs.events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
  t.equal(sniffs.events[0]?.reason, 'interval')
  t.same(await names(client, 2), ['target', 'target'], 'requests go to the sniffed node')
})

/** Connections for unit tests of the pool: real objects, no socket is ever opened. */
function fakeNodes(n: number): Connection[] {
  return Array.from(
    { length: n },
    (_, i) =>
      new Connection(`http://127.0.0.1:${1000 + i}`, {
        connectionsPerNode: 1,
        tls: undefined,
        caFingerprint: undefined,
      }),
  )
}

t.test('unit, fake clock: a dead node whose wait is over gets exactly one probe', async (t) => {
  let now = 1_000_000
  const nodes = fakeNodes(3)
  const [a, b, c] = nodes as [Connection, Connection, Connection]
  const pool = new NodePool(nodes, { resurrectBackoff: 1000, resurrectMaxBackoff: 60_000, now: () => now })
  t.teardown(() => pool.close())
  pool.markDead(b, new Error('down'))
  const wait = b.deadUntil - now
  t.ok(wait >= 500 && wait <= 1000, `first wait ${wait} ms`)
  t.notOk(Array.from({ length: 30 }, () => pool.next()).includes(b), 'skipped while its wait lasts')

  now = b.deadUntil
  // 30 requests pick a node before any of them has an answer: b is handed to one of them only.
  const picks = Array.from({ length: 30 }, () => pool.next())
  t.equal(picks.filter((n) => n === b).length, 1, 'one probe')
  t.equal(picks.filter((n) => n === a || n === c).length, 29, 'the others keep to the live nodes')
  t.equal(pool.probing, 1)

  pool.markDead(b, new Error('still down')) // the probe failed
  t.equal(b.failures, 2, 'one failure for one probe, not one per concurrent request')
  t.equal(pool.probing, 0)
  now = b.deadUntil
  t.equal(Array.from({ length: 30 }, () => pool.next()).filter((n) => n === b).length, 1, 'the next probe')
  pool.markAlive(b) // it answered
  t.equal(pool.probing, 0)
  t.same(
    Array.from({ length: 6 }, () => pool.next()).filter((n) => n === b).length,
    2,
    'back in the round robin',
  )

  // A probe that ends without a verdict (aborted, a bad request) lets the next request probe.
  pool.markDead(c, new Error('down'))
  now = c.deadUntil
  t.equal(Array.from({ length: 9 }, () => pool.next()).filter((n) => n === c).length, 1)
  pool.endProbe(c)
  t.equal(Array.from({ length: 9 }, () => pool.next()).filter((n) => n === c).length, 1)
})

t.test('unit, fake clock: every node dead, none due: one request tries the least recently failed', async (t) => {
  let now = 1_000_000
  const nodes = fakeNodes(2)
  const [a, b] = nodes as [Connection, Connection]
  const pool = new NodePool(nodes, { resurrectBackoff: 60_000, resurrectMaxBackoff: 60_000, now: () => now })
  t.teardown(() => pool.close())
  pool.markDead(a, new Error('down'))
  now += 1
  pool.markDead(b, new Error('down'))
  t.equal(pool.next(), a, 'the least recently failed is tried anyway')
  t.equal(pool.next(), undefined, 'but only by one request at a time')
  t.equal(pool.next(), undefined)
  pool.markDead(a, new Error('still down'))
  t.equal(pool.next(), b, 'its failure makes b the least recently failed')
  t.equal(pool.next(), undefined)
})

t.test('against local servers: 20 concurrent requests after the wait, one reaches the dead node', async (t) => {
  let down = true
  const flaky = await startServer((req, res) => {
    if (down) req.socket.destroy()
    else esLike('flaky')(req, res, Buffer.alloc(0))
  })
  const live = await startServer(esLike('live'))
  const client = new Client({ nodes: [flaky.url, live.url], resurrectBackoff: 200, retryBackoff: 1 })
  const deaths = listen<{ node: string; failures: number }>(CHANNELS.nodeDead)
  t.teardown(async () => {
    deaths.stop()
    await client.close()
    await flaky.close()
    await live.close()
  })
  await names(client, 1) // flaky resets, the retry goes to live
  t.equal(flaky.requests.length, 1)
  t.equal(deaths.events.length, 1)
  const pool = client.transport.pool
  const node = pool.connections[0]!
  await new Promise((resolve) => setTimeout(resolve, node.deadUntil - Date.now() + 20))

  const all = await Promise.all(
    Array.from({ length: 20 }, () => client.transport.request<{ name: string }>({ method: 'GET', path: '/who' })),
  )
  t.equal(flaky.requests.length, 2, 'exactly one of the 20 reached the dead node')
  t.equal(all.length, 20, 'every request answered')
  t.ok(all.every((r) => r.name === 'live'), 'by the live node')
  t.equal(deaths.events.length, 2, 'the one probe failed once')
  t.equal(deaths.events[1]?.failures, 2, 'so the wait doubled once, not twenty times')

  down = false
  await new Promise((resolve) => setTimeout(resolve, node.deadUntil - Date.now() + 20))
  const back = await Promise.all(
    Array.from({ length: 20 }, () => client.transport.request<{ name: string }>({ method: 'GET', path: '/who' })),
  )
  t.ok(back.some((r) => r.name === 'flaky'), 'the probe brought it back')
  t.equal(node.isAlive, true)
})

t.test('NoLivingNodesError: every node dead, a probe out, nothing is sent', async (t) => {
  const hanging = [await startServer(() => {}), await startServer(() => {})]
  const client = new Client({
    nodes: hanging.map((s) => s.url),
    resurrectBackoff: 60_000,
    resurrectMaxBackoff: 60_000,
    retryBackoff: 10,
    requestTimeout: 30_000,
  })
  t.teardown(async () => {
    await client.close()
    for (const s of hanging) await s.close()
  })
  const pool = client.transport.pool
  for (const node of pool.connections) pool.markDead(node, new Error('down'))
  const probe = new AbortController()
  const first = client.transport
    .request({ method: 'GET', path: '/probe' }, { signal: probe.signal })
    .catch((e: unknown) => e)
  await new Promise((resolve) => setTimeout(resolve, 50))
  const error = (await client.transport
    .request({ method: 'GET', path: '/other' }, { maxRetries: 2 })
    .catch((e: unknown) => e)) as NoLivingNodesError
  t.type(error, NoLivingNodesError)
  t.equal(error.code, 'ELASTREAM_NO_LIVING_NODES')
  t.match(error.message, /All 2 nodes are dead and already being probed .*nothing was sent \(looked 3 times\)/)
  t.same(
    hanging.flatMap((s) => s.requests.map((r) => r.url)),
    ['/probe'],
    'only the probe reached a node',
  )
  probe.abort()
  t.type(await first, RequestAbortedError)
  t.equal(pool.probing, 0, 'an aborted probe hands the turn on')
  const next = client.transport.request({ method: 'GET', path: '/next' }, { requestTimeout: 100, maxRetries: 0 })
  t.type(await next.catch((e: unknown) => e), TimeoutError, 'the next request probes again')
})

t.test('a lone node is never left out: one reset does not fail the requests beside it', async (t) => {
  // The first request's connection is reset; its retry (the second arrival) is held 300 ms. Four requests
  // start while that retry is out. A lone node marked dead made them wait for the retry as its probe, and
  // with 1 ms backoffs they ran out of retries: NoLivingNodesError, while the node was answering.
  let arrivals = 0
  let retryArrived!: () => void
  const retryIsOut = new Promise<void>((resolve) => {
    retryArrived = resolve
  })
  const server = await startServer((req, res) => {
    arrivals++
    if (arrivals === 1) return req.socket.destroy()
    if (arrivals === 2) {
      retryArrived()
      setTimeout(() => sendJson(res, 200, { n: 2 }), 300)
      return
    }
    sendJson(res, 200, { n: arrivals })
  })
  const client = new Client({ node: server.url, retryBackoff: 1, retryMaxBackoff: 2, maxRetries: 3 })
  const dead = listen(CHANNELS.nodeDead)
  t.teardown(async () => {
    dead.stop()
    await client.close()
    await server.close()
  })
  const first = client.transport.request({ method: 'GET', path: '/first' })
  await retryIsOut
  const beside = await Promise.allSettled(
    [1, 2, 3, 4].map((i) => client.transport.request({ method: 'GET', path: `/beside-${i}` })),
  )
  t.same(
    beside.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
    `every request beside the retry answered: ${beside.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')).join('; ')}`,
  )
  t.same(await first, { n: 2 }, 'the reset request itself succeeded on its retry')
  t.equal(dead.events.length, 0, 'and no node-dead event: the node was never left out')
})
