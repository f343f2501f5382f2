// How a server's refusal of a create-index request turns into what is left out of the copy: the messages
// are the ones Elasticsearch 9 and OpenSearch 3 send (test/opensearch/reindex-definition.test.ts meets them
// for real); these cover the shapes that test cannot provoke on both servers.
import t from 'tap'
import type { DefinitionChange } from '../../src/cli/index-definition/definition-change.js'
import { applyRefusal, reasonsOf } from '../../src/cli/index-definition/definition-refusal.js'

function refuse(reason: string, settings: Record<string, unknown>, mappings: Record<string, unknown>) {
  const changes: DefinitionChange[] = []
  applyRefusal(reason, { settings, mappings, changes }, 'The server')
  return changes
}

t.test('settings: unknown, private, unparsable; named with or without the index. prefix', async (t) => {
  const settings: Record<string, unknown> = { 'index.knn': 'true', 'index.version.created': '1', mode: 'x' }
  t.match(refuse('unknown setting [index.knn] please check ...', settings, {}), [{ kind: 'setting', name: 'index.knn=true' }])
  t.match(refuse('private index setting [version.created] can not be set explicitly', settings, {}), [
    { name: 'index.version.created=1' },
  ])
  t.match(refuse('unknown setting [index.mode] did you mean [index.codec]?', settings, {}), [{ name: 'mode=x' }])
  t.same(settings, {})
})

t.test('a refused type: a field becomes a disabled object, a multi-field is left out', async (t) => {
  const mappings = {
    properties: {
      v: { type: 'knn_vector', dimension: 3 },
      t: { type: 'text', fields: { v: { type: 'knn_vector' }, raw: { type: 'keyword' } } },
      o: { properties: { v: { type: 'keyword' } } },
    },
  }
  const changes = refuse('No handler for type [knn_vector] declared on field [v]', {}, mappings)
  t.match(changes, [
    { kind: 'field', name: 'v (knn_vector)', action: 'not indexed' },
    { kind: 'field', name: 't.v (knn_vector)', action: 'dropped' },
  ])
  t.same(mappings.properties, {
    v: { type: 'object', enabled: false },
    t: { type: 'text', fields: { raw: { type: 'keyword' } } },
    o: { properties: { v: { type: 'keyword' } } },
  }, 'a field of the same name and another type is untouched')
})

t.test('refused parameters: on a field, on a root field, at the root, several in one message', async (t) => {
  const mappings: Record<string, any> = {
    subobjects: false,
    _source: { mode: 'synthetic' },
    properties: { f: { type: 'keyword', a: 1, b: 2, c: 3 } },
  }
  t.match(refuse('unknown parameter [mode] on mapper [_source] of type [null]', {}, mappings), [
    { kind: 'parameter', name: '_source.mode=synthetic' },
  ])
  t.match(refuse('Root mapping definition has unsupported parameters:  [subobjects : false]', {}, mappings), [
    { name: 'subobjects=false' },
  ])
  t.match(refuse('Mapping definition for [f] has unsupported parameters:  [a : 1] [b : 2]', {}, mappings), [
    { name: 'f.a=1' },
    { name: 'f.b=2' },
  ])
  t.match(refuse('unknown parameter [c] on mapper [f] of type [keyword]', {}, mappings), [{ name: 'f.c=3' }])
  t.same(mappings, { _source: {}, properties: { f: { type: 'keyword' } } })
})

t.test('a reason that names nothing it can drop changes nothing', async (t) => {
  const settings = { 'index.analysis.analyzer.a.filter': ['asciifolding'] }
  t.same(refuse('Custom Analyzer [a] failed to find filter under name [asciifolding]', settings, {}), [])
  t.same(refuse('unknown setting [index.not.there]', settings, {}), [], 'a setting that is not in the request')
  t.same(settings, { 'index.analysis.analyzer.a.filter': ['asciifolding'] })
})

t.test('reasonsOf: root causes first, suppressed ones too, the servers advice taken off', async (t) => {
  t.same(
    reasonsOf({
      error: {
        root_cause: [
          {
            reason: 'unknown setting [a] please check that any required plugins are installed, or check the breaking changes documentation for removed settings',
            suppressed: [{ reason: 'unknown setting [b]' }],
          },
        ],
        reason: 'outer',
        caused_by: { reason: 'The mapper type [x] declared on field [y] does not exist. It might have been created within a future version or requires a plugin to be installed. Check the documentation.' },
      },
    }),
    ['unknown setting [b]', 'unknown setting [a]', 'outer', 'The mapper type [x] declared on field [y] does not exist'],
  )
  t.same(reasonsOf('not json'), [])
})

t.test('copyIndexDefinition: identity, blocks and cluster-bound settings are left out before asking the server', async (t) => {
  const { copyIndexDefinition } = await import('../../src/cli/index-definition/copy-index-definition.js')
  const settings = {
    'index.number_of_shards': '2',
    'index.uuid': 'u',
    'index.history.uuid': 'h',
    'index.creation_date': '1',
    'index.version.created': '9',
    'index.provided_name': 'src',
    'index.resize.source.name': 'x',
    'index.blocks.write': 'true',
    'index.routing.allocation.require._name': 'node-1',
    'index.default_pipeline': 'p',
    'index.lifecycle.name': 'l',
  }
  const sent: unknown[] = []
  const transport = {
    async request(params: { method: string; body?: unknown }, options?: { meta?: boolean }) {
      if (params.method === 'HEAD') return { statusCode: 404, body: false, headers: {}, meta: {} }
      if (params.method === 'GET') return { src: { settings, mappings: {} } }
      sent.push(params.body)
      return options?.meta ? { statusCode: 200, body: {}, headers: {}, meta: {} } : {}
    },
  } as never
  const side = { transport, product: 'elasticsearch' as const }
  const across = await copyIndexDefinition(side, side, 'src', 'dest', true, new AbortController().signal)
  t.equal(across.outcome, 'created')
  t.same(sent[0], { settings: { 'index.number_of_shards': '2' }, mappings: {} })
  t.equal(across.changes.length, 10, 'each one named')
  const within = await copyIndexDefinition(side, side, 'src', 'dest', false, new AbortController().signal)
  t.same(
    Object.keys((sent[1] as { settings: object }).settings).sort(),
    ['index.default_pipeline', 'index.lifecycle.name', 'index.number_of_shards', 'index.routing.allocation.require._name'],
    'on the same cluster, node, pipeline and policy names still mean what they meant',
  )
  t.equal(within.changes.length, 7)
})

t.test('a field no longer indexed takes with it what pointed at it or hung from it, each named', async (t) => {
  const settings: Record<string, unknown> = { 'index.sort.field': ['title', 'n'], 'index.sort.order': ['asc', 'desc'] }
  const mappings: Record<string, any> = {
    properties: {
      title: { type: 'match_only_text', copy_to: ['all', 'n'], fields: { raw: { type: 'keyword' } } },
      first: { type: 'keyword', copy_to: 'title' },
      o: { properties: { deep: { type: 'keyword', copy_to: ['title', 'all'] } } },
      all: { type: 'text' },
      n: { type: 'keyword' },
      by_raw: { type: 'alias', path: 'title.raw' },
      by_n: { type: 'alias', path: 'n' },
    },
  }
  const changes = refuse('The mapper type [match_only_text] declared on field [title] does not exist', settings, mappings)
  t.same(
    changes.map((c) => `${c.kind} ${c.name} ${c.action}`),
    [
      'field title (match_only_text) not indexed',
      'field title.raw (keyword) dropped',
      'parameter title.copy_to=all dropped',
      'parameter title.copy_to=n dropped',
      'parameter first.copy_to=title dropped',
      'parameter o.deep.copy_to=title dropped',
      'field by_raw (alias) dropped',
      'setting index.sort.field=["title","n"] dropped',
      'setting index.sort.order=["asc","desc"] dropped',
    ],
  )
  t.match(changes[4]!.reason, /^elastream mapped title as a disabled object \(The server has no match_only_text\), and nothing can be copied into an object/)
  t.same(mappings.properties, {
    title: { type: 'object', enabled: false },
    first: { type: 'keyword' },
    o: { properties: { deep: { type: 'keyword', copy_to: ['all'] } } },
    all: { type: 'text' },
    n: { type: 'keyword' },
    by_n: { type: 'alias', path: 'n' },
  })
  t.same(settings, {})
})

t.test('dynamic templates: each way a server names a template mapping it refuses', async (t) => {
  const templates = () => ({
    dynamic_templates: [
      { vec: { match: 'v_*', mapping: { type: 'knn_vector', dimension: 3, copy_to: 'all' } } },
      { kw: { match: 'k_*', mapping: { type: 'keyword', foo: 1 } } },
      { rt: { match: 'r_*', runtime: { type: 'keyword' } } },
    ],
  })
  // Elasticsearch checks the templates itself when the index is made.
  let mappings: Record<string, any> = templates()
  t.match(refuse('No mapper found for type [knn_vector]', {}, mappings), [
    { kind: 'dynamic template', name: 'vec (knn_vector)', action: 'not indexed' },
    { kind: 'parameter', name: 'dynamic_templates.vec.copy_to=all', action: 'dropped' },
  ])
  t.same(mappings.dynamic_templates[0].vec.mapping, { type: 'object', enabled: false })
  t.match(refuse('unknown parameter [foo] on mapper [__dynamic__kw] of type [keyword]', {}, mappings), [
    { kind: 'parameter', name: 'dynamic_templates.kw.foo=1' },
  ])
  t.same(mappings.dynamic_templates[1].kw.mapping, { type: 'keyword' })
  // OpenSearch does not: the probe's answer names a template by its probe name, shown as the template.
  mappings = templates()
  const changes: DefinitionChange[] = []
  applyRefusal('No handler for type [knn_vector] declared on field [elastream_dynamic_template_0]', { settings: {}, mappings, changes }, 'OpenSearch', 'templates')
  t.match(changes, [{ kind: 'dynamic template', name: 'vec (knn_vector)', reason: /declared on field \[dynamic_templates\.vec\]/ }])
  // A template part OpenSearch does not know: the whole template is left out.
  t.match(refuse('Illegal dynamic template parameter: [runtime]', {}, mappings), [{ kind: 'dynamic template', name: 'rt', action: 'dropped' }])
  t.equal(mappings.dynamic_templates.length, 2)
})
