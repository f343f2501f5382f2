// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { CommonParams } from './common.js'

/** The `logstash` endpoints, by method name. */
export const endpoints = endpointTable({
  deletePipeline: ['logstash.delete_pipeline', 'DELETE /_logstash/pipeline/{id}', '', 'none'],
  getPipeline: ['logstash.get_pipeline', 'GET /_logstash/pipeline/{id}|GET /_logstash/pipeline', '', 'none'],
  putPipeline: ['logstash.put_pipeline', 'PUT /_logstash/pipeline/{id}', '', 'value pipeline'],
})

export interface LogstashDeletePipelineParams extends CommonParams {
  id: string
}
export interface LogstashGetPipelineParams extends CommonParams {
  id?: string | ReadonlyArray<string>
}
export interface LogstashPutPipelineParams extends CommonParams {
  id: string
  pipeline?: unknown
}

/** The `logstash` APIs, reached as `client.logstash`. */
export class LogstashApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a Logstash pipeline.
   * `DELETE /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-delete-pipeline
   */
  declare deletePipeline: Call<LogstashDeletePipelineParams>
  /**
   * Get Logstash pipelines.
   * `GET /_logstash/pipeline/{id}`, `GET /_logstash/pipeline`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-get-pipeline
   */
  declare getPipeline: OptionalCall<LogstashGetPipelineParams>
  /**
   * Create or update a Logstash pipeline.
   * `PUT /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-put-pipeline
   */
  declare putPipeline: Call<LogstashPutPipelineParams>
}
installMethods(LogstashApi, endpoints)
