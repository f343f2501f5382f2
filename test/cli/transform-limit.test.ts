// `--transform MODULE` on load and dump, and `load --limit N` (issue 19 item 5), on the real node: a document
// changed, dropped, with an async function; a 64-bit integer kept through it; a throwing transform named with
// the module and the document; exactly N documents with --limit whatever blank lines or arrays hold.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, es, esUrl, ids, seed } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-transform-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

function module(name: string, source: string): string {
  const path = join(dir, name)
  writeFileSync(path, source)
  return path
}

// Async, changes every document and drops the ones whose n is a multiple of 3.
const reshape = module(
  'reshape.mjs',
  `export default async function (doc, place) {
    await new Promise((r) => setImmediate(r))
    const source = doc._source ?? doc
    if (source.n % 3 === 0) return null
    source.tag = 'moved'
    source.where = place.line ?? place.index
    return doc
  }\n`,
)
const thrower = module(
  'thrower.mjs',
  `export default (doc) => { if ((doc._source ?? doc).n === 7) throw new TypeError('no sevens'); return doc }\n`,
)

async function source(index: string, id: string): Promise<any> {
  return (await es('GET', `/${index}/_doc/${id}`))._source
}

t.test('load --transform: each document changed or dropped by an async function, line numbers kept', async (t) => {
  const index = uniqueName('transform-load')
  t.teardown(() => drop(index))
  const input = join(dir, 'plain.ndjson')
  // Blank lines in between: the transform still says line 4 for the line numbered 4 in the file.
  writeFileSync(input, `{"_id":"a","n":1}\n\n{"_id":"b","n":3}\n{"_id":"c","n":4,"big":9007199254740993}\n{"_id":"d","n":5}\n`)
  const res = await runCli(['load', input, '--index', index, '--transform', reshape], { env })
  t.equal(res.code, 0, res.stderr)
  t.match(res.stderr, `loaded 3 documents into ${index}`)
  t.same(await ids(index), ['a', 'c', 'd'], 'b (n = 3) dropped')
  t.same(await source(index, 'a'), { n: 1, tag: 'moved', where: 1 })
  t.same(await source(index, 'd'), { n: 5, tag: 'moved', where: 5 })
  // The 20-digit integer went through the function as a BigInt and back as its digits.
  const raw = await (await fetch(new URL(`/${index}/_doc/c`, esUrl))).text()
  t.match(raw, '"big":9007199254740993', raw)
})

t.test('load --transform on a JSON array, and on dump lines (the function sees _id and _source)', async (t) => {
  const index = uniqueName('transform-array')
  t.teardown(() => drop(index))
  const input = join(dir, 'array.json')
  writeFileSync(input, JSON.stringify([{ _id: 'x', _source: { n: 2 } }, { _id: 'y', _source: { n: 6 } }, { n: 8 }]))
  const res = await runCli(['load', input, '--index', index, '--transform', reshape], { env })
  t.equal(res.code, 0, res.stderr)
  t.equal(await count(index), 2)
  t.same(await source(index, 'x'), { n: 2, tag: 'moved' })
})

t.test('a transform that throws: the module and the document named, the documents before it loaded, exit 1', async (t) => {
  const index = uniqueName('transform-throw')
  t.teardown(() => drop(index))
  const input = join(dir, 'ten.ndjson')
  writeFileSync(input, Array.from({ length: 10 }, (_, n) => `${JSON.stringify({ _id: `d${n}`, n })}\n`).join(''))
  const res = await runCli(['load', input, '--index', index, '--transform', thrower], { env })
  t.equal(res.code, 1, res.stderr)
  t.match(res.stderr, `elastream: --transform ${thrower} threw TypeError: no sevens on the document at line 8, _id "d7"\n`)
  t.match(res.stderr, `stopped after loading 7 documents into ${index}`)
  t.equal(await count(index), 7)
})

t.test('--transform that is missing, or exports no function: refused before anything is read', async (t) => {
  const input = join(dir, 'plain.ndjson')
  const missing = join(dir, 'nope.mjs')
  const a = await runCli(['load', input, '--index', uniqueName('never'), '--transform', missing], { env })
  t.equal(a.code, 2, a.stderr)
  t.equal(a.stderr, `elastream: --transform ${missing}: no such module\n`)
  const none = module('none.mjs', 'export const x = 1\n')
  const b = await runCli(['dump', 'whatever', '--transform', none], { env })
  t.equal(b.code, 2, b.stderr)
  t.equal(b.stderr, `elastream: --transform ${none}: the module exports no function (export default async function (doc) { ... })\n`)
  const broken = module('broken.mjs', 'export default function (\n')
  const c = await runCli(['load', input, '--index', uniqueName('never'), '--transform', broken], { env })
  t.equal(c.code, 2, c.stderr)
  t.match(c.stderr, `elastream: --transform ${broken}: the module failed to load: SyntaxError`)
})

t.test('load --limit N: exactly N documents, blank lines not counted, NDJSON and arrays, with a transform', async (t) => {
  const index = uniqueName('limit-load')
  t.teardown(() => drop(index))
  const input = join(dir, 'limit.ndjson')
  const body = Array.from({ length: 5000 }, (_, n) => `${JSON.stringify({ _id: `l${n}`, n })}\n${n % 10 === 0 ? '\n  \n' : ''}`)
  writeFileSync(input, body.join(''))
  const res = await runCli(['load', input, '--index', index, '--limit', '1234'], { env })
  t.equal(res.code, 0, res.stderr)
  t.match(res.stderr, `loaded 1,234 documents into ${index}`)
  t.equal(await count(index), 1234)
  t.same((await ids(index)).length, 1234)
  t.ok((await ids(index)).includes('l1233') && !(await ids(index)).includes('l1234'), 'the first 1234, in order')

  const viaTransform = uniqueName('limit-transform')
  t.teardown(() => drop(viaTransform))
  // The limit counts documents read: 30 read, 10 of them dropped by the transform.
  const both = await runCli(['load', input, '--index', viaTransform, '--limit', '30', '--transform', reshape], { env })
  t.equal(both.code, 0, both.stderr)
  t.equal(await count(viaTransform), 20)

  const arrayIndex = uniqueName('limit-array')
  t.teardown(() => drop(arrayIndex))
  const array = join(dir, 'limit.json')
  writeFileSync(array, JSON.stringify(Array.from({ length: 100 }, (_, n) => ({ n }))))
  const arr = await runCli(['load', array, '--index', arrayIndex, '--limit', '9'], { env })
  t.equal(arr.code, 0, arr.stderr)
  t.equal(await count(arrayIndex), 9)

  const stdinIndex = uniqueName('limit-stdin')
  t.teardown(() => drop(stdinIndex))
  const piped = await runCli(['load', '-', '--index', stdinIndex, '--limit', '3'], { env, stdin: '{"a":1}\n{"a":2}\n{"a":3}\n{"a":4' })
  t.equal(piped.code, 0, piped.stderr)
  t.equal(await count(stdinIndex), 3, 'the cut fourth line is never read')

  const bad = await runCli(['load', input, '--index', index, '--limit', '0'], { env })
  t.equal(bad.code, 2)
  t.match(bad.stderr, '--limit must be an integer >= 1, got "0"')
})

t.test('dump --transform: lines changed and dropped; a throw names the _id, keeps the cursor, --resume goes on', async (t) => {
  const index = uniqueName('transform-dump')
  t.teardown(() => drop(index))
  await seed(index, 300)
  const out = join(dir, 'dumped.ndjson')
  const res = await runCli(['dump', index, '-o', out, '--transform', reshape, '--batch', '50'], { env })
  t.equal(res.code, 0, res.stderr)
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  t.equal(lines.length, 200, 'every third dropped')
  t.ok(lines.every((l) => l._source.tag === 'moved' && l._source.where === index && l._source.n % 3 !== 0))

  const stopped = join(dir, 'stopped.ndjson')
  const sevens = module(
    'sevens.mjs',
    `import { existsSync } from 'node:fs'
    export default (doc) => { if (doc._id === 'doc-207' && !existsSync(${JSON.stringify(join(dir, 'fixed'))})) throw new Error('bad doc'); return doc }\n`,
  )
  const thrown = await runCli(['dump', index, '-o', stopped, '--transform', sevens, '--batch', '50', '--search-body', '{"sort":[{"n":"asc"}]}'], { env })
  t.equal(thrown.code, 1, thrown.stderr)
  t.match(thrown.stderr, `elastream: --transform ${sevens} threw Error: bad doc on the document at _id "doc-207", index ${index}\n`)
  t.ok(existsSync(`${stopped}.cursor`), 'resumable')
  writeFileSync(join(dir, 'fixed'), '')
  const resumed = await runCli(['dump', index, '-o', stopped, '--transform', sevens, '--batch', '50', '--search-body', '{"sort":[{"n":"asc"}]}', '--resume'], { env })
  t.equal(resumed.code, 0, resumed.stderr)
  const all = readFileSync(stopped, 'utf8').trim().split('\n').map((l) => JSON.parse(l)._id)
  t.equal(all.length, 300)
  t.equal(new Set(all).size, 300, 'each document once')
})

t.test('--transform and --limit on a backup folder are refused by name', async (t) => {
  const folder = join(dir, 'backup') + '/'
  const d = await runCli(['dump', 'x-*', '-o', folder, '--transform', reshape], { env })
  t.equal(d.code, 2)
  t.equal(d.stderr, 'elastream: --transform: a backup holds indices as they are; use it with -o FILE\n')
})

t.test('load --transform: a line that is not JSON skips the function and fails as it does without one', async (t) => {
  const index = uniqueName('transform-bad-line')
  t.teardown(() => drop(index))
  const input = join(dir, 'bad-line.ndjson')
  writeFileSync(input, '{"_id":"a","n":1}\n{"_id":"b", oops}\n{"_id":"c","n":2}\n')
  const res = await runCli(['load', input, '--index', index, '--transform', reshape], { env })
  t.equal(res.code, 1, res.stderr)
  t.match(res.stderr, /elastream: line 2: /)
  t.same(await ids(index), ['a', 'c'])
})
