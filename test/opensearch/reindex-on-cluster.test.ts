// `elastream reindex` inside one cluster on the real OpenSearch node, which has the reindex module: the
// server's _reindex copies as a sliced task, elastream follows it, lists what the destination refused, and
// Ctrl-C cancels the task on the server.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Client } from '../../src/client.js'
import { bin, root, runCli } from '../support/run-cli.js'
import { deleteIndex, idsIn, sortedIds, uniqueIndex } from '../support/es.js'
import { opensearch } from '../support/real-servers.js'
import { childEnv } from '../support/child-env.js'

const N = 2000
const client = new Client({ node: opensearch.url })
const source = uniqueIndex('os-on-cluster-src')
const env = { ELASTICSEARCH_URL: opensearch.url }
const dir = mkdtempSync(join(tmpdir(), 'elastream-os-on-cluster-'))

t.before(async () => {
  await client.indices.create({
    index: source,
    settings: { number_of_shards: 3, number_of_replicas: 0 },
    mappings: { properties: { code: { type: 'keyword' }, n: { type: 'integer' }, even: { type: 'boolean' } } },
  })
  const lines = Array.from({ length: N }, (_, i) => [
    JSON.stringify({ index: { _id: String(i) } }),
    JSON.stringify({ code: `C-${i}`, n: i, even: i % 2 === 0 }),
  ]).flat()
  await client.transport.request({
    method: 'POST',
    path: `/${source}/_bulk`,
    querystring: { refresh: true },
    bulkBody: lines,
  })
})
t.teardown(async () => {
  await deleteIndex(client, source)
  await client.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The task's stored answer (OpenSearch keeps it in .tasks once the task completed). */
async function storedTask(id: string): Promise<any> {
  return client.transport.request({ method: 'GET', path: `/_tasks/${encodeURIComponent(id)}` })
}

t.test('the server copies, in slices: every document with its _id, the destination made from the source', async (t) => {
  const dest = uniqueIndex('os-on-cluster-dst')
  t.teardown(() => deleteIndex(client, dest))
  const statsFile = join(dir, 'stats.json')
  const r = await runCli(['reindex', source, dest, '--slices', '3', '--stats-file', statsFile], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, new RegExp(`^elastream: created ${dest} with the mappings and settings of ${source}\n`))
  t.match(r.stderr, /\nelastream: copying on the cluster as task [\w-]+:\d+\n/)
  t.match(r.stderr, new RegExp(`\ncopied 2,000 documents ${source} -> ${dest} on the cluster in [\\d.]+s \\([\\d,]+ docs/s; 2,000 created, 0 updated\\)\n$`))
  t.same(await idsIn(client, dest), sortedIds(N))
  const mapping = (await client.indices.getMapping({ index: dest })) as any
  t.equal(mapping[dest].mappings.properties.code.type, 'keyword', 'the definition copied first')
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  t.match(stats, { command: 'reindex', docs: N, failed: 0, onCluster: true, created: true, task: { created: N, updated: 0, total: N } })
  const task = await storedTask(stats.task.id)
  t.equal(task.completed, true)
  t.equal(task.task.action, 'indices:data/write/reindex', 'the copy was the server reindex')
  t.equal(task.response.slices.length, 3, 'in three slices')

  // Again into the same index: every document is updated (same _id), none duplicated.
  const again = await runCli(['reindex', source, dest, '--query', '{"term":{"even":true}}', '--fields', 'code'], { env })
  t.equal(again.code, 0, again.stderr)
  t.match(again.stderr, `elastream: ${dest} exists: left as it is`)
  t.match(again.stderr, /copied 1,000 documents .* on the cluster in .*; 0 created, 1,000 updated\)/)
  t.equal(((await client.count({ index: dest })) as { count: number }).count, N)
  const doc = (await client.get({ index: dest, id: '2' })) as { _source: object }
  t.same(doc._source, { code: 'C-2' }, '--fields kept only code in the copied documents')
})

t.test('documents the destination refuses are listed from the task answer, exit 1', async (t) => {
  const dest = uniqueIndex('os-on-cluster-strict')
  t.teardown(() => deleteIndex(client, dest))
  // `code` ("C-17") as an integer: every copied document is refused.
  await client.indices.create({ index: dest, mappings: { properties: { code: { type: 'integer' } } } })
  const r = await runCli(['reindex', source, dest, '--query', '{"range":{"n":{"lt":3}}}'], { env })
  t.equal(r.code, 1, r.stderr)
  for (const id of ['0', '1', '2']) {
    t.match(r.stderr, new RegExp(`\nelastream: document ${id}: mapper_parsing_exception: failed to parse field \\[code\\] of type \\[integer\\]`))
  }
  t.match(r.stderr, /copied 0 documents .* on the cluster in .*; 3 failed and the task stopped there/)
})

t.test('Ctrl-C cancels the task on the server; exit 130 with what it copied', async (t) => {
  const dest = uniqueIndex('os-on-cluster-cancel')
  t.teardown(() => deleteIndex(client, dest))
  // One document per batch: a copy long enough to be interrupted midway.
  const child = spawn(process.execPath, [bin, 'reindex', source, dest, '--batch', '1', '--slices', '1'], {
    cwd: root,
    env: childEnv(env),
  })
  let stderr = ''
  let task: string | undefined
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
    const started = /copying on the cluster as task (\S+)\n/.exec(stderr)
    if (started && task === undefined) {
      task = started[1]!
      setTimeout(() => child.kill('SIGINT'), 300)
    }
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(killer)
  t.equal(code, 130, stderr)
  const copied = /interrupted: task \S+ cancelled after copying ([\d,]+) documents/.exec(stderr)
  t.ok(copied, stderr)
  const stored = await storedTask(task!)
  t.equal(stored.completed, true)
  t.equal(stored.response.canceled, 'by user request', 'the server says the task was cancelled')
  t.ok(stored.response.created < N, `stopped before the end (${stored.response.created} of ${N})`)
  t.equal(Number(copied![1]!.replace(/,/g, '')), stored.response.created + stored.response.updated)
})

t.test('--search-body and --limit on the cluster: the query and _source go to the task, max_docs copies exactly N', async (t) => {
  const dest = uniqueIndex('os-on-cluster-limit')
  t.teardown(() => deleteIndex(client, dest))
  const statsFile = join(dir, 'limit.json')
  const body = JSON.stringify({ query: { term: { even: true } }, _source: ['code'] })
  // 3 shards: with three slices the server would take 3 per slice (9 in all); elastream asks for one.
  const r = await runCli(['reindex', source, dest, '--search-body', body, '--limit', '10', '--stats-file', statsFile], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /copied 10 documents .* on the cluster in .*; 10 created, 0 updated\)\n$/)
  t.equal(((await client.count({ index: dest })) as { count: number }).count, 10)
  const hits = (await client.search({ index: dest, size: 20 })) as { hits: { hits: Array<{ _id: string; _source: object }> } }
  for (const hit of hits.hits.hits) {
    t.equal(Number(hit._id) % 2, 0, `${hit._id}: only even n copied (the query)`)
    t.same(Object.keys(hit._source), ['code'], `${hit._id}: only code kept (the _source filter)`)
  }
  const task = await storedTask(JSON.parse(readFileSync(statsFile, 'utf8')).task.id)
  t.equal(task.response.total, 10, 'the server took max_docs')
})

t.test('--transform copies through the client even where _reindex exists, and says so', async (t) => {
  const dest = uniqueIndex('os-on-cluster-transform')
  t.teardown(() => deleteIndex(client, dest))
  const fn = join(dir, 'odd-only.mjs')
  writeFileSync(fn, 'export default async (hit) => (hit._source.even ? null : { ...hit, _source: { ...hit._source, moved: true } })\n')
  const r = await runCli(['reindex', source, dest, '--transform', fn], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /^elastream: --transform runs in elastream: copying through the client, not with the server's _reindex\n/)
  t.notMatch(r.stderr, /as task/, 'no task on the cluster')
  t.match(r.stderr, new RegExp(`copied 1,000 documents ${source} -> ${dest} in .*; 1,000 dropped by --transform\n$`))
  t.equal(((await client.count({ index: dest })) as { count: number }).count, N / 2)
  t.same(((await client.get({ index: dest, id: '7' })) as { _source: object })._source, { code: 'C-7', n: 7, even: false, moved: true })
})
