// The CLI's everyday commands on both real servers, written once: load, count, dump, info, and a reindex
// from one server to the other (--to), every document accounted for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Client } from '../../src/client.js'
import { runCli } from '../support/run-cli.js'
import { deleteIndex, idsIn, sortedIds, uniqueIndex } from '../support/es.js'
import { elasticsearch, onEachServer, opensearch } from '../support/real-servers.js'

const N = 500
const dir = mkdtempSync(join(tmpdir(), 'elastream-os-cli-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const input = join(dir, 'docs.ndjson')
writeFileSync(input, Array.from({ length: N }, (_, i) => `${JSON.stringify({ id: String(i), n: i })}\n`).join(''))

onEachServer(t, 'load, count, dump and info', async (t, server) => {
  const client = new Client({ node: server.url })
  const index = uniqueIndex(`${server.product}-cli`)
  t.teardown(async () => {
    await deleteIndex(client, index)
    await client.close()
  })
  const env = { ELASTICSEARCH_URL: server.url }
  const load = await runCli(['load', input, '--index', index, '--id-field', 'id'], { env })
  t.equal(load.code, 0, load.stderr)
  t.same(await idsIn(client, index), sortedIds(N))

  const count = await runCli(['count', index], { env })
  t.equal(count.code, 0, count.stderr)
  t.equal(count.stdout, `${N}\n`)

  const out = join(dir, `${index}.ndjson`)
  const dump = await runCli(['dump', index, '--output', out], { env })
  t.equal(dump.code, 0, dump.stderr)
  const lines = readFileSync(out, 'utf8').trim().split('\n')
  t.equal(lines.length, N)
  const docs = lines.map((l) => JSON.parse(l) as { _id: string; _source: { n: number } })
  t.same(docs.map((d) => d._id).sort(), sortedIds(N))
  t.ok(docs.every((d) => String(d._source.n) === d._id), 'each _source with its _id')

  const info = await runCli(['info', '--json'], { env })
  t.equal(info.code, 0, info.stderr)
  t.equal(JSON.parse(info.stdout).version, server.version)
})

for (const [from, to] of [
  [elasticsearch, opensearch],
  [opensearch, elasticsearch],
] as const) {
  t.test(`reindex --to: ${from.label} -> ${to.label}, every document accounted for`, async (t) => {
    const src = new Client({ node: from.url })
    const dst = new Client({ node: to.url })
    const source = uniqueIndex(`${from.product}-cli-src`)
    const dest = uniqueIndex(`${to.product}-cli-dst`)
    t.teardown(async () => {
      await deleteIndex(src, source)
      await deleteIndex(dst, dest)
      await src.close()
      await dst.close()
    })
    const load = await runCli(['load', input, '--index', source, '--id-field', 'id'], {
      env: { ELASTICSEARCH_URL: from.url },
    })
    t.equal(load.code, 0, load.stderr)
    const r = await runCli(['reindex', source, dest, '--to', to.url], {
      env: { ELASTICSEARCH_URL: from.url },
      cwd: dir,
    })
    t.equal(r.code, 0, r.stderr)
    t.same(await idsIn(dst, dest), sortedIds(N))
  })
}

// dump.ts closed its point in time with Elasticsearch's DELETE /_pit whatever the server: on OpenSearch the
// call failed (quietly) and the point in time stayed open until its keep-alive ran out, holding segments.
onEachServer(t, 'dump --limit closes its point in time on the server (no search context left open)', async (t, server) => {
  const client = new Client({ node: server.url })
  const index = uniqueIndex(`${server.product}-cli-pit`)
  t.teardown(async () => {
    await deleteIndex(client, index)
    await client.close()
  })
  const env = { ELASTICSEARCH_URL: server.url }
  const load = await runCli(['load', input, '--index', index, '--id-field', 'id'], { env })
  t.equal(load.code, 0, load.stderr)
  const dump = await runCli(['dump', index, '--limit', '10', '--batch', '5', '--keep-alive', '10m'], { env })
  t.equal(dump.code, 0, dump.stderr)
  t.equal(dump.stdout.trim().split('\n').length, 10)
  const stats = (await client.transport.request({ method: 'GET', path: `/${index}/_stats/search` })) as {
    indices: Record<string, { total: { search: { open_contexts: number } } }>
  }
  t.equal(stats.indices[index]!.total.search.open_contexts, 0, 'no point in time left open on the index')
})
