/**
 * Backup folders (`dump PATTERN -o DIR/`, `load DIR/`) on the real shared servers: round trips with mappings,
 * settings, aliases, templates and pipelines compared after the restore, and what must fail clearly (a manifest
 * that does not match its files, a half-written backup, a definition the target refuses, a read-only target).
 */
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import t from 'tap'
import { esUrl } from '../support/es-direct.js'
import { interruptWhenHeld, startGateProxy } from '../support/gate-proxy.js'
import { bin, runCli, uniqueName } from '../support/run-cli.js'
import { childEnv } from '../support/child-env.js'

const osUrl = process.env.OPENSEARCH_URL ?? 'http://127.0.0.1:9251'
const dir = mkdtempSync(join(tmpdir(), 'elastream-backup-'))
/** Runs the CLI in the test's folder, where a restore's default cursor file goes. */
const cli = (args: string[], node = esUrl) => runCli(args, { env: { ELASTICSEARCH_URL: node }, cwd: dir })

async function call(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(new URL(path, base), {
    method,
    headers:
      body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return text ? JSON.parse(text) : undefined
}

const DOCS = 1200

/** Three indices `<p>-a`, `-b`, `-c` with a template, a component template, a legacy template, a pipeline and aliases. */
async function setUp(base: string, p: string, withPipeline = true): Promise<void> {
  await call(base, 'PUT', `/_ingest/pipeline/${p}-pipe`, { description: 'backup test', processors: [] })
  // Before the composable template: Elasticsearch 8+ refuses a legacy template that overlaps an existing one.
  await call(base, 'PUT', `/_template/${p}-legacy`, {
    index_patterns: [`${p}-c*`],
    order: 3,
    settings: { number_of_shards: 1, refresh_interval: '3s' },
    mappings: { properties: { from_legacy: { type: 'keyword' } } },
    aliases: { [`${p}-legacy`]: {} },
  })
  await call(base, 'PUT', `/_component_template/${p}-comp`, {
    template: { mappings: { properties: { from_component: { type: 'keyword' } } } },
  })
  await call(base, 'PUT', `/_index_template/${p}-tmpl`, {
    index_patterns: [`${p}-*`],
    composed_of: [`${p}-comp`],
    priority: 300,
    template: { settings: { number_of_replicas: 0 } },
  })
  await call(base, 'PUT', `/${p}-a`, {
    // The OpenSearch node has no ingest role: a pipeline there refuses every document.
    settings: { number_of_shards: 2, number_of_replicas: 0, ...(withPipeline ? { 'index.default_pipeline': `${p}-pipe` } : {}) },
    mappings: { properties: { n: { type: 'long' }, word: { type: 'keyword' }, even: { type: 'boolean' } } },
    aliases: { [`${p}-all`]: {}, [`${p}-even`]: { filter: { term: { even: true } }, is_write_index: true } },
  })
  await call(base, 'PUT', `/${p}-b`, {
    settings: {
      number_of_shards: 1,
      number_of_replicas: 0,
      analysis: { analyzer: { folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase'] } } },
    },
    mappings: { properties: { n: { type: 'long' }, text: { type: 'text', analyzer: 'folded' } } },
    aliases: { [`${p}-all`]: {} },
  })
  await call(base, 'PUT', `/${p}-c`, { settings: { number_of_shards: 1, number_of_replicas: 0 } })
  for (const [suffix, docs] of [
    ['a', DOCS],
    ['b', DOCS],
    ['c', 7],
  ] as const) {
    let lines = ''
    for (let n = 0; n < docs; n++) {
      lines += `{"index":{"_index":"${p}-${suffix}","_id":"${suffix}-${n}"}}\n`
      lines += `{"n":${n},"word":"w${n}","even":${n % 2 === 0},"text":"Word ${n} of ${suffix}","big":9007199254740993}\n`
    }
    const res = await call(base, 'POST', '/_bulk?refresh=true', lines)
    if (res.errors) throw new Error(`seed: ${JSON.stringify(res.items.find((i: any) => i.index.error))}`)
  }
  // `-c` is mapped dynamically by that bulk. On a cluster of several nodes the node the test reads from may apply
  // the mapping update a moment after the bulk answered: wait until it shows, or the picture taken before the
  // backup lacks the fields the restore brings back (seen in CI on the 3-node cluster).
  for (let tries = 0; ; tries++) {
    const mapping = await call(base, 'GET', `/${p}-c/_mapping`)
    if (mapping[`${p}-c`]?.mappings?.properties?.big !== undefined) break
    if (tries === 100) throw new Error(`seed: the dynamic mapping of ${p}-c never showed`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function tearDown(base: string, p: string): Promise<void> {
  await call(base, 'DELETE', `/${p}-a,${p}-b,${p}-c?ignore_unavailable=true`)
  await call(base, 'DELETE', `/_index_template/${p}-tmpl`)
  await call(base, 'DELETE', `/_component_template/${p}-comp`)
  await call(base, 'DELETE', `/_template/${p}-legacy`)
  await call(base, 'DELETE', `/_ingest/pipeline/${p}-pipe`)
}

const KEPT_SETTINGS = ['number_of_shards', 'number_of_replicas', 'analysis', 'default_pipeline']

/** What a restore must bring back, in a form both products answer alike. */
async function picture(base: string, p: string, withPipeline = true): Promise<unknown> {
  const indices = await call(base, 'GET', `/${p}-a,${p}-b,${p}-c`)
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(indices).sort()) {
    const i = indices[name]
    const settings = Object.fromEntries(KEPT_SETTINGS.map((k) => [k, i.settings.index[k]]))
    const docs = await call(base, 'POST', `/${name}/_search`, { size: 10000, sort: ['_doc'] })
    const ids = docs.hits.hits.map((h: any) => h._id).sort()
    const bigs = new Set(docs.hits.hits.map((h: any) => JSON.stringify(h._source).match(/"big":(\d+)/)?.[1]))
    out[name] = { mappings: i.mappings, settings, aliases: i.aliases, ids, bigs: [...bigs] }
  }
  const template = (await call(base, 'GET', `/_index_template/${p}-tmpl`)).index_templates?.[0]?.index_template
  const component = (await call(base, 'GET', `/_component_template/${p}-comp`)).component_templates?.[0]
    ?.component_template
  for (const x of [template, component]) {
    if (x) {
      delete x.created_date_millis
      delete x.modified_date_millis
    }
  }
  const legacy = (await call(base, 'GET', `/_template/${p}-legacy`))[`${p}-legacy`]
  if (!withPipeline) return { indices: out, template, component, legacy }
  const pipeline = (await call(base, 'GET', `/_ingest/pipeline/${p}-pipe`))[`${p}-pipe`]
  delete pipeline?.created_date_millis
  delete pipeline?.modified_date_millis
  return { indices: out, template, component, legacy, pipeline }
}

t.test('Elasticsearch to itself: a gzip backup folder split in files restores definitions, aliases, templates and documents', async (t) => {
  const p = uniqueName('bk-es')
  const folder = join(dir, `${p}/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  const before = await picture(esUrl, p)

  const dump = await cli(['dump', `${p}-*`, '-o', folder, '--gzip', '--split-size', '4kb', '--batch', '200', '--parallel', '2'])
  t.equal(dump.code, 0, dump.stderr)
  t.match(dump.stderr, /backed up 2,407 documents and the definitions of 3 indices/)
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.match(manifest, { format: 'elastream-backup', complete: true, gzip: true, source: { product: 'elasticsearch', version: '9.5.3' } })
  t.same(Object.keys(manifest.indices).sort(), [`${p}-a`, `${p}-b`, `${p}-c`])
  t.equal(manifest.indices[`${p}-a`].docs, DOCS)
  t.ok(manifest.indices[`${p}-a`].files.length > 1, `split: ${manifest.indices[`${p}-a`].files.length} files`)
  for (const file of manifest.indices[`${p}-a`].files) {
    t.match(file, { complete: true, sha256: /^[0-9a-f]{64}$/, cursor: { slices: Array } })
    const lines = gunzipSync(readFileSync(join(folder, file.name))).toString().trim().split('\n')
    t.equal(lines.length, file.docs, `${file.name}: its count`)
  }
  const deps = JSON.parse(readFileSync(join(folder, 'dependencies.json'), 'utf8'))
  t.same(deps.index_templates.map((x: any) => x.name), [`${p}-tmpl`])
  t.same(deps.component_templates.map((x: any) => x.name), [`${p}-comp`])
  t.same(Object.keys(deps.legacy_templates), [`${p}-legacy`])
  t.same(Object.keys(deps.pipelines), [`${p}-pipe`])

  await tearDown(esUrl, p)
  const load = await cli(['load', folder])
  t.equal(load.code, 0, load.stderr)
  t.match(load.stderr, /restored 2,407 documents and the definitions of 3 indices .* every count as in the manifest/)
  t.same(await picture(esUrl, p), before, 'mappings, settings, aliases, templates, pipeline and documents as before')
})

t.test('Elasticsearch to OpenSearch and back: every definition and document comes home', async (t) => {
  const p = uniqueName('bk-os')
  const one = join(dir, `${p}-es/`)
  const two = join(dir, `${p}-os/`)
  t.teardown(async () => {
    await tearDown(esUrl, p)
    await tearDown(osUrl, p)
  })
  await setUp(esUrl, p, false)
  const before = await picture(esUrl, p, false)
  const run = cli

  const d1 = await run(['dump', `${p}-*`, '-o', one], esUrl)
  t.equal(d1.code, 0, d1.stderr)
  const l1 = await run(['load', one], osUrl)
  t.equal(l1.code, 0, l1.stderr)
  t.same(await picture(osUrl, p, false), before, 'on OpenSearch as on Elasticsearch')

  const d2 = await run(['dump', `${p}-*`, '-o', two, '--gzip'], osUrl)
  t.equal(d2.code, 0, d2.stderr)
  t.match(JSON.parse(readFileSync(join(two, 'manifest.json'), 'utf8')).source, { product: 'opensearch' })
  await tearDown(esUrl, p)
  const l2 = await run(['load', two], esUrl)
  t.equal(l2.code, 0, l2.stderr)
  t.match(l2.stderr, /setting index\.replication\.type=\S+ not copied: Elasticsearch refuses it/, 'what the target refused is named')
  t.same(await picture(esUrl, p, false), before, 'back on Elasticsearch as it was')
})

t.test('--only definitions, then --only data', async (t) => {
  const p = uniqueName('bk-only')
  const defs = join(dir, `${p}-defs/`)
  const data = join(dir, `${p}-data/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  const before = await picture(esUrl, p)
  const d1 = await cli(['dump', `${p}-*`, '-o', defs, '--only', 'definitions'])
  t.equal(d1.code, 0, d1.stderr)
  t.notOk(existsSync(join(defs, `${p}-a.ndjson`)), 'no data file')
  const d2 = await cli(['dump', `${p}-*`, '-o', data, '--only', 'data'])
  t.equal(d2.code, 0, d2.stderr)
  t.notOk(existsSync(join(data, `${p}-a.definition.json`)), 'no definition file')

  await tearDown(esUrl, p)
  const wrong = await cli(['load', defs, '--only', 'data'])
  t.equal(wrong.code, 1)
  t.match(wrong.stderr, /has no documents \(dumped with --only definitions\)/)
  const l1 = await cli(['load', defs])
  t.equal(l1.code, 0, l1.stderr)
  t.equal((await call(esUrl, 'GET', `/${p}-a/_count`)).count, 0, 'definitions only: no documents')
  const l2 = await cli(['load', data])
  t.equal(l2.code, 0, l2.stderr)
  t.same(await picture(esUrl, p), before)

  const bad = await cli(['dump', `${p}-*`, '-o', join(dir, `${p}-x/`), '--only', 'mapping'])
  t.equal(bad.code, 2)
  t.match(bad.stderr, /--only must be definitions or data, got "mapping"/)
})

t.test('a manifest that does not match its files: nothing is restored, the file is named', async (t) => {
  const p = uniqueName('bk-bad')
  const folder = join(dir, `${p}/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  t.equal((await cli(['dump', `${p}-*`, '-o', folder])).code, 0)
  await tearDown(esUrl, p)

  const original = readFileSync(join(folder, `${p}-b.ndjson`))
  appendFileSync(join(folder, `${p}-b.ndjson`), '{"n":1}\n')
  const longer = await cli(['load', folder])
  t.equal(longer.code, 1)
  t.match(longer.stderr, new RegExp(`${p}-b\\.ndjson: the manifest says \\d+ bytes, the file has \\d+; nothing was restored`))
  t.equal((await call(esUrl, 'HEAD', `/${p}-a`)) ?? 404, 404, 'no index created')

  const text = readFileSync(join(folder, `${p}-c.ndjson`), 'utf8')
  writeFileSync(join(folder, `${p}-c.ndjson`), text.replace('"n":1', '"n":7'))
  writeFileSync(join(folder, `${p}-b.ndjson`), original)
  const changed = await cli(['load', folder])
  t.equal(changed.code, 1)
  t.match(changed.stderr, new RegExp(`${p}-c\\.ndjson: its sha256 is not the manifest's`))

  const notBackup = await cli(['load', dir + '/'])
  t.equal(notBackup.code, 2)
  t.match(notBackup.stderr, /is a folder without manifest\.json/)
  const again = await cli(['dump', `${p}-*`, '-o', folder])
  t.equal(again.code, 2, 'a folder holding a backup is not overwritten')
  t.match(again.stderr, /already holds a backup/)
})

t.test('a definition the target refuses stops the restore with its reason; --resume continues after the fix', async (t) => {
  const p = uniqueName('bk-refused')
  const folder = join(dir, `${p}/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  const before = await picture(esUrl, p)
  t.equal((await cli(['dump', `${p}-*`, '-o', folder])).code, 0)
  await tearDown(esUrl, p)
  const defPath = join(folder, `${p}-b.definition.json`)
  const good = readFileSync(defPath, 'utf8')
  writeFileSync(defPath, good.replace('"analyzer": "folded"', '"analyzer": "no_such_analyzer"'))
  const cursor = join(dir, `${p}.cursor.json`)
  const first = await cli(['load', folder, '--cursor', cursor])
  t.equal(first.code, 1, first.stderr)
  t.match(first.stderr, new RegExp(`could not create ${p}-b .*no_such_analyzer`))
  t.match(first.stderr, /progress saved to .* --resume continues/)
  t.ok(existsSync(cursor))

  writeFileSync(defPath, good)
  const second = await cli(['load', folder, '--cursor', cursor, '--resume'])
  t.equal(second.code, 0, second.stderr)
  t.match(second.stderr, new RegExp(`${p}-a exists .*left as it is`), 'what the first run made is kept')
  t.same(await picture(esUrl, p), before)
  t.notOk(existsSync(cursor), 'cursor removed at the end')
})

t.test('a read-only target: the load fails naming the index, and --resume loads the rest once writable', async (t) => {
  const p = uniqueName('bk-ro')
  const folder = join(dir, `${p}/`)
  t.teardown(async () => {
    await call(esUrl, 'PUT', `/${p}-b/_settings`, { 'index.blocks.read_only': null })
    await tearDown(esUrl, p)
  })
  await setUp(esUrl, p)
  t.equal((await cli(['dump', `${p}-*`, '-o', folder])).code, 0)
  await tearDown(esUrl, p)
  await call(esUrl, 'PUT', `/${p}-b`, { settings: { number_of_replicas: 0, 'index.blocks.read_only': true } })
  const cursor = join(dir, `${p}.cursor.json`)
  const first = await cli(['load', folder, '--cursor', cursor])
  t.equal(first.code, 1, first.stderr)
  t.match(first.stderr, /cluster_block_exception/)
  t.match(first.stderr, new RegExp(`refused at ${esUrl.replace(/[.]/g, '\\.')}: index \\[${p}-b\\] blocked by: .*read-only`))

  await call(esUrl, 'PUT', `/${p}-b/_settings`, { 'index.blocks.read_only': null })
  const second = await cli(['load', folder, '--cursor', cursor, '--resume'])
  t.equal(second.code, 0, second.stderr)
  t.notMatch(second.stderr, new RegExp(`into ${p}-a `), 'the files loaded by the first run are not loaded again')
  t.equal((await call(esUrl, 'GET', `/${p}-b/_count`)).count, DOCS)
})

for (const gzip of [false, true]) t.test(`Ctrl-C mid-dump${gzip ? ' (gzip)' : ''} leaves a half-written backup that load refuses; --resume finishes it, every document once`, async (t) => {
  const p = uniqueName('bk-int')
  const read = (file: string) => (gzip ? gunzipSync(readFileSync(file)) : readFileSync(file)).toString()
  const gz = gzip ? ['--gzip'] : []
  const folder = join(dir, `${p}/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  const before = await picture(esUrl, p)
  let holding = true
  // Pages after the first few are held, so the signal lands mid-dump for certain.
  const proxy = await startGateProxy(esUrl, ({ path, nth }) =>
    holding && path.endsWith('/_search') && nth > 3 ? 'hold' : 'forward',
  )
  const first = await interruptWhenHeld(proxy, bin, ['dump', `${p}-*`, '-o', folder, '--batch', '100', '--parallel', '1', '--progress', ...gz], {
    cwd: dir,
    env: childEnv({ ELASTICSEARCH_URL: proxy.url, ELASTREAM_DEBUG: '' }),
    onRelease: () => {
      holding = false
    },
  })
  await proxy.close()
  t.equal(first.code, 130, first.stderr)
  t.match(first.stderr, /interrupted after [\d,]+ documents; .*manifest\.json records where each index stopped/)
  const half = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.equal(half.complete, false)
  const written = Object.values(half.indices).reduce((n: number, e: any) => n + e.docs, 0)
  t.ok(written > 0 && written < 2 * DOCS + 7, `${written} documents before Ctrl-C`)

  const refused = await cli(['load', folder])
  t.equal(refused.code, 1)
  t.match(refused.stderr, /is not complete \(its dump was stopped\): finish it first with the same dump command and --resume/)

  const second = await cli(['dump', `${p}-*`, '-o', folder, '--batch', '500', '--resume', ...gz])
  t.equal(second.code, 0, second.stderr)
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.equal(manifest.complete, true)
  for (const [name, entry] of Object.entries<any>(manifest.indices)) {
    const ids = entry.files.flatMap((f: any) =>
      read(join(folder, f.name)).trim().split('\n').filter(Boolean).map((l: string) => JSON.parse(l)._id),
    )
    t.equal(new Set(ids).size, ids.length, `${name}: no document twice`)
    t.equal(ids.length, entry.docs, `${name}: the manifest's count`)
  }
  await tearDown(esUrl, p)
  const load = await cli(['load', folder])
  t.equal(load.code, 0, load.stderr)
  t.same(await picture(esUrl, p), before)
})

t.test('dump to one gzip file: by its name or with --gzip to stdout', async (t) => {
  const p = uniqueName('bk-gz')
  t.teardown(() => tearDown(esUrl, p))
  await setUp(esUrl, p)
  const file = join(dir, `${p}.ndjson.gz`)
  const named = await cli(['dump', `${p}-a`, '-o', file])
  t.equal(named.code, 0, named.stderr)
  t.equal(gunzipSync(readFileSync(file)).toString().trim().split('\n').length, DOCS)
  const piped = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'dump', `${p}-a`, '--gzip'], { env: childEnv({ ELASTICSEARCH_URL: esUrl }) })
    const out: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.on('error', reject)
    child.on('close', () => resolve(Buffer.concat(out)))
  })
  t.equal(gunzipSync(piped).toString().trim().split('\n').length, DOCS, 'stdout is one whole gzip stream')
  const resume = await cli(['dump', `${p}-a`, '-o', file, '--resume'])
  t.equal(resume.code, 2)
  t.match(resume.stderr, /--resume of a gzip file is not supported: dump into a backup folder/)
  const split = await cli(['dump', `${p}-a`, '-o', join(dir, `${p}.ndjson`), '--split-size', '1mb'])
  t.equal(split.code, 2)
  t.match(split.stderr, /--split-size needs a backup folder as output/)
})
