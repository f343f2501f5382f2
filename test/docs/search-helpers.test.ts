// Runs the js run=es blocks of docs/search-helpers.md against the real node and checks what each printed.
import t from 'tap'
import { Client } from '../../src/client.js'
import { docBlocks } from '../support/doc-blocks.js'
import { esUrl } from '../support/es-url.js'

const doc = docBlocks('docs/search-helpers.md', ['numbers'], { ELASTICSEARCH_URL: esUrl })
const es = new Client({ node: esUrl })
t.teardown(async () => {
  await es.transport.request({ method: 'DELETE', path: `/${doc.prefix}numbers` }, { ignore: [404] })
  await es.close()
  doc.cleanup()
})

const expected = [/^true 1000 true$/]
t.equal(doc.blocks.length, expected.length, 'every example has an expectation')
doc.blocks.forEach((_, i) => {
  t.test(`example ${i + 1} prints what it says`, async (t) => {
    const lines = await doc.run(i)
    t.match(lines[0], expected[i]!, lines.join(' | '))
  })
})
