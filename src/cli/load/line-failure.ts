/**
 * The dead letter entry of a failed line on `load`'s byte path, where bulk hands back the line's text, not a
 * parsed document. Only failures pay for parsing: a line bulk refused before sending (not `{...}`) gets the
 * reason the object path gives (not JSON, or which kind of JSON value it is); a line Elasticsearch refused
 * gets its document back parsed from the text when it parses, else the text itself (`raw`).
 */
import { type DeadLetterEntry, errorSummary } from '../dead-letter.js'

export interface LineResult {
  status: number
  id?: string | undefined
  error?: { type?: string; reason?: string; line?: number } | undefined
  item?: unknown
  line?: number | undefined
}

/** bulk keeps the first 1 KiB of a bad line: a text that long may be cut, so it is not parsed again. */
const KEPT = 1024

export function lineEntry(result: LineResult): DeadLetterEntry {
  const text = typeof result.item === 'string' ? result.item : undefined
  const line = result.line ?? result.error?.line
  if (result.status === 0 && result.error?.type === 'parse_error') {
    return {
      line,
      error: { type: 'parse_error', reason: badLineReason(line, text, result.error.reason ?? 'is not JSON') },
      raw: text,
    }
  }
  const entry: DeadLetterEntry = {
    line,
    id: result.id,
    status: result.status || undefined,
    error: errorSummary(result.error),
  }
  if (text === undefined) {
    // A line bulk parsed (metadata in the document): it hands back the object.
    if (result.item !== undefined) entry.doc = result.item
    return entry
  }
  try {
    entry.doc = JSON.parse(text)
  } catch {
    entry.raw = text
  }
  return entry
}

function badLineReason(line: number | undefined, text: string | undefined, reason: string): string {
  if (text === undefined || Buffer.byteLength(text) >= KEPT || !/ is not a JSON object$/.test(reason)) return reason
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return `line ${line} is not JSON: ${(err as Error).message}`
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return reason
  const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
  return `line ${line} is not a JSON object: it is ${kind}`
}
