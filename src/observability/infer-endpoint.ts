/**
 * The endpoint id and path parts of a request sent with `transport.request()` directly (the helpers, the
 * CLI, users), which carries no id: found from the method and the path for the paths those send, so their
 * spans are named like the generated API's (`search my-index`, `bulk`). Anything else keeps no
 * `db.operation.name`. Only runs when a span is started.
 */

export interface InferredEndpoint {
  endpoint: string
  parts: Record<string, string> | undefined
}

type Route = [method: string | undefined, pattern: RegExp, endpoint: string, parts: readonly string[]]

// Order matters: the first match wins. `[^/_][^/]*` is an index name (they cannot start with `_`).
const ROUTES: readonly Route[] = [
  [undefined, /^\/_bulk$/, 'bulk', []],
  [undefined, /^\/([^/_][^/]*)\/_bulk$/, 'bulk', ['index']],
  ['DELETE', /^\/_search\/scroll$/, 'clear_scroll', []],
  [undefined, /^\/_search\/scroll$/, 'scroll', []],
  [undefined, /^\/_search$/, 'search', []],
  [undefined, /^\/([^/_][^/]*)\/_search$/, 'search', ['index']],
  [undefined, /^\/_msearch$/, 'msearch', []],
  [undefined, /^\/([^/_][^/]*)\/_msearch$/, 'msearch', ['index']],
  [undefined, /^\/_count$/, 'count', []],
  [undefined, /^\/([^/_][^/]*)\/_count$/, 'count', ['index']],
  ['POST', /^\/([^/_][^/]*)\/_pit$/, 'open_point_in_time', ['index']],
  ['DELETE', /^\/_pit$/, 'close_point_in_time', []],
  [undefined, /^\/_resolve\/index\/([^/]+)$/, 'indices.resolve_index', ['name']],
  [undefined, /^\/([^/_][^/]*)\/_refresh$/, 'indices.refresh', ['index']],
  ['GET', /^\/([^/_][^/]*)\/_doc\/([^/]+)$/, 'get', ['index', 'id']],
  ['HEAD', /^\/([^/_][^/]*)\/_doc\/([^/]+)$/, 'exists', ['index', 'id']],
  ['DELETE', /^\/([^/_][^/]*)\/_doc\/([^/]+)$/, 'delete', ['index', 'id']],
  [undefined, /^\/([^/_][^/]*)\/_doc\/([^/]+)$/, 'index', ['index', 'id']],
  ['PUT', /^\/([^/_][^/]*)$/, 'indices.create', ['index']],
  ['DELETE', /^\/([^/_][^/]*)$/, 'indices.delete', ['index']],
  ['HEAD', /^\/([^/_][^/]*)$/, 'indices.exists', ['index']],
  ['GET', /^\/([^/_][^/]*)$/, 'indices.get', ['index']],
]

export function inferEndpoint(method: string, path: string): InferredEndpoint | undefined {
  for (const [m, pattern, endpoint, names] of ROUTES) {
    if (m !== undefined && m !== method) continue
    const match = pattern.exec(path)
    if (match === null) continue
    if (names.length === 0) return { endpoint, parts: undefined }
    const parts: Record<string, string> = {}
    names.forEach((name, i) => {
      parts[name] = safeDecode(match[i + 1] as string)
    })
    return { endpoint, parts }
  }
  return undefined
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
