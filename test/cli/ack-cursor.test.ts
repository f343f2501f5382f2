import t from 'tap'
import { AckCursor } from '../../src/cli/reindex/ack-cursor.js'

t.test('the position passes only an unbroken run of settled documents, whatever order they settle in', async (t) => {
  const acked = new AckCursor<string>('start')
  const ordinals = ['a', 'b', 'c', 'd'].map((c) => acked.take(c))
  t.same(ordinals, [0, 1, 2, 3])
  acked.settle(2)
  acked.settle(1)
  t.equal(acked.cursor, 'start', 'the first document is still in flight')
  t.equal(acked.done, 0)
  acked.settle(0)
  t.equal(acked.cursor, 'c')
  t.equal(acked.done, 3)
  acked.settle(3)
  acked.settle(3)
  t.equal(acked.cursor, 'd')
  t.equal(acked.done, 4, 'settling twice counts once')
})

t.test('ordinals stay right after the passed entries are dropped', async (t) => {
  const acked = new AckCursor<number>()
  t.equal(acked.cursor, undefined)
  for (let i = 0; i < 5000; i++) acked.settle(acked.take(i))
  const late = acked.take(5000)
  const later = acked.take(5001)
  acked.settle(later)
  t.equal(acked.cursor, 4999)
  acked.settle(late)
  t.equal(acked.cursor, 5001)
  t.equal(acked.done, 5002)
})
