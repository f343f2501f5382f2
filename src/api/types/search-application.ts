// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsAggregate } from './aggregations.js'
import type { AcknowledgedResponseBase, AggregateName, EpochTime, IndexName, Name, RequestBase, Result, Script, ScriptSource, UnitMillis, integer, long } from './common.js'
import type { SearchResponseBody } from './core.js'

export interface SearchApplicationAnalyticsCollection {
  /** Data stream for the collection. */
  event_data_stream: SearchApplicationEventDataStream
}

/**
 * Request of `search_application.delete_behavioral_analytics`.
 * @deprecated 9.0.0:
 */
export interface SearchApplicationDeleteBehavioralAnalyticsRequest extends RequestBase {
  /** The name of the analytics collection to be deleted */
  name: Name
}

export type SearchApplicationDeleteBehavioralAnalyticsResponse = AcknowledgedResponseBase

/** Request of `search_application.delete`. */
export interface SearchApplicationDeleteRequest extends RequestBase {
  /** The name of the search application to delete. */
  name: Name
}

export type SearchApplicationDeleteResponse = AcknowledgedResponseBase

export interface SearchApplicationEventDataStream {
  name: IndexName
}

export type SearchApplicationEventType = 'page_view' | 'search' | 'search_click'

/**
 * Request of `search_application.get_behavioral_analytics`.
 * @deprecated 9.0.0:
 */
export interface SearchApplicationGetBehavioralAnalyticsRequest extends RequestBase {
  /** A list of analytics collections to limit the returned information */
  name?: Name[]
}

export type SearchApplicationGetBehavioralAnalyticsResponse = Record<Name, SearchApplicationAnalyticsCollection>

/** Request of `search_application.get`. */
export interface SearchApplicationGetRequest extends RequestBase {
  /** The name of the search application */
  name: Name
}

export type SearchApplicationGetResponse = SearchApplicationSearchApplication

/** Request of `search_application.list`. */
export interface SearchApplicationListRequest extends RequestBase {
  /** Query in the Lucene query string syntax. */
  q?: string
  /** Starting offset. */
  from?: integer
  /** Specifies a max number of results to get. */
  size?: integer
}

export interface SearchApplicationListResponse {
  count: long
  results: SearchApplicationSearchApplication[]
}

/**
 * Request of `search_application.post_behavioral_analytics_event`.
 * @deprecated 9.0.0:
 */
export interface SearchApplicationPostBehavioralAnalyticsEventRequest extends RequestBase {
  /** The name of the behavioral analytics collection. */
  collection_name: Name
  /** The analytics event type. */
  event_type: SearchApplicationEventType
  /** Whether the response type has to include more details */
  debug?: boolean
  payload: any
}

export interface SearchApplicationPostBehavioralAnalyticsEventResponse {
  accepted: boolean
  event?: any
}

export interface SearchApplicationPutBehavioralAnalyticsAnalyticsAcknowledgeResponseBase extends AcknowledgedResponseBase {
  /** The name of the analytics collection created or updated */
  name: Name
}

/**
 * Request of `search_application.put_behavioral_analytics`.
 * @deprecated 9.0.0:
 */
export interface SearchApplicationPutBehavioralAnalyticsRequest extends RequestBase {
  /** The name of the analytics collection to be created or updated. */
  name: Name
}

export type SearchApplicationPutBehavioralAnalyticsResponse = SearchApplicationPutBehavioralAnalyticsAnalyticsAcknowledgeResponseBase

/** Request of `search_application.put`. */
export interface SearchApplicationPutRequest extends RequestBase {
  /** The name of the search application to be created or updated. */
  name: Name
  /** If `true`, this request cannot replace or update existing Search Applications. */
  create?: boolean
  search_application: SearchApplicationSearchApplicationParameters
}

export interface SearchApplicationPutResponse {
  result: Result
}

/** Request of `search_application.render_query`. */
export interface SearchApplicationRenderQueryRequest extends RequestBase {
  /** The name of the search application to render teh query for. */
  name: Name
  params?: Record<string, any>
}

export interface SearchApplicationRenderQueryResponse {
}

export interface SearchApplicationSearchApplication extends SearchApplicationSearchApplicationParameters {
  /** Search Application name */
  name: Name
  /** Last time the Search Application was updated. */
  updated_at_millis: EpochTime<UnitMillis>
}

export interface SearchApplicationSearchApplicationParameters {
  /** Indices that are part of the Search Application. */
  indices: IndexName[]
  /** Analytics collection associated to the Search Application. */
  analytics_collection_name?: Name
  /** Search template to use on search operations. */
  template?: SearchApplicationSearchApplicationTemplate
}

export interface SearchApplicationSearchApplicationTemplate {
  /** The associated mustache template. */
  script: Script | ScriptSource
}

/** Request of `search_application.search`. */
export interface SearchApplicationSearchRequest extends RequestBase {
  /** The name of the search application to be searched. */
  name: Name
  /** Determines whether aggregation names are prefixed by their respective types in the response. */
  typed_keys?: boolean
  /** Query parameters specific to this request, which will override any defaults specified in the template. */
  params?: Record<string, any>
}

export type SearchApplicationSearchResponse<TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>> = SearchResponseBody<TDocument, TAggregations>
