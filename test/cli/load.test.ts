import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { count, drop, es, esUrl, ids } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-load-'))

function docs(n: number, from = 0): string {
  let out = ''
  for (let i = from; i < from + n; i++)
    out += `${JSON.stringify({ id: `d${i}`, n: i, tag: i % 3 === 0 ? 'x' : 'y' })}\n`
  return out
}

t.test('an NDJSON file loads whole, with ids from --id-field, and says so in one line', async (t) => {
  const index = uniqueName('load-file')
  t.teardown(() => drop(index))
  const file = join(dir, 'a.ndjson')
  writeFileSync(file, docs(2500))
  const r = await runCli(['load', file, '--index', index, '--id-field', 'id', '--batch', '300'], { env })
  t.equal(r.code, 0, r.stderr)
  t.equal(r.stdout, '', 'stdout stays clean')
  t.match(r.stderr, new RegExp(`^loaded 2,500 documents into ${index} in [\\d.]+s \\(.*docs/s, .*\\)\\n$`))
  t.notMatch(r.stderr, /\r/, 'no progress bar when stderr is not a terminal')
  t.equal(await count(index), 2500, 'refreshed: counted right after')
  const got = await ids(index)
  t.equal(got.length, 2500)
  t.ok(got.includes('d0') && got.includes('d2499'))
})

t.test('stdin (-), gzip and a JSON array are detected, not declared', async (t) => {
  const index = uniqueName('load-formats')
  t.teardown(() => drop(index))
  const plain = await runCli(['load', '-', '--index', index, '--id-field', 'id'], { env, stdin: docs(10) })
  t.equal(plain.code, 0, plain.stderr)
  const gz = await runCli(['load', '-', '--index', index, '--id-field', 'id'], {
    env,
    stdin: gzipSync(docs(10, 10)),
  })
  t.equal(gz.code, 0, gz.stderr)
  t.match(gz.stderr, /gzip\)/)
  const array = `  \n[${docs(10, 20).trim().split('\n').join(',\n')}]`
  const arr = await runCli(['load', '-', '--index', index, '--id-field', 'id'], {
    env,
    stdin: gzipSync(array),
  })
  t.equal(arr.code, 0, arr.stderr)
  t.match(arr.stderr, /loaded 10 documents/)
  t.equal(await count(index), 30)
})

t.test(
  'a malformed line is named by its number, goes to the dead letter file, and the rest loads',
  async (t) => {
    const index = uniqueName('load-bad')
    t.teardown(() => drop(index))
    const lines = docs(6).split('\n')
    lines.splice(2, 0, '{"broken": ') // line 3
    lines.splice(5, 0, 'not json at all') // line 6
    const deadLetter = join(dir, 'dead.ndjson')
    const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter], {
      env,
      stdin: lines.join('\n'),
    })
    t.equal(r.code, 1, 'non-zero: something failed')
    t.match(r.stderr, /^elastream: line 3: not JSON/m)
    t.match(r.stderr, /^elastream: line 6: not JSON/m)
    t.match(
      r.stderr,
      new RegExp(
        `loaded 6 documents into ${index} .*; 2 failed, written to ${deadLetter.replace(/[.]/g, '\\.')}`,
      ),
    )
    t.notMatch(r.stderr, /\n\s+at /, 'no stack trace')
    t.equal(await count(index), 6)
    const dead = readFileSync(deadLetter, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    t.equal(dead.length, 2)
    t.same(
      dead.map((d) => [d.line, d.raw, d.error.type]),
      [
        [3, '{"broken": ', 'parse_error'],
        [6, 'not json at all', 'parse_error'],
      ],
    )
  },
)

t.test('a JSON line that is not an object is named by its number too, on stderr and in the dead letter file', async (t) => {
  const index = uniqueName('load-not-object')
  t.teardown(() => drop(index))
  const input = ['{"n":1}', '["an","array"]', '{"n":3}', '', '42', 'null', '"text"', '{"n":8}'].join('\n')
  const deadLetter = join(dir, 'not-object.ndjson')
  const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter], { env, stdin: input })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /^elastream: line 2: not a JSON object: it is an array$/m)
  t.match(r.stderr, /^elastream: line 5: not a JSON object: it is a number$/m)
  t.match(r.stderr, /^elastream: line 6: not a JSON object: it is null$/m)
  t.match(r.stderr, /^elastream: line 7: not a JSON object: it is a string$/m)
  t.match(r.stderr, /loaded 3 documents into .*; 4 failed/)
  t.equal(await count(index), 3)
  const dead = readFileSync(deadLetter, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  t.same(
    dead.map((d) => [d.line, d.raw, d.error.type]),
    [
      [2, '["an","array"]', 'parse_error'],
      [5, '42', 'parse_error'],
      [6, 'null', 'parse_error'],
      [7, '"text"', 'parse_error'],
    ],
  )
})

t.test('documents Elasticsearch rejects are dead-lettered with their error and the document', async (t) => {
  const index = uniqueName('load-rejected')
  t.teardown(() => drop(index))
  await es('PUT', `/${index}`, { mappings: { properties: { n: { type: 'integer' } } } })
  const input = '{"n":1}\n{"n":"not a number"}\n{"n":3}\n'
  const deadLetter = join(dir, 'rejected.ndjson')
  const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter], { env, stdin: input })
  t.equal(r.code, 1)
  // Named by its line: the byte path keeps every line's number, the failures Elasticsearch answers too.
  t.match(r.stderr, /^elastream: line 2: (document_parsing_exception|mapper_parsing_exception)/m)
  const dead = readFileSync(deadLetter, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  t.equal(dead.length, 1)
  t.equal(dead[0].status, 400)
  t.same(dead[0].doc, { n: 'not a number' })
  t.match(dead[0].error.type, /parsing_exception/)
  t.equal(await count(index), 2)
})

t.test('a dump file loads back with its _id', async (t) => {
  const index = uniqueName('load-dumpformat')
  t.teardown(() => drop(index))
  const input =
    '{"_index":"elsewhere","_id":"keep-me","_source":{"a":1}}\n{"_index":"elsewhere","_id":"me-too","_source":{"a":2}}\n'
  const r = await runCli(['load', '-', '--index', index], { env, stdin: input })
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(index), ['keep-me', 'me-too'])
  const doc = await es('GET', `/${index}/_doc/keep-me`)
  t.same(doc._source, { a: 1 }, 'the source, not the wrapper')
})

t.test(
  'a truncated JSON array: the elements before the break are loaded, the error is one line',
  async (t) => {
    const index = uniqueName('load-truncated')
    t.teardown(() => drop(index))
    const r = await runCli(['load', '-', '--index', index], { env, stdin: '[{"a":1},{"a":2},{"a":' })
    t.equal(r.code, 1)
    t.match(r.stderr, /stopped after loading 2 documents/)
    t.match(r.stderr, /elastream: input is not valid JSON: JSON array element 2/)
    t.equal(await count(index), 2)
  },
)

t.test('usage errors exit 2 before touching anything', async (t) => {
  const noIndex = await runCli(['load', '-'], { env })
  t.equal(noIndex.code, 2)
  t.equal(noIndex.stderr, 'elastream: load needs --index NAME (the index to load into)\n')
  const typo = await runCli(['load', '-', '--indx', 'x'], { env })
  t.equal(typo.code, 2)
  t.match(typo.stderr, /unknown flag --indx for "load"; did you mean --index\?/)
  const missing = await runCli(['load', join(dir, 'nope.ndjson'), '--index', 'x'], { env })
  t.equal(missing.code, 1)
  t.match(missing.stderr, /nope\.ndjson: no such file\n$/)
  const badNumber = await runCli(['load', '-', '--index', 'x', '--concurrency', 'many'], { env })
  t.equal(badNumber.code, 2)
  t.match(badNumber.stderr, /--concurrency must be an integer >= 1, got "many"/)
  const command = await runCli(['lod'], { env })
  t.equal(command.code, 2)
  t.match(command.stderr, /unknown command "lod"; did you mean "load"\?/)
})

t.test('--quiet prints nothing on success; --stats-file has the numbers', async (t) => {
  const index = uniqueName('load-quiet')
  t.teardown(() => drop(index))
  const stats = join(dir, 'stats.json')
  const r = await runCli(['load', '-', '--index', index, '--quiet', '--stats-file', stats], {
    env,
    stdin: docs(42),
  })
  t.equal(r.code, 0)
  t.equal(r.stderr, '')
  const s = JSON.parse(readFileSync(stats, 'utf8'))
  t.match(s, { command: 'load', docs: 42, failed: 0, successful: 42, format: 'ndjson', gzip: false })
  t.ok(s.bytes > 0 && s.seconds > 0)
})
