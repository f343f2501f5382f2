/**
 * A backup folder dumped from a real Elasticsearch 7.10.2 and restored into 9.5.3. The 7.10.2 node is the YAML
 * suite's (scripts/yaml-server: the OSS server with its modules, so no point in time: the dump pages with
 * scroll), started here on a free port with 512 MB and stopped at the end. Its three indices, legacy template,
 * composable index template and component template carry what 7.10 took and 9.5 refuses (settings it removed,
 * `boost` on fields, `_field_names` switched off): after the restore, mappings, settings, aliases and the three
 * templates are those of 7.10 but for what the restore's output names, one line each, and every document is
 * back byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { flatSettings } from '../../src/cli/backup/template-refusal.js'
import { esUrl } from '../support/es-direct.js'
import { interruptWhenHeld, startGateProxy } from '../support/gate-proxy.js'
import { childEnv } from '../support/child-env.js'
import { bin, runCli, uniqueName } from '../support/run-cli.js'
import { startServer } from '../yaml/server.js'

// A cold JVM on a loaded 2-core CI machine takes most of this; the test itself a few seconds.
t.setTimeout(5 * 60_000)

const dir = mkdtempSync(join(tmpdir(), 'elastream-backup-es7-'))
const cli = (args: string[], node: string) => runCli(args, { env: { ELASTICSEARCH_URL: node }, cwd: dir, timeoutMs: 120_000 })

async function call(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(new URL(path, base), {
    method,
    headers:
      body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  const value = text ? JSON.parse(text) : undefined
  if (res.status >= 400 && method !== 'DELETE') throw new Error(`${method} ${path}: ${res.status} ${text}`)
  return value
}

/** Set on 7.10.2 and refused by 9.5.3 when an index is created with them (checked by the restore below). */
const REMOVED = {
  'index.soft_deletes.enabled': false,
  'index.translog.retention.size': '1gb',
  'index.max_adjacency_matrix_filters': 200,
}

async function setUp(base: string, p: string): Promise<void> {
  await call(base, 'PUT', `/_component_template/${p}-comp`, {
    template: {
      settings: { index: { max_adjacency_matrix_filters: 50, refresh_interval: '2s' } },
      mappings: { properties: { from_component: { type: 'keyword', boost: 3 } } },
    },
    version: 3,
    _meta: { from: 'the 7.10 test' },
  })
  await call(base, 'PUT', `/_index_template/${p}-tmpl`, {
    index_patterns: [`${p}-b*`],
    composed_of: [`${p}-comp`],
    priority: 300,
    template: { settings: { number_of_replicas: 0 }, aliases: { [`${p}-from-template`]: {} } },
    version: 7,
  })
  await call(base, 'PUT', `/_template/${p}-legacy`, {
    index_patterns: [`${p}-*`],
    order: 5,
    settings: { number_of_shards: 1, 'index.force_memory_term_dictionary': true, max_result_window: 20000 },
    mappings: { properties: { from_legacy: { type: 'keyword', boost: 2 }, level: { type: 'keyword' } } },
    aliases: { [`${p}-legacy`]: {} },
  })
  await call(base, 'PUT', `/${p}-a`, {
    settings: {
      number_of_shards: 2,
      number_of_replicas: 0,
      refresh_interval: '5s',
      ...REMOVED,
      analysis: { analyzer: { folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase'] } } },
    },
    mappings: {
      _field_names: { enabled: false },
      _meta: { owner: 'search team' },
      dynamic_templates: [{ strings_as_keywords: { match_mapping_type: 'string', mapping: { type: 'keyword' } } }],
      properties: {
        n: { type: 'long' },
        word: { type: 'keyword' },
        even: { type: 'boolean' },
        text: { type: 'text', analyzer: 'folded', boost: 2, fields: { raw: { type: 'keyword', ignore_above: 64 } } },
        when: { type: 'date', format: 'yyyy-MM-dd HH:mm:ss||epoch_millis' },
        place: { type: 'geo_point' },
        owner: { properties: { name: { type: 'keyword' }, ip: { type: 'ip' } } },
      },
    },
    aliases: {
      [`${p}-all`]: {},
      [`${p}-even`]: { filter: { term: { even: true } }, is_write_index: true },
      [`${p}-routed`]: { routing: '1' },
    },
  })
  await call(base, 'PUT', `/${p}-b`, {
    settings: { number_of_shards: 1 },
    mappings: { properties: { n: { type: 'long' }, word: { type: 'keyword' } } },
    aliases: { [`${p}-all`]: {} },
  })
  // Mapped by the legacy template and by the documents' dynamic mapping.
  await call(base, 'PUT', `/${p}-c`, { settings: { number_of_replicas: 0 } })
  let lines = ''
  for (const [suffix, docs] of [['a', 300], ['b', 200], ['c', 7]] as const) {
    for (let n = 0; n < docs; n++) {
      lines += `{"index":{"_index":"${p}-${suffix}","_id":"${suffix}-${n}"}}\n`
      const extra = suffix === 'a' ? `,"text":"Word ${n}","when":"2021-01-${String((n % 28) + 1).padStart(2, '0')} 10:00:00","place":{"lat":${n % 80},"lon":${n % 170}},"owner":{"name":"o${n % 3}","ip":"10.0.0.${n % 250}"},"tag":"t${n % 5}"` : ''
      lines += `{"n":${n},"word":"w${n}","even":${n % 2 === 0},"big":9007199254740993,"level":"info"${extra}}\n`
    }
  }
  const res = await call(base, 'POST', '/_bulk?refresh=true', lines)
  if (res.errors) throw new Error(`seed: ${JSON.stringify(res.items.find((i: any) => i.index.error))}`)
}

async function tearDown(base: string, p: string): Promise<void> {
  await call(base, 'DELETE', `/${p}-a,${p}-b,${p}-c?ignore_unavailable=true`)
  await call(base, 'DELETE', `/_index_template/${p}-tmpl`)
  await call(base, 'DELETE', `/_component_template/${p}-comp`)
  await call(base, 'DELETE', `/_template/${p}-legacy`)
}

/** What a restore must bring back, read the same way from both servers. */
async function picture(base: string, p: string) {
  const indices = await call(base, 'GET', `/${p}-a,${p}-b,${p}-c?flat_settings=true`)
  const out: Record<string, { settings: Record<string, unknown>; mappings: any; aliases: unknown; docs: Record<string, string>; big: number }> = {}
  for (const name of Object.keys(indices).sort()) {
    const res = await fetch(new URL(`/${name}/_search`, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: 1000, sort: ['_doc'] }),
    })
    const text = await res.text()
    const docs: Record<string, string> = {}
    for (const hit of JSON.parse(text).hits.hits) docs[hit._id] = JSON.stringify(hit._source)
    // Beyond 2^53, which JSON.parse above rounds: counted in the answer's own bytes.
    const big = text.split('"big":9007199254740993').length - 1
    out[name] = { settings: indices[name].settings, mappings: indices[name].mappings, aliases: indices[name].aliases, docs, big }
  }
  const legacy = (await call(base, 'GET', `/_template/${p}-legacy`))[`${p}-legacy`]
  const template = (await call(base, 'GET', `/_index_template/${p}-tmpl`)).index_templates[0].index_template
  const component = (await call(base, 'GET', `/_component_template/${p}-comp`)).component_templates[0].component_template
  for (const x of [template, component]) {
    delete x.created_date_millis
    delete x.modified_date_millis
  }
  return { indices: out, legacy, template, component }
}

/** The settings a server writes for the index itself, never restored (copy-index-definition.ts IDENTITY). */
const IDENTITY = /^index\.(uuid|creation_date|provided_name|version\.created|routing\.allocation\.include\._tier_preference)$/

/** What the restore's output says it left out: `<owner>: setting <name>=<v> not copied` and the like. */
function named(stderr: string, owner: string): { settings: string[]; parameters: string[] } {
  const settings: string[] = []
  const parameters: string[] = []
  const escaped = owner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (const m of stderr.matchAll(new RegExp(`^elastream: ${escaped}: (setting|mapping parameter) ([^=\\s]+)=\\S+ not copied: Elasticsearch refuses it`, 'gm'))) {
    ;(m[1] === 'setting' ? settings : parameters).push(m[2]!)
  }
  return { settings, parameters }
}

/** `path.param` (`text.boost`, `_field_names.enabled`) taken out of a mapping, the emptied meta field with it. */
function withoutParameters(mappings: any, params: string[]): any {
  const copy = structuredClone(mappings)
  for (const dotted of params) {
    const parts = dotted.split('.')
    const param = parts.pop()!
    let at = copy
    parts.forEach((part, i) => {
      at = i === 0 && part.startsWith('_') ? at[part] : (at.properties ?? at.fields)[part] ?? at.fields?.[part]
    })
    delete at[param]
    if (parts.length === 1 && parts[0]!.startsWith('_') && Object.keys(at).length === 0) delete copy[parts[0]!]
  }
  return copy
}

const es7 = await startServer({ heap: '512m', log: (line) => t.comment(line) })
t.teardown(() => es7.stop())

t.test('Elasticsearch 7.10.2 to 9.5.3: definitions, templates, aliases and documents, every refusal named', async (t) => {
  const p = uniqueName('bk7')
  const folder = join(dir, `${p}/`)
  t.teardown(() => tearDown(esUrl, p))
  await setUp(es7.url, p)
  const before = await picture(es7.url, p)

  const dump = await cli(['dump', `${p}-*`, '-o', folder, '--split-size', '16kb', '--batch', '100'], es7.url)
  t.equal(dump.code, 0, dump.stderr)
  t.match(dump.stderr, /Elasticsearch 7\.10\.2 has no point in time .*: paging with scroll/, 'the dump says why it scrolls')
  t.match(dump.stderr, /backed up 507 documents and the definitions of 3 indices/)
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.match(manifest.source, { product: 'elasticsearch', version: '7.10.2' })
  t.ok(manifest.indices[`${p}-a`].files.length > 1, `split in ${manifest.indices[`${p}-a`].files.length} files`)

  const load = await cli(['load', folder], esUrl)
  t.equal(load.code, 0, load.stderr)
  t.match(load.stderr, /restored 507 documents and the definitions of 3 indices .* every count as in the manifest/)
  const after = await picture(esUrl, p)

  for (const name of Object.keys(before.indices)) {
    const was = before.indices[name]!
    const is = after.indices[name]!
    const said = named(load.stderr, name)
    const kept = Object.fromEntries(Object.entries(was.settings).filter(([k]) => !IDENTITY.test(k) && !said.settings.includes(k)))
    t.same(
      Object.fromEntries(Object.keys(kept).map((k) => [k, is.settings[k]])),
      kept,
      `${name}: every setting 7.10 had is on 9.5 with its value, but for those named (${said.settings.join(', ') || 'none'})`,
    )
    for (const k of said.settings) t.equal(is.settings[k], undefined, `${name}: ${k} named and left out`)
    t.same(is.mappings, withoutParameters(was.mappings, said.parameters), `${name}: mappings as on 7.10 but for ${said.parameters.join(', ') || 'nothing'}`)
    t.same(is.aliases, was.aliases, `${name}: aliases with their filters, routing and write index`)
    t.same(is.docs, was.docs, `${name}: every document with its source`)
    t.equal(is.big, Object.keys(was.docs).length, `${name}: 9007199254740993 in every document, digit for digit`)
  }
  t.same(
    named(load.stderr, `${p}-a`).settings.sort(),
    [...Object.keys(REMOVED), 'index.force_memory_term_dictionary'].sort(),
    'what 9.5 refuses of -a (its own settings and what the legacy template gave it) is named, and only that',
  )
  t.same(named(load.stderr, `${p}-a`).parameters.sort(), ['_field_names.enabled', 'from_legacy.boost', 'text.boost'], 'the mapping parameters 9.5 refuses of -a are named')

  const legacy = named(load.stderr, `legacy template ${p}-legacy`)
  t.same(legacy, { settings: ['index.force_memory_term_dictionary'], parameters: ['from_legacy.boost'] }, 'what 9.5 refuses of the legacy template is named')
  t.same(
    { ...after.legacy, settings: flatSettings(after.legacy.settings) },
    {
      ...before.legacy,
      settings: Object.fromEntries(Object.entries(flatSettings(before.legacy.settings)).filter(([k]) => k !== 'index.force_memory_term_dictionary')),
      mappings: withoutParameters(before.legacy.mappings, ['from_legacy.boost']),
    },
    'the legacy template, but for what was named',
  )
  const component = named(load.stderr, `component template ${p}-comp`)
  t.same(component, { settings: ['index.max_adjacency_matrix_filters'], parameters: ['from_component.boost'] }, 'what 9.5 refuses of the component template is named')
  t.same(
    { ...after.component, template: { ...after.component.template, settings: flatSettings(after.component.template.settings) } },
    {
      ...before.component,
      template: {
        settings: { 'index.refresh_interval': '2s' },
        mappings: withoutParameters(before.component.template.mappings, ['from_component.boost']),
      },
    },
    'the component template, with its version and _meta, but for what was named',
  )
  t.same(named(load.stderr, `index template ${p}-tmpl`), { settings: [], parameters: [] }, 'nothing of the index template refused')
  t.same(after.template, before.template, 'the composable index template as it was')
})

t.test('a scroll dump stopped by Ctrl-C: --resume dumps the unfinished indices again from their start, every document once', async (t) => {
  const p = uniqueName('bk7-int')
  const folder = join(dir, `${p}/`)
  await setUp(es7.url, p)
  // Scroll pages after the first few are held, so the signal lands mid-index, after some files are complete.
  let holding = true
  const proxy = await startGateProxy(es7.url, ({ path, nth }) => (holding && path === '/_search/scroll' && nth > 3 ? 'hold' : 'forward'))
  const first = await interruptWhenHeld(proxy, bin, ['dump', `${p}-*`, '-o', folder, '--batch', '40', '--parallel', '1', '--split-size', '4kb'], {
    cwd: dir,
    env: childEnv({ ELASTICSEARCH_URL: proxy.url, ELASTREAM_DEBUG: '' }),
    onRelease: () => {
      holding = false
    },
  })
  await proxy.close()
  t.equal(first.code, 130, first.stderr)
  const half = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.equal(half.complete, false)
  const stopped = Object.values<any>(half.indices).find((e) => !e.complete && e.files.some((f: any) => f.complete))
  t.ok(stopped, 'an index stopped with complete files before the stop, which a scroll cannot continue after')

  const second = await cli(['dump', `${p}-*`, '-o', folder, '--resume', '--split-size', '4kb'], es7.url)
  t.equal(second.code, 0, second.stderr)
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  t.equal(manifest.complete, true)
  const expected: Record<string, number> = { [`${p}-a`]: 300, [`${p}-b`]: 200, [`${p}-c`]: 7 }
  for (const [name, entry] of Object.entries<any>(manifest.indices)) {
    const ids = entry.files.flatMap((f: any) =>
      readFileSync(join(folder, f.name), 'utf8').trim().split('\n').filter(Boolean).map((l: string) => JSON.parse(l)._id),
    )
    t.equal(new Set(ids).size, ids.length, `${name}: no document twice`)
    t.equal(ids.length, expected[name], `${name}: every document`)
    t.equal(entry.docs, expected[name], `${name}: the manifest's count`)
  }
})
