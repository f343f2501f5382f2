// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `esql` endpoints, by method name. */
export const endpoints = endpointTable({
  asyncQuery: ['esql.async_query', 'POST /_query/async', 'allow_partial_results delimiter drop_null_columns format', 'fields columnar filter time_zone locale params profile query tables include_ccs_metadata include_execution_metadata wait_for_completion_timeout keep_alive keep_on_completion project_routing settings'],
  asyncQueryDelete: ['esql.async_query_delete', 'DELETE /_query/async/{id}', '', 'none'],
  asyncQueryGet: ['esql.async_query_get', 'GET /_query/async/{id}', 'drop_null_columns format keep_alive wait_for_completion_timeout', 'none'],
  asyncQueryStop: ['esql.async_query_stop', 'POST /_query/async/{id}/stop', 'drop_null_columns', 'none'],
  deleteDataSource: ['esql.delete_data_source', 'DELETE /_query/data_source/{name}', 'master_timeout timeout', 'none'],
  deleteDataset: ['esql.delete_dataset', 'DELETE /_query/dataset/{name}', 'master_timeout timeout', 'none'],
  deleteView: ['esql.delete_view', 'DELETE /_query/view/{name}', '', 'none'],
  getDataSource: ['esql.get_data_source', 'GET /_query/data_source/{name}|GET /_query/data_source', 'master_timeout', 'none'],
  getDataset: ['esql.get_dataset', 'GET /_query/dataset/{name}|GET /_query/dataset', 'master_timeout', 'none'],
  getQuery: ['esql.get_query', 'GET /_query/queries/{id}', '', 'none'],
  getView: ['esql.get_view', 'GET /_query/view/{name}|GET /_query/view', '', 'none'],
  listQueries: ['esql.list_queries', 'GET /_query/queries', '', 'none'],
  putDataSource: ['esql.put_data_source', 'PUT /_query/data_source/{name}', 'master_timeout timeout', 'fields type description settings'],
  putDataset: ['esql.put_dataset', 'PUT /_query/dataset/{name}', 'master_timeout timeout', 'fields data_source resource description mappings settings'],
  putView: ['esql.put_view', 'PUT /_query/view/{name}', '', 'fields query'],
  query: ['esql.query', 'POST /_query', 'format delimiter drop_null_columns allow_partial_results', 'fields columnar filter time_zone locale params profile query tables include_ccs_metadata include_execution_metadata project_routing settings'],
})

export interface EsqlAsyncQueryParams extends CommonParams, QueryParams<'allow_partial_results' | 'delimiter' | 'drop_null_columns' | 'format'> {
  columnar?: unknown
  filter?: unknown
  time_zone?: unknown
  locale?: unknown
  params?: unknown
  profile?: unknown
  query?: unknown
  tables?: unknown
  include_ccs_metadata?: unknown
  include_execution_metadata?: unknown
  wait_for_completion_timeout?: unknown
  keep_alive?: unknown
  keep_on_completion?: unknown
  project_routing?: unknown
  settings?: unknown
}
export interface EsqlAsyncQueryDeleteParams extends CommonParams {
  id: string
}
export interface EsqlAsyncQueryGetParams extends CommonParams, QueryParams<'drop_null_columns' | 'format' | 'keep_alive' | 'wait_for_completion_timeout'> {
  id: string
}
export interface EsqlAsyncQueryStopParams extends CommonParams, QueryParams<'drop_null_columns'> {
  id: string
}
export interface EsqlDeleteDataSourceParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface EsqlDeleteDatasetParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string | ReadonlyArray<string>
}
export interface EsqlDeleteViewParams extends CommonParams {
  name: string | ReadonlyArray<string>
}
export interface EsqlGetDataSourceParams extends CommonParams, QueryParams<'master_timeout'> {
  name?: string | ReadonlyArray<string>
}
export interface EsqlGetDatasetParams extends CommonParams, QueryParams<'master_timeout'> {
  name?: string | ReadonlyArray<string>
}
export interface EsqlGetQueryParams extends CommonParams {
  id: string
}
export interface EsqlGetViewParams extends CommonParams {
  name?: string
}
export interface EsqlListQueriesParams extends CommonParams {}
export interface EsqlPutDataSourceParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
  type?: unknown
  description?: unknown
  settings?: unknown
}
export interface EsqlPutDatasetParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  name: string
  data_source?: unknown
  resource?: unknown
  description?: unknown
  mappings?: unknown
  settings?: unknown
}
export interface EsqlPutViewParams extends CommonParams {
  name: string
  query?: unknown
}
export interface EsqlQueryParams extends CommonParams, QueryParams<'format' | 'delimiter' | 'drop_null_columns' | 'allow_partial_results'> {
  columnar?: unknown
  filter?: unknown
  time_zone?: unknown
  locale?: unknown
  params?: unknown
  profile?: unknown
  query?: unknown
  tables?: unknown
  include_ccs_metadata?: unknown
  include_execution_metadata?: unknown
  project_routing?: unknown
  settings?: unknown
}

/** The `esql` APIs, reached as `client.esql`. */
export class EsqlApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Run an async ES|QL query.
   * `POST /_query/async`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query
   */
  declare asyncQuery: OptionalCall<EsqlAsyncQueryParams & BodyFields>
  /**
   * Delete an async ES|QL query.
   * `DELETE /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-delete
   */
  declare asyncQueryDelete: Call<EsqlAsyncQueryDeleteParams>
  /**
   * Get async ES|QL query results.
   * `GET /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-get
   */
  declare asyncQueryGet: Call<EsqlAsyncQueryGetParams>
  /**
   * Stop async ES|QL query.
   * `POST /_query/async/{id}/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-stop
   */
  declare asyncQueryStop: Call<EsqlAsyncQueryStopParams>
  /**
   * Delete ES|QL data sources.
   * `DELETE /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-delete-data-source
   */
  declare deleteDataSource: Call<EsqlDeleteDataSourceParams>
  /**
   * Delete ES|QL datasets.
   * `DELETE /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-delete-dataset
   */
  declare deleteDataset: Call<EsqlDeleteDatasetParams>
  /**
   * Delete an ES|QL view.
   * `DELETE /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare deleteView: Call<EsqlDeleteViewParams>
  /**
   * Get ES|QL data sources.
   * `GET /_query/data_source/{name}`, `GET /_query/data_source`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-data-source
   */
  declare getDataSource: OptionalCall<EsqlGetDataSourceParams>
  /**
   * Get ES|QL datasets.
   * `GET /_query/dataset/{name}`, `GET /_query/dataset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-dataset
   */
  declare getDataset: OptionalCall<EsqlGetDatasetParams>
  /**
   * Get a specific running ES|QL query information.
   * `GET /_query/queries/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-query
   */
  declare getQuery: Call<EsqlGetQueryParams>
  /**
   * Get an ES|QL view.
   * `GET /_query/view/{name}`, `GET /_query/view`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare getView: OptionalCall<EsqlGetViewParams>
  /**
   * Get running ES|QL queries information.
   * `GET /_query/queries`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-list-queries
   */
  declare listQueries: OptionalCall<EsqlListQueriesParams>
  /**
   * Create or update an ES|QL data source.
   * `PUT /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-put-data-source
   */
  declare putDataSource: Call<EsqlPutDataSourceParams & BodyFields>
  /**
   * Create or update an ES|QL dataset.
   * `PUT /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-put-dataset
   */
  declare putDataset: Call<EsqlPutDatasetParams & BodyFields>
  /**
   * Create or update an ES|QL view.
   * `PUT /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare putView: Call<EsqlPutViewParams & BodyFields>
  /**
   * Run an ES|QL query.
   * `POST /_query`
   * @see https://www.elastic.co/docs/explore-analyze/query-filter/languages/esql-rest
   */
  declare query: OptionalCall<EsqlQueryParams & BodyFields>
}
installMethods(EsqlApi, endpoints)
