// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ByteSize, DateTime, Duration, DurationLarge, DurationValue, EmptyObject, EpochTime, IndexName, Indices, LifecycleOperationMode, Metadata, Name, RequestBase, UnitMillis, VersionNumber, integer, long } from './common.js'

export interface IlmActions {
  /** Phases allowed: warm, cold. */
  allocate?: IlmAllocateAction
  /** Phases allowed: delete. */
  delete?: IlmDeleteAction
  /** Phases allowed: hot, warm, cold. */
  downsample?: IlmDownsampleAction
  /**
   * The freeze action is a noop in 8.x
   * @deprecated 7.0.0:
   */
  freeze?: EmptyObject
  /** Phases allowed: hot, warm. */
  forcemerge?: IlmForceMergeAction
  /** Phases allowed: warm, cold. */
  migrate?: IlmMigrateAction
  /** Phases allowed: hot, warm, cold. */
  readonly?: EmptyObject
  /** Phases allowed: hot. */
  rollover?: IlmRolloverAction
  /** Phases allowed: hot, warm, cold. */
  set_priority?: IlmSetPriorityAction
  /** Phases allowed: hot, cold, frozen. */
  searchable_snapshot?: IlmSearchableSnapshotAction
  /** Phases allowed: hot, warm. */
  shrink?: IlmShrinkAction
  /** Phases allowed: hot, warm, cold, frozen. */
  unfollow?: EmptyObject
  /** Phases allowed: delete. */
  wait_for_snapshot?: IlmWaitForSnapshotAction
}

export interface IlmAllocateAction {
  number_of_replicas?: integer
  total_shards_per_node?: integer
  include?: Record<string, string>
  exclude?: Record<string, string>
  require?: Record<string, string>
}

export interface IlmDeleteAction {
  delete_searchable_snapshot?: boolean
}

/** Request of `ilm.delete_lifecycle`. */
export interface IlmDeleteLifecycleRequest extends RequestBase {
  /** Identifier for the policy. */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IlmDeleteLifecycleResponse = AcknowledgedResponseBase

export interface IlmDownsampleAction {
  fixed_interval: DurationLarge
  wait_timeout?: Duration
}

export type IlmExplainLifecycleLifecycleExplain = IlmExplainLifecycleLifecycleExplainManaged | IlmExplainLifecycleLifecycleExplainUnmanaged

export interface IlmExplainLifecycleLifecycleExplainManaged {
  action?: Name
  action_time?: DateTime
  action_time_millis?: EpochTime<UnitMillis>
  age?: Duration
  age_in_millis?: DurationValue<UnitMillis>
  failed_step?: Name
  failed_step_retry_count?: integer
  index: IndexName
  index_creation_date?: DateTime
  index_creation_date_millis?: EpochTime<UnitMillis>
  is_auto_retryable_error?: boolean
  lifecycle_date?: DateTime
  lifecycle_date_millis?: EpochTime<UnitMillis>
  managed: true
  phase?: Name
  phase_time?: DateTime
  phase_time_millis?: EpochTime<UnitMillis>
  policy?: Name
  previous_step_info?: Record<string, any>
  repository_name?: string
  snapshot_name?: string
  shrink_index_name?: string
  step?: Name
  step_info?: Record<string, any>
  step_time?: DateTime
  step_time_millis?: EpochTime<UnitMillis>
  phase_execution?: IlmExplainLifecycleLifecycleExplainPhaseExecution
  time_since_index_creation?: Duration
  skip: boolean
}

export interface IlmExplainLifecycleLifecycleExplainPhaseExecution {
  phase_definition?: IlmPhase
  policy: Name
  version: VersionNumber
  modified_date_in_millis: EpochTime<UnitMillis>
}

export interface IlmExplainLifecycleLifecycleExplainUnmanaged {
  index: IndexName
  managed: false
}

/** Request of `ilm.explain_lifecycle`. */
export interface IlmExplainLifecycleRequest extends RequestBase {
  /** Comma-separated list of data streams, indices, and aliases to target. Supports wildcards (`*`). To target all data streams and indices, use `*` or `_all`. */
  index: IndexName
  /** Filters the returned indices to only indices that are managed by ILM and are in an error state, either due to an encountering an error while executing the policy, or attempting to use a policy that does not exist. */
  only_errors?: boolean
  /** Filters the returned indices to only indices that are managed by ILM. */
  only_managed?: boolean
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface IlmExplainLifecycleResponse {
  indices: Record<IndexName, IlmExplainLifecycleLifecycleExplain>
}

export interface IlmForceMergeAction {
  max_num_segments: integer
  index_codec?: string
}

export interface IlmGetLifecycleLifecycle {
  modified_date: DateTime
  policy: IlmPolicy
  version: VersionNumber
}

/** Request of `ilm.get_lifecycle`. */
export interface IlmGetLifecycleRequest extends RequestBase {
  /** Identifier for the policy. */
  name?: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IlmGetLifecycleResponse = Record<string, IlmGetLifecycleLifecycle>

/** Request of `ilm.get_status`. */
export interface IlmGetStatusRequest extends RequestBase {
}

export interface IlmGetStatusResponse {
  operation_mode: LifecycleOperationMode
}

export interface IlmMigrateAction {
  enabled?: boolean
}

/** Request of `ilm.migrate_to_data_tiers`. */
export interface IlmMigrateToDataTiersRequest extends RequestBase {
  /** If true, simulates the migration from node attributes based allocation filters to data tiers, but does not perform the migration. This provides a way to retrieve the indices and ILM policies that need to be migrated. */
  dry_run?: boolean
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  legacy_template_to_delete?: string
  node_attribute?: string
}

export interface IlmMigrateToDataTiersResponse {
  dry_run: boolean
  /** The name of the legacy index template that was deleted. This information is missing if no legacy index templates were deleted. */
  removed_legacy_template: string
  /** The ILM policies that were updated. */
  migrated_ilm_policies: string[]
  /** The indices that were migrated to tier preference routing. */
  migrated_indices: Indices
  /** The legacy index templates that were updated to not contain custom routing settings for the provided data attribute. */
  migrated_legacy_templates: string[]
  /** The composable index templates that were updated to not contain custom routing settings for the provided data attribute. */
  migrated_composable_templates: string[]
  /** The component templates that were updated to not contain custom routing settings for the provided data attribute. */
  migrated_component_templates: string[]
}

/** Request of `ilm.move_to_step`. */
export interface IlmMoveToStepRequest extends RequestBase {
  /** The name of the index whose lifecycle step is to change */
  index: IndexName
  /** The step that the index is expected to be in. */
  current_step: IlmMoveToStepStepKey
  /** The step that you want to run. */
  next_step: IlmMoveToStepStepKey
}

export type IlmMoveToStepResponse = AcknowledgedResponseBase

export interface IlmMoveToStepStepKey {
  /** The optional action to which the index will be moved. */
  action?: string
  /** The optional step name to which the index will be moved. */
  name?: string
  phase: string
}

export interface IlmPhase {
  actions?: IlmActions
  min_age?: Duration
}

export interface IlmPhases {
  cold?: IlmPhase
  delete?: IlmPhase
  frozen?: IlmPhase
  hot?: IlmPhase
  warm?: IlmPhase
}

export interface IlmPolicy {
  phases: IlmPhases
  /** Arbitrary metadata that is not automatically generated or used by Elasticsearch. */
  _meta?: Metadata
}

/** Request of `ilm.put_lifecycle`. */
export interface IlmPutLifecycleRequest extends RequestBase {
  /** Identifier for the policy. */
  name: Name
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  policy?: IlmPolicy
}

export type IlmPutLifecycleResponse = AcknowledgedResponseBase

/** Request of `ilm.remove_policy`. */
export interface IlmRemovePolicyRequest extends RequestBase {
  /** The name of the index to remove policy on */
  index: IndexName
}

export interface IlmRemovePolicyResponse {
  failed_indexes: IndexName[]
  has_failures: boolean
}

/** Request of `ilm.retry`. */
export interface IlmRetryRequest extends RequestBase {
  /** The name of the indices (comma-separated) whose failed lifecycle step is to be retry */
  index: IndexName
}

export type IlmRetryResponse = AcknowledgedResponseBase

export interface IlmRolloverAction {
  /**
   * The `max_size` condition has been deprecated in 9.3.0 and `max_primary_shard_size` should be used instead
   * @deprecated 9.3.0:
   */
  max_size?: ByteSize
  max_primary_shard_size?: ByteSize
  max_age?: Duration
  max_docs?: long
  max_primary_shard_docs?: long
  min_size?: ByteSize
  min_primary_shard_size?: ByteSize
  min_age?: Duration
  min_docs?: long
  min_primary_shard_docs?: long
}

export interface IlmSearchableSnapshotAction {
  snapshot_repository: string
  force_merge_index?: boolean
}

export interface IlmSetPriorityAction {
  priority?: integer
}

export interface IlmShrinkAction {
  number_of_shards?: integer
  max_primary_shard_size?: ByteSize
  allow_write_after_shrink?: boolean
}

/** Request of `ilm.start`. */
export interface IlmStartRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IlmStartResponse = AcknowledgedResponseBase

/** Request of `ilm.stop`. */
export interface IlmStopRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IlmStopResponse = AcknowledgedResponseBase

export interface IlmWaitForSnapshotAction {
  policy: string
}
