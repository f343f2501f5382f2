// Runs every ```js run=es``` block of docs/streams.md, in order, against the real node, and checks what each
// printed. Index names in the examples (products, orders-*, archived-orders) get a unique prefix here so runs
// in parallel do not meet.
import t from 'tap'
import { Client } from '../../src/client.js'
import { docBlocks } from '../support/doc-blocks.js'
import { esUrl } from '../support/es-url.js'

const doc = docBlocks('docs/streams.md', ['products', 'orders', 'archived-orders', 'visits'], { ELASTICSEARCH_URL: esUrl })
const { markdown, blocks, prefix } = doc

const es = new Client({ node: esUrl })
t.teardown(async () => {
  for (const name of ['products', 'orders-2026.01', 'orders-2026.02', 'orders-2026.03', 'visits', 'archived-orders']) {
    await es.transport.request({ method: 'DELETE', path: `/${prefix}${name}` }, { ignore: [404] })
  }
  await es.close()
  doc.cleanup()
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

blocks.forEach((_, i) => {
  t.test(`example ${i + 1} runs and prints what it says`, async (t) => {
    const lines = await doc.run(i)
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
