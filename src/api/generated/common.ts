// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { EscapeHatches } from '../types.js'

/** Query parameters every endpoint accepts. */
export const COMMON_QUERY: readonly string[] = ['error_trace', 'filter_path', 'human', 'pretty']

/** The common query parameters and the escape hatches, accepted by every method. */
export interface CommonParams extends EscapeHatches {
  /** When set to `true` Elasticsearch will include the full stack trace of errors when they occur. */
  error_trace?: boolean
  /** Comma-separated list of filters in dot notation which reduce the response returned by Elasticsearch. */
  filter_path?: string | ReadonlyArray<string>
  /** When set to `true` will return statistics in a format suitable for humans. */
  human?: boolean
  /** If set to `true` the returned JSON will be "pretty-formatted". */
  pretty?: boolean
}

/**
 * Every query parameter of the specification, each once, with the type most endpoints give it; an
 * endpoint picks its own (`QueryParams<'master_timeout' | 'timeout'>`).
 */
export interface AllQueryParams {
  /** The slice identifier used to route the operation to a specific slice. */
  _slice?: string
  /** Indicates whether to return the `_source` field (`true` or `false`) or lists the fields to return. */
  _source?: boolean | string | ReadonlyArray<string>
  /** Whether vectors should be excluded from _source */
  _source_exclude_vectors?: boolean
  /** A comma-separated list of source fields to exclude from the response. */
  _source_excludes?: string | ReadonlyArray<string>
  /** A comma-separated list of source fields to include in the response. */
  _source_includes?: string | ReadonlyArray<string>
  /** Acknowledge that resetting the project encryption key permanently destroys all data that was encrypted under the current key. */
  accept_data_loss?: boolean
  /** If `true`, this parameter returns enterprise for Enterprise license types. */
  accept_enterprise?: boolean
  /** To start a basic license, you must accept the acknowledge messages and set this parameter to `true`. */
  acknowledge?: boolean
  /** A comma-separated list or wildcard expression of actions that is used to limit the request. */
  actions?: string | ReadonlyArray<string>
  /** The initial state of the watch. */
  active?: boolean
  /** If `true`, the response only includes ongoing shard recoveries. */
  active_only?: boolean
  /** Specifies to advance to a particular time value. */
  advance_time?: unknown
  /** An offset identifier to start pagination from as returned by the next field in the response body. */
  after?: string
  /** If `true`, the validation is executed on all shards instead of one random shard per index. */
  all_shards?: boolean
  /** If true, allow closed indices to be returned in the response otherwise if false, keep the legacy behaviour of throwing an exception if index pattern matches closed indices */
  allow_closed?: boolean
  /** Specifies whether an error occurs when there are no forecasts. */
  allow_no_forecasts?: boolean
  /** A setting that does two separate checks on the index expression. */
  allow_no_indices?: boolean
  /** Specifies what to do when the request: 1. */
  allow_no_match?: boolean
  /** If `true`, partial results will be returned if there are shard failures, but the query can continue to execute on other clusters and shards. */
  allow_partial_results?: boolean
  /** If true, returns partial results if there are shard request timeouts or shard failures. */
  allow_partial_search_results?: boolean
  /** If true, sequence queries will return partial results in case of shard failures. */
  allow_partial_sequence_results?: boolean
  /** If `true`, wildcard and prefix queries are analyzed. */
  analyze_wildcard?: boolean
  /** The analyzer to use for the query string. */
  analyzer?: string
  /** Returns buckets with anomaly scores greater or equal than this value. */
  anomaly_score?: number
  /** If `true`, the provided synonym rules are appended to the existing set, with matching IDs overwriting existing rules. */
  append?: boolean
  /** If true, the response includes `id`, `state`, `node`, `stats`, `health`, and basic `checkpointing` information (the last and next checkpoint numbers, and the next checkpoint's `position` and `progress`). */
  basic?: boolean
  batched_reduce_size?: number
  /** The total number of blobs to write to the repository during the test. */
  blob_count?: number
  /** If `verify_blob_contents` is `true`, this parameter specifies how many blobs to verify at once. */
  blob_thread_pool_concurrency?: number
  /** The span of the overall buckets. */
  bucket_span?: string | -1 | 0
  /** The inference cache size (in memory outside the JVM heap) per node for the model. */
  cache_size?: number | string
  /** If true, calculates the interim results for the most recent bucket or all buckets within the latency period. */
  calc_interim?: boolean
  /** Comma-separated list of arbitrary API capabilities to check */
  capabilities?: string | ReadonlyArray<string>
  /** A comma-separated list of the information categories to include in the response. */
  categories?: ReadonlyArray<'build' | 'features' | 'license'>
  /** User defined reason for creating or updating the index template */
  cause?: string
  /** If true, network roundtrips between the coordinating node and remote clusters are minimized for cross-cluster search requests. */
  ccs_minimize_roundtrips?: boolean
  /** The text's character set. */
  charset?: string
  /** Whether to run the overwrite protection check. */
  check_overwrite_protection?: boolean
  /** A comma separated list of previous global checkpoints. */
  checkpoints?: ReadonlyArray<number>
  /** If `true` the job associated with the datafeed is closed. */
  close_job?: boolean
  /** If `format` is set to `delimited`, you can specify the column names in a comma-separated list. */
  column_names?: string | ReadonlyArray<string>
  /** Comma-separated list or wildcard expressions of fields to include in fielddata and suggest statistics. */
  completion_fields?: string | ReadonlyArray<string>
  /** The number of operations to run concurrently during the test. */
  concurrency?: number
  /** The preferred behavior when update by query hits version conflicts: `abort` or `proceed`. */
  conflicts?: 'abort' | 'proceed'
  /** A connector id to fetch connector sync jobs for */
  connector_id?: string
  /** A comma-separated list of connector names to fetch connector documents for */
  connector_name?: string | ReadonlyArray<string>
  /** The context in which the script or search template should run. */
  context?: string
  /** If `true`, this request cannot replace or update existing Search Applications. */
  create?: boolean
  /** Explain a shard only if it is currently located on the specified node name or node ID. */
  current_node?: string
  /** A comma-separated list of filters for the `data` field of the profile document. */
  data?: string | ReadonlyArray<string>
  /** Defines whether the watch runs in debug mode. */
  debug?: boolean
  /** Specifies whether the included model definition should be returned as a JSON map (true) or in a custom compressed format (false). */
  decompress_definition?: boolean
  /** The default operator for query string query: `and` or `or`. */
  default_operator?: 'and' | 'or'
  /** When true, defers the scheduling by the transform's configured sync delay instead of triggering immediately. */
  defer?: boolean
  /** If set to `true` and a `compressed_definition` is provided, the request defers definition decompression and skips relevant validations. */
  defer_definition_decompression?: boolean
  /** When the transform is created, a series of validations occur to ensure its success. */
  defer_validation?: boolean
  /** If this value is true, the destination index is deleted together with the transform. */
  delete_dest_index?: boolean
  /** If true, deletes the results in the time period between the latest results and the time of the reverted snapshot. */
  delete_intervening_results?: boolean
  /** A flag indicating if associated sync jobs should be also removed. */
  delete_sync_jobs?: boolean
  /** Specifies whether annotations that have been added by the user should be deleted along with any auto-generated annotations when the job is reset. */
  delete_user_annotations?: boolean
  /** If you have set `format` to `delimited`, you can specify the character used to delimit the values in each row. */
  delimiter?: string
  /** A unique identifier for the deployment of the model. */
  deployment_id?: string
  /** If true, the results are sorted in descending order. */
  desc?: boolean
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** The field to use as default where no field prefix is given in the query string. */
  df?: string
  /** The number of documents to include in the structural analysis. */
  documents_to_sample?: number
  docvalue_fields?: string | ReadonlyArray<string>
  /** Indicates whether columns that are entirely `null` will be removed from the `columns` and `values` portion of the results. */
  drop_null_columns?: boolean
  /** If `true`, checks whether the current index satisfies the specified conditions but does not perform a rollover. */
  dry_run?: boolean
  /** A period of time that indicates how far into the future to forecast. */
  duration?: string | -1 | 0
  /** The number of nodes on which to perform an early read operation while writing each blob. */
  early_read_node_count?: number
  /** The mode of compatibility with ECS compliant Grok patterns. */
  ecs_compatibility?: 'disabled' | 'v1'
  /** Defines whether stack traces are generated for each watch that is running. */
  emit_stacktraces?: boolean
  /** When `true`, it enables `upgrade_mode` which temporarily halts all job and datafeed tasks and prohibits new job and datafeed tasks from starting. */
  enabled?: boolean
  /** Returns buckets with timestamps earlier than this time. */
  end?: unknown
  /** If `false`, the meta layer's feature is the bounding box of the tile. */
  exact_bounds?: boolean
  /** Indicates if certain fields should be removed from the configuration on retrieval. */
  exclude_generated?: boolean
  /** If `true`, the output excludes interim results. */
  exclude_interim?: boolean
  /** If true, the output includes anomaly records. */
  expand?: boolean
  /** Type of index that wildcard patterns can match. */
  expand_wildcards?: 'all' | 'open' | 'closed' | 'hidden' | 'none' | ReadonlyArray<'all' | 'open' | 'closed' | 'hidden' | 'none'>
  /** The period of time that forecast results are retained. */
  expires_in?: string | -1 | 0
  explain?: boolean
  /** The size, in pixels, of a side of the tile. */
  extent?: number
  /** A comma-separated list of node external IDs to prevalidate */
  external_ids?: ReadonlyArray<string>
  /** Return only information on specified index features */
  features?: 'aliases' | 'mappings' | 'settings' | ReadonlyArray<'aliases' | 'mappings' | 'settings'>
  /** The field that should be analyzed. */
  field?: string
  /** If `true`, the response includes the document count, sum of document frequencies, and sum of total term frequencies. */
  field_statistics?: boolean
  /** If `true`, clears the fields cache. */
  fielddata?: boolean
  /** Comma-separated list or wildcard expressions of fields to include in fielddata statistics. */
  fielddata_fields?: string | ReadonlyArray<string>
  /** Comma-separated list or wildcard expressions of fields to include in the statistics. */
  fields?: string | ReadonlyArray<string>
  /** A comma-separated list of filters to apply to the response. */
  filters?: string | ReadonlyArray<string>
  /** If `true`, returns settings in flat format. */
  flat_settings?: boolean
  /** If `true`, the API performs a flush before analysis. */
  flush?: boolean
  /** Internal use only */
  follow_relocations?: boolean
  /** If true, statistics are not collected from closed indices. */
  forbid_closed_indices?: boolean
  /** Forcefully deletes a trained model that is referenced by ingest pipelines or has a started deployment. */
  force?: boolean
  /** Should this request force synthetic _source? */
  force_synthetic_source?: boolean
  /** A short version of the Accept header, e.g. */
  format?: 'csv' | 'json' | 'tsv' | 'txt' | 'yaml' | 'cbor' | 'smile' | 'arrow'
  /** Skips the specified number of transforms. */
  from?: number
  /** The value of the current sort column at which to start retrieval. */
  from_sort_value?: string
  /** If `true`, return the full node ID. */
  full_id?: boolean
  /** Aggregation used to create a grid for `field`. */
  grid_agg?: 'geotile' | 'geohex'
  /** Additional zoom levels available through the aggs layer. */
  grid_precision?: number
  /** Determines the geometry type for features in the aggs layer. */
  grid_type?: 'grid' | 'point' | 'centroid'
  /** If the format is `semi_structured_text`, you can specify a Grok pattern that is used to extract fields from every message in the text. */
  grok_pattern?: string
  /** A key that is used to group tasks in the response. */
  group_by?: 'nodes' | 'parents' | 'none'
  /** Comma-separated list of search groups to include in the search statistics. */
  groups?: boolean
  /** List of columns to appear in the response. */
  h?: 'active' | 'completed' | 'core' | 'ephemeral_id' | 'host' | 'ip' | 'keep_alive' | 'largest' | 'max' | 'name' | 'node_id' | 'node_name' | 'pid' | 'pool_size' | 'port' | 'queue' | 'queue_size' | 'rejected' | 'size' | 'type' | ReadonlyArray<'active' | 'completed' | 'core' | 'ephemeral_id' | 'host' | 'ip' | 'keep_alive' | 'largest' | 'max' | 'name' | 'node_id' | 'node_name' | 'pid' | 'pool_size' | 'port' | 'queue' | 'queue_size' | 'rejected' | 'size' | 'type'>
  /** A flag indicating if the connector should be hard deleted. */
  hard?: boolean
  /** If you have set `format` to `delimited`, you can use this parameter to indicate whether the column names are in the first row of the text. */
  has_header_row?: boolean
  /** The health status used to limit returned indices. */
  health?: 'green' | 'yellow' | 'red' | 'unknown' | 'unavailable'
  /** Defines whether additional human-readable information is included in the response. */
  human?: boolean
  /** An API key id. */
  id?: string
  /** A comma-separated list of documents ids. */
  ids?: ReadonlyArray<string>
  /** Only perform the operation if the document has this primary term. */
  if_primary_term?: number
  /** Only perform the operation if the document has this sequence number. */
  if_seq_no?: number
  /** Required version for optimistic concurrency control for pipeline updates */
  if_version?: number
  /** If true, known idle threads (e.g. */
  ignore_idle_threads?: boolean
  /** If true, concrete, expanded or aliased indices are ignored when frozen. */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. */
  ignore_unavailable?: boolean
  /** A comma delimited string of optional fields to include in the response body. */
  include?: 'definition' | 'feature_importance_baseline' | 'hyperparameters' | 'total_feature_importance' | 'definition_status'
  /** Include bootstrap plugins in the response */
  include_bootstrap?: boolean
  /** If `true`, return all default settings in the response. */
  include_defaults?: boolean
  /** A flag to indicate if the desired connector should be fetched, even if it was soft-deleted. */
  include_deleted?: boolean
  /** If true, returns information about disk usage and shard sizes. */
  include_disk_info?: boolean
  /** If false, empty fields are not included in the response. */
  include_empty_fields?: boolean
  /** If `true`, include privileges that are implicitly granted by registered `ImplicitPrivilegesProviders` alongside the explicitly configured privileges. */
  include_implicit?: boolean
  /** If `true`, the response includes the score contribution from any named queries. */
  include_named_queries_score?: boolean
  /** Include remote cluster data into the response */
  include_remotes?: boolean
  /** If `true`, the response includes the repository name in each snapshot. */
  include_repository?: boolean
  /** If true, the call reports the aggregated disk usage of each one of the Lucene index files (only applies if segment stats are requested). */
  include_segment_file_sizes?: boolean
  /** True or false if to include the document source in the error message in case of parsing errors. */
  include_source_on_error?: boolean
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** If true, unmapped fields are included in the response. */
  include_unmapped?: boolean
  /** If true, returns YES decisions in explanation. */
  include_yes_decisions?: boolean
  /** Index used to derive the analyzer. */
  index?: string
  /** If `true`, the response includes additional information about each index in the snapshot comprising the number of shards in the index, the total size of the index in bytes, and the maximum number of segments per shard in the index. */
  index_details?: boolean
  /** A comma-separated list of connector index names to fetch connector documents for */
  index_name?: string | ReadonlyArray<string>
  /** If `true`, the response includes the name of each index in each snapshot. */
  index_names?: boolean
  /** The maximum number of index snapshots to verify concurrently within each index verification. */
  index_snapshot_verification_concurrency?: number
  /** The number of indices to verify concurrently. */
  index_verification_concurrency?: number
  /** Returns influencers with anomaly scores greater than or equal to this value. */
  influencer_score?: number
  /** Collection interval (e.g., '10s' or '10000ms') of the payload */
  interval?: string | -1 | 0
  /** Specifies to get events for a specific anomaly detection job identifier or job group. */
  job_id?: string
  /** A comma-separated list of job types to fetch the sync jobs for */
  job_type?: 'full' | 'incremental' | 'access_control' | ReadonlyArray<'full' | 'incremental' | 'access_control'>
  /** Period for which the search and its results are stored on the cluster. */
  keep_alive?: string | -1 | 0
  /** If `true`, results are stored for later retrieval when the search completes within the `wait_for_completion_timeout`. */
  keep_on_completion?: boolean
  /** The script language. */
  lang?: string
  /** If set to true, the rollover action will only mark a data stream to signal that it needs to be rolled over at the next write. */
  lazy?: boolean
  /** If `true`, format-based query failures (such as providing text to a numeric field) in the query string will be ignored. */
  lenient?: boolean
  /** Indicates whether statistics are aggregated at the cluster, indices, or shards level. */
  level?: 'cluster' | 'indices' | 'shards'
  /** The maximum number of characters in a message when lines are merged to form messages while analyzing semi-structured text. */
  line_merge_size_limit?: number
  /** The number of lines to include in the structural analysis, starting from the beginning of the text. */
  lines_to_sample?: number
  /** If `true`, the response will include the ingest pipelines that were run for each index or create. */
  list_executed_pipelines?: boolean
  /** If `true`, the request computes the list of selected nodes from the local cluster state. */
  local?: boolean
  /** True if only the node being called should be considered */
  local_only?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: string | -1 | 0
  /** The maximum size of a blob to be written during the test. */
  max_blob_size?: number | string
  /** If `verify_blob_contents` is `true`, this parameter specifies the maximum amount of data that Elasticsearch will read from the repository every second. */
  max_bytes_per_sec?: string
  /** Maximum number of concurrent searches the multi search API can execute. */
  max_concurrent_searches?: number
  /** Maximum number of concurrent shard requests that each sub-search request executes per node. */
  max_concurrent_shard_requests?: number
  /** The maximum number of documents to process. */
  max_docs?: number
  /** The number of shard snapshot failures to track during integrity verification, in order to avoid excessive resource usage. */
  max_failed_shard_snapshots?: number
  /** The maximum memory the forecast can use. */
  max_model_memory?: string
  /** The number of segments the index should be merged into (default: dynamic) */
  max_num_segments?: number
  /** An upper limit on the total size of all the blobs written during the test. */
  max_total_data_size?: number | string
  /** The mapping merge type if mapping overrides are being provided in mapping_addition. */
  merge_type?: 'index' | 'template'
  /** The maximum number of snapshot metadata operations to run concurrently. */
  meta_thread_pool_concurrency?: number
  /** REST method to check */
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'
  /** Defines which additional metrics are included in the response. */
  metric?: '_all' | 'queued_watches' | 'current_watches' | 'pending_watches' | ReadonlyArray<'_all' | 'queued_watches' | 'current_watches' | 'pending_watches'>
  /** The minimum `_score` value that documents must have to be included in the result. */
  min_score?: number
  /** Filter indices by index mode - standard, lookup, time_series, etc. */
  mode?: 'standard' | 'time_series' | 'logsdb' | 'lookup' | ReadonlyArray<'standard' | 'time_series' | 'logsdb' | 'lookup'>
  /** An API key name. */
  name?: string
  /** A comma-separated list of node names to prevalidate */
  names?: ReadonlyArray<string>
  /** A comma-separated list of the persistent ids of the nodes to exclude from the voting configuration. */
  node_ids?: string | ReadonlyArray<string>
  /** A comma-separated list of the names of the nodes to exclude from the voting configuration. */
  node_names?: string | ReadonlyArray<string>
  /** A comma-separated list of node IDs or names that is used to limit the request. */
  nodes?: ReadonlyArray<string>
  /** The number of model allocations on each node where the model is deployed. */
  number_of_allocations?: number
  /** Numeric offset to start pagination from based on the snapshots matching this request. */
  offset?: number
  /** If `true`, the response includes term offsets. */
  offsets?: boolean
  /** Filters the returned indices to only indices that are managed by ILM and are in an error state, either due to an encountering an error while executing the policy, or attempting to use a policy that does not exist. */
  only_errors?: boolean
  /** Specify whether the operation should only expunge deleted documents */
  only_expunge_deletes?: boolean
  /** Filters the returned indices to only indices that are managed by ILM. */
  only_managed?: boolean
  /** Set to `create` to only index the document if it does not already exist (put if absent). */
  op_type?: 'index' | 'create'
  /** The sort order. */
  order?: 'asc' | 'desc'
  /** Returns overall buckets with overall scores greater than or equal to this value. */
  overall_score?: number
  /** A boolean flag that can be used to query API keys owned by the currently authenticated user. */
  owner?: boolean
  /** Comma-separated list of API parameters to check */
  parameters?: string | ReadonlyArray<string>
  /** A parent task ID that is used to limit the tasks. */
  parent_task_id?: string
  /** Only return categories for the specified partition. */
  partition_field_value?: string
  /** API path to check */
  path?: string
  /** If `true`, the response includes term payloads. */
  payloads?: boolean
  /** The ID of the pipeline to use to preprocess incoming documents. */
  pipeline?: string
  /** If `true`, the response includes term positions. */
  positions?: boolean
  /** Defines a threshold that enforces a pre-filter roundtrip to prefilter search shards based on query rewriting if the number of shards the search request expands to exceeds the threshold. */
  pre_filter_shard_size?: number
  /** The node or shard the operation should be performed on. */
  preference?: string
  /** If `true`, existing index settings remain unchanged. */
  preserve_existing?: boolean
  /** If true, the response only includes information from primary shards. */
  pri?: boolean
  /** If true, returns an explanation for the primary shard for the specified shard ID. */
  primary?: boolean
  /** The deployment priority */
  priority?: 'normal' | 'low'
  /** If `true`, the query execution is profiled. */
  profile?: boolean
  /** Specifies a subset of projects to target for a search using project metadata tags in a subset Lucene syntax. */
  project_routing?: string
  /** A query in the Lucene query string syntax. */
  q?: string
  /** If `true`, clears the query cache. */
  query?: boolean
  /** Specifies the number of inference requests that are allowed in the queue. */
  queue_capacity?: number
  /** If the format is `delimited`, you can specify the character used to quote the values in each row if they contain newlines or the delimiter character. */
  quote?: string
  /** The probability of performing a rare action such as an early read, an overwrite, or an aborted write on each blob. */
  rare_action_probability?: number
  /** Indicates whether to rarely cancel writes before they complete. */
  rarely_abort_writes?: boolean
  /** The number of nodes on which to read a blob after writing. */
  read_node_count?: number
  /** The name of an authentication realm. */
  realm_name?: string
  /** If `true`, the request is real-time as opposed to near-real-time. */
  realtime?: boolean
  /** Specifies whether the alias gets reassigned to the specified trained model if it is already assigned to a different model. */
  reassign?: boolean
  /** Returns records with anomaly scores greater or equal than this value. */
  record_score?: number
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: 'true' | 'false' | 'wait_for' | boolean
  /** The minimum number of linearizable register operations to perform in total. */
  register_operation_count?: number
  /** Whether to close and reopen the index to apply non-dynamic settings. */
  reopen?: boolean
  /** If `true`, clears the request cache. */
  request?: boolean
  /** If `true`, the request cache is used for this request. */
  request_cache?: boolean
  /** The maximum number of documents to delete per second, across the entire delete-by-query operation (including slices). */
  requests_per_second?: number
  /** If `true`, the destination must be an index alias. */
  require_alias?: boolean
  /** If `true`, the request's actions must target a data stream (existing or to be created). */
  require_data_stream?: boolean
  /** Specifies the end of the bucket resetting range. */
  reset_end?: unknown
  /** Specifies the start of the bucket resetting range. */
  reset_start?: unknown
  /** Changed resource to reload analyzers from if applicable */
  resource?: string
  /** If true, hits.total are returned as an integer in the response. */
  rest_total_hits_as_int?: boolean
  /** If true, then retries allocation of shards that are blocked due to too many subsequent allocation failures. */
  retry_failed?: boolean
  /** The number of times the operation should be retried when a conflict occurs. */
  retry_on_conflict?: number
  /** Specifies whether the response should contain intermediate results if the query is still running when the wait_for_completion_timeout expires or if no wait_for_completion_timeout is specified. */
  return_intermediate_results?: boolean
  /** If `true`, returns a more detailed explanation showing the actual Lucene query that will be executed. */
  rewrite?: boolean
  /** A custom value used to route operations to a specific shard. */
  routing?: string | ReadonlyArray<string>
  /** Analyzing field disk usage is resource-intensive. */
  run_expensive_tasks?: boolean
  /** List of columns that determine how the table should be sorted. */
  s?: string | ReadonlyArray<string>
  /** The period to retain the search context for scrolling. */
  scroll?: string | -1 | 0
  /** The scroll ID */
  scroll_id?: string
  /** The size of the scroll request that powers the operation. */
  scroll_size?: number
  /** The synonym rule ID to use as a cursor for pagination. */
  search_after?: string
  /** An explicit timeout for each search request. */
  search_timeout?: string | -1 | 0
  /** The type of the search operation. */
  search_type?: 'query_then_fetch' | 'dfs_query_then_fetch'
  /** The seed for the pseudo-random number generator used to generate the list of operations performed during the test. */
  seed?: number
  seq_no_primary_term?: boolean
  /** A comma-separated list of connector service types to fetch connector documents for */
  service_type?: string | ReadonlyArray<string>
  /** Filter out results, for example to filter out sensitive information. */
  settings_filter?: string | ReadonlyArray<string>
  /** An identifier for the shard that you would like an explanation for. */
  shard?: number
  /** If the format is `ndjson`, you can specify whether to parse nested JSON objects recursively. */
  should_parse_recursively?: boolean
  /** If the format is `delimited`, you can specify whether values between delimiters should have whitespace trimmed from them. */
  should_trim_fields?: boolean
  /** Specifies a max number of results to get */
  size?: number
  /** Specifies to skip to a particular time value. */
  skip_time?: unknown
  /** The number of slices this task should be divided into. */
  slices?: number | 'auto'
  /** Filter snapshots by a comma-separated list of snapshot lifecycle management (SLM) policy names that snapshots belong to. */
  slm_policy_filter?: string
  /** The number of snapshots to verify concurrently. */
  snapshot_verification_concurrency?: number
  /** Number of samples of thread stacktrace. */
  snapshots?: number
  /** Specifies the sort field for the requested buckets. */
  sort?: string
  /** Returns buckets with timestamps after this time. */
  start?: unknown
  /** Only return snapshots with a state found in the given comma-separated list of snapshot states. */
  state?: 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'PARTIAL' | 'INCOMPATIBLE' | ReadonlyArray<'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'PARTIAL' | 'INCOMPATIBLE'>
  /** The specific `tag` of the request for logging and statistical purposes. */
  stats?: ReadonlyArray<string>
  /** A sync job status to fetch connector sync jobs for */
  status?: 'canceling' | 'canceled' | 'completed' | 'error' | 'in_progress' | 'pending' | 'suspended'
  /** The mount option for the searchable snapshot index. */
  storage?: 'full_copy' | 'shared_cache'
  /** A comma-separated list of stored fields to return as part of a hit. */
  stored_fields?: string | ReadonlyArray<string>
  /** Specifies which field to use for suggestions. */
  suggest_field?: string
  suggest_mode?: 'missing' | 'popular' | 'always'
  suggest_size?: number
  /** The source text for which the suggestions should be returned. */
  suggest_text?: string
  /** Return pipelines without their definitions */
  summary?: boolean
  system_api_version?: string
  /** Identifier of the monitored system */
  system_id?: string
  /** A comma delimited string of tags. */
  tags?: string | ReadonlyArray<string>
  /** If `true`, the response includes: * The total term frequency (how often a term occurs in all documents). */
  term_statistics?: boolean
  /** The maximum number of documents to collect for each shard. */
  terminate_after?: number
  /** Specifies the number of hot threads to provide information for. */
  threads?: number
  /** Sets the number of threads used by each model allocation during inference. */
  threads_per_allocation?: number
  /** Period to wait for a response. */
  timeout?: string | -1 | 0
  /** The name of the field that contains the primary timestamp of each record in the text. */
  timestamp_field?: string
  /** The Java time format of the timestamp field in the text. */
  timestamp_format?: string
  /** The number of top anomaly detection job bucket scores to be used in the `overall_score` calculation. */
  top_n?: number
  track_scores?: boolean
  /** The number of hits matching the query to count accurately. */
  track_total_hits?: boolean | number
  /** If true, returns `HH:MM:SS` and Unix epoch timestamps. */
  ts?: boolean
  /** The type to sample. */
  type?: 'cpu' | 'wait' | 'block' | 'gpu' | 'mem'
  /** Specify whether aggregation and suggester names should be prefixed by their respective types in the response */
  typed_keys?: boolean
  /** A comma-separated list of document types for the indexing index metric. */
  types?: ReadonlyArray<string>
  /** The username of a user. */
  username?: string
  /** A comma-separated list of the users to clear from the cache. */
  usernames?: ReadonlyArray<string>
  /** Defines whether the stats response should be verbose. */
  verbose?: boolean
  /** If `true`, the request verifies the repository is functional on all master and data nodes in the cluster. */
  verify?: boolean
  /** Indicates whether to verify the checksum of every data blob in the repository. */
  verify_blob_contents?: boolean
  /** The version number for concurrency control. */
  version?: number
  /** The version type. */
  version_type?: 'internal' | 'external' | 'external_gte'
  /** Specifies the allocation status to wait for before returning. */
  wait_for?: 'started' | 'starting' | 'fully_allocated'
  /** The number of shard copies that must be active before proceeding with the operation. */
  wait_for_active_shards?: number | 'all' | 'index-setting'
  /** A boolean value which controls whether to wait (until the timeout) for the global checkpoints to advance past the provided `checkpoints`. */
  wait_for_advance?: boolean
  /** If it is true, the transform does not completely stop until the current checkpoint is completed. */
  wait_for_checkpoint?: boolean
  /** A comma separated list of checkpoints. */
  wait_for_checkpoints?: ReadonlyArray<number>
  /** If `true`, the request blocks until the operation is complete. */
  wait_for_completion?: boolean
  /** Timeout duration to wait for the request to finish. */
  wait_for_completion_timeout?: string | -1 | 0
  /** Wait until all currently queued events with the given priority are processed. */
  wait_for_events?: 'immediate' | 'urgent' | 'high' | 'normal' | 'low' | 'languid'
  /** A boolean value which controls whether to wait (until the timeout) for the target index to exist and all primary shards be active. */
  wait_for_index?: boolean
  /** Wait for the metadata version to be equal or greater than the specified metadata version */
  wait_for_metadata_version?: number
  /** Wait (until the timeout expires) for the cluster to have no shard initializations. */
  wait_for_no_initializing_shards?: boolean
  /** Wait (until the timeout expires) for the cluster to have no shard relocations. */
  wait_for_no_relocating_shards?: boolean
  /** Wait until the specified number (N) of nodes is available. */
  wait_for_nodes?: string | number
  /** Specifies whether to wait for all excluded nodes to be removed from the cluster before clearing the voting configuration exclusions list. */
  wait_for_removal?: boolean
  /** Whether to return immediately or wait until resources have been created */
  wait_for_resources_created?: boolean
  /** Wait (until the timeout expires) for the cluster to reach a specific health status (or a better status). */
  wait_for_status?: 'green' | 'yellow' | 'red' | 'unknown' | 'unavailable'
  /** The maximum time to wait for wait_for_metadata_version before timing out */
  wait_for_timeout?: string | -1 | 0
  /** If `true`, the flush operation blocks until execution when another flush operation is running. */
  wait_if_ongoing?: boolean
  /** If `true`, the hits and aggs layers will contain additional point features representing suggested label positions for the original features. */
  with_labels?: boolean
  /** Return the snapshot of the owner user's role descriptors associated with the API key. */
  with_limited_by?: boolean
  /** Determines whether to retrieve the user profile UID, if it exists, for the users. */
  with_profile_uid?: boolean
  /** If `true`, the mappings are applied only to the current write index for the target. */
  write_index_only?: boolean
}

export type QueryParams<K extends keyof AllQueryParams> = Pick<AllQueryParams, K>

/** The query parameters of the `CommonCatQueryParameters` behavior (every `cat` API has them). */
export interface CommonCatQueryParameters {
  /** Specifies the format to return the columnar data in, can be set to `text`, `json`, `cbor`, `yaml`, or `smile`. */
  format?: string
  /** When set to `true` will output available columns. */
  help?: boolean
  /** When set to `true` will enable verbose output. */
  v?: boolean
  /** Sets the units for columns that contain a byte-size value. */
  bytes?: 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'
  /** Sets the units for columns that contain a time duration. */
  time?: 'nanos' | 'micros' | 'ms' | 's' | 'm' | 'h' | 'd'
}
