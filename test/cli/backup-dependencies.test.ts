/**
 * The dependencies a backup saves and restores that the real test servers cannot show (their Elasticsearch has
 * no ILM, their OpenSearch node no ingest role): a local server answering as Elasticsearch documents the
 * ILM, ingest and template APIs (GET/PUT _ilm/policy/<name> -> {name: {version, modified_date, policy}}, 404
 * when missing; a server without the API answers 400 "no handler found for uri").
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import t from 'tap'
import { Client } from '../../src/client.js'
import { readDependencies } from '../../src/cli/backup/backup-definitions.js'
import { restoreDependencies } from '../../src/cli/backup/load-backup.js'
import { fakeElasticsearch } from '../support/run-cli.js'

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    req.on('data', (c: Buffer) => {
      text += c.toString()
    })
    req.on('end', () => resolve(text))
  })
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(value))
}

const noHandler = (req: IncomingMessage) => ({ error: `no handler found for uri [${req.url}] and method [${req.method}]` })

const indices = {
  'logs-1': {
    settings: { 'index.lifecycle.name': 'hot-warm', 'index.default_pipeline': 'parse', 'index.final_pipeline': 'gone' },
    mappings: {},
    aliases: {},
  },
}

t.test('policies and pipelines named by the settings are saved; a missing one and a missing API are named', async (t) => {
  const server = await fakeElasticsearch((req, res) => {
    const url = req.url!.split('?')[0]!
    if (url === '/_ilm/policy/hot-warm') {
      return send(res, 200, { 'hot-warm': { version: 3, modified_date: '2026-01-01', policy: { phases: { hot: { actions: {} } } } } })
    }
    if (url === '/_ingest/pipeline/parse') return send(res, 200, { parse: { processors: [{ set: { field: 'a', value: 1 } }] } })
    if (url === '/_ingest/pipeline/gone') return send(res, 404, {})
    if (url === '/_index_template') return send(res, 200, { index_templates: [] })
    if (url === '/_template') return send(res, 400, noHandler(req))
    return send(res, 404, {})
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  const deps = await readDependencies(client.transport, indices, AbortSignal.timeout(10_000))
  t.same(deps.ilm_policies, { 'hot-warm': { phases: { hot: { actions: {} } } } })
  t.same(deps.pipelines, { parse: { processors: [{ set: { field: 'a', value: 1 } }] } })
  t.same(deps.missing, ['pipeline gone (index.final_pipeline of logs-1)'])
  t.same(deps.unavailable, ['legacy templates: 400 no handler found for uri [/_template] and method [GET]'])
})

t.test('a source without ILM: the policy is reported unavailable, not an error', async (t) => {
  const server = await fakeElasticsearch((req, res) => {
    const url = req.url!.split('?')[0]!
    if (url.startsWith('/_ilm/')) return send(res, 400, noHandler(req))
    if (url === '/_index_template') return send(res, 200, { index_templates: [] })
    if (url === '/_template') return send(res, 200, {})
    if (url === '/_ingest/pipeline/parse') return send(res, 200, { parse: { processors: [] } })
    return send(res, 404, {})
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  const deps = await readDependencies(client.transport, indices, AbortSignal.timeout(10_000))
  t.same(deps.ilm_policies, {})
  t.same(deps.unavailable, ['lifecycle policies: 400 no handler found for uri [/_ilm/policy/hot-warm] and method [GET]'])
})

t.test('restore: puts what the target lacks (without server-managed fields), leaves what exists, names what it refuses', async (t) => {
  const puts: Array<{ path: string; body: unknown }> = []
  const server = await fakeElasticsearch(async (req, res) => {
    const url = req.url!.split('?')[0]!
    if (req.method === 'GET') {
      if (url === '/_component_template/base') return send(res, 200, { component_templates: [{ name: 'base', component_template: {} }] })
      return send(res, 404, {})
    }
    if (req.method === 'PUT') {
      const text = await body(req)
      if (url.startsWith('/_ilm/')) return send(res, 400, noHandler(req))
      puts.push({ path: url, body: JSON.parse(text) })
      return send(res, 200, { acknowledged: true })
    }
    return send(res, 404, {})
  })
  t.teardown(() => server.close())
  const client = new Client({ node: server.url })
  t.teardown(() => client.close())
  const lines: string[] = []
  const refused = await restoreDependencies(
    client.transport,
    {
      index_templates: [{ name: 'logs', index_template: { index_patterns: ['logs-*'], composed_of: ['base'], created_date_millis: 1, modified_date_millis: 2 } }],
      component_templates: [{ name: 'base', component_template: { template: {} } }],
      legacy_templates: {},
      pipelines: { parse: { processors: [], created_date_millis: 5 } },
      ilm_policies: { 'hot-warm': { phases: {} } },
      unavailable: [],
      missing: [],
    },
    (line) => lines.push(line),
    AbortSignal.timeout(10_000),
  )
  t.equal(refused, 1)
  t.same(puts, [
    { path: '/_ingest/pipeline/parse', body: { processors: [] } },
    { path: '/_index_template/logs', body: { index_patterns: ['logs-*'], composed_of: ['base'] } },
  ])
  t.same(lines, [
    'lifecycle policy hot-warm not restored: the target refused it (400 no handler found for uri [/_ilm/policy/hot-warm] and method [PUT])',
    'component template base exists on the target: left as it is',
  ])
})
