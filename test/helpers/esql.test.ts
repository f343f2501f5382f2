// ES|QL helper against a local server that answers as Elasticsearch documents _query (JSON, columnar or not,
// and Arrow IPC made with apache-arrow here): the local test node has no ES|QL.
import { type Table, tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow'
import t from 'tap'
import { Client } from '../../src/client.js'
import { esql } from '../../src/helpers/esql.js'
import { esLike, startServer } from '../support/local-servers.js'

const columns = [
  { name: 'host', type: 'keyword' },
  { name: 'bytes', type: 'long' },
]
const rows = [
  ['a', 10],
  ['b', 20],
  ['c', null],
]
const arrowBytes = Buffer.from(
  tableToIPC(tableFromArrays({ host: ['a', 'b', 'c'], bytes: Float64Array.from([10, 20, 30]) }), 'stream'),
)

async function setup(t: { teardown(fn: () => Promise<void>): void }) {
  // GET / first: the client learns the server is Elasticsearch before it sends an Elasticsearch-only request.
  const info = esLike()
  const server = await startServer((req, res, body) => {
    if (req.url === '/') return info(req, res, body)
    const url = new URL(req.url ?? '/', 'http://x')
    const request = JSON.parse(body.toString())
    const headers = { 'x-elastic-product': 'Elasticsearch' }
    if (url.searchParams.get('format') === 'arrow') {
      res.writeHead(200, { ...headers, 'content-type': 'application/vnd.apache.arrow.stream' })
      return res.end(arrowBytes)
    }
    const values = request.columnar ? [rows.map((r) => r[0]), rows.map((r) => r[1])] : rows
    res.writeHead(200, { ...headers, 'content-type': 'application/json' })
    res.end(JSON.stringify({ took: 3, is_partial: false, columns, values }))
  })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const queries = () => server.requests.filter((r) => r.url !== '/')
  return { server, client, queries }
}


t.test('rows(): objects from the columnar answer (asked by default)', async (t) => {
  const { client, queries } = await setup(t)
  const out: unknown[] = []
  for await (const row of esql(client, { query: 'FROM logs | KEEP host, bytes' }).rows()) out.push(row)
  t.same(out, [
    { host: 'a', bytes: 10 },
    { host: 'b', bytes: 20 },
    { host: 'c', bytes: null },
  ])
  const sent = queries()[0]!
  t.equal(sent.url, '/_query?format=json')
  t.same(JSON.parse(sent.body.toString()), { columnar: true, query: 'FROM logs | KEEP host, bytes' })
})

t.test("rows() with the caller's columnar: false: sent as given, read as rows", async (t) => {
  const { client, queries } = await setup(t)
  const out: unknown[] = []
  const query = { query: 'FROM logs', columnar: false, params: [1], drop_null_columns: true }
  for await (const row of esql(client, query).rows()) out.push(row)
  t.equal(out.length, 3)
  t.same(out[2], { host: 'c', bytes: null })
  t.equal(queries()[0]!.url, '/_query?format=json&drop_null_columns=true')
  t.same(JSON.parse(queries()[0]!.body.toString()), { columnar: false, query: 'FROM logs', params: [1] })
})

t.test('arrow(): the bytes untouched; table() and reader() read them with apache-arrow', async (t) => {
  const { client, queries } = await setup(t)
  const q = esql(client, { query: 'FROM logs' })
  const bytes = await q.arrow()
  t.ok(Buffer.isBuffer(bytes))
  t.same(bytes, arrowBytes, 'exactly the Arrow IPC stream sent')
  t.same(tableFromIPC(bytes).getChild('host')?.toArray(), ['a', 'b', 'c'])
  const table = (await q.table()) as Table
  t.equal(table.numRows, 3)
  t.same(Array.from(table.getChild('bytes')!.toArray() as Float64Array), [10, 20, 30])
  const reader = (await q.reader()) as AsyncIterable<{ numRows: number }> & Iterable<{ numRows: number }>
  let n = 0
  for (const batch of reader) n += batch.numRows
  t.equal(n, 3)
  t.equal(queries()[0]!.url, '/_query?format=arrow')
  // Also through the plain API method: the transport hands back Arrow as a Buffer, not a mangled string.
  const viaApi = await client.esql.query({ query: 'FROM logs', format: 'arrow' })
  t.same(viaApi, arrowBytes)
})

t.test("the caller's format is respected: rows() and arrow() refuse a format they cannot read", async (t) => {
  const { client } = await setup(t)
  t.throws(() => esql(client, { query: 'x', format: 'csv' }).rows(), { name: 'ConfigurationError', message: /rows\(\) reads the JSON answer; format is "csv"/ })
  await t.rejects(esql(client, { query: 'x', format: 'json' }).arrow(), { message: /arrow\(\) reads format "arrow"/ })
  t.throws(() => esql(client, { query: '' }), { name: 'ConfigurationError', message: /needs a "query" string/ })
  const whole = await esql(client, { query: 'x' }).answer()
  t.match(whole, { took: 3, columns })
})
