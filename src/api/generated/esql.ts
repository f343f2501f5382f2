// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { EsqlAsyncQueryDeleteRequest, EsqlAsyncQueryDeleteResponse, EsqlAsyncQueryGetRequest, EsqlAsyncQueryGetResponse, EsqlAsyncQueryRequest, EsqlAsyncQueryResponse, EsqlAsyncQueryStopRequest, EsqlAsyncQueryStopResponse, EsqlDeleteDataSourceRequest, EsqlDeleteDataSourceResponse, EsqlDeleteDatasetRequest, EsqlDeleteDatasetResponse, EsqlDeleteViewRequest, EsqlDeleteViewResponse, EsqlGetDataSourceRequest, EsqlGetDataSourceResponse, EsqlGetDatasetRequest, EsqlGetDatasetResponse, EsqlGetQueryRequest, EsqlGetQueryResponse, EsqlGetViewRequest, EsqlGetViewResponse, EsqlListQueriesRequest, EsqlListQueriesResponse, EsqlPutDataSourceRequest, EsqlPutDataSourceResponse, EsqlPutDatasetRequest, EsqlPutDatasetResponse, EsqlPutViewRequest, EsqlPutViewResponse, EsqlQueryRequest, EsqlQueryResponse } from '../types/index.js'

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
  declare asyncQuery: Call<EsqlAsyncQueryRequest, EsqlAsyncQueryResponse>
  /**
   * Delete an async ES|QL query.
   * `DELETE /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-delete
   */
  declare asyncQueryDelete: Call<EsqlAsyncQueryDeleteRequest, EsqlAsyncQueryDeleteResponse>
  /**
   * Get async ES|QL query results.
   * `GET /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-get
   */
  declare asyncQueryGet: Call<EsqlAsyncQueryGetRequest, EsqlAsyncQueryGetResponse>
  /**
   * Stop async ES|QL query.
   * `POST /_query/async/{id}/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-stop
   */
  declare asyncQueryStop: Call<EsqlAsyncQueryStopRequest, EsqlAsyncQueryStopResponse>
  /**
   * Delete ES|QL data sources.
   * `DELETE /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-delete-data-source
   */
  declare deleteDataSource: Call<EsqlDeleteDataSourceRequest, EsqlDeleteDataSourceResponse>
  /**
   * Delete ES|QL datasets.
   * `DELETE /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-delete-dataset
   */
  declare deleteDataset: Call<EsqlDeleteDatasetRequest, EsqlDeleteDatasetResponse>
  /**
   * Delete an ES|QL view.
   * `DELETE /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare deleteView: Call<EsqlDeleteViewRequest, EsqlDeleteViewResponse>
  /**
   * Get ES|QL data sources.
   * `GET /_query/data_source/{name}`, `GET /_query/data_source`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-data-source
   */
  declare getDataSource: OptionalCall<EsqlGetDataSourceRequest, EsqlGetDataSourceResponse>
  /**
   * Get ES|QL datasets.
   * `GET /_query/dataset/{name}`, `GET /_query/dataset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-dataset
   */
  declare getDataset: OptionalCall<EsqlGetDatasetRequest, EsqlGetDatasetResponse>
  /**
   * Get a specific running ES|QL query information.
   * `GET /_query/queries/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-query
   */
  declare getQuery: Call<EsqlGetQueryRequest, EsqlGetQueryResponse>
  /**
   * Get an ES|QL view.
   * `GET /_query/view/{name}`, `GET /_query/view`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare getView: OptionalCall<EsqlGetViewRequest, EsqlGetViewResponse>
  /**
   * Get running ES|QL queries information.
   * `GET /_query/queries`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-list-queries
   */
  declare listQueries: OptionalCall<EsqlListQueriesRequest, EsqlListQueriesResponse>
  /**
   * Create or update an ES|QL data source.
   * `PUT /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-put-data-source
   */
  declare putDataSource: Call<EsqlPutDataSourceRequest, EsqlPutDataSourceResponse>
  /**
   * Create or update an ES|QL dataset.
   * `PUT /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-put-dataset
   */
  declare putDataset: Call<EsqlPutDatasetRequest, EsqlPutDatasetResponse>
  /**
   * Create or update an ES|QL view.
   * `PUT /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare putView: Call<EsqlPutViewRequest, EsqlPutViewResponse>
  /**
   * Run an ES|QL query.
   * `POST /_query`
   * @see https://www.elastic.co/docs/explore-analyze/query-filter/languages/esql-rest
   */
  declare query: Call<EsqlQueryRequest, EsqlQueryResponse>
}
installMethods(EsqlApi, endpoints)
