/**
 * Where the bytes of a backup (or of a dump file) come from and go to. Every command reads and writes places
 * through these few functions only, so that another kind of place (`s3://bucket/prefix`) plugs in here: a
 * place is a string, a folder place ends without a slash after `joinPlace`, and a file is read and written as
 * a stream. The local file system, and S3 (`s3://bucket/prefix`, s3-places.ts).
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { isS3Url } from './s3/s3.js'
import * as s3 from './s3/s3-places.js'

/** `folder` + `name`, as the place's kind spells it. */
export function joinPlace(folder: string, name: string): string {
  if (isS3Url(folder)) return s3.joinS3Place(folder, name)
  return join(folder, name)
}

/** Whether `place` names a folder: it ends with a slash, or it is an existing directory. */
export async function isFolderPlace(place: string): Promise<boolean> {
  if (isS3Url(place)) return s3.isS3Folder(place)
  if (place.endsWith('/')) return true
  return stat(place).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

/** Makes the folder (and its parents) if missing. */
export async function makeFolder(folder: string): Promise<void> {
  if (isS3Url(folder)) return
  await mkdir(folder, { recursive: true })
}

/** The names of the files directly in `folder`. */
export async function listFolder(folder: string): Promise<string[]> {
  if (isS3Url(folder)) return s3.listS3Folder(folder)
  const entries = await readdir(folder, { withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => e.name)
}

/** The file's size in bytes, or undefined when there is no such file. */
export async function placeSize(place: string): Promise<number | undefined> {
  if (isS3Url(place)) return s3.s3PlaceSize(place)
  return stat(place).then(
    (s) => s.size,
    () => undefined,
  )
}

/** A stream of the file's bytes, from `start` (default 0) to `end` (inclusive, default the end). */
export function openReadable(place: string, range: { start?: number; end?: number } = {}): Readable {
  if (isS3Url(place)) return s3.openS3Readable(place, range)
  return createReadStream(place, { highWaterMark: 256 * 1024, ...range })
}

/** A stream writing the file: new (replacing any), or appended to after its first `keep` bytes. */
export async function openWritable(place: string, keep?: number): Promise<Writable> {
  if (isS3Url(place)) return s3.openS3Writable(place, keep)
  if (keep === undefined) return createWriteStream(place, { flags: 'w' })
  // What a stopped run wrote after its last recorded position is cut off before appending.
  await truncate(place, keep).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err
  })
  return createWriteStream(place, { flags: 'a' })
}

/** The whole file as text, or undefined when there is no such file. */
export async function readPlaceText(place: string): Promise<string | undefined> {
  if (isS3Url(place)) return s3.readS3Text(place)
  try {
    return await readFile(place, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

/** Writes the whole file at once: a reader sees the old content or the new one, never half of it. */
export async function writePlaceText(place: string, text: string): Promise<void> {
  if (isS3Url(place)) return s3.writeS3Text(place, text)
  const tmp = `${place}.${process.pid}.tmp`
  const out = createWriteStream(tmp)
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject)
    out.end(text, () => resolve())
  })
  await rename(tmp, place)
}

/** Removes the file if it is there. */
export async function removePlace(place: string): Promise<void> {
  if (isS3Url(place)) return s3.removeS3Place(place)
  await rm(place, { force: true })
}
