import { randomBytes } from 'node:crypto'
import { ParseError, SerializationError } from '../errors.js'
import { isBadLine } from './bad-line.js'

export type BulkOp = 'index' | 'create' | 'update' | 'delete'
const OPS: readonly BulkOp[] = ['index', 'create', 'update', 'delete']

/** The metadata of one bulk action line, as Elasticsearch names it. */
export interface BulkActionMeta {
  _index?: string
  _id?: string
  routing?: string
  pipeline?: string
  if_seq_no?: number
  if_primary_term?: number
  version?: number
  version_type?: 'internal' | 'external' | 'external_gte'
  require_alias?: boolean
  /** update only */
  retry_on_conflict?: number
  dynamic_templates?: Record<string, string>
  [key: string]: unknown
}

/** Keys besides the op that an action object may carry; `update` sends them as its body. */
const UPDATE_BODY_KEYS = [
  'doc',
  'upsert',
  'doc_as_upsert',
  'script',
  'scripted_upsert',
  'detect_noop',
  '_source',
]

export type BulkAction<TDoc = Record<string, unknown>> =
  | { index: BulkActionMeta; doc: TDoc }
  | { create: BulkActionMeta; doc: TDoc }
  | {
      update: BulkActionMeta
      doc?: Partial<TDoc>
      upsert?: TDoc
      doc_as_upsert?: boolean
      script?: unknown
      scripted_upsert?: boolean
      detect_noop?: boolean
      _source?: unknown
    }
  | { delete: BulkActionMeta }

/** One item of work inside bulkStream: the input, its serialized lines, and what we know about it. */
export interface BulkItem {
  input: unknown
  op: BulkOp
  id: string | undefined
  index: string | undefined
  /** Action line + source line, newline-terminated; reused as is on every retry. */
  data: Buffer
  attempts: number
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
  input: 'auto' | 'documents' | 'actions'
}

/** Recognizes `{ <op>: meta, ...body keys }`: exactly one op key whose value is an object, nothing unknown. */
export function asAction(value: object): BulkOp | undefined {
  let op: BulkOp | undefined
  for (const key in value) {
    if ((OPS as readonly string[]).includes(key)) {
      if (op !== undefined) return undefined
      const meta = (value as Record<string, unknown>)[key]
      if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return undefined
      op = key as BulkOp
    } else if (!UPDATE_BODY_KEYS.includes(key)) {
      return undefined
    }
  }
  if (op === undefined) return undefined
  // Only update takes body keys other than doc; delete takes none.
  for (const key in value) {
    if (key === op) continue
    if (op === 'delete') return undefined
    if (op !== 'update' && key !== 'doc') return undefined
  }
  return op
}

const NL = 0x0a

/** Time-ordered ids (like Elasticsearch's own): a shared prefix keeps Lucene's terms dictionary compact. */
export class IdGenerator {
  #seq = randomBytes(3).readUIntBE(0, 3)
  #tail = randomBytes(6)
  next(): string {
    const buf = Buffer.allocUnsafe(15)
    buf.writeUIntBE(Date.now(), 0, 6)
    this.#seq = (this.#seq + 1) & 0xffffff
    buf.writeUIntBE(this.#seq, 6, 3)
    if (this.#seq === 0) this.#tail = randomBytes(6)
    this.#tail.copy(buf, 9)
    return buf.toString('base64url')
  }
}

export class ItemBuilder {
  readonly #settings: ItemSettings
  readonly #ids = new IdGenerator()
  /** `{"index":{"_index":"x"` for the common case: built once, not per document. */
  readonly #prefix: string | undefined

  constructor(settings: ItemSettings) {
    this.#settings = settings
    this.#prefix =
      settings.index === undefined
        ? undefined
        : `{"${settings.op}":{"_index":${JSON.stringify(settings.index)}`
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
    if (id === undefined && this.#settings.autoId === 'client') id = this.#ids.next()
    let source: string
    try {
      source = JSON.stringify(doc)
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
    const action =
      id === undefined ? `${this.#prefix}}}\n` : `${this.#prefix},"_id":${JSON.stringify(id)}}}\n`
    return item(doc, op, id, index, Buffer.from(`${action}${source}\n`))
  }

  #pickId(doc: object): string | undefined {
    const picker = this.#settings.id
    if (picker === undefined) return undefined
    const value = typeof picker === 'function' ? picker(doc) : (doc as Record<string, unknown>)[picker]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    throw new Error(`option "id" gave ${typeof value}, expected a string or a number`)
  }

  #action(action: Record<string, unknown>, op: BulkOp): BulkItem | RejectedItem {
    const meta = action[op] as BulkActionMeta
    const index = meta._index ?? this.#settings.index
    let id = meta._id === undefined || meta._id === null ? undefined : String(meta._id)
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
    let fullMeta: BulkActionMeta = meta
    if (meta._index === undefined) fullMeta = { ...fullMeta, _index: index }
    if (id === undefined && this.#settings.autoId === 'client') {
      id = this.#ids.next()
      fullMeta = { ...fullMeta, _id: id }
    }
    let text: string
    try {
      text = `{"${op}":${JSON.stringify(fullMeta)}}\n`
      if (op === 'index' || op === 'create') {
        text += `${JSON.stringify(action.doc ?? {})}\n`
      } else if (op === 'update') {
        const body: Record<string, unknown> = {}
        for (const key of UPDATE_BODY_KEYS) if (action[key] !== undefined) body[key] = action[key]
        text += `${JSON.stringify(body)}\n`
      }
    } catch (err) {
      return reject(action, op, id, index, 'serialization_error', (err as Error).message)
    }
    return item(action, op, id, index, Buffer.from(text))
  }

  /** A pre-serialized line: a document source, or action line + source. Only a leading action line is parsed. */
  #raw(input: string | Buffer): BulkItem | RejectedItem {
    const buf = typeof input === 'string' ? Buffer.from(input) : input
    let end = buf.length
    while (end > 0 && (buf[end - 1] === NL || buf[end - 1] === 0x0d)) end--
    if (end === 0)
      return reject(
        input,
        'index',
        undefined,
        this.#settings.index,
        'illegal_argument',
        'an empty line is not a document',
      )
    const firstNl = buf.indexOf(NL)
    if (firstNl !== -1 && firstNl < end) {
      // action line (+ source line): Elasticsearch gets it as it is.
      let parsed: unknown
      try {
        parsed = JSON.parse(buf.subarray(0, firstNl).toString())
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
      const meta = (parsed as Record<string, BulkActionMeta>)[op]!
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
        const head = Buffer.from(`{"${op}":${JSON.stringify(full)}}`)
        return item(input, op, newId, index, withNewline(Buffer.concat([head, buf.subarray(firstNl, end)])))
      }
      return item(input, op, id, index, withNewline(buf.subarray(0, end)))
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
    const id = this.#settings.autoId === 'client' ? this.#ids.next() : undefined
    const action = Buffer.from(
      id === undefined ? `${this.#prefix}}}\n` : `${this.#prefix},"_id":${JSON.stringify(id)}}}\n`,
    )
    return item(input, op, id, index, Buffer.concat([action, buf.subarray(0, end), NEWLINE]))
  }
}

const NEWLINE = Buffer.from('\n')

function withNewline(buf: Buffer): Buffer {
  return Buffer.concat([buf, NEWLINE])
}

function item(
  input: unknown,
  op: BulkOp,
  id: string | undefined,
  index: string | undefined,
  data: Buffer,
): BulkItem {
  return { input, op, id, index, data, attempts: 0, ambiguous: false }
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

export function isRejected(value: BulkItem | RejectedItem): value is RejectedItem {
  return (value as RejectedItem).error !== undefined
}
