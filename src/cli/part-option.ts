/**
 * `--part i/n`: this process does the i-th of n parts of the job, so that n processes on n machines split it
 * between them (`load FILE --part i/n`: a byte range of the file, line-part.ts; `dump --part i/n`: a slice of
 * each index, dump-scan.ts).
 */
import { rejectOption } from '../options/checks.js'
import type { ParsedArgs } from './args.js'

export interface Part {
  /** 1-based. */
  index: number
  count: number
}

/** `--part i/n` with 1 <= i <= n. */
export function partOption(values: ParsedArgs['values']): Part | undefined {
  const raw = values.part
  if (raw === undefined) return undefined
  const m = typeof raw === 'string' ? /^(\d+)\/(\d+)$/.exec(raw.trim()) : null
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    rejectOption('--part', 'must be i/n with 1 <= i <= n (e.g. 2/8)', raw)
  }
  return { index, count }
}

/** `part-2-of-3`: what file names of a part carry, so that the parts of one job never write the same file. */
export function partName(part: Part): string {
  return `part-${part.index}-of-${part.count}`
}
