// Many requests sharing one AbortSignal (a bulk load or scan at high concurrency, or a caller's own signal)
// put one 'abort' listener on it, not one each: no MaxListenersExceededWarning at any concurrency, and no
// listener left once the requests are done.
import { getEventListeners } from 'node:events'
import t from 'tap'
import { Client } from '../../src/client.js'
import { RequestAbortedError } from '../../src/errors.js'
import { sleep } from '../../src/helpers/client-like.js'
import { sendJson, startServer } from '../support/local-servers.js'

const warnings: Error[] = []
const onWarning = (warning: Error) => warnings.push(warning)
process.on('warning', onWarning)
t.teardown(() => {
  process.off('warning', onWarning)
})

const resetOnce = new Set<string>()
const server = await startServer((req, res) => {
  // Every 4th retry path answers 503 on its first attempt only, so some requests also wait out a retry
  // backoff on the shared signal. (A 503, not a reset: a reset marks the only node dead, and what the others
  // do meanwhile is the node pool's business, tested in node-pool.test.ts, not this file's.)
  const url = req.url ?? ''
  const n = Number(url.split('/retry/')[1])
  if (n % 4 === 1 && !resetOnce.has(url)) {
    resetOnce.add(url)
    return sendJson(res, 503, { error: { type: 'unavailable' }, status: 503 })
  }
  setTimeout(() => sendJson(res, 200, { ok: true }), 50)
})
t.teardown(() => server.close())
const client = new Client({ node: server.url, connectionsPerNode: 64, retryBackoff: 20 })
t.teardown(() => client.close())

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length

t.test('64 concurrent requests on one signal: one listener while in flight, none after, no warning', async (t) => {
  const controller = new AbortController()
  const signal = controller.signal
  const pending = Array.from({ length: 64 }, (_, i) =>
    client.transport.request({ method: 'GET', path: i % 2 ? `/a/retry/${i}` : '/a' }, { signal }),
  )
  await new Promise((resolve) => setTimeout(resolve, 10))
  t.equal(listeners(signal), 1, 'one listener for all 64')
  const results = await Promise.all(pending)
  t.equal(results.length, 64)
  t.equal(resetOnce.size, 16, 'sixteen requests were refused once and retried after a backoff')
  t.equal(listeners(signal), 0, 'removed when the last request ended')
  // A signal that lives on (a long-running app's shutdown signal) is used again: still no build-up.
  await Promise.all(Array.from({ length: 64 }, () => client.transport.request({ method: 'GET', path: '/b' }, { signal })))
  t.equal(listeners(signal), 0)
  await new Promise((resolve) => setImmediate(resolve))
  t.same(warnings.map((w) => w.name), [], 'no warning')
})

t.test('aborting the shared signal aborts every request on it, then nothing is left attached', async (t) => {
  const controller = new AbortController()
  const pending = Array.from({ length: 64 }, () =>
    client.transport.request({ method: 'GET', path: '/c' }, { signal: controller.signal }).catch((e: unknown) => e),
  )
  await new Promise((resolve) => setTimeout(resolve, 10))
  controller.abort()
  const errors = await Promise.all(pending)
  t.ok(errors.every((e) => e instanceof RequestAbortedError), 'all 64 aborted')
  t.equal(listeners(controller.signal), 0)
  t.same(warnings.map((w) => w.name), [])
})

t.test("the helpers' backoff sleep shares the same fan-out", async (t) => {
  const controller = new AbortController()
  const sleeps = Array.from({ length: 64 }, () => sleep(30, controller.signal))
  t.equal(listeners(controller.signal), 1)
  await Promise.all(sleeps)
  t.equal(listeners(controller.signal), 0)
  const aborted = Array.from({ length: 64 }, () => sleep(60_000, controller.signal).catch((e: unknown) => e))
  controller.abort(new Error('stop'))
  t.ok((await Promise.all(aborted)).every((e) => (e as Error).message === 'stop'))
  t.equal(listeners(controller.signal), 0)
  await new Promise((resolve) => setImmediate(resolve))
  t.same(warnings.map((w) => w.name), [])
})
