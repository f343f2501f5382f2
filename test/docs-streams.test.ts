// Runs every ```js run=es``` block of docs/streams.md, in order, against the real node, and checks what each
// printed. Index names in the examples (products, orders-*, archived-orders) get a unique prefix here so runs
// in parallel do not meet.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import { Client } from '../src/client.js'
import { esUrl } from './support/es-url.js'

const root = new URL('..', import.meta.url)
const markdown = readFileSync(new URL('docs/streams.md', root), 'utf8')
const blocks = [...markdown.matchAll(/```js run=es\n([\s\S]*?)```/g)].map((m) => m[1] as string)
const entry = pathToFileURL(new URL('src/index.ts', root).pathname).href
const prefix = `docs-${randomBytes(3).toString('hex')}-`
const dir = mkdtempSync(join(tmpdir(), 'elastream-docs-streams-'))
writeFileSync(join(dir, 'package.json'), '{"type":"module"}')

const es = new Client({ node: esUrl })
t.teardown(async () => {
  for (const name of ['products', 'orders-2026.01', 'orders-2026.02', 'orders-2026.03', 'visits', 'archived-orders']) {
    await es.transport.request({ method: 'DELETE', path: `/${prefix}${name}` }, { ignore: [404] })
  }
  await es.close()
  rmSync(dir, { recursive: true, force: true })
})

/** What each example must print, in order (the comments in the examples say the same). */
const expected: RegExp[] = [
  /^5000 5000 0 \d+ ms$/,
  /^P-\d+ 99\.99$/,
  /^2002 ok, 0 failed$/,
  /^4 3 1$/,
  /^line 3: line 3 is not JSON/,
  /^199 lost orders$/,
  /^2002 1 2001 0$/,
]

t.equal(blocks.length, expected.length, 'every example has an expectation')

blocks.forEach((code, i) => {
  t.test(`example ${i + 1} runs and prints what it says`, async (t) => {
    const file = join(dir, `example-${i + 1}.mjs`)
    const source = code
      .replaceAll(`from 'elastream'`, `from '${entry}'`)
      .replace(/(['`])(products|orders|archived-orders|visits)/g, `$1${prefix}$2`)
    writeFileSync(file, source)
    const saved = process.env.ELASTICSEARCH_URL
    const log = console.log
    const lines: string[] = []
    process.env.ELASTICSEARCH_URL = esUrl
    console.log = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    }
    try {
      await import(pathToFileURL(file).href)
    } finally {
      console.log = log
      if (saved === undefined) delete process.env.ELASTICSEARCH_URL
      else process.env.ELASTICSEARCH_URL = saved
    }
    t.match(lines[0], expected[i]!, `printed: ${lines.join(' | ').slice(0, 300)}`)
  })
})

t.test('the option tables match the defaults in the code', async (t) => {
  const bulkTable = markdown.slice(
    markdown.indexOf('## What bulkStream guarantees'),
    markdown.indexOf('## What scan'),
  )
  for (const [name, value] of Object.entries({
    flushDocs: '1000',
    flushBytes: '5242880',
    flushInterval: '1000',
    concurrency: '4',
    retries: '5',
  })) {
    t.match(bulkTable, new RegExp(`\\| \`${name}\` \\| \`${value}\` \\|`), name)
  }
})
