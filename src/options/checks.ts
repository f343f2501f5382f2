/**
 * The checks every option reader shares: an integer with a floor, one of a few words, and dropping the keys
 * given as `undefined` before defaults are spread under an options object (`{ size: undefined }` means "the
 * default", not "no size"). Each throws a ConfigurationError that names who asked, the option and the value.
 */
import { ConfigurationError } from '../errors.js'
import { closestName } from './closest-name.js'
import { describeValue } from './describe-value.js'

/** `value` must be an integer >= `min`: `<owner>: option "<name>" must be an integer >= <min>, got <value>`. */
export function checkInteger(owner: string, name: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`${owner}: option "${name}" must be an integer >= ${min}, got ${describeValue(value)}`)
  }
}

/** `value` must be one of `allowed`: `<owner>: option "<name>" must be one of 'a', 'b', got <value>`. */
export function checkOneOf<T extends string>(
  owner: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new ConfigurationError(
      `${owner}: option "${name}" must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
    )
  }
}

/** A copy of `options` without the keys whose value is `undefined`, so that `{ ...DEFAULTS, ...it }` keeps the defaults. */
export function stripUndefined<T extends object>(options: T): Partial<T> {
  const out: Partial<T> = {}
  for (const key of Object.keys(options) as Array<keyof T>) {
    if (options[key] !== undefined) out[key] = options[key]
  }
  return out
}

/** Rejects keys the caller misspelled, naming the closest known one. */
export function checkKnownOptions(options: object, known: readonly string[], owner: string): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue
    const near = closestName(key, known)
    throw new ConfigurationError(
      `${owner}: unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}; known options: ${known.join(', ')}`,
    )
  }
}
