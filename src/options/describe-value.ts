/**
 * A value as an error message quotes it after "got": the one printer every option check of the client, the
 * helpers and the CLI uses, so that the same mistake reads the same wherever it is made.
 *
 * Short, and without credentials. A string given in the wrong place may be a URL with a password or a secret
 * (a node URL where an index was expected): whatever stands before the last `@` (after a `scheme://`) is
 * replaced by `[redacted]`, the rest shown as typed (not as a URL parser would rewrite it), and long strings
 * are cut, so that at most the start of a pasted key shows. Numbers, booleans, null and undefined are
 * shown as they are (they say exactly what went wrong and hold no secret). Objects, arrays and functions are
 * named, never serialized: their content may be anything, a whole auth object included.
 */
import { redactUserinfo } from '../redact.js'

/** Longest part of a string shown; a longer one is cut and ends with `...`. */
const LONGEST = 40

export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(shorten(redactUserinfo(value)))
    case 'bigint':
      return `${value}n`
    case 'function':
      return 'a function'
    case 'symbol':
      return 'a symbol'
    case 'object':
      return value === null ? 'null' : describeObject(value)
    default:
      return String(value)
  }
}

function describeObject(value: object): string {
  let prototype: { constructor?: { name?: unknown } } | null
  let name: unknown
  try {
    if (Array.isArray(value)) return 'an array'
    prototype = Object.getPrototypeOf(value) as typeof prototype
    name = prototype?.constructor?.name
  } catch {
    // A Proxy whose traps throw: the message about the option matters more than naming its class.
    return 'an object'
  }
  // A plain object (or one without a prototype) is "an object"; an instance says what class it is of, which is
  // usually the mistake (a Date, a Buffer, a Promise where a value was expected).
  if (prototype === null || prototype === Object.prototype || typeof name !== 'string' || name === '') {
    return 'an object'
  }
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`
}

function shorten(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}...` : text
}
