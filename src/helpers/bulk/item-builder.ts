import { ParseError, SerializationError } from '../../errors.js'
import { isBadLine } from '../bad-line.js'
import { asAction, type BulkActionMeta, type BulkOp, UPDATE_BODY_KEYS } from './bulk-action.js'
import { checkMeta, checkUpdateBody } from './bulk-meta-check.js'
import { type MetaShape, metaLabel, readMetaShape } from './bulk-meta-shape.js'
import { type BulkItem, bulkItem, type RejectedItem, rejectedItem } from './bulk-item.js'
import { IdGenerator } from './id-generator.js'
import { describeValue } from '../../options/describe-value.js'

/**
 * Turns what is written to bulkStream (a plain document, an action object, a `{ _index, _id, ... }` hit, a
 * pre-serialized line, or an NDJSON line still in its chunk) into a BulkItem with its action line and source,
 * or a RejectedItem that fails without a request.
 */

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
    return this.#nextId(bulkItem(input, this.#settings.op, undefined, this.#settings.index, undefined, source))
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
      built = bulkItem(undefined, this.#settings.op, named, this.#settings.index, `${head}}}\n`, undefined)
    } else if (this.#settings.autoId === 'client') {
      built = this.#nextId(bulkItem(undefined, this.#settings.op, undefined, this.#settings.index, undefined, undefined))
    } else {
      built = bulkItem(undefined, this.#settings.op, undefined, this.#settings.index, this.#bareAction, undefined)
    }
    built.inputInBody = true
    built.line = line
    return built
  }

  build(input: unknown): BulkItem | RejectedItem {
    if (isBadLine(input)) {
      return rejectedItem(
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
      return rejectedItem(
        input,
        this.#settings.op,
        undefined,
        this.#settings.index,
        'illegal_argument',
        `a bulk item must be an object, a string or a Buffer, got ${describeValue(input)}`,
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
      return rejectedItem(
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
      return rejectedItem(doc, op, undefined, index, 'illegal_argument', (err as Error).message)
    }
    if (index === undefined) {
      return rejectedItem(
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
      return rejectedItem(
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
      return rejectedItem(doc, op, id, index, 'serialization_error', 'document has no JSON form')
    }
    const built =
      id === undefined && this.#settings.autoId === 'client'
        ? this.#generated(undefined, source)
        : bulkItem(undefined, op, id, index, this.#actionLine(id), source)
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
      return rejectedItem(action, op, simpleId(meta._id), meta._index ?? this.#settings.index, 'illegal_argument', checked.reason)
    }
    let meta = checked.meta
    if (this.#settings.pinIndex && meta._index !== undefined && meta._index !== this.#settings.index) {
      meta = { ...meta, _index: this.#settings.index }
    }
    const index = meta._index ?? this.#settings.index
    let id = meta._id === undefined ? undefined : String(meta._id)
    if (index === undefined) {
      return rejectedItem(
        action,
        op,
        id,
        undefined,
        'illegal_argument',
        'no index: set the "index" option or _index in the action',
      )
    }
    if ((op === 'update' || op === 'delete') && id === undefined) {
      return rejectedItem(action, op, id, index, 'illegal_argument', `a ${op} action needs an _id`)
    }
    let body: Record<string, unknown> | undefined
    if (op === 'update') {
      body = {}
      for (const key of UPDATE_BODY_KEYS) if (action[key] !== undefined) body[key] = action[key]
      const wrong = checkUpdateBody(body)
      if (wrong !== undefined) return rejectedItem(action, op, id, index, 'illegal_argument', wrong)
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
      return rejectedItem(action, op, id, index, 'serialization_error', (err as Error).message)
    }
    return bulkItem(action, op, id, index, head, source)
  }

  #fromMetaShape(input: object, shaped: MetaShape): BulkItem | RejectedItem {
    if ('reason' in shaped) {
      return rejectedItem(input, shaped.op, undefined, this.#settings.index, 'illegal_argument', shaped.reason)
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
      return rejectedItem(
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
        return rejectedItem(input, 'index', undefined, this.#settings.index, 'parse_error', error.message)
      }
      const op = parsed !== null && typeof parsed === 'object' ? asAction(parsed) : undefined
      if (op === undefined) {
        return rejectedItem(
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
        return rejectedItem(input, op, undefined, this.#settings.index, 'illegal_argument', checked.reason)
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
        return rejectedItem(
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
        return bulkItem(input, op, newId, index, head, rest)
      }
      return bulkItem(input, op, id, index, '', slice(0, end))
    }
    const { op, index } = this.#settings
    if (index === undefined) {
      return rejectedItem(
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
        : bulkItem(input, op, undefined, index, this.#bareAction, slice(0, end))
    // A string decodes back from its UTF-8 bytes to the same string unless it holds a lone surrogate
    // (isWellFormed answers at once for one-byte strings, the usual case).
    if (isString && end === input.length && (input as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      built.input = undefined
      built.inputInBody = true
    }
    return built
  }
}


/** An id for a refused item's result, when its metadata has one that reads as an id. */
function simpleId(id: unknown): string | undefined {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}
