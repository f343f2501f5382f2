/**
 * `manifest.json`, the table of contents of a backup folder: where it came from, and per index its definition
 * file, its data files with their sizes, checksums and document counts, and the cursor after each data file's
 * last written document (what `dump --resume` continues from). It is rewritten whole (atomically) after each
 * step, so a stopped dump leaves a manifest that says exactly what is there.
 */
import { ConfigurationError } from '../../errors.js'
import { joinPlace, readPlaceText, writePlaceText } from '../places.js'
import { type Part, partName } from '../part-option.js'

export const MANIFEST = 'manifest.json'
export const DEPENDENCIES = 'dependencies.json'

export interface BackupFile {
  name: string
  /** Documents in the file. */
  docs: number
  /** Bytes of the file as stored (compressed when gzip). */
  bytes: number
  /** sha256 of the stored bytes, hex; set once the file is complete. */
  sha256?: string | undefined
  /** False while a dump is writing it (or was stopped while writing it). */
  complete: boolean
  /** The scan's cursor after the file's last document (with the point in time): where --resume goes on. */
  cursor?: unknown
}

export interface BackupIndex {
  /** The definition file (mappings, settings, aliases), when definitions were dumped. */
  definition?: string | undefined
  /** Data files in order, when data was dumped. */
  files: BackupFile[]
  /** Documents written, all files together. */
  docs: number
  /** True once every document of the index is in the files. */
  complete: boolean
}

export interface Manifest {
  format: 'elastream-backup'
  formatVersion: 1
  /** The server dumped from, without credentials. */
  source: { node: string; product: string | undefined; version: string | undefined; cluster?: string | undefined }
  /** What was asked for: the index pattern, and `definitions`, `data` or both. */
  pattern: string
  only: 'definitions' | 'data' | undefined
  gzip: boolean
  splitSize?: number | undefined
  startedAt: string
  completedAt?: string | undefined
  /**
   * `dump --part i/n`: this manifest is part i of n (`manifest.part-i-of-n.json`), holding slice i of each
   * index; the definitions and dependencies are in part 1's. `load` restores the n parts together.
   */
  part?: Part | undefined
  /** True once every index is complete: a load refuses a backup that is not (unless told). */
  complete: boolean
  /** The templates, pipelines and lifecycle policies the indices depend on (file name and checksum). */
  dependencies?: { name: string; sha256: string } | undefined
  indices: Record<string, BackupIndex>
}

/** `manifest.json`, or `manifest.part-i-of-n.json` for a part. */
export function manifestName(part?: Part): string {
  return part === undefined ? MANIFEST : `manifest.${partName(part)}.json`
}

export function manifestPlace(folder: string, part?: Part): string {
  return joinPlace(folder, manifestName(part))
}

/** The folder's manifest, or the given part's; undefined when there is none. */
export async function readManifest(folder: string, part?: Part): Promise<Manifest | undefined> {
  const place = manifestPlace(folder, part)
  const text = await readPlaceText(place)
  if (text === undefined) return undefined
  let data: Manifest
  try {
    data = JSON.parse(text) as Manifest
  } catch (err) {
    throw new ConfigurationError(`${place} is not JSON (${(err as Error).message}): not an elastream backup`)
  }
  if (data === null || typeof data !== 'object' || data.format !== 'elastream-backup') {
    throw new ConfigurationError(`${place} is not an elastream backup manifest (no "format": "elastream-backup")`)
  }
  if (data.formatVersion !== 1) {
    throw new ConfigurationError(`${place} has format version ${String(data.formatVersion)}; this elastream reads 1`)
  }
  if (data.indices === null || typeof data.indices !== 'object') {
    throw new ConfigurationError(`${place} lists no indices`)
  }
  return data
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writePlaceText(manifestPlace(folder, manifest.part), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** A file name for an index's files: index names are file-safe already, but a backup must not trust that. */
export function fileStem(index: string): string {
  return index.replace(/[^A-Za-z0-9._+-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
