import { createWriteStream } from 'node:fs'
import { stat, truncate as truncateFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { ConfigurationError } from '../../errors.js'
import type { ScanCursor } from '../../index.js'
import type { Client } from '../../client.js'
import { closePointInTime as closeServerPointInTime } from '../../helpers/scan/point-in-time.js'
import { connectionOptions, expectPositionals, intOption, jsonOption, listOption, onlyOption, sizeOption } from '../args.js'
import { dumpBackup, isBackupOutput } from '../backup/dump-backup.js'
import type { Command } from '../command.js'
import { connect } from '../connect.js'
import { type CursorFile, defaultCursorPath, loadCursor, removeCursor, saveCursor } from '../cursor.js'
import { CliError, InterruptedError } from '../errors.js'
import { drainScan } from './drain-scan.js'
import { countDocs, dumpPartOption, keepAliveOption, resumableScan, resumeHint, scanOptions } from './dump-scan.js'
import { partName, partOption } from '../part-option.js'
import { FlushedOutput } from './flushed-output.js'
import { choosePaging } from './paging.js'
import { isS3Url } from '../s3/s3.js'
import { openS3Write } from '../s3/s3-writer.js'
import { S3PartOutput, type S3UploadState } from '../s3/s3-part-output.js'
import { documents, formatBytes, formatCount, formatDuration } from '../progress.js'
import { Report } from '../report.js'
import { transformOption } from '../transform-module.js'
import { scanOptionsOf, searchBodyOption } from '../search-body.js'

export const dump: Command = {
  name: 'dump',
  summary: 'write every document of an index (or of a query) as NDJSON',
  usage: 'elastream dump <index> [--query JSON] [--fields a,b] [-o FILE]',
  description: [
    'Streams the documents of <index> with a point in time, one JSON object per line:',
    '{"_index":..,"_id":..,"_source":{..}} (or only the source with --source-only). "elastream load"',
    'reads this format back and keeps the _id. Ctrl-C saves a cursor (FILE.cursor with -o, else',
    '.elastream-dump-<index>.cursor.json); run the same command with --resume to continue.',
    'With --part i/n, n runs dump one slice each of every index (every document in exactly one part);',
    'each part has its own cursor (.part-i-of-n before .cursor), and backup files carry the part in their names.',
  ].join('\n'),
  options: {
    query: { type: 'string', value: 'JSON', description: 'only documents matching this query (or @file)' },
    fields: { type: 'string', value: 'a,b', description: 'keep only these _source fields' },
    'search-body': {
      type: 'string',
      value: 'JSON',
      description: 'a search body (or @file) with query, _source and sort, instead of --query and --fields',
    },
    limit: { type: 'string', value: 'N', description: 'stop after N documents' },
    transform: {
      type: 'string',
      value: 'MODULE',
      description: "call this module's default export on each line before it is written (async; null drops it)",
    },
    output: {
      type: 'string',
      short: 'o',
      value: 'FILE|DIR/',
      description: 'write to FILE instead of stdout; a folder (ends with / or exists) makes a backup of every index',
    },
    gzip: { type: 'boolean', description: 'gzip the output (also when FILE ends with .gz)' },
    'split-size': {
      type: 'string',
      value: 'SIZE',
      description: 'backup folder: start a new data file once one reaches SIZE, e.g. 1gb',
    },
    parallel: { type: 'string', value: 'N', description: 'backup folder: indices dumped at once (default 2)' },
    only: {
      type: 'string',
      value: 'definitions|data',
      description: 'backup folder: only the definitions (mappings, settings, aliases, templates) or only the data',
    },
    'source-only': { type: 'boolean', description: 'write each document source alone, without _index/_id' },
    part: dumpPartOption,
    ...scanOptions,
    ...connectionOptions,
  },
  async run(ctx) {
    const [index] = expectPositionals('dump', ctx.positionals, ['index'])
    const body = await searchBodyOption(ctx.values)
    const query = body?.query ?? (await jsonOption(ctx.values, 'query'))
    const fields = listOption(ctx.values, 'fields')
    const limit = intOption(ctx.values, 'limit', undefined)
    const transform = await transformOption(ctx.values)
    const output = ctx.values.output as string | undefined
    const sourceOnly = ctx.values['source-only'] === true
    const size = intOption(ctx.values, 'batch', undefined)
    const keepAlive = keepAliveOption(ctx.values)
    const toS3 = output !== undefined && isS3Url(output)
    const only = onlyOption(ctx.values)
    const splitSize = sizeOption(ctx.values, 'split-size')
    const parallel = intOption(ctx.values, 'parallel', 2)
    const part = partOption(ctx.values)
    if (await isBackupOutput(output)) {
      if (sourceOnly) throw new ConfigurationError('--source-only: a backup keeps each _id, so it cannot be source only')
      if (limit !== undefined) throw new ConfigurationError('--limit: a backup holds whole indices; use it with -o FILE')
      if (transform !== undefined) {
        throw new ConfigurationError('--transform: a backup holds indices as they are; use it with -o FILE')
      }
      return dumpBackup(ctx, {
        pattern: index!,
        folder: output!,
        only,
        gzip: ctx.values.gzip === true,
        splitSize,
        parallel,
        slices: intOption(ctx.values, 'slices', 1),
        size,
        keepAlive,
        query,
        fields,
        ...scanOptionsOf(body),
        resume: ctx.values.resume === true,
        part,
      })
    }
    for (const flag of ['split-size', 'parallel', 'only'] as const) {
      if (ctx.values[flag] !== undefined) {
        throw new ConfigurationError(`--${flag} needs a backup folder as output (-o DIR/, ending with a slash)`)
      }
    }
    const gzip = ctx.values.gzip === true || (output?.endsWith('.gz') ?? false)
    if (gzip && ctx.values.resume === true) {
      throw new ConfigurationError(
        '--resume of a gzip file is not supported: dump into a backup folder (-o DIR/ --gzip), which resumes',
      )
    }
    // A part's cursor is its own, even when the parts write beside each other.
    const partSuffix = part === undefined ? '' : `.${partName(part)}`
    const cursorPath =
      (ctx.values.cursor as string | undefined) ??
      (output && !toS3 ? `${output}${partSuffix}.cursor` : defaultCursorPath('dump', `${index!}${partSuffix}`))
    const partText = part === undefined ? undefined : `${part.index}/${part.count}`
    const saved =
      ctx.values.resume === true
        ? await loadCursor(cursorPath, { command: 'dump', source: index!, part: partText })
        : undefined
    const savedUpload = saved?.upload as (S3UploadState & { url?: string }) | undefined
    if (saved && toS3 && savedUpload?.url !== output) {
      throw new ConfigurationError(
        `--resume: ${cursorPath} records no upload to ${output}${savedUpload?.url ? ` (it records ${savedUpload.url})` : ''}`,
      )
    }
    const slices = saved ? (saved.cursor as ScanCursor).slices.length : intOption(ctx.values, 'slices', 1)

    const { client, node } = connect(ctx.values, ctx.env)
    ctx.setErrorContext({ node, index })
    let report: Report | undefined
    try {
      // A part is about 1/n of the index (the count cannot be asked of a slice): the total of the progress only.
      const all = await countDocs(client, index!, query, ctx.signal, body?.runtime_mappings)
      const total = Math.min(part === undefined ? all : Math.ceil(all / part.count), limit ?? Infinity)
      const paging = await choosePaging(client, encodeURIComponent(index!), keepAlive, ctx.signal)
      if (paging.kind === 'scroll') {
        if (saved) throw new CliError(`--resume: ${paging.why}, so a dump from it cannot be resumed; run it again`)
        if (ctx.values.quiet !== true) {
          ctx.stderr.write(`elastream: ${paging.why}: paging with scroll; an interrupted dump cannot be resumed\n`)
        }
      }
      report = new Report(ctx, 'dump', { label: 'dumping', totalDocs: total })
      const progress = report.progress
      if (saved) {
        progress.totalDocs = Math.max(0, total - saved.done)
        if (output && !toS3) await truncateFile(output, saved.bytes ?? 0).catch(() => {})
      }
      const hits = resumableScan(client, index!, {
        keepAlive,
        query,
        fields,
        size,
        slices,
        saved,
        ...scanOptionsOf(body),
        scroll: paging.kind === 'scroll',
        part,
      })
      let limited = false
      const signal = ctx.signal
      // S3, plain: a multipart upload resumable part by part, its state saved with the cursor after each part
      // (s3-part-output.ts). S3, gzip: stored whole or not at all, a stopped dump aborts its upload (s3-writer.ts).
      const s3Parts =
        toS3 && !gzip
          ? await S3PartOutput.open<ScanCursor>(output!, ctx.env, {
              resume: savedUpload,
              start: saved?.cursor as ScanCursor | undefined,
              // A scroll has no cursor to save: its upload is aborted at a stop (below).
              onPart: () => (paging.kind === 'scroll' ? Promise.resolve() : saveCursor(cursorPath, cursorData())),
            })
          : undefined
      const s3Out = toS3 && gzip ? await openS3Write(output!, ctx.env) : undefined
      const target =
        s3Parts !== undefined
          ? undefined
          : (s3Out ??
            (output ? createWriteStream(output, { flags: saved ? 'a' : 'w' }) : (ctx.stdout as unknown as Writable)))
      const out =
        s3Parts ??
        new FlushedOutput<ScanCursor>(
          gzip ? gzipInto(target!, output !== undefined) : target!,
          saved?.cursor as ScanCursor | undefined,
        )
      const startBytes =
        output && saved
          ? toS3
            ? (saved.bytes ?? 0)
            : await stat(output).then(
                (s) => s.size,
                () => 0,
              )
          : 0
      // Only what the output reported written counts (see FlushedOutput): a resumed run appends after it.
      const cursorData = (): Omit<CursorFile, 'savedAt'> => ({
        command: 'dump',
        source: index!,
        ...(partText === undefined ? {} : { part: partText }),
        done: (saved?.done ?? 0) + out.flushed.docs,
        bytes: startBytes + out.flushed.bytes,
        cursor: { ...out.flushed.cursor!, pitId: hits.cursor!.pitId },
        ...(s3Parts === undefined ? {} : { upload: { url: output, ...s3Parts.state } }),
      })
      let failure: unknown
      try {
        await drainScan(hits, {
          sourceOnly,
          signal,
          write: (chunk, docs) => out.write(chunk, docs, hits.cursor),
          ...(transform === undefined
            ? {}
            : { transform: (line, hit) => transform.apply(line, { index: hit._index, id: hit._id }) }),
          added: (bytes) => {
            progress.docs++
            progress.bytes += bytes
            limited = limit !== undefined && (saved?.done ?? 0) + progress.docs >= limit
            return !limited
          },
        })
      } catch (err) {
        // Stopped early (Ctrl-C, a failed write): the point in time stays open for --resume.
        failure = err
      }
      // Whatever stopped the loop, what was handed over is written out before the cursor is taken.
      const stopped = failure !== undefined || signal.aborted
      // Stopped with nothing of the S3 object stored (gzip, or no part yet): no upload is left open.
      const abortUpload =
        stopped &&
        (s3Out !== undefined ||
          (s3Parts !== undefined && (s3Parts.state.parts.length === 0 || paging.kind === 'scroll')))
      try {
        // S3 parts, stopped: the parts in flight finish and the upload stays open for --resume.
        if (s3Parts !== undefined && abortUpload) await s3Parts.abort()
        else await out.settle((output !== undefined || gzip) && !abortUpload && !(s3Parts !== undefined && stopped))
        if (gzip && output !== undefined && !abortUpload) await finished(target!)
      } catch (err) {
        failure ??= err
      }
      if (abortUpload) {
        s3Out?.destroy()
        await closePointInTime(client, hits.cursor?.pitId)
        report.progress.stop()
        ctx.stderr.write(`elastream: ${output} not stored: its upload was aborted (run the dump again)\n`)
        if (failure !== undefined) throw failure
        await report.finish(`interrupted after ${documents(progress.docs)}; nothing stored`)
        throw new InterruptedError('interrupted')
      }
      if (failure !== undefined) {
        if ((failure as NodeJS.ErrnoException).code === 'EPIPE') {
          // The reader left (`| head`): done, not failed. Release the point in time kept for --resume.
          await closePointInTime(client, hits.cursor?.pitId)
          report.progress.stop()
          return 0
        }
        // Failed midway (node gone, timeout, disk full): the file is complete up to the cursor, so keep it.
        if (hits.cursor && out.flushed.docs > 0) {
          await saveCursor(cursorPath, cursorData())
          report.progress.stop()
          ctx.stderr.write(
            `elastream: stopped after ${documents(out.flushed.docs)} written; cursor saved to ${cursorPath}\n`,
          )
        }
        throw failure
      }
      if (ctx.signal.aborted && paging.kind === 'scroll') {
        await report.finish(`interrupted after ${documents(progress.docs)}; a scroll cannot be resumed: run the dump again`)
        throw new InterruptedError('interrupted')
      }
      if (ctx.signal.aborted && out.flushed.cursor === undefined) {
        // Stopped before the first page: there is no position to save, and nothing was written.
        await report.finish('interrupted before the first page; nothing to resume')
        throw new InterruptedError('interrupted')
      }
      if (ctx.signal.aborted) {
        await saveCursor(cursorPath, cursorData())
        await report.finish(
          `interrupted after ${documents(progress.docs)}; cursor saved to ${cursorPath}` +
            ` (resume within ${keepAlive}: same command with --resume)`,
          { index, cursor: cursorPath },
        )
        throw new InterruptedError('interrupted')
      }
      // Stopped at --limit: done, and the point in time kept for a resume is not needed.
      if (limited) await closePointInTime(client, hits.cursor?.pitId)
      await removeCursor(cursorPath)
      await report.finish(
        `dumped ${documents(progress.docs)} from ${index}${output ? ` to ${output}` : ''} in ` +
          `${formatDuration(progress.elapsed())} (${formatCount(progress.averageRate())} docs/s, ${formatBytes(progress.bytes)})`,
        { index, output: output ?? '-' },
      )
      return 0
    } catch (err) {
      throw resumeHint(err, saved !== undefined)
    } finally {
      report?.abandon()
      await client.close()
    }
  },
}

/** Releases a point in time kept for --resume, in the server's own dialect (OpenSearch has no `DELETE /_pit`). */
async function closePointInTime(client: Client, id: string | undefined): Promise<void> {
  if (id === undefined) return
  await closeServerPointInTime(client.transport, id, { ignore: [404], maxRetries: 1, requestTimeout: 10_000 }).catch(
    () => {},
  )
}

/** A gzip stream writing into `target`; a failure of either side fails the other. */
function gzipInto(target: Writable, end: boolean): Writable {
  const z = createGzip()
  // stdout is not ended: only the gzip stream's end (its trailer) is written to it.
  z.pipe(target, { end })
  target.on('error', (err) => z.destroy(err))
  return z
}
