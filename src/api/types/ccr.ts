// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ByteSize, Duration, DurationValue, ErrorCause, IndexName, IndexPattern, IndexPatterns, Indices, Name, RequestBase, SequenceNumber, ShardStatistics, UnitMillis, Uuid, VersionNumber, WaitForActiveShards, integer, long } from './common.js'
import type { IndicesIndexSettings } from './indices.js'

/** Request of `ccr.delete_auto_follow_pattern`. */
export interface CcrDeleteAutoFollowPatternRequest extends RequestBase {
  /** The auto-follow pattern collection to delete. */
  name: Name
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export type CcrDeleteAutoFollowPatternResponse = AcknowledgedResponseBase

export interface CcrFollowIndexStats {
  /** The name of the follower index. */
  index: IndexName
  /** An array of shard-level following task statistics. */
  shards: CcrShardStats[]
}

export interface CcrFollowInfoFollowerIndex {
  /** The name of the follower index. */
  follower_index: IndexName
  /** The name of the index in the leader cluster that is followed. */
  leader_index: IndexName
  /** An object that encapsulates cross-cluster replication parameters. If the follower index's status is paused, this object is omitted. */
  parameters?: CcrFollowInfoFollowerIndexParameters
  /** The remote cluster that contains the leader index. */
  remote_cluster: Name
  /** The status of the index following: `active` or `paused`. */
  status: CcrFollowInfoFollowerIndexStatus
}

export interface CcrFollowInfoFollowerIndexParameters {
  /** The maximum number of outstanding reads requests from the remote cluster. */
  max_outstanding_read_requests?: long
  /** The maximum number of outstanding write requests on the follower. */
  max_outstanding_write_requests?: integer
  /** The maximum number of operations to pull per read from the remote cluster. */
  max_read_request_operation_count?: integer
  /** The maximum size in bytes of per read of a batch of operations pulled from the remote cluster. */
  max_read_request_size?: ByteSize
  /** The maximum time to wait before retrying an operation that failed exceptionally. An exponential backoff strategy is employed when retrying. */
  max_retry_delay?: Duration
  /** The maximum number of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the number of queued operations goes below the limit. */
  max_write_buffer_count?: integer
  /** The maximum total bytes of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the total bytes of queued operations goes below the limit. */
  max_write_buffer_size?: ByteSize
  /** The maximum number of operations per bulk write request executed on the follower. */
  max_write_request_operation_count?: integer
  /** The maximum total bytes of operations per bulk write request executed on the follower. */
  max_write_request_size?: ByteSize
  /** The maximum time to wait for new operations on the remote cluster when the follower index is synchronized with the leader index. When the timeout has elapsed, the poll for operations will return to the follower so that it can update some statistics. Then the follower will immediately attempt to read from the leader again. */
  read_poll_timeout?: Duration
}

export type CcrFollowInfoFollowerIndexStatus = 'active' | 'paused'

/** Request of `ccr.follow_info`. */
export interface CcrFollowInfoRequest extends RequestBase {
  /** A comma-delimited list of follower index patterns. */
  index: Indices
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export interface CcrFollowInfoResponse {
  follower_indices: CcrFollowInfoFollowerIndex[]
}

/** Request of `ccr.follow`. */
export interface CcrFollowRequest extends RequestBase {
  /** The name of the follower index. */
  index: IndexName
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Specifies the number of shards to wait on being active before responding. This defaults to waiting on none of the shards to be active. A shard must be restored from the leader index before being active. Restoring a follower shard requires transferring all the remote Lucene segment files to the follower index. */
  wait_for_active_shards?: WaitForActiveShards
  /** If the leader index is part of a data stream, the name to which the local data stream for the followed index should be renamed. */
  data_stream_name?: string
  /** The name of the index in the leader cluster to follow. */
  leader_index: IndexName
  /** The maximum number of outstanding reads requests from the remote cluster. */
  max_outstanding_read_requests?: long
  /** The maximum number of outstanding write requests on the follower. */
  max_outstanding_write_requests?: integer
  /** The maximum number of operations to pull per read from the remote cluster. */
  max_read_request_operation_count?: integer
  /** The maximum size in bytes of per read of a batch of operations pulled from the remote cluster. */
  max_read_request_size?: ByteSize
  /** The maximum time to wait before retrying an operation that failed exceptionally. An exponential backoff strategy is employed when retrying. */
  max_retry_delay?: Duration
  /** The maximum number of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the number of queued operations goes below the limit. */
  max_write_buffer_count?: integer
  /** The maximum total bytes of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the total bytes of queued operations goes below the limit. */
  max_write_buffer_size?: ByteSize
  /** The maximum number of operations per bulk write request executed on the follower. */
  max_write_request_operation_count?: integer
  /** The maximum total bytes of operations per bulk write request executed on the follower. */
  max_write_request_size?: ByteSize
  /** The maximum time to wait for new operations on the remote cluster when the follower index is synchronized with the leader index. When the timeout has elapsed, the poll for operations will return to the follower so that it can update some statistics. Then the follower will immediately attempt to read from the leader again. */
  read_poll_timeout?: Duration
  /** The remote cluster containing the leader index. */
  remote_cluster: string
  /** Settings to override from the leader index. */
  settings?: IndicesIndexSettings
}

export interface CcrFollowResponse {
  follow_index_created: boolean
  follow_index_shards_acked: boolean
  index_following_started: boolean
}

/** Request of `ccr.follow_stats`. */
export interface CcrFollowStatsRequest extends RequestBase {
  /** A comma-delimited list of index patterns. */
  index: Indices
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface CcrFollowStatsResponse {
  /** An array of follower index statistics. */
  indices: CcrFollowIndexStats[]
}

/** Request of `ccr.forget_follower`. */
export interface CcrForgetFollowerRequest extends RequestBase {
  /** Name of the leader index for which specified follower retention leases should be removed */
  index: IndexName
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  follower_cluster?: string
  follower_index?: IndexName
  follower_index_uuid?: Uuid
  leader_remote_cluster?: string
}

export interface CcrForgetFollowerResponse {
  _shards: ShardStatistics
}

export interface CcrGetAutoFollowPatternAutoFollowPattern {
  name: Name
  pattern: CcrGetAutoFollowPatternAutoFollowPatternSummary
}

export interface CcrGetAutoFollowPatternAutoFollowPatternSummary {
  active: boolean
  /** The remote cluster containing the leader indices to match against. */
  remote_cluster: string
  /** The name of follower index. */
  follow_index_pattern?: IndexPattern
  /** An array of simple index patterns to match against indices in the remote cluster specified by the remote_cluster field. */
  leader_index_patterns: IndexPatterns
  /** An array of simple index patterns that can be used to exclude indices from being auto-followed. */
  leader_index_exclusion_patterns: IndexPatterns
  /** The maximum number of outstanding reads requests from the remote cluster. */
  max_outstanding_read_requests: integer
}

/** Request of `ccr.get_auto_follow_pattern`. */
export interface CcrGetAutoFollowPatternRequest extends RequestBase {
  /** The auto-follow pattern collection that you want to retrieve. If you do not specify a name, the API returns information for all collections. */
  name?: Name
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export interface CcrGetAutoFollowPatternResponse {
  patterns: CcrGetAutoFollowPatternAutoFollowPattern[]
}

/** Request of `ccr.pause_auto_follow_pattern`. */
export interface CcrPauseAutoFollowPatternRequest extends RequestBase {
  /** The name of the auto-follow pattern to pause. */
  name: Name
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export type CcrPauseAutoFollowPatternResponse = AcknowledgedResponseBase

/** Request of `ccr.pause_follow`. */
export interface CcrPauseFollowRequest extends RequestBase {
  /** The name of the follower index. */
  index: IndexName
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export type CcrPauseFollowResponse = AcknowledgedResponseBase

/** Request of `ccr.put_auto_follow_pattern`. */
export interface CcrPutAutoFollowPatternRequest extends RequestBase {
  /** The name of the collection of auto-follow patterns. */
  name: Name
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The remote cluster containing the leader indices to match against. */
  remote_cluster: string
  /** The name of follower index. The template {{leader_index}} can be used to derive the name of the follower index from the name of the leader index. When following a data stream, use {{leader_index}}; CCR does not support changes to the names of a follower data stream’s backing indices. */
  follow_index_pattern?: IndexPattern
  /** An array of simple index patterns to match against indices in the remote cluster specified by the remote_cluster field. */
  leader_index_patterns?: IndexPatterns
  /** An array of simple index patterns that can be used to exclude indices from being auto-followed. Indices in the remote cluster whose names are matching one or more leader_index_patterns and one or more leader_index_exclusion_patterns won’t be followed. */
  leader_index_exclusion_patterns?: IndexPatterns
  /** The maximum number of outstanding reads requests from the remote cluster. */
  max_outstanding_read_requests?: integer
  /** Settings to override from the leader index. Note that certain settings can not be overrode (e.g., index.number_of_shards). */
  settings?: Record<string, any>
  /** The maximum number of outstanding reads requests from the remote cluster. */
  max_outstanding_write_requests?: integer
  /** The maximum time to wait for new operations on the remote cluster when the follower index is synchronized with the leader index. When the timeout has elapsed, the poll for operations will return to the follower so that it can update some statistics. Then the follower will immediately attempt to read from the leader again. */
  read_poll_timeout?: Duration
  /** The maximum number of operations to pull per read from the remote cluster. */
  max_read_request_operation_count?: integer
  /** The maximum size in bytes of per read of a batch of operations pulled from the remote cluster. */
  max_read_request_size?: ByteSize
  /** The maximum time to wait before retrying an operation that failed exceptionally. An exponential backoff strategy is employed when retrying. */
  max_retry_delay?: Duration
  /** The maximum number of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the number of queued operations goes below the limit. */
  max_write_buffer_count?: integer
  /** The maximum total bytes of operations that can be queued for writing. When this limit is reached, reads from the remote cluster will be deferred until the total bytes of queued operations goes below the limit. */
  max_write_buffer_size?: ByteSize
  /** The maximum number of operations per bulk write request executed on the follower. */
  max_write_request_operation_count?: integer
  /** The maximum total bytes of operations per bulk write request executed on the follower. */
  max_write_request_size?: ByteSize
}

export type CcrPutAutoFollowPatternResponse = AcknowledgedResponseBase

export interface CcrReadException {
  /** The exception that caused the read to fail. */
  exception: ErrorCause
  /** The starting sequence number of the batch requested from the leader. */
  from_seq_no: SequenceNumber
  /** The number of times the batch has been retried. */
  retries: integer
}

/** Request of `ccr.resume_auto_follow_pattern`. */
export interface CcrResumeAutoFollowPatternRequest extends RequestBase {
  /** The name of the auto-follow pattern to resume. */
  name: Name
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export type CcrResumeAutoFollowPatternResponse = AcknowledgedResponseBase

/** Request of `ccr.resume_follow`. */
export interface CcrResumeFollowRequest extends RequestBase {
  /** Name of the follow index to resume following */
  index: IndexName
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  max_outstanding_read_requests?: long
  max_outstanding_write_requests?: long
  max_read_request_operation_count?: long
  max_read_request_size?: string
  max_retry_delay?: Duration
  max_write_buffer_count?: long
  max_write_buffer_size?: string
  max_write_request_operation_count?: long
  max_write_request_size?: string
  read_poll_timeout?: Duration
}

export type CcrResumeFollowResponse = AcknowledgedResponseBase

export interface CcrShardStats {
  /** The total of transferred bytes read from the leader. This is only an estimate and does not account for compression if enabled. */
  bytes_read: long
  /** The number of failed reads. */
  failed_read_requests: long
  /** The number of failed bulk write requests on the follower. */
  failed_write_requests: long
  fatal_exception?: ErrorCause
  /** The index aliases version the follower is synced up to. */
  follower_aliases_version: VersionNumber
  /** The current global checkpoint on the follower. The difference between the `leader_global_checkpoint` and the `follower_global_checkpoint` is an indication of how much the follower is lagging the leader. */
  follower_global_checkpoint: long
  /** The name of the follower index. */
  follower_index: string
  /** The mapping version the follower is synced up to. */
  follower_mapping_version: VersionNumber
  /** The current maximum sequence number on the follower. */
  follower_max_seq_no: SequenceNumber
  /** The index settings version the follower is synced up to. */
  follower_settings_version: VersionNumber
  /** The starting sequence number of the last batch of operations requested from the leader. */
  last_requested_seq_no: SequenceNumber
  /** The current global checkpoint on the leader known to the follower task. */
  leader_global_checkpoint: long
  /** The name of the index in the leader cluster being followed. */
  leader_index: string
  /** The current maximum sequence number on the leader known to the follower task. */
  leader_max_seq_no: SequenceNumber
  /** The total number of operations read from the leader. */
  operations_read: long
  /** The number of operations written on the follower. */
  operations_written: long
  /** The number of active read requests from the follower. */
  outstanding_read_requests: integer
  /** The number of active bulk write requests on the follower. */
  outstanding_write_requests: integer
  /** An array of objects representing failed reads. */
  read_exceptions: CcrReadException[]
  /** The remote cluster containing the leader index. */
  remote_cluster: string
  /** The numerical shard ID, with values from 0 to one less than the number of replicas. */
  shard_id: integer
  /** The number of successful fetches. */
  successful_read_requests: long
  /** The number of bulk write requests run on the follower. */
  successful_write_requests: long
  time_since_last_read?: Duration
  /** The number of milliseconds since a read request was sent to the leader. When the follower is caught up to the leader, this number will increase up to the configured `read_poll_timeout` at which point another read request will be sent to the leader. */
  time_since_last_read_millis: DurationValue<UnitMillis>
  total_read_remote_exec_time?: Duration
  /** The total time reads spent running on the remote cluster. */
  total_read_remote_exec_time_millis: DurationValue<UnitMillis>
  total_read_time?: Duration
  /** The total time reads were outstanding, measured from the time a read was sent to the leader to the time a reply was returned to the follower. */
  total_read_time_millis: DurationValue<UnitMillis>
  total_write_time?: Duration
  /** The total time spent writing on the follower. */
  total_write_time_millis: DurationValue<UnitMillis>
  /** The number of write operations queued on the follower. */
  write_buffer_operation_count: long
  /** The total number of bytes of operations currently queued for writing. */
  write_buffer_size_in_bytes: ByteSize
}

export interface CcrStatsAutoFollowStats {
  auto_followed_clusters: CcrStatsAutoFollowedCluster[]
  /** The number of indices that the auto-follow coordinator failed to automatically follow. The causes of recent failures are captured in the logs of the elected master node and in the `auto_follow_stats.recent_auto_follow_errors` field. */
  number_of_failed_follow_indices: long
  /** The number of times that the auto-follow coordinator failed to retrieve the cluster state from a remote cluster registered in a collection of auto-follow patterns. */
  number_of_failed_remote_cluster_state_requests: long
  /** The number of indices that the auto-follow coordinator successfully followed. */
  number_of_successful_follow_indices: long
  /** An array of objects representing failures by the auto-follow coordinator. */
  recent_auto_follow_errors: ErrorCause[]
}

export interface CcrStatsAutoFollowedCluster {
  cluster_name: Name
  last_seen_metadata_version: VersionNumber
  time_since_last_check_millis: DurationValue<UnitMillis>
}

export interface CcrStatsFollowStats {
  indices: CcrFollowIndexStats[]
}

/** Request of `ccr.stats`. */
export interface CcrStatsRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export interface CcrStatsResponse {
  /** Statistics for the auto-follow coordinator. */
  auto_follow_stats: CcrStatsAutoFollowStats
  /** Shard-level statistics for follower indices. */
  follow_stats: CcrStatsFollowStats
}

/** Request of `ccr.unfollow`. */
export interface CcrUnfollowRequest extends RequestBase {
  /** The name of the follower index. */
  index: IndexName
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. It can also be set to `-1` to indicate that the request should never timeout. */
  master_timeout?: Duration
}

export type CcrUnfollowResponse = AcknowledgedResponseBase
