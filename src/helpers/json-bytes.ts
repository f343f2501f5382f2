/**
 * Where a JSON value ends, found from its bytes without parsing it: the one structural walk behind raw search
 * pages (`raw-page.ts`, hits copied byte for byte) and dump lines in `elastream load` (`cli/hit-line.ts`).
 * Strings are skipped with `indexOf` for their closing quote (native, and most of a document's bytes are in
 * strings), brackets are counted outside strings, and nothing is validated beyond that: the node (or
 * JSON.parse, where a caller falls back to it) is the judge of the rest. Both functions answer -1 when the
 * value does not close before `end`; the callers decide whether that is an error or a reason to parse.
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

/** The index just past the closing quote of the string opening at `bytes[at]`, or -1 when it does not close before `end`. */
export function stringEnd(bytes: Buffer, at: number, end: number): number {
  let from = at + 1
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from)
    if (quote === -1 || quote >= end) return -1
    // Escaped when preceded by an odd number of backslashes.
    let slashes = 0
    for (let j = quote - 1; j > at && bytes[j] === BACKSLASH; j--) slashes++
    if ((slashes & 1) === 0) return quote + 1
    from = quote + 1
  }
}

/**
 * The index just past the JSON value starting at `bytes[at]` (not whitespace), or -1 when it does not close
 * before `end` (or is empty). A number, true, false or null runs to the next `,`, `}`, `]` or control/space byte.
 */
export function valueEnd(bytes: Buffer, at: number, end: number): number {
  const first = bytes[at]
  if (first === QUOTE) return stringEnd(bytes, at, end)
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0
    for (let i = at; i < end; i++) {
      const b = bytes[i]
      if (b === QUOTE) {
        const e = stringEnd(bytes, i, end)
        if (e === -1) return -1
        i = e - 1
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        depth++
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        if (--depth === 0) return i + 1
      }
    }
    return -1
  }
  let i = at
  while (i < end) {
    const b = bytes[i]!
    if (b === COMMA || b === CLOSE_OBJECT || b === CLOSE_ARRAY || b <= 0x20) break
    i++
  }
  return i === at ? -1 : i
}
