// The built package as users get it: resolved by name through package.json `exports`, from ESM and from
// CommonJS (require() of ESM), with its type declarations in place.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const dir = mkdtempSync(join(tmpdir(), 'elastream-package-'))
mkdirSync(join(dir, 'node_modules'))
symlinkSync(root, join(dir, 'node_modules', 'elastream'), 'dir')
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

const publicNames = ['Client', 'bulk', 'bulkStream', 'scan', 'reindex', 'ndjson', 'json', 'ResponseError']

t.test('the exports map points at built files that exist', async (t) => {
  const main = pkg.exports['.']
  t.ok(existsSync(join(root, main.default)), `${main.default} is built`)
  t.ok(existsSync(join(root, main.types)), `${main.types} is built`)
  t.ok(existsSync(join(root, pkg.bin.elastream)), `${pkg.bin.elastream} is built`)
  const testing = pkg.exports['./testing']
  t.ok(existsSync(join(root, testing.default)), `${testing.default} is built`)
  t.ok(existsSync(join(root, testing.types)), `${testing.types} is built`)
  t.equal(pkg.typesVersions['*'].testing[0], testing.types, 'typesVersions (TypeScript without exports) says the same')
})

t.test('import by name from ESM', async (t) => {
  const file = join(dir, 'esm.mjs')
  writeFileSync(
    file,
    `import * as e from 'elastream'\nconsole.log(JSON.stringify(${JSON.stringify(publicNames)}.map((n) => typeof e[n])))\n`,
  )
  const { stdout } = await run(process.execPath, [file], { cwd: dir })
  const kinds = JSON.parse(stdout) as string[]
  t.same(kinds, ['function', 'function', 'function', 'function', 'function', 'object', 'object', 'function'])
})

t.test('require by name from CommonJS', async (t) => {
  const file = join(dir, 'cjs.cjs')
  writeFileSync(
    file,
    `const { Client } = require('elastream')\nconst c = new Client({ node: 'http://127.0.0.1:9' })\nconsole.log(typeof c.search, typeof c.indices.create)\nc.close().then(() => console.log('closed'))\n`,
  )
  const { stdout } = await run(process.execPath, ['--no-warnings', file], { cwd: dir })
  t.equal(stdout, 'function function\nclosed\n')
})

t.test('the declarations type-check a consumer', async (t) => {
  const file = join(dir, 'consumer.ts')
  writeFileSync(
    file,
    [
      `import { Client, bulkStream, type BulkResult } from 'elastream'`,
      `const client = new Client({ node: 'http://127.0.0.1:9200' })`,
      `const stream = bulkStream(client, { index: 'x' })`,
      `stream.on('data', (r: BulkResult) => r.ok)`,
      `export const search = client.search<{ title: string }>({ index: 'x' }).then((r) => r.hits.hits[0]?._source?.title)`,
      '',
    ].join('\n'),
  )
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        noEmit: true,
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  )
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  // The consumer's tsc needs @types/node for the declarations' node: imports.
  symlinkSync(join(root, 'node_modules', '@types'), join(dir, 'node_modules', '@types'), 'dir')
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const result = await run(process.execPath, [tsc, '-p', dir], { cwd: dir }).catch((err) => err)
  t.equal(result.stdout ?? '', '', 'no type errors')
})

t.test('the version and name compiled into the package are those of package.json', async (t) => {
  const info = await import('../src/package-info.js')
  t.equal(info.PACKAGE_NAME, pkg.name)
  t.equal(info.PACKAGE_VERSION, pkg.version)
})

t.test('nothing in src/ reads package.json at run time (a bundle has none beside it)', async (t) => {
  const { readdirSync } = await import('node:fs')
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  const readers = files.filter((f) => /['"](\.\.\/)+package\.json['"]/.test(readFileSync(join(root, 'src', f), 'utf8')))
  t.same(readers, [])
})
