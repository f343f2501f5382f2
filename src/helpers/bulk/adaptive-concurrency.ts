/**
 * How many bulk requests to keep in flight, learned from the cluster's own answers: an AIMD controller over
 * round-trip times and back-pressure signals (the design of Vector's adaptive request concurrency, written anew).
 *
 * Time is cut into periods of one average round trip. At the end of each period the controller looks at what
 * happened during it and moves the limit at most one step.
 *
 * SLOW START: from the first period until the first sign of load, the limit doubles each period in which it
 * was reached, SLOW_START_ROUNDS rounds of requests sent at it were answered, and round trips did not become
 * well slower (as TCP starts a connection): growing by one from 1
 * takes many round trips, and a load of a few seconds would spend most of them below the cluster's capacity.
 * The first back pressure or slower period ends it, and the limit goes back to half (the last limit that did
 * not push back). From then on, AIMD:
 * - **increase by 1** when the limit was reached (there was demand for more), nothing pushed back, and the
 *   period's mean round-trip time was not above the running average: more in flight did not make anything
 *   wait longer, so the cluster has room;
 * - **decrease to limit x 0.9** (rounded down, floor 1) on back pressure: a request answered 429/503/504, a
 *   request timed out, items of a 2xx answer rejected with 429 (a share of a batch is a cluster's write queue
 *   saying it is full even though the request as a whole succeeded), or the period's mean round trip well
 *   above the running average (its own usual deviation x 2.5, and at least 20 % more): requests queue inside
 *   the cluster, throughput no longer grows with concurrency and rejections are what comes next;
 *   and further, **to the share of items the cluster took** when it rejected more than a tenth of what the
 *   period's requests carried (a request refused whole counts all its items): a cluster that took half of
 *   what 8 requests in flight sent has room for about 4, and a cut by a tenth per round trip would leave it
 *   over-driven, rejecting, for several round trips (the rejected share measured on a server whose round
 *   trips do not slow down when over-driven: 14-18 %);
 * - at a limit of 1, back pressure pauses sending for one average round trip (see `pause`);
 * - otherwise hold; and an increase back to the limit at which the cluster last pushed back waits for
 *   PROBE_PERIODS calm periods (per-item 429s come at a sharp edge: without the wait the limit saws across it),
 *   twice as many after each probe there that was rejected again, up to PROBE_PERIODS_MAX: a limit one step
 *   above what the cluster takes costs rejections at every probe, so probes that keep failing must become rare
 *   for the rejected share to stay small; a probe that passes resets the wait.
 *
 * Only answers that Elasticsearch processed are round-trip samples (a rejection comes back fast and would
 * make a saturated cluster look idle), and only one decision per period, and back pressure reported by a request sent before the last cut does not
 * count: a burst of rejections from requests that were all sent at the old limit costs one cut, not one per
 * request, which is what keeps it from oscillating in storms.
 */
import { ConfigurationError } from '../../errors.js'
import {
  channel,
  type ConcurrencyEvent,
  DECREASE_RATIO,
  DEFAULT_MAX_CONCURRENCY,
  PROBE_PERIODS,
  PROBE_PERIODS_MAX,
  PROBE_ROUNDS,
  REJECTED_SHARE_CUT,
  RTT_ALPHA,
  RTT_DEVIATION_SCALE,
  RTT_MIN_RISE,
  SLOW_START_ROUNDS,
} from './adaptive-concurrency-tuning.js'
import {
  CONCURRENCY_RANGE_MAX,
  type ConcurrencyLimiter,
  type ConcurrencyStats,
  type RequestOutcome,
} from './concurrency-limiter.js'
import { describeValue as show } from '../../options/describe-value.js'

export interface AdaptiveConcurrencyOptions {
  /**
   * Highest limit. Default 16: one Node process saturates its own CPU (building batches, reading answers)
   * before 16 requests of 1000 documents in flight stop paying on the clusters we measured, and memory stays
   * under 17 x flushBytes. Raise it for large batches against a large cluster.
   */
  maxConcurrency?: number
  /** Limit at the start. Default 1: nothing is known yet about the cluster; the limit grows by one per round trip. */
  initial?: number
  /** Clock in ms (tests pass a fake one). Default `performance.now`. */
  now?: () => number
}

export class AdaptiveConcurrency implements ConcurrencyLimiter {
  readonly max: number
  #limit: number
  #inFlight = 0
  readonly #now: () => number

  // Running average and variance of period round trips (exponentially weighted).
  #rttMean = 0
  #rttVar = 0
  #hasRtt = false

  // The current period.
  #periodEnd = 0
  #periodSum = 0
  #periodCount = 0
  #pressure = 0
  /** Items of the period's current requests, and how many of them were rejected. */
  #items = 0
  #rejected = 0
  /** Answers to requests sent at the limit as it is now. */
  #answered = 0
  #reached = false
  #lastCut = Number.NEGATIVE_INFINITY
  #lastChange = Number.NEGATIVE_INFINITY
  /** No request starts before this time (see `pause`). */
  #pausedUntil = 0
  /** Doubling until the first sign of load (see SLOW START above). */
  #slowStart = true
  /** The limit at which the cluster last pushed back, until a period there passes without (see PROBE_PERIODS). */
  #pushedBackAt: number | undefined
  /** Periods since the last back pressure. */
  #calm = 0
  /** Calm periods the next probe of `#pushedBackAt` waits for (doubled by each failed probe). */
  #probeWait = PROBE_PERIODS
  /** The limit was raised back to `#pushedBackAt` and has not been told yet whether the cluster takes it. */
  #probing = false

  // Stats.
  #min: number
  #max: number
  #started: number | undefined
  #since = 0
  #area = 0
  #increases = 0
  #decreases = 0

  constructor(options: AdaptiveConcurrencyOptions = {}, owner = 'bulkStream') {
    const max = options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > CONCURRENCY_RANGE_MAX) {
      throw new ConfigurationError(
        `${owner}: option "maxConcurrency" must be an integer from 1 to ${CONCURRENCY_RANGE_MAX}, got ${show(max)}`,
      )
    }
    const initial = options.initial ?? 1
    if (typeof initial !== 'number' || !Number.isInteger(initial) || initial < 1 || initial > max) {
      throw new ConfigurationError(
        `${owner}: the initial concurrency must be an integer from 1 to maxConcurrency (${max}), got ${show(initial)}`,
      )
    }
    this.max = max
    this.#limit = initial
    this.#min = initial
    this.#max = initial
    this.#now = options.now ?? (() => performance.now())
  }

  /** Requests that may be in flight now. */
  get limit(): number {
    return this.#limit
  }

  get inFlight(): number {
    return this.#inFlight
  }

  /** Running average round trip in ms (0 before the first processed answer). */
  get rttAverageMs(): number {
    return this.#rttMean
  }

  /** Call when a request is sent; returns its start time, to hand back to `end`. */
  start(): number {
    const now = this.#now()
    if (this.#started === undefined) {
      this.#started = now
      this.#since = now
    }
    this.#inFlight++
    if (this.#inFlight >= this.#limit) this.#reached = true
    return now
  }

  /** Call when a request ended, however it ended; `started` is what `start` returned. */
  end(started: number, outcome: RequestOutcome): void {
    const now = this.#now()
    this.#inFlight--
    // A request sent before the last cut reports on the limit before it: counting it would cut again for the
    // same overload (one cut per round of requests, as TCP cuts once per window).
    const current = started >= this.#lastCut
    if (outcome.backPressure && current) this.#pressure++
    // The share rejected is measured over requests sent at the limit as it is now.
    if (started >= this.#lastChange) {
      this.#answered++
      this.#items += outcome.items ?? 0
      this.#rejected += outcome.rejected ?? 0
    }
    if (outcome.sample && !outcome.backPressure && current) {
      this.#periodSum += now - started
      this.#periodCount++
    }
    if (!this.#hasRtt) {
      // The first period starts with the first sample: until then there is no round trip to measure time by.
      if (this.#periodCount > 0) {
        this.#rttMean = this.#periodSum / this.#periodCount
        this.#hasRtt = true
        if (this.#pressure === 0) {
          this.#resetPeriod(now)
          return
        }
      } else if (this.#pressure === 0) {
        return
      }
    }
    // Back pressure cuts at once, not at the end of the period: an over-driven cluster that rejects without
    // slowing down answers fast, and every answer until the cut is another batch rejected. Requests sent
    // before the cut no longer count (see `current`), so a round of them costs one cut.
    if (this.#pressure > 0 || now >= this.#periodEnd) this.#decide(now)
  }

  /**
   * Ms before the next request may start. Pushed back at a limit of 1, the next request would go as soon as
   * the rejecting answer is in, and a cluster that rejects fast then rejects most of every request until its
   * queue has room again (measured: a dozen batches mostly rejected after each drain): so it waits one average
   * round trip, the time the cluster takes to index a batch, as if the limit were below one.
   */
  pause(): number {
    return Math.max(0, this.#pausedUntil - this.#now())
  }

  /** Counters of the whole load, the time-weighted mean measured up to now. */
  stats(): ConcurrencyStats {
    const now = this.#now()
    const elapsed = this.#started === undefined ? 0 : now - this.#started
    const area = this.#area + this.#limit * (now - this.#since)
    return {
      limit: this.#limit,
      min: this.#min,
      max: this.#max,
      mean: elapsed > 0 ? Math.round((area / elapsed) * 100) / 100 : this.#limit,
      rttAverageMs: Math.round(this.#rttMean * 10) / 10,
      increases: this.#increases,
      decreases: this.#decreases,
    }
  }

  #decide(now: number): void {
    const previous = this.#limit
    const rtt = this.#periodCount > 0 ? this.#periodSum / this.#periodCount : undefined
    const mean = this.#rttMean
    const deviation = Math.sqrt(this.#rttVar)
    const slower =
      this.#hasRtt && rtt !== undefined && rtt > mean + Math.max(RTT_DEVIATION_SCALE * deviation, RTT_MIN_RISE * mean)
    let decision: ConcurrencyEvent['decision'] = 'hold'
    let reason: string
    if (this.#pressure > 0) {
      // A probe of the limit that pushed back was rejected again: the next one waits twice as long.
      if (this.#probing) this.#probeWait = Math.min(PROBE_PERIODS_MAX, this.#probeWait * 2)
      this.#probing = false
      this.#pushedBackAt = previous
      this.#calm = 0
    } else {
      this.#calm++
      // A period at or above the limit that pushed back, without pushing back, after PROBE_ROUNDS rounds of
      // requests sent at it were answered: the cluster has grown room.
      if (
        this.#pushedBackAt !== undefined &&
        previous >= this.#pushedBackAt &&
        this.#answered >= PROBE_ROUNDS * previous
      ) {
        this.#pushedBackAt = undefined
        this.#probing = false
        this.#probeWait = PROBE_PERIODS
      }
    }
    if (this.#pressure > 0 || slower) {
      reason = this.#pressure > 0 ? 'back-pressure' : 'slower'
      // Leaving slow start: the limit before the last doubling was the last one that did not push back.
      let next = this.#slowStart ? Math.floor(previous / 2) : Math.floor(previous * DECREASE_RATIO)
      const share = this.#items > 0 ? this.#rejected / this.#items : 0
      // Rejected beyond a tenth: down to what the cluster took (see the file comment), by half at most, as
      // the first answers of a round may be the only ones read yet.
      if (share > REJECTED_SHARE_CUT) {
        next = Math.min(next, Math.max(Math.floor(previous / 2), Math.floor(previous * (1 - share))))
      }
      this.#slowStart = false
      if (previous > 1) {
        decision = 'decrease'
        this.#set(Math.max(1, next), now)
      } else {
        reason = 'floor'
        if (this.#pressure > 0) this.#pausedUntil = now + this.#rttMean
      }
    } else if (!this.#reached) {
      reason = 'no-demand'
    } else if (rtt === undefined || (!this.#slowStart && rtt > mean)) {
      reason = 'steady'
    } else if (previous >= this.max) {
      reason = 'ceiling'
    } else if (
      !this.#slowStart &&
      this.#pushedBackAt !== undefined &&
      previous + 1 >= this.#pushedBackAt &&
      this.#calm < this.#probeWait
    ) {
      reason = 'cautious'
    } else if (this.#slowStart && this.#answered <= (SLOW_START_ROUNDS - 1) * previous) {
      // Decided on the first answer after the period's end: the last round is answered, the next has begun.
      reason = 'confirming'
    } else {
      decision = 'increase'
      reason = this.#slowStart ? 'slow-start' : 'room'
      if (!this.#slowStart && this.#pushedBackAt !== undefined && previous + 1 >= this.#pushedBackAt) {
        this.#probing = true
      }
      this.#set(this.#slowStart ? Math.min(this.max, previous * 2) : previous + 1, now)
    }
    if (channel.hasSubscribers) {
      channel.publish({
        limit: this.#limit,
        previous,
        decision,
        reason,
        inFlight: this.#inFlight,
        rttMs: rtt,
        rttAverageMs: mean,
        rttDeviationMs: deviation,
        backPressure: this.#pressure,
        reachedLimit: this.#reached,
      } satisfies ConcurrencyEvent)
    }
    if (rtt !== undefined && this.#hasRtt) {
      // Exponentially weighted mean and variance (West's incremental form).
      const diff = rtt - mean
      const incr = RTT_ALPHA * diff
      this.#rttMean = mean + incr
      this.#rttVar = (1 - RTT_ALPHA) * (this.#rttVar + diff * incr)
    }
    this.#resetPeriod(now)
  }

  #resetPeriod(now: number): void {
    this.#periodEnd = now + this.#rttMean
    this.#periodSum = 0
    this.#periodCount = 0
    this.#pressure = 0
    this.#reached = this.#inFlight >= this.#limit
  }

  #set(limit: number, now: number): void {
    if (this.#started !== undefined) {
      this.#area += this.#limit * (now - this.#since)
      this.#since = now
    }
    if (limit > this.#limit) this.#increases++
    else {
      this.#decreases++
      this.#lastCut = now
    }
    this.#lastChange = now
    this.#answered = 0
    this.#items = 0
    this.#rejected = 0
    this.#limit = limit
    if (limit < this.#min) this.#min = limit
    if (limit > this.#max) this.#max = limit
  }
}
