import { randomFillSync } from 'node:crypto'
import { ParseError, SerializationError } from '../../errors.js'
import { isBadLine } from '../bad-line.js'
import { asAction, type BulkActionMeta, type BulkOp, UPDATE_BODY_KEYS } from './bulk-action.js'
import { checkMeta, checkUpdateBody } from './bulk-meta-check.js'
import { type MetaShape, metaLabel, readMetaShape } from './bulk-meta-shape.js'

/**
 * One item of work inside bulkStream: the input, its serialized lines, and what we know about it.
 * The builder leaves the lines in `head`/`source`; bulkStream copies them into its batch's body once and then
 * keeps only the item's byte range there (`start`..`end`), so a document is never held as a Buffer of its own.
 */
export interface BulkItem {
  input: unknown
  op: BulkOp
  id: string | undefined
  index: string | undefined
  /**
   * Action line, newline-terminated; dropped once copied into a batch. Undefined for a generated id: the line
   * is then `template` + the 4 digits of `idSeq` + `"}}\n`, written as bytes, and `id` is built only if a result
   * needs it (see `itemId`).
   */
  head: string | undefined
  /** `{"<op>":{"_index":"<index>","_id":"<id prefix>`, UTF-8, shared by every item of that prefix. */
  template: Buffer | undefined
  idPrefix: string | undefined
  idSeq: number
  /** Source line without its newline (the newline is added when copied), if the op has one. */
  source: string | Buffer | undefined
  /** Byte range of action line + source line (newline-terminated) in the body of the item's current batch. */
  start: number
  end: number
  /**
   * The input was a string line sent exactly as it came: `input` is left undefined and a failure result reads
   * the line back from the body, so a loaded line is not held twice (as a string and as bytes) while in flight.
   */
  inputInBody: boolean
  /**
   * With `inputInBody`: the input was a plain document, so a failure hands back `JSON.parse` of its line (an
   * equal document, not the same object): the object itself is not held until the answer, which promoted every
   * document of a load to the old generation.
   */
  parseBack: boolean
  /** With `inputInBody`: bytes of the action line before the source within the item's range. */
  sourceAt: number
  attempts: number
  /** 1-based line number in the NDJSON input (`input: 'ndjson'`), else 0: failed results name it. */
  line: number
  /** A previous attempt may have been applied (its response was lost), so a `create` 409 means "ours". */
  ambiguous: boolean
}

/** What went wrong before an item could be sent: it becomes a failed result without a request. */
export interface RejectedItem {
  input: unknown
  op: BulkOp
  id: string | undefined
  index: string | undefined
  error: { type: string; reason: string; line?: number }
}

export interface ItemSettings {
  index: string | undefined
  op: 'index' | 'create'
  id: string | ((doc: any) => string | number | undefined) | undefined
  autoId: 'client' | 'server'
  input: 'auto' | 'documents' | 'actions' | 'ndjson'
  /** Every item into `index`, whatever its own `_index` says (BulkStreamOptions.pinIndex). */
  pinIndex?: boolean
  /** What a search hit's `_version` means (BulkStreamOptions.hitVersions). Default 'ignore'. */
  hitVersions?: 'ignore' | 'external'
  /** The client's `serializer` stringify (a bigint field written as its digits); default JSON.stringify. */
  stringify?: ((value: unknown) => string) | undefined
}

const NL = 0x0a
const CR = 0x0d

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

export class ItemBuilder {
  readonly #settings: ItemSettings
  readonly #ids = new IdGenerator()
  /** `{"index":{"_index":"x"` for the common case: built once, not per document. */
  readonly #prefix: string | undefined
  /** The whole action line without an id, and its start with one (generated ids need no escaping). */
  readonly #bareAction: string
  readonly #idAction: string
  #template: Buffer | undefined
  #templatePrefix = ''

  readonly #stringify: (value: unknown) => string

  constructor(settings: ItemSettings) {
    this.#settings = settings
    this.#stringify = settings.stringify ?? JSON.stringify
    this.#prefix =
      settings.index === undefined
        ? undefined
        : `{"${settings.op}":{"_index":${JSON.stringify(settings.index)}`
    this.#bareAction = `${this.#prefix}}}\n`
    this.#idAction = `${this.#prefix},"_id":"`
  }

  /** The action line for a plain document or bare line with a caller's id (or none). */
  #actionLine(id: string | undefined): string {
    return id === undefined ? this.#bareAction : `${this.#prefix},"_id":${JSON.stringify(id)}}}\n`
  }

  /** A plain document or bare line with a generated id: no id string, no action line string per item. */
  #generated(input: unknown, source: string | Buffer): BulkItem {
    return this.#nextId(item(input, this.#settings.op, undefined, this.#settings.index, undefined, source))
  }

  /** Gives `built` the next generated id as template + sequence number, the template made anew when the prefix moved on. */
  #nextId(built: BulkItem): BulkItem {
    const seq = this.#ids.take()
    const prefix = this.#ids.prefix
    if (this.#template === undefined || this.#templatePrefix !== prefix) {
      // base64url needs no JSON escaping
      this.#template = Buffer.from(this.#idAction + prefix)
      this.#templatePrefix = prefix
    }
    built.template = this.#template
    built.idPrefix = prefix
    built.idSeq = seq
    return built
  }

  /**
   * An item for one line of NDJSON input (`input: 'ndjson'`), its source still in the chunk: the action line
   * from the template (or the bare line for server ids), no string or Buffer per line. A failure reads the
   * line back from the body it was sent in.
   */
  line(line: number, id?: string, routing?: string): BulkItem {
    let built: BulkItem
    if (id !== undefined || routing !== undefined) {
      // A line with its own id or routing (`lineDocument`): an action line of its own.
      const named = id ?? (this.#settings.autoId === 'client' ? this.#ids.next() : undefined)
      let head = named === undefined ? this.#prefix! : `${this.#prefix},"_id":${JSON.stringify(named)}`
      if (routing !== undefined) head += `,"routing":${JSON.stringify(routing)}`
      built = item(undefined, this.#settings.op, named, this.#settings.index, `${head}}}\n`, undefined)
    } else if (this.#settings.autoId === 'client') {
      built = this.#nextId(item(undefined, this.#settings.op, undefined, this.#settings.index, undefined, undefined))
    } else {
      built = item(undefined, this.#settings.op, undefined, this.#settings.index, this.#bareAction, undefined)
    }
    built.inputInBody = true
    built.line = line
    return built
  }

  build(input: unknown): BulkItem | RejectedItem {
    if (isBadLine(input)) {
      return reject(
        input,
        'index',
        undefined,
        this.#settings.index,
        'parse_error',
        input.error.message,
        input.line,
      )
    }
    if (typeof input === 'string' || Buffer.isBuffer(input)) return this.#raw(input)
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
      return reject(
        input,
        this.#settings.op,
        undefined,
        this.#settings.index,
        'illegal_argument',
        `a bulk item must be an object, a string or a Buffer, got ${kind}`,
      )
    }
    const mode = this.#settings.input
    const op = mode === 'documents' ? undefined : asAction(input)
    if (op !== undefined) return this.#action(input as Record<string, unknown>, op)
    // `{ _index, _id, ... }` (bulk-meta-shape.ts)
    const shaped =
      mode === 'documents' ? undefined : readMetaShape(input, { hitVersions: this.#settings.hitVersions ?? 'ignore' })
    if (shaped !== undefined) return this.#fromMetaShape(input, shaped)
    if (mode === 'actions') {
      return reject(
        input,
        'index',
        undefined,
        this.#settings.index,
        'illegal_argument',
        'input "actions": expected { index | create | update | delete: meta, ... }',
      )
    }
    return this.#document(input)
  }

  #document(doc: object): BulkItem | RejectedItem {
    const { op, index } = this.#settings
    let id: string | undefined
    try {
      id = this.#pickId(doc)
    } catch (err) {
      return reject(doc, op, undefined, index, 'illegal_argument', (err as Error).message)
    }
    if (index === undefined) {
      return reject(
        doc,
        op,
        id,
        undefined,
        'illegal_argument',
        'no index: set the "index" option or send action objects with _index',
      )
    }
    let source: string
    try {
      source = this.#stringify(doc)
    } catch (err) {
      return reject(
        doc,
        op,
        id,
        index,
        'serialization_error',
        new SerializationError('document is not JSON-serializable', { cause: err }).message,
      )
    }
    if (source === undefined) {
      // toJSON() returning undefined: there is no line to send.
      return reject(doc, op, id, index, 'serialization_error', 'document has no JSON form')
    }
    const built =
      id === undefined && this.#settings.autoId === 'client'
        ? this.#generated(undefined, source)
        : item(undefined, op, id, index, this.#actionLine(id), source)
    built.inputInBody = true
    built.parseBack = true
    return built
  }

  #pickId(doc: object): string | undefined {
    const picker = this.#settings.id
    if (picker === undefined) return undefined
    const value = typeof picker === 'function' ? picker(doc) : (doc as Record<string, unknown>)[picker]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    throw new Error(`option "id" gave ${typeof value}, expected a string or a number`)
  }

  #action(
    action: Record<string, unknown>,
    op: BulkOp,
    label?: (field: string) => string,
  ): BulkItem | RejectedItem {
    const checked = checkMeta(op, action[op] as BulkActionMeta, label)
    if (checked.reason !== undefined) {
      const meta = action[op] as BulkActionMeta
      return reject(action, op, simpleId(meta._id), meta._index ?? this.#settings.index, 'illegal_argument', checked.reason)
    }
    let meta = checked.meta
    if (this.#settings.pinIndex && meta._index !== undefined && meta._index !== this.#settings.index) {
      meta = { ...meta, _index: this.#settings.index }
    }
    const index = meta._index ?? this.#settings.index
    let id = meta._id === undefined ? undefined : String(meta._id)
    if (index === undefined) {
      return reject(
        action,
        op,
        id,
        undefined,
        'illegal_argument',
        'no index: set the "index" option or _index in the action',
      )
    }
    if ((op === 'update' || op === 'delete') && id === undefined) {
      return reject(action, op, id, index, 'illegal_argument', `a ${op} action needs an _id`)
    }
    let body: Record<string, unknown> | undefined
    if (op === 'update') {
      body = {}
      for (const key of UPDATE_BODY_KEYS) if (action[key] !== undefined) body[key] = action[key]
      const wrong = checkUpdateBody(body)
      if (wrong !== undefined) return reject(action, op, id, index, 'illegal_argument', wrong)
    }
    let fullMeta: BulkActionMeta = meta
    if (meta._index === undefined) fullMeta = { ...fullMeta, _index: index }
    if (id === undefined && this.#settings.autoId === 'client') {
      id = this.#ids.next()
      fullMeta = { ...fullMeta, _id: id }
    }
    let head: string
    let source: string | undefined
    try {
      head = `{"${op}":${JSON.stringify(fullMeta)}}\n`
      if (op === 'index' || op === 'create') source = this.#stringify(action.doc ?? {})
      else if (body !== undefined) source = this.#stringify(body)
    } catch (err) {
      return reject(action, op, id, index, 'serialization_error', (err as Error).message)
    }
    return item(action, op, id, index, head, source)
  }

  #fromMetaShape(input: object, shaped: MetaShape): BulkItem | RejectedItem {
    if ('reason' in shaped) {
      return reject(input, shaped.op, undefined, this.#settings.index, 'illegal_argument', shaped.reason)
    }
    // A failure hands back what the caller wrote, and names the fields as the caller wrote them (`_version`).
    return { ...this.#action(shaped.action, shaped.op, metaLabel), input }
  }

  /** A pre-serialized line: a document source, or action line + source. Only a leading action line is parsed. */
  #raw(input: string | Buffer): BulkItem | RejectedItem {
    // Strings stay strings (they are copied once, into the batch body); only their ends are looked at.
    const isString = typeof input === 'string'
    let end = input.length
    while (end > 0) {
      const c = isString ? input.charCodeAt(end - 1) : input[end - 1]
      if (c !== NL && c !== CR) break
      end--
    }
    if (end === 0)
      return reject(
        input,
        'index',
        undefined,
        this.#settings.index,
        'illegal_argument',
        'an empty line is not a document',
      )
    const firstNl = isString ? input.indexOf('\n') : input.indexOf(NL)
    const slice = (from: number, to: number): string | Buffer =>
      from === 0 && to === input.length ? input : isString ? input.slice(from, to) : input.subarray(from, to)
    if (firstNl !== -1 && firstNl < end) {
      // action line (+ source line): Elasticsearch gets it as it is.
      let parsed: unknown
      try {
        parsed = JSON.parse(isString ? input.slice(0, firstNl) : input.toString('utf8', 0, firstNl))
      } catch (err) {
        const error = new ParseError('the action line of a pre-serialized item is not JSON', 1, {
          cause: err,
        })
        return reject(input, 'index', undefined, this.#settings.index, 'parse_error', error.message)
      }
      const op = parsed !== null && typeof parsed === 'object' ? asAction(parsed) : undefined
      if (op === undefined) {
        return reject(
          input,
          'index',
          undefined,
          this.#settings.index,
          'illegal_argument',
          'the first line of a pre-serialized item is not an action',
        )
      }
      const checked = checkMeta(op, (parsed as Record<string, BulkActionMeta>)[op]!)
      if (checked.reason !== undefined) {
        return reject(input, op, undefined, this.#settings.index, 'illegal_argument', checked.reason)
      }
      let meta = checked.meta
      // Pinned: an action line naming another index is rewritten below, like one naming none.
      if (this.#settings.pinIndex && meta._index !== undefined && meta._index !== this.#settings.index) {
        const { _index: _, ...rest } = meta
        meta = rest
      }
      const index = meta._index ?? this.#settings.index
      const id = meta._id === undefined ? undefined : String(meta._id)
      if (index === undefined) {
        return reject(
          input,
          op,
          id,
          undefined,
          'illegal_argument',
          'no index: set the "index" option or _index in the action line',
        )
      }
      if (
        // a null dropped or the index pinned: the line as written is not the line to send
        meta !== (parsed as Record<string, BulkActionMeta>)[op] ||
        meta._index === undefined ||
        (id === undefined && this.#settings.autoId === 'client' && op !== 'update' && op !== 'delete')
      ) {
        // The line lacks what we must add: rewrite only the small action line, keep the source bytes as they are.
        const full: BulkActionMeta = { ...meta, _index: index }
        const newId =
          id ??
          (this.#settings.autoId === 'client' && (op === 'index' || op === 'create')
            ? this.#ids.next()
            : undefined)
        if (newId !== undefined) full._id = newId
        const head = `{"${op}":${JSON.stringify(full)}}\n`
        // Whatever follows the action line (its source, if any) goes out untouched.
        const rest = firstNl + 1 < end ? slice(firstNl + 1, end) : undefined
        return item(input, op, newId, index, head, rest)
      }
      return item(input, op, id, index, '', slice(0, end))
    }
    const { op, index } = this.#settings
    if (index === undefined) {
      return reject(
        input,
        op,
        undefined,
        undefined,
        'illegal_argument',
        'no index: set the "index" option or send the action line with the document',
      )
    }
    const built =
      this.#settings.autoId === 'client'
        ? this.#generated(input, slice(0, end))
        : item(input, op, undefined, index, this.#bareAction, slice(0, end))
    // A string decodes back from its UTF-8 bytes to the same string unless it holds a lone surrogate
    // (isWellFormed answers at once for one-byte strings, the usual case).
    if (isString && end === input.length && (input as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      built.input = undefined
      built.inputInBody = true
    }
    return built
  }
}

function item(
  input: unknown,
  op: BulkOp,
  id: string | undefined,
  index: string | undefined,
  head: string | undefined,
  source: string | Buffer | undefined,
): BulkItem {
  return {
    input,
    op,
    id,
    index,
    head,
    source,
    template: undefined,
    idPrefix: undefined,
    idSeq: 0,
    start: 0,
    end: 0,
    inputInBody: false,
    parseBack: false,
    sourceAt: 0,
    attempts: 0,
    line: 0,
    ambiguous: false,
  }
}

function reject(
  input: unknown,
  op: BulkOp,
  id: string | undefined,
  index: string | undefined,
  type: string,
  reason: string,
  line?: number,
): RejectedItem {
  return { input, op, id, index, error: line === undefined ? { type, reason } : { type, reason, line } }
}

/** An id for a refused item's result, when its metadata has one that reads as an id. */
function simpleId(id: unknown): string | undefined {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** An item's id, building a generated one from its prefix and counter. */
export function itemId(it: BulkItem | RejectedItem): string | undefined {
  if (it.id !== undefined) return it.id
  const sent = it as BulkItem
  return sent.idPrefix === undefined ? undefined : idOf(sent.idPrefix, sent.idSeq)
}

export function isRejected(value: BulkItem | RejectedItem): value is RejectedItem {
  return (value as RejectedItem).error !== undefined
}
