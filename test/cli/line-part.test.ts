/** `load FILE --part i/n`: every line in exactly one part, whatever the boundaries (line-part.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import t from 'tap'
import { openLinePart } from '../../src/cli/load/line-part.js'
import { partOption } from '../../src/cli/part-option.js'

const dir = mkdtempSync(join(tmpdir(), 'elastream-line-part-'))

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

t.test('the parts of a file put together are the file, each part whole lines', async (t) => {
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (let round = 0; round < 40; round++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 60) }, (_, i) =>
      i % 9 === 4 ? '' : `{"n":${i},"pad":"${'x'.repeat(Math.floor(random() * 90))}"}`,
    )
    const text = lines.join('\n') + (random() < 0.5 ? '\n' : '')
    const file = join(dir, `f${round}.ndjson`)
    writeFileSync(file, text)
    const size = Buffer.byteLength(text)
    const n = 1 + Math.floor(random() * 12)
    const parts: Buffer[] = []
    for (let i = 1; i <= n; i++) parts.push(await bytes(openLinePart(file, size, { index: i, count: n })))
    t.equal(Buffer.concat(parts).toString(), text, `round ${round}: ${n} parts put together are the file`)
    for (const [i, part] of parts.entries()) {
      if (i < parts.length - 1 && part.length > 0) t.equal(part.at(-1), 0x0a, `round ${round} part ${i + 1} ends a line`)
    }
  }
})

t.test('a line across a boundary goes to the part it starts in; a part may be empty', async (t) => {
  const file = join(dir, 'long.ndjson')
  const text = `{"a":"${'x'.repeat(100)}"}\n{"b":1}\n`
  writeFileSync(file, text)
  const size = Buffer.byteLength(text)
  const parts = []
  for (let i = 1; i <= 4; i++) parts.push((await bytes(openLinePart(file, size, { index: i, count: 4 }))).toString())
  t.same(parts, [`{"a":"${'x'.repeat(100)}"}\n`, '', '', '{"b":1}\n'])
})

t.test('--part is i/n with 1 <= i <= n', async (t) => {
  t.same(partOption({ part: '2/8' }), { index: 2, count: 8 })
  for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) {
    t.throws(() => partOption({ part: bad }), { message: `--part must be i/n with 1 <= i <= n (e.g. 2/8), got "${bad}"` })
  }
})
