// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `sql` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  clear_cursor: { name: 'sql.clear_cursor', paths: [{ path: '/_sql/close', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  delete_async: { name: 'sql.delete_async', paths: [{ path: '/_sql/async/delete/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_async: { name: 'sql.get_async', paths: [{ path: '/_sql/async/{id}', parts: ['id'], methods: ['GET'] }], params: { delimiter: 'string', format: 'string', keep_alive: 'time', wait_for_completion_timeout: 'time' }, body: 'none' },
  get_async_status: { name: 'sql.get_async_status', paths: [{ path: '/_sql/async/status/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  query: { name: 'sql.query', paths: [{ path: '/_sql', parts: [], methods: ['POST', 'GET'] }], params: { format: 'enum' }, body: 'json', bodyRequired: true },
  translate: { name: 'sql.translate', paths: [{ path: '/_sql/translate', parts: [], methods: ['POST', 'GET'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `sql.clear_cursor`. */
export interface SqlClearCursorParams extends CommonBodyParams {
}

/** Parameters of `sql.delete_async`. */
export interface SqlDeleteAsyncParams extends CommonParams {
  /** The async search ID */
  id: string
}

/** Parameters of `sql.get_async`. */
export interface SqlGetAsyncParams extends CommonParams {
  /** The async search ID */
  id: string
  /**
   * Separator for CSV results
   * Default: `","`.
   */
  delimiter?: string
  /** Short version of the Accept header, e.g. json, yaml */
  format?: string
  /**
   * Retention period for the search and its results
   * Default: `"5d"`.
   */
  keep_alive?: string
  /** Duration to wait for complete results */
  wait_for_completion_timeout?: string
}

/** Parameters of `sql.get_async_status`. */
export interface SqlGetAsyncStatusParams extends CommonParams {
  /** The async search ID */
  id: string
}

/** Parameters of `sql.query`. */
export interface SqlQueryParams extends CommonBodyParams {
  /** The format for the response. You can also specify a format using the `Accept` HTTP header. If you specify both this parameter and the `Accept` HTTP header, this parameter takes precedence. */
  format?: 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile'
}

/** Parameters of `sql.translate`. */
export interface SqlTranslateParams extends CommonBodyParams {
}

const E = endpoints

/** The `sql` APIs, reached as `client.sql`. */
export class SqlApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Clear an SQL search cursor
   * `POST /_sql/close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-clear-cursor
   */
  clearCursor<TResponse = unknown>(params: SqlClearCursorParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCursor<TResponse = unknown>(params: SqlClearCursorParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  clearCursor(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cursor, params, options)
  }

  /**
   * Delete an async SQL search
   * `DELETE /_sql/async/delete/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-delete-async
   */
  deleteAsync<TResponse = unknown>(params: SqlDeleteAsyncParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteAsync<TResponse = unknown>(params: SqlDeleteAsyncParams, options?: RequestOptions): Promise<TResponse>
  deleteAsync(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_async, params, options)
  }

  /**
   * Get async SQL search results
   * `GET /_sql/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-get-async
   */
  getAsync<TResponse = unknown>(params: SqlGetAsyncParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAsync<TResponse = unknown>(params: SqlGetAsyncParams, options?: RequestOptions): Promise<TResponse>
  getAsync(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_async, params, options)
  }

  /**
   * Get the async SQL search status
   * `GET /_sql/async/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-get-async-status
   */
  getAsyncStatus<TResponse = unknown>(params: SqlGetAsyncStatusParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAsyncStatus<TResponse = unknown>(params: SqlGetAsyncStatusParams, options?: RequestOptions): Promise<TResponse>
  getAsyncStatus(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_async_status, params, options)
  }

  /**
   * Get SQL search results
   * `POST|GET /_sql`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-query
   */
  query<TResponse = unknown>(params: SqlQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  query<TResponse = unknown>(params: SqlQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  query(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query, params, options)
  }

  /**
   * Translate SQL into Elasticsearch queries
   * `POST|GET /_sql/translate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-translate
   */
  translate<TResponse = unknown>(params: SqlTranslateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  translate<TResponse = unknown>(params: SqlTranslateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  translate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.translate, params, options)
  }
}
