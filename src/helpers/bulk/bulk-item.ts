import type { BulkOp } from './bulk-action.js'
import { idOf } from './id-generator.js'

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
  /** Its place in the input with `trackPosition` (see InputMark), else -1. */
  seq: number
}

/** What went wrong before an item could be sent: it becomes a failed result without a request. */
export interface RejectedItem {
  /** Its place in the input with `trackPosition` (see InputMark). */
  seq?: number
  input: unknown
  op: BulkOp
  id: string | undefined
  index: string | undefined
  error: { type: string; reason: string; line?: number }
}

/** A new item, before it is copied into a batch body. */
export function bulkItem(
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
    seq: -1,
  }
}

/** An item refused before it could be sent. */
export function rejectedItem(
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

/** An item's id, building a generated one from its prefix and counter. */
export function itemId(it: BulkItem | RejectedItem): string | undefined {
  if (it.id !== undefined) return it.id
  const sent = it as BulkItem
  return sent.idPrefix === undefined ? undefined : idOf(sent.idPrefix, sent.idSeq)
}

export function isRejected(value: BulkItem | RejectedItem): value is RejectedItem {
  return (value as RejectedItem).error !== undefined
}
