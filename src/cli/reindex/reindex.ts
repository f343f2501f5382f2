import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { bulkStream, type ScanCursor } from '../../index.js'
import { closePointInTime } from '../../helpers/scan/point-in-time.js'
import {
  bulkSendOptions,
  concurrencyOption,
  connectionOptions,
  expectPositionals,
  intOption,
  jsonOption,
  listOption,
  sizeOption,
  truncate,
} from '../args.js'
import type { Command } from '../command.js'
import { connect } from '../connect.js'
import { AckCursor } from './ack-cursor.js'
import { type CursorFile, defaultCursorPath, loadCursor, removeCursor, saveCursor } from '../cursor.js'
import { DeadLetter, errorSummary } from '../dead-letter.js'
import { countDocs, keepAliveOption, resumableScan, resumeHint, scanOptions } from '../dump/dump-scan.js'
import { InterruptedError } from '../errors.js'
import { reindexOnCluster } from './reindex-on-cluster.js'
import { createDestination, definitionStats } from './reindex-destination.js'
import { checkOnCluster, clientOnlyFlag, slicesOption } from './reindex-path.js'
import { type ReindexAction, rawAction, sourceOf, transformedAction } from './reindex-actions.js'
import { scanOptionsOf, searchBodyOption } from '../search-body.js'
import { transformOption } from '../transform-module.js'
import { sameCluster } from './same-cluster.js'
import { preflight } from '../preflight.js'
import { documents, formatBytes, formatCount, formatDuration } from '../progress.js'
import { Report } from '../report.js'
import { ConfigurationError } from '../../errors.js'

const SHOWN_FAILURES = 10

export const reindex: Command = {
  name: 'reindex',
  summary: 'copy the documents of one index into another, on this cluster or another (--to)',
  usage: 'elastream reindex <source> <dest> [--to URL] [--query JSON] [--search-body JSON] [--limit N] [--transform MODULE] [--slices N|auto] [--via-client]',
  description: [
    'Inside one cluster, the server copies: its _reindex runs as a task (sliced, --slices, default auto),',
    'followed with the tasks API and cancelled on Ctrl-C. Otherwise (--to another cluster, --via-client,',
    '--transform, --dead-letter, --resume, --concurrency, --flush-bytes, --keep-alive, --cursor, or a cluster',
    'without _reindex) elastream reads <source> with a point in time and writes every document, with its _id, into',
    '<dest> with bulk requests, on the same cluster or on --to URL (same credentials unless the URL carries',
    'its own). When <dest> does not exist it is first created with the mappings and settings of <source>,',
    'less what the destination refuses or must not copy (each named on stderr). Through the client, Ctrl-C',
    'lets in-flight requests finish, saves a cursor (.elastream-reindex-<source>-<dest>.cursor.json) and',
    '--resume continues from it.',
  ].join('\n'),
  options: {
    to: { type: 'string', value: 'URL', description: 'destination cluster (default: the source cluster)' },
    query: {
      type: 'string',
      value: 'JSON',
      description: 'copy only documents matching this query (or @file)',
    },
    fields: { type: 'string', value: 'a,b', description: 'copy only these _source fields' },
    'search-body': {
      type: 'string',
      value: 'JSON',
      description: 'a search body (or @file) with query, _source (and sort through the client), instead of --query and --fields',
    },
    limit: {
      type: 'string',
      value: 'N',
      description: 'copy the first N documents only (on the cluster: max_docs, one slice unless --slices)',
    },
    transform: {
      type: 'string',
      value: 'MODULE',
      description:
        "call this module's default export on each hit before it is written (async; null drops it); copies through the client, also inside one cluster",
    },
    'no-create': {
      type: 'boolean',
      description: "do not create <dest> from <source>'s mappings and settings (default: create it when missing)",
    },
    'dead-letter': {
      type: 'string',
      value: 'FILE',
      description: 'write documents that failed to index here',
    },
    ...bulkSendOptions,
    ...scanOptions,
    slices: {
      type: 'string',
      value: 'N|auto',
      description: 'slices of the task on the cluster (default auto), or sliced scans through the client (default 1)',
    },
    'via-client': {
      type: 'boolean',
      description: 'copy through elastream (scan + bulk) even inside one cluster, instead of the server _reindex',
    },
    ...connectionOptions,
  },
  async run(ctx) {
    const [source, dest] = expectPositionals('reindex', ctx.positionals, ['source', 'dest'])
    const body = await searchBodyOption(ctx.values)
    const query = body?.query ?? (await jsonOption(ctx.values, 'query'))
    const fields = listOption(ctx.values, 'fields')
    const limit = intOption(ctx.values, 'limit', undefined)
    const transform = await transformOption(ctx.values)
    const size = intOption(ctx.values, 'batch', undefined)
    const concurrency = concurrencyOption(ctx.values)
    const flushBytes = sizeOption(ctx.values, 'flush-bytes')
    const keepAlive = keepAliveOption(ctx.values)
    const deadLetterPath = ctx.values['dead-letter'] as string | undefined
    const cursorPath =
      (ctx.values.cursor as string | undefined) ?? defaultCursorPath('reindex', source!, dest)
    const expect = { command: 'reindex' as const, source: source!, dest }
    const slicesFlag = slicesOption(ctx.values)
    const forced = clientOnlyFlag(ctx.values)
    // A client-only flag other than --transform: the line saying why the server does not copy is not needed.
    const needsClient = clientOnlyFlag({ ...ctx.values, transform: undefined }) !== undefined
    if (forced !== undefined && slicesFlag === 'auto') {
      throw new ConfigurationError(
        `--slices auto is for the copy on the cluster, and ${forced} copies through the client: give a number (--slices 4)`,
      )
    }
    const saved = ctx.values.resume === true ? await loadCursor(cursorPath, expect) : undefined
    const slices = saved
      ? (saved.cursor as ScanCursor).slices.length
      : slicesFlag === 'auto'
        ? 1
        : (slicesFlag ?? 1)

    const from = connect(ctx.values, ctx.env)
    const to = typeof ctx.values.to === 'string' ? connect(ctx.values, ctx.env, ctx.values.to) : from
    ctx.setErrorContext({ node: from.node, index: source })
    // Resumed runs append to the dead letter file: the first run's failures stay in it.
    const deadLetter = new DeadLetter(deadLetterPath, saved !== undefined)
    let report: Report | undefined
    try {
      const total = Math.min(await countDocs(from.client, source!, query, ctx.signal, body?.runtime_mappings), limit ?? Infinity)
      if (to !== from) {
        ctx.setErrorContext({ node: to.node, index: dest })
        await preflight(to.client, ctx.signal)
        ctx.setErrorContext({ node: from.node, index: source })
      }
      // The server copies only for the user it was asked by: a --to URL with its own credentials is another
      // user, whose rights the source's user may not have (or may have more of).
      const oneCluster =
        (forced === undefined || (forced === '--transform' && !needsClient)) &&
        (to === from ||
          (new URL(ctx.values.to as string).username === '' &&
            (await sameCluster(from.client, to.client, ctx.signal))))
      const onCluster = oneCluster && forced === undefined
      if (oneCluster && forced === '--transform' && ctx.values.quiet !== true) {
        // Said once, so that nobody wonders why the server's _reindex was not used.
        ctx.stderr.write('elastream: --transform runs in elastream: copying through the client, not with the server\'s _reindex\n')
      }
      if (onCluster) checkOnCluster(body, limit, slicesFlag)
      // A resumed run's destination was made (or found) by the first run: it is never re-created.
      const definition =
        saved !== undefined || ctx.values['no-create'] === true
          ? undefined
          : await createDestination(ctx, from, to, source!, dest!, onCluster)
      if (onCluster) {
        const code = await reindexOnCluster(ctx, from, {
          source: source!,
          dest: dest!,
          query,
          fields,
          ...(body?._source === undefined ? {} : { sourceFilter: body._source }),
          ...(body?.runtime_mappings === undefined ? {} : { runtimeMappings: body.runtime_mappings }),
          ...(limit === undefined ? {} : { maxDocs: limit }),
          size,
          // max_docs is exact with one slice only (see checkOnCluster).
          slices: slicesFlag ?? (limit === undefined ? 'auto' : 1),
          total,
          definition: definitionStats(definition),
        })
        if (code !== 'unavailable') return code
        ctx.stderr.write(`elastream: ${from.node} has no _reindex (the reindex module): copying through the client\n`)
      }
      report = new Report(ctx, 'reindex', {
        label: 'copying',
        totalDocs: saved ? Math.max(0, total - saved.done) : total,
      })
      const progress = report.progress
      const hits = resumableScan(from.client, source!, {
        keepAlive,
        query,
        fields,
        size,
        slices,
        saved,
        ...scanOptionsOf(body),
      })
      const signal = ctx.signal
      // --limit counts the documents taken from the scan, a resumed run's included (the cursor's `done` is the
      // count of documents before its position): exactly N, whatever the transform drops or the destination
      // refuses, as load and dump count theirs.
      const wanted = (limit ?? Infinity) - (saved?.done ?? 0)
      let taken = 0
      let dropped = 0
      let transformError: unknown
      // What --resume may skip is what the destination acknowledged, not what was taken from the scan: the
      // documents in flight when a run fails are lost with their requests (see AckCursor).
      const destName = Buffer.from(JSON.stringify(dest))
      const acked = new AckCursor<ScanCursor>(saved?.cursor as ScanCursor | undefined)
      const inFlight = new Map<string, { ordinals: number[]; results: number }>()
      async function* actions() {
        if (taken >= wanted) return
        for await (const hit of hits) {
          const ordinal = acked.take(hits.cursor)
          taken++
          let action: ReindexAction | undefined
          if (transform === undefined) action = { id: hit._id, bytes: rawAction(hit, destName) }
          else {
            try {
              action = await transformedAction(hit, destName, transform)
            } catch (err) {
              // The documents before it are still written, then the cursor is saved before this one.
              transformError = err
              break
            }
          }
          if (action === undefined) {
            // Dropped by the transform: done, nothing to wait for.
            dropped++
            progress.docs++
            acked.settle(ordinal)
          } else {
            // Results name their document by the _id written (the transform's, when it changed it).
            const same = inFlight.get(action.id)
            if (same === undefined) inFlight.set(action.id, { ordinals: [ordinal], results: 0 })
            else same.ordinals.push(ordinal)
            yield action.bytes
          }
          // Stop taking hits on Ctrl-C; what was taken is still indexed before the cursor is saved.
          if (signal.aborted || taken >= wanted) break
        }
      }
      /**
       * A result names its document by _id only. Two hits with one _id (an alias over several indices) are
       * settled together once both have their result: which result is whose cannot be told, and this way the
       * position never passes a document still in flight.
       */
      const settle = (id: string | undefined) => {
        const entry = id === undefined ? undefined : inFlight.get(id)
        if (entry === undefined || ++entry.results < entry.ordinals.length) return
        inFlight.delete(id!)
        for (const ordinal of entry.ordinals) acked.settle(ordinal)
      }
      const bulk = bulkStream(to.client, {
        index: dest!,
        ...(concurrency ? { concurrency } : {}),
        ...(flushBytes ? { flushBytes } : {}),
        ...(size ? { flushDocs: size } : {}),
      })
      if (concurrency === 'auto') progress.concurrency = () => bulk.concurrency
      let shown = 0
      const sink = new Writable({
        objectMode: true,
        write(
          result: { ok: boolean; status: number; id?: string; error?: unknown; item?: unknown },
          _enc,
          cb,
        ) {
          progress.docs++
          progress.bytes = bulk.stats.bytes
          if (result.ok) {
            settle(result.id)
            return cb()
          }
          progress.failed++
          const error = errorSummary(result.error)
          if (shown++ < SHOWN_FAILURES) {
            progress.clear()
            ctx.stderr.write(
              `elastream: document ${result.id}: ${error.type ? `${error.type}: ` : ''}${truncate(error.reason, 160)}\n`,
            )
          }
          const doc = sourceOf(result.item)
          deadLetter
            .write({ id: result.id, index: dest, status: result.status || undefined, error, doc })
            .then(() => {
              // Reported in the dead letter file: final, so a resumed run need not see it again.
              settle(result.id)
              cb()
            }, cb)
        },
      })
      const cursorData = (): Omit<CursorFile, 'savedAt'> => {
        const at = acked.cursor!
        // The position is the acknowledged one; the point in time is the newest id the node gave.
        return { ...expect, done: (saved?.done ?? 0) + acked.done, cursor: { ...at, pitId: hits.cursor!.pitId } }
      }
      try {
        await pipeline(Readable.from(actions()), bulk, sink)
      } catch (err) {
        // Failed midway (in-flight requests were cut): the cursor stops before the first unacknowledged
        // document, so a resumed run re-sends those (same _id: overwritten, not duplicated).
        if (hits.cursor && acked.done > 0) {
          await saveCursor(cursorPath, cursorData())
          progress.stop()
          ctx.stderr.write(
            `elastream: stopped; the first ${documents(acked.done)} are done, cursor saved to ${cursorPath}\n`,
          )
        }
        throw err
      }
      progress.bytes = bulk.stats.bytes
      await deadLetter.close()
      await refreshIndex(to.client, dest!, ctx.signal)
      if (transformError !== undefined) {
        if (acked.cursor !== undefined) {
          await saveCursor(cursorPath, cursorData())
          progress.stop()
          ctx.stderr.write(
            `elastream: stopped; the first ${documents((saved?.done ?? 0) + acked.done)} are done, cursor saved to ${cursorPath} (fix the module, then the same command with --resume)\n`,
          )
        } else await releasePointInTime(from, hits.cursor?.pitId)
        throw transformError
      }
      // Stopped at --limit: done, and the point in time kept for a resume is not needed.
      if (taken >= wanted && !ctx.signal.aborted) await releasePointInTime(from, hits.cursor?.pitId)
      // As load says it: only when the transform dropped some, after the failures.
      const droppedText = dropped > 0 ? `; ${formatCount(dropped)} dropped by --transform` : ''
      const docsStats = transform === undefined ? {} : { docs: progress.docs - dropped, dropped }
      const failedText =
        progress.failed > 0
          ? `; ${formatCount(progress.failed)} failed${deadLetterPath ? `, written to ${deadLetterPath}` : ' (keep them with --dead-letter FILE)'}`
          : ''
      const moved = `${documents(progress.docs - progress.failed - dropped)} ${source} -> ${dest}${to !== from ? ` (${to.node})` : ''}`
      const speed = `${formatDuration(progress.elapsed())} (${formatCount(progress.averageRate())} docs/s, ${formatBytes(progress.bytes)})`
      if (ctx.signal.aborted && acked.cursor === undefined) {
        // Stopped before the first page: there is no position to save, and nothing was written.
        await report.finish('interrupted before the first page; nothing to resume')
        throw new InterruptedError('interrupted')
      }
      if (ctx.signal.aborted) {
        await saveCursor(cursorPath, cursorData())
        await report.finish(
          `interrupted after copying ${moved} in ${speed}${failedText}${droppedText}; cursor saved to ${cursorPath} (resume within ${keepAlive}: same command with --resume)`,
          {
            ...docsStats,
            source,
            dest,
            cursor: cursorPath,
            ...definitionStats(definition),
          },
        )
        throw new InterruptedError('interrupted')
      }
      await removeCursor(cursorPath)
      await report.finish(`copied ${moved} in ${speed}${failedText}${droppedText}`, {
        ...docsStats,
        source,
        dest,
        ...definitionStats(definition),
      })
      return progress.failed > 0 ? 1 : 0
    } catch (err) {
      throw resumeHint(err, saved !== undefined)
    } finally {
      report?.abandon()
      await deadLetter.close().catch(() => {})
      await from.client.close()
      if (to !== from) await to.client.close()
    }
  },
}

/** Closes a point in time kept for --resume that no run will resume (a --limit reached, nothing to save). */
async function releasePointInTime(connection: ReturnType<typeof connect>, id: string | undefined): Promise<void> {
  if (id === undefined) return
  await closePointInTime(connection.client.transport, id, { ignore: [404], maxRetries: 1, requestTimeout: 10_000 }).catch(
    () => {},
  )
}

async function refreshIndex(
  client: { transport: { request: (...a: any[]) => Promise<unknown> } },
  index: string,
  signal: AbortSignal,
): Promise<void> {
  await client.transport
    .request(
      { method: 'POST', path: `/${encodeURIComponent(index)}/_refresh` },
      { signal, ignore: [403, 404] },
    )
    .catch(() => {})
}
