import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, esUrl, ids, seed } from '../support/es-direct.js'
import { startGateProxy } from '../support/gate-proxy.js'
import { bin, interruptQuietLoad, root, runCli, uniqueName } from '../support/run-cli.js'
import { childEnv } from '../support/child-env.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-resume-'))
const source = uniqueName('resume-src')
const total = 3000

t.before(() => seed(source, total))
t.teardown(() => drop(source))

interface Run {
  code: number | null
  stderr: string
}

/** Runs the CLI as a child process; `during` runs alongside it and may send it signals. */
function start(
  args: string[],
  runEnv: Record<string, string>,
  during: (child: ChildProcess, stderr: () => string) => Promise<void>,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--progress'], {
      cwd: root,
      env: childEnv({ ELASTREAM_DEBUG: '', ...runEnv }),
    })
    let stderr = ''
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.stdout.resume()
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    child.on('error', reject)
    let sideDone: Promise<void> = Promise.resolve()
    child.on('spawn', () => {
      sideDone = during(child, () => stderr)
    })
    child.on('close', (code) => {
      clearTimeout(killer)
      sideDone.then(() => resolve({ code, stderr }), reject)
    })
  })
}

function waitFor(what: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (what() ? resolve() : setTimeout(tick, 20))
    tick()
  })
}

/**
 * Ctrl-C in the middle of a run, for certain: a proxy holds the search pages after the first few, so the run
 * cannot finish before the signal lands. Once the CLI says it is stopping, the pages flow again.
 */
async function interrupt(args: string[]): Promise<Run> {
  let holding = true
  const proxy = await startGateProxy(esUrl, ({ path, nth }) =>
    holding && path.endsWith('/_search') && nth > 3 ? 'hold' : 'forward',
  )
  try {
    return await start(args, { ELASTICSEARCH_URL: proxy.url }, async (child, stderr) => {
      await proxy.until((p) => p.held > 0)
      // A frame with a non-zero document count: documents moved before the signal.
      await waitFor(() => /\s[1-9][\d,]* docs/.test(stderr()))
      child.kill('SIGINT')
      await waitFor(() => /interrupted: finishing/.test(stderr()) || child.exitCode !== null)
      holding = false
      proxy.release()
    })
  } finally {
    await proxy.close()
  }
}

const failure = { status: 500, body: { error: { type: 'injected', reason: 'the proxy failed this page' }, status: 500 } }

for (const slices of [1, 2]) {
  t.test(
    `dump (${slices} slice${slices > 1 ? 's' : ''}): Ctrl-C saves a cursor, --resume appends exactly the rest`,
    async (t) => {
      const out = join(dir, `dump-${slices}.ndjson`)
      const first = await interrupt(['dump', source, '-o', out, '--batch', '10', '--slices', String(slices)])
      t.equal(first.code, 130, first.stderr)
      t.match(first.stderr, new RegExp(`cursor saved to ${out.replace(/[.]/g, '\\.')}\\.cursor`))
      t.ok(existsSync(`${out}.cursor`))
      const partial = readFileSync(out, 'utf8').trim().split('\n').length
      t.ok(partial > 0 && partial < total, `${partial} documents before Ctrl-C`)
      t.equal(JSON.parse(readFileSync(`${out}.cursor`, 'utf8')).done, partial, 'the cursor counts the lines written')

      const second = await runCli(['dump', source, '-o', out, '--batch', '500', '--resume'], { env })
      t.equal(second.code, 0, second.stderr)
      const lines = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)._id)
      t.equal(lines.length, total, 'every document once')
      t.equal(new Set(lines).size, total, 'no duplicates')
      t.notOk(existsSync(`${out}.cursor`), 'cursor removed after a complete run')
    },
  )
}

t.test(
  'reindex: Ctrl-C drains in-flight bulk requests, saves a cursor, --resume completes the copy',
  async (t) => {
    const dest = uniqueName('resume-dest')
    const cursor = join(dir, 'reindex.cursor.json')
    t.teardown(() => drop(dest))
    const first = await interrupt(['reindex', source, dest, '--batch', '10', '--cursor', cursor])
    t.equal(first.code, 130, first.stderr)
    t.match(first.stderr, /interrupted after copying [\d,]+ documents/)
    t.match(first.stderr, `elastream: created ${dest} with the mappings and settings of ${source}`)
    const saved = JSON.parse(readFileSync(cursor, 'utf8'))
    t.match(saved, { command: 'reindex', source, dest })
    t.ok(saved.done > 0 && saved.done < total, `${saved.done} documents before Ctrl-C`)
    t.equal(await count(dest), saved.done, 'every document counted as done is in the destination')

    const wrong = await runCli(['dump', source, '--cursor', cursor, '--resume'], { env })
    t.equal(wrong.code, 2, 'a reindex cursor cannot resume a dump')
    t.match(wrong.stderr, /was saved by "reindex /)

    const second = await runCli(['reindex', source, dest, '--cursor', cursor, '--resume'], { env })
    t.equal(second.code, 0, second.stderr)
    t.notMatch(second.stderr, /created|left as it is/, 'a resumed run does not create (or look at) the destination')
    t.equal(await count(dest), total)
    t.same(await ids(dest), await ids(source))
    t.notOk(existsSync(cursor))
  },
)

t.test(
  'reindex failing with bulk requests in flight: the cursor stays before the first unacknowledged document',
  async (t) => {
    const dest = uniqueName('resume-fail-dest')
    const cursor = join(dir, 'reindex-fail.cursor.json')
    t.teardown(() => drop(dest))
    // The target acknowledges two batches of 10 and holds the next ones; the source then fails a page.
    const target = await startGateProxy(esUrl, ({ path, nth }) =>
      path.endsWith('/_bulk') && nth > 2 ? 'hold' : 'forward',
    )
    const sourceProxy = await startGateProxy(esUrl, ({ path, nth }) =>
      path.endsWith('/_search') && nth > 4 ? 'hold' : 'forward',
    )
    t.teardown(() => Promise.all([target.close(), sourceProxy.close()]))
    const first = await start(
      ['reindex', source, dest, '--to', target.url, '--batch', '10', '--cursor', cursor],
      { ELASTICSEARCH_URL: sourceProxy.url },
      async (_child, stderr) => {
        await target.until((p) => p.held >= 2)
        await sourceProxy.until((p) => p.held >= 1)
        // The two acknowledged batches have reached the CLI's counters.
        await waitFor(() => /\s20 docs/.test(stderr()))
        sourceProxy.release(failure)
      },
    )
    t.not(first.code, 0, first.stderr)
    t.equal(target.held, 0, 'the held bulk requests were cut, never forwarded')
    t.match(first.stderr, /cursor saved to /)
    const saved = JSON.parse(readFileSync(cursor, 'utf8'))
    t.equal(saved.done, 20, 'the documents counted done are the 20 acknowledged')
    t.equal(await count(dest), 20, 'and they are in the destination')

    const second = await runCli(['reindex', source, dest, '--cursor', cursor, '--resume'], { env })
    t.equal(second.code, 0, second.stderr)
    t.equal(await count(dest), total, 'no document skipped by the resumed run')
    t.same(await ids(dest), await ids(source))
  },
)

t.test('dump failing midway: --resume appends exactly the rest to what was written', async (t) => {
  const out = join(dir, 'dump-fail.ndjson')
  const proxy = await startGateProxy(esUrl, ({ path, nth }) =>
    path.endsWith('/_search') && nth > 4 ? failure : 'forward',
  )
  t.teardown(() => proxy.close())
  const first = await runCli(['dump', source, '-o', out, '--batch', '10'], { env: { ELASTICSEARCH_URL: proxy.url } })
  t.not(first.code, 0, first.stderr)
  const saved = JSON.parse(readFileSync(`${out}.cursor`, 'utf8'))
  const written = readFileSync(out, 'utf8').trim().split('\n').length
  t.equal(saved.done, written, 'the cursor counts the lines in the file')
  t.ok(written > 0 && written <= 40, `${written} lines before the failure`)

  const second = await runCli(['dump', source, '-o', out, '--resume'], { env })
  t.equal(second.code, 0, second.stderr)
  const lines = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l)._id)
  t.equal(lines.length, total, 'every document once')
  t.equal(new Set(lines).size, total, 'no duplicates')
})

t.test('dump to a full disk: no cursor claims documents that were never written', async (t) => {
  const cursor = join(dir, 'full.cursor.json')
  const r = await runCli(['dump', source, '-o', '/dev/full', '--batch', '100', '--cursor', cursor], { env })
  t.not(r.code, 0, r.stderr)
  t.match(r.stderr, /ENOSPC|no space/i)
  t.notOk(existsSync(cursor), 'nothing was written, so there is no position to resume from')
})

t.test('--resume without a saved cursor says so', async (t) => {
  const r = await runCli(['dump', source, '--resume', '--cursor', join(dir, 'none.json')], { env })
  t.equal(r.code, 2)
  t.match(r.stderr, /--resume: no cursor file at .*none\.json; nothing to resume/)
})

t.test('load: Ctrl-C on a quiet pipe stops at once; what was read is loaded and counted', async (t) => {
  const index = uniqueName('resume-load')
  t.teardown(() => drop(index))
  // 25 documents, then the pipe stays open and silent, like a producer that stalled. The 1 s flush interval
  // sends the partial batch; once it is acknowledged, Ctrl-C.
  const result = await interruptQuietLoad(index, Array.from({ length: 25 }, (_, i) => `{"n":${i}}\n`).join(''), 25, env)
  t.equal(result.code, 130, result.stderr)
  t.match(result.stderr, /interrupted after loading 25 documents into /)
  t.equal(await count(index), 25)
})
