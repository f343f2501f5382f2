/**
 * The `serializer` option: how JSON bodies are written and read. The default is the fast path (JSON.parse and
 * JSON.stringify), where an integer beyond 2^53 becomes the nearest double: a `long` field holding
 * 9223372036854775807 comes back as 9223372036854775808. `'lossless'` keeps such integers exact:
 *
 * - read: an integer literal that is not a safe integer becomes a `bigint` of its exact digits; every other
 *   number stays a `number` (a decimal with more digits than a double holds is still rounded: no type in
 *   JavaScript holds it). Built on JSON.parse's reviver `context.source` (the text of each value; V8 has it
 *   since Node 21), so the grammar is JSON.parse's own. The reviver path is several times slower than
 *   JSON.parse, so it runs only on a text that holds a run of 16+ digits outside a decimal (2^53 has 16
 *   digits); other answers cost one scan of the text and a plain parse.
 * - write: a `bigint` goes out as its exact digits (`JSON.rawJSON`); JSON.stringify alone throws on it.
 *
 * Or any object `{ parse(text), stringify(value) }` (a library of your choice).
 */
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'

export interface JsonSerializer {
  /** A response body (JSON text) to a value. Throwing makes a DeserializationError with the status. */
  parse(text: string): unknown
  /** A request body or NDJSON line to JSON text. Throwing makes a SerializationError. */
  stringify(value: unknown): string
}

/** Node's types lag the runtime: JSON.parse's reviver context and JSON.rawJSON (ES2025-era, in V8 since 11.4). */
type Reviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown
interface JsonWithSource {
  parse(text: string, reviver: Reviver): unknown
  rawJSON?: (text: string) => unknown
}
const NativeJson = JSON as unknown as JsonWithSource

/** An integer literal of 16 or more digits: the only kind that can be beyond 2^53 (9007199254740992). */
const LONG_INTEGER = /(?<![\d.])\d{16,}(?![\d.eE])/
const INTEGER = /^-?\d+$/

function reviveBig(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || Number.isSafeInteger(value)) return value
  const source = context?.source
  return source !== undefined && INTEGER.test(source) ? BigInt(source) : value
}

function replaceBig(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? NativeJson.rawJSON!(value.toString()) : value
}

/** Whether `text` may hold an integer a double cannot hold (no false negatives; false positives are slower only). */
export function mayHoldLongInteger(text: string): boolean {
  return LONG_INTEGER.test(text)
}

/** The reviver for exact integers, for parsers that take one (secure-json-parse passes it to JSON.parse). */
export const bigIntReviver = reviveBig as (this: unknown, key: string, value: unknown) => unknown

/** 'lossless' as a serializer object (without the prototype-key check the transport adds). */
export const LOSSLESS: JsonSerializer = Object.freeze({
  parse: (text: string) => (mayHoldLongInteger(text) ? NativeJson.parse(text, reviveBig) : JSON.parse(text)),
  stringify: (value: unknown) => JSON.stringify(value, replaceBig),
})

/** Whether this runtime gives the reviver each value's source text and has JSON.rawJSON. */
function runtimeIsLossless(): boolean {
  try {
    return (
      typeof NativeJson.rawJSON === 'function' &&
      NativeJson.parse('9007199254740993', reviveBig) === 9007199254740993n &&
      JSON.stringify({ n: 9007199254740993n }, replaceBig) === '{"n":9007199254740993}'
    )
  } catch {
    return false
  }
}

/** The client option, checked: undefined for the default fast path, LOSSLESS, or the caller's object. */
export function serializerOption(value: unknown): JsonSerializer | undefined {
  if (value === undefined || value === 'json') return undefined
  if (value === 'lossless') {
    if (!runtimeIsLossless()) {
      throw new ConfigurationError(
        "serializer: 'lossless' needs JSON.parse's reviver source text and JSON.rawJSON, which this runtime lacks (Node.js 22+ and Deno have them); pass your own { parse, stringify } instead",
      )
    }
    return LOSSLESS
  }
  if (value !== null && typeof value === 'object') {
    const { parse, stringify } = value as Partial<JsonSerializer>
    if (typeof parse === 'function' && typeof stringify === 'function') return value as JsonSerializer
    throw new ConfigurationError(
      `serializer must have parse(text) and stringify(value) functions, got an object with ${Object.keys(value).join(', ') || 'no keys'}`,
    )
  }
  rejectOption('serializer', "must be 'json', 'lossless' or an object { parse, stringify }", value)
}

/** The serializer a transport (or any `{ settings }` test double) runs with; undefined = JSON. */
export function serializerOf(transport: unknown): JsonSerializer | undefined {
  return (transport as { settings?: { serializer?: JsonSerializer } } | null)?.settings?.serializer
}
