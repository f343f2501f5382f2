// The adaptive concurrency controller on its own: a fake clock and synthetic round trips, so every decision
// is exact and nothing depends on how loaded the machine is.
import diagnostics from 'node:diagnostics_channel'
import t from 'tap'
import { AdaptiveConcurrency } from '../../src/helpers/bulk/adaptive-concurrency.js'
import {
  CONCURRENCY_CHANNEL,
  type ConcurrencyEvent,
  DEFAULT_MAX_CONCURRENCY,
  PROBE_PERIODS,
} from '../../src/helpers/bulk/adaptive-concurrency-tuning.js'
import { FixedConcurrency, isBackPressure, type RequestOutcome } from '../../src/helpers/bulk/concurrency-limiter.js'
import { createConcurrency } from '../../src/helpers/bulk/create-concurrency.js'
import { ConfigurationError, ConnectionError, ResponseError, TimeoutError } from '../../src/errors.js'

const ok = { sample: true, backPressure: false }
const pushBack = { sample: true, backPressure: true }

function fake(options: { maxConcurrency?: number; initial?: number } = {}) {
  let now = 0
  const c = new AdaptiveConcurrency({ ...options, now: () => now })
  return {
    c,
    advance(ms: number) {
      now += ms
    },
    get now() {
      return now
    },
  }
}

/**
 * One round: as many requests as the limit allows, all answered after `rtt` ms with `outcome`, after `gap` ms
 * with nothing in flight (so that a round a little shorter than the average still ends a period).
 */
function round(f: ReturnType<typeof fake>, rtt: number, outcome: RequestOutcome = ok, count = f.c.limit, gap = 5) {
  f.advance(gap)
  const starts = Array.from({ length: count }, () => f.c.start())
  f.advance(rtt)
  for (const s of starts) f.c.end(s, outcome)
}

/**
 * A controller past slow start at `limit`: one round of 10 ms sets the average, then one request of 100 ms
 * makes a period well slower (slower, not rejected: no memory of a limit that pushed back), which halves.
 */
function settled(limit: number, options: { maxConcurrency?: number } = {}) {
  const f = fake({ maxConcurrency: options.maxConcurrency ?? 32, initial: 2 * limit })
  round(f, 10)
  round(f, 100, ok, 1)
  return f
}

t.test('slow start: the limit doubles per round trip until the first sign of load, then goes back to half', async (t) => {
  const f = fake({ maxConcurrency: 32 })
  t.equal(f.c.limit, 1, 'starts at 1')
  const seen = [f.c.limit]
  for (let i = 0; i < 10; i++) {
    round(f, 10)
    seen.push(f.c.limit)
  }
  // The first answer only sets the average; each round trip is one period, and every second one doubles
  // (SLOW_START_ROUNDS rounds answered at a limit).
  t.same(seen, [1, 1, 2, 2, 4, 4, 8, 8, 16, 16, 32], 'doubling, up to maxConcurrency')
  round(f, 10, pushBack)
  t.equal(f.c.limit, 16, 'the first back pressure halves')
  round(f, 10)
  t.equal(f.c.limit, 17, 'then one more per period')
})

t.test('slow start also ends when round trips become well slower, not only on rejections', async (t) => {
  const f = fake()
  for (let i = 0; i < 4; i++) round(f, 10)
  t.equal(f.c.limit, 4)
  round(f, 30)
  t.equal(f.c.limit, 2, 'slower at 4: back to 2')
  t.equal(f.c.stats().decreases, 1)
})

t.test('after slow start the limit grows by one per round trip while round trips stay at the average', async (t) => {
  const f = settled(4, { maxConcurrency: 8 })
  const seen = [f.c.limit]
  for (let i = 0; i < 7; i++) {
    round(f, 10)
    seen.push(f.c.limit)
  }
  t.same(seen, [4, 5, 6, 7, 8, 8, 8, 8], 'additive increase, then held at maxConcurrency')
  t.ok(f.c.rttAverageMs < 11, `the average came back near 10 ms (${f.c.rttAverageMs})`)
})

t.test('after rejections at a limit, it goes back there only after PROBE_PERIODS calm periods', async (t) => {
  const f = settled(8)
  round(f, 10)
  t.equal(f.c.limit, 9)
  round(f, 10, pushBack) // rejections at 9
  t.equal(f.c.limit, 8)
  const seen: number[] = []
  for (let i = 0; i < PROBE_PERIODS + 1; i++) {
    round(f, 10)
    seen.push(f.c.limit)
  }
  t.same(seen, [...Array(PROBE_PERIODS - 1).fill(8), 9, 10], 'held below 9, then a probe at 9 that passed, then on')
  round(f, 10, pushBack) // rejections at 10
  t.equal(f.c.limit, 9)
  round(f, 10)
  t.equal(f.c.limit, 9, 'cautious again below the new limit that pushed back')
})

t.test('with jittery round trips it grows in the periods that were not slower than the average', async (t) => {
  const f = settled(2, { maxConcurrency: 32 })
  for (let i = 0; i < 20; i++) round(f, 9 + (i % 3), ok, f.c.limit, 15) // 9, 10, 11 ms: jitter, not load
  const s = f.c.stats()
  t.equal(s.decreases, 1, 'jitter is not back pressure (the one cut is the end of slow start)')
  t.ok(s.increases >= 7 && s.increases <= 14, `grows about every other period (${s.increases} in 20)`)
  t.ok(f.c.rttAverageMs > 9 && f.c.rttAverageMs < 11, `the average follows the round trips (${f.c.rttAverageMs})`)
})

t.test('no increase without demand: a source that keeps one request in flight leaves the limit alone', async (t) => {
  const f = fake({ initial: 4 })
  for (let i = 0; i < 10; i++) round(f, 10, ok, 1)
  t.equal(f.c.limit, 4)
  t.equal(f.c.stats().increases, 0)
})

t.test('items rejected with 429 inside a 2xx answer cut the limit by 10 %, rounded down, once per period', async (t) => {
  const f = settled(10)
  round(f, 10) // one period, +1
  t.equal(f.c.limit, 11)
  round(f, 10, pushBack)
  t.equal(f.c.limit, 9, 'floor(11 x 0.9)')
  round(f, 10, pushBack)
  t.equal(f.c.limit, 8)
  round(f, 10, pushBack)
  t.equal(f.c.limit, 7)
})

t.test('a storm of rejections from requests sent before a cut costs one cut, not one per request', async (t) => {
  const f = settled(16)
  const starts = Array.from({ length: 16 }, () => f.c.start())
  f.advance(10)
  for (const s of starts) {
    f.c.end(s, pushBack)
    f.advance(1)
  }
  t.equal(f.c.limit, 14, 'one cut: floor(16 x 0.9), though 16 answers pushed back over more than a period')
  t.equal(f.c.stats().decreases, 2, 'the end of slow start, and this one')
  // Requests sent at the new limit that push back do count.
  round(f, 10, pushBack)
  t.equal(f.c.limit, 12)
})

t.test('round trips well above the average cut; a rise within the usual deviation does not', async (t) => {
  const f = settled(8)
  for (let i = 0; i < 6; i++) round(f, 100 + (i % 2) * 10, ok, f.c.limit, 50) // deviation of a few ms
  const before = f.c.limit
  round(f, 118, ok, f.c.limit, 50) // +15 %: within RTT_MIN_RISE
  t.equal(f.c.limit, before, 'held: slower, but not well above the average')
  // Twice the average, for two rounds (the first period also holds the rest of the round before).
  round(f, 200, ok, f.c.limit, 50)
  round(f, 200, ok, f.c.limit, 50)
  t.equal(f.c.limit, Math.floor(before * 0.9), 'cut, once: requests queue in the cluster')
})

t.test('timeouts and 429/503 answers are back pressure even without a round-trip sample', async (t) => {
  const f = settled(4)
  round(f, 10, { sample: false, backPressure: true })
  t.equal(f.c.limit, 3)
})

t.test('back pressure before any answer arrived cuts at once', async (t) => {
  const f = fake({ initial: 8 })
  const s = f.c.start()
  f.advance(5)
  f.c.end(s, { sample: false, backPressure: true })
  t.equal(f.c.limit, 4, 'half: it is the end of slow start')
})

t.test('the floor is 1 and the ceiling maxConcurrency, whatever happens', async (t) => {
  const f = fake({ maxConcurrency: 3 })
  for (let i = 0; i < 20; i++) round(f, 10)
  t.equal(f.c.limit, 3)
  for (let i = 0; i < 20; i++) round(f, 10, pushBack)
  t.equal(f.c.limit, 1)
  const s = f.c.stats()
  t.equal(s.min, 1)
  t.equal(s.max, 3)
  t.equal(new AdaptiveConcurrency().max, DEFAULT_MAX_CONCURRENCY)
})

t.test('stats: min, max and the time-weighted mean limit', async (t) => {
  const f = fake({ initial: 2 })
  round(f, 100, ok, 2, 0) // average set; limit 2 for 100 ms
  round(f, 100, ok, 2, 0) // slow start: -> 4 at t=200
  round(f, 100, pushBack, 4, 0) // -> 2 at t=300
  f.advance(100) // 2 until t=400
  const s = f.c.stats()
  t.equal(s.min, 2)
  t.equal(s.max, 4)
  // 2 x 200 ms + 4 x 100 ms + 2 x 100 ms over 400 ms
  t.equal(s.mean, 2.5)
  t.equal(s.increases, 1)
  t.equal(s.decreases, 1)
  t.equal(s.rttAverageMs, 100)
})

t.test('publishes every decision on elastream:bulk:concurrency', async (t) => {
  const events: ConcurrencyEvent[] = []
  const listener = (m: unknown) => events.push(m as ConcurrencyEvent)
  diagnostics.subscribe(CONCURRENCY_CHANNEL, listener)
  t.teardown(() => diagnostics.unsubscribe(CONCURRENCY_CHANNEL, listener))
  const f = fake({ initial: 2 })
  round(f, 10)
  round(f, 10)
  round(f, 10, pushBack)
  round(f, 10)
  t.match(events, [
    { decision: 'increase', reason: 'slow-start', previous: 2, limit: 4, rttMs: 10, rttAverageMs: 10, reachedLimit: true },
    // Decided by the first answer after the period's end; the other three were sent before the cut.
    { decision: 'decrease', reason: 'back-pressure', previous: 4, limit: 2, backPressure: 1 },
    { decision: 'increase', reason: 'room', previous: 2, limit: 3 },
  ])
  t.equal(events.length, 3)
})

t.test('bad options are ConfigurationErrors naming the option and the value', async (t) => {
  for (const bad of [0, -1, 1.5, 2000, '8', Number.NaN]) {
    t.throws(
      () => new AdaptiveConcurrency({ maxConcurrency: bad as number }),
      { name: ConfigurationError.name, message: new RegExp(`"maxConcurrency".*${String(bad)}`) },
      String(bad),
    )
  }
  t.throws(() => new AdaptiveConcurrency({ maxConcurrency: 4, initial: 5 }), ConfigurationError)
})

t.test("concurrency: 'auto' or an integer from 1 to 1024, maxConcurrency only with 'auto'", async (t) => {
  t.ok(createConcurrency('auto', undefined, 'bulkStream') instanceof AdaptiveConcurrency)
  t.equal((createConcurrency('auto', 4, 'bulkStream') as AdaptiveConcurrency).max, 4)
  const fixed = createConcurrency(8, undefined, 'bulkStream')
  t.ok(fixed instanceof FixedConcurrency)
  t.equal(fixed.limit, 8)
  t.equal(fixed.stats(), undefined)
  for (const bad of [0, -2, 2.5, 1025, 'Auto', 'adaptive', '4', null, Number.NaN]) {
    t.throws(
      () => createConcurrency(bad, undefined, 'bulkStream'),
      {
        name: 'ConfigurationError',
        message: new RegExp(`^bulkStream: option "concurrency" must be 'auto' or an integer from 1 to 1024, got ${typeof bad === 'string' ? `"${bad}"` : String(bad)}$`),
      },
      String(bad),
    )
  }
  t.throws(() => createConcurrency(4, 8, 'bulk'), { message: /"maxConcurrency" only applies to concurrency: 'auto'/ })
  t.throws(() => createConcurrency('auto', 0, 'bulk'), { message: /"maxConcurrency" must be an integer from 1 to 1024, got 0/ })
})

t.test('back pressure: 429, 503, 504 answers and timeouts; not a refused connection or a 400', async (t) => {
  t.equal(isBackPressure(new ResponseError(429, {})), true)
  t.equal(isBackPressure(new ResponseError(503, {})), true)
  t.equal(isBackPressure(new ResponseError(504, {})), true)
  t.equal(isBackPressure(new TimeoutError('slow')), true)
  t.equal(isBackPressure(new ResponseError(400, {})), false)
  t.equal(isBackPressure(new ResponseError(502, {})), false)
  t.equal(isBackPressure(new ConnectionError('refused')), false)
  t.equal(isBackPressure(new Error('x')), false)
})

/**
 * A cluster in a loop: it indexes `capacity` documents per ms, queues up to `queue` documents and rejects the
 * items beyond (429 in a 2xx answer), and answers a request when its documents are indexed, plus `base` ms.
 */
function simulate(capacity: number, queue: number, requests: number) {
  let now = 0
  const c = new AdaptiveConcurrency({ now: () => now })
  const docs = 1000
  let backlogUntil = 0
  const pending: Array<{ at: number; started: number; rejected: number }> = []
  let rejected = 0
  let limitSum = 0
  for (let sent = 0; sent < requests || pending.length > 0; ) {
    while (c.inFlight < c.limit && sent < requests) {
      const started = c.start()
      sent++
      const backlog = Math.max(0, backlogUntil - now) * capacity
      const accepted = Math.max(0, Math.min(docs, queue - backlog))
      backlogUntil = Math.max(backlogUntil, now) + accepted / capacity
      pending.push({ at: backlogUntil + 2, started, rejected: docs - accepted })
    }
    pending.sort((a, b) => a.at - b.at)
    const next = pending.shift()!
    now = next.at
    rejected += next.rejected
    limitSum += c.limit
    c.end(next.started, { sample: true, backPressure: next.rejected > 0 })
  }
  return { rejectedShare: rejected / (requests * 1000), stats: c.stats(), limitSum }
}

t.test('against a simulated saturating cluster it settles below the point of rejection, without storms', async (t) => {
  // 20 docs/ms (20k docs/s), room for 5 batches queued: the knee is 1-2 in flight, rejections start above 5.
  const slow = simulate(20, 5000, 2000)
  t.ok(slow.rejectedShare <= 0.02, `rejected share ${slow.rejectedShare}`)
  t.ok(slow.stats.max <= 8, `never far beyond the rejection point (max ${slow.stats.max})`)
  t.ok(slow.stats.decreases < 200, `no storm of cuts (${slow.stats.decreases} in 2000 requests)`)
  // 100 docs/ms: room for more in flight, and the limit goes there.
  const fast = simulate(100, 8000, 2000)
  t.ok(fast.rejectedShare <= 0.02, `rejected share ${fast.rejectedShare}`)
  t.ok(fast.stats.mean >= 1.5, `uses concurrency where it pays (mean ${fast.stats.mean})`)
})

/**
 * A cluster with no queue to wait in (as startRateLimitServer in test/support/throttle-server.ts): it takes `capacity` documents
 * per ms through a token bucket holding `burst`, rejects the items beyond (429 in a 2xx answer), and answers
 * after its own accepted documents are indexed, plus `base` ms and `perInFlight` ms per request in flight.
 * Over-driving it hardly slows its answers: the rejections are the only sign.
 */
function simulateNoQueue(capacity: number, requests: number, base = 2, perInFlight = 2, burst = capacity * 100) {
  let now = 0
  const c = new AdaptiveConcurrency({ now: () => now })
  const docs = 1000
  let tokens = burst
  let refilled = 0
  const pending: Array<{ at: number; started: number; rejected: number }> = []
  let rejected = 0
  let accepted = 0
  for (let sent = 0; sent < requests || pending.length > 0; ) {
    if (pending.length === 0) now += c.pause() // nothing in flight: the next send waits out a pause
    while (c.inFlight < c.limit && sent < requests && c.pause() === 0) {
      const started = c.start()
      sent++
      tokens = Math.min(burst, tokens + (now - refilled) * capacity)
      refilled = now
      const taken = Math.max(0, Math.min(docs, Math.floor(tokens)))
      tokens -= taken
      pending.push({ at: now + base + perInFlight * c.inFlight + taken / capacity, started, rejected: docs - taken })
    }
    pending.sort((a, b) => a.at - b.at)
    const next = pending.shift()!
    now = next.at
    rejected += next.rejected
    accepted += docs - next.rejected
    c.end(next.started, { sample: true, backPressure: next.rejected > 0, items: docs, rejected: next.rejected })
  }
  return { rejectedShare: rejected / (requests * docs), docsPerMs: accepted / now, stats: c.stats() }
}

t.test('item 429s lower the limit to the share the cluster took, not by a tenth per round trip', async (t) => {
  const f = settled(8)
  round(f, 10) // 9
  round(f, 10) // 10
  t.equal(f.c.limit, 10)
  // Every request of the period had half its 1000 items rejected.
  round(f, 10, { sample: true, backPressure: true, items: 1000, rejected: 500 })
  t.equal(f.c.limit, 5, 'half taken: half the limit')
  // A request refused whole (429) among four that were taken: a fifth of the items rejected.
  const starts = Array.from({ length: 5 }, () => f.c.start())
  f.advance(5)
  for (const s of starts.slice(1)) f.c.end(s, { sample: true, backPressure: false, items: 1000, rejected: 0 })
  f.c.end(starts[0]!, { sample: false, backPressure: true, items: 1000, rejected: 1000 })
  t.equal(f.c.limit, 4, 'floor(5 x 0.8)')
  // A few items in a period: the usual cut by a tenth.
  const more = Array.from({ length: 4 }, () => f.c.start())
  f.advance(5)
  for (const s of more) f.c.end(s, { sample: true, backPressure: true, items: 1000, rejected: 10 })
  t.equal(f.c.limit, 3, 'floor(4 x 0.9)')
})

t.test('each probe of a limit that is rejected again waits twice as long before the next', async (t) => {
  const f = fake({ maxConcurrency: 8, initial: 2 })
  round(f, 10) // the average
  const half = { sample: true, backPressure: true, items: 1000, rejected: 500 }
  round(f, 10, half) // rejections at 2: back to 1
  t.equal(f.c.limit, 1)
  const probesAt: number[] = []
  for (let period = 1; period <= PROBE_PERIODS * 16; period++) {
    const limit = f.c.limit
    if (limit === 2) probesAt.push(period)
    round(f, 10, limit === 2 ? half : ok)
  }
  // Waits of 10, 20, 40, 80 calm periods (each probe period, and the cut after it, between them).
  t.same(probesAt.slice(0, 4), [11, 32, 73, 154], `probes at periods ${probesAt.join(', ')}`)
  t.equal(f.c.limit, 1)
})

t.test('against a simulated cluster that rejects without slowing down, at most 2 % rejected at every capacity', async (t) => {
  // 20 and 100 documents per ms (20k and 100k docs/s), 1000 documents per request: 1 or 2 in flight take
  // 20k, about 3 to 5 take 100k.
  for (const capacity of [20, 50, 100]) {
    const run = simulateNoQueue(capacity, 3000)
    t.ok(run.rejectedShare <= 0.02, `${capacity}k docs/s: rejected share ${run.rejectedShare.toFixed(4)}`)
    t.ok(
      run.docsPerMs >= 0.9 * capacity,
      `${capacity}k docs/s: ${run.docsPerMs.toFixed(1)} docs/ms, >= 90 % of the capacity (mean limit ${run.stats.mean})`,
    )
  }
})
