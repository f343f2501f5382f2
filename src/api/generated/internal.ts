// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { InternalDeleteDesiredBalanceRequest, InternalDeleteDesiredBalanceResponse, InternalDeleteDesiredNodesRequest, InternalDeleteDesiredNodesResponse, InternalGetDesiredBalanceRequest, InternalGetDesiredBalanceResponse, InternalGetDesiredNodesRequest, InternalGetDesiredNodesResponse, InternalPrevalidateNodeRemovalRequest, InternalPrevalidateNodeRemovalResponse, InternalUpdateDesiredNodesRequest, InternalUpdateDesiredNodesResponse } from '../types/index.js'

/** The `_internal` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteDesiredBalance: ['_internal.delete_desired_balance', 'DELETE /_internal/desired_balance', 'master_timeout', 'none'],
  deleteDesiredNodes: ['_internal.delete_desired_nodes', 'DELETE /_internal/desired_nodes', 'master_timeout timeout', 'none'],
  getDesiredBalance: ['_internal.get_desired_balance', 'GET /_internal/desired_balance', 'master_timeout', 'none'],
  getDesiredNodes: ['_internal.get_desired_nodes', 'GET /_internal/desired_nodes/_latest', 'master_timeout', 'none'],
  prevalidateNodeRemoval: ['_internal.prevalidate_node_removal', 'POST /_internal/prevalidate_node_removal', 'names ids external_ids master_timeout timeout', 'none'],
  updateDesiredNodes: ['_internal.update_desired_nodes', 'PUT /_internal/desired_nodes/{history_id}/{version}', 'dry_run master_timeout timeout', 'value body'],
})

/** The `_internal` APIs, reached as `client.internal`. */
export class InternalApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * This API is a diagnostics API and the output should not be relied upon for building applications.
   * `DELETE /_internal/desired_balance`
   * Private: the official client leaves it out.
   */
  declare deleteDesiredBalance: OptionalCall<InternalDeleteDesiredBalanceRequest, InternalDeleteDesiredBalanceResponse>
  /**
   * Designed for indirect use by ECE/ESS and ECK, direct use is not supported.
   * `DELETE /_internal/desired_nodes`
   * Private: the official client leaves it out.
   */
  declare deleteDesiredNodes: OptionalCall<InternalDeleteDesiredNodesRequest, InternalDeleteDesiredNodesResponse>
  /**
   * This API is a diagnostics API and the output should not be relied upon for building applications.
   * `GET /_internal/desired_balance`
   * Private: the official client leaves it out.
   */
  declare getDesiredBalance: OptionalCall<InternalGetDesiredBalanceRequest, InternalGetDesiredBalanceResponse>
  /**
   * Gets the latest desired nodes.
   * `GET /_internal/desired_nodes/_latest`
   * Private: the official client leaves it out.
   */
  declare getDesiredNodes: OptionalCall<InternalGetDesiredNodesRequest, InternalGetDesiredNodesResponse>
  /**
   * Prevalidates node removal from the cluster.
   * `POST /_internal/prevalidate_node_removal`
   * Private: the official client leaves it out.
   */
  declare prevalidateNodeRemoval: OptionalCall<InternalPrevalidateNodeRemovalRequest, InternalPrevalidateNodeRemovalResponse>
  /**
   * Designed for indirect use by ECE/ESS and ECK, direct use is not supported.
   * `PUT /_internal/desired_nodes/{history_id}/{version}`
   * Private: the official client leaves it out.
   */
  declare updateDesiredNodes: Call<InternalUpdateDesiredNodesRequest, InternalUpdateDesiredNodesResponse>
}
installMethods(InternalApi, endpoints)
