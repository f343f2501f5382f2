/**
 * AWS Signature Version 4 for every request a client sends, with `@smithy/signature-v4` doing the signing
 * (the AWS SDK's own implementation) and node:crypto doing the hashing. The transport asks for headers per
 * attempt, so each retry carries a fresh date; the payload hash is of the exact bytes sent (after gzip), taken
 * once per request and sent as `x-amz-content-sha256`, which OpenSearch Serverless requires and every other
 * SigV4 service accepts (the AWS SDK sends it by default).
 *
 * Paths are signed as sent, percent-encoded, and the signer encodes them once more: the canonical URI of every
 * SigV4 service but S3 is the URI-encoding of the path as it appears on the wire (Amazon OpenSearch Service
 * expects `%253F` in the canonical URI for a `%3F` in the request path).
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto'
import zlib from 'node:zlib'
import type { RawResponse } from '../response-collector.js'
import type { AwsCredentialSource } from './aws-credentials.js'
import type { SmithyHash, SmithySignatureV4, SmithySignatureV4Module } from './aws-peers.js'

export interface AwsSignerInit {
  region: string
  /** The signing name: `es` (Amazon OpenSearch Service, Elasticsearch domains) or `aoss` (OpenSearch Serverless). */
  service: string
  credentials: AwsCredentialSource
  signatureV4: SmithySignatureV4Module
  /** The clock, for tests. Default Date.now. */
  now?: () => number
}

/** What the transport hands over to be signed. `path` is the path and query exactly as they go on the wire. */
export interface SignInput {
  method: string
  host: string
  path: string
  headers: Record<string, string>
  /** Hex SHA-256 of the body: sent and signed as `x-amz-content-sha256`. */
  payloadHash?: string | undefined
  /** Hashed by the signer when `payloadHash` is not given (the test vectors). */
  body?: string | Buffer | undefined
}

/** How an AWS refusal (403) reads: the error type from `x-amzn-errortype` or the body, and its message. */
interface Refusal {
  type: string | undefined
  message: string | undefined
}

const SKEW = /Signature expired|Signature not yet current|RequestTimeTooSkewed|RequestExpired|clock skew/i
const EXPIRED_TOKEN = /ExpiredToken|security token included in the request is expired/i
/** A server whose Date is this close to ours has not refused us for our clock. */
const SAME_CLOCK_MS = 60_000
const REFUSAL_READ_LIMIT = 64 * 1024

export class AwsSigner {
  readonly region: string
  readonly service: string
  readonly credentials: AwsCredentialSource
  /** Server time minus local time, learnt from a clock-skew refusal; added to every signing date. */
  clockOffset = 0
  private readonly v4: SmithySignatureV4
  private readonly now: () => number

  constructor(init: AwsSignerInit) {
    this.region = init.region
    this.service = init.service
    this.credentials = init.credentials
    this.now = init.now ?? Date.now
    const source = init.credentials
    this.v4 = new init.signatureV4.SignatureV4({
      service: init.service,
      region: init.region,
      credentials: () => source.get(),
      sha256: NodeSha256,
      // The canonical URI is the wire path encoded once more (S3 alone differs).
      uriEscapePath: true,
      // x-amz-content-sha256 is added by sign() from the hash the transport took once per request.
      applyChecksum: false,
    })
  }

  /** Hex SHA-256 of the exact bytes sent (a string body goes out as UTF-8). */
  payloadHash(body: string | Buffer | undefined): string {
    return createHash('sha256')
      .update(body ?? '')
      .digest('hex')
  }

  /** The headers to send: the given ones plus host, x-amz-date, x-amz-content-sha256, the token, authorization. */
  async sign(input: SignInput): Promise<Record<string, string>> {
    const q = input.path.indexOf('?')
    const headers: Record<string, string> = { ...input.headers, host: input.host }
    if (input.payloadHash !== undefined) headers['x-amz-content-sha256'] = input.payloadHash
    const signed = await this.v4.sign(
      {
        method: input.method,
        protocol: 'https:',
        hostname: input.host,
        path: q === -1 ? input.path : input.path.slice(0, q),
        query: q === -1 ? {} : parseQuery(input.path.slice(q + 1)),
        headers,
        body: input.payloadHash === undefined ? input.body : undefined,
      },
      { signingDate: new Date(this.now() + this.clockOffset) },
    )
    return signed.headers
  }

  /**
   * After a 403 to a signed request: true when signing again can cure it, and what would cure it has been
   * done. A clock-skew refusal moves our signing clock to the server's `Date`; an expired session token makes
   * the provider renew the credentials. Anything else (a wrong key, a missing permission) is final. The
   * transport calls this at most once per attempt, so a server that keeps refusing cannot make it loop.
   */
  async recover(raw: RawResponse, sent: Record<string, string>): Promise<boolean> {
    const refusal = readRefusal(raw)
    const text = `${refusal.type ?? ''} ${refusal.message ?? ''}`
    if (SKEW.test(text)) {
      const server = Date.parse(String(raw.headers.date ?? ''))
      if (!Number.isFinite(server)) return false
      const offset = server - this.now()
      if (Math.abs(offset - this.clockOffset) < SAME_CLOCK_MS) return false
      this.clockOffset = offset
      return true
    }
    if (EXPIRED_TOKEN.test(text)) {
      const credential = /Credential=([^/,\s]+)/.exec(sent.authorization ?? '')?.[1] ?? ''
      return this.credentials.renew({ accessKeyId: credential, sessionToken: sent['x-amz-security-token'] })
    }
    return false
  }

  /**
   * Words for the error of a refused signed request: AWS's own type and message (its first paragraph: the rest
   * quotes the canonical request, which holds the session token), what they mean, and the secrets to scrub.
   * `reason` is undefined when the answer does not read as AWS's (a security plugin's 403, say).
   */
  explain(raw: RawResponse, sent: Record<string, string>): { reason: string | undefined; secrets: string[] } {
    const refusal = readRefusal(raw)
    const token = sent['x-amz-security-token']
    const secrets = token === undefined ? this.credentials.secrets() : [token, ...this.credentials.secrets()]
    const first = refusal.message?.split(/\n\s*\n/)[0]?.slice(0, 300)
    if (first === undefined || first === '') return { reason: undefined, secrets }
    let reason = `${refusal.type === undefined ? '' : `${refusal.type}: `}${scrub(first, secrets)}`
    const text = `${refusal.type ?? ''} ${refusal.message ?? ''}`
    if (SKEW.test(text)) {
      reason += ` (the request was signed with this machine's clock, which AWS finds more than 5 minutes off${
        raw.headers.date === undefined ? ' and its answer had no Date to correct it by' : " even after correcting it by the answer's Date"
      }: synchronize the clock, e.g. with NTP)`
    } else if (EXPIRED_TOKEN.test(text)) {
      reason += this.credentials.renewable
        ? ' (the credentials provider was asked again and gave no newer credentials)'
        : ' (static credentials cannot be renewed: pass auth.aws.credentials as a provider, an async function, or leave it out to use the AWS SDK default chain)'
    }
    return { reason, secrets }
  }
}

/** `a=1&b=x%2Cy&c` as smithy's query object: keys and values decoded (the signer encodes them again). */
export function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const part of query.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = decode(eq === -1 ? part : part.slice(0, eq))
    const value = eq === -1 ? '' : decode(part.slice(eq + 1))
    const seen = out[key]
    if (seen === undefined) out[key] = value
    else if (Array.isArray(seen)) seen.push(value)
    else out[key] = [seen, value]
  }
  return out
}

/** Replaces each secret in `text` (plain or percent-encoded) with `[redacted]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]')
  }
  return out
}

/** A JSON value with every string scrubbed of `secrets`. */
export function scrubValue(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value
  if (typeof value === 'string') return scrub(value, secrets)
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: scrubValue(item, secrets), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text // not valid percent-encoding: the server sees the same bytes, sign them as they are
  }
}

function readRefusal(raw: RawResponse): Refusal {
  const header = raw.headers['x-amzn-errortype']
  let type = typeof header === 'string' && header !== '' ? header.split(':')[0] : undefined
  let message: string | undefined
  let bytes = raw.body
  const encoding = String(raw.headers['content-encoding'] ?? '').trim().toLowerCase()
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') bytes = zlib.gunzipSync(bytes, { maxOutputLength: REFUSAL_READ_LIMIT })
    else if (encoding === 'deflate') bytes = zlib.inflateSync(bytes, { maxOutputLength: REFUSAL_READ_LIMIT })
  } catch {
    return { type, message: undefined }
  }
  const text = bytes.subarray(0, REFUSAL_READ_LIMIT).toString('utf8')
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    const m = body.message ?? body.Message ?? (body.error as { reason?: unknown } | undefined)?.reason
    if (typeof m === 'string') message = m
    const t = body.__type ?? body.code ?? body.Code
    if (type === undefined && typeof t === 'string') type = t.split(/[#:]/).pop()
  } catch {
    message = text.trim() === '' ? undefined : text
  }
  return { type, message }
}

/** `@smithy/types` Checksum over node:crypto: SHA-256, or HMAC-SHA256 when given a secret. */
class NodeSha256 implements SmithyHash {
  private hash: Hash | Hmac
  private readonly secret: string | Uint8Array | undefined

  constructor(secret?: string | Uint8Array) {
    this.secret = secret
    this.hash = NodeSha256.start(secret)
  }

  private static start(secret: string | Uint8Array | undefined): Hash | Hmac {
    return secret === undefined ? createHash('sha256') : createHmac('sha256', secret)
  }

  update(data: Uint8Array): void {
    this.hash.update(data)
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()))
  }

  reset(): void {
    this.hash = NodeSha256.start(this.secret)
  }
}
