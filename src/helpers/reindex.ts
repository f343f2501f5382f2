import { Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BulkError, ResponseError } from '../errors.js'
import type { BulkAction } from './bulk/bulk-action.js'
import { type BulkResult, BulkStream, type BulkStreamOptions } from './bulk/bulk-stream.js'
import { JobSpan } from '../observability/job-span.js'
import { checkInteger, optionSubject, rejectOption } from '../options/checks.js'
import type { ClientLike } from './client-like.js'
import { BULK_DEFAULTS, type BulkStats } from './bulk/bulk.js'
import { Scan, type ScanHit, type ScanOptions } from './scan/scan.js'

export interface ReindexTarget<TIn = Record<string, unknown>, TOut = TIn>
  extends Omit<BulkStreamOptions<TOut>, 'results' | 'index' | 'op' | 'id' | 'input'> {
  /** Target index, alias or data stream. Required. */
  index: string
  /**
   * Turns a source document into the target document (sync or async). Return null/undefined to drop it
   * (counted in `dropped`). Default: copy `_source` as it is. The `_id` and routing of the hit are kept.
   */
  transform?: (source: TIn, hit: ScanHit<TIn>) => TOut | null | undefined | Promise<TOut | null | undefined>
  /**
   * 'index' or 'create'. Default: 'create' when the target is a data stream (they accept nothing else),
   * otherwise 'index' (a re-run overwrites instead of failing on every existing id). Found out with
   * `GET /_resolve/index/<name>` on the target; when that is refused (4xx), 'index' is assumed.
   */
  op?: 'index' | 'create'
  /** Reject with a BulkError when any document failed. Default false. */
  throwOnError?: boolean
  /** Most failed results kept in `failedItems`. Default 10 000. */
  maxFailedItems?: number
}

export interface ReindexStats extends BulkStats {
  /** Hits read from the source. */
  scanned: number
  /** Hits the transform dropped. */
  dropped: number
}

/**
 * Copies the hits of a scan into another index, on the same cluster or another: scan -> transform -> bulkStream,
 * joined with pipeline() so backpressure holds end to end and an error anywhere stops (and cleans up) all three.
 */
export async function reindex<TIn = Record<string, unknown>, TOut = TIn>(
  source: ClientLike,
  from: ScanOptions,
  ...rest: [ReindexTarget<TIn, TOut>] | [ClientLike, ReindexTarget<TIn, TOut>]
): Promise<ReindexStats> {
  const [targetClient, to] = rest.length === 2 ? rest : [source, rest[0]]
  if (to === null || typeof to !== 'object' || typeof to.index !== 'string' || to.index === '') {
    // Named, never serialized: a target holds bulk options, and JSON.stringify would throw on a client in it.
    rejectOption('reindex: the target', 'must be an object with "index"', to)
  }
  const {
    index,
    transform,
    op: givenOp,
    throwOnError = BULK_DEFAULTS.throwOnError,
    maxFailedItems = BULK_DEFAULTS.maxFailedItems,
    ...bulkOptions
  } = to
  checkInteger('reindex', 'maxFailedItems', maxFailedItems, 0)
  if (transform !== undefined && typeof transform !== 'function') {
    rejectOption(optionSubject('reindex', 'transform'), 'must be a function', transform)
  }
  if (givenOp !== undefined && givenOp !== 'index' && givenOp !== 'create') {
    rejectOption(optionSubject('reindex', 'op'), "must be 'index' or 'create'", givenOp)
  }
  const started = performance.now()
  // The job span is the parent of the scan's and the bulk stream's job spans (built inside run()).
  const job = JobSpan.start(source, 'reindex', index)
  const run = <T>(fn: () => T): T => (job === undefined ? fn() : job.run(fn))
  let op: 'index' | 'create'
  let hits: Scan<TIn>
  let writer: BulkStream<unknown> | undefined
  try {
    // The writer first: its options are checked when it is built, and a bad one must fail the reindex
    // before the scan opens a point in time on the source (nothing would close it until its keep-alive ran out).
    writer = run(() => new BulkStream(targetClient, { ...bulkOptions, index, results: 'failed', input: 'actions' }))
    op = givenOp ?? ((await run(() => isDataStream(targetClient, index))) ? 'create' : 'index')
    hits = run(() => new Scan<TIn>(source, from))
  } catch (err) {
    // The writer was built, and its job span started, before the refusal: close it (cancelled, it wrote
    // nothing) so that no span is left open.
    if (writer !== undefined) await closeUnused(writer)
    job?.end({}, err)
    throw err
  }
  const bulkWriter = writer
  let scanned = 0
  let dropped = 0
  const toAction = new Transform({
    objectMode: true,
    transform(hit: ScanHit<TIn>, _encoding, callback) {
      scanned++
      const meta: Record<string, unknown> = { _index: index, _id: hit._id }
      if (hit._routing !== undefined) meta.routing = hit._routing
      if (transform === undefined) return callback(null, { [op]: meta, doc: hit._source ?? {} } as BulkAction)
      let out: TOut | null | undefined | Promise<TOut | null | undefined>
      try {
        out = transform(hit._source as TIn, hit)
      } catch (err) {
        return callback(err as Error)
      }
      const emit = (doc: TOut | null | undefined) => {
        if (doc === null || doc === undefined) {
          dropped++
          return callback()
        }
        callback(null, { [op]: meta, doc } as BulkAction)
      }
      if (out instanceof Promise) out.then(emit, callback)
      else emit(out)
    },
  })
  const failedItems: BulkResult<unknown>[] = []
  try {
    await pipeline(
      hits,
      toAction,
      bulkWriter,
      new Writable({
        objectMode: true,
        write(result: BulkResult<unknown>, _encoding, callback) {
          if (failedItems.length < maxFailedItems) failedItems.push(result)
          callback()
        },
      }),
    )
  } catch (err) {
    job?.end({ scanned, dropped, ...bulkWriter.stats }, err)
    throw err
  } finally {
    // pipeline() settles as soon as one stream fails, which can be before the scan has closed its point in
    // time: reindex must not settle while it still holds server-side state.
    if (!hits.closed) await new Promise((resolve) => hits.once('close', resolve))
  }
  const stats: ReindexStats = {
    scanned,
    dropped,
    ...bulkWriter.stats,
    durationMs: Math.round(performance.now() - started),
    failedItems,
  }
  job?.end(stats)
  if (throwOnError && stats.failed > 0) {
    throw new BulkError(`reindex: ${stats.failed} of ${stats.total} documents failed`, failedItems)
  }
  return stats
}

/** Destroys a writer that never got a document, once its 'close' (which ends its job span) was emitted. */
function closeUnused(writer: BulkStream<unknown>): Promise<void> {
  // `closed` turns true inside destroy(), a tick before 'close' is emitted: wait for the event itself.
  return new Promise((resolve) => {
    writer.once('close', () => resolve())
    writer.destroy()
  })
}

/** Asks the target cluster what the name is: `_resolve/index` lists data streams apart from indices and aliases. */
async function isDataStream(client: ClientLike, name: string): Promise<boolean> {
  try {
    const res = await client.transport.request<{ data_streams?: Array<{ name: string }> }>(
      { method: 'GET', path: `/_resolve/index/${encodeURIComponent(name)}` },
      { ignore: [404] },
    )
    return res?.data_streams?.some((d) => d.name === name) ?? false
  } catch (err) {
    // A user allowed to write but not to resolve (403), or a proxy without the endpoint: assume an index,
    // as the `op` option documents. Connection trouble is not a guess to make: it fails the reindex.
    if (err instanceof ResponseError && err.statusCode >= 400 && err.statusCode < 500) return false
    throw err
  }
}
