// Every error class exported by src/errors.ts has a unique, stable code and is documented in docs/errors.md.
import { readFileSync } from 'node:fs'
import t from 'tap'
import * as errors from '../src/errors.js'

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
const classes = Object.entries(errors).filter(
  ([, value]) => typeof value === 'function' && value.prototype instanceof errors.ElastreamError,
) as Array<[string, new (...args: any[]) => errors.ElastreamError]>

t.ok(classes.length >= 12, 'every error class is found')

t.test('each class has its own name and code, and is documented', async (t) => {
  const codes = new Set<string>()
  for (const [exportName, Ctor] of classes) {
    const err = new Ctor('message', [] as any)
    t.equal(err.name, exportName, `${exportName}.name`)
    t.match(err.code, /^ELASTREAM_[A-Z_]+$/, `${exportName}.code is stable-looking`)
    t.notOk(codes.has(err.code), `${err.code} is unique`)
    codes.add(err.code)
    t.ok(err instanceof Error && err instanceof errors.ElastreamError, `${exportName} is an ElastreamError`)
    t.match(
      doc,
      new RegExp(`\\| \`${exportName}\` \\| \`${err.code}\` \\|`),
      `${exportName} is in docs/errors.md`,
    )
  }
})

t.test('ResponseError carries the Elasticsearch error type and reason in its message', async (t) => {
  const body = { error: { type: 'index_not_found_exception', reason: 'no such index [x]' }, status: 404 }
  const err = new errors.ResponseError(404, body, { 'content-type': 'application/json' })
  t.equal(err.statusCode, 404)
  t.equal(err.type, 'index_not_found_exception')
  t.equal(err.reason, 'no such index [x]')
  t.match(err.message, /404.*index_not_found_exception.*no such index \[x\]/)
  t.same(err.body, body)
})

t.test('ResponseError tolerates bodies that are not Elasticsearch errors', async (t) => {
  t.equal(new errors.ResponseError(500, 'oops').type, undefined)
  t.equal(new errors.ResponseError(400, { error: 'plain text' }).reason, 'plain text')
  t.equal(new errors.ResponseError(502, null).message, 'Elasticsearch answered 502')
})

t.test('wrapped causes are kept', async (t) => {
  const cause = Object.assign(new Error('socket hang up'), { code: 'UND_ERR_SOCKET' })
  const err = new errors.ConnectionError('connection to http://127.0.0.1:9200 failed', { cause })
  t.equal(err.cause, cause)
})

t.test('a server reason quoting a URL with credentials is redacted in the ResponseError', async (t) => {
  const secret = 'S3cr3t:pa/ss'
  for (const quoted of [
    `http://elastic:${secret}@127.0.0.1:9200/x`,
    `https://token@10.0.0.1/`,
    `elastic:${secret}@127.0.0.1:9200`,
  ]) {
    const err = new errors.ResponseError(502, { error: { type: 'proxy_exception', reason: `upstream refused ${quoted} now` } })
    const forms = [err.message, String(err), err.stack ?? '', err.reason ?? '']
    for (const form of forms) {
      t.notOk(form.includes(secret) || form.includes('token@'), `no credential in ${JSON.stringify(form.slice(0, 80))}`)
      t.match(form, /\[redacted\]@/, 'the redaction is visible')
    }
  }
  const plain = new errors.ResponseError(400, { error: { type: 'x', reason: 'mail me at someone@example.com' } })
  t.match(plain.message, /someone@example\.com/, 'an address that is not user:password@ stays as written')
})
