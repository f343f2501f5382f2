/**
 * The bulk items `reindex` writes through the client: a hit copied as its bytes, or (with `--transform`) the
 * hit as the module changed it; and the document of a failed item, for the dead letter file.
 *
 * With a transform the module gets the hit as `dump` writes it (`{"_index","_id","_source"}`, `_routing` when
 * it has one) and `{ index, id }`, the same contract as `dump --transform` and `load --transform`
 * (transform-module.ts): integers beyond 2^53 as BigInt, `null` or `undefined` to drop the document. What it
 * returns is a hit again: its `_source` is written under its `_id` (and `_routing`) into the destination. It
 * must keep an `_id`: the copy keeps every document's id, which is what lets a resumed or repeated run
 * overwrite instead of duplicate, and what ties each bulk result to its place in the scan.
 */
import type { RawHit } from '../../index.js'
import { CliError } from '../errors.js'
import { HIT_KEYS } from '../load/hit-line.js'
import { type DocumentTransform, parseKeepingIntegers, stringifyKeepingIntegers } from '../transform-module.js'

const ACTION = Buffer.from('{"index":{"_index":')
const ID = Buffer.from(',"_id":')
const ROUTING = Buffer.from(',"routing":')
const END = Buffer.from('}}\n')
const EMPTY = Buffer.from('{}')

/** A bulk item and the `_id` it is written under (the key of its result). */
export interface ReindexAction {
  id: string
  bytes: Buffer
}

/**
 * The bulk item for a hit, as bytes: an action line with the hit's _id (and routing) and the hit's _source as
 * the node sent it, so a document is copied byte for byte, whatever its keys (`__proto__` included).
 */
export function rawAction(hit: RawHit, dest: Buffer): Buffer {
  const page = hit.page
  const parts = [ACTION, dest, ID, page.subarray(hit.idAt, hit.idEnd)]
  if (hit.routingAt >= 0) parts.push(ROUTING, page.subarray(hit.routingAt, hit.routingEnd))
  parts.push(END, hit.source ?? EMPTY)
  return Buffer.concat(parts)
}

/** The hit as `dump` writes it, as text: what a transform gets (parsed). */
export function hitLine(hit: RawHit): string {
  const page = hit.page
  const routing = hit.routingAt < 0 ? '' : `,"_routing":${page.toString('utf8', hit.routingAt, hit.routingEnd)}`
  return (
    `{"_index":${page.toString('utf8', hit.indexAt, hit.indexEnd)},"_id":${page.toString('utf8', hit.idAt, hit.idEnd)}` +
    `${routing},"_source":${hit.source?.toString('utf8') ?? '{}'}}`
  )
}

/**
 * The bulk item for the hit as `transform` returns it, or undefined when it drops the document. Rejects with a
 * CliError naming the module and the document (its index and _id) when the function throws or returns
 * something that is not a hit with an `_id`.
 */
export async function transformedAction(
  hit: RawHit,
  dest: Buffer,
  transform: DocumentTransform,
): Promise<ReindexAction | undefined> {
  const place = { index: hit._index, id: hit._id }
  const out = await transform.applyValue(parseKeepingIntegers(hitLine(hit)), { ...place })
  if (out === undefined) return undefined
  const problem = notAHit(out)
  if (problem !== undefined) {
    throw new CliError(
      `--transform ${transform.spec} returned ${problem} on the document at _id ${JSON.stringify(place.id)}, ` +
        `index ${place.index}: return the hit ({ _id, _source }) changed, or null to leave the document out`,
    )
  }
  const doc = out as { _id: string | number | bigint; _routing?: string | number | bigint; _source: object }
  const id = String(doc._id)
  const routing = doc._routing === undefined ? '' : `,"routing":${JSON.stringify(String(doc._routing))}`
  const action = `,"_id":${JSON.stringify(id)}${routing}}}\n`
  let source: string
  try {
    source = stringifyKeepingIntegers(doc._source)!
  } catch (err) {
    throw new CliError(
      `--transform ${transform.spec} returned a _source that is not JSON (${(err as Error).message}) on the ` +
        `document at _id ${JSON.stringify(place.id)}, index ${place.index}`,
    )
  }
  return { id, bytes: Buffer.concat([ACTION, dest, Buffer.from(action + source)]) }
}

/** Why `value` is not a hit the copy can write, or undefined when it is one. */
function notAHit(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return Array.isArray(value) ? 'an array' : `${typeof value} ${String(value).slice(0, 40)}`
  }
  const hit = value as Record<string, unknown>
  const others = Object.keys(hit).filter((k) => !HIT_KEYS.has(k))
  if (others.length > 0) {
    return `an object with ${others.slice(0, 3).map((k) => JSON.stringify(k)).join(', ')} beside the hit's keys`
  }
  const source = hit._source
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return 'a hit without a _source object'
  if (!isId(hit._id)) return hit._id === undefined ? 'a hit without an _id' : 'a hit whose _id is not a string or a number'
  if (hit._routing !== undefined && !isId(hit._routing)) return 'a hit whose _routing is not a string or a number'
  return undefined
}

function isId(v: unknown): boolean {
  return (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint'
}

/** The document of a failed item, for the dead letter file: the source line of the bytes sent. */
export function sourceOf(item: unknown): unknown {
  const text = Buffer.isBuffer(item) ? item.toString('utf8') : typeof item === 'string' ? item : undefined
  if (text === undefined) return (item as { doc?: unknown } | undefined)?.doc
  const line = text.slice(text.indexOf('\n') + 1)
  try {
    // JSON.parse makes own properties only (no prototype is set by a "__proto__" key), and the dead letter
    // writer serializes them back as they were.
    return JSON.parse(line)
  } catch {
    return line
  }
}
