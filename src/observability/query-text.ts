/**
 * `db.query.text` (only with `tracing: { captureQuery: true }`): the body of a search-type request with
 * every literal replaced by `?`, as the database conventions' sanitization asks. Field names, operators and
 * the structure stay; values (search terms, ids, dates, numbers) never reach the trace.
 */

/** The endpoints whose body is a query, by endpoint id. */
export const QUERY_ENDPOINTS = new Set([
  'search',
  'msearch',
  'count',
  'search_template',
  'msearch_template',
  'async_search.submit',
  'knn_search',
  'eql.search',
  'esql.query',
  'esql.async_query',
  'sql.query',
  'fleet.search',
  'fleet.msearch',
  'rollup.rollup_search',
  'search_mvt',
  'terms_enum',
  'delete_by_query',
  'update_by_query',
])

/** Longest text kept: a span attribute is not the place for a megabyte of query. */
const MAX_LENGTH = 4096

/** The sanitized text of a JSON body or of NDJSON lines; `undefined` when there is no body. */
export function queryText(body: unknown, lines: unknown): string | undefined {
  let text: string | undefined
  if (body !== undefined && body !== null) text = sanitizeOne(body)
  else if (Array.isArray(lines)) text = lines.map(sanitizeOne).join('\n')
  else if (lines !== undefined && lines !== null) {
    text = String(lines)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(sanitizeOne)
      .join('\n')
  }
  if (text === undefined) return undefined
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text
}

function sanitizeOne(value: unknown): string {
  let parsed = value
  if (typeof value === 'string' || value instanceof Uint8Array) {
    try {
      parsed = JSON.parse(String(value))
    } catch {
      return '?'
    }
  }
  return JSON.stringify(sanitize(parsed)) ?? '?'
}

function sanitize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitize)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = sanitize((value as Record<string, unknown>)[key])
    return out
  }
  return '?'
}
