// Integers beyond 2^53 on the real node: the default serializer rounds them (JSON.parse), 'lossless' keeps
// them exact through get, search, scan, msearch and bulk, and the CLI's byte paths keep them whatever it says.
// The specification's types say `number` for a field value; a bigint in a query is cast (as users must).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { msearch } from '../../src/helpers/msearch.js'
import { scan } from '../../src/helpers/scan/scan.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'
import { runCli } from '../support/run-cli.js'

const MAX_LONG = 9223372036854775807n
const MIN_LONG = -9223372036854775808n
/** What the node stores, as raw text (no client in between). */
async function rawSource(index: string, id: string): Promise<string> {
  const res = await fetch(new URL(`/${index}/_source/${id}`, esUrl))
  return res.text()
}

const index = uniqueIndex('lossless')
const plain = new Client({ node: esUrl })
const lossless = new Client({ node: esUrl, serializer: 'lossless' })

t.before(async () => {
  await plain.indices.create({ index, mappings: { properties: { big: { type: 'long' }, small: { type: 'long' }, ratio: { type: 'double' } } } })
  // Written as text, so the test does not depend on the code under test to put the digits there.
  await plain.transport.request({
    method: 'PUT',
    path: `/${index}/_doc/max`,
    querystring: { refresh: 'true' },
    body: `{"big":${MAX_LONG},"small":42,"ratio":0.1,"min":${MIN_LONG},"asText":"${MAX_LONG}"}`,
  })
})
t.teardown(async () => {
  await plain.indices.delete({ index }, { ignore: [404] })
  await plain.close()
  await lossless.close()
})

t.test('the default fast path rounds a long beyond 2^53 (why the option exists)', async (t) => {
  const doc = await plain.get<{ big: number }>({ index, id: 'max' })
  t.equal(doc._source!.big, Number(MAX_LONG), 'a double')
  t.not(BigInt(doc._source!.big), MAX_LONG, 'not the stored value: 9223372036854775808')
})

t.test("get and search with serializer: 'lossless' read 9223372036854775807 exactly", async (t) => {
  const doc = await lossless.get<Record<string, unknown>>({ index, id: 'max' })
  t.equal(doc._source!.big, MAX_LONG)
  t.equal(doc._source!.min, MIN_LONG)
  t.equal(doc._source!.small, 42, 'a safe integer stays a number')
  t.equal(doc._source!.ratio, 0.1, 'a decimal stays a number')
  t.equal(doc._source!.asText, String(MAX_LONG), 'a string of digits stays a string')
  t.equal(doc._seq_no, 0, 'metadata numbers stay numbers')

  const found = await lossless.search<Record<string, unknown>>({ index, query: { term: { big: MAX_LONG as unknown as number } }, sort: [{ big: 'desc' }] })
  t.equal(found.hits.hits.length, 1, 'a bigint in a query is sent as its digits and matches')
  t.equal(found.hits.hits[0]!._source!.big, MAX_LONG)
  t.same(found.hits.hits[0]!.sort, [MAX_LONG], 'sort values too (what search_after sends back)')
  const aggs = await lossless.search({ index, size: 0, aggs: { top: { max: { field: 'small' } } } })
  t.equal((aggs.aggregations as { top: { value: number } }).top.value, 42)
})

t.test('bulk writes a bigint field as its exact digits; scan and msearch read it back exactly', async (t) => {
  const docs = [
    { id: 'b1', big: MAX_LONG - 1n },
    { id: 'b2', big: 2n ** 53n + 1n },
    { id: 'b3', big: MIN_LONG },
  ]
  const stats = await bulk(lossless, docs, { index, id: (doc: { id: string }) => doc.id, refresh: 'wait_for' })
  t.equal(stats.successful, 3, JSON.stringify(stats.failedItems, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))
  t.equal(await rawSource(index, 'b1'), `{"id":"b1","big":${MAX_LONG - 1n}}`, 'stored as written, to the digit')
  t.equal(await rawSource(index, 'b2'), '{"id":"b2","big":9007199254740993}')

  const seen = new Map<string, unknown>()
  for await (const hit of scan<{ big: bigint }>(lossless, { index, size: 2 })) seen.set(hit._id!, hit._source!.big)
  t.equal(seen.get('max'), MAX_LONG)
  t.equal(seen.get('b1'), MAX_LONG - 1n)
  t.equal(seen.get('b2'), 2n ** 53n + 1n)
  t.equal(seen.get('b3'), MIN_LONG)

  const searches = msearch(lossless, { index })
  try {
    const [one, two] = await Promise.all([
      searches.search({ query: { term: { big: (MAX_LONG - 1n) as unknown as number } } }),
      searches.search({ query: { term: { _id: 'b2' } } }),
    ])
    t.equal((one as { hits: { hits: Array<{ _source: { big: unknown } }> } }).hits.hits[0]!._source.big, MAX_LONG - 1n)
    t.equal((two as { hits: { hits: Array<{ _source: { big: unknown } }> } }).hits.hits[0]!._source.big, 2n ** 53n + 1n)
  } finally {
    await searches.close()
  }

  await lossless.index({ index, id: 'i1', document: { big: MAX_LONG }, refresh: true })
  t.equal(await rawSource(index, 'i1'), `{"big":${MAX_LONG}}`, 'client.index writes the digits too')
})

t.test('without lossless, a bigint in a body is refused by name, not rounded', async (t) => {
  await t.rejects(plain.index({ index, id: 'x', document: { big: MAX_LONG } }), { name: 'SerializationError', message: /BigInt/ })
})

t.test('a serializer object of your own is used both ways', async (t) => {
  const calls: string[] = []
  const own = new Client({
    node: esUrl,
    serializer: {
      parse: (text: string) => {
        calls.push('parse')
        return JSON.parse(text.replace(/"big":(\d+)/g, '"big":"$1"'))
      },
      stringify: (value: unknown) => {
        calls.push('stringify')
        return JSON.stringify(value)
      },
    },
  })
  t.teardown(() => own.close())
  const doc = await own.get<{ big: string }>({ index, id: 'max' })
  t.equal(doc._source!.big, String(MAX_LONG))
  await own.count({ index, query: { match_all: {} } })
  t.same(calls, ['parse', 'stringify', 'parse'])
})

t.test('bad serializer values are refused, naming the option', async (t) => {
  t.throws(() => new Client({ node: esUrl, serializer: 'loseless' as 'lossless' }), new ConfigurationError(`serializer must be 'json', 'lossless' or an object { parse, stringify }, got "loseless"`))
  t.throws(() => new Client({ node: esUrl, serializer: { parse: JSON.parse } as never }), { message: /^serializer must have parse\(text\) and stringify\(value\) functions, got an object with parse$/ })
  t.throws(() => new Client({ node: esUrl, serialiser: 'lossless' } as never), { message: /did you mean "serializer"/ })
})

t.test('a prototype key still fails a lossless parse by default, with or without long numbers', async (t) => {
  const id = 'proto'
  await plain.transport.request({ method: 'PUT', path: `/${index}/_doc/${id}`, querystring: { refresh: 'true' }, body: `{"__proto__":{"x":1},"big":${MAX_LONG}}` })
  await t.rejects(lossless.get({ index, id }), { name: 'DeserializationError', message: /prototypeKeys/ })
  const kept = await lossless.get<Record<string, unknown>>({ index, id }, { prototypeKeys: 'remove' })
  t.equal(kept._source!.big, MAX_LONG)
  t.equal(Object.hasOwn(kept._source!, '__proto__'), false)
})

t.test('the byte paths keep 9223372036854775807 whatever the serializer: dump, load, reindex', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elastream-lossless-'))
  const loaded = uniqueIndex('lossless-load')
  const copied = uniqueIndex('lossless-reindex')
  t.teardown(async () => {
    rmSync(dir, { recursive: true, force: true })
    await plain.indices.delete({ index: `${loaded},${copied}` }, { ignore: [404] })
  })
  const env = { ELASTICSEARCH_URL: esUrl }
  const file = join(dir, 'dump.ndjson')
  const dumped = await runCli(['dump', index, '-o', file, '--query', '{"ids":{"values":["max"]}}'], { env })
  t.equal(dumped.code, 0, dumped.stderr)
  t.match(readFileSync(file, 'utf8'), `"big":${MAX_LONG},`, 'dump writes the digits as stored')

  const docs = join(dir, 'docs.ndjson')
  writeFileSync(docs, `{"big":${MAX_LONG},"min":${MIN_LONG}}\n`)
  const load = await runCli(['load', docs, '--index', loaded], { env })
  t.equal(load.code, 0, load.stderr)
  await fetch(new URL(`/${loaded}/_refresh`, esUrl), { method: 'POST' })
  const stored = await (await fetch(new URL(`/${loaded}/_search`, esUrl))).text()
  t.match(stored, `"_source":{"big":${MAX_LONG},"min":${MIN_LONG}}`, 'load sends the line as written')

  const reindex = await runCli(['reindex', index, copied], { env })
  t.equal(reindex.code, 0, reindex.stderr)
  t.equal(await rawSource(copied, 'max'), `{"big":${MAX_LONG},"small":42,"ratio":0.1,"min":${MIN_LONG},"asText":"${MAX_LONG}"}`)
})
