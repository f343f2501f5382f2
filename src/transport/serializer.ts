/**
 * Bodies in and out: JSON for one document, NDJSON for bulk-style endpoints, and a response parser that
 * refuses prototype-poisoning keys. Strings and Buffers are trusted as already serialized and never touched.
 */
import sjson from 'secure-json-parse'
import { DeserializationError, SerializationError } from '../errors.js'

/** What undici can send without copying: a string is encoded once by undici, a Buffer goes out as it is. */
export type WireBody = string | Buffer

const NEWLINE = 0x0a

/** JSON body: strings and Buffers pass through; anything else is stringified exactly once. */
export function serializeJson(body: unknown): WireBody {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  let text: string | undefined
  try {
    text = JSON.stringify(body)
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
export function serializeNdjson(bulkBody: ReadonlyArray<unknown> | string | Buffer): WireBody {
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
      line = JSON.stringify(item)
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

// `constructor` alone is a legitimate field name; only `constructor.prototype` and `__proto__` are attacks,
// and secure-json-parse only walks the object when a suspicious key appears in the text.
const PARSE_OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const

/** Parses a JSON response. Poisoned keys and bad JSON become a DeserializationError carrying the status. */
export function parseJson(text: string, statusCode: number): unknown {
  try {
    return sjson.parse(text, null, PARSE_OPTIONS)
  } catch (cause) {
    throw new DeserializationError(
      `Elasticsearch answered ${statusCode} with a body that is not valid JSON: ${(cause as Error).message}`,
      { cause, statusCode, body: text.length > 2048 ? `${text.slice(0, 2048)}…` : text },
    )
  }
}
