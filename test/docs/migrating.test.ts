// Runs the js run=es blocks of docs/migrating.md against the real node and checks what each printed.
import t from 'tap'
import { Client } from '../../src/client.js'
import { docBlocks } from '../support/doc-blocks.js'
import { esUrl } from '../support/es-url.js'

const indices = ['migrate-settings', 'migrate-books', 'mywords-copy', 'mywords']
const doc = docBlocks('docs/migrating.md', indices, { ELASTICSEARCH_URL: esUrl })
const es = new Client({ node: esUrl })
t.teardown(async () => {
  for (const name of indices) {
    await es.transport.request({ method: 'DELETE', path: `/${doc.prefix}${name}` }, { ignore: [404] })
  }
  await es.close()
  doc.cleanup()
})

const expected = [/^2 2 2$/, /^Dune 200 true 404$/, /^3 1 4$/, /^4 1 4$/]
t.equal(doc.blocks.length, expected.length, 'every example has an expectation')
doc.blocks.forEach((_, i) => {
  t.test(`example ${i + 1} prints what it says`, async (t) => {
    const lines = await doc.run(i)
    t.match(lines[0], expected[i]!, lines.join(' | '))
  })
})
