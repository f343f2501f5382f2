// The small pure modules of the transport: auth headers, query strings, redaction, option suggestions.
import t from 'tap'
import { ConfigurationError } from '../../src/errors.js'
import { authorizationHeader } from '../../src/transport/auth.js'
import { closestName } from '../../src/options/closest-name.js'
import { buildQueryString } from '../../src/transport/query-string.js'
import { redactCredentialsIn, redactHeaders, redactUrl } from '../../src/redact.js'

t.test('authorization header for each kind of auth', async (t) => {
  t.equal(
    authorizationHeader({ username: 'elastic', password: 'pw' }),
    `Basic ${Buffer.from('elastic:pw').toString('base64')}`,
  )
  t.equal(authorizationHeader({ apiKey: 'abc==' }), 'ApiKey abc==')
  t.equal(
    authorizationHeader({ apiKey: { id: 'i', api_key: 'k' } }),
    `ApiKey ${Buffer.from('i:k').toString('base64')}`,
  )
  t.equal(authorizationHeader({ bearer: 'tok' }), 'Bearer tok')
  t.throws(() => authorizationHeader({ apiKey: 'a', bearer: 'b' }), ConfigurationError)
  t.throws(() => authorizationHeader({ user: 'x' }), { message: /username\/password, apiKey or bearer/ })
  t.throws(() => authorizationHeader('elastic:pw'), ConfigurationError)
  try {
    authorizationHeader({ username: 'u', password: 12345 })
    t.fail('should throw')
  } catch (error) {
    t.notMatch((error as Error).message, /12345/, 'a misplaced secret is not echoed')
  }
})

t.test('query strings: arrays joined, nullish dropped, everything encoded', async (t) => {
  t.equal(buildQueryString(undefined), '')
  t.equal(buildQueryString({}), '')
  t.equal(buildQueryString({ a: undefined, b: null }), '')
  t.equal(buildQueryString({ refresh: true, size: 0, q: 'a b&c' }), '?refresh=true&size=0&q=a%20b%26c')
  t.equal(buildQueryString({ _source: ['a', 'b'] }), '?_source=a%2Cb')
})

t.test('redaction', async (t) => {
  t.equal(redactUrl('https://elastic:secret@es.example:9200/'), 'https://es.example:9200/')
  t.equal(redactUrl(new URL('http://u:p@127.0.0.1:9200/proxy')), 'http://127.0.0.1:9200/proxy')
  t.equal(redactUrl('http://127.0.0.1:9200'), 'http://127.0.0.1:9200/')
  t.notMatch(redactUrl('not a url //user:pass@host'), /pass/)
  t.same(redactHeaders({ Authorization: 'Basic x', accept: 'json' }), {
    Authorization: '[redacted]',
    accept: 'json',
  })
})

t.test('redactCredentialsIn keeps the scheme of a URL it redacts', async (t) => {
  // The bare `user:password@` rule used to take `http:` for a user name and `//[redacted]` for a password
  // once the URL rule had run, leaving "[redacted]@host": the scheme was gone from the message.
  t.equal(redactCredentialsIn('http://user:pass@host:9200/x'), 'http://[redacted]@host:9200/x')
  t.equal(
    redactCredentialsIn('see https://u:p@h:9200 and elastic:S3cr3t@10.0.0.1:9200 too'),
    'see https://[redacted]@h:9200 and [redacted]@10.0.0.1:9200 too',
  )
  t.equal(redactCredentialsIn('("http://a:b@h")'), '("http://[redacted]@h")')
  t.equal(
    redactCredentialsIn('refused http://elastic:S3cr3t:pa/ss@127.0.0.1:9200/x now'),
    'refused http://[redacted]@127.0.0.1:9200/x now',
    'a password holding ":" and "/" in a URL',
  )
  t.equal(redactCredentialsIn('elastic:pa/ss@h'), '[redacted]@h', 'a bare password may hold a slash')
  t.equal(redactCredentialsIn('mailto:x@example.com'), '[redacted]@example.com', 'a bare user:x@ is hidden as before')
})

t.test('closest option name', async (t) => {
  t.equal(closestName('requestTimout', ['requestTimeout', 'maxRetries']), 'requestTimeout')
  t.equal(closestName('maxretries', ['requestTimeout', 'maxRetries']), 'maxRetries')
  t.equal(closestName('ndoes', ['node', 'nodes']), 'nodes', 'a transposition is one edit')
  t.equal(closestName('banana', ['requestTimeout', 'maxRetries']), undefined)
})

t.test('closestName serves every caller: cut-short names, the nearest rather than the first near one', async (t) => {
  // A CLI flag or command typed short, as the CLI's own helper did before it used this one.
  t.equal(closestName('flush', ['flush-bytes', 'index']), 'flush-bytes')
  // The helpers' check took the first known name within two edits; the nearest one is the better guess.
  t.equal(closestName('sizes', ['slices', 'size']), 'size')
  t.equal(closestName('INDX', ['id-field', 'index']), 'index')
})
