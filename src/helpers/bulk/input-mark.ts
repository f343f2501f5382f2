/**
 * The contiguous low-water mark of an input: items are taken in input order, each with the input position
 * just after it, and settle in any order (batches answer out of order, retries come back later); the mark
 * passes an item only once it and every item before it have settled. So the mark is never ahead of an item
 * whose outcome is still open: a resume from it re-reads what may not be done, and skips only what is.
 *
 * Items are numbered from 0 in the order taken. Memory is the span between the oldest open item and the
 * newest taken (two typed arrays used as a ring), not the whole input.
 */
export class InputMark {
  /** Position after each open item, its line, and whether it settled, at `seq % capacity`. */
  #after: Float64Array
  #lines: Float64Array
  #settled: Uint8Array
  /** The next seq `take` gives. */
  #next = 0
  /** Items the mark has passed (the seq of the first one it has not). */
  #through = 0
  #position: number
  #line = 0

  /** `start`, `startLine`: the position before the first item (where the input was opened) and its line. */
  constructor(start = 0, startLine = 0, capacity = 1024) {
    this.#position = start
    this.#line = startLine
    this.#after = new Float64Array(capacity)
    this.#lines = new Float64Array(capacity)
    this.#settled = new Uint8Array(capacity)
  }

  /**
   * Records an item as taken, `after` being the input position just past it and `line` the number of lines
   * the input has up to there (0 when it has no lines); returns its seq.
   */
  take(after: number, line = 0): number {
    if (this.#next - this.#through === this.#after.length) this.#grow()
    const seq = this.#next++
    const at = seq % this.#after.length
    this.#after[at] = after
    this.#lines[at] = line
    this.#settled[at] = 0
    return seq
  }

  /** The item's outcome is final: the mark moves over it and every settled item after it, in order. */
  settle(seq: number): void {
    if (seq < this.#through || seq >= this.#next) return
    const capacity = this.#after.length
    this.#settled[seq % capacity] = 1
    while (this.#through < this.#next && this.#settled[this.#through % capacity] === 1) {
      this.#position = this.#after[this.#through % capacity]!
      this.#line = this.#lines[this.#through % capacity]!
      this.#through++
    }
  }

  /** Items settled from the first one on without a gap. */
  get through(): number {
    return this.#through
  }

  /** The input position just past the last of them (the start position when there is none). */
  get position(): number {
    return this.#position
  }

  /** The lines up to `position` (as given to `take`). */
  get line(): number {
    return this.#line
  }

  /** Items taken and not passed by the mark. */
  get open(): number {
    return this.#next - this.#through
  }

  #grow(): void {
    const old = this.#after.length
    const after = new Float64Array(old * 2)
    const lines = new Float64Array(old * 2)
    const settled = new Uint8Array(old * 2)
    for (let seq = this.#through; seq < this.#next; seq++) {
      after[seq % (old * 2)] = this.#after[seq % old]!
      lines[seq % (old * 2)] = this.#lines[seq % old]!
      settled[seq % (old * 2)] = this.#settled[seq % old]!
    }
    this.#after = after
    this.#lines = lines
    this.#settled = settled
  }
}
