/**
 * What `load`'s byte path does with each line, decided from its bytes in one walk (json-check.ts) that also
 * validates the whole line, so that every line meets one definition of valid, whatever it turns out to be:
 *
 * - not JSON: refused, with where it broke (a dump line's `_score`, `sort` or `_id` are never sent, so nobody
 *   else would see that they are broken).
 * - a dump line (`{"_index":..,"_id":..,"_source":{..}}`, as `elastream dump` writes it): every top-level key a
 *   hit key and the last `_source` an object (JSON.parse keeps the last of duplicate keys, so do we). Its
 *   `_source` bytes go out as they are, with its `_id` and `_routing`.
 * - a line with another top-level key Elasticsearch refuses inside a document (`_id`, `_index`, `_source`,
 *   `_routing`, `_version`, see bulk-meta-shape.ts), such as `{"_id":"1","word":"foo"}`: parsed and read as bulk
 *   reads such an object (metadata in the document), with its id taken from the bytes.
 * - anything else: a plain document, sent as its bytes.
 *
 * An id is the id as written: a string's text, or a number's digits exactly as in the file (`12345678901234567890`
 * stays that, where a JavaScript number would make it `12345678901234567000`). Any other id (an object, an array,
 * true, false, null) refuses its line, as does a `--id-field` a line lacks or holds more than once: never a
 * generated id in its place. With `--id-field` the id comes from the document (a dump line's `_source`), and a
 * dotted path (`meta.sku`) finds `{"meta":{"sku":..}}` as well as a key written `"meta.sku"`, as Elasticsearch
 * maps both.
 */
import { META_FIELDS, TRIGGERS } from '../../helpers/bulk/bulk-meta-shape.js'
import type { LineVerdict } from '../../helpers/bulk/bulk-stream.js'
import { JsonCheck } from '../../helpers/json-check.js'
import { BACKSLASH, COMMA, isSpace, OPEN_OBJECT, QUOTE, stringEnd, valueEnd } from '../../helpers/json-bytes.js'

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
/** The keys the walk cares about, as bytes: a key is matched in place, with no string made for it. */
const KNOWN = [...new Set([...HIT_KEYS, ...TRIGGERS])].map((name) => ({ name, bytes: Buffer.from(name) }))

/**
 * The key `bytes[at..to)` (a JSON string, quotes included) when it is one of KNOWN, '' for any other key.
 * Decoded only when it has an escape (`"\u005fid"` is `_id` too).
 */
function knownKeyAt(bytes: Buffer, at: number, to: number): string {
  const length = to - at - 2
  for (let i = at + 1; i < to - 1; i++) {
    if (bytes[i] === BACKSLASH) {
      const key = stringText(bytes, at, to)
      return HIT_KEYS.has(key) || RESERVED.has(key) ? key : ''
    }
  }
  next: for (const { name, bytes: key } of KNOWN) {
    if (key.length !== length) continue
    for (let j = 0; j < length; j++) if (bytes[at + 1 + j] !== key[j]) continue next
    return name
  }
  return ''
}

/** The valid JSON string `bytes[at..to)` decoded: a slice when it has no escape, JSON.parse when it has one. */
function stringText(bytes: Buffer, at: number, to: number): string {
  for (let i = at + 1; i < to - 1; i++) {
    if (bytes[i] === BACKSLASH) return JSON.parse(bytes.toString('utf8', at, to)) as string
  }
  return bytes.toString('utf8', at + 1, to - 1)
}

/** What a JSON value starting with `b` is, for a message. */
function kindOf(b: number | undefined): string {
  if (b === OPEN_OBJECT) return 'an object'
  if (b === 0x5b) return 'an array'
  if (b === 0x74 || b === 0x66) return 'a boolean'
  if (b === 0x6e) return 'null'
  return 'a value'
}

/**
 * The id `bytes[at..to)` stands for: a string's text, a number as written; else a refusal naming `what`.
 * The value is valid JSON (the line was checked).
 */
function idText(bytes: Buffer, at: number, to: number, what: string, noun = 'an id'): string | { refused: string } {
  const b = bytes[at]
  if (b === QUOTE) return stringText(bytes, at, to)
  if (b === 0x2d || (b !== undefined && b >= 0x30 && b <= 0x39)) return bytes.toString('latin1', at, to)
  return { refused: `has ${what} that is ${kindOf(b)}: ${noun} must be a string or a number` }
}

/**
 * Value ranges of `path` in the object `bytes[at..to)` (valid JSON), pushed onto `out` as pairs: a key equal to
 * the whole path, or to its start followed by a dot with the rest found inside (an object) that key's value.
 */
function findPath(bytes: Buffer, at: number, to: number, path: string, out: number[]): void {
  let i = at + 1
  while (isSpace(bytes[i])) i++
  if (bytes[i] !== QUOTE) return // {}
  for (;;) {
    const keyEnd = stringEnd(bytes, i, to)
    let v = keyEnd
    while (isSpace(bytes[v])) v++
    v++ // the colon
    while (isSpace(bytes[v])) v++
    const valueStop = valueEnd(bytes, v, to)
    matchKey(bytes, i, keyEnd, v, valueStop, path, out)
    i = valueStop
    while (isSpace(bytes[i])) i++
    if (bytes[i] !== COMMA) return
    i++
    while (isSpace(bytes[i])) i++
  }
}

function matchKey(bytes: Buffer, keyAt: number, keyEnd: number, v: number, valueStop: number, path: string, out: number[]): void {
  // Only keys that could match are decoded: at most 6 bytes per character (`\uXXXX`).
  if (keyEnd - keyAt - 2 > path.length * 6) return
  const key = stringText(bytes, keyAt, keyEnd)
  if (key === path) out.push(v, valueStop)
  else if (path.startsWith(key) && path.charCodeAt(key.length) === 0x2e && bytes[v] === OPEN_OBJECT) {
    findPath(bytes, v, valueStop, path.slice(key.length + 1), out)
  }
}

const EVERY_KEY = new Uint8Array(256).fill(1)
const OPEN = Buffer.from('{')
const CLOSE = Buffer.from('}')
const COMMA_BYTES = Buffer.from(',')
/** Metadata a line may name and still be put together from its bytes: the rest (`_op_type`, `_version`, ...) is bulk's to read. */
const SIMPLE = new Set(['_id', '_index', '_routing'])

/** Whether the recorded members name no metadata but `_id`, `_index` and `_routing`. */
function simpleMetadata(bytes: Buffer, m: number[]): boolean {
  for (let k = 0; k < m.length; k += 4) {
    // Decoded: a key with an escape may spell a metadata name.
    const key = stringText(bytes, m[k]!, m[k + 1]!)
    if (META_FIELDS[key] !== undefined && !SIMPLE.has(key)) return false
    if (key === '_op_type' || key === '_source') return false
  }
  return true
}

/** Options of `lineReader`. */
export interface LineReaderOptions {
  /** `--id-field`: the document field (a dotted path) every line's id comes from. */
  idField?: string | undefined
}

/** The `lineDocument` hook of `load`'s bulk stream: one per load (it reuses its walk state and answer object). */
export function lineReader(options: LineReaderOptions = {}): (bytes: Buffer, start: number, end: number) => LineVerdict {
  const idField = options.idField
  const check = new JsonCheck()
  // Recorded top-level keys: those starting like a hit key or a reserved key (`_`, `sort`, `fields`), escaped
  // ones, and those starting like the --id-field path.
  const record = new Uint8Array(256)
  for (const c of ['_', 's', 'f', '\\']) record[c.charCodeAt(0)] = 1
  if (idField !== undefined) {
    record[Buffer.from(idField)[0]!] = 1
  }
  const found = { sourceStart: 0, sourceEnd: 0, id: undefined as string | undefined, routing: undefined as string | undefined }
  const ranges: number[] = []

  /** The --id-field value in the object `bytes[at..to)`, or a refusal. */
  function fieldId(bytes: Buffer, at: number, to: number, topLevel: boolean): string | { refused: string } {
    const path = idField!
    ranges.length = 0
    if (topLevel) {
      // The walk recorded every top-level key that could start the path.
      const m = check.members
      for (let k = 0; k < m.length; k += 4) matchKey(bytes, m[k]!, m[k + 1]!, m[k + 2]!, m[k + 3]!, path, ranges)
    } else {
      findPath(bytes, at, to, path, ranges)
    }
    const field = `field ${JSON.stringify(path)} (--id-field)`
    if (ranges.length === 0) return { refused: `has no ${field}` }
    if (ranges.length > 2) return { refused: `has ${ranges.length / 2} values for ${field}: an id is one value` }
    return idText(bytes, ranges[0]!, ranges[1]!, field)
  }

  return (bytes, start, end) => {
    if (!check.check(bytes, start, end, record)) return { refused: `is not JSON: ${check.fault}`, type: 'parse_error' }
    const m = check.members
    let hitKeysOnly = m.length / 4 === check.topMembers
    let reserved = false
    let source = -1
    let id = -1
    let routing = -1
    for (let k = 0; k < m.length; k += 4) {
      const key = knownKeyAt(bytes, m[k]!, m[k + 1]!)
      if (!HIT_KEYS.has(key)) hitKeysOnly = false
      if (RESERVED.has(key)) reserved = true
      // The last of duplicate keys counts, as with JSON.parse.
      if (key === '_source') source = k
      else if (key === '_id') id = k
      else if (key === '_routing') routing = k
    }
    if (!reserved && idField === undefined) return undefined
    const sourceIsObject = source !== -1 && bytes[m[source + 2]!] === OPEN_OBJECT
    if (hitKeysOnly && sourceIsObject) {
      const sourceStart = m[source + 2]!
      const sourceEnd = m[source + 3]!
      const picked =
        idField !== undefined
          ? fieldId(bytes, sourceStart, sourceEnd, false)
          : id === -1
            ? undefined
            : idText(bytes, m[id + 2]!, m[id + 3]!, 'an _id')
      if (typeof picked === 'object') return { ...picked, type: 'illegal_argument' }
      let routed: string | { refused: string } | undefined
      if (routing !== -1) routed = idText(bytes, m[routing + 2]!, m[routing + 3]!, 'a _routing', 'a routing')
      if (typeof routed === 'object') return { ...routed, type: 'illegal_argument' }
      found.sourceStart = sourceStart
      found.sourceEnd = sourceEnd
      found.id = picked
      found.routing = routed
      return found
    }
    if (reserved && !sourceIsObject && simpleMetadata(bytes, m)) {
      // Metadata in the document that only names the id, index or routing (`{"_id":"1","word":"foo"}`): the
      // document is the other members, put together from their bytes (no parse, no re-serialization: a long
      // number in the document keeps its digits too).
      check.check(bytes, start, end, EVERY_KEY)
      const all = check.members
      const parts: Buffer[] = [OPEN]
      let idAt = -1
      let routingAt = -1
      for (let k = 0; k < all.length; k += 4) {
        const key = knownKeyAt(bytes, all[k]!, all[k + 1]!)
        if (key === '_id') idAt = k
        else if (key === '_routing') routingAt = k
        if (key === '_id' || key === '_index' || key === '_routing') continue
        if (parts.length > 1) parts.push(COMMA_BYTES)
        parts.push(bytes.subarray(all[k]!, all[k + 3]!))
      }
      parts.push(CLOSE)
      const document = Buffer.concat(parts)
      let picked: string | { refused: string } | undefined
      if (idField !== undefined) picked = fieldId(document, 0, document.length, false)
      else if (idAt !== -1) picked = idText(bytes, all[idAt + 2]!, all[idAt + 3]!, 'an _id')
      if (typeof picked === 'object') return { ...picked, type: 'illegal_argument' }
      let routed: string | { refused: string } | undefined
      if (routingAt !== -1) routed = idText(bytes, all[routingAt + 2]!, all[routingAt + 3]!, 'a _routing', 'a routing')
      if (typeof routed === 'object') return { ...routed, type: 'illegal_argument' }
      return { sourceStart: 0, sourceEnd: document.length, id: picked, routing: routed, source: document }
    }
    if (reserved) {
      // Metadata in the document: parsed as such; the id from the bytes, where JSON.parse would round a number.
      let picked: string | { refused: string } | undefined
      if (idField !== undefined) {
        picked = sourceIsObject
          ? fieldId(bytes, m[source + 2]!, m[source + 3]!, false)
          : fieldId(bytes, start, end, true)
      } else if (id !== -1) {
        picked = idText(bytes, m[id + 2]!, m[id + 3]!, 'an _id')
      }
      if (typeof picked === 'object') return { ...picked, type: 'illegal_argument' }
      return { parse: true, id: picked }
    }
    // A plain document with --id-field: sent as its bytes with the field's value as its id.
    const picked = fieldId(bytes, start, end, true)
    if (typeof picked === 'object') return { ...picked, type: 'illegal_argument' }
    found.sourceStart = start
    found.sourceEnd = end
    found.id = picked
    found.routing = undefined
    return found
  }
}

/** The reader without `--id-field` (what `load` uses when no field is given). */
export const hitLine = lineReader()
