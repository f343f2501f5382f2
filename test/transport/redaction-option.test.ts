// The `redaction` option: header and query parameter names an application hides besides the credentials,
// in the diagnostics events, the spans and a ResponseError's headers. A local server answers; the test
// listens on every channel and exports the spans.
import diagnostics from 'node:diagnostics_channel'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { ResponseError } from '../../src/errors.js'
import { CHANNELS } from '../../src/transport/diagnostics.js'
import { sendJson, startServer } from '../support/local-servers.js'
import { takeSpans } from '../support/otel-setup.js'

const TENANT = 'tenant-7f3a9c'
const SIG = 'sig-b8e21d'
const ROUTE = 'route-q81z'

async function setup(t: Test, options: Record<string, unknown>) {
  let calls = 0
  const server = await startServer((_req, res) => {
    calls++
    // One 503 first (retried: a retry event), then a 404 carrying the secret header back.
    if (calls === 1) sendJson(res, 503, { error: { type: 'unavailable', reason: 'busy' }, status: 503 })
    else sendJson(res, 404, { error: { type: 'not_found', reason: 'no' }, status: 404 }, { 'x-route': ROUTE })
  })
  const client = new Client({ node: server.url, retryBackoff: 1, ...options })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const events: unknown[] = []
  for (const name of [CHANNELS.request, CHANNELS.response, CHANNELS.retry]) {
    const listener = (message: unknown) => events.push(message)
    diagnostics.subscribe(name, listener)
    t.teardown(() => diagnostics.unsubscribe(name, listener))
  }
  takeSpans()
  const error = await client.transport
    .request(
      { method: 'GET', path: '/idx/_doc/1', querystring: { sig: SIG, routing: 'r1' } },
      { headers: { 'X-Tenant': TENANT } },
    )
    .catch((e: unknown) => e)
  return { error, events, spans: takeSpans() }
}

t.test('named headers and query parameters are hidden in events, spans and the error', async (t) => {
  const { error, events, spans } = await setup(t, {
    redaction: { headers: ['x-tenant', 'X-Route'], queryParameters: ['sig'] },
  })
  t.type(error, ResponseError)
  t.equal((error as ResponseError).headers['x-route'], '[redacted]', "the answer's header, in the error")
  t.equal(events.length, 4, 'two request events, a retry, a response')
  const shown = JSON.stringify([events.map((e) => ({ ...(e as object), error: undefined })), spans.map((s) => s.attributes)])
  for (const secret of [TENANT, SIG, ROUTE]) t.notOk(shown.includes(secret), `${secret} shown nowhere`)
  t.match(shown, /sig=REDACTED&routing=r1/, 'the key stays, other parameters as sent')
  t.match((events[0] as { headers: Record<string, unknown> }).headers, { 'x-tenant': '[redacted]' })
  t.ok(spans.length > 0, 'a span was recorded')
  t.match(String(spans[0]?.attributes['url.full']), /\?sig=REDACTED&routing=r1$/)
})

t.test('without the option, the same values are shown (what the option hides)', async (t) => {
  const { error, events } = await setup(t, {})
  t.equal((error as ResponseError).headers['x-route'], ROUTE)
  const shown = JSON.stringify(events.map((e) => ({ ...(e as object), error: undefined })))
  t.ok(shown.includes(TENANT) && shown.includes(SIG), 'shown as sent')
})

t.test('bad redaction options are refused, naming the option and the value', async (t) => {
  const node = 'http://127.0.0.1:9200'
  const cases: Array<[unknown, RegExp]> = [
    [['x'], /^redaction must be an object \{ headers, queryParameters \}, got an array/],
    [{ headers: 'x-tenant' }, /^redaction\.headers must be an array of names, got "x-tenant"$/],
    [{ queryParameters: ['sig', 3] }, /^redaction\.queryParameters\[1\] must be a non-empty string, got 3$/],
    [{ header: [] }, /^Unknown redaction option "header": did you mean "headers"\?/],
    [{ type: 'replace', additionalKeys: ['x'] }, /^redaction option "type" is @elastic\/elasticsearch's: here redaction takes \{ headers, queryParameters \}/],
  ]
  for (const [redaction, message] of cases) {
    t.throws(() => new Client({ node, redaction: redaction as never }), { name: 'ConfigurationError', message })
  }
})
