/** Small direct calls to the real node for test setup and checks (the CLI under test does the real work). */
import { esUrl } from './es-url.js'

export { esUrl }

export async function es(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(new URL(path, esUrl), {
    method,
    headers:
      body === undefined
        ? {}
        : { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return text ? JSON.parse(text) : undefined
}

/** Creates `index` with `count` documents {n, name} whose ids are `doc-<n>`, refreshed. */
export async function seed(index: string, count: number): Promise<void> {
  await es('PUT', `/${index}`, { settings: { number_of_shards: 2, number_of_replicas: 0 } })
  for (let start = 0; start < count; start += 5000) {
    let lines = ''
    for (let n = start; n < Math.min(count, start + 5000); n++) {
      lines += `{"index":{"_index":"${index}","_id":"doc-${n}"}}\n{"n":${n},"name":"name ${n}","even":${n % 2 === 0}}\n`
    }
    const res = await es('POST', '/_bulk?refresh=true', lines)
    if (res.errors)
      throw new Error(`seed failed: ${JSON.stringify(res.items.find((i: any) => i.index.error))}`)
  }
}

export async function count(index: string): Promise<number> {
  await es('POST', `/${index}/_refresh`)
  return (await es('GET', `/${index}/_count`)).count
}

export async function ids(index: string): Promise<string[]> {
  const res = await es('POST', `/${index}/_search`, { size: 10000, _source: false, sort: ['_doc'] })
  return res.hits.hits.map((h: { _id: string }) => h._id).sort()
}

export async function drop(...indices: string[]): Promise<void> {
  for (const index of indices) await es('DELETE', `/${index}?ignore_unavailable=true`)
}
