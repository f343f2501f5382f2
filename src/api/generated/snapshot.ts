// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SnapshotCleanupRepositoryRequest, SnapshotCleanupRepositoryResponse, SnapshotCloneRequest, SnapshotCloneResponse, SnapshotCreateRepositoryRequest, SnapshotCreateRepositoryResponse, SnapshotCreateRequest, SnapshotCreateResponse, SnapshotDeleteRepositoryRequest, SnapshotDeleteRepositoryResponse, SnapshotDeleteRequest, SnapshotDeleteResponse, SnapshotGetRepositoryRequest, SnapshotGetRepositoryResponse, SnapshotGetRequest, SnapshotGetResponse, SnapshotRepositoryAnalyzeRequest, SnapshotRepositoryAnalyzeResponse, SnapshotRepositoryVerifyIntegrityRequest, SnapshotRepositoryVerifyIntegrityResponse, SnapshotRestoreRequest, SnapshotRestoreResponse, SnapshotStatusRequest, SnapshotStatusResponse, SnapshotVerifyRepositoryRequest, SnapshotVerifyRepositoryResponse } from '../types/index.js'

/** The `snapshot` endpoints, by method name. */
export const endpoints = endpointTable({
  cleanupRepository: ['snapshot.cleanup_repository', 'POST /_snapshot/{name}/_cleanup', 'master_timeout timeout', 'none'],
  clone: ['snapshot.clone', 'PUT /_snapshot/{repository}/{snapshot}/_clone/{target_snapshot}', 'master_timeout', 'fields indices'],
  create: ['snapshot.create', 'PUT,POST /_snapshot/{repository}/{snapshot}', 'master_timeout wait_for_completion', 'fields expand_wildcards feature_states ignore_unavailable include_global_state indices metadata partial'],
  createRepository: ['snapshot.create_repository', 'PUT,POST /_snapshot/{name}', 'master_timeout timeout verify', 'value repository'],
  delete: ['snapshot.delete', 'DELETE /_snapshot/{repository}/{snapshot}', 'master_timeout wait_for_completion', 'none'],
  deleteRepository: ['snapshot.delete_repository', 'DELETE /_snapshot/{name}', 'master_timeout timeout', 'none'],
  get: ['snapshot.get', 'GET /_snapshot/{repository}/{snapshot}', 'after from_sort_value ignore_unavailable index_details index_names include_repository master_timeout order offset size slm_policy_filter sort state verbose', 'none'],
  getRepository: ['snapshot.get_repository', 'GET /_snapshot/{name}|GET /_snapshot', 'local master_timeout', 'none'],
  repositoryAnalyze: ['snapshot.repository_analyze', 'POST /_snapshot/{name}/_analyze', 'blob_count check_overwrite_protection concurrency detailed early_read_node_count max_blob_size max_total_data_size rare_action_probability rarely_abort_writes read_node_count register_operation_count seed timeout', 'none'],
  repositoryVerifyIntegrity: ['snapshot.repository_verify_integrity', 'POST /_snapshot/{name}/_verify_integrity', 'blob_thread_pool_concurrency index_snapshot_verification_concurrency index_verification_concurrency max_bytes_per_sec max_failed_shard_snapshots meta_thread_pool_concurrency snapshot_verification_concurrency verify_blob_contents', 'none'],
  restore: ['snapshot.restore', 'POST /_snapshot/{repository}/{snapshot}/_restore', 'master_timeout wait_for_completion', 'fields feature_states ignore_index_settings ignore_unavailable include_aliases include_global_state index_settings indices partial rename_pattern rename_replacement'],
  status: ['snapshot.status', 'GET /_snapshot/{repository}/{snapshot}/_status|GET /_snapshot/{repository}/_status|GET /_snapshot/_status', 'ignore_unavailable master_timeout', 'none'],
  verifyRepository: ['snapshot.verify_repository', 'POST /_snapshot/{name}/_verify', 'master_timeout timeout', 'none'],
})

/** The `snapshot` APIs, reached as `client.snapshot`. */
export class SnapshotApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Clean up the snapshot repository.
   * `POST /_snapshot/{name}/_cleanup`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-cleanup-repository
   */
  declare cleanupRepository: Call<SnapshotCleanupRepositoryRequest, SnapshotCleanupRepositoryResponse>
  /**
   * Clone a snapshot.
   * `PUT /_snapshot/{repository}/{snapshot}/_clone/{target_snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-clone
   */
  declare clone: Call<SnapshotCloneRequest, SnapshotCloneResponse>
  /**
   * Create a snapshot.
   * `PUT|POST /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-create
   */
  declare create: Call<SnapshotCreateRequest, SnapshotCreateResponse>
  /**
   * Create or update a snapshot repository.
   * `PUT|POST /_snapshot/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-create-repository
   */
  declare createRepository: Call<SnapshotCreateRepositoryRequest, SnapshotCreateRepositoryResponse>
  /**
   * Delete snapshots.
   * `DELETE /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-delete
   */
  declare delete: Call<SnapshotDeleteRequest, SnapshotDeleteResponse>
  /**
   * Delete snapshot repositories.
   * `DELETE /_snapshot/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-delete-repository
   */
  declare deleteRepository: Call<SnapshotDeleteRepositoryRequest, SnapshotDeleteRepositoryResponse>
  /**
   * Get snapshot information.
   * `GET /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-get
   */
  declare get: Call<SnapshotGetRequest, SnapshotGetResponse>
  /**
   * Get snapshot repository information.
   * `GET /_snapshot/{name}`, `GET /_snapshot`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-get-repository
   */
  declare getRepository: OptionalCall<SnapshotGetRepositoryRequest, SnapshotGetRepositoryResponse>
  /**
   * Analyze a snapshot repository.
   * `POST /_snapshot/{name}/_analyze`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-repository-analyze
   */
  declare repositoryAnalyze: Call<SnapshotRepositoryAnalyzeRequest, SnapshotRepositoryAnalyzeResponse>
  /**
   * Verify the repository integrity.
   * `POST /_snapshot/{name}/_verify_integrity`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-repository-verify-integrity
   */
  declare repositoryVerifyIntegrity: Call<SnapshotRepositoryVerifyIntegrityRequest, SnapshotRepositoryVerifyIntegrityResponse>
  /**
   * Restore a snapshot.
   * `POST /_snapshot/{repository}/{snapshot}/_restore`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-restore
   */
  declare restore: Call<SnapshotRestoreRequest, SnapshotRestoreResponse>
  /**
   * Get the snapshot status.
   * `GET /_snapshot/{repository}/{snapshot}/_status`, `GET /_snapshot/{repository}/_status`, `GET /_snapshot/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-status
   */
  declare status: OptionalCall<SnapshotStatusRequest, SnapshotStatusResponse>
  /**
   * Verify a snapshot repository.
   * `POST /_snapshot/{name}/_verify`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-verify-repository
   */
  declare verifyRepository: Call<SnapshotVerifyRepositoryRequest, SnapshotVerifyRepositoryResponse>
}
installMethods(SnapshotApi, endpoints)
