/**
 * Bodies in and out: JSON for one document, NDJSON for bulk-style endpoints, and a response parser that
 * refuses prototype-poisoning keys. Strings and Buffers are trusted as already serialized and never touched.
 */
import sjson from 'secure-json-parse'
import { DeserializationError, SerializationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { bigIntReviver, type JsonSerializer, LOSSLESS, mayHoldLongInteger } from './json-serializer.js'

/** What undici can send without copying: a string is encoded once by undici, a Buffer goes out as it is. */
export type WireBody = string | Buffer

const NEWLINE = 0x0a

/** JSON body: strings and Buffers pass through; anything else is stringified exactly once (by `serializer`). */
export function serializeJson(body: unknown, serializer?: JsonSerializer): WireBody {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  let text: string | undefined
  try {
    text = serializer === undefined ? JSON.stringify(body) : serializer.stringify(body)
  } catch (cause) {
    throw new SerializationError(`Cannot serialize the request body to JSON: ${(cause as Error).message}`, {
      cause,
    })
  }
  // JSON.stringify(undefined | function | symbol) returns undefined rather than throwing.
  if (text === undefined)
    throw new SerializationError(`Cannot serialize a ${typeof body} request body to JSON`)
  return text
}

/**
 * NDJSON body. Objects become one line each; strings and Buffers are lines already serialized by the caller
 * (a newline is added when missing). Built as one string unless a Buffer appears, so the common case is a
 * single rope that undici encodes once.
 */
export function serializeNdjson(bulkBody: ReadonlyArray<unknown> | string | Buffer, serializer?: JsonSerializer): WireBody {
  if (typeof bulkBody === 'string') {
    return bulkBody.length === 0 || bulkBody.charCodeAt(bulkBody.length - 1) === NEWLINE
      ? bulkBody
      : `${bulkBody}\n`
  }
  if (Buffer.isBuffer(bulkBody)) {
    return bulkBody.length === 0 || bulkBody[bulkBody.length - 1] === NEWLINE
      ? bulkBody
      : Buffer.concat([bulkBody, Buffer.from('\n')])
  }
  if (!Array.isArray(bulkBody)) {
    throw new SerializationError(`bulkBody must be an array, a string or a Buffer, got ${typeof bulkBody}`)
  }
  let text = ''
  let buffers: Buffer[] | undefined
  for (let i = 0; i < bulkBody.length; i++) {
    const item: unknown = bulkBody[i]
    if (Buffer.isBuffer(item)) {
      if (buffers === undefined) buffers = []
      if (text.length > 0) {
        buffers.push(Buffer.from(text))
        text = ''
      }
      buffers.push(item)
      if (item.length === 0 || item[item.length - 1] !== NEWLINE) text = '\n'
      continue
    }
    if (typeof item === 'string') {
      text += item
      if (item.length === 0 || item.charCodeAt(item.length - 1) !== NEWLINE) text += '\n'
      continue
    }
    let line: string | undefined
    try {
      line = serializer === undefined ? JSON.stringify(item) : serializer.stringify(item)
    } catch (cause) {
      throw new SerializationError(`Cannot serialize bulkBody line ${i + 1}: ${(cause as Error).message}`, {
        cause,
      })
    }
    if (line === undefined)
      throw new SerializationError(`Cannot serialize bulkBody line ${i + 1}: ${typeof item}`)
    text += line
    text += '\n'
  }
  if (buffers === undefined) return text
  if (text.length > 0) buffers.push(Buffer.from(text))
  return Buffer.concat(buffers)
}

/**
 * What a response parse does with a `__proto__` key, or a `constructor` key holding `prototype` (documents can
 * have them: Elasticsearch stores any key). JSON.parse itself never pollutes anything: such a key becomes an own
 * data property, not a prototype. The danger is later, in code that merges the object into another one
 * (`Object.assign`, a recursive merge, `for...in` copying), where `__proto__` sets the target's prototype.
 * - 'error' (default): a DeserializationError naming the option, so nothing merges a hostile object unawares
 *   and nothing is dropped in silence. The safe default for code we cannot see; `dump` and `reindex` in the CLI
 *   copy documents as bytes and are not affected.
 * - 'remove': the keys are deleted from the parsed object (the rest of the document is kept).
 * - 'keep': plain JSON.parse; the keys stay as own data properties (safe as long as nothing merges them).
 */
export type PrototypeKeys = 'error' | 'remove' | 'keep'

export const PROTOTYPE_KEYS: readonly PrototypeKeys[] = ['error', 'remove', 'keep']

/** The client option, checked: a ConfigurationError naming it and the value. */
export function prototypeKeysOption(value: unknown): PrototypeKeys {
  if (value === undefined) return 'error'
  if (PROTOTYPE_KEYS.includes(value as PrototypeKeys)) return value as PrototypeKeys
  rejectOption('prototypeKeys', "must be 'error', 'remove' or 'keep'", value)
}

// `constructor` alone is a legitimate field name; only `constructor.prototype` and `__proto__` are attacks,
// and secure-json-parse only walks the object when a suspicious key appears in the text.
const ERROR = { protoAction: 'error', constructorAction: 'error' } as const
const REMOVE = { protoAction: 'remove', constructorAction: 'remove' } as const

/**
 * Parses a JSON response. Poisoned keys (per `prototypeKeys`) and bad JSON become a DeserializationError.
 * `serializer` (json-serializer.ts): 'lossless' keeps the prototype-key check; a caller's own parse is used
 * as it is, and what it does with such keys is up to it.
 */
export function parseJson(
  text: string,
  statusCode: number,
  prototypeKeys: PrototypeKeys = 'error',
  serializer?: JsonSerializer,
): unknown {
  try {
    if (serializer !== undefined && serializer !== LOSSLESS) return serializer.parse(text)
    const reviver = serializer === LOSSLESS && mayHoldLongInteger(text) ? bigIntReviver : null
    if (prototypeKeys === 'keep') return reviver === null ? JSON.parse(text) : JSON.parse(text, reviver)
    return sjson.parse(text, reviver, prototypeKeys === 'remove' ? REMOVE : ERROR)
  } catch (cause) {
    const poisoned = cause instanceof SyntaxError && /forbidden prototype property/.test(cause.message)
    const what = poisoned
      ? "a body with a __proto__ or constructor.prototype key (to read it, set the client or request option prototypeKeys to 'keep' or 'remove')"
      : `a body that is not valid JSON: ${(cause as Error).message}`
    throw new DeserializationError(`Elasticsearch answered ${statusCode} with ${what}`, {
      cause,
      statusCode,
      body: text.length > 2048 ? `${text.slice(0, 2048)}…` : text,
    })
  }
}
