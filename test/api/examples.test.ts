// The ```ts example blocks of docs/api.md, run as written against the real Elasticsearch (with their index
// names made unique), so the documented usage cannot rot. What they print is compared with what the
// comments in the examples promise.
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import ts from 'typescript'
import { Client } from '../../src/client.js'
import { esUrl } from '../support/es-url.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

t.test('docs/api.md examples run and print what they say', async (t) => {
  const md = await readFile(join(root, 'docs', 'api.md'), 'utf8')
  const blocks = [...md.matchAll(/```ts example\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  t.equal(blocks.length, 2, 'two runnable example blocks')

  const suffix = randomBytes(4).toString('hex')
  const books = `elastream-api-docs-${suffix}`
  const source = blocks
    .join('\n')
    .replaceAll("'books'", `'${books}'`)
    .replaceAll("'no-such-index'", `'elastream-api-docs-missing-${suffix}'`)
  const js = ts
    .transpileModule(`export {}\n${source}`, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    .outputText.replace('export {};', '')

  const client = new Client({ node: esUrl })
  t.teardown(async () => {
    await client.indices.delete({ index: books }, { ignore: [404] })
    await client.close()
  })
  const printed: unknown[][] = []
  const console = { log: (...args: unknown[]) => printed.push(args) }
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...args: unknown[]) => Promise<void>
  await new AsyncFunction('client', 'console', js)(client, console)

  t.same(printed[0], [1965])
  t.same(printed[1], ['solaris', 'Solaris'])
  t.same(printed[2], ['dune', 'Dune'])
  t.same(printed[3], [1])
  t.same(printed[4], [1])
  t.same(printed[5], [true])
  t.same(printed[6], [false])
  t.same(printed[7], ['3'])
  t.same(printed[8], ['2s'])
  t.match(printed[9], [{ error: { type: 'index_not_found_exception' }, status: 404 }])
  t.same(printed[10], [200, 'Elasticsearch'])
  t.equal(printed.length, 11)
  t.equal(await client.indices.exists({ index: books }), false, 'the example cleans up after itself')
})
