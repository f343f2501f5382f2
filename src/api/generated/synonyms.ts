// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `synonyms` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_synonym: { name: 'synonyms.delete_synonym', paths: [{ path: '/_synonyms/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_synonym_rule: { name: 'synonyms.delete_synonym_rule', paths: [{ path: '/_synonyms/{set_id}/{rule_id}', parts: ['set_id', 'rule_id'], methods: ['DELETE'] }], params: { refresh: 'boolean' }, body: 'none' },
  get_synonym: { name: 'synonyms.get_synonym', paths: [{ path: '/_synonyms/{id}', parts: ['id'], methods: ['GET'] }], params: { from: 'number', search_after: 'string', size: 'number' }, body: 'none' },
  get_synonym_rule: { name: 'synonyms.get_synonym_rule', paths: [{ path: '/_synonyms/{set_id}/{rule_id}', parts: ['set_id', 'rule_id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_synonyms_sets: { name: 'synonyms.get_synonyms_sets', paths: [{ path: '/_synonyms', parts: [], methods: ['GET'] }], params: { from: 'number', size: 'number' }, body: 'none' },
  put_synonym: { name: 'synonyms.put_synonym', paths: [{ path: '/_synonyms/{id}', parts: ['id'], methods: ['PUT'] }], params: { append: 'boolean', refresh: 'boolean' }, body: 'json', bodyRequired: true },
  put_synonym_rule: { name: 'synonyms.put_synonym_rule', paths: [{ path: '/_synonyms/{set_id}/{rule_id}', parts: ['set_id', 'rule_id'], methods: ['PUT'] }], params: { refresh: 'boolean' }, body: 'json', bodyRequired: true },
}

/** Parameters of `synonyms.delete_synonym`. */
export interface SynonymsDeleteSynonymParams extends CommonParams {
  /** The id of the synonyms set to be deleted */
  id: string
}

/** Parameters of `synonyms.delete_synonym_rule`. */
export interface SynonymsDeleteSynonymRuleParams extends CommonParams {
  /** The id of the synonym rule to be deleted */
  rule_id: string
  /** The id of the synonym set to be updated */
  set_id: string
  /**
   * Refresh search analyzers to update synonyms
   * Default: `true`.
   */
  refresh?: boolean
}

/** Parameters of `synonyms.get_synonym`. */
export interface SynonymsGetSynonymParams extends CommonParams {
  /** The name of the synonyms set to be retrieved */
  id: string
  /**
   * Starting offset for offset-based pagination
   * Default: `0`.
   */
  from?: number
  /** The rule ID of the last result from the previous page, for cursor-based pagination */
  search_after?: string
  /**
   * Maximum number of results to retrieve
   * Default: `10`.
   */
  size?: number
}

/** Parameters of `synonyms.get_synonym_rule`. */
export interface SynonymsGetSynonymRuleParams extends CommonParams {
  /** The id of the synonym rule to retrieve */
  rule_id: string
  /** The id of the synonym set to retrieve the synonym rule from */
  set_id: string
}

/** Parameters of `synonyms.get_synonyms_sets`. */
export interface SynonymsGetSynonymsSetsParams extends CommonParams {
  /**
   * Starting offset
   * Default: `0`.
   */
  from?: number
  /**
   * specifies a max number of results to get
   * Default: `10`.
   */
  size?: number
}

/** Parameters of `synonyms.put_synonym`. */
export interface SynonymsPutSynonymParams extends CommonBodyParams {
  /** The id of the synonyms set to be created or updated */
  id: string
  /**
   * If true, rules in the body are appended to the existing set (rules with matching IDs are overwritten). If false (default), the set is replaced.
   * Default: `false`.
   */
  append?: boolean
  /**
   * Refresh search analyzers to update synonyms
   * Default: `true`.
   */
  refresh?: boolean
}

/** Parameters of `synonyms.put_synonym_rule`. */
export interface SynonymsPutSynonymRuleParams extends CommonBodyParams {
  /** The id of the synonym rule to be updated or created */
  rule_id: string
  /** The id of the synonym set to be updated with the synonym rule */
  set_id: string
  /**
   * Refresh search analyzers to update synonyms
   * Default: `true`.
   */
  refresh?: boolean
}

const E = endpoints

/** The `synonyms` APIs, reached as `client.synonyms`. */
export class SynonymsApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a synonym set
   * `DELETE /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-delete-synonym
   */
  deleteSynonym<TResponse = unknown>(params: SynonymsDeleteSynonymParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteSynonym<TResponse = unknown>(params: SynonymsDeleteSynonymParams, options?: RequestOptions): Promise<TResponse>
  deleteSynonym(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_synonym, params, options)
  }

  /**
   * Delete a synonym rule
   * `DELETE /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-delete-synonym-rule
   */
  deleteSynonymRule<TResponse = unknown>(params: SynonymsDeleteSynonymRuleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteSynonymRule<TResponse = unknown>(params: SynonymsDeleteSynonymRuleParams, options?: RequestOptions): Promise<TResponse>
  deleteSynonymRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_synonym_rule, params, options)
  }

  /**
   * Get a synonym set
   * `GET /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  getSynonym<TResponse = unknown>(params: SynonymsGetSynonymParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSynonym<TResponse = unknown>(params: SynonymsGetSynonymParams, options?: RequestOptions): Promise<TResponse>
  getSynonym(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_synonym, params, options)
  }

  /**
   * Get a synonym rule
   * `GET /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym-rule
   */
  getSynonymRule<TResponse = unknown>(params: SynonymsGetSynonymRuleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSynonymRule<TResponse = unknown>(params: SynonymsGetSynonymRuleParams, options?: RequestOptions): Promise<TResponse>
  getSynonymRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_synonym_rule, params, options)
  }

  /**
   * Get all synonym sets
   * `GET /_synonyms`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-get-synonym
   */
  getSynonymsSets<TResponse = unknown>(params: SynonymsGetSynonymsSetsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSynonymsSets<TResponse = unknown>(params?: SynonymsGetSynonymsSetsParams, options?: RequestOptions): Promise<TResponse>
  getSynonymsSets(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_synonyms_sets, params, options)
  }

  /**
   * Create or update a synonym set
   * `PUT /_synonyms/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym
   */
  putSynonym<TResponse = unknown>(params: SynonymsPutSynonymParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putSynonym<TResponse = unknown>(params: SynonymsPutSynonymParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putSynonym(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_synonym, params, options)
  }

  /**
   * Create or update a synonym rule
   * `PUT /_synonyms/{set_id}/{rule_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-synonyms-put-synonym-rule
   */
  putSynonymRule<TResponse = unknown>(params: SynonymsPutSynonymRuleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putSynonymRule<TResponse = unknown>(params: SynonymsPutSynonymRuleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putSynonymRule(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_synonym_rule, params, options)
  }
}
