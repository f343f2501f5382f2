/**
 * Splits NDJSON bytes into lines without a string per line: chunks in, byte ranges out (`Buffer.indexOf` for
 * the newlines). Only a line cut by a chunk boundary is copied (into one carry buffer). Blank lines are skipped
 * but counted, a trailing `\r` and a leading UTF-8 byte order mark are dropped, and a line longer than
 * `maxLineLength` is reported (not held) while the rest of it is skipped.
 */

const NL = 0x0a
const CR = 0x0d

export interface LineSink {
  /** A line: `bytes[start..end)` without its newline, 1-based `line` number. Copy what you keep. */
  line(bytes: Buffer, start: number, end: number, line: number): void
  /** A line longer than the limit: only its number and first bytes. */
  tooLong(line: number, head: Buffer): void
}

export class NdjsonLines {
  readonly #sink: LineSink
  readonly #max: number
  #carry: Buffer | undefined
  #carried = 0
  #lineNo = 0
  /** Inside a too-long line: drop bytes up to its newline. */
  #skipping = false
  /** Bytes written before the current chunk. */
  #base = 0
  /** See `lineEnd` and `linesToEnd`. */
  #lineEnd = 0
  #linesToEnd = 0
  /** The next line given out is the input's first (it may start with a byte order mark). */
  #bom: boolean

  /** `firstLine`: the number of the first line written (a reader resuming mid-file passes its line there). */
  constructor(sink: LineSink, maxLineLength: number, firstLine = 1) {
    this.#sink = sink
    this.#max = maxLineLength
    this.#lineNo = firstLine - 1
    this.#bom = firstLine === 1
  }

  /**
   * During a sink call, the offset in the bytes written just past the line given out (past its newline), so
   * that a reader may resume after it; for a line too long, the offset where it starts (it is reported before
   * its end is read).
   */
  get lineEnd(): number {
    return this.#lineEnd
  }

  /** During a sink call, the number of the last line before `lineEnd` (counted from `firstLine`). */
  get linesToEnd(): number {
    return this.#linesToEnd
  }

  /** Lines so far (the number of the last line given out or skipped). */
  get lines(): number {
    return this.#lineNo
  }

  write(chunk: Buffer): void {
    const base = this.#base
    let from = 0
    if (this.#skipping || this.#carried > 0) {
      const nl = chunk.indexOf(NL, from)
      const end = nl === -1 ? chunk.length : nl
      if (!this.#skipping) this.#keep(chunk, from, end)
      if (nl === -1) {
        this.#base += chunk.length
        return
      }
      if (this.#skipping) this.#skipping = false
      else {
        this.#lineEnd = base + nl + 1
        this.#emitCarry()
      }
      from = nl + 1
    }
    const sink = this.#sink
    const max = this.#max
    for (;;) {
      const nl = chunk.indexOf(NL, from)
      if (nl === -1) break
      if (nl - from > max) {
        this.#lineEnd = base + from
        this.#tooLong(chunk.subarray(from, from + 1024))
      } else {
        this.#lineEnd = base + nl + 1
        this.#emit(chunk, from, nl, sink)
      }
      from = nl + 1
    }
    if (from < chunk.length) this.#keep(chunk, from, chunk.length)
    this.#base += chunk.length
  }

  /**
   * The last line, when the input does not end with a newline. `cut`: the input stopped before its end (a
   * reader interrupted, a read error), so that line is a cut one, dropped instead of given out.
   */
  end(cut = false): void {
    this.#lineEnd = this.#base
    if (this.#carried > 0 && !this.#skipping && !cut) this.#emitCarry()
    this.#carried = 0
    this.#carry = undefined
  }

  #emit(bytes: Buffer, start: number, end: number, sink: LineSink): void {
    this.#lineNo++
    this.#linesToEnd = this.#lineNo
    const bom = this.#bom
    this.#bom = false
    let e = end
    if (e > start && bytes[e - 1] === CR) e--
    let s = start
    // A byte order mark some editors write at the start of a UTF-8 file is not part of the first line.
    if (bom && e - s >= 3 && bytes[s] === 0xef && bytes[s + 1] === 0xbb && bytes[s + 2] === 0xbf) s += 3
    const from = s
    // Blank lines carry no document (only whitespace: indentation left by an editor).
    while (s < e && (bytes[s] === 0x20 || bytes[s] === 0x09 || bytes[s] === CR)) s++
    if (s === e) return
    sink.line(bytes, from, e, this.#lineNo)
  }

  #emitCarry(): void {
    const carry = this.#carry!
    const n = this.#carried
    this.#carried = 0
    this.#emit(carry, 0, n, this.#sink)
    // A carry grown for one huge line is not kept for the small ones after it.
    if (carry.length > 1 << 20) this.#carry = undefined
  }

  #keep(chunk: Buffer, from: number, to: number): void {
    const n = to - from
    if (this.#carried + n > this.#max) {
      // Only the first KiB is reported, and the carry is let go now, not when the next cut line comes.
      const kept = Math.min(this.#carried, 1024)
      this.#lineEnd = this.#base + from - this.#carried
      const head = Buffer.concat([this.#carry?.subarray(0, kept) ?? Buffer.alloc(0), chunk.subarray(from, Math.min(to, from + 1024 - kept))])
      this.#carried = 0
      this.#carry = undefined
      this.#skipping = true
      this.#tooLong(head)
      return
    }
    let carry = this.#carry
    if (carry === undefined || carry.length < this.#carried + n) {
      // Doubling while small; past 1 MiB, room for the longest line taken at once: its pages cost memory only
      // as they are written, where each doubling held the old carry and the new one together.
      const needed = this.#carried + n
      const grown = Buffer.allocUnsafe(needed > 1 << 20 ? this.#max : Math.min(this.#max, Math.max(4096, needed * 2)))
      if (carry !== undefined) carry.copy(grown, 0, 0, this.#carried)
      carry = grown
      this.#carry = carry
    }
    chunk.copy(carry, this.#carried, from, to)
    this.#carried += n
  }

  #tooLong(head: Buffer): void {
    this.#lineNo++
    this.#linesToEnd = this.#lineNo - 1
    this.#bom = false
    this.#sink.tooLong(this.#lineNo, Buffer.from(head))
  }
}
