import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, esUrl, ids, seed } from './es.js'
import { bin, root, runCli, uniqueName } from './run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-resume-'))
const source = uniqueName('resume-src')
const total = 3000

t.before(() => seed(source, total))
t.teardown(() => drop(source))

/**
 * Starts the CLI, waits until its progress output shows documents moving, then sends Ctrl-C (SIGINT)
 * the way a terminal would. Resolves with exit code and stderr.
 */
function interrupt(args: string[]): Promise<{ code: number | null; stderr: string; interrupted: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--progress'], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    let stderr = ''
    let interrupted = false
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.resume()
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
      // A frame with a non-zero document count: the run is under way.
      if (!interrupted && /\s[1-9][\d,]* docs/.test(stderr)) {
        interrupted = true
        child.kill('SIGINT')
      }
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, stderr, interrupted })
    })
  })
}

for (const slices of [1, 2]) {
  t.test(
    `dump (${slices} slice${slices > 1 ? 's' : ''}): Ctrl-C saves a cursor, --resume appends exactly the rest`,
    async (t) => {
      const out = join(dir, `dump-${slices}.ndjson`)
      const first = await interrupt(['dump', source, '-o', out, '--batch', '10', '--slices', String(slices)])
      t.ok(first.interrupted, 'interrupted while running')
      if (first.code === 0) {
        // The machine was fast enough to finish before the signal landed: nothing to resume, and that is fine.
        t.pass('finished before Ctrl-C arrived')
        return
      }
      t.equal(first.code, 130, first.stderr)
      t.match(first.stderr, new RegExp(`cursor saved to ${out.replace(/[.]/g, '\\.')}\\.cursor`))
      t.ok(existsSync(`${out}.cursor`))
      const partial = readFileSync(out, 'utf8').trim().split('\n').length
      t.ok(partial > 0 && partial < total, `${partial} documents before Ctrl-C`)

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
    t.ok(first.interrupted, first.stderr.slice(-500))
    if (first.code === 0) {
      t.pass('finished before Ctrl-C arrived')
      return
    }
    t.equal(first.code, 130, first.stderr)
    t.match(first.stderr, /interrupted after copying [\d,]+ documents/)
    const saved = JSON.parse(readFileSync(cursor, 'utf8'))
    t.match(saved, { command: 'reindex', source, dest })
    t.equal(await count(dest), saved.done, 'every document counted as done is in the destination')

    const wrong = await runCli(['dump', source, '--cursor', cursor, '--resume'], { env })
    t.equal(wrong.code, 2, 'a reindex cursor cannot resume a dump')
    t.match(wrong.stderr, /was saved by "reindex /)

    const second = await runCli(['reindex', source, dest, '--cursor', cursor, '--resume'], { env })
    t.equal(second.code, 0, second.stderr)
    t.equal(await count(dest), total)
    t.same(await ids(dest), await ids(source))
    t.notOk(existsSync(cursor))
  },
)

t.test('--resume without a saved cursor says so', async (t) => {
  const r = await runCli(['dump', source, '--resume', '--cursor', join(dir, 'none.json')], { env })
  t.equal(r.code, 2)
  t.match(r.stderr, /--resume: no cursor file at .*none\.json; nothing to resume/)
})

t.test('load: Ctrl-C on a quiet pipe stops at once; what was read is loaded and counted', async (t) => {
  const index = uniqueName('resume-load')
  t.teardown(() => drop(index))
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'load', '-', '--index', index, '--progress'], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    let stderr = ''
    let sent = false
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    // 25 documents, then the pipe stays open and silent, like a producer that stalled.
    child.stdin.write(Array.from({ length: 25 }, (_, i) => `{"n":${i}}\n`).join(''))
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
      // The 1 s flush interval sends the partial batch; once it is acknowledged, press Ctrl-C.
      if (!sent && /\s25 docs/.test(stderr)) {
        sent = true
        child.kill('SIGINT')
      }
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, stderr })
    })
  })
  t.equal(result.code, 130, result.stderr)
  t.match(result.stderr, /interrupted after loading 25 documents into /)
  t.equal(await count(index), 25)
})
