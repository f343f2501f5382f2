// `reindex --transform`, `--search-body` and `--limit` through the client (issue 19 item 5), on the real
// Elasticsearch node: a transform changes, drops and renames documents and forces the client path; one that
// throws names the document and leaves a cursor that --resume (with the module fixed) continues from; --limit
// copies exactly N, resumed runs included, and releases the point in time; bad flags are refused before
// anything is created.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, es, esUrl, ids, seed } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const N = 20
const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-reindex-flags-'))
const src = uniqueName('rflags-src')
t.before(async () => {
  await seed(src, N)
  // One document with an integer beyond 2^53: a transform must hand it back digit for digit.
  await fetch(new URL(`/${src}/_doc/big?refresh=true`, esUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: '{"n":100,"name":"big","even":true,"big":9007199254740993}',
  })
})
t.teardown(async () => {
  await drop(src)
  rmSync(dir, { recursive: true, force: true })
})

function module(name: string, source: string): string {
  const path = join(dir, name)
  writeFileSync(path, source)
  return path
}

// Async; drops every n that is a multiple of 3, renames the rest (`r-` before the _id) and marks them.
const reshape = module(
  'reshape.mjs',
  `export default async function (hit, place) {
    await new Promise((r) => setImmediate(r))
    if (hit._source.n % 3 === 0) return null
    return { ...hit, _id: 'r-' + hit._id, _source: { ...hit._source, from: place.index, seen: place.id } }
  }\n`,
)
// Throws on the third document it is called with (in each run).
const third = module(
  'third.mjs',
  `let calls = 0\nexport default (hit) => { if (++calls === 3) throw new RangeError('not the third'); return hit }\n`,
)
const mark = module('mark.mjs', `export default (hit) => ({ ...hit, _source: { ...hit._source, marked: true } })\n`)

const run = (args: string[]) => runCli(args, { env, cwd: dir })

async function openContexts(index: string): Promise<number> {
  return (await es('GET', `/${index}/_stats/search`))._all.total.search.open_contexts
}

t.test('--transform: documents changed, renamed and dropped; the drops counted; a 64-bit integer kept; the client path said', async (t) => {
  const dest = uniqueName('rflags-shape')
  t.teardown(() => drop(dest))
  const stats = join(dir, 'shape.json')
  const r = await run(['reindex', src, dest, '--transform', reshape, '--stats-file', stats])
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /^elastream: --transform runs in elastream: copying through the client, not with the server's _reindex\n/)
  // n = 0, 3, ..., 18 (7 of them) dropped; 13 of doc-<n> kept plus `big` (n = 100).
  t.match(r.stderr, new RegExp(`copied 14 documents ${src} -> ${dest} in .*; 7 dropped by --transform\n$`))
  t.match(JSON.parse(readFileSync(stats, 'utf8')), { command: 'reindex', docs: 14, dropped: 7, failed: 0 })
  t.equal(await count(dest), 14)
  const kept = (await ids(dest)).filter((id) => id !== 'r-big')
  t.same(kept, Array.from({ length: N }, (_, n) => n).filter((n) => n % 3 !== 0).map((n) => `r-doc-${n}`).sort())
  t.same((await es('GET', `/${dest}/_doc/r-doc-4`))._source, { n: 4, name: 'name 4', even: true, from: src, seen: 'doc-4' })
  const raw = await (await fetch(new URL(`/${dest}/_doc/r-big`, esUrl))).text()
  t.match(raw, '"big":9007199254740993', 'the integer went through the function as a BigInt and back as its digits')
})

t.test('--transform with --via-client: no line about the path (it was asked for)', async (t) => {
  const dest = uniqueName('rflags-via')
  t.teardown(() => drop(dest))
  const r = await run(['reindex', src, dest, '--transform', mark, '--via-client', '--limit', '2'])
  t.equal(r.code, 0, r.stderr)
  t.notMatch(r.stderr, /--transform runs in elastream/)
  t.match(r.stderr, /copied 2 documents [^;]*\n$/, 'nothing dropped, nothing said about drops')
})

t.test('a transform that throws on the 3rd document: named by index and _id, the 2 before it copied, --resume continues', async (t) => {
  const dest = uniqueName('rflags-throw')
  t.teardown(() => drop(dest))
  const cursor = join(dir, 'throw.cursor.json')
  const first = await run(['reindex', src, dest, '--transform', third, '--batch', '2', '--cursor', cursor])
  t.equal(first.code, 1, first.stderr)
  const named = /--transform \S+third\.mjs threw RangeError: not the third on the document at _id "([^"]+)", index (\S+)\n$/.exec(first.stderr)
  t.ok(named, first.stderr)
  t.equal(named![2], src)
  t.match(first.stderr, `elastream: stopped; the first 2 documents are done, cursor saved to ${cursor}`)
  t.equal(await count(dest), 2)
  t.notOk((await ids(dest)).includes(named![1]!), 'the document it threw on is not written')
  const saved = JSON.parse(readFileSync(cursor, 'utf8'))
  t.equal(saved.done, 2)

  // The module fixed: the rest is copied through it, the first two not again.
  const resumed = await run(['reindex', src, dest, '--transform', mark, '--batch', '2', '--cursor', cursor, '--resume'])
  t.equal(resumed.code, 0, resumed.stderr)
  t.match(resumed.stderr, new RegExp(`copied ${N - 1} documents ${src} -> ${dest} in [^;]*\n$`))
  t.equal(await count(dest), N + 1)
  t.equal((await es('GET', `/${dest}/_doc/${named![1]}`))._source.marked, true, 'the document it threw on, copied by the fixed module')
})

t.test('--limit N copies exactly N and releases the point in time kept for a resume', async (t) => {
  const dest = uniqueName('rflags-limit')
  t.teardown(() => drop(dest))
  const r = await run(['reindex', src, dest, '--limit', '7', '--batch', '3'])
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, new RegExp(`copied 7 documents ${src} -> ${dest} in`))
  t.equal(await count(dest), 7)
  t.equal(await openContexts(src), 0, 'no point in time left open on the source')
})

t.test('--limit across a resume: the cursor counts what the first run did, N in all', async (t) => {
  const dest = uniqueName('rflags-limit-resume')
  t.teardown(() => drop(dest))
  const cursor = join(dir, 'limit.cursor.json')
  const first = await run(['reindex', src, dest, '--limit', '5', '--transform', third, '--batch', '1', '--cursor', cursor])
  t.equal(first.code, 1, first.stderr)
  t.equal(await count(dest), 2)
  const resumed = await run(['reindex', src, dest, '--limit', '5', '--transform', mark, '--batch', '1', '--cursor', cursor, '--resume'])
  t.equal(resumed.code, 0, resumed.stderr)
  t.match(resumed.stderr, /copied 3 documents /)
  t.equal(await count(dest), 5, 'five in all, not 2 + 5')
  t.equal(await openContexts(src), 0)
})

t.test('--search-body through the client: query, _source and sort, with --limit taking the first N in that order', async (t) => {
  const dest = uniqueName('rflags-body')
  t.teardown(() => drop(dest))
  const body = join(dir, 'body.json')
  writeFileSync(body, JSON.stringify({ query: { range: { n: { lt: N } } }, _source: ['n'], sort: [{ n: 'desc' }] }))
  const r = await run(['reindex', src, dest, '--search-body', `@${body}`, '--limit', '3', '--via-client'])
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(dest), ['doc-17', 'doc-18', 'doc-19'], 'the three highest n below N')
  t.same((await es('GET', `/${dest}/_doc/doc-18`))._source, { n: 18 })
})

t.test('bad flags are refused by name before anything is created (exit 2)', async (t) => {
  const dest = uniqueName('rflags-bad')
  t.teardown(() => drop(dest))
  const noDefault = module('no-default.mjs', 'export const other = 1\n')
  const cases: Array<[string[], RegExp]> = [
    [['--transform', join(dir, 'missing.mjs')], /--transform \S+missing\.mjs: no such module\n$/],
    [['--transform', noDefault], /--transform \S+no-default\.mjs: the module exports no function/],
    [['--limit', '0'], /--limit must be an integer >= 1, got "0"/],
    [['--limit=-1'], /--limit must be an integer >= 1, got "-1"/],
    [['--limit', '-1'], /--limit must be an integer >= 1, got "-1"/],
    [['--limit', 'abc'], /--limit must be an integer >= 1, got "abc"/],
    [['--search-body', '{"query":'], /--search-body is not valid JSON \(/],
    [['--search-body', '@missing.json'], /--search-body @missing\.json: cannot read missing\.json: no such file\n$/],
    [['--search-body', '{"query":{"match_all":{}}}', '--query', '{"match_all":{}}'], /--search-body and --query both given/],
    [['--search-body', '{"_source":["n"]}', '--fields', 'n'], /--search-body and --fields both given/],
    [['--search-body', '{"aggs":{}}'], /--search-body: "aggs" not supported; it may hold query, _source, sort/],
  ]
  for (const [flags, message] of cases) {
    const r = await run(['reindex', src, dest, ...flags])
    t.equal(r.code, 2, `${flags.join(' ')}: ${r.stderr}`)
    t.match(r.stderr, message, flags.join(' '))
  }
  t.equal((await fetch(new URL(`/${dest}`, esUrl), { method: 'HEAD' })).status, 404, 'no destination was created')
})

t.test('a transform that returns no hit with an _id stops with the module and the document named', async (t) => {
  const dest = uniqueName('rflags-shape-bad')
  t.teardown(() => drop(dest))
  const plain = module('plain.mjs', 'export default (hit) => hit._source\n')
  const r = await run(['reindex', src, dest, '--transform', plain, '--limit', '1'])
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /--transform \S+plain\.mjs returned an object with "n", "name", "even" beside the hit's keys on the document at _id "[^"]+", index \S+: return the hit \(\{ _id, _source \}\) changed, or null/)
  t.equal(await count(dest), 0)
})

t.test('--search-body runtime_mappings through the client: the query uses a field computed at search time', async (t) => {
  const unmapped = uniqueName('rflags-runtime-src')
  const dest = uniqueName('rflags-runtime')
  t.teardown(() => drop(unmapped, dest))
  await es('PUT', `/${unmapped}`, { mappings: { dynamic: false, properties: { n: { type: 'integer' } } } })
  const docs = Array.from({ length: 6 }, (_, n) => `{"index":{"_id":"${n}"}}\n{"n":${n},"color":"${n % 2 ? 'blue' : 'red'}"}\n`).join('')
  await es('POST', `/${unmapped}/_bulk?refresh=true`, docs)
  const body = { runtime_mappings: { color: { type: 'keyword' } }, query: { term: { color: 'blue' } } }
  const r = await run(['reindex', unmapped, dest, '--search-body', JSON.stringify(body)])
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /copied 3 documents /)
  t.same(await ids(dest), ['1', '3', '5'])
})
