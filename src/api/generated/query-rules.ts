// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { QueryRulesDeleteRuleRequest, QueryRulesDeleteRuleResponse, QueryRulesDeleteRulesetRequest, QueryRulesDeleteRulesetResponse, QueryRulesGetRuleRequest, QueryRulesGetRuleResponse, QueryRulesGetRulesetRequest, QueryRulesGetRulesetResponse, QueryRulesListRulesetsRequest, QueryRulesListRulesetsResponse, QueryRulesPutRuleRequest, QueryRulesPutRuleResponse, QueryRulesPutRulesetRequest, QueryRulesPutRulesetResponse, QueryRulesTestRequest, QueryRulesTestResponse } from '../types/index.js'

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
  declare deleteRule: Call<QueryRulesDeleteRuleRequest, QueryRulesDeleteRuleResponse>
  /**
   * Delete a query ruleset.
   * `DELETE /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-delete-ruleset
   */
  declare deleteRuleset: Call<QueryRulesDeleteRulesetRequest, QueryRulesDeleteRulesetResponse>
  /**
   * Get a query rule.
   * `GET /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-rule
   */
  declare getRule: Call<QueryRulesGetRuleRequest, QueryRulesGetRuleResponse>
  /**
   * Get a query ruleset.
   * `GET /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-ruleset
   */
  declare getRuleset: Call<QueryRulesGetRulesetRequest, QueryRulesGetRulesetResponse>
  /**
   * Get all query rulesets.
   * `GET /_query_rules`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-list-rulesets
   */
  declare listRulesets: OptionalCall<QueryRulesListRulesetsRequest, QueryRulesListRulesetsResponse>
  /**
   * Create or update a query rule.
   * `PUT /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-rule
   */
  declare putRule: Call<QueryRulesPutRuleRequest, QueryRulesPutRuleResponse>
  /**
   * Create or update a query ruleset.
   * `PUT /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-ruleset
   */
  declare putRuleset: Call<QueryRulesPutRulesetRequest, QueryRulesPutRulesetResponse>
  /**
   * Test a query ruleset.
   * `POST /_query_rules/{ruleset_id}/_test`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-test
   */
  declare test: Call<QueryRulesTestRequest, QueryRulesTestResponse>
}
installMethods(QueryRulesApi, endpoints)
