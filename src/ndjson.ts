import { Transform, type TransformOptions } from 'node:stream'
import split2 from 'split2'
import { ConfigurationError, ParseError, SerializationError } from './errors.js'
import { BadLine } from './helpers/bad-line.js'
import { checkKnownOptions } from './options/checks.js'
import { describeValue as describe } from './options/describe-value.js'

export { BadLine, isBadLine } from './helpers/bad-line.js'

export interface NdjsonParseOptions {
  /**
   * Longest accepted line, in characters. Default 100 MiB (Elasticsearch's default `http.max_content_length`):
   * a file without newlines must not grow one string until the process dies.
   */
  maxLineLength?: number
  /**
   * A line that is not JSON (or is too long): 'error' (default) destroys the stream with a ParseError naming
   * the line; 'result' passes a `BadLine` on, which `bulkStream` reports as a failed item without sending it;
   * 'skip' drops it silently (the caller asked for that).
   */
  onBadLine?: 'error' | 'result' | 'skip'
  /**
   * Emit each line as it is (a string), without JSON.parse: `bulkStream` sends such lines untouched, the
   * fastest path for a file that is already JSON. Bad lines then surface as failed items from Elasticsearch.
   * Default false.
   */
  raw?: boolean
  /** Passed to JSON.parse. Default none. */
  reviver?: (key: string, value: unknown) => unknown
  /**
   * A line whose JSON is not an object (an array, a number, a string, null) is a bad line too, handled as
   * `onBadLine` says, so it is reported with its line number (a document must be an object). Default false.
   */
  objectsOnly?: boolean
}

const BLANK = /^[ \t\r]*$/

const PARSE_KNOWN = ['maxLineLength', 'onBadLine', 'raw', 'reviver', 'objectsOnly'] as const

/** NDJSON bytes in, one value per line out (object mode). Empty lines are skipped; line numbers count them. */
export function parse(options: NdjsonParseOptions = {}): Transform {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError(`ndjson.parse: options must be an object, got ${describe(options)}`)
  }
  checkKnownOptions(options, PARSE_KNOWN, 'ndjson.parse')
  const maxLineLength = options.maxLineLength ?? 100 * 1024 * 1024
  const onBadLine = options.onBadLine ?? 'error'
  if (!Number.isInteger(maxLineLength) || maxLineLength < 1) {
    throw new ConfigurationError(
      `ndjson.parse: option "maxLineLength" must be an integer >= 1, got ${describe(maxLineLength)}`,
    )
  }
  if (onBadLine !== 'error' && onBadLine !== 'result' && onBadLine !== 'skip') {
    throw new ConfigurationError(
      `ndjson.parse: option "onBadLine" must be 'error', 'result' or 'skip', got ${describe(onBadLine)}`,
    )
  }
  const raw = options.raw === true
  const reviver = options.reviver
  const objectsOnly = options.objectsOnly === true
  let line = 0

  const bad = (text: string, error: ParseError): BadLine | undefined => {
    if (onBadLine === 'error') throw error
    return onBadLine === 'result' ? new BadLine(error.line, text, error) : undefined
  }

  /** The input ended inside a line already reported too long: what split2 kept of it is not another line. */
  let endedInOverflow = false

  const mapper = (input: string): unknown => {
    if (endedInOverflow) return undefined
    let text = input
    line++
    if (text.length > maxLineLength) {
      return bad(text, new ParseError(`line ${line} is longer than maxLineLength (${maxLineLength})`, line))
    }
    // A byte order mark some editors write at the start of a UTF-8 file is not part of the first line (as on
    // bulk's byte path, NdjsonLines).
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    // Blank lines carry no document: empty, or only JSON whitespace (a trailing '\r', indentation left by an
    // editor). Other blanks (a form feed, a no-break space) are no JSON: bad lines, as JSON.parse says.
    if (text.length === 0 || BLANK.test(text)) return undefined
    if (raw) return text
    let value: unknown
    try {
      value = JSON.parse(text, reviver)
    } catch (err) {
      return bad(
        text,
        new ParseError(`line ${line} is not JSON: ${(err as Error).message}`, line, { cause: err }),
      )
    }
    if (objectsOnly && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
      return bad(text, new ParseError(`line ${line} is not a JSON object: it is ${kind}`, line))
    }
    // A null pushed into a stream ends it: a `null` line would silently cut off every line after it.
    if (value === null) {
      return bad(text, new ParseError(`line ${line} is null, which a stream cannot carry as a value`, line))
    }
    return value
  }

  // skipOverflow lets us turn split2's overflow into our own error/marker with the line number.
  const stream = split2(
    mapper as (line: string) => any,
    { maxLength: maxLineLength, skipOverflow: true } as TransformOptions,
  )
  const transform = stream._transform.bind(stream)
  stream._transform = (chunk, encoding, callback) => {
    const wasOverflowing = (stream as unknown as { overflow: boolean }).overflow
    transform(chunk, encoding, (err?: Error | null) => {
      if (err) return callback(err)
      if (!wasOverflowing && (stream as unknown as { overflow: boolean }).overflow) {
        // The partial line being dropped is the next line number; split2 discards its rest up to the newline.
        try {
          const marker = bad(
            '',
            new ParseError(`line ${line + 1} is longer than maxLineLength (${maxLineLength})`, line + 1),
          )
          line++
          if (marker !== undefined) stream.push(marker)
        } catch (error) {
          return callback(error as Error)
        }
      }
      callback()
    })
  }
  // split2 keeps the start of an overflowing line and, when the input ends before its newline, maps it at the
  // end: that line was reported when it overflowed, and must not come out a second time (under the next number).
  const flush = stream._flush.bind(stream)
  stream._flush = (callback) => {
    endedInOverflow = (stream as unknown as { overflow: boolean }).overflow
    flush(callback)
  }
  return stream
}

/** Values in (object mode), NDJSON text out: one JSON.stringify per value plus a newline. */
export function stringify(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(value: unknown, _encoding, callback) {
      let text: string | undefined
      try {
        text = JSON.stringify(value)
      } catch (err) {
        return callback(
          new SerializationError('ndjson.stringify: a value is not JSON-serializable', { cause: err }),
        )
      }
      if (text === undefined) {
        return callback(new SerializationError(`ndjson.stringify: ${typeof value} has no JSON form`))
      }
      callback(null, `${text}\n`)
    },
  })
}
