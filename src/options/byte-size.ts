/**
 * Byte sizes: a whole number of bytes (`1048576`), or a number with a unit as people write sizes (`'1mb'`,
 * `'5MB'`, `'512kb'`, `'1.5gb'`, `'1GB'`). The units are binary (kb = 1024 bytes, mb = 1024 kb, gb = 1024 mb),
 * as Elasticsearch reads `http.max_content_length`; a unit may be written in any case, with or without the
 * `b` (`5m`), with spaces around. A fraction of a byte is dropped (`1.5kb` is 1536, `'0.5b'` is refused).
 * The CLI's size flags (`--split-size`, `--flush-bytes`) read the text; helper options such as bulkStream's
 * `flushBytes` take the number.
 */
import { rejectOption } from './checks.js'

const UNIT_BYTES: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
}

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i

/** Bytes of a size (a whole number >= 1, or a text such as '5mb'), or undefined when `value` is not one. */
export function parseByteSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 1 ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = SIZE.exec(value)
  const unit = match === null ? undefined : UNIT_BYTES[match[2]!.toLowerCase()]
  if (match === null || unit === undefined) return undefined
  const bytes = Math.floor(Number(match[1]) * unit)
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined
}

/**
 * `value` as a byte size (see parseByteSize) no larger than `max`:
 * `<subject> must be a size such as 5mb, 512kb or 1048576, got <value>`.
 */
export function requireByteSize(subject: string, value: unknown, max?: number): number {
  const bytes = parseByteSize(value)
  if (bytes === undefined) rejectOption(subject, 'must be a size such as 5mb, 512kb or 1048576', value)
  if (max !== undefined && bytes > max) rejectOption(subject, `must be a size of at most ${max} bytes`, value)
  return bytes
}
