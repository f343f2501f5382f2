// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { IngestDeleteGeoipDatabaseRequest, IngestDeleteGeoipDatabaseResponse, IngestDeleteIpLocationDatabaseRequest, IngestDeleteIpLocationDatabaseResponse, IngestDeletePipelineRequest, IngestDeletePipelineResponse, IngestGeoIpStatsRequest, IngestGeoIpStatsResponse, IngestGetGeoipDatabaseRequest, IngestGetGeoipDatabaseResponse, IngestGetIpLocationDatabaseRequest, IngestGetIpLocationDatabaseResponse, IngestGetPipelineRequest, IngestGetPipelineResponse, IngestProcessorGrokRequest, IngestProcessorGrokResponse, IngestPutGeoipDatabaseRequest, IngestPutGeoipDatabaseResponse, IngestPutIpLocationDatabaseRequest, IngestPutIpLocationDatabaseResponse, IngestPutPipelineRequest, IngestPutPipelineResponse, IngestSimulateRequest, IngestSimulateResponse } from '../types/index.js'

/** The `ingest` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteGeoipDatabase: ['ingest.delete_geoip_database', 'DELETE /_ingest/geoip/database/{id}', 'master_timeout timeout', 'none'],
  deleteIpLocationDatabase: ['ingest.delete_ip_location_database', 'DELETE /_ingest/ip_location/database/{id}', 'master_timeout timeout', 'none'],
  deletePipeline: ['ingest.delete_pipeline', 'DELETE /_ingest/pipeline/{id}', 'master_timeout timeout', 'none'],
  geoIpStats: ['ingest.geo_ip_stats', 'GET /_ingest/geoip/stats', '', 'none'],
  getGeoipDatabase: ['ingest.get_geoip_database', 'GET /_ingest/geoip/database/{id}|GET /_ingest/geoip/database', '', 'none'],
  getIpLocationDatabase: ['ingest.get_ip_location_database', 'GET /_ingest/ip_location/database/{id}|GET /_ingest/ip_location/database', '', 'none'],
  getPipeline: ['ingest.get_pipeline', 'GET /_ingest/pipeline/{id}|GET /_ingest/pipeline', 'master_timeout summary', 'none'],
  processorGrok: ['ingest.processor_grok', 'GET /_ingest/processor/grok', '', 'none'],
  putGeoipDatabase: ['ingest.put_geoip_database', 'PUT /_ingest/geoip/database/{id}', 'master_timeout timeout', 'fields name maxmind'],
  putIpLocationDatabase: ['ingest.put_ip_location_database', 'PUT /_ingest/ip_location/database/{id}', 'master_timeout timeout', 'value configuration'],
  putPipeline: ['ingest.put_pipeline', 'PUT /_ingest/pipeline/{id}', 'master_timeout timeout if_version', 'fields _meta description on_failure processors version deprecated field_access_pattern'],
  simulate: ['ingest.simulate', 'GET,POST /_ingest/pipeline/{id}/_simulate|GET,POST /_ingest/pipeline/_simulate', 'verbose', 'fields docs pipeline'],
})

/** The `ingest` APIs, reached as `client.ingest`. */
export class IngestApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete GeoIP database configurations.
   * `DELETE /_ingest/geoip/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-geoip-database
   */
  declare deleteGeoipDatabase: Call<IngestDeleteGeoipDatabaseRequest, IngestDeleteGeoipDatabaseResponse>
  /**
   * Delete IP geolocation database configurations.
   * `DELETE /_ingest/ip_location/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-ip-location-database
   */
  declare deleteIpLocationDatabase: Call<IngestDeleteIpLocationDatabaseRequest, IngestDeleteIpLocationDatabaseResponse>
  /**
   * Delete pipelines.
   * `DELETE /_ingest/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-pipeline
   */
  declare deletePipeline: Call<IngestDeletePipelineRequest, IngestDeletePipelineResponse>
  /**
   * Get GeoIP statistics.
   * `GET /_ingest/geoip/stats`
   * @see https://www.elastic.co/docs/reference/enrich-processor/geoip-processor
   */
  declare geoIpStats: OptionalCall<IngestGeoIpStatsRequest, IngestGeoIpStatsResponse>
  /**
   * Get GeoIP database configurations.
   * `GET /_ingest/geoip/database/{id}`, `GET /_ingest/geoip/database`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-geoip-database
   */
  declare getGeoipDatabase: OptionalCall<IngestGetGeoipDatabaseRequest, IngestGetGeoipDatabaseResponse>
  /**
   * Get IP geolocation database configurations.
   * `GET /_ingest/ip_location/database/{id}`, `GET /_ingest/ip_location/database`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-ip-location-database
   */
  declare getIpLocationDatabase: OptionalCall<IngestGetIpLocationDatabaseRequest, IngestGetIpLocationDatabaseResponse>
  /**
   * Get pipelines.
   * `GET /_ingest/pipeline/{id}`, `GET /_ingest/pipeline`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-pipeline
   */
  declare getPipeline: OptionalCall<IngestGetPipelineRequest, IngestGetPipelineResponse>
  /**
   * Run a grok processor.
   * `GET /_ingest/processor/grok`
   * @see https://www.elastic.co/docs/reference/enrich-processor/grok-processor
   */
  declare processorGrok: OptionalCall<IngestProcessorGrokRequest, IngestProcessorGrokResponse>
  /**
   * Create or update a GeoIP database configuration.
   * `PUT /_ingest/geoip/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-put-geoip-database
   */
  declare putGeoipDatabase: Call<IngestPutGeoipDatabaseRequest, IngestPutGeoipDatabaseResponse>
  /**
   * Create or update an IP geolocation database configuration.
   * `PUT /_ingest/ip_location/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-put-ip-location-database
   */
  declare putIpLocationDatabase: Call<IngestPutIpLocationDatabaseRequest, IngestPutIpLocationDatabaseResponse>
  /**
   * Create or update a pipeline.
   * `PUT /_ingest/pipeline/{id}`
   * @see https://www.elastic.co/docs/manage-data/ingest/transform-enrich/ingest-pipelines
   */
  declare putPipeline: Call<IngestPutPipelineRequest, IngestPutPipelineResponse>
  /**
   * Simulate a pipeline.
   * `GET|POST /_ingest/pipeline/{id}/_simulate`, `GET|POST /_ingest/pipeline/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-simulate
   */
  declare simulate: Call<IngestSimulateRequest, IngestSimulateResponse>
}
installMethods(IngestApi, endpoints)
