/**
 * The input bytes of `load`'s byte path, handed on as they come (views of the chunks, no copy, nothing held), so
 * that only whole lines ever reach the index: when reading stops early (Ctrl-C, a broken gzip stream, a read
 * error) it says so (`cut`), and bulk drops the line the stop cut instead of sending it as a truncated document
 * (`bulkStream.inputCut()`); at the normal end of the input an unterminated last line is a line (a file need not
 * end with a newline). Holding a cut line here until its newline came held any line whole: a 1.5 GB line from a
 * small gzip file took 1.9 GB, where bulk refuses a line as soon as it passes its 100 MiB limit.
 */
import type { Readable } from 'node:stream'


export interface WholeLinesControl {
  /**
   * Aborted when the load stops reading (Ctrl-C): the generator ends at once, even while it waits for a chunk
   * on a quiet pipe (a destroyed stream built on a generator only closes once its pending read settles).
   */
  signal: AbortSignal
  /** A read error that is not from stopping: the load reports it after loading what was read. */
  failed(err: unknown): void
  /** Reading stopped before the end of the input (a stop, a read error): the last line handed on may be cut. */
  cut(): void
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
  let ended = false
  try {
    for (;;) {
      const next = await nextOrStop(chunks, signal)
      if (next === STOP || signal.aborted) return
      if (next.done) {
        ended = true
        return
      }
      yield next.value
    }
  } catch (err) {
    if (!signal.aborted) control.failed(err)
  } finally {
    if (!ended) {
      // Stopped, failed, or its reader went away: the line being read is cut; let go of the source at once.
      control.cut()
      if (!source.destroyed) source.destroy()
    }
  }
}
