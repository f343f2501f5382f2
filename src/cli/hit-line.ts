/**
 * Sorts the lines of `load`'s byte path by what they need, scanning bytes, never parsing a plain document:
 *
 * - a dump line (`{"_index":..,"_id":..,"_source":{..}}`, as `elastream dump` writes it): every top-level key
 *   a hit key and the last `_source` an object (JSON.parse keeps the last of duplicate keys, so do we), the rule
 *   `fromDump` applies to a parsed line. Its `_id`, `_routing` and `_source` value ranges are found, and the
 *   source bytes go out as they are: no JSON.parse of the line, no JSON.stringify of the source.
 * - a line with another top-level key Elasticsearch refuses inside a document (`_id`, `_index`, `_source`,
 *   `_routing`, `_version`, see bulk-meta-shape.ts), such as `{"_id":"1","word":"foo"}`: 'object', parsed and
 *   read as bulk reads such an object (metadata in the document), as load always did.
 * - anything else: a plain document, sent as its bytes.
 *
 * Decided per line, so a file mixing dump lines and plain documents loads each line as what it is. A plain
 * document costs a single-byte `indexOf` per `_` or `\\` in it (see AfterQuote): only a line holding `"_` or `"\` (the start of a reserved key,
 * or of an escaped spelling of one) is scanned. Nested values are skipped, not validated (strings with their
 * escapes, brackets counted); the source is Elasticsearch's to check, and a scanned line this scanner cannot
 * follow is handed over as 'object', where JSON.parse names what is wrong with it.
 */
import { TRIGGERS } from '../helpers/bulk-meta-shape.js'
import { BACKSLASH, CLOSE_OBJECT as CLOSE, COLON, COMMA, isSpace, OPEN_OBJECT as OPEN, QUOTE, stringEnd, valueEnd } from '../helpers/json-bytes.js'


/**
 * The keys a search hit has (see `fromDump`): a line with any other top-level key is no dump line. `_type` is
 * there for hits of Elasticsearch 6 and 7 (elasticdump files): without it such a line was read as metadata in
 * the document and went to the index named in the line, not to --index.
 */
export const HIT_KEYS: ReadonlySet<string> = new Set([
  '_index',
  '_type',
  '_id',
  '_source',
  '_score',
  '_routing',
  'sort',
  'fields',
  '_ignored',
])

/** Keys that make a line metadata-in-document: never a plain document (Elasticsearch refuses them). */
const RESERVED = new Set(TRIGGERS)
/** The keys the scan cares about, as bytes: a key is matched in place, with no string made for it. */
const KNOWN = [...new Set([...HIT_KEYS, ...TRIGGERS])].map((name) => ({ name, bytes: Buffer.from(name) }))

/**
 * The key `bytes[at..to)` (a JSON string, quotes included) when it is one of KNOWN, '' for any other key,
 * undefined when it is not a valid string. Decoded (JSON.parse) only when it has an escape.
 */
function keyAt(bytes: Buffer, at: number, to: number): string | undefined {
  const length = to - at - 2
  for (let i = at + 1; i < to - 1; i++) if (bytes[i] === BACKSLASH) return knownKey(stringText(bytes, at, to))
  next: for (const { name, bytes: key } of KNOWN) {
    if (key.length !== length) continue
    for (let j = 0; j < length; j++) if (bytes[at + 1 + j] !== key[j]) continue next
    return name
  }
  return ''
}

function knownKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined
  return HIT_KEYS.has(key) || RESERVED.has(key) ? key : ''
}

/** What a dump line holds; one object, overwritten by each call (read it before the next line). */
export interface HitLine {
  /** `bytes[sourceStart..sourceEnd)` is the `_source` object, as written. */
  sourceStart: number
  sourceEnd: number
  /** `_id` when it is a string, else undefined (a generated id then). */
  id: string | undefined
  /** `_routing` when it is a string. */
  routing: string | undefined
}

const found: HitLine = { sourceStart: 0, sourceEnd: 0, id: undefined, routing: undefined }

/**
 * The JSON string `bytes[at..to)` decoded: a slice when it has no escape, JSON.parse when it has one
 * (`"\u005fid"` is `_id` too); undefined when it is not a valid string (the line is then no dump line).
 */
function stringText(bytes: Buffer, at: number, to: number): string | undefined {
  let escaped = false
  for (let i = at + 1; i < to - 1; i++) {
    if (bytes[i] === BACKSLASH) {
      escaped = true
      break
    }
  }
  if (!escaped) return bytes.toString('utf8', at + 1, to - 1)
  try {
    return JSON.parse(bytes.toString('utf8', at, to)) as string
  } catch {
    return undefined
  }
}

/**
 * Whether a line holds `"` followed by `byte`, with the next `byte` of the chunk remembered across its lines,
 * so that each occurrence costs one memchr-fast single-byte `indexOf` however many lines there are (a line is
 * a range of a larger buffer, and indexOf looks to the buffer's end; a two-byte needle searches far slower).
 * Lines of one chunk come in order; a new buffer, or a start not past the last one (the splitter's carry
 * buffer, reused for each cut line), searches again.
 */
class AfterQuote {
  #bytes: Buffer | undefined
  #from = -1
  #at = -1
  constructor(readonly byte: number) {}
  within(bytes: Buffer, start: number, end: number): boolean {
    if (bytes !== this.#bytes || start <= this.#from || (this.#at !== -1 && this.#at < start)) {
      this.#bytes = bytes
      this.#at = bytes.indexOf(this.byte, start)
    }
    this.#from = start
    while (this.#at !== -1 && this.#at < end) {
      if (this.#at > start && bytes[this.#at - 1] === QUOTE) return true
      this.#at = bytes.indexOf(this.byte, this.#at + 1)
    }
    return false
  }
}

const underscore = new AfterQuote(0x5f)
const escaped = new AfterQuote(BACKSLASH)

/**
 * `bytes[start..end)` is one line, `{` at `start` and `}` at `end - 1`. Returns where its parts are when it is
 * a dump line, 'object' when it must be parsed (reserved keys, or a scanned line it cannot follow), undefined
 * for a plain document.
 */
export function hitLine(bytes: Buffer, start: number, end: number): HitLine | 'object' | undefined {
  // Both searches run (each remembers its next hit): a line can hold either.
  const a = underscore.within(bytes, start, end)
  const b = escaped.within(bytes, start, end)
  if (!a && !b) return undefined
  let i = start + 1
  while (isSpace(bytes[i])) i++
  if (bytes[i] === CLOSE && i === end - 1) return undefined // {}
  let sourceStart = -1
  let sourceEnd = -1
  let id: string | undefined
  let routing: string | undefined
  let hitKeysOnly = true
  let reserved = false
  const last = end - 1
  for (;;) {
    // At a key.
    if (bytes[i] !== QUOTE) return 'object'
    const keyEnd = stringEnd(bytes, i, last)
    if (keyEnd === -1) return 'object'
    const key = keyAt(bytes, i, keyEnd)
    if (key === undefined) return 'object'
    if (!HIT_KEYS.has(key)) hitKeysOnly = false
    if (RESERVED.has(key)) reserved = true
    if (reserved && !hitKeysOnly) return 'object'
    i = keyEnd
    while (isSpace(bytes[i])) i++
    if (bytes[i] !== COLON) return 'object'
    i++
    while (isSpace(bytes[i])) i++
    const valueStart = i
    const valueStop = valueEnd(bytes, i, last)
    if (valueStop === -1) return 'object'
    if (key === '_source') {
      // The last one counts, as with JSON.parse; an array or scalar there makes it no dump line.
      if (bytes[valueStart] === OPEN) {
        sourceStart = valueStart
        sourceEnd = valueStop
      } else {
        sourceStart = -1
      }
    } else if (key === '_id') {
      id = undefined
      if (bytes[valueStart] === QUOTE && (id = stringText(bytes, valueStart, valueStop)) === undefined) return 'object'
    } else if (key === '_routing') {
      routing = undefined
      if (bytes[valueStart] === QUOTE && (routing = stringText(bytes, valueStart, valueStop)) === undefined) {
        return 'object'
      }
    }
    i = valueStop
    while (isSpace(bytes[i])) i++
    if (bytes[i] === COMMA) {
      i++
      while (isSpace(bytes[i])) i++
      continue
    }
    if (i !== last) return 'object'
    break
  }
  if (hitKeysOnly && sourceStart !== -1) {
    found.sourceStart = sourceStart
    found.sourceEnd = sourceEnd
    found.id = id
    found.routing = routing
    return found
  }
  return reserved ? 'object' : undefined
}
