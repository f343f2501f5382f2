import type { BulkAnswer } from './bulk-answer.js'
import { type BulkItem, itemId, type RejectedItem } from './bulk-item.js'
import type { BulkResult, BulkStreamStats } from './bulk-result.js'
import type { InputMark } from './input-mark.js'
import { itemError } from './request-verdict.js'

/**
 * The end of an item's way through bulkStream: its outcome counted in the stream's stats and, as `results`
 * asks, shaped into the one result it gets (a failure with its input, read back from the body it was sent in).
 */
export class ResultWriter {
  readonly #stats: BulkStreamStats
  readonly #results: 'all' | 'failed' | 'none'
  readonly #parse: (text: string) => unknown
  readonly #push: (result: BulkResult) => void
  /** With `trackPosition`: told of each item whose outcome is final, after its result is pushed. */
  readonly #mark: InputMark | undefined
  /** Results pushed so far. */
  pushed = 0

  constructor(
    stats: BulkStreamStats,
    results: 'all' | 'failed' | 'none',
    parse: (text: string) => unknown,
    push: (result: BulkResult) => void,
    mark: InputMark | undefined,
  ) {
    this.#stats = stats
    this.#results = results
    this.#parse = parse
    this.#push = (result) => {
      this.pushed++
      push(result)
    }
    this.#mark = mark
  }

  ok(it: BulkItem, status: number, answer: BulkAnswer, i: number): void {
    this.#ok(it, status, answer, i)
    this.#mark?.settle(it.seq)
  }

  exists(it: BulkItem, answer: BulkAnswer, i: number): void {
    this.#exists(it, answer, i)
    this.#mark?.settle(it.seq)
  }

  fail(it: BulkItem | RejectedItem, status: number, error: { type: string; reason: string }, body?: Buffer): void {
    this.#fail(it, status, error, body)
    if (it.seq !== undefined) this.#mark?.settle(it.seq)
  }

  #ok(it: BulkItem, status: number, answer: BulkAnswer, i: number): void {
    this.#stats.successful++
    if (this.#results !== 'all') return
    const result: BulkResult = {
      ok: true,
      op: it.op,
      status,
      id: answer.id(i) ?? itemId(it),
      index: answer.index(i) ?? it.index,
      attempts: it.attempts,
    }
    const r = answer.result(i)
    if (r !== undefined) result.result = r
    this.#push(result)
  }

  /**
   * A `create` answered 409 after an attempt whose answer was lost: a document with this id is in the index,
   * either ours from that attempt or one that was there before the load, and nothing can tell which. Not a
   * failure (retrying cannot change it, nothing is lost), not a plain success either: result 'exists', counted
   * in `successful` and in `stats.exists`.
   */
  #exists(it: BulkItem, answer: BulkAnswer, i: number): void {
    this.#stats.successful++
    this.#stats.exists++
    if (this.#results !== 'all') return
    this.#push({
      ok: true,
      op: it.op,
      status: 409,
      id: answer.id(i) ?? itemId(it),
      index: answer.index(i) ?? it.index,
      result: 'exists',
      error: itemError(answer, i, 409),
      attempts: it.attempts,
    } satisfies BulkResult)
  }

  #fail(
    it: BulkItem | RejectedItem,
    status: number,
    error: { type: string; reason: string },
    body?: Buffer,
  ): void {
    this.#stats.failed++
    if (this.#results === 'none') return
    const sent = it as BulkItem
    // The line comes back out of the body it was sent in (without its newline), equal to the string written.
    let input = it.input
    if (sent.inputInBody === true && body !== undefined) {
      input = body.toString('utf8', sent.start + sent.sourceAt, sent.end - 1)
      if (sent.parseBack) input = this.#parse(input as string)
    }
    const result: BulkResult = {
      ok: false,
      op: it.op,
      status,
      id: itemId(it),
      index: it.index,
      error,
      item: input,
      attempts: (it as BulkItem).attempts ?? 0,
    }
    const line = sent.line ?? (it as RejectedItem).error?.line
    if (line !== undefined && line > 0) result.line = line
    this.#push(result)
  }
}
