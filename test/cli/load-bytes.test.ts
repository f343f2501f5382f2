// load on the byte path (plain NDJSON and dump lines, no --id-field): documents reach the index as the bytes of
// their lines, whatever the chunking, and every promise of the object path still holds (line numbers, dead
// letters, counts, gzip, Ctrl-C, a broken input).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { count, drop, es, esUrl, ids } from '../support/es-direct.js'
import { interruptQuietLoad, runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-load-bytes-'))

/** The raw response text of a search for every document: `_source` is in it as the bytes that were indexed. */
async function rawSources(index: string): Promise<string> {
  await es('POST', `/${index}/_refresh`)
  const res = await fetch(new URL(`/${index}/_search?size=10000`, esUrl))
  return res.text()
}

function deadLetters(file: string): any[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
}

t.test('documents are indexed byte for byte: number spellings, non-ASCII text, chunks cut inside a character', async (t) => {
  const index = uniqueName('bytes-exact')
  t.teardown(() => drop(index))
  const lines: string[] = []
  // Spellings JSON.parse + JSON.stringify would change: the object path writes 1, 100, 0, 120, "é".
  lines.push('{"f":1.0,"e":1e2,"z":-0.0,"E":1.2E+2,"u":"\\u00e9","sp": [ 1 ,2 ]}')
  let size = Buffer.byteLength(`${lines[0]}\n`)
  for (let n = 0; size < 200_000; n++) {
    const line = `{"n":${n},"t":"${'日本語é🙂'.repeat(1 + (n % 7))}"}`
    lines.push(line)
    size += Buffer.byteLength(line) + 1
  }
  const text = `${lines.join('\n')}\n`
  const bytes = Buffer.from(text)
  // A file is read in 64 KiB chunks: make sure that boundary falls inside a multibyte character.
  t.equal(bytes[65536]! & 0xc0, 0x80, 'byte 65536 is a UTF-8 continuation byte')
  const file = join(dir, 'exact.ndjson')
  writeFileSync(file, bytes)
  const r = await runCli(['load', file, '--index', index], { env })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, new RegExp(`^loaded ${lines.length.toLocaleString('en-US')} documents into `))
  const raw = await rawSources(index)
  const missing = lines.filter((l) => !raw.includes(`"_source":${l}`))
  t.same(missing, [], 'every line is a _source, byte for byte')
  // gzip: gunzip hands out 16 KiB pieces, cut anywhere.
  const gzIndex = uniqueName('bytes-exact-gz')
  t.teardown(() => drop(gzIndex))
  const gz = await runCli(['load', '-', '--index', gzIndex], { env, stdin: gzipSync(bytes) })
  t.equal(gz.code, 0, gz.stderr)
  t.match(gz.stderr, /gzip\)/)
  const gzRaw = await rawSources(gzIndex)
  t.same(lines.filter((l) => !gzRaw.includes(`"_source":${l}`)), [], 'gzip: every line byte for byte too')
})

t.test('dump lines keep their _id, _routing and _source bytes; a mixed file loads each line as what it is', async (t) => {
  const index = uniqueName('bytes-dump')
  t.teardown(() => drop(index, `${index}-elsewhere`))
  const deadLetter = join(dir, 'mixed.ndjson')
  const input = [
    '{"_index":"old","_id":"a","_source":{"v":1.50,"s":"\\"}"}}',
    '{"plain":1.0,"s":"_id"}',
    '{"_index":"old","_id":"r","_routing":"route-1","_source":{"v":2}}',
    // Not a dump line (another key): metadata in the document, read as the object path always read it.
    '{"_source":{"v":3},"other":"ignored, as with a search hit"}',
    '{"word":"foo","_id":"py-1"}',
    '{"_id":"after","_score":1,"sort":[1],"_source":{"v":4e0}}',
    '{"_id":"bad","_source":5}',
    // A hit of Elasticsearch 6/7 (elasticdump): into --index too, not into the index the line names.
    `{"_index":"${index}-elsewhere","_type":"_doc","_id":"typed","_score":1,"_source":{"v":5}}`,
  ].join('\n')
  const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter], { env, stdin: input })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /^elastream: line 7: /m, 'a _source that is not an object is refused, with its line')
  t.match(r.stderr, /loaded 7 documents into .*; 1 failed/)
  const got = await ids(index)
  t.equal(got.length, 7)
  t.ok(['a', 'after', 'py-1', 'r', 'typed'].every((id) => got.includes(id)), `dump ids kept: ${got}`)
  t.same(await es('GET', `/${index}-elsewhere/_count`).then((c) => c.status), 404, 'no index named by a line')
  const raw = await rawSources(index)
  t.ok(raw.includes('"_source":{"v":1.50,"s":"\\"}"}'), 'dump source bytes as written')
  t.ok(raw.includes('"_source":{"v":4e0}'), 'a dump line with hit keys after _source')
  t.ok(raw.includes('"_source":{"plain":1.0,"s":"_id"}'), 'the plain line next to them, "_id" in a value')
  t.ok(raw.includes('"_source":{"v":3}'), 'metadata in the document: the _source')
  t.ok(raw.includes('"_source":{"word":"foo"}'), 'metadata in the document: the rest')
  t.match(raw, /"_id":"r",("_score":[\d.]+,)?"_routing":"route-1"/, 'routing kept')
  const dead = deadLetters(deadLetter)
  t.equal(dead.length, 1)
  t.same([dead[0].line, dead[0].doc], [7, { _id: 'bad', _source: 5 }])
})

t.test('a file of only bad lines: each named and dead-lettered, nothing loaded, exit 1, counts right', async (t) => {
  const index = uniqueName('bytes-allbad')
  t.teardown(() => drop(index))
  const deadLetter = join(dir, 'allbad.ndjson')
  const stats = join(dir, 'allbad.stats.json')
  // (not starting with `[`, which would make it a JSON array)
  const input = 'nope\n[1]\n\n"s"\n{"x":\n'
  const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter, '--stats-file', stats], {
    env,
    stdin: input,
  })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /^elastream: line 1: not JSON: /m)
  t.match(r.stderr, /^elastream: line 2: not a JSON object: it is an array$/m)
  t.match(r.stderr, /^elastream: line 4: not a JSON object: it is a string$/m)
  t.match(r.stderr, /^elastream: line 5: not JSON: /m)
  t.match(r.stderr, /loaded 0 documents into .*; 4 failed, written to /)
  t.same(
    deadLetters(deadLetter).map((d) => [d.line, d.raw, d.error.type]),
    [
      [1, 'nope', 'parse_error'],
      [2, '[1]', 'parse_error'],
      [4, '"s"', 'parse_error'],
      [5, '{"x":', 'parse_error'],
    ],
  )
  const s = JSON.parse(readFileSync(stats, 'utf8'))
  t.match(s, { docs: 4, failed: 4, successful: 0, bytes: Buffer.byteLength(input) })
})

t.test('a BOM, CRLF, blank lines, a raw \\r inside a string, an unterminated last line', async (t) => {
  const index = uniqueName('bytes-edges')
  t.teardown(() => drop(index))
  const deadLetter = join(dir, 'edges.ndjson')
  const input = '\ufeff{"n":1}\r\n\r\n   \n{"n":2}\r\n{"n":"3\r3"}\n\t\n{"n":4,"s":"a\\r\\nb"}\n{"n":5}'
  const r = await runCli(['load', '-', '--index', index, '--dead-letter', deadLetter], { env, stdin: input })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /^elastream: line 5: /m, 'the raw \\r is refused, named by its line')
  t.match(r.stderr, /loaded 4 documents into .*; 1 failed/)
  const raw = await rawSources(index)
  for (const doc of ['{"n":1}', '{"n":2}', '{"n":4,"s":"a\\r\\nb"}', '{"n":5}']) {
    t.ok(raw.includes(`"_source":${doc}`), `${doc}: no BOM, no \\r left on it`)
  }
  const dead = deadLetters(deadLetter)
  t.same([dead[0].line, dead[0].raw], [5, '{"n":"3\r3"}'], 'not JSON: the raw text, as read')
})

t.test('a line larger than a bulk request (8 MB across many chunks) loads whole', async (t) => {
  const index = uniqueName('bytes-huge')
  t.teardown(() => drop(index))
  const big = `{"big":"${'x'.repeat(8 * 1024 * 1024)}"}`
  const file = join(dir, 'huge.ndjson')
  writeFileSync(file, `{"n":1}\n${big}\n{"n":2}\n`)
  const r = await runCli(['load', file, '--index', index], { env })
  t.equal(r.code, 0, r.stderr)
  t.equal(await count(index), 3)
  const res = await es('POST', `/${index}/_search`, { query: { exists: { field: 'big' } }, size: 1 })
  t.equal(res.hits.hits[0]._source.big.length, 8 * 1024 * 1024)
})

t.test('a gzip stream cut short: the whole lines before the cut load, no truncated document is sent, exit 1', async (t) => {
  const index = uniqueName('bytes-cutgz')
  t.teardown(() => drop(index))
  let text = ''
  for (let n = 0; n < 20000; n++) text += `{"n":${n},"pad":"${'p'.repeat(n % 50)}"}\n`
  const gz = gzipSync(text)
  const r = await runCli(['load', '-', '--index', index], { env, stdin: gz.subarray(0, Math.floor(gz.length * 0.6)) })
  t.equal(r.code, 1, r.stderr)
  const loaded = Number(/stopped after loading ([\d,]+) documents/.exec(r.stderr)?.[1]?.replace(/,/g, ''))
  t.ok(loaded > 1000 && loaded < 20000, `some loaded: ${loaded}`)
  t.match(r.stderr, /unexpected end of file/)
  t.notMatch(r.stderr, /line \d+:/, 'no line failed: the cut one was not sent')
  t.equal(await count(index), loaded)
})

t.test('Ctrl-C with half a line read: what was read loads, the half line is not sent', async (t) => {
  const index = uniqueName('bytes-sigint')
  t.teardown(() => drop(index))
  // 25 documents and the start of a 26th, then the pipe stays open and silent.
  const written = `${Array.from({ length: 25 }, (_, i) => `{"n":${i}}\n`).join('')}{"n":25,"cut":`
  const result = await interruptQuietLoad(index, written, 25, env)
  t.equal(result.code, 130, result.stderr)
  t.match(result.stderr, /interrupted after loading 25 documents into /)
  t.notMatch(result.stderr, /failed|line 26/, 'the cut line is neither sent nor reported')
  t.equal(await count(index), 25)
})

t.test('a line naming another _index still goes into --index (byte path, JSON array and --id-field)', async (t) => {
  const other = uniqueName('bytes-other')
  const lines = [
    `{"_index":"${other}","_id":"m1","word":"metadata in the document"}`,
    `{"_index":"${other}","_id":"h1","_source":{"word":"a dump line of another index"}}`,
    '{"word":"plain"}',
  ]
  const ndjson = join(dir, 'other-index.ndjson')
  writeFileSync(ndjson, `${lines.join('\n')}\n`)
  const array = join(dir, 'other-index.json')
  writeFileSync(array, `[${lines.join(',')}]`)
  for (const [label, args] of [
    ['byte path', [ndjson]],
    ['JSON array', [array]],
    ['--id-field', [ndjson, '--id-field', 'word']],
  ] as const) {
    const index = uniqueName('bytes-pinned')
    t.teardown(() => drop(index))
    const r = await runCli(['load', ...args, '--index', index], { env })
    t.equal(r.code, 0, `${label}: ${r.stderr}`)
    t.match(r.stderr, new RegExp(`^loaded 3 documents into ${index}`), label)
    t.equal(await count(index), 3, `${label}: all three in --index`)
  }
  const res = await fetch(new URL(`/${other}`, esUrl), { method: 'HEAD' })
  t.equal(res.status, 404, 'the index the lines name was never written to')
})
