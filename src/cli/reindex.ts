import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { bulkStream, type RawHit, type ScanCursor } from '../index.js'
import {
  concurrencyOption,
  connectionOptions,
  expectPositionals,
  intOption,
  jsonOption,
  listOption,
  sizeOption,
  truncate,
  type ParsedArgs,
} from './args.js'
import type { Command } from './command.js'
import { connect } from './connect.js'
import { AckCursor } from './ack-cursor.js'
import { type CursorFile, defaultCursorPath, loadCursor, removeCursor, saveCursor } from './cursor.js'
import { DeadLetter, errorSummary } from './dead-letter.js'
import { copyIndexDefinition, type DefinitionResult, describeChanges } from './copy-index-definition.js'
import { countDocs, keepAliveOption, resumableScan, resumeHint, scanOptions } from './dump-scan.js'
import { InterruptedError } from './errors.js'
import { reindexOnCluster } from './reindex-on-cluster.js'
import { sameCluster } from './same-cluster.js'
import { preflight } from './preflight.js'
import { documents, formatBytes, formatCount, formatDuration } from './progress.js'
import { Report } from './report.js'
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'

const SHOWN_FAILURES = 10

export const reindex: Command = {
  name: 'reindex',
  summary: 'copy the documents of one index into another, on this cluster or another (--to)',
  usage: 'elastream reindex <source> <dest> [--to URL] [--query JSON] [--slices N|auto] [--via-client]',
  description: [
    'Inside one cluster, the server copies: its _reindex runs as a task (sliced, --slices, default auto),',
    'followed with the tasks API and cancelled on Ctrl-C. Otherwise (--to another cluster, --via-client,',
    '--dead-letter, --resume, --concurrency, --flush-bytes, --keep-alive, --cursor, or a cluster without',
    '_reindex) elastream reads <source> with a point in time and writes every document, with its _id, into',
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
    'no-create': {
      type: 'boolean',
      description: "do not create <dest> from <source>'s mappings and settings (default: create it when missing)",
    },
    'dead-letter': {
      type: 'string',
      value: 'FILE',
      description: 'write documents that failed to index here',
    },
    concurrency: {
      type: 'string',
      value: 'N|auto',
      description: 'bulk requests in flight, or auto to follow what the cluster takes (default 4)',
    },
    'flush-bytes': {
      type: 'string',
      value: 'SIZE',
      description: 'bulk request size, e.g. 5mb (default 5mb)',
    },
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
    const query = await jsonOption(ctx.values, 'query')
    const fields = listOption(ctx.values, 'fields')
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
      const total = await countDocs(from.client, source!, query, ctx.signal)
      if (to !== from) {
        ctx.setErrorContext({ node: to.node, index: dest })
        await preflight(to.client, ctx.signal)
        ctx.setErrorContext({ node: from.node, index: source })
      }
      // The server copies only for the user it was asked by: a --to URL with its own credentials is another
      // user, whose rights the source's user may not have (or may have more of).
      const onCluster =
        forced === undefined &&
        (to === from ||
          (new URL(ctx.values.to as string).username === '' &&
            (await sameCluster(from.client, to.client, ctx.signal))))
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
          size,
          slices: slicesFlag ?? 'auto',
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
      const hits = resumableScan(from.client, source!, { keepAlive, query, fields, size, slices, saved })
      const signal = ctx.signal
      // What --resume may skip is what the destination acknowledged, not what was taken from the scan: the
      // documents in flight when a run fails are lost with their requests (see AckCursor).
      const destName = Buffer.from(JSON.stringify(dest))
      const acked = new AckCursor<ScanCursor>(saved?.cursor as ScanCursor | undefined)
      const inFlight = new Map<string, { ordinals: number[]; results: number }>()
      async function* actions() {
        for await (const hit of hits) {
          const id = hit._id
          const ordinal = acked.take(hits.cursor)
          const same = inFlight.get(id)
          if (same === undefined) inFlight.set(id, { ordinals: [ordinal], results: 0 })
          else same.ordinals.push(ordinal)
          yield rawAction(hit, destName)
          // Stop taking hits on Ctrl-C; what was taken is still indexed before the cursor is saved.
          if (signal.aborted) break
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
      const failedText =
        progress.failed > 0
          ? `; ${formatCount(progress.failed)} failed${deadLetterPath ? `, written to ${deadLetterPath}` : ' (keep them with --dead-letter FILE)'}`
          : ''
      const moved = `${documents(progress.docs - progress.failed)} ${source} -> ${dest}${to !== from ? ` (${to.node})` : ''}`
      const speed = `${formatDuration(progress.elapsed())} (${formatCount(progress.averageRate())} docs/s, ${formatBytes(progress.bytes)})`
      if (ctx.signal.aborted && acked.cursor === undefined) {
        // Stopped before the first page: there is no position to save, and nothing was written.
        await report.finish('interrupted before the first page; nothing to resume')
        throw new InterruptedError('interrupted')
      }
      if (ctx.signal.aborted) {
        await saveCursor(cursorPath, cursorData())
        await report.finish(
          `interrupted after copying ${moved} in ${speed}${failedText}; cursor saved to ${cursorPath} (resume within ${keepAlive}: same command with --resume)`,
          {
            source,
            dest,
            cursor: cursorPath,
            ...definitionStats(definition),
          },
        )
        throw new InterruptedError('interrupted')
      }
      await removeCursor(cursorPath)
      await report.finish(`copied ${moved} in ${speed}${failedText}`, {
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

/**
 * Creates `dest` from `source`'s definition when it does not exist, and says on stderr what happened and each
 * thing not copied as it was (always shown, --quiet included: the copy differs from its source there).
 */
async function createDestination(
  ctx: Parameters<Command['run']>[0],
  from: ReturnType<typeof connect>,
  to: ReturnType<typeof connect>,
  source: string,
  dest: string,
  onCluster: boolean,
): Promise<DefinitionResult> {
  const otherCluster = to !== from && !onCluster
  const result = await copyIndexDefinition(
    { transport: from.client.transport, product: from.client.product?.name },
    { transport: to.client.transport, product: to.client.product?.name },
    source,
    dest,
    otherCluster,
    ctx.signal,
  )
  const where = otherCluster ? ` on ${to.node}` : ''
  if (result.outcome === 'exists') {
    ctx.stderr.write(`elastream: ${dest} exists${where}: left as it is (mappings and settings not copied)
`)
  } else if (result.outcome === 'unreadable') {
    ctx.stderr.write(`elastream: ${result.note}: ${dest} not created from it (dynamic mapping will create it)
`)
  } else {
    ctx.stderr.write(`elastream: created ${dest}${where} with the mappings and settings of ${source}
`)
    for (const line of describeChanges(result.changes)) ctx.stderr.write(`elastream: ${dest}: ${line}
`)
  }
  return result
}

/** `--slices N` or `--slices auto` (the server picks: one slice per shard of the source). */
function slicesOption(values: ParsedArgs['values']): number | 'auto' | undefined {
  if (values.slices === 'auto') return 'auto'
  try {
    return intOption(values, 'slices', undefined)
  } catch {
    rejectOption('--slices', 'must be auto or an integer >= 1', values.slices)
  }
}

/**
 * The flag that asks for the copy through the client, when one does: what the server's _reindex cannot do
 * (a dead letter file, a cursor to resume from) or the tuning of elastream's own bulk writer.
 */
function clientOnlyFlag(values: Record<string, unknown>): string | undefined {
  // transform, search-body and limit: the client path's own (issue 19 item 5), whichever commands accept them.
  for (const name of ['via-client', 'dead-letter', 'resume', 'cursor', 'keep-alive', 'concurrency', 'flush-bytes', 'transform', 'search-body', 'limit']) {
    if (values[name] !== undefined && values[name] !== false) return `--${name}`
  }
  return undefined
}

/** The stats file's account of the destination's creation: `created` and every change, or why not. */
function definitionStats(definition: DefinitionResult | undefined): Record<string, unknown> {
  if (definition === undefined) return { created: false }
  return {
    created: definition.outcome === 'created',
    ...(definition.outcome === 'exists' ? { existed: true } : {}),
    ...(definition.note ? { note: definition.note } : {}),
    changes: definition.changes,
  }
}

const ACTION = Buffer.from('{"index":{"_index":')
const ID = Buffer.from(',"_id":')
const ROUTING = Buffer.from(',"routing":')
const END = Buffer.from('}}\n')
const EMPTY = Buffer.from('{}')

/**
 * The bulk item for a hit, as bytes: an action line with the hit's _id (and routing) and the hit's _source as
 * the node sent it, so a document is copied byte for byte, whatever its keys (`__proto__` included).
 */
function rawAction(hit: RawHit, dest: Buffer): Buffer {
  const page = hit.page
  const parts = [ACTION, dest, ID, page.subarray(hit.idAt, hit.idEnd)]
  if (hit.routingAt >= 0) parts.push(ROUTING, page.subarray(hit.routingAt, hit.routingEnd))
  parts.push(END, hit.source ?? EMPTY)
  return Buffer.concat(parts)
}

/** The document of a failed item, for the dead letter file: the source line of the bytes sent. */
function sourceOf(item: unknown): unknown {
  const text = Buffer.isBuffer(item) ? item.toString('utf8') : typeof item === 'string' ? item : undefined
  if (text === undefined) return (item as { doc?: unknown } | undefined)?.doc
  const line = text.slice(text.indexOf('\n') + 1)
  try {
    // JSON.parse makes own properties only (no prototype is set by a "__proto__" key), and the dead letter
    // writer serializes them back as they were.
    return JSON.parse(line)
  } catch {
    return line
  }
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
