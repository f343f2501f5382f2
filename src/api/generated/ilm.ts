// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { IlmDeleteLifecycleRequest, IlmDeleteLifecycleResponse, IlmExplainLifecycleRequest, IlmExplainLifecycleResponse, IlmGetLifecycleRequest, IlmGetLifecycleResponse, IlmGetStatusRequest, IlmGetStatusResponse, IlmMigrateToDataTiersRequest, IlmMigrateToDataTiersResponse, IlmMoveToStepRequest, IlmMoveToStepResponse, IlmPutLifecycleRequest, IlmPutLifecycleResponse, IlmRemovePolicyRequest, IlmRemovePolicyResponse, IlmRetryRequest, IlmRetryResponse, IlmStartRequest, IlmStartResponse, IlmStopRequest, IlmStopResponse } from '../types/index.js'

/** The `ilm` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteLifecycle: ['ilm.delete_lifecycle', 'DELETE /_ilm/policy/{name}', 'master_timeout timeout', 'none'],
  explainLifecycle: ['ilm.explain_lifecycle', 'GET /{index}/_ilm/explain', 'only_errors only_managed master_timeout', 'none'],
  getLifecycle: ['ilm.get_lifecycle', 'GET /_ilm/policy/{name}|GET /_ilm/policy', 'master_timeout timeout', 'none'],
  getStatus: ['ilm.get_status', 'GET /_ilm/status', '', 'none'],
  migrateToDataTiers: ['ilm.migrate_to_data_tiers', 'POST /_ilm/migrate_to_data_tiers', 'dry_run master_timeout', 'fields legacy_template_to_delete node_attribute'],
  moveToStep: ['ilm.move_to_step', 'POST /_ilm/move/{index}', '', 'fields current_step next_step'],
  putLifecycle: ['ilm.put_lifecycle', 'PUT /_ilm/policy/{name}', 'master_timeout timeout', 'fields policy'],
  removePolicy: ['ilm.remove_policy', 'POST /{index}/_ilm/remove', '', 'none'],
  retry: ['ilm.retry', 'POST /{index}/_ilm/retry', '', 'none'],
  start: ['ilm.start', 'POST /_ilm/start', 'master_timeout timeout', 'none'],
  stop: ['ilm.stop', 'POST /_ilm/stop', 'master_timeout timeout', 'none'],
})

/** The `ilm` APIs, reached as `client.ilm`. */
export class IlmApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a lifecycle policy.
   * `DELETE /_ilm/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-delete-lifecycle
   */
  declare deleteLifecycle: Call<IlmDeleteLifecycleRequest, IlmDeleteLifecycleResponse>
  /**
   * Explain the lifecycle state.
   * `GET /{index}/_ilm/explain`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-explain-lifecycle
   */
  declare explainLifecycle: Call<IlmExplainLifecycleRequest, IlmExplainLifecycleResponse>
  /**
   * Get lifecycle policies.
   * `GET /_ilm/policy/{name}`, `GET /_ilm/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-get-lifecycle
   */
  declare getLifecycle: OptionalCall<IlmGetLifecycleRequest, IlmGetLifecycleResponse>
  /**
   * Get the ILM status.
   * `GET /_ilm/status`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-get-status
   */
  declare getStatus: OptionalCall<IlmGetStatusRequest, IlmGetStatusResponse>
  /**
   * Migrate to data tiers routing.
   * `POST /_ilm/migrate_to_data_tiers`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-migrate-to-data-tiers
   */
  declare migrateToDataTiers: OptionalCall<IlmMigrateToDataTiersRequest, IlmMigrateToDataTiersResponse>
  /**
   * Move to a lifecycle step.
   * `POST /_ilm/move/{index}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-move-to-step
   */
  declare moveToStep: Call<IlmMoveToStepRequest, IlmMoveToStepResponse>
  /**
   * Create or update a lifecycle policy.
   * `PUT /_ilm/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-put-lifecycle
   */
  declare putLifecycle: Call<IlmPutLifecycleRequest, IlmPutLifecycleResponse>
  /**
   * Remove policies from an index.
   * `POST /{index}/_ilm/remove`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-remove-policy
   */
  declare removePolicy: Call<IlmRemovePolicyRequest, IlmRemovePolicyResponse>
  /**
   * Retry a policy.
   * `POST /{index}/_ilm/retry`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-retry
   */
  declare retry: Call<IlmRetryRequest, IlmRetryResponse>
  /**
   * Start the ILM plugin.
   * `POST /_ilm/start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-start
   */
  declare start: OptionalCall<IlmStartRequest, IlmStartResponse>
  /**
   * Stop the ILM plugin.
   * `POST /_ilm/stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ilm-stop
   */
  declare stop: OptionalCall<IlmStopRequest, IlmStopResponse>
}
installMethods(IlmApi, endpoints)
