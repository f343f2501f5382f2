/**
 * The checks every option reader shares: integers with a range, true/false, strings, one of a few words, the
 * known option names, and dropping the keys given as `undefined` before defaults are spread under an options
 * object (`{ size: undefined }` means "the default", not "no size"). Durations and byte sizes are in
 * duration.ts and byte-size.ts beside this file.
 *
 * Each throws a ConfigurationError `<subject> <problem>, got <value>`: the subject names the option as its
 * reader calls it (`scan: option "size"` for a helper's, `requestTimeout` for the client's, `--batch` for a
 * flag), the value is printed by describeValue, which hides credentials.
 */
import { ConfigurationError } from '../errors.js'
import { closestName } from './closest-name.js'
import { describeValue } from './describe-value.js'

/** How a helper's messages name its option: `<owner>: option "<name>"`. */
export function optionSubject(owner: string, name: string): string {
  return `${owner}: option "${name}"`
}

/** Throws `<subject> <problem>, got <value>`, the value printed without credentials. */
export function rejectOption(subject: string, problem: string, value: unknown): never {
  throw new ConfigurationError(`${subject} ${problem}, got ${describeValue(value)}`)
}

/**
 * What is wrong with `value` as an integer from `min` to `max`, or undefined when nothing is: `must be an
 * integer >= <min>` when there is no upper bound, `must be an integer from <min> to <max>` when there is.
 */
export function integerProblem(value: unknown, min: number, max?: number): string | undefined {
  const fits = typeof value === 'number' && Number.isInteger(value) && value >= min && (max === undefined || value <= max)
  if (fits) return undefined
  return max === undefined ? `must be an integer >= ${min}` : `must be an integer from ${min} to ${max}`
}

/** `value` must be an integer >= `min` (and <= `max`): `<owner>: option "<name>" must be an integer >= <min>, got <value>`. */
export function checkInteger(
  owner: string,
  name: string,
  value: unknown,
  min: number,
  max?: number,
): asserts value is number {
  requireInteger(optionSubject(owner, name), value, min, max)
}

/** `value` as an integer from `min` to `max` (see integerProblem), or a ConfigurationError naming `subject`. */
export function requireInteger(subject: string, value: unknown, min: number, max?: number): number {
  const problem = integerProblem(value, min, max)
  if (problem !== undefined) rejectOption(subject, problem, value)
  return value as number
}

/** `value` as a boolean: `<subject> must be true or false, got <value>`. */
export function requireBoolean(subject: string, value: unknown): boolean {
  if (typeof value !== 'boolean') rejectOption(subject, 'must be true or false', value)
  return value
}

/** `value` as a string: `<subject> must be a string, got <value>`. */
export function requireString(subject: string, value: unknown): string {
  if (typeof value !== 'string') rejectOption(subject, 'must be a string', value)
  return value
}

/** `value` must be one of `allowed`: `<owner>: option "<name>" must be one of 'a', 'b', got <value>`. */
export function checkOneOf<T extends string>(
  owner: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    rejectOption(optionSubject(owner, name), `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value)
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
