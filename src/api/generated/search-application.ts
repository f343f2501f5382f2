// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `search_application` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete: { name: 'search_application.delete', paths: [{ path: '/_application/search_application/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  delete_behavioral_analytics: { name: 'search_application.delete_behavioral_analytics', paths: [{ path: '/_application/analytics/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get: { name: 'search_application.get', paths: [{ path: '/_application/search_application/{name}', parts: ['name'], methods: ['GET'] }], params: {}, body: 'none' },
  get_behavioral_analytics: { name: 'search_application.get_behavioral_analytics', paths: [{ path: '/_application/analytics', parts: [], methods: ['GET'] }, { path: '/_application/analytics/{name}', parts: ['name'], methods: ['GET'] }], params: {}, body: 'none' },
  list: { name: 'search_application.list', paths: [{ path: '/_application/search_application', parts: [], methods: ['GET'] }], params: { from: 'number', q: 'string', size: 'number' }, body: 'none' },
  post_behavioral_analytics_event: { name: 'search_application.post_behavioral_analytics_event', paths: [{ path: '/_application/analytics/{collection_name}/event/{event_type}', parts: ['collection_name', 'event_type'], methods: ['POST'] }], params: { debug: 'boolean' }, body: 'json', bodyRequired: true },
  put: { name: 'search_application.put', paths: [{ path: '/_application/search_application/{name}', parts: ['name'], methods: ['PUT'] }], params: { create: 'boolean' }, body: 'json', bodyRequired: true },
  put_behavioral_analytics: { name: 'search_application.put_behavioral_analytics', paths: [{ path: '/_application/analytics/{name}', parts: ['name'], methods: ['PUT'] }], params: {}, body: 'none' },
  render_query: { name: 'search_application.render_query', paths: [{ path: '/_application/search_application/{name}/_render_query', parts: ['name'], methods: ['POST'] }], params: {}, body: 'json' },
  search: { name: 'search_application.search', paths: [{ path: '/_application/search_application/{name}/_search', parts: ['name'], methods: ['GET', 'POST'] }], params: { typed_keys: 'boolean' }, body: 'json' },
}

/** Parameters of `search_application.delete`. */
export interface SearchApplicationDeleteParams extends CommonParams {
  /** The name of the search application */
  name: string
}

/** Parameters of `search_application.delete_behavioral_analytics`. */
export interface SearchApplicationDeleteBehavioralAnalyticsParams extends CommonParams {
  /** The name of the analytics collection to be deleted */
  name: string
}

/** Parameters of `search_application.get`. */
export interface SearchApplicationGetParams extends CommonParams {
  /** The name of the search application */
  name: string
}

/** Parameters of `search_application.get_behavioral_analytics`. */
export interface SearchApplicationGetBehavioralAnalyticsParams extends CommonParams {
  /** A comma-separated list of analytics collections to limit the returned information */
  name?: string | readonly string[]
}

/** Parameters of `search_application.list`. */
export interface SearchApplicationListParams extends CommonParams {
  /**
   * Starting offset (default: 0)
   * Default: `0`.
   */
  from?: number
  /** Query in the Lucene query string syntax */
  q?: string
  /** specifies a max number of results to get */
  size?: number
}

/** Parameters of `search_application.post_behavioral_analytics_event`. */
export interface SearchApplicationPostBehavioralAnalyticsEventParams extends CommonBodyParams {
  /** The name of behavioral analytics collection */
  collection_name: string
  /** Behavioral analytics event type. Available: page_view, search, search_click */
  event_type: 'page_view' | 'search' | 'search_click'
  /** If true, returns event information that will be stored */
  debug?: boolean
}

/** Parameters of `search_application.put`. */
export interface SearchApplicationPutParams extends CommonBodyParams {
  /** The name of the search application to be created or updated */
  name: string
  /**
   * If true, requires that a search application with the specified resource_id does not already exist. (default: false)
   * Default: `false`.
   */
  create?: boolean
}

/** Parameters of `search_application.put_behavioral_analytics`. */
export interface SearchApplicationPutBehavioralAnalyticsParams extends CommonParams {
  /** The name of the analytics collection to be created or updated */
  name: string
}

/** Parameters of `search_application.render_query`. */
export interface SearchApplicationRenderQueryParams extends CommonBodyParams {
  /** The name of the search application to render the query for */
  name: string
}

/** Parameters of `search_application.search`. */
export interface SearchApplicationSearchParams extends CommonBodyParams {
  /** The name of the search application to be searched */
  name: string
  /**
   * Specify whether aggregation and suggester names should be prefixed by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
}

const E = endpoints

/** The `search_application` APIs, reached as `client.searchApplication`. */
export class SearchApplicationApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a search application
   * `DELETE /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-delete
   */
  delete<TResponse = unknown>(params: SearchApplicationDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: SearchApplicationDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Delete a behavioral analytics collection
   * `DELETE /_application/analytics/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-delete-behavioral-analytics
   * @deprecated Behavioral Analytics has been deprecated and will be removed in a future release.
   */
  deleteBehavioralAnalytics<TResponse = unknown>(params: SearchApplicationDeleteBehavioralAnalyticsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteBehavioralAnalytics<TResponse = unknown>(params: SearchApplicationDeleteBehavioralAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  deleteBehavioralAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_behavioral_analytics, params, options)
  }

  /**
   * Get search application details
   * `GET /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get
   */
  get<TResponse = unknown>(params: SearchApplicationGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: SearchApplicationGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get behavioral analytics collections
   * `GET /_application/analytics`
   * `GET /_application/analytics/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get-behavioral-analytics
   * @deprecated Behavioral Analytics has been deprecated and will be removed in a future release.
   */
  getBehavioralAnalytics<TResponse = unknown>(params: SearchApplicationGetBehavioralAnalyticsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getBehavioralAnalytics<TResponse = unknown>(params?: SearchApplicationGetBehavioralAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  getBehavioralAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_behavioral_analytics, params, options)
  }

  /**
   * Get search applications
   * `GET /_application/search_application`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get-behavioral-analytics
   */
  list<TResponse = unknown>(params: SearchApplicationListParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  list<TResponse = unknown>(params?: SearchApplicationListParams, options?: RequestOptions): Promise<TResponse>
  list(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list, params, options)
  }

  /**
   * Create a behavioral analytics collection event
   * `POST /_application/analytics/{collection_name}/event/{event_type}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-post-behavioral-analytics-event
   * @deprecated Behavioral Analytics has been deprecated and will be removed in a future release.
   */
  postBehavioralAnalyticsEvent<TResponse = unknown>(params: SearchApplicationPostBehavioralAnalyticsEventParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  postBehavioralAnalyticsEvent<TResponse = unknown>(params: SearchApplicationPostBehavioralAnalyticsEventParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  postBehavioralAnalyticsEvent(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.post_behavioral_analytics_event, params, options)
  }

  /**
   * Create or update a search application
   * `PUT /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-put
   */
  put<TResponse = unknown>(params: SearchApplicationPutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  put<TResponse = unknown>(params: SearchApplicationPutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  put(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put, params, options)
  }

  /**
   * Create a behavioral analytics collection
   * `PUT /_application/analytics/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-put-behavioral-analytics
   * @deprecated Behavioral Analytics has been deprecated and will be removed in a future release.
   */
  putBehavioralAnalytics<TResponse = unknown>(params: SearchApplicationPutBehavioralAnalyticsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  putBehavioralAnalytics<TResponse = unknown>(params: SearchApplicationPutBehavioralAnalyticsParams, options?: RequestOptions): Promise<TResponse>
  putBehavioralAnalytics(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_behavioral_analytics, params, options)
  }

  /**
   * Render a search application query
   * `POST /_application/search_application/{name}/_render_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-render-query
   */
  renderQuery<TResponse = unknown>(params: SearchApplicationRenderQueryParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  renderQuery<TResponse = unknown>(params: SearchApplicationRenderQueryParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  renderQuery(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.render_query, params, options)
  }

  /**
   * Run a search application search
   * `GET|POST /_application/search_application/{name}/_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-search
   */
  search<TResponse = unknown>(params: SearchApplicationSearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  search<TResponse = unknown>(params: SearchApplicationSearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  search(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.search, params, options)
  }
}
