// Malformed NDJSON, through the CLI (`elastream load`) and through the library (ndjson.parse + bulkStream):
// the good lines load, the counts add up, and stderr carries one line per problem, never a stack trace. The
// CLI names every bad line by its number, whatever made it bad (not JSON, or JSON that is not an object, null
// included); the library's parser names the lines that are not JSON, and bulkStream fails the values that are
// not documents. Runs against the shared test cluster; the CLI tests need lib/ (npm test builds it).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { ParseError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type BulkResult, bulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import * as ndjson from '../../src/ndjson.js'
import { runCli, uniqueName } from '../support/run-cli.js'
import { client, deleteIndex } from '../support/es.js'
import { esUrl } from '../support/es-url.js'

const es = client()
t.teardown(() => es.close())
const dir = mkdtempSync(join(tmpdir(), 'elastream-rel-ndjson-'))

// Line by line (1-based, blank lines count): what each one is, and whether it is a document. `false`: not
// JSON; 'value': JSON, but not an object (the CLI calls it a bad line; the library's parser passes values on).
const lines: Array<[text: string, good: boolean | 'value']> = [
  ['{"n":1}', true],
  ['{"n":2', false], // cut JSON
  ['', true], // blank: skipped, but counted
  ['[1,2,3]', 'value'], // JSON, not an object
  ['{"n":5}\r', true], // CRLF ending
  ['42', 'value'],
  ['"just a string"', 'value'],
  ['{"n":9}', true],
  ['not json at all', false],
  ['true', 'value'],
  ['   ', true], // whitespace only: skipped
  ['{"n":13,"nested":{"deep":{"x":["y","z"]}}}', true],
  ['{"n":14}{"n":15}', false], // two values on one line
  ['{"n":17}', true],
]
const text = `${lines.map(([l]) => l).join('\n')}\n`
const badLines = lines.flatMap(([, good], i) => (good === true ? [] : [i + 1]))
const notJson = lines.flatMap(([, good], i) => (good === false ? [i + 1] : []))
const goodDocs = lines.filter(([l, good]) => good === true && l.trim() !== '').length

t.test('library: ndjson.parse({ onBadLine: "result" }) into bulkStream', async (t) => {
  const index = `elastream-rel-ndjson-${uniqueName('lib')}`
  t.teardown(() => deleteIndex(es, index))
  const results: BulkResult[] = []
  const stream = bulkStream(es, { index, refresh: true })
  await pipeline(
    Readable.from([Buffer.from(text)]),
    ndjson.parse({ onBadLine: 'result' }),
    stream,
    new Writable({
      objectMode: true,
      write(r: BulkResult, _e, cb) {
        results.push(r)
        cb()
      },
    }),
  )
  t.equal(results.length, goodDocs + badLines.length, 'one result per non-blank line')
  t.equal(stream.stats.successful + stream.stats.failed, stream.stats.total, 'successful + failed == total')
  t.equal(stream.stats.successful, goodDocs, 'every good line indexed')
  const failed = results.filter((r) => !r.ok)
  t.equal(failed.length, badLines.length, 'every bad line and every value that is not a document failed')
  // Only the parser knows line numbers: its bad lines carry them; values it passed on are failed by bulkStream.
  const numbered = failed
    .map((r) => (r.error as { line?: number } | undefined)?.line)
    .filter((line) => line !== undefined)
    .sort((a, b) => a - b)
  t.same(numbered, notJson, 'each line that is not JSON reported with its own line number')
  const { count } = await es.transport.request<{ count: number }>({ method: 'GET', path: `/${index}/_count` })
  t.equal(count, goodDocs, 'the index holds exactly the good lines')
})

t.test('library: bulk() of the file\'s bytes (input "ndjson"): every bad line failed with its number', async (t) => {
  const index = `elastream-rel-ndjson-${uniqueName('bytes')}`
  t.teardown(() => deleteIndex(es, index))
  const failed: BulkResult[] = []
  // A byte stream (not object mode) is read at byte level; a null line is one more line that is not an object.
  const withNull = `${text}null\n`
  const stats = await bulk(es, Readable.from([Buffer.from(withNull)], { objectMode: false }), {
    index,
    refresh: true,
    onFailure: (r) => failed.push(r),
  })
  t.equal(stats.successful + stats.failed, stats.total, 'successful + failed == total')
  t.equal(stats.successful, goodDocs, 'every good line indexed')
  t.same(
    failed.map((r) => r.line).sort((a, b) => (a ?? 0) - (b ?? 0)),
    [...badLines, lines.length + 1],
    'each bad line failed, with its own line number',
  )
  const { count } = await es.transport.request<{ count: number }>({ method: 'GET', path: `/${index}/_count` })
  t.equal(count, goodDocs, 'the index holds exactly the good lines')
})

t.test('library: the default (onBadLine "error") stops at the first bad line and names it', async (t) => {
  const parser = ndjson.parse()
  const err = await pipeline(
    Readable.from([Buffer.from(text)]),
    parser,
    new Writable({ objectMode: true, write: (_v, _e, cb) => cb() }),
  ).then(
    () => undefined,
    (e: unknown) => e,
  )
  t.type(err, ParseError)
  t.equal((err as ParseError).line, 2, 'the first bad line')
})

t.test('CLI load: good lines loaded, bad ones named by line, counts add up, no stack trace', async (t) => {
  const index = uniqueName('rel-ndjson')
  t.teardown(() => deleteIndex(es, index))
  const file = join(dir, 'bad.ndjson')
  const deadLetter = join(dir, 'bad.dead.ndjson')
  writeFileSync(file, text)
  const r = await runCli(
    ['load', file, '--index', index, '--dead-letter', deadLetter],
    { env: { ELASTICSEARCH_URL: esUrl } },
  )
  t.equal(r.code, 1, `exit 1: some documents failed (${r.stderr})`)
  t.equal(r.stdout, '', 'stdout stays clean')
  // A frame is "    at fn (file:1:2)" or "    at file:1:2"; Elasticsearch's reasons may hold "at [Source: ...]".
  t.notMatch(r.stderr, /^\s+at .*:\d+:\d+\)?$/m, 'no stack trace')
  for (const line of badLines) t.match(r.stderr, new RegExp(`\\bline ${line}\\b`), `stderr names line ${line}`)
  t.match(r.stderr, new RegExp(`loaded ${goodDocs} documents`), 'the summary counts the good lines')
  t.match(r.stderr, new RegExp(`${badLines.length} failed`), 'and the bad ones')
  const dead = readFileSync(deadLetter, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { line?: number; raw?: string })
  t.same(
    dead.map((d) => d.line),
    badLines,
    'the dead letter file has every bad line, with its line number, in order',
  )
  const textOf = (line: number | undefined) => lines[(line ?? 0) - 1]?.[0]
  t.same(
    dead.map((d) => d.raw),
    dead.map((d) => textOf(d.line)),
    'each with the text of that very line',
  )
  const { count } = await es.transport.request<{ count: number }>({ method: 'GET', path: `/${index}/_count` })
  t.equal(count, goodDocs, 'the index holds exactly the good lines')
})

t.test('CLI load: a line that is JSON null is a bad line, not the end of the input', async (t) => {
  const index = uniqueName('rel-ndjson-null')
  t.teardown(() => deleteIndex(es, index))
  const file = join(dir, 'null.ndjson')
  writeFileSync(file, '{"n":1}\nnull\n{"n":3}\n')
  const r = await runCli(['load', file, '--index', index], { env: { ELASTICSEARCH_URL: esUrl } })
  t.equal(r.code, 1, 'exit 1: one document failed')
  t.match(r.stderr, /\bline 2\b/, `stderr names line 2 (${r.stderr})`)
  t.match(r.stderr, /loaded 2 documents/, 'the lines around it loaded')
  t.match(r.stderr, /1 failed/, 'and the null line failed')
})
