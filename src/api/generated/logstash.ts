// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { LogstashDeletePipelineRequest, LogstashDeletePipelineResponse, LogstashGetPipelineRequest, LogstashGetPipelineResponse, LogstashPutPipelineRequest, LogstashPutPipelineResponse } from '../types/index.js'

/** The `logstash` endpoints, by method name. */
export const endpoints = endpointTable({
  deletePipeline: ['logstash.delete_pipeline', 'DELETE /_logstash/pipeline/{id}', '', 'none'],
  getPipeline: ['logstash.get_pipeline', 'GET /_logstash/pipeline/{id}|GET /_logstash/pipeline', '', 'none'],
  putPipeline: ['logstash.put_pipeline', 'PUT /_logstash/pipeline/{id}', '', 'value pipeline'],
})

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
  declare deletePipeline: Call<LogstashDeletePipelineRequest, LogstashDeletePipelineResponse>
  /**
   * Get Logstash pipelines.
   * `GET /_logstash/pipeline/{id}`, `GET /_logstash/pipeline`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-get-pipeline
   */
  declare getPipeline: OptionalCall<LogstashGetPipelineRequest, LogstashGetPipelineResponse>
  /**
   * Create or update a Logstash pipeline.
   * `PUT /_logstash/pipeline/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-logstash-put-pipeline
   */
  declare putPipeline: Call<LogstashPutPipelineRequest, LogstashPutPipelineResponse>
}
installMethods(LogstashApi, endpoints)
