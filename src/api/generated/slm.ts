// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SlmDeleteLifecycleRequest, SlmDeleteLifecycleResponse, SlmExecuteLifecycleRequest, SlmExecuteLifecycleResponse, SlmExecuteRetentionRequest, SlmExecuteRetentionResponse, SlmGetLifecycleRequest, SlmGetLifecycleResponse, SlmGetStatsRequest, SlmGetStatsResponse, SlmGetStatusRequest, SlmGetStatusResponse, SlmPutLifecycleRequest, SlmPutLifecycleResponse, SlmStartRequest, SlmStartResponse, SlmStopRequest, SlmStopResponse } from '../types/index.js'

/** The `slm` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteLifecycle: ['slm.delete_lifecycle', 'DELETE /_slm/policy/{policy_id}', 'master_timeout timeout', 'none'],
  executeLifecycle: ['slm.execute_lifecycle', 'PUT /_slm/policy/{policy_id}/_execute', 'master_timeout timeout', 'none'],
  executeRetention: ['slm.execute_retention', 'POST /_slm/_execute_retention', 'master_timeout timeout', 'none'],
  getLifecycle: ['slm.get_lifecycle', 'GET /_slm/policy/{policy_id}|GET /_slm/policy', 'master_timeout timeout', 'none'],
  getStats: ['slm.get_stats', 'GET /_slm/stats', 'master_timeout timeout', 'none'],
  getStatus: ['slm.get_status', 'GET /_slm/status', 'master_timeout timeout', 'none'],
  putLifecycle: ['slm.put_lifecycle', 'PUT /_slm/policy/{policy_id}', 'master_timeout timeout', 'fields config name repository retention schedule'],
  start: ['slm.start', 'POST /_slm/start', 'master_timeout timeout', 'none'],
  stop: ['slm.stop', 'POST /_slm/stop', 'master_timeout timeout', 'none'],
})

/** The `slm` APIs, reached as `client.slm`. */
export class SlmApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a policy.
   * `DELETE /_slm/policy/{policy_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-delete-lifecycle
   */
  declare deleteLifecycle: Call<SlmDeleteLifecycleRequest, SlmDeleteLifecycleResponse>
  /**
   * Run a policy.
   * `PUT /_slm/policy/{policy_id}/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-execute-lifecycle
   */
  declare executeLifecycle: Call<SlmExecuteLifecycleRequest, SlmExecuteLifecycleResponse>
  /**
   * Run a retention policy.
   * `POST /_slm/_execute_retention`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-execute-retention
   */
  declare executeRetention: OptionalCall<SlmExecuteRetentionRequest, SlmExecuteRetentionResponse>
  /**
   * Get policy information.
   * `GET /_slm/policy/{policy_id}`, `GET /_slm/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-lifecycle
   */
  declare getLifecycle: OptionalCall<SlmGetLifecycleRequest, SlmGetLifecycleResponse>
  /**
   * Get snapshot lifecycle management statistics.
   * `GET /_slm/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-stats
   */
  declare getStats: OptionalCall<SlmGetStatsRequest, SlmGetStatsResponse>
  /**
   * Get the snapshot lifecycle management status.
   * `GET /_slm/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-get-status
   */
  declare getStatus: OptionalCall<SlmGetStatusRequest, SlmGetStatusResponse>
  /**
   * Create or update a policy.
   * `PUT /_slm/policy/{policy_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-put-lifecycle
   */
  declare putLifecycle: Call<SlmPutLifecycleRequest, SlmPutLifecycleResponse>
  /**
   * Start snapshot lifecycle management.
   * `POST /_slm/start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-start
   */
  declare start: OptionalCall<SlmStartRequest, SlmStartResponse>
  /**
   * Stop snapshot lifecycle management.
   * `POST /_slm/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-slm-stop
   */
  declare stop: OptionalCall<SlmStopRequest, SlmStopResponse>
}
installMethods(SlmApi, endpoints)
