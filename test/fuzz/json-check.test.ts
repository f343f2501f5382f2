// Differential fuzzing of JsonCheck (src/helpers/json-check.ts, the one check of every line on load's byte
// path) against JSON.parse: a line is valid exactly when JSON.parse reads it and its bytes are UTF-8 (bytes
// that are not UTF-8 are refused as Elasticsearch refuses them, where JSON.parse of the decoded text would read
// U+FFFD), and the top-level members it notes are those of the object, in order, duplicates included, each
// key's and value's bytes exactly where they stand.
import fc from 'fast-check'
import t from 'tap'
import { isUtf8 } from 'node:buffer'
import { isDeepStrictEqual } from 'node:util'
import { JsonCheck } from '../../src/helpers/json-check.js'
import { jsonValue, mutate, mutationArb, ndjsonLineArb, styleArb, write } from '../support/fuzz-arbitraries.js'
import { fuzz } from '../support/fuzz-run.js'
import { agreedParse } from '../support/reference-json.js'

const EVERY_KEY = new Uint8Array(256).fill(1)
const checker = new JsonCheck()

function check(line: Buffer, pad: number): void {
  // The line inside a larger buffer, as the splitter hands it over: the walk must stay within its range.
  const bytes = Buffer.concat([Buffer.from('{"x":['.repeat(pad)), line, Buffer.from('1,"'.repeat(pad))])
  const start = pad * 6
  const end = start + line.length
  const node = agreedParse(line)
  const valid = node !== undefined && isUtf8(line)
  const got = checker.check(bytes, start, end, EVERY_KEY)
  if (got !== valid) throw new Error(`${got ? 'accepted' : `refused (${checker.fault})`} a line JSON.parse ${node === undefined ? 'refuses' : 'reads'}${isUtf8(line) ? '' : ' (not UTF-8)'}`)
  if (!valid) return
  const members = node.kind === 'object' ? node.members.map((m) => [m.keyStart + start, m.keyEnd + start, m.value.start + start, m.value.end + start]) : []
  const noted: number[][] = []
  for (let i = 0; i < checker.members.length; i += 4) noted.push(checker.members.slice(i, i + 4))
  if (!isDeepStrictEqual(noted, members) || checker.topMembers !== members.length) {
    throw new Error(`members ${JSON.stringify(noted)} (${checker.topMembers}), JSON has ${JSON.stringify(members)}`)
  }
}

const caseArb = fc.record({
  line: fc.oneof(
    { weight: 3, arbitrary: ndjsonLineArb(['_id', '_source', '_index']) },
    { weight: 1, arbitrary: fc.tuple(jsonValue(['_id'], 5), styleArb, mutationArb).map(([v, s, m]) => mutate(write(v, s), m)) },
  ),
  pad: fc.nat({ max: 2 }),
})

t.test('JsonCheck accepts exactly what JSON.parse reads (in UTF-8) and notes its members where they are', async (t) => {
  fuzz(t, 'json-check', caseArb, ({ line, pad }) => check(line, pad), 6000, ({ line, pad }) => `${JSON.stringify(line.toString('latin1'))} pad ${pad}`)
})
