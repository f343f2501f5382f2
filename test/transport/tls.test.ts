// TLS with a self-signed certificate made by openssl at test time: trusted through `ca` or a pinned fingerprint,
// refused otherwise.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError, ConnectionError } from '../../src/errors.js'
import { esLike, selfSigned, startServer } from '../support/local-servers.js'

const cert = selfSigned()
const server = await startServer(esLike('tls'), cert)
t.teardown(() => server.close())

const get = { method: 'GET', path: '/' } as const

async function attempt(options: Record<string, unknown>): Promise<unknown> {
  const client = new Client({ node: server.url, maxRetries: 0, ...options })
  try {
    return await client.transport.request(get)
  } catch (error) {
    return error
  } finally {
    await client.close()
  }
}

t.test('refused without ca or fingerprint', async (t) => {
  const error = await attempt({})
  t.type(error, ConnectionError)
  t.match((error as Error).message, /SELF_SIGNED|self.signed/i)
})

t.test('accepted with the certificate as ca', async (t) => {
  const body = (await attempt({ tls: { ca: cert.cert } })) as { name: string }
  t.equal(body.name, 'tls')
})

t.test('accepted with the SHA-256 fingerprint, with or without colons, any case', async (t) => {
  for (const fingerprint of [cert.fingerprint, cert.fingerprint.replace(/:/g, '').toLowerCase()]) {
    const body = (await attempt({ caFingerprint: fingerprint })) as { name: string }
    t.equal(body.name, 'tls')
  }
})

t.test('refused with a fingerprint that does not match', async (t) => {
  const wrong = 'AB'.repeat(32)
  const error = await attempt({ caFingerprint: wrong })
  t.type(error, ConnectionError)
  t.match((error as Error).message, /does not match caFingerprint/)
})

t.test('rejectUnauthorized: false accepts anything (tests only)', async (t) => {
  const body = (await attempt({ tls: { rejectUnauthorized: false } })) as { name: string }
  t.equal(body.name, 'tls')
})

t.test('bad TLS options are ConfigurationErrors', async (t) => {
  t.throws(() => new Client({ node: server.url, caFingerprint: 'nope' }), ConfigurationError)
  t.throws(() => new Client({ node: server.url, tls: { rejectUnauthorised: false } as never }), {
    name: 'ConfigurationError',
    message: /did you mean "rejectUnauthorized"/,
  })
})

t.test('mutual TLS: the server demands a client certificate', async (t) => {
  // The self-signed certificate doubles as the client certificate and as the CA the server trusts.
  const mutual = await startServer(esLike('mtls'), {
    ...cert,
    requestCert: true,
    rejectUnauthorized: true,
    ca: cert.cert,
  })
  t.teardown(() => mutual.close())
  const withCert = new Client({
    node: mutual.url,
    maxRetries: 0,
    tls: { ca: cert.cert, cert: cert.cert, key: cert.key },
  })
  const without = new Client({ node: mutual.url, maxRetries: 0, tls: { ca: cert.cert } })
  t.teardown(async () => {
    await withCert.close()
    await without.close()
  })
  t.match(await withCert.transport.request(get), { name: 'mtls' })
  t.type(await without.transport.request(get).catch((e: unknown) => e), ConnectionError)
})
