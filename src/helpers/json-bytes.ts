/**
 * Where a JSON value ends, found from its bytes without building it: the one structural walk behind raw search
 * pages (`raw-page.ts`, hits copied byte for byte) and dump lines in `elastream load` (`cli/load/hit-line.ts`).
 * The walk checks the grammar as JSON.parse does (RFC 8259: escapes, control characters, numbers, literals,
 * commas and colons), so a value it measures is one JSON.parse accepts: bytes copied from a page or a line are
 * never something a JSON parser would refuse. Strings are found with `indexOf` for their closing quote (native,
 * and most of a document's bytes are in strings), then their bytes are checked in one tight loop. Nesting is
 * kept in an array, not on the call stack, so any depth JSON.parse reads is read. Both functions answer -1 when
 * the value is not valid JSON or does not close before `end`; the callers decide whether that is an error or a
 * reason to parse. Invalid UTF-8 is not refused (JSON.parse reads such bytes as U+FFFD too).
 */

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const OPEN_OBJECT = 0x7b
export const CLOSE_OBJECT = 0x7d
export const OPEN_ARRAY = 0x5b
export const CLOSE_ARRAY = 0x5d
export const COMMA = 0x2c
export const COLON = 0x3a

/** JSON whitespace (RFC 8259: space, tab, newline, carriage return). */
export function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d
}

/** What may follow a backslash in a string, besides `u`: `" \\ / b f n r t`. */
const ESCAPE = new Uint8Array(128)
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1

function isHex(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66))
}

/**
 * The index just past the closing quote of the string opening at `bytes[at]`, or -1 when it does not close
 * before `end` or is not a JSON string (a control character, an unknown escape, `\u` without four hex digits).
 */
export function stringEnd(bytes: Buffer, at: number, end: number): number {
  let i = at + 1
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i)
    if (quote === -1 || quote >= end) return -1
    for (; i < quote; i++) {
      const b = bytes[i]!
      if (b < 0x20) return -1
      if (b === BACKSLASH) {
        const e = bytes[i + 1]!
        if (e === 0x75) {
          if (!isHex(bytes[i + 2]) || !isHex(bytes[i + 3]) || !isHex(bytes[i + 4]) || !isHex(bytes[i + 5])) return -1
          i += 5
        } else if (e < 128 && ESCAPE[e] === 1) {
          i++
        } else {
          return -1
        }
      }
    }
    // Past the quote: it was escaped (\"), look for the next one.
    if (i === quote) return quote + 1
  }
}

/** The index just past the number, true, false or null at `bytes[at]`, or -1 when there is none. */
function scalarEnd(bytes: Buffer, at: number, end: number): number {
  const first = bytes[at]
  if (first === 0x74) return literalEnd(bytes, at, end, TRUE)
  if (first === 0x66) return literalEnd(bytes, at, end, FALSE)
  if (first === 0x6e) return literalEnd(bytes, at, end, NULL)
  // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  let i = at
  if (bytes[i] === 0x2d) i++
  const digits = (): number => {
    const from = i
    while (i < end && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++
    return i - from
  }
  if (i < end && bytes[i] === 0x30) i++
  else if (digits() === 0) return -1
  if (i < end && bytes[i] === 0x2e) {
    i++
    if (digits() === 0) return -1
  }
  if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
    i++
    if (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d)) i++
    if (digits() === 0) return -1
  }
  return i
}

const TRUE = Buffer.from('true')
const FALSE = Buffer.from('false')
const NULL = Buffer.from('null')

function literalEnd(bytes: Buffer, at: number, end: number, word: Buffer): number {
  if (at + word.length > end) return -1
  for (let j = 1; j < word.length; j++) if (bytes[at + j] !== word[j]) return -1
  return at + word.length
}

function spaceEnd(bytes: Buffer, at: number, end: number): number {
  let i = at
  while (i < end && isSpace(bytes[i])) i++
  return i
}

/** Past `"key" :` and the whitespace after it, at the member's value; -1 when that is not there. */
function memberValue(bytes: Buffer, at: number, end: number): number {
  if (bytes[at] !== QUOTE) return -1
  const keyEnd = stringEnd(bytes, at, end)
  if (keyEnd === -1) return -1
  const colon = spaceEnd(bytes, keyEnd, end)
  if (colon >= end || bytes[colon] !== COLON) return -1
  return spaceEnd(bytes, colon + 1, end)
}

/**
 * The index just past the JSON value starting at `bytes[at]` (not whitespace), or -1 when it is not one valid
 * JSON value closing before `end`. A number, true, false or null ends where its grammar does.
 */
export function valueEnd(bytes: Buffer, at: number, end: number): number {
  if (at >= end) return -1
  // The closing bracket of each open object or array, innermost last.
  const open: number[] = []
  let i = at
  for (;;) {
    // At a value.
    if (i >= end) return -1
    const b = bytes[i]
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      const close = b === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY
      i = spaceEnd(bytes, i + 1, end)
      if (i < end && bytes[i] === close) {
        i++
      } else {
        open.push(close)
        if (close === CLOSE_OBJECT && (i = memberValue(bytes, i, end)) === -1) return -1
        continue
      }
    } else if (b === QUOTE) {
      if ((i = stringEnd(bytes, i, end)) === -1) return -1
    } else if ((i = scalarEnd(bytes, i, end)) === -1) {
      return -1
    }
    // After a value: close what it ends, or go on to the next element or member.
    for (;;) {
      if (open.length === 0) return i
      i = spaceEnd(bytes, i, end)
      if (i >= end) return -1
      const c = bytes[i]
      if (c === open[open.length - 1]) {
        open.pop()
        i++
        continue
      }
      if (c !== COMMA) return -1
      i = spaceEnd(bytes, i + 1, end)
      if (open[open.length - 1] === CLOSE_OBJECT && (i = memberValue(bytes, i, end)) === -1) return -1
      break
    }
  }
}
