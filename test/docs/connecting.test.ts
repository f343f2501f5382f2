// Runs every ```js run=<where>``` (or ```ts run=...```) block of docs/connecting.md, so the README's connection examples cannot rot:
//   run=es     the real node (ELASTICSEARCH_URL)
//   run=nodes  ELASTICSEARCH_URLS when set (a real cluster), else the real node alone
//   run=auth   a local server that answers like Elasticsearch only with the right credentials
//   run=tls    a local https server with a self-signed certificate
// and checks the options table against the defaults in the code.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { CLIENT_DEFAULTS, CLIENT_OPTION_NAMES } from '../../src/client-options.js'
import { exampleDir, readDocBlocks, runBlock } from '../support/doc-blocks.js'
import { esLike, selfSigned, startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'

const { markdown, blocks } = readDocBlocks('docs/connecting.md')

const password = 'docs-password'
const apiKey = 'ZG9jczprZXk='
const accepted = new Set([
  `Basic ${Buffer.from(`elastic:${password}`).toString('base64')}`,
  `ApiKey ${apiKey}`,
])
const info = esLike('docs')
const authServer = await startServer((req, res, body) => {
  if (accepted.has(String(req.headers.authorization))) {
    info(req, res, body)
    return
  }
  res.writeHead(401, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
  res.end(
    '{"error":{"type":"security_exception","reason":"missing authentication credentials"},"status":401}',
  )
})
const cert = selfSigned()
const tlsServer = await startServer(esLike('docs-tls'), cert)
const examples = exampleDir()
const caFile = join(examples.dir, 'http_ca.crt')
writeFileSync(caFile, cert.cert)
t.teardown(async () => {
  await authServer.close()
  await tlsServer.close()
  examples.remove()
})

const environments: Record<string, Record<string, string>> = {
  es: { ELASTICSEARCH_URL: esUrl },
  nodes: { ELASTICSEARCH_URLS: process.env.ELASTICSEARCH_URLS ?? esUrl },
  auth: { ELASTICSEARCH_URL: authServer.url, ELASTIC_PASSWORD: password, ELASTIC_API_KEY: apiKey },
  tls: {
    ELASTICSEARCH_URL: tlsServer.url,
    ELASTIC_CA_CERT: caFile,
    ELASTIC_CA_FINGERPRINT: cert.fingerprint,
  },
}

t.ok(blocks.length >= 8, `found ${blocks.length} runnable examples`)

blocks.forEach((block, i) => {
  t.test(`example ${i + 1} (run=${block.where}) runs`, async (t) => {
    const env = environments[block.where]
    if (env === undefined) throw new Error(`unknown run=${block.where} in docs/connecting.md`)
    const lines = await runBlock(examples.dir, i + 1, block, env)
    t.ok(lines.length > 0, `printed: ${lines.join(' | ').slice(0, 200)}`)
    t.notOk(
      lines.some((line) => line.includes(password)),
      'no credential in the output',
    )
  })
})

t.test('the auth examples really need the credentials', async (t) => {
  const { Client } = await import('../../src/index.js')
  const client = new Client({ node: authServer.url })
  t.teardown(() => client.close())
  const error = (await client.info().catch((e: unknown) => e)) as { statusCode?: number; type?: string }
  t.equal(error.statusCode, 401)
  t.equal(error.type, 'security_exception')
})

t.test('the options table matches the defaults in the code', async (t) => {
  const table = new Map(
    [...markdown.matchAll(/^\| `(\w+)`[^|]*\| ([^|]+) \|/gm)].map((m) => [
      m[1] as string,
      (m[2] as string).trim(),
    ]),
  )
  for (const [name, value] of Object.entries(CLIENT_DEFAULTS)) {
    const expected = typeof value === 'string' ? `\`'${value}'\`` : `\`${String(value)}\``
    t.equal(table.get(name), expected, name)
  }
})

t.test('every client option has a row in the options table', async (t) => {
  // `node` and `nodes` share a row (`node` / `nodes`); every other row starts with its option's name.
  const rows = [...markdown.matchAll(/^\| `(\w+)`(?: \/ `(\w+)`)? \|/gm)].flatMap((m) => m.slice(1).filter(Boolean))
  for (const name of CLIENT_OPTION_NAMES) t.ok(rows.includes(name), `docs/connecting.md has a row for ${name}`)
})
