// Positional arguments of the micro-benchmarks. An empty argument is the default, as a missing one is
// (`node transport-overhead.mjs "" 5000` keeps the local server), and a value that cannot be meant is refused
// with the argument's name and value instead of running a benchmark of nothing (`Number('x')` is NaN).

/** The argument at `i` (0 = the first after the script), or `fallback` when missing or empty. */
export function text(argv, i, fallback) {
  const value = argv[i]
  return value === undefined || value === '' ? fallback : value
}

/** A whole number >= 1, or `fallback` when missing or empty. */
export function count(argv, i, name, fallback) {
  const value = text(argv, i, undefined)
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number >= 1, got ${JSON.stringify(value)}`)
  return n
}

/** An http(s) URL, or `undefined` when missing or empty. */
export function url(argv, i, name) {
  const value = text(argv, i, undefined)
  if (value === undefined) return undefined
  let parsed
  try {
    parsed = new URL(value)
  } catch {
    throw new Error(`${name} must be an http or https URL, got ${JSON.stringify(value)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`${name} must be an http or https URL, got ${JSON.stringify(value)}`)
  }
  return value
}
