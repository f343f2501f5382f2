// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { EnrichDeletePolicyRequest, EnrichDeletePolicyResponse, EnrichExecutePolicyRequest, EnrichExecutePolicyResponse, EnrichGetPolicyRequest, EnrichGetPolicyResponse, EnrichPutPolicyRequest, EnrichPutPolicyResponse, EnrichStatsRequest, EnrichStatsResponse } from '../types/index.js'

/** The `enrich` endpoints, by method name. */
export const endpoints = endpointTable({
  deletePolicy: ['enrich.delete_policy', 'DELETE /_enrich/policy/{name}', 'master_timeout', 'none'],
  executePolicy: ['enrich.execute_policy', 'PUT /_enrich/policy/{name}/_execute', 'master_timeout wait_for_completion', 'none'],
  getPolicy: ['enrich.get_policy', 'GET /_enrich/policy/{name}|GET /_enrich/policy', 'master_timeout', 'none'],
  putPolicy: ['enrich.put_policy', 'PUT /_enrich/policy/{name}', 'master_timeout', 'fields geo_match match range'],
  stats: ['enrich.stats', 'GET /_enrich/_stats', 'master_timeout', 'none'],
})

/** The `enrich` APIs, reached as `client.enrich`. */
export class EnrichApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete an enrich policy.
   * `DELETE /_enrich/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-delete-policy
   */
  declare deletePolicy: Call<EnrichDeletePolicyRequest, EnrichDeletePolicyResponse>
  /**
   * Run an enrich policy.
   * `PUT /_enrich/policy/{name}/_execute`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-execute-policy
   */
  declare executePolicy: Call<EnrichExecutePolicyRequest, EnrichExecutePolicyResponse>
  /**
   * Get an enrich policy.
   * `GET /_enrich/policy/{name}`, `GET /_enrich/policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-get-policy
   */
  declare getPolicy: OptionalCall<EnrichGetPolicyRequest, EnrichGetPolicyResponse>
  /**
   * Create an enrich policy.
   * `PUT /_enrich/policy/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-put-policy
   */
  declare putPolicy: Call<EnrichPutPolicyRequest, EnrichPutPolicyResponse>
  /**
   * Get enrich stats.
   * `GET /_enrich/_stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-enrich-stats
   */
  declare stats: OptionalCall<EnrichStatsRequest, EnrichStatsResponse>
}
installMethods(EnrichApi, endpoints)
