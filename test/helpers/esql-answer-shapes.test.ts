// ES|QL rows() against answers whose shape is odd (a local server answers _query as told): column names that
// are special to JavaScript objects give plain fields, and a ragged answer (columns or rows of different
// lengths) is an error instead of rows silently cut or padded.
import t, { type Test } from 'tap'
import { Client } from '../../src/client.js'
import { DeserializationError } from '../../src/errors.js'
import { esql } from '../../src/helpers/esql.js'
import { esLike, sendJson, startServer } from '../support/local-servers.js'

/** A client whose `_query` answers `{ columns, values }` as given (columnar or rows as the request asked). */
async function answering(t: Test, columns: string[], rows: unknown[][], columnarValues?: unknown[][]) {
  const info = esLike()
  const server = await startServer((req, res, body) => {
    if (req.url === '/') return info(req, res, body)
    const columnar = (JSON.parse(body.toString()) as { columnar?: boolean }).columnar === true
    const values = columnar ? (columnarValues ?? columns.map((_, c) => rows.map((r) => r[c]))) : rows
    sendJson(res, 200, { took: 1, columns: columns.map((name) => ({ name, type: 'keyword' })), values })
  })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  return client
}

async function rowsOf(client: Client, columnar: boolean): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for await (const row of esql(client, { query: 'FROM x', columnar }).rows()) out.push(row as Record<string, unknown>)
  return out
}

for (const columnar of [true, false]) {
  t.test(`columns named __proto__, constructor, toString are plain fields (columnar: ${columnar})`, async (t) => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'host']
    const client = await answering(t, names, [
      ['a string', 'c1', 't1', 'h1', 'a'],
      [{ polluted: true }, { prototype: { polluted: true } }, 't2', 'h2', 'b'],
      [null, null, null, null, 'c'],
    ])
    const rows = await rowsOf(client, columnar)
    t.equal(rows.length, 3)
    for (const row of rows) {
      t.equal(Object.getPrototypeOf(row), Object.prototype, 'every row is a plain object')
      t.same(Object.keys(row), names, 'one own field per column, in column order')
      t.equal((row as { polluted?: unknown }).polluted, undefined, 'no value became the prototype')
    }
    t.equal(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value, 'a string', 'a string value is kept')
    t.same(Object.getOwnPropertyDescriptor(rows[1], '__proto__')?.value, { polluted: true }, 'an object value is data')
    t.equal(Object.getOwnPropertyDescriptor(rows[2], '__proto__')?.value, null, 'null is a value, not a null prototype')
    t.equal(rows[0]!.constructor, 'c1')
    t.same(rows[1]!.constructor, { prototype: { polluted: true } })
    t.equal(rows[0]!.toString, 't1')
    t.equal(rows[2]!.host, 'c')
    t.equal(JSON.stringify(rows[0]), '{"__proto__":"a string","constructor":"c1","toString":"t1","hasOwnProperty":"h1","host":"a"}', 'serializes as the answer said')
    t.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype untouched')
  })
}

t.test('a columnar answer whose columns differ in length is an error, not a silent cut', async (t) => {
  const shorter = await answering(t, ['a', 'b'], [], [[1, 2, 3], [10, 20]])
  await t.rejects(rowsOf(shorter, true), {
    name: 'DeserializationError',
    message: 'esql: the answer is ragged: column "b" holds 2 values, column "a" 3; no row is read from it',
  })
  const longer = await answering(t, ['a', 'b'], [], [[1], [10, 20, 30]])
  await t.rejects(rowsOf(longer, true), { message: /column "b" holds 3 values, column "a" 1/ })
  const missing = await answering(t, ['a', 'b'], [], [[1, 2]])
  await t.rejects(rowsOf(missing, true), { message: /ragged: 2 columns, 1 arrays of values/ })
  const notArray = await answering(t, ['a', 'b'], [], [[1, 2], 'xy' as never])
  await t.rejects(rowsOf(notArray, true), { message: /column "b" holds no array/ })
})

t.test('a row answer whose rows differ in length from the columns is an error', async (t) => {
  const client = await answering(t, ['a', 'b'], [
    [1, 2],
    [3],
  ])
  const error = await rowsOf(client, false).catch((e: unknown) => e)
  t.ok(error instanceof DeserializationError)
  t.match(error, { message: 'esql: the answer is ragged: row 2 holds 1 values for 2 columns; no row is read from it' })
  const nameless = await answering(t, [5 as never], [[1]])
  await t.rejects(rowsOf(nameless, false), { message: 'esql: column 1 of the answer has no name' })
})
