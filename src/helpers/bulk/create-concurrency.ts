import { ConfigurationError } from '../../errors.js'
import { AdaptiveConcurrency } from './adaptive-concurrency.js'
import { CONCURRENCY_RANGE_MAX, type ConcurrencyLimiter, FixedConcurrency } from './concurrency-limiter.js'
import { describeValue as show } from '../../options/describe-value.js'

/**
 * The limiter for the `concurrency` and `maxConcurrency` options of bulkStream (and so bulk, reindex, the
 * CLI): 'auto' or an integer from 1 to 1024; `maxConcurrency` only goes with 'auto'.
 */
export function createConcurrency(
  concurrency: unknown,
  maxConcurrency: unknown,
  owner: string,
  now?: () => number,
): ConcurrencyLimiter {
  if (concurrency === 'auto') {
    return new AdaptiveConcurrency(
      { ...(maxConcurrency === undefined ? {} : { maxConcurrency: maxConcurrency as number }), ...(now ? { now } : {}) },
      owner,
    )
  }
  if (
    typeof concurrency !== 'number' ||
    !Number.isInteger(concurrency) ||
    concurrency < 1 ||
    concurrency > CONCURRENCY_RANGE_MAX
  ) {
    throw new ConfigurationError(
      `${owner}: option "concurrency" must be 'auto' or an integer from 1 to ${CONCURRENCY_RANGE_MAX}, got ${show(concurrency)}`,
    )
  }
  if (maxConcurrency !== undefined) {
    throw new ConfigurationError(
      `${owner}: option "maxConcurrency" only applies to concurrency: 'auto', got it with concurrency: ${concurrency}`,
    )
  }
  return new FixedConcurrency(concurrency)
}
