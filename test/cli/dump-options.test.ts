/** `dump --limit` and `--search-body`, and `--header` on every command (issue 19 item 5). */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, esUrl, seed } from '../support/es-direct.js'
import { fakeElasticsearch, runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-dump-options-'))
const index = uniqueName('dump-options')
t.before(() => seed(index, 300))
t.teardown(() => drop(index))

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))

t.test('--limit N writes N documents and ends as a complete dump', async (t) => {
  const out = join(dir, 'limit.ndjson')
  const res = await runCli(['dump', index, '-o', out, '--limit', '42', '--batch', '10'], { env })
  t.equal(res.code, 0, res.stderr)
  t.equal(lines(readFileSync(out, 'utf8')).length, 42)
  t.match(res.stderr, /dumped 42 documents/)
  t.notOk(existsSync(`${out}.cursor`), 'no cursor: nothing to resume')
  const bad = await runCli(['dump', index, '--limit', 'ten'], { env })
  t.equal(bad.code, 2)
  t.match(bad.stderr, /--limit must be an integer >= 1, got "ten"/)
})

t.test('--search-body: query, _source and sort, inline or from a file', async (t) => {
  const body = { query: { term: { even: true } }, _source: ['n'], sort: [{ n: 'desc' }] }
  const inline = await runCli(['dump', index, '--search-body', JSON.stringify(body), '--batch', '40'], { env })
  t.equal(inline.code, 0, inline.stderr)
  const hits = lines(inline.stdout)
  t.equal(hits.length, 150, 'only the even ones')
  t.same(hits[0]._source, { n: 298 }, 'the _source filter applied')
  t.same(
    hits.map((h) => h._source.n),
    [...hits.map((h) => h._source.n)].sort((a, b) => b - a),
    'in the sort order asked',
  )
  const file = join(dir, 'body.json')
  writeFileSync(file, JSON.stringify(body))
  const fromFile = await runCli(['dump', index, '--search-body', `@${file}`], { env })
  t.equal(fromFile.code, 0, fromFile.stderr)
  t.equal(lines(fromFile.stdout).length, 150)

  const unknown = await runCli(['dump', index, '--search-body', '{"aggs":{}}'], { env })
  t.equal(unknown.code, 2)
  t.match(unknown.stderr, /--search-body: "aggs" not supported; it may hold query, _source, sort/)
  const both = await runCli(['dump', index, '--search-body', '{"query":{"match_all":{}}}', '--query', '{"match_all":{}}'], { env })
  t.equal(both.code, 2)
  t.match(both.stderr, /--search-body and --query both given/)
})

t.test('--header NAME: VALUE goes with every request; a malformed one is refused without echoing its value', async (t) => {
  const seen: Array<Record<string, unknown>> = []
  const server = await fakeElasticsearch((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ count: 3 }))
  })
  t.teardown(() => server.close())
  const res = await runCli(['count', 'x', '--header', 'X-Tenant: blue', '--header', 'x-trace:  abc '], {
    env: { ELASTICSEARCH_URL: server.url },
  })
  t.equal(res.code, 0, res.stderr)
  t.equal(res.stdout.trim(), '3')
  t.ok(seen.length > 0)
  for (const h of seen) t.match(h, { 'x-tenant': 'blue', 'x-trace': 'abc' })

  const bad = await runCli(['count', 'x', '--header', 'Bearer s3cr3t-token'], { env: { ELASTICSEARCH_URL: server.url } })
  t.equal(bad.code, 2)
  t.match(bad.stderr, /--header must be 'NAME: VALUE'; one has no ':'/)
  t.notMatch(bad.stderr, /s3cr3t/, 'the value is not echoed')
  const badName = await runCli(['count', 'x', '--header', 'a b: 1'], { env: { ELASTICSEARCH_URL: server.url } })
  t.equal(badName.code, 2)
  t.match(badName.stderr, /"a b" is not a header name/)
})

t.test('--search-body runtime_mappings: the query may use a field computed at search time', async (t) => {
  const unmapped = uniqueName('dump-runtime')
  t.teardown(() => drop(unmapped))
  // `dynamic: false`: color is in _source but not indexed; only a runtime field can search it.
  await fetch(new URL(`/${unmapped}`, esUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mappings: { dynamic: false, properties: { n: { type: 'integer' } } } }),
  })
  const docs = Array.from({ length: 6 }, (_, n) => `{"index":{"_id":"${n}"}}\n{"n":${n},"color":"${n % 2 ? 'blue' : 'red'}"}\n`).join('')
  await fetch(new URL(`/${unmapped}/_bulk?refresh=true`, esUrl), { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: docs })
  const body = { runtime_mappings: { color: { type: 'keyword' } }, query: { term: { color: 'red' } }, sort: [{ n: 'desc' }] }
  const res = await runCli(['dump', unmapped, '--search-body', JSON.stringify(body), '--stats-file', join(dir, 'runtime.json')], { env })
  t.equal(res.code, 0, res.stderr)
  t.same(lines(res.stdout).map((l) => l._id), ['4', '2', '0'])
  const bad = await runCli(['dump', unmapped, '--search-body', '{"runtime_mappings":[]}'], { env })
  t.equal(bad.code, 2)
  t.match(bad.stderr, '--search-body: "runtime_mappings" must be an object')
})
