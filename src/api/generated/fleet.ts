// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `fleet` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteSecret: ['fleet.delete_secret', 'DELETE /_fleet/secret/{id}', '', 'none'],
  getSecret: ['fleet.get_secret', 'GET /_fleet/secret/{id}', '', 'none'],
  globalCheckpoints: ['fleet.global_checkpoints', 'GET /{index}/_fleet/global_checkpoints', 'wait_for_advance wait_for_index checkpoints timeout', 'none'],
  msearch: ['fleet.msearch', 'GET,POST /{index}/_fleet/_fleet_msearch|GET,POST /_fleet/_fleet_msearch', 'allow_no_indices ccs_minimize_roundtrips expand_wildcards ignore_throttled ignore_unavailable max_concurrent_searches max_concurrent_shard_requests pre_filter_shard_size search_type rest_total_hits_as_int typed_keys wait_for_checkpoints allow_partial_search_results', 'ndjson searches'],
  postSecret: ['fleet.post_secret', 'POST /_fleet/secret', '', 'fields value'],
  search: ['fleet.search', 'GET,POST /{index}/_fleet/_fleet_search', 'allow_no_indices analyzer analyze_wildcard batched_reduce_size ccs_minimize_roundtrips default_operator df docvalue_fields expand_wildcards explain ignore_throttled ignore_unavailable lenient max_concurrent_shard_requests preference pre_filter_shard_size request_cache routing scroll search_type stats stored_fields suggest_field suggest_mode suggest_size suggest_text terminate_after timeout track_total_hits track_scores typed_keys rest_total_hits_as_int version _source _source_excludes _source_includes seq_no_primary_term q size from sort wait_for_checkpoints allow_partial_search_results', 'fields aggregations aggs collapse explain ext from highlight track_total_hits indices_boost docvalue_fields min_score post_filter profile query rescore script_fields search_after size slice sort _source fields suggest terminate_after timeout track_scores version seq_no_primary_term stored_fields pit runtime_mappings stats'],
})

export interface FleetDeleteSecretParams extends CommonParams {
  id: string
}
export interface FleetGetSecretParams extends CommonParams {
  id: string
}
export interface FleetGlobalCheckpointsParams extends CommonParams, QueryParams<'wait_for_advance' | 'wait_for_index' | 'checkpoints' | 'timeout'> {
  index: string
}
export interface FleetMsearchParams extends CommonParams, QueryParams<'allow_no_indices' | 'ccs_minimize_roundtrips' | 'expand_wildcards' | 'ignore_throttled' | 'ignore_unavailable' | 'max_concurrent_searches' | 'max_concurrent_shard_requests' | 'pre_filter_shard_size' | 'search_type' | 'rest_total_hits_as_int' | 'typed_keys' | 'wait_for_checkpoints' | 'allow_partial_search_results'> {
  index?: string
  /** An array of lines (objects, or strings/Buffers sent as they are), or one NDJSON string/Buffer. */
  searches?: readonly unknown[] | string | Buffer
}
export interface FleetPostSecretParams extends CommonParams {
  value?: unknown
}
export interface FleetSearchParams extends CommonParams, QueryParams<'allow_no_indices' | 'analyzer' | 'analyze_wildcard' | 'batched_reduce_size' | 'ccs_minimize_roundtrips' | 'default_operator' | 'df' | 'expand_wildcards' | 'ignore_throttled' | 'ignore_unavailable' | 'lenient' | 'max_concurrent_shard_requests' | 'preference' | 'pre_filter_shard_size' | 'request_cache' | 'routing' | 'scroll' | 'search_type' | 'suggest_field' | 'suggest_mode' | 'suggest_size' | 'suggest_text' | 'typed_keys' | 'rest_total_hits_as_int' | '_source_excludes' | '_source_includes' | 'q' | 'wait_for_checkpoints' | 'allow_partial_search_results'> {
  index: string
  aggregations?: unknown
  aggs?: unknown
  collapse?: unknown
  explain?: unknown
  ext?: unknown
  from?: unknown
  highlight?: unknown
  track_total_hits?: unknown
  indices_boost?: unknown
  docvalue_fields?: unknown
  min_score?: unknown
  post_filter?: unknown
  profile?: unknown
  query?: unknown
  rescore?: unknown
  script_fields?: unknown
  search_after?: unknown
  size?: unknown
  slice?: unknown
  sort?: unknown
  _source?: unknown
  fields?: unknown
  suggest?: unknown
  terminate_after?: unknown
  timeout?: unknown
  track_scores?: unknown
  version?: unknown
  seq_no_primary_term?: unknown
  stored_fields?: unknown
  pit?: unknown
  runtime_mappings?: unknown
  stats?: unknown
}

/** The `fleet` APIs, reached as `client.fleet`. */
export class FleetApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Deletes a secret stored by Fleet.
   * `DELETE /_fleet/secret/{id}`
   */
  declare deleteSecret: Call<FleetDeleteSecretParams>
  /**
   * Retrieves a secret stored by Fleet.
   * `GET /_fleet/secret/{id}`
   */
  declare getSecret: Call<FleetGetSecretParams>
  /**
   * Get global checkpoints.
   * `GET /{index}/_fleet/global_checkpoints`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-fleet
   */
  declare globalCheckpoints: Call<FleetGlobalCheckpointsParams>
  /**
   * Run multiple Fleet searches.
   * `GET|POST /{index}/_fleet/_fleet_msearch`, `GET|POST /_fleet/_fleet_msearch`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-fleet-msearch
   */
  declare msearch: OptionalCall<FleetMsearchParams>
  /**
   * Creates a secret stored by Fleet.
   * `POST /_fleet/secret`
   */
  declare postSecret: OptionalCall<FleetPostSecretParams & BodyFields>
  /**
   * Run a Fleet search.
   * `GET|POST /{index}/_fleet/_fleet_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-fleet-search
   */
  declare search: Call<FleetSearchParams & BodyFields>
}
installMethods(FleetApi, endpoints)
