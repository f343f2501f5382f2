// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `ingest` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_geoip_database: { name: 'ingest.delete_geoip_database', paths: [{ path: '/_ingest/geoip/database/{id}', parts: ['id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_ip_location_database: { name: 'ingest.delete_ip_location_database', paths: [{ path: '/_ingest/ip_location/database/{id}', parts: ['id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  delete_pipeline: { name: 'ingest.delete_pipeline', paths: [{ path: '/_ingest/pipeline/{id}', parts: ['id'], methods: ['DELETE'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'none' },
  geo_ip_stats: { name: 'ingest.geo_ip_stats', paths: [{ path: '/_ingest/geoip/stats', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_geoip_database: { name: 'ingest.get_geoip_database', paths: [{ path: '/_ingest/geoip/database', parts: [], methods: ['GET'] }, { path: '/_ingest/geoip/database/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_ip_location_database: { name: 'ingest.get_ip_location_database', paths: [{ path: '/_ingest/ip_location/database', parts: [], methods: ['GET'] }, { path: '/_ingest/ip_location/database/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_pipeline: { name: 'ingest.get_pipeline', paths: [{ path: '/_ingest/pipeline', parts: [], methods: ['GET'] }, { path: '/_ingest/pipeline/{id}', parts: ['id'], methods: ['GET'] }], params: { master_timeout: 'time', summary: 'boolean' }, body: 'none' },
  processor_grok: { name: 'ingest.processor_grok', paths: [{ path: '/_ingest/processor/grok', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  put_geoip_database: { name: 'ingest.put_geoip_database', paths: [{ path: '/_ingest/geoip/database/{id}', parts: ['id'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_ip_location_database: { name: 'ingest.put_ip_location_database', paths: [{ path: '/_ingest/ip_location/database/{id}', parts: ['id'], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  put_pipeline: { name: 'ingest.put_pipeline', paths: [{ path: '/_ingest/pipeline/{id}', parts: ['id'], methods: ['PUT'] }], params: { if_version: 'number', master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  simulate: { name: 'ingest.simulate', paths: [{ path: '/_ingest/pipeline/_simulate', parts: [], methods: ['GET', 'POST'] }, { path: '/_ingest/pipeline/{id}/_simulate', parts: ['id'], methods: ['GET', 'POST'] }], params: { verbose: 'boolean' }, body: 'json', bodyRequired: true },
}

/** Parameters of `ingest.delete_geoip_database`. */
export interface IngestDeleteGeoipDatabaseParams extends CommonParams {
  /** A comma-separated list of geoip database configurations to delete */
  id: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.delete_ip_location_database`. */
export interface IngestDeleteIpLocationDatabaseParams extends CommonParams {
  /** A comma-separated list of ip location database configurations to delete */
  id: string | readonly string[]
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.delete_pipeline`. */
export interface IngestDeletePipelineParams extends CommonParams {
  /** Pipeline ID */
  id: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.geo_ip_stats`. */
export interface IngestGeoIpStatsParams extends CommonParams {
}

/** Parameters of `ingest.get_geoip_database`. */
export interface IngestGetGeoipDatabaseParams extends CommonParams {
  /** A comma-separated list of geoip database configurations to get; use `*` to get all geoip database configurations */
  id?: string | readonly string[]
}

/** Parameters of `ingest.get_ip_location_database`. */
export interface IngestGetIpLocationDatabaseParams extends CommonParams {
  /** A comma-separated list of ip location database configurations to get; use `*` to get all ip location database configurations */
  id?: string | readonly string[]
}

/** Parameters of `ingest.get_pipeline`. */
export interface IngestGetPipelineParams extends CommonParams {
  /** Comma separated list of pipeline ids. Wildcards supported */
  id?: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Return pipelines without their definitions (default: false)
   * Default: `false`.
   */
  summary?: boolean
}

/** Parameters of `ingest.processor_grok`. */
export interface IngestProcessorGrokParams extends CommonParams {
}

/** Parameters of `ingest.put_geoip_database`. */
export interface IngestPutGeoipDatabaseParams extends CommonBodyParams {
  /** The id of the database configuration */
  id: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.put_ip_location_database`. */
export interface IngestPutIpLocationDatabaseParams extends CommonBodyParams {
  /** The id of the database configuration */
  id: string
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.put_pipeline`. */
export interface IngestPutPipelineParams extends CommonBodyParams {
  /** Pipeline ID */
  id: string
  /** Required version for optimistic concurrency control for pipeline updates */
  if_version?: number
  /**
   * Explicit operation timeout for connection to master node
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `ingest.simulate`. */
export interface IngestSimulateParams extends CommonBodyParams {
  /** Pipeline ID */
  id?: string
  /**
   * Verbose mode. Display data output for each processor in executed pipeline
   * Default: `false`.
   */
  verbose?: boolean
}

const E = endpoints

/** The `ingest` APIs, reached as `client.ingest`. */
export class IngestApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete GeoIP database configurations
   * `DELETE /_ingest/geoip/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-geoip-database
   */
  deleteGeoipDatabase<TResponse = unknown>(params: IngestDeleteGeoipDatabaseParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteGeoipDatabase<TResponse = unknown>(params: IngestDeleteGeoipDatabaseParams, options?: RequestOptions): Promise<TResponse>
  deleteGeoipDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_geoip_database, params, options)
  }

  /**
   * Delete IP geolocation database configurations
   * `DELETE /_ingest/ip_location/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-ip-location-database
   */
  deleteIpLocationDatabase<TResponse = unknown>(params: IngestDeleteIpLocationDatabaseParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteIpLocationDatabase<TResponse = unknown>(params: IngestDeleteIpLocationDatabaseParams, options?: RequestOptions): Promise<TResponse>
  deleteIpLocationDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_ip_location_database, params, options)
  }

  /**
   * Delete pipelines
   * `DELETE /_ingest/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-delete-pipeline
   */
  deletePipeline<TResponse = unknown>(params: IngestDeletePipelineParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deletePipeline<TResponse = unknown>(params: IngestDeletePipelineParams, options?: RequestOptions): Promise<TResponse>
  deletePipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_pipeline, params, options)
  }

  /**
   * Get GeoIP statistics
   * `GET /_ingest/geoip/stats`
   * @see https://www.elastic.co/docs/reference/ingest-processor/geoip-processor
   */
  geoIpStats<TResponse = unknown>(params: IngestGeoIpStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  geoIpStats<TResponse = unknown>(params?: IngestGeoIpStatsParams, options?: RequestOptions): Promise<TResponse>
  geoIpStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.geo_ip_stats, params, options)
  }

  /**
   * Get GeoIP database configurations
   * `GET /_ingest/geoip/database`
   * `GET /_ingest/geoip/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-geoip-database
   */
  getGeoipDatabase<TResponse = unknown>(params: IngestGetGeoipDatabaseParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getGeoipDatabase<TResponse = unknown>(params?: IngestGetGeoipDatabaseParams, options?: RequestOptions): Promise<TResponse>
  getGeoipDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_geoip_database, params, options)
  }

  /**
   * Get IP geolocation database configurations
   * `GET /_ingest/ip_location/database`
   * `GET /_ingest/ip_location/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-ip-location-database
   */
  getIpLocationDatabase<TResponse = unknown>(params: IngestGetIpLocationDatabaseParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getIpLocationDatabase<TResponse = unknown>(params?: IngestGetIpLocationDatabaseParams, options?: RequestOptions): Promise<TResponse>
  getIpLocationDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_ip_location_database, params, options)
  }

  /**
   * Get pipelines
   * `GET /_ingest/pipeline`
   * `GET /_ingest/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-get-pipeline
   */
  getPipeline<TResponse = unknown>(params: IngestGetPipelineParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getPipeline<TResponse = unknown>(params?: IngestGetPipelineParams, options?: RequestOptions): Promise<TResponse>
  getPipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_pipeline, params, options)
  }

  /**
   * Run a grok processor
   * `GET /_ingest/processor/grok`
   * @see https://www.elastic.co/docs/reference/ingest-processor/grok-processor
   */
  processorGrok<TResponse = unknown>(params: IngestProcessorGrokParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  processorGrok<TResponse = unknown>(params?: IngestProcessorGrokParams, options?: RequestOptions): Promise<TResponse>
  processorGrok(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.processor_grok, params, options)
  }

  /**
   * Create or update a GeoIP database configuration
   * `PUT /_ingest/geoip/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-put-geoip-database
   */
  putGeoipDatabase<TResponse = unknown>(params: IngestPutGeoipDatabaseParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putGeoipDatabase<TResponse = unknown>(params: IngestPutGeoipDatabaseParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putGeoipDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_geoip_database, params, options)
  }

  /**
   * Create or update an IP geolocation database configuration
   * `PUT /_ingest/ip_location/database/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-put-ip-location-database
   */
  putIpLocationDatabase<TResponse = unknown>(params: IngestPutIpLocationDatabaseParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putIpLocationDatabase<TResponse = unknown>(params: IngestPutIpLocationDatabaseParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putIpLocationDatabase(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_ip_location_database, params, options)
  }

  /**
   * Create or update a pipeline
   * `PUT /_ingest/pipeline/{id}`
   * @see https://www.elastic.co/docs/manage-data/ingest/transform-enrich/ingest-pipelines
   */
  putPipeline<TResponse = unknown>(params: IngestPutPipelineParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putPipeline<TResponse = unknown>(params: IngestPutPipelineParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putPipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_pipeline, params, options)
  }

  /**
   * Simulate a pipeline
   * `GET|POST /_ingest/pipeline/_simulate`
   * `GET|POST /_ingest/pipeline/{id}/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-ingest-simulate
   */
  simulate<TResponse = unknown>(params: IngestSimulateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  simulate<TResponse = unknown>(params: IngestSimulateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  simulate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.simulate, params, options)
  }
}
