/** `load FILE --part i/n` on the real node: n loads of one file, every document once (issue 19 item 7). */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { count, drop, esUrl, ids } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-load-part-'))

t.test('five parts loaded side by side hold every line once', async (t) => {
  const index = uniqueName('load-part')
  t.teardown(() => drop(index))
  const file = join(dir, 'docs.ndjson')
  let text = ''
  for (let n = 0; n < 2000; n++) text += `{"_id":"d${n}","n":${n},"pad":"${'p'.repeat(n % 70)}"}\n`
  writeFileSync(file, text)
  const runs = await Promise.all(
    [1, 2, 3, 4, 5].map((i) => runCli(['load', file, '--index', index, '--part', `${i}/5`], { env })),
  )
  for (const r of runs) t.equal(r.code, 0, r.stderr)
  t.equal(await count(index), 2000)
  t.same(await ids(index), Array.from({ length: 2000 }, (_, n) => `d${n}`).sort())

  const gz = join(dir, 'docs.ndjson.gz')
  writeFileSync(gz, gzipSync(text))
  const refused = await runCli(['load', gz, '--index', index, '--part', '1/2'], { env })
  t.equal(refused.code, 2)
  t.match(refused.stderr, /--part: .* is gzip, which cannot be read from the middle/)
  const stdin = await runCli(['load', '-', '--index', index, '--part', '1/2'], { env, stdin: text })
  t.equal(stdin.code, 2)
  t.match(stdin.stderr, /--part needs a local file/)
})
