import * as streams from 'node:stream'
import { type Duplex, Transform } from 'node:stream'
import { streamArray } from 'stream-json/streamers/stream-array.js'
import { ParseError } from './errors.js'
import { BadLine } from './helpers/bad-line.js'

// stream.compose exists since Node 16.9 but @types/node 20 does not declare it.
const compose = (streams as unknown as { compose: (...stages: unknown[]) => Duplex }).compose

/**
 * The elements of one top-level JSON array, one at a time (object mode), without holding the array:
 * memory stays near one element however large the file. Malformed JSON destroys the stream with a
 * ParseError whose `line` is the 0-based index of the element being read (JSON arrays have no lines).
 * A `null` element comes out as a `BadLine` (streams cannot carry null), which bulkStream reports as failed.
 */
export function parseArray(): Duplex {
  let next = 0
  const unwrap = new Transform({
    objectMode: true,
    transform(item: { key: number; value: unknown }, _encoding, callback) {
      next = item.key + 1
      if (item.value === null) {
        // An object-mode stream cannot carry null (it means "end"): pass a marker bulkStream reports as failed.
        const error = new ParseError(`JSON array element ${item.key} is null`, item.key)
        callback(null, new BadLine(item.key, 'null', error))
        return
      }
      callback(null, item.value)
    },
  })
  const stream = compose(streamArray.withParserAsStream(), unwrap)
  // compose() forwards a stage's error as is; give callers the one error type of a bad input.
  const destroy = stream._destroy.bind(stream)
  stream._destroy = (err: Error | null, callback: (error?: Error | null) => void) => {
    const mapped =
      err === null || err instanceof ParseError || err.name === 'AbortError'
        ? err
        : new ParseError(`JSON array element ${next}: ${err.message}`, next, { cause: err })
    destroy(mapped, callback)
  }
  return stream
}
