// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { ShutdownDeleteNodeRequest, ShutdownDeleteNodeResponse, ShutdownGetNodeRequest, ShutdownGetNodeResponse, ShutdownPutNodeRequest, ShutdownPutNodeResponse } from '../types/index.js'

/** The `shutdown` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteNode: ['shutdown.delete_node', 'DELETE /_nodes/{node_id}/shutdown', 'master_timeout timeout', 'none'],
  getNode: ['shutdown.get_node', 'GET /_nodes/{node_id}/shutdown|GET /_nodes/shutdown', 'master_timeout', 'none'],
  putNode: ['shutdown.put_node', 'PUT /_nodes/{node_id}/shutdown', 'master_timeout timeout', 'fields type reason allocation_delay target_node_name'],
})

/** The `shutdown` APIs, reached as `client.shutdown`. */
export class ShutdownApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Cancel node shutdown preparations.
   * `DELETE /_nodes/{node_id}/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-delete-node
   */
  declare deleteNode: Call<ShutdownDeleteNodeRequest, ShutdownDeleteNodeResponse>
  /**
   * Get the shutdown status.
   * `GET /_nodes/{node_id}/shutdown`, `GET /_nodes/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-get-node
   */
  declare getNode: OptionalCall<ShutdownGetNodeRequest, ShutdownGetNodeResponse>
  /**
   * Prepare a node to be shut down.
   * `PUT /_nodes/{node_id}/shutdown`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-shutdown-put-node
   */
  declare putNode: Call<ShutdownPutNodeRequest, ShutdownPutNodeResponse>
}
installMethods(ShutdownApi, endpoints)
