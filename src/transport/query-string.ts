import type { QueryValue } from './types.js'

/** `?a=1&b=x%2Cy` from query parameters: arrays joined with commas, null/undefined dropped, '' when empty. */
export function buildQueryString(query: Record<string, QueryValue> | undefined): string {
  if (query === undefined || query === null) return ''
  let out = ''
  for (const key in query) {
    const value = query[key]
    if (value === undefined || value === null) continue
    const text = Array.isArray(value) ? value.join(',') : String(value)
    out += `${out === '' ? '?' : '&'}${encodeURIComponent(key)}=${encodeURIComponent(text)}`
  }
  return out
}
