/**
 * Answers that did not come from Elasticsearch or OpenSearch: an nginx 413 page, a load balancer's 502, a
 * gateway's text/plain "upstream connect error". Saying "Elasticsearch answered 413" about them sends people
 * to the wrong log. Both servers put their product header on every answer, error ones included, and their
 * error bodies have a known JSON shape; an answer with neither was written by something in between, and the
 * message says what: its status, `server` header, content type, size and a short, escaped excerpt of its body.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { readProductHeaders } from './product/product-headers.js'
import { redactCredentialsIn } from '../redact.js'

/** Longest excerpt of a foreign body in a message, in characters (before escaping). */
export const EXCERPT_LENGTH = 200

/**
 * Whether an error answer comes from the server itself: a product header, or (servers older than the header,
 * or a proxy that strips it) a JSON object shaped like their answers: `{ error, status }` for errors,
 * `{ _index, found: false }` for a missing document.
 */
export function fromTheServer(headers: IncomingHttpHeaders, body: unknown): boolean {
  if (readProductHeaders(headers).name !== 'none') return true
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return false
  const shape = body as Record<string, unknown>
  if (shape.error !== null && typeof shape.error === 'object' && typeof (shape.error as { type?: unknown }).type === 'string')
    return true
  if (typeof shape.error === 'string' && typeof shape.status === 'number') return true
  return typeof shape.found === 'boolean' && typeof shape._index === 'string'
}

/**
 * What answered, for a message: `server "nginx/1.25.3" (content-type text/html, 176 bytes)`. `secrets` are
 * values the client sent (its authorization) that an echoing server could return; they are cut out too.
 */
export function describeForeignAnswer(
  headers: IncomingHttpHeaders,
  bytes: Buffer | undefined,
  secrets: readonly string[] = [],
): string {
  const server = single(headers.server)
  const type = single(headers['content-type'])
  const who = server === undefined ? 'a server that does not give its name' : `server ${quote(server, 80, secrets)}`
  const size = bytes === undefined || bytes.length === 0 ? 'no body' : `${bytes.length} bytes`
  const what = `${who} (content-type ${type === undefined ? 'none' : quote(type, 80, secrets).slice(1, -1)}, ${size})`
  if (bytes === undefined || bytes.length === 0) return what
  return `${what}: ${excerpt(bytes.toString('utf8'), secrets)}`
}

/**
 * The start of a body as one quoted line: whitespace runs folded to a space, credentials redacted, control,
 * format and bidirectional characters escaped (a body must not be able to move a terminal's cursor or reorder
 * what is read), cut at EXCERPT_LENGTH characters with `…` when there was more.
 */
export function excerpt(text: string, secrets: readonly string[] = []): string {
  return quote(text.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH, secrets)
}

function quote(text: string, max: number, secrets: readonly string[]): string {
  let clean = redactCredentialsIn(text)
  for (const secret of secrets) if (secret !== '') clean = clean.split(secret).join('[redacted]')
  const chars = Array.from(clean) // by code point: a cut never splits a surrogate pair
  const cut = chars.length > max
  return `"${escape(cut ? chars.slice(0, max).join('') : clean)}${cut ? '…' : ''}"`
}

// C0/C1 controls, DEL, zero-width and bidirectional marks, line/paragraph separators, BOM, lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function escape(text: string): string {
  return text.replace(UNSAFE, (c) =>
    c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function single(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(', ') : value
  return text === undefined || text === '' ? undefined : text
}

/**
 * The credential parts of an `authorization` value, for `describeForeignAnswer`: the token after the scheme
 * and, for Basic and ApiKey (base64 of `user:password`, `id:key`), the decoded pair and its secret half.
 */
export function authorizationSecrets(authorization: string | undefined): string[] {
  if (authorization === undefined) return []
  const space = authorization.indexOf(' ')
  const token = space === -1 ? authorization : authorization.slice(space + 1).trim()
  const secrets = [token]
  if (/^(basic|apikey)$/i.test(authorization.slice(0, Math.max(space, 0)))) {
    const decoded = Buffer.from(token, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    secrets.push(decoded)
    if (colon !== -1) secrets.push(decoded.slice(colon + 1))
  }
  // Longest first, so the whole `user:password` goes before the password inside it.
  return secrets.filter((s) => s !== '').sort((a, b) => b.length - a.length)
}
