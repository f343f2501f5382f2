// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, OptionalCall, RequestOptions } from '../types.js'
import type { AggregateName, AggregationsAggregate, SearchApplicationDeleteBehavioralAnalyticsRequest, SearchApplicationDeleteBehavioralAnalyticsResponse, SearchApplicationDeleteRequest, SearchApplicationDeleteResponse, SearchApplicationGetBehavioralAnalyticsRequest, SearchApplicationGetBehavioralAnalyticsResponse, SearchApplicationGetRequest, SearchApplicationGetResponse, SearchApplicationListRequest, SearchApplicationListResponse, SearchApplicationPostBehavioralAnalyticsEventRequest, SearchApplicationPostBehavioralAnalyticsEventResponse, SearchApplicationPutBehavioralAnalyticsRequest, SearchApplicationPutBehavioralAnalyticsResponse, SearchApplicationPutRequest, SearchApplicationPutResponse, SearchApplicationRenderQueryRequest, SearchApplicationRenderQueryResponse, SearchApplicationSearchRequest, SearchApplicationSearchResponse } from '../types/index.js'

/** The `search_application` endpoints, by method name. */
export const endpoints = endpointTable({
  delete: ['search_application.delete', 'DELETE /_application/search_application/{name}', '', 'none'],
  deleteBehavioralAnalytics: ['search_application.delete_behavioral_analytics', 'DELETE /_application/analytics/{name}', '', 'none'],
  get: ['search_application.get', 'GET /_application/search_application/{name}', '', 'none'],
  getBehavioralAnalytics: ['search_application.get_behavioral_analytics', 'GET /_application/analytics/{name}|GET /_application/analytics', '', 'none'],
  list: ['search_application.list', 'GET /_application/search_application', 'q from size', 'none'],
  postBehavioralAnalyticsEvent: ['search_application.post_behavioral_analytics_event', 'POST /_application/analytics/{collection_name}/event/{event_type}', 'debug', 'value payload'],
  put: ['search_application.put', 'PUT /_application/search_application/{name}', 'create', 'value search_application'],
  putBehavioralAnalytics: ['search_application.put_behavioral_analytics', 'PUT /_application/analytics/{name}', '', 'none'],
  renderQuery: ['search_application.render_query', 'POST /_application/search_application/{name}/_render_query', '', 'fields params'],
  search: ['search_application.search', 'GET,POST /_application/search_application/{name}/_search', 'typed_keys', 'fields params'],
})

/** The `search_application` APIs, reached as `client.searchApplication`. */
export class SearchApplicationApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a search application.
   * `DELETE /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-delete
   */
  declare delete: Call<SearchApplicationDeleteRequest, SearchApplicationDeleteResponse>
  /**
   * Delete a behavioral analytics collection.
   * `DELETE /_application/analytics/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-delete-behavioral-analytics
   * @deprecated
   */
  declare deleteBehavioralAnalytics: Call<SearchApplicationDeleteBehavioralAnalyticsRequest, SearchApplicationDeleteBehavioralAnalyticsResponse>
  /**
   * Get search application details.
   * `GET /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get
   */
  declare get: Call<SearchApplicationGetRequest, SearchApplicationGetResponse>
  /**
   * Get behavioral analytics collections.
   * `GET /_application/analytics/{name}`, `GET /_application/analytics`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get-behavioral-analytics
   * @deprecated
   */
  declare getBehavioralAnalytics: OptionalCall<SearchApplicationGetBehavioralAnalyticsRequest, SearchApplicationGetBehavioralAnalyticsResponse>
  /**
   * Get search applications.
   * `GET /_application/search_application`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-get-behavioral-analytics
   */
  declare list: OptionalCall<SearchApplicationListRequest, SearchApplicationListResponse>
  /**
   * Create a behavioral analytics collection event.
   * `POST /_application/analytics/{collection_name}/event/{event_type}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-post-behavioral-analytics-event
   * @deprecated
   */
  declare postBehavioralAnalyticsEvent: Call<SearchApplicationPostBehavioralAnalyticsEventRequest, SearchApplicationPostBehavioralAnalyticsEventResponse>
  /**
   * Create or update a search application.
   * `PUT /_application/search_application/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-put
   */
  declare put: Call<SearchApplicationPutRequest, SearchApplicationPutResponse>
  /**
   * Create a behavioral analytics collection.
   * `PUT /_application/analytics/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-put-behavioral-analytics
   * @deprecated
   */
  declare putBehavioralAnalytics: Call<SearchApplicationPutBehavioralAnalyticsRequest, SearchApplicationPutBehavioralAnalyticsResponse>
  /**
   * Render a search application query.
   * `POST /_application/search_application/{name}/_render_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-render-query
   */
  declare renderQuery: Call<SearchApplicationRenderQueryRequest, SearchApplicationRenderQueryResponse>
  /**
   * Run a search application search.
   * `GET|POST /_application/search_application/{name}/_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-application-search
   */
  declare search: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: SearchApplicationSearchRequest, options: MetaOptions): Promise<TransportResult<SearchApplicationSearchResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: SearchApplicationSearchRequest, options?: RequestOptions): Promise<SearchApplicationSearchResponse<TDocument, TAggregations>> }
}
installMethods(SearchApplicationApi, endpoints)
