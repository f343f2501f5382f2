// The contiguous low-water mark under out-of-order completions: it passes an item only when every item before
// it has settled, whatever order they settle in.
import t from 'tap'
import { InputMark } from '../../src/helpers/bulk/input-mark.js'

t.test('settled out of order, the mark stops at the first open item', async (t) => {
  const mark = new InputMark(100)
  const seqs = [110, 120, 130, 140, 150].map((after) => mark.take(after))
  t.same(seqs, [0, 1, 2, 3, 4])
  t.equal(mark.position, 100, 'nothing settled: the start position')
  mark.settle(2)
  mark.settle(4)
  t.equal(mark.through, 0, 'items 2 and 4 settled, 0 still open: the mark has not moved')
  t.equal(mark.position, 100)
  mark.settle(0)
  t.equal(mark.through, 1)
  t.equal(mark.position, 110, 'past item 0 only: item 1 is open')
  mark.settle(1)
  t.equal(mark.through, 3, 'item 1 settled: the mark runs over 1 and 2, stops at 3')
  t.equal(mark.position, 130)
  mark.settle(3)
  t.equal(mark.through, 5)
  t.equal(mark.position, 150)
  t.equal(mark.open, 0)
})

t.test('a seq settled twice, or never taken, changes nothing', async (t) => {
  const mark = new InputMark()
  mark.take(1)
  mark.take(2)
  mark.settle(0)
  mark.settle(0)
  mark.settle(7)
  mark.settle(-1)
  t.equal(mark.through, 1)
  t.equal(mark.position, 1)
})

t.test('random completion orders over more items than the first capacity: never ahead, always complete', async (t) => {
  for (let round = 0; round < 20; round++) {
    const mark = new InputMark(0, 0, 4)
    const n = 500
    const settled = new Uint8Array(n)
    let open: number[] = []
    let taken = 0
    let violations = 0
    while (taken < n || open.length > 0) {
      // Take a few, settle a random few of the open ones: a window of items in flight that moves on.
      for (let k = Math.floor(Math.random() * 8); k > 0 && taken < n; k--) open.push(mark.take((taken++ + 1) * 10))
      for (let k = Math.floor(Math.random() * 8); k > 0 && open.length > 0; k--) {
        const at = Math.floor(Math.random() * open.length)
        const seq = open[at]!
        open = open.filter((_, i) => i !== at)
        settled[seq] = 1
        mark.settle(seq)
      }
      // Every item before the mark has settled, and the item at the mark has not.
      for (let seq = 0; seq < mark.through; seq++) if (settled[seq] !== 1) violations++
      if (mark.through < taken && settled[mark.through] === 1) violations++
      if (mark.position !== mark.through * 10) violations++
    }
    t.equal(violations, 0, `round ${round}: the mark was never ahead nor behind`)
    t.equal(mark.through, n)
    t.equal(mark.position, n * 10)
  }
})
