// Differential fuzzing of readRawPage (src/helpers/scan/raw-page.ts over the walk of src/helpers/json-bytes.ts)
// against JSON.parse: a page is refused exactly when JSON.parse refuses it or it has no search page's shape
// (not an object, a `hits` that is not an object, a `hits.hits` that is not an array of objects); otherwise
// the hits are those JSON.parse finds (the last `hits` of each, as JSON.parse keeps the last of a key), each
// hit's bytes are exactly its bytes in the page, and `_index`, `_id`, `_routing`, `_source`, `sort`, the pit
// id, the scroll id and `_shards` are what JSON.parse reads there.
import fc from 'fast-check'
import t from 'tap'
import { isDeepStrictEqual } from 'node:util'
import { DeserializationError } from '../../src/errors.js'
import { readRawPage } from '../../src/helpers/scan/raw-page.js'
import { type Json, jsonString, jsonValue, keyArb, mutate, mutationArb, styleArb, write } from '../support/fuzz-arbitraries.js'
import { fuzz } from '../support/fuzz-run.js'
import { agreedParse, member, type Node, toValue } from '../support/reference-json.js'

const HIT_KEYS = ['_index', '_id', '_routing', '_source', 'sort', '_score', 'fields', '_ignored']
const str = (s: string): Json => ({ t: 'string', s })

const hitArb: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(
        jsonString,
        fc.oneof(jsonString.map(str), jsonValue([], 1)),
        jsonValue(['_id', '_source', '__proto__'], 5),
        fc.array(jsonValue([], 1), { maxLength: 3 }),
        fc.array(fc.tuple(keyArb(HIT_KEYS), jsonValue(HIT_KEYS, 2)), { maxLength: 3 }),
      )
      .map(([index, id, source, sort, extra]): Json => ({
        t: 'object',
        members: [['_index', str(index)], ['_id', id], ['_score', { t: 'literal', raw: 'null' }], ['_source', source], ['sort', { t: 'array', items: sort }], ...extra],
      })),
  },
  { weight: 1, arbitrary: jsonValue(HIT_KEYS, 3) },
)

const pageArb: fc.Arbitrary<Json> = fc
  .tuple(
    fc.array(hitArb, { maxLength: 5 }),
    jsonString,
    fc.array(fc.tuple(keyArb(['hits', 'pit_id', '_scroll_id', '_shards', 'took']), jsonValue(['hits', 'total'], 3)), { maxLength: 3 }),
    fc.array(fc.tuple(keyArb(['hits', 'total', 'max_score']), jsonValue(['hits'], 2)), { maxLength: 2 }),
    fc.nat(),
  )
  .map(([hits, pit, extra, innerExtra, at]): Json => {
    const inner: Array<[string, Json]> = [['total', { t: 'object', members: [['value', { t: 'number', raw: '10' }]] }], ['hits', { t: 'array', items: hits }], ...innerExtra]
    const members: Array<[string, Json]> = [
      ['pit_id', str(pit)],
      ['took', { t: 'number', raw: '1' }],
      ['_shards', { t: 'object', members: [['total', { t: 'number', raw: '1' }], ['failed', { t: 'number', raw: '0' }]] }],
      ['hits', { t: 'object', members: inner }],
    ]
    members.splice(at % (members.length + 1), 0, ...extra)
    return { t: 'object', members }
  })

interface Read {
  hits: Array<{ bytes: string; _index: string; _id: string; _routing: string | undefined; source: string | undefined; sort: unknown }>
  pitId: unknown
  scrollId: unknown
  shards: unknown
}

const text = (v: Node | undefined) => (v?.kind === 'string' ? v.value : undefined)

/** What JSON.parse finds in the page; undefined where it must be refused. */
function expected(page: Buffer, node: Node | undefined): Read | undefined {
  if (node === undefined || node.kind !== 'object') return undefined
  const tops = node.members.filter((m) => m.key === 'hits').map((m) => m.value)
  if (tops.some((h) => h.kind !== 'object')) return undefined
  for (const top of tops as Array<Node & { kind: 'object' }>) {
    for (const m of top.members) {
      if (m.key === 'hits' && (m.value.kind !== 'array' || m.value.items.some((h) => h.kind !== 'object'))) return undefined
    }
  }
  const last = (n: Node | undefined) => (n === undefined ? undefined : toValue(n))
  const hitsNode = tops.length === 0 ? undefined : member(tops[tops.length - 1]!, 'hits')
  const hits = hitsNode?.kind === 'array' ? hitsNode.items : []
  return {
    hits: hits.map((h) => {
      const source = member(h, '_source')
      const sort = member(h, 'sort')
      return {
        bytes: page.toString('latin1', h.start, h.end),
        _index: text(member(h, '_index')) ?? '',
        _id: text(member(h, '_id')) ?? '',
        _routing: text(member(h, '_routing')),
        source: source === undefined ? undefined : page.toString('latin1', source.start, source.end),
        sort: sort === undefined ? undefined : toValue(sort),
      }
    }),
    pitId: last(member(node, 'pit_id')),
    scrollId: last(member(node, '_scroll_id')),
    shards: last(member(node, '_shards')),
  }
}

function check(page: Buffer): void {
  const want = expected(page, agreedParse(page))
  let got: Read
  try {
    const read = readRawPage(page)
    got = {
      hits: read.hits.map((h) => ({
        bytes: h.bytes.toString('latin1'),
        _index: h._index,
        _id: h._id,
        _routing: h._routing,
        source: h.source?.toString('latin1'),
        sort: h.sort,
      })),
      pitId: read.pitId,
      scrollId: read.scrollId,
      shards: read.shards,
    }
  } catch (err) {
    if (!(err instanceof DeserializationError)) throw err
    if (want !== undefined) throw new Error(`refused a page JSON.parse reads: ${err.message}`)
    return
  }
  if (want === undefined) throw new Error('accepted a page JSON.parse refuses or that has no page shape')
  if (!isDeepStrictEqual(got, want)) throw new Error(`read ${JSON.stringify(got)}\nJSON says ${JSON.stringify(want)}`)
}

const caseArb = fc.record({ page: pageArb, style: styleArb, mutation: mutationArb })
const bytesOf = ({ page, style, mutation }: { page: Json; style: typeof styleArb extends fc.Arbitrary<infer S> ? S : never; mutation: Parameters<typeof mutate>[1] }) =>
  mutate(write(page, style), mutation)

t.test('readRawPage reads every page as JSON.parse does', async (t) => {
  fuzz(t, 'raw-page', caseArb, (c) => check(bytesOf(c)), 4000, (c) => JSON.stringify(bytesOf(c).toString('latin1')))
})
