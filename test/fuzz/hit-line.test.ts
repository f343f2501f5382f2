// Differential fuzzing of hitLine (src/cli/load/hit-line.ts, how `elastream load` reads each line from its bytes)
// against JSON.parse of the same line: refused exactly when JSON.parse refuses it (or it is not UTF-8); a plain
// document when no top-level key is one Elasticsearch keeps for metadata; a dump line when every top-level key
// is a hit key and the last `_source` is an object, its source bytes exactly that object's and its `_id` and
// `_routing` what JSON reads (a string's text, a number's digits as written; any other kind refused); else a
// line to parse, with the same id; except that a line whose only metadata is `_id`, `_index` or `_routing`
// (and no `_source`) is put together from its bytes: its document means what JSON.parse reads in the line less
// those keys, every number's digits as written.
import fc from 'fast-check'
import t from 'tap'
import { isUtf8 } from 'node:buffer'
import { isDeepStrictEqual } from 'node:util'
import { HIT_KEYS, hitLine } from '../../src/cli/load/hit-line.js'
import { META_FIELDS, TRIGGERS } from '../../src/helpers/bulk/bulk-meta-shape.js'
import { type Json, jsonValue, keyArb, mutate, mutationArb, styleArb, write } from '../support/fuzz-arbitraries.js'
import { fuzz } from '../support/fuzz-run.js'
import { agreedParse, member, type Node } from '../support/reference-json.js'

const RESERVED = new Set<string>(TRIGGERS)
const SIMPLE = new Set(['_id', '_index', '_routing'])
const METADATA = new Set(Object.keys(META_FIELDS))
const KEYS = [...HIT_KEYS, ...TRIGGERS, ...Object.keys(META_FIELDS), 'word', 'constructor', 'toString']

/** What the id-like value `v` stands for: a string's text, a number's digits as written, else refused. */
function idOf(line: Buffer, v: Node | undefined): string | undefined | 'refused' {
  if (v === undefined) return undefined
  if (v.kind === 'string') return v.value
  if (v.kind === 'number') return line.toString('latin1', v.start, v.end)
  return 'refused'
}

type Verdict =
  | 'refused'
  | 'plain'
  | { parse: string | undefined }
  | { source: string; id: string | undefined; routing: string | undefined }
  | { document: unknown; id: string | undefined; routing: string | undefined }

/** JSON.parse with every number kept as its digits (`#digits`), so a rewritten number shows. */
function exact(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) =>
    typeof value === 'number' ? `#${context!.source!}` : value,
  )
}

function expected(line: Buffer): Verdict {
  const node = agreedParse(line)
  if (node === undefined || !isUtf8(line) || node.kind !== 'object') return 'refused'
  const keys = node.members.map((m) => m.key)
  if (!keys.some((k) => RESERVED.has(k))) return 'plain'
  const id = idOf(line, member(node, '_id'))
  const source = member(node, '_source')
  if (keys.every((k) => HIT_KEYS.has(k)) && source?.kind === 'object') {
    const routing = idOf(line, member(node, '_routing'))
    if (id === 'refused' || routing === 'refused') return 'refused'
    return { source: line.toString('latin1', source.start, source.end), id, routing }
  }
  const simple = !keys.includes('_source') && !keys.includes('_op_type') && keys.every((k) => !METADATA.has(k) || SIMPLE.has(k))
  if (simple) {
    const routing = idOf(line, member(node, '_routing'))
    if (id === 'refused' || routing === 'refused') return 'refused'
    const document = exact(line.toString('utf8')) as Record<string, unknown>
    for (const key of SIMPLE) delete document[key]
    return { document, id, routing }
  }
  return id === 'refused' ? 'refused' : { parse: id }
}

function check(line: Buffer): void {
  // hitLine sees lines from `{` to `}` (bulkStream refuses the others before).
  let s = 0
  let e = line.length
  while (s < e && (line[s] === 0x20 || line[s] === 0x09 || line[s] === 0x0d || line[s] === 0x0a)) s++
  while (e > s && (line[e - 1] === 0x20 || line[e - 1] === 0x09 || line[e - 1] === 0x0d || line[e - 1] === 0x0a)) e--
  if (line[s] !== 0x7b || line[e - 1] !== 0x7d) return
  const want = expected(line)
  const v = hitLine(line, s, e)
  let got: Verdict
  if (v === undefined) got = 'plain'
  else if (v === 'object') got = { parse: undefined }
  else if ('refused' in v) got = 'refused'
  else if ('parse' in v) got = { parse: v.id }
  else if (v.source !== undefined) got = { document: exact(v.source.toString('utf8')), id: v.id, routing: v.routing }
  else got = { source: line.toString('latin1', v.sourceStart, v.sourceEnd), id: v.id, routing: v.routing }
  if (!isDeepStrictEqual(got, want)) throw new Error(`read ${JSON.stringify(got)}, JSON says ${JSON.stringify(want)}`)
}

const hitArb: fc.Arbitrary<Json> = fc
  .tuple(
    fc.array(fc.tuple(keyArb(KEYS), jsonValue(['_id', '_source', '__proto__'], 3)), { maxLength: 5 }),
    fc.oneof(fc.string().map((s): Json => ({ t: 'string', s })), fc.stringMatching(/^-?[0-9]{1,25}$/).map((raw): Json => ({ t: 'number', raw })), jsonValue([], 1)),
    jsonValue(['_id', '__proto__'], 4),
    fc.constantFrom('dump', 'meta', 'plain'),
  )
  .map(([extra, id, source, shape]): Json => ({
    t: 'object',
    members: shape === 'dump' ? [['_index', { t: 'string', s: 'i' }], ['_id', id], ['_source', source], ...extra] : shape === 'meta' ? [['_id', id], ...extra] : extra,
  }))

const caseArb = fc.tuple(hitArb, styleArb, mutationArb).map(([v, s, m]) => mutate(write(v, { ...s, oneLine: true }), m))

t.test('hitLine reads each line as JSON.parse does: refused, plain, a dump line or one to parse', async (t) => {
  fuzz(t, 'hit-line', caseArb, check, 6000, (line) => JSON.stringify(line.toString('latin1')))
})
