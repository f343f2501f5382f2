import { PassThrough } from 'node:stream'
import t from 'tap'
import { formatBytes, formatDuration, Progress } from '../../src/cli/progress.js'

function fakeTerminal(columns = 120) {
  const stream = new PassThrough() as PassThrough & { columns: number; isTTY: boolean }
  stream.columns = columns
  stream.isTTY = true
  let text = ''
  stream.on('data', (c: Buffer) => {
    text += c.toString()
  })
  return { stream, text: () => text }
}

t.test('a frame shows docs, docs/s, bytes, and percent + ETA once a total is known', async (t) => {
  const p = new Progress({ enabled: false, label: 'dumping x', totalDocs: 1000 })
  p.docs = 250
  p.bytes = 2048
  const frame = p.render(performance.now() + 1000)
  t.match(frame, /^dumping x/)
  t.match(frame, / 25%/)
  t.match(frame, /250 docs/)
  t.match(frame, /docs\/s/)
  t.match(frame, /2\.0 KB/)
  t.match(frame, /\[###---------\]/)
})

t.test('without a total there is no percent and no ETA', async (t) => {
  const p = new Progress({ enabled: false, label: 'loading' })
  p.docs = 10
  const frame = p.render(performance.now() + 1000)
  t.notMatch(frame, /%/)
  t.notMatch(frame, /ETA/)
})

t.test('loads estimate the total from bytes read per document', async (t) => {
  const p = new Progress({ enabled: false, label: 'loading', totalBytes: 10_000 })
  // 5000 bytes read held 50 documents: the file holds about 100; 25 indexed is 25%, not 50%.
  p.inputBytes = 5000
  p.inputItems = 50
  p.docs = 25
  t.match(p.render(performance.now() + 1000), / 25%/)
})

t.test('the bar redraws at most about ten times a second, and never when disabled', async (t) => {
  const term = fakeTerminal()
  const p = new Progress({ enabled: true, label: 'loading', stream: term.stream })
  const start = Date.now()
  while (Date.now() - start < 550) {
    p.docs++
    await new Promise((r) => setImmediate(r))
  }
  p.stop()
  const frames = term.text().split('\r\x1b[2K').filter(Boolean).length
  // At least one frame (a loaded machine may skip ticks), never more than the timer allows.
  t.ok(frames >= 1 && frames <= 7, `${frames} frames in 550 ms`)
  // stop() leaves a cleared line for the summary.
  t.ok(term.text().endsWith('\r\x1b[2K'))

  const quiet = fakeTerminal()
  const q = new Progress({ enabled: false, label: 'loading', stream: quiet.stream })
  q.docs = 5
  await new Promise((r) => setTimeout(r, 250))
  q.stop()
  t.equal(quiet.text(), '')
})

t.test('a frame never wraps a narrow terminal', async (t) => {
  const term = fakeTerminal(40)
  const p = new Progress({
    enabled: true,
    label: 'loading',
    stream: term.stream,
    intervalMs: 20,
    totalDocs: 100,
  })
  p.docs = 50
  await new Promise((r) => setTimeout(r, 60))
  p.stop()
  for (const frame of term.text().split('\r\x1b[2K').filter(Boolean))
    t.ok(frame.length < 40, `"${frame}" fits`)
})

t.test('formatting', async (t) => {
  t.equal(formatBytes(512), '512 B')
  t.equal(formatBytes(1536), '1.5 KB')
  t.equal(formatBytes(50 * 1024 * 1024), '50 MB')
  t.equal(formatDuration(3.21), '3.2s')
  t.equal(formatDuration(75), '1:15')
  t.equal(formatDuration(3725), '1:02:05')
})
