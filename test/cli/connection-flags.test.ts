// The connection flags every command takes: --proxy, --ca, --ca-fingerprint, --api-key and --cloud-id (and
// their ELASTICSEARCH_* variables), each against a local server on 127.0.0.1 that shows what arrived.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { createProxy, type ProxyServer } from 'proxy'
import { connectionOptions } from '../../src/cli/args.js'
import { connect } from '../../src/cli/connect.js'
import { commands } from '../../src/cli/main.js'
import { type Handler, selfSigned, sendJson, startServer } from '../support/local-servers.js'
import { runCli } from '../support/run-cli.js'

// The tests are independent (each its own servers): side by side, tap buffering their output, each CLI
// process mostly waiting on its start.
t.jobs = 4

const count: Handler = (req, res) => sendJson(res, 200, req.url?.endsWith('/_count') ? { count: 7 } : {})
// Nothing from the developer's shell may decide where a test connects.
const env = {
  ELASTICSEARCH_URL: '',
  ELASTICSEARCH_API_KEY: '',
  ELASTICSEARCH_CLOUD_ID: '',
  ELASTICSEARCH_PROXY: '',
  ELASTICSEARCH_CA: '',
  ELASTICSEARCH_CA_FINGERPRINT: '',
}

/**
 * `elastream count logs` in this process, through the CLI's own connect(): the flags (`values`) and the
 * environment as the command reads them. The spawned runs below cover what only the binary shows (exit codes,
 * stderr); these cover the rest without a process start each.
 */
async function countWith(values: Record<string, string>, vars: Record<string, string> = {}): Promise<number> {
  const { client } = connect(values, { ...env, ...vars })
  try {
    const body = (await client.transport.request({ method: 'POST', path: '/logs/_count', body: {} })) as { count: number }
    return body.count
  } finally {
    await client.close()
  }
}

/** The `proxy` package's forward proxy (the one the transport tests use), recording each CONNECT target. */
async function startProxy(auth?: { user: string; password: string }) {
  const server: ProxyServer = createProxy(http.createServer())
  const tunnels: string[] = []
  server.on('connect', (req: http.IncomingMessage) => tunnels.push(req.url ?? ''))
  if (auth !== undefined) {
    const expected = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
    server.authenticate = (req) => req.headers['proxy-authorization'] === expected
  }
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

t.test('--proxy: the request goes through the proxy; ELASTICSEARCH_PROXY too; credentials never shown', async (t) => {
  const es = await startServer(count)
  t.teardown(() => es.close())
  const proxy = await startProxy({ user: 'squid', password: 'pr0xy-s3cret' })
  t.teardown(() => proxy.close())
  const withAuth = `http://squid:pr0xy-s3cret@${proxy.host}`

  const viaFlag = await runCli(['count', 'logs', '--node', es.url, '--proxy', withAuth], { env })
  t.equal(viaFlag.code, 0, viaFlag.stderr)
  t.equal(viaFlag.stdout, '7\n')
  t.same(proxy.tunnels, [new URL(es.url).host], 'the node was reached through a tunnel of the proxy')

  t.equal(await countWith({ node: es.url }, { ELASTICSEARCH_PROXY: withAuth }), 7)
  t.equal(proxy.tunnels.length, 2, 'ELASTICSEARCH_PROXY is the same as --proxy')
  t.equal(es.requests.length, 2, 'no request bypassed the proxy')

  const wrong = await runCli(['count', 'logs', '--node', es.url, '--proxy', `http://squid:wr0ng-s3cret@${proxy.host}`, '--timeout', '3000'], { env })
  t.not(wrong.code, 0, 'refused by the proxy')
  t.notMatch(wrong.stderr, /s3cret/, wrong.stderr)
  t.equal(es.requests.length, 2)

  const bad = await runCli(['count', 'logs', '--node', es.url, '--proxy', 'socks5://squid:pr0xy-s3cret@host:1080'], { env })
  t.equal(bad.code, 2)
  t.equal(
    bad.stderr,
    'elastream: --proxy must be an http:// or https:// URL such as http://127.0.0.1:3128, got "socks5://[redacted]@host:1080"\n',
  )
})

t.test('--ca trusts a private CA; --ca-fingerprint pins the certificate', async (t) => {
  const cert = selfSigned()
  const es = await startServer(count, { key: cert.key, cert: cert.cert })
  t.teardown(() => es.close())
  const dir = mkdtempSync(join(tmpdir(), 'elastream-ca-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const caFile = join(dir, 'ca.pem')
  writeFileSync(caFile, cert.cert)

  await t.rejects(countWith({ node: es.url, timeout: '3000' }), { name: 'ConnectionError' }, 'without --ca the self-signed certificate is refused')

  const trusted = await runCli(['count', 'logs', '--node', es.url, '--ca', caFile], { env })
  t.equal(trusted.code, 0, trusted.stderr)
  t.equal(trusted.stdout, '7\n')
  t.equal(await countWith({ node: es.url }, { ELASTICSEARCH_CA: caFile }), 7, 'ELASTICSEARCH_CA is the same as --ca')
  t.throws(() => connect({ node: es.url, ca: join(dir, 'nope.pem') }, env), {
    name: 'ConfigurationError',
    message: /^--ca .*nope\.pem: cannot read it \(ENOENT\)$/,
  })

  const pinned = await runCli(['count', 'logs', '--node', es.url, '--ca-fingerprint', cert.fingerprint], { env })
  t.equal(pinned.code, 0, pinned.stderr)
  t.equal(pinned.stdout, '7\n')
  const lower = cert.fingerprint.replace(/:/g, '').toLowerCase()
  t.equal(await countWith({ node: es.url }, { ELASTICSEARCH_CA_FINGERPRINT: lower }), 7, 'lower case, no colons, from the environment')

  const other = 'AB'.repeat(32)
  const mismatch = await runCli(['count', 'logs', '--node', es.url, '--ca-fingerprint', other, '--timeout', '3000'], { env })
  t.equal(mismatch.code, 3, `a different fingerprint is refused: ${mismatch.stderr}`)
  t.equal(es.requests.length, 4, 'nothing was sent to the server whose certificate did not match')

  t.throws(() => connect({ node: es.url, 'ca-fingerprint': 'AB:CD' }, env), {
    message: '--ca-fingerprint must be a SHA-256 fingerprint (64 hex digits, colons optional), got "AB:CD"',
  })
  t.throws(() => connect({ node: es.url }, { ...env, ELASTICSEARCH_CA_FINGERPRINT: 'sha256' }), {
    message: 'ELASTICSEARCH_CA_FINGERPRINT must be a SHA-256 fingerprint (64 hex digits, colons optional), got "sha256"',
  })
})

t.test('--api-key: sent as ApiKey, never shown in an error or in --help', async (t) => {
  const key = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=='
  const es = await startServer(count)
  t.teardown(() => es.close())
  const r = await runCli(['count', 'logs', '--node', es.url, '--api-key', key], { env })
  t.equal(r.code, 0, r.stderr)
  t.equal(es.requests.at(-1)?.headers.authorization, `ApiKey ${key}`)
  t.equal(await countWith({ node: es.url }, { ELASTICSEARCH_API_KEY: key }), 7)
  t.equal(es.requests.at(-1)?.headers.authorization, `ApiKey ${key}`, 'ELASTICSEARCH_API_KEY is the same as --api-key')

  const refusing = await startServer((_req, res) =>
    sendJson(res, 401, { error: { type: 'security_exception', reason: `unable to authenticate with provided credentials` }, status: 401 }),
  )
  t.teardown(() => refusing.close())
  const refused = await runCli(['count', 'logs', '--node', refusing.url, '--api-key', key], { env })
  t.equal(refused.code, 4, refused.stderr)
  const both = t.throws(() => connect({ node: es.url, 'api-key': key, user: 'elastic:pw' }, env)) as Error
  t.equal(both.message, '--api-key and --user both given: pick one')
  const help = await runCli(['count', '--help'], { env: { ...env, ELASTICSEARCH_API_KEY: key } })
  t.equal(help.code, 0)
  t.match(help.stdout, /--api-key KEY/)
  for (const out of [r.stdout, r.stderr, refused.stdout, refused.stderr, both.message, help.stdout, help.stderr]) {
    t.notOk(out.includes(key.slice(0, 12)), 'the key is never printed')
  }
})

t.test('--cloud-id: the deployment\'s endpoint is where requests go; a bad one is a clear error', async (t) => {
  // A proxy that only records where it is asked to connect: the Cloud endpoint is not on this machine.
  const targets: string[] = []
  const recorder = http.createServer()
  recorder.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    targets.push(req.url ?? '')
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
  })
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => recorder.close(() => resolve())))
  const proxy = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`
  const cloudId = `my-deploy:${Buffer.from('europe-west1.gcp.cloud.es.test$abc123$kib456').toString('base64')}`

  const r = await runCli(['count', 'logs', '--cloud-id', cloudId, '--proxy', proxy, '--timeout', '2000'], { env })
  t.equal(r.code, 3, r.stderr)
  t.match(r.stderr, 'https://abc123.europe-west1.gcp.cloud.es.test')
  t.ok(targets.length >= 1 && targets.every((target) => target === 'abc123.europe-west1.gcp.cloud.es.test:443'), targets.join(' '))
  t.equal(connect({}, { ...env, ELASTICSEARCH_CLOUD_ID: cloudId }).node, 'https://abc123.europe-west1.gcp.cloud.es.test')
  t.equal(
    connect({ 'cloud-id': cloudId }, { ...env, ELASTICSEARCH_URL: 'http://127.0.0.1:9' }).node,
    'https://abc123.europe-west1.gcp.cloud.es.test',
    'the flag wins over the other variable',
  )
  t.equal(connect({}, env, 'http://127.0.0.1:9').node, 'http://127.0.0.1:9', "reindex's --to is where its destination is")

  const spawned = await runCli(['count', 'logs', '--cloud-id', 'my-deploy'], { env })
  t.equal(spawned.code, 2)
  t.equal(
    spawned.stderr,
    `elastream: --cloud-id is not a Cloud ID (no ":" between the name and the encoded part): expected "<name>:<base64>", got "my-deploy"\n`,
  )

  const cases: Array<[Record<string, string>, Record<string, string>, string]> = [
    [
      { 'cloud-id': 'my-deploy:not base64!' },
      {},
      `--cloud-id is not a Cloud ID (the part after ":" is not base64): expected "<name>:<base64>", got "my-deploy:not base64!"`,
    ],
    [
      {},
      { ELASTICSEARCH_CLOUD_ID: `x:${Buffer.from('host-only').toString('base64')}` },
      `ELASTICSEARCH_CLOUD_ID is not a Cloud ID (it does not decode to "<host>$<elasticsearch id>$<kibana id>"): expected "<name>:<base64>", got "x:aG9zdC1vbmx5"`,
    ],
    [{ 'cloud-id': cloudId, node: 'http://127.0.0.1:9' }, {}, '--node and --cloud-id both given: pick one'],
    [
      {},
      { ELASTICSEARCH_CLOUD_ID: cloudId, ELASTICSEARCH_URL: 'http://127.0.0.1:9' },
      'ELASTICSEARCH_URL and ELASTICSEARCH_CLOUD_ID are both set: unset one, or pass --node or --cloud-id',
    ],
  ]
  for (const [values, vars, message] of cases) {
    t.throws(() => connect(values, { ...env, ...vars }), { name: 'ConfigurationError', message })
  }
})

t.test('--node: a bad URL is quoted without its credentials', async (t) => {
  t.throws(() => connect({ node: 'ftp://elastic:S3cret@es.example:21' }, env), {
    name: 'ConfigurationError',
    message: '--node must be an http:// or https:// URL, got "ftp://[redacted]@es.example:21"',
  })
  t.throws(() => connect({}, { ...env, ELASTICSEARCH_URL: 'elastic:S3cret@es.example' }), {
    message: '--node must be an http:// or https:// URL, got "[redacted]@es.example"',
  })
})

t.test('every command that connects takes the new flags', async (t) => {
  t.same(Object.keys(commands).sort(), ['count', 'dump', 'info', 'load', 'reindex'], 'each of them connects')
  for (const command of Object.values(commands)) {
    for (const flag of ['cloud-id', 'proxy', 'api-key', 'ca', 'ca-fingerprint']) {
      t.equal(command.options[flag], connectionOptions[flag], `${command.name} takes --${flag}`)
    }
  }
  const help = await runCli(['load', '--help'], { env })
  for (const flag of ['--cloud-id ID', '--proxy URL', '--api-key KEY', '--ca FILE', '--ca-fingerprint SHA256']) {
    t.match(help.stdout, flag, `load --help lists ${flag}`)
  }
})
