// auth.aws against a stand-in AWS endpoint (test/support/aws-stand-in.ts) that verifies every signature with
// an independent verifier and forwards what it accepts to the real node: searches, gzip bulk, scan and the
// helpers, OpenSearch Serverless's x-amz-content-sha256, credentials renewed before they expire, a clock the
// server finds off, an expired session token, retries signed again, the product check and sniffing signed too,
// and no secret in any error or event.
import diagnostics from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import t, { type Test } from 'tap'
import { bulk, Client, ConfigurationError, CredentialsError, msearch, ResponseError, scan } from '../../src/index.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { type StandIn, startStandIn } from '../support/aws-stand-in.js'
import { startServer } from '../support/local-servers.js'
import { formatAmzDate, verifySigV4 } from '../support/sigv4-verifier.js'
import { esUrl } from '../support/es-url.js'
import { client as esClient, deleteIndex, uniqueIndex } from '../support/es.js'

const REGION = 'eu-west-1'
const KEY = { accessKeyId: 'AKIDELASTREAMTEST', secretAccessKey: 'S3cr3tAwsKey/elastream+test' }
const TOKEN_1 = 'S3ssionT0ken-one-elastream-test'
const TOKEN_2 = 'S3ssionT0ken-two-elastream-test'
const SECRETS = [KEY.secretAccessKey, TOKEN_1, TOKEN_2].flatMap((s) => [s, encodeURIComponent(s)])

const es = esClient()
t.teardown(() => es.close())

const events: unknown[] = []
for (const name of Object.values(CHANNELS)) {
  const fn = (message: unknown) => events.push(message)
  diagnostics.subscribe(name, fn)
  t.teardown(() => diagnostics.unsubscribe(name, fn))
}

function keys(entries: Array<[string, { secretAccessKey: string; sessionToken?: string; expired?: boolean }]> = [[KEY.accessKeyId, { secretAccessKey: KEY.secretAccessKey }]]) {
  return new Map(entries)
}

async function standIn(t: Test, options: Partial<Parameters<typeof startStandIn>[0]> = {}): Promise<StandIn> {
  const server = await startStandIn({ target: esUrl, region: REGION, service: 'es', keys: keys(), ...options })
  t.teardown(() => server.close())
  return server
}

function secretsIn(value: unknown): string[] {
  const text = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 20, showHidden: true })].join('\n')
  return SECRETS.filter((s) => text.includes(s))
}

t.test('search, gzip bulk, scan, bulk(), msearch: every request verified, none refused', async (t) => {
  const server = await standIn(t)
  const client = new Client({ node: server.url, compression: true, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => client.close())
  const index = uniqueIndex('aws')
  t.teardown(() => deleteIndex(es, index))

  await client.indices.create({ index, settings: { number_of_shards: 2, number_of_replicas: 0 } })
  // Ids with characters that must be encoded in the path: the canonical URI is the wire path encoded again.
  await client.index({ index, id: 'a b/c?d=e*f%', document: { n: -1, word: 'odd id' }, refresh: true })
  t.equal((await client.get<{ word: string }>({ index, id: 'a b/c?d=e*f%' }))._source?.word, 'odd id', 'an id that needs encoding')
  const stats = await bulk(client, Array.from({ length: 3000 }, (_, n) => ({ n, word: `w${n % 7}` })), { index, refresh: 'wait_for', flushDocs: 1000 })
  t.equal(stats.successful, 3000, 'bulk() indexed every document')
  const found = await client.search({ index, query: { term: { word: 'w3' } }, size: 0, track_total_hits: true })
  t.equal((found.hits.total as { value: number }).value, 429, 'search')
  let scanned = 0
  for await (const _hit of scan(client, { index, size: 500 })) scanned++
  t.equal(scanned, 3001, 'scan read every document')
  const ms = msearch(client, { index })
  const answers = await Promise.all([0, 1, 2].map((i) => ms.search({ query: { term: { n: i } }, size: 1 })))
  await ms.close()
  t.same(answers.map((a) => a.hits.hits.length), [1, 1, 1], 'msearch')
  const raw = await client.msearch({ searches: [{ index }, { query: { match_all: {} }, size: 0 }] })
  t.equal(raw.responses.length, 1, 'client.msearch (an NDJSON body)')

  t.same(server.refused().map((r) => r.verdict), [], 'no request was refused')
  t.ok(server.seen.length >= 10, `${server.seen.length} requests, each verified`)
  const gzipBulk = server.seen.filter((s) => s.url.includes('/_bulk') && s.headers['content-encoding'] === 'gzip' && s.bodyBytes > 0)
  t.ok(gzipBulk.length >= 3, `${gzipBulk.length} gzip bulk bodies, verified over their compressed bytes`)
  t.ok(server.seen.every((s) => typeof s.headers['x-amz-content-sha256'] === 'string'), 'every request states its payload hash')
})

t.test("service 'aoss': x-amz-content-sha256 on every request, which the stand-in requires", async (t) => {
  const server = await standIn(t, { service: 'aoss' })
  const client = new Client({ node: server.url, auth: { aws: { region: REGION, service: 'aoss', credentials: KEY } } })
  t.teardown(() => client.close())
  const index = uniqueIndex('aoss')
  t.teardown(() => deleteIndex(es, index))
  await client.bulk({ index, operations: [{ index: { _id: '1' } }, { a: 1 }], refresh: true })
  t.equal((await client.count({ index })).count, 1)
  t.same(server.refused().map((r) => r.verdict), [])
  t.ok(server.seen.every((s) => (s.verdict.ok ? s.verdict.signedHeaders.includes('x-amz-content-sha256') : false)), 'signed too')
})

t.test('a provider: asked once, then again 5 minutes before the credentials expire', async (t) => {
  const server = await standIn(t, {
    keys: keys([
      ['AKIDONE', { secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1 }],
      ['AKIDTWO', { secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_2 }],
    ]),
  })
  let calls = 0
  const credentials = async () => {
    calls++
    return calls === 1
      ? { accessKeyId: 'AKIDONE', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1, expiration: new Date(Date.now() + 60 * 60_000) }
      : { accessKeyId: 'AKIDTWO', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_2, expiration: new Date(Date.now() + 4 * 60_000) }
  }
  const client = new Client({ node: server.url, auth: { aws: { region: REGION, credentials } } })
  t.teardown(() => client.close())
  // Requests other than GET /: the shared test node's root may be unavailable while other suites run.
  await Promise.all([client.cluster.health(), client.cluster.health(), client.cluster.health()])
  t.equal(calls, 1, 'three concurrent requests, one call')
  // Make the kept credentials expire within the window: the next request asks again.
  const source = (client.transport.settings.signer as unknown as { credentials: { current: { expiration: Date } } }).credentials
  source.current.expiration = new Date(Date.now() + 2 * 60_000)
  await client.cluster.health()
  t.equal(calls, 2, 'renewed before expiry')
  await client.cluster.health()
  t.equal(calls, 3, 'credentials that expire within 5 minutes are asked for again each time')
  t.same(server.refused().map((r) => r.verdict), [])
  t.same(server.seen.map((s) => s.headers['x-amz-security-token']), [TOKEN_1, TOKEN_1, TOKEN_1, TOKEN_2, TOKEN_2])
})

t.test('a server whose clock is 10 minutes ahead: one refusal, signed again by its Date, then none', async (t) => {
  const server = await standIn(t, { clockOffsetMs: 10 * 60_000 })
  const client = new Client({ node: server.url, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => client.close())
  const index = uniqueIndex('skew')
  t.teardown(() => deleteIndex(es, index))
  // A POST that is not idempotent: the refusal proves it was not applied, so sending it again is safe.
  const created = await client.index({ index, document: { a: 1 }, refresh: true }, { meta: true })
  t.equal(created.statusCode, 201)
  t.equal(created.meta.attempts, 1, 'one attempt: signing again is part of it, not a retry')
  t.equal(server.refused().length, 1, 'refused once')
  t.match(server.refused()[0]!.verdict, { ok: false, message: /^Signature expired/ })
  await client.count({ index })
  t.equal(server.refused().length, 1, 'the next request is signed with the corrected clock')
  t.equal((await es.count({ index })).count, 1, 'written once')
})

t.test('a server that keeps saying the signature expired: one more try, then a clear error (no loop)', async (t) => {
  let answered = 0
  const server = await startServer((_req, res) => {
    answered++
    const text = JSON.stringify({ message: `Signature expired: 20200101T000000Z is now earlier than 20200101T000500Z (20200101T001000Z - 5 min.)` })
    // Its Date moves on each time: re-signing by it never satisfies this server.
    res.writeHead(403, { 'content-type': 'application/json', date: new Date(Date.now() - answered * 3_600_000).toUTCString(), 'x-amzn-errortype': 'InvalidSignatureException' })
    res.end(text)
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url, maxRetries: 3, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => client.close())
  const error = await client.info().catch((e: unknown) => e)
  t.type(error, ResponseError)
  t.equal((error as ResponseError).statusCode, 403)
  t.match((error as Error).message, /InvalidSignatureException: Signature expired: .*this machine's clock.*synchronize/)
  t.equal(answered, 2, 'two requests, not one per retry or more')

  const noDate = await startServer((_req, res) => {
    res.sendDate = false
    res.writeHead(403, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ message: 'Signature not yet current: 20300101T000000Z is still later than 20200101T000500Z (20200101T000000Z + 5 min.)' }))
  })
  t.teardown(() => noDate.close())
  const other = new Client({ node: noDate.url, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => other.close())
  const second = await other.info().catch((e: unknown) => e)
  t.match((second as Error).message, /Signature not yet current.*had no Date to correct it by/)
  t.equal(noDate.requests.length, 1, 'without a Date there is nothing to correct by: not sent again')
})

t.test('an expired session token: the provider is asked again and the request signed again, once', async (t) => {
  const server = await standIn(t, {
    keys: keys([
      ['AKIDONE', { secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1, expired: true }],
      ['AKIDTWO', { secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_2 }],
    ]),
  })
  let calls = 0
  const client = new Client({
    node: server.url,
    auth: {
      aws: {
        region: REGION,
        credentials: async () => {
          calls++
          return calls === 1
            ? { accessKeyId: 'AKIDONE', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1 }
            : { accessKeyId: 'AKIDTWO', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_2 }
        },
      },
    },
  })
  t.teardown(() => client.close())
  const index = uniqueIndex('expired')
  t.teardown(() => deleteIndex(es, index))
  const answer = await client.index({ index, document: { a: 1 }, refresh: true }, { meta: true })
  t.equal(answer.statusCode, 201)
  t.equal(calls, 2, 'the provider was asked again')
  t.match(server.refused().map((r) => r.verdict), [{ ok: false, type: 'ExpiredTokenException' }])
  t.equal((await es.count({ index })).count, 1, 'written once')

  // Static credentials cannot be renewed: a clear error after one request.
  const stale = await standIn(t, { keys: keys([['AKIDONE', { secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1, expired: true }]]) })
  const fixed = new Client({ node: stale.url, auth: { aws: { region: REGION, credentials: { accessKeyId: 'AKIDONE', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1 } } } })
  t.teardown(() => fixed.close())
  const error = await fixed.info().catch((e: unknown) => e)
  t.type(error, ResponseError)
  t.match((error as Error).message, /ExpiredTokenException: The security token included in the request is expired \(static credentials cannot be renewed/)
  t.equal(stale.seen.length, 1)
  t.same(secretsIn(error), [])

  // A provider that keeps giving the expired token: one more try, then the error says so.
  const same = new Client({
    node: stale.url,
    auth: { aws: { region: REGION, credentials: async () => ({ accessKeyId: 'AKIDONE', secretAccessKey: KEY.secretAccessKey, sessionToken: TOKEN_1 }) } },
  })
  t.teardown(() => same.close())
  const again = await same.info().catch((e: unknown) => e)
  t.match((again as Error).message, /provider was asked again and gave no newer credentials/)
  t.equal(stale.seen.length, 2, 'one request: the renewal gave the same token, so nothing was sent again')
})

t.test('every retry is signed again with its own date', async (t) => {
  const dates: string[] = []
  const verdicts: boolean[] = []
  let n = 0
  const server = await startServer((req, res, body) => {
    const verdict = verifySigV4(
      { method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body },
      { region: REGION, service: 'es', keys: keys(), now: Date.now() },
    )
    verdicts.push(verdict.ok)
    dates.push(String(req.headers['x-amz-date']))
    n++
    // The first answer comes after more than a second, so the retry's date must differ.
    setTimeout(() => {
      res.writeHead(n === 1 ? 503 : 200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
      res.end('{"count":0}')
    }, n === 1 ? 1100 : 0)
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url, retryBackoff: 0, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => client.close())
  await client.count({ index: 'x' })
  t.same(verdicts, [true, true], 'both attempts verified')
  t.equal(dates.length, 2)
  t.not(dates[0], dates[1], `fresh date on the retry (${dates.join(', ')})`)
  t.ok(dates[0]! <= formatAmzDate(Date.now()), 'dates are now, not the future')
})

t.test('the product check before a write and sniffing are signed', async (t) => {
  const first = await standIn(t)
  const second = await standIn(t)
  const client = new Client({ nodes: [first.url, second.url], auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => client.close())
  const index = uniqueIndex('aws-product')
  t.teardown(() => deleteIndex(es, index))
  await client.cluster.health()
  await client.index({ index, id: '1', document: { a: 1 } })
  await client.index({ index, id: '2', document: { a: 2 } })
  const checks = [...first.seen, ...second.seen].filter((s) => s.method === 'GET' && s.url === '/')
  t.ok(checks.length >= 1, `GET / asked ${checks.length} times`)
  t.ok(second.seen.some((s) => s.method === 'GET' && s.url === '/'), 'the second node was checked before a write was sent to it')
  t.equal(client.transport.settings.signer === undefined, false)
  const sniffClient = new Client({ node: first.url, auth: { aws: { region: REGION, credentials: KEY } } })
  t.teardown(() => sniffClient.close())
  const before = first.seen.length
  await sniffClient.transport.sniff()
  t.match(first.seen.slice(before), [{ url: '/_nodes/_all/http', verdict: { ok: true } }], 'the sniff request was signed')
  t.same([...first.refused(), ...second.refused()].map((r) => r.verdict), [])
})

t.test('no secret in an error, its body or any event, even when AWS quotes the canonical request', async (t) => {
  const server = await standIn(t, { keys: keys([[KEY.accessKeyId, { secretAccessKey: 'another-secret', sessionToken: TOKEN_1 }]]) })
  const client = new Client({ node: server.url, auth: { aws: { region: REGION, credentials: { ...KEY, sessionToken: TOKEN_1 } } } })
  t.teardown(() => client.close())
  const error = await client.search({ index: 'x', query: { match_all: {} } }).catch((e: unknown) => e)
  t.type(error, ResponseError)
  t.match((error as Error).message, /^AWS refused the signed request to POST \/x\/_search at http:\/\/127\.0\.0\.1:\d+\/: InvalidSignatureException: The request signature we calculated does not match/)
  t.match(server.refused()[0]!.verdict, { ok: false, message: new RegExp(TOKEN_1) }, 'the stand-in did quote the token, as AWS does')
  t.same(secretsIn(error), [], 'not in the error, its message or its body')
  t.match(JSON.stringify((error as ResponseError).body), /x-amz-security-token:\[redacted\]/)

  const failing = new Client({
    node: server.url,
    auth: { aws: { region: REGION, credentials: async () => Promise.reject(new Error(`no credentials for ${KEY.accessKeyId}`)) } },
  })
  t.teardown(() => failing.close())
  const before = server.seen.length
  const refused = await failing.info().catch((e: unknown) => e)
  t.type(refused, CredentialsError)
  t.match((refused as Error).message, /auth\.aws\.credentials: the credentials provider failed: Error: no credentials/)
  t.equal(server.seen.length, before, 'nothing was sent')
  const wrong = new Client({ node: server.url, auth: { aws: { region: REGION, credentials: async () => ({ accessKeyId: 'x' }) as never } } })
  t.teardown(() => wrong.close())
  t.match(await wrong.info().catch((e: unknown) => e), { name: 'CredentialsError', message: /resolved to an object without a non-empty secretAccessKey/ })

  t.ok(events.length > 20)
  t.same(secretsIn(events), [], `no secret in any of ${events.length} diagnostics events`)
})

t.test('bad auth.aws options: each refused at construction, naming the option and never a secret', async (t) => {
  const node = 'http://127.0.0.1:9'
  const cases: Array<[unknown, RegExp]> = [
    [{ aws: { credentials: KEY } }, /auth\.aws\.region must be an AWS region such as "us-east-1", got undefined/],
    [{ aws: { region: 'Frankfurt', credentials: KEY } }, /auth\.aws\.region must be an AWS region .*got "Frankfurt"/],
    [{ aws: { region: REGION, service: 'opensearch', credentials: KEY } }, /auth\.aws\.service must be "es" .* or "aoss" .*got "opensearch"/],
    [{ aws: { region: REGION, regoin: 'x', credentials: KEY } }, /regoin/],
    [{ aws: { region: REGION, credentials: { accessKeyId: 'x', secret: KEY.secretAccessKey } } }, /auth\.aws\.credentials: got an object without a non-empty secretAccessKey/],
    [{ aws: { region: REGION, credentials: KEY }, username: 'elastic' }, /auth cannot combine aws with "username"/],
    [{ aws: 'eu-west-1' }, /auth\.aws must be an object/],
  ]
  for (const [auth, message] of cases) {
    let error: unknown
    try {
      new Client({ node, auth: auth as never })
    } catch (e) {
      error = e
    }
    t.type(error, ConfigurationError, String(message))
    t.match((error as Error).message, message)
    t.same(secretsIn(error), [])
  }
  const parent = new Client({ node, auth: { username: 'elastic', password: 'x' } })
  t.teardown(() => parent.close())
  const child = parent.child({ auth: { aws: { region: REGION, credentials: KEY } } })
  t.equal(child.transport.settings.authorization, undefined, 'a child may sign instead')
  t.ok(child.transport.settings.signer)
  t.equal(new Client({ node: 'https://abc.eu-west-1.aoss.amazonaws.com', auth: { aws: { region: REGION, credentials: KEY } } }).transport.settings.signer?.service, 'aoss', 'aoss inferred from the host')
  t.equal(new Client({ node, auth: { aws: { region: REGION, credentials: KEY } } }).transport.settings.signer?.service, 'es', "'es' by default")
  t.equal(new Client({ node, auth: { aws: { region: REGION, credentials: KEY } } }).transport.settings.authorization, undefined)
})
