// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call } from '../types.js'
import type { SimulateIngestRequest, SimulateIngestResponse } from '../types/index.js'

/** The `simulate` endpoints, by method name. */
export const endpoints = endpointTable({
  ingest: ['simulate.ingest', 'GET,POST /_ingest/{index}/_simulate|GET,POST /_ingest/_simulate', 'pipeline merge_type', 'fields docs component_template_substitutions index_template_substitutions mapping_addition pipeline_substitutions'],
})

/** The `simulate` APIs, reached as `client.simulate`. */
export class SimulateApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Simulate data ingestion.
   * `GET|POST /_ingest/{index}/_simulate`, `GET|POST /_ingest/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-simulate-ingest
   */
  declare ingest: Call<SimulateIngestRequest, SimulateIngestResponse>
}
installMethods(SimulateApi, endpoints)
