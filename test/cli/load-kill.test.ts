// `load FILE --resume` after a kill without warning (SIGKILL) on the real node: no line lost, each id once, and
// each resumed run starting exactly at its cursor. A proxy paces the bulk requests so that each kill lands
// mid-file at a known point: after the cursor was saved, after more lines were acknowledged (not yet in any
// cursor), with one request applied by the node whose answer never came back. Also a kill before the first
// periodic save, and cursors that are damaged, another file's, or of an input changed since.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, es, esUrl } from '../support/es-direct.js'
import { childEnv } from '../support/child-env.js'
import { type GateProxy, startGateProxy } from '../support/gate-proxy.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-load-kill-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

const LINES = 20_000
const BATCH = 50
const lines: string[] = []
for (let n = 1; n <= LINES; n++) lines.push(JSON.stringify({ id: `d${n}`, n }))
const ndjson = `${lines.join('\n')}\n`

interface SavedCursor {
  done: number
  cursor: { offset: number; line: number }
}

function readCursor(path: string): SavedCursor | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SavedCursor
  } catch {
    return undefined
  }
}

function waitFor(what: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms
  return new Promise((resolve, reject) => {
    const tick = () =>
      what() ? resolve() : Date.now() > until ? reject(new Error('waited too long')) : setTimeout(tick, 20)
    tick()
  })
}

/**
 * Runs `load` through a proxy that forwards the first `first` bulk requests and holds the next; waits for
 * `ready` (the cursor file as it is now); then lets the held request and `more - 1` others through and
 * swallows the next one (the node applies it, the answer is lost); SIGKILLs the load once the node answered
 * it. With `more` 0 it kills as soon as a request is held, or `settleMs` later (sooner if `ready`). Answers the
 * cursor on disk after the kill.
 */
async function killedLoad(
  args: string[],
  cursorPath: string,
  o: { first: number; ready: (c: SavedCursor | undefined) => boolean; more: number; settleMs?: number },
): Promise<SavedCursor | undefined> {
  let phase: 'first' | 'more' = 'first'
  let passed = 0
  const proxy: GateProxy = await startGateProxy(esUrl, ({ path, nth }) => {
    if (path !== '/_bulk') return 'forward'
    if (phase === 'first') return nth <= o.first ? 'forward' : 'hold'
    return ++passed < o.more ? 'forward' : 'swallow'
  })
  let child: ChildProcess | undefined
  try {
    child = spawn(process.execPath, [bin, 'load', ...args], {
      cwd: root,
      env: childEnv({ ELASTREAM_DEBUG: '', ELASTICSEARCH_URL: proxy.url }),
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    const closed = new Promise<number | null>((resolve) => child!.on('close', (code) => resolve(code)))
    const exited = () => child!.exitCode !== null
    await waitFor(() => proxy.held > 0 || exited())
    if (exited()) throw new Error(`the load ended before it was killed: ${stderr}`)
    if (o.more > 0) {
      // The cursor file as the periodic save wrote it: the kill must come after it.
      await waitFor(() => o.ready(readCursor(cursorPath)) || exited())
      phase = 'more'
      proxy.release()
      await waitFor(() => proxy.swallowed > 0 || exited())
      if (exited()) throw new Error(`the load ended before it was killed: ${stderr}`)
    } else if (o.settleMs !== undefined) {
      // Held: give the periodic save `settleMs` to write what it takes as safe (or until `ready`).
      await waitFor(() => o.ready(readCursor(cursorPath)) || exited(), o.settleMs).catch(() => {})
    }
    child.kill('SIGKILL')
    await closed
    return readCursor(cursorPath)
  } finally {
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await proxy.close()
  }
}

/** Every document's `n` and `_version`, sorted by `n`. */
async function versions(index: string): Promise<Array<{ id: string; n: number; version: number }>> {
  await es('POST', `/${index}/_refresh`)
  const all: Array<{ id: string; n: number; version: number }> = []
  let after: unknown[] | undefined
  for (;;) {
    const res = await es('POST', `/${index}/_search`, {
      size: 10_000,
      version: true,
      _source: ['n'],
      sort: [{ n: 'asc' }],
      ...(after ? { search_after: after } : {}),
    })
    const hits = res.hits.hits as Array<{ _id: string; _version: number; _source: { n: number }; sort: unknown[] }>
    if (hits.length === 0) return all
    for (const h of hits) all.push({ id: h._id, n: h._source.n, version: h._version })
    after = hits[hits.length - 1]!.sort
  }
}

/** The byte offset just past line `line` of the file. */
const offsetAfter = (line: number) => Buffer.byteLength(lines.slice(0, line).join('\n')) + (line > 0 ? 1 : 0)

t.test('SIGKILL twice mid-file, --resume each time: every id once, each run started at its cursor', async (t) => {
  const file = join(dir, 'killed.ndjson')
  writeFileSync(file, ndjson)
  const index = uniqueName('load-kill')
  t.teardown(() => drop(index))
  const cursorPath = join(dir, '.elastream-load-killed.ndjson.cursor.json')
  const args = [file, '--index', index, '--id-field', 'id', '--batch', String(BATCH), '--concurrency', '1']

  // Each run: where it started (the cursor's line), and the last line the node had applied when it was killed.
  const runs: Array<{ from: number; to: number }> = []
  let from = 0
  for (const resume of [false, true]) {
    const saved = await killedLoad(resume ? [...args, '--resume'] : args, cursorPath, {
      first: 3,
      ready: (c) => c !== undefined && c.cursor.line > from,
      more: 3,
    })
    t.ok(saved !== undefined, 'a cursor is on disk after the kill')
    const line = saved!.cursor.line
    t.ok(line > from && line < LINES, `the cursor moved on, mid-file: line ${line} (the run started at ${from})`)
    t.equal(saved!.cursor.offset, offsetAfter(line), 'the cursor ends a line')
    t.equal(saved!.done, line, 'done counts the lines before the cursor')
    const docs = await versions(index)
    const to = docs.length
    t.same(docs.map((d) => d.n), Array.from({ length: to }, (_, i) => i + 1), `lines 1 to ${to} are in the index, none after`)
    // At least the swallowed request's lines: applied by the node, never acknowledged, so in no cursor.
    t.ok(to > line, `lines after the cursor are in the index too (up to ${to}; the cursor at ${line})`)
    runs.push({ from, to })
    from = line
  }

  const statsFile = join(dir, 'killed.stats.json')
  const last = await runCli(['load', ...args, '--resume', '--stats-file', statsFile], { env, timeoutMs: 120_000 })
  t.equal(last.code, 0, last.stderr)
  runs.push({ from, to: LINES })
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  t.equal(stats.docs, LINES - from, `the last run read from its cursor on: ${LINES - from} lines, not ${LINES}`)
  t.match(last.stderr, `loaded ${(LINES - from).toLocaleString('en-US')} documents`)
  t.notOk(existsSync(cursorPath), 'the cursor is removed once the file is done')

  t.equal(await count(index), LINES, 'count == lines')
  const docs = await versions(index)
  t.ok(docs.every((d) => d.id === `d${d.n}`), 'each document under its id from the file')
  t.same(docs.map((d) => d.n), Array.from({ length: LINES }, (_, i) => i + 1), 'every line once')
  // A line is written once by each run that sent it and the node applied: a run that started before its
  // cursor would have rewritten lines before it, one that started after would have left lines out.
  const expected = (n: number) => runs.filter((r) => n > r.from && n <= r.to).length
  const wrong = docs.filter((d) => d.version !== expected(d.n))
  t.same(wrong.slice(0, 5), [], `every _version as the runs' cursors say (${runs.map((r) => `${r.from + 1}-${r.to}`).join(', ')})`)
})

t.test('SIGKILL before the first periodic save: the cursor saved at the start; --resume loads from line 1', async (t) => {
  const file = join(dir, 'early.ndjson')
  writeFileSync(file, ndjson)
  const index = uniqueName('load-kill-early')
  t.teardown(() => drop(index))
  const cursorPath = join(dir, '.elastream-load-early.ndjson.cursor.json')
  const args = [file, '--index', index, '--id-field', 'id', '--batch', String(BATCH), '--concurrency', '1']
  const started = Date.now()
  const saved = await killedLoad(args, cursorPath, { first: 1, ready: () => true, more: 0 })
  const seconds = (Date.now() - started) / 1000
  t.ok(saved !== undefined, `a cursor is on disk after a kill ${seconds.toFixed(1)} s after the start`)
  t.same(saved!.cursor, { ...saved!.cursor, offset: 0, line: 0 }, 'it is at the start of the file')
  const first = await count(index)
  t.ok(first > 0 && first <= BATCH, `the first request was applied (${first} lines)`)

  const statsFile = join(dir, 'early.stats.json')
  const resumed = await runCli(['load', ...args, '--resume', '--stats-file', statsFile], { env, timeoutMs: 120_000 })
  t.equal(resumed.code, 0, resumed.stderr)
  t.equal(JSON.parse(readFileSync(statsFile, 'utf8')).docs, LINES, 'every line read again')
  t.equal(await count(index), LINES, 'count == lines: the lines sent before the kill were overwritten, not doubled')
  const docs = await versions(index)
  t.same(docs.filter((d) => d.version !== (d.n <= first ? 2 : 1)).slice(0, 5), [], 'the first request twice, the rest once')

  const again = await runCli(['load', ...args, '--resume'], { env })
  t.equal(again.code, 2, 'no cursor once the load finished')
  t.match(again.stderr, /no cursor file at .*early\.ndjson\.cursor\.json; nothing to resume/)
})

t.test('SIGKILL with failed lines, then --resume: each failed line before the cursor in the dead letter file once', async (t) => {
  const file = join(dir, 'failing.ndjson')
  // Every 40th line is not JSON: failures before the cursor, between it and the kill, and after.
  const bad = (n: number) => n % 40 === 0
  writeFileSync(file, `${lines.map((l, i) => (bad(i + 1) ? 'not json' : l)).join('\n')}\n`)
  const index = uniqueName('load-kill-failing')
  t.teardown(() => drop(index))
  const cursorPath = join(dir, '.elastream-load-failing.ndjson.cursor.json')
  const deadLetter = join(dir, 'failing.dead.ndjson')
  const args = [file, '--index', index, '--id-field', 'id', '--batch', String(BATCH), '--concurrency', '1', '--dead-letter', deadLetter]
  const saved = await killedLoad(args, cursorPath, { first: 3, ready: (c) => c !== undefined && c.cursor.line > 0, more: 3 })
  const line = saved!.cursor.line
  t.ok(line > 40, `the cursor is past failed lines: line ${line}`)

  const resumed = await runCli(['load', ...args, '--resume'], { env, timeoutMs: 120_000 })
  t.equal(resumed.code, 1, resumed.stderr)
  const failed = readFileSync(deadLetter, 'utf8').trim().split('\n').map((l) => JSON.parse(l).line as number)
  const badLines = Array.from({ length: LINES }, (_, i) => i + 1).filter(bad)
  t.same([...new Set(failed)].sort((a, b) => a - b), badLines, 'every failed line is in the dead letter file')
  const before = failed.filter((n) => n <= line)
  t.same(before, badLines.filter((n) => n <= line), 'those before the cursor once each, kept from the killed run')
  t.equal(await count(index), LINES - badLines.length, 'count == good lines')
})

t.test('SIGKILL with failures still on their way to the dead letter file: the cursor is not past them', async (t) => {
  // The dead letter "file" is a pipe nobody reads until the kill: it takes 64 KiB, then its writes wait. The
  // load's 60 failures (about 72 KB) fill it, and the rest wait in the write buffer of the process: counting
  // those as handled (as when a write was merely buffered) let the periodic save put the cursor past them, and
  // the kill lost them.
  const file = join(dir, 'refused.ndjson')
  const pad = 'x'.repeat(900)
  writeFileSync(file, `${lines.map((_, i) => JSON.stringify({ n: `bad-${i + 1}`, pad })).slice(0, 2000).join('\n')}\n`)
  const index = uniqueName('load-kill-refused')
  t.teardown(() => drop(index))
  await es('PUT', `/${index}`, { mappings: { properties: { n: { type: 'integer' } } } })
  const fifo = join(dir, 'dead.fifo')
  execFileSync('mkfifo', [fifo])
  // Read and write: opening does not wait for a writer, and the load's open does not wait for a reader.
  const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK)
  t.teardown(() => closeSync(fd))
  const cursorPath = join(dir, '.elastream-load-refused.ndjson.cursor.json')
  const REQUESTS = 12
  const args = [file, '--index', index, '--batch', '5', '--concurrency', '1', '--dead-letter', fifo]
  const saved = await killedLoad(args, cursorPath, {
    first: REQUESTS,
    ready: (c) => c !== undefined && c.cursor.line > 0,
    more: 0,
    settleMs: 11_000,
  })
  const chunks: Buffer[] = []
  const buffer = Buffer.alloc(64 * 1024)
  for (;;) {
    let n: number
    try {
      n = readSync(fd, buffer)
    } catch (err) {
      if ((err as { code?: string }).code === 'EAGAIN') break
      throw err
    }
    if (n === 0) break
    chunks.push(Buffer.from(buffer.subarray(0, n)))
  }
  const text = Buffer.concat(chunks).toString()
  const written = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((l) => JSON.parse(l).line as number)
  t.ok(written.length < REQUESTS * 5, `the kill left failures unwritten: ${written.length} of ${REQUESTS * 5} in the dead letter file`)
  const line = saved!.cursor.line
  const lost = Array.from({ length: line }, (_, i) => i + 1).filter((n) => !written.includes(n))
  t.same(lost, [], `every failed line before the cursor (line ${line}) is in the dead letter file`)
})

t.test('a damaged cursor, another file\'s cursor, an input changed since: refused, nothing loaded', async (t) => {
  const file = join(dir, 'hostile.ndjson')
  const small = lines.slice(0, 100)
  writeFileSync(file, `${small.join('\n')}\n`)
  const other = join(dir, 'other.ndjson')
  writeFileSync(other, `${small.join('\n')}\n`)
  const index = uniqueName('load-kill-hostile')
  t.teardown(() => drop(index))
  const cursorPath = join(dir, 'hostile.cursor.json')
  const run = (extra: string[]) => runCli(['load', file, '--index', index, '--cursor', cursorPath, '--resume', ...extra], { env })

  // A real cursor to damage: the cursor the start of a load saves, left by a kill before anything was sent.
  await killedLoad([file, '--index', index, '--cursor', cursorPath, '--batch', '10', '--concurrency', '1'], cursorPath, {
    first: 0,
    ready: () => true,
    more: 0,
  })
  const good = readFileSync(cursorPath, 'utf8')
  const saved = JSON.parse(good)
  t.equal(saved.cursor.offset, 0)

  writeFileSync(cursorPath, good.slice(0, good.length >> 1))
  const cut = await run([])
  t.equal(cut.code, 2, cut.stderr)
  t.match(cut.stderr, /hostile\.cursor\.json is not a cursor file \(not JSON\)/)

  writeFileSync(cursorPath, '')
  t.match((await run([])).stderr, /is not a cursor file \(not JSON\)/, 'an empty cursor file')

  for (const offset of [-20, 1.5, '20', null]) {
    writeFileSync(cursorPath, JSON.stringify({ ...saved, cursor: { ...saved.cursor, offset } }))
    const r = await run([])
    t.equal(r.code, 2, `offset ${JSON.stringify(offset)}: ${r.stderr}`)
    t.match(r.stderr, typeof offset === 'number' ? /hostile\.cursor\.json is damaged \(offset/ : /is not the cursor of a file load/)
  }

  // An offset past the end of the file: an error, not a load of nothing that removes the cursor.
  const size = Buffer.byteLength(`${small.join('\n')}\n`)
  writeFileSync(cursorPath, JSON.stringify({ ...saved, cursor: { ...saved.cursor, offset: size + 10, line: 200 } }))
  const past = await run([])
  t.not(past.code, 0, past.stderr)
  t.match(past.stderr, `the cursor is at byte ${size + 10}, but the input ends at byte ${size}`)
  t.ok(existsSync(cursorPath), 'the cursor is kept')

  // The cursor of another file (given with --cursor): refused by name.
  writeFileSync(cursorPath, JSON.stringify({ ...saved, source: other }))
  const otherFile = await run([])
  t.equal(otherFile.code, 2)
  t.match(otherFile.stderr, /was saved by "load .*other\.ndjson .*", not by this command/)

  // The same size, one byte changed in the first line: refused, the checksum saying so.
  writeFileSync(cursorPath, good)
  const changed = readFileSync(file)
  changed[8] = 0x39 // d1 -> d9
  writeFileSync(file, changed)
  const edited = await run([])
  t.equal(edited.code, 2, edited.stderr)
  t.match(edited.stderr, /hostile\.ndjson changed since its cursor .* was saved \((?!size).*its first bytes differ\)/)

  const left = await es('GET', `/${index}/_count`)
  t.equal(left.count ?? 0, 0, 'nothing was loaded by any of them')
})
