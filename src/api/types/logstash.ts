// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { DateTime, Id, Ids, RequestBase, integer } from './common.js'

/** Request of `logstash.delete_pipeline`. */
export interface LogstashDeletePipelineRequest extends RequestBase {
  /** An identifier for the pipeline. */
  id: Id
}

/** An empty answer. */
export type LogstashDeletePipelineResponse = ''

/** Request of `logstash.get_pipeline`. */
export interface LogstashGetPipelineRequest extends RequestBase {
  /** A comma-separated list of pipeline identifiers. */
  id?: Ids
}

export type LogstashGetPipelineResponse = Record<Id, LogstashPipeline>

export interface LogstashPipeline {
  /** A description of the pipeline. This description is not used by Elasticsearch or Logstash. */
  description: string
  /** The date the pipeline was last updated. It must be in the `yyyy-MM-dd'T'HH:mm:ss.SSSZZ` strict_date_time format. */
  last_modified: DateTime
  /** The configuration for the pipeline. */
  pipeline: string
  /** Optional metadata about the pipeline, which can have any contents. This metadata is not generated or used by Elasticsearch or Logstash. */
  pipeline_metadata: LogstashPipelineMetadata
  /** Settings for the pipeline. It supports only flat keys in dot notation. */
  pipeline_settings: LogstashPipelineSettings
  /** The user who last updated the pipeline. */
  username: string
}

export interface LogstashPipelineMetadata {
  type: string
  version: string
}

export interface LogstashPipelineSettings {
  /** The number of workers that will, in parallel, execute the filter and output stages of the pipeline. */
  'pipeline.workers': integer
  /** The maximum number of events an individual worker thread will collect from inputs before attempting to execute its filters and outputs. */
  'pipeline.batch.size': integer
  /** When creating pipeline event batches, how long in milliseconds to wait for each event before dispatching an undersized batch to pipeline workers. */
  'pipeline.batch.delay': integer
  /** The internal queuing model to use for event buffering. */
  'queue.type': string
  /** The total capacity of the queue (`queue.type: persisted`) in number of bytes. */
  'queue.max_bytes': string
  /** The maximum number of written events before forcing a checkpoint when persistent queues are enabled (`queue.type: persisted`). */
  'queue.checkpoint.writes': integer
}

/** Request of `logstash.put_pipeline`. */
export interface LogstashPutPipelineRequest extends RequestBase {
  /** An identifier for the pipeline. Pipeline IDs must begin with a letter or underscore and contain only letters, underscores, dashes, hyphens and numbers. */
  id: Id
  pipeline: LogstashPipeline
}

/** An empty answer. */
export type LogstashPutPipelineResponse = ''
