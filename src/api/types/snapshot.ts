// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ByteSize, DateTime, Duration, DurationValue, EpochTime, ErrorCause, ExpandWildcards, Id, IndexName, Indices, Metadata, Name, Names, RequestBase, ShardStatistics, SortOrder, UnitMillis, UnitNanos, Uuid, VersionNumber, VersionString, double, integer, long } from './common.js'
import type { IndicesIndexSettings } from './indices.js'

export interface SnapshotAzureRepository extends SnapshotRepositoryBase {
  /** The Azure repository type. */
  type: 'azure'
  /** The repository settings. */
  settings?: SnapshotAzureRepositorySettings
}

export interface SnapshotAzureRepositorySettings extends SnapshotRepositorySettingsBase {
  /** The path to the repository data within the container. It defaults to the root directory. */
  base_path?: string
  /** The name of the Azure repository client to use. */
  client?: string
  /** The Azure container. */
  container?: string
  /** The maxmimum batch size, between 1 and 256, used for `BlobBatch` requests. Defaults to 256 which is the maximum number supported by the Azure blob batch API. */
  delete_objects_max_size?: integer
  /** Either `primary_only` or `secondary_only`. Note that if you set it to `secondary_only`, it will force `readonly` to `true`. */
  location_mode?: string
  /** The maximum number of concurrent batch delete requests that will be submitted for any individual bulk delete with `BlobBatch`. Note that the effective number of concurrent deletes is further limited by the Azure client connection and event loop thread limits. Defaults to 10, minimum is 1, maximum is 100. */
  max_concurrent_batch_deletes?: integer
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

export interface SnapshotCleanupRepositoryCleanupRepositoryResults {
  /** The number of binary large objects (blobs) removed from the snapshot repository during cleanup operations. A non-zero value indicates that unreferenced blobs were found and subsequently cleaned up. */
  deleted_blobs: long
  /** The number of bytes freed by cleanup operations. */
  deleted_bytes: long
}

/** Request of `snapshot.cleanup_repository`. */
export interface SnapshotCleanupRepositoryRequest extends RequestBase {
  /** The name of the snapshot repository to clean up. */
  name: Name
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1` */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export interface SnapshotCleanupRepositoryResponse {
  /** Statistics for cleanup operations. */
  results: SnapshotCleanupRepositoryCleanupRepositoryResults
}

/** Request of `snapshot.clone`. */
export interface SnapshotCloneRequest extends RequestBase {
  /** The name of the snapshot repository that both source and target snapshot belong to. */
  repository: Name
  /** The source snapshot name. */
  snapshot: Name
  /** The target snapshot name. */
  target_snapshot: Name
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** A comma-separated list of indices to include in the snapshot. Multi-target syntax is supported. */
  indices: string
}

export type SnapshotCloneResponse = AcknowledgedResponseBase

/** Request of `snapshot.create_repository`. */
export interface SnapshotCreateRepositoryRequest extends RequestBase {
  /** The name of the snapshot repository to register or update. */
  name: Name
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
  /** If `true`, the request verifies the repository is functional on all master and data nodes in the cluster. If `false`, this verification is skipped. You can also perform this verification with the verify snapshot repository API. */
  verify?: boolean
  repository: SnapshotRepository
}

export type SnapshotCreateRepositoryResponse = AcknowledgedResponseBase

/** Request of `snapshot.create`. */
export interface SnapshotCreateRequest extends RequestBase {
  /** The name of the repository for the snapshot. */
  repository: Name
  /** The name of the snapshot. It supportes date math. It must be unique in the repository. */
  snapshot: Name
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** If `true`, the request returns a response when the snapshot is complete. If `false`, the request returns a response when the snapshot initializes. */
  wait_for_completion?: boolean
  /** Determines how wildcard patterns in the `indices` parameter match data streams and indices. It supports comma-separated values such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** The feature states to include in the snapshot. Each feature state includes one or more system indices containing related data. You can view a list of eligible features using the get features API. */
  feature_states?: string[]
  /** If `true`, the request ignores data streams and indices in `indices` that are missing or closed. If `false`, the request returns an error for any data stream or index that is missing or closed. */
  ignore_unavailable?: boolean
  /** If `true`, the current cluster state is included in the snapshot. The cluster state includes persistent cluster settings, composable index templates, legacy index templates, ingest pipelines, and ILM policies. It also includes data stored in system indices, such as Watches and task records (configurable via `feature_states`). */
  include_global_state?: boolean
  /** A comma-separated list of data streams and indices to include in the snapshot. It supports a multi-target syntax. The default is an empty array (`[]`), which includes all regular data streams and regular indices. To exclude all data streams and indices, use `-*`. */
  indices?: Indices
  /** Arbitrary metadata to the snapshot, such as a record of who took the snapshot, why it was taken, or any other useful data. It can have any contents but it must be less than 1024 bytes. This information is not automatically generated by Elasticsearch. */
  metadata?: Metadata
  /** If `true`, it enables you to restore a partial snapshot of indices with unavailable shards. Only shards that were successfully included in the snapshot will be restored. All missing shards will be recreated as empty. */
  partial?: boolean
}

export interface SnapshotCreateResponse {
  /** Equals `true` if the snapshot was accepted. Present when the request had `wait_for_completion` set to `false` */
  accepted?: boolean
  /** Snapshot information. Present when the request had `wait_for_completion` set to `true` */
  snapshot?: SnapshotSnapshotInfo
}

/** Request of `snapshot.delete_repository`. */
export interface SnapshotDeleteRepositoryRequest extends RequestBase {
  /** The ame of the snapshot repositories to unregister. Wildcard (`*`) patterns are supported. */
  name: Names
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export type SnapshotDeleteRepositoryResponse = AcknowledgedResponseBase

/** Request of `snapshot.delete`. */
export interface SnapshotDeleteRequest extends RequestBase {
  /** The name of the repository to delete a snapshot from. */
  repository: Name
  /** A comma-separated list of snapshot names to delete. It also accepts wildcards (`*`). */
  snapshot: Names
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** If `true`, the request returns a response when the matching snapshots are all deleted. If `false`, the request returns a response as soon as the deletes are scheduled. */
  wait_for_completion?: boolean
}

export type SnapshotDeleteResponse = AcknowledgedResponseBase

export interface SnapshotFileCountSnapshotStats {
  file_count: integer
  size_in_bytes: long
}

export interface SnapshotGcsRepository extends SnapshotRepositoryBase {
  /** The Google Cloud Storage repository type. */
  type: 'gcs'
  /** The repository settings. */
  settings: SnapshotGcsRepositorySettings
}

export interface SnapshotGcsRepositorySettings extends SnapshotRepositorySettingsBase {
  /** The name of the bucket to be used for snapshots. */
  bucket: string
  /**
   * The name used by the client when it uses the Google Cloud Storage service.
   * @deprecated 6.3.0:
   */
  application_name?: string
  /** The path to the repository data within the bucket. It defaults to the root of the bucket. */
  base_path?: string
  /** The name of the client to use to connect to Google Cloud Storage. */
  client?: string
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

/** Request of `snapshot.get_repository`. */
export interface SnapshotGetRepositoryRequest extends RequestBase {
  /** A comma-separated list of snapshot repository names used to limit the request. Wildcard (`*`) expressions are supported including combining wildcards with exclude patterns starting with `-`. */
  name?: Names
  /** If `true`, the request gets information from the local node only. If `false`, the request gets information from the master node. */
  local?: boolean
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
}

export type SnapshotGetRepositoryResponse = Record<string, SnapshotRepository>

/** Request of `snapshot.get`. */
export interface SnapshotGetRequest extends RequestBase {
  /** A comma-separated list of snapshot repository names used to limit the request. Wildcard (`*`) expressions are supported. */
  repository: Name
  /** A comma-separated list of snapshot names to retrieve Wildcards (`*`) are supported. */
  snapshot: Names
  /** An offset identifier to start pagination from as returned by the next field in the response body. */
  after?: string
  /** The value of the current sort column at which to start retrieval. It can be a string `snapshot-` or a repository name when sorting by snapshot or repository name. It can be a millisecond time value or a number when sorting by `index-` or shard count. */
  from_sort_value?: string
  /** If `false`, the request returns an error for any snapshots that are unavailable. */
  ignore_unavailable?: boolean
  /** If `true`, the response includes additional information about each index in the snapshot comprising the number of shards in the index, the total size of the index in bytes, and the maximum number of segments per shard in the index. The default is `false`, meaning that this information is omitted. */
  index_details?: boolean
  /** If `true`, the response includes the name of each index in each snapshot. */
  index_names?: boolean
  /** If `true`, the response includes the repository name in each snapshot. */
  include_repository?: boolean
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The sort order. Valid values are `asc` for ascending and `desc` for descending order. The default behavior is ascending order. */
  order?: SortOrder
  /** Numeric offset to start pagination from based on the snapshots matching this request. Using a non-zero value for this parameter is mutually exclusive with using the after parameter. Defaults to 0. */
  offset?: integer
  /** The maximum number of snapshots to return. The default is -1, which means to return all that match the request without limit. */
  size?: integer
  /** Filter snapshots by a comma-separated list of snapshot lifecycle management (SLM) policy names that snapshots belong to. */
  slm_policy_filter?: Name
  /** The sort order for the result. The default behavior is sorting by snapshot start time stamp. */
  sort?: SnapshotSnapshotSort
  /** Only return snapshots with a state found in the given comma-separated list of snapshot states. The default is all snapshot states. */
  state?: SnapshotSnapshotState | SnapshotSnapshotState[]
  /** If `true`, returns additional information about each snapshot such as the version of Elasticsearch which took the snapshot, the start and end times of the snapshot, and the number of shards snapshotted. */
  verbose?: boolean
}

export interface SnapshotGetResponse {
  /** The number of remaining snapshots that were not returned due to size limits and that can be fetched by additional requests using the `next` field value. */
  remaining: integer
  /** The total number of snapshots that match the request when ignoring the size limit or `after` query parameter. */
  total: integer
  /** If the request contained a size limit and there might be more results, a `next` field will be added to the response. It can be used as the `after` query parameter to fetch additional results. */
  next?: string
  responses?: SnapshotGetSnapshotResponseItem[]
  snapshots?: SnapshotSnapshotInfo[]
}

export interface SnapshotGetSnapshotResponseItem {
  repository: Name
  snapshots?: SnapshotSnapshotInfo[]
  error?: ErrorCause
}

export interface SnapshotIndexDetails {
  shard_count: integer
  size?: ByteSize
  size_in_bytes: long
  max_segments_per_shard: long
}

export interface SnapshotInfoFeatureState {
  feature_name: string
  indices: Indices
}

export interface SnapshotReadOnlyUrlRepository extends SnapshotRepositoryBase {
  /** The read-only URL repository type. */
  type: 'url'
  /** The repository settings. */
  settings: SnapshotReadOnlyUrlRepositorySettings
}

export interface SnapshotReadOnlyUrlRepositorySettings extends SnapshotRepositorySettingsBase {
  /** The maximum number of retries for HTTP and HTTPS URLs. */
  http_max_retries?: integer
  /** The maximum wait time for data transfers over a connection. */
  http_socket_timeout?: Duration
  /** The maximum number of snapshots the repository can contain. The default is `Integer.MAX_VALUE`, which is 2^31-1 or `2147483647`. */
  max_number_of_snapshots?: integer
  /** The URL location of the root of the shared filesystem repository. The following protocols are supported: */
  url: string
}

export type SnapshotRepository = SnapshotAzureRepository | SnapshotGcsRepository | SnapshotS3Repository | SnapshotSharedFileSystemRepository | SnapshotReadOnlyUrlRepository | SnapshotSourceOnlyRepository

export interface SnapshotRepositoryAnalyzeBlobDetails {
  /** The name of the blob. */
  name: string
  /** Indicates whether the blob was overwritten while the read operations were ongoing. /** */
  overwritten: boolean
  read_early: boolean
  /** The position, in bytes, at which read operations completed. */
  read_end: long
  /** The position, in bytes, at which read operations started. */
  read_start: long
  /** A description of every read operation performed on the blob. */
  reads: SnapshotRepositoryAnalyzeReadBlobDetails
  /** The size of the blob. */
  size: ByteSize
  /** The size of the blob in bytes. */
  size_bytes: long
}

export interface SnapshotRepositoryAnalyzeDetailsInfo {
  /** A description of the blob that was written and read. */
  blob: SnapshotRepositoryAnalyzeBlobDetails
  /** The elapsed time spent overwriting the blob. If the blob was not overwritten, this information is omitted. */
  overwrite_elapsed?: Duration
  /** The elapsed time spent overwriting the blob, in nanoseconds. If the blob was not overwritten, this information is omitted. */
  overwrite_elapsed_nanos?: DurationValue<UnitNanos>
  /** The elapsed time spent writing the blob. */
  write_elapsed: Duration
  /** The elapsed time spent writing the blob, in nanoseconds. */
  write_elapsed_nanos: DurationValue<UnitNanos>
  /** The length of time spent waiting for the `max_snapshot_bytes_per_sec` (or `indices.recovery.max_bytes_per_sec` if the recovery settings for managed services are set) throttle while writing the blob. */
  write_throttled: Duration
  /** The length of time spent waiting for the `max_snapshot_bytes_per_sec` (or `indices.recovery.max_bytes_per_sec` if the recovery settings for managed services are set) throttle while writing the blob, in nanoseconds. */
  write_throttled_nanos: DurationValue<UnitNanos>
  /** The node which wrote the blob and coordinated the read operations. */
  writer_node: SnapshotRepositoryAnalyzeSnapshotNodeInfo
}

export interface SnapshotRepositoryAnalyzeReadBlobDetails {
  /** Indicates whether the read operation may have started before the write operation was complete. */
  before_write_complete?: boolean
  /** The length of time spent reading the blob. If the blob was not found, this detail is omitted. */
  elapsed?: Duration
  /** The length of time spent reading the blob, in nanoseconds. If the blob was not found, this detail is omitted. */
  elapsed_nanos?: DurationValue<UnitNanos>
  /** The length of time waiting for the first byte of the read operation to be received. If the blob was not found, this detail is omitted. */
  first_byte_time?: Duration
  /** The length of time waiting for the first byte of the read operation to be received, in nanoseconds. If the blob was not found, this detail is omitted. */
  first_byte_time_nanos: DurationValue<UnitNanos>
  /** Indicates whether the blob was found by the read operation. If the read was started before the write completed or the write was ended before completion, it might be false. */
  found: boolean
  /** The node that performed the read operation. */
  node: SnapshotRepositoryAnalyzeSnapshotNodeInfo
  /** The length of time spent waiting due to the `max_restore_bytes_per_sec` or `indices.recovery.max_bytes_per_sec` throttles during the read of the blob. If the blob was not found, this detail is omitted. */
  throttled?: Duration
  /** The length of time spent waiting due to the `max_restore_bytes_per_sec` or `indices.recovery.max_bytes_per_sec` throttles during the read of the blob, in nanoseconds. If the blob was not found, this detail is omitted. */
  throttled_nanos?: DurationValue<UnitNanos>
}

export interface SnapshotRepositoryAnalyzeReadSummaryInfo {
  /** The number of read operations performed in the test. */
  count: integer
  /** The maximum time spent waiting for the first byte of any read request to be received. */
  max_wait: Duration
  /** The maximum time spent waiting for the first byte of any read request to be received, in nanoseconds. */
  max_wait_nanos: DurationValue<UnitNanos>
  /** The total elapsed time spent on reading blobs in the test. */
  total_elapsed: Duration
  /** The total elapsed time spent on reading blobs in the test, in nanoseconds. */
  total_elapsed_nanos: DurationValue<UnitNanos>
  /** The total size of all the blobs or partial blobs read in the test. */
  total_size: ByteSize
  /** The total size of all the blobs or partial blobs read in the test, in bytes. */
  total_size_bytes: long
  /** The total time spent waiting due to the `max_restore_bytes_per_sec` or `indices.recovery.max_bytes_per_sec` throttles. */
  total_throttled: Duration
  /** The total time spent waiting due to the `max_restore_bytes_per_sec` or `indices.recovery.max_bytes_per_sec` throttles, in nanoseconds. */
  total_throttled_nanos: DurationValue<UnitNanos>
  /** The total time spent waiting for the first byte of each read request to be received. */
  total_wait: Duration
  /** The total time spent waiting for the first byte of each read request to be received, in nanoseconds. */
  total_wait_nanos: DurationValue<UnitNanos>
}

/** Request of `snapshot.repository_analyze`. */
export interface SnapshotRepositoryAnalyzeRequest extends RequestBase {
  /** The name of the repository. */
  name: Name
  /** The total number of blobs to write to the repository during the test. For realistic experiments, set this parameter to at least `2000`. */
  blob_count?: integer
  /** Whether to run the overwrite protection check. For realistic experiments, leave this parameter unset. */
  check_overwrite_protection?: boolean
  /** The number of operations to run concurrently during the test. For realistic experiments, leave this parameter unset. */
  concurrency?: integer
  /** Indicates whether to return detailed results, including timing information for every operation performed during the analysis. If false, it returns only a summary of the analysis. */
  detailed?: boolean
  /** The number of nodes on which to perform an early read operation while writing each blob. Early read operations are only rarely performed. For realistic experiments, leave this parameter unset. */
  early_read_node_count?: integer
  /** The maximum size of a blob to be written during the test. For realistic experiments, set this parameter to at least `2gb`. */
  max_blob_size?: ByteSize
  /** An upper limit on the total size of all the blobs written during the test. For realistic experiments, set this parameter to at least `1tb`. */
  max_total_data_size?: ByteSize
  /** The probability of performing a rare action such as an early read, an overwrite, or an aborted write on each blob. For realistic experiments, leave this parameter unset. */
  rare_action_probability?: double
  /** Indicates whether to rarely cancel writes before they complete. For realistic experiments, leave this parameter unset. */
  rarely_abort_writes?: boolean
  /** The number of nodes on which to read a blob after writing. For realistic experiments, leave this parameter unset. */
  read_node_count?: integer
  /** The minimum number of linearizable register operations to perform in total. For realistic experiments, set this parameter to at least `100`. */
  register_operation_count?: integer
  /** The seed for the pseudo-random number generator used to generate the list of operations performed during the test. To repeat the same set of operations in multiple experiments, use the same seed in each experiment. Note that the operations are performed concurrently so might not always happen in the same order on each run. For realistic experiments, leave this parameter unset. */
  seed?: integer
  /** The period of time to wait for the test to complete. If no response is received before the timeout expires, the test is cancelled and returns an error. For realistic experiments, set this parameter sufficiently long to allow the test to complete. */
  timeout?: Duration
}

export interface SnapshotRepositoryAnalyzeResponse {
  /** The number of blobs written to the repository during the test. */
  blob_count: integer
  /** The path in the repository under which all the blobs were written during the test. */
  blob_path: string
  /** The number of write operations performed concurrently during the test. */
  concurrency: integer
  /** The node that coordinated the analysis and performed the final cleanup. */
  coordinating_node: SnapshotRepositoryAnalyzeSnapshotNodeInfo
  /** The time it took to delete all the blobs in the container. */
  delete_elapsed: Duration
  /** The time it took to delete all the blobs in the container, in nanoseconds. */
  delete_elapsed_nanos: DurationValue<UnitNanos>
  /** A description of every read and write operation performed during the test. */
  details: SnapshotRepositoryAnalyzeDetailsInfo
  /** The limit on the number of nodes on which early read operations were performed after writing each blob. */
  early_read_node_count: integer
  /** A list of correctness issues detected, which is empty if the API succeeded. It is included to emphasize that a successful response does not guarantee correct behaviour in future. */
  issues_detected: string[]
  /** The time it took to retrieve a list of all the blobs in the container. */
  listing_elapsed: Duration
  /** The time it took to retrieve a list of all the blobs in the container, in nanoseconds. */
  listing_elapsed_nanos: DurationValue<UnitNanos>
  /** The limit on the size of a blob written during the test. */
  max_blob_size: ByteSize
  /** The limit, in bytes, on the size of a blob written during the test. */
  max_blob_size_bytes: long
  /** The limit on the total size of all blob written during the test. */
  max_total_data_size: ByteSize
  /** The limit, in bytes, on the total size of all blob written during the test. */
  max_total_data_size_bytes: long
  /** The probability of performing rare actions during the test. */
  rare_action_probability: double
  /** The limit on the number of nodes on which read operations were performed after writing each blob. */
  read_node_count: integer
  /** The name of the repository that was the subject of the analysis. */
  repository: string
  /** The seed for the pseudo-random number generator used to generate the operations used during the test. */
  seed: long
  /** A collection of statistics that summarize the results of the test. */
  summary: SnapshotRepositoryAnalyzeSummaryInfo
}

export interface SnapshotRepositoryAnalyzeSnapshotNodeInfo {
  id: Id
  name: Name
}

export interface SnapshotRepositoryAnalyzeSummaryInfo {
  /** A collection of statistics that summarise the results of the read operations in the test. */
  read: SnapshotRepositoryAnalyzeReadSummaryInfo
  /** A collection of statistics that summarise the results of the write operations in the test. */
  write: SnapshotRepositoryAnalyzeWriteSummaryInfo
}

export interface SnapshotRepositoryAnalyzeWriteSummaryInfo {
  /** The number of write operations performed in the test. */
  count: integer
  /** The total elapsed time spent on writing blobs in the test. */
  total_elapsed: Duration
  /** The total elapsed time spent on writing blobs in the test, in nanoseconds. */
  total_elapsed_nanos: DurationValue<UnitNanos>
  /** The total size of all the blobs written in the test. */
  total_size: ByteSize
  /** The total size of all the blobs written in the test, in bytes. */
  total_size_bytes: long
  /** The total time spent waiting due to the `max_snapshot_bytes_per_sec` throttle. */
  total_throttled: Duration
  /** The total time spent waiting due to the `max_snapshot_bytes_per_sec` throttle, in nanoseconds. */
  total_throttled_nanos: long
}

export interface SnapshotRepositoryBase {
  uuid?: Uuid
}

export interface SnapshotRepositorySettingsBase {
  /** Big files can be broken down into multiple smaller blobs in the blob store during snapshotting. It is not recommended to change this value from its default unless there is an explicit reason for limiting the size of blobs in the repository. Setting a value lower than the default can result in an increased number of API calls to the blob store during snapshot create and restore operations compared to using the default value and thus make both operations slower and more costly. Specify the chunk size as a byte unit, for example: `10MB`, `5KB`, 500B. The default varies by repository type. */
  chunk_size?: ByteSize
  /** When set to `true`, metadata files are stored in compressed format. This setting doesn't affect index files that are already compressed by default. */
  compress?: boolean
  /** The maximum snapshot restore rate per node. It defaults to unlimited. Note that restores are also throttled through recovery settings. */
  max_restore_bytes_per_sec?: ByteSize
  /** The maximum snapshot creation rate per node. It defaults to 40mb per second. Note that if the recovery settings for managed services are set, then it defaults to unlimited, and the rate is additionally throttled through recovery settings. */
  max_snapshot_bytes_per_sec?: ByteSize
}

/** Request of `snapshot.repository_verify_integrity`. */
export interface SnapshotRepositoryVerifyIntegrityRequest extends RequestBase {
  /** The name of the snapshot repository. */
  name: Names
  /** If `verify_blob_contents` is `true`, this parameter specifies how many blobs to verify at once. */
  blob_thread_pool_concurrency?: integer
  /** The maximum number of index snapshots to verify concurrently within each index verification. */
  index_snapshot_verification_concurrency?: integer
  /** The number of indices to verify concurrently. The default behavior is to use the entire `snapshot_meta` thread pool. */
  index_verification_concurrency?: integer
  /** If `verify_blob_contents` is `true`, this parameter specifies the maximum amount of data that Elasticsearch will read from the repository every second. */
  max_bytes_per_sec?: string
  /** The number of shard snapshot failures to track during integrity verification, in order to avoid excessive resource usage. If your repository contains more than this number of shard snapshot failures, the verification will fail. */
  max_failed_shard_snapshots?: integer
  /** The maximum number of snapshot metadata operations to run concurrently. The default behavior is to use at most half of the `snapshot_meta` thread pool at once. */
  meta_thread_pool_concurrency?: integer
  /** The number of snapshots to verify concurrently. The default behavior is to use at most half of the `snapshot_meta` thread pool at once. */
  snapshot_verification_concurrency?: integer
  /** Indicates whether to verify the checksum of every data blob in the repository. If this feature is enabled, Elasticsearch will read the entire repository contents, which may be extremely slow and expensive. */
  verify_blob_contents?: boolean
}

export type SnapshotRepositoryVerifyIntegrityResponse = any

/** Request of `snapshot.restore`. */
export interface SnapshotRestoreRequest extends RequestBase {
  /** The name of the repository to restore a snapshot from. */
  repository: Name
  /** The name of the snapshot to restore. */
  snapshot: Name
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** If `true`, the request returns a response when the restore operation completes. The operation is complete when it finishes all attempts to recover primary shards for restored indices. This applies even if one or more of the recovery attempts fail. */
  wait_for_completion?: boolean
  /** The feature states to restore. If `include_global_state` is `true`, the request restores all feature states in the snapshot by default. If `include_global_state` is `false`, the request restores no feature states by default. Note that specifying an empty array will result in the default behavior. To restore no feature states, regardless of the `include_global_state` value, specify an array containing only the value `none` (`["none"]`). */
  feature_states?: string[]
  /** The index settings to not restore from the snapshot. You can't use this option to ignore `index.number_of_shards`. */
  ignore_index_settings?: string[]
  /** If `true`, the request ignores any index or data stream in indices that's missing from the snapshot. If `false`, the request returns an error for any missing index or data stream. */
  ignore_unavailable?: boolean
  /** If `true`, the request restores aliases for any restored data streams and indices. If `false`, the request doesn’t restore aliases. */
  include_aliases?: boolean
  /** If `true`, restore the cluster state. The cluster state includes: */
  include_global_state?: boolean
  /** Index settings to add or change in restored indices, including backing indices. You can't use this option to change `index.number_of_shards`. */
  index_settings?: IndicesIndexSettings
  /** A comma-separated list of indices and data streams to restore. It supports a multi-target syntax. The default behavior is all regular indices and regular data streams in the snapshot. */
  indices?: Indices
  /** If `false`, the entire restore operation will fail if one or more indices included in the snapshot do not have all primary shards available. */
  partial?: boolean
  /** A rename pattern to apply to restored data streams and indices. Data streams and indices matching the rename pattern will be renamed according to `rename_replacement`. */
  rename_pattern?: string
  /** The rename replacement string that is used with the `rename_pattern`. */
  rename_replacement?: string
}

export interface SnapshotRestoreResponse {
  accepted?: boolean
  snapshot?: SnapshotRestoreSnapshotRestore
}

export interface SnapshotRestoreSnapshotRestore {
  indices: IndexName[]
  snapshot: string
  shards: ShardStatistics
}

export interface SnapshotS3Repository extends SnapshotRepositoryBase {
  /** The S3 repository type. */
  type: 's3'
  /** The repository settings. */
  settings: SnapshotS3RepositorySettings
}

export interface SnapshotS3RepositorySettings extends SnapshotRepositorySettingsBase {
  /** The name of the S3 bucket to use for snapshots. The bucket name must adhere to Amazon's S3 bucket naming rules. */
  bucket: string
  /** The path to the repository data within its bucket. It defaults to an empty string, meaning that the repository is at the root of the bucket. The value of this setting should not start or end with a forward slash (`/`). */
  base_path?: string
  /** The minimum threshold below which the chunk is uploaded using a single request. Beyond this threshold, the S3 repository will use the AWS Multipart Upload API to split the chunk into several parts, each of `buffer_size` length, and to upload each part in its own request. Note that setting a buffer size lower than 5mb is not allowed since it will prevent the use of the Multipart API and may result in upload errors. It is also not possible to set a buffer size greater than 5gb as it is the maximum upload size allowed by S3. Defaults to `100mb` or 5% of JVM heap, whichever is smaller. */
  buffer_size?: ByteSize
  /** The S3 repository supports all S3 canned ACLs: `private`, `public-read`, `public-read-write`, `authenticated-read`, `log-delivery-write`, `bucket-owner-read`, `bucket-owner-full-control`. You could specify a canned ACL using the `canned_acl` setting. When the S3 repository creates buckets and objects, it adds the canned ACL into the buckets and objects. */
  canned_acl?: string
  /** The name of the S3 client to use to connect to S3. */
  client?: string
  /** The maxmimum batch size, between 1 and 1000, used for `DeleteObjects` requests. Defaults to 1000 which is the maximum number supported by the AWS DeleteObjects API. */
  delete_objects_max_size?: integer
  /** The time to wait before trying again if an attempt to read a linearizable register fails. */
  get_register_retry_delay?: Duration
  /** The maximum number of parts that Elasticsearch will write during a multipart upload of a single object. Files which are larger than `buffer_size × max_multipart_parts` will be chunked into several smaller objects. Elasticsearch may also split a file across multiple objects to satisfy other constraints such as the `chunk_size` limit. Defaults to `10000` which is the maximum number of parts in a multipart upload in AWS S3. */
  max_multipart_parts?: integer
  /** The maximum number of possibly-dangling multipart uploads to clean up in each batch of snapshot deletions. Defaults to 1000 which is the maximum number supported by the AWS ListMultipartUploads API. If set to `0`, Elasticsearch will not attempt to clean up dangling multipart uploads. */
  max_multipart_upload_cleanup_size?: integer
  /** If true, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
  /** When set to `true`, files are encrypted on server side using an AES256 algorithm. */
  server_side_encryption?: boolean
  /** The S3 storage class for objects written to the repository. Values may be `standard`, `reduced_redundancy`, `standard_ia`, `onezone_ia`, and `intelligent_tiering`. */
  storage_class?: string
  /** The delay before the first retry and the amount the delay is incremented by on each subsequent retry. The default is 50ms and the minimum is 0ms. */
  'throttled_delete_retry.delay_increment'?: Duration
  /** The upper bound on how long the delays between retries will grow to. The default is 5s and the minimum is 0ms. */
  'throttled_delete_retry.maximum_delay'?: Duration
  /** The number times to retry a throttled snapshot deletion. The default is 10 and the minimum value is 0 which will disable retries altogether. Note that if retries are enabled in the Azure client, each of these retries comprises that many client-level retries. */
  'throttled_delete_retry.maximum_number_of_retries'?: integer
}

export interface SnapshotShardsStats {
  /** The number of shards that initialized, started, and finalized successfully. */
  done: long
  /** The number of shards that failed to be included in the snapshot. */
  failed: long
  /** The number of shards that are finalizing but are not done. */
  finalizing: long
  /** The number of shards that are still initializing. */
  initializing: long
  /** The number of shards that have started but are not finalized. */
  started: long
  /** The total number of shards included in the snapshot. */
  total: long
}

export type SnapshotShardsStatsStage = 'DONE' | 'FAILURE' | 'FINALIZE' | 'INIT' | 'STARTED'

export interface SnapshotShardsStatsSummary {
  incremental: SnapshotShardsStatsSummaryItem
  total: SnapshotShardsStatsSummaryItem
  start_time_in_millis: EpochTime<UnitMillis>
  time?: Duration
  time_in_millis: DurationValue<UnitMillis>
}

export interface SnapshotShardsStatsSummaryItem {
  file_count: long
  size_in_bytes: long
}

export interface SnapshotSharedFileSystemRepository extends SnapshotRepositoryBase {
  /** The shared file system repository type. */
  type: 'fs'
  /** The repository settings. */
  settings: SnapshotSharedFileSystemRepositorySettings
}

export interface SnapshotSharedFileSystemRepositorySettings extends SnapshotRepositorySettingsBase {
  /** The location of the shared filesystem used to store and retrieve snapshots. This location must be registered in the `path.repo` setting on all master and data nodes in the cluster. Unlike `path.repo`, this setting supports only a single file path. */
  location: string
  /** The maximum number of snapshots the repository can contain. The default is `Integer.MAX_VALUE`, which is 2^31-1 or `2147483647`. */
  max_number_of_snapshots?: integer
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

export interface SnapshotSnapshotIndexStats {
  shards: Record<string, SnapshotSnapshotShardsStatus>
  shards_stats: SnapshotShardsStats
  stats: SnapshotSnapshotStats
}

export interface SnapshotSnapshotInfo {
  data_streams: string[]
  duration?: Duration
  duration_in_millis?: DurationValue<UnitMillis>
  end_time?: DateTime
  end_time_in_millis?: EpochTime<UnitMillis>
  failures?: SnapshotSnapshotShardFailure[]
  include_global_state?: boolean
  indices?: IndexName[]
  index_details?: Record<IndexName, SnapshotIndexDetails>
  metadata?: Metadata
  reason?: string
  repository?: Name
  snapshot: Name
  shards?: ShardStatistics
  start_time?: DateTime
  start_time_in_millis?: EpochTime<UnitMillis>
  state?: string
  uuid: Uuid
  version?: VersionString
  version_id?: VersionNumber
  feature_states?: SnapshotInfoFeatureState[]
}

export interface SnapshotSnapshotShardFailure {
  index: IndexName
  node_id?: Id
  reason: string
  shard_id: integer
  index_uuid: Id
  status: string
}

export interface SnapshotSnapshotShardsStatus {
  stage: SnapshotShardsStatsStage
  stats: SnapshotShardsStatsSummary
}

export type SnapshotSnapshotSort = 'start_time' | 'duration' | 'name' | 'index_count' | 'repository' | 'shard_count' | 'failed_shard_count'

export type SnapshotSnapshotState = 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'PARTIAL' | 'INCOMPATIBLE'

export interface SnapshotSnapshotStats {
  /** The number and size of files that still need to be copied as part of the incremental snapshot. For completed snapshots, this property indicates the number and size of files that were not already in the repository and were copied as part of the incremental snapshot. */
  incremental: SnapshotFileCountSnapshotStats
  /** The time, in milliseconds, when the snapshot creation process started. */
  start_time_in_millis: EpochTime<UnitMillis>
  time?: Duration
  /** The total time, in milliseconds, that it took for the snapshot process to complete. */
  time_in_millis: DurationValue<UnitMillis>
  /** The total number and size of files that are referenced by the snapshot. */
  total: SnapshotFileCountSnapshotStats
}

export interface SnapshotSourceOnlyRepository extends SnapshotRepositoryBase {
  /** The source-only repository type. */
  type: 'source'
  /** The repository settings. */
  settings: SnapshotSourceOnlyRepositorySettings
}

/** The delegated repository type. Source repositories can use `settings` properties for its delegated repository type. */
export type SnapshotSourceOnlyRepositorySettings = SnapshotSourceOnlyRepositorySettingsForSharedFileSystem | SnapshotSourceOnlyRepositorySettingsForReadOnlyUrl | SnapshotSourceOnlyRepositorySettingsForAzure | SnapshotSourceOnlyRepositorySettingsForGcs | SnapshotSourceOnlyRepositorySettingsForS3

export interface SnapshotSourceOnlyRepositorySettingsForAzure {
  delegate_type: 'azure'
  /** The path to the repository data within the container. It defaults to the root directory. */
  base_path?: string
  /** The name of the Azure repository client to use. */
  client?: string
  /** The Azure container. */
  container?: string
  /** The maxmimum batch size, between 1 and 256, used for `BlobBatch` requests. Defaults to 256 which is the maximum number supported by the Azure blob batch API. */
  delete_objects_max_size?: integer
  /** Either `primary_only` or `secondary_only`. Note that if you set it to `secondary_only`, it will force `readonly` to `true`. */
  location_mode?: string
  /** The maximum number of concurrent batch delete requests that will be submitted for any individual bulk delete with `BlobBatch`. Note that the effective number of concurrent deletes is further limited by the Azure client connection and event loop thread limits. Defaults to 10, minimum is 1, maximum is 100. */
  max_concurrent_batch_deletes?: integer
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

export interface SnapshotSourceOnlyRepositorySettingsForGcs {
  delegate_type: 'gcs'
  /** The name of the bucket to be used for snapshots. */
  bucket: string
  /**
   * The name used by the client when it uses the Google Cloud Storage service.
   * @deprecated 6.3.0:
   */
  application_name?: string
  /** The path to the repository data within the bucket. It defaults to the root of the bucket. */
  base_path?: string
  /** The name of the client to use to connect to Google Cloud Storage. */
  client?: string
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

export interface SnapshotSourceOnlyRepositorySettingsForReadOnlyUrl {
  delegate_type: 'url'
  /** The maximum number of retries for HTTP and HTTPS URLs. */
  http_max_retries?: integer
  /** The maximum wait time for data transfers over a connection. */
  http_socket_timeout?: Duration
  /** The maximum number of snapshots the repository can contain. The default is `Integer.MAX_VALUE`, which is 2^31-1 or `2147483647`. */
  max_number_of_snapshots?: integer
  /** The URL location of the root of the shared filesystem repository. The following protocols are supported: */
  url: string
}

export interface SnapshotSourceOnlyRepositorySettingsForS3 {
  delegate_type: 's3'
  /** The name of the S3 bucket to use for snapshots. The bucket name must adhere to Amazon's S3 bucket naming rules. */
  bucket: string
  /** The path to the repository data within its bucket. It defaults to an empty string, meaning that the repository is at the root of the bucket. The value of this setting should not start or end with a forward slash (`/`). */
  base_path?: string
  /** The minimum threshold below which the chunk is uploaded using a single request. Beyond this threshold, the S3 repository will use the AWS Multipart Upload API to split the chunk into several parts, each of `buffer_size` length, and to upload each part in its own request. Note that setting a buffer size lower than 5mb is not allowed since it will prevent the use of the Multipart API and may result in upload errors. It is also not possible to set a buffer size greater than 5gb as it is the maximum upload size allowed by S3. Defaults to `100mb` or 5% of JVM heap, whichever is smaller. */
  buffer_size?: ByteSize
  /** The S3 repository supports all S3 canned ACLs: `private`, `public-read`, `public-read-write`, `authenticated-read`, `log-delivery-write`, `bucket-owner-read`, `bucket-owner-full-control`. You could specify a canned ACL using the `canned_acl` setting. When the S3 repository creates buckets and objects, it adds the canned ACL into the buckets and objects. */
  canned_acl?: string
  /** The name of the S3 client to use to connect to S3. */
  client?: string
  /** The maxmimum batch size, between 1 and 1000, used for `DeleteObjects` requests. Defaults to 1000 which is the maximum number supported by the AWS DeleteObjects API. */
  delete_objects_max_size?: integer
  /** The time to wait before trying again if an attempt to read a linearizable register fails. */
  get_register_retry_delay?: Duration
  /** The maximum number of parts that Elasticsearch will write during a multipart upload of a single object. Files which are larger than `buffer_size × max_multipart_parts` will be chunked into several smaller objects. Elasticsearch may also split a file across multiple objects to satisfy other constraints such as the `chunk_size` limit. Defaults to `10000` which is the maximum number of parts in a multipart upload in AWS S3. */
  max_multipart_parts?: integer
  /** The maximum number of possibly-dangling multipart uploads to clean up in each batch of snapshot deletions. Defaults to 1000 which is the maximum number supported by the AWS ListMultipartUploads API. If set to `0`, Elasticsearch will not attempt to clean up dangling multipart uploads. */
  max_multipart_upload_cleanup_size?: integer
  /** If true, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
  /** When set to `true`, files are encrypted on server side using an AES256 algorithm. */
  server_side_encryption?: boolean
  /** The S3 storage class for objects written to the repository. Values may be `standard`, `reduced_redundancy`, `standard_ia`, `onezone_ia`, and `intelligent_tiering`. */
  storage_class?: string
  /** The delay before the first retry and the amount the delay is incremented by on each subsequent retry. The default is 50ms and the minimum is 0ms. */
  'throttled_delete_retry.delay_increment'?: Duration
  /** The upper bound on how long the delays between retries will grow to. The default is 5s and the minimum is 0ms. */
  'throttled_delete_retry.maximum_delay'?: Duration
  /** The number times to retry a throttled snapshot deletion. The default is 10 and the minimum value is 0 which will disable retries altogether. Note that if retries are enabled in the Azure client, each of these retries comprises that many client-level retries. */
  'throttled_delete_retry.maximum_number_of_retries'?: integer
}

export interface SnapshotSourceOnlyRepositorySettingsForSharedFileSystem {
  delegate_type: 'fs'
  /** The location of the shared filesystem used to store and retrieve snapshots. This location must be registered in the `path.repo` setting on all master and data nodes in the cluster. Unlike `path.repo`, this setting supports only a single file path. */
  location: string
  /** The maximum number of snapshots the repository can contain. The default is `Integer.MAX_VALUE`, which is 2^31-1 or `2147483647`. */
  max_number_of_snapshots?: integer
  /** If `true`, the repository is read-only. The cluster can retrieve and restore snapshots from the repository but not write to the repository or create snapshots in it. */
  readonly?: boolean
}

export interface SnapshotStatus {
  /** Indicates whether the current cluster state is included in the snapshot. */
  include_global_state: boolean
  indices: Record<string, SnapshotSnapshotIndexStats>
  /** The name of the repository that includes the snapshot. */
  repository: string
  /** Statistics for the shards in the snapshot. */
  shards_stats: SnapshotShardsStats
  /** The name of the snapshot. */
  snapshot: string
  /** The current snapshot state: */
  state: string
  /** Details about the number (`file_count`) and size (`size_in_bytes`) of files included in the snapshot. */
  stats: SnapshotSnapshotStats
  /** The universally unique identifier (UUID) for the snapshot. */
  uuid: Uuid
}

/** Request of `snapshot.status`. */
export interface SnapshotStatusRequest extends RequestBase {
  /** The snapshot repository name used to limit the request. It supports wildcards (`*`) if `<snapshot>` isn't specified. */
  repository?: Name
  /** A comma-separated list of snapshots to retrieve status for. The default is currently running snapshots. Wildcards (`*`) are not supported. */
  snapshot?: Names
  /** If `false`, the request returns an error for any snapshots that are unavailable. If `true`, the request ignores snapshots that are unavailable, such as those that are corrupted or temporarily cannot be returned. */
  ignore_unavailable?: boolean
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
}

export interface SnapshotStatusResponse {
  snapshots: SnapshotStatus[]
}

export interface SnapshotVerifyRepositoryCompactNodeInfo {
  /** A human-readable name for the node. You can set this name using the `node.name` property in `elasticsearch.yml`. The default value is the machine's hostname. */
  name: Name
}

/** Request of `snapshot.verify_repository`. */
export interface SnapshotVerifyRepositoryRequest extends RequestBase {
  /** The name of the snapshot repository to verify. */
  name: Name
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response will indicate that it was not completely acknowledged. To indicate that the request should never timeout, set it to `-1`. */
  timeout?: Duration
}

export interface SnapshotVerifyRepositoryResponse {
  /** Information about the nodes connected to the snapshot repository. The key is the ID of the node. */
  nodes: Record<string, SnapshotVerifyRepositoryCompactNodeInfo>
}
