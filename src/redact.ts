/**
 * Credentials must never reach a message, a log line or a diagnostics event. Every URL or user-given value
 * that leaves the transport goes through here first.
 */

/** `scheme://` at the start of a value, kept so a redacted URL still reads like one. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * The URL (or any value the user gave where a URL was expected) as text without username and password.
 * Accepts anything; never throws.
 *
 * A value without `//` is not redacted by the URL parser: `elastic:S3cr3t@127.0.0.1:9200` parses with the
 * scheme `elastic:` and no credentials at all, the password left in plain sight. So after the parser, anything
 * up to the last `@` of the value (after an optional `scheme://`) is replaced: that is where `user:password`
 * sits in every way a node can be written, and a password may itself hold `:`, `/` or `@`.
 */
export function redactUrl(url: URL | string): string {
  let text: string
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url
    if (parsed.username === '' && parsed.password === '') {
      text = parsed.href
    } else {
      const copy = new URL(parsed.href)
      copy.username = ''
      copy.password = ''
      text = copy.href
    }
  } catch {
    text = String(url)
  }
  return redactUserinfo(text)
}

/** Replaces everything before the last `@` of a single value (after `scheme://`) with `[redacted]`. */
export function redactUserinfo(text: string): string {
  const at = text.lastIndexOf('@')
  if (at === -1) return text
  const start = SCHEME.exec(text)?.[0].length ?? 0
  if (at < start) return text
  return `${text.slice(0, start)}[redacted]${text.slice(at)}`
}

/**
 * `scheme://userinfo@` anywhere in a text: a user name, then optionally `:` and a password that may itself hold
 * `/`, `:` or `@` (up to the last `@` of the word).
 */
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>:]*(?::[^\s"'<>]*)?@/gi
/** `user:password@host` without a scheme, as a word of its own in a text; never a `scheme://` (the URL rule ran first and left its `scheme://[redacted]@`, which this one must not take for `user:password@`). */
const BARE_USERINFO = /(^|[\s"'(<[=,])[^\s/?#@"'<>:]+:(?!\/\/)[^\s"'<>]*@(?=[^\s@])/g

/**
 * Free text that may quote a URL (a server's error reason, a proxy's message): every `user:password@` in it,
 * with or without a scheme, replaced by `[redacted]@`. A server can echo back the URL it was asked for,
 * credentials included; that text reaches our messages, so it is redacted like any value we echo.
 */
export function redactCredentialsIn(text: string): string {
  if (!text.includes('@')) return text
  return text.replace(URL_USERINFO, '$1[redacted]@').replace(BARE_USERINFO, '$1[redacted]@')
}

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'es-secondary-authorization',
  // AWS temporary credentials: the session token is as secret as the key (aws/aws-signer.ts).
  'x-amz-security-token',
])

/** A copy of `headers` with secret values replaced, for diagnostics events. */
export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(headers)) {
    out[key] = SECRET_HEADERS.has(key.toLowerCase()) ? '[redacted]' : headers[key]
  }
  return out
}
