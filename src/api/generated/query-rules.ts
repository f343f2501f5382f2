// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `query_rules` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteRule: ['query_rules.delete_rule', 'DELETE /_query_rules/{ruleset_id}/_rule/{rule_id}', '', 'none'],
  deleteRuleset: ['query_rules.delete_ruleset', 'DELETE /_query_rules/{ruleset_id}', '', 'none'],
  getRule: ['query_rules.get_rule', 'GET /_query_rules/{ruleset_id}/_rule/{rule_id}', '', 'none'],
  getRuleset: ['query_rules.get_ruleset', 'GET /_query_rules/{ruleset_id}', '', 'none'],
  listRulesets: ['query_rules.list_rulesets', 'GET /_query_rules', 'from size', 'none'],
  putRule: ['query_rules.put_rule', 'PUT /_query_rules/{ruleset_id}/_rule/{rule_id}', '', 'fields type criteria actions priority'],
  putRuleset: ['query_rules.put_ruleset', 'PUT /_query_rules/{ruleset_id}', '', 'fields rules'],
  test: ['query_rules.test', 'POST /_query_rules/{ruleset_id}/_test', '', 'fields match_criteria'],
})

export interface QueryRulesDeleteRuleParams extends CommonParams {
  ruleset_id: string
  rule_id: string
}
export interface QueryRulesDeleteRulesetParams extends CommonParams {
  ruleset_id: string
}
export interface QueryRulesGetRuleParams extends CommonParams {
  ruleset_id: string
  rule_id: string
}
export interface QueryRulesGetRulesetParams extends CommonParams {
  ruleset_id: string
}
export interface QueryRulesListRulesetsParams extends CommonParams, QueryParams<'from' | 'size'> {}
export interface QueryRulesPutRuleParams extends CommonParams {
  ruleset_id: string
  rule_id: string
  type?: unknown
  criteria?: unknown
  actions?: unknown
  priority?: unknown
}
export interface QueryRulesPutRulesetParams extends CommonParams {
  ruleset_id: string
  rules?: unknown
}
export interface QueryRulesTestParams extends CommonParams {
  ruleset_id: string
  match_criteria?: unknown
}

/** The `query_rules` APIs, reached as `client.queryRules`. */
export class QueryRulesApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a query rule.
   * `DELETE /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-delete-rule
   */
  declare deleteRule: Call<QueryRulesDeleteRuleParams>
  /**
   * Delete a query ruleset.
   * `DELETE /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-delete-ruleset
   */
  declare deleteRuleset: Call<QueryRulesDeleteRulesetParams>
  /**
   * Get a query rule.
   * `GET /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-rule
   */
  declare getRule: Call<QueryRulesGetRuleParams>
  /**
   * Get a query ruleset.
   * `GET /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-ruleset
   */
  declare getRuleset: Call<QueryRulesGetRulesetParams>
  /**
   * Get all query rulesets.
   * `GET /_query_rules`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-list-rulesets
   */
  declare listRulesets: OptionalCall<QueryRulesListRulesetsParams>
  /**
   * Create or update a query rule.
   * `PUT /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-rule
   */
  declare putRule: Call<QueryRulesPutRuleParams & BodyFields>
  /**
   * Create or update a query ruleset.
   * `PUT /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-ruleset
   */
  declare putRuleset: Call<QueryRulesPutRulesetParams & BodyFields>
  /**
   * Test a query ruleset.
   * `POST /_query_rules/{ruleset_id}/_test`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-test
   */
  declare test: Call<QueryRulesTestParams & BodyFields>
}
installMethods(QueryRulesApi, endpoints)
