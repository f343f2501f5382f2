// One definition of a valid line on every path of `elastream load` (issue 22 items 5 and 6): a line that is not
// JSON is refused with "line N is not JSON: ... at byte K" whether it is a plain document, a dump line (whose
// envelope is never sent, so nobody else would check it), metadata in a document or an --id-field line; the
// whitespace JSON allows around a value (space, tab, CR) is accepted on all of them; and a dump line is
// recognized whatever its length and indentation. Against the real node, through the CLI.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, es, esUrl, ids } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-load-valid-'))

async function load(name: string, text: string | Buffer, args: string[] = []) {
  const file = join(dir, `${name}.ndjson`)
  writeFileSync(file, text)
  const index = uniqueName(name)
  t.teardown(() => drop(index))
  const deadLetter = join(dir, `${name}.failed.ndjson`)
  const r = await runCli(['load', file, '--index', index, '--dead-letter', deadLetter, ...args], { env })
  await es('POST', `/${index}/_refresh?ignore_unavailable=true`)
  const failed: any[] = existsSync(deadLetter)
    ? readFileSync(deadLetter, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : []
  return { r, index, failed }
}

/** Broken bits, and how each line shape carries them. */
const broken: Array<[string, string]> = [
  ['NaN', "unexpected 'N'"],
  ['[1,,2]', "unexpected ','"],
  ['tru', "unexpected 't'"],
  ['"a\tb"', 'a raw control character (0x09) inside a string: it must be escaped'],
]
const shapes: Array<[string, (bad: string, n: number) => string, string[]]> = [
  ['dump _score', (bad, n) => `{"_index":"x","_id":"d${n}","_score":${bad},"_source":{"n":${n}}}`, []],
  ['dump sort', (bad, n) => `{"_id":"s${n}","sort":${bad},"_source":{"n":${n}}}`, []],
  ['dump _id', (bad, n) => `{"_id":${bad},"_source":{"n":${n}}}`, []],
  ['plain', (bad, n) => `{"n":${n},"v":${bad}}`, []],
  ['metadata', (bad, n) => `{"_id":"m${n}","v":${bad}}`, []],
  ['--id-field', (bad, n) => `{"k":"k${n}","v":${bad}}`, ['--id-field', 'k']],
]

t.test('a line that is not JSON is refused the same way on every path, with where it broke', async (t) => {
  for (const [shape, make, args] of shapes) {
    const lines = broken.map(([bad], n) => make(bad, n))
    lines.push(make('1', 9)) // a good one: it loads
    const { r, index, failed } = await load(`bad-${shape.replace(/\W/g, '')}`, `${lines.join('\n')}\n`, args)
    t.equal(r.code, 1, `${shape}: exit 1`)
    t.equal((await ids(index)).length, 1, `${shape}: only the good line is indexed`)
    t.same(
      failed.map((f) => [f.line, f.status, f.error.type]),
      broken.map((_, n) => [n + 1, undefined, 'parse_error']),
      `${shape}: each refused before it is sent, as a parse error with its line`,
    )
    for (const [n, [bad, why]] of broken.entries()) {
      const at = Buffer.from(lines[n]!).indexOf(bad === '"a\tb"' ? '\t' : bad[0] === '[' ? ',,' : bad) + (bad[0] === '[' ? 2 : 1)
      t.equal(failed[n]?.error.reason, `line ${n + 1} is not JSON: ${why} at byte ${at}`, `${shape}: ${bad}`)
      t.equal(failed[n]?.raw, lines[n], `${shape}: the line itself in the dead letter`)
    }
  }
})

t.test('space, tab and CR around a line are JSON whitespace: accepted on every path', async (t) => {
  for (const [shape, make, args] of shapes) {
    const text = [`${make('1', 0)}\r\r`, `\r${make('2', 1)}`, ` \t\r${make('3', 2)}\t \r`].join('\n')
    const { r, index, failed } = await load(`space-${shape.replace(/\W/g, '')}`, `${text}\n`, args)
    t.equal(r.code, 0, `${shape}: ${r.stderr}`)
    t.same(failed, [])
    t.equal((await ids(index)).length, 3, `${shape}: the three lines loaded`)
  }
})

t.test('dump lines over 256 KiB, each indented more than the last, are dump lines', async (t) => {
  // Longer than a read (256 KiB), so each is put together in the splitter's carry buffer, reused line after
  // line: a search position remembered from the previous line (its first "_ far in, after a long sort) made the
  // next line's "_id" near its start invisible, and the line went out as a plain document.
  const sort = `[${'1234567,'.repeat(40_000)}0]`
  const filler = 'x'.repeat(300 * 1024)
  const lines: string[] = []
  for (let n = 0; n < 4; n++) {
    const line =
      n % 2 === 0
        ? `{"sort":${sort},"_id":"big-${n}","_source":{"n":${n}}}`
        : `{"_id":"big-${n}","_source":{"n":${n},"filler":"${filler}"}}`
    lines.push(`${' '.repeat(2 * n + 1)}${line}`)
  }
  const { r, index } = await load('indented', `${lines.join('\n')}\n`)
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /^loaded 4 documents/)
  t.same(await ids(index), ['big-0', 'big-1', 'big-2', 'big-3'], 'each with its own _id, not as a plain document')
})

t.test('bytes that are not UTF-8 are refused by the line check too', async (t) => {
  const text = Buffer.concat([Buffer.from('{"_id":"u1","_source":{"s":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}\n{"a":1}\n')])
  const { r, index, failed } = await load('utf8', text)
  t.equal(r.code, 1)
  t.equal((await ids(index)).length, 1)
  t.equal(failed[0]?.error.reason, 'line 1 is not JSON: bytes that are not UTF-8 at byte 29')
})
