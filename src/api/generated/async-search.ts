// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `async_search` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete: { name: 'async_search.delete', paths: [{ path: '/_async_search/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get: { name: 'async_search.get', paths: [{ path: '/_async_search/{id}', parts: ['id'], methods: ['GET'] }], params: { keep_alive: 'time', return_intermediate_results: 'boolean', typed_keys: 'boolean', wait_for_completion_timeout: 'time' }, body: 'none' },
  status: { name: 'async_search.status', paths: [{ path: '/_async_search/status/{id}', parts: ['id'], methods: ['GET'] }], params: { keep_alive: 'time' }, body: 'none' },
  submit: { name: 'async_search.submit', paths: [{ path: '/_async_search', parts: [], methods: ['POST'] }, { path: '/{index}/_async_search', parts: ['index'], methods: ['POST'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', allow_no_indices: 'boolean', allow_partial_search_results: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', batched_reduce_size: 'number', ccs_minimize_roundtrips: 'boolean', default_operator: 'enum', df: 'string', docvalue_fields: 'list', expand_wildcards: 'list', explain: 'boolean', from: 'number', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', keep_alive: 'time', keep_on_completion: 'boolean', lenient: 'boolean', max_concurrent_shard_requests: 'number', preference: 'string', q: 'string', request_cache: 'boolean', rest_total_hits_as_int: 'boolean', routing: 'list', search_type: 'enum', seq_no_primary_term: 'boolean', size: 'number', sort: 'list', stats: 'list', stored_fields: 'list', suggest_field: 'string', suggest_mode: 'enum', suggest_size: 'number', suggest_text: 'string', terminate_after: 'number', timeout: 'time', track_scores: 'boolean', track_total_hits: 'boolean|number', typed_keys: 'boolean', version: 'boolean', wait_for_completion_timeout: 'time' }, body: 'json' },
}

/** Parameters of `async_search.delete`. */
export interface AsyncSearchDeleteParams extends CommonParams {
  /** The async search ID */
  id: string
}

/** Parameters of `async_search.get`. */
export interface AsyncSearchGetParams extends CommonParams {
  /** The async search ID */
  id: string
  /** Specify the time interval in which the results (partial or final) for this search will be available */
  keep_alive?: string
  /**
   * Indicates whether partial intermediate results should be returned when the wait for completion timeout occurs and the query is not yet complete.
   * Default: `true`.
   */
  return_intermediate_results?: boolean
  /** Specify whether aggregation and suggester names should be prefixed by their respective types in the response */
  typed_keys?: boolean
  /** Specify the time that the request should block waiting for the final response */
  wait_for_completion_timeout?: string
}

/** Parameters of `async_search.status`. */
export interface AsyncSearchStatusParams extends CommonParams {
  /** The async search ID */
  id: string
  /**
   * Specify the time interval in which the results (partial or final) for this search will be available
   * Default: `"5d"`.
   */
  keep_alive?: string
}

/** Parameters of `async_search.submit`. */
export interface AsyncSearchSubmitParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[] | BodyValue
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[] | BodyValue
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[] | BodyValue
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Indicate if an error should be returned if there is a partial search failure or timeout
   * Default: `true`.
   */
  allow_partial_search_results?: boolean
  /**
   * Specify whether wildcard and prefix queries should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string */
  analyzer?: string | BodyValue
  /**
   * The number of shard results that should be reduced at once on the coordinating node. This value should be used as the granularity at which progress results will be made available.
   * Default: `5`.
   */
  batched_reduce_size?: number
  /**
   * When doing a cross-cluster search, setting it to true may improve overall search latency, particularly when searching clusters with a large number of shards. However, when set to true, the progress of searches on the remote clusters will not be received until the search finishes on all clusters.
   * Default: `false`.
   */
  ccs_minimize_roundtrips?: boolean
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The field to use as default where no field prefix is given in the query string */
  df?: string | BodyValue
  /** A comma-separated list of fields to return as the docvalue representation of a field for each hit */
  docvalue_fields?: string | readonly string[] | BodyValue
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /** Specify whether to return detailed information about score computation as part of a hit */
  explain?: boolean
  /**
   * Starting offset
   * Default: `0`.
   */
  from?: number
  /** Whether specified concrete, expanded or aliased indices should be ignored when throttled */
  ignore_throttled?: boolean
  /** Whether specified concrete indices should be ignored when unavailable (missing or closed) */
  ignore_unavailable?: boolean
  /**
   * Update the time interval in which the results (partial or final) for this search will be available
   * Default: `"5d"`.
   */
  keep_alive?: string
  /**
   * Control whether the response should be stored in the cluster if it completed within the provided [wait_for_completion] time (default: false)
   * Default: `false`.
   */
  keep_on_completion?: boolean
  /** Specify whether format-based query failures (such as providing text to a numeric field) should be ignored */
  lenient?: boolean
  /**
   * The number of concurrent shard requests per node this search executes concurrently. This value should be used to limit the impact of the search on the cluster in order to limit the number of concurrent shard requests
   * Default: `5`.
   */
  max_concurrent_shard_requests?: number
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /**
   * Specify if request cache should be used for this request or not, defaults to true
   * Default: `true`.
   */
  request_cache?: boolean
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /** Specify whether to return sequence number and primary term of the last modification of each hit */
  seq_no_primary_term?: boolean
  /**
   * Number of hits to return
   * Default: `10`.
   */
  size?: number
  /** A comma-separated list of <field>:<direction> pairs */
  sort?: string | readonly string[] | BodyValue
  /** Specific 'tag' of the request for logging and statistical purposes */
  stats?: string | readonly string[] | BodyValue
  /** A comma-separated list of stored fields to return as part of a hit */
  stored_fields?: string | readonly string[] | BodyValue
  /** Specify which field to use for suggestions */
  suggest_field?: string | BodyValue
  /**
   * Specify suggest mode
   * Default: `"missing"`.
   */
  suggest_mode?: 'missing' | 'popular' | 'always'
  /** How many suggestions to return in response */
  suggest_size?: number
  /** The source text for which the suggestions should be returned */
  suggest_text?: string | BodyValue
  /** The maximum number of documents to collect for each shard, upon reaching which the query execution will terminate early. */
  terminate_after?: number
  /** Explicit operation timeout */
  timeout?: string
  /** Whether to calculate and return scores even if they are not used for sorting */
  track_scores?: boolean
  /** Indicate if the number of documents that match the query should be tracked. A number can also be specified, to accurately track the total hit count up to the number. */
  track_total_hits?: boolean | number
  /** Specify whether aggregation and suggester names should be prefixed by their respective types in the response */
  typed_keys?: boolean
  /** Specify whether to return document version as part of a hit */
  version?: boolean
  /**
   * Specify the time that the request should block waiting for the final response
   * Default: `"1s"`.
   */
  wait_for_completion_timeout?: string
}

const E = endpoints

/** The `async_search` APIs, reached as `client.asyncSearch`. */
export class AsyncSearchApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete an async search
   * `DELETE /_async_search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  delete<TResponse = unknown>(params: AsyncSearchDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: AsyncSearchDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Get async search results
   * `GET /_async_search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  get<TResponse = unknown>(params: AsyncSearchGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: AsyncSearchGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get the async search status
   * `GET /_async_search/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  status<TResponse = unknown>(params: AsyncSearchStatusParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  status<TResponse = unknown>(params: AsyncSearchStatusParams, options?: RequestOptions): Promise<TResponse>
  status(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.status, params, options)
  }

  /**
   * Run an async search
   * `POST /_async_search`
   * `POST /{index}/_async_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  submit<TResponse = unknown>(params: AsyncSearchSubmitParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  submit<TResponse = unknown>(params?: AsyncSearchSubmitParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  submit(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.submit, params, options)
  }
}
