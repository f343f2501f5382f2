/** The refusals of the product check, each saying what answered, what was expected and what to pass instead. */
import { ProductNotSupportedError } from '../../errors.js'
import { ELASTIC_HEADER } from './product-headers.js'
import type { ServerInfo, ServerProduct } from './server-info.js'

export function productName(name: ServerProduct): 'Elasticsearch' | 'OpenSearch' {
  return name === 'elasticsearch' ? 'Elasticsearch' : 'OpenSearch'
}

function describeServer(server: unknown): string {
  return typeof server === 'string' ? ` (server: ${server})` : ''
}

export function notWhatWasAsked(
  node: string,
  wanted: 'Elasticsearch' | 'OpenSearch',
  elastic: unknown,
  opensearch: unknown,
  server: unknown,
): ProductNotSupportedError {
  const said =
    typeof opensearch === 'string'
      ? `is OpenSearch (X-OpenSearch-Version: ${opensearch})`
      : elastic === undefined
        ? `sent no ${ELASTIC_HEADER} header`
        : `says ${ELASTIC_HEADER}: ${String(elastic)}`
  const hint =
    wanted === 'Elasticsearch'
      ? `Pass product: 'auto' to talk to Elasticsearch or OpenSearch, or product: 'any' to skip this check (Elasticsearch before 7.14 sends no header).`
      : `Pass product: 'auto' to talk to Elasticsearch or OpenSearch.`
  return new ProductNotSupportedError(`The server at ${node} is not ${wanted}: it ${said}${describeServer(server)}. ${hint}`)
}

export function neither(node: string, what: string, server: unknown): ProductNotSupportedError {
  return new ProductNotSupportedError(
    `The server at ${node} is neither Elasticsearch nor OpenSearch: it ${what}${describeServer(server)}. ` +
      `Pass product: 'any' to skip this check.`,
  )
}

export function mixed(node: string, now: 'Elasticsearch' | 'OpenSearch', known: ServerInfo): ProductNotSupportedError {
  return new ProductNotSupportedError(
    `The server at ${node} is ${now}, but this client already talks to ${productName(known.name)}: ` +
      `one client serves one cluster. Use a client per cluster.`,
  )
}
