/**
 * Dump lines straight from the page bytes (`scan({ raw: true })`): `{"_index":..,"_id":..,"_source":..}` built by
 * copying the hit's own byte ranges, so a document is written exactly as Elasticsearch stored it (no parse, no
 * re-serialization: a `__proto__` key or a float's spelling survive), and many lines share one output chunk.
 */
import type { RawHit } from '../../helpers/scan/raw-page.js'

const INDEX = Buffer.from('{"_index":')
const ID = Buffer.from(',"_id":')
const ROUTING = Buffer.from(',"_routing":')
const SOURCE = Buffer.from(',"_source":')
const EMPTY_SOURCE = Buffer.from('{}')
const CHUNK = 256 * 1024

/** Collects lines into chunks of about 256 KiB; `take()` hands the filled part over and starts a new chunk. */
export class DumpLines {
  readonly #sourceOnly: boolean
  #chunk = Buffer.allocUnsafe(CHUNK)
  #used = 0
  #docs = 0

  constructor(sourceOnly: boolean) {
    this.#sourceOnly = sourceOnly
  }

  get bytes(): number {
    return this.#used
  }

  get docs(): number {
    return this.#docs
  }

  /** Appends the hit's line; returns its length in bytes. */
  add(hit: RawHit): number {
    const page = hit.page
    const sourceLength = hit.sourceAt < 0 ? EMPTY_SOURCE.length : hit.sourceEnd - hit.sourceAt
    const length = this.#sourceOnly
      ? sourceLength + 1
      : INDEX.length +
        (hit.indexEnd - hit.indexAt) +
        ID.length +
        (hit.idEnd - hit.idAt) +
        (hit.routingAt < 0 ? 0 : ROUTING.length + hit.routingEnd - hit.routingAt) +
        SOURCE.length +
        sourceLength +
        2
    if (this.#used + length > this.#chunk.length) this.#grow(length)
    const out = this.#chunk
    let at = this.#used
    if (!this.#sourceOnly) {
      at += INDEX.copy(out, at)
      at += page.copy(out, at, hit.indexAt, hit.indexEnd)
      at += ID.copy(out, at)
      at += page.copy(out, at, hit.idAt, hit.idEnd)
      if (hit.routingAt >= 0) {
        at += ROUTING.copy(out, at)
        at += page.copy(out, at, hit.routingAt, hit.routingEnd)
      }
      at += SOURCE.copy(out, at)
    }
    at += hit.sourceAt < 0 ? EMPTY_SOURCE.copy(out, at) : page.copy(out, at, hit.sourceAt, hit.sourceEnd)
    if (!this.#sourceOnly) out[at++] = 0x7d // }
    out[at++] = 0x0a
    this.#used = at
    this.#docs++
    return length
  }

  /**
   * Takes back the last line added (`length` bytes, as add answered), as text without its newline: for
   * `--transform`, which gets the line parsed and hands back what to write instead (`addLine`).
   */
  removeLast(length: number): string {
    this.#used -= length
    this.#docs--
    return this.#chunk.toString('utf8', this.#used, this.#used + length - 1)
  }

  /** Appends a line given as text (without newline). */
  addLine(text: string): number {
    const length = Buffer.byteLength(text) + 1
    if (this.#used + length > this.#chunk.length) this.#grow(length)
    this.#used += this.#chunk.write(text, this.#used)
    this.#chunk[this.#used++] = 0x0a
    this.#docs++
    return length
  }

  /** The lines collected since the last take (a Buffer the caller may write; it is not reused). */
  take(): { chunk: Buffer; docs: number } {
    const taken = { chunk: this.#chunk.subarray(0, this.#used), docs: this.#docs }
    this.#chunk = Buffer.allocUnsafe(CHUNK)
    this.#used = 0
    this.#docs = 0
    return taken
  }

  #grow(length: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(CHUNK, (this.#used + length) * 2))
    this.#chunk.copy(bigger, 0, 0, this.#used)
    this.#chunk = bigger
  }
}
