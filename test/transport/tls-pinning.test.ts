// caFingerprint pins a CA: only a chain that really leads from the server's certificate to the pinned CA is
// accepted, as `tls.ca` with that CA would. The certificates are made here with the openssl CLI: a real CA,
// a genuine leaf it signed, and a forgery (a leaf signed by an attacker's key, naming the real CA as its
// issuer, served together with the real, public CA certificate).
import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import tls from 'node:tls'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConnectionError } from '../../src/errors.js'
import { normalizeFingerprint } from '../../src/transport/connection.js'
import { pinnedChainProblem } from '../../src/transport/pinned-chain.js'
import { startForwardProxy } from '../support/forward-proxy.js'
import { esLike, selfSigned, startServer } from '../support/local-servers.js'

const dir = mkdtempSync(join(tmpdir(), 'elastream-pin-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
// P-256 keys: made in a millisecond, where an RSA key takes a tenth of a second or more (seven keys here).
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']

/** A self-signed CA named `subject`. */
function ca(name: string, subject: string): void {
  openssl(
    'req', '-x509', ...NEW_KEY, '-nodes', '-sha256', '-days', '2', '-subj', subject,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', `${name}.key`, '-out', `${name}.pem`,
  )
}

/** A leaf for `san`, signed by the CA `by` (no authority key id, so nothing but the signature ties it to its CA). */
function leaf(name: string, by: string, san: string, days = '2'): void {
  writeFileSync(
    join(dir, `${name}.ext`),
    `basicConstraints=CA:FALSE\nsubjectAltName=${san}\nauthorityKeyIdentifier=none\n`,
  )
  openssl('req', ...NEW_KEY, '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', `${name}.key`, '-out', `${name}.csr`)
  openssl(
    'x509', '-req', '-in', `${name}.csr`, '-CA', `${by}.pem`, '-CAkey', `${by}.key`, '-CAcreateserial',
    '-sha256', '-days', days, '-extfile', `${name}.ext`, '-out', `${name}.pem`,
  )
}

ca('real-ca', '/CN=Elastic Test CA')
ca('evil-ca', '/CN=Elastic Test CA') // same name, attacker's key
ca('other-ca', '/CN=Other CA')
leaf('genuine', 'real-ca', 'IP:127.0.0.1')
leaf('forged', 'evil-ca', 'IP:127.0.0.1')
leaf('wrong-host', 'real-ca', 'DNS:elsewhere.example')
leaf('other', 'other-ca', 'IP:127.0.0.1')
const realCa = read('real-ca.pem')
const pin = new X509Certificate(realCa).fingerprint256

/** An https server presenting `leafName`'s certificate followed by `chain`. */
async function serve(leafName: string, chain: string[]) {
  const server = await startServer(esLike(leafName), {
    key: read(`${leafName}.key`),
    cert: [read(`${leafName}.pem`), ...chain].join(''),
  })
  t.teardown(() => server.close())
  return server
}

async function request(url: string, options: Record<string, unknown> = {}): Promise<unknown> {
  const client = new Client({ node: url, maxRetries: 0, caFingerprint: pin, ...options })
  try {
    return await client.transport.request({ method: 'GET', path: '/' })
  } catch (error) {
    return error
  } finally {
    await client.close()
  }
}

t.test('the genuine chain (leaf signed by the pinned CA) is accepted', async (t) => {
  const server = await serve('genuine', [realCa])
  t.match(await request(server.url), { name: 'genuine' })
  t.match(await request(server.url, { caFingerprint: pin.replace(/:/g, '').toLowerCase() }), { name: 'genuine' })
})

t.test('a forged leaf (attacker key, real CA named as issuer, real CA served along) is refused', async (t) => {
  // The forgery really does look like the real CA's child to anything that compares names only.
  const forged = new X509Certificate(read('forged.pem'))
  t.ok(forged.checkIssued(new X509Certificate(realCa)), 'by name, the real CA is its issuer')
  t.notOk(forged.verify(new X509Certificate(realCa).publicKey), 'but the real CA never signed it')
  const server = await serve('forged', [realCa])
  const error = await request(server.url)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /does not match caFingerprint.*not signed by/)
  t.notOk(String((error as Error).message).includes('genuine'))
})

t.test('a chain that never reaches the pinned CA is refused', async (t) => {
  const server = await serve('other', [read('other-ca.pem')])
  const error = await request(server.url)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /no certificate in the chain has that fingerprint/)
})

t.test('the genuine chain on the wrong host name is refused', async (t) => {
  const server = await serve('wrong-host', [realCa])
  const error = await request(server.url)
  t.type(error, ConnectionError)
  t.match((error as Error).message, /does not match caFingerprint: Hostname\/IP does not match .*127\.0\.0\.1 is not in the cert's list/)
  t.match(await request(server.url, { tls: { servername: 'elsewhere.example' } }), { name: 'wrong-host' }, 'servername names the host to check')
})

t.test('a pinned CA does not vouch for a certificate that is not a CA', async (t) => {
  // The genuine leaf pinned as if it were a CA, signing another leaf with its key: refused (CA:FALSE).
  leaf('grandchild', 'genuine', 'IP:127.0.0.1')
  const server = await serve('grandchild', [read('genuine.pem')])
  const error = await request(server.url, { caFingerprint: new X509Certificate(read('genuine.pem')).fingerprint256 })
  t.type(error, ConnectionError)
  t.match((error as Error).message, /not a CA/)
})

t.test('a certificate outside its validity dates is refused (clock moved past the 2-day certificates)', async (t) => {
  const server = await serve('genuine', [realCa])
  const socket = tls.connect({ host: '127.0.0.1', port: server.port, rejectUnauthorized: false })
  await once(socket, 'secureConnect')
  t.teardown(() => socket.destroy())
  const normalized = normalizeFingerprint(pin)
  t.equal(pinnedChainProblem(socket, normalized, '127.0.0.1'), undefined, 'valid today')
  t.match(pinnedChainProblem(socket, normalized, '127.0.0.1', Date.now() + 5 * 86_400_000), /expired on/)
  t.match(pinnedChainProblem(socket, normalized, '127.0.0.1', Date.now() - 5 * 86_400_000), /is not valid before/)
})

t.test('through a proxy: the pin is checked on the node, inside the tunnel', async (t) => {
  const proxy = await startForwardProxy()
  t.teardown(() => proxy.close())
  const genuine = await serve('genuine', [realCa])
  t.match(await request(genuine.url, { proxy: proxy.url }), { name: 'genuine' })
  t.same(proxy.tunnels, [`127.0.0.1:${genuine.port}`], 'it went through the tunnel')

  const forged = await serve('forged', [realCa])
  const error = await request(forged.url, { proxy: proxy.url })
  t.type(error, ConnectionError)
  t.match((error as Error).message, /does not match caFingerprint.*not signed by/, 'a forgery behind the proxy is refused')
  const other = await serve('other', [read('other-ca.pem')])
  t.match(((await request(other.url, { proxy: proxy.url })) as Error).message, /no certificate in the chain has that fingerprint/)
})

t.test("through an https proxy: the proxy's own certificate is verified by proxy.tls, never taken for the pin", async (t) => {
  const proxyCert = selfSigned()
  const proxy = await startForwardProxy({ tls: proxyCert })
  t.teardown(() => proxy.close())
  const genuine = await serve('genuine', [realCa])
  t.match(await request(genuine.url, { proxy: { url: proxy.url, tls: { ca: proxyCert.cert } } }), { name: 'genuine' })
  // The proxy's certificate pinned instead of the node's CA: the node's chain does not hold it, refused.
  const proxyPin = new X509Certificate(proxyCert.cert).fingerprint256
  const error = await request(genuine.url, { proxy: { url: proxy.url, tls: { ca: proxyCert.cert } }, caFingerprint: proxyPin })
  t.type(error, ConnectionError)
  t.match((error as Error).message, /does not match caFingerprint: no certificate in the chain has that fingerprint/)
})
