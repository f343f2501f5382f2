// Per-request options are checked before anything is sent: a wrong type is an error naming the option and the
// value, never a silently different request (requestTimeout: '5s' used to turn the timeout off).
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError } from '../../src/errors.js'
import { OFFICIAL_CLIENT_OPTIONS, OFFICIAL_REQUEST_OPTIONS } from '../../src/options/official-options.js'
import { checkRequestOptions } from '../../src/transport/request-options.js'
import { esLike, startServer } from '../support/local-servers.js'

t.test('each option with a wrong value: ConfigurationError naming it and the value, no request sent', async (t) => {
  const server = await startServer(esLike())
  const client = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const bad: Array<[Record<string, unknown>, RegExp]> = [
    [
      { requestTimeout: '5s' },
      /^Request option "requestTimeout" must be a whole number of milliseconds \(0 disables the timeout\) \(for 5 seconds write 5000\), got "5s"$/,
    ],
    [{ requestTimeout: -1 }, /"requestTimeout" must be a whole number of milliseconds .*got -1$/],
    [{ requestTimeout: Number.NaN }, /"requestTimeout" .*got NaN$/],
    [{ requestTimeout: 1.5 }, /"requestTimeout" .*got 1\.5$/],
    [{ maxRetries: '3' }, /^Request option "maxRetries" must be an integer >= 0, got "3"$/],
    [{ maxRetries: -1 }, /"maxRetries" must be an integer >= 0, got -1$/],
    [{ signal: {} }, /^Request option "signal" must be an AbortSignal, got an object$/],
    [{ signal: 'http://user:s3cret@x' }, /"signal" must be an AbortSignal, got "http:\/\/\[redacted\]@x"/],
    [{ headers: 'x-a: 1' }, /"headers" must be an object of header names to strings, got "x-a: 1"$/],
    [{ headers: { 'x-a': 1 } }, /"headers" must hold strings only; "x-a" is 1, got an object$/],
    [{ ignore: 404 }, /^Request option "ignore" must be an array of HTTP status codes .*got 404$/],
    [{ ignore: ['404'] }, /"ignore" .*got an array$/],
    [{ retry: true }, /^Request option "retry" must be 'safe' or 'always', got true$/],
    [{ meta: 'yes' }, /^Request option "meta" must be true or false, got "yes"$/],
    [{ asBuffer: 1 }, /"asBuffer" must be true or false, got 1$/],
    [{ compression: 'gzip' }, /"compression" must be true or false \(true is gzip; 'gzip' is how @elastic\/elasticsearch spells it\), got "gzip"$/],
    [{ opaqueId: 42 }, /^Request option "opaqueId" must be a string, got 42$/],
    [{ maxResponseSize: 0 }, /"maxResponseSize" must be an integer from 1 to \d+ \(bytes\), got 0$/],
    [{ requestTimout: 100 }, /^Unknown request option "requestTimout": did you mean "requestTimeout"\?/],
    [{ asStream: true }, /^Request option "asStream" \(from @elastic\/elasticsearch\) is not supported: use asBuffer: true/],
    [{ querystring: { q: 'x' } }, /"querystring" .*is not supported: put extra query parameters in the first argument/],
  ]
  for (const [options, message] of bad) {
    const error = await client.transport.request({ method: 'GET', path: '/' }, options as never).catch((e) => e)
    t.ok(error instanceof ConfigurationError, `${JSON.stringify(options)}: a ConfigurationError`)
    t.match(error.message, message, JSON.stringify(options))
    t.notMatch(error.message, /s3cret/, 'no credential echoed')
  }
  const viaApi = await client.search({ index: 'x' }, { requestTimeout: '5s' } as never).catch((e) => e)
  t.match(viaApi, { name: 'ConfigurationError', message: /"requestTimeout"/ }, 'through an API method too')
  t.equal(server.requests.length, 0, 'nothing was sent')
})

t.test('good options pass, undefined means the default', async (t) => {
  const server = await startServer(esLike())
  const client = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const res = await client.transport.request(
    { method: 'GET', path: '/' },
    {
      signal: new AbortController().signal,
      requestTimeout: 10_000,
      maxRetries: 2,
      retry: 'safe',
      headers: { 'x-a': '1' },
      ignore: [404],
      meta: true,
      opaqueId: 'job-1',
      compression: false,
      asBuffer: false,
      maxResponseSize: 1 << 20,
    },
  )
  t.equal(res.statusCode, 200)
  await client.transport.request(
    { method: 'GET', path: '/' },
    { requestTimeout: undefined, maxRetries: undefined, signal: undefined, headers: undefined },
  )
  await client.transport.request({ method: 'GET', path: '/' }, { requestTimeout: 0 })
  t.equal(server.requests.length, 3)
  t.equal(server.requests[0]?.headers['x-opaque-id'], 'job-1')
})

t.test('options that are not an object', async (t) => {
  t.throws(() => checkRequestOptions(null), { name: 'ConfigurationError', message: /must be an object, got null/ })
  t.throws(() => checkRequestOptions('5s'), { message: /must be an object, got "5s"/ })
  t.throws(() => checkRequestOptions([]), { message: /got an array/ })
  t.doesNotThrow(() => checkRequestOptions(Object.create({ inherited: true })), 'inherited keys are not options')
})

t.test("the official client's option names say what to use instead", async (t) => {
  const e = t.throws(() => new Client({ node: 'http://127.0.0.1:9200', ConnectionPool: class {} } as never))
  t.match(e, {
    name: 'ConfigurationError',
    message: 'Client option "ConnectionPool" (from @elastic/elasticsearch) is not supported: elastream has one node pool: list the nodes in "nodes", pick among the alive ones with "nodeSelector", keep sniffed ones with "nodeFilter"',
  })
  for (const name of Object.keys(OFFICIAL_CLIENT_OPTIONS)) {
    t.throws(() => new Client({ node: 'http://127.0.0.1:9200', [name]: 1 } as never), {
      message: new RegExp(`^Client option "${name}" \\(from @elastic/elasticsearch\\) is not supported: .{20,}`),
    })
  }
  for (const name of Object.keys(OFFICIAL_REQUEST_OPTIONS)) {
    t.throws(() => checkRequestOptions({ [name]: 1 }), {
      message: new RegExp(`^Request option "${name}" \\(from @elastic/elasticsearch\\) is not supported: .{20,}`),
    })
  }
  t.throws(() => new Client({ node: 'http://127.0.0.1:9200', constructor: 1 } as never), {
    message: /^Unknown Client option "constructor"/,
  })
})

t.test('transport option values are printed by the shared printer: no secret, objects named', async (t) => {
  const node = 'http://127.0.0.1:9200'
  // prototypeKeys printed a string as it was: a credential pasted into it reached the message.
  const e = t.throws(() => new Client({ node, prototypeKeys: 'elastic:s3cret@es:9200' as never })) as Error
  t.equal(e.message, `prototypeKeys must be 'error', 'remove' or 'keep', got "[redacted]@es:9200"`)
  t.throws(() => new Client({ node, prototypeKeys: {} as never }), { message: /, got an object$/ })
})
