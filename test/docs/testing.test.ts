// Runs the example test file of docs/testing.md with `node --test`, importing the built package (lib/) as
// 'elastream' and 'elastream/testing', and checks that every test in it passed. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import { childEnv } from '../support/child-env.js'
import { readDocBlocks } from '../support/doc-blocks.js'

const root = new URL('../..', import.meta.url)
const blocks = readDocBlocks('docs/testing.md', 'test').blocks.map((b) => b.code)

t.equal(blocks.length, 1, 'one example test file')

t.test('the example test file of docs/testing.md passes under node --test', async (t) => {
  const lib = (file: string) => pathToFileURL(new URL(`lib/${file}`, root).pathname).href
  const source = blocks[0]!
    .replaceAll(`from 'elastream/testing'`, `from '${lib('testing/index.js')}'`)
    .replaceAll(`from 'elastream'`, `from '${lib('index.js')}'`)
  const dir = mkdtempSync(join(tmpdir(), 'elastream-docs-testing-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'app.test.mjs')
  writeFileSync(file, source)
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { encoding: 'utf8', timeout: 60_000, env: childEnv() })
  const out = `${run.stdout}\n${run.stderr}`
  t.equal(run.status, 0, out)
  t.match(run.stdout, /^# pass 3$/m, 'three tests passed')
  t.match(run.stdout, /^# fail 0$/m)
})
