// An index holding documents with __proto__ / constructor.prototype keys can be dumped and reindexed: both copy
// each document byte for byte (raw scan), instead of failing on every page with a DeserializationError.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, es, esUrl } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-proto-'))
const source = uniqueName('proto-src')
const docs = [
  '{"name":"a","__proto__":{"isAdmin":true}}',
  '{"name":"b","nested":{"constructor":{"prototype":{"isAdmin":true}}}}',
  '{"name":"c","plain":1.50,"text":"caf\\u00e9"}',
]

t.before(async () => {
  await es('PUT', `/${source}`, { settings: { number_of_shards: 1, number_of_replicas: 0 } })
  const body = docs.map((d, i) => `{"index":{"_index":"${source}","_id":"${i}"}}\n${d}\n`).join('')
  const res = await es('POST', '/_bulk?refresh=true', body)
  if (res.errors) throw new Error(JSON.stringify(res))
})
t.teardown(() => drop(source))

const expected = (index: string) => docs.map((d, i) => `{"_index":"${index}","_id":"${i}","_source":${d}}`)

t.test('dump writes every document byte for byte, poisoned keys included', async (t) => {
  const out = join(dir, 'dump.ndjson')
  const r = await runCli(['dump', source, '-o', out], { env })
  t.equal(r.code, 0, r.stderr)
  t.same(readFileSync(out, 'utf8').trim().split('\n').sort(), expected(source).sort())
  const only = await runCli(['dump', source, '--source-only'], { env })
  t.same(only.stdout.trim().split('\n').sort(), [...docs].sort(), '--source-only too')
})

t.test('reindex copies them byte for byte', async (t) => {
  const dest = uniqueName('proto-dest')
  t.teardown(() => drop(dest))
  const r = await runCli(['reindex', source, dest], { env })
  t.equal(r.code, 0, r.stderr)
  // The destination is created from the source's mapping, which has a field named __proto__ (dynamic mapping
  // made it): read with prototypeKeys 'keep', it is copied as a name like any other.
  t.match(r.stderr, `created ${dest} with the mappings and settings of ${source}`)
  const mapping = JSON.parse(await (await fetch(new URL(`/${dest}/_mapping`, esUrl))).text())
  t.ok(Object.hasOwn(mapping[dest].mappings.properties, '__proto__'), 'the __proto__ field is mapped on the copy')
  const copy = await runCli(['dump', dest], { env })
  t.equal(copy.code, 0, copy.stderr)
  t.same(copy.stdout.trim().split('\n').sort(), expected(dest).sort())
})
