import t from 'tap'
import { count, drop, esUrl, ids, seed } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const source = uniqueName('reindex-src')

t.before(() => seed(source, 1500))
t.teardown(() => drop(source))

t.test('reindex copies every document with its _id', async (t) => {
  const dest = uniqueName('reindex-dest')
  t.teardown(() => drop(dest))
  const r = await runCli(['reindex', source, dest, '--batch', '200'], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, new RegExp(`^elastream: created ${dest} with the mappings and settings of ${source}\n`))
  t.match(r.stderr, new RegExp(`\ncopied 1,500 documents ${source} -> ${dest} in `))
  t.equal(await count(dest), 1500)
  t.same(await ids(dest), await ids(source))
})

t.test('--query copies a subset; --to names the destination cluster', async (t) => {
  const dest = uniqueName('reindex-to')
  t.teardown(() => drop(dest))
  // The same node under another URL spelling stands in for a second cluster.
  const r = await runCli(['reindex', source, dest, '--to', esUrl, '--query', '{"term":{"even":false}}'], {
    env,
  })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /copied 750 documents/)
  t.equal(await count(dest), 750)
})

t.test('a missing source index is one line and exit 5', async (t) => {
  const r = await runCli(['reindex', `${source}-missing`, 'whatever'], { env })
  t.equal(r.code, 5)
  t.equal(r.stderr, `elastream: index "${source}-missing" does not exist at ${esUrl.replace(/\/$/, '')}\n`)
})

t.test('documents the destination rejects go to the dead letter file; exit 1', async (t) => {
  const dest = uniqueName('reindex-strict')
  t.teardown(() => drop(dest))
  const { es } = await import('../support/es-direct.js')
  // `name` as an integer: every source document ("name 17") is rejected.
  await es('PUT', `/${dest}`, { mappings: { properties: { name: { type: 'integer' } } } })
  const { mkdtempSync, readFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const deadLetter = join(mkdtempSync(join(tmpdir(), 'elastream-cli-reindex-')), 'dead.ndjson')
  const r = await runCli(
    ['reindex', source, dest, '--query', '{"range":{"n":{"lt":5}}}', '--dead-letter', deadLetter],
    { env },
  )
  t.equal(r.code, 1)
  t.match(r.stderr, /copied 0 documents .*; 5 failed, written to /)
  const dead = readFileSync(deadLetter, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  t.equal(dead.length, 5)
  t.ok(dead.every((d) => d.status === 400 && typeof d.doc.name === 'string' && d.id.startsWith('doc-')))
})

t.test('a source of several indices: the destination is not created from one of them, and a line says so', async (t) => {
  const { es } = await import('../support/es-direct.js')
  const base = uniqueName('reindex-many')
  const dest = uniqueName('reindex-many-dest')
  t.teardown(async () => {
    await drop(`${base}-a`)
    await drop(`${base}-b`)
    await drop(dest)
  })
  // Two sources whose mappings disagree: picking either would refuse the other's documents.
  await es('PUT', `/${base}-a`, { mappings: { properties: { v: { type: 'keyword' } } } })
  await es('PUT', `/${base}-b`, { mappings: { properties: { v: { type: 'long' } } } })
  await es('PUT', `/${base}-a/_doc/1?refresh=true`, { v: 'x' })
  await es('PUT', `/${base}-b/_doc/2?refresh=true`, { v: 2 })
  const r = await runCli(['reindex', `${base}-*`, dest], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, `elastream: ${base}-* is 2 indices, whose mappings may differ: ${dest} not created from it`)
  t.equal(await count(dest), 2)
})
