// Shared bits of the stream helpers' tests: a client for the real node, unique index names, and what an
// index really holds (the ground truth every "nothing lost" assertion compares with).
import { randomBytes } from 'node:crypto'
import { Client } from '../../src/client.js'
import { esUrl } from './es-url.js'

export function client(node: string = esUrl, options: Record<string, unknown> = {}): Client {
  return new Client({ node, ...options })
}

export function uniqueIndex(topic: string): string {
  return `elastream-streams-${topic}-${randomBytes(4).toString('hex')}`
}

export async function createIndex(c: Client, index: string, shards = 1, mappings?: unknown): Promise<void> {
  await c.transport.request({
    method: 'PUT',
    path: `/${index}`,
    body: {
      settings: { number_of_shards: shards, number_of_replicas: 0 },
      ...(mappings ? { mappings } : {}),
    },
  })
}

export async function deleteIndex(c: Client, index: string): Promise<void> {
  await c.transport.request({ method: 'DELETE', path: `/${index}` }, { ignore: [404] })
}

/** All ids in the index, sorted (refreshes first). Fine for the few thousand documents tests use. */
export async function idsIn(c: Client, index: string): Promise<string[]> {
  await c.transport.request({ method: 'POST', path: `/${index}/_refresh` })
  const res = await c.transport.request<{ hits: { hits: Array<{ _id: string }> } }>({
    method: 'POST',
    path: `/${index}/_search`,
    body: { size: 10_000, _source: false, sort: ['_doc'], track_total_hits: false },
  })
  return res.hits.hits.map((h) => h._id).sort()
}

export async function sourceOf(
  c: Client,
  index: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const res = await c.transport.request<{ found: boolean; _source?: Record<string, unknown> }>(
    { method: 'GET', path: `/${index}/_doc/${encodeURIComponent(id)}` },
    { ignore: [404] },
  )
  return res.found ? res._source : undefined
}

/** Search contexts (points in time, scrolls) open on an index: the check that scan cleaned up. */
export async function openContexts(c: Client, index: string): Promise<number> {
  const res = await c.transport.request<any>({ method: 'GET', path: `/${index}/_stats/search` })
  return res._all.total.search.open_contexts
}

/** Polls until `fn` is true or `ms` passed. */
export async function eventually(fn: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms
  for (;;) {
    if (await fn()) return true
    if (Date.now() > end) return false
    await new Promise((r) => setTimeout(r, 50))
  }
}

export function range(n: number, from = 0): number[] {
  return Array.from({ length: n }, (_, i) => i + from)
}

export function sortedIds(n: number, from = 0): string[] {
  return range(n, from).map(String).sort()
}
