// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SqlClearCursorRequest, SqlClearCursorResponse, SqlDeleteAsyncRequest, SqlDeleteAsyncResponse, SqlGetAsyncRequest, SqlGetAsyncResponse, SqlGetAsyncStatusRequest, SqlGetAsyncStatusResponse, SqlQueryRequest, SqlQueryResponse, SqlTranslateRequest, SqlTranslateResponse } from '../types/index.js'

/** The `sql` endpoints, by method name. */
export const endpoints = endpointTable({
  clearCursor: ['sql.clear_cursor', 'POST /_sql/close', '', 'fields cursor'],
  deleteAsync: ['sql.delete_async', 'DELETE /_sql/async/delete/{id}', '', 'none'],
  getAsync: ['sql.get_async', 'GET /_sql/async/{id}', 'delimiter format keep_alive wait_for_completion_timeout', 'none'],
  getAsyncStatus: ['sql.get_async_status', 'GET /_sql/async/status/{id}', '', 'none'],
  query: ['sql.query', 'POST,GET /_sql', 'format', 'fields allow_partial_search_results catalog columnar cursor fetch_size field_multi_value_leniency filter index_using_frozen keep_alive keep_on_completion page_timeout params query project_routing request_timeout runtime_mappings time_zone wait_for_completion_timeout'],
  translate: ['sql.translate', 'POST,GET /_sql/translate', '', 'fields fetch_size filter query time_zone'],
})

/** The `sql` APIs, reached as `client.sql`. */
export class SqlApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Clear an SQL search cursor.
   * `POST /_sql/close`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-clear-cursor
   */
  declare clearCursor: Call<SqlClearCursorRequest, SqlClearCursorResponse>
  /**
   * Delete an async SQL search.
   * `DELETE /_sql/async/delete/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-delete-async
   */
  declare deleteAsync: Call<SqlDeleteAsyncRequest, SqlDeleteAsyncResponse>
  /**
   * Get async SQL search results.
   * `GET /_sql/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-get-async
   */
  declare getAsync: Call<SqlGetAsyncRequest, SqlGetAsyncResponse>
  /**
   * Get the async SQL search status.
   * `GET /_sql/async/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-get-async-status
   */
  declare getAsyncStatus: Call<SqlGetAsyncStatusRequest, SqlGetAsyncStatusResponse>
  /**
   * Get SQL search results.
   * `POST|GET /_sql`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-query
   */
  declare query: OptionalCall<SqlQueryRequest, SqlQueryResponse>
  /**
   * Translate SQL into Elasticsearch queries.
   * `POST|GET /_sql/translate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-sql-translate
   */
  declare translate: Call<SqlTranslateRequest, SqlTranslateResponse>
}
installMethods(SqlApi, endpoints)
