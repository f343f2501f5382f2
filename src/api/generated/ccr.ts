// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `ccr` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteAutoFollowPattern: ['ccr.delete_auto_follow_pattern', 'DELETE /_ccr/auto_follow/{name}', 'master_timeout', 'none'],
  follow: ['ccr.follow', 'PUT /{index}/_ccr/follow', 'master_timeout wait_for_active_shards', 'fields data_stream_name leader_index max_outstanding_read_requests max_outstanding_write_requests max_read_request_operation_count max_read_request_size max_retry_delay max_write_buffer_count max_write_buffer_size max_write_request_operation_count max_write_request_size read_poll_timeout remote_cluster settings'],
  followInfo: ['ccr.follow_info', 'GET /{index}/_ccr/info', 'master_timeout', 'none'],
  followStats: ['ccr.follow_stats', 'GET /{index}/_ccr/stats', 'timeout', 'none'],
  forgetFollower: ['ccr.forget_follower', 'POST /{index}/_ccr/forget_follower', 'timeout', 'fields follower_cluster follower_index follower_index_uuid leader_remote_cluster'],
  getAutoFollowPattern: ['ccr.get_auto_follow_pattern', 'GET /_ccr/auto_follow/{name}|GET /_ccr/auto_follow', 'master_timeout', 'none'],
  pauseAutoFollowPattern: ['ccr.pause_auto_follow_pattern', 'POST /_ccr/auto_follow/{name}/pause', 'master_timeout', 'none'],
  pauseFollow: ['ccr.pause_follow', 'POST /{index}/_ccr/pause_follow', 'master_timeout', 'none'],
  putAutoFollowPattern: ['ccr.put_auto_follow_pattern', 'PUT /_ccr/auto_follow/{name}', 'master_timeout', 'fields remote_cluster follow_index_pattern leader_index_patterns leader_index_exclusion_patterns max_outstanding_read_requests settings max_outstanding_write_requests read_poll_timeout max_read_request_operation_count max_read_request_size max_retry_delay max_write_buffer_count max_write_buffer_size max_write_request_operation_count max_write_request_size'],
  resumeAutoFollowPattern: ['ccr.resume_auto_follow_pattern', 'POST /_ccr/auto_follow/{name}/resume', 'master_timeout', 'none'],
  resumeFollow: ['ccr.resume_follow', 'POST /{index}/_ccr/resume_follow', 'master_timeout', 'fields max_outstanding_read_requests max_outstanding_write_requests max_read_request_operation_count max_read_request_size max_retry_delay max_write_buffer_count max_write_buffer_size max_write_request_operation_count max_write_request_size read_poll_timeout'],
  stats: ['ccr.stats', 'GET /_ccr/stats', 'master_timeout timeout', 'none'],
  unfollow: ['ccr.unfollow', 'POST /{index}/_ccr/unfollow', 'master_timeout', 'none'],
})

export interface CcrDeleteAutoFollowPatternParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
}
export interface CcrFollowParams extends CommonParams, QueryParams<'master_timeout' | 'wait_for_active_shards'> {
  index: string
  data_stream_name?: unknown
  leader_index?: unknown
  max_outstanding_read_requests?: unknown
  max_outstanding_write_requests?: unknown
  max_read_request_operation_count?: unknown
  max_read_request_size?: unknown
  max_retry_delay?: unknown
  max_write_buffer_count?: unknown
  max_write_buffer_size?: unknown
  max_write_request_operation_count?: unknown
  max_write_request_size?: unknown
  read_poll_timeout?: unknown
  remote_cluster?: unknown
  settings?: unknown
}
export interface CcrFollowInfoParams extends CommonParams, QueryParams<'master_timeout'> {
  index: string | ReadonlyArray<string>
}
export interface CcrFollowStatsParams extends CommonParams, QueryParams<'timeout'> {
  index: string | ReadonlyArray<string>
}
export interface CcrForgetFollowerParams extends CommonParams, QueryParams<'timeout'> {
  index: string
  follower_cluster?: unknown
  follower_index?: unknown
  follower_index_uuid?: unknown
  leader_remote_cluster?: unknown
}
export interface CcrGetAutoFollowPatternParams extends CommonParams, QueryParams<'master_timeout'> {
  name?: string
}
export interface CcrPauseAutoFollowPatternParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
}
export interface CcrPauseFollowParams extends CommonParams, QueryParams<'master_timeout'> {
  index: string
}
export interface CcrPutAutoFollowPatternParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
  remote_cluster?: unknown
  follow_index_pattern?: unknown
  leader_index_patterns?: unknown
  leader_index_exclusion_patterns?: unknown
  max_outstanding_read_requests?: unknown
  settings?: unknown
  max_outstanding_write_requests?: unknown
  read_poll_timeout?: unknown
  max_read_request_operation_count?: unknown
  max_read_request_size?: unknown
  max_retry_delay?: unknown
  max_write_buffer_count?: unknown
  max_write_buffer_size?: unknown
  max_write_request_operation_count?: unknown
  max_write_request_size?: unknown
}
export interface CcrResumeAutoFollowPatternParams extends CommonParams, QueryParams<'master_timeout'> {
  name: string
}
export interface CcrResumeFollowParams extends CommonParams, QueryParams<'master_timeout'> {
  index: string
  max_outstanding_read_requests?: unknown
  max_outstanding_write_requests?: unknown
  max_read_request_operation_count?: unknown
  max_read_request_size?: unknown
  max_retry_delay?: unknown
  max_write_buffer_count?: unknown
  max_write_buffer_size?: unknown
  max_write_request_operation_count?: unknown
  max_write_request_size?: unknown
  read_poll_timeout?: unknown
}
export interface CcrStatsParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {}
export interface CcrUnfollowParams extends CommonParams, QueryParams<'master_timeout'> {
  index: string
}

/** The `ccr` APIs, reached as `client.ccr`. */
export class CcrApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete auto-follow patterns.
   * `DELETE /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-delete-auto-follow-pattern
   */
  declare deleteAutoFollowPattern: Call<CcrDeleteAutoFollowPatternParams>
  /**
   * Create a follower.
   * `PUT /{index}/_ccr/follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow
   */
  declare follow: Call<CcrFollowParams & BodyFields>
  /**
   * Get follower information.
   * `GET /{index}/_ccr/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-info
   */
  declare followInfo: Call<CcrFollowInfoParams>
  /**
   * Get follower stats.
   * `GET /{index}/_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-stats
   */
  declare followStats: Call<CcrFollowStatsParams>
  /**
   * Forget a follower.
   * `POST /{index}/_ccr/forget_follower`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-forget-follower
   */
  declare forgetFollower: Call<CcrForgetFollowerParams & BodyFields>
  /**
   * Get auto-follow patterns.
   * `GET /_ccr/auto_follow/{name}`, `GET /_ccr/auto_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-get-auto-follow-pattern-1
   */
  declare getAutoFollowPattern: OptionalCall<CcrGetAutoFollowPatternParams>
  /**
   * Pause an auto-follow pattern.
   * `POST /_ccr/auto_follow/{name}/pause`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-auto-follow-pattern
   */
  declare pauseAutoFollowPattern: Call<CcrPauseAutoFollowPatternParams>
  /**
   * Pause a follower.
   * `POST /{index}/_ccr/pause_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-follow
   */
  declare pauseFollow: Call<CcrPauseFollowParams>
  /**
   * Create or update auto-follow patterns.
   * `PUT /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-put-auto-follow-pattern
   */
  declare putAutoFollowPattern: Call<CcrPutAutoFollowPatternParams & BodyFields>
  /**
   * Resume an auto-follow pattern.
   * `POST /_ccr/auto_follow/{name}/resume`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-auto-follow-pattern
   */
  declare resumeAutoFollowPattern: Call<CcrResumeAutoFollowPatternParams>
  /**
   * Resume a follower.
   * `POST /{index}/_ccr/resume_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-follow
   */
  declare resumeFollow: Call<CcrResumeFollowParams & BodyFields>
  /**
   * Get cross-cluster replication stats.
   * `GET /_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-stats
   */
  declare stats: OptionalCall<CcrStatsParams>
  /**
   * Unfollow an index.
   * `POST /{index}/_ccr/unfollow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-unfollow
   */
  declare unfollow: Call<CcrUnfollowParams>
}
installMethods(CcrApi, endpoints)
