/**
 * One file (or stdin) loaded into one index: what `load FILE --index NAME` does, and what a backup's restore
 * does for each of its data files. NDJSON goes to bulk as its bytes; a JSON array is parsed element by element.
 */
import { Readable, pipeline as streamPipeline, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { rejectOption } from '../../options/checks.js'
import { ConfigurationError, ResponseError } from '../../errors.js'
import { isBadLine } from '../../helpers/bad-line.js'
import { fromDump } from './array-element.js'
import { lineReader } from './hit-line.js'
import { lineEntry } from './line-failure.js'
import { wholeLines } from './whole-lines.js'
import { loadLines } from './load-lines.js'
import { transformOption } from '../transform-module.js'
import { bulkStream, json } from '../../index.js'
import { concurrencyOption, intOption, sizeOption, truncate } from '../args.js'
import type { CommandContext } from '../command.js'
import { partOption } from '../part-option.js'
import { connect } from '../connect.js'
import { DeadLetter, type DeadLetterEntry, errorSummary } from '../dead-letter.js'
import { InterruptedError } from '../errors.js'
import { openInput } from './input.js'
import { preflight } from '../preflight.js'
import { documents, formatBytes, formatCount, formatDuration } from '../progress.js'
import { Report } from '../report.js'
import { isS3Url } from '../s3/s3.js'
import { FileCursor, type FilePosition, inputIdentity, loadCursorPath, readFilePosition, skipBytes } from './load-cursor.js'
import { removeCursor } from '../cursor.js'

/** How many failures are printed on stderr as they happen; the rest are only counted (and dead-lettered). */
const SHOWN_FAILURES = 10
/** bulk's longest line: a transform gets lines up to it. */
const MAX_LINE = 100 * 1024 * 1024
/** How often a resumable load saves its cursor while it runs (it also saves when it stops). */
const CURSOR_EVERY_MS = 5000

export interface LoadFileResult {
  /** 0, or 1 when some documents failed. */
  code: number
  loaded: number
  failed: number
}

/**
 * Loads one file (or stdin) into `index`: what `load FILE --index NAME` does, and what a backup's restore does
 * for each data file. `appendDeadLetter`: add to the dead letter file rather than start it again. `resumable`:
 * keep a cursor of a local NDJSON file and take `--resume`/`--cursor` (load-cursor.ts); a backup's restore
 * keeps its own.
 */
export async function loadFile(
  ctx: CommandContext,
  file: string,
  index: string,
  extra: { appendDeadLetter?: boolean; resumable?: boolean } = {},
): Promise<LoadFileResult> {
  {
    const concurrency = concurrencyOption(ctx.values)
    const flushBytes = sizeOption(ctx.values, 'flush-bytes')
    const flushDocs = intOption(ctx.values, 'batch', undefined)
    const idField = ctx.values['id-field'] as string | undefined
    if (idField !== undefined && (idField === '' || idField.startsWith('.') || idField.endsWith('.'))) {
      rejectOption('load: --id-field', 'must name a field (a or a.b)', idField)
    }
    const deadLetterPath = ctx.values['dead-letter'] as string | undefined
    const limit = intOption(ctx.values, 'limit', undefined)
    const transform = await transformOption(ctx.values)
    if (file === '-' && ctx.stdin.isTTY) {
      throw new ConfigurationError(
        'load - reads stdin, but stdin is a terminal: pipe a file in (load - < data.ndjson)',
      )
    }

    // A cursor is a byte offset into a local file's lines as bulk sees them: not for stdin or S3 (nothing to read
    // again), nor with --transform or --limit (bulk sees other bytes than the file's).
    const part = partOption(ctx.values)
    const resume = ctx.values.resume === true
    const why =
      file === '-' ? 'stdin' : isS3Url(file) ? 'an s3:// input' : transform !== undefined ? '--transform' : limit !== undefined ? '--limit' : undefined
    const resumable = extra.resumable === true && why === undefined
    if (extra.resumable === true && why !== undefined) {
      for (const flag of ['resume', 'cursor'] as const) {
        if (ctx.values[flag] !== undefined) {
          throw new ConfigurationError(`--${flag} needs a local file to read again, and cannot resume ${why}`)
        }
      }
    }
    const cursorPath = resumable ? loadCursorPath(file, part, ctx.values.cursor as string | undefined) : undefined
    const saved = resume && cursorPath !== undefined ? await readFilePosition(cursorPath, file, index, part) : undefined

    const { client, node } = connect(ctx.values, ctx.env)
    ctx.setErrorContext({ node, index })
    // A resumed load adds to the dead letter file: the failures before its cursor are in it, and nowhere else.
    const deadLetter = new DeadLetter(deadLetterPath, extra.appendDeadLetter === true || saved !== undefined)
    let report: Report | undefined
    try {
      await preflight(client, ctx.signal)
      const identity = cursorPath !== undefined ? await inputIdentity(file) : undefined
      const input = await openInput(
        file,
        ctx.stdin as NodeJS.ReadableStream as import('node:stream').Readable,
        ctx.env,
        part,
      )
      if (saved !== undefined && input.format !== 'ndjson') {
        throw new ConfigurationError(`--resume: ${file} is a JSON array; only NDJSON files resume`)
      }
      const base: FilePosition | undefined =
        identity === undefined
          ? undefined
          : {
              offset: saved?.position.offset ?? 0,
              line: saved?.position.line ?? 0,
              part: part === undefined ? undefined : `${part.index}/${part.count}`,
              input: identity,
            }
      const cursor =
        base !== undefined && cursorPath !== undefined && input.format === 'ndjson'
          ? new FileCursor(cursorPath, file, index, base, saved?.done ?? 0)
          : undefined
      // Saved once before the first line is sent, so that a load killed before its first periodic save (kill -9,
      // a crash, the machine gone) leaves a cursor too: --resume then starts where this run did, and no cursor
      // means that no load of the file is unfinished. Before the input is piped on: nothing flows meanwhile. A
      // place that cannot take it (a read-only folder) is said by the periodic save, as a load of a few seconds
      // never needed it.
      if (cursor !== undefined) await cursor.save().catch(() => {})
      report = new Report(ctx, 'load', { label: 'loading', totalBytes: input.totalBytes })
      const progress = report.progress
      input.onRead((n) => {
        progress.inputBytes += n
        progress.bytes += n
      })
      let shown = 0
      // A fatal input error (a broken JSON array, a read error, a broken gzip stream) ends the input instead of
      // destroying the bulk stream: what was read still loads, then the error is reported.
      let inputError: unknown
      let stopping = false
      const signal = ctx.signal
      const common = {
        index,
        // --index is the target of every line, even one naming another _index as metadata in the document.
        pinIndex: true,
        ...(concurrency ? { concurrency } : {}),
        ...(flushBytes ? { flushBytes } : {}),
        ...(flushDocs ? { flushDocs } : {}),
      }
      let source: Readable
      let bulk: ReturnType<typeof bulkStream>
      let stopReading: () => void
      const byteInput = input.format === 'ndjson'
      if (byteInput) {
        // NDJSON: the bytes go to bulk as they are, lines are split and copied at byte level, each line checked
        // to be JSON and sorted (dump line, metadata, plain; its id as written) by one walk (hit-line.ts). Only
        // failures come back as results; the counts are bulk's own.
        const lineDocument = lineReader({ idField })
        const tracking = cursor === undefined ? {} : { trackPosition: true, firstLine: base!.line + 1 }
        bulk = bulkStream(client, { ...common, input: 'ndjson', lineDocument, results: 'failed', ...tracking })
        const stats = bulk.stats
        Object.defineProperty(progress, 'docs', { get: () => stats.successful + stats.failed, set: () => {} })
        Object.defineProperty(progress, 'inputItems', { get: () => stats.total, set: () => {} })
        stopReading = () => input.stream.destroy()
        // --limit and --transform: a stage before the line path, giving it NDJSON again (load-lines.ts).
        let bytes =
          limit === undefined && transform === undefined
            ? input.stream
            : Readable.from(loadLines(input.stream, { limit, transform, maxLineLength: MAX_LINE }), { highWaterMark: 1 })
        if (base !== undefined && base.offset > 0) {
          // Resumed: the bytes before the cursor are read again (gunzipped, if gzip) and dropped.
          const skip = skipBytes(base.offset)
          bytes.on('error', (err: Error) => skip.destroy(err))
          bytes = bytes.pipe(skip)
        }
        source = Readable.from(
          wholeLines(bytes, {
            signal,
            failed: (err) => {
              inputError ??= err
            },
            // A stop or a read error cut the line being read: bulk drops it at the end instead of sending it.
            cut: () => bulk.inputCut(),
          }),
          // One chunk read ahead, not 16: bulk buffers its own writes, and each chunk is up to 256 KiB.
          { highWaterMark: 1 },
        )
      } else {
        const parser = json.parseArray()
        // The parser runs in its own pipeline so that a fatal input error (a broken JSON array) ends the input
        // instead of destroying the bulk stream: what was read still loads.
        const parsed = streamPipeline(input.stream, parser, (err) => {
          if (err && !stopping) inputError ??= err
        })
        stopReading = () => parsed.destroy()
        async function* items(): AsyncGenerator<unknown> {
          let element = 0
          try {
            for await (const value of parsed) {
              if (limit !== undefined && element >= limit) {
                // Reading ends here: the parser's pipeline is closed on purpose, which is no input error.
                stopping = true
                break
              }
              progress.inputItems++
              const doc = transform === undefined ? value : await transform.applyValue(value, { element })
              element++
              if (doc !== undefined) yield fromDump(doc, element - 1, idField)
              // Ctrl-C: stop reading, let the documents already read finish loading, then report.
              if (signal.aborted) {
                stopping = true
                break
              }
            }
          } catch (err) {
            if (!stopping) inputError ??= err
          }
        }
        source = Readable.from(items())
        bulk = bulkStream(client, common)
      }
      // Ctrl-C while waiting for input (a quiet pipe) must not wait for the next line.
      const onAbort = () => {
        stopping = true
        stopReading()
      }
      signal.addEventListener('abort', onAbort, { once: true })
      if (concurrency === 'auto') progress.concurrency = () => bulk.concurrency
      const sink = new Writable({
        objectMode: true,
        write(result: BulkResultLike, _enc, cb) {
          if (!byteInput) progress.docs++
          if (result.ok) return cb()
          progress.failed++
          const entry = byteInput ? lineEntry(result) : deadLetterEntry(result)
          if (shown++ < SHOWN_FAILURES) {
            progress.clear()
            ctx.stderr.write(`elastream: ${describeFailure(entry)}\n`)
          }
          // A failure counts as done for the cursor once it is written to the dead-letter file, not when it is
          // buffered: a kill -9 loses what is buffered.
          deadLetter.write(entry, cursor === undefined ? undefined : () => cursor.handled()).then(() => cb(), cb)
        },
      })
      // The cursor as it stands now, saved now and then while the load runs: never ahead (load-cursor.ts).
      let cursorTimer: NodeJS.Timeout | undefined
      let cursorWarned = false
      if (cursor !== undefined) {
        cursorTimer = setInterval(() => {
          cursor.offer(bulk.position)
          cursor.save().catch((err: Error) => {
            if (cursorWarned) return
            cursorWarned = true
            progress.clear()
            ctx.stderr.write(`elastream: cannot save the cursor to ${cursor.path} (${err.message}); give --cursor FILE\n`)
          })
        }, CURSOR_EVERY_MS)
        cursorTimer.unref()
      }
      /** Saves the cursor where the load stopped; says where, or why it could not. */
      const saveCursorAtStop = async (): Promise<string> => {
        if (cursor === undefined) return ''
        clearInterval(cursorTimer)
        cursor.offer(bulk.position)
        try {
          await cursor.save()
          return `; cursor saved to ${cursor.path} (the same command with --resume goes on from byte ${cursor.offset})`
        } catch (err) {
          return `; the cursor could not be saved to ${cursor.path}: ${(err as Error).message}`
        }
      }
      const stoppedEarly = async (err: unknown) => {
        // Say how far it got: the documents before the failure are in the index.
        progress.stop()
        const ok = progress.docs - progress.failed
        const where = await saveCursorAtStop()
        ctx.stderr.write(`elastream: stopped after loading ${documents(ok)} into ${index}${where}\n`)
        return err
      }
      try {
        await pipeline(source, bulk, sink)
      } catch (err) {
        throw await stoppedEarly(err)
      } finally {
        clearInterval(cursorTimer)
      }
      if (inputError !== undefined) {
        await deadLetter.close()
        // The documents before the break are loaded: make them visible like a complete load does.
        await refresh(client, index, ctx.signal)
        throw await stoppedEarly(inputError)
      }
      await deadLetter.close()
      if (shown > SHOWN_FAILURES) {
        ctx.stderr.write(`elastream: ... and ${formatCount(shown - SHOWN_FAILURES)} more failures\n`)
      }
      if (!ctx.signal.aborted) await refresh(client, index, ctx.signal)
      const ok = progress.docs - progress.failed
      const what = ctx.signal.aborted ? 'interrupted after loading' : 'loaded'
      const failedText =
        progress.failed > 0
          ? `; ${formatCount(progress.failed)} failed${deadLetterPath ? `, written to ${deadLetterPath}` : ' (keep them with --dead-letter FILE)'}`
          : ''
      // Every document read is loaded, failed or dropped by --transform: the three add up to what was read.
      const droppedText = transform !== undefined && transform.dropped > 0 ? `; ${formatCount(transform.dropped)} dropped by --transform` : ''
      await report.finish(
        `${what} ${documents(ok)} into ${index} in ${formatDuration(progress.elapsed())} ` +
          `(${formatCount(progress.averageRate())} docs/s, ${formatBytes(progress.bytes)}${input.gzip ? ' gzip' : ''})${failedText}${droppedText}`,
        { index, successful: ok, format: input.format, gzip: input.gzip, ...(transform === undefined ? {} : { dropped: transform.dropped }) },
      )
      if (ctx.signal.aborted) {
        const where = await saveCursorAtStop()
        throw new InterruptedError(
          cursor === undefined
            ? `interrupted: documents read so far are loaded${
                extra.resumable !== true
                  ? ''
                  : ` (${why ?? 'a JSON array'} cannot be resumed: load the rest again, or convert it to NDJSON)`
              }`
            : `interrupted: documents read so far are loaded${where}`,
        )
      }
      if (cursor !== undefined) {
        await cursor.idle()
        await removeCursor(cursor.path)
      }
      return { code: progress.failed > 0 ? 1 : 0, loaded: ok, failed: progress.failed }
    } finally {
      report?.abandon()
      await deadLetter.close().catch(() => {})
      await client.close()
    }
  }
}

interface BulkResultLike {
  ok: boolean
  status: number
  id?: string | undefined
  index?: string | undefined
  error?: { type?: string; reason?: string; line?: number } | undefined
  item?: unknown
}


function deadLetterEntry(result: BulkResultLike): DeadLetterEntry {
  const item = result.item
  if (isBadLine(item)) {
    return {
      line: item.line,
      error: { type: 'parse_error', reason: item.error.message },
      raw: item.text,
    }
  }
  const doc =
    item && typeof item === 'object' && 'doc' in item && 'index' in item
      ? (item as { doc: unknown }).doc
      : item
  return {
    line: result.error?.line,
    id: result.id,
    status: result.status || undefined,
    error: errorSummary(result.error),
    doc,
  }
}

function describeFailure(entry: DeadLetterEntry): string {
  const where =
    entry.line !== undefined
      ? `line ${entry.line}`
      : entry.id !== undefined
        ? `document ${entry.id}`
        : 'document'
  // The parser's reason already starts with "line N": do not say it twice.
  const reason = entry.error.reason.replace(/^line \d+:? (is )?/, '')
  const type = entry.error.type && entry.error.type !== 'parse_error' ? `${entry.error.type}: ` : ''
  const why = `${type}${truncate(reason, 160)}`
  return `${where}: ${why}`
}

/** Makes the documents searchable before the summary claims them loaded (`count` right after agrees). */
async function refresh(
  client: { transport: { request: (...a: any[]) => Promise<unknown> } },
  index: string,
  signal: AbortSignal,
): Promise<void> {
  try {
    await client.transport.request(
      { method: 'POST', path: `/${encodeURIComponent(index)}/_refresh` },
      { signal },
    )
  } catch (err) {
    // A writer without the refresh privilege still loaded its documents: not a failure of the load.
    if (!(err instanceof ResponseError && (err.statusCode === 403 || err.statusCode === 404))) throw err
  }
}
