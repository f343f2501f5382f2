// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `snapshot` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  cleanup_repository: { name: 'snapshot.cleanup_repository', paths: [{ path: '/_snapshot/{repository}/_cleanup', parts: ['repository'], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  clone: { name: 'snapshot.clone', paths: [{ path: '/_snapshot/{repository}/{snapshot}/_clone/{target_snapshot}', parts: ['repository', 'snapshot', 'target_snapshot'], methods: ['PUT'] }], params: { master_timeout: 'time' }, body: 'json', bodyRequired: true },
  create: { name: 'snapshot.create', paths: [{ path: '/_snapshot/{repository}/{snapshot}', parts: ['repository', 'snapshot'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', wait_for_completion: 'boolean' }, body: 'json' },
  create_repository: { name: 'snapshot.create_repository', paths: [{ path: '/_snapshot/{repository}', parts: ['repository'], methods: ['PUT', 'POST'] }], params: { master_timeout: 'time', timeout: 'time', verify: 'boolean' }, body: 'json', bodyRequired: true },
  delete: { name: 'snapshot.delete', paths: [{ path: '/_snapshot/{repository}/{snapshot}', parts: ['repository', 'snapshot'], methods: ['DELETE'] }], params: { master_timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
  delete_repository: { name: 'snapshot.delete_repository', paths: [{ path: '/_snapshot/{repository}', parts: ['repository'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  get: { name: 'snapshot.get', paths: [{ path: '/_snapshot/{repository}/{snapshot}', parts: ['repository', 'snapshot'], methods: ['GET'] }], params: { after: 'string', from_sort_value: 'string', ignore_unavailable: 'boolean', include_repository: 'boolean', index_details: 'boolean', index_names: 'boolean', master_timeout: 'time', offset: 'number', order: 'enum', size: 'number', slm_policy_filter: 'string', sort: 'enum', state: 'list', verbose: 'boolean' }, body: 'none' },
  get_repository: { name: 'snapshot.get_repository', paths: [{ path: '/_snapshot', parts: [], methods: ['GET'] }, { path: '/_snapshot/{repository}', parts: ['repository'], methods: ['GET'] }], params: { local: 'boolean', master_timeout: 'time' }, body: 'none' },
  repository_analyze: { name: 'snapshot.repository_analyze', paths: [{ path: '/_snapshot/{repository}/_analyze', parts: ['repository'], methods: ['POST'] }], params: { blob_count: 'number', check_overwrite_protection: 'boolean', concurrency: 'number', detailed: 'boolean', early_read_node_count: 'number', max_blob_size: 'string', max_total_data_size: 'string', rare_action_probability: 'number', rarely_abort_writes: 'boolean', read_node_count: 'number', register_operation_count: 'number', seed: 'number', timeout: 'time' }, body: 'none' },
  repository_verify_integrity: { name: 'snapshot.repository_verify_integrity', paths: [{ path: '/_snapshot/{repository}/_verify_integrity', parts: ['repository'], methods: ['POST'] }], params: { blob_thread_pool_concurrency: 'number', index_snapshot_verification_concurrency: 'number', index_verification_concurrency: 'number', max_bytes_per_sec: 'string', max_failed_shard_snapshots: 'number', meta_thread_pool_concurrency: 'number', snapshot_verification_concurrency: 'number', verify_blob_contents: 'boolean' }, body: 'none' },
  restore: { name: 'snapshot.restore', paths: [{ path: '/_snapshot/{repository}/{snapshot}/_restore', parts: ['repository', 'snapshot'], methods: ['POST'] }], params: { master_timeout: 'time', wait_for_completion: 'boolean' }, body: 'json' },
  status: { name: 'snapshot.status', paths: [{ path: '/_snapshot/_status', parts: [], methods: ['GET'] }, { path: '/_snapshot/{repository}/_status', parts: ['repository'], methods: ['GET'] }, { path: '/_snapshot/{repository}/{snapshot}/_status', parts: ['repository', 'snapshot'], methods: ['GET'] }], params: { ignore_unavailable: 'boolean', master_timeout: 'time' }, body: 'none' },
  verify_repository: { name: 'snapshot.verify_repository', paths: [{ path: '/_snapshot/{repository}/_verify', parts: ['repository'], methods: ['POST'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
}

/** Parameters of `snapshot.cleanup_repository`. */
export interface SnapshotCleanupRepositoryParams extends CommonParams {
  /** A repository name */
  repository: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `snapshot.clone`. */
export interface SnapshotCloneParams extends CommonBodyParams {
  /** A repository name */
  repository: string
  /** The name of the snapshot to clone from */
  snapshot: string
  /** The name of the cloned snapshot to create */
  target_snapshot: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `snapshot.create`. */
export interface SnapshotCreateParams extends CommonBodyParams {
  /** A repository name */
  repository: string
  /** A snapshot name */
  snapshot: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `snapshot.create_repository`. */
export interface SnapshotCreateRepositoryParams extends CommonBodyParams {
  /** A repository name */
  repository: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Whether to verify the repository after creation
   * Default: `true`.
   */
  verify?: boolean
}

/** Parameters of `snapshot.delete`. */
export interface SnapshotDeleteParams extends CommonParams {
  /** A repository name */
  repository: string
  /** A comma-separated list of snapshot names */
  snapshot: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `true`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `snapshot.delete_repository`. */
export interface SnapshotDeleteRepositoryParams extends CommonParams {
  /** Name of the snapshot repository to unregister. Wildcard (`*`) patterns are supported. */
  repository: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `snapshot.get`. */
export interface SnapshotGetParams extends CommonParams {
  /** A repository name */
  repository: string
  /** A comma-separated list of snapshot names */
  snapshot: string | readonly string[]
  /** Offset identifier to start pagination from as returned by the 'next' field in the response body. */
  after?: string
  /** Value of the current sort column at which to start retrieval. */
  from_sort_value?: string
  /**
   * Whether to ignore unavailable snapshots, defaults to false which means a SnapshotMissingException is thrown
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Whether to include the repository name in the snapshot info. Defaults to true.
   * Default: `true`.
   */
  include_repository?: boolean
  /**
   * Whether to include details of each index in the snapshot, if those details are available. Defaults to false.
   * Default: `false`.
   */
  index_details?: boolean
  /**
   * Whether to include the name of each index in the snapshot. Defaults to true.
   * Default: `true`.
   */
  index_names?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Numeric offset to start pagination based on the snapshots matching the request. Defaults to 0
   * Default: `0`.
   */
  offset?: number
  /**
   * Sort order
   * Default: `"asc"`.
   */
  order?: 'asc' | 'desc'
  /**
   * Maximum number of snapshots to return. Defaults to 0 which means return all that match without limit.
   * Default: `0`.
   */
  size?: number
  /** Filter snapshots by a comma-separated list of SLM policy names that snapshots belong to. Accepts wildcards. Use the special pattern '_none' to match snapshots without an SLM policy */
  slm_policy_filter?: string
  /**
   * Allows setting a sort order for the result. Defaults to start_time
   * Default: `"start_time"`.
   */
  sort?: 'start_time' | 'duration' | 'name' | 'repository' | 'index_count' | 'shard_count' | 'failed_shard_count'
  /** Filter snapshots by a comma-separated list of states. Valid state values are 'SUCCESS', 'IN_PROGRESS', 'FAILED', 'PARTIAL', or 'INCOMPATIBLE'. */
  state?: 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'PARTIAL' | 'INCOMPATIBLE' | ReadonlyArray<'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'PARTIAL' | 'INCOMPATIBLE'>
  /**
   * Whether to show verbose snapshot info or only show the basic info found in the repository index blob
   * Default: `true`.
   */
  verbose?: boolean
}

/** Parameters of `snapshot.get_repository`. */
export interface SnapshotGetRepositoryParams extends CommonParams {
  /** A comma-separated list of repository names */
  repository?: string | readonly string[]
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
}

/** Parameters of `snapshot.repository_analyze`. */
export interface SnapshotRepositoryAnalyzeParams extends CommonParams {
  /** A repository name */
  repository: string
  /**
   * Number of blobs to create during the test. Defaults to 100.
   * Default: `100`.
   */
  blob_count?: number
  /**
   * Whether to run the overwrite protection check. Defaults to 'true'.
   * Default: `true`.
   */
  check_overwrite_protection?: boolean
  /**
   * Number of operations to run concurrently during the test. Defaults to 10.
   * Default: `10`.
   */
  concurrency?: number
  /**
   * Whether to return detailed results or a summary. Defaults to 'false' so that only the summary is returned.
   * Default: `false`.
   */
  detailed?: boolean
  /**
   * Number of nodes on which to perform an early read on a blob, i.e. before writing has completed. Early reads are rare actions so the 'rare_action_probability' parameter is also relevant. Defaults to 2.
   * Default: `2`.
   */
  early_read_node_count?: number
  /**
   * Maximum size of a blob to create during the test, e.g '1gb' or '100mb'. Defaults to '10mb'.
   * Default: `"10mb"`.
   */
  max_blob_size?: string
  /**
   * Maximum total size of all blobs to create during the test, e.g '1tb' or '100gb'. Defaults to '1gb'.
   * Default: `"1gb"`.
   */
  max_total_data_size?: string
  /**
   * Probability of taking a rare action such as an early read or an overwrite. Defaults to 0.02.
   * Default: `0`.
   */
  rare_action_probability?: number
  /**
   * Whether to rarely abort writes before they complete. Defaults to 'true'.
   * Default: `true`.
   */
  rarely_abort_writes?: boolean
  /**
   * Number of nodes on which to read a blob after writing. Defaults to 10.
   * Default: `10`.
   */
  read_node_count?: number
  /**
   * The minimum number of linearizable register operations to perform in total. Defaults to 10.
   * Default: `10`.
   */
  register_operation_count?: number
  /** Seed for the random number generator used to create the test workload. Defaults to a random value. */
  seed?: number
  /**
   * Explicit operation timeout. Defaults to '30s'.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `snapshot.repository_verify_integrity`. */
export interface SnapshotRepositoryVerifyIntegrityParams extends CommonParams {
  /** Comma-separated list of snapshot repository names. */
  repository: string | readonly string[]
  /**
   * Number of threads to use for reading blob contents
   * Default: `1`.
   */
  blob_thread_pool_concurrency?: number
  /**
   * Number of snapshots to verify concurrently within each index
   * Default: `1`.
   */
  index_snapshot_verification_concurrency?: number
  /**
   * Number of indices to verify concurrently
   * Default: `0`.
   */
  index_verification_concurrency?: number
  /**
   * Rate limit for individual blob verification
   * Default: `"10mb"`.
   */
  max_bytes_per_sec?: string
  /**
   * Maximum permitted number of failed shard snapshots
   * Default: `10000`.
   */
  max_failed_shard_snapshots?: number
  /**
   * Number of threads to use for reading metadata
   * Default: `0`.
   */
  meta_thread_pool_concurrency?: number
  /**
   * Number of snapshots to verify concurrently
   * Default: `0`.
   */
  snapshot_verification_concurrency?: number
  /**
   * Whether to verify the contents of individual blobs
   * Default: `false`.
   */
  verify_blob_contents?: boolean
}

/** Parameters of `snapshot.restore`. */
export interface SnapshotRestoreParams extends CommonBodyParams {
  /** A repository name */
  repository: string
  /** A snapshot name */
  snapshot: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Should this request wait until the operation has completed before returning
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `snapshot.status`. */
export interface SnapshotStatusParams extends CommonParams {
  /** A repository name */
  repository?: string
  /** A comma-separated list of snapshot names */
  snapshot?: string | readonly string[]
  /**
   * Whether to ignore unavailable snapshots, defaults to false which means a SnapshotMissingException is thrown
   * Default: `false`.
   */
  ignore_unavailable?: boolean
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `snapshot.verify_repository`. */
export interface SnapshotVerifyRepositoryParams extends CommonParams {
  /** A repository name */
  repository: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

const E = endpoints

/** The `snapshot` APIs, reached as `client.snapshot`. */
export class SnapshotApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Clean up the snapshot repository
   * `POST /_snapshot/{repository}/_cleanup`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-cleanup-repository
   */
  cleanupRepository<TResponse = unknown>(params: SnapshotCleanupRepositoryParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  cleanupRepository<TResponse = unknown>(params: SnapshotCleanupRepositoryParams, options?: RequestOptions): Promise<TResponse>
  cleanupRepository(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.cleanup_repository, params, options)
  }

  /**
   * Clone a snapshot
   * `PUT /_snapshot/{repository}/{snapshot}/_clone/{target_snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-clone
   */
  clone<TResponse = unknown>(params: SnapshotCloneParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  clone<TResponse = unknown>(params: SnapshotCloneParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  clone(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clone, params, options)
  }

  /**
   * Create a snapshot
   * `PUT|POST /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-create
   */
  create<TResponse = unknown>(params: SnapshotCreateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  create<TResponse = unknown>(params: SnapshotCreateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  create(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create, params, options)
  }

  /**
   * Create or update a snapshot repository
   * `PUT|POST /_snapshot/{repository}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-create-repository
   */
  createRepository<TResponse = unknown>(params: SnapshotCreateRepositoryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createRepository<TResponse = unknown>(params: SnapshotCreateRepositoryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createRepository(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_repository, params, options)
  }

  /**
   * Delete snapshots
   * `DELETE /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-delete
   */
  delete<TResponse = unknown>(params: SnapshotDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: SnapshotDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Delete snapshot repositories
   * `DELETE /_snapshot/{repository}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-delete-repository
   */
  deleteRepository<TResponse = unknown>(params: SnapshotDeleteRepositoryParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRepository<TResponse = unknown>(params: SnapshotDeleteRepositoryParams, options?: RequestOptions): Promise<TResponse>
  deleteRepository(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_repository, params, options)
  }

  /**
   * Get snapshot information
   * `GET /_snapshot/{repository}/{snapshot}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-get
   */
  get<TResponse = unknown>(params: SnapshotGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: SnapshotGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get snapshot repository information
   * `GET /_snapshot`
   * `GET /_snapshot/{repository}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-get-repository
   */
  getRepository<TResponse = unknown>(params: SnapshotGetRepositoryParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRepository<TResponse = unknown>(params?: SnapshotGetRepositoryParams, options?: RequestOptions): Promise<TResponse>
  getRepository(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_repository, params, options)
  }

  /**
   * Analyze a snapshot repository
   * `POST /_snapshot/{repository}/_analyze`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-repository-analyze
   */
  repositoryAnalyze<TResponse = unknown>(params: SnapshotRepositoryAnalyzeParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  repositoryAnalyze<TResponse = unknown>(params: SnapshotRepositoryAnalyzeParams, options?: RequestOptions): Promise<TResponse>
  repositoryAnalyze(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.repository_analyze, params, options)
  }

  /**
   * Verify the repository integrity
   * `POST /_snapshot/{repository}/_verify_integrity`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-repository-verify-integrity
   */
  repositoryVerifyIntegrity<TResponse = unknown>(params: SnapshotRepositoryVerifyIntegrityParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  repositoryVerifyIntegrity<TResponse = unknown>(params: SnapshotRepositoryVerifyIntegrityParams, options?: RequestOptions): Promise<TResponse>
  repositoryVerifyIntegrity(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.repository_verify_integrity, params, options)
  }

  /**
   * Restore a snapshot
   * `POST /_snapshot/{repository}/{snapshot}/_restore`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-restore
   */
  restore<TResponse = unknown>(params: SnapshotRestoreParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  restore<TResponse = unknown>(params: SnapshotRestoreParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  restore(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.restore, params, options)
  }

  /**
   * Get the snapshot status
   * `GET /_snapshot/_status`
   * `GET /_snapshot/{repository}/_status`
   * `GET /_snapshot/{repository}/{snapshot}/_status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-status
   */
  status<TResponse = unknown>(params: SnapshotStatusParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  status<TResponse = unknown>(params?: SnapshotStatusParams, options?: RequestOptions): Promise<TResponse>
  status(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.status, params, options)
  }

  /**
   * Verify a snapshot repository
   * `POST /_snapshot/{repository}/_verify`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-snapshot-verify-repository
   */
  verifyRepository<TResponse = unknown>(params: SnapshotVerifyRepositoryParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  verifyRepository<TResponse = unknown>(params: SnapshotVerifyRepositoryParams, options?: RequestOptions): Promise<TResponse>
  verifyRepository(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.verify_repository, params, options)
  }
}
