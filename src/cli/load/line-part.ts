/**
 * `load FILE --part i/n`: the i-th of n byte ranges of a file, cut at line boundaries, so that n processes on n
 * machines load one file between them, every line in exactly one part. Part i holds the lines that start in
 * bytes [floor(size*(i-1)/n), floor(size*i/n)): a line that crosses a boundary belongs to the part it starts in.
 */
import { Transform } from 'node:stream'
import { openReadable } from '../places.js'
import type { Part } from '../part-option.js'
import type { Readable } from 'node:stream'

/** The byte range [from, to) whose line starts make up the part. */
export function partRange(size: number, part: Part): { from: number; to: number } {
  return {
    from: Math.floor((size * (part.index - 1)) / part.count),
    to: Math.floor((size * part.index) / part.count),
  }
}

/** The lines of `place` (of `size` bytes) that start in the part's range, as a byte stream. */
export function openLinePart(place: string, size: number, part: Part): Readable {
  const { from, to } = partRange(size, part)
  // One byte before the range: a newline there means a line starts right at `from`.
  const readFrom = Math.max(0, from - 1)
  const source = openReadable(place, { start: readFrom })
  let position = readFrom
  let started = from === 0
  let done = from >= to
  const cut = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (done) return cb()
      let begin = 0
      if (!started) {
        const nl = chunk.indexOf(0x0a)
        if (nl === -1) {
          position += chunk.length
          return cb()
        }
        started = true
        begin = nl + 1
        // The first line starts at or after `to`: it belongs to the next part, so this one is empty.
        if (position + begin >= to) {
          done = true
          source.destroy()
          this.push(null)
          return cb()
        }
      }
      // The part ends after the newline that ends the line holding byte to-1.
      const last = to - 1 - position
      if (last < chunk.length) {
        const nl = chunk.indexOf(0x0a, Math.max(begin, last))
        if (nl !== -1) {
          done = true
          this.push(chunk.subarray(begin, nl + 1))
          source.destroy()
          this.push(null)
          return cb()
        }
      }
      position += chunk.length
      cb(null, chunk.subarray(begin))
    },
  })
  source.on('error', (err) => cut.destroy(err))
  return source.pipe(cut)
}
