import { randomFillSync } from 'node:crypto'

/** base64url digits, and every pair of them: a counter becomes two table lookups, not a Buffer per id. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const PAIRS: string[] = []
for (let i = 0; i < 4096; i++) PAIRS.push(DIGITS[i >> 6]! + DIGITS[i & 63]!)
const SEQ_LIMIT = 1 << 24

/**
 * Time-ordered ids (like Elasticsearch's own): 16 characters of prefix (48 bits of the time the prefix was
 * drawn + 48 random bits) then a 4-character counter, 20 characters in all. The shared prefix keeps Lucene's
 * terms dictionary compact; the random half keeps two streams (in any process) apart even in the same
 * millisecond; a new prefix is drawn every 2^24 ids, so within a stream no id repeats.
 */
export class IdGenerator {
  #prefix = ''
  #seq = SEQ_LIMIT
  /** The prefix of the id `take()` returned last. */
  get prefix(): string {
    return this.#prefix
  }
  /** The counter of the next id (call `prefix` after it): lets a caller write the id without building it. */
  take(): number {
    let seq = this.#seq
    if (seq === SEQ_LIMIT) {
      const bytes = Buffer.allocUnsafe(12)
      bytes.writeUIntBE(Date.now(), 0, 6)
      randomFillSync(bytes, 6, 6)
      this.#prefix = bytes.toString('base64url')
      seq = 0
    }
    this.#seq = seq + 1
    return seq
  }
  next(): string {
    const seq = this.take()
    return idOf(this.#prefix, seq)
  }
}

/** The id a generator's prefix and counter stand for. */
export function idOf(prefix: string, seq: number): string {
  return prefix + (PAIRS[seq >> 12]! + PAIRS[seq & 4095]!)
}

/** base64url digit codes, for writing a counter straight into a body. */
export const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0))
