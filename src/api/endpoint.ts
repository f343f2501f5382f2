/**
 * The runtime behind every API method: turns flat `params` (path parts, query parameters and body fields
 * side by side) into one transport request, using only the endpoint's descriptor, by the rules the official
 * client (`@elastic/elasticsearch` 9.5) follows, so the same call sends the same request.
 *
 * Routing of each key of `params`, in this order:
 * - `querystring` (object): extra query parameters, sent as they are; the keys below override them.
 * - `body`: the body as it is; on a `fields` endpoint an object is the base the fields are added to.
 * - the body key of a `value`/`ndjson` endpoint (`document`, `settings`, `operations`, ...): the whole body.
 * - a body field of a `fields` endpoint (`query`, `size`, `sort`, ... for search): into the body, even when the
 *   endpoint also takes it in the query string.
 * - a path part: into the URL (percent-encoded), never anywhere else.
 * - a query parameter of the endpoint or a common one (`pretty`, `filter_path`, ...): into the query string.
 * - anything else: a body field when the endpoint has a body, else a query parameter. A key the
 *   specification does not know is sent, never refused: the server decides.
 * docs/api.md lists where elastream deliberately differs from the official client, and why.
 */
import { ConfigurationError } from '../errors.js'
import type {
  QueryValue,
  TransportLike,
  TransportRequestOptions,
  TransportRequestParams,
} from '../transport/types.js'
import type { Endpoint, EndpointPath } from './endpoint-types.js'
import { COMMON_QUERY } from './generated/common.js'
import { READ_ONLY_ENDPOINTS } from './read-only-endpoints.js'
import { isWriteOnce } from './write-once-endpoints.js'

export type { BodyKind, Endpoint, EndpointPath } from './endpoint-types.js'

type Params = Record<string, unknown>

/**
 * Sends one request for `endpoint`. Rejects with a `ConfigurationError` (before anything is sent) when a
 * path part is missing or cannot be put in a URL, or a query value has no query-string form.
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
  const query: Record<string, QueryValue> = {}
  let fields: Params | undefined
  let body: unknown

  const extra = params.querystring
  if (extra !== undefined && extra !== null) {
    if (typeof extra !== 'object' || Array.isArray(extra)) {
      throw new ConfigurationError(`${name}: querystring must be an object, got ${describe(extra)}`)
    }
    for (const key of Object.keys(extra)) addQuery(name, `querystring.${key}`, key, (extra as Params)[key], query)
  }
  const userBody = params.body
  if (userBody !== undefined && userBody !== null) {
    if (endpoint.body === 'fields' && isPlainObject(userBody)) fields = { ...userBody }
    else body = userBody
  }

  for (const key of Object.keys(params)) {
    const value = params[key]
    // Left out, so `{ routing: maybe }` needs no guard (the official client would still open a body).
    if (value === undefined || value === null || key === 'querystring' || key === 'body') continue
    if (plan.bodyKey === key) {
      body = value
    } else if (plan.bodyFields?.has(key) === true) {
      if (endpoint.sortInQuery === true && key === 'sort' && typeof value === 'string' && value.includes(':')) {
        addQuery(name, key, key, value, query)
        // The official client has opened its body by then: the search goes out as POST with `{}`.
        fields ??= {}
      } else {
        fields = addField(endpoint, fields, key, value)
      }
    } else if (plan.parts.has(key)) {
      // An empty list means "all" to Elasticsearch (`indices.refresh({ index: [] })` refreshes every
      // index), so the part is left out. An empty string is refused: for an id it would silently turn
      // `PUT /i/_doc/{id}` into an auto-generated id.
      if (Array.isArray(value) && value.length === 0) continue
      if (value === '') {
        throw new ConfigurationError(
          `${name}: the path part \`${key}\` is an empty string; leave it out to use the paths without it`,
        )
      }
      given[key] = value
    } else if (endpoint.body === 'none' || plan.query.has(key)) {
      addQuery(name, key, key, value, query)
    } else {
      fields = addField(endpoint, fields, key, value)
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
    throw new ConfigurationError(
      `${name}: path part \`${key}\` cannot be combined with the other parts given (${Object.keys(given).join(', ')}); ` +
        `the paths are ${endpoint.paths.map((p) => p.path).join(', ')}`,
    )
  }

  if (fields !== undefined) {
    // On a `value` endpoint the official client adds a key it does not know to the value (a copy here).
    if (body === undefined) body = fields
    else if (isPlainObject(body)) body = { ...body, ...fields }
    else {
      throw new ConfigurationError(
        `${name}: the body given as \`${endpoint.body === 'value' ? endpoint.bodyKeys?.[0] : 'body'}\` is ${describe(body)}, so the field \`${Object.keys(fields)[0]}\` cannot be added to it`,
      )
    }
  }

  const request: TransportRequestParams = { method: 'GET', path }
  request.endpoint = name
  if (chosen.parts.length > 0) request.pathParts = given
  if (Object.keys(query).length > 0) request.querystring = query

  const hasBody = body !== undefined
  if (endpoint.body === 'ndjson' && hasBody) {
    if (!Array.isArray(body) && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      throw new ConfigurationError(
        `${name}: ${endpoint.bodyKeys?.[0] ?? 'body'} must be an array, an NDJSON string or a Buffer, got ${describe(body)}`,
      )
    }
    if (body.length === 0) {
      throw new ConfigurationError(`${name}: ${endpoint.bodyKeys?.[0] ?? 'body'} is empty; there is nothing to send`)
    }
    request.bulkBody = body as TransportRequestParams['bulkBody']
  } else if (hasBody) {
    request.body = body
  }
  if (!hasBody && endpoint.bodyRequired === true) {
    throw new ConfigurationError(`${name}: a request body is required; pass \`${endpoint.bodyKeys?.[0] ?? 'body'}\``)
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
  /** `fields` endpoints: the names that go to the body before any other rule. */
  bodyFields: Set<string> | undefined
  /** `value` and `ndjson` endpoints: the key whose value is the body. */
  bodyKey: string | undefined
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
    const whole = endpoint.body === 'value' || endpoint.body === 'ndjson'
    plan = {
      parts: new Set([...endpoint.paths.flatMap((p) => p.parts), ...(endpoint.pathKeys ?? [])]),
      query: new Set([...endpoint.query, ...COMMON_QUERY]),
      bodyFields: endpoint.body === 'fields' && endpoint.bodyKeys ? new Set(endpoint.bodyKeys) : undefined,
      bodyKey: whole ? endpoint.bodyKeys?.[0] : undefined,
      templates,
    }
    plans.set(endpoint, plan)
  }
  return plan
}

/** Adds a body field to the fields gathered so far. */
function addField(endpoint: Endpoint, fields: Params | undefined, key: string, value: unknown): Params {
  if (endpoint.body === 'ndjson') {
    throw new ConfigurationError(
      `${endpoint.name}: unknown parameter \`${key}\`: the body is the NDJSON \`${endpoint.bodyKeys?.[0] ?? 'body'}\`. ` +
        `To send it as a query parameter, pass it in \`querystring: { ${key}: ... }\`.`,
    )
  }
  const out = fields ?? {}
  out[key] = value
  return out
}

function addQuery(name: string, label: string, key: string, value: unknown, query: Record<string, QueryValue>) {
  if (value === undefined || value === null) return
  const s = queryValue(value)
  if (s === undefined) {
    throw new ConfigurationError(
      `${name}: \`${label}\` goes to the query string and must be a string, number, boolean, Date or array of those, got ${describe(value)}`,
    )
  }
  query[key] = s
}

/** The query-string form of a value, or undefined when it has none (objects, nested arrays, NaN). */
function queryValue(value: unknown): QueryValue | undefined {
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

function isPlainObject(value: unknown): value is Params {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** The path with the most parts that are all given; on a tie a current one before a deprecated one, then order. */
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
 * Percent-encodes one path part as the official client does (a list joined with commas first, then
 * encodeURIComponent, so `/`, `?`, `#`, `%`, `,` and spaces are encoded). A part made of dots only (`.`,
 * `..`) has its dots encoded too, since URL normalization would otherwise treat it as a directory step.
 */
function encodePart(endpointName: string, part: string, value: unknown): string {
  const items = Array.isArray(value) ? value : [value]
  const strings: string[] = []
  for (const item of items) {
    if (typeof item === 'string') strings.push(item)
    else if ((typeof item === 'number' && Number.isFinite(item)) || typeof item === 'bigint' || typeof item === 'boolean')
      strings.push(String(item))
    else {
      throw new ConfigurationError(
        `${endpointName}: the path part \`${part}\` must be a string or number (or a list of those), got ${describe(value)}`,
      )
    }
  }
  const encoded = encodeURIComponent(strings.join(','))
  return /^\.+$/.test(encoded) ? encoded.replaceAll('.', '%2E') : encoded
}

/** GET or POST by the body where the path takes both; else the path's first method (PUT for index with an id). */
function chooseMethod(path: EndpointPath, hasBody: boolean) {
  const methods = path.methods
  if (methods.includes('GET') && methods.includes('POST')) return hasBody ? 'POST' : 'GET'
  return methods[0]!
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'a Date'
  if (Buffer.isBuffer(value)) return 'a Buffer'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`
  return `${typeof value} ${String(value)}`
}
