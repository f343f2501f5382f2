// A null-sink that answers like Elasticsearch 9 for the endpoints the
// benchmarks use, doing as little work as possible so the client under test is
// the bottleneck. Run it in its own process (the runner pins it to its own core
// with taskset) and read the port from the first stdout line: {"port": N}.
//
// What it answers:
//   GET|HEAD /                     cluster info (x-elastic-product on every answer)
//   POST /_bulk, /<index>/_bulk    one item per action line, counted without
//                                  parsing documents; honours filter_path for
//                                  the common shapes (errors/took/items)
//   POST /<index>/_pit             point in time over a fixed corpus
//   DELETE /_pit                   close it
//   POST /_search with pit         pages by search_after (sort value = doc number)
//   POST /<index>/_search?scroll=  first scroll page; POST /_search/scroll next;
//   DELETE /_search/scroll         clear
//   POST /<index>/_search          anything else: a fixed 10-hit answer
//   /<index>/_count                the corpus size
//   anything else                  {"acknowledged":true}
//
// The corpus size of an index is the number at the end of its name
// (bench-scan-100000 holds 100000 docs), so one sink serves every size and
// needs no shared state. Sources cycle through SOURCE_CYCLE precomputed docs:
// generating every document would make the sink the bottleneck.
import { createServer } from 'node:http'
import { logDoc } from './common/logdoc.mjs'

const SOURCE_CYCLE = 10007
const DEFAULT_CORPUS = 10000
const sources = Array.from({ length: SOURCE_CYCLE }, (_, i) => Buffer.from(JSON.stringify(logDoc(i))))

const COMMON_HEADERS = {
  'content-type': 'application/json',
  'x-elastic-product': 'Elasticsearch',
}

const INFO = JSON.stringify({
  name: 'sink',
  cluster_name: 'elastream-sink',
  cluster_uuid: 'sink',
  version: {
    number: '9.5.3',
    build_flavor: 'default',
    build_type: 'tar',
    lucene_version: '10.3.0',
    minimum_wire_compatibility_version: '8.19.0',
    minimum_index_compatibility_version: '8.0.0',
  },
  tagline: 'You Know, for Search',
})

const SHARDS = '"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}'

function send(res, status, body) {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

function corpusSize(index) {
  const m = /(\d+)$/.exec(index ?? '')
  return m ? Number(m[1]) : DEFAULT_CORPUS
}

// filter_path for search answers, for the shapes clients send: hit fields
// (hits.hits._source, hits.hits.sort, ...) and top-level keys (_scroll_id,
// pit_id, took). Elasticsearch leaves out objects that end up empty, so a
// filtered last page has no "hits" at all; clients rely on that.
function searchFilter(filterPath) {
  if (!filterPath) return null
  const filters = filterPath.split(',')
  if (filters.some((f) => f === 'hits' || f === 'hits.hits' || f.startsWith('-'))) return null
  return {
    hitFields: new Set(filters.filter((f) => f.startsWith('hits.hits.')).map((f) => f.slice(10))),
    top: new Set(filters.filter((f) => !f.includes('.'))),
    total: filters.includes('hits.total'),
  }
}

/**
 * A hit as [text before the source, include the source?, text after]. Only
 * the short ASCII parts are built per hit; sources are precomputed Buffers.
 */
function hit(index, i, filter) {
  if (filter === null)
    return [`{"_index":"${index}","_id":"${i}","_score":null,"_source":`, true, `,"sort":[${i}]}`]
  const before = []
  if (filter.hitFields.has('_index')) before.push(`"_index":"${index}"`)
  if (filter.hitFields.has('_id')) before.push(`"_id":"${i}"`)
  const withSource = filter.hitFields.has('_source')
  if (withSource) before.push('"_source":')
  const after = filter.hitFields.has('sort') ? `"sort":[${i}]` : ''
  const head = `{${before.join(',')}`
  return [
    withSource ? head : `${head}${before.length && after ? ',' : ''}`,
    withSource,
    `${withSource && after ? ',' : ''}${after}}`,
  ]
}

/**
 * One Buffer written in place: a 1000-hit page is ~440 KB, and building it as
 * one JS string and encoding it cost the sink 3.5 ms a page against 1.3 ms
 * this way (the sink must stay well below the client's parse time).
 */
function assemble(pieces) {
  let total = 0
  for (const p of pieces) total += p.length
  const out = Buffer.allocUnsafe(total)
  let o = 0
  for (const p of pieces) o += typeof p === 'string' ? out.latin1Write(p, o) : p.copy(out, o)
  return out
}

/** extra: [key, json] pairs such as ['_scroll_id', '"..."'] placed first. */
function page(index, n, from, size, extra, filter = null) {
  const end = Math.min(n, from + size)
  const hits = []
  for (let i = from; i < end; i++) {
    const [before, withSource, after] = hit(index, i, filter)
    hits.push(i === from ? before : `,${before}`)
    if (withSource) hits.push(sources[i % SOURCE_CYCLE])
    hits.push(after)
  }
  const total = `"total":{"value":${n},"relation":"eq"}`
  if (filter === null) {
    const head = extra.map(([k, v]) => `"${k}":${v},`).join('')
    return assemble([
      `{${head}"took":1,"timed_out":false,${SHARDS},"hits":{${total},"max_score":null,"hits":[`,
      ...hits,
      ']}}',
    ])
  }
  const out = extra.filter(([k]) => filter.top.has(k)).map(([k, v]) => `"${k}":${v}`)
  if (filter.top.has('took')) out.push('"took":1')
  const inner = []
  if (filter.total) inner.push(total)
  const withHits = hits.length > 0 && filter.hitFields.size > 0
  if (!withHits && inner.length === 0) return assemble([`{${out.join(',')}}`])
  const open = `${out.length ? `${out.join(',')},` : ''}"hits":{${inner.join(',')}`
  if (!withHits) return assemble([`{${open}}}`])
  return assemble([`{${open}${inner.length ? ',' : ''}"hits":[`, ...hits, ']}}'])
}

class BadRequest extends Error {}

const encode = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url')
const decode = (id) => JSON.parse(Buffer.from(id, 'base64url').toString())

// Precomputed answer for plain searches: the small-search scenario measures
// client overhead per request, not result sizes.
const SMALL_SEARCH = page('bench-search', DEFAULT_CORPUS, 0, 10, [])

let seqNo = 0

/**
 * One item per action line. Only action lines are looked at (by their first
 * key), sources are skipped by counting newlines, so the cost is a memchr over
 * the body plus a short string per item.
 */
function bulkResponse(body, pathIndex, filterPath) {
  const fields = bulkFilter(filterPath)
  const items = []
  let pos = 0
  let expectAction = true
  const len = body.length
  while (pos < len) {
    let nl = body.indexOf(10, pos)
    if (nl === -1) nl = len
    if (nl > pos) {
      if (expectAction) {
        // `{"index":` / `{ "index" :` : the op is the first quoted key.
        const q = body.indexOf(34, pos)
        const op = q !== -1 && q < nl ? body.toString('latin1', q + 1, body.indexOf(34, q + 1)) : 'index'
        seqNo++
        if (fields !== NO_ITEMS) items.push(bulkItem(op, body, pos, nl, pathIndex, fields))
        // delete has no source line
        expectAction = op === 'delete'
      } else {
        expectAction = true
      }
    }
    pos = nl + 1
  }
  if (filterPath) {
    // Elasticsearch drops keys that no filter matches.
    const filters = filterPath.split(',')
    const parts = []
    if (filters.includes('took')) parts.push('"took":1')
    if (filters.includes('errors')) parts.push('"errors":false')
    if (fields !== NO_ITEMS) parts.push(`"items":[${items.join(',')}]`)
    return `{${parts.join(',')}}`
  }
  return `{"errors":false,"took":1,"items":[${items.join(',')}]}`
}

const NO_ITEMS = new Set()
const ALL_FIELDS = null

/**
 * Which item fields filter_path keeps: null for all, NO_ITEMS when no item
 * field can match (items.*.error without errors: Elasticsearch then leaves
 * "items" out altogether), else the set of kept fields (items.*.status, ...).
 */
function bulkFilter(filterPath) {
  if (!filterPath) return ALL_FIELDS
  const filters = filterPath.split(',').filter((f) => f.startsWith('items'))
  if (filters.some((f) => f === 'items' || f === 'items.*' || f.startsWith('-'))) return ALL_FIELDS
  const kept = new Set(filters.map((f) => f.split('.')[2]).filter((f) => f && f !== 'error'))
  return kept.size === 0 ? NO_ITEMS : kept
}

function bulkItem(op, body, pos, nl, pathIndex, fields) {
  const status = op === 'delete' || op === 'update' ? 200 : 201
  if (fields !== ALL_FIELDS && !fields.has('_id') && !fields.has('_index')) {
    const f = []
    if (fields.has('status')) f.push(`"status":${status}`)
    if (fields.has('result'))
      f.push(`"result":"${op === 'delete' ? 'deleted' : op === 'update' ? 'updated' : 'created'}"`)
    return `{"${op}":{${f.join(',')}}}`
  }
  const line = nl - pos < 512 ? body.toString('utf8', pos, nl) : ''
  const id = /"_id"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? `sink${seqNo.toString(36).padStart(12, '0')}`
  const index = /"_index"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? pathIndex ?? 'unknown'
  const result = op === 'delete' ? 'deleted' : op === 'update' ? 'updated' : 'created'
  const full = {
    _index: `"${index}"`,
    _id: `"${id}"`,
    _version: '1',
    result: `"${result}"`,
    _shards: '{"total":1,"successful":1,"failed":0}',
    _seq_no: String(seqNo),
    _primary_term: '1',
    status: String(status),
  }
  const keys = fields === ALL_FIELDS ? Object.keys(full) : Object.keys(full).filter((k) => fields.has(k))
  return `{"${op}":{${keys.map((k) => `"${k}":${full[k]}`).join(',')}}}`
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function parseJson(buf) {
  if (buf.length === 0) return {}
  return JSON.parse(buf.toString())
}

function searchResponse(pathIndex, query, body) {
  const filter = searchFilter(query.get('filter_path'))
  const size = body.size ?? (query.get('size') ? Number(query.get('size')) : 10)
  if (body.pit) {
    const pit = decode(body.pit.id)
    const after = body.search_after?.[body.search_after.length - 1]
    const from = after === undefined ? 0 : Number(after) + 1
    return page(pit.index, pit.n, from, size, [['pit_id', `"${body.pit.id}"`]], filter)
  }
  const scroll = query.get('scroll') ?? body.scroll
  if (scroll && (body.track_total_hits === false || query.get('track_total_hits') === 'false')) {
    // Elasticsearch rejects this combination; so must the sink, or a client
    // bug would pass here and fail on a real node.
    throw new BadRequest(
      'Validation Failed: 1: disabling [track_total_hits] is not allowed in a scroll context;',
    )
  }
  if (scroll) {
    const index = pathIndex ?? 'unknown'
    const n = corpusSize(index)
    const scrollId = encode({ index, n, from: size, size })
    return page(index, n, 0, size, [['_scroll_id', `"${scrollId}"`]], filter)
  }
  return filter === null
    ? SMALL_SEARCH
    : page('bench-search', DEFAULT_CORPUS, 0, Math.min(size, 10), [], filter)
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://sink')
  const parts = url.pathname.split('/').filter(Boolean)
  const body = await readBody(req)
  const method = req.method
  const last = parts[parts.length - 1]
  const pathIndex = parts[0]?.startsWith('_') ? undefined : parts[0]

  if (parts.length === 0) {
    if (method === 'HEAD') {
      res.writeHead(200, { ...COMMON_HEADERS, 'content-length': Buffer.byteLength(INFO) })
      return res.end()
    }
    return send(res, 200, INFO)
  }
  if (last === '_bulk') {
    return send(res, 200, bulkResponse(body, pathIndex, url.searchParams.get('filter_path')))
  }
  if (last === '_pit') {
    if (method === 'DELETE') return send(res, 200, '{"succeeded":true,"num_freed":1}')
    const index = pathIndex ?? 'unknown'
    return send(res, 200, JSON.stringify({ id: encode({ index, n: corpusSize(index) }) }))
  }
  if (parts[0] === '_search' && parts[1] === 'scroll') {
    if (method === 'DELETE') return send(res, 200, '{"succeeded":true,"num_freed":1}')
    const json = parseJson(body)
    const id = json.scroll_id ?? url.searchParams.get('scroll_id') ?? parts[2]
    const s = decode(id)
    const next = encode({ ...s, from: s.from + s.size })
    const filter = searchFilter(url.searchParams.get('filter_path'))
    return send(res, 200, page(s.index, s.n, s.from, s.size, [['_scroll_id', `"${next}"`]], filter))
  }
  if (last === '_search') {
    return send(res, 200, searchResponse(pathIndex, url.searchParams, parseJson(body)))
  }
  if (last === '_count') {
    return send(res, 200, `{"count":${corpusSize(pathIndex)},${SHARDS}}`)
  }
  if (method === 'HEAD') {
    res.writeHead(200, COMMON_HEADERS)
    return res.end()
  }
  return send(res, 200, '{"acknowledged":true}')
}

const server = createServer({ keepAliveTimeout: 120_000, requestTimeout: 0 }, (req, res) => {
  handle(req, res).catch((err) => {
    if (!res.headersSent) {
      const type = err instanceof BadRequest ? 'action_request_validation_exception' : 'sink_exception'
      const reason = String(err?.message ?? err)
      send(res, 400, JSON.stringify({ error: { root_cause: [{ type, reason }], type, reason }, status: 400 }))
    }
  })
})
// Benchmarks open up to a few dozen sockets and keep them for the whole run.
server.maxRequestsPerSocket = 0
server.headersTimeout = 0

const port = Number(process.env.SINK_PORT ?? 0)
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, pid: process.pid })}\n`)
})

// Exit now: close() alone waits for clients' keep-alive sockets, and a
// client that is still alive (a test runner) would keep the sink running.
const stop = () => {
  server.closeAllConnections()
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 500).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
