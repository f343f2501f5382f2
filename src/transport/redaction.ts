/**
 * The `redaction` client option: header names and query parameter names whose values are hidden, besides the
 * credentials that are always hidden (redact.ts), wherever the transport shows a request or an answer: the
 * diagnostics events (their headers and paths), the spans (`url.full`) and a ResponseError's `headers`. For a
 * tenant id, a routing key, a signed token an application passes in its own header or parameter.
 */
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { unknownOptionMessage } from '../options/closest-name.js'

export interface RedactionOptions {
  /** Header names (any case) whose values are shown as `[redacted]`, in requests and answers. Default: none. */
  headers?: readonly string[]
  /** Query parameter names (exact, as sent) whose values are shown as `REDACTED`. Default: none. */
  queryParameters?: readonly string[]
}

/** The checked option: lower-cased header names and query parameter names. */
export interface Redaction {
  headers: ReadonlySet<string>
  query: ReadonlySet<string>
}

const NAMES = ['headers', 'queryParameters'] as const

export function redactionOption(value: unknown): Redaction | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    rejectOption('redaction', 'must be an object { headers, queryParameters }', value)
  }
  for (const key of Object.keys(value)) {
    if ((NAMES as readonly string[]).includes(key)) continue
    // The official client's shape, { type, additionalKeys }: say what this one takes.
    throw new ConfigurationError(
      key === 'type' || key === 'additionalKeys'
        ? `redaction option "${key}" is @elastic/elasticsearch's: here redaction takes { headers, queryParameters } (names whose values are hidden), and credentials are always hidden`
        : unknownOptionMessage('redaction option', key, NAMES),
    )
  }
  const { headers, queryParameters } = value as RedactionOptions
  return {
    headers: new Set(names('redaction.headers', headers).map((name) => name.toLowerCase())),
    query: new Set(names('redaction.queryParameters', queryParameters)),
  }
}

function names(subject: string, value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) rejectOption(subject, 'must be an array of names', value)
  value.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || name === '') rejectOption(`${subject}[${i}]`, 'must be a non-empty string', name)
  })
  return value as string[]
}

/** `headers` with the values of the named ones replaced (a copy, or `headers` itself when none is named). */
export function redactNamedHeaders<T extends Record<string, unknown>>(headers: T, names: ReadonlySet<string>): T {
  if (names.size === 0) return headers
  let out: Record<string, unknown> | undefined
  for (const key of Object.keys(headers)) {
    if (names.has(key.toLowerCase())) {
      out ??= { ...headers }
      out[key] = '[redacted]'
    }
  }
  return (out ?? headers) as T
}

/** A path and query with the values of the named query parameters replaced by `REDACTED` (the key stays). */
export function redactQueryParameters(pathAndQuery: string, names: ReadonlySet<string>): string {
  const q = pathAndQuery.indexOf('?')
  if (q === -1 || names.size === 0) return pathAndQuery
  const pairs = pathAndQuery.slice(q + 1).split('&')
  let changed = false
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as string
    const eq = pair.indexOf('=')
    const key = eq === -1 ? pair : pair.slice(0, eq)
    if (eq !== -1 && (names.has(key) || names.has(safeDecode(key)))) {
      pairs[i] = `${key}=REDACTED`
      changed = true
    }
  }
  return changed ? `${pathAndQuery.slice(0, q)}?${pairs.join('&')}` : pathAndQuery
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
