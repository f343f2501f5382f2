// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, RequestOptions } from '../types.js'
import type { EqlDeleteRequest, EqlDeleteResponse, EqlGetRequest, EqlGetResponse, EqlGetStatusRequest, EqlGetStatusResponse, EqlSearchRequest, EqlSearchResponse } from '../types/index.js'

/** The `eql` endpoints, by method name. */
export const endpoints = endpointTable({
  delete: ['eql.delete', 'DELETE /_eql/search/{id}', '', 'none'],
  get: ['eql.get', 'GET /_eql/search/{id}', 'keep_alive wait_for_completion_timeout', 'none'],
  getStatus: ['eql.get_status', 'GET /_eql/search/status/{id}', '', 'none'],
  search: ['eql.search', 'GET,POST /{index}/_eql/search', 'allow_no_indices allow_partial_search_results allow_partial_sequence_results expand_wildcards ccs_minimize_roundtrips ignore_unavailable keep_alive keep_on_completion wait_for_completion_timeout', 'fields project_routing query case_sensitive event_category_field tiebreaker_field timestamp_field fetch_size filter keep_alive keep_on_completion wait_for_completion_timeout allow_partial_search_results allow_partial_sequence_results size fields result_position runtime_mappings max_samples_per_key'],
})

/** The `eql` APIs, reached as `client.eql`. */
export class EqlApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete an async EQL search.
   * `DELETE /_eql/search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-delete
   */
  declare delete: Call<EqlDeleteRequest, EqlDeleteResponse>
  /**
   * Get async EQL search results.
   * `GET /_eql/search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get
   */
  declare get: { <TEvent = unknown>(params: EqlGetRequest, options: MetaOptions): Promise<TransportResult<EqlGetResponse<TEvent>>>; <TEvent = unknown>(params: EqlGetRequest, options?: RequestOptions): Promise<EqlGetResponse<TEvent>> }
  /**
   * Get the async EQL status.
   * `GET /_eql/search/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get-status
   */
  declare getStatus: Call<EqlGetStatusRequest, EqlGetStatusResponse>
  /**
   * Get EQL search results.
   * `GET|POST /{index}/_eql/search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-search
   */
  declare search: { <TEvent = unknown>(params: EqlSearchRequest, options: MetaOptions): Promise<TransportResult<EqlSearchResponse<TEvent>>>; <TEvent = unknown>(params: EqlSearchRequest, options?: RequestOptions): Promise<EqlSearchResponse<TEvent>> }
}
installMethods(EqlApi, endpoints)
