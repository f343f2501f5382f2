// docs/guarantees.md links each promise to the test that proves it. This keeps the links true: every linked
// file exists and holds a test of that name, so a renamed or deleted test breaks the build, not the page.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const page = readFileSync(join(root, 'docs', 'guarantees.md'), 'utf8')

// A proof is written [`test/x.test.ts`](../test/x.test.ts) › *the test's name (or its fixed part)*.
const PROOF = /\[`(test\/[^`]+)`\]\(\.\.\/([^)]+)\) › \*([^*]+)\*/g
const proofs = [...page.matchAll(PROOF)].map(([, label, link, name]) => ({ label, link, name }))

t.test('every promise links a test that exists, by file and name', async (t) => {
  t.ok(proofs.length >= 20, `${proofs.length} proofs linked`)
  for (const { label, link, name } of proofs) {
    const file = join(root, link!)
    t.equal(label, link, `${label}: the link goes where its text says`)
    t.ok(existsSync(file), `${link} exists`)
    // Test names are string literals: compare with their text as a reader sees it (escapes undone).
    const source = existsSync(file) ? readFileSync(file, 'utf8').replaceAll("\\'", "'").replaceAll('\\"', '"') : ''
    t.ok(source.includes(name!), `${link} has a test named "${name}"`)
  }
})

t.test('README links the page', async (t) => {
  t.match(readFileSync(join(root, 'README.md'), 'utf8'), /\(docs\/guarantees\.md\)/)
})
