// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { CcrDeleteAutoFollowPatternRequest, CcrDeleteAutoFollowPatternResponse, CcrFollowInfoRequest, CcrFollowInfoResponse, CcrFollowRequest, CcrFollowResponse, CcrFollowStatsRequest, CcrFollowStatsResponse, CcrForgetFollowerRequest, CcrForgetFollowerResponse, CcrGetAutoFollowPatternRequest, CcrGetAutoFollowPatternResponse, CcrPauseAutoFollowPatternRequest, CcrPauseAutoFollowPatternResponse, CcrPauseFollowRequest, CcrPauseFollowResponse, CcrPutAutoFollowPatternRequest, CcrPutAutoFollowPatternResponse, CcrResumeAutoFollowPatternRequest, CcrResumeAutoFollowPatternResponse, CcrResumeFollowRequest, CcrResumeFollowResponse, CcrStatsRequest, CcrStatsResponse, CcrUnfollowRequest, CcrUnfollowResponse } from '../types/index.js'

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
  declare deleteAutoFollowPattern: Call<CcrDeleteAutoFollowPatternRequest, CcrDeleteAutoFollowPatternResponse>
  /**
   * Create a follower.
   * `PUT /{index}/_ccr/follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow
   */
  declare follow: Call<CcrFollowRequest, CcrFollowResponse>
  /**
   * Get follower information.
   * `GET /{index}/_ccr/info`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-info
   */
  declare followInfo: Call<CcrFollowInfoRequest, CcrFollowInfoResponse>
  /**
   * Get follower stats.
   * `GET /{index}/_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-follow-stats
   */
  declare followStats: Call<CcrFollowStatsRequest, CcrFollowStatsResponse>
  /**
   * Forget a follower.
   * `POST /{index}/_ccr/forget_follower`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-forget-follower
   */
  declare forgetFollower: Call<CcrForgetFollowerRequest, CcrForgetFollowerResponse>
  /**
   * Get auto-follow patterns.
   * `GET /_ccr/auto_follow/{name}`, `GET /_ccr/auto_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-get-auto-follow-pattern-1
   */
  declare getAutoFollowPattern: OptionalCall<CcrGetAutoFollowPatternRequest, CcrGetAutoFollowPatternResponse>
  /**
   * Pause an auto-follow pattern.
   * `POST /_ccr/auto_follow/{name}/pause`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-auto-follow-pattern
   */
  declare pauseAutoFollowPattern: Call<CcrPauseAutoFollowPatternRequest, CcrPauseAutoFollowPatternResponse>
  /**
   * Pause a follower.
   * `POST /{index}/_ccr/pause_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-pause-follow
   */
  declare pauseFollow: Call<CcrPauseFollowRequest, CcrPauseFollowResponse>
  /**
   * Create or update auto-follow patterns.
   * `PUT /_ccr/auto_follow/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-put-auto-follow-pattern
   */
  declare putAutoFollowPattern: Call<CcrPutAutoFollowPatternRequest, CcrPutAutoFollowPatternResponse>
  /**
   * Resume an auto-follow pattern.
   * `POST /_ccr/auto_follow/{name}/resume`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-auto-follow-pattern
   */
  declare resumeAutoFollowPattern: Call<CcrResumeAutoFollowPatternRequest, CcrResumeAutoFollowPatternResponse>
  /**
   * Resume a follower.
   * `POST /{index}/_ccr/resume_follow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-resume-follow
   */
  declare resumeFollow: Call<CcrResumeFollowRequest, CcrResumeFollowResponse>
  /**
   * Get cross-cluster replication stats.
   * `GET /_ccr/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-stats
   */
  declare stats: OptionalCall<CcrStatsRequest, CcrStatsResponse>
  /**
   * Unfollow an index.
   * `POST /{index}/_ccr/unfollow`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ccr-unfollow
   */
  declare unfollow: Call<CcrUnfollowRequest, CcrUnfollowResponse>
}
installMethods(CcrApi, endpoints)
