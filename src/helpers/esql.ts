/**
 * ES|QL: a query in, rows out. `rows()` is a Readable of objects built from the JSON answer's `columns` and
 * `values` (columnar or not, as the caller asked; columnar by default, the smaller answer); `arrow()` is the
 * Arrow IPC stream as a Buffer (`format=arrow`); `table()` / `reader()` read it with apache-arrow, an optional
 * peer dependency loaded only when called. The caller's own `format` and `columnar` are sent as given.
 */
import { Readable } from 'node:stream'
import type { EsqlQueryRequest, RequestBase } from '../api/types/index.js'
import { ConfigurationError, DeserializationError } from '../errors.js'
import type { TransportLike, TransportRequestOptions } from '../transport/types.js'
import { type ClientLike, checkClient } from './client-like.js'

/**
 * The `_query` request as the specification types it: `query` plus its body fields (`params`, `filter`,
 * `locale`, ...) and query parameters. `format`: `json` (default for rows()), `arrow` (arrow()/table()/
 * reader()), or `csv`, `tsv`, `txt`, `yaml`, `cbor`, `smile`. `columnar`: default for rows() true (smaller);
 * the caller's value is sent when given.
 */
export type EsqlRequest = Omit<EsqlQueryRequest, keyof RequestBase>

/** `columns` of a JSON answer. */
export interface EsqlColumn {
  name: string
  type: string
}

const QUERY_PARAMS = new Set(['format', 'delimiter', 'drop_null_columns', 'allow_partial_results'])

export class Esql {
  readonly #transport: TransportLike
  readonly #request: EsqlRequest
  readonly #options: TransportRequestOptions

  constructor(client: ClientLike, request: EsqlRequest, options: TransportRequestOptions = {}) {
    this.#transport = checkClient(client, 'esql')
    if (request === null || typeof request !== 'object' || typeof request.query !== 'string' || request.query === '') {
      throw new ConfigurationError('esql: the request needs a "query" string, for example { query: "FROM logs | LIMIT 10" }')
    }
    this.#request = request
    this.#options = options
  }

  /** The rows as objects (column name -> value), from the JSON answer. */
  rows<TRow = Record<string, unknown>>(): Readable {
    const format = this.#request.format ?? 'json'
    if (format !== 'json') {
      throw new ConfigurationError(`esql: rows() reads the JSON answer; format is ${JSON.stringify(format)} (use arrow() or send the query yourself)`)
    }
    const columnar = this.#request.columnar ?? true
    const answer = this.#send({ format: 'json', columnar }, false)
    async function* generate(): AsyncGenerator<TRow> {
      const { names, values } = readTable(await answer, columnar)
      if (columnar) {
        // values[column][row]; readTable checked every column holds the same number of rows.
        const count = names.length === 0 ? 0 : (values[0] as unknown[]).length
        for (let row = 0; row < count; row++) {
          const out: Record<string, unknown> = {}
          for (let c = 0; c < names.length; c++) setField(out, names[c]!, (values[c] as unknown[])[row])
          yield out as TRow
        }
      } else {
        for (const rowValues of values) {
          const out: Record<string, unknown> = {}
          for (let c = 0; c < names.length; c++) setField(out, names[c]!, (rowValues as unknown[])[c])
          yield out as TRow
        }
      }
    }
    return Readable.from(generate())
  }

  /** The whole JSON answer (`columns`, `values`, `took`, ...), as Elasticsearch sent it. */
  async answer(): Promise<any> {
    return this.#send({ format: this.#request.format ?? 'json' }, false)
  }

  /** The Arrow IPC stream answer, as bytes. */
  async arrow(): Promise<Buffer> {
    const format = this.#request.format ?? 'arrow'
    if (format !== 'arrow') {
      throw new ConfigurationError(`esql: arrow() reads format "arrow"; the request says ${JSON.stringify(format)}`)
    }
    return (await this.#send({ format: 'arrow' }, true)) as Buffer
  }

  /** The answer as an apache-arrow Table (needs the optional peer `apache-arrow`). */
  async table(): Promise<unknown> {
    const arrow = await loadArrow()
    return arrow.tableFromIPC(await this.arrow())
  }

  /** The answer as an apache-arrow RecordBatchReader (needs the optional peer `apache-arrow`). */
  async reader(): Promise<unknown> {
    const arrow = await loadArrow()
    return arrow.RecordBatchReader.from(await this.arrow())
  }

  #send(defaults: Record<string, unknown>, asBuffer: boolean): Promise<unknown> {
    const querystring: Record<string, string | boolean> = {}
    const body: Record<string, unknown> = {}
    // The caller's own choices go out as given; ours fill only what they left open.
    for (const [key, value] of Object.entries({ ...defaults, ...this.#request })) {
      if (value === undefined) continue
      if (QUERY_PARAMS.has(key)) querystring[key] = value as string | boolean
      else body[key] = value
    }
    return this.#transport.request(
      // Named as the API names it, so the transport refuses it on OpenSearch before anything is sent (as it
      // refuses client.esql.query): OpenSearch has no ES|QL.
      { method: 'POST', path: '/_query', querystring, body, idempotent: true, endpoint: 'esql.query' },
      asBuffer ? { ...this.#options, asBuffer: true } : this.#options,
    )
  }
}

/** An ES|QL query: `.rows()`, `.arrow()`, `.table()`, `.reader()` or `.answer()`. */
export function esql(client: ClientLike, request: EsqlRequest, options?: TransportRequestOptions): Esql {
  return new Esql(client, request, options)
}

/**
 * Column names and values of a JSON answer, checked: an answer that is not a table, a column without a
 * string name, or a row or column whose length differs from the others is an error, never a silent cut.
 */
function readTable(body: unknown, columnar: boolean): { names: string[]; values: unknown[] } {
  const { columns, values } = (body ?? {}) as { columns?: unknown; values?: unknown }
  if (!Array.isArray(columns) || !Array.isArray(values)) {
    throw new DeserializationError('esql: the answer has no columns/values', { statusCode: 200 })
  }
  const names = columns.map((column: unknown, i) => {
    const name = (column as { name?: unknown } | null)?.name
    if (typeof name !== 'string') {
      throw new DeserializationError(`esql: column ${i + 1} of the answer has no name`, { statusCode: 200 })
    }
    return name
  })
  const ragged = (what: string) =>
    new DeserializationError(`esql: the answer is ragged: ${what}; no row is read from it`, { statusCode: 200 })
  const length = (entry: unknown) => (Array.isArray(entry) ? `${entry.length} values` : 'no array')
  if (columnar) {
    // One array per column, all as long as the first.
    if (values.length !== names.length) throw ragged(`${names.length} columns, ${values.length} arrays of values`)
    const rows = Array.isArray(values[0]) ? values[0].length : 0
    values.forEach((entry: unknown, c) => {
      if (!Array.isArray(entry) || entry.length !== rows) {
        throw ragged(`column ${JSON.stringify(names[c])} holds ${length(entry)}, column ${JSON.stringify(names[0])} ${rows}`)
      }
    })
  } else {
    // One array per row, a value per column.
    values.forEach((entry: unknown, r) => {
      if (!Array.isArray(entry) || entry.length !== names.length) {
        throw ragged(`row ${r + 1} holds ${length(entry)} for ${names.length} columns`)
      }
    })
  }
  return { names, values }
}

/**
 * Sets a row's field as plain data, whatever the column is called: `out['__proto__'] = v` would set the
 * row's prototype (or drop a string) instead of making a field.
 */
function setField(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true })
  else out[name] = value
}

interface ArrowModule {
  tableFromIPC(bytes: Uint8Array): unknown
  RecordBatchReader: { from(bytes: Uint8Array): unknown }
}

async function loadArrow(): Promise<ArrowModule> {
  try {
    const name = 'apache-arrow'
    return (await import(name)) as ArrowModule
  } catch (cause) {
    throw new ConfigurationError('esql: table() and reader() need the optional peer "apache-arrow" (npm install apache-arrow); arrow() gives the bytes without it', { cause })
  }
}
