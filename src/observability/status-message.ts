/**
 * The status message of a failed span: the error's message with everything that can quote a document left
 * out. Elasticsearch's reasons quote the values they could not take ("failed to parse field [age] of type
 * [long] in document with id '7'. Preview of field's value: 'SSN 123-45-6789'", `For input string: "..."`,
 * "failed to parse date field [...]"), and so do JSON parse errors; a trace goes to a collector, often kept
 * longer and shown to more people than the data. What stays: the server, the status, the request line, the
 * error type and the words of the reason. What goes: whatever stands between quotes or square brackets (a
 * value, an id, a field name: Elasticsearch brackets values too, so a field name cannot be told apart) and
 * everything after "Preview of field's value:". The whole reason is still on the error the caller gets.
 */

/** Longest status message, in characters: enough for the error type and the reason's words. */
const MAX_LENGTH = 400

const PREVIEW = /Preview of field's value:[\s\S]*$/
/** A double-quoted span (JSON escapes inside), or one left open to the end. */
const DOUBLE_QUOTED = /"(?:[^"\\]|\\[\s\S])*(?:"|$)/g
/** A single-quoted span: opened and closed at a word's edge, so an apostrophe ("doesn't") is not a quote. */
const SINGLE_QUOTED = /(^|[^\p{L}\p{N}_])'(?:[^']|'(?=[\p{L}\p{N}_]))*(?:'(?![\p{L}\p{N}_])|$)/gu
const BRACKETED = /\[[^[\]]*\]/g

export function statusMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  let out = text.replace(PREVIEW, "Preview of field's value: …").replace(DOUBLE_QUOTED, '"…"').replace(SINGLE_QUOTED, "$1'…'")
  // Innermost brackets first, until none are left: `[a [b] c]` is one span.
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(BRACKETED, '\u0000')
  }
  out = out.replaceAll('\u0000', '[…]')
  return out.length > MAX_LENGTH ? `${out.slice(0, MAX_LENGTH - 1)}…` : out
}
