/**
 * `dump <pattern> -o folder/`: a backup folder. Per index a definition file (mappings, settings, aliases) and
 * its documents in one or more NDJSON files (gzip with --gzip, split at --split-size), the templates, pipelines
 * and policies they depend on, and `manifest.json` (see backup-manifest.ts). Indices are dumped a few at a
 * time. After each data file and at a stop, the manifest records what is written, with the scan's cursor after
 * the last written document of each file, so `--resume` continues each index where it stopped.
 */
import { createHash } from 'node:crypto'
import { PassThrough, type Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { ConfigurationError, ResponseError } from '../../errors.js'
import type { Client } from '../../client.js'
import type { ScanCursor } from '../../index.js'
import {
  type BackupFile,
  type BackupIndex,
  DEPENDENCIES,
  fileStem,
  type Manifest,
  manifestName,
  manifestPlace,
  readManifest,
  writeManifest,
} from './backup-manifest.js'
import { readDependencies, readIndexDefinitions } from './backup-definitions.js'
import { checkFolderFor } from './backup-parts.js'
import type { CommandContext } from '../command.js'
import { connect } from '../connect.js'
import { drainScan } from '../dump/drain-scan.js'
import { countDocs, resumableScan, resumeHint } from '../dump/dump-scan.js'
import { choosePaging } from '../dump/paging.js'
import { InterruptedError } from '../errors.js'
import { FlushedOutput } from '../dump/flushed-output.js'
import {
  isFolderPlace,
  joinPlace,
  makeFolder,
  openReadable,
  openWritable,
  placeSize,
  writePlaceText,
} from '../places.js'
import { type Part, partName } from '../part-option.js'
import { documents, formatBytes, formatCount, formatDuration } from '../progress.js'
import { Report } from '../report.js'

export interface BackupDumpOptions {
  pattern: string
  folder: string
  only: 'definitions' | 'data' | undefined
  gzip: boolean
  splitSize: number | undefined
  parallel: number
  slices: number
  size: number | undefined
  keepAlive: string
  query: Record<string, unknown> | undefined
  fields: string[] | undefined
  /** `_source` and sort of a --search-body. */
  source?: unknown
  sort?: unknown
  runtimeMappings?: Record<string, unknown> | undefined
  resume: boolean
  /** `--part i/n`: slice i of n of each index, into files and a manifest of the part's own (backup-parts.ts). */
  part?: Part | undefined
}

/** Whether `-o` names a backup folder: it ends with a slash or is an existing directory. */
export function isBackupOutput(output: string | undefined): Promise<boolean> {
  return output === undefined ? Promise.resolve(false) : isFolderPlace(output)
}

/** The sha256 of a stored file, hex. */
export async function sha256Of(place: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of openReadable(place)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export async function dumpBackup(ctx: CommandContext, o: BackupDumpOptions): Promise<number> {
  const { folder, part } = o
  if (part !== undefined && o.only === 'definitions') {
    throw new ConfigurationError(`--part ${part.index}/${part.count} splits the documents; --only definitions has none (dump the definitions once, without --part)`)
  }
  await checkFolderFor(folder, part)
  let manifest: Manifest | undefined = await readManifest(folder, part)
  if (o.resume) {
    if (manifest === undefined) {
      throw new ConfigurationError(`--resume: ${manifestPlace(folder, part)} does not exist; nothing to resume`)
    }
    if (manifest.pattern !== o.pattern) {
      throw new ConfigurationError(
        `--resume: the backup in ${folder} is of "${manifest.pattern}", not of "${o.pattern}"`,
      )
    }
    if (manifest.complete) throw new ConfigurationError(`--resume: the backup in ${folder} is complete already`)
  } else if (manifest !== undefined) {
    throw new ConfigurationError(
      `${folder} already holds a backup (${manifestName(part)}): give another folder, or --resume to finish that one`,
    )
  }
  await makeFolder(folder)

  const { client, node } = connect(ctx.values, ctx.env)
  ctx.setErrorContext({ node, index: o.pattern })
  let report: Report | undefined
  try {
    const definitions = await readIndexDefinitions(client.transport, o.pattern, ctx.signal)
    if (manifest === undefined) {
      const source = await sourceIdentity(client, node, ctx.signal)
      manifest = {
        format: 'elastream-backup',
        formatVersion: 1,
        source,
        pattern: o.pattern,
        only: o.only,
        ...(part === undefined ? {} : { part }),
        gzip: o.gzip,
        ...(o.splitSize === undefined ? {} : { splitSize: o.splitSize }),
        startedAt: new Date().toISOString(),
        complete: false,
        indices: Object.fromEntries(
          Object.keys(definitions).map((name) => [name, { files: [], docs: 0, complete: o.only === 'definitions' }]),
        ),
      }
      // The definitions once: by the whole backup, or by its part 1.
      if (o.only !== 'data' && (part === undefined || part.index === 1)) {
        for (const [name, def] of Object.entries(definitions)) {
          const file = `${fileStem(name)}.definition.json`
          await writePlaceText(joinPlace(folder, file), `${JSON.stringify(def, null, 2)}\n`)
          manifest.indices[name]!.definition = file
        }
        const deps = await readDependencies(client.transport, definitions, ctx.signal)
        const text = `${JSON.stringify(deps, null, 2)}\n`
        await writePlaceText(joinPlace(folder, DEPENDENCIES), text)
        manifest.dependencies = { name: DEPENDENCIES, sha256: createHash('sha256').update(text).digest('hex') }
        for (const what of deps.unavailable) ctx.stderr.write(`elastream: not in the backup: the source has no ${what}\n`)
        for (const what of deps.missing) ctx.stderr.write(`elastream: not in the backup: ${what} is missing on the source\n`)
      }
      await writeManifest(folder, manifest)
    }
    const m = manifest
    // One manifest write at a time, in order: parallel indices finish files at the same moment.
    let saving: Promise<void> = Promise.resolve()
    const save = () => (saving = saving.then(() => writeManifest(folder, m)))

    const pending = Object.entries(m.indices).filter(([, entry]) => !entry.complete)
    let scroll = false
    if (pending.length > 0) {
      const paging = await choosePaging(client, encodeURIComponent(pending[0]![0]), o.keepAlive, ctx.signal)
      scroll = paging.kind === 'scroll'
      if (paging.kind === 'scroll' && ctx.values.quiet !== true) {
        ctx.stderr.write(
          `elastream: ${paging.why}: paging with scroll; an index whose dump is interrupted is dumped again from its start by --resume\n`,
        )
      }
    }
    const totals = await Promise.all(
      pending.map(([name]) => countDocs(client, name, o.query, ctx.signal, o.runtimeMappings).catch(() => 0)),
    )
    // A part is about 1/n of each index (the count cannot be asked of a slice): the total of the progress only.
    if (part !== undefined) totals.forEach((n, i) => (totals[i] = Math.ceil(n / part.count)))
    const already = pending.reduce((n, [, entry]) => n + entry.docs, 0)
    report = new Report(ctx, 'dump', {
      label: 'dumping',
      totalDocs: Math.max(0, totals.reduce((a, b) => a + b, 0) - already),
    })
    const progress = report.progress
    let failure: unknown
    let failedIndex: string | undefined
    const queue = [...pending]
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined && failure === undefined; next = queue.shift()) {
        if (ctx.signal.aborted) return
        const [name, entry] = next
        try {
          await dumpIndex(client, name, entry, { ...o, scroll }, save, ctx.signal, (docs, bytes) => {
            progress.docs += docs
            progress.bytes += bytes
          })
        } catch (err) {
          if (failure === undefined) {
            failure = err
            failedIndex = name
          }
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(o.parallel, Math.max(1, pending.length)) }, worker))
    m.complete = Object.values(m.indices).every((entry) => entry.complete)
    if (m.complete) m.completedAt = new Date().toISOString()
    await save()
    if (failure !== undefined) {
      report.progress.stop()
      ctx.stderr.write(
        `elastream: backup in ${folder} stopped at index ${failedIndex} after ${documents(progress.docs)} written; ` +
          `the manifest records where each index stopped (same command with --resume continues)\n`,
      )
      ctx.setErrorContext({ index: failedIndex })
      throw resumeHint(failure, o.resume)
    }
    const indexCount = Object.keys(m.indices).length
    if (!m.complete) {
      await report.finish(
        `interrupted after ${documents(progress.docs)}; ${manifestPlace(folder, part)} records where each index stopped` +
          ' (resume: same command with --resume)',
        { output: folder },
      )
      throw new InterruptedError('interrupted')
    }
    const withDefinitions = o.only !== 'data' && (part === undefined || part.index === 1)
    const what = o.only === 'definitions' ? 'definitions of' : `${documents(progress.docs)} and the definitions of`
    await report.finish(
      `backed up ${part === undefined ? '' : `part ${part.index} of ${part.count}: `}` +
        `${withDefinitions ? what : `${documents(progress.docs)} of`} ${formatCount(indexCount)} ` +
        `ind${indexCount === 1 ? 'ex' : 'ices'} to ${folder} in ${formatDuration(progress.elapsed())} ` +
        `(${formatCount(progress.averageRate())} docs/s, ${formatBytes(progress.bytes)})`,
      { output: folder, indices: indexCount },
    )
    return 0
  } finally {
    report?.abandon()
    await client.close()
  }
}

/** Where the backup came from: product, version and cluster, also from servers that do not serve `GET /`. */
export async function sourceIdentity(client: Client, node: string, signal: AbortSignal): Promise<Manifest['source']> {
  try {
    const root = (await client.transport.request({ method: 'GET', path: '/' }, { signal })) as {
      cluster_name?: string
      cluster_uuid?: string
      version?: { number?: string; distribution?: string }
    }
    const product = root.version?.distribution === 'opensearch' ? 'opensearch' : (client.product?.name ?? 'elasticsearch')
    return { node, product, version: root.version?.number, cluster: root.cluster_uuid ?? root.cluster_name }
  } catch (err) {
    if (!(err instanceof ResponseError) || ![400, 404, 405].includes(err.statusCode)) throw err
    const nodes = (await client.transport.request(
      { method: 'GET', path: '/_nodes/_local', querystring: { filter_path: 'cluster_name,nodes.*.version' } },
      { signal },
    )) as { cluster_name?: string; nodes?: Record<string, { version?: string }> }
    return {
      node,
      product: client.product?.name,
      version: Object.values(nodes.nodes ?? {})[0]?.version,
      cluster: nodes.cluster_name,
    }
  }
}

function dataFileName(index: string, ordinal: number, o: BackupDumpOptions): string {
  const part = o.part === undefined ? '' : `.${partName(o.part)}`
  const split = o.splitSize === undefined ? '' : `.${String(ordinal).padStart(6, '0')}`
  return `${fileStem(index)}${part}${split}.ndjson${o.gzip ? '.gz' : ''}`
}

/** One data file being written: the file, gzip before it when asked, the count of stored bytes. */
interface OpenFile {
  entry: BackupFile
  place: string
  out: FlushedOutput<ScanCursor>
  file: Writable
  /** Bytes of the file before this run (a resumed file) plus what this run stored so far. */
  stored: () => number
  keptDocs: number
  keptBytes: number
  /** Pushes what gzip holds to the file, so that its size is known (for --split-size). */
  flush: () => Promise<void>
}

async function openDataFile(folder: string, entry: BackupFile, keep: number | undefined, start: ScanCursor | undefined, gzip: boolean): Promise<OpenFile> {
  const place = joinPlace(folder, entry.name)
  const file = await openWritable(place, keep)
  let stored = keep ?? 0
  const counter = new PassThrough({
    transform(chunk: Buffer, _enc, cb) {
      stored += chunk.length
      cb(null, chunk)
    },
  })
  counter.pipe(file)
  file.on('error', (err) => counter.destroy(err))
  let head: Writable = counter
  let flush = () => Promise.resolve()
  if (gzip) {
    // A resumed gzip file gets a second gzip member after the first: readers (gunzip, zcat) read both.
    const z = createGzip()
    z.pipe(counter)
    counter.on('error', (err) => z.destroy(err))
    head = z
    flush = () => new Promise<void>((resolve) => z.flush(() => resolve()))
  }
  const out = new FlushedOutput<ScanCursor>(head, start)
  return { entry, place, out, file, stored: () => stored, keptDocs: entry.docs, keptBytes: keep ?? 0, flush }
}

/** Ends the file and waits until its bytes are on disk. */
async function closeDataFile(f: OpenFile): Promise<void> {
  await f.out.settle(true)
  await finished(f.file)
}

async function dumpIndex(
  client: Client,
  index: string,
  entry: BackupIndex,
  o: BackupDumpOptions & { scroll: boolean },
  save: () => Promise<void>,
  signal: AbortSignal,
  moved: (docs: number, bytes: number) => void,
): Promise<void> {
  // Where to start: after the last complete file, or inside the last file when a stop recorded its position.
  let last = entry.files.at(-1)
  if (last !== undefined && !last.complete && last.cursor === undefined) {
    // Stopped before anything of it was known written: it is written again from the previous file's end.
    entry.files.pop()
    last = entry.files.at(-1)
  }
  if (last !== undefined && last.cursor === undefined) {
    // Files without a position (a scroll dump, see paging.ts): the scan cannot start after them, so the index
    // is written again from its start, over them.
    entry.files = []
    entry.docs = 0
    last = undefined
  }
  const start = last?.cursor as ScanCursor | undefined
  const slices = start ? start.slices.length : o.slices
  const hits = resumableScan(client, index, {
    keepAlive: o.keepAlive,
    query: o.query,
    fields: o.fields,
    size: o.size,
    slices,
    ...(o.source === undefined ? {} : { source: o.source }),
    ...(o.sort === undefined ? {} : { sort: o.sort }),
    ...(o.runtimeMappings === undefined ? {} : { runtimeMappings: o.runtimeMappings }),
    scroll: o.scroll,
    saved: start ? { command: 'dump', source: index, done: 0, cursor: start, savedAt: '' } : undefined,
    part: o.part,
  })
  // The file being written; a new one is opened when the next lines come (so a split never ends on an empty file).
  let current: OpenFile | undefined =
    last !== undefined && !last.complete ? await openDataFile(o.folder, last, last.bytes, start, o.gzip) : undefined
  const open = async (): Promise<OpenFile> => {
    if (current !== undefined) return current
    const cursor = entry.files.at(-1)?.cursor as ScanCursor | undefined
    const fresh: BackupFile = { name: dataFileName(index, entry.files.length + 1, o), docs: 0, bytes: 0, complete: false }
    entry.files.push(fresh)
    current = await openDataFile(o.folder, fresh, undefined, cursor ?? start, o.gzip)
    return current
  }
  /** Records in the file's entry what its output reported written. */
  const record = (f: OpenFile) => {
    f.entry.docs = f.keptDocs + f.out.flushed.docs
    entry.docs = entry.files.reduce((n, file) => n + file.docs, 0)
    const c = f.out.flushed.cursor
    if (c !== undefined) f.entry.cursor = hits.cursor ? { ...c, pitId: hits.cursor.pitId } : c
  }
  const write = async (chunk: Buffer, docs: number) => {
    const f = await open()
    await f.out.write(chunk, docs, hits.cursor)
    moved(docs, chunk.length)
    if (o.splitSize !== undefined) await f.flush()
    if (o.splitSize !== undefined && f.stored() >= o.splitSize) {
      await completeFile(f)
      current = undefined
      await save()
    }
  }
  const completeFile = async (f: OpenFile) => {
    await closeDataFile(f)
    record(f)
    f.entry.bytes = (await placeSize(f.place)) ?? f.stored()
    f.entry.sha256 = await sha256Of(f.place)
    f.entry.complete = true
  }
  let failure: unknown
  try {
    await drainScan(hits, { sourceOnly: false, signal, write })
  } catch (err) {
    failure = err
  }
  if (failure === undefined && !signal.aborted) {
    // An index without documents still gets its (empty) file; a split that ended on a boundary needs none.
    if (current !== undefined || entry.files.length === 0) await completeFile(await open())
    entry.complete = true
    await save()
    return
  }
  // Stopped (Ctrl-C, the scan or the disk failed): what reached the file is recorded with its cursor.
  if (current === undefined) {
    await save()
    if (failure !== undefined) throw failure
    return
  }
  let closed = true
  try {
    await closeDataFile(current)
  } catch (err) {
    closed = false
    failure ??= err
  }
  record(current)
  const size = await placeSize(current.place)
  if (o.gzip && !closed) {
    // A gzip stream cut by a failed write cannot be continued: the file is written again on --resume.
    current.entry.cursor = undefined
    current.entry.docs = 0
    current.entry.bytes = 0
  } else {
    // Plain: up to the last line the output reported written (a resumed run cuts the file back to it).
    current.entry.bytes = o.gzip ? (size ?? 0) : current.keptBytes + current.out.flushed.bytes
  }
  entry.docs = entry.files.reduce((n, file) => n + file.docs, 0)
  await save()
  if (failure !== undefined) throw failure
}
