/**
 * `url.full` for a span: the node's origin (already without credentials) plus the path and query as sent,
 * with the values of query parameters that carry secrets replaced by `REDACTED`, as the HTTP semantic
 * conventions ask. The key stays, so the trace still shows that the parameter was there.
 */

/**
 * The semantic conventions' list (case-sensitive, v1.44.0 plus the two keys added after it), then the names
 * an application or a proxy in front of Elasticsearch may use for a credential.
 */
const SECRET_KEYS = new Set([
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
  'AWSAccessKeyId',
  'Signature',
  'sig',
  'X-Goog-Signature',
  'api_key',
  'apikey',
  'access_token',
  'token',
  'password',
  'secret',
])

export function urlFull(origin: string, pathAndQuery: string): string {
  const q = pathAndQuery.indexOf('?')
  if (q === -1) return origin + pathAndQuery
  const pairs = pathAndQuery.slice(q + 1).split('&')
  let changed = false
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as string
    const eq = pair.indexOf('=')
    if (eq === -1) continue
    if (SECRET_KEYS.has(safeDecode(pair.slice(0, eq)))) {
      pairs[i] = `${pair.slice(0, eq)}=REDACTED`
      changed = true
    }
  }
  return changed ? `${origin}${pathAndQuery.slice(0, q)}?${pairs.join('&')}` : origin + pathAndQuery
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
