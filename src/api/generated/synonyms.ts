// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SynonymsDeleteSynonymRequest, SynonymsDeleteSynonymResponse, SynonymsDeleteSynonymRuleRequest, SynonymsDeleteSynonymRuleResponse, SynonymsGetSynonymRequest, SynonymsGetSynonymResponse, SynonymsGetSynonymRuleRequest, SynonymsGetSynonymRuleResponse, SynonymsGetSynonymsSetsRequest, SynonymsGetSynonymsSetsResponse, SynonymsPutSynonymRequest, SynonymsPutSynonymResponse, SynonymsPutSynonymRuleRequest, SynonymsPutSynonymRuleResponse } from '../types/index.js'

/** The `synonyms` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteSynonym: ['synonyms.delete_synonym', 'DELETE /_synonyms/{id}', '', 'none'],
  deleteSynonymRule: ['synonyms.delete_synonym_rule', 'DELETE /_synonyms/{set_id}/{rule_id}', 'refresh', 'none'],
  getSynonym: ['synonyms.get_synonym', 'GET /_synonyms/{id}', 'from size search_after', 'none'],
  getSynonymRule: ['synonyms.get_synonym_rule', 'GET /_synonyms/{set_id}/{rule_id}', '', 'none'],
  getSynonymsSets: ['synonyms.get_synonyms_sets', 'GET /_synonyms', 'from size', 'none'],
  putSynonym: ['synonyms.put_synonym', 'PUT /_synonyms/{id}', 'refresh append', 'fields synonyms_set'],
  putSynonymRule: ['synonyms.put_synonym_rule', 'PUT /_synonyms/{set_id}/{rule_id}', 'refresh', 'fields synonyms'],
})

/** The `synonyms` APIs, reached as `client.synonyms`. */
export class SynonymsApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a synonym set.
   * `DELETE /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-delete-synonym
   */
  declare deleteSynonym: Call<SynonymsDeleteSynonymRequest, SynonymsDeleteSynonymResponse>
  /**
   * Delete a synonym rule.
   * `DELETE /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-delete-synonym-rule
   */
  declare deleteSynonymRule: Call<SynonymsDeleteSynonymRuleRequest, SynonymsDeleteSynonymRuleResponse>
  /**
   * Get a synonym set.
   * `GET /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  declare getSynonym: Call<SynonymsGetSynonymRequest, SynonymsGetSynonymResponse>
  /**
   * Get a synonym rule.
   * `GET /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym-rule
   */
  declare getSynonymRule: Call<SynonymsGetSynonymRuleRequest, SynonymsGetSynonymRuleResponse>
  /**
   * Get all synonym sets.
   * `GET /_synonyms`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  declare getSynonymsSets: OptionalCall<SynonymsGetSynonymsSetsRequest, SynonymsGetSynonymsSetsResponse>
  /**
   * Create or update a synonym set.
   * `PUT /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym
   */
  declare putSynonym: Call<SynonymsPutSynonymRequest, SynonymsPutSynonymResponse>
  /**
   * Create or update a synonym rule.
   * `PUT /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym-rule
   */
  declare putSynonymRule: Call<SynonymsPutSynonymRuleRequest, SynonymsPutSynonymRuleResponse>
}
installMethods(SynonymsApi, endpoints)
