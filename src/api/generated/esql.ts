// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `esql` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  async_query: { name: 'esql.async_query', paths: [{ path: '/_query/async', parts: [], methods: ['POST'] }], params: { allow_partial_results: 'boolean', delimiter: 'string', drop_null_columns: 'boolean', format: 'enum' }, body: 'json', bodyRequired: true },
  async_query_delete: { name: 'esql.async_query_delete', paths: [{ path: '/_query/async/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  async_query_get: { name: 'esql.async_query_get', paths: [{ path: '/_query/async/{id}', parts: ['id'], methods: ['GET'] }], params: { drop_null_columns: 'boolean', format: 'enum', keep_alive: 'time', wait_for_completion_timeout: 'time' }, body: 'none' },
  async_query_stop: { name: 'esql.async_query_stop', paths: [{ path: '/_query/async/{id}/stop', parts: ['id'], methods: ['POST'] }], params: { drop_null_columns: 'boolean' }, body: 'none' },
  delete_data_source: { name: 'esql.delete_data_source', paths: [{ path: '/_query/data_source/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_dataset: { name: 'esql.delete_dataset', paths: [{ path: '/_query/dataset/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_view: { name: 'esql.delete_view', paths: [{ path: '/_query/view/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_data_source: { name: 'esql.get_data_source', paths: [{ path: '/_query/data_source/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_query/data_source', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_dataset: { name: 'esql.get_dataset', paths: [{ path: '/_query/dataset/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_query/dataset', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_query: { name: 'esql.get_query', paths: [{ path: '/_query/queries/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_view: { name: 'esql.get_view', paths: [{ path: '/_query/view/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_query/view', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  list_queries: { name: 'esql.list_queries', paths: [{ path: '/_query/queries', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  put_data_source: { name: 'esql.put_data_source', paths: [{ path: '/_query/data_source/{name}', parts: ['name'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_dataset: { name: 'esql.put_dataset', paths: [{ path: '/_query/dataset/{name}', parts: ['name'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_view: { name: 'esql.put_view', paths: [{ path: '/_query/view/{name}', parts: ['name'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  query: { name: 'esql.query', paths: [{ path: '/_query', parts: [], methods: ['POST'] }], params: { allow_partial_results: 'boolean', delimiter: 'string', drop_null_columns: 'boolean', format: 'enum' }, body: 'json', bodyRequired: true },
}

/** Parameters of `esql.async_query`. */
export interface EsqlAsyncQueryParams extends CommonBodyParams {
  /**
   * If `true`, partial results will be returned if there are shard failures, but the query can continue to execute on other clusters and shards. If `false`, the entire query will fail if there are any failures.
   * Default: `true`.
   */
  allow_partial_results?: boolean
  /**
   * The character to use between values within a CSV row. Only valid for the csv format.
   * Default: `","`.
   */
  delimiter?: string | BodyValue
  /**
   * Should entirely null columns be removed from the results? Their name and type will be returning in a new `all_columns` section.
   * Default: `false`.
   */
  drop_null_columns?: boolean
  /** A short version of the Accept header, e.g. json, yaml. `csv`, `tsv`, and `txt` formats will return results in a tabular format, excluding other metadata fields from the response. For async requests, nothing will be returned if the async query doesn't finish within the timeout. The query ID and running status are available in the `X-Elasticsearch-Async-Id` and `X-Elasticsearch-Async-Is-Running` HTTP headers of the response, respectively. */
  format?: 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile' | 'arrow'
}

/** Parameters of `esql.async_query_delete`. */
export interface EsqlAsyncQueryDeleteParams extends CommonParams {
  /** The async query ID */
  id: string
}

/** Parameters of `esql.async_query_get`. */
export interface EsqlAsyncQueryGetParams extends CommonParams {
  /** The async query ID */
  id: string
  /**
   * Should entirely null columns be removed from the results? Their name and type will be returning in a new `all_columns` section.
   * Default: `false`.
   */
  drop_null_columns?: boolean
  /** A short version of the Accept header, for example `json` or `yaml`. */
  format?: 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile' | 'arrow'
  /** Specify the time interval in which the results (partial or final) for this search will be available */
  keep_alive?: string
  /** Specify the time that the request should block waiting for the final response */
  wait_for_completion_timeout?: string
}

/** Parameters of `esql.async_query_stop`. */
export interface EsqlAsyncQueryStopParams extends CommonParams {
  /** The async query ID */
  id: string
  /**
   * Indicates whether columns that are entirely `null` will be removed from the `columns` and `values` portion of the results.
   * Default: `false`.
   */
  drop_null_columns?: boolean
}

/** Parameters of `esql.delete_data_source`. */
export interface EsqlDeleteDataSourceParams extends CommonParams {
  /** A comma-separated list of data sources to delete */
  name: string | readonly string[]
}

/** Parameters of `esql.delete_dataset`. */
export interface EsqlDeleteDatasetParams extends CommonParams {
  /** A comma-separated list of datasets to delete */
  name: string | readonly string[]
}

/** Parameters of `esql.delete_view`. */
export interface EsqlDeleteViewParams extends CommonParams {
  /** The name of the view to delete */
  name: string
}

/** Parameters of `esql.get_data_source`. */
export interface EsqlGetDataSourceParams extends CommonParams {
  /** A comma-separated list of data source names or wildcard patterns */
  name?: string | readonly string[]
}

/** Parameters of `esql.get_dataset`. */
export interface EsqlGetDatasetParams extends CommonParams {
  /** A comma-separated list of dataset names or wildcard patterns */
  name?: string | readonly string[]
}

/** Parameters of `esql.get_query`. */
export interface EsqlGetQueryParams extends CommonParams {
  /** The query ID */
  id: string
}

/** Parameters of `esql.get_view`. */
export interface EsqlGetViewParams extends CommonParams {
  /** A comma-separated list of view names */
  name?: string | readonly string[]
}

/** Parameters of `esql.list_queries`. */
export interface EsqlListQueriesParams extends CommonParams {
}

/** Parameters of `esql.put_data_source`. */
export interface EsqlPutDataSourceParams extends CommonBodyParams {
  /** The name of the data source to create or update */
  name: string
}

/** Parameters of `esql.put_dataset`. */
export interface EsqlPutDatasetParams extends CommonBodyParams {
  /** The name of the dataset to create or update */
  name: string
}

/** Parameters of `esql.put_view`. */
export interface EsqlPutViewParams extends CommonBodyParams {
  /** The name of the view to create or update */
  name: string
}

/** Parameters of `esql.query`. */
export interface EsqlQueryParams extends CommonBodyParams {
  /**
   * If `true`, partial results will be returned if there are shard failures, but the query can continue to execute on other clusters and shards. If `false`, the entire query will fail if there are any failures.
   * Default: `true`.
   */
  allow_partial_results?: boolean
  /**
   * The character to use between values within a CSV row. Only valid for the csv format.
   * Default: `","`.
   */
  delimiter?: string | BodyValue
  /**
   * Should entirely null columns be removed from the results? Their name and type will be returning in a new `all_columns` section.
   * Default: `false`.
   */
  drop_null_columns?: boolean
  /** A short version of the Accept header, e.g. json, yaml. `csv`, `tsv`, and `txt` formats will return results in a tabular format, excluding other metadata fields from the response. */
  format?: 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile' | 'arrow'
}

const E = endpoints

/** The `esql` APIs, reached as `client.esql`. */
export class EsqlApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Run an async ES|QL query
   * `POST /_query/async`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query
   */
  asyncQuery<TResponse = unknown>(params: EsqlAsyncQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  asyncQuery<TResponse = unknown>(params: EsqlAsyncQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  asyncQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.async_query, params, options)
  }

  /**
   * Delete an async ES|QL query
   * `DELETE /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-delete
   */
  asyncQueryDelete<TResponse = unknown>(params: EsqlAsyncQueryDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  asyncQueryDelete<TResponse = unknown>(params: EsqlAsyncQueryDeleteParams, options?: RequestOptions): Promise<TResponse>
  asyncQueryDelete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.async_query_delete, params, options)
  }

  /**
   * Get async ES|QL query results
   * `GET /_query/async/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-get
   */
  asyncQueryGet<TResponse = unknown>(params: EsqlAsyncQueryGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  asyncQueryGet<TResponse = unknown>(params: EsqlAsyncQueryGetParams, options?: RequestOptions): Promise<TResponse>
  asyncQueryGet(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.async_query_get, params, options)
  }

  /**
   * Stop async ES|QL query
   * `POST /_query/async/{id}/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-async-query-stop
   */
  asyncQueryStop<TResponse = unknown>(params: EsqlAsyncQueryStopParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  asyncQueryStop<TResponse = unknown>(params: EsqlAsyncQueryStopParams, options?: RequestOptions): Promise<TResponse>
  asyncQueryStop(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.async_query_stop, params, options)
  }

  /**
   * Delete one or more ES|QL data sources. Fails with 409 if any dataset references them.
   * `DELETE /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-data-source-delete
   */
  deleteDataSource<TResponse = unknown>(params: EsqlDeleteDataSourceParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataSource<TResponse = unknown>(params: EsqlDeleteDataSourceParams, options?: RequestOptions): Promise<TResponse>
  deleteDataSource(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_data_source, params, options)
  }

  /**
   * Delete one or more ES|QL datasets.
   * `DELETE /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-dataset-delete
   */
  deleteDataset<TResponse = unknown>(params: EsqlDeleteDatasetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDataset<TResponse = unknown>(params: EsqlDeleteDatasetParams, options?: RequestOptions): Promise<TResponse>
  deleteDataset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_dataset, params, options)
  }

  /**
   * Delete a non-materialized VIEW for ESQL.
   * `DELETE /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-view-delete
   */
  deleteView<TResponse = unknown>(params: EsqlDeleteViewParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteView<TResponse = unknown>(params: EsqlDeleteViewParams, options?: RequestOptions): Promise<TResponse>
  deleteView(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_view, params, options)
  }

  /**
   * Get one or more ES|QL data sources. Secret setting values are returned masked.
   * `GET /_query/data_source/{name}`
   * `GET /_query/data_source`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-data-source-get
   */
  getDataSource<TResponse = unknown>(params: EsqlGetDataSourceParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataSource<TResponse = unknown>(params?: EsqlGetDataSourceParams, options?: RequestOptions): Promise<TResponse>
  getDataSource(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_data_source, params, options)
  }

  /**
   * Get one or more ES|QL datasets.
   * `GET /_query/dataset/{name}`
   * `GET /_query/dataset`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-dataset-get
   */
  getDataset<TResponse = unknown>(params: EsqlGetDatasetParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getDataset<TResponse = unknown>(params?: EsqlGetDatasetParams, options?: RequestOptions): Promise<TResponse>
  getDataset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_dataset, params, options)
  }

  /**
   * Get a specific running ES|QL query information
   * `GET /_query/queries/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-get-query
   */
  getQuery<TResponse = unknown>(params: EsqlGetQueryParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getQuery<TResponse = unknown>(params: EsqlGetQueryParams, options?: RequestOptions): Promise<TResponse>
  getQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_query, params, options)
  }

  /**
   * Get a non-materialized VIEW for ESQL.
   * `GET /_query/view/{name}`
   * `GET /_query/view`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-view-get
   */
  getView<TResponse = unknown>(params: EsqlGetViewParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getView<TResponse = unknown>(params?: EsqlGetViewParams, options?: RequestOptions): Promise<TResponse>
  getView(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_view, params, options)
  }

  /**
   * Get running ES|QL queries information
   * `GET /_query/queries`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-list-queries
   */
  listQueries<TResponse = unknown>(params: EsqlListQueriesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  listQueries<TResponse = unknown>(params?: EsqlListQueriesParams, options?: RequestOptions): Promise<TResponse>
  listQueries(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list_queries, params, options)
  }

  /**
   * Creates or replaces an ES|QL data source.
   * `PUT /_query/data_source/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-data-source-put
   */
  putDataSource<TResponse = unknown>(params: EsqlPutDataSourceParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataSource<TResponse = unknown>(params: EsqlPutDataSourceParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataSource(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_data_source, params, options)
  }

  /**
   * Creates or replaces an ES|QL dataset referencing a parent data source.
   * `PUT /_query/dataset/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-dataset-put
   */
  putDataset<TResponse = unknown>(params: EsqlPutDatasetParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDataset<TResponse = unknown>(params: EsqlPutDatasetParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDataset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_dataset, params, options)
  }

  /**
   * Creates a non-materialized VIEW for ESQL.
   * `PUT /_query/view/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-esql-view-put
   */
  putView<TResponse = unknown>(params: EsqlPutViewParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putView<TResponse = unknown>(params: EsqlPutViewParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putView(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_view, params, options)
  }

  /**
   * Run an ES|QL query
   * `POST /_query`
   * @see https://www.elastic.co/docs/explore-analyze/query-filter/languages/esql-rest
   */
  query<TResponse = unknown>(params: EsqlQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  query<TResponse = unknown>(params: EsqlQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  query(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query, params, options)
  }
}
