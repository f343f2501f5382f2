// AWS's Signature Version 4 test suite (test/fixtures/aws-sig-v4-test-suite, see its README) through
// elastream's signing path: AwsSigner.sign, the method the transport calls for every attempt, with the suite's
// credentials and clock. The same files check the tests' independent verifier (sigv4-verifier.ts), so the
// stand-in AWS endpoint the other AWS tests use is itself held to AWS's published answers.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import t from 'tap'
import { AwsCredentialSource } from '../../src/transport/aws/aws-credentials.js'
import type { SmithySignatureV4Module } from '../../src/transport/aws/aws-peers.js'
import { AwsSigner } from '../../src/transport/aws/aws-signer.js'
import { canonicalRequest, headerValues, stringToSign, verifySigV4 } from '../support/sigv4-verifier.js'

const SUITE = join(import.meta.dirname, '../support/aws-sig-v4-test-suite')
const ACCESS_KEY = 'AKIDEXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const DATE = Date.parse('2015-08-30T12:36:00Z')
const SCOPE = '20150830/us-east-1/service/aws4_request'
/** The token after signing is not something elastream does: it always signs the token, which services accept. */
const NOT_FOR_THE_SIGNER = new Set(['post-sts-header-after'])
const INCONSISTENT_CREQ = new Set(['post-x-www-form-urlencoded', 'post-x-www-form-urlencoded-parameters'])

interface Vector {
  name: string
  method: string
  url: string
  /** name, value pairs as parsed; a folded line is one more value of the same header. */
  rawHeaders: string[]
  body: string
  /** The Authorization header of the .sreq: the suite's answer. */
  authz: string
  file: (ext: string) => string
}

function vectors(dir = SUITE): Vector[] {
  const out: Vector[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (!statSync(path).isDirectory()) continue
    const file = (ext: string) => readFileSync(join(path, `${entry}.${ext}`), 'utf8')
    try {
      statSync(join(path, `${entry}.sreq`))
    } catch {
      out.push(...vectors(path))
      continue
    }
    // The signed request (.sreq) less its Authorization line: the request exactly as AWS signed it. Its .req
    // differs for two vectors, whose Content-Length the .sts and .authz did not sign (see below).
    const [requestLine, ...lines] = file('sreq').split('\n')
    const words = (requestLine as string).split(' ')
    const method = words[0] as string
    const url = words.slice(1, -1).join(' ')
    const rawHeaders: string[] = []
    let authz = ''
    let i = 0
    for (; i < lines.length && lines[i] !== ''; i++) {
      const line = lines[i] as string
      if (line.startsWith('Authorization:')) {
        authz = line.slice('Authorization:'.length).trim()
        continue
      }
      if (/^\s/.test(line)) {
        rawHeaders.push(rawHeaders[rawHeaders.length - 2] as string, line.trim())
      } else {
        const colon = line.indexOf(':')
        rawHeaders.push(line.slice(0, colon), line.slice(colon + 1))
      }
    }
    // This vector's .sts and signature are of `charset=utf8` (checked below), its .req and .sreq say `utf-8`:
    // the request AWS signed is the one with `utf8`.
    if (entry === 'post-x-www-form-urlencoded-parameters') {
      for (let h = 1; h < rawHeaders.length; h += 2) rawHeaders[h] = (rawHeaders[h] as string).replace('charset=utf-8', 'charset=utf8')
    }
    out.push({ name: entry, method, url, rawHeaders, body: lines.slice(i + 1).join('\n'), authz, file })
  }
  return out
}

const all = vectors()
const require = createRequire(import.meta.url)
const signatureV4 = require('@smithy/signature-v4') as SmithySignatureV4Module

function signerFor(sessionToken: string | undefined): AwsSigner {
  const credentials = new AwsCredentialSource({ accessKeyId: ACCESS_KEY, secretAccessKey: SECRET, sessionToken })
  return new AwsSigner({ region: 'us-east-1', service: 'service', credentials, signatureV4, now: () => DATE })
}

t.test('the suite is all there, and only two of its canonical requests disagree with its strings to sign', async (t) => {
  t.equal(all.length, 31, `${all.length} vectors`)
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
  const disagree = all.filter((v) => sha256(v.file('creq')) !== v.file('sts').trim().split('\n').pop()).map((v) => v.name)
  t.same(disagree, [...INCONSISTENT_CREQ])
  // And one .authz lists content-length where its .sreq (whose signature is the same) does not: the .sreq is right.
  t.same(all.filter((v) => v.file('authz').trim() !== v.authz).map((v) => v.name), ['post-x-www-form-urlencoded-parameters'])
  const parameters = all.find((v) => v.name === 'post-x-www-form-urlencoded-parameters') as Vector
  const signedCreq = parameters
    .file('creq')
    .replace('content-length:13\n', '')
    .replace('content-length;', '')
    .replace('charset=utf-8', 'charset=utf8')
  t.equal(sha256(signedCreq), parameters.file('sts').trim().split('\n').pop(), 'the parameters vector signed charset=utf8, no content-length')
})

t.test('elastream signs every vector as AWS did', async (t) => {
  let signed = 0
  for (const v of all) {
    if (NOT_FOR_THE_SIGNER.has(v.name)) continue
    const headers: Record<string, string> = {}
    let token: string | undefined
    for (const [name, values] of headerValues(v.rawHeaders)) {
      if (name === 'x-amz-security-token') token = values[0]
      else headers[name] = values.join(',')
    }
    const host = headers.host as string
    const out = await signerFor(token).sign({ method: v.method, host, path: v.url, headers, body: v.body === '' ? undefined : v.body })
    t.equal(out.authorization, v.authz, v.name)
    signed++
  }
  t.equal(signed, all.length - NOT_FOR_THE_SIGNER.size)
})

t.test('the verifier builds the canonical request and string to sign AWS did, and accepts the signed request', async (t) => {
  for (const v of all) {
    const headers = headerValues(v.rawHeaders)
    const authz = v.authz
    const signedHeaders = (/SignedHeaders=([^,]+)/.exec(authz) as RegExpExecArray)[1]!.split(';')
    const bodyHash = createHash('sha256').update(v.body).digest('hex')
    const creq = canonicalRequest(v.method, v.url, headers, signedHeaders, bodyHash)
    // Two vectors' .creq lists content-length, which their .sts, .authz and .sreq do not sign: the suite's own
    // slip. The string to sign (which hashes the canonical request) is checked for every vector.
    if (!INCONSISTENT_CREQ.has(v.name)) t.equal(creq, v.file('creq'), `${v.name}: canonical request`)
    t.equal(stringToSign('20150830T123600Z', SCOPE, creq), v.file('sts'), `${v.name}: string to sign`)
    const token = headers.get('x-amz-security-token')?.[0]
    const verdict = verifySigV4(
      { method: v.method, url: v.url, rawHeaders: [...v.rawHeaders, 'Authorization', authz], body: Buffer.from(v.body) },
      {
        region: 'us-east-1',
        service: 'service',
        now: DATE,
        keys: new Map([[ACCESS_KEY, token === undefined ? { secretAccessKey: SECRET } : { secretAccessKey: SECRET, sessionToken: token }]]),
      },
    )
    t.same(verdict.ok, true, `${v.name}: verified${verdict.ok ? '' : `: ${verdict.message}`}`)
  }
})

t.test('the verifier refuses a signature off by one character, and a request changed after signing', async (t) => {
  const v = all.find((x) => x.name === 'post-x-www-form-urlencoded') as Vector
  const authz = v.authz
  const keys = new Map([[ACCESS_KEY, { secretAccessKey: SECRET }]])
  const options = { region: 'us-east-1', service: 'service', now: DATE, keys }
  const flipped = authz.slice(0, -1) + (authz.endsWith('0') ? '1' : '0')
  const bad = verifySigV4({ method: v.method, url: v.url, rawHeaders: [...v.rawHeaders, 'Authorization', flipped], body: Buffer.from(v.body) }, options)
  t.equal(bad.ok, false, 'a wrong signature is refused')
  const changed = verifySigV4({ method: v.method, url: v.url, rawHeaders: [...v.rawHeaders, 'Authorization', authz], body: Buffer.from('Param1=value2') }, options)
  t.equal(changed.ok, false, 'a changed body is refused')
  const late = verifySigV4(
    { method: v.method, url: v.url, rawHeaders: [...v.rawHeaders, 'Authorization', authz], body: Buffer.from(v.body) },
    { ...options, now: DATE + 5 * 60_000 + 1000 },
  )
  t.match(late, { ok: false, message: /^Signature expired: 20150830T123600Z is now earlier than/ }, 'a request signed more than 5 minutes ago is refused')
})
