/**
 * Credentials must never reach a message, a log line or a diagnostics event. Every URL that leaves the
 * transport goes through here first.
 */

/** The URL as text without username and password. Accepts anything; never throws. */
export function redactUrl(url: URL | string): string {
  let parsed: URL
  try {
    parsed = typeof url === 'string' ? new URL(url) : url
  } catch {
    // Not a URL: strip anything that looks like `user:pass@` so a typo in `node` cannot leak a password.
    return String(url).replace(/\/\/[^/@\s]*@/, '//[redacted]@')
  }
  if (parsed.username === '' && parsed.password === '') return parsed.href
  const copy = new URL(parsed.href)
  copy.username = ''
  copy.password = ''
  return copy.href
}

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'es-secondary-authorization',
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
