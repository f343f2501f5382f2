// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, OptionalCall, RequestOptions } from '../types.js'
import type { AggregateName, AggregationsAggregate, RollupDeleteJobRequest, RollupDeleteJobResponse, RollupGetJobsRequest, RollupGetJobsResponse, RollupGetRollupCapsRequest, RollupGetRollupCapsResponse, RollupGetRollupIndexCapsRequest, RollupGetRollupIndexCapsResponse, RollupPutJobRequest, RollupPutJobResponse, RollupRollupSearchRequest, RollupRollupSearchResponse, RollupStartJobRequest, RollupStartJobResponse, RollupStopJobRequest, RollupStopJobResponse } from '../types/index.js'

/** The `rollup` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteJob: ['rollup.delete_job', 'DELETE /_rollup/job/{id}', '', 'none'],
  getJobs: ['rollup.get_jobs', 'GET /_rollup/job/{id}|GET /_rollup/job', '', 'none'],
  getRollupCaps: ['rollup.get_rollup_caps', 'GET /_rollup/data/{id}|GET /_rollup/data', '', 'none'],
  getRollupIndexCaps: ['rollup.get_rollup_index_caps', 'GET /{index}/_rollup/data', '', 'none'],
  putJob: ['rollup.put_job', 'PUT /_rollup/job/{id}', '', 'fields cron groups index_pattern metrics page_size rollup_index timeout headers'],
  rollupSearch: ['rollup.rollup_search', 'GET,POST /{index}/_rollup_search', 'rest_total_hits_as_int typed_keys', 'fields aggregations aggs query size'],
  startJob: ['rollup.start_job', 'POST /_rollup/job/{id}/_start', '', 'none'],
  stopJob: ['rollup.stop_job', 'POST /_rollup/job/{id}/_stop', 'timeout wait_for_completion', 'none'],
})

/** The `rollup` APIs, reached as `client.rollup`. */
export class RollupApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a rollup job.
   * `DELETE /_rollup/job/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-delete-job
   * @deprecated
   */
  declare deleteJob: Call<RollupDeleteJobRequest, RollupDeleteJobResponse>
  /**
   * Get rollup job information.
   * `GET /_rollup/job/{id}`, `GET /_rollup/job`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-jobs
   * @deprecated
   */
  declare getJobs: OptionalCall<RollupGetJobsRequest, RollupGetJobsResponse>
  /**
   * Get the rollup job capabilities.
   * `GET /_rollup/data/{id}`, `GET /_rollup/data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-rollup-caps
   * @deprecated
   */
  declare getRollupCaps: OptionalCall<RollupGetRollupCapsRequest, RollupGetRollupCapsResponse>
  /**
   * Get the rollup index capabilities.
   * `GET /{index}/_rollup/data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-get-rollup-index-caps
   * @deprecated
   */
  declare getRollupIndexCaps: Call<RollupGetRollupIndexCapsRequest, RollupGetRollupIndexCapsResponse>
  /**
   * Create a rollup job.
   * `PUT /_rollup/job/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-put-job
   * @deprecated
   */
  declare putJob: Call<RollupPutJobRequest, RollupPutJobResponse>
  /**
   * Search rolled-up data.
   * `GET|POST /{index}/_rollup_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-rollup-search
   * @deprecated
   */
  declare rollupSearch: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: RollupRollupSearchRequest, options: MetaOptions): Promise<TransportResult<RollupRollupSearchResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: RollupRollupSearchRequest, options?: RequestOptions): Promise<RollupRollupSearchResponse<TDocument, TAggregations>> }
  /**
   * Start rollup jobs.
   * `POST /_rollup/job/{id}/_start`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-start-job
   * @deprecated
   */
  declare startJob: Call<RollupStartJobRequest, RollupStartJobResponse>
  /**
   * Stop rollup jobs.
   * `POST /_rollup/job/{id}/_stop`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rollup-stop-job
   * @deprecated
   */
  declare stopJob: Call<RollupStopJobRequest, RollupStopJobResponse>
}
installMethods(RollupApi, endpoints)
