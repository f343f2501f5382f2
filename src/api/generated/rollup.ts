// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `rollup` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_job: { name: 'rollup.delete_job', paths: [{ path: '/_rollup/job/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_jobs: { name: 'rollup.get_jobs', paths: [{ path: '/_rollup/job/{id}', parts: ['id'], methods: ['GET'] }, { path: '/_rollup/job', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_rollup_caps: { name: 'rollup.get_rollup_caps', paths: [{ path: '/_rollup/data/{id}', parts: ['id'], methods: ['GET'] }, { path: '/_rollup/data', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_rollup_index_caps: { name: 'rollup.get_rollup_index_caps', paths: [{ path: '/{index}/_rollup/data', parts: ['index'], methods: ['GET'] }], params: {}, body: 'none' },
  put_job: { name: 'rollup.put_job', paths: [{ path: '/_rollup/job/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  rollup_search: { name: 'rollup.rollup_search', paths: [{ path: '/{index}/_rollup_search', parts: ['index'], methods: ['GET', 'POST'] }], params: { rest_total_hits_as_int: 'boolean', typed_keys: 'boolean' }, body: 'json', bodyRequired: true },
  start_job: { name: 'rollup.start_job', paths: [{ path: '/_rollup/job/{id}/_start', parts: ['id'], methods: ['POST'] }], params: {}, body: 'none' },
  stop_job: { name: 'rollup.stop_job', paths: [{ path: '/_rollup/job/{id}/_stop', parts: ['id'], methods: ['POST'] }], params: { timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
}

/** Parameters of `rollup.delete_job`. */
export interface RollupDeleteJobParams extends CommonParams {
  /** The ID of the job to delete */
  id: string
}

/** Parameters of `rollup.get_jobs`. */
export interface RollupGetJobsParams extends CommonParams {
  /** The ID of the job(s) to fetch. Accepts glob patterns, or left blank for all jobs */
  id?: string
}

/** Parameters of `rollup.get_rollup_caps`. */
export interface RollupGetRollupCapsParams extends CommonParams {
  /** The ID of the index to check rollup capabilities on, or left blank for all jobs */
  id?: string
}

/** Parameters of `rollup.get_rollup_index_caps`. */
export interface RollupGetRollupIndexCapsParams extends CommonParams {
  /** Comma-separated list of data streams or indices to check for rollup capabilities. Wildcard (`*`) expressions are supported. */
  index: string | readonly string[]
}

/** Parameters of `rollup.put_job`. */
export interface RollupPutJobParams extends CommonBodyParams {
  /** The ID of the job to create */
  id: string
}

/** Parameters of `rollup.rollup_search`. */
export interface RollupRollupSearchParams extends CommonBodyParams {
  /** The indices or index-pattern(s) (containing rollup or regular data) that should be searched */
  index: string | readonly string[]
  /**
   * Indicates whether hits.total should be rendered as an integer or an object in the rest search response
   * Default: `false`.
   */
  rest_total_hits_as_int?: boolean
  /**
   * Specify whether aggregation and suggester names should be prefixed by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
}

/** Parameters of `rollup.start_job`. */
export interface RollupStartJobParams extends CommonParams {
  /** The ID of the job to start */
  id: string
}

/** Parameters of `rollup.stop_job`. */
export interface RollupStopJobParams extends CommonParams {
  /** The ID of the job to stop */
  id: string
  /**
   * Block for (at maximum) the specified duration while waiting for the job to stop. Defaults to 30s.
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * True if the API should block until the job has fully stopped, false if should be executed async. Defaults to false.
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

const E = endpoints

/** The `rollup` APIs, reached as `client.rollup`. */
export class RollupApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a rollup job
   * `DELETE /_rollup/job/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-delete-job
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  deleteJob<TResponse = unknown>(params: RollupDeleteJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteJob<TResponse = unknown>(params: RollupDeleteJobParams, options?: RequestOptions): Promise<TResponse>
  deleteJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_job, params, options)
  }

  /**
   * Get rollup job information
   * `GET /_rollup/job/{id}`
   * `GET /_rollup/job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-jobs
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  getJobs<TResponse = unknown>(params: RollupGetJobsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getJobs<TResponse = unknown>(params?: RollupGetJobsParams, options?: RequestOptions): Promise<TResponse>
  getJobs(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_jobs, params, options)
  }

  /**
   * Get the rollup job capabilities
   * `GET /_rollup/data/{id}`
   * `GET /_rollup/data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-rollup-caps
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  getRollupCaps<TResponse = unknown>(params: RollupGetRollupCapsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRollupCaps<TResponse = unknown>(params?: RollupGetRollupCapsParams, options?: RequestOptions): Promise<TResponse>
  getRollupCaps(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_rollup_caps, params, options)
  }

  /**
   * Get the rollup index capabilities
   * `GET /{index}/_rollup/data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-rollup-index-caps
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  getRollupIndexCaps<TResponse = unknown>(params: RollupGetRollupIndexCapsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRollupIndexCaps<TResponse = unknown>(params: RollupGetRollupIndexCapsParams, options?: RequestOptions): Promise<TResponse>
  getRollupIndexCaps(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_rollup_index_caps, params, options)
  }

  /**
   * Create a rollup job
   * `PUT /_rollup/job/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-put-job
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  putJob<TResponse = unknown>(params: RollupPutJobParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putJob<TResponse = unknown>(params: RollupPutJobParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_job, params, options)
  }

  /**
   * Search rolled-up data
   * `GET|POST /{index}/_rollup_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-rollup-search
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  rollupSearch<TResponse = unknown>(params: RollupRollupSearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  rollupSearch<TResponse = unknown>(params: RollupRollupSearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  rollupSearch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.rollup_search, params, options)
  }

  /**
   * Start rollup jobs
   * `POST /_rollup/job/{id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-start-job
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  startJob<TResponse = unknown>(params: RollupStartJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  startJob<TResponse = unknown>(params: RollupStartJobParams, options?: RequestOptions): Promise<TResponse>
  startJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.start_job, params, options)
  }

  /**
   * Stop rollup jobs
   * `POST /_rollup/job/{id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-stop-job
   * @deprecated Rollup APIs are deprecated, use downsampling with time series data stream instead
   */
  stopJob<TResponse = unknown>(params: RollupStopJobParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  stopJob<TResponse = unknown>(params: RollupStopJobParams, options?: RequestOptions): Promise<TResponse>
  stopJob(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stop_job, params, options)
  }
}
