/**
 * Turns one endpoint of Elasticsearch's `rest-api-spec` JSON into the `Endpoint` descriptor that
 * `callEndpoint` runs. Only the YAML conformance runner uses it, for servers older than the specification
 * the generated API comes from (scripts/generate-api.mjs reads the Elasticsearch specification instead).
 * The REST spec names no body fields: on a `fields` endpoint every key that is not a path part or query
 * parameter goes to the body.
 */

import type { HttpMethod } from '../transport/types.js'
import type { BodyKind, Endpoint, EndpointPath } from './endpoint-types.js'

/** The subset of a spec file's endpoint object that matters here. */
export interface SpecEndpoint {
  url: {
    paths: Array<{
      path: string
      methods: string[]
      parts?: Record<string, SpecParam>
      deprecated?: unknown
    }>
  }
  params?: Record<string, SpecParam>
  body?: { required?: boolean; serialize?: string; [key: string]: unknown } | null
  [key: string]: unknown
}

export interface SpecParam {
  type?: string
  options?: string[]
  required?: boolean
  deprecated?: unknown
  description?: string
  default?: unknown
}

/**
 * Endpoints whose whole body is one value rather than a set of fields. The REST spec does not say what
 * to call that value; these are the names Elastic's own clients use, so code moves between clients.
 */
const BODY_KEYS: Readonly<Record<string, string>> = {
  index: 'document',
  create: 'document',
  bulk: 'operations',
  'monitoring.bulk': 'operations',
  msearch: 'searches',
  'fleet.msearch': 'searches',
  msearch_template: 'search_templates',
  'ml.post_data': 'data',
  'text_structure.find_structure': 'text_files',
}

/** Parts sent in the body rather than the URL, on endpoints that take a body. */
const BODY_PARTS: Readonly<Record<string, readonly string[]>> = {
  scroll: ['scroll_id'],
  clear_scroll: ['scroll_id'],
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE'])

/**
 * `specJson` is either the content of `<name>.json` (`{ [name]: {...} }`) or the inner object.
 * `common` (the `params` of `_common.json`) is added to the query parameters when given.
 */
export function endpointFromSpec(
  name: string,
  specJson: SpecEndpoint | Record<string, unknown>,
  common?: Record<string, SpecParam>,
): Endpoint {
  const spec = (
    (specJson as Record<string, unknown>)[name] !== undefined
      ? (specJson as Record<string, SpecEndpoint>)[name]
      : specJson
  ) as SpecEndpoint
  if (!spec || typeof spec !== 'object' || !spec.url || !Array.isArray(spec.url.paths)) {
    throw new TypeError(`endpointFromSpec: ${name} has no url.paths`)
  }

  const bodyKey = spec.body ? BODY_KEYS[name] : undefined
  const body: BodyKind = !spec.body
    ? 'none'
    : spec.body.serialize === 'bulk'
      ? 'ndjson'
      : bodyKey !== undefined
        ? 'value'
        : 'fields'
  // Parts that belong in the body: the paths that carry them in the URL are deprecated and left out, and
  // a query parameter of the same name too, so a long scroll id never hits URL length limits.
  const inBody = new Set(body === 'none' ? [] : (BODY_PARTS[name] ?? []))
  const kept = spec.url.paths.filter(
    (p) => !(p.deprecated && Object.keys(p.parts ?? {}).some((part) => inBody.has(part))),
  )
  if (kept.length === 0) throw new TypeError(`endpointFromSpec: ${name} has no usable path`)

  const paths: EndpointPath[] = kept.map((p) => {
    const methods = p.methods.map((m) => m.toUpperCase())
    for (const m of methods) {
      if (!METHODS.has(m)) throw new TypeError(`endpointFromSpec: ${name} uses unknown method ${m}`)
    }
    const path: { -readonly [K in keyof EndpointPath]: EndpointPath[K] } = {
      path: p.path,
      parts: partsOf(p.path),
      methods: methods as HttpMethod[],
    }
    // Other deprecated paths stay (older servers need them, e.g. 7.x type paths), chosen only when the
    // parts given need them.
    if (p.deprecated) path.deprecated = true
    return path
  })

  const query = Object.keys({ ...common, ...spec.params })
    .filter((key) => !inBody.has(key))
    .sort()
  const endpoint: { -readonly [K in keyof Endpoint]: Endpoint[K] } = { name, paths, query, body }
  if (bodyKey !== undefined) endpoint.bodyKeys = [bodyKey]
  // The official client refuses a bulk without operations; every other missing body is the server's call.
  if (name === 'bulk') endpoint.bodyRequired = true
  return endpoint
}

/** The `{part}` names of a path template, in order. */
export function partsOf(path: string): string[] {
  const parts: string[] = []
  for (const m of path.matchAll(/\{([^}]+)\}/g)) parts.push(m[1]!)
  return parts
}
