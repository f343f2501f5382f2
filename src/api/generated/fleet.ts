// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, Ndjson, RequestOptions } from '../types.js'
import type { AggregateName, AggregationsAggregate, FleetDeleteSecretRequest, FleetDeleteSecretResponse, FleetGetSecretRequest, FleetGetSecretResponse, FleetGlobalCheckpointsRequest, FleetGlobalCheckpointsResponse, FleetMsearchRequest, FleetMsearchResponse, FleetPostSecretRequest, FleetPostSecretResponse, FleetSearchRequest, FleetSearchResponse } from '../types/index.js'

/** The `fleet` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteSecret: ['fleet.delete_secret', 'DELETE /_fleet/secret/{id}', '', 'none'],
  getSecret: ['fleet.get_secret', 'GET /_fleet/secret/{id}', '', 'none'],
  globalCheckpoints: ['fleet.global_checkpoints', 'GET /{index}/_fleet/global_checkpoints', 'wait_for_advance wait_for_index checkpoints timeout', 'none'],
  msearch: ['fleet.msearch', 'GET,POST /{index}/_fleet/_fleet_msearch|GET,POST /_fleet/_fleet_msearch', 'allow_no_indices ccs_minimize_roundtrips expand_wildcards ignore_throttled ignore_unavailable max_concurrent_searches max_concurrent_shard_requests pre_filter_shard_size search_type rest_total_hits_as_int typed_keys wait_for_checkpoints allow_partial_search_results', 'ndjson searches'],
  postSecret: ['fleet.post_secret', 'POST /_fleet/secret', '', 'fields value'],
  search: ['fleet.search', 'GET,POST /{index}/_fleet/_fleet_search', 'allow_no_indices analyzer analyze_wildcard batched_reduce_size ccs_minimize_roundtrips default_operator df docvalue_fields expand_wildcards explain ignore_throttled ignore_unavailable lenient max_concurrent_shard_requests preference pre_filter_shard_size request_cache routing scroll search_type stats stored_fields suggest_field suggest_mode suggest_size suggest_text terminate_after timeout track_total_hits track_scores typed_keys rest_total_hits_as_int version _source _source_excludes _source_includes seq_no_primary_term q size from sort wait_for_checkpoints allow_partial_search_results', 'fields aggregations aggs collapse explain ext from highlight track_total_hits indices_boost docvalue_fields min_score post_filter profile query rescore script_fields search_after size slice sort _source fields suggest terminate_after timeout track_scores version seq_no_primary_term stored_fields pit runtime_mappings stats'],
})

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
  declare deleteSecret: Call<FleetDeleteSecretRequest, FleetDeleteSecretResponse>
  /**
   * Retrieves a secret stored by Fleet.
   * `GET /_fleet/secret/{id}`
   */
  declare getSecret: Call<FleetGetSecretRequest, FleetGetSecretResponse>
  /**
   * Get global checkpoints.
   * `GET /{index}/_fleet/global_checkpoints`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-fleet
   */
  declare globalCheckpoints: Call<FleetGlobalCheckpointsRequest, FleetGlobalCheckpointsResponse>
  /**
   * Run multiple Fleet searches.
   * `GET|POST /{index}/_fleet/_fleet_msearch`, `GET|POST /_fleet/_fleet_msearch`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-fleet-msearch
   */
  declare msearch: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<FleetMsearchRequest, 'searches'>, options: MetaOptions): Promise<TransportResult<FleetMsearchResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<FleetMsearchRequest, 'searches'>, options?: RequestOptions): Promise<FleetMsearchResponse<TDocument, TAggregations>> }
  /**
   * Creates a secret stored by Fleet.
   * `POST /_fleet/secret`
   */
  declare postSecret: Call<FleetPostSecretRequest, FleetPostSecretResponse>
  /**
   * Run a Fleet search.
   * `GET|POST /{index}/_fleet/_fleet_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-fleet-search
   */
  declare search: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: FleetSearchRequest, options: MetaOptions): Promise<TransportResult<FleetSearchResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: FleetSearchRequest, options?: RequestOptions): Promise<FleetSearchResponse<TDocument, TAggregations>> }
}
installMethods(FleetApi, endpoints)
