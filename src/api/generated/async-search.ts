// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, RequestOptions } from '../types.js'
import type { AggregateName, AggregationsAggregate, AsyncSearchDeleteRequest, AsyncSearchDeleteResponse, AsyncSearchGetRequest, AsyncSearchGetResponse, AsyncSearchStatusRequest, AsyncSearchStatusResponse, AsyncSearchSubmitRequest, AsyncSearchSubmitResponse } from '../types/index.js'

/** The `async_search` endpoints, by method name. */
export const endpoints = endpointTable({
  delete: ['async_search.delete', 'DELETE /_async_search/{id}', '', 'none'],
  get: ['async_search.get', 'GET /_async_search/{id}', 'keep_alive typed_keys wait_for_completion_timeout return_intermediate_results', 'none'],
  status: ['async_search.status', 'GET /_async_search/status/{id}', 'keep_alive', 'none'],
  submit: ['async_search.submit', 'POST /{index}/_async_search|POST /_async_search', 'wait_for_completion_timeout keep_alive keep_on_completion allow_no_indices allow_partial_search_results analyzer analyze_wildcard batched_reduce_size ccs_minimize_roundtrips default_operator df docvalue_fields expand_wildcards explain ignore_throttled ignore_unavailable lenient max_concurrent_shard_requests preference request_cache routing search_type stats stored_fields suggest_field suggest_mode suggest_size suggest_text terminate_after timeout track_total_hits track_scores typed_keys rest_total_hits_as_int version _source _source_excludes _source_includes seq_no_primary_term q size from sort', 'fields aggregations aggs collapse explain ext from highlight track_total_hits indices_boost docvalue_fields knn min_score post_filter profile query rescore script_fields search_after size slice sort _source fields suggest terminate_after timeout track_scores version seq_no_primary_term stored_fields pit runtime_mappings stats project_routing', { sortInQuery: true }],
})

/** The `async_search` APIs, reached as `client.asyncSearch`. */
export class AsyncSearchApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete an async search.
   * `DELETE /_async_search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  declare delete: Call<AsyncSearchDeleteRequest, AsyncSearchDeleteResponse>
  /**
   * Get async search results.
   * `GET /_async_search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  declare get: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: AsyncSearchGetRequest, options: MetaOptions): Promise<TransportResult<AsyncSearchGetResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: AsyncSearchGetRequest, options?: RequestOptions): Promise<AsyncSearchGetResponse<TDocument, TAggregations>> }
  /**
   * Get the async search status.
   * `GET /_async_search/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  declare status: Call<AsyncSearchStatusRequest, AsyncSearchStatusResponse>
  /**
   * Run an async search.
   * `POST /{index}/_async_search`, `POST /_async_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-async-search-submit
   */
  declare submit: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: AsyncSearchSubmitRequest | undefined, options: MetaOptions): Promise<TransportResult<AsyncSearchSubmitResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params?: AsyncSearchSubmitRequest, options?: RequestOptions): Promise<AsyncSearchSubmitResponse<TDocument, TAggregations>> }
}
installMethods(AsyncSearchApi, endpoints)
