/**
 * The page loop of `dump` and of a backup's data files: hits of a raw scan turned into dump lines, handed over
 * a chunk at a time, when the scan has no hit ready (a page is done) or the chunk is full. Ctrl-C (the signal)
 * and the caller (`added` answering false, at `--limit`) stop it after the hit just added, which the scan
 * already counts as consumed and so must reach the output: the scan's cursor never points past what is written.
 */
import type { Readable } from 'node:stream'
import type { RawHit } from '../../helpers/scan/raw-page.js'
import { DumpLines } from './dump-lines.js'

/** Chunk size at which lines are written without waiting for the page to be done. */
export const FLUSH_BYTES = 192 * 1024

export interface DrainOptions {
  /** Write each document source alone (`--source-only`). */
  sourceOnly: boolean
  /** Ctrl-C: stop after the hit just added. */
  signal: AbortSignal
  /** Called with each chunk of lines and the documents in it; the next chunk waits until it resolves. */
  write: (chunk: Buffer, docs: number) => Promise<void>
  /**
   * `--transform`: each line (as text, without newline) and its hit; answers the line to write instead, or
   * undefined to leave the document out.
   */
  transform?: (line: string, hit: RawHit) => Promise<string | undefined>
  /** Called with each line's length as it is added; false stops after that line (`--limit`). */
  added?: (bytes: number) => boolean
}

/**
 * Reads the scan until it ends or is stopped, writing what was read; rejects with the scan's or the write's
 * error. The scan is destroyed when the loop stops early (it keeps its point in time when asked to, for
 * `--resume`).
 */
export async function drainScan(hits: Readable, o: DrainOptions): Promise<void> {
  const lines = new DumpLines(o.sourceOnly)
  const flush = async () => {
    if (lines.docs === 0) return
    const { chunk, docs } = lines.take()
    await o.write(chunk, docs)
  }
  try {
    reading: for (;;) {
      let hit: RawHit | null
      while ((hit = hits.read() as RawHit | null) !== null) {
        const bytes = lines.add(hit)
        if (o.transform !== undefined) {
          const line = await o.transform(lines.removeLast(bytes), hit)
          if (line !== undefined) lines.addLine(line)
        }
        const go = o.added?.(bytes) ?? true
        if (o.signal.aborted || !go) break reading
        if (lines.bytes >= FLUSH_BYTES) await flush()
      }
      await flush()
      if (!(await more(hits))) break
    }
    await flush()
  } finally {
    if (!hits.destroyed) hits.destroy()
  }
}

/** Waits until the scan has a hit to read (true), or has ended (false); rejects with its error. */
export function more(stream: Readable): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (stream.errored) return reject(stream.errored)
    if (stream.readableEnded || stream.destroyed) return resolve(false)
    if (stream.readableLength > 0) return resolve(true)
    const done = (value: boolean | Error) => {
      stream.off('readable', onReadable)
      stream.off('end', onEnd)
      stream.off('error', onError)
      stream.off('close', onClose)
      if (value instanceof Error) reject(value)
      else resolve(value)
    }
    const onReadable = () => done(stream.readableLength > 0 || !stream.readableEnded)
    const onEnd = () => done(false)
    const onError = (err: Error) => done(err)
    const onClose = () => done(stream.errored ?? false)
    stream.on('readable', onReadable)
    stream.on('end', onEnd)
    stream.on('error', onError)
    stream.on('close', onClose)
  })
}
