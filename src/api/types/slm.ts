// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, DateTime, Duration, DurationValue, EpochTime, Id, Indices, LifecycleOperationMode, Metadata, Name, Names, RequestBase, UnitMillis, Uuid, VersionNumber, integer, long } from './common.js'
import type { WatcherCronExpression } from './watcher.js'

export interface SlmConfiguration {
  /** If false, the snapshot fails if any data stream or index in indices is missing or closed. If true, the snapshot ignores missing or closed data streams and indices. */
  ignore_unavailable?: boolean
  /** A comma-separated list of data streams and indices to include in the snapshot. Multi-index syntax is supported. By default, a snapshot includes all data streams and indices in the cluster. If this argument is provided, the snapshot only includes the specified data streams and clusters. */
  indices?: Indices
  /** If true, the current global state is included in the snapshot. */
  include_global_state?: boolean
  /** A list of feature states to be included in this snapshot. A list of features available for inclusion in the snapshot and their descriptions be can be retrieved using the get features API. Each feature state includes one or more system indices containing data necessary for the function of that feature. Providing an empty array will include no feature states in the snapshot, regardless of the value of include_global_state. By default, all available feature states will be included in the snapshot if include_global_state is true, or no feature states if include_global_state is false. */
  feature_states?: string[]
  /** Attaches arbitrary metadata to the snapshot, such as a record of who took the snapshot, why it was taken, or any other useful data. Metadata must be less than 1024 bytes. */
  metadata?: Metadata
  /** If false, the entire snapshot will fail if one or more indices included in the snapshot do not have all primary shards available. */
  partial?: boolean
}

/** Request of `slm.delete_lifecycle`. */
export interface SlmDeleteLifecycleRequest extends RequestBase {
  /** The id of the snapshot lifecycle policy to remove */
  policy_id: Name
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type SlmDeleteLifecycleResponse = AcknowledgedResponseBase

/** Request of `slm.execute_lifecycle`. */
export interface SlmExecuteLifecycleRequest extends RequestBase {
  /** The id of the snapshot lifecycle policy to be executed */
  policy_id: Name
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface SlmExecuteLifecycleResponse {
  snapshot_name: Name
}

/** Request of `slm.execute_retention`. */
export interface SlmExecuteRetentionRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type SlmExecuteRetentionResponse = AcknowledgedResponseBase

/** Request of `slm.get_lifecycle`. */
export interface SlmGetLifecycleRequest extends RequestBase {
  /** A comma-separated list of snapshot lifecycle policy identifiers. */
  policy_id?: Names
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type SlmGetLifecycleResponse = Record<Id, SlmSnapshotLifecycle>

/** Request of `slm.get_stats`. */
export interface SlmGetStatsRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface SlmGetStatsResponse {
  retention_deletion_time: Duration
  retention_deletion_time_millis: DurationValue<UnitMillis>
  retention_failed: long
  retention_runs: long
  retention_timed_out: long
  total_snapshots_deleted: long
  total_snapshot_deletion_failures: long
  total_snapshots_failed: long
  total_snapshots_taken: long
  policy_stats: SlmSnapshotPolicyStats[]
}

/** Request of `slm.get_status`. */
export interface SlmGetStatusRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export interface SlmGetStatusResponse {
  operation_mode: LifecycleOperationMode
}

export interface SlmInProgress {
  name: Name
  start_time_millis: EpochTime<UnitMillis>
  state: string
  uuid: Uuid
}

export interface SlmInvocation {
  snapshot_name: Name
  time: DateTime
}

export interface SlmPolicy {
  config?: SlmConfiguration
  name: Name
  repository: string
  retention?: SlmRetention
  schedule: WatcherCronExpression
}

/** Request of `slm.put_lifecycle`. */
export interface SlmPutLifecycleRequest extends RequestBase {
  /** The identifier for the snapshot lifecycle policy you want to create or update. */
  policy_id: Name
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
  /** Configuration for each snapshot created by the policy. */
  config?: SlmConfiguration
  /** Name automatically assigned to each snapshot created by the policy. Date math is supported. To prevent conflicting snapshot names, a UUID is automatically appended to each snapshot name. */
  name?: Name
  /** Repository used to store snapshots created by this policy. This repository must exist prior to the policy’s creation. You can create a repository using the snapshot repository API. */
  repository?: string
  /** Retention rules used to retain and delete snapshots created by the policy. */
  retention?: SlmRetention
  /** Periodic or absolute schedule at which the policy creates snapshots. SLM applies schedule changes immediately. */
  schedule?: WatcherCronExpression
}

export type SlmPutLifecycleResponse = AcknowledgedResponseBase

export interface SlmRetention {
  /** Time period after which a snapshot is considered expired and eligible for deletion. SLM deletes expired snapshots based on the slm.retention_schedule. */
  expire_after: Duration
  /** Maximum number of snapshots to retain, even if the snapshots have not yet expired. If the number of snapshots in the repository exceeds this limit, the policy retains the most recent snapshots and deletes older snapshots. */
  max_count: integer
  /** Minimum number of snapshots to retain, even if the snapshots have expired. */
  min_count: integer
}

export interface SlmSnapshotLifecycle {
  in_progress?: SlmInProgress
  last_failure?: SlmInvocation
  last_success?: SlmInvocation
  /** The last time the policy was modified. */
  modified_date?: DateTime
  modified_date_millis: EpochTime<UnitMillis>
  /** The next time the policy will run. */
  next_execution?: DateTime
  next_execution_millis: EpochTime<UnitMillis>
  policy: SlmPolicy
  /** The version of the snapshot policy. Only the latest version is stored and incremented when the policy is updated. */
  version: VersionNumber
  stats: SlmStatistics
}

export interface SlmSnapshotPolicyStats {
  policy: string
  snapshots_taken: long
  snapshots_failed: long
  snapshots_deleted: long
  snapshot_deletion_failures: long
}

/** Request of `slm.start`. */
export interface SlmStartRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export type SlmStartResponse = AcknowledgedResponseBase

export interface SlmStatistics {
  retention_deletion_time?: Duration
  retention_deletion_time_millis?: DurationValue<UnitMillis>
  retention_failed?: long
  retention_runs?: long
  retention_timed_out?: long
  policy?: Id
  total_snapshots_deleted?: long
  snapshots_deleted?: long
  total_snapshot_deletion_failures?: long
  snapshot_deletion_failures?: long
  total_snapshots_failed?: long
  snapshots_failed?: long
  total_snapshots_taken?: long
  snapshots_taken?: long
}

/** Request of `slm.stop`. */
export interface SlmStopRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export type SlmStopResponse = AcknowledgedResponseBase
