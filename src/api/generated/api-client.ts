// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { BulkRequest, BulkResponse, ClearScrollRequest, ClearScrollResponse, ClosePointInTimeRequest, ClosePointInTimeResponse, CountRequest, CountResponse, CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, GetRequest, GetResponse, IndexRequest, IndexResponse, MgetRequest, MgetResponse, MsearchRequest, MsearchResponse, OpenPointInTimeRequest, OpenPointInTimeResponse, ScrollRequest, ScrollResponse, SearchRequest, SearchResponse, UpdateRequest, UpdateResponse } from '../document-types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'
import { InternalApi } from './internal.js'
import { AsyncSearchApi } from './async-search.js'
import { AutoscalingApi } from './autoscaling.js'
import { CatApi } from './cat.js'
import { CcrApi } from './ccr.js'
import { ClusterApi } from './cluster.js'
import { ConnectorApi } from './connector.js'
import { DanglingIndicesApi } from './dangling-indices.js'
import { EnrichApi } from './enrich.js'
import { EqlApi } from './eql.js'
import { EsqlApi } from './esql.js'
import { FeaturesApi } from './features.js'
import { FleetApi } from './fleet.js'
import { GraphApi } from './graph.js'
import { IlmApi } from './ilm.js'
import { IndicesApi } from './indices.js'
import { InferenceApi } from './inference.js'
import { IngestApi } from './ingest.js'
import { LicenseApi } from './license.js'
import { LogstashApi } from './logstash.js'
import { MigrationApi } from './migration.js'
import { MlApi } from './ml.js'
import { MonitoringApi } from './monitoring.js'
import { NodesApi } from './nodes.js'
import { ProfilingApi } from './profiling.js'
import { ProjectApi } from './project.js'
import { QueryRulesApi } from './query-rules.js'
import { RollupApi } from './rollup.js'
import { SearchApplicationApi } from './search-application.js'
import { SearchableSnapshotsApi } from './searchable-snapshots.js'
import { SecurityApi } from './security.js'
import { ShutdownApi } from './shutdown.js'
import { SimulateApi } from './simulate.js'
import { SlmApi } from './slm.js'
import { SnapshotApi } from './snapshot.js'
import { SqlApi } from './sql.js'
import { SslApi } from './ssl.js'
import { StreamsApi } from './streams.js'
import { SynonymsApi } from './synonyms.js'
import { TasksApi } from './tasks.js'
import { TextStructureApi } from './text-structure.js'
import { TransformApi } from './transform.js'
import { WatcherApi } from './watcher.js'
import { XpackApi } from './xpack.js'

/** Descriptors of the top-level endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  bulk: { name: 'bulk', paths: [{ path: '/_bulk', parts: [], methods: ['POST', 'PUT'] }, { path: '/{index}/_bulk', parts: ['index'], methods: ['POST', 'PUT'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', include_source_on_error: 'boolean', list_executed_pipelines: 'boolean', pipeline: 'string', refresh: 'enum', require_alias: 'boolean', require_data_stream: 'boolean', routing: 'list', timeout: 'time', wait_for_active_shards: 'string' }, body: 'ndjson', bodyRequired: true, bodyKey: 'operations' },
  capabilities: { name: 'capabilities', paths: [{ path: '/_capabilities', parts: [], methods: ['GET'] }], params: { capabilities: 'list', local_only: 'boolean', method: 'enum', parameters: 'list', path: 'string', timeout: 'time' }, body: 'none' },
  clear_scroll: { name: 'clear_scroll', paths: [{ path: '/_search/scroll', parts: [], methods: ['DELETE'] }], params: {}, body: 'json' },
  close_point_in_time: { name: 'close_point_in_time', paths: [{ path: '/_pit', parts: [], methods: ['DELETE'] }], params: {}, body: 'json', bodyRequired: true },
  count: { name: 'count', paths: [{ path: '/_count', parts: [], methods: ['POST', 'GET'] }, { path: '/{index}/_count', parts: ['index'], methods: ['POST', 'GET'] }], params: { allow_no_indices: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', default_operator: 'enum', df: 'string', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', lenient: 'boolean', min_score: 'number', preference: 'string', q: 'string', routing: 'list', stats: 'list', terminate_after: 'number' }, body: 'json' },
  create: { name: 'create', paths: [{ path: '/{index}/_create/{id}', parts: ['index', 'id'], methods: ['PUT', 'POST'] }], params: { include_source_on_error: 'boolean', pipeline: 'string', refresh: 'enum', require_alias: 'boolean', require_data_stream: 'boolean', routing: 'list', timeout: 'time', version: 'number', version_type: 'enum', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true, bodyKey: 'document' },
  delete: { name: 'delete', paths: [{ path: '/{index}/_doc/{id}', parts: ['index', 'id'], methods: ['DELETE'] }], params: { if_primary_term: 'number', if_seq_no: 'number', refresh: 'enum', routing: 'list', timeout: 'time', version: 'number', version_type: 'enum', wait_for_active_shards: 'string' }, body: 'none' },
  delete_by_query: { name: 'delete_by_query', paths: [{ path: '/{index}/_delete_by_query', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', conflicts: 'enum', default_operator: 'enum', df: 'string', expand_wildcards: 'list', from: 'number', ignore_unavailable: 'boolean', lenient: 'boolean', max_docs: 'number', preference: 'string', q: 'string', refresh: 'boolean', request_cache: 'boolean', requests_per_second: 'number', routing: 'list', scroll: 'time', scroll_size: 'number', search_timeout: 'time', search_type: 'enum', slices: 'number|string', sort: 'list', stats: 'list', terminate_after: 'number', timeout: 'time', version: 'boolean', wait_for_active_shards: 'string', wait_for_completion: 'boolean' }, body: 'json', bodyRequired: true },
  delete_by_query_rethrottle: { name: 'delete_by_query_rethrottle', paths: [{ path: '/_delete_by_query/{task_id}/_rethrottle', parts: ['task_id'], methods: ['POST'] }], params: { requests_per_second: 'number' }, required: ['requests_per_second'], body: 'none' },
  delete_script: { name: 'delete_script', paths: [{ path: '/_scripts/{id}', parts: ['id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  exists: { name: 'exists', paths: [{ path: '/{index}/_doc/{id}', parts: ['index', 'id'], methods: ['HEAD'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', preference: 'string', realtime: 'boolean', refresh: 'boolean', routing: 'list', stored_fields: 'list', version: 'number', version_type: 'enum' }, body: 'none' },
  exists_source: { name: 'exists_source', paths: [{ path: '/{index}/_source/{id}', parts: ['index', 'id'], methods: ['HEAD'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', preference: 'string', realtime: 'boolean', refresh: 'boolean', routing: 'list', version: 'number', version_type: 'enum' }, body: 'none' },
  explain: { name: 'explain', paths: [{ path: '/{index}/_explain/{id}', parts: ['index', 'id'], methods: ['GET', 'POST'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', analyze_wildcard: 'boolean', analyzer: 'string', default_operator: 'enum', df: 'string', lenient: 'boolean', preference: 'string', q: 'string', routing: 'list', stored_fields: 'list' }, body: 'json' },
  field_caps: { name: 'field_caps', paths: [{ path: '/_field_caps', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_field_caps', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', fields: 'list', filters: 'list', ignore_unavailable: 'boolean', include_empty_fields: 'boolean', include_unmapped: 'boolean', types: 'list' }, body: 'json' },
  get: { name: 'get', paths: [{ path: '/{index}/_doc/{id}', parts: ['index', 'id'], methods: ['GET'] }], params: { _slice: 'string', _source: 'list', _source_exclude_vectors: 'boolean', _source_excludes: 'list', _source_includes: 'list', force_synthetic_source: 'boolean', preference: 'string', realtime: 'boolean', refresh: 'boolean', routing: 'list', stored_fields: 'list', version: 'number', version_type: 'enum' }, body: 'none' },
  get_script: { name: 'get_script', paths: [{ path: '/_scripts/{id}', parts: ['id'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_script_context: { name: 'get_script_context', paths: [{ path: '/_script_context', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_script_languages: { name: 'get_script_languages', paths: [{ path: '/_script_language', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_source: { name: 'get_source', paths: [{ path: '/{index}/_source/{id}', parts: ['index', 'id'], methods: ['GET'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', preference: 'string', realtime: 'boolean', refresh: 'boolean', routing: 'list', version: 'number', version_type: 'enum' }, body: 'none' },
  health_report: { name: 'health_report', paths: [{ path: '/_health_report', parts: [], methods: ['GET'] }, { path: '/_health_report/{feature}', parts: ['feature'], methods: ['GET'] }], params: { size: 'number', timeout: 'time', verbose: 'boolean' }, body: 'none' },
  index: { name: 'index', paths: [{ path: '/{index}/_doc/{id}', parts: ['index', 'id'], methods: ['PUT', 'POST'] }, { path: '/{index}/_doc', parts: ['index'], methods: ['POST'] }], params: { _slice: 'string', if_primary_term: 'number', if_seq_no: 'number', include_source_on_error: 'boolean', op_type: 'enum', pipeline: 'string', refresh: 'enum', require_alias: 'boolean', require_data_stream: 'boolean', routing: 'list', timeout: 'time', version: 'number', version_type: 'enum', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true, bodyKey: 'document' },
  info: { name: 'info', paths: [{ path: '/', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  knn_search: { name: 'knn_search', paths: [{ path: '/{index}/_knn_search', parts: ['index'], methods: ['GET', 'POST'] }], params: { routing: 'list' }, body: 'json', bodyRequired: true },
  mget: { name: 'mget', paths: [{ path: '/_mget', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_mget', parts: ['index'], methods: ['GET', 'POST'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', force_synthetic_source: 'boolean', preference: 'string', realtime: 'boolean', refresh: 'boolean', routing: 'list', stored_fields: 'list' }, body: 'json', bodyRequired: true },
  msearch: { name: 'msearch', paths: [{ path: '/_msearch', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_msearch', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', ccs_minimize_roundtrips: 'boolean', expand_wildcards: 'list', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', include_named_queries_score: 'boolean', index: 'list', max_concurrent_searches: 'number', max_concurrent_shard_requests: 'number', pre_filter_shard_size: 'number', project_routing: 'string', rest_total_hits_as_int: 'boolean', routing: 'list', search_type: 'enum', typed_keys: 'boolean' }, body: 'ndjson', bodyRequired: true, bodyKey: 'searches' },
  msearch_template: { name: 'msearch_template', paths: [{ path: '/_msearch/template', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_msearch/template', parts: ['index'], methods: ['GET', 'POST'] }], params: { ccs_minimize_roundtrips: 'boolean', max_concurrent_searches: 'number', project_routing: 'string', rest_total_hits_as_int: 'boolean', search_type: 'enum', typed_keys: 'boolean' }, body: 'ndjson', bodyRequired: true, bodyKey: 'search_templates' },
  mtermvectors: { name: 'mtermvectors', paths: [{ path: '/_mtermvectors', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_mtermvectors', parts: ['index'], methods: ['GET', 'POST'] }], params: { field_statistics: 'boolean', fields: 'list', ids: 'list', offsets: 'boolean', payloads: 'boolean', positions: 'boolean', preference: 'string', realtime: 'boolean', routing: 'list', term_statistics: 'boolean', version: 'number', version_type: 'enum' }, body: 'json' },
  open_point_in_time: { name: 'open_point_in_time', paths: [{ path: '/{index}/_pit', parts: ['index'], methods: ['POST'] }], params: { allow_partial_search_results: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', keep_alive: 'time', max_concurrent_shard_requests: 'number', preference: 'string', routing: 'list' }, required: ['keep_alive'], body: 'json' },
  ping: { name: 'ping', paths: [{ path: '/', parts: [], methods: ['HEAD'] }], params: {}, body: 'none' },
  put_script: { name: 'put_script', paths: [{ path: '/_scripts/{id}', parts: ['id'], methods: ['PUT', 'POST'] }, { path: '/_scripts/{id}/{context}', parts: ['id', 'context'], methods: ['PUT', 'POST'] }], params: { context: 'string', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  rank_eval: { name: 'rank_eval', paths: [{ path: '/_rank_eval', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_rank_eval', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', search_type: 'enum' }, body: 'json', bodyRequired: true },
  reindex: { name: 'reindex', paths: [{ path: '/_reindex', parts: [], methods: ['POST'] }], params: { max_docs: 'number', refresh: 'boolean', requests_per_second: 'number', require_alias: 'boolean', scroll: 'time', slices: 'number|string', timeout: 'time', wait_for_active_shards: 'string', wait_for_completion: 'boolean' }, body: 'json', bodyRequired: true },
  reindex_cancel: { name: 'reindex_cancel', paths: [{ path: '/_reindex/{task_id}/_cancel', parts: ['task_id'], methods: ['POST'] }], params: { wait_for_completion: 'boolean' }, body: 'none' },
  reindex_get: { name: 'reindex_get', paths: [{ path: '/_reindex/{task_id}', parts: ['task_id'], methods: ['GET'] }], params: { timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
  reindex_list: { name: 'reindex_list', paths: [{ path: '/_reindex', parts: [], methods: ['GET'] }], params: { detailed: 'boolean' }, body: 'none' },
  reindex_rethrottle: { name: 'reindex_rethrottle', paths: [{ path: '/_reindex/{task_id}/_rethrottle', parts: ['task_id'], methods: ['POST'] }], params: { requests_per_second: 'number' }, required: ['requests_per_second'], body: 'none' },
  render_search_template: { name: 'render_search_template', paths: [{ path: '/_render/template', parts: [], methods: ['GET', 'POST'] }, { path: '/_render/template/{id}', parts: ['id'], methods: ['GET', 'POST'] }], params: {}, body: 'json', bodyRequired: true },
  scripts_painless_execute: { name: 'scripts_painless_execute', paths: [{ path: '/_scripts/painless/_execute', parts: [], methods: ['GET', 'POST'] }], params: {}, body: 'json', bodyRequired: true },
  scroll: { name: 'scroll', paths: [{ path: '/_search/scroll', parts: [], methods: ['GET', 'POST'] }], params: { rest_total_hits_as_int: 'boolean', scroll: 'time' }, body: 'json' },
  search: { name: 'search', paths: [{ path: '/_search', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_search', parts: ['index'], methods: ['GET', 'POST'] }], params: { _slice: 'string', _source: 'list', _source_exclude_vectors: 'boolean', _source_excludes: 'list', _source_includes: 'list', allow_no_indices: 'boolean', allow_partial_search_results: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', batched_reduce_size: 'number', ccs_minimize_roundtrips: 'boolean', default_operator: 'enum', df: 'string', docvalue_fields: 'list', expand_wildcards: 'list', explain: 'boolean', force_synthetic_source: 'boolean', from: 'number', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', include_named_queries_score: 'boolean', lenient: 'boolean', max_concurrent_shard_requests: 'number', pre_filter_shard_size: 'number', preference: 'string', q: 'string', request_cache: 'boolean', rest_total_hits_as_int: 'boolean', routing: 'list', scroll: 'time', search_type: 'enum', seq_no_primary_term: 'boolean', size: 'number', sort: 'list', stats: 'list', stored_fields: 'list', suggest_field: 'string', suggest_mode: 'enum', suggest_size: 'number', suggest_text: 'string', terminate_after: 'number', timeout: 'time', track_scores: 'boolean', track_total_hits: 'boolean|number', typed_keys: 'boolean', version: 'boolean' }, body: 'json' },
  search_mvt: { name: 'search_mvt', paths: [{ path: '/{index}/_mvt/{field}/{zoom}/{x}/{y}', parts: ['index', 'field', 'zoom', 'x', 'y'], methods: ['POST', 'GET'] }], params: { exact_bounds: 'boolean', extent: 'number', grid_agg: 'enum', grid_precision: 'number', grid_type: 'enum', size: 'number', track_total_hits: 'boolean|number', with_labels: 'boolean' }, body: 'json' },
  search_shards: { name: 'search_shards', paths: [{ path: '/_search_shards', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_search_shards', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', expand_wildcards: 'list', ignore_unavailable: 'boolean', local: 'boolean', master_timeout: 'time', preference: 'string', routing: 'list' }, body: 'none' },
  search_template: { name: 'search_template', paths: [{ path: '/_search/template', parts: [], methods: ['GET', 'POST'] }, { path: '/{index}/_search/template', parts: ['index'], methods: ['GET', 'POST'] }], params: { allow_no_indices: 'boolean', ccs_minimize_roundtrips: 'boolean', expand_wildcards: 'list', explain: 'boolean', ignore_throttled: 'boolean', ignore_unavailable: 'boolean', preference: 'string', profile: 'boolean', rest_total_hits_as_int: 'boolean', routing: 'list', scroll: 'time', search_type: 'enum', typed_keys: 'boolean' }, body: 'json', bodyRequired: true },
  terms_enum: { name: 'terms_enum', paths: [{ path: '/{index}/_terms_enum', parts: ['index'], methods: ['GET', 'POST'] }], params: {}, body: 'json', bodyRequired: true },
  termvectors: { name: 'termvectors', paths: [{ path: '/{index}/_termvectors/{id}', parts: ['index', 'id'], methods: ['GET', 'POST'] }, { path: '/{index}/_termvectors', parts: ['index'], methods: ['GET', 'POST'] }], params: { field_statistics: 'boolean', fields: 'list', offsets: 'boolean', payloads: 'boolean', positions: 'boolean', preference: 'string', realtime: 'boolean', routing: 'list', term_statistics: 'boolean', version: 'number', version_type: 'enum' }, body: 'json' },
  update: { name: 'update', paths: [{ path: '/{index}/_update/{id}', parts: ['index', 'id'], methods: ['POST'] }], params: { _source: 'list', _source_excludes: 'list', _source_includes: 'list', if_primary_term: 'number', if_seq_no: 'number', include_source_on_error: 'boolean', lang: 'string', refresh: 'enum', require_alias: 'boolean', retry_on_conflict: 'number', routing: 'list', timeout: 'time', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true },
  update_by_query: { name: 'update_by_query', paths: [{ path: '/{index}/_update_by_query', parts: ['index'], methods: ['POST'] }], params: { allow_no_indices: 'boolean', analyze_wildcard: 'boolean', analyzer: 'string', conflicts: 'enum', default_operator: 'enum', df: 'string', expand_wildcards: 'list', from: 'number', ignore_unavailable: 'boolean', lenient: 'boolean', max_docs: 'number', pipeline: 'string', preference: 'string', q: 'string', refresh: 'boolean', request_cache: 'boolean', requests_per_second: 'number', routing: 'list', scroll: 'time', scroll_size: 'number', search_timeout: 'time', search_type: 'enum', slices: 'number|string', sort: 'list', stats: 'list', terminate_after: 'number', timeout: 'time', version: 'boolean', version_type: 'boolean', wait_for_active_shards: 'string', wait_for_completion: 'boolean' }, body: 'json' },
  update_by_query_rethrottle: { name: 'update_by_query_rethrottle', paths: [{ path: '/_update_by_query/{task_id}/_rethrottle', parts: ['task_id'], methods: ['POST'] }], params: { requests_per_second: 'number' }, required: ['requests_per_second'], body: 'none' },
}

/** Parameters of `bulk`. */
export interface BulkParams extends CommonParams {
  /** Default index for items which don't provide one */
  index?: string
  /** True or false to return the _source field or not, or default list of fields to return, can be overridden on each sub-request */
  _source?: boolean | string | readonly string[]
  /** Default list of fields to exclude from the returned _source field, can be overridden on each sub-request */
  _source_excludes?: string | readonly string[]
  /** Default list of fields to extract and return from the _source field, can be overridden on each sub-request */
  _source_includes?: string | readonly string[]
  /**
   * True or false if to include the document source in the error message in case of parsing errors. Defaults to true.
   * Default: `true`.
   */
  include_source_on_error?: boolean
  /**
   * Sets list_executed_pipelines for all incoming documents. Defaults to unset (false)
   * Default: `false`.
   */
  list_executed_pipelines?: boolean
  /** The pipeline id to preprocess incoming documents with */
  pipeline?: string
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` (the default) then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
  /**
   * If true, the request's actions must target an index alias. Defaults to false.
   * Default: `false`.
   */
  require_alias?: boolean
  /**
   * If true, the request's actions must target a data stream (existing or to-be-created). Default to false
   * Default: `false`.
   */
  require_data_stream?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"1m"`.
   */
  timeout?: string
  /**
   * Sets the number of shard copies that must be active before proceeding with the bulk operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  operations: readonly unknown[] | string | Buffer
}

/** Parameters of `capabilities`. */
export interface CapabilitiesParams extends CommonParams {
  /**
   * Comma-separated list of arbitrary API capabilities to check
   * Default: `[]`.
   */
  capabilities?: string | readonly string[]
  /**
   * True if only the node being called should be considered
   * Default: `false`.
   */
  local_only?: boolean
  /**
   * REST method to check
   * Default: `"GET"`.
   */
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'
  /**
   * Comma-separated list of API parameters to check
   * Default: `[]`.
   */
  parameters?: string | readonly string[]
  /**
   * API path to check
   * Default: `"/"`.
   */
  path?: string
  /**
   * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `clear_scroll`. */
export interface ClearScrollParams extends CommonBodyParams {
}

/** Parameters of `close_point_in_time`. */
export interface ClosePointInTimeParams extends CommonBodyParams {
}

/** Parameters of `count`. */
export interface CountParams extends CommonBodyParams {
  /** A comma-separated list of indices to restrict the results */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Specify whether wildcard and prefix queries should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string */
  analyzer?: string | BodyValue
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The field to use as default where no field prefix is given in the query string */
  df?: string | BodyValue
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /** Include only documents with a specific `_score` value in the result */
  min_score?: number
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /** Specific 'tag' of the request for logging and statistical purposes */
  stats?: string | readonly string[] | BodyValue
  /** The maximum count for each shard, upon reaching which the query execution will terminate early */
  terminate_after?: number
}

/** Parameters of `create`. */
export interface CreateParams extends CommonParams {
  /** Document ID */
  id: string
  /** The name of the index */
  index: string
  /**
   * True or false if to include the document source in the error message in case of parsing errors. Defaults to true.
   * Default: `true`.
   */
  include_source_on_error?: boolean
  /** The pipeline id to preprocess incoming documents with */
  pipeline?: string
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` (the default) then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
  /**
   * When true, requires destination to be an alias. Default is false
   * Default: `false`.
   */
  require_alias?: boolean
  /**
   * When true, requires destination to be a data stream (existing or to be created). Default is false
   * Default: `false`.
   */
  require_data_stream?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"1m"`.
   */
  timeout?: string
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
  /**
   * Sets the number of shard copies that must be active before proceeding with the index operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
  /** The request body. */
  document: unknown
}

/** Parameters of `delete`. */
export interface DeleteParams extends CommonParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** only perform the delete operation if the last operation that has changed the document has the specified primary term */
  if_primary_term?: number
  /** only perform the delete operation if the last operation that has changed the document has the specified sequence number */
  if_seq_no?: number
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` (the default) then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
  /** Specific routing value */
  routing?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"1m"`.
   */
  timeout?: string
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
  /**
   * Sets the number of shard copies that must be active before proceeding with the delete operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
}

/** Parameters of `delete_by_query`. */
export interface DeleteByQueryParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Specify whether wildcard and prefix queries should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string */
  analyzer?: string | BodyValue
  /**
   * What to do when the delete by query hits version conflicts?
   * Default: `"abort"`.
   */
  conflicts?: 'abort' | 'proceed'
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The field to use as default where no field prefix is given in the query string */
  df?: string | BodyValue
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /** Maximum number of documents to process (default: all documents) */
  max_docs?: number
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /**
   * Should the affected indexes be refreshed?
   * Default: `false`.
   */
  refresh?: boolean
  /** Specify if request cache should be used for this request or not, defaults to index level setting */
  request_cache?: boolean
  /**
   * The throttle for this request in sub-requests per second. -1 means no throttle.
   * Default: `-1`.
   */
  requests_per_second?: number
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /** Specify how long a consistent view of the index should be maintained for scrolled search */
  scroll?: string
  /**
   * Size on the scroll request powering the delete by query
   * Default: `1000`.
   */
  scroll_size?: number
  /** Explicit timeout for each search request. Defaults to no timeout. */
  search_timeout?: string
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /**
   * The number of slices this task should be divided into. Defaults to 1, meaning the task isn't sliced into subtasks. Can be set to `auto`.
   * Default: `1`.
   */
  slices?: number | string
  /**
   * A comma-separated list of <field>:<direction> pairs
   * @deprecated This query parameter is not supported and will be removed in a future version
   */
  sort?: string | readonly string[] | BodyValue
  /** Specific 'tag' of the request for logging and statistical purposes */
  stats?: string | readonly string[] | BodyValue
  /** The maximum number of documents to collect for each shard, upon reaching which the query execution will terminate early. */
  terminate_after?: number
  /**
   * Time each individual bulk request should wait for shards that are unavailable.
   * Default: `"1m"`.
   */
  timeout?: string
  /** Specify whether to return document version as part of a hit */
  version?: boolean
  /**
   * Sets the number of shard copies that must be active before proceeding with the delete by query operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
  /**
   * Should the request should block until the delete by query is complete.
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `delete_by_query_rethrottle`. */
export interface DeleteByQueryRethrottleParams extends CommonParams {
  /** The task id to rethrottle */
  task_id: string
  /** The throttle to set on this request in floating sub-requests per second. -1 means set no throttle. */
  requests_per_second: number
}

/** Parameters of `delete_script`. */
export interface DeleteScriptParams extends CommonParams {
  /** Script ID */
  id: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `exists`. */
export interface ExistsParams extends CommonParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[]
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[]
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[]
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string
  /**
   * Specify whether to perform the operation in realtime or search mode
   * Default: `true`.
   */
  realtime?: boolean
  /**
   * Refresh the shard containing the document before performing the operation
   * Default: `false`.
   */
  refresh?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /** A comma-separated list of stored fields to return in the response */
  stored_fields?: string | readonly string[]
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `exists_source`. */
export interface ExistsSourceParams extends CommonParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[]
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[]
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[]
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string
  /**
   * Specify whether to perform the operation in realtime or search mode
   * Default: `true`.
   */
  realtime?: boolean
  /**
   * Refresh the shard containing the document before performing the operation
   * Default: `false`.
   */
  refresh?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `explain`. */
export interface ExplainParams extends CommonBodyParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[] | BodyValue
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[] | BodyValue
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[] | BodyValue
  /**
   * Specify whether wildcards and prefix queries in the query string query should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer for the query string query */
  analyzer?: string | BodyValue
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The default field for query string query (default: _all) */
  df?: string | BodyValue
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /** Specific routing value */
  routing?: string | readonly string[] | BodyValue
  /** A comma-separated list of stored fields to return in the response */
  stored_fields?: string | readonly string[] | BodyValue
}

/** Parameters of `field_caps`. */
export interface FieldCapsParams extends CommonBodyParams {
  /** A comma-separated list of index names; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /** A comma-separated list of field names */
  fields?: string | readonly string[] | BodyValue
  /** An optional set of filters: can include +metadata,-metadata,-nested,-multifield,-parent */
  filters?: string | readonly string[] | BodyValue
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Include empty fields in result
   * Default: `true`.
   */
  include_empty_fields?: boolean
  /**
   * Indicates whether unmapped fields should be included in the response.
   * Default: `false`.
   */
  include_unmapped?: boolean
  /** Only return results for fields that have one of the types in the list */
  types?: string | readonly string[] | BodyValue
}

/** Parameters of `get`. */
export interface GetParams extends CommonParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** Slice routing value, used instead of routing when the index has index.slice.enabled set to true */
  _slice?: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[]
  /**
   * Whether vectors should be excluded from _source
   * Default: `false`.
   */
  _source_exclude_vectors?: boolean
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[]
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[]
  /** Should this request force synthetic _source? Use this to test if the mapping supports synthetic _source and to get a sense of the worst case performance. Fetches with this enabled will be slower the enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string
  /**
   * Specify whether to perform the operation in realtime or search mode
   * Default: `true`.
   */
  realtime?: boolean
  /**
   * Refresh the shard containing the document before performing the operation
   * Default: `false`.
   */
  refresh?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /** A comma-separated list of stored fields to return in the response */
  stored_fields?: string | readonly string[]
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `get_script`. */
export interface GetScriptParams extends CommonParams {
  /** Script ID */
  id: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `get_script_context`. */
export interface GetScriptContextParams extends CommonParams {
}

/** Parameters of `get_script_languages`. */
export interface GetScriptLanguagesParams extends CommonParams {
}

/** Parameters of `get_source`. */
export interface GetSourceParams extends CommonParams {
  /** The document ID */
  id: string
  /** The name of the index */
  index: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[]
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[]
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[]
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string
  /**
   * Specify whether to perform the operation in realtime or search mode
   * Default: `true`.
   */
  realtime?: boolean
  /**
   * Refresh the shard containing the document before performing the operation
   * Default: `false`.
   */
  refresh?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `health_report`. */
export interface HealthReportParams extends CommonParams {
  /** Comma-separated list of cluster features, as returned by the top-level health report API. */
  feature?: string | readonly string[]
  /**
   * Limit the number of affected resources the health API returns
   * Default: `1000`.
   */
  size?: number
  /** Explicit operation timeout */
  timeout?: string
  /**
   * Opt in for more information about the health of the system
   * Default: `true`.
   */
  verbose?: boolean
}

/** Parameters of `index`. */
export interface IndexParams extends CommonParams {
  /** Document ID */
  id?: string
  /** The name of the index */
  index: string
  /** Slice value for slice-enabled indices. Replaces routing when `index.slice.enabled` is true. */
  _slice?: string
  /** only perform the index operation if the last operation that has changed the document has the specified primary term */
  if_primary_term?: number
  /** only perform the index operation if the last operation that has changed the document has the specified sequence number */
  if_seq_no?: number
  /**
   * True or false if to include the document source in the error message in case of parsing errors. Defaults to true.
   * Default: `true`.
   */
  include_source_on_error?: boolean
  /** Explicit operation type. Defaults to `index` for requests with an explicit document ID, and to `create`for requests without an explicit document ID */
  op_type?: 'index' | 'create'
  /** The pipeline id to preprocess incoming documents with */
  pipeline?: string
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` (the default) then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
  /**
   * When true, requires destination to be an alias. Default is false
   * Default: `false`.
   */
  require_alias?: boolean
  /**
   * When true, requires the destination to be a data stream (existing or to-be-created). Default is false
   * Default: `false`.
   */
  require_data_stream?: boolean
  /** Specific routing value */
  routing?: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"1m"`.
   */
  timeout?: string
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
  /**
   * Sets the number of shard copies that must be active before proceeding with the index operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string
  /** The request body. */
  document: unknown
}

/** Parameters of `info`. */
export interface InfoParams extends CommonParams {
}

/** Parameters of `knn_search`. */
export interface KnnSearchParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` to perform the operation on all indices */
  index: string | readonly string[]
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
}

/** Parameters of `mget`. */
export interface MgetParams extends CommonBodyParams {
  /** The name of the index */
  index?: string
  /** True or false to return the _source field or not, or a list of fields to return */
  _source?: boolean | string | readonly string[] | BodyValue
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[] | BodyValue
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[] | BodyValue
  /** Should this request force synthetic _source? Use this to test if the mapping supports synthetic _source and to get a sense of the worst case performance. Fetches with this enabled will be slower the enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /**
   * Specify whether to perform the operation in realtime or search mode
   * Default: `true`.
   */
  realtime?: boolean
  /**
   * Refresh the shard containing the document before performing the operation
   * Default: `false`.
   */
  refresh?: boolean
  /** Specific routing value */
  routing?: string | readonly string[] | BodyValue
  /**
   * A comma-separated list of stored fields to return in the response
   * Default: `"false"`.
   */
  stored_fields?: string | readonly string[] | BodyValue
}

/** Parameters of `msearch`. */
export interface MsearchParams extends CommonParams {
  /** A comma-separated list of index names to use as default */
  index?: string | readonly string[]
  /** Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty. */
  allow_no_indices?: boolean
  /**
   * Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution
   * Default: `true`.
   */
  ccs_minimize_roundtrips?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled
   * Default: `false`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Indicates whether hit.matched_queries should be rendered as a map that includes the name of the matched query associated with its score (true) or as an array containing the name of the matched queries (false)
   * Default: `false`.
   */
  include_named_queries_score?: boolean
  /** Controls the maximum number of concurrent searches the multi search api will execute */
  max_concurrent_searches?: number
  /**
   * The number of concurrent shard requests each sub search executes concurrently per node. This value should be used to limit the impact of the search on the cluster in order to limit the number of concurrent shard requests
   * Default: `5`.
   */
  max_concurrent_shard_requests?: number
  /** A threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. This filter roundtrip can limit the number of shards significantly if for instance a shard can not match any documents based on its rewrite method ie. if date filters are mandatory to match but the shard bounds and the query are disjoint. */
  pre_filter_shard_size?: number
  /** A Lucene query using project metadata tags to limit which projects to search, such as _alias:_origin or _alias:*pr*. Only supported in serverless. */
  project_routing?: string
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[]
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /** Specify whether aggregation and suggester names should be prefixed by their respective types in the response */
  typed_keys?: boolean
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  searches: readonly unknown[] | string | Buffer
}

/** Parameters of `msearch_template`. */
export interface MsearchTemplateParams extends CommonParams {
  /** A comma-separated list of index names to use as default */
  index?: string | readonly string[]
  /**
   * Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution
   * Default: `true`.
   */
  ccs_minimize_roundtrips?: boolean
  /** Controls the maximum number of concurrent searches the multi search api will execute */
  max_concurrent_searches?: number
  /** A Lucene query using project metadata tags to limit which projects to search, such as _alias:_origin or _alias:*pr*. Only supported in serverless. */
  project_routing?: string
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /**
   * Specify whether aggregation and suggester names should be prefixed by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  search_templates: readonly unknown[] | string | Buffer
}

/** Parameters of `mtermvectors`. */
export interface MtermvectorsParams extends CommonBodyParams {
  /** The index in which the document resides. */
  index?: string
  /**
   * Specifies if document count, sum of document frequencies and sum of total term frequencies should be returned. Applies to all returned documents unless otherwise specified in body "params" or "docs".
   * Default: `true`.
   */
  field_statistics?: boolean
  /** A comma-separated list of fields to return. Applies to all returned documents unless otherwise specified in body "params" or "docs". */
  fields?: string | readonly string[] | BodyValue
  /** A comma-separated list of documents ids. You must define ids as parameter or set "ids" or "docs" in the request body */
  ids?: string | readonly string[] | BodyValue
  /**
   * Specifies if term offsets should be returned. Applies to all returned documents unless otherwise specified in body "params" or "docs".
   * Default: `true`.
   */
  offsets?: boolean
  /**
   * Specifies if term payloads should be returned. Applies to all returned documents unless otherwise specified in body "params" or "docs".
   * Default: `true`.
   */
  payloads?: boolean
  /**
   * Specifies if term positions should be returned. Applies to all returned documents unless otherwise specified in body "params" or "docs".
   * Default: `true`.
   */
  positions?: boolean
  /** Specify the node or shard the operation should be performed on (default: random) .Applies to all returned documents unless otherwise specified in body "params" or "docs". */
  preference?: string | BodyValue
  /**
   * Specifies if requests are real-time as opposed to near-real-time (default: true).
   * Default: `true`.
   */
  realtime?: boolean
  /** Specific routing value. Applies to all returned documents unless otherwise specified in body "params" or "docs". */
  routing?: string | readonly string[] | BodyValue
  /**
   * Specifies if total term frequency and document frequency should be returned. Applies to all returned documents unless otherwise specified in body "params" or "docs".
   * Default: `false`.
   */
  term_statistics?: boolean
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `open_point_in_time`. */
export interface OpenPointInTimeParams extends CommonBodyParams {
  /** A comma-separated list of index names to open point in time; use `_all` or empty string to perform the operation on all indices */
  index: string | readonly string[]
  /**
   * Specify whether to tolerate shards missing when creating the point-in-time, or otherwise throw an exception. (default: false)
   * Default: `false`.
   */
  allow_partial_search_results?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** Specific the time to live for the point in time */
  keep_alive: string
  /**
   * The number of concurrent shard requests per node executed concurrently when opening this point-in-time. This value should be used to limit the impact of opening the point-in-time on the cluster
   * Default: `5`.
   */
  max_concurrent_shard_requests?: number
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Specific routing value */
  routing?: string | readonly string[] | BodyValue
}

/** Parameters of `ping`. */
export interface PingParams extends CommonParams {
}

/** Parameters of `put_script`. */
export interface PutScriptParams extends CommonBodyParams {
  /** Script context */
  context?: string
  /** Script ID */
  id: string
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `rank_eval`. */
export interface RankEvalParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
}

/** Parameters of `reindex`. */
export interface ReindexParams extends CommonBodyParams {
  /** Maximum number of documents to process (default: all documents) */
  max_docs?: number
  /**
   * Should the affected indexes be refreshed?
   * Default: `false`.
   */
  refresh?: boolean
  /**
   * The throttle to set on this request in sub-requests per second. -1 means no throttle.
   * Default: `-1`.
   */
  requests_per_second?: number
  /**
   * When true, requires destination to be an alias.
   * Default: `false`.
   */
  require_alias?: boolean
  /**
   * Control how long to keep the search context alive
   * Default: `"5m"`.
   */
  scroll?: string
  /**
   * The number of slices this task should be divided into. Defaults to 1, meaning the task isn't sliced into subtasks. Can be set to `auto`.
   * Default: `1`.
   */
  slices?: number | string
  /**
   * Time each individual bulk request should wait for shards that are unavailable.
   * Default: `"1m"`.
   */
  timeout?: string
  /**
   * Sets the number of shard copies that must be active before proceeding with the reindex operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
  /**
   * Should the request should block until the reindex is complete.
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `reindex_cancel`. */
export interface ReindexCancelParams extends CommonParams {
  /** Cancel the reindex operation with specified id */
  task_id: string
  /**
   * Should the request block until the cancellation of the reindex operation is completed. Defaults to true
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `reindex_get`. */
export interface ReindexGetParams extends CommonParams {
  /** Return the reindex operation with specified id */
  task_id: string
  /** Explicit operation timeout, only used when wait_for_completion is true */
  timeout?: string
  /**
   * Wait for the reindex operation to complete (default: false)
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `reindex_list`. */
export interface ReindexListParams extends CommonParams {
  /**
   * Return detailed reindex information (default: false)
   * Default: `false`.
   */
  detailed?: boolean
}

/** Parameters of `reindex_rethrottle`. */
export interface ReindexRethrottleParams extends CommonParams {
  /** The task id to rethrottle */
  task_id: string
  /** The throttle to set on this request in floating sub-requests per second. -1 means set no throttle. */
  requests_per_second: number
}

/** Parameters of `render_search_template`. */
export interface RenderSearchTemplateParams extends CommonBodyParams {
  /** The id of the stored search template */
  id?: string
}

/** Parameters of `scripts_painless_execute`. */
export interface ScriptsPainlessExecuteParams extends CommonBodyParams {
}

/** Parameters of `scroll`. */
export interface ScrollParams extends CommonBodyParams {
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /**
   * Specify how long a consistent view of the index should be maintained for scrolled search
   * Default: `"1d"`.
   */
  scroll?: string
}

/** Parameters of `search`. */
export interface SearchParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /** Slice value for slice-enabled indices. Replaces routing when `index.slice.enabled` is true. Use `_all` to search across all slices. */
  _slice?: string | BodyValue
  /**
   * True or false to return the _source field or not, or a list of fields to return
   * Default: `"true"`.
   */
  _source?: boolean | string | readonly string[] | BodyValue
  /**
   * Whether vectors should be excluded from _source
   * Default: `false`.
   */
  _source_exclude_vectors?: boolean
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[] | BodyValue
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[] | BodyValue
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
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
   * The number of shard results that should be reduced at once on the coordinating node. This value should be used as a protection mechanism to reduce the memory overhead per search request if the potential number of shards in the request can be large.
   * Default: `512`.
   */
  batched_reduce_size?: number
  /**
   * Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution
   * Default: `true`.
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
  /**
   * Specify whether to return detailed information about score computation as part of a hit
   * Default: `false`.
   */
  explain?: boolean
  /** Should this request force synthetic _source? Use this to test if the mapping supports synthetic _source and to get a sense of the worst case performance. Fetches with this enabled will be slower the enabling synthetic source natively in the index. */
  force_synthetic_source?: boolean
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Indicates whether hit.matched_queries should be rendered as a map that includes the name of the matched query associated with its score (true) or as an array containing the name of the matched queries (false)
   * Default: `false`.
   */
  include_named_queries_score?: boolean
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /**
   * The number of concurrent shard requests per node this search executes concurrently. This value should be used to limit the impact of the search on the cluster in order to limit the number of concurrent shard requests
   * Default: `5`.
   */
  max_concurrent_shard_requests?: number
  /** A threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. This filter roundtrip can limit the number of shards significantly if for instance a shard can not match any documents based on its rewrite method ie. if date filters are mandatory to match but the shard bounds and the query are disjoint. */
  pre_filter_shard_size?: number
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /** Specify if request cache should be used for this request or not, defaults to index level setting */
  request_cache?: boolean
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /** Specify how long a consistent view of the index should be maintained for scrolled search */
  scroll?: string
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /** Specify whether to return sequence number and primary term of the last modification of each hit */
  seq_no_primary_term?: boolean
  /**
   * Number of hits to return (default: 10)
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
  /**
   * The maximum number of documents to collect for each shard, upon reaching which the query execution will terminate early.
   * Default: `0`.
   */
  terminate_after?: number
  /** Explicit operation timeout */
  timeout?: string
  /**
   * Whether to calculate and return scores even if they are not used for sorting
   * Default: `false`.
   */
  track_scores?: boolean
  /**
   * Indicate if the number of documents that match the query should be tracked. A number can also be specified, to accurately track the total hit count up to the number.
   * Default: `"10000"`.
   */
  track_total_hits?: boolean | number
  /**
   * Specify whether aggregation and suggester names should be prefixed by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
  /**
   * Specify whether to return document version as part of a hit
   * Default: `false`.
   */
  version?: boolean
}

/** Parameters of `search_mvt`. */
export interface SearchMvtParams extends CommonBodyParams {
  /** Field containing geospatial data to return */
  field: string
  /** Comma-separated list of data streams, indices, or aliases to search */
  index: string | readonly string[]
  /** X coordinate for the vector tile to search */
  x: number
  /** Y coordinate for the vector tile to search */
  y: number
  /** Zoom level for the vector tile to search */
  zoom: number
  /**
   * If false, the meta layer's feature is the bounding box of the tile. If true, the meta layer's feature is a bounding box resulting from a `geo_bounds` aggregation.
   * Default: `false`.
   */
  exact_bounds?: boolean
  /**
   * Size, in pixels, of a side of the vector tile.
   * Default: `4096`.
   */
  extent?: number
  /**
   * Aggregation used to create a grid for `field`.
   * Default: `"geotile"`.
   */
  grid_agg?: 'geotile' | 'geohex'
  /**
   * Additional zoom levels available through the aggs layer. Accepts 0-8.
   * Default: `8`.
   */
  grid_precision?: number
  /**
   * Determines the geometry type for features in the aggs layer.
   * Default: `"grid"`.
   */
  grid_type?: 'grid' | 'point' | 'centroid'
  /**
   * Maximum number of features to return in the hits layer. Accepts 0-10000.
   * Default: `10000`.
   */
  size?: number
  /**
   * Indicate if the number of documents that match the query should be tracked. A number can also be specified, to accurately track the total hit count up to the number.
   * Default: `"10000"`.
   */
  track_total_hits?: boolean | number
  /**
   * If true, the hits and aggs layers will contain additional point features with suggested label positions for the original features.
   * Default: `false`.
   */
  with_labels?: boolean
}

/** Parameters of `search_shards`. */
export interface SearchShardsParams extends CommonParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `false`.
   */
  allow_no_indices?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'>
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Return local information, do not retrieve the state from master node (default: false)
   * Default: `false`.
   */
  local?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string
  /** Specific routing value */
  routing?: string | readonly string[]
}

/** Parameters of `search_template`. */
export interface SearchTemplateParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index?: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Indicates whether network round-trips should be minimized as part of cross-cluster search requests execution
   * Default: `true`.
   */
  ccs_minimize_roundtrips?: boolean
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Specify whether to return detailed information about score computation as part of a hit
   * Default: `false`.
   */
  explain?: boolean
  /**
   * Whether specified concrete, expanded or aliased indices should be ignored when throttled
   * Default: `true`.
   * @deprecated This parameter is deprecated because frozen indices have been deprecated.
   */
  ignore_throttled?: boolean
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /**
   * Specify whether to profile the query execution
   * Default: `false`.
   */
  profile?: boolean
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /** Specify how long a consistent view of the index should be maintained for scrolled search */
  scroll?: string
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /**
   * Specify whether aggregation and suggester names should be prefixed by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
}

/** Parameters of `terms_enum`. */
export interface TermsEnumParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index: string | readonly string[]
}

/** Parameters of `termvectors`. */
export interface TermvectorsParams extends CommonBodyParams {
  /** The id of the document, when not specified a doc param should be supplied. */
  id?: string
  /** The index in which the document resides. */
  index: string
  /**
   * Specifies if document count, sum of document frequencies and sum of total term frequencies should be returned.
   * Default: `true`.
   */
  field_statistics?: boolean
  /** A comma-separated list of fields to return. */
  fields?: string | readonly string[] | BodyValue
  /**
   * Specifies if term offsets should be returned.
   * Default: `true`.
   */
  offsets?: boolean
  /**
   * Specifies if term payloads should be returned.
   * Default: `true`.
   */
  payloads?: boolean
  /**
   * Specifies if term positions should be returned.
   * Default: `true`.
   */
  positions?: boolean
  /** Specify the node or shard the operation should be performed on (default: random). */
  preference?: string | BodyValue
  /**
   * Specifies if request is real-time as opposed to near-real-time (default: true).
   * Default: `true`.
   */
  realtime?: boolean
  /** Specific routing value. */
  routing?: string | readonly string[] | BodyValue
  /**
   * Specifies if total term frequency and document frequency should be returned.
   * Default: `false`.
   */
  term_statistics?: boolean
  /** Explicit version number for concurrency control */
  version?: number
  /** Specific version type */
  version_type?: 'internal' | 'external' | 'external_gte'
}

/** Parameters of `update`. */
export interface UpdateParams extends CommonBodyParams {
  /** Document ID */
  id: string
  /** The name of the index */
  index: string
  /**
   * True or false to return the _source field or not, or a list of fields to return
   * Default: `"true"`.
   */
  _source?: boolean | string | readonly string[] | BodyValue
  /** A list of fields to exclude from the returned _source field */
  _source_excludes?: string | readonly string[] | BodyValue
  /** A list of fields to extract and return from the _source field */
  _source_includes?: string | readonly string[] | BodyValue
  /** only perform the update operation if the last operation that has changed the document has the specified primary term */
  if_primary_term?: number
  /** only perform the update operation if the last operation that has changed the document has the specified sequence number */
  if_seq_no?: number
  /**
   * True or false if to include the document source in the error message in case of parsing errors. Defaults to true.
   * Default: `true`.
   */
  include_source_on_error?: boolean
  /**
   * The script language (default: painless)
   * Default: `"painless"`.
   */
  lang?: string | BodyValue
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` (the default) then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
  /**
   * When true, requires destination is an alias. Default is false
   * Default: `false`.
   */
  require_alias?: boolean
  /**
   * Specify how many times should the operation be retried when a conflict occurs (default: 0)
   * Default: `0`.
   */
  retry_on_conflict?: number
  /** Specific routing value */
  routing?: string | readonly string[] | BodyValue
  /**
   * Explicit operation timeout
   * Default: `"1m"`.
   */
  timeout?: string
  /**
   * Sets the number of shard copies that must be active before proceeding with the update operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `update_by_query`. */
export interface UpdateByQueryParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index: string | readonly string[]
  /**
   * Whether to allow (1) wildcard index expressions that match no indices and (2) requests where the final resolved set is empty.
   * Default: `true`.
   */
  allow_no_indices?: boolean
  /**
   * Specify whether wildcard and prefix queries should be analyzed (default: false)
   * Default: `false`.
   */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string */
  analyzer?: string | BodyValue
  /**
   * What to do when the update by query hits version conflicts?
   * Default: `"abort"`.
   */
  conflicts?: 'abort' | 'proceed'
  /**
   * The default operator for query string query (AND or OR)
   * Default: `"or"`.
   */
  default_operator?: 'and' | 'or'
  /** The field to use as default where no field prefix is given in the query string */
  df?: string | BodyValue
  /**
   * Whether to expand wildcard expression to concrete indices that are open, closed or both.
   * Default: `"open"`.
   */
  expand_wildcards?: 'open' | 'closed' | 'hidden' | 'none' | 'all' | ReadonlyArray<'open' | 'closed' | 'hidden' | 'none' | 'all'> | BodyValue
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /**
   * Whether specified concrete indices should be ignored when unavailable (missing or closed)
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Specify whether format-based query failures (such as providing text to a numeric field) should be ignored
   * Default: `false`.
   */
  lenient?: boolean
  /** Maximum number of documents to process (default: all documents) */
  max_docs?: number
  /** Ingest pipeline to set on index requests made by this action. (default: none) */
  pipeline?: string | BodyValue
  /** Specify the node or shard the operation should be performed on (default: random) */
  preference?: string | BodyValue
  /** Query in the Lucene query string syntax */
  q?: string | BodyValue
  /**
   * Should the affected indexes be refreshed?
   * Default: `false`.
   */
  refresh?: boolean
  /** Specify if request cache should be used for this request or not, defaults to index level setting */
  request_cache?: boolean
  /**
   * The throttle to set on this request in sub-requests per second. -1 means no throttle.
   * Default: `-1`.
   */
  requests_per_second?: number
  /** A comma-separated list of specific routing values */
  routing?: string | readonly string[] | BodyValue
  /**
   * Specify how long a consistent view of the index should be maintained for scrolled search
   * Default: `"5m"`.
   */
  scroll?: string
  /**
   * Size on the scroll request powering the update by query
   * Default: `1000`.
   */
  scroll_size?: number
  /** Explicit timeout for each search request. Defaults to no timeout. */
  search_timeout?: string
  /** Search operation type */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /**
   * The number of slices this task should be divided into. Defaults to 1, meaning the task isn't sliced into subtasks. Can be set to `auto`.
   * Default: `1`.
   */
  slices?: number | string
  /** A comma-separated list of <field>:<direction> pairs */
  sort?: string | readonly string[] | BodyValue
  /** Specific 'tag' of the request for logging and statistical purposes */
  stats?: string | readonly string[] | BodyValue
  /** The maximum number of documents to collect for each shard, upon reaching which the query execution will terminate early. */
  terminate_after?: number
  /**
   * Time each individual bulk request should wait for shards that are unavailable.
   * Default: `"1m"`.
   */
  timeout?: string
  /** Specify whether to return document version as part of a hit */
  version?: boolean
  /** Should the document increment the version number (internal) on hit or not (reindex) */
  version_type?: boolean
  /**
   * Sets the number of shard copies that must be active before proceeding with the update by query operation. Defaults to 1, meaning the primary shard only. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"1"`.
   */
  wait_for_active_shards?: number | string | BodyValue
  /**
   * Should the request should block until the update by query operation is complete.
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `update_by_query_rethrottle`. */
export interface UpdateByQueryRethrottleParams extends CommonParams {
  /** The task id to rethrottle */
  task_id: string
  /** The throttle to set on this request in floating sub-requests per second. -1 means set no throttle. */
  requests_per_second: number
}

const E = endpoints

/**
 * Every endpoint of the spec as a method: top-level endpoints here, the others on namespace getters
 * (`client.indices.create`, `client.cat.indices`), each created on first use and kept per client.
 */
export class ApiClient {
  readonly transport: TransportLike
  #internal: InternalApi | undefined
  #asyncSearch: AsyncSearchApi | undefined
  #autoscaling: AutoscalingApi | undefined
  #cat: CatApi | undefined
  #ccr: CcrApi | undefined
  #cluster: ClusterApi | undefined
  #connector: ConnectorApi | undefined
  #danglingIndices: DanglingIndicesApi | undefined
  #enrich: EnrichApi | undefined
  #eql: EqlApi | undefined
  #esql: EsqlApi | undefined
  #features: FeaturesApi | undefined
  #fleet: FleetApi | undefined
  #graph: GraphApi | undefined
  #ilm: IlmApi | undefined
  #indices: IndicesApi | undefined
  #inference: InferenceApi | undefined
  #ingest: IngestApi | undefined
  #license: LicenseApi | undefined
  #logstash: LogstashApi | undefined
  #migration: MigrationApi | undefined
  #ml: MlApi | undefined
  #monitoring: MonitoringApi | undefined
  #nodes: NodesApi | undefined
  #profiling: ProfilingApi | undefined
  #project: ProjectApi | undefined
  #queryRules: QueryRulesApi | undefined
  #rollup: RollupApi | undefined
  #searchApplication: SearchApplicationApi | undefined
  #searchableSnapshots: SearchableSnapshotsApi | undefined
  #security: SecurityApi | undefined
  #shutdown: ShutdownApi | undefined
  #simulate: SimulateApi | undefined
  #slm: SlmApi | undefined
  #snapshot: SnapshotApi | undefined
  #sql: SqlApi | undefined
  #ssl: SslApi | undefined
  #streams: StreamsApi | undefined
  #synonyms: SynonymsApi | undefined
  #tasks: TasksApi | undefined
  #textStructure: TextStructureApi | undefined
  #transform: TransformApi | undefined
  #watcher: WatcherApi | undefined
  #xpack: XpackApi | undefined

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /** The `_internal` APIs. */
  get internal(): InternalApi {
    return (this.#internal ??= new InternalApi(this.transport))
  }

  /** The `async_search` APIs. */
  get asyncSearch(): AsyncSearchApi {
    return (this.#asyncSearch ??= new AsyncSearchApi(this.transport))
  }

  /** The `autoscaling` APIs. */
  get autoscaling(): AutoscalingApi {
    return (this.#autoscaling ??= new AutoscalingApi(this.transport))
  }

  /** The `cat` APIs. */
  get cat(): CatApi {
    return (this.#cat ??= new CatApi(this.transport))
  }

  /** The `ccr` APIs. */
  get ccr(): CcrApi {
    return (this.#ccr ??= new CcrApi(this.transport))
  }

  /** The `cluster` APIs. */
  get cluster(): ClusterApi {
    return (this.#cluster ??= new ClusterApi(this.transport))
  }

  /** The `connector` APIs. */
  get connector(): ConnectorApi {
    return (this.#connector ??= new ConnectorApi(this.transport))
  }

  /** The `dangling_indices` APIs. */
  get danglingIndices(): DanglingIndicesApi {
    return (this.#danglingIndices ??= new DanglingIndicesApi(this.transport))
  }

  /** The `enrich` APIs. */
  get enrich(): EnrichApi {
    return (this.#enrich ??= new EnrichApi(this.transport))
  }

  /** The `eql` APIs. */
  get eql(): EqlApi {
    return (this.#eql ??= new EqlApi(this.transport))
  }

  /** The `esql` APIs. */
  get esql(): EsqlApi {
    return (this.#esql ??= new EsqlApi(this.transport))
  }

  /** The `features` APIs. */
  get features(): FeaturesApi {
    return (this.#features ??= new FeaturesApi(this.transport))
  }

  /** The `fleet` APIs. */
  get fleet(): FleetApi {
    return (this.#fleet ??= new FleetApi(this.transport))
  }

  /** The `graph` APIs. */
  get graph(): GraphApi {
    return (this.#graph ??= new GraphApi(this.transport))
  }

  /** The `ilm` APIs. */
  get ilm(): IlmApi {
    return (this.#ilm ??= new IlmApi(this.transport))
  }

  /** The `indices` APIs. */
  get indices(): IndicesApi {
    return (this.#indices ??= new IndicesApi(this.transport))
  }

  /** The `inference` APIs. */
  get inference(): InferenceApi {
    return (this.#inference ??= new InferenceApi(this.transport))
  }

  /** The `ingest` APIs. */
  get ingest(): IngestApi {
    return (this.#ingest ??= new IngestApi(this.transport))
  }

  /** The `license` APIs. */
  get license(): LicenseApi {
    return (this.#license ??= new LicenseApi(this.transport))
  }

  /** The `logstash` APIs. */
  get logstash(): LogstashApi {
    return (this.#logstash ??= new LogstashApi(this.transport))
  }

  /** The `migration` APIs. */
  get migration(): MigrationApi {
    return (this.#migration ??= new MigrationApi(this.transport))
  }

  /** The `ml` APIs. */
  get ml(): MlApi {
    return (this.#ml ??= new MlApi(this.transport))
  }

  /** The `monitoring` APIs. */
  get monitoring(): MonitoringApi {
    return (this.#monitoring ??= new MonitoringApi(this.transport))
  }

  /** The `nodes` APIs. */
  get nodes(): NodesApi {
    return (this.#nodes ??= new NodesApi(this.transport))
  }

  /** The `profiling` APIs. */
  get profiling(): ProfilingApi {
    return (this.#profiling ??= new ProfilingApi(this.transport))
  }

  /** The `project` APIs. */
  get project(): ProjectApi {
    return (this.#project ??= new ProjectApi(this.transport))
  }

  /** The `query_rules` APIs. */
  get queryRules(): QueryRulesApi {
    return (this.#queryRules ??= new QueryRulesApi(this.transport))
  }

  /** The `rollup` APIs. */
  get rollup(): RollupApi {
    return (this.#rollup ??= new RollupApi(this.transport))
  }

  /** The `search_application` APIs. */
  get searchApplication(): SearchApplicationApi {
    return (this.#searchApplication ??= new SearchApplicationApi(this.transport))
  }

  /** The `searchable_snapshots` APIs. */
  get searchableSnapshots(): SearchableSnapshotsApi {
    return (this.#searchableSnapshots ??= new SearchableSnapshotsApi(this.transport))
  }

  /** The `security` APIs. */
  get security(): SecurityApi {
    return (this.#security ??= new SecurityApi(this.transport))
  }

  /** The `shutdown` APIs. */
  get shutdown(): ShutdownApi {
    return (this.#shutdown ??= new ShutdownApi(this.transport))
  }

  /** The `simulate` APIs. */
  get simulate(): SimulateApi {
    return (this.#simulate ??= new SimulateApi(this.transport))
  }

  /** The `slm` APIs. */
  get slm(): SlmApi {
    return (this.#slm ??= new SlmApi(this.transport))
  }

  /** The `snapshot` APIs. */
  get snapshot(): SnapshotApi {
    return (this.#snapshot ??= new SnapshotApi(this.transport))
  }

  /** The `sql` APIs. */
  get sql(): SqlApi {
    return (this.#sql ??= new SqlApi(this.transport))
  }

  /** The `ssl` APIs. */
  get ssl(): SslApi {
    return (this.#ssl ??= new SslApi(this.transport))
  }

  /** The `streams` APIs. */
  get streams(): StreamsApi {
    return (this.#streams ??= new StreamsApi(this.transport))
  }

  /** The `synonyms` APIs. */
  get synonyms(): SynonymsApi {
    return (this.#synonyms ??= new SynonymsApi(this.transport))
  }

  /** The `tasks` APIs. */
  get tasks(): TasksApi {
    return (this.#tasks ??= new TasksApi(this.transport))
  }

  /** The `text_structure` APIs. */
  get textStructure(): TextStructureApi {
    return (this.#textStructure ??= new TextStructureApi(this.transport))
  }

  /** The `transform` APIs. */
  get transform(): TransformApi {
    return (this.#transform ??= new TransformApi(this.transport))
  }

  /** The `watcher` APIs. */
  get watcher(): WatcherApi {
    return (this.#watcher ??= new WatcherApi(this.transport))
  }

  /** The `xpack` APIs. */
  get xpack(): XpackApi {
    return (this.#xpack ??= new XpackApi(this.transport))
  }

  /**
   * Bulk index or delete documents
   * `POST|PUT /_bulk`
   * `POST|PUT /{index}/_bulk`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-bulk
   */
  bulk<TDoc = unknown>(params: BulkRequest<TDoc>, options: MetaOptions): Promise<TransportResult<BulkResponse>>
  bulk<TDoc = unknown>(params: BulkRequest<TDoc>, options?: RequestOptions): Promise<BulkResponse>
  bulk(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.bulk, params, options)
  }

  /**
   * Checks if the specified combination of method, API, parameters, and arbitrary capabilities are supported
   * `GET /_capabilities`
   * @see https://github.com/elastic/elasticsearch/blob/main/rest-api-spec/src/yamlRestTest/resources/rest-api-spec/test/README.asciidoc#require-or-skip-api-capabilities
   */
  capabilities<TResponse = unknown>(params: CapabilitiesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  capabilities<TResponse = unknown>(params?: CapabilitiesParams, options?: RequestOptions): Promise<TResponse>
  capabilities(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.capabilities, params, options)
  }

  /**
   * Clear a scrolling search
   * `DELETE /_search/scroll`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-clear-scroll
   */
  clearScroll(params: ClearScrollRequest | undefined, options: MetaOptions): Promise<TransportResult<ClearScrollResponse>>
  clearScroll(params?: ClearScrollRequest, options?: RequestOptions): Promise<ClearScrollResponse>
  clearScroll(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_scroll, params, options)
  }

  /**
   * Close a point in time
   * `DELETE /_pit`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-open-point-in-time
   */
  closePointInTime(params: ClosePointInTimeRequest, options: MetaOptions): Promise<TransportResult<ClosePointInTimeResponse>>
  closePointInTime(params: ClosePointInTimeRequest, options?: RequestOptions): Promise<ClosePointInTimeResponse>
  closePointInTime(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.close_point_in_time, params, options)
  }

  /**
   * Count search results
   * `POST|GET /_count`
   * `POST|GET /{index}/_count`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-count
   */
  count(params: CountRequest | undefined, options: MetaOptions): Promise<TransportResult<CountResponse>>
  count(params?: CountRequest, options?: RequestOptions): Promise<CountResponse>
  count(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.count, params, options)
  }

  /**
   * Create a new document in the index
   * `PUT|POST /{index}/_create/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-create
   */
  create<TDoc = unknown>(params: CreateRequest<TDoc>, options: MetaOptions): Promise<TransportResult<CreateResponse>>
  create<TDoc = unknown>(params: CreateRequest<TDoc>, options?: RequestOptions): Promise<CreateResponse>
  create(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create, params, options)
  }

  /**
   * Delete a document
   * `DELETE /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete
   */
  delete(params: DeleteRequest, options: MetaOptions): Promise<TransportResult<DeleteResponse>>
  delete(params: DeleteRequest, options?: RequestOptions): Promise<DeleteResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Delete documents
   * `POST /{index}/_delete_by_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-by-query
   */
  deleteByQuery<TResponse = unknown>(params: DeleteByQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteByQuery<TResponse = unknown>(params: DeleteByQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  deleteByQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_by_query, params, options)
  }

  /**
   * Throttle a delete by query operation
   * `POST /_delete_by_query/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-by-query-rethrottle
   */
  deleteByQueryRethrottle<TResponse = unknown>(params: DeleteByQueryRethrottleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteByQueryRethrottle<TResponse = unknown>(params: DeleteByQueryRethrottleParams, options?: RequestOptions): Promise<TResponse>
  deleteByQueryRethrottle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_by_query_rethrottle, params, options)
  }

  /**
   * Delete a script or search template
   * `DELETE /_scripts/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-script
   */
  deleteScript<TResponse = unknown>(params: DeleteScriptParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteScript<TResponse = unknown>(params: DeleteScriptParams, options?: RequestOptions): Promise<TResponse>
  deleteScript(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_script, params, options)
  }

  /**
   * Check a document
   * `HEAD /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  exists(params: ExistsParams, options: MetaOptions): Promise<TransportResult<boolean>>
  exists(params: ExistsParams, options?: RequestOptions): Promise<boolean>
  exists(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists, params, options)
  }

  /**
   * Check for a document source
   * `HEAD /{index}/_source/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  existsSource(params: ExistsSourceParams, options: MetaOptions): Promise<TransportResult<boolean>>
  existsSource(params: ExistsSourceParams, options?: RequestOptions): Promise<boolean>
  existsSource(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.exists_source, params, options)
  }

  /**
   * Explain a document match result
   * `GET|POST /{index}/_explain/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-explain
   */
  explain<TResponse = unknown>(params: ExplainParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  explain<TResponse = unknown>(params: ExplainParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  explain(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.explain, params, options)
  }

  /**
   * Get the field capabilities
   * `GET|POST /_field_caps`
   * `GET|POST /{index}/_field_caps`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-field-caps
   */
  fieldCaps<TResponse = unknown>(params: FieldCapsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  fieldCaps<TResponse = unknown>(params?: FieldCapsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  fieldCaps(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.field_caps, params, options)
  }

  /**
   * Get a document by its ID
   * `GET /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  get<TDoc = unknown>(params: GetRequest, options: MetaOptions): Promise<TransportResult<GetResponse<TDoc>>>
  get<TDoc = unknown>(params: GetRequest, options?: RequestOptions): Promise<GetResponse<TDoc>>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get a script or search template
   * `GET /_scripts/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script
   */
  getScript<TResponse = unknown>(params: GetScriptParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getScript<TResponse = unknown>(params: GetScriptParams, options?: RequestOptions): Promise<TResponse>
  getScript(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_script, params, options)
  }

  /**
   * Get script contexts
   * `GET /_script_context`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script-context
   */
  getScriptContext<TResponse = unknown>(params: GetScriptContextParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getScriptContext<TResponse = unknown>(params?: GetScriptContextParams, options?: RequestOptions): Promise<TResponse>
  getScriptContext(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_script_context, params, options)
  }

  /**
   * Get script languages
   * `GET /_script_language`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script-languages
   */
  getScriptLanguages<TResponse = unknown>(params: GetScriptLanguagesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getScriptLanguages<TResponse = unknown>(params?: GetScriptLanguagesParams, options?: RequestOptions): Promise<TResponse>
  getScriptLanguages(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_script_languages, params, options)
  }

  /**
   * Get a document's source
   * `GET /{index}/_source/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  getSource<TResponse = unknown>(params: GetSourceParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSource<TResponse = unknown>(params: GetSourceParams, options?: RequestOptions): Promise<TResponse>
  getSource(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_source, params, options)
  }

  /**
   * Get the cluster health
   * `GET /_health_report`
   * `GET /_health_report/{feature}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-health-report
   */
  healthReport<TResponse = unknown>(params: HealthReportParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  healthReport<TResponse = unknown>(params?: HealthReportParams, options?: RequestOptions): Promise<TResponse>
  healthReport(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.health_report, params, options)
  }

  /**
   * Create or update a document in an index
   * `PUT|POST /{index}/_doc/{id}`
   * `POST /{index}/_doc`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-create
   */
  index<TDoc = unknown>(params: IndexRequest<TDoc>, options: MetaOptions): Promise<TransportResult<IndexResponse>>
  index<TDoc = unknown>(params: IndexRequest<TDoc>, options?: RequestOptions): Promise<IndexResponse>
  index(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.index, params, options)
  }

  /**
   * Get cluster info
   * `GET /`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-info
   */
  info<TResponse = unknown>(params: InfoParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  info<TResponse = unknown>(params?: InfoParams, options?: RequestOptions): Promise<TResponse>
  info(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.info, params, options)
  }

  /**
   * Performs a kNN search
   * `GET|POST /{index}/_knn_search`
   * @deprecated The kNN search API has been replaced by the `knn` option in the search API.
   */
  knnSearch<TResponse = unknown>(params: KnnSearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  knnSearch<TResponse = unknown>(params: KnnSearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  knnSearch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.knn_search, params, options)
  }

  /**
   * Get multiple documents
   * `GET|POST /_mget`
   * `GET|POST /{index}/_mget`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-mget
   */
  mget<TDoc = unknown>(params: MgetRequest, options: MetaOptions): Promise<TransportResult<MgetResponse<TDoc>>>
  mget<TDoc = unknown>(params: MgetRequest, options?: RequestOptions): Promise<MgetResponse<TDoc>>
  mget(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.mget, params, options)
  }

  /**
   * Run multiple searches
   * `GET|POST /_msearch`
   * `GET|POST /{index}/_msearch`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-msearch
   */
  msearch<TDoc = unknown, TAggregations = Record<string, unknown>>(params: MsearchRequest, options: MetaOptions): Promise<TransportResult<MsearchResponse<TDoc, TAggregations>>>
  msearch<TDoc = unknown, TAggregations = Record<string, unknown>>(params: MsearchRequest, options?: RequestOptions): Promise<MsearchResponse<TDoc, TAggregations>>
  msearch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.msearch, params, options)
  }

  /**
   * Run multiple templated searches
   * `GET|POST /_msearch/template`
   * `GET|POST /{index}/_msearch/template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-msearch-template
   */
  msearchTemplate<TResponse = unknown>(params: MsearchTemplateParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  msearchTemplate<TResponse = unknown>(params: MsearchTemplateParams, options?: RequestOptions): Promise<TResponse>
  msearchTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.msearch_template, params, options)
  }

  /**
   * Get multiple term vectors
   * `GET|POST /_mtermvectors`
   * `GET|POST /{index}/_mtermvectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-mtermvectors
   */
  mtermvectors<TResponse = unknown>(params: MtermvectorsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  mtermvectors<TResponse = unknown>(params?: MtermvectorsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  mtermvectors(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.mtermvectors, params, options)
  }

  /**
   * Open a point in time
   * `POST /{index}/_pit`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-open-point-in-time
   */
  openPointInTime(params: OpenPointInTimeRequest, options: MetaOptions): Promise<TransportResult<OpenPointInTimeResponse>>
  openPointInTime(params: OpenPointInTimeRequest, options?: RequestOptions): Promise<OpenPointInTimeResponse>
  openPointInTime(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.open_point_in_time, params, options)
  }

  /**
   * Ping the cluster
   * `HEAD /`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-cluster
   */
  ping(params: PingParams | undefined, options: MetaOptions): Promise<TransportResult<boolean>>
  ping(params?: PingParams, options?: RequestOptions): Promise<boolean>
  ping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ping, params, options)
  }

  /**
   * Create or update a script or search template
   * `PUT|POST /_scripts/{id}`
   * `PUT|POST /_scripts/{id}/{context}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-put-script
   */
  putScript<TResponse = unknown>(params: PutScriptParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putScript<TResponse = unknown>(params: PutScriptParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putScript(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_script, params, options)
  }

  /**
   * Evaluate ranked search results
   * `GET|POST /_rank_eval`
   * `GET|POST /{index}/_rank_eval`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rank-eval
   */
  rankEval<TResponse = unknown>(params: RankEvalParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  rankEval<TResponse = unknown>(params: RankEvalParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  rankEval(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.rank_eval, params, options)
  }

  /**
   * Reindex documents
   * `POST /_reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-reindex
   */
  reindex<TResponse = unknown>(params: ReindexParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  reindex<TResponse = unknown>(params: ReindexParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  reindex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reindex, params, options)
  }

  /**
   * Cancel a reindex operation
   * `POST /_reindex/{task_id}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cancel-reindex
   */
  reindexCancel<TResponse = unknown>(params: ReindexCancelParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  reindexCancel<TResponse = unknown>(params: ReindexCancelParams, options?: RequestOptions): Promise<TResponse>
  reindexCancel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reindex_cancel, params, options)
  }

  /**
   * Get information for a reindex operation
   * `GET /_reindex/{task_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-reindex
   */
  reindexGet<TResponse = unknown>(params: ReindexGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  reindexGet<TResponse = unknown>(params: ReindexGetParams, options?: RequestOptions): Promise<TResponse>
  reindexGet(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reindex_get, params, options)
  }

  /**
   * List all running reindex operations
   * `GET /_reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-list-reindex
   */
  reindexList<TResponse = unknown>(params: ReindexListParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  reindexList<TResponse = unknown>(params?: ReindexListParams, options?: RequestOptions): Promise<TResponse>
  reindexList(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reindex_list, params, options)
  }

  /**
   * Throttle a reindex operation
   * `POST /_reindex/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-reindex
   */
  reindexRethrottle<TResponse = unknown>(params: ReindexRethrottleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  reindexRethrottle<TResponse = unknown>(params: ReindexRethrottleParams, options?: RequestOptions): Promise<TResponse>
  reindexRethrottle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.reindex_rethrottle, params, options)
  }

  /**
   * Render a search template
   * `GET|POST /_render/template`
   * `GET|POST /_render/template/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-render-search-template
   */
  renderSearchTemplate<TResponse = unknown>(params: RenderSearchTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  renderSearchTemplate<TResponse = unknown>(params: RenderSearchTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  renderSearchTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.render_search_template, params, options)
  }

  /**
   * Run a script
   * `GET|POST /_scripts/painless/_execute`
   * @see https://www.elastic.co/docs/reference/scripting-languages/painless/painless-api-examples
   */
  scriptsPainlessExecute<TResponse = unknown>(params: ScriptsPainlessExecuteParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  scriptsPainlessExecute<TResponse = unknown>(params: ScriptsPainlessExecuteParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  scriptsPainlessExecute(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.scripts_painless_execute, params, options)
  }

  /**
   * Run a scrolling search
   * `GET|POST /_search/scroll`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-scroll
   */
  scroll<TDoc = unknown, TAggregations = Record<string, unknown>>(params: ScrollRequest, options: MetaOptions): Promise<TransportResult<ScrollResponse<TDoc, TAggregations>>>
  scroll<TDoc = unknown, TAggregations = Record<string, unknown>>(params: ScrollRequest, options?: RequestOptions): Promise<ScrollResponse<TDoc, TAggregations>>
  scroll(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.scroll, params, options)
  }

  /**
   * Run a search
   * `GET|POST /_search`
   * `GET|POST /{index}/_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search
   */
  search<TDoc = unknown, TAggregations = Record<string, unknown>>(params: SearchRequest | undefined, options: MetaOptions): Promise<TransportResult<SearchResponse<TDoc, TAggregations>>>
  search<TDoc = unknown, TAggregations = Record<string, unknown>>(params?: SearchRequest, options?: RequestOptions): Promise<SearchResponse<TDoc, TAggregations>>
  search(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search, params, options)
  }

  /**
   * Search a vector tile
   * `POST|GET /{index}/_mvt/{field}/{zoom}/{x}/{y}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-mvt
   */
  searchMvt<TResponse = unknown>(params: SearchMvtParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  searchMvt<TResponse = unknown>(params: SearchMvtParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  searchMvt(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search_mvt, params, options)
  }

  /**
   * Get the search shards
   * `GET|POST /_search_shards`
   * `GET|POST /{index}/_search_shards`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-shards
   */
  searchShards<TResponse = unknown>(params: SearchShardsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  searchShards<TResponse = unknown>(params?: SearchShardsParams, options?: RequestOptions): Promise<TResponse>
  searchShards(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search_shards, params, options)
  }

  /**
   * Run a search with a search template
   * `GET|POST /_search/template`
   * `GET|POST /{index}/_search/template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-template
   */
  searchTemplate<TResponse = unknown>(params: SearchTemplateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  searchTemplate<TResponse = unknown>(params: SearchTemplateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  searchTemplate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search_template, params, options)
  }

  /**
   * Get terms in an index
   * `GET|POST /{index}/_terms_enum`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-terms-enum
   */
  termsEnum<TResponse = unknown>(params: TermsEnumParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  termsEnum<TResponse = unknown>(params: TermsEnumParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  termsEnum(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.terms_enum, params, options)
  }

  /**
   * Get term vector information
   * `GET|POST /{index}/_termvectors/{id}`
   * `GET|POST /{index}/_termvectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-termvectors
   */
  termvectors<TResponse = unknown>(params: TermvectorsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  termvectors<TResponse = unknown>(params: TermvectorsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  termvectors(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.termvectors, params, options)
  }

  /**
   * Update a document
   * `POST /{index}/_update/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update
   */
  update<TDoc = unknown, TPartialDoc = Partial<TDoc>>(params: UpdateRequest<TDoc, TPartialDoc>, options: MetaOptions): Promise<TransportResult<UpdateResponse<TDoc>>>
  update<TDoc = unknown, TPartialDoc = Partial<TDoc>>(params: UpdateRequest<TDoc, TPartialDoc>, options?: RequestOptions): Promise<UpdateResponse<TDoc>>
  update(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update, params, options)
  }

  /**
   * Update documents
   * `POST /{index}/_update_by_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update-by-query
   */
  updateByQuery<TResponse = unknown>(params: UpdateByQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateByQuery<TResponse = unknown>(params: UpdateByQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateByQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_by_query, params, options)
  }

  /**
   * Throttle an update by query operation
   * `POST /_update_by_query/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update-by-query-rethrottle
   */
  updateByQueryRethrottle<TResponse = unknown>(params: UpdateByQueryRethrottleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateByQueryRethrottle<TResponse = unknown>(params: UpdateByQueryRethrottleParams, options?: RequestOptions): Promise<TResponse>
  updateByQueryRethrottle(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_by_query_rethrottle, params, options)
  }
}
