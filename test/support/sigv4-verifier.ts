/**
 * An independent check of AWS Signature Version 4, written from AWS's description of the algorithm (the
 * canonical request, the string to sign, the derived signing key), with node:crypto alone: it shares no code
 * with elastream's signer, so a bug there cannot hide itself here. The test vectors check this file too.
 *
 * It answers as an AWS endpoint does: 403 with `{"message": ...}` and an `x-amzn-errortype` header, the
 * message quoting the canonical request it expected when the signature does not match.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export interface WireRequest {
  method: string
  /** Path and query exactly as on the request line. */
  url: string
  /** Header names and values in the order received, as node's `rawHeaders`: a repeated header appears twice. */
  rawHeaders: readonly string[]
  body: Buffer
}

export interface KeyRecord {
  secretAccessKey: string
  /** Temporary credentials: the request must carry this token. */
  sessionToken?: string
  /** The token has expired: refused with ExpiredTokenException. */
  expired?: boolean
}

export interface VerifyOptions {
  region: string
  service: string
  keys: ReadonlyMap<string, KeyRecord>
  /** The verifier's clock, ms. */
  now: number
  /** `x-amz-content-sha256` must be present (OpenSearch Serverless). */
  requireContentSha256?: boolean
}

export type Verdict =
  | { ok: true; accessKeyId: string; signedHeaders: string[]; payloadHash: string }
  | { ok: false; status: number; type: string; message: string }

const MAX_SKEW_MS = 5 * 60_000
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex')

/** RFC 3986 percent-encoding of every byte but the unreserved characters (and `/` when `keepSlash`). */
export function uriEncode(text: string, keepSlash: boolean): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte)
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The canonical URI: `.`, `..` and empty segments resolved, then the path as received encoded once more. */
export function canonicalUri(path: string): string {
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const normalized = `/${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`
  return uriEncode(normalized, true)
}

/** The canonical query: each name and value decoded, encoded per RFC 3986, sorted by name then value. */
export function canonicalQuery(query: string): string {
  const pairs: Array<[string, string]> = []
  for (const part of query.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const name = eq === -1 ? part : part.slice(0, eq)
    const value = eq === -1 ? '' : part.slice(eq + 1)
    pairs.push([uriEncode(percentDecode(name), false), uriEncode(percentDecode(value), false)])
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  return pairs.map(([name, value]) => `${name}=${value}`).join('&')
}

/** Header values by lower-cased name, each value trimmed and its inner runs of spaces made one. */
export function headerValues(rawHeaders: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase()
    const value = (rawHeaders[i + 1] as string).trim().replace(/\s+/g, ' ')
    const list = out.get(name)
    if (list === undefined) out.set(name, [value])
    else list.push(value)
  }
  return out
}

export function canonicalRequest(
  method: string,
  url: string,
  headers: Map<string, string[]>,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  const q = url.indexOf('?')
  const path = q === -1 ? url : url.slice(0, q)
  const query = q === -1 ? '' : url.slice(q + 1)
  const lines = signedHeaders.map((name) => `${name}:${(headers.get(name) ?? []).join(',')}\n`).join('')
  return [method, canonicalUri(path), canonicalQuery(query), lines, signedHeaders.join(';'), payloadHash].join('\n')
}

export function stringToSign(amzDate: string, scope: string, creq: string): string {
  return ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(creq).digest('hex')].join('\n')
}

export function signature(secret: string, scope: string, sts: string): string {
  let key: Buffer = Buffer.from(`AWS4${secret}`)
  for (const part of scope.split('/')) key = createHmac('sha256', key).update(part).digest()
  return createHmac('sha256', key).update(sts).digest('hex')
}

/** `20150830T123600Z` as epoch ms, or NaN. */
export function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (m === null) return Number.NaN
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)
}

export function formatAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

function refuse(type: string, message: string, status = 403): Verdict {
  return { ok: false, status, type, message }
}

export function verifySigV4(request: WireRequest, options: VerifyOptions): Verdict {
  const headers = headerValues(request.rawHeaders)
  const authorization = headers.get('authorization')
  if (authorization === undefined || authorization.length !== 1) {
    return refuse('MissingAuthenticationTokenException', 'Missing Authentication Token')
  }
  const auth = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization[0]!)
  if (auth === null) return refuse('IncompleteSignatureException', `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'`, 400)
  const [, credential, signedList, given] = auth as unknown as [string, string, string, string]
  const [accessKeyId, day, region, service, terminator, ...extra] = credential.split('/')
  if (extra.length > 0 || terminator !== 'aws4_request' || accessKeyId === undefined || day === undefined) {
    return refuse('IncompleteSignatureException', `Credential should be scoped to a valid region, not '${region}'`, 400)
  }
  if (region !== options.region) return refuse('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'. `)
  if (service !== options.service) return refuse('InvalidSignatureException', `Credential should be scoped to correct service: '${options.service}'. `)

  const amzDate = headers.get('x-amz-date')?.[0]
  if (amzDate === undefined) return refuse('IncompleteSignatureException', 'Authorization header requires existence of either a \'X-Amz-Date\' or a \'Date\' header.', 400)
  const signedAt = parseAmzDate(amzDate)
  if (Number.isNaN(signedAt)) return refuse('IncompleteSignatureException', `Date must be in ISO-8601 'basic format', got '${amzDate}'`, 400)
  if (signedAt < options.now - MAX_SKEW_MS) {
    return refuse(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(options.now - MAX_SKEW_MS)} (${formatAmzDate(options.now)} - 5 min.)`,
    )
  }
  if (signedAt > options.now + MAX_SKEW_MS) {
    return refuse(
      'InvalidSignatureException',
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(options.now + MAX_SKEW_MS)} (${formatAmzDate(options.now)} + 5 min.)`,
    )
  }
  if (day !== amzDate.slice(0, 8)) return refuse('InvalidSignatureException', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${day}' != '${amzDate.slice(0, 8)}'`)

  const key = options.keys.get(accessKeyId)
  if (key === undefined) return refuse('UnrecognizedClientException', 'The security token included in the request is invalid.')
  const token = headers.get('x-amz-security-token')
  if (key.sessionToken !== undefined && (token?.length !== 1 || token[0] !== key.sessionToken)) {
    return refuse('UnrecognizedClientException', 'The security token included in the request is invalid.')
  }
  if (key.expired === true) return refuse('ExpiredTokenException', 'The security token included in the request is expired')

  const signedHeaders = signedList.split(';')
  const sorted = [...signedHeaders].sort()
  if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase())) {
    return refuse('InvalidSignatureException', 'SignedHeaders must be lower case and sorted')
  }
  if (!signedHeaders.includes('host')) return refuse('InvalidSignatureException', "'Host' must be a 'SignedHeader' in the AWS Authorization.")
  for (const name of signedHeaders) {
    if (!headers.has(name)) return refuse('InvalidSignatureException', `'${name}' is listed in SignedHeaders but was not sent.`)
  }

  const bodyHash = request.body.length === 0 ? EMPTY_SHA256 : createHash('sha256').update(request.body).digest('hex')
  const declared = headers.get('x-amz-content-sha256')?.[0]
  if (declared === undefined && options.requireContentSha256 === true) {
    return refuse('AccessDeniedException', 'x-amz-content-sha256 header is required')
  }
  if (declared !== undefined && declared !== bodyHash) {
    return refuse('XAmzContentSHA256Mismatch', `The provided 'x-amz-content-sha256' header does not match what was computed.`, 400)
  }

  const creq = canonicalRequest(request.method, request.url, headers, signedHeaders, bodyHash)
  const scope = `${day}/${region}/${service}/aws4_request`
  const sts = stringToSign(amzDate, scope, creq)
  const expected = signature(key.secretAccessKey, scope, sts)
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
    return refuse(
      'InvalidSignatureException',
      `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${creq}'\n\nThe String-to-Sign should have been\n'${sts}'\n`,
    )
  }
  return { ok: true, accessKeyId, signedHeaders, payloadHash: bodyHash }
}
