// scan({ slice }): one slice of a search per process, each with its own point in time, on both real servers.
import t from 'tap'
import { Client } from '../../src/client.js'
import { ConfigurationError } from '../../src/errors.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { type ScanCursor, scan } from '../../src/helpers/scan/scan.js'
import { createIndex, deleteIndex, idsIn, range, sortedIds, uniqueIndex } from '../support/es.js'
import { onEachServer } from '../support/real-servers.js'

const N = 1200

async function idsOf(c: Client, options: Parameters<typeof scan>[1]): Promise<string[]> {
  const out: string[] = []
  for await (const hit of scan(c, options)) out.push(hit._id)
  return out
}

/** Every id of the slices together, and the ids read more than once. */
function union(parts: string[][]): { all: string[]; twice: string[] } {
  const seen = new Set<string>()
  const twice: string[] = []
  for (const id of parts.flat()) {
    if (seen.has(id)) twice.push(id)
    seen.add(id)
  }
  return { all: [...seen].sort(), twice }
}

onEachServer(t, 'three slices, each its own point in time, hold every document once', async (t, server) => {
  const c = new Client({ node: server.url })
  const index = uniqueIndex('scan-slice')
  t.teardown(async () => {
    await deleteIndex(c, index)
    await c.close()
  })
  await createIndex(c, index, 2)
  await bulk(c, range(N).map((n) => ({ n })), { index, id: 'n', refresh: true })
  for (const slices of [1, 2]) {
    const parts = await Promise.all([0, 1, 2].map((id) => idsOf(c, { index, size: 100, slices, slice: { id, max: 3 } })))
    const { all, twice } = union(parts)
    t.same(twice, [], `no document in two slices (slices: ${slices})`)
    t.same(all, sortedIds(N), `every document in one slice (slices: ${slices})`)
    t.ok(parts.every((p) => p.length > 0 && p.length < N), `each slice a part: ${parts.map((p) => p.length).join(', ')}`)
  }
})

// Elasticsearch cuts a point in time's slices by where documents sit in its segments unless told a field: two
// points in time opened around a merge cut the same index differently. The slice option hashes _id instead.
t.test('slices of points in time opened before and after a merge still hold every document once', async (t) => {
  const c = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
  const index = uniqueIndex('scan-slice-merge')
  t.teardown(async () => {
    await deleteIndex(c, index)
    await c.close()
  })
  await createIndex(c, index, 1)
  // Three segments, the first with most of its documents deleted: the merge drops them and moves the rest.
  for (const from of [0, 300, 600]) {
    await bulk(c, range(300, from).map((n) => ({ n })), { index, id: 'n', refresh: true })
  }
  await bulk(c, range(250).map((n) => ({ delete: { _index: index, _id: String(n) } })), { refresh: true })
  const kept = sortedIds(650, 250)
  const before = await idsOf(c, { index, size: 100, slice: { id: 0, max: 3 } })
  await c.transport.request({ method: 'POST', path: `/${index}/_forcemerge`, querystring: { max_num_segments: 1 } })
  await c.transport.request({ method: 'POST', path: `/${index}/_refresh` })
  const after = await Promise.all([1, 2].map((id) => idsOf(c, { index, size: 100, slice: { id, max: 3 } })))
  const { all, twice } = union([before, ...after])
  t.same(twice, [], 'no document in two slices')
  t.same(all, kept, 'every document in one slice')
  t.same(await idsIn(c, index), kept)
})

onEachServer(t, 'a sliced scan stopped and resumed from its cursor reads the rest of its slice', async (t, server) => {
  const c = new Client({ node: server.url })
  const index = uniqueIndex('scan-slice-resume')
  t.teardown(async () => {
    await deleteIndex(c, index)
    await c.close()
  })
  await createIndex(c, index, 2)
  await bulk(c, range(N).map((n) => ({ n })), { index, id: 'n', refresh: true })
  const whole = await idsOf(c, { index, size: 50, slice: { id: 1, max: 3 } })
  const first: string[] = []
  const stopped = scan(c, { index, size: 50, slice: { id: 1, max: 3 }, keepPointInTime: true })
  for await (const hit of stopped) {
    first.push(hit._id)
    if (first.length === 120) break
  }
  const cursor = stopped.cursor as ScanCursor
  t.same(cursor.slice, { id: 1, max: 3 }, 'the cursor says which slice it read')
  t.throws(
    () => scan(c, { index, resume: cursor, slice: { id: 2, max: 3 } }),
    new ConfigurationError('scan: option "slice" is { id: 2, max: 3 } but the cursor was saved reading { id: 1, max: 3 }'),
  )
  // The cursor alone resumes the same slice.
  const rest = await idsOf(c, { index, size: 50, resume: cursor })
  t.same(union([first, rest]).twice, [], 'nothing read twice')
  t.same([...first, ...rest].sort(), [...whole].sort(), 'the slice, whole')
})

t.test('a bad slice option names the option and the value', async (t) => {
  const c = new Client({ node: 'http://127.0.0.1:1' })
  t.teardown(() => c.close())
  const bad: Array<[unknown, RegExp]> = [
    [{ id: 3, max: 3 }, /^scan: option "slice\.id" must be an integer from 0 to 2, got 3$/],
    [{ id: -1, max: 3 }, /^scan: option "slice\.id" must be an integer from 0 to 2, got -1$/],
    [{ id: 0, max: 0 }, /^scan: option "slice\.max" must be an integer >= 1, got 0$/],
    [{ id: 0, max: 1.5 }, /^scan: option "slice\.max" must be an integer >= 1, got 1\.5$/],
    [{ ids: 0, max: 2 }, /^scan: option "slice": unknown option "ids" \(did you mean "id"\?\)/],
    [3, /^scan: option "slice" must be \{ id, max \}, got 3$/],
  ]
  for (const [slice, message] of bad) {
    t.throws(() => scan(c, { index: 'x', slice: slice as { id: number; max: number } }), { name: 'ConfigurationError', message })
  }
})
