// Deterministic synthetic log documents. Every field is derived from the
// document number with integer arithmetic only, so common/logdoc.py yields
// byte-identical JSON and every client (Node or Python) indexes the same data
// without reading it from disk first.

const LEVELS = ['info', 'info', 'info', 'warn', 'error', 'debug']
const SERVICES = ['api', 'auth', 'billing', 'search', 'ingest', 'frontend', 'worker']
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE']
const PATHS = ['/v1/users', '/v1/orders', '/v1/search', '/v1/items', '/health', '/v1/login', '/v1/cart']
const STATUSES = [200, 200, 200, 201, 204, 301, 400, 404, 500, 503]
// 2026-01-01T00:00:00.000Z
const BASE_MS = 1767225600000

/** The i-th log document (about 400 bytes of JSON). */
export function logDoc(i) {
  const status = STATUSES[(i * 7) % 10]
  const method = METHODS[(i * 17) % 6]
  const path = `${PATHS[(i * 19) % 7]}/${i % 1000}`
  const user = `u${(i * 7919) % 100000}`
  const d = (i * 104729) % 50000
  return {
    '@timestamp': new Date(BASE_MS + i * 37).toISOString(),
    level: LEVELS[(i * 11) % 6],
    service: SERVICES[(i * 13) % 7],
    host: `host-${(i * 31) % 50}`,
    message: `${method} ${path} completed with status ${status} for user ${user}`,
    http: { method, path, status, bytes: (i * 7919) % 100000 },
    // JSON.stringify writes 120 for 120.0; logdoc.py mirrors that.
    duration_ms: d / 10,
    user: { id: user },
    trace_id:
      (Math.imul(i, 2654435761 | 0) >>> 0).toString(16).padStart(8, '0') +
      (i >>> 0).toString(16).padStart(8, '0'),
    tags: ['bench', SERVICES[(i * 13) % 7], LEVELS[(i * 11) % 6]],
    seq: i,
  }
}

/** Synchronous generator of docs [from, to). */
export function* logDocs(to, from = 0) {
  for (let i = from; i < to; i++) yield logDoc(i)
}
