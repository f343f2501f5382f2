// cloud: { id } decodes to the deployment's https endpoint; proxy: every request goes through a real local
// forward proxy (the `proxy` package, a Squid-like server), plain or TLS, with or without credentials.
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConnectionError } from '../../src/errors.js'
import { cloudIdToUrl } from '../../src/options/cloud-id.js'
import { startForwardProxy as startProxy } from '../support/forward-proxy.js'
import { esLike, selfSigned, startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'

const b64 = (text: string) => Buffer.from(text).toString('base64')

t.test('Cloud ID: <name>:base64(<host>[:<port>]$<es id>$<kibana id>) -> https://<es id>.<host>[:<port>]', async (t) => {
  t.equal(
    cloudIdToUrl({ id: 'my-deploy:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRhYmMxMjMkZGVmNDU2' }),
    'https://abc123.us-east-1.aws.found.io',
    'the example in cloud-id.ts',
  )
  t.equal(cloudIdToUrl({ id: `d:${b64('eu-west-1.aws.found.io:9243$es1$kb1')}` }), 'https://es1.eu-west-1.aws.found.io:9243')
  t.equal(cloudIdToUrl({ id: `d:${b64('host.example:443$es1$kb1')}` }), 'https://es1.host.example', '443 is the default')
  t.equal(cloudIdToUrl({ id: `name:with:colons:${b64('h.example$es1')}` }), 'https://es1.h.example', 'no Kibana id needed')
  t.equal(cloudIdToUrl({ id: `d:${b64('h.example$es1$kb1').replace(/=+$/, '')}` }), 'https://es1.h.example', 'unpadded base64')
  const c = new Client({ cloud: { id: `d:${b64('h.example$es1$kb1')}` }, auth: { apiKey: 'k' } })
  t.same(c.transport.nodes, ['https://es1.h.example/'])
  await c.close()
})

t.test('Cloud ID errors name the option and the value', async (t) => {
  const bad: Array<[unknown, RegExp]> = [
    ['d:abc', /^cloud must be an object \{ id \}, got "d:abc"$/],
    [{ id: 3 }, /^cloud.id must be a Cloud ID string \("<name>:<base64>"\), got 3$/],
    [{ id: 'nocolon' }, /^cloud.id is not a Cloud ID \(no ":" between the name and the encoded part\).*got "nocolon"$/],
    [{ id: 'd:not base64!' }, /the part after ":" is not base64/],
    [{ id: `d:${b64('only-a-host.example')}` }, /does not decode to "<host>\$<elasticsearch id>\$<kibana id>"/],
    [{ id: `d:${b64('$es1$kb')}` }, /does not decode to/],
    [{ id: `d:${b64('bad host$es1$kb')}` }, /"es1.bad host" is not a host name/],
    [{ id: 'x', password: 'p' }, /^Unknown cloud option "password": cloud takes only \{ id \}; give credentials in "auth"/],
  ]
  for (const [cloud, message] of bad) {
    t.throws(() => cloudIdToUrl(cloud), { name: 'ConfigurationError', message }, JSON.stringify(cloud))
  }
  t.throws(() => new Client({ cloud: { id: `d:${b64('h$e')}` }, node: 'http://x:9200' }), {
    message: 'Give either cloud or node/nodes, not both',
  })
})

t.test('cloud + auth.apiKey: the request goes to the decoded endpoint with the key', async (t) => {
  const { key, cert } = selfSigned()
  const server = await startServer(esLike('cloud'), { key, cert })
  t.teardown(() => server.close())
  // es id "127.0.0" + host "1:<port>" = https://127.0.0.1:<port>: a Cloud ID naming the local TLS server.
  const id = `local:${b64(`1:${server.port}$127.0.0$kibana`)}`
  const client = new Client({ cloud: { id }, auth: { apiKey: 'c2VjcmV0' }, tls: { ca: cert } })
  t.teardown(() => client.close())
  const info = (await client.info()) as { name: string }
  t.equal(info.name, 'cloud')
  t.equal(server.requests[0]?.headers.authorization, 'ApiKey c2VjcmV0')
})

const esHost = new URL(esUrl).host

t.test('an HTTP proxy: requests to the real node go through it', async (t) => {
  const proxy = await startProxy()
  t.teardown(() => proxy.close())
  const client = new Client({ node: esUrl, proxy: proxy.url })
  t.teardown(() => client.close())
  const health = (await client.cluster.health()) as { status: string }
  t.match(health.status, /green|yellow/)
  const count = (await client.count()) as { count: number }
  t.type(count.count, 'number')
  t.ok(proxy.tunnels.length >= 1, 'the proxy carried the connection')
  t.ok(proxy.tunnels.every((target) => target === esHost), `tunnels to ${esHost}`)
})

t.test('proxy credentials are sent, and never shown; wrong ones fail with a ConnectionError', async (t) => {
  const proxy = await startProxy({ user: 'squid', password: 'pr0xy-s3cret' })
  t.teardown(() => proxy.close())
  const withAuth = `http://squid:pr0xy-s3cret@${new URL(proxy.url).host}`
  const good = new Client({ node: esUrl, proxy: withAuth })
  t.teardown(() => good.close())
  t.match(await good.cluster.health(), { status: /green|yellow/ })

  const wrong = new Client({ node: esUrl, proxy: `http://squid:wr0ng-s3cret@${new URL(proxy.url).host}`, maxRetries: 0 })
  t.teardown(() => wrong.close())
  const error = await wrong.cluster.health().catch((e: Error) => e)
  t.ok(error instanceof ConnectionError, `a ConnectionError: ${(error as Error).message}`)
  t.notMatch(`${(error as Error).message} ${(error as Error).stack}`, /s3cret/, 'no password in the message')

  const noAuth = new Client({ node: esUrl, proxy: proxy.url, maxRetries: 0 })
  t.teardown(() => noAuth.close())
  t.ok((await noAuth.cluster.health().catch((e: Error) => e)) instanceof ConnectionError, 'none: refused too')

  const bad = t.throws(() => new Client({ node: esUrl, proxy: 'ftp://squid:pr0xy-s3cret@host' }))
  t.match(bad, { name: 'ConfigurationError', message: 'proxy must be an http:// or https:// URL, got "ftp://host/"' })
})

t.test('an HTTPS proxy (TLS to the proxy, its CA in proxy.tls) to the real node', async (t) => {
  const { key, cert } = selfSigned()
  const proxy = await startProxy({ tls: { key, cert } })
  t.teardown(() => proxy.close())
  const client = new Client({ node: esUrl, proxy: { url: proxy.url, tls: { ca: cert } } })
  t.teardown(() => client.close())
  t.match(await client.cluster.health(), { status: /green|yellow/ })
  t.ok(proxy.tunnels.length >= 1)

  const untrusted = new Client({ node: esUrl, proxy: proxy.url, maxRetries: 0 })
  t.teardown(() => untrusted.close())
  t.ok(
    (await untrusted.cluster.health().catch((e: Error) => e)) instanceof ConnectionError,
    'a proxy certificate nobody vouched for is refused',
  )
})

t.test('an https node through an HTTP proxy: TLS end to end, the node verified by tls.ca', async (t) => {
  const { key, cert } = selfSigned()
  // Sockets tracked from 'connection', not 'secureConnection': a handshake the client refuses inside the
  // tunnel must not keep close() waiting for the server's idle timeout.
  const sockets = new Set<Socket>()
  const tlsNode = https.createServer({ key, cert }, (req, res) => esLike('tls-node')(req, res, Buffer.alloc(0)))
  tlsNode.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => tlsNode.listen(0, '127.0.0.1', resolve))
  const port = (tlsNode.address() as AddressInfo).port
  const node = {
    url: `https://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        tlsNode.close(() => resolve())
      }),
  }
  const proxy = await startProxy()
  t.teardown(async () => {
    await proxy.close()
    await node.close()
  })
  const client = new Client({ node: node.url, proxy: proxy.url, tls: { ca: cert } })
  t.teardown(() => client.close())
  t.match(await client.info(), { name: 'tls-node' })
  t.same(proxy.tunnels, [`127.0.0.1:${node.port}`])

  const unverified = new Client({ node: node.url, proxy: proxy.url, maxRetries: 0 })
  t.teardown(() => unverified.close())
  t.ok((await unverified.info().catch((e: Error) => e)) instanceof ConnectionError, 'without the CA: refused')
})

t.test('a proxy that is down: a ConnectionError; bad proxy options: ConfigurationErrors', async (t) => {
  const proxy = await startProxy()
  const url = proxy.url
  await proxy.close()
  const client = new Client({ node: esUrl, proxy: `http://u:d0wn-s3cret@${new URL(url).host}`, maxRetries: 0 })
  t.teardown(() => client.close())
  const error = await client.info().catch((e: Error) => e)
  t.ok(error instanceof ConnectionError)
  t.notMatch((error as Error).message, /s3cret/)

  const bad: Array<[unknown, RegExp]> = [
    [42, /^proxy must be an http\(s\) URL \(a string or URL\) or \{ url, tls \}, got 42$/],
    ['not a url', /^proxy must be an http\(s\) URL, for example "http:\/\/127.0.0.1:3128", got "not a url"$/],
    [{ url: url, user: 'x' }, /^Unknown proxy option "user": proxy takes a URL or \{ url, tls \}$/],
    [{ url: url, tls: 'x' }, /^proxy.tls must be an object, got "x"$/],
  ]
  for (const [value, message] of bad) {
    t.throws(() => new Client({ node: esUrl, proxy: value as never }), { name: 'ConfigurationError', message })
  }
})
