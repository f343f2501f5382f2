// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call } from '../types.js'
import type { GraphExploreRequest, GraphExploreResponse } from '../types/index.js'

/** The `graph` endpoints, by method name. */
export const endpoints = endpointTable({
  explore: ['graph.explore', 'GET,POST /{index}/_graph/explore', 'routing timeout', 'fields connections controls query vertices'],
})

/** The `graph` APIs, reached as `client.graph`. */
export class GraphApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Explore graph analytics.
   * `GET|POST /{index}/_graph/explore`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-graph
   */
  declare explore: Call<GraphExploreRequest, GraphExploreResponse>
}
installMethods(GraphApi, endpoints)
