// `elastream reindex` inside one Elasticsearch cluster runs the server's _reindex as a task. The suite's
// Elasticsearch (the integ-test distribution) has no _reindex, so these tests talk to a local server that
// answers as Elasticsearch documents _reindex and the tasks API (GET _tasks/<id>, GET _tasks?parent_task_id,
// POST _tasks/<id>/_cancel); the real run is on OpenSearch (test/opensearch/reindex-on-cluster.test.ts).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { bin, fakeElasticsearch, root, runCli } from '../support/run-cli.js'
import { childEnv } from '../support/child-env.js'

const TASK = 'nodeA:77'

// Every test has its own local server: they run side by side (tap buffers their output), each mostly waiting
// for a CLI process to start or for the task to be polled again.
t.jobs = 4

interface Seen {
  method: string
  path: string
  query: URLSearchParams
  body: any
}

interface FakeCluster {
  /** Answers GET _tasks/<TASK>; `n` counts the calls from 0. */
  task(n: number, cancelled: boolean): object
  /** Answers GET _tasks?parent_task_id=<TASK>. */
  children?(n: number): object
  /** Answers POST _reindex (default: the task id). */
  reindex?(): { status: number; body: unknown }
  uuid?: string
  /** After the `n`-th GET _tasks/<TASK> (from 0), the server stops answering anything. */
  dieAfter?: number
}

async function fakeCluster(spec: FakeCluster) {
  const seen: Seen[] = []
  let taskCalls = 0
  let childCalls = 0
  let cancelled = false
  let dead = false
  const fake = await fakeElasticsearch((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      // Elasticsearch decodes the path: a task id's colon may come as %3A.
      const path = decodeURIComponent(url.pathname)
      const text = Buffer.concat(chunks).toString()
      seen.push({ method: req.method ?? '', path, query: url.searchParams, body: text ? JSON.parse(text) : undefined })
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (dead) return req.socket.destroy()
      const route = `${req.method} ${path}`
      if (route === 'GET /') return send(200, { name: 'n', cluster_name: 'c', version: { number: '9.5.3' }, tagline: 'You Know, for Search' })
      if (route === 'GET /_cluster/health') return send(200, { status: 'green' })
      if (path.startsWith('/_cluster/state/metadata')) return send(200, { metadata: { cluster_uuid: spec.uuid ?? 'uuid-1' } })
      if (route === 'POST /src/_count') return send(200, { count: 1000 })
      // The count of a search body with runtime_mappings, which _count does not take.
      if (route === 'POST /src/_search') return send(200, { hits: { total: { value: 7, relation: 'eq' }, hits: [] } })
      if (route === 'POST /_reindex') {
        const answer = spec.reindex?.() ?? { status: 200, body: { task: TASK } }
        return send(answer.status, answer.body)
      }
      if (route === `GET /_tasks/${TASK}`) {
        const n = taskCalls++
        if (spec.dieAfter !== undefined && n >= spec.dieAfter) {
          dead = true
          fake.server.closeAllConnections()
          fake.server.close()
          return req.socket.destroy()
        }
        return send(200, spec.task(n, cancelled))
      }
      if (route === 'GET /_tasks' && url.searchParams.get('parent_task_id') === TASK) {
        return send(200, spec.children?.(childCalls++) ?? { tasks: [] })
      }
      if (route === `POST /_tasks/${TASK}/_cancel`) {
        cancelled = true
        return send(200, { nodes: {} })
      }
      send(500, { error: { type: 'unexpected_request', reason: route }, status: 500 })
    })
  })
  return { ...fake, seen, cancelledNow: () => cancelled }
}

const status = (s: Partial<Record<string, unknown>>) => ({
  total: 0,
  updated: 0,
  created: 0,
  deleted: 0,
  batches: 0,
  version_conflicts: 0,
  noops: 0,
  retries: { bulk: 0, search: 0 },
  throttled_millis: 0,
  requests_per_second: -1,
  throttled_until_millis: 0,
  ...s,
})

const running = (s: object) => ({
  completed: false,
  task: { node: 'nodeA', id: 77, action: 'indices:data/write/reindex', status: s, cancellable: true },
})
const done = (s: object, response: object) => ({ ...running(s), completed: true, response })

t.test('a sliced task: progress adds the running slices (child tasks) to the finished ones; the summary says created and updated', async (t) => {
  const finished = status({ slice_id: 0, total: 500, created: 400, updated: 100, batches: 5 })
  const fake = await fakeCluster({
    task: (n) =>
      n < 3
        ? running(status({ slices: [n === 0 ? null : finished, null] }))
        : done(status({ total: 1000, created: 800, updated: 200 }), {
            ...status({ total: 1000, created: 800, updated: 200 }),
            took: 10,
            timed_out: false,
            failures: [],
          }),
    children: (n) => ({
      tasks: [
        ...(n === 0 ? [{ node: 'nodeA', id: 78, status: status({ slice_id: 0, total: 500, created: 150 }) }] : []),
        { node: 'nodeA', id: 79, status: status({ slice_id: 1, total: 500, created: 111 + n }) },
      ],
    }),
  })
  t.teardown(() => fake.close())
  const dir = mkdtempSync(join(tmpdir(), 'elastream-reindex-task-'))
  const statsFile = join(dir, 'stats.json')
  const r = await runCli(
    ['reindex', 'src', 'dst', '--no-create', '--query', '{"term":{"a":1}}', '--fields', 'a,b', '--batch', '250', '--progress', '--stats-file', statsFile],
    { env: { ELASTICSEARCH_URL: fake.url } },
  )
  t.equal(r.code, 0, r.stderr)
  const start = fake.seen.find((s) => s.path === '/_reindex')!
  t.equal(start.method, 'POST')
  t.equal(start.query.get('wait_for_completion'), 'false')
  t.equal(start.query.get('slices'), 'auto', 'slices=auto unless --slices says otherwise')
  t.equal(start.query.get('refresh'), 'true', 'the destination is refreshed, as the client path does')
  t.same(start.body, { source: { index: 'src', query: { term: { a: 1 } }, _source: ['a', 'b'], size: 250 }, dest: { index: 'dst' } })
  t.match(r.stderr, `elastream: copying on the cluster as task ${TASK}\n`)
  // First look: slice 0 running (150) + slice 1 running (111); then slice 0 finished (500) + slice 1 (112, 113).
  t.match(r.stderr, /\b261 docs\b/, 'both running slices counted')
  t.match(r.stderr, /\b612 docs\b/, 'the finished slice from the status, the running one from its child task')
  t.match(r.stderr, /copied 1,000 documents src -> dst on the cluster in [\d.]+s \([\d,]+ docs\/s; 800 created, 200 updated\)\n$/)
  t.notMatch(r.stderr, / B\b/, 'no bytes on the progress line: none pass through elastream')
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  t.match(stats, { command: 'reindex', docs: 1000, failed: 0, onCluster: true, created: false, task: { id: TASK, created: 800, updated: 200, total: 1000 } })
  t.notOk(fake.seen.some((s) => s.path.endsWith('/_cancel')), 'nothing cancelled')
})

t.test('--slices N is passed on; a task that copies at once is read once', async (t) => {
  const fake = await fakeCluster({
    task: () => done(status({ total: 3, created: 3 }), { ...status({ total: 3, created: 3 }), timed_out: false, failures: [] }),
  })
  t.teardown(() => fake.close())
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--slices', '3'], { env: { ELASTICSEARCH_URL: fake.url } })
  t.equal(r.code, 0, r.stderr)
  t.equal(fake.seen.find((s) => s.path === '/_reindex')!.query.get('slices'), '3')
  t.equal(fake.seen.filter((s) => s.path === `/_tasks/${TASK}`).length, 1)
  t.match(r.stderr, /copied 3 documents src -> dst on the cluster/)
})

t.test('failures in the completed task are listed, counted, and make the exit code 1', async (t) => {
  const failures = [
    ...Array.from({ length: 11 }, (_, i) => ({
      index: 'dst',
      id: `d${i}`,
      cause: { type: 'document_parsing_exception', reason: `[1:9] failed to parse field [n] of type [integer] in document with id 'd${i}'` },
      status: 400,
    })),
    { index: 'src', shard: 2, node: 'nodeB', reason: { type: 'search_phase_execution_exception', reason: 'all shards failed' } },
  ]
  const counts = status({ total: 1000, created: 300, batches: 1 })
  const fake = await fakeCluster({ task: () => done(counts, { ...counts, timed_out: false, failures }) })
  t.teardown(() => fake.close())
  const dir = mkdtempSync(join(tmpdir(), 'elastream-reindex-task-'))
  const statsFile = join(dir, 'stats.json')
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--stats-file', statsFile], { env: { ELASTICSEARCH_URL: fake.url } })
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, "elastream: document d0: document_parsing_exception: [1:9] failed to parse field [n] of type [integer] in document with id 'd0'\n")
  t.match(r.stderr, 'elastream: document d9: ')
  t.notMatch(r.stderr, 'document d10:', 'ten shown')
  t.match(r.stderr, 'elastream: ... and 2 more (see --stats-file)\n')
  t.match(r.stderr, /copied 300 documents src -> dst on the cluster in .*; 12 failed and the task stopped there \(the rest was not copied/)
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  t.equal(stats.failed, 11, 'refused documents')
  t.equal(stats.failures.length, 12, 'every failure kept in the stats file')
  t.same(stats.failures[11], { index: 'src', shard: 2, node: 'nodeB', type: 'search_phase_execution_exception', reason: 'all shards failed' })
})

t.test('a task that ended with an exception: one line naming the task and the error, exit 1', async (t) => {
  const fake = await fakeCluster({
    task: () => ({
      ...running(status({ total: 1000, created: 40 })),
      completed: true,
      error: { type: 'index_closed_exception', reason: 'closed' },
    }),
  })
  t.teardown(() => fake.close())
  const r = await runCli(['reindex', 'src', 'dst', '--no-create'], { env: { ELASTICSEARCH_URL: fake.url } })
  t.equal(r.code, 1)
  t.match(r.stderr, `elastream: the reindex task ${TASK} failed after copying 40 documents src -> dst on the cluster: index_closed_exception: closed\n`)
})

t.test('Ctrl-C cancels the task, waits for it to stop, reports what it copied and exits 130', async (t) => {
  const fake = await fakeCluster({
    task: (n, cancelled) => {
      const counts = status({ total: 1000, created: 100 + n })
      if (!cancelled) return running(counts)
      const stopped = { ...counts, canceled: 'by user request' }
      return done(stopped, { ...stopped, timed_out: false, failures: [] })
    },
  })
  t.teardown(() => fake.close())
  const child = spawn(process.execPath, [bin, 'reindex', 'src', 'dst', '--no-create'], {
    cwd: root,
    env: childEnv({ ELASTICSEARCH_URL: fake.url }),
  })
  let stderr = ''
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
    // Once the task is followed (a second look at it), interrupt.
    if (fake.seen.filter((s) => s.path === `/_tasks/${TASK}`).length >= 2 && !child.killed) child.kill('SIGINT')
  })
  const poll = setInterval(() => {
    if (fake.seen.filter((s) => s.path === `/_tasks/${TASK}`).length >= 2 && !child.killed) child.kill('SIGINT')
  }, 20)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(poll)
  clearTimeout(killer)
  t.equal(code, 130, stderr)
  t.ok(fake.cancelledNow(), 'POST _tasks/<id>/_cancel sent')
  const afterCancel = fake.seen.slice(fake.seen.findIndex((s) => s.path.endsWith('/_cancel')) + 1)
  t.ok(afterCancel.some((s) => s.path === `/_tasks/${TASK}`), 'the task read again after the cancel')
  t.match(stderr, new RegExp(`interrupted: task ${TASK} cancelled after copying 1\\d\\d documents src -> dst on the cluster in .*; run the same command again`))
})

t.test('the node dies while the task runs: the task id is printed so that the user can follow it; exit 3', async (t) => {
  const fake = await fakeCluster({ task: (n) => running(status({ total: 1000, created: 10 * n })), dieAfter: 2 })
  t.teardown(() => fake.close())
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--timeout', '2000'], { env: { ELASTICSEARCH_URL: fake.url } })
  t.equal(r.code, 3, r.stderr)
  t.match(
    r.stderr,
    `elastream: lost track of task ${TASK} at ${fake.url}; it may still be running (GET _tasks/${TASK} follows it, POST _tasks/${TASK}/_cancel stops it)\n`,
  )
  t.match(r.stderr, /elastream: cannot reach Elasticsearch/)
})

t.test('a cluster without _reindex (no handler: 405): the copy goes through the client, and a line says so', async (t) => {
  const fake = await fakeCluster({
    task: () => ({}),
    reindex: () => ({
      status: 405,
      body: { error: 'Incorrect HTTP method for uri [/_reindex] and method [POST], allowed: [GET, PUT, DELETE, HEAD]', status: 405 },
    }),
  })
  t.teardown(() => fake.close())
  const r = await runCli(['reindex', 'src', 'dst', '--no-create'], { env: { ELASTICSEARCH_URL: fake.url } })
  t.match(r.stderr, `elastream: ${fake.url} has no _reindex (the reindex module): copying through the client\n`)
  // The client path starts with a point in time on the source, which this server does not serve.
  t.ok(fake.seen.some((s) => s.method === 'POST' && s.path === '/src/_pit'), 'the scan began')
  t.equal(r.code, 1)
})

t.test('--to: the server copies when both URLs reach one cluster (same cluster_uuid), not otherwise', async (t) => {
  const a = await fakeCluster({
    uuid: 'same',
    task: () => done(status({ total: 2, created: 2 }), { ...status({ total: 2, created: 2 }), timed_out: false, failures: [] }),
  })
  const b = await fakeCluster({ uuid: 'same', task: () => ({}) })
  const c = await fakeCluster({ uuid: 'other', task: () => ({}) })
  t.teardown(async () => {
    await a.close()
    await b.close()
    await c.close()
  })
  const same = await runCli(['reindex', 'src', 'dst', '--no-create', '--to', b.url], { env: { ELASTICSEARCH_URL: a.url } })
  t.equal(same.code, 0, same.stderr)
  t.ok(a.seen.some((s) => s.path === '/_reindex'), 'the source node runs _reindex')
  t.notOk(b.seen.some((s) => s.path === '/_reindex'))

  const other = await runCli(['reindex', 'src', 'dst', '--no-create', '--to', c.url], { env: { ELASTICSEARCH_URL: b.url } })
  t.notOk(b.seen.some((s) => s.path === '/_reindex'), 'another cluster: no _reindex')
  t.ok(b.seen.some((s) => s.path === '/src/_pit'), 'the copy went through the client')
  t.equal(other.code, 1)

  // Same cluster, but another user named in the URL: that user's rights decide, so the client copies.
  const otherUser = new URL(b.url)
  otherUser.username = 'writer'
  otherUser.password = 'secret'
  const before = a.seen.filter((s) => s.path === '/_reindex').length
  const user = await runCli(['reindex', 'src', 'dst', '--no-create', '--to', otherUser.href], { env: { ELASTICSEARCH_URL: a.url } })
  t.equal(a.seen.filter((s) => s.path === '/_reindex').length, before, 'no _reindex for another user')
  t.notMatch(user.stderr, 'secret')
})

t.test('--via-client and the flags only the client path has keep the copy in elastream', async (t) => {
  const fake = await fakeCluster({ task: () => ({}) })
  t.teardown(() => fake.close())
  const env = { ELASTICSEARCH_URL: fake.url }
  const flagSets = [['--via-client'], ['--dead-letter', join(tmpdir(), 'never-written.ndjson')], ['--concurrency', '2'], ['--flush-bytes', '1mb']]
  // Six independent CLI runs against one server, side by side.
  const [auto, typo, ...copies] = await Promise.all([
    runCli(['reindex', 'src', 'dst', '--via-client', '--slices', 'auto'], { env }),
    runCli(['reindex', 'src', 'dst', '--slices', 'many'], { env }),
    ...flagSets.map((flags) => runCli(['reindex', 'src', 'dst', '--no-create', ...flags], { env })),
  ])
  for (const [i, r] of copies.entries()) t.equal(r!.code, 1, `${flagSets[i]![0]}: ${r!.stderr}`)
  t.notOk(fake.seen.some((s) => s.path === '/_reindex'), 'never _reindex')
  t.equal(fake.seen.filter((s) => s.path === '/src/_pit').length, 4, 'each went through the client')
  t.equal(auto!.code, 2)
  t.equal(auto!.stderr, 'elastream: --slices auto is for the copy on the cluster, and --via-client copies through the client: give a number (--slices 4)\n')
  t.equal(typo!.code, 2)
  t.match(typo!.stderr, '--slices must be auto or an integer >= 1, got "many"')
})

t.test('--search-body and --limit on the cluster: query and _source in the source, max_docs, one slice', async (t) => {
  const fake = await fakeCluster({
    task: () => done(status({ total: 5, created: 5 }), { ...status({ total: 5, created: 5 }), timed_out: false, failures: [] }),
  })
  t.teardown(() => fake.close())
  const body = { query: { term: { a: 1 } }, _source: { includes: ['a'], excludes: ['a.secret'] } }
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--search-body', JSON.stringify(body), '--limit', '5'], {
    env: { ELASTICSEARCH_URL: fake.url },
  })
  t.equal(r.code, 0, r.stderr)
  const start = fake.seen.find((s) => s.path === '/_reindex')!
  t.same(start.body, { source: { index: 'src', ...body }, dest: { index: 'dst' }, max_docs: 5 })
  t.equal(start.query.get('slices'), '1', 'max_docs is exact with one slice only')
  t.same(fake.seen.find((s) => s.path === '/src/_count')!.body, { query: body.query }, 'the progress total counts the query')
  t.match(r.stderr, /copied 5 documents src -> dst on the cluster/)
})

t.test('on the cluster, what _reindex cannot do as asked is refused by name before anything starts', async (t) => {
  const fake = await fakeCluster({ task: () => ({}) })
  t.teardown(() => fake.close())
  const env = { ELASTICSEARCH_URL: fake.url }
  const [sorted, sliced, auto] = await Promise.all([
    runCli(['reindex', 'src', 'dst', '--search-body', '{"sort":[{"n":"desc"}]}', '--limit', '3'], { env }),
    runCli(['reindex', 'src', 'dst', '--limit', '10', '--slices', '3'], { env }),
    runCli(['reindex', 'src', 'dst', '--limit', '10', '--slices', 'auto'], { env }),
  ])
  t.equal(sorted!.code, 2, sorted!.stderr)
  t.match(sorted!.stderr, `elastream: --search-body: "sort" is not taken by the server's _reindex (deprecated there): add --via-client to copy in that order through the client\n`)
  t.equal(sliced!.code, 2, sliced!.stderr)
  t.match(sliced!.stderr, 'elastream: --limit with --slices 3: the server splits max_docs between slices and copies fewer than 10 when a slice runs short')
  t.equal(auto!.code, 2, auto!.stderr)
  t.match(auto!.stderr, '--limit with --slices auto')
  t.notOk(fake.seen.some((s) => s.path === '/_reindex' || s.method === 'PUT'), 'no task started, no index created')
})

t.test('--transform keeps the copy in elastream, and one line says why', async (t) => {
  const fake = await fakeCluster({ task: () => ({}) })
  t.teardown(() => fake.close())
  const fn = join(mkdtempSync(join(tmpdir(), 'elastream-fn-')), 'fn.mjs')
  writeFileSync(fn, 'export default (hit) => hit\n')
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--transform', fn], { env: { ELASTICSEARCH_URL: fake.url } })
  // The local server pages no hits: the client path fails there, after the line.
  t.equal(r.code, 1, r.stderr)
  t.match(r.stderr, /^elastream: --transform runs in elastream: copying through the client, not with the server's _reindex\n/)
  t.notOk(fake.seen.some((s) => s.path === '/_reindex'), 'never _reindex')
  t.ok(fake.seen.some((s) => s.path === '/src/_pit'), 'through the client')
})

t.test('--search-body runtime_mappings on the cluster: into the source, and the total counted by a search', async (t) => {
  const fake = await fakeCluster({
    task: () => done(status({ total: 7, created: 7 }), { ...status({ total: 7, created: 7 }), timed_out: false, failures: [] }),
  })
  t.teardown(() => fake.close())
  const body = { runtime_mappings: { color: { type: 'keyword' } }, query: { term: { color: 'red' } } }
  const r = await runCli(['reindex', 'src', 'dst', '--no-create', '--search-body', JSON.stringify(body)], { env: { ELASTICSEARCH_URL: fake.url } })
  t.equal(r.code, 0, r.stderr)
  t.same(fake.seen.find((s) => s.path === '/_reindex')!.body.source, { index: 'src', ...body })
  t.same(fake.seen.find((s) => s.path === '/src/_search')!.body, { size: 0, track_total_hits: true, ...body })
  t.notOk(fake.seen.some((s) => s.path === '/src/_count'), '_count does not take runtime_mappings')
})
