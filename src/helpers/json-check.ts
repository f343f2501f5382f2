/**
 * Whether bytes are one JSON text (RFC 8259, UTF-8), decided from the bytes in one pass and without building
 * anything: the single definition of a valid line on `elastream load`'s byte path, whatever the line turns out
 * to be (a plain document sent as its bytes, a dump line of which only `_source` is sent, a line to parse).
 * Refused, like JSON.parse refuses them: `NaN`, `[1,,2]`, `tru`, a trailing comma, comments, single quotes,
 * leading zeros, a raw control character inside a string, a bad escape, content after the value. Also refused
 * (as Elasticsearch refuses them, where JSON.parse of decoded text would not): bytes that are not UTF-8.
 * Whitespace around and between tokens is JSON's own: space, tab, carriage return, line feed.
 *
 * While it walks, it notes where the members of the outermost object are, for the keys a caller wants to look
 * at (chosen by their first byte, so most keys cost nothing): the walk that validates a line also finds its
 * `_id` or `_source`, and nothing is walked twice. Iterative (a stack of container kinds, not recursion), so a
 * deeply nested line cannot overflow the call stack.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

const IN_OBJECT = 1
const IN_ARRAY = 2

/** Bytes that may follow a backslash in a string (`\u` is checked apart). */
const ESCAPES = new Uint8Array(256)
for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1

/** Bytes that stand for themselves inside a string: printable ASCII but the quote and the backslash. */
const PLAIN = new Uint8Array(256)
for (let b = 0x20; b < 0x80; b++) if (b !== QUOTE && b !== BACKSLASH) PLAIN[b] = 1

const HEX = new Uint8Array(256)
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39
}

export class JsonCheck {
  /** Why the last text checked is not JSON ('' when it is), with the 1-based byte of the line where it broke. */
  fault = ''
  /**
   * The outermost object's members whose key was recorded, four numbers each: key start (its opening quote),
   * key end (past its closing quote), value start, value end. In the order written (duplicates included).
   */
  readonly members: number[] = []
  /** How many members the outermost object has (recorded or not); 0 when the value is not an object. */
  topMembers = 0
  #stack: Uint8Array = new Uint8Array(64)
  /** Where the member of the key just read is in `members`, -1 when it is not recorded. */
  #recorded = -1

  /**
   * Checks `bytes[start..end)`. `record[b]` set for the first byte of a key's text (the byte after its quote)
   * records the members of the outermost object with such keys; pass a table with the backslash set to catch
   * escaped spellings too.
   */
  check(bytes: Buffer, start: number, end: number, record?: Uint8Array): boolean {
    this.fault = ''
    this.members.length = 0
    this.topMembers = 0
    let depth = 0
    let i = start
    let memberAt = -1
    // Expecting a value at i (after whitespace).
    for (;;) {
      while (i < end && isSpace(bytes[i]!)) i++
      if (i >= end) return this.#failed(start, i, 'it ends where a value should be')
      const b = bytes[i]!
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (depth === this.#stack.length) this.#stack = this.#grow()
        this.#stack[depth++] = b === OPEN_OBJECT ? IN_OBJECT : IN_ARRAY
        i++
        while (i < end && isSpace(bytes[i]!)) i++
        if (i < end && bytes[i] === (b === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) {
          depth--
          i++
        } else if (b === OPEN_ARRAY) {
          continue
        } else {
          const at = this.#key(bytes, start, i, end, depth === 1, record)
          if (at < 0) return false
          if (depth === 1) memberAt = this.#recorded
          i = at
          continue
        }
      } else if (b === QUOTE) {
        i = this.#string(bytes, start, i, end)
        if (i < 0) return false
      } else if (b === 0x2d || isDigit(b)) {
        i = this.#number(bytes, start, i, end)
        if (i < 0) return false
      } else if (b === 0x74) {
        i = this.#word(bytes, start, i, end, 'true')
        if (i < 0) return false
      } else if (b === 0x66) {
        i = this.#word(bytes, start, i, end, 'false')
        if (i < 0) return false
      } else if (b === 0x6e) {
        i = this.#word(bytes, start, i, end, 'null')
        if (i < 0) return false
      } else {
        return this.#failed(start, i, `unexpected ${describeByte(bytes, i, '')}`)
      }
      // After a value: close containers, or go on to the next member or element.
      for (;;) {
        // The value just completed (a scalar, or a container just closed) is a member of the outermost object.
        if (depth === 1 && memberAt !== -1) {
          this.members[memberAt + 3] = i
          memberAt = -1
        }
        while (i < end && isSpace(bytes[i]!)) i++
        if (depth === 0) {
          if (i < end) return this.#failed(start, i, `unexpected ${describeByte(bytes, i, '')}`)
          return true
        }
        if (i >= end) return this.#failed(start, i, 'it ends inside an object or array')
        const c = bytes[i]!
        const inside = this.#stack[depth - 1]
        if (c === COMMA) {
          i++
          if (inside === IN_OBJECT) {
            while (i < end && isSpace(bytes[i]!)) i++
            const at = this.#key(bytes, start, i, end, depth === 1, record)
            if (at < 0) return false
            if (depth === 1) memberAt = this.#recorded
            i = at
          }
          break
        }
        if ((c === CLOSE_OBJECT && inside === IN_OBJECT) || (c === CLOSE_ARRAY && inside === IN_ARRAY)) {
          depth--
          i++
          continue
        }
        return this.#failed(start, i, `unexpected ${describeByte(bytes, i, '')}`)
      }
    }
  }

  /** A key at `i`, its colon and the whitespace after it: answers where its value starts, or -1. */
  #key(bytes: Buffer, start: number, i: number, end: number, top: boolean, record: Uint8Array | undefined): number {
    if (i >= end) return this.#fail(start, i, 'it ends where a key should be')
    if (bytes[i] !== QUOTE) return this.#unexpected(bytes, start, i)
    const keyEnd = this.#string(bytes, start, i, end)
    if (keyEnd < 0) return -1
    let j = keyEnd
    while (j < end && isSpace(bytes[j]!)) j++
    if (j >= end) return this.#fail(start, j, 'it ends where a colon should be')
    if (bytes[j] !== COLON) return this.#unexpected(bytes, start, j)
    j++
    while (j < end && isSpace(bytes[j]!)) j++
    if (top) this.topMembers++
    if (top && record !== undefined && record[bytes[i + 1]!] === 1) {
      this.#recorded = this.members.length
      this.members.push(i, keyEnd, j, -1)
    } else {
      this.#recorded = -1
    }
    return j
  }

  /** The string opening at `i`: answers the index past its closing quote, or -1. */
  #string(bytes: Buffer, start: number, i: number, end: number): number {
    i++
    while (i < end) {
      // Most bytes of a document are plain ASCII inside strings: one table lookup each.
      while (i < end && PLAIN[bytes[i]!] === 1) i++
      if (i >= end) break
      const b = bytes[i]!
      if (b === QUOTE) return i + 1
      if (b === BACKSLASH) {
        const e = bytes[i + 1]
        if (i + 1 >= end) break
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (i + k >= end) return this.#fail(start, end, 'it ends inside a string')
            if (HEX[bytes[i + k]!] !== 1) return this.#fail(start, i, 'a \\u escape without four hex digits')
          }
          i += 6
        } else if (e !== undefined && ESCAPES[e] === 1) {
          i += 2
        } else {
          return this.#fail(start, i, `an invalid escape ${describeByte(bytes, i + 1, '\\')} in a string`)
        }
      } else if (b < 0x20) {
        return this.#fail(start, i, `a raw control character (0x${hex(b)}) inside a string: it must be escaped`)
      } else if (b < 0x80) {
        i++
      } else {
        const n = utf8Length(bytes, i, end)
        if (n === 0) return this.#fail(start, i, 'bytes that are not UTF-8')
        i += n
      }
    }
    return this.#fail(start, end, 'it ends inside a string')
  }

  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` at `i`: answers where it ends, or -1. */
  #number(bytes: Buffer, start: number, i: number, end: number): number {
    const from = i
    if (bytes[i] === 0x2d) i++
    if (i < end && bytes[i] === 0x30) {
      i++
    } else if (i < end && isDigit(bytes[i]!)) {
      while (i < end && isDigit(bytes[i]!)) i++
    } else {
      return this.#fail(start, from, 'a number without digits')
    }
    if (i < end && bytes[i] === 0x2e) {
      i++
      if (!(i < end && isDigit(bytes[i]!))) return this.#fail(start, from, 'a number with no digit after its point')
      while (i < end && isDigit(bytes[i]!)) i++
    }
    if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
      i++
      if (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d)) i++
      if (!(i < end && isDigit(bytes[i]!))) return this.#fail(start, from, 'a number with no digit in its exponent')
      while (i < end && isDigit(bytes[i]!)) i++
    }
    // A digit right after a complete number is a leading zero (`01`); anything else is the next token's business.
    if (i < end && isDigit(bytes[i]!)) return this.#fail(start, from, 'a number with a leading zero')
    return i
  }

  #word(bytes: Buffer, start: number, i: number, end: number, word: string): number {
    for (let k = 0; k < word.length; k++) {
      if (i + k >= end || bytes[i + k] !== word.charCodeAt(k)) return this.#unexpected(bytes, start, i)
    }
    return i + word.length
  }

  #unexpected(bytes: Buffer, start: number, i: number): number {
    return this.#fail(start, i, `unexpected ${describeByte(bytes, i, '')}`)
  }

  /** Notes why the text is not JSON; answers -1, what the helpers answer for "broken". */
  #fail(start: number, i: number, what: string): number {
    this.fault = `${what} at byte ${i - start + 1}`
    return -1
  }

  #failed(start: number, i: number, what: string): false {
    this.#fail(start, i, what)
    return false
  }

  #grow(): Uint8Array {
    const bigger = new Uint8Array(this.#stack.length * 2)
    bigger.set(this.#stack)
    return bigger
  }
}

/** 2, 3 or 4 for a well-formed UTF-8 sequence of that length at `i` (no overlong form, no surrogate), else 0. */
function utf8Length(bytes: Buffer, i: number, end: number): number {
  const b = bytes[i]!
  let n: number
  let low = 0x80
  let high = 0xbf
  if (b >= 0xc2 && b <= 0xdf) n = 2
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3
    if (b === 0xe0) low = 0xa0
    else if (b === 0xed) high = 0x9f
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4
    if (b === 0xf0) low = 0x90
    else if (b === 0xf4) high = 0x8f
  } else return 0
  if (i + n > end) return 0
  const second = bytes[i + 1]!
  if (second < low || second > high) return 0
  for (let k = 2; k < n; k++) {
    const c = bytes[i + k]!
    if (c < 0x80 || c > 0xbf) return 0
  }
  return n
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0')
}

/** A byte as a reader would name it: `'N'` when printable ASCII, else its hex value; 'the end' past it. */
function describeByte(bytes: Buffer, i: number, prefix: string): string {
  const b = bytes[i]
  if (b === undefined) return 'end'
  return b > 0x20 && b < 0x7f ? `'${prefix}${String.fromCharCode(b)}'` : `byte 0x${hex(b)}`
}
