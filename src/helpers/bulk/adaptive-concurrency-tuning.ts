/**
 * The constants the adaptive concurrency controller (adaptive-concurrency.ts) is tuned by, each with the
 * measurement behind it, and the event it publishes once per period.
 */
import diagnostics from 'node:diagnostics_channel'

/** Channel name, stable: `diagnostics_channel.subscribe(CONCURRENCY_CHANNEL, fn)`; payload: ConcurrencyEvent. */
export const CONCURRENCY_CHANNEL = 'elastream:bulk:concurrency'
/** The channel the controller publishes its ConcurrencyEvents on. */
export const channel = diagnostics.channel(CONCURRENCY_CHANNEL)

/** Published once per period (one average round trip) while an adaptive load runs. */
export interface ConcurrencyEvent {
  /** The limit after this period's decision. */
  limit: number
  /** The limit during the period. */
  previous: number
  /** 'increase', 'decrease' or 'hold'. */
  decision: 'increase' | 'decrease' | 'hold'
  /**
   * Why: 'slow-start', 'room', 'back-pressure', 'slower', 'no-demand', 'steady', 'ceiling', 'floor',
   * 'cautious' (the next step is where the cluster last pushed back; see PROBE_PERIODS) or 'confirming' (slow
   * start waits for a second round at the limit; see SLOW_START_ROUNDS).
   */
  reason: string
  /** Requests in flight when the period ended. */
  inFlight: number
  /** Mean round trip of the period's processed requests, ms (undefined when none was processed). */
  rttMs: number | undefined
  /** Running (exponentially weighted) average round trip before this period, ms. */
  rttAverageMs: number
  /** Its running standard deviation, ms. */
  rttDeviationMs: number
  /** Back-pressure signals seen in the period (rejecting answers, timeouts, answers with items rejected). */
  backPressure: number
  /** Whether requests in flight reached the limit during the period. */
  reachedLimit: boolean
}

/** Weight of a new period's mean round trip in the running average (Vector's 0.4: follows a change in ~3 periods). */
export const RTT_ALPHA = 0.4
/** Deviations (of the running average) a period's round trip may be above it before it counts as slower. */
export const RTT_DEVIATION_SCALE = 2.5
/**
 * A slower period must also be this share above the average: with steady answers the deviation falls near
 * zero, and the jitter of a loaded machine (a GC, another process) would then cut the limit again and again.
 */
export const RTT_MIN_RISE = 0.2
/** Multiplier on a cut (Vector's 0.9): gentle, because a cut is repeated each period while pressure lasts. */
export const DECREASE_RATIO = 0.9
export const DEFAULT_MAX_CONCURRENCY = 16
/**
 * Periods without back pressure before the limit goes back to where the cluster last pushed back. Without
 * it, a limit cut from 8 to 7 by rejections is back at 8 one period later, and every other period rejects
 * items (the rejected share of a sawtooth, measured: 5-6 %). With 10, one period in about eleven probes the
 * limit that rejected, and the cluster still gets to show it has room again (a probe that passes clears it).
 */
export const PROBE_PERIODS = 10
/**
 * Rounds of requests (limit answers each) a probe of the limit that pushed back must pass without push back
 * to count as passed: a cluster's queue or burst allowance takes the first rounds above its capacity
 * (measured: two rounds of 1000 documents passed, the third was rejected), and a probe that passes too soon
 * resets the wait of the next one.
 */
export const PROBE_ROUNDS = 4
/**
 * Rounds answered at a limit before slow start doubles it: a cluster's burst allowance takes the first round
 * above its capacity, and a doubling on that alone overshoots (measured: 1 -> 2 -> 4 on a server that takes
 * 1.1 requests' worth, then a round of 4 requests mostly rejected, 3.8 batches lost; waiting a second round
 * at 2 sees the rejections there, one batch).
 */
export const SLOW_START_ROUNDS = 2
/** Most calm periods a probe waits after repeated failures (see PROBE_PERIODS): 16 doublings of none, 160. */
export const PROBE_PERIODS_MAX = 160
/**
 * Rejected share of a period's items above which the cut goes down to the share the cluster took, instead of
 * by DECREASE_RATIO alone (which is the smaller cut below it).
 */
export const REJECTED_SHARE_CUT = 1 - DECREASE_RATIO
