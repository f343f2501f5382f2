// `load`'s counts of a file with failing lines of every kind: each line that is not blank is counted once in the
// stats file's `docs` (= successful + failed) and written once to the dead-letter file, a line over 100 MiB in
// the middle and at the end (without its newline) included; with --transform, docs + dropped is every document.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import t from 'tap'
import { count, drop, esUrl } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'elastream-load-line-counts-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const LONG = 100 * 1024 * 1024 + 1

/** Writes the file without holding a long line: 1 MiB of x at a time. */
async function writeLines(file: string, pieces: Array<string | number>): Promise<void> {
  const out = createWriteStream(file)
  const x = Buffer.alloc(1024 * 1024, 'x')
  for (const p of pieces) {
    if (typeof p === 'string') {
      if (!out.write(p)) await once(out, 'drain')
      continue
    }
    for (let sent = 0; sent < p; sent += x.length) {
      if (!out.write(x.subarray(0, Math.min(x.length, p - sent)))) await once(out, 'drain')
    }
  }
  out.end()
  await once(out, 'close')
}

t.test('a line too long, not JSON, not an object, refused: each counted once in docs and failed', async (t) => {
  const index = uniqueName('load-line-counts')
  t.teardown(() => drop(index))
  const file = join(dir, 'mixed.ndjson')
  await writeLines(file, [
    '{"n":1}\n{"n":2}\n',
    '{"big":"', LONG, '"}\n', // line 3
    '{"n":4}\n\n   \n', // lines 5 and 6 blank
    'not json\n[1,2]\n{"n":}\n', // lines 7, 8, 9
    '{"n":10}\n',
    '{"big":"', LONG, '"}', // line 11, without its newline
  ])
  const stats = join(dir, 'stats.json')
  const deadLetter = join(dir, 'dead.ndjson')
  const r = await runCli(['load', file, '--index', index, '--stats-file', stats, '--dead-letter', deadLetter], {
    env: { ELASTICSEARCH_URL: esUrl },
    timeoutMs: 120_000,
  })
  t.equal(r.code, 1, r.stderr)
  const s = JSON.parse(readFileSync(stats, 'utf8'))
  t.same({ docs: s.docs, successful: s.successful, failed: s.failed }, { docs: 9, successful: 4, failed: 5 })
  const failed = readFileSync(deadLetter, 'utf8').trim().split('\n').map((l) => JSON.parse(l).line)
  t.same(failed.sort((a: number, b: number) => a - b), [3, 7, 8, 9, 11], 'each failed line once, by its number')
  t.equal(await count(index), 4)
})

t.test('--transform: the documents it drops are counted, so docs + dropped is every document read', async (t) => {
  const index = uniqueName('load-line-counts-drop')
  t.teardown(() => drop(index))
  const module = join(dir, 'drop-odd.mjs')
  writeFileSync(module, 'export default (doc) => (doc.n % 2 === 1 ? null : doc)\n')
  const ndjson = join(dir, 'ten.ndjson')
  writeFileSync(ndjson, `${Array.from({ length: 10 }, (_, i) => JSON.stringify({ n: i + 1 })).join('\n')}\n\nnot json\n`)
  const array = join(dir, 'ten.json')
  writeFileSync(array, JSON.stringify(Array.from({ length: 10 }, (_, i) => ({ n: i + 1 }))))
  for (const [file, read, failed] of [[ndjson, 11, 1], [array, 10, 0]] as const) {
    const stats = join(dir, 'drop.stats.json')
    const r = await runCli(['load', file, '--index', index, '--transform', module, '--stats-file', stats], {
      env: { ELASTICSEARCH_URL: esUrl },
    })
    t.equal(r.code, failed > 0 ? 1 : 0, r.stderr)
    const s = JSON.parse(readFileSync(stats, 'utf8'))
    t.same({ docs: s.docs, successful: s.successful, failed: s.failed, dropped: s.dropped }, { docs: read - 5, successful: 5, failed, dropped: 5 }, s.format)
    t.equal(s.docs + s.dropped, read, `${s.format}: docs + dropped = the ${read} documents read`)
    t.match(r.stderr, /; 5 dropped by --transform\n/)
  }
})

t.test('a JSON array: an element that is not an object fails by its number, a string of JSON is not loaded', async (t) => {
  const index = uniqueName('load-line-counts-array')
  t.teardown(() => drop(index))
  const file = join(dir, 'mixed.json')
  writeFileSync(file, '[{"n":1},"{\\"n\\":2}",3,"hello",[1],true]')
  const stats = join(dir, 'array.stats.json')
  const deadLetter = join(dir, 'array.dead.ndjson')
  const r = await runCli(['load', file, '--index', index, '--stats-file', stats, '--dead-letter', deadLetter], {
    env: { ELASTICSEARCH_URL: esUrl },
  })
  t.equal(r.code, 1, r.stderr)
  const s = JSON.parse(readFileSync(stats, 'utf8'))
  t.same({ docs: s.docs, successful: s.successful, failed: s.failed }, { docs: 6, successful: 1, failed: 5 })
  const failed = readFileSync(deadLetter, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  t.same(
    failed.map((f: { line: number; error: { reason: string } }) => [f.line, f.error.reason]),
    [
      [1, 'JSON array element 1 is a string, not a document (an object)'],
      [2, 'JSON array element 2 is a number, not a document (an object)'],
      [3, 'JSON array element 3 is a string, not a document (an object)'],
      [4, 'JSON array element 4 is an array, not a document (an object)'],
      [5, 'JSON array element 5 is a boolean, not a document (an object)'],
    ],
    'each by its element (counted from 0)',
  )
  t.equal(await count(index), 1, 'only the object is in the index')
})
