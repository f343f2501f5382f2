/**
 * Cursor files for `--resume`: where a dump or reindex stopped, written atomically
 * (temp file + rename) so a second Ctrl-C or a crash mid-write never leaves half a cursor.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { ConfigurationError } from '../errors.js'

export interface CursorFile {
  /** Which command wrote it; a dump cursor must not resume a reindex. */
  command: 'dump' | 'reindex' | 'load'
  /** The source index (and destination for reindex), checked on resume. */
  source: string
  dest?: string | undefined
  /** `--part i/n` of the run that saved it (`2/3`), checked on resume: a part resumes only itself. */
  part?: string | undefined
  /** Documents already written or acknowledged before the stop. */
  done: number
  /** Bytes already written (dump to a file: where appending resumes). */
  bytes?: number | undefined
  /** The scan helper's cursor, stored as it gave it. */
  cursor: unknown
  /** dump to S3: the multipart upload to continue (its id and the parts stored), see s3-part-output.ts. */
  upload?: unknown
  savedAt: string
}

/** The default cursor file name: in the working directory, named after command and index. */
export function defaultCursorPath(command: string, source: string, dest?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_')
  return `.elastream-${command}-${safe(source)}${dest ? `-${safe(dest)}` : ''}.cursor.json`
}

export async function saveCursor(path: string, data: Omit<CursorFile, 'savedAt'>): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, `${JSON.stringify({ ...data, savedAt: new Date().toISOString() }, null, 2)}\n`)
  await rename(tmp, path)
}

export async function loadCursor(
  path: string,
  expect: Pick<CursorFile, 'command' | 'source' | 'dest' | 'part'>,
): Promise<CursorFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') {
      throw new ConfigurationError(
        `--resume: no cursor file at ${path}; nothing to resume (give --cursor FILE if it is elsewhere)`,
      )
    }
    throw err
  }
  let data: CursorFile
  try {
    data = JSON.parse(text) as CursorFile
  } catch {
    throw new ConfigurationError(`--resume: ${path} is not a cursor file (not JSON)`)
  }
  if (
    data.command !== expect.command ||
    data.source !== expect.source ||
    (data.dest ?? undefined) !== expect.dest ||
    (data.part ?? undefined) !== expect.part
  ) {
    const what = `${data.command} ${data.source}${data.dest ? ` ${data.dest}` : ''}${data.part ? ` --part ${data.part}` : ''}`
    throw new ConfigurationError(`--resume: ${path} was saved by "${what}", not by this command`)
  }
  return data
}

export async function removeCursor(path: string): Promise<void> {
  await rm(path, { force: true })
}
