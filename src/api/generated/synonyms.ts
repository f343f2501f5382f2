// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

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

export interface SynonymsDeleteSynonymParams extends CommonParams {
  id: string
}
export interface SynonymsDeleteSynonymRuleParams extends CommonParams {
  set_id: string
  rule_id: string
  /** If `true`, the request will refresh the analyzers with the deleted synonym rule and wait for the new synonyms to be available before returning. */
  refresh?: boolean
}
export interface SynonymsGetSynonymParams extends CommonParams, QueryParams<'from' | 'size' | 'search_after'> {
  id: string
}
export interface SynonymsGetSynonymRuleParams extends CommonParams {
  set_id: string
  rule_id: string
}
export interface SynonymsGetSynonymsSetsParams extends CommonParams, QueryParams<'from' | 'size'> {}
export interface SynonymsPutSynonymParams extends CommonParams, QueryParams<'append'> {
  id: string
  /** If `true`, the request will refresh the analyzers with the new synonyms set and wait for the new synonyms to be available before returning. */
  refresh?: boolean
  synonyms_set?: unknown
}
export interface SynonymsPutSynonymRuleParams extends CommonParams {
  set_id: string
  rule_id: string
  /** If `true`, the request will refresh the analyzers with the new synonym rule and wait for the new synonyms to be available before returning. */
  refresh?: boolean
  synonyms?: unknown
}

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
  declare deleteSynonym: Call<SynonymsDeleteSynonymParams>
  /**
   * Delete a synonym rule.
   * `DELETE /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-delete-synonym-rule
   */
  declare deleteSynonymRule: Call<SynonymsDeleteSynonymRuleParams>
  /**
   * Get a synonym set.
   * `GET /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  declare getSynonym: Call<SynonymsGetSynonymParams>
  /**
   * Get a synonym rule.
   * `GET /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym-rule
   */
  declare getSynonymRule: Call<SynonymsGetSynonymRuleParams>
  /**
   * Get all synonym sets.
   * `GET /_synonyms`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  declare getSynonymsSets: OptionalCall<SynonymsGetSynonymsSetsParams>
  /**
   * Create or update a synonym set.
   * `PUT /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym
   */
  declare putSynonym: Call<SynonymsPutSynonymParams & BodyFields>
  /**
   * Create or update a synonym rule.
   * `PUT /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym-rule
   */
  declare putSynonymRule: Call<SynonymsPutSynonymRuleParams & BodyFields>
}
installMethods(SynonymsApi, endpoints)
