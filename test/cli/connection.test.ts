import t from 'tap'
import { deadPort, fakeElasticsearch, runCli } from '../support/run-cli.js'

// The tests are independent (each its own port or server): side by side, tap buffering their output.
t.jobs = 4

t.test('an unreachable node: one line naming it, exit 3, no stack trace', async (t) => {
  const port = await deadPort()
  const commands = [['count', 'x'], ['dump', 'x'], ['info'], ['load', '-', '--index', 'x'], ['reindex', 'a', 'b']]
  const runs = commands.map((args) => runCli([...args, '--node', `http://127.0.0.1:${port}`], { stdin: '{"a":1}\n' }))
  for (const [i, r] of (await Promise.all(runs)).entries()) {
    t.equal(r.code, 3, `${commands[i]![0]}: ${r.stderr}`)
    t.equal(
      r.stderr,
      `elastream: cannot reach Elasticsearch at http://127.0.0.1:${port}: connection refused. Is it running? Set --node or ELASTICSEARCH_URL\n`,
    )
  }
})

t.test('the node URL comes from ELASTICSEARCH_URL, and its credentials are never shown', async (t) => {
  const port = await deadPort()
  const r = await runCli(['count', 'x'], {
    env: { ELASTICSEARCH_URL: `http://admin:s3cret@127.0.0.1:${port}` },
  })
  t.equal(r.code, 3)
  t.match(r.stderr, `127.0.0.1:${port}`)
  t.notMatch(r.stderr, /s3cret|admin/)
})

t.test('bad credentials: one line saying what to check, exit 4', async (t) => {
  const seen: Array<string | undefined> = []
  const fake = await fakeElasticsearch((req, res) => {
    seen.push(req.headers.authorization)
    res.statusCode = 401
    res.setHeader('content-type', 'application/json')
    res.setHeader('www-authenticate', 'Basic realm="security", charset="UTF-8"')
    res.end(
      JSON.stringify({
        error: {
          root_cause: [
            {
              type: 'security_exception',
              reason: 'unable to authenticate user [bob] for REST request [/_count]',
            },
          ],
          type: 'security_exception',
          reason: 'unable to authenticate user [bob] for REST request [/_count]',
        },
        status: 401,
      }),
    )
  })
  t.teardown(() => fake.close())
  const r = await runCli(['count', 'logs', '--node', fake.url, '--user', 'bob:wrong'])
  t.equal(r.code, 4)
  t.equal(
    r.stderr,
    `elastream: authentication failed at ${fake.url}: check --user / --api-key (or ELASTICSEARCH_PASSWORD / ELASTICSEARCH_API_KEY)\n`,
  )
  t.equal(seen[0], `Basic ${Buffer.from('bob:wrong').toString('base64')}`, 'the credentials were sent')

  const viaEnv = await runCli(['load', '-', '--index', 'x', '--node', fake.url, '--user', 'bob'], {
    env: { ELASTICSEARCH_PASSWORD: 'from-env' },
    stdin: '{"a":1}\n',
  })
  t.equal(viaEnv.code, 4)
  t.equal(seen.at(-1), `Basic ${Buffer.from('bob:from-env').toString('base64')}`)

  const apiKey = await runCli(['info', '--node', fake.url, '--api-key', 'a2V5'])
  t.equal(apiKey.code, 4)
  t.equal(seen.at(-1), 'ApiKey a2V5')
})

t.test('a user without a password is told where to put one, never prompted', async (t) => {
  const r = await runCli(['count', 'x', '--user', 'bob'], { env: { ELASTICSEARCH_PASSWORD: undefined } })
  t.equal(r.code, 2)
  t.equal(
    r.stderr,
    'elastream: --user bob has no password: use --user bob:PASSWORD or set ELASTICSEARCH_PASSWORD\n',
  )
})

t.test('403 names the missing privilege', async (t) => {
  const fake = await fakeElasticsearch((_req, res) => {
    res.statusCode = 403
    res.setHeader('content-type', 'application/json')
    res.end(
      JSON.stringify({
        error: {
          type: 'security_exception',
          reason: 'action [indices:data/read/search] is unauthorized for user [bob]',
        },
        status: 403,
      }),
    )
  })
  t.teardown(() => fake.close())
  const r = await runCli(['dump', 'logs', '--node', fake.url])
  t.equal(r.code, 4)
  t.match(
    r.stderr,
    /^elastream: not allowed at \S+: action \[indices:data\/read\/search\] is unauthorized for user \[bob\]; /,
  )
})

t.test('a bad --node and an unreadable --ca are usage errors', async (t) => {
  const [url, ca] = await Promise.all([
    runCli(['count', 'x', '--node', 'localhost:9200']),
    runCli(['count', 'x', '--ca', '/nonexistent/ca.pem']),
  ])
  t.equal(url.code, 2)
  t.match(url.stderr, /--node must be an http:\/\/ or https:\/\/ URL/)
  t.equal(ca.code, 2)
  t.match(ca.stderr, /--ca \/nonexistent\/ca\.pem: cannot read it \(ENOENT\)/)
})
