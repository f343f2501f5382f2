/**
 * `db.operation.batch.size` of a bulk or msearch request: the number of operations (bulk) or searches
 * (msearch) in its NDJSON body, counted from the body as sent. Only computed for spans that are recording.
 */

const ACTIONS = ['index', 'create', 'update', 'delete']

/** Operations in a bulk body (an array of lines, or NDJSON text/bytes). */
export function bulkOperations(lines: unknown): number {
  let count = 0
  let skipNext = false
  for (const line of eachLine(lines)) {
    if (skipNext) {
      skipNext = false
      continue
    }
    const action = actionOf(line)
    if (action === undefined) continue
    count++
    // Every action but delete is followed by its document (or partial document) line.
    skipNext = action !== 'delete'
  }
  return count
}

/** Searches in an msearch body: header and body lines come in pairs. */
export function msearchSearches(lines: unknown): number {
  let n = 0
  for (const _ of eachLine(lines)) n++
  return Math.floor(n / 2)
}

function* eachLine(lines: unknown): Generator<unknown> {
  if (Array.isArray(lines)) {
    yield* lines
    return
  }
  if (typeof lines !== 'string' && !(lines instanceof Uint8Array)) return
  const buf = typeof lines === 'string' ? Buffer.from(lines) : Buffer.from(lines.buffer, lines.byteOffset, lines.byteLength)
  let start = 0
  while (start < buf.length) {
    let end = buf.indexOf(10, start)
    if (end === -1) end = buf.length
    if (end > start) yield buf.subarray(start, Math.min(end, start + 16))
    start = end + 1
  }
}

function actionOf(line: unknown): string | undefined {
  if (line instanceof Uint8Array || typeof line === 'string') {
    // The first key of an action line names the action: `{"index":...`; 16 bytes are enough to read it.
    const head = (typeof line === 'string' ? line.slice(0, 32) : String(line)).replace(/\s/g, '')
    for (const action of ACTIONS) if (head.startsWith(`{"${action}"`)) return action
    return undefined
  }
  if (line === null || typeof line !== 'object') return undefined
  const keys = Object.keys(line)
  return keys.length === 1 && ACTIONS.includes(keys[0] as string) ? keys[0] : undefined
}
