/**
 * A value as an option error quotes it: short, and without credentials. A string given in the wrong place may
 * be a URL with a password or a secret (an API key where an index was expected): anything that reads like
 * `user:password@` is hidden, and long strings are cut. Objects are named, never serialized.
 */
import { redactUserinfo } from '../redact.js'

const LONGEST = 40

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') {
    const shown = redactUserinfo(value)
    return JSON.stringify(shown.length > LONGEST ? `${shown.slice(0, LONGEST)}...` : shown)
  }
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'Object'})`
  if (typeof value === 'bigint') return `${value}n`
  return String(value)
}
