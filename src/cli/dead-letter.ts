/**
 * The dead letter file: every document that did not make it, one JSON object per line, with why.
 * Opened on the first failure, so a clean run leaves no empty file behind to wonder about.
 * Each entry keeps the document itself (`doc`, or `raw` for a line that was not JSON) so a
 * fixed-up file can be fed back: `jq -c .doc dead.ndjson | elastream load - --index NAME`.
 */

import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'

export interface DeadLetterEntry {
  /** 1-based input line (load), when known. */
  line?: number | undefined
  /** Document id, when known. */
  id?: string | undefined
  index?: string | undefined
  /** HTTP status of the item (bulk), when there was one. */
  status?: number | undefined
  error: { type?: string | undefined; reason: string }
  /** The document as parsed. */
  doc?: unknown
  /** The input text, when it could not be parsed. */
  raw?: string | undefined
}

export class DeadLetter {
  count = 0
  private stream: WriteStream | undefined
  private failure: Error | undefined
  readonly path: string | undefined
  private readonly append: boolean

  /** `path` undefined: failures are counted but not written anywhere. */
  constructor(path: string | undefined, append = false) {
    this.path = path
    this.append = append
  }

  /**
   * Resolves when the writer may go on (the entry may still be in the stream's buffer); `written` is called once
   * it is written to the file (in order), or at once without a file: what a cursor may count as handled, since
   * a process killed with entries still buffered loses them.
   */
  async write(entry: DeadLetterEntry, written?: () => void): Promise<void> {
    this.count++
    if (this.path === undefined) {
      written?.()
      return
    }
    if (this.failure) throw this.failure
    if (!this.stream) {
      this.stream = createWriteStream(this.path, { flags: this.append ? 'a' : 'w' })
      this.stream.on('error', (err) => {
        this.failure = err
      })
    }
    const done = written === undefined ? undefined : (err?: Error | null) => err ? undefined : written()
    if (!this.stream.write(`${JSON.stringify(entry)}\n`, done)) {
      // Errors also end the wait: 'error' rejects `once` so a full disk surfaces here.
      await once(this.stream, 'drain')
    }
  }

  /** Flushes and closes; resolves once every entry is on disk. */
  async close(): Promise<void> {
    const stream = this.stream
    if (!stream) return
    this.stream = undefined
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject)
      stream.end(() => resolve())
    })
    if (this.failure) throw this.failure
  }
}

/** `{ type, reason }` from whatever a bulk item or a parser reported. */
export function errorSummary(error: unknown): { type?: string | undefined; reason: string } {
  if (error === null || error === undefined) return { reason: 'unknown error' }
  if (typeof error === 'string') return { reason: error }
  if (error instanceof Error) {
    return { type: (error as { code?: string }).code ?? error.name, reason: error.message }
  }
  if (typeof error === 'object') {
    const { type, reason } = error as { type?: unknown; reason?: unknown }
    const caused = (error as { caused_by?: { reason?: unknown } }).caused_by?.reason
    return {
      type: typeof type === 'string' ? type : undefined,
      reason:
        (typeof reason === 'string' ? reason : JSON.stringify(error)) +
        (typeof caused === 'string' ? ` (${caused})` : ''),
    }
  }
  return { reason: String(error) }
}
