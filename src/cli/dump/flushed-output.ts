/**
 * The output of `dump`, keeping count of what really reached it. A line handed to a stream is not written yet: it
 * may wait in the stream's buffer, and a failure (a full disk, the scan dying and the stream destroyed) loses it.
 * `--resume` must only skip what was written, so each chunk is recorded with the scan's cursor after its last
 * document, and that becomes the resume position once the chunk's write callback reports it done.
 */
import type { Writable } from 'node:stream'

export interface Flushed<C> {
  /** Documents written, in order. */
  docs: number
  /** Bytes written. */
  bytes: number
  /** The cursor after the last written document (undefined while nothing was written). */
  cursor: C | undefined
}

export class FlushedOutput<C> {
  readonly flushed: Flushed<C> = { docs: 0, bytes: 0, cursor: undefined }
  readonly #out: Writable
  #handed = { docs: 0, bytes: 0 }
  #pending = 0
  #idle: (() => void) | undefined
  #error: Error | undefined

  /** `start`: where a resumed run started (the position when it writes nothing new). */
  constructor(out: Writable, start?: C) {
    this.#out = out
    this.flushed.cursor = start
    // Kept for the stream's whole life: an error after the end (a failed final flush) must not go unhandled.
    out.on('error', this.#onError)
  }

  /** The first error the output reported (EPIPE, ENOSPC...), if any. */
  get error(): Error | undefined {
    return this.#error
  }

  /** Writes `chunk`, which holds `docs` documents and ends where `cursor` points; resolves when it may go on. */
  async write(chunk: string | Buffer, docs: number, cursor: C | undefined): Promise<void> {
    if (this.#error !== undefined) throw this.#error
    const handed = this.#handed
    handed.docs += docs
    handed.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
    const at = { docs: handed.docs, bytes: handed.bytes }
    this.#pending++
    const more = this.#out.write(chunk, (err) => {
      // Callbacks come in write order, so the last one done is the furthest point written.
      if (err === null || err === undefined) {
        this.flushed.docs = at.docs
        this.flushed.bytes = at.bytes
        this.flushed.cursor = cursor
      } else this.#onError(err)
      if (--this.#pending === 0) this.#idle?.()
    })
    if (!more && this.#error === undefined) await this.#drained()
    if (this.#error !== undefined) throw this.#error
  }

  /** Waits for every chunk handed over to be written (or failed); `end` also ends the stream (a file). */
  async settle(end: boolean): Promise<void> {
    if (this.#pending > 0 && this.#error === undefined) {
      await new Promise<void>((resolve) => {
        this.#idle = resolve
        this.#out.once('close', resolve)
      })
    }
    if (end && !this.#out.destroyed) {
      await new Promise<void>((resolve) => this.#out.end(resolve))
    }
    if (this.#error !== undefined) throw this.#error
  }

  readonly #onError = (err: Error) => {
    this.#error ??= err
    this.#idle?.()
  }

  #drained(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        this.#out.off('drain', done)
        this.#out.off('close', done)
        this.#idle = undefined
        resolve()
      }
      this.#out.once('drain', done)
      this.#out.once('close', done)
      this.#idle = done
    })
  }
}
