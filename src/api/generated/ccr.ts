// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `ccr` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_auto_follow_pattern: { name: 'ccr.delete_auto_follow_pattern', paths: [{ path: '/_ccr/auto_follow/{name}', parts: ['name'], methods: ['DELETE'] }], params: { master_timeout: 'time' }, body: 'none' },
  follow: { name: 'ccr.follow', paths: [{ path: '/{index}/_ccr/follow', parts: ['index'], methods: ['PUT'] }], params: { master_timeout: 'time', wait_for_active_shards: 'string' }, body: 'json', bodyRequired: true },
  follow_info: { name: 'ccr.follow_info', paths: [{ path: '/{index}/_ccr/info', parts: ['index'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  follow_stats: { name: 'ccr.follow_stats', paths: [{ path: '/{index}/_ccr/stats', parts: ['index'], methods: ['GET'] }], params: { timeout: 'time' }, body: 'none' },
  forget_follower: { name: 'ccr.forget_follower', paths: [{ path: '/{index}/_ccr/forget_follower', parts: ['index'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  get_auto_follow_pattern: { name: 'ccr.get_auto_follow_pattern', paths: [{ path: '/_ccr/auto_follow', parts: [], methods: ['GET'] }, { path: '/_ccr/auto_follow/{name}', parts: ['name'], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  pause_auto_follow_pattern: { name: 'ccr.pause_auto_follow_pattern', paths: [{ path: '/_ccr/auto_follow/{name}/pause', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  pause_follow: { name: 'ccr.pause_follow', paths: [{ path: '/{index}/_ccr/pause_follow', parts: ['index'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  put_auto_follow_pattern: { name: 'ccr.put_auto_follow_pattern', paths: [{ path: '/_ccr/auto_follow/{name}', parts: ['name'], methods: ['PUT'] }], params: { master_timeout: 'time' }, body: 'json', bodyRequired: true },
  resume_auto_follow_pattern: { name: 'ccr.resume_auto_follow_pattern', paths: [{ path: '/_ccr/auto_follow/{name}/resume', parts: ['name'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
  resume_follow: { name: 'ccr.resume_follow', paths: [{ path: '/{index}/_ccr/resume_follow', parts: ['index'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'json' },
  stats: { name: 'ccr.stats', paths: [{ path: '/_ccr/stats', parts: [], methods: ['GET'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  unfollow: { name: 'ccr.unfollow', paths: [{ path: '/{index}/_ccr/unfollow', parts: ['index'], methods: ['POST'] }], params: { master_timeout: 'time' }, body: 'none' },
}

/** Parameters of `ccr.delete_auto_follow_pattern`. */
export interface CcrDeleteAutoFollowPatternParams extends CommonParams {
  /** The name of the auto follow pattern. */
  name: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.follow`. */
export interface CcrFollowParams extends CommonBodyParams {
  /** The name of the follower index */
  index: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Sets the number of shard copies that must be active before returning. Defaults to 0. Set to `all` for all shard copies, otherwise set to any non-negative value less than or equal to the total number of copies for the shard (number of replicas + 1)
   * Default: `"0"`.
   */
  wait_for_active_shards?: number | string | BodyValue
}

/** Parameters of `ccr.follow_info`. */
export interface CcrFollowInfoParams extends CommonParams {
  /** A comma-separated list of index patterns; use `_all` to perform the operation on all indices */
  index: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.follow_stats`. */
export interface CcrFollowStatsParams extends CommonParams {
  /** A comma-separated list of index patterns; use `_all` to perform the operation on all indices */
  index: string | readonly string[]
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ccr.forget_follower`. */
export interface CcrForgetFollowerParams extends CommonBodyParams {
  /** the name of the leader index for which specified follower retention leases should be removed */
  index: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ccr.get_auto_follow_pattern`. */
export interface CcrGetAutoFollowPatternParams extends CommonParams {
  /** The name of the auto follow pattern. */
  name?: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.pause_auto_follow_pattern`. */
export interface CcrPauseAutoFollowPatternParams extends CommonParams {
  /** The name of the auto follow pattern that should pause discovering new indices to follow. */
  name: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.pause_follow`. */
export interface CcrPauseFollowParams extends CommonParams {
  /** The name of the follower index that should pause following its leader index. */
  index: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.put_auto_follow_pattern`. */
export interface CcrPutAutoFollowPatternParams extends CommonBodyParams {
  /** The name of the auto follow pattern. */
  name: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.resume_auto_follow_pattern`. */
export interface CcrResumeAutoFollowPatternParams extends CommonParams {
  /** The name of the auto follow pattern to resume discovering new indices to follow. */
  name: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.resume_follow`. */
export interface CcrResumeFollowParams extends CommonBodyParams {
  /** The name of the follow index to resume following. */
  index: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `ccr.stats`. */
export interface CcrStatsParams extends CommonParams {
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

/** Parameters of `ccr.unfollow`. */
export interface CcrUnfollowParams extends CommonParams {
  /** The name of the follower index that should be turned into a regular index. */
  index: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
}

const E = endpoints

/** The `ccr` APIs, reached as `client.ccr`. */
export class CcrApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete auto-follow patterns
   * `DELETE /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-delete-auto-follow-pattern
   */
  deleteAutoFollowPattern<TResponse = unknown>(params: CcrDeleteAutoFollowPatternParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteAutoFollowPattern<TResponse = unknown>(params: CcrDeleteAutoFollowPatternParams, options?: RequestOptions): Promise<TResponse>
  deleteAutoFollowPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_auto_follow_pattern, params, options)
  }

  /**
   * Create a follower
   * `PUT /{index}/_ccr/follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow
   */
  follow<TResponse = unknown>(params: CcrFollowParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  follow<TResponse = unknown>(params: CcrFollowParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  follow(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.follow, params, options)
  }

  /**
   * Get follower information
   * `GET /{index}/_ccr/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-info
   */
  followInfo<TResponse = unknown>(params: CcrFollowInfoParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  followInfo<TResponse = unknown>(params: CcrFollowInfoParams, options?: RequestOptions): Promise<TResponse>
  followInfo(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.follow_info, params, options)
  }

  /**
   * Get follower stats
   * `GET /{index}/_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-stats
   */
  followStats<TResponse = unknown>(params: CcrFollowStatsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  followStats<TResponse = unknown>(params: CcrFollowStatsParams, options?: RequestOptions): Promise<TResponse>
  followStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.follow_stats, params, options)
  }

  /**
   * Forget a follower
   * `POST /{index}/_ccr/forget_follower`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-forget-follower
   */
  forgetFollower<TResponse = unknown>(params: CcrForgetFollowerParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  forgetFollower<TResponse = unknown>(params: CcrForgetFollowerParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  forgetFollower(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.forget_follower, params, options)
  }

  /**
   * Get auto-follow patterns
   * `GET /_ccr/auto_follow`
   * `GET /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-get-auto-follow-pattern-1
   */
  getAutoFollowPattern<TResponse = unknown>(params: CcrGetAutoFollowPatternParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getAutoFollowPattern<TResponse = unknown>(params?: CcrGetAutoFollowPatternParams, options?: RequestOptions): Promise<TResponse>
  getAutoFollowPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_auto_follow_pattern, params, options)
  }

  /**
   * Pause an auto-follow pattern
   * `POST /_ccr/auto_follow/{name}/pause`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-auto-follow-pattern
   */
  pauseAutoFollowPattern<TResponse = unknown>(params: CcrPauseAutoFollowPatternParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  pauseAutoFollowPattern<TResponse = unknown>(params: CcrPauseAutoFollowPatternParams, options?: RequestOptions): Promise<TResponse>
  pauseAutoFollowPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.pause_auto_follow_pattern, params, options)
  }

  /**
   * Pause a follower
   * `POST /{index}/_ccr/pause_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-follow
   */
  pauseFollow<TResponse = unknown>(params: CcrPauseFollowParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  pauseFollow<TResponse = unknown>(params: CcrPauseFollowParams, options?: RequestOptions): Promise<TResponse>
  pauseFollow(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.pause_follow, params, options)
  }

  /**
   * Create or update auto-follow patterns
   * `PUT /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-put-auto-follow-pattern
   */
  putAutoFollowPattern<TResponse = unknown>(params: CcrPutAutoFollowPatternParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAutoFollowPattern<TResponse = unknown>(params: CcrPutAutoFollowPatternParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAutoFollowPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_auto_follow_pattern, params, options)
  }

  /**
   * Resume an auto-follow pattern
   * `POST /_ccr/auto_follow/{name}/resume`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-auto-follow-pattern
   */
  resumeAutoFollowPattern<TResponse = unknown>(params: CcrResumeAutoFollowPatternParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  resumeAutoFollowPattern<TResponse = unknown>(params: CcrResumeAutoFollowPatternParams, options?: RequestOptions): Promise<TResponse>
  resumeAutoFollowPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.resume_auto_follow_pattern, params, options)
  }

  /**
   * Resume a follower
   * `POST /{index}/_ccr/resume_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-follow
   */
  resumeFollow<TResponse = unknown>(params: CcrResumeFollowParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  resumeFollow<TResponse = unknown>(params: CcrResumeFollowParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  resumeFollow(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.resume_follow, params, options)
  }

  /**
   * Get cross-cluster replication stats
   * `GET /_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-stats
   */
  stats<TResponse = unknown>(params: CcrStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  stats<TResponse = unknown>(params?: CcrStatsParams, options?: RequestOptions): Promise<TResponse>
  stats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stats, params, options)
  }

  /**
   * Unfollow an index
   * `POST /{index}/_ccr/unfollow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-unfollow
   */
  unfollow<TResponse = unknown>(params: CcrUnfollowParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  unfollow<TResponse = unknown>(params: CcrUnfollowParams, options?: RequestOptions): Promise<TResponse>
  unfollow(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.unfollow, params, options)
  }
}
