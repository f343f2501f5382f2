// `reindex --to` between the two real servers creates the destination from the source's mappings and
// settings: what both take is carried (a keyword stays keyword, the shard count, the analysis chain), what the
// destination refuses is named on stderr and in the stats file, and every document arrives.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Client } from '../../src/client.js'
import { runCli } from '../support/run-cli.js'
import { deleteIndex, idsIn, sortedIds, uniqueIndex } from '../support/es.js'
import { elasticsearch, opensearch, type RealServer } from '../support/real-servers.js'

const N = 300
const dir = mkdtempSync(join(tmpdir(), 'elastream-os-definition-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const input = join(dir, 'docs.ndjson')
writeFileSync(
  input,
  Array.from(
    { length: N },
    (_, i) => `${JSON.stringify({ id: String(i), code: `Code-${i}`, title: `Élan ${i}`, tags: { color: i % 2 ? 'red' : 'blue' } })}\n`,
  ).join(''),
)

const analysis = {
  analyzer: { folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase'] } },
}

/**
 * What each source has that the other product refuses, and the setting the test expects to see dropped.
 * Elasticsearch: `index.mapping.source.mode` and a `dense_vector` field; OpenSearch: the
 * `index.replication.type` it adds to every index. `flattened` / `flat_object` is renamed either way.
 */
interface Special {
  settings: object
  /** Root mapping parameters. */
  root: object
  fields: object
  /** Lines expected on stderr: the refused setting and field, each with the server's reason. */
  lines: RegExp[]
  objectType: string
  /** The `vector` field on the destination. */
  vector: unknown
}
const special: Record<RealServer['product'], Special> = {
  elasticsearch: {
    settings: { 'index.mapping.source.mode': 'stored' },
    root: { subobjects: false },
    fields: { vector: { type: 'dense_vector', dims: 3 } },
    lines: [
      /setting index\.mapping\.source\.mode=stored not copied: OpenSearch refuses it \(unknown setting/,
      /mapping parameter subobjects=false not copied: OpenSearch refuses it \(Root mapping definition has unsupported parameters/,
      /field vector \(dense_vector\) not indexed: OpenSearch refuses it \(No handler for type \[dense_vector\].*; its values stay in _source/,
    ],
    objectType: 'flattened',
    vector: { type: 'object', enabled: false },
  },
  opensearch: {
    settings: {},
    root: {},
    fields: {},
    lines: [/setting index\.replication\.type=DOCUMENT not copied: Elasticsearch refuses it \(unknown setting/],
    objectType: 'flat_object',
    vector: undefined,
  },
}

for (const [from, to] of [
  [elasticsearch, opensearch],
  [opensearch, elasticsearch],
] as const) {
  t.test(`reindex --to ${from.label} -> ${to.label} carries mappings and settings, names what it drops`, async (t) => {
    const src = new Client({ node: from.url })
    const dst = new Client({ node: to.url })
    const source = uniqueIndex(`${from.product}-def-src`)
    const dest = uniqueIndex(`${to.product}-def-dst`)
    t.teardown(async () => {
      await deleteIndex(src, source)
      await deleteIndex(dst, dest)
      await src.close()
      await dst.close()
    })
    const own = special[from.product]
    await src.transport.request({
      method: 'PUT',
      path: `/${source}`,
      body: {
        settings: { number_of_shards: 3, number_of_replicas: 0, analysis, ...own.settings },
        mappings: {
          ...own.root,
          properties: {
            code: { type: 'keyword' },
            title: { type: 'text', analyzer: 'folded' },
            tags: { type: own.objectType },
            ...own.fields,
          },
        },
      },
    })
    const load = await runCli(['load', input, '--index', source, '--id-field', 'id'], {
      env: { ELASTICSEARCH_URL: from.url },
    })
    t.equal(load.code, 0, load.stderr)

    const stats = join(dir, `${dest}.stats.json`)
    const r = await runCli(['reindex', source, dest, '--to', to.url, '--stats-file', stats], {
      env: { ELASTICSEARCH_URL: from.url },
      cwd: dir,
    })
    t.equal(r.code, 0, r.stderr)
    t.match(r.stderr, `elastream: created ${dest} on ${to.url.replace(/\/$/, '')} with the mappings and settings of ${source}`)
    for (const line of own.lines) t.match(r.stderr, line, 'what the destination refused is named with its reason')
    t.match(r.stderr, /: \d+ settings that identify the source index not copied \([^)]*index\.uuid[^)]*\)\n/, 'summed up in one line')
    t.notMatch(r.stderr, /setting index\.uuid=/, 'not one line each')
    t.same(await idsIn(dst, dest), sortedIds(N), 'every document accounted for')

    const got = (await dst.transport.request({
      method: 'GET',
      path: `/${dest}`,
      querystring: { flat_settings: 'true' },
    })) as Record<string, { settings: Record<string, unknown>; mappings: { properties: Record<string, any> } }>
    const { settings, mappings } = got[dest]!
    t.equal(settings['index.number_of_shards'], '3')
    t.equal(settings['index.analysis.analyzer.folded.tokenizer'], 'standard')
    t.same(settings['index.analysis.analyzer.folded.filter'], ['lowercase'])
    t.same(mappings.properties.code, { type: 'keyword' }, 'a keyword stays keyword')
    t.same(mappings.properties.title, { type: 'text', analyzer: 'folded' })
    t.same(mappings.properties.tags, { type: to.product === 'opensearch' ? 'flat_object' : 'flattened' })
    // The keyword is searched as one exact term on the copy, which a dynamic `text` mapping would not do.
    const exact = (await dst.transport.request({
      method: 'POST',
      path: `/${dest}/_count`,
      body: { query: { term: { code: 'Code-7' } } },
    })) as { count: number }
    t.equal(exact.count, 1)

    const report = JSON.parse(readFileSync(stats, 'utf8'))
    t.equal(report.created, true)
    t.equal(report.docs, N)
    t.ok(
      report.changes.some(
        (c: { kind: string; name: string; action: string }) =>
          c.kind === 'field' && c.name === `tags (${own.objectType})` && c.action === 'renamed',
      ),
      'the renamed type is in the stats file',
    )
    t.same(mappings.properties.vector, own.vector, 'a type the destination lacks is kept in _source only')

    // A second run finds the destination and leaves it alone.
    const again = await runCli(['reindex', source, dest, '--to', to.url], { env: { ELASTICSEARCH_URL: from.url }, cwd: dir })
    t.equal(again.code, 0, again.stderr)
    t.match(again.stderr, `elastream: ${dest} exists on ${to.url.replace(/\/$/, '')}: left as it is`)
    t.notMatch(again.stderr, /setting \S+ not copied/, "nothing is created, so nothing is dropped")
  })
}

t.test('--no-create leaves the destination to dynamic mapping', async (t) => {
  const src = new Client({ node: elasticsearch.url })
  const dst = new Client({ node: opensearch.url })
  const source = uniqueIndex('es-nocreate-src')
  const dest = uniqueIndex('os-nocreate-dst')
  t.teardown(async () => {
    await deleteIndex(src, source)
    await deleteIndex(dst, dest)
    await src.close()
    await dst.close()
  })
  await src.transport.request({
    method: 'PUT',
    path: `/${source}`,
    body: { settings: { number_of_shards: 2 }, mappings: { properties: { code: { type: 'keyword' } } } },
  })
  const load = await runCli(['load', input, '--index', source, '--id-field', 'id'], {
    env: { ELASTICSEARCH_URL: elasticsearch.url },
  })
  t.equal(load.code, 0, load.stderr)
  const r = await runCli(['reindex', source, dest, '--to', opensearch.url, '--no-create'], {
    env: { ELASTICSEARCH_URL: elasticsearch.url },
    cwd: dir,
  })
  t.equal(r.code, 0, r.stderr)
  t.notMatch(r.stderr, /created|not copied|left as it is/)
  t.same(await idsIn(dst, dest), sortedIds(N))
  const got = (await dst.transport.request({ method: 'GET', path: `/${dest}/_mapping` })) as Record<
    string,
    { mappings: { properties: Record<string, { type: string }> } }
  >
  t.equal(got[dest]!.mappings.properties.code!.type, 'text', 'dynamic mapping, not the source mapping')
})

t.test('an analysis component the destination lacks stops the command before any document moves', async (t) => {
  // The repo's Elasticsearch (integ-test distribution, no analysis-common) has no asciifolding filter; a
  // dropped filter would silently change what the field matches, so the command stops and says what to do.
  const src = new Client({ node: opensearch.url })
  const dst = new Client({ node: elasticsearch.url })
  const source = uniqueIndex('os-analysis-src')
  const dest = uniqueIndex('es-analysis-dst')
  t.teardown(async () => {
    await deleteIndex(src, source)
    await deleteIndex(dst, dest)
    await src.close()
    await dst.close()
  })
  await src.transport.request({
    method: 'PUT',
    path: `/${source}`,
    body: {
      settings: { analysis: { analyzer: { folded: { type: 'custom', tokenizer: 'standard', filter: ['asciifolding'] } } } },
      mappings: { properties: { title: { type: 'text', analyzer: 'folded' } } },
    },
  })
  await src.transport.request({ method: 'PUT', path: `/${source}/_doc/1`, querystring: { refresh: 'true' }, body: { title: 'Élan' } })
  const r = await runCli(['reindex', source, dest, '--to', elasticsearch.url], {
    env: { ELASTICSEARCH_URL: opensearch.url },
    cwd: dir,
  })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, `elastream: could not create ${dest} with the mappings and settings of ${source}`)
  t.match(r.stderr, /failed to find filter under name \[asciifolding\].*pass --no-create/)
  const exists = await dst.transport.request({ method: 'HEAD', path: `/${dest}` }, { meta: true, ignore: [404] })
  t.equal(exists.statusCode, 404, 'nothing was created')
})

t.test(`a data stream on ${opensearch.label} copied to ${elasticsearch.label}: a plain index, not hidden`, async (t) => {
  const src = new Client({ node: opensearch.url })
  const dst = new Client({ node: elasticsearch.url })
  const stream = uniqueIndex('os-stream')
  const dest = uniqueIndex('es-from-stream')
  t.teardown(async () => {
    await src.transport.request({ method: 'DELETE', path: `/_data_stream/${stream}` }, { ignore: [404] })
    await src.transport.request({ method: 'DELETE', path: `/_index_template/${stream}` }, { ignore: [404] })
    await deleteIndex(dst, dest)
    await src.close()
    await dst.close()
  })
  await src.transport.request({
    method: 'PUT',
    path: `/_index_template/${stream}`,
    body: {
      index_patterns: [stream],
      data_stream: {},
      template: { mappings: { properties: { code: { type: 'keyword' } } } },
    },
  })
  await src.transport.request({
    method: 'POST',
    path: `/${stream}/_doc`,
    querystring: { refresh: 'true' },
    body: { '@timestamp': '2026-01-01T00:00:00Z', code: 'a' },
  })
  const r = await runCli(['reindex', stream, dest, '--to', elasticsearch.url], {
    env: { ELASTICSEARCH_URL: opensearch.url },
    cwd: dir,
  })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, `setting index.hidden=true not copied: marks the backing index of data stream ${stream}`)
  const got = (await dst.transport.request({
    method: 'GET',
    path: `/${dest}`,
    querystring: { flat_settings: 'true' },
  })) as Record<string, { settings: Record<string, unknown>; mappings: Record<string, any> }>
  t.equal(got[dest]!.settings['index.hidden'], undefined, 'the copy is listed like any index')
  t.equal(got[dest]!.mappings._data_stream_timestamp, undefined)
  t.same(got[dest]!.mappings.properties.code, { type: 'keyword' })
  const count = (await dst.transport.request({ method: 'GET', path: `/${dest}/_count` })) as { count: number }
  t.equal(count.count, 1)
})
