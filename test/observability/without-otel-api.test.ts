// elastream without @opentelemetry/api installed: the built package, copied into a directory whose
// node_modules hold only its runtime dependencies, runs a search, a bulk load and a scan against the real
// node, with tracing left at its default (on) and with captureQuery. Nothing throws, nothing is printed.
import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { esUrl } from '../support/es-url.js'
import { uniqueIndex } from '../support/es.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: object }
// The runtime dependencies and theirs (stream-json's stream-chain): what an install without the peer has.
const RUNTIME = [...Object.keys(pkg.dependencies), 'stream-chain']

t.test('the built package works when @opentelemetry/api cannot be resolved', async (t) => {
  t.ok(existsSync(join(root, 'lib', 'index.js')), 'lib/ is built (npm test builds it)')
  const dir = mkdtempSync(join(tmpdir(), 'elastream-no-otel-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const pkgDir = join(dir, 'node_modules', 'elastream')
  mkdirSync(pkgDir, { recursive: true })
  // A copy, not a link: a link's real path is the repository, whose node_modules has the api package.
  cpSync(join(root, 'lib'), join(pkgDir, 'lib'), { recursive: true })
  cpSync(join(root, 'package.json'), join(pkgDir, 'package.json'))
  for (const name of RUNTIME) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true })
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir')
  }
  const index = uniqueIndex('no-otel')
  const script = join(dir, 'run.mjs')
  writeFileSync(
    script,
    `
import { createRequire } from 'node:module'
import { Client, bulk, scan } from 'elastream'
const requireFromPackage = createRequire(${JSON.stringify(join(pkgDir, 'lib', 'index.js'))})
let apiFound = true
try { requireFromPackage.resolve('@opentelemetry/api') } catch { apiFound = false }
const out = { apiFound }
for (const tracing of [undefined, { captureQuery: true }]) {
  const client = new Client({ node: ${JSON.stringify(esUrl)}, tracing })
  const docs = Array.from({ length: 300 }, (_, i) => ({ n: i }))
  const stats = await bulk(client, docs, { index: ${JSON.stringify(index)}, refresh: true, flushDocs: 100 })
  const res = await client.search({ index: ${JSON.stringify(index)}, query: { range: { n: { gte: 0 } } }, size: 0 })
  let hits = 0
  for await (const _ of scan(client, { index: ${JSON.stringify(index)}, size: 100 })) hits++
  await client.indices.delete({ index: ${JSON.stringify(index)} })
  await client.close()
  out[tracing ? 'captureQuery' : 'default'] = { indexed: stats.successful, total: res.hits.total.value, hits }
}
console.log(JSON.stringify(out))
`,
  )
  const { stdout, stderr } = await run(process.execPath, [script], { cwd: dir, timeout: 120_000 })
  t.same(JSON.parse(stdout), {
    apiFound: false,
    default: { indexed: 300, total: 300, hits: 300 },
    captureQuery: { indexed: 300, total: 300, hits: 300 },
  })
  t.equal(stderr, '', 'no warning')
})
