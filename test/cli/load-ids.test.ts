// An id is the id as written in the file (issue 22 items 1 and 7): a number keeps every digit, _source is never
// rewritten by picking an id, --id-field takes nested paths, and an id that cannot be one refuses its line
// (named, with the field) instead of silently becoming a generated id. Against the real node, through the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, es, esUrl, ids } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-load-ids-'))

async function load(name: string, text: string, args: string[] = []) {
  const file = join(dir, `${name}.ndjson`)
  writeFileSync(file, text)
  const index = uniqueName(name)
  t.teardown(() => drop(index))
  const deadLetter = join(dir, `${name}.failed.ndjson`)
  const r = await runCli(['load', file, '--index', index, '--dead-letter', deadLetter, ...args], { env })
  await es('POST', `/${index}/_refresh`)
  const failed = r.code === 1 ? readFileSync(deadLetter, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : []
  return { r, index, failed }
}

/** The raw search answer: `_source` in it is the bytes that were indexed. */
async function rawHits(index: string): Promise<string> {
  const res = await fetch(new URL(`/${index}/_search?size=100&sort=_doc`, esUrl))
  return res.text()
}

t.test('numeric ids above 2^53 keep every digit, on every kind of line', async (t) => {
  const big = ['12345678901234567890', '12345678901234567891']
  for (const [name, line] of [
    ['meta', (id: string, n: number) => `{"_id":${id},"n":${n}}`],
    ['dump', (id: string, n: number) => `{"_index":"x","_id":${id},"_source":{"n":${n}}}`],
  ] as const) {
    const { r, index } = await load(`big-${name}`, `${line(big[0]!, 1)}\n${line(big[1]!, 2)}\n`)
    t.equal(r.code, 0, r.stderr)
    t.match(r.stderr, /^loaded 2 documents/)
    t.same(await ids(index), big, `${name} lines: two documents, their ids exactly as written`)
  }
})

t.test('--id-field with long numbers: exact ids, and _source keeps the number as written', async (t) => {
  const { r, index } = await load(
    'big-field',
    '{"sku":9007199254740993,"name":"a"}\n{"sku":9007199254740995,"name":"b"}\n',
    ['--id-field', 'sku'],
  )
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(index), ['9007199254740993', '9007199254740995'], '2^53 + 1 and + 3: a JavaScript number makes them ...992 and ...996')
  const raw = await rawHits(index)
  t.ok(raw.includes('"_source":{"sku":9007199254740993,"name":"a"}'), 'the source bytes are the line: sku not rewritten')
  t.ok(raw.includes('"_source":{"sku":9007199254740995,"name":"b"}'))
})

t.test('numbers as written: 7 is "7" whatever the line shape, 1.0 stays "1.0"', async (t) => {
  const { r, index } = await load(
    'small-numbers',
    [
      '{"_id":7,"_source":{"a":1}}', // a dump line got a generated id here before
      '{"_id":8,"a":1}',
      '{"_index":"x","_id":1.0,"_source":{"a":1}}',
      '{"_id":-3,"_score":1,"_source":{"a":1}}',
    ].join('\n'),
  )
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(index), ['-3', '1.0', '7', '8'])
})

t.test('--id-field: a nested path, a dotted key, a dump line (the id from its _source)', async (t) => {
  const { r, index } = await load(
    'nested',
    [
      '{"meta":{"sku":"a-1"},"x":1}',
      '{"meta.sku":"a-2","x":2}',
      '{"meta":{"sku":3},"x":3}',
      '{"_index":"old","_id":"ignored","_source":{"meta":{"sku":"a-4"}}}',
      '{"meta":{"sku":"a-5","other":{"sku":"no"}},"sku":"no"}',
    ].join('\n'),
    ['--id-field', 'meta.sku'],
  )
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(index), ['3', 'a-1', 'a-2', 'a-4', 'a-5'])
  const reload = await runCli(['load', join(dir, 'nested.ndjson'), '--index', index, '--id-field', 'meta.sku'], { env })
  t.equal(reload.code, 0, reload.stderr)
  await es('POST', `/${index}/_refresh`)
  t.equal((await ids(index)).length, 5, 'loading the file again overwrites, it does not duplicate')
})

t.test('ids that cannot be ids refuse their line, named with the field; the others load', async (t) => {
  const lines = [
    '{"_id":{"a":1},"_source":{"n":1}}',
    '{"_id":null,"_source":{"n":2}}',
    '{"_id":[1],"n":3}',
    '{"_id":true,"_source":{"n":4}}',
    '{"_id":"ok","_source":{"n":5}}',
  ]
  const { r, index, failed } = await load('bad-ids', `${lines.join('\n')}\n`)
  t.equal(r.code, 1)
  t.same(await ids(index), ['ok'], 'no generated id in place of a bad one')
  t.same(
    failed.map((f) => [f.line, f.error.reason]),
    [
      [1, 'line 1 has an _id that is an object: an id must be a string or a number'],
      [2, 'line 2 has an _id that is null: an id must be a string or a number'],
      [3, 'line 3 has an _id that is an array: an id must be a string or a number'],
      [4, 'line 4 has an _id that is a boolean: an id must be a string or a number'],
    ],
  )
  t.match(r.stderr, /line 1: illegal_argument: has an _id that is an object: an id must be a string or a number/)
})

t.test('--id-field: a line without the field, or with it twice, is refused; never a generated id', async (t) => {
  const { r, index, failed } = await load(
    'missing-field',
    '{"meta":{"sku":"a"}}\n{"meta":{"other":1}}\n{"meta":{"sku":null}}\n{"meta":{"sku":"b"},"meta.sku":"c"}\n{"sku":"top"}\n',
    ['--id-field', 'meta.sku'],
  )
  t.equal(r.code, 1)
  t.same(await ids(index), ['a'])
  t.same(
    failed.map((f) => f.error.reason),
    [
      'line 2 has no field "meta.sku" (--id-field)',
      'line 3 has field "meta.sku" (--id-field) that is null: an id must be a string or a number',
      'line 4 has 2 values for field "meta.sku" (--id-field): an id is one value',
      'line 5 has no field "meta.sku" (--id-field)',
    ],
  )
})

t.test('--id-field that names no field is refused before anything is read', async (t) => {
  for (const bad of ['', '.sku', 'sku.']) {
    const r = await runCli(['load', '-', '--index', 'never', '--id-field', bad], { env, stdin: '{"a":1}\n' })
    t.equal(r.code, 2, r.stderr)
    t.match(r.stderr, `--id-field must name a field (a or a.b), got ${JSON.stringify(bad)}`)
  }
})

t.test('JSON arrays (parsed): a number id kept exactly or refused, nested --id-field, bad ids refused', async (t) => {
  const file = join(dir, 'array.json')
  writeFileSync(
    file,
    JSON.stringify([{ meta: { sku: 'x1' } }, { meta: { sku: 2 } }, { meta: {} }]).replace(
      '{"meta":{}}',
      '{"meta":{"sku":12345678901234567890}},{"meta":{}}',
    ),
  )
  const index = uniqueName('array-ids')
  t.teardown(() => drop(index))
  const r = await runCli(['load', file, '--index', index, '--id-field', 'meta.sku'], { env })
  t.equal(r.code, 1, r.stderr)
  await es('POST', `/${index}/_refresh`)
  t.same(await ids(index), ['2', 'x1'])
  t.match(r.stderr, /element 2 has field "meta.sku" \(--id-field\) that is the number 12345678901234567000, which a JSON array \(parsed\) cannot carry exactly/)
  t.match(r.stderr, /element 3 has no field "meta.sku"/)

  const dump = join(dir, 'array-dump.json')
  writeFileSync(dump, '[{"_id":7,"_source":{"a":1}},{"_id":12345678901234567890,"_source":{"a":2}},{"_id":null,"_source":{}}]')
  const index2 = uniqueName('array-dump-ids')
  t.teardown(() => drop(index2))
  const r2 = await runCli(['load', dump, '--index', index2], { env })
  t.equal(r2.code, 1, r2.stderr)
  await es('POST', `/${index2}/_refresh`)
  t.same(await ids(index2), ['7'], 'no rounded id, no generated id')
  t.match(r2.stderr, /element 1 has an _id that is the number/)
  t.match(r2.stderr, /element 2 has an _id that is null/)
})

t.test('metadata in a document: the document is the other members as written, long numbers and all', async (t) => {
  const { r, index } = await load(
    'meta-bytes',
    [
      '{"_id":"m1","n":9007199254740993,"f":1.0,"s":"é"}',
      '{"n":9007199254740995,"_index":"elsewhere","_id":9007199254740997}',
      '{"_routing":"r1","_id":"m3","deep":{"n":9007199254740999}}',
    ].join('\n'),
  )
  t.equal(r.code, 0, r.stderr)
  t.same(await ids(index), ['9007199254740997', 'm1', 'm3'])
  const raw = await rawHits(index)
  t.ok(raw.includes('"_source":{"n":9007199254740993,"f":1.0,"s":"é"}'), 'bytes as written: a parse makes it ...992 and 1')
  t.ok(raw.includes('"_source":{"n":9007199254740995}'), '_index and _id taken out, nothing else touched')
  t.ok(raw.includes('"_routing":"r1","_source":{"deep":{"n":9007199254740999}}'), 'routing kept, source as written')
})
