/**
 * The input bytes of `load`'s byte path, handed on so that only whole lines ever reach bulk while reading goes
 * on: each chunk up to its last newline, and the bytes after it (a line not complete yet) only together with
 * the chunk that completes it. Views of the chunks, no copy. When reading stops early (Ctrl-C, a broken gzip
 * stream, a read error) the incomplete line is dropped, not sent as a truncated document; at the normal end of
 * the input it is the last line (a file need not end with a newline).
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
}

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
  const chunks = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  // Chunks (or their ends) without a newline yet: the start of the line the next newline completes.
  let pending: Buffer[] = []
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
        pending.push(chunk)
        continue
      }
      // No check for a stop between these yields: once the start of a line is out, its end follows.
      for (const part of pending) yield part
      pending = []
      yield nl + 1 === chunk.length ? chunk : chunk.subarray(0, nl + 1)
      if (nl + 1 < chunk.length) pending.push(chunk.subarray(nl + 1))
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
