// Errors of work the user cancelled are not errors: a scan destroyed before it started (its point in time still
// opening) and a client closed right after must not emit 'error', which would crash a process without a
// listener. The same for a reindex whose signal fires while it opens its scan.
import { once } from 'node:events'
import t from 'tap'
import { Client } from '../../src/client.js'
import { reindex } from '../../src/helpers/reindex.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { sendJson, startServer } from '../support/local-servers.js'

/** A node that answers everything but opens points in time only after `pitDelayMs`. */
async function slowPit(pitDelayMs: number) {
  return startServer((req, res) => {
    if ((req.url ?? '').includes('/_pit') && req.method === 'POST') {
      setTimeout(() => sendJson(res, 200, { id: 'pit-slow' }), pitDelayMs)
      return
    }
    if (req.method === 'DELETE') return sendJson(res, 200, { succeeded: true, num_freed: 1 })
    sendJson(res, 200, { indices: [], aliases: [], data_streams: [] })
  })
}

t.test('destroy() before the point in time opened, then client.close(): no error, the stream closes', async (t) => {
  const s = await slowPit(300)
  t.teardown(() => s.close())
  const client = new Client({ node: s.url })
  const stream = scan(client, { index: 'idx' })
  const errors: unknown[] = []
  stream.on('error', (err) => errors.push(err))
  stream.destroy()
  await client.close()
  await once(stream, 'close')
  // Let any late callback of the cancelled request run.
  await new Promise((r) => setTimeout(r, 500))
  t.same(errors, [], 'no error event')
  t.equal(stream.destroyed, true)
})

t.test('destroy() before the point in time opened: the point in time that opens late is closed', async (t) => {
  const s = await slowPit(200)
  t.teardown(() => s.close())
  const client = new Client({ node: s.url })
  t.teardown(() => client.close())
  const stream = scan(client, { index: 'idx' })
  const errors: unknown[] = []
  stream.on('error', (err) => errors.push(err))
  stream.destroy()
  await once(stream, 'close')
  t.same(errors, [])
  const closes = s.requests.filter((r) => r.method === 'DELETE' && r.url === '/_pit')
  t.equal(closes.length, 1, 'DELETE /_pit sent for the point in time opened after destroy()')
  t.match(closes[0]?.body.toString(), /pit-slow/)
})

t.test('reindex aborted while its scan opens: rejects with AbortError only, nothing left behind', async (t) => {
  const s = await slowPit(300)
  t.teardown(() => s.close())
  const client = new Client({ node: s.url })
  const controller = new AbortController()
  const uncaught: unknown[] = []
  const onUncaught = (err: unknown) => uncaught.push(err)
  process.on('uncaughtException', onUncaught)
  t.teardown(() => {
    process.off('uncaughtException', onUncaught)
  })
  const done = reindex(client, { index: 'idx', signal: controller.signal }, { index: 'dest' })
  setTimeout(() => controller.abort(), 50)
  await t.rejects(done, { name: 'AbortError' })
  await client.close()
  await new Promise((r) => setTimeout(r, 500))
  t.same(uncaught, [], 'no uncaught error after the reindex settled')
})

t.test('a signal aborted before the scan starts: pipeline() rejects with AbortError, nothing uncaught', async (t) => {
  // The promise bulk() keeps in bulk-cancel.test.ts (where, from Node 24 on, a stream destroyed inside its
  // constructor was refused by pipeline() and its AbortError went uncaught), kept by scan too.
  const s = await slowPit(10)
  const client = new Client({ node: s.url })
  t.teardown(async () => {
    await client.close()
    await s.close()
  })
  const uncaught: unknown[] = []
  const onUncaught = (err: unknown) => uncaught.push(err)
  process.on('uncaughtException', onUncaught)
  t.teardown(() => process.off('uncaughtException', onUncaught))
  const controller = new AbortController()
  controller.abort()
  const { pipeline } = await import('node:stream/promises')
  const { Writable } = await import('node:stream')
  const sink = new Writable({ objectMode: true, write: (_hit, _encoding, callback) => callback() })
  await t.rejects(pipeline(scan(client, { index: 'idx', signal: controller.signal }), sink), { name: 'AbortError' })
  await new Promise((r) => setTimeout(r, 50))
  t.same(uncaught, [])
})
