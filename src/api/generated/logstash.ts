// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `logstash` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_pipeline: { name: 'logstash.delete_pipeline', paths: [{ path: '/_logstash/pipeline/{id}', parts: ['id'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_pipeline: { name: 'logstash.get_pipeline', paths: [{ path: '/_logstash/pipeline', parts: [], methods: ['GET'] }, { path: '/_logstash/pipeline/{id}', parts: ['id'], methods: ['GET'] }], params: {}, body: 'none' },
  put_pipeline: { name: 'logstash.put_pipeline', paths: [{ path: '/_logstash/pipeline/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
}

/** Parameters of `logstash.delete_pipeline`. */
export interface LogstashDeletePipelineParams extends CommonParams {
  /** The ID of the Pipeline */
  id: string
}

/** Parameters of `logstash.get_pipeline`. */
export interface LogstashGetPipelineParams extends CommonParams {
  /** A comma-separated list of pipeline identifiers. */
  id?: string | readonly string[]
}

/** Parameters of `logstash.put_pipeline`. */
export interface LogstashPutPipelineParams extends CommonBodyParams {
  /** The ID of the Pipeline */
  id: string
}

const E = endpoints

/** The `logstash` APIs, reached as `client.logstash`. */
export class LogstashApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a Logstash pipeline
   * `DELETE /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-delete-pipeline
   */
  deletePipeline<TResponse = unknown>(params: LogstashDeletePipelineParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deletePipeline<TResponse = unknown>(params: LogstashDeletePipelineParams, options?: RequestOptions): Promise<TResponse>
  deletePipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_pipeline, params, options)
  }

  /**
   * Get Logstash pipelines
   * `GET /_logstash/pipeline`
   * `GET /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-get-pipeline
   */
  getPipeline<TResponse = unknown>(params: LogstashGetPipelineParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getPipeline<TResponse = unknown>(params?: LogstashGetPipelineParams, options?: RequestOptions): Promise<TResponse>
  getPipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_pipeline, params, options)
  }

  /**
   * Create or update a Logstash pipeline
   * `PUT /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-put-pipeline
   */
  putPipeline<TResponse = unknown>(params: LogstashPutPipelineParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putPipeline<TResponse = unknown>(params: LogstashPutPipelineParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putPipeline(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_pipeline, params, options)
  }
}
