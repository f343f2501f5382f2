import type { BulkItem } from './bulk-item.js'
import { DIGIT_CODES } from './id-generator.js'

/** Items and the one Buffer holding all their lines (each item knows its byte range in it). */
export interface Batch {
  items: BulkItem[]
  body: Buffer
  /** Splits left to the batch this one was halved from when it was refused as malformed (bulk-stream.ts). */
  splits?: { left: number }
}

const NL = 0x0a
const EMPTY = Buffer.alloc(0)
/** First capacity of a batch body before any batch told us how large batches get. */
const MIN_CAPACITY = 16 * 1024

/**
 * The body of the batch being filled: items are written into one Buffer as they arrive (action line from a
 * template, source copied once), so sending a batch copies nothing and no item holds a Buffer of its own.
 */
export class BatchBody {
  readonly #flushBytes: number
  #slab: Buffer = EMPTY
  #used = 0
  /** Capacity of the next batch's body: the last batch's size, so a steady load allocates once per batch. */
  #nextCapacity = MIN_CAPACITY
  /** The body of an answered batch, reused for the next one (see recycle). */
  #spare: Buffer | undefined

  /** `flushBytes`: the most a batch holds before it is sent, which caps how far a body grows by doubling. */
  constructor(flushBytes: number) {
    this.#flushBytes = flushBytes
  }

  /** Bytes written into the current body. */
  get size(): number {
    return this.#used
  }

  /** Copies an item's lines into the body, sets its byte range, drops its lines, returns their size in bytes. */
  append(it: BulkItem): number {
    const head = it.head
    const template = it.template
    const source = it.source
    const start = this.#used
    // A templated action line: the template, 4 counter digits and `"}}\n`.
    const headMost = head === undefined ? (template as Buffer).length + 8 : head.length * 3
    // Room for the worst case (3 UTF-8 bytes per UTF-16 unit) is the cheap check; the exact size only when tight.
    const most =
      headMost + (source === undefined ? 0 : (typeof source === 'string' ? source.length * 3 : source.length) + 1)
    if (start + most > this.#slab.length) {
      const exact =
        (head === undefined ? headMost : Buffer.byteLength(head)) +
        (source === undefined ? 0 : (typeof source === 'string' ? Buffer.byteLength(source) : source.length) + 1)
      if (start + exact > this.#slab.length) this.reserve(exact)
    }
    const slab = this.#slab
    let end = start
    if (head === undefined) {
      const tpl = template as Buffer
      slab.set(tpl, end)
      end += tpl.length
      end = writeSeq(slab, end, it.idSeq)
      it.template = undefined
    } else if (head.length > 0) {
      end += slab.write(head, end)
    }
    it.sourceAt = end - start
    if (source !== undefined) {
      end += typeof source === 'string' ? slab.write(source, end) : source.copy(slab, end)
      slab[end++] = NL
    }
    it.head = undefined
    it.source = undefined
    it.start = start
    it.end = end
    this.#used = end
    return end - start
  }

  /**
   * Like `append` for an item whose source is `bytes[from..to)` (a line of an NDJSON chunk): the source is
   * copied straight from the chunk, with no Buffer or string of its own. The action line is the item's
   * template and counter, or its `head` (ASCII: the builder's line without a caller's id).
   */
  appendRange(it: BulkItem, bytes: Buffer, from: number, to: number): number {
    const head = it.head
    const template = it.template
    const start = this.#used
    const headLen = head === undefined ? (template as Buffer).length + 8 : Buffer.byteLength(head)
    const slab = this.reserve(headLen + (to - from) + 1)
    let end = start
    if (head === undefined) {
      slab.set(template as Buffer, end)
      end = writeSeq(slab, end + (template as Buffer).length, it.idSeq)
      it.template = undefined
    } else {
      end += slab.write(head, end)
    }
    it.sourceAt = end - start
    end += bytes.copy(slab, end, from, to)
    slab[end++] = NL
    it.head = undefined
    it.start = start
    it.end = end
    this.#used = end
    return end - start
  }

  /** Makes room for `bytes` more bytes; returns the body to write into at `size`. */
  reserve(bytes: number): Buffer {
    const needed = this.#used + bytes
    if (needed <= this.#slab.length) return this.#slab
    const old = this.#slab
    const used = this.#used
    // Doubling keeps the copies amortized; capped near flushBytes, the most a batch holds before it is sent.
    const doubled = used === 0 ? this.#nextCapacity : Math.min(old.length * 2, this.#flushBytes + MIN_CAPACITY)
    const size = Math.max(needed, doubled)
    const spare = this.#spare
    const slab = used === 0 && spare !== undefined && spare.length >= size ? spare : Buffer.allocUnsafeSlow(size)
    if (slab === spare) this.#spare = undefined
    if (used > 0) old.copy(slab, 0, 0, used)
    this.#slab = slab
    return slab
  }

  /** Marks `bytes` more bytes written (after a `reserve`). */
  advance(bytes: number): void {
    this.#used += bytes
  }

  /** The bytes written so far, as the body of a batch; the next item starts a new body. */
  take(): Buffer {
    const used = this.#used
    const body = this.#slab.subarray(0, used)
    this.#nextCapacity = Math.max(MIN_CAPACITY, Math.min(this.#flushBytes, used) + (used >> 4))
    this.#slab = EMPTY
    this.#used = 0
    return body
  }

  /**
   * Keeps the body of a batch Elasticsearch answered 2xx for the next batch: it read the whole body before
   * answering, so no byte of it is still being sent; call it only once no item points into it any more. One
   * spare is enough (a batch is built at a time) and spares a 5 MB allocation per batch, which lingered until a GC.
   */
  recycle(body: Buffer): void {
    const whole = Buffer.from(body.buffer, body.byteOffset, body.buffer.byteLength - body.byteOffset)
    if (this.#spare === undefined || this.#spare.length < whole.length) this.#spare = whole
  }
}

/** Writes a generated id's 4 counter digits and the `"}}\n` that closes its action line; returns the new end. */
export function writeSeq(slab: Buffer, at: number, seq: number): number {
  let end = at
  slab[end++] = DIGIT_CODES[(seq >> 18) & 63]!
  slab[end++] = DIGIT_CODES[(seq >> 12) & 63]!
  slab[end++] = DIGIT_CODES[(seq >> 6) & 63]!
  slab[end++] = DIGIT_CODES[seq & 63]!
  slab[end++] = 0x22 // "
  slab[end++] = 0x7d // }
  slab[end++] = 0x7d
  slab[end++] = NL
  return end
}

/**
 * A batch of some of `items`, whose lines are at their byte ranges in `from`: their lines copied into one new
 * body (the same body when all of them go again, in order), ranges moved to match.
 */
export function rebatch(items: BulkItem[], from: Buffer): Batch {
  let bytes = 0
  for (const it of items) bytes += it.end - it.start
  if (bytes === from.length && items[0]!.start === 0) return { items, body: from }
  const body = Buffer.allocUnsafeSlow(bytes)
  let offset = 0
  for (const it of items) {
    from.copy(body, offset, it.start, it.end)
    it.end = offset + it.end - it.start
    it.start = offset
    offset = it.end
  }
  return { items, body }
}
