/**
 * `--transform ./fn.mjs`: a module whose default export (or export named `transform`) is called once per
 * document, may be async, and returns the document to write instead, or null/undefined to drop it. One loader
 * for every command that takes the flag, so they all read the module, call it and name its failures alike.
 *
 * The function gets each line as a parsed JSON value: integers beyond 2^53 arrive as BigInt (parsed from their
 * digits, never through a double) and a BigInt it returns is written back as its digits, so a 64-bit id survives
 * a transform as it survives a plain dump or load.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigurationError } from '../errors.js'
import { CliError } from './errors.js'

/** Where the document came from, for the function and for the message when it throws. */
export interface DocumentPlace {
  /** 1-based line of the input (load). */
  line?: number | undefined
  /** 0-based element of a JSON array input (load). */
  element?: number | undefined
  /** The document's `_id`, when it has one. */
  id?: string | undefined
  /** The index it was read from (dump). */
  index?: string | undefined
}

export type TransformFunction = (doc: unknown, place: DocumentPlace) => unknown

export class DocumentTransform {
  readonly spec: string
  readonly #fn: TransformFunction
  /** Documents the function dropped (returned null or undefined for): a summary counts them. */
  dropped = 0

  constructor(spec: string, fn: TransformFunction) {
    this.spec = spec
    this.#fn = fn
  }

  /**
   * The line `text` (one JSON value, no newline) as the function returns it, serialized, or undefined when it
   * drops the document. A throw (or a value JSON cannot hold) stops the command with a message naming the
   * module and the document.
   */
  async apply(text: string, place: DocumentPlace): Promise<string | undefined> {
    const at: DocumentPlace = { ...place }
    let doc: unknown
    try {
      doc = parseKeepingIntegers(text)
    } catch {
      // Not JSON: the function never sees it, and the line goes on to fail as it does without a transform.
      return text
    }
    const out = await this.applyValue(doc, at)
    if (out === undefined) return undefined
    let line: string | undefined
    try {
      line = stringifyKeepingIntegers(out)
    } catch (err) {
      throw this.#failed(at, `returned a value that is not JSON (${(err as Error).message})`)
    }
    if (line === undefined) throw this.#failed(at, `returned ${typeof out}, not a document`)
    return line
  }

  /** The function's answer for a parsed document, or undefined when it drops it. */
  async applyValue(doc: unknown, place: DocumentPlace): Promise<unknown> {
    place.id ??= idOf(doc)
    let out: unknown
    try {
      out = await this.#fn(doc, place)
    } catch (err) {
      throw this.#failed(place, `threw ${describeThrown(err)}`)
    }
    if (out === null || out === undefined) {
      this.dropped++
      return undefined
    }
    return out
  }

  #failed(at: DocumentPlace, what: string): CliError {
    const where = [
      at.line === undefined ? undefined : `line ${at.line}`,
      at.element === undefined ? undefined : `array element ${at.element}`,
      at.id === undefined ? undefined : `_id ${JSON.stringify(at.id)}`,
      at.index === undefined ? undefined : `index ${at.index}`,
    ].filter(Boolean)
    return new CliError(`--transform ${this.spec} ${what} on the document at ${where.join(', ') || 'an unknown place'}`)
  }
}

/** Loads `--transform`'s module once, before any document is read: a missing file or a non-function says so. */
export async function transformOption(values: Record<string, unknown>): Promise<DocumentTransform | undefined> {
  const spec = values.transform
  if (spec === undefined) return undefined
  if (typeof spec !== 'string' || spec === '') {
    throw new ConfigurationError('--transform needs the path of a module (./fn.mjs)')
  }
  const url = /^file:/i.test(spec) ? spec : pathToFileURL(resolve(spec)).href
  let module: Record<string, unknown>
  try {
    module = (await import(url)) as Record<string, unknown>
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(url.replace(/^file:\/\//, ''))) {
      throw new ConfigurationError(`--transform ${spec}: no such module`)
    }
    throw new ConfigurationError(`--transform ${spec}: the module failed to load: ${describeThrown(err)}`)
  }
  const fn = typeof module.default === 'function' ? module.default : module.transform
  if (typeof fn !== 'function') {
    throw new ConfigurationError(
      `--transform ${spec}: the module exports no function (export default async function (doc) { ... })`,
    )
  }
  return new DocumentTransform(spec, fn as TransformFunction)
}

function describeThrown(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  return String(err)
}

function idOf(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined
  const id = (doc as { _id?: unknown })._id
  return typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : undefined
}

/** 16 digits in a row: the only lines that may hold an integer a double cannot (2^53 has 16 digits). */
const LONG_DIGITS = /\d{16}/

interface SourceContext {
  source?: string
}

/** JSON.parse, with integers beyond 2^53 as BigInt read from their own digits (the reviver's source text). */
export function parseKeepingIntegers(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text)
  const revive = (_key: string, value: unknown, context?: SourceContext) => {
    if (typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)) {
      return BigInt(context.source)
    }
    return value
  }
  return JSON.parse(text, revive as Parameters<typeof JSON.parse>[1])
}

const rawJSON = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON

/** JSON.stringify, with a BigInt written as its digits. */
export function stringifyKeepingIntegers(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? rawJSON(v.toString()) : v))
}
