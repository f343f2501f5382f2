/**
 * A backup made by n processes (`dump PATTERN -o DIR/ --part i/n`): part i writes `manifest.part-i-of-n.json`
 * and data files whose names carry `part-i-of-n`, holding slice i of n of each index; part 1 alone writes the
 * definitions and dependencies. No two parts write the same file, so they may share one folder (a shared disk,
 * one S3 prefix) or write n folders that are copied into one afterwards. `load DIR/` restores the n parts as
 * one backup: every part must be there and complete, all of the same pattern and indices, and each index's
 * count is checked against the sum of its parts.
 */
import { ConfigurationError } from '../../errors.js'
import { type BackupIndex, MANIFEST, type Manifest, readManifest } from './backup-manifest.js'
import { CliError } from '../errors.js'
import type { Part } from '../part-option.js'
import { joinPlace, listFolder, placeSize } from '../places.js'

const PART_MANIFEST = /^manifest\.part-(\d+)-of-(\d+)\.json$/

/** The parts whose manifests are in `folder` (none for a missing folder). */
export async function partsIn(folder: string): Promise<Part[]> {
  let names: string[]
  try {
    names = await listFolder(folder)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  return names.flatMap((name) => {
    const m = PART_MANIFEST.exec(name)
    return m ? [{ index: Number(m[1]), count: Number(m[2]) }] : []
  })
}

/** Refuses to start a dump into a folder that holds another kind of backup: a whole one beside parts, or parts of another n. */
export async function checkFolderFor(folder: string, part: Part | undefined): Promise<void> {
  const parts = await partsIn(folder)
  if (part === undefined) {
    if (parts.length > 0) {
      throw new ConfigurationError(
        `${folder} holds parts of a backup (${parts.length} part manifests): give another folder, or --part i/n to add a part`,
      )
    }
    return
  }
  // A whole backup's manifest.json: its files would be restored with the parts'.
  const whole = await placeSize(joinPlace(folder, MANIFEST))
  if (whole !== undefined) {
    throw new ConfigurationError(`--part ${part.index}/${part.count}: ${folder} holds a whole backup (manifest.json): give another folder`)
  }
  const other = parts.find((p) => p.count !== part.count)
  if (other !== undefined) {
    throw new ConfigurationError(
      `--part ${part.index}/${part.count}: ${folder} holds part ${other.index} of ${other.count}, not of ${part.count}: every part of one backup needs the same n`,
    )
  }
}

/**
 * The backup in `folder`: its manifest.json, or its n part manifests merged into one (definitions from part 1,
 * each index's files of every part in part order, its count the sum). Undefined when it holds neither.
 */
export async function readBackup(folder: string): Promise<Manifest | undefined> {
  const whole = await readManifest(folder)
  const parts = await partsIn(folder)
  if (whole !== undefined) {
    if (parts.length > 0) {
      throw new CliError(`${folder} holds a whole backup (manifest.json) and parts of one (manifest.part-*.json): restore one of them from a folder of its own`)
    }
    return whole
  }
  if (parts.length === 0) return undefined
  const count = parts[0]!.count
  const counts = [...new Set(parts.map((p) => p.count))]
  if (counts.length > 1) {
    throw new CliError(`${folder} holds parts of backups in ${counts.join(' and ')} parts: one backup's parts only, please`)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !parts.some((p) => p.index === i))
  if (missing.length > 0) {
    throw new CliError(
      `the backup in ${folder} is in ${count} parts, but part${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing (dump --part ${missing[0]}/${count} into it)`,
    )
  }
  const manifests: Manifest[] = []
  for (let i = 1; i <= count; i++) manifests.push((await readManifest(folder, { index: i, count }))!)
  const first = manifests[0]!
  for (const [i, m] of manifests.entries()) {
    const which = `part ${i + 1} of ${count}`
    if (!m.complete) {
      throw new CliError(
        `the backup in ${folder} is not complete: ${which} was stopped; finish it first with its dump command and --resume`,
      )
    }
    if (m.pattern !== first.pattern || m.only !== first.only) {
      throw new CliError(`the parts in ${folder} are not of one backup: ${which} is of "${m.pattern}"` +
        `${m.only ? ` (${m.only} only)` : ''}, part 1 of "${first.pattern}"${first.only ? ` (${first.only} only)` : ''}`)
    }
    const names = Object.keys(m.indices).sort().join(', ')
    const firstNames = Object.keys(first.indices).sort().join(', ')
    if (names !== firstNames) {
      throw new CliError(
        `the parts in ${folder} did not dump the same indices: ${which} has ${names || 'none'}, part 1 ${firstNames || 'none'} ` +
          `(an index created or deleted between the parts' starts: dump the backup again)`,
      )
    }
  }
  const indices: Record<string, BackupIndex> = {}
  for (const [name, entry] of Object.entries(first.indices)) {
    const all = manifests.map((m) => m.indices[name]!)
    indices[name] = {
      definition: entry.definition,
      files: all.flatMap((e) => e.files),
      docs: all.reduce((n, e) => n + e.docs, 0),
      complete: all.every((e) => e.complete),
    }
  }
  const { part: _part, ...rest } = first
  return { ...rest, complete: true, indices }
}
