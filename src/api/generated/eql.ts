// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `eql` endpoints, by method name. */
export const endpoints = endpointTable({
  delete: ['eql.delete', 'DELETE /_eql/search/{id}', '', 'none'],
  get: ['eql.get', 'GET /_eql/search/{id}', 'keep_alive wait_for_completion_timeout', 'none'],
  getStatus: ['eql.get_status', 'GET /_eql/search/status/{id}', '', 'none'],
  search: ['eql.search', 'GET,POST /{index}/_eql/search', 'allow_no_indices allow_partial_search_results allow_partial_sequence_results expand_wildcards ccs_minimize_roundtrips ignore_unavailable keep_alive keep_on_completion wait_for_completion_timeout', 'fields project_routing query case_sensitive event_category_field tiebreaker_field timestamp_field fetch_size filter keep_alive keep_on_completion wait_for_completion_timeout allow_partial_search_results allow_partial_sequence_results size fields result_position runtime_mappings max_samples_per_key'],
})

export interface EqlDeleteParams extends CommonParams {
  id: string
}
export interface EqlGetParams extends CommonParams, QueryParams<'keep_alive' | 'wait_for_completion_timeout'> {
  id: string
}
export interface EqlGetStatusParams extends CommonParams {
  id: string
}
export interface EqlSearchParams extends CommonParams, QueryParams<'allow_no_indices' | 'expand_wildcards' | 'ccs_minimize_roundtrips' | 'ignore_unavailable'> {
  index: string | ReadonlyArray<string>
  project_routing?: unknown
  query?: unknown
  case_sensitive?: unknown
  event_category_field?: unknown
  tiebreaker_field?: unknown
  timestamp_field?: unknown
  fetch_size?: unknown
  filter?: unknown
  keep_alive?: unknown
  keep_on_completion?: unknown
  wait_for_completion_timeout?: unknown
  allow_partial_search_results?: unknown
  allow_partial_sequence_results?: unknown
  size?: unknown
  fields?: unknown
  result_position?: unknown
  runtime_mappings?: unknown
  max_samples_per_key?: unknown
}

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
  declare delete: Call<EqlDeleteParams>
  /**
   * Get async EQL search results.
   * `GET /_eql/search/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get
   */
  declare get: Call<EqlGetParams>
  /**
   * Get the async EQL status.
   * `GET /_eql/search/status/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-get-status
   */
  declare getStatus: Call<EqlGetStatusParams>
  /**
   * Get EQL search results.
   * `GET|POST /{index}/_eql/search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-eql-search
   */
  declare search: Call<EqlSearchParams & BodyFields>
}
installMethods(EqlApi, endpoints)
