// The CLI signs with AWS SigV4 (--aws-region/--aws-service, keys from the usual AWS_* variables): load, dump
// and reindex through the stand-in AWS endpoint that verifies every signature before the real node sees it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { startStandIn } from '../support/aws-stand-in.js'
import { count, drop, esUrl } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const REGION = 'ap-southeast-2'
const KEY_ID = 'AKIDCLITEST'
const SECRET = 'S3cr3t-cli-aws-key'
const TOKEN = 'S3ssion-cli-aws-token'
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-aws-'))
const awsEnv = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN, AWS_REGION: '', AWS_DEFAULT_REGION: '', ELASTICSEARCH_URL: '' }

t.test('load, dump and reindex signed: every request verified', async (t) => {
  const server = await startStandIn({
    target: esUrl,
    region: REGION,
    service: 'aoss',
    keys: new Map([[KEY_ID, { secretAccessKey: SECRET, sessionToken: TOKEN }]]),
  })
  t.teardown(() => server.close())
  const index = uniqueName('aws-load')
  const copy = uniqueName('aws-copy')
  t.teardown(() => drop(index, copy))
  const file = join(dir, 'docs.ndjson')
  writeFileSync(file, Array.from({ length: 1200 }, (_, n) => `${JSON.stringify({ id: `d${n}`, n })}\n`).join(''))
  const flags = ['--node', server.url, '--aws-region', REGION, '--aws-service', 'aoss']

  const load = await runCli(['load', file, '--index', index, '--id-field', 'id', '--batch', '500', ...flags], { env: awsEnv })
  t.equal(load.code, 0, load.stderr)
  t.equal(await count(index), 1200)
  const dump = await runCli(['dump', index, ...flags], { env: awsEnv })
  t.equal(dump.code, 0, dump.stderr)
  t.equal(dump.stdout.trim().split('\n').length, 1200, 'dumped every document')
  const reindex = await runCli(['reindex', index, copy, ...flags, '--to', server.url], { env: { ...awsEnv, AWS_REGION: REGION } })
  t.equal(reindex.code, 0, reindex.stderr)
  t.equal(await count(copy), 1200, 'reindexed through the signed --to as well')

  t.same(server.refused().map((r) => r.verdict), [], 'no request refused')
  t.ok(server.seen.length >= 8, `${server.seen.length} requests verified`)
  t.ok(server.seen.every((s) => s.headers['x-amz-security-token'] === TOKEN), 'the session token from AWS_SESSION_TOKEN')
  for (const r of [load, dump, reindex]) t.notMatch(r.stderr + r.stdout.slice(0, 1000), new RegExp(`${SECRET}|${TOKEN}`))
})

t.test('a refused signature: one line naming AWS, no secret; bad flags named', async (t) => {
  const server = await startStandIn({ target: esUrl, region: REGION, service: 'es', keys: new Map([[KEY_ID, { secretAccessKey: 'not-this-one', sessionToken: TOKEN }]]) })
  t.teardown(() => server.close())
  const r = await runCli(['count', 'x', '--node', server.url, '--aws-region', REGION], { env: awsEnv })
  t.not(r.code, 0)
  t.match(r.stderr, /^elastream: AWS refused the signed request to POST \/x\/_count at http:\/\/127\.0\.0\.1:\d+\/: InvalidSignatureException: The request signature we calculated does not match.*; check --aws-region, --aws-service and the AWS credentials\n$/)
  t.notMatch(r.stderr, new RegExp(`${SECRET}|${TOKEN}`), 'AWS quoted the token; the CLI does not')
  t.equal(r.stderr.trim().split('\n').length, 1, 'one line')

  const noRegion = await runCli(['count', 'x', '--node', server.url, '--aws-service', 'es'], { env: awsEnv })
  t.match(noRegion.stderr, /AWS signing needs a region: pass --aws-region REGION or set AWS_REGION/)
  const both = await runCli(['count', 'x', '--node', server.url, '--aws-region', REGION, '--user', 'elastic:pw'], { env: awsEnv })
  t.match(both.stderr, /--aws-region\/--aws-service and --user both given: pick one/)
  const service = await runCli(['count', 'x', '--node', server.url, '--aws-region', REGION, '--aws-service', 'lambda'], { env: awsEnv })
  t.match(service.stderr, /auth\.aws\.service must be "es" .* or "aoss" .*got "lambda"/)
})
