// No credential on the CLI's stdout or stderr, whatever goes wrong: every command, every place a secret can
// be given (a node URL with and without a scheme, --to, --user, --api-key, the environment), against every
// kind of failure a user meets (nothing listening, a timeout, 401, a body that is not JSON, a server that is
// not Elasticsearch, a server that echoes the URL back in its error), with and without ELASTREAM_DEBUG (which
// prints stacks and causes). test/transport/credential-sweep.test.ts does the same for the library's errors
// and events; this is the built CLI as a user runs it.
import type { ServerResponse } from 'node:http'
import t, { type Test } from 'tap'
import { sendJson, startServer, type TestServer } from '../support/local-servers.js'
import { type CliResult, deadPort, runCli } from '../support/run-cli.js'

const PASSWORD = 'S3cr3tCliPass'
const ODD = ['S3cr3t@AtCli', 'S3cr3t:ColonCli', 'S3cr3t/SlashCli', 'S3cr3t#HashCli']
const USER_PASSWORD = 'S3cr3tUserFlag'
const ENV_PASSWORD = 'S3cr3tEnvPass'
const API_KEY = 'S3cr3tApiKeyCli'
const ENV_API_KEY = 'S3cr3tEnvApiKey'
const TO_PASSWORD = 'S3cr3tToPass'
const b64 = (s: string) => Buffer.from(s).toString('base64')
const SECRETS = [PASSWORD, ...ODD, USER_PASSWORD, ENV_PASSWORD, API_KEY, ENV_API_KEY, TO_PASSWORD].flatMap((s) => [
  s,
  encodeURIComponent(s),
  b64(`elastic:${s}`),
])

interface Credentials {
  label: string
  /** The node as given: `host` is replaced by 127.0.0.1:port. */
  node: string
  /** Exit code against a closed port: 3 (unreachable), or 2 when the URL has no scheme (a usage error). */
  unreachable: 2 | 3
  args?: string[]
  env?: Record<string, string>
}

const CREDENTIALS: Credentials[] = [
  { label: 'URL with a scheme', node: `http://elastic:${PASSWORD}@host`, unreachable: 3 },
  { label: '--user NAME:PASS', node: 'http://host', unreachable: 3, args: ['--user', `elastic:${USER_PASSWORD}`] },
  { label: '--api-key', node: 'http://host', unreachable: 3, args: ['--api-key', API_KEY] },
  { label: 'URL without a scheme', node: `elastic:${PASSWORD}@host`, unreachable: 2 },
  {
    label: '--user NAME + ELASTICSEARCH_PASSWORD',
    node: 'http://host',
    unreachable: 3,
    args: ['--user', 'elastic'],
    env: { ELASTICSEARCH_PASSWORD: ENV_PASSWORD },
  },
  { label: 'ELASTICSEARCH_API_KEY', node: 'http://host', unreachable: 3, env: { ELASTICSEARCH_API_KEY: ENV_API_KEY } },
  ...ODD.slice(0, 2).map((pw) => ({
    label: `URL without a scheme, password ${JSON.stringify(pw)}`,
    node: `elastic:${pw}@host`,
    unreachable: 2 as const,
  })),
  ...ODD.slice(0, 2).map((pw) => ({
    label: `URL with a scheme, password ${JSON.stringify(pw)} encoded`,
    node: `http://elastic:${encodeURIComponent(pw)}@host`,
    unreachable: 3 as const,
  })),
]

/** Each command with `node` in the place it takes it (ELASTICSEARCH_URL for one, to cover the environment). */
const COMMANDS: Array<{ label: string; args: (node: string) => string[]; env?: (node: string) => Record<string, string> }> = [
  { label: 'info', args: (node) => ['info', '--node', node] },
  { label: 'count', args: (node) => ['count', 'idx', '--node', node] },
  { label: 'load', args: (node) => ['load', '-', '--index', 'idx', '--node', node] },
  { label: 'dump', args: (node) => ['dump', 'idx', '--node', node] },
  { label: 'reindex', args: (node) => ['reindex', 'a', 'b', '--node', node] },
  { label: 'info via ELASTICSEARCH_URL', args: () => ['info'], env: (node) => ({ ELASTICSEARCH_URL: node }) },
]

function clean(t: Test, r: CliResult, label: string) {
  const out = `${r.stdout}\n${r.stderr}`
  t.same(
    SECRETS.filter((s) => out.includes(s)),
    [],
    `${label}: no secret in stdout or stderr (exit ${r.code}: ${r.stderr.split('\n')[0]})`,
  )
  t.not(r.code, 0, `${label}: a failure exit code`)
}

/** --timeout for a server that answers: a bound that a loaded machine never reaches. */
const ANSWERING_TIMEOUT_MS = 1500
/** --timeout for the server that never answers: every attempt waits it out (4 attempts for a read). */
const SILENT_TIMEOUT_MS = 200

async function run(
  node: string,
  cmd: (typeof COMMANDS)[number],
  c: Credentials,
  debug: boolean,
  timeoutMs = ANSWERING_TIMEOUT_MS,
) {
  return runCli([...cmd.args(node), ...(c.args ?? []), '--timeout', String(timeoutMs)], {
    stdin: '{"a":1}\n',
    env: {
      ELASTICSEARCH_URL: undefined,
      ELASTICSEARCH_PASSWORD: undefined,
      ELASTICSEARCH_API_KEY: undefined,
      ...c.env,
      ...cmd.env?.(node),
      ELASTREAM_DEBUG: debug ? '1' : '',
    },
  })
}

/** At most `n` CLI processes at once: the machine is small. */
async function inBatches<T>(jobs: Array<() => Promise<T>>, n = 4): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < jobs.length; i += n) out.push(...(await Promise.all(jobs.slice(i, i + n).map((j) => j()))))
  return out
}

// The four groups below are independent: they run side by side (tap buffers their output), each CLI process
// mostly waiting on a port or a timer.
t.jobs = 4

// One CLI process is most of a second of CPU: each credential form once, the commands taking turns.
t.test('nothing listening: every way of giving credentials, the commands taking turns', async (t) => {
  const port = await deadPort()
  const host = `127.0.0.1:${port}`
  const jobs = CREDENTIALS.map((c, i) => async () => {
    const cmd = COMMANDS[i % COMMANDS.length]!
    return { label: `${cmd.label}, ${c.label}`, c, r: await run(c.node.replace('host', host), cmd, c, i % 3 === 0) }
  })
  for (const { label, c, r } of await inBatches(jobs)) {
    clean(t, r, label)
    t.equal(r.code, c.unreachable, `${label}: exit ${c.unreachable}`)
    t.match(r.stderr, host, `${label}: the message still says where`)
  }
})

/** Servers that fail in the ways a user meets. */
const FAILURES: Record<string, (res: ServerResponse, url: string) => void> = {
  '401': (res) =>
    sendJson(res, 401, { error: { type: 'security_exception', reason: 'unable to authenticate user [elastic]' }, status: 401 }),
  'not JSON': (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
    res.end('<html>proxy error</html>')
  },
  'not Elasticsearch': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"name":"something else"}')
  },
  'too slow': () => {
    // never answers: the --timeout (SILENT_TIMEOUT_MS) fires
  },
  // A proxy quoting the URL it was asked for, credentials included: echoed text, redacted like any other.
  'echoes a URL with credentials': (res, url) =>
    sendJson(res, 502, {
      error: { type: 'proxy_exception', reason: `upstream refused http://elastic:${PASSWORD}@127.0.0.1${url}` },
      status: 502,
    }),
}

t.test('failing servers: 401, not JSON, not Elasticsearch, too slow, echoing; with and without debug', async (t) => {
  const servers: TestServer[] = []
  t.teardown(() => Promise.all(servers.map((s) => s.close())))
  const jobs: Array<() => Promise<{ label: string; r: CliResult }>> = []
  for (const [kind, answer] of Object.entries(FAILURES)) {
    const server = await startServer((req, res) => answer(res, req.url ?? ''))
    servers.push(server)
    const host = `127.0.0.1:${server.port}`
    // Twice per failure: credentials in the URL, then in a flag, with debug output once.
    for (const [i, c] of [CREDENTIALS[0]!, CREDENTIALS[1 + (jobs.length % 2)]!].entries()) {
      const cmd = COMMANDS[(jobs.length + i) % 5]!
      const debug = i === 1
      jobs.push(async () => ({
        label: `${kind}, ${cmd.label}, ${c.label}${debug ? ', ELASTREAM_DEBUG=1' : ''}`,
        r: await run(c.node.replace('host', host), cmd, c, debug, kind === 'too slow' ? SILENT_TIMEOUT_MS : undefined),
      }))
    }
  }
  for (const { label, r } of await inBatches(jobs)) clean(t, r, label)
})

t.test('reindex --to with its own credentials, unreachable', async (t) => {
  const port = await deadPort()
  const to = [`elastic:${TO_PASSWORD}@127.0.0.1:${port}`, `http://elastic:${TO_PASSWORD}@127.0.0.1:${port}`]
  const source = await startServer((_req, res) => sendJson(res, 404, { error: { type: 'index_not_found_exception', reason: 'no such index [a]', index: 'a' }, status: 404 }))
  t.teardown(() => source.close())
  const runs = to.map((dest) =>
    runCli(['reindex', 'a', 'b', '--node', source.url, '--to', dest, '--timeout', String(ANSWERING_TIMEOUT_MS)], {
      env: { ELASTICSEARCH_URL: undefined },
    }),
  )
  for (const [i, r] of (await Promise.all(runs)).entries()) {
    clean(t, r, `--to ${to[i]!.startsWith('http') ? 'with' : 'without'} a scheme`)
  }
})

t.test('malformed node URLs with credentials: the usage error does not repeat them', async (t) => {
  const bad = [`elastic:${PASSWORD}@`, `http://elastic:${PASSWORD}@[::1`, `http://elastic:${PASSWORD}@host:99999`, `ftp://elastic:${PASSWORD}@127.0.0.1:21`]
  const runs = await Promise.all(bad.map((node) => runCli(['info', '--node', node], { env: { ELASTICSEARCH_URL: undefined } })))
  for (const [i, r] of runs.entries()) {
    clean(t, r, `--node ${bad[i]!.replace(PASSWORD, '***')}`)
    t.equal(r.code, 2, 'a usage error')
  }
})
