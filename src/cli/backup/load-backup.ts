/**
 * `load folder/`: restores a backup folder written by `dump -o folder/`. First every file is checked against
 * the manifest (size and sha256), before anything is changed on the target. Then the definitions: the
 * pipelines, lifecycle policies and templates the indices depend on, and each index created from its mappings
 * and settings through the same refusal-aware creation `reindex` uses (what the target refuses is named and
 * left out). Then the documents, file by file; then the aliases; and at the end every index's count is
 * compared with the manifest's: a difference is an error. Each finished step is recorded in a cursor file, so
 * `--resume` after a stop or a failure goes on with the first unfinished file.
 */
import { ConfigurationError, ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'
import type { BackupIndex, Manifest } from './backup-manifest.js'
import { readBackup } from './backup-parts.js'
import type { Dependencies, SavedIndex } from './backup-definitions.js'
import type { CommandContext } from '../command.js'
import { connect } from '../connect.js'
import { createFromDefinition, describeChanges, exists } from '../index-definition/copy-index-definition.js'
import { defaultCursorPath, loadCursor, removeCursor, saveCursor } from '../cursor.js'
import { sha256Of, sourceIdentity } from './dump-backup.js'
import { CliError, InterruptedError } from '../errors.js'
import { loadFile } from '../load/load-file.js'
import type { Json } from '../index-definition/mapping-walk.js'
import { joinPlace, placeSize, readPlaceText } from '../places.js'
import { onlyOption } from '../args.js'
import { preflight } from '../preflight.js'
import { putTemplate } from './template-refusal.js'
import { documents, formatCount, formatDuration } from '../progress.js'

/** Whether `load`'s argument is a backup folder (a folder with a manifest, or any folder: then it says why not). */
export async function isBackupFolder(place: string): Promise<boolean> {
  if (place === '-') return false
  const { isFolderPlace } = await import('../places.js')
  return isFolderPlace(place)
}

/** What a restore has done so far, kept in its cursor file. */
interface LoadProgress {
  definitions: boolean
  /** Data files loaded, by name. */
  files: string[]
  aliases: boolean
}

export async function loadBackup(ctx: CommandContext, folder: string): Promise<number> {
  const started = Date.now()
  // The backup's manifest.json, or the n manifests of a backup dumped in parts (--part i/n) as one.
  const manifest = await readBackup(folder)
  if (manifest === undefined) {
    throw new ConfigurationError(`${folder} is a folder without manifest.json: not a backup made by "elastream dump -o DIR/"`)
  }
  if (!manifest.complete) {
    throw new CliError(
      `the backup in ${folder} is not complete (its dump was stopped): finish it first with the same dump command and --resume`,
    )
  }
  if (ctx.values.index !== undefined) {
    throw new ConfigurationError('--index: a backup restores each index under its own name; leave --index out')
  }
  if (ctx.values.part !== undefined) throw new ConfigurationError('--part splits one file; a backup folder is loaded whole')
  const only = onlyOption(ctx.values)
  if (only === 'data' && manifest.only === 'definitions') throw new CliError(`the backup in ${folder} has no documents (dumped with --only definitions)`)
  if (only === 'definitions' && manifest.only === 'data') throw new CliError(`the backup in ${folder} has no definitions (dumped with --only data)`)
  const withDefinitions = only !== 'data' && manifest.only !== 'data'
  const withData = only !== 'definitions' && manifest.only !== 'definitions'
  await verifyBackup(folder, manifest, withDefinitions, withData)

  const cursorPath = (ctx.values.cursor as string | undefined) ?? defaultCursorPath('load', folder)
  const expect = { command: 'load' as const, source: folder }
  const saved = ctx.values.resume === true ? await loadCursor(cursorPath, expect) : undefined
  const done: LoadProgress = (saved?.cursor as LoadProgress | undefined) ?? { definitions: false, files: [], aliases: false }
  const save = () => saveCursor(cursorPath, { ...expect, done: done.files.length, cursor: done })

  const { client, node } = connect(ctx.values, ctx.env)
  ctx.setErrorContext({ node })
  const say = (line: string) => ctx.stderr.write(`elastream: ${line}\n`)
  let refused = 0
  try {
    await preflight(client, ctx.signal)
    const target = await sourceIdentity(client, node, ctx.signal)
    const transport = client.transport
    if (withDefinitions && !done.definitions) {
      const depsText = manifest.dependencies ? await readPlaceText(joinPlace(folder, manifest.dependencies.name)) : undefined
      const server = target.product === 'opensearch' ? 'OpenSearch' : target.product === 'elasticsearch' ? 'Elasticsearch' : 'the target'
      if (depsText !== undefined) refused += await restoreDependencies(transport, JSON.parse(depsText) as Dependencies, say, ctx.signal, server)
      for (const [name, entry] of Object.entries(manifest.indices)) {
        if (entry.definition === undefined) continue
        ctx.setErrorContext({ index: name })
        const def = JSON.parse((await readPlaceText(joinPlace(folder, entry.definition)))!) as SavedIndex
        if (await exists(transport, name, ctx.signal)) {
          say(`${name} exists on ${node}: left as it is (its definition not restored)`)
          continue
        }
        const result = await createFromDefinition(
          { transport, product: target.product as 'elasticsearch' | 'opensearch' | undefined },
          name,
          { settings: def.settings, mappings: def.mappings, ...(def.data_stream ? { dataStream: def.data_stream } : {}) },
          {
            source: name,
            product: manifest.source.product as 'elasticsearch' | 'opensearch' | undefined,
            crossCluster: target.cluster === undefined || target.cluster !== manifest.source.cluster,
            keepDependencies: true,
          },
          ctx.signal,
        ).catch(async (err: unknown) => {
          await save()
          throw err
        })
        if (result.outcome === 'exists') say(`${name} exists on ${node}: left as it is (its definition not restored)`)
        else if (result.outcome === 'created') {
          if (ctx.values.quiet !== true) say(`created ${name} from the backup's mappings and settings`)
          for (const line of describeChanges(result.changes)) say(`${name}: ${line}`)
        }
      }
      done.definitions = true
      await save()
    }
    let failedDocs = 0
    if (withData) {
      const values = { ...ctx.values }
      for (const flag of ['only', 'resume', 'cursor', 'stats-file', 'part']) delete values[flag]
      let first = saved === undefined
      for (const [name, entry] of Object.entries(manifest.indices)) {
        for (const file of entry.files) {
          if (done.files.includes(file.name)) continue
          ctx.setErrorContext({ index: name })
          let result: Awaited<ReturnType<typeof loadFile>>
          try {
            result = await loadFile({ ...ctx, values: { ...values, index: name } }, joinPlace(folder, file.name), name, {
              appendDeadLetter: !first,
            })
          } catch (err) {
            await save()
            throw err
          }
          failedDocs += result.failed
          first = false
          // A file with failed documents stays to do: --resume loads it again (each line keeps its _id).
          if (result.failed === 0) done.files.push(file.name)
          await save()
        }
      }
    }
    if (withDefinitions && !done.aliases) {
      await restoreAliases(transport, folder, manifest, say, ctx.signal)
      done.aliases = true
      await save()
    }
    if (withData) {
      const wrong: string[] = []
      for (const [name, entry] of Object.entries(manifest.indices)) {
        await transport.request({ method: 'POST', path: `/${encodeURIComponent(name)}/_refresh` }, { signal: ctx.signal })
        const { count } = (await transport.request(
          { method: 'GET', path: `/${encodeURIComponent(name)}/_count` },
          { signal: ctx.signal },
        )) as { count: number }
        if (count !== entry.docs) wrong.push(`${name} has ${formatCount(count)} documents, the manifest ${formatCount(entry.docs)}`)
      }
      if (wrong.length > 0) {
        throw new CliError(
          `restore of ${folder} does not match its manifest: ${wrong.join('; ')}` +
            (failedDocs > 0 ? ` (${formatCount(failedDocs)} documents failed to load, see above)` : ''),
        )
      }
    }
    await removeCursor(cursorPath)
    const indices = Object.keys(manifest.indices).length
    const docs = Object.values(manifest.indices).reduce((n: number, e: BackupIndex) => n + e.docs, 0)
    if (ctx.values.quiet !== true) {
      say(
        `restored ${withData ? `${documents(docs)} and ` : ''}${withDefinitions ? 'the definitions of ' : ''}` +
          `${formatCount(indices)} ind${indices === 1 ? 'ex' : 'ices'} from ${folder} in ${formatDuration((Date.now() - started) / 1000)}` +
          (withData ? ', every count as in the manifest' : ''),
      )
    }
    return refused > 0 || failedDocs > 0 ? 1 : 0
  } catch (err) {
    if (err instanceof InterruptedError) {
      say(`restore of ${folder} interrupted; progress saved to ${cursorPath} (same command with --resume continues)`)
    } else if (!(err instanceof ConfigurationError)) {
      say(`restore of ${folder} stopped; progress saved to ${cursorPath} (same command with --resume continues)`)
    }
    throw err
  } finally {
    await client.close()
  }
}

/** Every file the restore will read is there, with the size and checksum the manifest gives. */
async function verifyBackup(folder: string, m: Manifest, definitions: boolean, data: boolean): Promise<void> {
  const mismatch = (file: string, what: string) =>
    new CliError(`backup ${folder} does not match its manifest: ${file}: ${what}; nothing was restored`)
  if (definitions && m.dependencies) {
    const text = await readPlaceText(joinPlace(folder, m.dependencies.name))
    if (text === undefined) throw mismatch(m.dependencies.name, 'missing')
    const { createHash } = await import('node:crypto')
    if (createHash('sha256').update(text).digest('hex') !== m.dependencies.sha256) throw mismatch(m.dependencies.name, 'its sha256 differs')
  }
  for (const [name, entry] of Object.entries(m.indices)) {
    if (definitions && entry.definition !== undefined && (await placeSize(joinPlace(folder, entry.definition))) === undefined) {
      throw mismatch(entry.definition, `missing (the definition of ${name})`)
    }
    if (!data) continue
    for (const file of entry.files) {
      const place = joinPlace(folder, file.name)
      const size = await placeSize(place)
      if (size === undefined) throw mismatch(file.name, `missing (${formatCount(file.docs)} documents of ${name})`)
      if (size !== file.bytes) throw mismatch(file.name, `the manifest says ${file.bytes} bytes, the file has ${size}`)
      if (file.sha256 !== undefined && (await sha256Of(place)) !== file.sha256) {
        throw mismatch(file.name, `its sha256 is not the manifest's (the file was changed or damaged)`)
      }
    }
  }
}

/** Server-managed fields a GET returns and a PUT refuses. */
const READ_ONLY = ['created_date_millis', 'modified_date_millis', 'created_date', 'modified_date', 'version_created']

function writable(body: Json): Json {
  const out = { ...body }
  for (const key of READ_ONLY) delete out[key]
  return out
}

/**
 * Puts the pipelines, policies and templates that are not on the target already (one there is left as it is).
 * One the target refuses or cannot take is named; returns how many.
 */
export async function restoreDependencies(
  transport: TransportLike,
  deps: Dependencies,
  say: (line: string) => void,
  signal: AbortSignal,
  server = 'the target',
): Promise<number> {
  const items: Array<{ what: string; path: string; body: Json; template?: 'legacy' | 'template' }> = [
    ...Object.entries(deps.pipelines).map(([id, body]) => ({ what: `ingest pipeline ${id}`, path: `/_ingest/pipeline/${encodeURIComponent(id)}`, body: writable(body) })),
    ...Object.entries(deps.ilm_policies).map(([name, policy]) => ({ what: `lifecycle policy ${name}`, path: `/_ilm/policy/${encodeURIComponent(name)}`, body: { policy: writable(policy) } })),
    // Legacy templates before composable ones: Elasticsearch 8+ refuses a legacy template whose patterns
    // overlap an existing composable template's (7.x only warned), and takes the other order with a warning.
    ...Object.entries(deps.legacy_templates).map(([name, body]) => ({ what: `legacy template ${name}`, path: `/_template/${encodeURIComponent(name)}`, body, template: 'legacy' as const })),
    ...deps.component_templates.map((t) => ({ what: `component template ${t.name}`, path: `/_component_template/${encodeURIComponent(t.name)}`, body: writable(t.component_template), template: 'template' as const })),
    ...deps.index_templates.map((t) => ({ what: `index template ${t.name}`, path: `/_index_template/${encodeURIComponent(t.name)}`, body: writable(t.index_template), template: 'template' as const })),
  ]
  let refused = 0
  for (const item of items) {
    try {
      const found = await transport.request<unknown>({ method: 'GET', path: item.path }, { signal, meta: true, ignore: [404] })
      if (found.statusCode < 300) {
        say(`${item.what} exists on the target: left as it is`)
        continue
      }
      if (item.template === undefined) {
        await transport.request({ method: 'PUT', path: item.path, body: item.body }, { signal })
        continue
      }
      // A template from an older version may hold what the target no longer takes: left out, and named.
      const changes = await putTemplate(transport, item.path, item.body, item.template === 'legacy', server, signal)
      for (const line of describeChanges(changes)) say(`${item.what}: ${line}`)
    } catch (err) {
      if (!(err instanceof ResponseError) || err.statusCode >= 500 || err.statusCode === 401 || err.statusCode === 403) throw err
      refused++
      say(`${item.what} not restored: the target refused it (${err.statusCode} ${err.reason ?? err.type ?? ''})`)
    }
  }
  return refused
}

/** Adds each index's aliases, with their filters, routing and write flags. */
async function restoreAliases(
  transport: TransportLike,
  folder: string,
  m: Manifest,
  say: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const actions: Json[] = []
  for (const [name, entry] of Object.entries(m.indices)) {
    if (entry.definition === undefined) continue
    const def = JSON.parse((await readPlaceText(joinPlace(folder, entry.definition)))!) as SavedIndex
    for (const [alias, options] of Object.entries(def.aliases ?? {})) {
      actions.push({ add: { index: name, alias, ...(options as Json) } })
    }
  }
  if (actions.length === 0) return
  await transport.request({ method: 'POST', path: '/_aliases', body: { actions } }, { signal })
  say(`${actions.length} alias${actions.length === 1 ? '' : 'es'} restored`)
}
