// Bodies come back as their media type says: JSON parsed, text a string, anything else the very bytes sent
// (a UTF-8 decode of Arrow or CBOR replaces invalid sequences with U+FFFD and the data is gone).
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ResponseError } from '../../src/errors.js'
import { decodeBody, mediaKind } from '../../src/transport/response-collector.js'
import { startServer } from '../support/local-servers.js'
import { esUrl } from '../support/es-url.js'

/** Bytes no UTF-8 decoder can keep: a lone 0xff, an overlong sequence, a cut-off multibyte character. */
const BINARY = Buffer.from([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0x00, 0xff, 0xfe, 0xc0, 0x80, 0xe2, 0x82, 0x00])

t.test('mediaKind: JSON, text and binary types', async (t) => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['application/json', 'json'],
    ['application/json; charset=UTF-8', 'json'],
    ['application/vnd.elasticsearch+json; compatible-with=9', 'json'],
    ['Application/JSON', 'json'],
    ['application/x-ndjson', 'text'],
    ['application/vnd.elasticsearch+x-ndjson; compatible-with=9', 'text'],
    ['text/plain; charset=UTF-8', 'text'],
    ['text/csv; charset=utf-8; header=present', 'text'],
    ['text/tab-separated-values; charset=utf-8', 'text'],
    ['application/yaml', 'text'],
    ['application/vnd.apache.arrow.stream', 'binary'],
    ['application/cbor', 'binary'],
    ['application/smile', 'binary'],
    ['application/vnd.elasticsearch+cbor', 'binary'],
    ['application/octet-stream', 'binary'],
    ['application/x-something; charset=utf-8', 'text'],
    [undefined, undefined],
    ['', undefined],
  ]
  for (const [type, kind] of cases) t.equal(mediaKind(type), kind, String(type))
})

t.test('decodeBody without a content-type: valid UTF-8 is text, anything else stays bytes', async (t) => {
  t.equal(decodeBody(Buffer.from('héllo'), undefined, 200), 'héllo')
  t.same(decodeBody(BINARY, undefined, 200), BINARY)
  t.ok(Buffer.isBuffer(decodeBody(BINARY, undefined, 200)))
})

t.test('a local server: each media type comes back as what it is', async (t) => {
  const csv = 'name,price\nbrötchen,1.5\n'
  const server = await startServer((req, res) => {
    const send = (type: string | undefined, body: Buffer | string, extra: Record<string, string> = {}) => {
      const headers: Record<string, string> = { 'x-elastic-product': 'Elasticsearch', ...extra }
      if (type !== undefined) headers['content-type'] = type
      res.writeHead(req.url?.startsWith('/error') ? 400 : 200, headers)
      res.end(body)
    }
    switch (req.url?.replace(/^\/error/, '')) {
      case '/arrow':
        return send('application/vnd.apache.arrow.stream', BINARY)
      case '/cbor':
        return send('application/cbor', BINARY)
      case '/gzip-arrow':
        return send('application/vnd.apache.arrow.stream', gzipSync(BINARY), { 'content-encoding': 'gzip' })
      case '/csv':
        return send('text/csv; charset=utf-8', csv)
      case '/untyped':
        return send(undefined, BINARY)
      default:
        return send('application/json', '{"ok":true}')
    }
  })
  const client = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const get = (path: string, options = {}) => client.transport.request({ method: 'GET', path }, options)

  for (const path of ['/arrow', '/cbor', '/gzip-arrow', '/untyped']) {
    const body = await get(path)
    t.ok(Buffer.isBuffer(body), `${path}: a Buffer`)
    t.same(body, BINARY, `${path}: the bytes sent, none replaced`)
  }
  t.equal(await get('/csv'), csv, 'text/csv: a string')
  t.same(await get('/json'), { ok: true }, 'JSON: parsed')
  const withMeta = (await get('/arrow', { meta: true })) as { body: unknown; headers: Record<string, string> }
  t.same(withMeta.body, BINARY, 'meta: true carries the same Buffer')
  t.equal(withMeta.headers['content-type'], 'application/vnd.apache.arrow.stream')

  const failed = await get('/error/cbor').catch((err: unknown) => err)
  t.ok(failed instanceof ResponseError, 'an error status still throws')
  t.same((failed as ResponseError).body, BINARY, 'with the binary body intact')
})

t.test('the real node: format=smile, cbor, yaml, txt and an Accept header', async (t) => {
  const client = new Client({ node: esUrl })
  t.teardown(() => client.close())
  const smile = await client.cat.health({ format: 'smile' })
  t.ok(Buffer.isBuffer(smile), 'smile: a Buffer')
  t.equal((smile as unknown as Buffer).subarray(0, 3).toString('latin1'), ':)\n', 'the Smile header, intact')
  const cbor = (await client.cat.health({ format: 'cbor' })) as unknown as Buffer
  t.ok(Buffer.isBuffer(cbor), 'cbor: a Buffer')
  t.equal(cbor[0], 0x9f, 'a CBOR indefinite-length array, as sent')
  const yaml = await client.cat.health({ format: 'yaml' })
  t.equal(typeof yaml, 'string', 'yaml: a string')
  t.match(yaml, /status:/)
  const txt = await client.cat.health({ format: 'txt', v: true })
  t.equal(typeof txt, 'string', 'txt: a string')
  t.match(txt, /^epoch/)
  const health = (await client.transport.request(
    { method: 'GET', path: '/_cluster/health' },
    { headers: { accept: 'application/cbor' } },
  )) as Buffer
  t.ok(Buffer.isBuffer(health))
  t.equal(health[0], 0xbf, 'a CBOR indefinite-length map')
  t.ok(health.includes(Buffer.from('cluster_name')), 'holding the field names as CBOR text strings')
})

t.test('asBuffer: a successful answer comes back as bytes, an error answer as a ResponseError with its parsed body', async (t) => {
  const error = { error: { type: 'search_phase_execution_exception', reason: 'all shards failed' }, status: 503 }
  const server = await startServer((req, res) => {
    const fail = req.url === '/fail'
    const ignored = req.url === '/ignored'
    res.writeHead(fail ? 503 : ignored ? 404 : 200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
    res.end(JSON.stringify(fail || ignored ? error : { ok: true }))
  })
  const client = new Client({ node: server.url, maxRetries: 0 })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const ok = await client.transport.request({ method: 'GET', path: '/ok' }, { asBuffer: true })
  t.ok(Buffer.isBuffer(ok), 'a 2xx answer: the bytes, as asked')
  const ignored = await client.transport.request({ method: 'GET', path: '/ignored' }, { asBuffer: true, ignore: [404] })
  t.ok(Buffer.isBuffer(ignored), 'an ignored status is an answer too: the bytes')
  const err = await client.transport.request({ method: 'GET', path: '/fail' }, { asBuffer: true }).catch((e: unknown) => e)
  t.type(err, ResponseError)
  t.same((err as ResponseError).body, error, 'the error body parsed, as docs/errors.md says, not bytes')
  t.equal((err as ResponseError).type, 'search_phase_execution_exception')
  t.equal((err as ResponseError).reason, 'all shards failed')
})
