// No credential in what the stream helpers hand back when they fail: BulkError (and the failed results it
// carries), the results a bulkStream emits for a request that failed as a whole, ScanError and the errors a
// scan or a reindex ends with, in every form they are shown (message, stack, String(), JSON.stringify,
// util.inspect with causes and hidden properties), nor in any diagnostics event published meanwhile.
// The transport's own errors are swept in test/transport/credential-sweep.test.ts; these are the helpers'.
import diagnostics from 'node:diagnostics_channel'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { inspect } from 'node:util'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { BulkError, ScanError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { closedPort, sendJson, startServer, type TestServer } from '../support/local-servers.js'

const URL_PASSWORD = 'S3cr3tHelperUrl'
const BASIC = 'S3cr3tHelperBasic'
const API_KEY = 'S3cr3tHelperApiKey'
const b64 = (s: string) => Buffer.from(s).toString('base64')
const SECRETS = [URL_PASSWORD, BASIC, API_KEY].flatMap((s) => [s, encodeURIComponent(s), b64(`elastic:${s}`)])

function renderings(value: unknown): string {
  const out = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 20, showHidden: true })]
  if (value instanceof Error) out.push(value.message, value.stack ?? '')
  return out.join('\n')
}

function assertClean(t: Test, value: unknown, label: string) {
  const text = renderings(value)
  t.same(
    SECRETS.filter((s) => text.includes(s)),
    [],
    `${label}: no secret in ${value instanceof Error ? value.name : typeof value}`,
  )
}

const events: unknown[] = []
for (const name of Object.values(CHANNELS)) {
  const fn = (message: unknown) => events.push({ name, message })
  diagnostics.subscribe(name, fn)
  t.teardown(() => diagnostics.unsubscribe(name, fn))
}

/** The three ways of carrying credentials, for a node at `host` (127.0.0.1:port). */
function clients(host: string): Array<[string, Client]> {
  const options = { maxRetries: 0, requestTimeout: 5000 }
  return [
    ['credentials in the URL', new Client({ node: `http://elastic:${URL_PASSWORD}@${host}`, ...options })],
    ['basic auth', new Client({ node: `http://${host}`, auth: { username: 'elastic', password: BASIC }, ...options })],
    ['API key', new Client({ node: `http://${host}`, auth: { apiKey: API_KEY }, ...options })],
  ]
}

async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn()
  } catch (err) {
    return err
  }
  return undefined
}

/** Item failures and a search whose shards failed: what a real node answers when things go wrong. */
async function failingNode(): Promise<TestServer> {
  return startServer((req, res, body) => {
    const url = req.url ?? ''
    if (url.startsWith('/_bulk')) {
      const n = body.toString().split('\n').filter((l) => l !== '').length / 2
      const item = {
        index: { _index: 'x', status: 400, error: { type: 'document_parsing_exception', reason: 'failed to parse' } },
      }
      sendJson(res, 200, { errors: true, items: Array.from({ length: n }, () => item) })
    } else if (url.includes('/_pit')) {
      sendJson(res, 200, req.method === 'DELETE' ? { succeeded: true } : { id: 'pit-1' })
    } else if (url.startsWith('/_search')) {
      sendJson(res, 200, {
        pit_id: 'pit-1',
        _shards: { total: 2, successful: 1, failed: 1, failures: [{ shard: 0, reason: { type: 'x', reason: 'boom' } }] },
        hits: { hits: [] },
      })
    } else {
      sendJson(res, 200, {})
    }
  })
}

t.test('BulkError and failed results, items refused by the node', async (t) => {
  const server = await failingNode()
  t.teardown(() => server.close())
  for (const [label, es] of clients(`127.0.0.1:${server.port}`)) {
    const err = await rejection(() => bulk(es, [{ a: 1 }, { a: 2 }], { index: 'x', throwOnError: true, retries: 0 }))
    t.type(err, BulkError, `${label}: BulkError`)
    assertClean(t, err, `${label}: BulkError`)
    await es.close()
  }
})

t.test('results and BulkError of requests that failed as a whole (nothing listening)', async (t) => {
  const host = `127.0.0.1:${await closedPort()}`
  for (const [label, es] of clients(host)) {
    const results: BulkResult[] = []
    await pipeline(
      Readable.from([{ a: 1 }, { a: 2 }]),
      bulkStream(es, { index: 'x', retries: 0 }),
      new Writable({
        objectMode: true,
        write(r: BulkResult, _e, cb) {
          results.push(r)
          cb()
        },
      }),
    )
    t.equal(results.filter((r) => !r.ok).length, 2, `${label}: both failed`)
    assertClean(t, results, `${label}: failed results`)
    const err = await rejection(() => bulk(es, [{ a: 1 }], { index: 'x', throwOnError: true, retries: 0 }))
    t.type(err, BulkError, `${label}: BulkError`)
    assertClean(t, err, `${label}: BulkError`)
    await es.close()
  }
})

t.test('ScanError (shards failed) and the error of a scan with nothing listening', async (t) => {
  const server = await failingNode()
  t.teardown(() => server.close())
  for (const [label, es] of clients(`127.0.0.1:${server.port}`)) {
    const err = await rejection(async () => {
      for await (const _hit of scan(es, { index: 'x', retries: 0 })) void _hit
    })
    t.type(err, ScanError, `${label}: ScanError`)
    assertClean(t, err, `${label}: ScanError`)
    await es.close()
  }
  for (const [label, es] of clients(`127.0.0.1:${await closedPort()}`)) {
    const err = await rejection(async () => {
      for await (const _hit of scan(es, { index: 'x', retries: 0 })) void _hit
    })
    t.ok(err instanceof Error, `${label}: the scan failed (${String(err)})`)
    assertClean(t, err, `${label}: scan error`)
    await es.close()
  }
})

/** A source with one document: a point in time, a first page with one hit, then empty pages. */
async function oneDocNode(): Promise<TestServer> {
  return startServer((req, res, body) => {
    const url = req.url ?? ''
    if (url.includes('/_pit')) {
      sendJson(res, 200, req.method === 'DELETE' ? { succeeded: true } : { id: 'pit-1' })
    } else if (url.startsWith('/_search')) {
      const first = !body.toString().includes('search_after')
      const hits = first ? [{ _index: 'x', _id: '1', _source: { a: 1 }, sort: [1] }] : []
      sendJson(res, 200, { pit_id: 'pit-1', _shards: { total: 1, successful: 1, failed: 0 }, hits: { hits } })
    } else if (url.includes('/_resolve/index')) {
      sendJson(res, 200, { indices: [], aliases: [], data_streams: [] })
    } else {
      sendJson(res, 200, { count: 1 })
    }
  })
}

t.test('reindex into a node that refuses every item, and into nothing listening', async (t) => {
  const from = await oneDocNode()
  const refusing = await failingNode()
  t.teardown(() => Promise.all([from.close(), refusing.close()]))
  for (const host of [`127.0.0.1:${refusing.port}`, `127.0.0.1:${await closedPort()}`]) {
    const sources = clients(`127.0.0.1:${from.port}`)
    for (const [i, [label, target]] of clients(host).entries()) {
      const source = sources[i]![1]
      const err = await rejection(() =>
        reindex(source, { index: 'x', retries: 0 }, target, { index: 'y', retries: 0, throwOnError: true }),
      )
      t.ok(err instanceof Error, `${label}: the reindex failed (${String(err)})`)
      assertClean(t, err, `${label} at ${host}: reindex error`)
      await Promise.all([source.close(), target.close()])
    }
  }
})

t.test('every diagnostics event published while the helpers failed', async (t) => {
  t.ok(events.length > 20, `${events.length} events`)
  assertClean(t, events, 'diagnostics events')
})

t.test('an option error quotes a URL given in the wrong place without its password', async (t) => {
  // A node URL pasted where a number or a word was expected: the helpers' option errors quote the value.
  const client = new Client({ node: `http://127.0.0.1:${await closedPort()}` })
  t.teardown(() => client.close())
  const wrong = `http://elastic:${URL_PASSWORD}@10.0.0.1:9200`
  const thrown = [
    t.throws(() => scan(client, { index: 'i', size: wrong as never })),
    t.throws(() => bulkStream(client, { index: 'i', results: wrong as never })),
    t.throws(() => bulkStream(client, { index: 'i', flushDocs: `elastic:${URL_PASSWORD}@host` as never })),
  ]
  for (const err of thrown) {
    t.match(String(err), /must be (an integer|one of).*\[redacted\]@/)
    for (const secret of SECRETS) t.notOk(renderings(err).includes(secret), `${String(err)} hides the password`)
  }
})
