// How the YAML runners leave a node: Elastic's client tests run on the shared node, so what a test leaves is
// removed by name and nothing else is touched; the module list is checked against the node; tests that change
// the whole cluster are recognised from their own calls; the 7.10.2 suite's wipe deletes by name, never `/*`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Client } from '../../src/client.js'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'
import { camelName, methodFor } from './api-invoker.js'
import { checkModule, installedModules } from './clients-modules.js'
import { clusterWideReason } from './cluster-wide.js'
import { ParamError } from './invoker.js'
import { leftBehind, listResources, namesIn, removeResources } from './leftovers.js'
import { loadTests, type TestCase } from './load.js'
import { wiper } from './wipe.js'

async function es(method: string, path: string, body?: unknown): Promise<number> {
  const res = await fetch(`${esUrl}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  })
  await res.arrayBuffer()
  return res.status
}

t.test('what a test left is removed by name; what others made meanwhile is not', async (t) => {
  const ours = uniqueIndex('yaml-left')
  const theirs = uniqueIndex('yaml-other')
  t.teardown(async () => {
    await es('DELETE', `/${ours},${theirs}?ignore_unavailable=true`)
    await es('DELETE', `/_index_template/${ours}-template`)
    await es('DELETE', `/_ingest/pipeline/${ours}-pipeline`)
  })
  const before = await listResources(esUrl)
  t.equal(await es('PUT', `/${ours}`, { aliases: { [`${ours}-alias`]: {} } }), 200)
  t.equal(await es('PUT', `/_index_template/${ours}-template`, { index_patterns: [`${ours}-x*`] }), 200)
  t.equal(await es('PUT', `/_ingest/pipeline/${ours}-pipeline`, { processors: [] }), 200)
  t.equal(await es('PUT', `/${theirs}`), 200)
  const names = namesIn([
    { do: { 'indices.create': { index: ours, body: { aliases: { [`${ours}-alias`]: {} } } } } },
    { do: { 'indices.put_index_template': { name: `${ours}-template` } } },
    { do: { 'ingest.put_pipeline': { id: `${ours}-pipeline`, body: '{"processors": []}' } } },
  ])
  const left = leftBehind(before, await listResources(esUrl), names)
  t.same(
    left,
    [`alias:${ours}/${ours}-alias`, `index:${ours}`, `index_template:${ours}-template`, `pipeline:${ours}-pipeline`],
    "only the test's own names",
  )
  await removeResources(esUrl, left)
  const after = await listResources(esUrl)
  t.same(leftBehind(before, after, names), [], 'all of it is gone')
  t.ok(after.has(`index:${theirs}`), 'the index another user made meanwhile is still there')
})

t.test('module entries are checked against the node: missing, disabled, or present (a stale entry)', async (t) => {
  const { version, modules } = await installedModules(esUrl)
  t.match(version, /^9\./)
  t.ok(modules.has('x-pack-core'), 'the module list is read')
  const check = (module: string, probe: string, extra = {}) =>
    checkModule(esUrl, { module, probe, tests: ['x'], ...extra }, modules)
  t.match(await check('x-pack-ml', 'GET /_ml/info'), { state: 'missing', evidence: /not in the node's modules .*no handler/ })
  t.match(await check('x-pack-security', 'GET /_security/_authenticate'), {
    state: 'disabled',
    evidence: /installed but its endpoints are not registered/,
  })
  t.match(await check('x-pack-core', 'GET /_license'), { state: 'present' }, 'a module the node has is caught')
  t.match(
    await check('x-pack-stack', 'GET /_index_template/no-such-template-here', { missing: 'resource_not_found_exception' }),
    { state: 'missing' },
    'a probe with its own pattern for a path that falls through',
  )
})

t.test('tests that change the whole cluster are recognised from their calls', async (t) => {
  const test = (steps: TestCase['steps'], setup: TestCase['setup'] = []): TestCase => ({
    id: 'x.yml/x',
    namespace: 'x',
    file: 'x.yml',
    name: 'x',
    requires: undefined,
    setup,
    teardown: [],
    steps,
  })
  t.match(clusterWideReason(test([{ do: { 'indices.put_settings': { body: { settings: {} } } } }])), /every index/)
  t.match(clusterWideReason(test([{ do: { 'indices.put_settings': { index: '*', body: {} } } }])), /every index/)
  t.equal(clusterWideReason(test([{ do: { 'indices.put_settings': { index: 'mine', body: {} } } }])), undefined)
  t.match(clusterWideReason(test([], [{ do: { 'features.reset_features': {} } }])), /system feature/, 'in setup too')
  t.match(clusterWideReason(test([{ do: { catch: 'forbidden', 'license.post_start_trial': {} } }])), /license/)
  t.match(clusterWideReason(test([{ do: { 'snapshot.create': { repository: 'r', snapshot: 's' } } }])), /every index/)
  t.equal(
    clusterWideReason(test([{ do: { 'snapshot.create': { repository: 'r', snapshot: 's', body: { indices: 'a' } } } }])),
    undefined,
  )
})

t.test('YAML API names map to the generated methods; a missing one is a client error, not a crash', async (t) => {
  const client = new Client({ node: esUrl })
  t.teardown(() => client.close())
  t.equal(camelName('put_settings'), 'putSettings')
  t.equal(camelName('_internal'), 'internal')
  t.type(methodFor(client, 'indices.put_settings'), 'function')
  t.type(methodFor(client, 'delete_by_query_rethrottle'), 'function')
  t.throws(() => methodFor(client, 'nodes.no_such_thing'), ParamError)
  t.throws(() => methodFor(client, 'no_such_namespace.get'), /the client has no namespace `noSuchNamespace`/)
})

t.test('tests load from any folder depth, with the file-level requires', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elastream-yaml-'))
  mkdirSync(join(dir, 'a', 'b'), { recursive: true })
  writeFileSync(join(dir, 'top.yml'), '---\nrequires:\n  serverless: true\n  stack: false\n---\n"one":\n  - do: { info: {} }\n')
  writeFileSync(join(dir, 'a', 'b', 'deep.yml'), '---\nsetup:\n  - do: { ping: {} }\n---\n"two":\n  - do: { ping: {} }\n')
  const { tests, errors } = loadTests(dir)
  t.same(errors, [])
  t.same(
    tests.map((x) => [x.id, x.namespace, x.requires]),
    [
      ['a/b/deep.yml/two', 'a', undefined],
      ['top.yml/one', 'top', { serverless: true, stack: false }],
    ],
  )
})

t.test("the 7.10.2 suite's wipe deletes what the state lists, by name, never /*", async (t) => {
  const seen: string[] = []
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    res.setHeader('content-type', 'application/json')
    if (req.url?.startsWith('/_cluster/state/metadata')) {
      res.end(
        JSON.stringify({
          metadata: {
            indices: { 'a b': { state: 'open' }, '.hidden': { state: 'close' } },
            templates: { t1: {}, t2: {} },
            index_template: { index_template: { it1: {} } },
            ingest: { pipeline: [{ id: 'p/1' }] },
          },
        }),
      )
    } else if (req.url?.startsWith('/_cluster/settings')) res.end('{"persistent":{},"transient":{}}')
    else res.end('{"acknowledged":true}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.teardown(() => new Promise<void>((r) => server.close(() => r())))
  await wiper(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)()
  const deletes = seen.filter((s) => s.startsWith('DELETE'))
  t.same(deletes, [
    'DELETE /a%20b,.hidden?expand_wildcards=all',
    'DELETE /_template/t1',
    'DELETE /_template/t2',
    'DELETE /_index_template/it1',
    'DELETE /_ingest/pipeline/p%2F1',
  ])
  t.notOk(deletes.some((d) => d.includes('*')), 'no wildcard')
})
