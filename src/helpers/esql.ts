/**
 * ES|QL: a query in, rows out. `rows()` is a Readable of objects built from the JSON answer's `columns` and
 * `values` (columnar or not, as the caller asked; columnar by default, the smaller answer); `arrow()` is the
 * Arrow IPC stream as a Buffer (`format=arrow`); `table()` / `reader()` read it with apache-arrow, an optional
 * peer dependency loaded only when called. The caller's own `format` and `columnar` are sent as given.
 */
import { Readable } from 'node:stream'
import { ConfigurationError, DeserializationError } from '../errors.js'
import type { TransportLike, TransportRequestOptions } from '../transport/types.js'
import { type ClientLike, checkClient } from './client-like.js'

/** The `_query` request: `query` plus any body field (`params`, `filter`, `locale`, ...) or query parameter. */
export interface EsqlRequest {
  query: string
  /** `json` (default for rows()), `arrow` (arrow()/table()/reader()), or `csv`, `tsv`, `txt`, `yaml`, `cbor`, `smile`. */
  format?: string
  /** Columnar JSON answer. Default for rows(): true (smaller); the caller's value is sent when given. */
  columnar?: boolean
  delimiter?: string
  drop_null_columns?: boolean
  allow_partial_results?: boolean
  [field: string]: unknown
}

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
      const body = (await answer) as { columns?: EsqlColumn[]; values?: unknown[][] }
      if (!Array.isArray(body?.columns) || !Array.isArray(body?.values)) {
        throw new DeserializationError('esql: the answer has no columns/values', { statusCode: 200 })
      }
      const names = body.columns.map((c) => c.name)
      if (columnar) {
        // values[column][row]
        const count = names.length === 0 ? 0 : (body.values[0]?.length ?? 0)
        for (let row = 0; row < count; row++) {
          const out: Record<string, unknown> = {}
          for (let c = 0; c < names.length; c++) out[names[c]!] = body.values[c]?.[row]
          yield out as TRow
        }
      } else {
        for (const values of body.values) {
          const out: Record<string, unknown> = {}
          for (let c = 0; c < names.length; c++) out[names[c]!] = values[c]
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
      { method: 'POST', path: '/_query', querystring, body, idempotent: true },
      asBuffer ? { ...this.#options, asBuffer: true } : this.#options,
    )
  }
}

/** An ES|QL query: `.rows()`, `.arrow()`, `.table()`, `.reader()` or `.answer()`. */
export function esql(client: ClientLike, request: EsqlRequest, options?: TransportRequestOptions): Esql {
  return new Esql(client, request, options)
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
