/**
 * `elastream/testing`: an HTTP server on 127.0.0.1 (port 0) that answers like Elasticsearch from routes the
 * test declares, and records every request. An application's unit tests point a real Client at `mock.url`.
 *
 * A real server rather than a fake dispatcher plugged into the client: everything between the call and the
 * socket runs as in production (serialization, compression, retries, the product check, the helpers'
 * batching, timeouts, aborts), nothing in the client has a test-only path, and it works the same under Node,
 * Bun and Deno. The price is a loopback round trip per request (tens of microseconds) and an `await` to start
 * and close it.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { LOSSLESS } from '../transport/json-serializer.js'
import { compilePath, type PathMatcher } from './path-pattern.js'

/** What a route matches. Every field given must match; `body` and `query` match when they are a subset. */
export interface RouteMatch {
  /** `'GET'`, several, or omitted for any. */
  method?: string | readonly string[]
  /** `/my-index/_doc/1`, a pattern with `:name` segments and `*` (`/:index/_search`), several, or a RegExp. */
  path: string | RegExp | readonly (string | RegExp)[]
  /** Query parameters that must be present with these values (as strings). */
  query?: Record<string, string>
  /** A subset of the JSON body (or, for NDJSON, of the array of its lines) that must be present. */
  body?: unknown
}

/** One request as the server saw it. */
export interface MockRequest {
  method: string
  /** The path, without the query string. */
  path: string
  query: Record<string, string>
  headers: http.IncomingHttpHeaders
  /** JSON: the parsed value; NDJSON (bulk, msearch): an array of the parsed lines; none: undefined. */
  body: unknown
  /** The body as text (decompressed). */
  text: string
  /** Values of `:name` segments of the route that answered. */
  params: Record<string, string>
}

/** What a handler returns: a value (200 JSON), `reply(...)`, `disconnect()`, or a promise of one. */
export type RouteResult = unknown
export type RouteHandler = (request: MockRequest) => RouteResult | Promise<RouteResult>

export interface RouteOptions {
  /** Milliseconds to wait before answering (a slow node: try `requestTimeout`). Default 0. */
  delay?: number
  /** Answer this many requests, then stop matching (the next route, or a 404). Default: no limit. */
  times?: number
}

const kReply = Symbol('elastream.testing.reply')

/** An answer with its status and headers. Body: an object or array (JSON), a string, a Buffer, or none. */
export interface Reply {
  readonly [kReply]: 'reply' | 'disconnect'
  statusCode: number
  body: unknown
  headers: Record<string, string>
}

/** Answers `statusCode` with `body` (JSON unless a string or Buffer) and extra `headers`. */
export function reply(statusCode: number, body?: unknown, headers: Record<string, string> = {}): Reply {
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599)
    rejectOption('reply: statusCode', 'must be an integer from 100 to 599', statusCode)
  return { [kReply]: 'reply', statusCode, body, headers }
}

/**
 * An Elasticsearch error answer: `{ error: { type, reason, root_cause }, status }`, as the node sends it, so
 * the client raises a ResponseError with this `statusCode`, `type` and `reason`.
 */
export function errorReply(statusCode: number, type: string, reason: string): Reply {
  return reply(statusCode, { error: { root_cause: [{ type, reason }], type, reason }, status: statusCode })
}

/** Closes the socket without an answer: the client sees a connection error (and retries what is safe). */
export function disconnect(): Reply {
  return { [kReply]: 'disconnect', statusCode: 0, body: undefined, headers: {} }
}

interface Route {
  methods: readonly string[] | undefined
  paths: PathMatcher[]
  query: Record<string, string> | undefined
  body: unknown
  handler: RouteHandler
  delay: number
  left: number
}

/** What `GET /` answers unless a route says otherwise: a 9.x node, so the client's product check passes. */
const INFO = {
  name: 'elastream-mock',
  cluster_name: 'elastream-mock',
  cluster_uuid: 'elastream-mock',
  version: { number: '9.5.3', build_flavor: 'default', lucene_version: '10.3.0', minimum_wire_compatibility_version: '8.19.0', minimum_index_compatibility_version: '8.0.0' },
  tagline: 'You Know, for Search',
}

export class MockServer {
  /** `http://127.0.0.1:<port>`: give it to `new Client({ node })`. */
  readonly url: string
  /** Every request received, in order, routed or not. */
  readonly requests: MockRequest[] = []
  readonly #server: http.Server
  readonly #sockets = new Set<Socket>()
  #routes: Route[] = []

  private constructor(server: http.Server, url: string) {
    this.#server = server
    this.url = url
  }

  /** Starts a server on 127.0.0.1, on a free port. Close it with `close()` (or `await using`). */
  static async start(): Promise<MockServer> {
    const ready: { mock?: MockServer } = {} // the server exists before the MockServer that wraps it
    const server = http.createServer((req, res) => {
      ready.mock!.#receive(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          send(res, reply(500, { error: { type: 'mock_handler_error', reason: String((error as Error)?.message ?? error) }, status: 500 }))
        } else res.destroy()
      })
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', resolve)
    })
    const { port } = server.address() as AddressInfo
    const mock = new MockServer(server, `http://127.0.0.1:${port}`)
    ready.mock = mock
    server.on('connection', (socket: Socket) => {
      mock.#sockets.add(socket)
      socket.on('close', () => mock.#sockets.delete(socket))
    })
    return mock
  }

  /**
   * Adds a route. Routes are tried in the order added; the first whose method, path, query and body match
   * answers. `handler` may be a function of the request or a fixed answer (a value, `reply(...)`, ...).
   */
  add(match: RouteMatch, handler: RouteHandler, options?: RouteOptions): this
  add(match: RouteMatch, answer: RouteResult, options?: RouteOptions): this
  add(match: RouteMatch, handler: RouteHandler | RouteResult, options: RouteOptions = {}): this {
    if (match === null || typeof match !== 'object') rejectOption('add: the match', 'must be an object with a path', match)
    for (const key of Object.keys(match)) {
      if (!['method', 'path', 'query', 'body'].includes(key)) {
        // `querystring` is @elastic/elasticsearch-mock's name for it: say so to those who come from there.
        const hint = key === 'querystring' ? '; querystring is called query here' : ''
        throw new ConfigurationError(`add: unknown match field "${key}" (known: method, path, query, body)${hint}`)
      }
    }
    for (const key of Object.keys(options)) {
      if (key !== 'delay' && key !== 'times') throw new ConfigurationError(`add: unknown option "${key}" (known: delay, times)`)
    }
    const delay = options.delay ?? 0
    if (!Number.isFinite(delay) || delay < 0) rejectOption('add: delay', 'must be a number of milliseconds >= 0', delay)
    const times = options.times ?? Number.POSITIVE_INFINITY
    if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times > 0)))
      rejectOption('add: times', 'must be a positive integer', times)
    const paths = (Array.isArray(match.path) ? match.path : [match.path]) as (string | RegExp)[]
    if (paths.length === 0) throw new ConfigurationError('add: path must name at least one path')
    const methods = match.method === undefined ? undefined : (Array.isArray(match.method) ? match.method : [match.method]).map((m: string) => m.toUpperCase())
    this.#routes.push({
      methods,
      paths: paths.map(compilePath),
      query: match.query,
      body: match.body,
      handler: typeof handler === 'function' ? (handler as RouteHandler) : () => handler,
      delay,
      left: times,
    })
    return this
  }

  /** The requests that `match` would match (for assertions), in order. */
  calls(match: Partial<RouteMatch> = {}): MockRequest[] {
    const route: Omit<Route, 'handler' | 'delay' | 'left'> = {
      methods: match.method === undefined ? undefined : (Array.isArray(match.method) ? match.method : [match.method]).map((m: string) => m.toUpperCase()),
      paths: match.path === undefined ? [] : ((Array.isArray(match.path) ? match.path : [match.path]) as (string | RegExp)[]).map(compilePath),
      query: match.query,
      body: match.body,
    }
    return this.requests.filter((request) => matches(route, request, match.path === undefined) !== undefined)
  }

  /** Forgets every route and every recorded request. */
  clear(): void {
    this.#routes = []
    this.requests.length = 0
  }

  /** Stops the server and closes every socket still open. */
  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy()
    return new Promise((resolve) => this.#server.close(() => resolve()))
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close()
  }

  async #receive(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    let raw = Buffer.concat(chunks)
    if (/gzip/i.test(String(req.headers['content-encoding'] ?? ''))) raw = gunzipSync(raw)
    const url = new URL(req.url ?? '/', this.url)
    const text = raw.toString('utf8')
    const request: MockRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseBody(text, String(req.headers['content-type'] ?? '')),
      text,
      params: {},
    }
    this.requests.push(request)
    for (const route of this.#routes) {
      if (route.left <= 0) continue
      const params = matches(route, request, false)
      if (params === undefined) continue
      route.left--
      request.params = params
      if (route.delay > 0) await new Promise((resolve) => setTimeout(resolve, route.delay))
      const answer = await route.handler(request)
      send(res, isReply(answer) ? answer : reply(200, answer))
      return
    }
    if (request.path === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
      send(res, reply(200, request.method === 'HEAD' ? undefined : INFO))
      return
    }
    send(res, errorReply(404, 'mock_route_not_found', `no route for ${request.method} ${request.path}${url.search}`))
  }
}

/** Starts a MockServer (the same as `MockServer.start()`). */
export function mockServer(): Promise<MockServer> {
  return MockServer.start()
}

function isReply(value: unknown): value is Reply {
  return value !== null && typeof value === 'object' && kReply in value
}

function send(res: http.ServerResponse, answer: Reply): void {
  if (answer[kReply] === 'disconnect') {
    res.socket?.destroy()
    return
  }
  const { statusCode, body } = answer
  let payload: Buffer | string = ''
  let type: string | undefined
  if (Buffer.isBuffer(body)) {
    payload = body
    type = 'application/octet-stream'
  } else if (typeof body === 'string') {
    payload = body
    type = 'text/plain; charset=UTF-8'
  } else if (body !== undefined) {
    payload = LOSSLESS.stringify(body) // a bigint in an answer goes out as its digits
    type = 'application/json'
  }
  const headers: Record<string, string | number> = { 'x-elastic-product': 'Elasticsearch', 'content-length': Buffer.byteLength(payload) }
  if (type !== undefined) headers['content-type'] = type
  for (const [name, value] of Object.entries(answer.headers)) headers[name.toLowerCase()] = value
  res.writeHead(statusCode, headers)
  res.end(payload)
}

function parseBody(text: string, contentType: string): unknown {
  if (text === '') return undefined
  try {
    if (/ndjson/i.test(contentType)) {
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown)
    }
    return JSON.parse(text) as unknown
  } catch {
    return text // not JSON: the handler reads `text`
  }
}

/** The route's params when it matches the request, else undefined. `anyPath`: a route without paths (calls()). */
function matches(route: Omit<Route, 'handler' | 'delay' | 'left'>, request: MockRequest, anyPath: boolean): Record<string, string> | undefined {
  if (route.methods !== undefined && !route.methods.includes(request.method)) return undefined
  let params: Record<string, string> | undefined = anyPath ? {} : undefined
  for (const path of route.paths) {
    params = path(request.path)
    if (params !== undefined) break
  }
  if (params === undefined) return undefined
  if (route.query !== undefined) {
    for (const [name, value] of Object.entries(route.query)) if (request.query[name] !== String(value)) return undefined
  }
  if (route.body !== undefined && !contains(request.body, route.body)) return undefined
  return params
}

/** Whether `actual` holds everything `expected` has: objects by subset, arrays element by element. */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected)
  if (actual === null || typeof actual !== 'object') return false
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => contains(actual[i], item))
  }
  return Object.entries(expected).every(([key, value]) => Object.hasOwn(actual, key) && contains((actual as Record<string, unknown>)[key], value))
}
