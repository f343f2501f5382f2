// The cursor of `load FILE`: a position of bulk's counts only once the sink has handled every result bulk had
// pushed when it was taken (a failure is acknowledged when it is in the dead-letter file, not before).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { FileCursor, inputIdentity, loadCursorPath, readFilePosition } from '../../src/cli/load/load-cursor.js'

const dir = mkdtempSync(join(tmpdir(), 'elastream-load-cursor-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

t.test('a position waits for the failures pushed before it to be handled', async (t) => {
  const file = join(dir, 'in.ndjson')
  writeFileSync(file, '{"a":1}\n{"a":2}\n{"a":3}\n')
  const input = await inputIdentity(file)
  const path = loadCursorPath(file, undefined, undefined)
  t.equal(path, join(dir, '.elastream-load-in.ndjson.cursor.json'))
  const cursor = new FileCursor(path, file, 'idx', { offset: 8, line: 1, part: undefined, input }, 1)
  t.equal(cursor.offset, 8, 'before any position: where the run started')
  // bulk says: 2 items done up to byte 16 (of what this run read), and 1 result (a failure) pushed for them.
  cursor.offer({ items: 2, offset: 16, line: 3, results: 1 })
  t.equal(cursor.offset, 8, 'the failure is not in the dead-letter file yet: the cursor has not moved')
  cursor.handled()
  t.equal(cursor.offset, 24, 'handled: the cursor moves to the position')
  await cursor.save()
  const saved = JSON.parse(readFileSync(path, 'utf8'))
  t.match(saved, { command: 'load', source: file, dest: 'idx', done: 3, cursor: { offset: 24, line: 3 } })
  const read = await readFilePosition(path, file, 'idx', undefined)
  t.equal(read.position.offset, 24)
  await t.rejects(readFilePosition(path, file, 'idx', { index: 1, count: 2 }), {
    message: /saved by a load of the whole file, not of --part 1\/2/,
  })
  writeFileSync(file, '{"a":9}\n{"a":2}\n{"a":3}\n')
  await t.rejects(readFilePosition(path, file, 'idx', undefined), { message: /changed since its cursor/ })
})

t.test('a part has its own default cursor, --cursor wins', async (t) => {
  t.equal(loadCursorPath('/data/big file.ndjson', { index: 2, count: 8 }, undefined), '/data/.elastream-load-big_file.ndjson-part-2-of-8.cursor.json')
  t.equal(loadCursorPath('/data/x.ndjson', undefined, '/tmp/c.json'), '/tmp/c.json')
})
