/**
 * `error.type` of a failed request, as the Elasticsearch semantic conventions ask: the HTTP status code when
 * Elasticsearch answered with an error (`'404'`, `'429'`), otherwise the name of elastream's error class
 * (`'TimeoutError'`, `'ConnectionError'`, `'RequestAbortedError'`, ...), `'_OTHER'` for anything else.
 */
import { ResponseError } from '../errors.js'

export function errorType(error: unknown): string {
  if (error instanceof ResponseError) return String(error.statusCode)
  if (error instanceof Error && error.name !== 'Error') return error.name
  return '_OTHER'
}
