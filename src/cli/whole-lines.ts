/**
 * The input bytes of `load`'s byte path, handed on so that only whole lines ever reach bulk while reading goes
 * on: each chunk up to its last newline, and the bytes after it (a line not complete yet) only together with
 * the chunk that completes it. Views of the chunks, no copy. When reading stops early (Ctrl-C, a broken gzip
 * stream, a read error) the incomplete line is dropped, not sent as a truncated document; at the normal end of
 * the input it is the last line (a file need not end with a newline).
 *
 * Memory: a line is held only up to `maxLine` bytes (bulk's longest line). A longer one cannot be sent anyway
 * (bulk refuses it as too long and drops the rest of it), so from the chunk that passes the limit on its bytes
 * are handed on as they come, and a stop may cut it: a 1.5 GB line costs no more than a 100 MiB one.
 */
import type { Readable } from 'node:stream'

const NL = 0x0a

export interface WholeLinesControl {
  /**
   * Aborted when the load stops reading (Ctrl-C): the generator ends at once, even while it waits for a chunk
   * on a quiet pipe (a destroyed stream built on a generator only closes once its pending read settles).
   */
  signal: AbortSignal
  /** A read error that is not from stopping: the load reports it after loading what was read. */
  failed(err: unknown): void
  /** Bytes of one line held at most (see above). Default 100 MiB, bulk's own limit. */
  maxLine?: number
}

const MAX_LINE = 100 * 1024 * 1024

const STOP = Symbol('stop')

/**
 * The next chunk, or STOP as soon as the signal aborts. A listener per wait, removed once the chunk comes: one
 * long-lived "stopped" promise raced against every read would keep a reaction per chunk, and through it every
 * chunk read, until the end of the load (the whole input in memory).
 */
function nextOrStop(chunks: AsyncIterator<Buffer>, signal: AbortSignal): Promise<IteratorResult<Buffer> | typeof STOP> {
  if (signal.aborted) return Promise.resolve(STOP)
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(STOP)
    signal.addEventListener('abort', onAbort, { once: true })
    chunks.next().then(
      (result) => {
        signal.removeEventListener('abort', onAbort)
        resolve(result)
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(err)
      },
    )
  })
}

export async function* wholeLines(source: Readable, control: WholeLinesControl): AsyncGenerator<Buffer> {
  const { signal } = control
  const maxLine = control.maxLine ?? MAX_LINE
  const chunks = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  // Chunks (or their ends) without a newline yet: the start of the line the next newline completes.
  const pending: Buffer[] = []
  let held = 0
  // Inside a line longer than maxLine: its bytes go on as they come.
  let passing = false
  let ended = false
  try {
    for (;;) {
      const next = await nextOrStop(chunks, signal)
      if (next === STOP || signal.aborted) return
      if (next.done) {
        ended = true
        break
      }
      const chunk = next.value
      const nl = chunk.lastIndexOf(NL)
      if (nl === -1) {
        if (passing) {
          yield chunk
          continue
        }
        pending.push(chunk)
        held += chunk.length
        if (held > maxLine) {
          passing = true
          // One part at a time, each let go once handed on: the held bytes shrink as bulk takes them.
          while (pending.length > 0) yield pending.shift()!
          held = 0
        }
        continue
      }
      passing = false
      // No check for a stop between these yields: once the start of a line is out, its end follows.
      while (pending.length > 0) yield pending.shift()!
      yield nl + 1 === chunk.length ? chunk : chunk.subarray(0, nl + 1)
      held = 0
      if (nl + 1 < chunk.length) {
        pending.push(chunk.subarray(nl + 1))
        held = chunk.length - nl - 1
      }
    }
  } catch (err) {
    if (!signal.aborted) control.failed(err)
    return
  } finally {
    // Stopped, failed, or its reader went away: let go of the source without waiting for it.
    if (!ended && !source.destroyed) source.destroy()
  }
  for (const part of pending) yield part
}
