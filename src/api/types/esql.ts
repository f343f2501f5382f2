// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, DurationValue, ErrorCause, FieldValue, Id, Ids, IndexName, Name, Names, NodeId, ProjectRouting, RequestBase, SpecUtilsStringified, TaskId, UnitMillis, double, integer, long } from './common.js'
import type { QueryDslQueryContainer } from './query-dsl.js'

export interface EsqlAsyncEsqlResult extends EsqlEsqlResult {
  /** The ID of the async query, to be used in subsequent requests to check the status or retrieve results. */
  id?: string
  /** Indicates whether the async query is still running or has completed. */
  is_running: boolean
}

/** Request of `esql.async_query_delete`. */
export interface EsqlAsyncQueryDeleteRequest extends RequestBase {
  /** The unique identifier of the query. A query ID is provided in the ES|QL async query API response for a query that does not complete in the designated time. A query ID is also provided when the request was submitted with the `keep_on_completion` parameter set to `true`. */
  id: Id
}

export type EsqlAsyncQueryDeleteResponse = AcknowledgedResponseBase

/** Request of `esql.async_query_get`. */
export interface EsqlAsyncQueryGetRequest extends RequestBase {
  /** The unique identifier of the query. A query ID is provided in the ES|QL async query API response for a query that does not complete in the designated time. A query ID is also provided when the request was submitted with the `keep_on_completion` parameter set to `true`. */
  id: Id
  /** Indicates whether columns that are entirely `null` will be removed from the `columns` and `values` portion of the results. If `true`, the response will include an extra section under the name `all_columns` which has the name of all the columns. */
  drop_null_columns?: boolean
  /** A short version of the Accept header, for example `json` or `yaml`. */
  format?: EsqlEsqlFormat
  /** The period for which the query and its results are stored in the cluster. When this period expires, the query and its results are deleted, even if the query is still ongoing. */
  keep_alive?: Duration
  /** The period to wait for the request to finish. By default, the request waits for complete query results. If the request completes during the period specified in this parameter, complete query results are returned. Otherwise, the response returns an `is_running` value of `true` and no results. */
  wait_for_completion_timeout?: Duration
}

export type EsqlAsyncQueryGetResponse = EsqlAsyncEsqlResult

/** Request of `esql.async_query`. */
export interface EsqlAsyncQueryRequest extends RequestBase {
  /** If `true`, partial results will be returned if there are shard failures, but the query can continue to execute on other clusters and shards. If `false`, the query will fail if there are any failures. */
  allow_partial_results?: boolean
  /** The character to use between values within a CSV row. It is valid only for the CSV format. */
  delimiter?: string
  /** Indicates whether columns that are entirely `null` will be removed from the `columns` and `values` portion of the results. If `true`, the response will include an extra section under the name `all_columns` which has the name of all the columns. */
  drop_null_columns?: boolean
  /** A short version of the Accept header, e.g. json, yaml. */
  format?: EsqlEsqlFormat
  /** By default, ES|QL returns results as rows. For example, FROM returns each individual document as one row. For the JSON, YAML, CBOR and smile formats, ES|QL can return the results in a columnar fashion where one row represents all the values of a certain column in the results. */
  columnar?: boolean
  /** Specify a Query DSL query in the filter parameter to filter the set of documents that an ES|QL query runs on. */
  filter?: QueryDslQueryContainer
  /** Sets the default timezone of the query. */
  time_zone?: string
  /** Returns results (especially dates) formatted per the conventions of the locale. */
  locale?: string
  /** To avoid any attempts of hacking or code injection, extract the values in a separate list of parameters. Use question mark placeholders (?) in the query string for each of the parameters. */
  params?: EsqlESQLParams
  /** If provided and `true` the response will include an extra `profile` object with information on how the query was executed. This information is for human debugging and its format can change at any time but it can give some insight into the performance of each part of the query. */
  profile?: boolean
  /** The ES|QL query API accepts an ES|QL query string in the query parameter, runs it, and returns the results. */
  query: string
  /** Tables to use with the LOOKUP operation. The top level key is the table name and the next level key is the column name. */
  tables?: Record<string, Record<string, EsqlTableValuesContainer>>
  /** When set to `true` and performing a cross-cluster/cross-project query, the response will include an extra `_clusters` object with information about the clusters that participated in the search along with info such as shards count. */
  include_ccs_metadata?: boolean
  /** When set to `true`, the response will include an extra `_clusters` object with information about the clusters that participated in the search along with info such as shards count. This is similar to `include_ccs_metadata`, but it also returns metadata when the query is not CCS/CPS */
  include_execution_metadata?: boolean
  /** The period to wait for the request to finish. By default, the request waits for 1 second for the query results. If the query completes during this period, results are returned Otherwise, a query ID is returned that can later be used to retrieve the results. */
  wait_for_completion_timeout?: Duration
  /** The period for which the query and its results are stored in the cluster. The default period is five days. When this period expires, the query and its results are deleted, even if the query is still ongoing. If the `keep_on_completion` parameter is false, Elasticsearch only stores async queries that do not complete within the period set by the `wait_for_completion_timeout` parameter, regardless of this value. */
  keep_alive?: Duration
  /** Indicates whether the query and its results are stored in the cluster. If false, the query and its results are stored in the cluster only if the request does not complete during the period set by the `wait_for_completion_timeout` parameter. */
  keep_on_completion?: boolean
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** Per-query settings, the request-body equivalent of the in-query `SET` command. For example, `time_zone` can be supplied here instead of as a top-level field. */
  settings?: EsqlEsqlQuerySettings
}

export type EsqlAsyncQueryResponse = EsqlAsyncEsqlResult

/** Request of `esql.async_query_stop`. */
export interface EsqlAsyncQueryStopRequest extends RequestBase {
  /** The unique identifier of the query. A query ID is provided in the ES|QL async query API response for a query that does not complete in the designated time. A query ID is also provided when the request was submitted with the `keep_on_completion` parameter set to `true`. */
  id: Id
  /** Indicates whether columns that are entirely `null` will be removed from the `columns` and `values` portion of the results. If `true`, the response will include an extra section under the name `all_columns` which has the name of all the columns. */
  drop_null_columns?: boolean
}

export type EsqlAsyncQueryStopResponse = EsqlEsqlResult

/** A named ES|QL query parameter supplied in its classified form. Exactly one of `value`, `identifier`, or `pattern` must be set. */
export interface EsqlClassifiedNamedParameter {
  /** Interpret the parameter as a literal value. */
  value?: EsqlSingleOrMultiValue
  /** Interpret the parameter as an identifier, such as a field or function name. */
  identifier?: string
  /** Interpret the parameter as a pattern, such as an index or field name pattern. */
  pattern?: string
}

/** A per-column declaration inside a dataset mapping's `properties`. */
export interface EsqlDatasetFieldMapping {
  /** The declared column type. */
  type: string
  /** The underlying file column that this logical column reads from. This is a read-path rename: the physical column becomes this single logical column. */
  path?: string
  /** The date-parse pattern for a declared `date` column, mirroring the index date-field `format`. */
  format?: string
}

/** A user-declared mapping (the `mappings` block) attached to a dataset. It is entirely optional: a dataset with no declared mapping relies on inference. */
export interface EsqlDatasetMapping {
  /** The policy for columns that are not declared in `properties`. `true` (the default) infers undeclared columns and overlays the declarations; `false` makes the declaration the entire schema, so undeclared columns are not queryable. */
  dynamic?: EsqlDynamic
  /** The per-column declarations, keyed by logical column name. */
  properties?: Record<string, EsqlDatasetFieldMapping>
  /** The `_id` meta-field configuration, sourcing the document identity from a column. */
  _id?: EsqlIdPath
}

/** Request of `esql.delete_data_source`. */
export interface EsqlDeleteDataSourceRequest extends RequestBase {
  /** A comma-separated list of data source names to delete. */
  name: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The time to wait for the request to be completed. */
  timeout?: Duration
}

export type EsqlDeleteDataSourceResponse = AcknowledgedResponseBase

/** Request of `esql.delete_dataset`. */
export interface EsqlDeleteDatasetRequest extends RequestBase {
  /** A comma-separated list of dataset names to delete. */
  name: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The time to wait for the request to be completed. */
  timeout?: Duration
}

export type EsqlDeleteDatasetResponse = AcknowledgedResponseBase

/** Request of `esql.delete_view`. */
export interface EsqlDeleteViewRequest extends RequestBase {
  /** The view name to remove. */
  name: Ids
}

export type EsqlDeleteViewResponse = AcknowledgedResponseBase

export type EsqlDynamic = boolean | 'true' | 'false'

/** Represents a data source definition stored in cluster state. A data source holds connection settings (credentials, endpoints, auth) for an external data provider. */
export interface EsqlESQLDataSource {
  /** The data source name. */
  name: Name
  /** The data source type. Currently, `s3` is supported. */
  type: string
  /** A free-text description. */
  description?: string
  /** Type-specific connection and authentication settings. */
  settings: Record<string, any>
}

/** Represents a dataset definition stored in cluster state. A dataset is a named reference to external data that participates in the index namespace alongside indices, aliases, and views. Datasets inherit credentials from their referenced data source at query time. */
export interface EsqlESQLDataset {
  /** The dataset name. */
  name: Name
  /** The name of the referenced data source. */
  data_source: Name
  /** The URI that identifies the data to read, resolved against the referenced data source. It can include glob patterns, for example a recursive pattern that matches Parquet files under `s3://logs-bucket/access`. */
  resource: string
  /** A free-text description. */
  description?: string
  /** Format- and parsing-specific settings that configure how the resource is read. Common keys include `format` and `partition_detection`. Additional keys depend on the format reader; compression can be inferred from the resource URI. */
  settings?: Record<string, any>
  /** The user-declared mapping on the dataset definition. */
  mappings?: EsqlDatasetMapping
}

export type EsqlESQLParams = EsqlSingleOrMultiValue[] | EsqlNamedValue[]

/** A non-materialized ES|QL view. */
export interface EsqlESQLView {
  /** The name of the ES|QL view */
  name: string
  /** The ES|QL query */
  query: string
}

/** The `approximation` query setting. It can be a boolean that toggles query approximation with default settings, or a map that enables it with custom settings. */
export type EsqlEsqlApproximation = boolean | EsqlEsqlApproximationSettings

export interface EsqlEsqlApproximationSettings {
  /** The number of sampled rows used for approximating the query. It must be at least 10,000. A null value uses the system default. */
  rows?: integer
  /** The confidence level of the computed confidence intervals. A null value disables computing confidence intervals. */
  confidence_level?: double
}

export interface EsqlEsqlClusterDetails {
  status: EsqlEsqlClusterStatus
  indices: string
  took?: DurationValue<UnitMillis>
  _shards?: EsqlEsqlShardInfo
  failures?: EsqlEsqlShardFailure[]
}

export interface EsqlEsqlClusterInfo {
  total: integer
  successful: integer
  running: integer
  skipped: integer
  partial: integer
  failed: integer
  details: Record<string, EsqlEsqlClusterDetails>
}

export type EsqlEsqlClusterStatus = 'running' | 'successful' | 'partial' | 'skipped' | 'failed'

export interface EsqlEsqlColumnInfo {
  name: string
  type: string
}

export type EsqlEsqlFormat = 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile' | 'arrow'

/** Per-query settings supplied through the request body. This is the request-body equivalent of the in-query `SET` command. Only settings that are exposed as request-body parameters can be set here; other `SET`-only settings (such as `unmapped_fields`) must be supplied in the query itself. */
export interface EsqlEsqlQuerySettings {
  /** The default timezone to be used in the query. It defaults to UTC and overrides the `time_zone` request parameter. */
  time_zone?: string
  /** Enables query approximation if possible for the query. `false` (the default) disables query approximation and `true` enables it with default settings. A map value enables query approximation with custom settings. */
  approximation?: EsqlEsqlApproximation
  /** When enabled, column metadata is added to the query response as additional `_meta` properties. Currently, only `_meta.bucket` is added for columns corresponding to the `BUCKET` function, containing the bucket interval and unit for queries where it can be determined. */
  column_metadata?: SpecUtilsStringified<boolean>
  /** Limits the scope of a cross-project search (CPS) to specific projects before query execution, based on a Lucene query expression evaluated against project tags. Excluded projects are not queried, which can reduce cost and latency. */
  project_routing?: ProjectRouting
}

export interface EsqlEsqlResult {
  took?: DurationValue<UnitMillis>
  is_partial?: boolean
  all_columns?: EsqlEsqlColumnInfo[]
  columns: EsqlEsqlColumnInfo[]
  values: FieldValue[][]
  /** Cross-cluster search information. Present if `include_ccs_metadata` was `true` in the request and a cross-cluster search was performed. */
  _clusters?: EsqlEsqlClusterInfo
  /** Profiling information. Present if `profile` was `true` in the request. The contents of this field are currently unstable. */
  profile?: any
}

export interface EsqlEsqlShardFailure {
  shard: integer
  index: IndexName | null
  node?: NodeId
  reason: ErrorCause
}

export interface EsqlEsqlShardInfo {
  total: integer
  successful?: integer
  skipped?: integer
  failed?: integer
}

/** Request of `esql.get_data_source`. */
export interface EsqlGetDataSourceRequest extends RequestBase {
  /** A comma-separated list of data source names or wildcard patterns. Omit to return all data sources. */
  name?: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface EsqlGetDataSourceResponse {
  /** The matching data sources. Credential values in each data source's settings are redacted as `::es_redacted::` in the response. */
  data_sources: EsqlESQLDataSource[]
}

/** Request of `esql.get_dataset`. */
export interface EsqlGetDatasetRequest extends RequestBase {
  /** A comma-separated list of dataset names or wildcard patterns. Omit to return all datasets. */
  name?: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface EsqlGetDatasetResponse {
  /** The matching datasets. */
  datasets: EsqlESQLDataset[]
}

/** Request of `esql.get_query`. */
export interface EsqlGetQueryRequest extends RequestBase {
  /** The query ID */
  id: Id
}

export interface EsqlGetQueryResponse {
  id: long
  node: NodeId
  start_time_millis: long
  running_time_nanos: long
  query: string
  coordinating_node: NodeId
  data_nodes: NodeId[]
}

/** Request of `esql.get_view`. */
export interface EsqlGetViewRequest extends RequestBase {
  /** The comma-separated view names to retrieve. */
  name?: Id
}

export interface EsqlGetViewResponse {
  views: EsqlESQLView[]
}

/** The `_id` meta-field of a dataset mapping. */
export interface EsqlIdPath {
  /** The name of the column that provides the document identity. */
  path: string
}

export interface EsqlListQueriesBody {
  id: long
  node: NodeId
  start_time_millis: long
  running_time_nanos: long
  query: string
}

/** Request of `esql.list_queries`. */
export interface EsqlListQueriesRequest extends RequestBase {
}

export interface EsqlListQueriesResponse {
  queries: Record<TaskId, EsqlListQueriesBody>
}

/** The value of a named ES|QL query parameter. It is either a literal single or multi value, or a single-key object that classifies how the parameter is interpreted. */
export type EsqlNamedParameterValue = EsqlSingleOrMultiValue | EsqlClassifiedNamedParameter

export type EsqlNamedValue = Partial<Record<string, EsqlNamedParameterValue>>

/** Request of `esql.put_data_source`. */
export interface EsqlPutDataSourceRequest extends RequestBase {
  /** The data source name to create or update. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The time to wait for the request to be completed. */
  timeout?: Duration
  /** The data source type. Currently, `s3` is supported. The value must be lowercase and contain no whitespace. */
  type: string
  /** A free-text description of the data source. */
  description?: string
  /** Type-specific connection and authentication settings. For `s3`, connection settings include `region` and `endpoint`. Authentication settings include `auth` and the credentials required by the selected authentication method. */
  settings?: Record<string, any>
}

export type EsqlPutDataSourceResponse = AcknowledgedResponseBase

/** Request of `esql.put_dataset`. */
export interface EsqlPutDatasetRequest extends RequestBase {
  /** The dataset name to create or update. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The time to wait for the request to be completed. */
  timeout?: Duration
  /** The name of the referenced data source. The data source must already exist. */
  data_source: Name
  /** The URI that identifies the data to read, resolved against the referenced data source. It can include glob patterns. For example, a recursive pattern can match all Parquet files under the `s3://logs-bucket/access` prefix. */
  resource: string
  /** A free-text description of the dataset. */
  description?: string
  /** User-declared mapping on the dataset definition */
  mappings?: EsqlDatasetMapping
  /** Format and parsing-specific settings that configure how the resource is read. Common keys include `format`, which explicitly selects a registered format, and `partition_detection`, which accepts `auto`, `hive`, `template`, or `none`. Additional keys depend on the format reader. Compression can be inferred from the resource URI. */
  settings?: Record<string, any>
}

export type EsqlPutDatasetResponse = AcknowledgedResponseBase

/** Request of `esql.put_view`. */
export interface EsqlPutViewRequest extends RequestBase {
  /** The view name to create or update. */
  name: Id
  /** The ES|QL query string from which to create a view. */
  query: string
}

export type EsqlPutViewResponse = AcknowledgedResponseBase

/** Request of `esql.query`. */
export interface EsqlQueryRequest extends RequestBase {
  /** A short version of the Accept header, e.g. json, yaml. */
  format?: EsqlEsqlFormat
  /** The character to use between values within a CSV row. Only valid for the CSV format. */
  delimiter?: string
  /** Should columns that are entirely `null` be removed from the `columns` and `values` portion of the results? Defaults to `false`. If `true` then the response will include an extra section under the name `all_columns` which has the name of all columns. */
  drop_null_columns?: boolean
  /** If `true`, partial results will be returned if there are shard failures, but the query can continue to execute on other clusters and shards. If `false`, the query will fail if there are any failures. */
  allow_partial_results?: boolean
  /** By default, ES|QL returns results as rows. For example, FROM returns each individual document as one row. For the JSON, YAML, CBOR and smile formats, ES|QL can return the results in a columnar fashion where one row represents all the values of a certain column in the results. */
  columnar?: boolean
  /** Specify a Query DSL query in the filter parameter to filter the set of documents that an ES|QL query runs on. */
  filter?: QueryDslQueryContainer
  /** Sets the default timezone of the query. */
  time_zone?: string
  /** Returns results (especially dates) formatted per the conventions of the locale. */
  locale?: string
  /** To avoid any attempts of hacking or code injection, extract the values in a separate list of parameters. Use question mark placeholders (?) in the query string for each of the parameters. */
  params?: EsqlESQLParams
  /** If provided and `true` the response will include an extra `profile` object with information on how the query was executed. This information is for human debugging and its format can change at any time but it can give some insight into the performance of each part of the query. */
  profile?: boolean
  /** The ES|QL query API accepts an ES|QL query string in the query parameter, runs it, and returns the results. */
  query: string
  /** Tables to use with the LOOKUP operation. The top level key is the table name and the next level key is the column name. */
  tables?: Record<string, Record<string, EsqlTableValuesContainer>>
  /** When set to `true` and performing a cross-cluster/cross-project query, the response will include an extra `_clusters` object with information about the clusters that participated in the search along with info such as shards count. */
  include_ccs_metadata?: boolean
  /** When set to `true`, the response will include an extra `_clusters` object with information about the clusters that participated in the search along with info such as shards count. This is similar to `include_ccs_metadata`, but it also returns metadata when the query is not CCS/CPS */
  include_execution_metadata?: boolean
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
  /** Per-query settings, the request-body equivalent of the in-query `SET` command. For example, `time_zone` can be supplied here instead of as a top-level field. */
  settings?: EsqlEsqlQuerySettings
}

export type EsqlQueryResponse = EsqlEsqlResult

export type EsqlSingleOrMultiValue = FieldValue | FieldValue[]

export interface EsqlTableValuesContainer {
  integer?: EsqlTableValuesIntegerValue[]
  keyword?: EsqlTableValuesKeywordValue[]
  long?: EsqlTableValuesLongValue[]
  double?: EsqlTableValuesLongDouble[]
}

export type EsqlTableValuesIntegerValue = integer | integer[]

export type EsqlTableValuesKeywordValue = string | string[]

export type EsqlTableValuesLongDouble = double | double[]

export type EsqlTableValuesLongValue = long | long[]
