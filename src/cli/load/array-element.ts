/**
 * An element of a top-level JSON array on its way to `load`'s bulk stream. Elements are parsed (stream-json),
 * so their numbers are JavaScript numbers: an id that is a number is taken only when the parse kept it exactly
 * (an integer up to 2^53 - 1); a longer one is refused rather than rounded (NDJSON keeps every digit). The
 * other rules are NDJSON's (hit-line.ts): a dump element keeps its `_id`, `--id-field` (a dotted path) picks
 * the id from the document, and an id that is not a string or a number refuses its element, never a generated
 * id in its place.
 */
import { ParseError } from '../../errors.js'
import { BadLine, isBadLine } from '../../helpers/bad-line.js'
import { HIT_KEYS } from './hit-line.js'

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** The id `value` stands for, or the reason it cannot be one (`what` names where it came from). */
export function elementId(value: unknown, what: string, noun = 'an id'): string | { refused: string } {
  if (typeof value === 'string') return value
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value)
    return {
      refused: `${what} is the number ${value}, which a JSON array (parsed) cannot carry exactly: write ids as strings, or load NDJSON (read as written)`,
    }
  }
  return { refused: `${what} is ${kindOf(value)}: ${noun} must be a string or a number` }
}

/** The values of a dotted `path` in `doc`: a key equal to the whole path, or to a prefix with the rest inside. */
export function pathValues(doc: Record<string, unknown>, path: string, out: unknown[] = []): unknown[] {
  for (const key of Object.keys(doc)) {
    if (key === path) out.push(doc[key])
    else if (path.startsWith(key) && path.charCodeAt(key.length) === 0x2e && isObject(doc[key])) {
      pathValues(doc[key], path.slice(key.length + 1), out)
    }
  }
  return out
}

/** The `--id-field` id of a document, or the reason there is none. */
export function fieldId(doc: Record<string, unknown>, path: string): string | { refused: string } {
  const values = pathValues(doc, path)
  const field = `field ${JSON.stringify(path)} (--id-field)`
  if (values.length === 0) return { refused: `has no ${field}` }
  if (values.length > 1) return { refused: `has ${values.length} values for ${field}: an id is one value` }
  return elementId(values[0], `has ${field} that`)
}

function refuse(element: number, value: unknown, reason: string): BadLine {
  const message = `JSON array element ${element} ${reason}`
  return new BadLine(element, JSON.stringify(value) ?? '', new ParseError(message, element))
}

/**
 * A dump element (`{ _index, _id, _source }`: only hit keys, `_source` an object) becomes an index action that
 * keeps its `_id` (or takes `--id-field` from its `_source`); the target index is always --index. Safe to
 * detect: Elasticsearch refuses `_id` and `_source` inside a document, so no real document has this shape.
 * Another object comes back as it is, or as an action with its `--id-field` id; an element that is no object,
 * or is refused, as a BadLine.
 */
export function fromDump(value: unknown, element = 0, idField?: string): unknown {
  if (isBadLine(value)) return value
  // A document is an object. A string element went to bulk as a raw line, so one holding JSON text was loaded
  // as that document; a number or an array failed without its element's number.
  if (!isObject(value)) return refuse(element, value, `is ${kindOf(value)}, not a document (an object)`)
  const source = value._source
  let dump = isObject(source)
  if (dump) for (const key in value) if (!HIT_KEYS.has(key)) dump = false
  if (!dump) {
    const metadata = '_id' in value || '_index' in value || '_source' in value
    if (idField !== undefined) {
      // The id from the document: `_source` for metadata with one, else the element itself.
      const id = fieldId(metadata && isObject(source) ? source : value, idField)
      if (typeof id === 'object') return refuse(element, value, id.refused)
      return metadata ? { ...value, _id: id } : { index: { _id: id }, doc: value }
    }
    if (typeof value._id === 'number' && !Number.isSafeInteger(value._id)) {
      // Metadata in the document is bulk's to read; a number id the parse rounded is refused here.
      return refuse(element, value, (elementId(value._id, 'has an _id that') as { refused: string }).refused)
    }
    return value
  }
  const meta: Record<string, unknown> = {}
  const id =
    idField !== undefined
      ? fieldId(source as Record<string, unknown>, idField)
      : value._id === undefined
        ? undefined
        : elementId(value._id, 'has an _id that')
  if (typeof id === 'object') return refuse(element, value, id.refused)
  if (id !== undefined) meta._id = id
  if (value._routing !== undefined) {
    const routing = elementId(value._routing, 'has a _routing that', 'a routing')
    if (typeof routing === 'object') return refuse(element, value, routing.refused)
    meta.routing = routing
  }
  return { index: meta, doc: source }
}
