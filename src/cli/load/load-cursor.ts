/**
 * `load FILE --resume`: the cursor of a plain NDJSON file, the byte offset (in the decompressed bytes, and from
 * the start of the part with `--part`) up to which every line is acknowledged: indexed, or failed and written
 * to the dead-letter file. bulkStream's `position` says how far that is, whatever order its batches were
 * answered in; a position counts only once the failures before it have been handled, so the cursor is never
 * ahead. It is saved beside the input (or at `--cursor FILE`) every few seconds and when the load stops, with
 * the input's size, modification time and a checksum of its first bytes: a changed input is refused.
 */
import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Transform } from 'node:stream'
import { ConfigurationError } from '../../errors.js'
import { loadCursor, saveCursor } from '../cursor.js'
import type { Part } from '../part-option.js'

/** Bytes of the input's head that its checksum covers. */
const HEAD_BYTES = 64 * 1024

/** What the input was when its cursor was saved. */
export interface InputIdentity {
  size: number
  mtimeMs: number
  /** sha256 of its first 64 KiB as stored (compressed if gzip), hex. */
  head: string
}

/** What a plain file's cursor holds besides the command, the file and the index. */
export interface FilePosition {
  /** Decompressed bytes from the start of the file (or of the part) before which every line is acknowledged. */
  offset: number
  /** The lines before `offset` (a resumed load numbers its lines from the next). */
  line: number
  part: string | undefined
  input: InputIdentity
}

/** `.elastream-load-<file>[-part-i-of-n].cursor.json` beside the input, unless `--cursor` names one. */
export function loadCursorPath(file: string, part: Part | undefined, given: string | undefined): string {
  if (given !== undefined) return given
  const name = basename(file).replace(/[^A-Za-z0-9._-]/g, '_')
  const suffix = part === undefined ? '' : `-part-${part.index}-of-${part.count}`
  return join(dirname(file), `.elastream-load-${name}${suffix}.cursor.json`)
}

export async function inputIdentity(file: string): Promise<InputIdentity> {
  const info = await stat(file)
  const handle = await open(file)
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size))
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return {
      size: info.size,
      mtimeMs: info.mtimeMs,
      head: createHash('sha256').update(head.subarray(0, bytesRead)).digest('hex'),
    }
  } finally {
    await handle.close()
  }
}

/** The saved position of `file` into `index`; refuses a cursor of another file, index or part, or a changed file. */
export async function readFilePosition(
  path: string,
  file: string,
  index: string,
  part: Part | undefined,
): Promise<{ position: FilePosition; done: number }> {
  const saved = await loadCursor(path, { command: 'load', source: file, dest: index })
  const position = saved.cursor as FilePosition | undefined
  if (position === undefined || typeof position.offset !== 'number' || position.input === undefined) {
    throw new ConfigurationError(`--resume: ${path} is not the cursor of a file load (a backup folder's, perhaps)`)
  }
  // A cursor edited or damaged by hand: a negative offset would skip from the end of the first chunk.
  const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0
  const input = position.input as Partial<InputIdentity> | null
  if (
    !count(position.offset) ||
    !count(position.line) ||
    input === null ||
    typeof input !== 'object' ||
    !count(input.size) ||
    typeof input.mtimeMs !== 'number' ||
    typeof input.head !== 'string'
  ) {
    throw new ConfigurationError(
      `--resume: ${path} is damaged (offset ${JSON.stringify(position.offset)}, line ${JSON.stringify(position.line)}, ` +
        'input identity incomplete or not numbers): load the file again without --resume',
    )
  }
  const wanted = part === undefined ? undefined : `${part.index}/${part.count}`
  if ((position.part ?? undefined) !== wanted) {
    throw new ConfigurationError(
      `--resume: ${path} was saved by a load of ${position.part === undefined ? 'the whole file' : `--part ${position.part}`}, not of ${wanted === undefined ? 'the whole file' : `--part ${wanted}`}`,
    )
  }
  const now = await inputIdentity(file)
  const was = position.input
  const changed = [
    now.size !== was.size ? `size ${was.size} -> ${now.size} bytes` : undefined,
    now.mtimeMs !== was.mtimeMs ? `modified ${new Date(was.mtimeMs).toISOString()} -> ${new Date(now.mtimeMs).toISOString()}` : undefined,
    now.head !== was.head ? 'its first bytes differ' : undefined,
  ].filter((x) => x !== undefined)
  if (changed.length > 0) {
    throw new ConfigurationError(
      `--resume: ${file} changed since its cursor ${path} was saved (${changed.join(', ')}); ` +
        'a cursor is a byte offset, which means nothing in another file: load it again without --resume',
    )
  }
  return { position, done: saved.done }
}

/**
 * Drops the first `offset` bytes of a stream: a resumed load reads (and gunzips) them again, and skips them. An
 * input that ends before `offset` is not the one the cursor was saved for (a gzip file's decompressed size is
 * not checked before): an error, not a load of nothing.
 */
export function skipBytes(offset: number): Transform {
  let left = offset
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (left === 0) return cb(null, chunk)
      const drop = Math.min(left, chunk.length)
      left -= drop
      cb(null, drop === chunk.length ? undefined : chunk.subarray(drop))
    },
    flush(cb) {
      if (left === 0) return cb()
      cb(new ConfigurationError(`--resume: the cursor is at byte ${offset}, but the input ends at byte ${offset - left}`))
    },
  })
}

/** How far a consumer has handled bulk's results, and bulk's position then: a safe cursor once handled. */
interface Snapshot {
  offset: number
  line: number
  items: number
  results: number
}

/**
 * Keeps the latest cursor that is safe to save: bulk's position taken now counts once the sink has handled as
 * many results as bulk had pushed when it was taken (the failures before it are then in the dead-letter file).
 */
export class FileCursor {
  readonly #path: string
  readonly #file: string
  readonly #index: string
  readonly #base: FilePosition
  readonly #doneBefore: number
  #pending: Snapshot[] = []
  #safe: Snapshot
  #handled = 0
  #saving: Promise<void> = Promise.resolve()

  constructor(path: string, file: string, index: string, base: FilePosition, doneBefore: number) {
    this.#path = path
    this.#file = file
    this.#index = index
    this.#base = base
    this.#doneBefore = doneBefore
    this.#safe = { offset: 0, line: base.line, items: 0, results: 0 }
  }

  get path(): string {
    return this.#path
  }

  /** bulk's position now (relative to where this run started reading). */
  offer(position: Snapshot | undefined): void {
    if (position === undefined) return
    this.#pending.push(position)
    this.#promote()
  }

  /** The sink finished handling one more result. */
  handled(): void {
    this.#handled++
    this.#promote()
  }

  /** The file offset the next save writes. */
  get offset(): number {
    return this.#base.offset + this.#safe.offset
  }

  /** Documents acknowledged in this run, as far as the safe cursor goes. */
  get items(): number {
    return this.#safe.items
  }

  /** Writes the safe cursor (tmp file + rename); saves run one after another. */
  save(): Promise<void> {
    const data = {
      command: 'load' as const,
      source: this.#file,
      dest: this.#index,
      done: this.#doneBefore + this.#safe.items,
      cursor: { ...this.#base, offset: this.offset, line: this.#safe.line } satisfies FilePosition,
    }
    this.#saving = this.#saving.catch(() => {}).then(() => saveCursor(this.#path, data))
    return this.#saving
  }

  /** Waits for a save under way (a periodic one), so that a cursor removed after it stays removed. */
  async idle(): Promise<void> {
    await this.#saving.catch(() => {})
  }

  #promote(): void {
    while (this.#pending.length > 0 && this.#pending[0]!.results <= this.#handled) this.#safe = this.#pending.shift()!
  }
}
