// The real-server smoke that CI runs on every supported runtime (each Node.js line, Bun, Deno), from a
// project that installed elastream from its packed tarball: search, bulk, bulkStream, scan, reindex, and the
// CLI's load and dump. Prints one line per check and `smoke: N passed, N failed`; exits 1 on any failure.
//   ELASTICSEARCH_URL=http://127.0.0.1:9200 <runtime> smoke.mjs
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { bulk, bulkStream, Client, reindex, scan } from 'elastream'

const node = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200'
const runtime = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node'
const client = new Client({ node })
const tag = `${runtime}-${process.pid}-${Date.now().toString(36)}`
const index = (name) => `elastream-smoke-${name}-${tag}`
const created = []
const dir = await mkdtemp(join(tmpdir(), 'elastream-smoke-'))
let passed = 0
let failed = 0

async function check(name, fn) {
  try {
    await fn()
    passed++
    console.log(`ok ${name}`)
  } catch (err) {
    failed++
    console.log(`not ok ${name}: ${err?.stack ?? err}`)
  }
}

function expect(actual, wanted, what) {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`${what}: wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`)
  }
}

async function count(name) {
  await client.indices.refresh({ index: name })
  return (await client.count({ index: name })).count
}

/** Runs the installed CLI with this very runtime. */
function cli(args) {
  const main = createRequire(import.meta.url).resolve('elastream/package.json').replace(/package\.json$/, 'lib/cli/main.js')
  const argv = runtime === 'deno' ? ['run', '-A', main, ...args] : [main, ...args]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, argv, { env: { ...process.env, ELASTICSEARCH_URL: node } }, (err, stdout, stderr) =>
      err ? reject(new Error(`elastream ${args.join(' ')}: ${err.message}\n${stderr}`)) : resolve(stdout),
    )
  })
}

const docs = Array.from({ length: 500 }, (_, i) => ({ n: i, word: `word-${i}` }))

await check('search', async () => {
  const name = index('search')
  created.push(name)
  await client.index({ index: name, id: '1', document: { title: 'streams in node' }, refresh: true })
  const res = await client.search({ index: name, query: { match: { title: 'node' } } })
  expect(res.hits.hits.map((h) => h._id), ['1'], 'hit ids')
})

await check('bulk', async () => {
  const name = index('bulk')
  created.push(name)
  const stats = await bulk(client, docs, { index: name, refresh: 'wait_for' })
  expect([stats.successful, stats.failed], [500, 0], 'successful, failed')
  expect(await count(name), 500, 'count')
})

await check('bulkStream', async () => {
  const name = index('stream')
  created.push(name)
  let ok = 0
  await pipeline(
    Readable.from(docs),
    bulkStream(client, { index: name, flushDocs: 100 }),
    new Writable({
      objectMode: true,
      write(result, _enc, done) {
        if (result.ok) ok++
        done()
      },
    }),
  )
  expect(ok, 500, 'ok results')
  expect(await count(name), 500, 'count')
})

await check('scan', async () => {
  const seen = new Set()
  for await (const hit of scan(client, { index: index('bulk'), size: 100 })) seen.add(hit._source.n)
  expect(seen.size, 500, 'distinct hits')
})

await check('reindex', async () => {
  const name = index('copy')
  created.push(name)
  const stats = await reindex(client, { index: index('bulk') }, { index: name })
  expect(stats.failed ?? 0, 0, 'failed')
  expect(await count(name), 500, 'count')
})

await check('cli load and dump', async () => {
  const name = index('cli')
  created.push(name)
  const input = join(dir, 'in.ndjson')
  await writeFile(input, docs.map((d, i) => JSON.stringify({ _id: `id-${i}`, _source: d })).join('\n') + '\n')
  await cli(['load', input, '--index', name, '--quiet'])
  expect(await count(name), 500, 'count after load')
  const output = join(dir, 'out.ndjson')
  await cli(['dump', name, '-o', output, '--quiet'])
  const ids = (await readFile(output, 'utf8')).trim().split('\n').map((l) => JSON.parse(l)._id).sort()
  expect(ids, docs.map((_, i) => `id-${i}`).sort(), 'dumped ids')
})

for (const name of created) await client.indices.delete({ index: name }, { ignore: [404] }).catch(() => {})
await client.close()
await rm(dir, { recursive: true, force: true })
console.log(`smoke (${runtime} ${globalThis.Deno?.version?.deno ?? globalThis.Bun?.version ?? process.version}): ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
