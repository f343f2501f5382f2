/**
 * `load`'s `--limit N` and `--transform` on NDJSON input, as a stage between the input bytes and the line path
 * (whole-lines.ts, bulk). Its output is NDJSON again, one line out per line in, so the line numbers of failures
 * and of the dead letter file stay those of the input file: a dropped document leaves an empty line, which
 * bulk counts and skips.
 *
 * A document is a line with something else than JSON whitespace on it (bulk's own rule). `--limit N` ends the
 * stage, as the end of a file would, right after the N-th document's line: exactly N documents go on, and the
 * input is let go. Without a transform the bytes pass as they are (no line held whole, whatever its length).
 */
import type { Readable } from 'node:stream'
import { NdjsonLines } from '../../helpers/bulk/ndjson-lines.js'
import type { DocumentTransform } from '../transform-module.js'
import { CliError } from '../errors.js'

const NL = 0x0a

export interface LoadLinesOptions {
  limit?: number | undefined
  transform?: DocumentTransform | undefined
  /** The longest line a transform gets (longer ones stop the load, as bulk refuses them). */
  maxLineLength: number
}

export function loadLines(source: Readable, o: LoadLinesOptions): AsyncGenerator<Buffer> {
  return o.transform === undefined ? limitedBytes(source, o.limit ?? Infinity) : transformedLines(source, o, o.transform)
}

/** Whether a byte is JSON whitespace (or the carriage return of a CRLF line). */
function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d
}

/** The bytes up to the end of the `limit`-th document line, untouched. */
async function* limitedBytes(source: Readable, limit: number): AsyncGenerator<Buffer> {
  if (limit <= 0) {
    source.destroy()
    return
  }
  let docs = 0
  // Whether the line being read (maybe begun in an earlier chunk) has a non-blank byte yet.
  let filled = false
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let at = 0
      while (at < chunk.length) {
        const nl = chunk.indexOf(NL, at)
        const end = nl === -1 ? chunk.length : nl
        if (!filled) {
          let i = at
          while (i < end && isSpace(chunk[i])) i++
          // A byte order mark is no whitespace for bulk either: the line is then a (bad) document.
          filled = i < end
        }
        if (nl === -1) break
        if (filled && ++docs >= limit) {
          yield chunk.subarray(0, nl + 1)
          return
        }
        filled = false
        at = nl + 1
      }
      yield chunk
    }
  } finally {
    if (!source.destroyed) source.destroy()
  }
}

/** Each line parsed, given to the transform, and written as it returns it (an empty line when dropped). */
async function* transformedLines(source: Readable, o: LoadLinesOptions, transform: DocumentTransform): AsyncGenerator<Buffer> {
  const limit = o.limit ?? Infinity
  let docs = 0
  let written = 0
  let lines: Array<{ text: string; line: number }> = []
  let tooLong: number | undefined
  const splitter = new NdjsonLines(
    {
      line: (bytes, start, end, line) => lines.push({ text: bytes.toString('utf8', start, end), line }),
      tooLong: (line) => (tooLong ??= line),
    },
    o.maxLineLength,
  )
  const take = async function* (): AsyncGenerator<Buffer> {
    if (tooLong !== undefined) {
      throw new CliError(`--transform: line ${tooLong} is longer than ${o.maxLineLength} bytes; it cannot be parsed whole`)
    }
    const parts: string[] = []
    let failure: unknown
    try {
      for (const { text, line } of lines) {
        if (docs >= limit) break
        docs++
        // Blank lines between documents (skipped by the splitter) come out as blank lines: same numbering.
        const out = await transform.apply(text, { line })
        parts.push('\n'.repeat(line - written - 1), (out ?? '') + '\n')
        written = line
      }
    } catch (err) {
      failure = err
    }
    lines = []
    // The documents before a failing one still load, then the load stops with its error.
    if (parts.length > 0) yield Buffer.from(parts.join(''))
    if (failure !== undefined) throw failure
  }
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      splitter.write(chunk)
      yield* take()
      if (docs >= limit) return
    }
    splitter.end()
    yield* take()
  } finally {
    if (!source.destroyed) source.destroy()
  }
}
