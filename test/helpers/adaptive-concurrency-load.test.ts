// concurrency: 'auto' in bulkStream: the limit decides what is in flight, memory follows the limit of the
// moment (not the ceiling), nothing is lost against a server that rejects what exceeds its capacity, and the
// option is checked. A hand-answered fake transport where the order of events matters, the throttling server
// where a real HTTP exchange does.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { concurrencyOption } from '../../src/cli/args.js'
import { Progress } from '../../src/cli/progress.js'
import { Client } from '../../src/client.js'
import { ConfigurationError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { BulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import type { TransportRequestParams } from '../../src/transport/types.js'
import { startRateLimitServer, startThrottleServer } from '../support/throttle-server.js'

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Requests wait until the test answers them: every item 201, or the first item of each batch 429. */
function handAnswered() {
  const pending: Array<{ items: number; resolve: (body: Buffer) => void }> = []
  const transport = {
    request(params: TransportRequestParams) {
      const lines = (params.bulkBody as Buffer).toString().split('\n').length - 1
      return new Promise<Buffer>((resolve) => pending.push({ items: lines / 2, resolve }))
    },
  }
  const answer = (rejectFirst: boolean) => {
    for (const p of pending.splice(0)) {
      const items = Array.from({ length: p.items }, (_, i) =>
        rejectFirst && i === 0
          ? { index: { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } } }
          : { index: { status: 201 } },
      )
      p.resolve(Buffer.from(JSON.stringify({ errors: rejectFirst, items })))
    }
  }
  return { client: { transport } as never, pending, answer }
}

t.test("memory follows the current limit: 'auto' starts at 1, grows, and after cuts holds less again", async (t) => {
  const { client, pending, answer } = handAnswered()
  const flushBytes = 10_000
  const maxConcurrency = 16
  const stream = new BulkStream(client, {
    index: 'i',
    flushBytes,
    concurrency: 'auto',
    maxConcurrency,
    results: 'none',
    flushInterval: 60_000,
    retries: 1000,
    backoff: { initial: 1, max: 5 },
  })
  const n = 3000
  const doc = { pad: 'x'.repeat(950) } // ~1 KB per item with its action line
  const itemBytes = 1000
  const done = pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < n; i++) yield doc
      })(),
    ),
    stream,
  )
  const held = () => stream.stats.total - stream.stats.successful - stream.stats.failed
  // (limit + 1) batches of 10 items, and some slack: the item that crossed the bound, and the rejected items
  // of the last answers, which come back to be sent again after the writable side last took one.
  const bound = (limit: number) => ((limit + 1) * flushBytes) / itemBytes + 10

  await tick(100)
  t.equal(stream.concurrency, 1, 'starts at 1')
  t.equal(pending.length, 1, 'one request in flight')
  t.ok(held() <= bound(1), `holds ${held()} items before the first answer: bounded by the limit 1 (${bound(1)})`)

  // Prompt answers: the limit grows (doubling in slow start; a stall of the machine may end that early, then
  // by one per round trip).
  let most = 0
  for (let i = 0; i < 600 && stream.concurrency < 8; i++) {
    await tick(10)
    most = Math.max(most, pending.length)
    answer(false)
  }
  const grown = stream.concurrency
  t.ok(grown >= 4, `grew to ${grown}`)
  t.ok(most > 1 && most <= maxConcurrency, `more requests in flight as it grew, within the ceiling (up to ${most})`)

  // Every answer rejects one item: back pressure each period, the limit comes down.
  for (let i = 0; i < 1000 && stream.concurrency > 2; i++) {
    await tick(5)
    answer(true)
  }
  const cut = stream.concurrency
  t.ok(cut <= 2, `cut to ${cut}`)
  await tick(100)
  t.ok(pending.length <= cut, `in flight now: ${pending.length}, at most the limit`)
  t.ok(
    held() <= bound(cut),
    `holds ${held()} items: bounded by the current limit (${bound(cut)}), not the ceiling (${bound(maxConcurrency)})`,
  )

  for (let i = 0; i < 2000 && held() > 0; i++) {
    await tick(2)
    answer(false)
  }
  await done
  t.equal(stream.stats.successful, n, 'every item indexed once')
  t.equal(stream.stats.failed, 0)
  const c = stream.stats.concurrency!
  t.ok(c.max >= grown && c.min === 1 && c.mean >= 1 && c.mean <= c.max, `stats: ${JSON.stringify(c)}`)
})

t.test("'auto' against the throttling server: every document indexed, within the ceiling, stats kept", async (t) => {
  const server = await startThrottleServer({ capacity: 20_000, queue: 1000 })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const n = 20_000
  const stats = await bulk(
    client,
    (function* () {
      for (let i = 0; i < n; i++) yield { i, msg: `document ${i}` }
    })(),
    { index: 'throttled', flushDocs: 250, concurrency: 'auto', maxConcurrency: 6, backoff: { initial: 20, max: 200 } },
  )
  t.equal(stats.successful, n)
  t.equal(stats.failed, 0)
  t.equal(server.stats.accepted, n, 'the server accepted each document once')
  t.equal(server.stats.items - server.stats.rejected, n)
  t.ok(server.stats.maxInFlight <= 6, `at most maxConcurrency in flight (${server.stats.maxInFlight})`)
  t.ok(stats.concurrency !== undefined, 'stats.concurrency with auto')
  t.ok(stats.concurrency!.max <= 6 && stats.concurrency!.min >= 1)
  t.ok(stats.concurrency!.rttAverageMs > 0)
  const fixed = await bulk(client, [{ a: 1 }], { index: 'throttled', concurrency: 2 })
  t.equal(fixed.concurrency, undefined, 'no controller stats for a fixed concurrency')
})

t.test("'auto' against a server that rejects without slowing down: at most 5 % of items rejected, each document once", async (t) => {
  // 3,000 docs/s in batches of 100: one request in flight takes about 2,000 docs/s, two already more than the
  // capacity, whatever the speed of this (shared) machine; 30,000 documents, 10 s.
  const server = await startRateLimitServer({ capacity: 3_000 })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const n = 30_000
  const stats = await bulk(
    client,
    (function* () {
      for (let i = 0; i < n; i++) yield { i }
    })(),
    { index: 'rate', flushDocs: 100, concurrency: 'auto', backoff: { initial: 100 } },
  )
  t.equal(stats.successful, n)
  t.equal(stats.failed, 0)
  t.equal(server.stats.accepted, n, 'the server took each document once')
  const share = server.stats.rejected / server.stats.items
  // The controller's own bound is 2 %, checked on a simulated clock in adaptive-concurrency.test.ts. Here real
  // time runs: on a quiet machine 1.4 % are rejected, on a loaded CI machine 3.2-4.3 % (a stalled process sends
  // late and in bursts); before the controller learned rate limits it was 12.3 %, which this bound still fails.
  t.ok(share <= 0.05, `${(share * 100).toFixed(2)} % of ${server.stats.items} items rejected (limit mean ${stats.concurrency!.mean}, max ${stats.concurrency!.max})`)
})

t.test('16 requests in flight raise no MaxListenersExceededWarning (one abort listener each)', async (t) => {
  // Answers take 500 ms, so even a stalled machine builds 16 batches of 100 small documents meanwhile.
  const server = await startThrottleServer({ capacity: 10_000_000, baseMs: 500 })
  const client = new Client({ node: server.url })
  const warnings: Error[] = []
  const onWarning = (w: Error) => warnings.push(w)
  process.on('warning', onWarning)
  t.teardown(async () => {
    process.off('warning', onWarning)
    await client.close()
    await server.close()
  })
  const stats = await bulk(
    client,
    Array.from({ length: 3200 }, (_, i) => ({ i })),
    { index: 'many', flushDocs: 100, concurrency: 16 },
  )
  t.equal(stats.successful, 3200)
  t.ok(server.stats.maxInFlight > 10, `more than 10 in flight (${server.stats.maxInFlight})`)
  await tick(50)
  t.same(
    warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message),
    [],
  )
})

t.test('concurrency and maxConcurrency are checked: ConfigurationError naming the option and the value', async (t) => {
  const client = { transport: { request: async () => ({}) } } as never
  const cases: Array<[object, RegExp]> = [
    [{ concurrency: 'fast' }, /option "concurrency" must be 'auto' or an integer from 1 to 1024, got "fast"/],
    [{ concurrency: 0 }, /option "concurrency" .* got 0/],
    [{ concurrency: 5000 }, /option "concurrency" .* got 5000/],
    [{ concurrency: 'auto', maxConcurrency: 0 }, /option "maxConcurrency" must be an integer from 1 to 1024, got 0/],
    [{ concurrency: 4, maxConcurrency: 8 }, /"maxConcurrency" only applies to concurrency: 'auto'/],
    [{ maxConcurrency: 8 }, /"maxConcurrency" only applies to concurrency: 'auto'/],
  ]
  for (const [options, message] of cases) {
    t.throws(() => new BulkStream(client, { index: 'i', ...options } as never), { name: ConfigurationError.name, message })
  }
  await t.rejects(bulk(client, [], { index: 'i', concurrency: 'Auto' as never }), { message: /"concurrency".*"Auto"/ })
  t.equal(new BulkStream(client, { index: 'i' }).concurrency, 4, 'default 4')
  t.equal(new BulkStream(client, { index: 'i', concurrency: 'auto' }).concurrency, 1, "'auto' starts at 1")
})

t.test('CLI: --concurrency auto or N, and the progress line shows the limit', async (t) => {
  t.equal(concurrencyOption({ concurrency: 'auto' }), 'auto')
  t.equal(concurrencyOption({ concurrency: '8' }), 8)
  t.equal(concurrencyOption({}), undefined)
  t.throws(() => concurrencyOption({ concurrency: 'lots' }), { message: /--concurrency .* got "lots"/ })
  const progress = new Progress({ enabled: false, label: 'loading' })
  progress.docs = 10
  t.notMatch(progress.render(), /concurrency/, 'nothing shown for a fixed concurrency')
  let limit = 3
  progress.concurrency = () => limit
  t.match(progress.render(), /concurrency 3/)
  limit = 7
  t.match(progress.render(), /concurrency 7/, 'follows the limit as it moves')
})
