import { parseJson } from '../../transport/serializer.js'
import type { BulkOp } from './bulk-action.js'
import { BadAnswer } from './bad-answer.js'
import { JsonBytes } from './json-bytes.js'

/**
 * Reads a `_bulk` answer straight from its bytes, exactly: every item's status is read where it stands, and the
 * top-level `errors` flag is never the verdict (a proxy or a non-conforming server can say `errors:false` over
 * items that failed). No object is built per successful item, so an answer of 14k successes costs one pass
 * over its bytes, not 28k objects.
 *
 * It is JSON read by a small grammar: anything a strict JSON parser would refuse, or that JSON leaves open
 * (a key given twice inside an item or at the top level, an escaped key), makes the item, or the answer, bad:
 * never a success.
 */

/** Per item: status, op, and where its `error`, `_id`, `_index` and `result` values are in the bytes. */
export interface BulkAnswer {
  readonly count: number
  /** The item's HTTP status, or 0 when its answer is malformed (see `problem`). */
  status(i: number): number
  /** The op the item's answer names. */
  op(i: number): BulkOp | undefined
  /** Why the item's answer is unusable, or undefined. */
  problem(i: number): string | undefined
  /** True when the item carries an `error` value. */
  hasError(i: number): boolean
  /** The item's `error` value, parsed (only failures carry one, so this is rare). */
  error(i: number): unknown
  /** `_id`, `_index`, `result` as strings (read only with `fields`). */
  id(i: number): string | undefined
  index(i: number): string | undefined
  result(i: number): string | undefined
}


const OPS: readonly BulkOp[] = ['index', 'create', 'update', 'delete']
const K_STATUS = Buffer.from('status')
const K_ERROR = Buffer.from('error')
const K_ID = Buffer.from('_id')
const K_INDEX = Buffer.from('_index')
const K_RESULT = Buffer.from('result')
const K_ITEMS = Buffer.from('items')
const K_ERRORS = Buffer.from('errors')
const OP_KEYS = OPS.map((op) => Buffer.from(op))

/**
 * Reads `bytes` as the answer to `expected` items. `fields`: also note `_id`, `_index` and `result`
 * (wanted only when successes are reported). Throws BadAnswer when the answer as a whole cannot be used.
 */
export function readBulkAnswer(bytes: Buffer, expected: number, fields = false): BulkAnswer {
  return new Reader(bytes, expected, fields).read()
}

/** No such value in the item. */
const NONE = -1

class Reader extends JsonBytes implements BulkAnswer {
  readonly #fields: boolean
  count = 0
  readonly #status: Uint16Array
  readonly #op: Uint8Array
  #problems: Map<number, string> | undefined
  /** [start, end] pairs per item for error, _id, _index, result; allocated on first use. */
  #errors: Int32Array | undefined
  #strings: Int32Array | undefined

  constructor(bytes: Buffer, expected: number, fields: boolean) {
    super(bytes)
    this.count = expected
    this.#fields = fields
    this.#status = new Uint16Array(expected)
    this.#op = new Uint8Array(expected).fill(255)
    if (fields) this.#strings = new Int32Array(expected * 6).fill(NONE)
  }

  read(): this {
    this.ws()
    this.expect(0x7b, 'an object')
    let items = -1
    let errorsSeen = false
    this.ws()
    if (this.peek() !== 0x7d) {
      for (;;) {
        this.ws()
        this.key()
        if (this.kEscaped) throw new BadAnswer('an escaped key at the top of the bulk response')
        this.ws()
        this.expect(0x3a, "':'")
        this.ws()
        if (this.keyIs(K_ITEMS)) {
          if (items !== -1) throw new BadAnswer('the bulk response has "items" twice')
          items = this.#items()
        } else if (this.keyIs(K_ERRORS)) {
          // A hint only (see the file comment), but given twice it is not an answer we can trust.
          if (errorsSeen) throw new BadAnswer('the bulk response has "errors" twice')
          errorsSeen = true
          this.skip(2)
        } else {
          // took, ingest_took, or anything a proxy adds: never read as an item.
          this.skip(2)
        }
        this.ws()
        const c = this.next()
        if (c === 0x7d) break
        if (c !== 0x2c) this.bad("',' or '}'")
      }
    } else {
      this.i++
    }
    this.ws()
    if (this.i !== this.len) throw new BadAnswer('the bulk response has bytes after its end')
    if (items === -1) throw new BadAnswer(`the bulk response has no items for ${this.count} sent`)
    if (items !== this.count) {
      throw new BadAnswer(`the bulk response has ${items} items for ${this.count} sent`)
    }
    return this
  }

  status(i: number): number {
    return this.#problems?.has(i) === true ? 0 : this.#status[i]!
  }

  op(i: number): BulkOp | undefined {
    return OPS[this.#op[i]!]
  }

  problem(i: number): string | undefined {
    return this.#problems?.get(i)
  }

  hasError(i: number): boolean {
    return this.#errors !== undefined && this.#errors[i * 2]! !== NONE
  }

  error(i: number): unknown {
    if (!this.hasError(i)) return undefined
    const e = this.#errors!
    return parseJson(this.b.toString('utf8', e[i * 2]!, e[i * 2 + 1]!), 200)
  }

  id(i: number): string | undefined {
    return this.#string(i, 0)
  }

  index(i: number): string | undefined {
    return this.#string(i, 1)
  }

  result(i: number): string | undefined {
    return this.#string(i, 2)
  }

  #string(i: number, field: number): string | undefined {
    const s = this.#strings
    if (s === undefined) return undefined
    const start = s[i * 6 + field * 2]!
    if (start === NONE) return undefined
    const end = s[i * 6 + field * 2 + 1]!
    if (start < 0) return JSON.parse(this.b.toString('utf8', -start - 2, end)) as string
    return this.b.toString('utf8', start, end)
  }

  /** The items array; returns how many there were. Items past `count` are read (to count them) but not kept. */
  #items(): number {
    this.expect(0x5b, "'['")
    let n = 0
    this.ws()
    if (this.peek() === 0x5d) {
      this.i++
      return 0
    }
    for (;;) {
      this.ws()
      if (n < this.count) this.#item(n)
      else this.skip(3)
      n++
      this.ws()
      const c = this.next()
      if (c === 0x5d) return n
      if (c !== 0x2c) this.bad("',' or ']'")
    }
  }

  /** `{ "<op>": { "status": N, ... } }`; a malformed item is noted (see problem), the rest still read. */
  #item(n: number): void {
    if (this.peek() !== 0x7b) {
      this.skip(3)
      return this.#problem(n, 'an item of the bulk response is not an object')
    }
    this.i++
    this.ws()
    if (this.peek() === 0x7d) {
      this.i++
      return this.#problem(n, 'an item of the bulk response is empty')
    }
    let keys = 0
    for (;;) {
      this.ws()
      this.key()
      keys++
      const op = this.kEscaped ? -1 : OP_KEYS.findIndex((k) => this.keyIs(k))
      this.ws()
      this.expect(0x3a, "':'")
      this.ws()
      if (keys === 1 && op !== -1 && this.peek() === 0x7b) {
        this.#op[n] = op
        this.#fieldsOf(n)
      } else {
        this.skip(4)
        this.#problem(n, 'an item of the bulk response is not { <op>: { status, ... } }')
      }
      this.ws()
      const c = this.next()
      if (c === 0x7d) break
      if (c !== 0x2c) this.bad("',' or '}'")
    }
    if (keys !== 1) this.#problem(n, 'an item of the bulk response names more than one op')
    if (this.#status[n] === 0) this.#problem(n, 'an item of the bulk response has no status')
  }

  /** The object under the op: status (a number JSON reads as an integer from 100 to 599), error, and with `fields` the strings. */
  #fieldsOf(n: number): void {
    this.i++ // {
    let seen = 0
    this.ws()
    if (this.peek() === 0x7d) {
      this.i++
      return
    }
    for (;;) {
      this.ws()
      this.key()
      const escaped = this.kEscaped
      this.ws()
      this.expect(0x3a, "':'")
      this.ws()
      let bit = 0
      if (escaped) {
        // "st\u0061tus" is "status" to a JSON parser: an item that hides a key that way is not read.
        this.skip(5)
        this.#problem(n, 'an item of the bulk response has an escaped key')
      } else if (this.keyIs(K_STATUS)) {
        bit = 1
        const status = this.#statusValue()
        if (Number.isInteger(status) && status >= 100 && status <= 599) this.#status[n] = status
        else this.#problem(n, 'an item of the bulk response has a status that is not an HTTP status')
      } else if (this.keyIs(K_ERROR)) {
        bit = 2
        const start = this.i
        this.skip(5)
        if (this.#errors === undefined) this.#errors = new Int32Array(this.count * 2).fill(NONE)
        this.#errors[n * 2] = start
        this.#errors[n * 2 + 1] = this.i
      } else if (this.#fields && this.keyIs(K_ID)) {
        bit = 4
        this.#stringField(n, 0)
      } else if (this.#fields && this.keyIs(K_INDEX)) {
        bit = 8
        this.#stringField(n, 1)
      } else if (this.#fields && this.keyIs(K_RESULT)) {
        bit = 16
        this.#stringField(n, 2)
      } else {
        this.skip(5)
      }
      if ((seen & bit) !== 0) this.#problem(n, 'an item of the bulk response has a key twice')
      seen |= bit
      this.ws()
      const c = this.next()
      if (c === 0x7d) return
      if (c !== 0x2c) this.bad("',' or '}'")
    }
  }

  #stringField(n: number, field: number): void {
    if (this.peek() !== 0x22 /* " */) {
      this.skip(5)
      return
    }
    const open = this.i
    this.key()
    const at = n * 6 + field * 2
    // An escaped string keeps its quotes for JSON to decode; its start is stored as -(quote + 2), never NONE.
    this.#strings![at] = this.kEscaped ? -(open + 2) : this.ks
    this.#strings![at + 1] = this.kEscaped ? this.ke + 1 : this.ke
  }

  #problem(n: number, reason: string): void {
    this.#problems ??= new Map()
    if (!this.#problems.has(n)) this.#problems.set(n, reason)
    this.#status[n] = 0
  }

  /**
   * The status value: a JSON number's value (200, or 200.0 or 2e2 as JSON reads them), -1 for any other value
   * (skipped whole, the item then has a problem).
   */
  #statusValue(): number {
    const start = this.i
    const c = this.peek()
    if (c !== 0x2d && !(c >= 0x30 && c <= 0x39)) {
      this.skip(5)
      return -1
    }
    const b = this.b
    this.number()
    let v = 0
    for (let i = start; i < this.i; i++) {
      const d = b[i]!
      if (d < 0x30 || d > 0x39) return Number(b.toString('latin1', start, this.i))
      v = v * 10 + (d - 0x30)
    }
    return v
  }
}
