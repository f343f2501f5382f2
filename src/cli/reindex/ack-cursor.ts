/**
 * The resume position that `--resume` may trust: the scan's cursor as it stood right after the last document
 * of an unbroken run of acknowledged ones. The scan's own cursor says what was *taken* from it; documents taken
 * but still in a bulk request (reindex) or in a write buffer (dump) are not done, and a cursor past them would
 * make a resumed run skip them. So each taken document is recorded with the cursor after it, and the position
 * only moves over documents whose outcome is final, in the order they were taken, whatever order they settle in.
 */
export class AckCursor<C> {
  /** Taken and not yet passed by the position: the cursor after each, and whether it settled. */
  #pending: Array<{ after: C | undefined; settled: boolean }> = []
  /** Ordinal of `#pending[0]`. */
  #first = 0
  /** Index in `#pending` of the first document not passed yet. */
  #head = 0
  #cursor: C | undefined
  #done = 0

  /** `start`: the position before the first document (the cursor a resumed run started from). */
  constructor(start?: C) {
    this.#cursor = start
  }

  /** Records a document as taken; `after` is the scan's cursor right after it. Returns its ordinal. */
  take(after: C | undefined): number {
    this.#pending.push({ after, settled: false })
    return this.#first + this.#pending.length - 1
  }

  /** The document's outcome is final (indexed, or failed and reported): the position may pass it. */
  settle(ordinal: number): void {
    const entry = this.#pending[ordinal - this.#first]
    if (entry === undefined || entry.settled) return
    entry.settled = true
    const pending = this.#pending
    while (this.#head < pending.length && pending[this.#head]!.settled) {
      this.#cursor = pending[this.#head]!.after
      this.#head++
      this.#done++
    }
    // Drop the passed entries now and then rather than shifting the array at every step.
    if (this.#head > 1024 && this.#head * 2 > pending.length) {
      this.#pending = pending.slice(this.#head)
      this.#first += this.#head
      this.#head = 0
    }
  }

  /** The cursor after the last document of the settled run (the start cursor when none settled yet). */
  get cursor(): C | undefined {
    return this.#cursor
  }

  /** Documents the position has passed. */
  get done(): number {
    return this.#done
  }
}
