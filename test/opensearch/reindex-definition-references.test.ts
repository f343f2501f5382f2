// `reindex --to` between the two real servers, for the parts of a mapping that point at other parts or map
// fields not yet seen: multi-fields, copy_to (from and into a field), aliases, dynamic templates. Whatever
// the destination lacks is changed wherever it appears, each change is named on stderr and in the stats
// file, and every document (those matching a dynamic template included) arrives.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { runCli } from '../support/run-cli.js'
import { deleteIndex, idsIn, sortedIds, uniqueIndex } from '../support/es.js'
import { elasticsearch, opensearch } from '../support/real-servers.js'

const N = 20
const dir = mkdtempSync(join(tmpdir(), 'elastream-os-references-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

type Mapping = Record<string, any>

async function count(c: Client, index: string, query: unknown): Promise<number> {
  const res = (await c.transport.request({ method: 'POST', path: `/${index}/_count`, body: { query } })) as { count: number }
  return res.count
}

/** Creates `source` with `mappings`, loads `docs` into it, reindexes it to `to`; the run and its stats file. */
async function copy(
  t: Test,
  from: typeof elasticsearch,
  to: typeof elasticsearch,
  mappings: Mapping,
  docs: Mapping[],
) {
  const src = new Client({ node: from.url })
  const dst = new Client({ node: to.url })
  const source = uniqueIndex(`${from.product}-refs-src`)
  const dest = uniqueIndex(`${to.product}-refs-dst`)
  t.teardown(async () => {
    await deleteIndex(src, source)
    await deleteIndex(dst, dest)
    await src.close()
    await dst.close()
  })
  await src.transport.request({ method: 'PUT', path: `/${source}`, body: { settings: { number_of_replicas: 0 }, mappings } })
  const input = join(dir, `${source}.ndjson`)
  writeFileSync(input, docs.map((d) => `${JSON.stringify(d)}\n`).join(''))
  const load = await runCli(['load', input, '--index', source, '--id-field', 'id'], { env: { ELASTICSEARCH_URL: from.url } })
  t.equal(load.code, 0, load.stderr)
  const statsFile = join(dir, `${dest}.stats.json`)
  const run = await runCli(['reindex', source, dest, '--to', to.url, '--stats-file', statsFile], {
    env: { ELASTICSEARCH_URL: from.url },
    cwd: dir,
  })
  // A run that stopped early writes no stats file: the exit code and stderr then say why.
  const stats = (existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : { changes: [] }) as {
    changes: { kind: string; name: string; action: string }[]
  }
  const got = (await dst.transport.request({ method: 'GET', path: `/${dest}/_mapping` }, { ignore: [404] })) as Record<
    string,
    { mappings: Mapping }
  >
  await dst.transport.request({ method: 'POST', path: `/${dest}/_refresh` }, { ignore: [404] })
  await src.transport.request({ method: 'POST', path: `/${source}/_refresh` })
  return { src, dst, source, dest, run, stats, mappings: got[dest]?.mappings }
}

t.test(`${opensearch.label} -> ${elasticsearch.label}: a field no longer indexed takes its links with it, each named`, async (t) => {
  const { src, dst, source, dest, run, stats, mappings } = await copy(
    t,
    opensearch,
    elasticsearch,
    {
      dynamic_templates: [
        { words: { match: 'm_*', mapping: { type: 'match_only_text', fields: { raw: { type: 'keyword' } } } } },
        { flat: { match: 'f_*', mapping: { type: 'flat_object' } } },
      ],
      properties: {
        // This Elasticsearch has no match_only_text: title and body become disabled objects.
        title: { type: 'match_only_text', copy_to: 'all', fields: { raw: { type: 'keyword' } } },
        first: { type: 'keyword', copy_to: ['body', 'all'] },
        body: { type: 'match_only_text' },
        all: { type: 'text' },
        title_raw: { type: 'alias', path: 'title.raw' },
      },
    },
    Array.from({ length: N }, (_, i) => ({
      id: String(i),
      title: `Élan beta${i}`,
      first: `alpha${i}`,
      body: `body ${i}`,
      m_note: `note ${i}`,
      f_meta: { color: 'red' },
    })),
  )
  t.equal(run.code, 0, run.stderr)
  const expected = [
    /field title \(match_only_text\) not indexed: Elasticsearch refuses it \(The mapper type \[match_only_text\] declared on field \[title\] does not exist\); its values stay in _source\n/,
    /field title\.raw \(keyword\) not copied: a multi-field inside title, which elastream mapped as a disabled object \(Elasticsearch has no match_only_text\)/,
    /mapping parameter title\.copy_to=all not copied: title is not indexed \(Elasticsearch has no match_only_text\) and copies nothing: all no longer receives its values\n/,
    /field title_raw \(alias\) not copied: it points to title\.raw: elastream mapped title as a disabled object/,
    /field body \(match_only_text\) not indexed: Elasticsearch refuses it/,
    /mapping parameter first\.copy_to=body not copied: elastream mapped body as a disabled object \(Elasticsearch has no match_only_text\), and nothing can be copied into an object: body no longer receives the values of first\n/,
    /dynamic template words \(match_only_text\) not indexed: Elasticsearch refuses it \(.*match_only_text.*\); the fields it maps are disabled objects, their values stay in _source\n/,
    /field dynamic_templates\.words\.raw \(keyword\) not copied: a multi-field inside dynamic_templates\.words/,
    /dynamic template flat \(flat_object\) renamed: mapped as flattened, Elasticsearch's name for the same type\n/,
  ]
  for (const line of expected) t.match(run.stderr, line)
  t.same(
    stats.changes.filter((c) => c.kind !== 'setting').map((c) => `${c.kind} ${c.name} ${c.action}`).sort(),
    [
      'dynamic template flat (flat_object) renamed',
      'dynamic template words (match_only_text) not indexed',
      'field body (match_only_text) not indexed',
      'field dynamic_templates.words.raw (keyword) dropped',
      // The fields the source's templates made for its documents, changed as the templates are.
      'field f_meta (flat_object) renamed',
      'field m_note (match_only_text) not indexed',
      'field m_note.raw (keyword) dropped',
      'field title (match_only_text) not indexed',
      'field title.raw (keyword) dropped',
      'field title_raw (alias) dropped',
      'parameter first.copy_to=body dropped',
      'parameter title.copy_to=all dropped',
    ],
    'the stats file has every change, and only those',
  )
  t.same(await idsIn(dst, dest), sortedIds(N), 'every document arrived, those matching a template included')
  t.same(mappings!.properties.first, { type: 'keyword', copy_to: ['all'] }, 'the copy_to that still works is kept')
  t.same(mappings!.properties.m_note, { type: 'object', enabled: false })
  t.same(mappings!.properties.f_meta, { type: 'flattened' })
  t.equal(await count(dst, dest, { term: { 'f_meta.color': 'red' } }), N, 'the renamed template maps its fields')
  // A document whose fields no copied document had: the copy's templates map them, and it is accepted.
  await dst.transport.request({
    method: 'PUT',
    path: `/${dest}/_doc/later`,
    querystring: { refresh: 'true' },
    body: { m_later: 'a later note', f_later: { size: 'xl' } },
  })
  t.equal(await count(dst, dest, { term: { 'f_later.size': 'xl' } }), 1, 'a later document matching the templates accepted')

  // The copy_to target searched on both sides: first's values reach it on both; title's only on the source,
  // which the line for title.copy_to said.
  t.equal(await count(src, source, { match: { all: 'alpha7' } }), 1)
  t.equal(await count(dst, dest, { match: { all: 'alpha7' } }), 1, 'the same hit count for the copy_to kept')
  t.equal(await count(src, source, { match: { all: 'beta7' } }), 1)
  t.equal(await count(dst, dest, { match: { all: 'beta7' } }), 0, 'the named drop')
})

t.test(`${elasticsearch.label} -> ${opensearch.label}: dynamic templates changed as properties are, documents matching them accepted`, async (t) => {
  const { dst, dest, run, stats, mappings } = await copy(
    t,
    elasticsearch,
    opensearch,
    {
      dynamic_templates: [
        { vectors: { match: 'v_*', mapping: { type: 'dense_vector', dims: 3 } } },
        { flat: { match: 'f_*', mapping: { type: 'flattened' } } },
      ],
      properties: { code: { type: 'keyword' } },
    },
    Array.from({ length: N }, (_, i) => ({
      id: String(i),
      code: `c${i}`,
      v_emb: [1, 0.5, i + 1],
      f_meta: { color: i % 2 ? 'red' : 'blue' },
    })),
  )
  t.equal(run.code, 0, run.stderr)
  t.match(
    run.stderr,
    /dynamic template vectors \(dense_vector\) not indexed: OpenSearch refuses it \(No handler for type \[dense_vector\] declared on field \[dynamic_templates\.vectors\]\); the fields it maps are disabled objects, their values stay in _source\n/,
  )
  t.match(run.stderr, /dynamic template flat \(flattened\) renamed: mapped as flat_object, OpenSearch's name for the same type\n/)
  t.same(
    stats.changes.filter((c) => c.kind === 'dynamic template').map((c) => `${c.name} ${c.action}`).sort(),
    ['flat (flattened) renamed', 'vectors (dense_vector) not indexed'],
  )
  t.same(await idsIn(dst, dest), sortedIds(N), 'every document arrived, those matching a template included')
  t.same(mappings!.properties.v_emb, { type: 'object', enabled: false })
  t.same(mappings!.properties.f_meta, { type: 'flat_object' })
  t.equal(await count(dst, dest, { term: { 'f_meta.color': 'red' } }), N / 2, 'the renamed template maps its fields')
  // A document whose fields no copied document had: the copy's templates map them, and it is accepted.
  await dst.transport.request({
    method: 'PUT',
    path: `/${dest}/_doc/later`,
    querystring: { refresh: 'true' },
    body: { v_later: [0.5, 1, 2], f_later: { size: 'xl' } },
  })
  t.equal(await count(dst, dest, { term: { 'f_later.size': 'xl' } }), 1, 'a later document matching the templates accepted')
  const later = (await dst.transport.request({ method: 'GET', path: `/${dest}/_mapping` })) as Record<string, { mappings: Mapping }>
  t.same(later[dest]!.mappings.properties.v_later, { type: 'object', enabled: false })
  t.same(later[dest]!.mappings.properties.f_later, { type: 'flat_object' })
  t.equal(await count(dst, dest, { term: { code: 'c7' } }), 1)
})
