import type { ParseError } from '../errors.js'

const kBadLine = Symbol.for('elastream.badLine')

/**
 * A line a parser could not read, passed on instead of stopping the load (`ndjson.parse({ onBadLine: 'result' })`).
 * `bulkStream` never sends it: it turns it into a failed result, so the count of results still equals the count
 * of lines read and the bad line is reported, not dropped.
 */
export class BadLine {
  readonly [kBadLine] = true
  /** 1-based line number in the input. */
  readonly line: number
  /** The line as read (cut to 1 KiB, so one huge bad line does not pin memory). */
  readonly text: string
  readonly error: ParseError
  constructor(line: number, text: string, error: ParseError) {
    this.line = line
    this.text = text.length > 1024 ? text.slice(0, 1024) : text
    this.error = error
  }
}

/** Works across copies of the package (a Symbol.for brand, not `instanceof`). */
export function isBadLine(value: unknown): value is BadLine {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[kBadLine] === true
}
