// Every diagnostics_channel event of one request carries the same requestId, so a subscriber can pair a
// response (and the retries) with its request while many requests are in flight.
import diagnostics from 'node:diagnostics_channel'
import t from 'tap'
import { Client } from '../../src/client.js'
import {
  CHANNELS,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from '../../src/transport/diagnostics.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { esUrl } from '../support/es-url.js'

t.test('50 concurrent requests, half of them retried: events pair up by requestId', async (t) => {
  // Searches that reach the proxy get a 503 and are retried on the next node.
  const proxy = await startFaultProxy(esUrl, { match: /_search/, request503: 1 })
  const client = new Client({ nodes: [proxy.url, esUrl], tracing: false, maxRetries: 10 })
  const events = new Map<number, { requests: RequestEvent[]; retries: RetryEvent[]; responses: ResponseEvent[] }>()
  const group = (id: number) => {
    let g = events.get(id)
    if (g === undefined) events.set(id, (g = { requests: [], retries: [], responses: [] }))
    return g
  }
  const onRequest = (e: unknown) => group((e as RequestEvent).requestId).requests.push(e as RequestEvent)
  const onRetry = (e: unknown) => group((e as RetryEvent).requestId).retries.push(e as RetryEvent)
  const onResponse = (e: unknown) => group((e as ResponseEvent).requestId).responses.push(e as ResponseEvent)
  diagnostics.subscribe(CHANNELS.request, onRequest)
  diagnostics.subscribe(CHANNELS.retry, onRetry)
  diagnostics.subscribe(CHANNELS.response, onResponse)
  t.teardown(async () => {
    diagnostics.unsubscribe(CHANNELS.request, onRequest)
    diagnostics.unsubscribe(CHANNELS.retry, onRetry)
    diagnostics.unsubscribe(CHANNELS.response, onResponse)
    await client.close()
    await proxy.close()
  })

  const paths = Array.from({ length: 50 }, (_, i) => `/_search?size=0&from=${i}`)
  await Promise.all(paths.map((p) => client.transport.request({ method: 'GET', path: p })))

  t.equal(events.size, 50, 'one id per request')
  let retried = 0
  for (const [id, g] of events) {
    t.ok(Number.isInteger(id) && id > 0, 'a positive integer')
    t.equal(g.responses.length, 1, 'exactly one response')
    const response = g.responses[0]!
    t.equal(g.requests.length, response.attempts, 'one request event per attempt')
    t.equal(g.retries.length, response.attempts - 1, 'one retry event per failed attempt')
    t.same(
      g.requests.map((r) => r.attempt),
      Array.from({ length: response.attempts }, (_, i) => i + 1),
    )
    t.ok(
      [...g.requests, ...g.retries].every((e) => e.path === response.path),
      'all events of one id are about the same request',
    )
    t.equal(response.statusCode, 200)
    if (response.attempts > 1) retried++
  }
  // Round robin over both nodes: about half the requests meet the proxy at least once.
  t.ok(retried >= 10 && retried < 50, `some requests were retried (${retried})`)
})
