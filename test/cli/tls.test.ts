import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { esLike, selfSigned, sendJson, startServer } from '../support/local-servers.js'
import { runCli } from '../support/run-cli.js'

// A local https server with a self-signed certificate: what a fresh secured cluster looks like.
const { key, cert } = selfSigned()
const caFile = join(mkdtempSync(join(tmpdir(), 'elastream-cli-tls-')), 'ca.pem')
writeFileSync(caFile, cert)

t.test(
  'https with a self-signed certificate: refused with a hint, accepted with --ca or --insecure',
  async (t) => {
    const base = esLike('tls')
    const server = await startServer(
      (req, res, body) => {
        if (req.url?.includes('/_count')) return sendJson(res, 200, { count: 42 })
        return base(req, res, body)
      },
      { key, cert },
    )
    t.teardown(() => server.close())

    const refused = await runCli(['count', 'logs', '--node', server.url])
    t.equal(refused.code, 3)
    t.match(
      refused.stderr,
      /^elastream: cannot reach Elasticsearch at https:\/\/127\.0\.0\.1:\d+: self-signed certificate \(use --ca FILE, or --insecure for testing\)/,
    )

    const withCa = await runCli(['count', 'logs', '--node', server.url, '--ca', caFile])
    t.equal(withCa.code, 0, withCa.stderr)
    t.equal(withCa.stdout, '42\n')

    const insecure = await runCli(['count', 'logs', '--node', server.url, '--insecure'])
    t.equal(insecure.code, 0, insecure.stderr)
    t.equal(insecure.stdout, '42\n')
  },
)
