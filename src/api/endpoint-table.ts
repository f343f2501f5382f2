/**
 * Decodes the compact endpoint rows of the generated files into `Endpoint` descriptors, once, when a
 * namespace module loads. A row is `[name, paths, query, body, extra?]`:
 * - paths: `METHODS PATH` entries joined with `|`, most parts first (`'GET,POST /{index}/_search|GET,POST /_search'`);
 * - query: the query parameter names, space-separated;
 * - body: the body kind, then its keys (`'fields query size sort'`, `'value settings'`, `'ndjson operations'`, `'none'`);
 * - extra: `pathKeys` (space-separated), `bodyRequired`, `sortInQuery`.
 */
import type { HttpMethod } from '../transport/types.js'
import type { BodyKind, Endpoint, EndpointPath } from './endpoint-types.js'

export type EndpointRow = readonly [
  name: string,
  paths: string,
  query: string,
  body: string,
  extra?: { pathKeys?: string; bodyRequired?: true; sortInQuery?: true },
]

const words = (s: string): string[] => (s === '' ? [] : s.split(' '))

export function endpointTable<K extends string>(rows: Record<K, EndpointRow>): Record<K, Endpoint> {
  const out = {} as Record<K, Endpoint>
  for (const method of Object.keys(rows) as K[]) {
    const [name, paths, query, body, extra] = rows[method]
    const [kind, ...bodyKeys] = words(body)
    const endpoint: { -readonly [P in keyof Endpoint]: Endpoint[P] } = {
      name,
      paths: paths.split('|').map((entry): EndpointPath => {
        const space = entry.indexOf(' ')
        const path = entry.slice(space + 1)
        return {
          path,
          parts: Array.from(path.matchAll(/\{([^}]+)\}/g), (m) => m[1]!),
          methods: entry.slice(0, space).split(',') as HttpMethod[],
        }
      }),
      query: words(query),
      body: kind as BodyKind,
    }
    if (kind !== 'none') endpoint.bodyKeys = bodyKeys
    if (extra?.pathKeys !== undefined) endpoint.pathKeys = words(extra.pathKeys)
    if (extra?.bodyRequired === true) endpoint.bodyRequired = true
    if (extra?.sortInQuery === true) endpoint.sortInQuery = true
    out[method] = endpoint
  }
  return out
}
