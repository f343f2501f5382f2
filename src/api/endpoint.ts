/**
 * The runtime behind every API method: turns flat `params` (path parts, query parameters and body fields
 * side by side) into one transport request, using only the endpoint's descriptor.
 *
 * Routing of each key of `params`:
 * - `querystring` (object): sent as extra query parameters, as they are. The way to send a parameter the
 *   spec does not list.
 * - `body`: sent as the whole body, even on an endpoint whose spec has none.
 * - a path part of the chosen path: percent-encoded into the URL.
 * - a query parameter of the endpoint or a common one (`pretty`, `filter_path`, ...): sent in the query
 *   when its value is a string, number, boolean, Date or an array of those. An object value goes to the
 *   body instead when the endpoint has one (search's `sort: [{ ts: 'asc' }]` vs `sort: 'ts:asc'`).
 * - the endpoint's body key (`document`, `operations`, `searches`, ...): the whole body.
 * - anything else: a body field, or a `ConfigurationError` when the endpoint takes no body.
 * Keys whose value is `undefined` are ignored, so `{ routing: maybe }` needs no guard.
 */
import { ConfigurationError } from '../errors.js'
import type { TransportLike, TransportRequestOptions, TransportRequestParams } from '../transport/types.js'
import type { Endpoint, EndpointPath } from './endpoint-types.js'
import { COMMON_PARAMS } from './generated/common.js'
import { READ_ONLY_ENDPOINTS } from './read-only-endpoints.js'
import { isWriteOnce } from './write-once-endpoints.js'

export type { BodyKind, Endpoint, EndpointPath, ParamType } from './endpoint-types.js'

type Params = Record<string, unknown>

/**
 * Sends one request for `endpoint`. Rejects with a `ConfigurationError` (before anything is sent) when a
 * required path part, query parameter or body is missing, or a key cannot go anywhere.
 * `options` reach the transport unchanged.
 */
export async function callEndpoint(
  transport: TransportLike,
  endpoint: Endpoint,
  params?: Params | null,
  options?: TransportRequestOptions,
): Promise<any> {
  const request = buildRequest(endpoint, params)
  return options === undefined ? transport.request(request) : transport.request(request, options)
}

/** The request `callEndpoint` would send, without sending it. Throws `ConfigurationError`. */
export function buildRequest(endpoint: Endpoint, params?: Params | null): TransportRequestParams {
  const name = endpoint.name
  if (params === undefined || params === null) params = {}
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw new ConfigurationError(`${name}: params must be an object, got ${describe(params)}`)
  }

  const plan = planOf(endpoint)
  const given: Params = {}
  const query: Record<string, string> = {}
  const fields: Params = {}
  let extraQuery: Params | undefined
  let explicitBody: unknown
  let whole: unknown

  for (const key of Object.keys(params)) {
    const value = params[key]
    if (value === undefined) continue
    if (key === 'querystring') {
      if (value === null) continue
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`${name}: querystring must be an object, got ${describe(value)}`)
      }
      extraQuery = value as Params
    } else if (key === 'body') {
      explicitBody = value
    } else if (plan.parts.has(key)) {
      // An empty list means "all" to Elasticsearch (`indices.refresh({ index: [] })` refreshes every
      // index, as its own YAML tests check), so it is left out. An empty string is rejected: for an id it
      // would silently turn `PUT /i/_doc/{id}` into an auto-generated id.
      if (value === null || (Array.isArray(value) && value.length === 0)) continue
      if (value === '') {
        throw new ConfigurationError(
          `${name}: the path part \`${key}\` is an empty string; leave it out to use the paths without it`,
        )
      }
      given[key] = value
    } else if (key === endpoint.bodyKey) {
      whole = value
    } else if (plan.query.has(key)) {
      routeQueryValue(endpoint, key, value, query, fields)
    } else {
      fields[key] = value
    }
  }

  const chosen = choosePath(endpoint, given)
  let path = chosen.path
  if (chosen.parts.length > 0) {
    const { pieces, names } = plan.templates.get(chosen)!
    path = pieces[0]!
    for (let i = 0; i < names.length; i++) {
      const part = names[i]!
      path += encodePart(name, part, given[part]) + pieces[i + 1]!
    }
  }
  for (const key of Object.keys(given)) {
    if (chosen.parts.includes(key)) continue
    if (plan.query.has(key)) {
      routeQueryValue(endpoint, key, given[key], query, fields)
      delete given[key]
      continue
    }
    throw new ConfigurationError(
      `${name}: path part \`${key}\` cannot be combined with the other parts given (${Object.keys(given).join(', ')}); ` +
        `the paths are ${endpoint.paths.map((p) => p.path).join(', ')}`,
    )
  }

  if (extraQuery !== undefined) {
    for (const key of Object.keys(extraQuery)) {
      const v = extraQuery[key]
      if (v === undefined || v === null) continue
      const s = queryString(v)
      if (s === undefined) {
        throw new ConfigurationError(
          `${name}: querystring.${key} must be a string, number, boolean or array of those`,
        )
      }
      query[key] = s
    }
  }

  for (const key of endpoint.required ?? []) {
    if (query[key] === undefined) {
      throw new ConfigurationError(`${name}: the query parameter \`${key}\` is required`)
    }
  }

  const request: TransportRequestParams = { method: 'GET', path }
  request.endpoint = name
  if (chosen.parts.length > 0) request.pathParts = given
  if (Object.keys(query).length > 0) request.querystring = query

  const fieldKeys = Object.keys(fields)
  let hasBody = false
  if (endpoint.body === 'ndjson') {
    if (fieldKeys.length > 0) throw unknownKey(endpoint, fieldKeys[0]!)
    if (explicitBody !== undefined && whole !== undefined) throw bothBodies(endpoint)
    const ndjson = explicitBody ?? whole
    if (ndjson !== undefined) {
      if (!Array.isArray(ndjson) && typeof ndjson !== 'string' && !(ndjson instanceof Uint8Array)) {
        throw new ConfigurationError(
          `${name}: ${endpoint.bodyKey ?? 'body'} must be an array, an NDJSON string or a Buffer, got ${describe(ndjson)}`,
        )
      }
      if (ndjson.length === 0) {
        throw new ConfigurationError(
          `${name}: ${endpoint.bodyKey ?? 'body'} is empty; there is nothing to send`,
        )
      }
      request.bulkBody = ndjson as TransportRequestParams['bulkBody']
      hasBody = true
    }
  } else if (endpoint.body === 'json' && endpoint.bodyKey !== undefined) {
    if (fieldKeys.length > 0) throw unknownKey(endpoint, fieldKeys[0]!)
    if (explicitBody !== undefined && whole !== undefined) throw bothBodies(endpoint)
    const body = explicitBody ?? whole
    if (body !== undefined) {
      request.body = body
      hasBody = true
    }
  } else if (endpoint.body === 'json') {
    if (explicitBody !== undefined && fieldKeys.length > 0) {
      throw new ConfigurationError(
        `${name}: give the body either as \`body\` or as flat fields, not both (got \`body\` and \`${fieldKeys[0]}\`)`,
      )
    }
    if (explicitBody !== undefined) {
      request.body = explicitBody
      hasBody = true
    } else if (fieldKeys.length > 0) {
      request.body = fields
      hasBody = true
    }
  } else {
    if (fieldKeys.length > 0) throw unknownKey(endpoint, fieldKeys[0]!)
    if (explicitBody !== undefined) {
      request.body = explicitBody
      hasBody = true
    }
  }

  if (!hasBody && endpoint.bodyRequired) {
    const what = endpoint.bodyKey ? `\`${endpoint.bodyKey}\`` : 'its fields or `body`'
    throw new ConfigurationError(`${name}: a request body is required; pass ${what}`)
  }

  request.method = chooseMethod(chosen, hasBody)
  // A search sent as POST is still only a read: retried like a GET after a lost answer.
  if (READ_ONLY_ENDPOINTS.has(name)) request.idempotent = true
  // A create or conditional write sent with PUT: repeated after a lost answer, it would conflict with itself.
  else if (isWriteOnce(name, query)) request.idempotent = false
  return request
}

/** What buildRequest looks up per key, computed once per descriptor. */
interface Plan {
  parts: Set<string>
  /** The endpoint's and the common query parameters. */
  query: Set<string>
  /** Each path template split around its parts: `/{index}/_doc/{id}` -> ['/', '/_doc/', ''], ['index', 'id']. */
  templates: Map<EndpointPath, { pieces: string[]; names: string[] }>
}

const plans = new WeakMap<Endpoint, Plan>()
function planOf(endpoint: Endpoint): Plan {
  let plan = plans.get(endpoint)
  if (plan === undefined) {
    const templates = new Map<EndpointPath, { pieces: string[]; names: string[] }>()
    for (const p of endpoint.paths) {
      const names = Array.from(p.path.matchAll(/\{([^}]+)\}/g), (m) => m[1]!)
      templates.set(p, { pieces: p.path.split(/\{[^}]+\}/), names })
    }
    plan = {
      parts: new Set(endpoint.paths.flatMap((p) => p.parts)),
      query: new Set([...Object.keys(endpoint.params), ...Object.keys(COMMON_PARAMS)]),
      templates,
    }
    plans.set(endpoint, plan)
  }
  return plan
}

function routeQueryValue(
  endpoint: Endpoint,
  key: string,
  value: unknown,
  query: Record<string, string>,
  fields: Params,
) {
  if (value === null) return
  const s = queryString(value)
  if (s !== undefined) {
    query[key] = s
  } else if (endpoint.body === 'json' && endpoint.bodyKey === undefined) {
    fields[key] = value
  } else {
    throw new ConfigurationError(
      `${endpoint.name}: \`${key}\` is a query parameter and must be a string, number, boolean, Date or array of those, got ${describe(value)}`,
    )
  }
}

/** The query-string form of a value, or undefined when it has none (objects, nested arrays). */
function queryString(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const items: string[] = []
    for (const item of value) {
      const s = scalarString(item)
      if (s === undefined) return undefined
      items.push(s)
    }
    return items.join(',')
  }
  return scalarString(value)
}

function scalarString(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined
    default:
      return value instanceof Date ? value.toISOString() : undefined
  }
}

/** The path with the most parts that are all given; on a tie a current one before a deprecated one, then spec order. */
function choosePath(endpoint: Endpoint, given: Params): EndpointPath {
  let best: EndpointPath | undefined
  for (const p of endpoint.paths) {
    if (!p.parts.every((part) => given[part] !== undefined)) continue
    if (
      best === undefined ||
      p.parts.length > best.parts.length ||
      (p.parts.length === best.parts.length && best.deprecated && !p.deprecated)
    ) {
      best = p
    }
  }
  if (best !== undefined) return best
  // Name what is missing from the path that needs the fewest additional parts.
  let missing: string[] | undefined
  for (const p of endpoint.paths) {
    const m = p.parts.filter((part) => given[part] === undefined)
    if (missing === undefined || m.length < missing.length) missing = m
  }
  const list = (missing ?? []).map((m) => `\`${m}\``).join(', ')
  throw new ConfigurationError(`${endpoint.name}: the path part ${list} is required`)
}

/**
 * Percent-encodes one path part so that it addresses exactly the named thing: `/`, `?`, `#`, `%` and
 * spaces are encoded (encodeURIComponent), and a part made of dots only (`.`, `..`) is encoded too, since
 * URL normalization would otherwise treat it as a directory step. List parts are joined with commas.
 */
function encodePart(endpointName: string, part: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => encodeScalar(endpointName, part, v)).join(',')
  return encodeScalar(endpointName, part, value)
}

function encodeScalar(endpointName: string, part: string, value: unknown): string {
  let s: string
  if (typeof value === 'string') s = value
  else if (typeof value === 'number' && Number.isFinite(value)) s = String(value)
  else if (typeof value === 'bigint') s = String(value)
  else {
    throw new ConfigurationError(
      `${endpointName}: the path part \`${part}\` must be a string or number, got ${describe(value)}`,
    )
  }
  const encoded = encodeURIComponent(s)
  return /^\.+$/.test(encoded) ? encoded.replaceAll('.', '%2E') : encoded
}

/**
 * With a body, the first method that carries one (PUT before POST when the spec lists PUT first, as for
 * index with an id); without, GET when allowed, else the spec's first.
 */
function chooseMethod(path: EndpointPath, hasBody: boolean) {
  const methods = path.methods
  if (hasBody) return methods.find((m) => m !== 'GET' && m !== 'HEAD') ?? methods[0]!
  return methods.includes('GET') ? 'GET' : methods[0]!
}

function unknownKey(endpoint: Endpoint, key: string): ConfigurationError {
  const where =
    endpoint.body === 'none'
      ? 'and takes no body'
      : `and its body is given as \`${endpoint.bodyKey ?? 'body'}\``
  return new ConfigurationError(
    `${endpoint.name}: unknown parameter \`${key}\`: it is not a path part or query parameter of this endpoint ${where}. ` +
      `To send it anyway, pass it in \`querystring: { ${key}: ... }\` (or the whole body as \`body\`).`,
  )
}

function bothBodies(endpoint: Endpoint): ConfigurationError {
  return new ConfigurationError(`${endpoint.name}: give either \`${endpoint.bodyKey}\` or \`body\`, not both`)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'a Date'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`
  return `${typeof value} ${String(value)}`
}
