import t from 'tap'
import { CliError, describeError, ExitCode, InterruptedError } from '../../src/cli/errors.js'
import {
  ConfigurationError,
  ConnectionError,
  ParseError,
  ResponseError,
  TimeoutError,
} from '../../src/errors.js'

const node = 'http://127.0.0.1:9200'

t.test('each error class maps to one line and its exit code', async (t) => {
  const refused = new ConnectionError('connect failed', {
    cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
  })
  t.same(describeError(refused, { node }), {
    message: `cannot reach Elasticsearch at ${node}: connection refused. Is it running? Set --node or ELASTICSEARCH_URL`,
    exitCode: ExitCode.connection,
  })
  t.equal(describeError(new TimeoutError('after 30000 ms'), { node }).exitCode, ExitCode.connection)
  t.equal(describeError(new ConfigurationError('bad --x')).exitCode, ExitCode.usage)
  t.equal(describeError(new InterruptedError('interrupted')).exitCode, 130)
  t.same(describeError(new CliError('custom', 7)), { message: 'custom', exitCode: 7 })
})

t.test('401 and 403 say what to check, without echoing secrets', async (t) => {
  const unauthorized = new ResponseError(401, {
    error: { type: 'security_exception', reason: 'unable to authenticate user [bob]' },
  })
  const d = describeError(unauthorized, { node })
  t.equal(d.exitCode, ExitCode.auth)
  t.match(d.message, /authentication failed at http:\/\/127\.0\.0\.1:9200: check --user \/ --api-key/)
  const forbidden = new ResponseError(403, {
    error: { type: 'security_exception', reason: 'action [indices:data/read] is unauthorized' },
  })
  t.match(
    describeError(forbidden, { node }).message,
    /not allowed at .*: action \[indices:data\/read\] is unauthorized/,
  )
})

t.test('a missing index is named, from the body or the context', async (t) => {
  const body = { error: { type: 'index_not_found_exception', reason: 'no such index [logs]', index: 'logs' } }
  t.same(describeError(new ResponseError(404, body), { node }), {
    message: `index "logs" does not exist at ${node}`,
    exitCode: ExitCode.notFound,
  })
  const bare = new ResponseError(404, {
    error: { type: 'index_not_found_exception', reason: 'no such index' },
  })
  t.match(describeError(bare, { index: 'other' }).message, /index "other" does not exist/)
})

t.test('other statuses show type and reason', async (t) => {
  const e = new ResponseError(400, { error: { type: 'parsing_exception', reason: 'unknown query [mtch]' } })
  t.same(describeError(e, { node }), {
    message: `Elasticsearch at ${node} answered 400 parsing_exception: unknown query [mtch]`,
    exitCode: ExitCode.failed,
  })
})

t.test("a proxy's answer is described by what answered, not as Elasticsearch's", async (t) => {
  const foreign = { expected: 'Elasticsearch', node, answeredBy: 'server "nginx" (content-type text/html, 9 bytes): "<h1>x</h1>"' } as const
  for (const status of [403, 404, 413, 502]) {
    const d = describeError(new ResponseError(status, '<h1>x</h1>', {}, 'to POST /_bulk', foreign), { node })
    t.equal(d.message, `Not from Elasticsearch: ${status} to POST /_bulk at ${node} came from ${foreign.answeredBy}`)
    t.equal(d.exitCode, ExitCode.failed)
  }
})

t.test('parse errors name the line once; file errors name the file', async (t) => {
  t.equal(describeError(new ParseError('bad token', 7)).message, 'input is not valid JSON: line 7: bad token')
  t.equal(
    describeError(new ParseError('JSON array element 3: x', 3)).message,
    'input is not valid JSON: JSON array element 3: x',
  )
  const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x.json'"), {
    code: 'ENOENT',
    path: 'x.json',
  })
  t.same(describeError(enoent), { message: 'x.json: no such file', exitCode: ExitCode.failed })
})

t.test('anything else is one line too, pointing at ELASTREAM_DEBUG', async (t) => {
  const d = describeError(new TypeError('boom'))
  t.equal(d.message, 'unexpected error: boom (ELASTREAM_DEBUG=1 shows the stack)')
  t.notMatch(d.message, /\n/)
})
