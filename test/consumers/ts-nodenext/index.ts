// A TypeScript user of elastream: types must resolve from the package's own entry, with nothing leaking as any.
import { Client, bulk, scan, type BulkStats } from 'elastream'

type IsAny<T> = 0 extends 1 & T ? true : false
const notAny = <T>(_value: T, _proof: IsAny<T> extends false ? true : never): void => {}

export async function main(): Promise<void> {
  const client = new Client({ node: 'http://127.0.0.1:9200' })
  notAny(client, true)
  notAny(client.search, true)
  const stats: BulkStats = await bulk(client, [{ a: 1 }], { index: 'x' })
  notAny(stats.successful, true)
  const hits = scan(client, { index: 'x' })
  notAny(hits, true)
  // @ts-expect-error: an unknown client option is a compile error
  new Client({ node: 'http://127.0.0.1:9200', requestTimeut: 5 })
  await client.close()
}
