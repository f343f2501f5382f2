// A TypeScript user of elastream: types must resolve from the package's own entry, with nothing leaking as any.
import { Client, bulk, scan, type BulkStats } from 'elastream'
import { type MockRequest, mockServer, reply } from 'elastream/testing'

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

  // The test kit's types resolve from its own entry too.
  const mock = await mockServer()
  notAny(mock, true)
  mock.add({ method: 'GET', path: '/:index/_doc/:id' }, (request: MockRequest) => reply(200, { _id: request.params.id }))
  notAny(mock.calls({ path: '/x' }), true)
  // @ts-expect-error: a route needs a path
  mock.add({ method: 'GET' }, {})
  await mock.close()
}
