// The node options migrating users look for: nodeSelector (which alive node a request goes to), nodeFilter
// (which sniffed nodes are kept) and headers per node. Local servers record who got what.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import type { ClientOptions } from '../../src/client-options.js'
import { ConfigurationError } from '../../src/errors.js'
import { closedPort, sendJson, startServer, type TestServer } from '../support/local-servers.js'

interface Recorder {
  server: TestServer
  /** The headers of each request this server got. */
  seen: Array<Record<string, string | string[] | undefined>>
}

async function recorders(t: Test, n: number, sniffAnswer?: () => unknown): Promise<Recorder[]> {
  const out: Recorder[] = []
  for (let i = 0; i < n; i++) {
    const seen: Recorder['seen'] = []
    const server = await startServer((req, res) => {
      seen.push(req.headers)
      sendJson(res, 200, req.url?.startsWith('/_nodes') && sniffAnswer ? sniffAnswer() : { ok: true })
    })
    t.teardown(() => server.close())
    out.push({ server, seen })
  }
  return out
}

function client(t: Test, options: ClientOptions): Client {
  const c = new Client({ retryBackoff: 1, resurrectBackoff: 60_000, ...options })
  t.teardown(() => c.close())
  return c
}

t.test("nodeSelector: 'round-robin' by default, in order", async (t) => {
  const nodes = await recorders(t, 3)
  const c = client(t, { nodes: nodes.map((n) => n.server.url) })
  for (let i = 0; i < 9; i++) await c.transport.request({ method: 'GET', path: '/' })
  t.same(nodes.map((n) => n.seen.length), [3, 3, 3])
})

t.test("nodeSelector: 'random' spreads requests over every node, not in turn", async (t) => {
  const nodes = await recorders(t, 3)
  const order: number[] = []
  nodes.forEach((n, i) => {
    const push = n.seen.push.bind(n.seen)
    n.seen.push = (...items) => {
      order.push(i)
      return push(...items)
    }
  })
  const c = client(t, { nodes: nodes.map((n) => n.server.url), nodeSelector: 'random' })
  for (let i = 0; i < 60; i++) await c.transport.request({ method: 'GET', path: '/' })
  t.ok(nodes.every((n) => n.seen.length > 0), `every node got requests: ${nodes.map((n) => n.seen.length).join(', ')}`)
  const inTurn = order.every((node, i) => node === order[0]! + (i % 3) - (order[0]! + (i % 3) >= 3 ? 3 : 0))
  t.notOk(inTurn, 'not round robin')
})

t.test('nodeSelector: a function chooses among the alive nodes only', async (t) => {
  const nodes = await recorders(t, 2)
  const dead = `http://127.0.0.1:${await closedPort()}`
  const offered: string[][] = []
  const c = client(t, {
    nodes: [dead, nodes[0]!.server.url, nodes[1]!.server.url],
    // Always the last node offered: the dead one first (nothing else is known to be dead yet), then never again.
    nodeSelector: (alive) => {
      offered.push(alive.map((node) => node.url.port))
      return alive[0]!
    },
  })
  for (let i = 0; i < 4; i++) await c.transport.request({ method: 'GET', path: '/' })
  t.equal(offered[0]!.length, 3, 'the first choice is among all three')
  t.ok(offered.slice(1).every((ports) => ports.length === 2 && !ports.includes(new URL(dead).port)), 'the dead node is offered no more')
  t.same(nodes.map((n) => n.seen.length), [4, 0], 'the function chose the first alive node every time')
})

t.test('nodeSelector: a function that returns something else fails the request with a clear error', async (t) => {
  const nodes = await recorders(t, 2)
  const c = client(t, { nodes: nodes.map((n) => n.server.url), nodeSelector: () => ({ url: new URL('http://elsewhere:9200') }) as never })
  await t.rejects(c.transport.request({ method: 'GET', path: '/' }), {
    name: 'ConfigurationError',
    message: /^nodeSelector must return one of the nodes it was given, got an object/,
  })
  t.same(nodes.map((n) => n.seen.length), [0, 0], 'nothing was sent')
})

t.test('nodeFilter decides which sniffed nodes are kept', async (t) => {
  const [a, b] = await recorders(t, 2)
  const port = (r: Recorder) => new URL(r.server.url).port
  let seedPort = ''
  const answer = () => ({
    nodes: {
      n1: { name: 'hot-1', roles: ['data_hot'], attributes: { zone: 'a' }, http: { publish_address: `127.0.0.1:${port(a!)}` } },
      n2: { name: 'warm-1', roles: ['data_warm'], attributes: { zone: 'b' }, http: { publish_address: `127.0.0.1:${port(b!)}` } },
      n3: { name: 'master-1', roles: ['master'], attributes: { zone: 'a' }, http: { publish_address: `127.0.0.1:${seedPort}` } },
    },
  })
  const [seed] = await recorders(t, 1, answer)
  seedPort = port(seed!)
  const seenByFilter: unknown[] = []
  const filtered = client(t, {
    node: seed!.server.url,
    nodeFilter: (node) => {
      seenByFilter.push(node)
      return node.attributes.zone === 'a'
    },
  })
  t.same(
    await filtered.transport.sniff(),
    [`http://127.0.0.1:${port(a!)}/`, `http://127.0.0.1:${seedPort}/`],
    'zone a only, its master too: the filter replaces the default',
  )
  t.match(seenByFilter[0], { id: 'n1', name: 'hot-1', roles: ['data_hot'], attributes: { zone: 'a' }, url: `http://127.0.0.1:${port(a!)}/` })

  const byDefault = client(t, { node: seed!.server.url })
  t.same(
    await byDefault.transport.sniff(),
    [`http://127.0.0.1:${port(a!)}/`, `http://127.0.0.1:${port(b!)}/`],
    'without a filter, dedicated masters are left out',
  )

  const throwing = client(t, {
    node: seed!.server.url,
    nodeFilter: () => {
      throw new Error('filter broke')
    },
  })
  await t.rejects(throwing.transport.sniff(), { message: 'filter broke' }, "the filter's error is the sniff's")
  t.same(throwing.transport.nodes, [`${seed!.server.url}/`], 'the node list is left as it was')
})

t.test('headers per node: merged over the client headers, under the request headers', async (t) => {
  const [a, b] = await recorders(t, 2)
  const c = client(t, {
    nodes: [
      { url: a!.server.url, headers: { 'X-Zone': 'a', 'x-node-only': 'yes' } },
      { url: new URL(b!.server.url), headers: { 'x-zone': 'b' } },
    ],
    headers: { 'x-zone': 'client', 'x-app': 'shop' },
  })
  await c.transport.request({ method: 'GET', path: '/' })
  await c.transport.request({ method: 'GET', path: '/' })
  t.match(a!.seen[0], { 'x-zone': 'a', 'x-app': 'shop', 'x-node-only': 'yes' })
  t.match(b!.seen[0], { 'x-zone': 'b', 'x-app': 'shop' })
  t.equal(b!.seen[0]!['x-node-only'], undefined, "one node's headers never reach another")
  await c.transport.request({ method: 'GET', path: '/' }, { headers: { 'X-Zone': 'request' } })
  await c.transport.request({ method: 'GET', path: '/' }, { opaqueId: 'op' })
  t.match(a!.seen[1], { 'x-zone': 'request', 'x-node-only': 'yes' }, 'the request wins')
  t.match(b!.seen[1], { 'x-zone': 'b', 'x-opaque-id': 'op' })
  t.same(c.transport.nodes, [`${a!.server.url}/`, `${b!.server.url}/`])
})

t.test('bad node options are refused, naming the option and the value', async (t) => {
  const url = 'http://127.0.0.1:9200'
  const cases: Array<[ClientOptions, RegExp]> = [
    [{ node: url, nodeSelector: 'roundrobin' as never }, /^nodeSelector must be 'round-robin', 'random' or a function choosing among the alive nodes, got "roundrobin"$/],
    [{ node: url, nodeFilter: 'data' as never }, /^nodeFilter must be a function \(node\) => boolean, got "data"$/],
    [{ nodes: [{ url, headerz: {} } as never] }, /^Unknown nodes\[0\] option "headerz": did you mean "headers"\?/],
    [{ nodes: [url, { url, headers: { 'x-a': 1 } } as never] }, /^nodes\[1\]\.headers\["x-a"\] must be a string, got 1$/],
    [{ nodes: [{ headers: {} } as never] }, /^nodes\[0\]\.url must be an http\(s\) URL/],
    [{ node: { url: 'http://u:secret@h:9200', headers: 'x' } as never }, /^node\.headers must be an object of strings, got "x"$/],
  ]
  for (const [options, message] of cases) {
    const error = t.throws(() => new Client(options), { name: 'ConfigurationError', message }) as Error
    t.notMatch(error?.message ?? '', /secret/)
  }
  t.type(new Client({ node: { url } }), Client, 'a node object without headers')
  t.throws(() => new Client({ node: url, nodeSelectors: 'random' } as never), ConfigurationError)
})
