import { BadAnswer } from './bad-answer.js'

/**
 * The JSON grammar over bytes that the bulk answer reader is built on: a cursor in a Buffer, whitespace, strings
 * (their content's range, and whether it holds an escape), numbers, literals, and any value skipped with its
 * grammar checked. Whatever a strict JSON parser would refuse throws BadAnswer ("the bulk response is not JSON").
 * Protected members rather than private ones: the reader is a subclass and calls them per byte.
 */

const MAX_DEPTH = 64
const Q = 0x22
const BS = 0x5c
/** What may follow a backslash in a JSON string (besides u): " \ / b f n r t. */
const ESCAPES = [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}

export class JsonBytes {
  protected readonly b: Buffer
  /** `b.length`. */
  protected readonly len: number
  /** The cursor: the next byte to read. */
  protected i = 0
  /** The content range of the last string read, and whether it held an escape. */
  protected ks = 0
  protected ke = 0
  protected kEscaped = false

  constructor(bytes: Buffer) {
    this.b = bytes
    this.len = bytes.length
  }

  protected peek(): number {
    return this.i < this.len ? this.b[this.i]! : -1
  }

  protected next(): number {
    return this.i < this.len ? this.b[this.i++]! : -1
  }

  protected ws(): void {
    const b = this.b
    let i = this.i
    while (i < this.len) {
      const c = b[i]!
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
      i++
    }
    this.i = i
  }

  protected expect(c: number, what: string): void {
    if (this.next() !== c) this.bad(what)
  }

  protected bad(what: string): never {
    throw new BadAnswer(`the bulk response is not JSON: expected ${what} at byte ${Math.max(0, this.i - 1)}`)
  }

  /** A string at the cursor: sets `ks`/`ke` to its content and `kEscaped`. */
  protected key(): void {
    this.expect(Q, 'a string')
    const b = this.b
    let i = this.i
    const start = i
    let escaped = false
    for (;;) {
      if (i >= this.len) {
        this.i = i
        this.bad('the end of a string')
      }
      const c = b[i]!
      if (c === Q) break
      if (c === BS) {
        escaped = true
        const e = i + 1 < this.len ? b[i + 1]! : -1
        if (e === 0x75) {
          // \uXXXX: four hex digits.
          for (let j = i + 2; j < i + 6; j++) {
            if (j >= this.len || !isHex(b[j]!)) {
              this.i = j
              this.bad('four hex digits after \\u')
            }
          }
          i += 6
          continue
        }
        if (!ESCAPES.includes(e)) {
          this.i = i + 1
          this.bad('an escape JSON knows after \\')
        }
        i += 2
        continue
      }
      if (c < 0x20) {
        this.i = i + 1
        this.bad('no control character in a string')
      }
      i++
    }
    this.ks = start
    this.ke = i
    this.kEscaped = escaped
    this.i = i + 1
  }

  protected keyIs(k: Buffer): boolean {
    const len = this.ke - this.ks
    if (len !== k.length) return false
    const b = this.b
    for (let j = 0; j < len; j++) if (b[this.ks + j] !== k[j]) return false
    return true
  }

  /** A number as JSON writes it: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?; anything else is not JSON. */
  protected number(): void {
    const b = this.b
    const n = this.len
    let i = this.i
    const digits = (): number => {
      const from = i
      while (i < n && b[i]! >= 0x30 && b[i]! <= 0x39) i++
      return i - from
    }
    if (b[i] === 0x2d) i++
    if (b[i] === 0x30) i++
    else if (digits() === 0) {
      this.i = i + 1
      this.bad('a digit')
    }
    if (i < n && b[i] === 0x2e) {
      i++
      if (digits() === 0) {
        this.i = i + 1
        this.bad('a digit after the decimal point')
      }
    }
    if (i < n && (b[i] === 0x65 || b[i] === 0x45)) {
      i++
      if (i < n && (b[i] === 0x2b || b[i] === 0x2d)) i++
      if (digits() === 0) {
        this.i = i + 1
        this.bad('a digit in the exponent')
      }
    }
    this.i = i
  }

  /**
   * Skips one JSON value, checking its grammar (strings, numbers, literals, nesting). `level` is how deep the
   * value sits (the answer itself is 1): an object or array deeper than MAX_DEPTH makes the answer bad.
   */
  protected skip(level: number): void {
    const c = this.peek()
    if (c === Q) {
      this.key()
      return
    }
    if (c === 0x7b || c === 0x5b) {
      if (level > MAX_DEPTH) this.bad(`nesting of at most ${MAX_DEPTH}`)
      const close = c === 0x7b ? 0x7d : 0x5d
      this.i++
      this.ws()
      if (this.peek() === close) {
        this.i++
        return
      }
      for (;;) {
        this.ws()
        if (c === 0x7b) {
          this.key()
          this.ws()
          this.expect(0x3a, "':'")
          this.ws()
        }
        this.skip(level + 1)
        this.ws()
        const d = this.next()
        if (d === close) return
        if (d !== 0x2c) this.bad(c === 0x7b ? "',' or '}'" : "',' or ']'")
      }
    }
    if (c === 0x74) return this.literal('true')
    if (c === 0x66) return this.literal('false')
    if (c === 0x6e) return this.literal('null')
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number()
    this.bad('a value')
  }

  protected literal(word: string): void {
    for (let j = 0; j < word.length; j++) {
      if (this.next() !== word.charCodeAt(j)) this.bad(word)
    }
  }
}

