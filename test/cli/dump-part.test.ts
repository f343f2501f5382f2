/**
 * `dump --part i/n` on both real servers (issue 19 item 7): n processes each dump one slice of every index,
 * to files or into one backup folder, and together hold every document exactly once, also when a part was
 * stopped with Ctrl-C and resumed; `load DIR/` restores the parts as one backup.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { createIndex, deleteIndex, idsIn, range, sortedIds } from '../support/es.js'
import { startGateProxy } from '../support/gate-proxy.js'
import { onEachServer, type RealServer } from '../support/real-servers.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'

const N = 3000
const dir = mkdtempSync(join(tmpdir(), 'elastream-dump-part-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

/** `index` with `count` documents {n} whose ids are their n, on 2 shards (so 3 parts split shards too). */
async function seeded(t: Test, server: RealServer, index: string, count = N): Promise<Client> {
  const c = new Client({ node: server.url })
  t.teardown(async () => {
    await deleteIndex(c, index)
    await c.close()
  })
  await createIndex(c, index, 2)
  await bulk(c, range(count).map((n) => ({ n })), { index, id: 'n', refresh: true })
  return c
}

/** The _id of every line of the files, and those found more than once. */
function idsOfFiles(files: string[]): { all: string[]; twice: string[]; per: number[] } {
  const seen = new Set<string>()
  const twice: string[] = []
  const per: number[] = []
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '')
    per.push(lines.length)
    for (const line of lines) {
      const id = (JSON.parse(line) as { _id: string })._id
      if (seen.has(id)) twice.push(id)
      seen.add(id)
    }
  }
  return { all: [...seen].sort(), twice, per }
}

/**
 * Runs the CLI through a proxy that holds the search pages after the third, and sends Ctrl-C once documents
 * are written, so the stop lands in the middle of the run for certain; then lets the pages go.
 */
async function interrupted(args: string[], node: string, cwd = root): Promise<{ code: number | null; stderr: string }> {
  let holding = true
  const proxy = await startGateProxy(node, ({ path, nth }) => (holding && path.endsWith('/_search') && nth > 3 ? 'hold' : 'forward'))
  try {
    return await new Promise((resolve, reject) => {
      const child: ChildProcess = spawn(process.execPath, [bin, ...args, '--progress'], {
        cwd,
        env: { ...process.env, ELASTREAM_DEBUG: '', ELASTICSEARCH_URL: proxy.url },
      })
      let stderr = ''
      const killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
      child.stdout!.resume()
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString()
      })
      const until = (what: () => boolean) =>
        new Promise<void>((ok) => {
          const tick = () => (what() ? ok() : setTimeout(tick, 20))
          tick()
        })
      let side: Promise<void> = Promise.resolve()
      child.on('spawn', () => {
        side = (async () => {
          await proxy.until((p) => p.held > 0)
          await until(() => /\s[1-9][\d,]* docs/.test(stderr))
          child.kill('SIGINT')
          await until(() => /interrupted: finishing/.test(stderr) || child.exitCode !== null)
          holding = false
          proxy.release()
        })()
      })
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(killer)
        side.then(() => resolve({ code, stderr }), reject)
      })
    })
  } finally {
    await proxy.close()
  }
}

onEachServer(t, 'three parts dumped by three processes hold every document once', async (t, server) => {
  const index = uniqueName('dump-part')
  await seeded(t, server, index)
  const env = { ELASTICSEARCH_URL: server.url }
  for (const slices of ['1', '2']) {
    const files = [1, 2, 3].map((i) => join(dir, `${index}-s${slices}-${i}.ndjson`))
    const runs = await Promise.all(
      files.map((file, i) => runCli(['dump', index, '--part', `${i + 1}/3`, '--slices', slices, '-o', file], { env })),
    )
    for (const run of runs) t.equal(run.code, 0, run.stderr)
    const { all, twice, per } = idsOfFiles(files)
    t.same(twice, [], `no document in two parts (--slices ${slices})`)
    t.same(all, sortedIds(N), `every document in a part (--slices ${slices})`)
    t.ok(per.every((n) => n > 0 && n < N), `each part a share: ${per.join(', ')}`)
  }
})

onEachServer(t, 'a part stopped with Ctrl-C and resumed: still every document once', async (t, server) => {
  const index = uniqueName('dump-part-resume')
  await seeded(t, server, index)
  const env = { ELASTICSEARCH_URL: server.url }
  const files = [1, 2, 3].map((i) => join(dir, `${index}-${i}.ndjson`))
  const first = await interrupted(['dump', index, '--part', '2/3', '--batch', '10', '-o', files[1]!], server.url)
  t.equal(first.code, 130, first.stderr)
  const cursor = `${files[1]}.part-2-of-3.cursor`
  t.match(first.stderr, `cursor saved to ${cursor}`)
  t.ok(existsSync(cursor), 'the cursor file carries the part')
  t.match(JSON.parse(readFileSync(cursor, 'utf8')), { command: 'dump', source: index, part: '2/3' })
  const partial = idsOfFiles([files[1]!]).per[0]!
  t.ok(partial > 0 && partial < N / 3, `${partial} documents of part 2 before Ctrl-C`)

  // Another part cannot continue it.
  const wrong = await runCli(['dump', index, '--part', '3/3', '-o', files[1]!, '--cursor', cursor, '--resume'], { env })
  t.equal(wrong.code, 2, wrong.stderr)
  t.match(wrong.stderr, `was saved by "dump ${index} --part 2/3", not by this command`)

  const runs = await Promise.all([
    runCli(['dump', index, '--part', '1/3', '-o', files[0]!], { env }),
    runCli(['dump', index, '--part', '2/3', '-o', files[1]!, '--resume'], { env }),
    runCli(['dump', index, '--part', '3/3', '-o', files[2]!], { env }),
  ])
  for (const run of runs) t.equal(run.code, 0, run.stderr)
  const { all, twice } = idsOfFiles(files)
  t.same(twice, [], 'no document twice')
  t.same(all, sortedIds(N), 'every document')
  t.notOk(existsSync(cursor), 'the cursor removed after the part completed')
})

onEachServer(t, 'a backup folder written by three parts, one stopped and resumed, restores every document once', async (t, server) => {
  const prefix = uniqueName('dump-part-bk')
  const indices = [`${prefix}-a`, `${prefix}-b`]
  const c = await seeded(t, server, indices[0]!)
  await seeded(t, server, indices[1]!, 700)
  await c.transport.request({ method: 'POST', path: '/_aliases', body: { actions: [{ add: { index: indices[0], alias: `${prefix}-alias` } }] } })
  const env = { ELASTICSEARCH_URL: server.url }
  const folder = join(dir, `${prefix}/`)
  const cwd = mkdtempSync(join(dir, 'cwd-'))
  const part = (i: number, extra: string[] = []) => ['dump', `${prefix}-*`, '-o', folder, '--part', `${i}/3`, ...extra]

  const stopped = await interrupted(part(2, ['--batch', '10', '--parallel', '1']), server.url)
  t.equal(stopped.code, 130, stopped.stderr)
  t.match(stopped.stderr, 'manifest.part-2-of-3.json records where each index stopped')
  const early = await runCli(['load', folder], { env, cwd })
  t.equal(early.code, 1, 'a backup with parts missing is refused')
  t.match(early.stderr, /is in 3 parts, but parts 1, 3 are missing \(dump --part 1\/3 into it\)/)

  const runs = await Promise.all([
    runCli(part(1), { env }),
    runCli(part(2, ['--resume']), { env }),
    runCli(part(3), { env }),
  ])
  for (const run of runs) t.equal(run.code, 0, run.stderr)
  const names = readdirSync(folder).sort()
  t.same(names.filter((n) => n.startsWith('manifest')), ['manifest.part-1-of-3.json', 'manifest.part-2-of-3.json', 'manifest.part-3-of-3.json'])
  t.same(names.filter((n) => n.endsWith('.definition.json')), indices.map((i) => `${i}.definition.json`), 'the definitions once, by part 1')
  t.same(names.filter((n) => n.endsWith('.ndjson')), indices.flatMap((i) => [1, 2, 3].map((p) => `${i}.part-${p}-of-3.ndjson`)))
  const files = names.filter((n) => n.startsWith(indices[0]!) && n.endsWith('.ndjson')).map((n) => join(folder, n))
  const { all, twice } = idsOfFiles(files)
  t.same(twice, [], 'no document in two parts')
  t.same(all, sortedIds(N), 'every document in a part')

  const again = await runCli(part(3), { env })
  t.equal(again.code, 2, 'a part does not overwrite itself')
  t.match(again.stderr, 'already holds a backup (manifest.part-3-of-3.json)')
  const otherN = await runCli(['dump', `${prefix}-*`, '-o', folder, '--part', '1/4'], { env })
  t.equal(otherN.code, 2)
  t.match(otherN.stderr, /holds part \d of 3, not of 4/)
  const whole = await runCli(['dump', `${prefix}-*`, '-o', folder], { env })
  t.equal(whole.code, 2)
  t.match(whole.stderr, 'holds parts of a backup (3 part manifests)')

  for (const index of indices) await deleteIndex(c, index)
  const restore = await runCli(['load', folder], { env, cwd })
  t.equal(restore.code, 0, restore.stderr)
  t.match(restore.stderr, 'every count as in the manifest')
  t.same(await idsIn(c, indices[0]!), sortedIds(N))
  t.same(await idsIn(c, indices[1]!), sortedIds(700))
  const alias = await c.transport.request<Record<string, unknown>>({ method: 'GET', path: `/_alias/${prefix}-alias` })
  t.same(Object.keys(alias), [indices[0]], 'the aliases from part 1 restored')
})

t.test('--part is checked: the flag and the value named', async (t) => {
  const env = { ELASTICSEARCH_URL: 'http://127.0.0.1:1' }
  for (const value of ['0/3', '4/3', 'a/b', '1/0', '2', '']) {
    for (const output of [join(dir, 'bad.ndjson'), join(dir, 'bad-folder/')]) {
      const run = await runCli(['dump', 'x', '--part', value, '-o', output], { env })
      t.equal(run.code, 2, `--part ${value} -o ${output}`)
      t.match(run.stderr, `--part must be i/n with 1 <= i <= n (e.g. 2/8), got "${value}"`)
    }
  }
  const definitions = await runCli(['dump', 'x', '--part', '1/2', '--only', 'definitions', '-o', join(dir, 'defs/')], { env })
  t.equal(definitions.code, 2)
  t.match(definitions.stderr, '--part 1/2 splits the documents; --only definitions has none')
})
