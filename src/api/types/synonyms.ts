// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Id, RequestBase, Result, integer } from './common.js'
import type { IndicesReloadSearchAnalyzersReloadResult } from './indices.js'

/** Request of `synonyms.delete_synonym`. */
export interface SynonymsDeleteSynonymRequest extends RequestBase {
  /** The synonyms set identifier to delete. */
  id: Id
}

export type SynonymsDeleteSynonymResponse = AcknowledgedResponseBase

/** Request of `synonyms.delete_synonym_rule`. */
export interface SynonymsDeleteSynonymRuleRequest extends RequestBase {
  /** The ID of the synonym set to update. */
  set_id: Id
  /** The ID of the synonym rule to delete. */
  rule_id: Id
  /** If `true`, the request will refresh the analyzers with the deleted synonym rule and wait for the new synonyms to be available before returning. If `false`, analyzers will not be reloaded with the deleted synonym rule */
  refresh?: boolean
}

export type SynonymsDeleteSynonymRuleResponse = SynonymsSynonymsUpdateResult

/** Request of `synonyms.get_synonym`. */
export interface SynonymsGetSynonymRequest extends RequestBase {
  /** The synonyms set identifier to retrieve. */
  id: Id
  /** The starting offset for synonym rules to retrieve. */
  from?: integer
  /** The max number of synonym rules to retrieve. */
  size?: integer
  /** The synonym rule ID to use as a cursor for pagination. The next page of results will start after this rule ID. This parameter cannot be used with `from`. */
  search_after?: string
}

export interface SynonymsGetSynonymResponse {
  /** The total number of synonyms rules that the synonyms set contains. */
  count: integer
  /** Synonym rule details. */
  synonyms_set: SynonymsSynonymRuleRead[]
}

/** Request of `synonyms.get_synonym_rule`. */
export interface SynonymsGetSynonymRuleRequest extends RequestBase {
  /** The ID of the synonym set to retrieve the synonym rule from. */
  set_id: Id
  /** The ID of the synonym rule to retrieve. */
  rule_id: Id
}

export type SynonymsGetSynonymRuleResponse = SynonymsSynonymRuleRead

/** Request of `synonyms.get_synonyms_sets`. */
export interface SynonymsGetSynonymsSetsRequest extends RequestBase {
  /** The starting offset for synonyms sets to retrieve. */
  from?: integer
  /** The maximum number of synonyms sets to retrieve. */
  size?: integer
}

export interface SynonymsGetSynonymsSetsResponse {
  /** The total number of synonyms sets defined. */
  count: integer
  /** The identifier and total number of defined synonym rules for each synonyms set. */
  results: SynonymsGetSynonymsSetsSynonymsSetItem[]
}

export interface SynonymsGetSynonymsSetsSynonymsSetItem {
  /** Synonyms set identifier */
  synonyms_set: Id
  /** Number of synonym rules that the synonym set contains */
  count: integer
}

/** Request of `synonyms.put_synonym`. */
export interface SynonymsPutSynonymRequest extends RequestBase {
  /** The ID of the synonyms set to be created or updated. */
  id: Id
  /** If `true`, the request will refresh the analyzers with the new synonyms set and wait for the new synonyms to be available before returning. If `false`, analyzers will not be reloaded with the new synonym set */
  refresh?: boolean
  /** If `true`, the provided synonym rules are appended to the existing set, with matching IDs overwriting existing rules. If `false`, the entire synonyms set is replaced with the new synonym rules definitions. */
  append?: boolean
  /** The synonym rules definitions for the synonyms set. */
  synonyms_set: SynonymsSynonymRule | SynonymsSynonymRule[]
}

export interface SynonymsPutSynonymResponse {
  /** The update operation result. */
  result: Result
  /** Updating a synonyms set can reload the associated analyzers in case refresh is set to true. This information is the analyzers reloading result. */
  reload_analyzers_details?: IndicesReloadSearchAnalyzersReloadResult
}

/** Request of `synonyms.put_synonym_rule`. */
export interface SynonymsPutSynonymRuleRequest extends RequestBase {
  /** The ID of the synonym set. */
  set_id: Id
  /** The ID of the synonym rule to be updated or created. */
  rule_id: Id
  /** If `true`, the request will refresh the analyzers with the new synonym rule and wait for the new synonyms to be available before returning. If `false`, analyzers will not be reloaded with the new synonym rule */
  refresh?: boolean
  /** The synonym rule information definition, which must be in Solr format. */
  synonyms: SynonymsSynonymString
}

export type SynonymsPutSynonymRuleResponse = SynonymsSynonymsUpdateResult

export interface SynonymsSynonymRule {
  /** The identifier for the synonym rule. If you do not specify a synonym rule ID when you create a rule, an identifier is created automatically by Elasticsearch. */
  id?: Id
  /** The synonyms that conform the synonym rule in Solr format. */
  synonyms: SynonymsSynonymString
}

export interface SynonymsSynonymRuleRead {
  /** The identifier for the synonym rule. If you do not specify a synonym rule ID when you create a rule, an identifier is created automatically by Elasticsearch. */
  id: Id
  /** The synonyms that conform the synonym rule in Solr format. */
  synonyms: SynonymsSynonymString
}

export type SynonymsSynonymString = string

export interface SynonymsSynonymsUpdateResult {
  /** The update operation result. */
  result: Result
  /** Updating synonyms in a synonym set can reload the associated analyzers in case refresh is set to true. This information is the analyzers reloading result. */
  reload_analyzers_details?: IndicesReloadSearchAnalyzersReloadResult
}
