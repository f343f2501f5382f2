import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BulkError } from '../../errors.js'
import { JobSpan } from '../../observability/job-span.js'
import { optionSubject, rejectOption } from '../../options/checks.js'
import { type BulkResult, BulkStream, type BulkStreamOptions, type BulkStreamStats } from './bulk-stream.js'
import type { ClientLike } from '../client-like.js'

export interface BulkOptions<TDoc = any> extends Omit<BulkStreamOptions<TDoc>, 'results'> {
  /** Reject with a BulkError (carrying the failed items) when any item failed. Default false: stats tell. */
  throwOnError?: boolean
  /** Most failed items kept in `failedItems` (all are counted). Default 10 000, so a load that fails
   * everything does not hold every document in memory. */
  maxFailedItems?: number
  /** Called with every failed result as it arrives, e.g. to write a dead-letter file. */
  onFailure?: (result: BulkResult<unknown>) => void
}

/** Every default of BulkOptions beyond bulkStream's own (each explained on the option); reindex shares them. */
export const BULK_DEFAULTS = { throwOnError: false, maxFailedItems: 10_000 } satisfies Partial<BulkOptions>

/** The bulk stream's counters, plus how long the load took and the items that failed. */
export interface BulkStats extends BulkStreamStats {
  durationMs: number
  failedItems: BulkResult<unknown>[]
}

export type BulkSource<T> = Iterable<T> | AsyncIterable<T> | Readable

/**
 * Indexes every item of `source` and resolves once Elasticsearch answered for all of them. A byte stream
 * (`fs.createReadStream(file)`, `process.stdin`) is read as NDJSON documents at byte level (`input: 'ndjson'`).
 */
export async function bulk<TDoc = any>(
  client: ClientLike,
  source: BulkSource<unknown>,
  options: BulkOptions<TDoc> = {},
): Promise<BulkStats> {
  const { throwOnError = BULK_DEFAULTS.throwOnError, maxFailedItems = BULK_DEFAULTS.maxFailedItems, onFailure, ...streamOptions } =
    options ?? {}
  if (!Number.isInteger(maxFailedItems) || maxFailedItems < 0) {
    rejectOption(optionSubject('bulk', 'maxFailedItems'), 'must be an integer >= 0', maxFailedItems)
  }
  if (onFailure !== undefined && typeof onFailure !== 'function') {
    rejectOption(optionSubject('bulk', 'onFailure'), 'must be a function', onFailure)
  }
  const readable = toReadable(source)
  // A byte stream (a file, stdin, a socket) is NDJSON: split at byte level, unless the caller says otherwise.
  if (streamOptions.input === undefined && !readable.readableObjectMode) streamOptions.input = 'ndjson'
  const started = performance.now()
  const stream = new BulkStream<TDoc>(client, { ...streamOptions, results: 'failed' })
  JobSpan.of(stream)?.rename('bulk', streamOptions.index)
  const failedItems: BulkResult<unknown>[] = []
  await pipeline(
    readable,
    stream,
    new Writable({
      objectMode: true,
      write(result: BulkResult<unknown>, _encoding, callback) {
        if (failedItems.length < maxFailedItems) failedItems.push(result)
        try {
          onFailure?.(result)
        } catch (err) {
          return callback(err as Error)
        }
        callback()
      },
    }),
  )
  const stats: BulkStats = {
    ...stream.stats,
    durationMs: Math.round(performance.now() - started),
    failedItems,
  }
  if (throwOnError && stats.failed > 0) {
    throw new BulkError(`bulk: ${stats.failed} of ${stats.total} items failed`, failedItems)
  }
  return stats
}

function toReadable(source: BulkSource<unknown>): Readable {
  if (source instanceof Readable) return source
  if (
    source !== null &&
    typeof source === 'object' &&
    (Symbol.asyncIterator in source || Symbol.iterator in source)
  ) {
    // Strings are iterable too, but a string source is a mistake, not a list of characters.
    return Readable.from(source as Iterable<unknown>, { objectMode: true })
  }
  rejectOption('bulk: "source"', 'must be an Iterable, an AsyncIterable or a Readable', source)
}
