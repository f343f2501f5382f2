/**
 * `--search-body '{...}'` or `@file.json`, as dump and reindex read it: a query, a `_source` filter, a sort and
 * runtime mappings (what a scan pages through), every other key refused by name, and `--query` / `--fields` beside it refused.
 * One parser for both commands, so that they accept and refuse the same bodies.
 */
import { ConfigurationError } from '../errors.js'
import { jsonOption } from './args.js'

export interface SearchBody {
  query?: Record<string, unknown>
  _source?: unknown
  sort?: unknown
  runtime_mappings?: Record<string, unknown>
}

/** What `--search-body` may hold: what a scan can page through. */
const SEARCH_BODY_KEYS = ['query', '_source', 'sort', 'runtime_mappings']

/** `--search-body '{...}'` or `@file.json`: a query, a _source filter, a sort and runtime mappings, checked by name. */
export async function searchBodyOption(
  values: Record<string, unknown>,
): Promise<SearchBody | undefined> {
  const body = await jsonOption(values as Parameters<typeof jsonOption>[0], 'search-body')
  if (body === undefined) return undefined
  const unknown = Object.keys(body).filter((k) => !SEARCH_BODY_KEYS.includes(k))
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `--search-body: ${unknown.map((k) => JSON.stringify(k)).join(', ')} not supported; it may hold ${SEARCH_BODY_KEYS.join(', ')}`,
    )
  }
  for (const flag of ['query', 'fields']) {
    if (values[flag] !== undefined) {
      throw new ConfigurationError(`--search-body and --${flag} both given: put the ${flag === 'fields' ? '_source filter' : 'query'} in the search body`)
    }
  }
  if (body.query !== undefined && (body.query === null || typeof body.query !== 'object' || Array.isArray(body.query))) {
    throw new ConfigurationError('--search-body: "query" must be an object')
  }
  const runtime = body.runtime_mappings
  if (runtime !== undefined && (runtime === null || typeof runtime !== 'object' || Array.isArray(runtime))) {
    throw new ConfigurationError('--search-body: "runtime_mappings" must be an object ({ "name": { "type": ..., "script": ... } })')
  }
  return body as SearchBody
}

/** The scan options a search body sets: only the keys it holds, so that a scan's defaults stay where it has none. */
export function scanOptionsOf(
  body: SearchBody | undefined,
): { source?: unknown; sort?: unknown; runtimeMappings?: Record<string, unknown> } {
  return {
    ...(body?._source === undefined ? {} : { source: body._source }),
    ...(body?.sort === undefined ? {} : { sort: body.sort }),
    ...(body?.runtime_mappings === undefined ? {} : { runtimeMappings: body.runtime_mappings }),
  }
}
