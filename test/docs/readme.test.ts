// Runs every ```js run=es``` block of README.md against the real node, so the README cannot rot.
// Each block is written to a temporary ES module importing the package source, and must exit cleanly
// and print what its comments promise.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { readDocBlocks } from '../support/doc-blocks.js'
import { esUrl } from '../support/es-url.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const blocks = readDocBlocks('README.md', 'es').blocks.map((b) => b.code)
// The built package: `npm test` builds before it runs tap, and users import the same files.
const entry = pathToFileURL(join(root, 'lib', 'index.js')).href
const dir = mkdtempSync(join(tmpdir(), 'elastream-readme-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

t.equal(blocks.length, 5, 'the README has its five runnable examples')

// What each example must print, in order: the promise its comments make.
const expected: RegExp[] = [
  /\[\s*\{ title: 'streams in node' \}\s*\]/,
  /^3 indexed, 0 failed$/m,
  /^5000$/m,
  /^\S+ \{ title: 'python' \}$/m,
  /^2$/m,
]

blocks.forEach((code, i) => {
  t.test(`README example ${i + 1} runs against the real node`, async (t) => {
    const file = join(dir, `example-${i + 1}.mjs`)
    writeFileSync(file, code.replaceAll(`from 'elastream'`, `from '${entry}'`))
    const { stdout, stderr } = await run(process.execPath, [file], {
      env: { ...process.env, ELASTICSEARCH_URL: esUrl },
      timeout: 120_000,
    })
    t.equal(stderr, '', 'nothing on stderr')
    t.match(stdout, expected[i] as RegExp, 'prints what the README says')
  })
})
