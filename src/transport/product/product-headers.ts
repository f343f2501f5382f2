/**
 * Reading who sent an answer from its headers: Elasticsearch (7.14+) says `x-elastic-product: Elasticsearch`
 * on every answer, OpenSearch (2.7+) `X-OpenSearch-Version: OpenSearch/3.8.0 (opensearch)`; `GET /` tells older
 * ones apart by its body (classify). Pure functions: what the client makes of a verdict is product-detector.ts.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { ServerInfo } from './server-info.js'

export const ELASTIC_HEADER = 'x-elastic-product'
export const OPENSEARCH_HEADER = 'x-opensearch-version'
const ES_TAGLINE = 'You Know, for Search'

/** What an answer's headers say about who sent it. */
export type HeaderVerdict =
  | { name: 'elasticsearch' }
  | { name: 'opensearch'; version: string | undefined; header: string }
  /** An `x-elastic-product` naming something else. */
  | { name: 'other'; said: string }
  | { name: 'none' }

/**
 * The one reading of an answer's product headers, used by every check. `X-OpenSearch-Version` wins over
 * `x-elastic-product`: only OpenSearch sends the first, while the second is what a proxy adds to make
 * Elasticsearch's clients accept OpenSearch. A header sent twice (a proxy adding what the server already
 * sent) counts once when its values agree: `x-elastic-product: Elasticsearch, Elasticsearch` is Elasticsearch.
 */
export function readProductHeaders(headers: IncomingHttpHeaders): HeaderVerdict {
  const opensearch = headerValues(headers[OPENSEARCH_HEADER])
  if (opensearch !== undefined) {
    const header = opensearch[0]!
    return { name: 'opensearch', version: fromOpenSearchHeader(header).version, header }
  }
  const elastic = headerValues(headers[ELASTIC_HEADER])
  if (elastic === undefined) return { name: 'none' }
  if (elastic.every((value) => value === 'Elasticsearch')) return { name: 'elasticsearch' }
  return { name: 'other', said: elastic.join(', ') }
}

/** A header's values, split where a proxy joined duplicates; undefined when absent or empty. */
function headerValues(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined
  // Read on every answer: the usual single value without a comma takes no array work.
  if (typeof value === 'string' && !value.includes(',')) {
    const one = value.trim()
    return one === '' ? undefined : [one]
  }
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim())
  const present = values.filter((v) => v !== '')
  return present.length === 0 ? undefined : present
}

/** Product and version from an answer's headers and, when given, a `GET /` body. */
export function classify(headers: IncomingHttpHeaders, body: unknown): ServerInfo | undefined {
  const version = (body as { version?: { number?: unknown; distribution?: unknown } } | undefined)?.version
  const number = typeof version?.number === 'string' ? version.number : undefined
  const said = readProductHeaders(headers)
  if (said.name === 'opensearch') return { name: 'opensearch', version: number ?? said.version }
  if (version?.distribution === 'opensearch') return { name: 'opensearch', version: number }
  if (said.name === 'elasticsearch') return { name: 'elasticsearch', version: number }
  // Elasticsearch before 7.14 has no header; its GET / has a version number and the tagline.
  if (number !== undefined && (body as { tagline?: unknown }).tagline === ES_TAGLINE)
    return { name: 'elasticsearch', version: number }
  return undefined
}

function fromOpenSearchHeader(value: string): ServerInfo {
  const m = /^OpenSearch\/(\S+)/i.exec(value)
  return { name: 'opensearch', version: m?.[1] }
}
