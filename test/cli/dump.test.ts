import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, esUrl, seed } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'
import { childEnv } from '../support/child-env.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-dump-'))
const index = uniqueName('dump')

t.before(() => seed(index, 1200))
t.teardown(() => drop(index))

function parseLines(text: string): any[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
}

t.test('dump writes every document to stdout as NDJSON, summary on stderr', async (t) => {
  const r = await runCli(['dump', index, '--batch', '250'], { env })
  t.equal(r.code, 0, r.stderr)
  const lines = parseLines(r.stdout)
  t.equal(lines.length, 1200)
  t.same(new Set(lines.map((l) => l._id)).size, 1200, 'no duplicates')
  t.same(Object.keys(lines[0]), ['_index', '_id', '_source'])
  t.equal(lines[0]._index, index)
  t.match(r.stderr, new RegExp(`^dumped 1,200 documents from ${index} in `))
})

t.test('--query, --fields, --source-only, -o FILE', async (t) => {
  const out = join(dir, 'even.ndjson')
  const r = await runCli(
    ['dump', index, '--query', '{"term":{"even":true}}', '--fields', 'n', '--source-only', '-o', out],
    { env },
  )
  t.equal(r.code, 0, r.stderr)
  t.equal(r.stdout, '', 'nothing on stdout when -o is given')
  const lines = parseLines(readFileSync(out, 'utf8'))
  t.equal(lines.length, 600)
  t.ok(
    lines.every((l) => Object.keys(l).join() === 'n' && l.n % 2 === 0),
    'only the even docs, only field n',
  )
})

t.test('--slices reads in parallel and still yields each document once', async (t) => {
  const r = await runCli(['dump', index, '--slices', '2', '--batch', '100'], { env })
  t.equal(r.code, 0, r.stderr)
  const ids = parseLines(r.stdout).map((l) => l._id)
  t.equal(ids.length, 1200)
  t.equal(new Set(ids).size, 1200)
})

t.test('a missing index is one line and exit 5; a bad query is one line and exit 1', async (t) => {
  const missing = await runCli(['dump', 'cli-no-such-index-anywhere'], { env })
  t.equal(missing.code, 5)
  t.equal(missing.stdout, '')
  t.equal(
    missing.stderr,
    `elastream: index "cli-no-such-index-anywhere" does not exist at ${esUrl.replace(/\/$/, '')}\n`,
  )
  const badQuery = await runCli(['dump', index, '--query', '{"mtch":{}}'], { env })
  t.equal(badQuery.code, 1)
  t.match(
    badQuery.stderr,
    /^elastream: Elasticsearch at \S+ answered 400 parsing_exception: unknown query \[mtch\][^\n]*\n$/,
  )
  const notJson = await runCli(['dump', index, '--query', '{mtch'], { env })
  t.equal(notJson.code, 2)
  t.match(notJson.stderr, /--query is not valid JSON/)
})

t.test('dump | head: the reader leaving early is not an error', async (t) => {
  const { spawn } = await import('node:child_process')
  const { bin } = await import('../support/run-cli.js')
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [bin, 'dump', index, '--batch', '50'], {
      env: childEnv(env),
    })
    let seen = 0
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.length
      // Read a little, then hang up like `head -1` does.
      if (seen > 0) child.stdout.destroy()
    })
    child.on('close', (c) => resolve(c))
  })
  t.equal(code, 0)
})
