// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, DurationValue, Field, Fields, Id, Indices, Name, Names, RequestBase, TaskId, UnitMillis, integer, long } from './common.js'
import type { QueryDslQueryContainer } from './query-dsl.js'
import type { TasksTaskInfo } from './tasks.js'

/** Request of `enrich.delete_policy`. */
export interface EnrichDeletePolicyRequest extends RequestBase {
  /** Enrich policy to delete. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type EnrichDeletePolicyResponse = AcknowledgedResponseBase

export type EnrichExecutePolicyEnrichPolicyPhase = 'SCHEDULED' | 'RUNNING' | 'COMPLETE' | 'FAILED' | 'CANCELLED'

export interface EnrichExecutePolicyExecuteEnrichPolicyStatus {
  phase: EnrichExecutePolicyEnrichPolicyPhase
  step?: string
}

/** Request of `enrich.execute_policy`. */
export interface EnrichExecutePolicyRequest extends RequestBase {
  /** Enrich policy to execute. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** If `true`, the request blocks other enrich policy execution requests until complete. */
  wait_for_completion?: boolean
}

export interface EnrichExecutePolicyResponse {
  status?: EnrichExecutePolicyExecuteEnrichPolicyStatus
  task?: TaskId
}

/** Request of `enrich.get_policy`. */
export interface EnrichGetPolicyRequest extends RequestBase {
  /** Comma-separated list of enrich policy names used to limit the request. To return information for all enrich policies, omit this parameter. */
  name?: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface EnrichGetPolicyResponse {
  policies: EnrichSummary[]
}

export interface EnrichPolicy {
  enrich_fields: Fields
  indices: Indices
  match_field: Field
  query?: QueryDslQueryContainer
  name?: Name
  elasticsearch_version?: string
}

export type EnrichPolicyType = 'geo_match' | 'match' | 'range'

/** Request of `enrich.put_policy`. */
export interface EnrichPutPolicyRequest extends RequestBase {
  /** Name of the enrich policy to create or update. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Matches enrich data to incoming documents based on a `geo_shape` query. */
  geo_match?: EnrichPolicy
  /** Matches enrich data to incoming documents based on a `term` query. */
  match?: EnrichPolicy
  /** Matches a number, date, or IP address in incoming documents to a range in the enrich index based on a `term` query. */
  range?: EnrichPolicy
}

export type EnrichPutPolicyResponse = AcknowledgedResponseBase

export interface EnrichStatsCacheStats {
  node_id: Id
  count: integer
  hits: integer
  hits_time_in_millis: DurationValue<UnitMillis>
  misses: integer
  misses_time_in_millis: DurationValue<UnitMillis>
  evictions: integer
  size_in_bytes: long
}

export interface EnrichStatsCoordinatorStats {
  executed_searches_total: long
  node_id: Id
  queue_size: integer
  remote_requests_current: integer
  remote_requests_total: long
}

export interface EnrichStatsExecutingPolicy {
  name: Name
  task: TasksTaskInfo
}

/** Request of `enrich.stats`. */
export interface EnrichStatsRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export interface EnrichStatsResponse {
  /** Objects containing information about each coordinating ingest node for configured enrich processors. */
  coordinator_stats: EnrichStatsCoordinatorStats[]
  /** Objects containing information about each enrich policy that is currently executing. */
  executing_policies: EnrichStatsExecutingPolicy[]
  /** Objects containing information about the enrich cache stats on each ingest node. */
  cache_stats?: EnrichStatsCacheStats[]
}

export interface EnrichSummary {
  config: Partial<Record<EnrichPolicyType, EnrichPolicy>>
}
