// How a server's refusal of a create-index request turns into what is left out of the copy: the messages
// are the ones Elasticsearch 9 and OpenSearch 3 send (test/opensearch/reindex-definition.test.ts meets them
// for real); these cover the shapes that test cannot provoke on both servers.
import t from 'tap'
import { applyRefusal, type DefinitionChange, reasonsOf } from '../../src/cli/copy-index-definition.js'

function refuse(reason: string, settings: Record<string, unknown>, mappings: Record<string, unknown>) {
  const changes: DefinitionChange[] = []
  applyRefusal(reason, settings, mappings, 'refused', changes)
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
  const { copyIndexDefinition } = await import('../../src/cli/copy-index-definition.js')
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
