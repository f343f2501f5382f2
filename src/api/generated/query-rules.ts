// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `query_rules` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_rule: { name: 'query_rules.delete_rule', paths: [{ path: '/_query_rules/{ruleset_id}/_rule/{rule_id}', parts: ['ruleset_id', 'rule_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_ruleset: { name: 'query_rules.delete_ruleset', paths: [{ path: '/_query_rules/{ruleset_id}', parts: ['ruleset_id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_rule: { name: 'query_rules.get_rule', paths: [{ path: '/_query_rules/{ruleset_id}/_rule/{rule_id}', parts: ['ruleset_id', 'rule_id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_ruleset: { name: 'query_rules.get_ruleset', paths: [{ path: '/_query_rules/{ruleset_id}', parts: ['ruleset_id'], methods: ['GET'] }], params: {}, body: 'none' },
  list_rulesets: { name: 'query_rules.list_rulesets', paths: [{ path: '/_query_rules', parts: [], methods: ['GET'] }], params: { from: 'number', size: 'number' }, body: 'none' },
  put_rule: { name: 'query_rules.put_rule', paths: [{ path: '/_query_rules/{ruleset_id}/_rule/{rule_id}', parts: ['ruleset_id', 'rule_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_ruleset: { name: 'query_rules.put_ruleset', paths: [{ path: '/_query_rules/{ruleset_id}', parts: ['ruleset_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  test: { name: 'query_rules.test', paths: [{ path: '/_query_rules/{ruleset_id}/_test', parts: ['ruleset_id'], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `query_rules.delete_rule`. */
export interface QueryRulesDeleteRuleParams extends CommonParams {
  /** The unique identifier of the rule to delete. */
  rule_id: string
  /** The unique identifier of the query ruleset this rule exists in */
  ruleset_id: string
}

/** Parameters of `query_rules.delete_ruleset`. */
export interface QueryRulesDeleteRulesetParams extends CommonParams {
  /** The unique identifier of the query ruleset to delete */
  ruleset_id: string
}

/** Parameters of `query_rules.get_rule`. */
export interface QueryRulesGetRuleParams extends CommonParams {
  /** The unique identifier of the rule to be retrieved. */
  rule_id: string
  /** The unique identifier of the query ruleset the rule exists within */
  ruleset_id: string
}

/** Parameters of `query_rules.get_ruleset`. */
export interface QueryRulesGetRulesetParams extends CommonParams {
  /** The unique identifier of the query ruleset */
  ruleset_id: string
}

/** Parameters of `query_rules.list_rulesets`. */
export interface QueryRulesListRulesetsParams extends CommonParams {
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of results to get (default: 100)
   * Default: `100`.
   */
  size?: number
}

/** Parameters of `query_rules.put_rule`. */
export interface QueryRulesPutRuleParams extends CommonBodyParams {
  /** The unique identifier of the rule to be created or updated. */
  rule_id: string
  /** The unique identifier of the ruleset this rule should be added to. The ruleset will be created if it does not exist. */
  ruleset_id: string
}

/** Parameters of `query_rules.put_ruleset`. */
export interface QueryRulesPutRulesetParams extends CommonBodyParams {
  /** The unique identifier of the ruleset to be created or updated. */
  ruleset_id: string
}

/** Parameters of `query_rules.test`. */
export interface QueryRulesTestParams extends CommonBodyParams {
  /** The unique identifier of the ruleset to test. */
  ruleset_id: string
}

const E = endpoints

/** The `query_rules` APIs, reached as `client.queryRules`. */
export class QueryRulesApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a query rule
   * `DELETE /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-delete-rule
   */
  deleteRule<TResponse = unknown>(params: QueryRulesDeleteRuleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRule<TResponse = unknown>(params: QueryRulesDeleteRuleParams, options?: RequestOptions): Promise<TResponse>
  deleteRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_rule, params, options)
  }

  /**
   * Delete a query ruleset
   * `DELETE /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-delete-ruleset
   */
  deleteRuleset<TResponse = unknown>(params: QueryRulesDeleteRulesetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRuleset<TResponse = unknown>(params: QueryRulesDeleteRulesetParams, options?: RequestOptions): Promise<TResponse>
  deleteRuleset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_ruleset, params, options)
  }

  /**
   * Get a query rule
   * `GET /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-rule
   */
  getRule<TResponse = unknown>(params: QueryRulesGetRuleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRule<TResponse = unknown>(params: QueryRulesGetRuleParams, options?: RequestOptions): Promise<TResponse>
  getRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_rule, params, options)
  }

  /**
   * Get a query ruleset
   * `GET /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-get-ruleset
   */
  getRuleset<TResponse = unknown>(params: QueryRulesGetRulesetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRuleset<TResponse = unknown>(params: QueryRulesGetRulesetParams, options?: RequestOptions): Promise<TResponse>
  getRuleset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_ruleset, params, options)
  }

  /**
   * Get all query rulesets
   * `GET /_query_rules`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-list-rulesets
   */
  listRulesets<TResponse = unknown>(params: QueryRulesListRulesetsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  listRulesets<TResponse = unknown>(params?: QueryRulesListRulesetsParams, options?: RequestOptions): Promise<TResponse>
  listRulesets(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list_rulesets, params, options)
  }

  /**
   * Create or update a query rule
   * `PUT /_query_rules/{ruleset_id}/_rule/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-rule
   */
  putRule<TResponse = unknown>(params: QueryRulesPutRuleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putRule<TResponse = unknown>(params: QueryRulesPutRuleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_rule, params, options)
  }

  /**
   * Create or update a query ruleset
   * `PUT /_query_rules/{ruleset_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-put-ruleset
   */
  putRuleset<TResponse = unknown>(params: QueryRulesPutRulesetParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putRuleset<TResponse = unknown>(params: QueryRulesPutRulesetParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putRuleset(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_ruleset, params, options)
  }

  /**
   * Test a query ruleset
   * `POST /_query_rules/{ruleset_id}/_test`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-query-rules-test
   */
  test<TResponse = unknown>(params: QueryRulesTestParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  test<TResponse = unknown>(params: QueryRulesTestParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  test(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.test, params, options)
  }
}
