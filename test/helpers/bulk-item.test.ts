// Client-side ids: what makes a retried batch safe, so uniqueness and shape are checked directly.
import t from 'tap'
import { IdGenerator } from '../../src/helpers/bulk/id-generator.js'

t.test('ids are 20 base64url characters, unique, in creation order, and differ between generators', async (t) => {
  const gen = new IdGenerator()
  const ids: string[] = []
  for (let i = 0; i < 200_000; i++) ids.push(gen.next())
  t.ok(
    ids.every((id) => /^[A-Za-z0-9_-]{20}$/.test(id)),
    'shape',
  )
  t.equal(new Set(ids).size, ids.length, 'no id repeats')
  // base64url digits are not in ASCII order ('-' and '_' sort apart), so order is checked on the decoded bytes.
  const bytes = ids.map((id) => Buffer.from(id, 'base64url'))
  t.ok(
    bytes.every((b, i) => i === 0 || Buffer.compare(bytes[i - 1]!, b) < 0),
    'each id sorts after the one before (time then counter)',
  )
  const other = new IdGenerator()
  const theirs = new Set(Array.from({ length: 1000 }, () => other.next()))
  t.ok(
    ids.slice(0, 1000).every((id) => !theirs.has(id)),
    'a second generator started in the same millisecond shares no id',
  )
})

t.test('the counter rolls over to a new prefix instead of repeating', async (t) => {
  const gen = new IdGenerator()
  const first = gen.next()
  // Walk the 24-bit counter to its end (2^24 calls take well under a second).
  for (let i = 1; i < 1 << 24; i++) gen.next()
  const wrapped = gen.next()
  t.not(wrapped.slice(0, 16), first.slice(0, 16), 'a new prefix after 2^24 ids')
  t.not(wrapped, first)
  t.equal(wrapped.slice(16), 'AAAA', 'the counter starts again at zero under the new prefix')
})
