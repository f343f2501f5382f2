// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Id, RequestBase, Result, integer, long } from './common.js'
import type { QueryDslPinnedDoc } from './query-dsl.js'

/** Request of `query_rules.delete_rule`. */
export interface QueryRulesDeleteRuleRequest extends RequestBase {
  /** The unique identifier of the query ruleset containing the rule to delete */
  ruleset_id: Id
  /** The unique identifier of the query rule within the specified ruleset to delete */
  rule_id: Id
}

export type QueryRulesDeleteRuleResponse = AcknowledgedResponseBase

/** Request of `query_rules.delete_ruleset`. */
export interface QueryRulesDeleteRulesetRequest extends RequestBase {
  /** The unique identifier of the query ruleset to delete */
  ruleset_id: Id
}

export type QueryRulesDeleteRulesetResponse = AcknowledgedResponseBase

/** Request of `query_rules.get_rule`. */
export interface QueryRulesGetRuleRequest extends RequestBase {
  /** The unique identifier of the query ruleset containing the rule to retrieve */
  ruleset_id: Id
  /** The unique identifier of the query rule within the specified ruleset to retrieve */
  rule_id: Id
}

export type QueryRulesGetRuleResponse = QueryRulesQueryRule

/** Request of `query_rules.get_ruleset`. */
export interface QueryRulesGetRulesetRequest extends RequestBase {
  /** The unique identifier of the query ruleset */
  ruleset_id: Id
}

export type QueryRulesGetRulesetResponse = QueryRulesQueryRuleset

export interface QueryRulesListRulesetsQueryRulesetListItem {
  /** A unique identifier for the ruleset. */
  ruleset_id: Id
  /** The number of rules associated with the ruleset. */
  rule_total_count: integer
  /** A map of criteria type (for example, `exact`) to the number of rules of that type. */
  rule_criteria_types_counts: Record<string, integer>
  /** A map of rule type (for example, `pinned`) to the number of rules of that type. */
  rule_type_counts: Record<string, integer>
}

/** Request of `query_rules.list_rulesets`. */
export interface QueryRulesListRulesetsRequest extends RequestBase {
  /** The offset from the first result to fetch. */
  from?: integer
  /** The maximum number of results to retrieve. */
  size?: integer
}

export interface QueryRulesListRulesetsResponse {
  count: long
  results: QueryRulesListRulesetsQueryRulesetListItem[]
}

/** Request of `query_rules.put_rule`. */
export interface QueryRulesPutRuleRequest extends RequestBase {
  /** The unique identifier of the query ruleset containing the rule to be created or updated. */
  ruleset_id: Id
  /** The unique identifier of the query rule within the specified ruleset to be created or updated. */
  rule_id: Id
  /** The type of rule. */
  type: QueryRulesQueryRuleType
  /** The criteria that must be met for the rule to be applied. If multiple criteria are specified for a rule, all criteria must be met for the rule to be applied. */
  criteria: QueryRulesQueryRuleCriteria | QueryRulesQueryRuleCriteria[]
  /** The actions to take when the rule is matched. The format of this action depends on the rule type. */
  actions: QueryRulesQueryRuleActions
  priority?: integer
}

export interface QueryRulesPutRuleResponse {
  result: Result
}

/** Request of `query_rules.put_ruleset`. */
export interface QueryRulesPutRulesetRequest extends RequestBase {
  /** The unique identifier of the query ruleset to be created or updated. */
  ruleset_id: Id
  rules: QueryRulesQueryRule | QueryRulesQueryRule[]
}

export interface QueryRulesPutRulesetResponse {
  result: Result
}

export interface QueryRulesQueryRule {
  /** A unique identifier for the rule. */
  rule_id: Id
  /** The type of rule. `pinned` will identify and pin specific documents to the top of search results. `exclude` will exclude specific documents from search results. */
  type: QueryRulesQueryRuleType
  /** The criteria that must be met for the rule to be applied. If multiple criteria are specified for a rule, all criteria must be met for the rule to be applied. */
  criteria: QueryRulesQueryRuleCriteria | QueryRulesQueryRuleCriteria[]
  /** The actions to take when the rule is matched. The format of this action depends on the rule type. */
  actions: QueryRulesQueryRuleActions
  priority?: integer
}

export interface QueryRulesQueryRuleActions {
  /** The unique document IDs of the documents to apply the rule to. Only one of `ids` or `docs` may be specified and at least one must be specified. */
  ids?: Id[]
  /** The documents to apply the rule to. Only one of `ids` or `docs` may be specified and at least one must be specified. There is a maximum value of 100 documents in a rule. You can specify the following attributes for each document: */
  docs?: QueryDslPinnedDoc[]
}

export interface QueryRulesQueryRuleCriteria {
  /** The type of criteria. The following criteria types are supported: */
  type: QueryRulesQueryRuleCriteriaType
  /** The metadata field to match against. This metadata will be used to match against `match_criteria` sent in the rule. It is required for all criteria types except `always`. */
  metadata?: string
  /** The values to match against the `metadata` field. Only one value must match for the criteria to be met. It is required for all criteria types except `always`. */
  values?: any[]
}

export type QueryRulesQueryRuleCriteriaType = 'global' | 'exact' | 'fuzzy' | 'prefix' | 'suffix' | 'contains' | 'lt' | 'lte' | 'gt' | 'gte' | 'always'

export type QueryRulesQueryRuleType = 'pinned' | 'exclude'

export interface QueryRulesQueryRuleset {
  /** A unique identifier for the ruleset. */
  ruleset_id: Id
  /** Rules associated with the query ruleset. */
  rules: QueryRulesQueryRule[]
}

export interface QueryRulesTestQueryRulesetMatchedRule {
  /** Ruleset unique identifier */
  ruleset_id: Id
  /** Rule unique identifier within that ruleset */
  rule_id: Id
}

/** Request of `query_rules.test`. */
export interface QueryRulesTestRequest extends RequestBase {
  /** The unique identifier of the query ruleset to be created or updated */
  ruleset_id: Id
  /** The match criteria to apply to rules in the given query ruleset. Match criteria should match the keys defined in the `criteria.metadata` field of the rule. */
  match_criteria: Record<string, any>
}

export interface QueryRulesTestResponse {
  total_matched_rules: integer
  matched_rules: QueryRulesTestQueryRulesetMatchedRule[]
}
