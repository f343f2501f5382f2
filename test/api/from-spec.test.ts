// endpointFromSpec (the YAML runner's descriptors) on hand-made spec snippets, and the generator's output: current,
// complete, one method per endpoint.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import t from 'tap'
import { ApiClient } from '../../src/api/api-client.js'
import { buildRequest } from '../../src/api/endpoint.js'
import { endpointFromSpec } from '../../src/api/from-spec.js'
import { FakeTransport } from '../support/fake-transport.js'
import { schemaFile } from '../support/spec-inputs.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const run = promisify(execFile)

t.test('a spec file becomes a descriptor', async (t) => {
  const spec = {
    'things.put': {
      url: {
        paths: [
          { path: '/_things/{id}', methods: ['PUT', 'POST'], parts: { id: { type: 'string' } } },
          {
            path: '/{index}/_things/{id}',
            methods: ['PUT'],
            parts: { index: { type: 'list' }, id: { type: 'string' } },
          },
        ],
      },
      params: {
        wait: { type: 'time' },
        size: { type: 'int' },
        flag: { type: 'boolean|long' },
        must: { type: 'string', required: true },
      },
      body: { description: 'x', required: true },
    },
  }
  t.same(endpointFromSpec('things.put', spec), {
    name: 'things.put',
    paths: [
      { path: '/_things/{id}', parts: ['id'], methods: ['PUT', 'POST'] },
      { path: '/{index}/_things/{id}', parts: ['index', 'id'], methods: ['PUT'] },
    ],
    query: ['flag', 'must', 'size', 'wait'],
    body: 'fields',
  })
  // The inner object works as well as the file's content.
  t.same(endpointFromSpec('things.put', spec['things.put']).name, 'things.put')
})

t.test(
  'deprecated paths are dropped when a current one exists, and their parameter moves to the body',
  async (t) => {
    const e = endpointFromSpec('scroll', {
      url: {
        paths: [
          { path: '/_search/scroll', methods: ['GET', 'POST'] },
          {
            path: '/_search/scroll/{scroll_id}',
            methods: ['GET', 'POST'],
            parts: { scroll_id: { type: 'string' } },
            deprecated: { version: '7.0.0' },
          },
        ],
      },
      params: { scroll: { type: 'time' }, scroll_id: { type: 'string', deprecated: { version: '7.0.0' } } },
      body: { description: 'x' },
    })
    t.same(e.paths, [{ path: '/_search/scroll', parts: [], methods: ['GET', 'POST'] }])
    t.same(e.query, ['scroll'])
    t.same(buildRequest(e, { scroll_id: 'x', scroll: '1m' }).body, { scroll_id: 'x' })
    // Other deprecated paths stay, flagged, and are used only when the parts given need them (7.x types).
    const search = endpointFromSpec('search', {
      url: {
        paths: [
          { path: '/_search', methods: ['GET', 'POST'] },
          { path: '/{index}/{type}/_search', methods: ['GET', 'POST'], deprecated: { version: '7.0.0' } },
          { path: '/{index}/_search', methods: ['GET', 'POST'] },
          { path: '/{index}/_searches', methods: ['GET'], deprecated: true },
        ],
      },
      body: { description: 'x' },
    })
    t.same(search.paths[1], {
      path: '/{index}/{type}/_search',
      parts: ['index', 'type'],
      methods: ['GET', 'POST'],
      deprecated: true,
    })
    t.equal(buildRequest(search, { index: 'i' }).path, '/i/_search', 'a current path wins a tie')
    t.equal(buildRequest(search, { index: 'i', type: 't', body: {} }).path, '/i/t/_search')
  },
)

t.test('NDJSON bodies, body keys and common parameters', async (t) => {
  const bulk = endpointFromSpec(
    'bulk',
    {
      url: { paths: [{ path: '/_bulk', methods: ['POST', 'PUT'] }] },
      body: { required: true, serialize: 'bulk' },
    },
    { pretty: { type: 'boolean' }, filter_path: { type: 'list' } },
  )
  t.equal(bulk.body, 'ndjson')
  t.same(bulk.bodyKeys, ['operations'])
  t.equal(bulk.bodyRequired, true)
  t.same(bulk.query, ['filter_path', 'pretty'])
  const index = endpointFromSpec('index', {
    url: { paths: [{ path: '/{index}/_doc', methods: ['POST'] }] },
    body: { required: true },
  })
  t.same([index.body, index.bodyKeys], ['value', ['document']])
  // An NDJSON endpoint this table does not know still works through `body`.
  const other = endpointFromSpec('new.bulk', {
    url: { paths: [{ path: '/_new', methods: ['POST'] }] },
    body: { serialize: 'bulk' },
  })
  t.equal(other.body, 'ndjson')
  t.equal(other.bodyKeys, undefined)
  t.throws(() => endpointFromSpec('x', { url: {} } as never), { message: /x has no url\.paths/ })
  t.throws(() => endpointFromSpec('x', { url: { paths: [{ path: '/', methods: ['PATCH'] }] } }), {
    message: /x uses unknown method PATCH/,
  })
})

t.test('the committed generated code is what the generator writes now', async (t) => {
  const out = await mkdtemp(join(tmpdir(), 'elastream-generate-'))
  t.teardown(() => rm(out, { recursive: true, force: true }))
  const { stdout } = await run(
    process.execPath,
    ['scripts/generate-api.mjs', '--out', join(out, 'generated'), '--docs', join(out, 'api.md')],
    { cwd: root, timeout: 300_000 },
  )
  const m = /(\d+) endpoints in the spec, (\d+) methods generated/.exec(stdout)
  t.ok(m, stdout)
  t.equal(m?.[1], m?.[2], 'one method per endpoint')
  const fresh = (await readdir(join(out, 'generated'))).sort()
  const committed = (await readdir(join(root, 'src', 'api', 'generated'))).sort()
  t.same(fresh, committed, 'same files')
  for (const f of fresh) {
    const a = await readFile(join(out, 'generated', f), 'utf8')
    const b = await readFile(join(root, 'src', 'api', 'generated', f), 'utf8')
    if (a !== b) t.fail(`${f} differs: run npm run generate`)
  }
  t.equal(await readFile(join(out, 'api.md'), 'utf8'), await readFile(join(root, 'docs', 'api.md'), 'utf8'))

  // Every endpoint of the specification is a method (what each sends: test/api/official-client.test.ts).
  const schema = JSON.parse(gunzipSync(await readFile(schemaFile())).toString('utf8')) as {
    endpoints: Array<{ name: string }>
  }
  t.equal(String(schema.endpoints.length), m?.[1])
  const transport = new FakeTransport()
  const client = new ApiClient(transport) as unknown as Record<string, any>
  const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  let called = 0
  for (const { name } of schema.endpoints) {
    const dot = name.lastIndexOf('.')
    const target = dot === -1 ? client : client[camel(name.slice(0, dot).replace(/^_+/, ''))]
    const method = target?.[camel(name.slice(dot + 1))]
    if (typeof method !== 'function') {
      t.fail(`no method for ${name}`)
      continue
    }
    called++
  }
  t.equal(called, schema.endpoints.length, `all ${called} endpoints callable`)
})
