// Credentials never leave the client: every error path we can reach, with credentials in the node URL (with
// and without a scheme, with `:`, `/`, `#` and `@` inside the password) and in `auth` (basic, apiKey, bearer),
// is checked for the secret in every form an error is shown: message, stack, String(), JSON.stringify and
// util.inspect (which prints `cause`), and so is every diagnostics_channel event published meanwhile.
import diagnostics from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import t, { type Test } from 'tap'
import { connect } from '../../src/cli/connect.js'
import { Client } from '../../src/client.js'
import {
  ConfigurationError,
  ConnectionError,
  DeserializationError,
  NoLivingNodesError,
  ProductNotSupportedError,
  RequestAbortedError,
  ResponseError,
  TimeoutError,
} from '../../src/errors.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { closedPort, selfSigned, sendJson, startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'

const PASSWORD = 'S3cr3tPass-url'
const ODD_PASSWORDS = ['S3cr3t/Slash-url', 'S3cr3t#Hash-url', 'S3cr3t@At-url', 'S3cr3t:Colon-url']
const BASIC = 'S3cr3tPass-basic'
const API_KEY = 'S3cr3tApiKey-encoded'
const API_KEY_SECRET = 'S3cr3tApiKey-pair'
const BEARER = 'S3cr3tBearer-token'

const b64 = (text: string) => Buffer.from(text).toString('base64')
/** Every form a secret could take on the way out: plain, percent-encoded, inside a basic/apiKey header. */
const SECRETS = [PASSWORD, ...ODD_PASSWORDS, BASIC, API_KEY, API_KEY_SECRET, BEARER].flatMap((s) => [
  s,
  encodeURIComponent(s),
])
for (const pw of [PASSWORD, ...ODD_PASSWORDS]) SECRETS.push(b64(`elastic:${pw}`))
SECRETS.push(b64(`elastic:${BASIC}`), b64(`key-id:${API_KEY_SECRET}`))

const AUTHS = {
  basic: { username: 'elastic', password: BASIC },
  apiKey: { apiKey: API_KEY },
  apiKeyPair: { apiKey: { id: 'key-id', api_key: API_KEY_SECRET } },
  bearer: { bearer: BEARER },
} as const

/** All the ways an error is printed or logged. */
function renderings(value: unknown): string[] {
  const out = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 20, showHidden: true })]
  if (value instanceof Error) out.push(value.message, value.stack ?? '')
  return out
}

/** One assertion per error: the list of secrets found in any rendering must be empty. */
function assertClean(t: Test, value: unknown, label: string): void {
  const text = renderings(value).join('\n')
  t.same(
    SECRETS.filter((s) => text.includes(s)),
    [],
    `${label}: no secret in ${value instanceof Error ? value.name : typeof value}`,
  )
}

/** Runs `fn`, expecting a throw or rejection of `type`; returns the error. */
async function failure(t: Test, fn: () => unknown, type: new (...a: never[]) => Error, label: string) {
  let error: unknown
  try {
    await fn()
  } catch (e) {
    error = e
  }
  t.type(error, type, `${label}: ${type.name}`)
  assertClean(t, error, label)
  return error as Error
}

/** Collects every diagnostics event while the test runs; checked at the end of the file. */
const events: Array<{ channel: string; message: unknown }> = []
for (const name of Object.values(CHANNELS)) {
  const fn = (message: unknown) => events.push({ channel: name, message })
  diagnostics.subscribe(name, fn)
  t.teardown(() => diagnostics.unsubscribe(name, fn))
}

/** Node URLs carrying credentials, with a scheme (each odd password percent-encoded or raw) and without. */
function urlsWithCredentials(host: string): string[] {
  const out = [`http://elastic:${PASSWORD}@${host}`, `elastic:${PASSWORD}@${host}`]
  for (const pw of ODD_PASSWORDS) {
    out.push(`http://elastic:${encodeURIComponent(pw)}@${host}`, `http://elastic:${pw}@${host}`, `elastic:${pw}@${host}`)
  }
  return out
}

t.test('ConfigurationError: bad node URLs', async (t) => {
  const candidates = [
    ...urlsWithCredentials('127.0.0.1:9200'),
    `ftp://elastic:${PASSWORD}@127.0.0.1:9200`,
    `http://elastic:${PASSWORD}@127.0.0.1:9200/?pretty`,
    `http://elastic:${PASSWORD}@127.0.0.1:9200/#x`,
    `http://elastic:${PASSWORD}@127.0.0.1:notaport`,
    `elastic:${PASSWORD}@`,
  ]
  let rejected = 0
  for (const url of candidates) {
    const label = url.slice(0, 40)
    let valid = true
    try {
      new Client({ node: url }).close()
    } catch {
      valid = false
    }
    // A valid URL (an encoded password, or a raw `:` or `@`, which URL parsing allows) is swept below.
    if (valid) continue
    rejected++
    await failure(t, () => new Client({ node: url }), ConfigurationError, `node ${label}`)
    await failure(
      t,
      () => new Client({ nodes: ['http://127.0.0.1:9200', url] }),
      ConfigurationError,
      `nodes[1] ${label}`,
    )
    await failure(t, () => connect({ node: url }, {}), ConfigurationError, `elastream --node ${label}`)
    await failure(
      t,
      () => connect({}, { ELASTICSEARCH_URL: url }),
      ConfigurationError,
      `ELASTICSEARCH_URL ${label}`,
    )
  }
  t.ok(rejected >= 10, `${rejected} malformed node URLs rejected`)
  const noScheme = await failure(
    t,
    () => new Client({ node: `elastic:${PASSWORD}@127.0.0.1:9200` }),
    ConfigurationError,
    'no scheme',
  )
  t.match(
    noScheme.message,
    'node must be an http(s) URL starting with http:// or https://',
    'the message says what is missing',
  )
  t.match(noScheme.message, '"[redacted]@127.0.0.1:9200"', 'and shows the host')
  await failure(
    t,
    () => new Client({ nodes: `elastic:${PASSWORD}@127.0.0.1:9200` as never }),
    ConfigurationError,
    'nodes as a string',
  )
  await failure(
    t,
    () => new Client({ node: 'http://127.0.0.1:9200', tls: `elastic:${PASSWORD}@x` as never }),
    ConfigurationError,
    'a URL in the wrong option',
  )
  await failure(
    t,
    () => new Client({ node: 'http://127.0.0.1:9200', caFingerprint: `elastic:${PASSWORD}@x` }),
    ConfigurationError,
    'a URL as caFingerprint',
  )
})

t.test('ConfigurationError: bad auth options', async (t) => {
  const node = 'http://127.0.0.1:9200'
  const bad: unknown[] = [
    `elastic:${BASIC}`,
    { username: 'elastic', password: [BASIC] },
    { username: '', password: BASIC },
    { username: 'elastic', password: BASIC, apiKey: API_KEY },
    { apiKey: API_KEY, bearer: BEARER },
    { apiKey: { id: 'key-id', api_key: [API_KEY_SECRET] } },
    { apiKey: { id: 'key-id', secret: API_KEY_SECRET } },
    { bearer: BEARER, password: BASIC },
    { bearer: [BEARER] },
    { user: 'elastic', pass: BASIC },
  ]
  for (const [i, auth] of bad.entries()) {
    await failure(t, () => new Client({ node, auth: auth as never }), ConfigurationError, `auth #${i}`)
    const parent = new Client({ node, auth: AUTHS.basic })
    await failure(t, () => parent.child({ auth: auth as never }), ConfigurationError, `child auth #${i}`)
    await parent.close()
  }
  await failure(
    t,
    () => new Client({ node, auth: AUTHS.basic, pasword: BASIC } as never),
    ConfigurationError,
    'a misspelled option holding a secret',
  )
  await failure(t, () => connect({ user: 'elastic' }, {}), ConfigurationError, '--user without password')
  await failure(
    t,
    () => connect({ user: `elastic:${BASIC}`, 'api-key': API_KEY }, {}),
    ConfigurationError,
    '--user and --api-key',
  )
})

/** A client per credential placement, against `host`. */
/**
 * A client per credential form. With `second`, each client has two nodes (the same credentials on both):
 * a lone node is never marked dead, so the node-dead and NoLivingNodesError paths need two.
 */
function clientsFor(host: string, scheme = 'http', options: Record<string, unknown> = {}, second?: string) {
  const out: Array<[string, Client]> = []
  const seconds = second === undefined ? undefined : urlsWithCredentials(second)
  urlsWithCredentials(host).forEach((url, i) => {
    if (!url.startsWith('http://')) return
    const first = url.replace('http', scheme)
    const nodes = seconds === undefined ? first : [first, seconds[i]!.replace('http', scheme)]
    try {
      out.push([`url ${url.slice(0, 30)}`, new Client({ ...(Array.isArray(nodes) ? { nodes } : { node: nodes }), ...options })])
    } catch (error) {
      // A raw `/` or `#` in a password is not a valid URL: swept as a ConfigurationError above.
      if (!(error instanceof ConfigurationError)) throw error
    }
  })
  for (const [name, auth] of Object.entries(AUTHS)) {
    const nodes = [`${scheme}://${host}`, ...(second === undefined ? [] : [`${scheme}://${second}`])]
    out.push([`auth ${name}`, new Client({ nodes, auth, ...options })])
  }
  return out
}

t.test('ConnectionError: a closed port (retried, node marked dead)', async (t) => {
  const port = await closedPort()
  const other = await closedPort()
  const clients = clientsFor(`127.0.0.1:${port}`, 'http', { maxRetries: 1, resurrectBackoff: 1 }, `127.0.0.1:${other}`)
  t.ok(clients.length >= 6)
  for (const [label, client] of clients) {
    await failure(t, () => client.info(), ConnectionError, label)
    await client.close()
    await failure(t, () => client.info(), ConnectionError, `${label}, closed client`)
  }
})

t.test('TimeoutError, RequestAbortedError, ProductNotSupportedError, DeserializationError', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/slow') return // never answers
    if (req.url === '/not-es') {
      res.writeHead(200, { 'content-type': 'application/json', server: 'other' })
      res.end('{}')
      return
    }
    if (req.url === '/bad-json') return sendJson(res, 200, '{"a":')
    sendJson(res, 401, { error: { type: 'security_exception', reason: 'unable to authenticate' }, status: 401 })
  })
  t.teardown(() => server.close())
  for (const [label, client] of clientsFor(`127.0.0.1:${server.port}`, 'http', { maxRetries: 0 })) {
    await failure(
      t,
      () => client.transport.request({ method: 'GET', path: '/slow' }, { requestTimeout: 100 }),
      TimeoutError,
      label,
    )
    await failure(
      t,
      () => client.transport.request({ method: 'GET', path: '/slow' }, { signal: AbortSignal.timeout(50) }),
      RequestAbortedError,
      label,
    )
    await failure(t, () => client.transport.request({ method: 'GET', path: '/not-es' }), ProductNotSupportedError, label)
    await failure(t, () => client.transport.request({ method: 'GET', path: '/bad-json' }), DeserializationError, label)
    await failure(t, () => client.transport.request({ method: 'GET', path: '/401' }), ResponseError, label)
    await client.close()
  }
})

t.test('TLS: an untrusted certificate and a wrong caFingerprint', async (t) => {
  const { key, cert } = selfSigned()
  const server = await startServer((_req, res) => sendJson(res, 200, {}), { key, cert })
  t.teardown(() => server.close())
  const host = `127.0.0.1:${server.port}`
  for (const [label, client] of [
    ...clientsFor(host, 'https', { maxRetries: 0 }),
    ...clientsFor(host, 'https', { maxRetries: 0, caFingerprint: 'AB'.repeat(32) }),
  ]) {
    await failure(t, () => client.info(), ConnectionError, `tls ${label}`)
    await client.close()
  }
})

t.test('ResponseError from the real cluster, and sniffing with credentials', async (t) => {
  const host = new URL(esUrl).host
  for (const [label, client] of clientsFor(host, 'http')) {
    await failure(
      t,
      () => client.transport.request({ method: 'GET', path: '/elastream-no-such-index-sweep/_doc/1' }),
      ResponseError,
      label,
    )
    await failure(
      t,
      () => client.transport.request({ method: 'POST', path: '/_search', body: { query: { nope: {} } } }),
      ResponseError,
      label,
    )
    const nodes = await client.transport.sniff()
    assertClean(t, nodes, `${label}: sniffed node list`)
    await client.close()
  }
})

t.test('NoLivingNodesError: every node dead, a probe out', async (t) => {
  const hanging = await startServer(() => {})
  const hanging2 = await startServer(() => {})
  t.teardown(() => Promise.all([hanging.close(), hanging2.close()]))
  const hosts = [`127.0.0.1:${hanging.port}`, `127.0.0.1:${hanging2.port}`] as const
  for (const [label, client] of clientsFor(hosts[0], 'http', { retryBackoff: 1 }, hosts[1])) {
    const pool = client.transport.pool
    for (const node of pool.connections) pool.markDead(node, new Error('down'))
    const probe = new AbortController()
    const first = client.info(undefined, { signal: probe.signal }).catch((e: unknown) => e)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await failure(t, () => client.info(), NoLivingNodesError, label)
    probe.abort()
    assertClean(t, await first, `${label}: the aborted probe`)
    await client.close()
  }
})

t.test('every diagnostics event published during the sweep', async (t) => {
  const channels = new Set(events.map((e) => e.channel))
  for (const name of [CHANNELS.request, CHANNELS.response, CHANNELS.retry, CHANNELS.nodeDead, CHANNELS.sniff]) {
    t.ok(channels.has(name), `${name} was published (${events.filter((e) => e.channel === name).length} times)`)
  }
  const text = events.map((e) => renderings(e.message).join('\n')).join('\n')
  t.same(
    SECRETS.filter((s) => text.includes(s)),
    [],
    `no secret in any of ${events.length} events`,
  )
  t.ok(events.length > 100)
})
