/**
 * A search page read from its bytes, for `scan({ raw: true })`: the hits are found as byte ranges of the page,
 * and only what paging needs is parsed (the point-in-time or scroll id, `_shards`, the sort values of the last
 * hit). A hit's `_source` is never parsed or re-serialized, so it comes out byte for byte as the node stored it
 * (a `__proto__` key included), at the cost of one walk over the bytes instead of JSON.parse + JSON.stringify.
 */
import { DeserializationError } from '../../errors.js'
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  stringEnd as stringEndIn,
  valueEnd as valueEndIn,
} from '../json-bytes.js'


/** One hit as bytes: views into the page, with its top-level fields found but not parsed. */
export class RawHit {
  /** The page the hit lives in (shared by every hit of the page). */
  readonly page: Buffer
  /** Byte range of the whole hit object in `page`. */
  readonly start: number
  end: number
  /** Byte ranges of the values of `_index`, `_id`, `_routing`, `_source` and `sort` (-1: absent). */
  indexAt = -1
  indexEnd = -1
  idAt = -1
  idEnd = -1
  routingAt = -1
  routingEnd = -1
  sourceAt = -1
  sourceEnd = -1
  sortAt = -1
  sortEnd = -1
  #sort: unknown[] | undefined

  constructor(page: Buffer, start: number, end: number) {
    this.page = page
    this.start = start
    this.end = end
  }

  /** The hit's JSON exactly as the node sent it. */
  get bytes(): Buffer {
    return this.page.subarray(this.start, this.end)
  }

  /** The `_source` bytes as the node sent them (undefined when the hit has none). */
  get source(): Buffer | undefined {
    return this.sourceAt < 0 ? undefined : this.page.subarray(this.sourceAt, this.sourceEnd)
  }

  get _index(): string {
    return this.#string(this.indexAt, this.indexEnd) ?? ''
  }

  get _id(): string {
    return this.#string(this.idAt, this.idEnd) ?? ''
  }

  get _routing(): string | undefined {
    return this.#string(this.routingAt, this.routingEnd)
  }

  /** The sort values (parsed on first use: paging needs only the last hit's). */
  get sort(): unknown[] | undefined {
    if (this.#sort === undefined && this.sortAt >= 0) {
      this.#sort = JSON.parse(this.page.toString('utf8', this.sortAt, this.sortEnd)) as unknown[]
    }
    return this.#sort
  }

  #string(at: number, end: number): string | undefined {
    const page = this.page
    // Absent, or not a string (an `_id` of 7 has no string form the node gave: undefined, as for no `_id`).
    if (at < 0 || page[at] !== QUOTE) return undefined
    // A JSON string without escapes is its bytes between the quotes; one with escapes goes through JSON.parse.
    for (let i = at + 1; i < end - 1; i++) {
      if (page[i] === BACKSLASH) return JSON.parse(page.toString('utf8', at, end)) as string
    }
    return page.toString('utf8', at + 1, end - 1)
  }
}

export interface RawPage {
  hits: RawHit[]
  pitId: string | undefined
  scrollId: string | undefined
  shards: { total: number; failed: number; failures?: unknown[] } | undefined
}

/**
 * Reads a search response's bytes into hits and paging fields. Throws DeserializationError on a broken page:
 * anything JSON.parse refuses, a page that is not an object, `hits` that is not an object, `hits.hits` that is
 * not an array of objects. A key given twice counts once, the last, as with JSON.parse.
 */
export function readRawPage(page: Buffer): RawPage {
  const out: RawPage = { hits: [], pitId: undefined, scrollId: undefined, shards: undefined }
  try {
    // Each value is walked once: `hits` by the reads below (which say where it ends), the rest by valueEnd.
    const end = members(page, skipSpace(page, 0), (key, at) => {
      if (keyIs(page, key, 'hits')) {
        out.hits = []
        return members(page, at, (inner, hitsAt) => {
          if (!keyIs(page, inner, 'hits')) return valueEnd(page, hitsAt)
          out.hits = []
          return readHits(page, hitsAt, out.hits)
        })
      }
      const end = valueEnd(page, at)
      if (keyIs(page, key, 'pit_id')) out.pitId = JSON.parse(page.toString('utf8', at, end)) as string
      else if (keyIs(page, key, '_scroll_id'))
        out.scrollId = JSON.parse(page.toString('utf8', at, end)) as string
      else if (keyIs(page, key, '_shards')) out.shards = JSON.parse(page.toString('utf8', at, end))
      return end
    })
    if (skipSpace(page, end) !== page.length) throw new SyntaxError(`bytes after the page at byte ${end}`)
  } catch (cause) {
    throw new DeserializationError(`scan: a search page is not valid JSON: ${(cause as Error).message}`, {
      cause,
      statusCode: 200,
      body: page.toString('utf8', 0, Math.min(page.length, 2048)),
    })
  }
  return out
}

/** Reads the hits array at `at` into `hits`; returns the index just past its `]`. */
function readHits(page: Buffer, at: number, hits: RawHit[]): number {
  if (page[at] !== OPEN_ARRAY) throw new SyntaxError(`hits.hits is not an array at byte ${at}`)
  let i = skipSpace(page, at + 1)
  if (page[i] === CLOSE_ARRAY) return i + 1
  for (;;) {
    if (page[i] !== OPEN_OBJECT) throw new SyntaxError(`a hit is not an object at byte ${i}`)
    const hit = new RawHit(page, i, i)
    // One walk over the hit: its members' ranges, and where it ends.
    const end = members(page, i, (key, vAt) => {
      const vEnd = valueEnd(page, vAt)
      const length = key.name?.length ?? key.end - key.start - 2
      const c = key.name === undefined ? page[key.start + 2] : key.name.charCodeAt(1)
      if (length === 3 && c === 0x69 /* _id */ && keyIs(page, key, '_id')) {
        hit.idAt = vAt
        hit.idEnd = vEnd
      } else if (length === 6 && c === 0x69 /* _index */ && keyIs(page, key, '_index')) {
        hit.indexAt = vAt
        hit.indexEnd = vEnd
      } else if (length === 7 && c === 0x73 /* _source */ && keyIs(page, key, '_source')) {
        hit.sourceAt = vAt
        hit.sourceEnd = vEnd
      } else if (length === 4 && keyIs(page, key, 'sort')) {
        hit.sortAt = vAt
        hit.sortEnd = vEnd
      } else if (length === 8 && keyIs(page, key, '_routing')) {
        hit.routingAt = vAt
        hit.routingEnd = vEnd
      }
      return vEnd
    })
    hit.end = end
    hits.push(hit)
    i = skipSpace(page, end)
    if (page[i] === COMMA) i = skipSpace(page, i + 1)
    else if (page[i] === CLOSE_ARRAY) return i + 1
    else throw new SyntaxError(`expected , or ] at byte ${i}`)
  }
}

interface Key {
  /** The key's bytes, quotes included. */
  start: number
  end: number
  /** The key decoded, when it is written with an escape (`"\u005fid"` is `_id`); undefined for a plain key. */
  name: string | undefined
}

/**
 * Calls `each` with the key range (quotes included) and where the value starts, for every member of the object
 * at `at`; `each` answers where that value ends (it reads the value, or asks valueEnd), so no value is walked
 * twice. Returns the index just past the object's `}`.
 */
function members(page: Buffer, at: number, each: (key: Key, valueAt: number) => number): number {
  if (page[at] !== OPEN_OBJECT) throw new SyntaxError(`expected an object at byte ${at}`)
  let i = skipSpace(page, at + 1)
  if (page[i] === CLOSE_OBJECT) return i + 1
  const key: Key = { start: 0, end: 0, name: undefined }
  for (;;) {
    if (page[i] !== QUOTE) throw new SyntaxError(`expected a key at byte ${i}`)
    key.start = i
    key.end = stringEnd(page, i)
    key.name = undefined
    for (let j = i + 1; j < key.end - 1; j++) {
      if (page[j] === BACKSLASH) {
        key.name = JSON.parse(page.toString('utf8', i, key.end)) as string
        break
      }
    }
    i = skipSpace(page, key.end)
    if (page[i] !== COLON) throw new SyntaxError(`expected : at byte ${i}`)
    const valueAt = skipSpace(page, i + 1)
    const end = each(key, valueAt)
    i = skipSpace(page, end)
    if (page[i] === COMMA) i = skipSpace(page, i + 1)
    else if (page[i] === CLOSE_OBJECT) return i + 1
    else throw new SyntaxError(`expected , or } at byte ${i}`)
  }
}

function keyIs(page: Buffer, key: Key, name: string): boolean {
  if (key.name !== undefined) return key.name === name
  if (key.end - key.start - 2 !== name.length) return false
  for (let j = 0; j < name.length; j++) if (page[key.start + 1 + j] !== name.charCodeAt(j)) return false
  return true
}

/** The index just past the closing quote of the string opening at `at`; a page that breaks off is an error. */
function stringEnd(page: Buffer, at: number): number {
  const end = stringEndIn(page, at, page.length)
  if (end === -1) throw new SyntaxError(`not a JSON string at byte ${at}`)
  return end
}

/** The index just past the JSON value starting at `at`; a page that breaks off is an error. */
function valueEnd(page: Buffer, at: number): number {
  const end = valueEndIn(page, at, page.length)
  if (end === -1) {
    throw new SyntaxError(page[at] === undefined || at >= page.length ? `expected a value at byte ${at}` : `not a JSON value at byte ${at}`)
  }
  return end
}

function skipSpace(page: Buffer, at: number): number {
  let i = at
  while (i < page.length) {
    const c = page[i]
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
    i++
  }
  return i
}
