// Runs one property as a tap test: a fixed seed and count in `npm test`, or for FUZZ_SECONDS with a random seed
// under `npm run fuzz`. A counterexample is reported shrunk, with the seed and path that replay it; the number
// of cases run is printed (the long runs report it per reader).
import fc from 'fast-check'
import type { Test } from 'tap'
import { runSettings } from './fuzz-arbitraries.js'

/** `show` renders a counterexample as the bytes the reader saw (JSON-quoted, latin1), to keep as an example test. */
export function fuzz<T>(
  t: Test,
  name: string,
  arb: fc.Arbitrary<T>,
  property: (value: T) => void,
  numRuns: number,
  show: (value: T) => string = () => '',
): void {
  const settings = runSettings(numRuns) as fc.Parameters<[T]>
  const started = Date.now()
  const result = fc.check(fc.property(arb, property), settings)
  report(t, name, result, started, show)
}

function report<T>(t: Test, name: string, result: fc.RunDetails<[T]>, started: number, show: (value: T) => string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  t.comment(`fuzz ${name}: ${result.numRuns} cases in ${seconds} s, seed ${result.seed}`)
  if (result.failed) {
    t.fail(
      `${name}: a divergence (replay: FUZZ_SEED=${result.seed}, path ${result.counterexamplePath}):\n` +
        `${fc.stringify(result.counterexample)}\nbytes: ${result.counterexample ? show(result.counterexample[0]) : ''}\n${String((result.errorInstance as Error | undefined)?.stack ?? result.errorInstance)}`,
    )
  } else {
    t.pass(`${name}: ${result.numRuns} cases agree`)
  }
}

/** The same for a property that returns a promise (streams). */
export async function fuzzAsync<T>(
  t: Test,
  name: string,
  arb: fc.Arbitrary<T>,
  property: (value: T) => Promise<void>,
  numRuns: number,
  show: (value: T) => string = () => '',
): Promise<void> {
  const settings = runSettings(numRuns) as fc.Parameters<[T]>
  const started = Date.now()
  const result = await fc.check(fc.asyncProperty(arb, property), settings)
  report(t, name, result, started, show)
}
