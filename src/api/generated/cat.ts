// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { OptionalCall } from '../types.js'
import type { CatAliasesRequest, CatAliasesResponse, CatAllocationRequest, CatAllocationResponse, CatCircuitBreakerRequest, CatCircuitBreakerResponse, CatComponentTemplatesRequest, CatComponentTemplatesResponse, CatCountRequest, CatCountResponse, CatFielddataRequest, CatFielddataResponse, CatHealthRequest, CatHealthResponse, CatHelpRequest, CatHelpResponse, CatIndicesRequest, CatIndicesResponse, CatMasterRequest, CatMasterResponse, CatMlDataFrameAnalyticsRequest, CatMlDataFrameAnalyticsResponse, CatMlDatafeedsRequest, CatMlDatafeedsResponse, CatMlJobsRequest, CatMlJobsResponse, CatMlTrainedModelsRequest, CatMlTrainedModelsResponse, CatNodeattrsRequest, CatNodeattrsResponse, CatNodesRequest, CatNodesResponse, CatPendingTasksRequest, CatPendingTasksResponse, CatPluginsRequest, CatPluginsResponse, CatRecoveryRequest, CatRecoveryResponse, CatRepositoriesRequest, CatRepositoriesResponse, CatSegmentsRequest, CatSegmentsResponse, CatShardsRequest, CatShardsResponse, CatSnapshotsRequest, CatSnapshotsResponse, CatTasksRequest, CatTasksResponse, CatTemplatesRequest, CatTemplatesResponse, CatThreadPoolRequest, CatThreadPoolResponse, CatTransformsRequest, CatTransformsResponse } from '../types/index.js'

/** The `cat` endpoints, by method name. */
export const endpoints = endpointTable({
  aliases: ['cat.aliases', 'GET /_cat/aliases/{name}|GET /_cat/aliases', 'h s expand_wildcards master_timeout format help v bytes time', 'none'],
  allocation: ['cat.allocation', 'GET /_cat/allocation/{node_id}|GET /_cat/allocation', 'h s local master_timeout format help v bytes time', 'none'],
  circuitBreaker: ['cat.circuit_breaker', 'GET /_cat/circuit_breaker/{circuit_breaker_patterns}|GET /_cat/circuit_breaker', 'h s local master_timeout format help v bytes time', 'none'],
  componentTemplates: ['cat.component_templates', 'GET /_cat/component_templates/{name}|GET /_cat/component_templates', 'h s local master_timeout format help v bytes time', 'none'],
  count: ['cat.count', 'POST,GET /_cat/count/{index}|POST,GET /_cat/count', 'h s format help v bytes time', 'fields project_routing'],
  fielddata: ['cat.fielddata', 'GET /_cat/fielddata/{fields}|GET /_cat/fielddata', 'fields h s format help v bytes time', 'none'],
  health: ['cat.health', 'GET /_cat/health', 'ts h s format help v bytes time', 'none'],
  help: ['cat.help', 'GET /_cat', '', 'none'],
  indices: ['cat.indices', 'GET /_cat/indices/{index}|GET /_cat/indices', 'expand_wildcards health include_unloaded_segments pri master_timeout h s format help v bytes time', 'none'],
  master: ['cat.master', 'GET /_cat/master', 'h s local master_timeout format help v bytes time', 'none'],
  mlDataFrameAnalytics: ['cat.ml_data_frame_analytics', 'GET /_cat/ml/data_frame/analytics/{id}|GET /_cat/ml/data_frame/analytics', 'allow_no_match h s format help v bytes time', 'none'],
  mlDatafeeds: ['cat.ml_datafeeds', 'GET /_cat/ml/datafeeds/{datafeed_id}|GET /_cat/ml/datafeeds', 'allow_no_match h s format help v bytes time', 'none'],
  mlJobs: ['cat.ml_jobs', 'GET /_cat/ml/anomaly_detectors/{job_id}|GET /_cat/ml/anomaly_detectors', 'allow_no_match h s format help v bytes time', 'none'],
  mlTrainedModels: ['cat.ml_trained_models', 'GET /_cat/ml/trained_models/{model_id}|GET /_cat/ml/trained_models', 'allow_no_match h s from size format help v bytes time', 'none'],
  nodeattrs: ['cat.nodeattrs', 'GET /_cat/nodeattrs', 'h s local master_timeout format help v bytes time', 'none'],
  nodes: ['cat.nodes', 'GET /_cat/nodes', 'full_id include_unloaded_segments h s master_timeout format help v bytes time', 'none'],
  pendingTasks: ['cat.pending_tasks', 'GET /_cat/pending_tasks', 'h s local master_timeout format help v bytes time', 'none'],
  plugins: ['cat.plugins', 'GET /_cat/plugins', 'h s include_bootstrap local master_timeout format help v bytes time', 'none'],
  recovery: ['cat.recovery', 'GET /_cat/recovery/{index}|GET /_cat/recovery', 'active_only detailed index h s format help v bytes time', 'none'],
  repositories: ['cat.repositories', 'GET /_cat/repositories', 'h s local master_timeout format help v bytes time', 'none'],
  segments: ['cat.segments', 'GET /_cat/segments/{index}|GET /_cat/segments', 'h s local master_timeout expand_wildcards allow_no_indices ignore_throttled ignore_unavailable allow_closed format help v bytes time', 'none'],
  shards: ['cat.shards', 'GET /_cat/shards/{index}|GET /_cat/shards', 'h s master_timeout format help v bytes time', 'none'],
  snapshots: ['cat.snapshots', 'GET /_cat/snapshots/{repository}|GET /_cat/snapshots', 'ignore_unavailable h s master_timeout format help v bytes time', 'none'],
  tasks: ['cat.tasks', 'GET /_cat/tasks', 'actions detailed nodes parent_task_id h s timeout wait_for_completion format help v bytes time', 'none'],
  templates: ['cat.templates', 'GET /_cat/templates/{name}|GET /_cat/templates', 'h s local master_timeout format help v bytes time', 'none'],
  threadPool: ['cat.thread_pool', 'GET /_cat/thread_pool/{thread_pool_patterns}|GET /_cat/thread_pool', 'h s local master_timeout format help v bytes time', 'none'],
  transforms: ['cat.transforms', 'GET /_cat/transforms/{transform_id}|GET /_cat/transforms', 'allow_no_match from h s size format help v bytes time', 'none'],
})

/** The `cat` APIs, reached as `client.cat`. */
export class CatApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Get aliases.
   * `GET /_cat/aliases/{name}`, `GET /_cat/aliases`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-aliases
   */
  declare aliases: OptionalCall<CatAliasesRequest, CatAliasesResponse>
  /**
   * Get shard allocation information.
   * `GET /_cat/allocation/{node_id}`, `GET /_cat/allocation`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-allocation
   */
  declare allocation: OptionalCall<CatAllocationRequest, CatAllocationResponse>
  /**
   * Get circuit breakers statistics.
   * `GET /_cat/circuit_breaker/{circuit_breaker_patterns}`, `GET /_cat/circuit_breaker`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-circuit-breaker
   */
  declare circuitBreaker: OptionalCall<CatCircuitBreakerRequest, CatCircuitBreakerResponse>
  /**
   * Get component templates.
   * `GET /_cat/component_templates/{name}`, `GET /_cat/component_templates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-component-templates
   */
  declare componentTemplates: OptionalCall<CatComponentTemplatesRequest, CatComponentTemplatesResponse>
  /**
   * Get a document count.
   * `POST|GET /_cat/count/{index}`, `POST|GET /_cat/count`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-count
   */
  declare count: OptionalCall<CatCountRequest, CatCountResponse>
  /**
   * Get field data cache information.
   * `GET /_cat/fielddata/{fields}`, `GET /_cat/fielddata`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-fielddata
   */
  declare fielddata: OptionalCall<CatFielddataRequest, CatFielddataResponse>
  /**
   * Get the cluster health status.
   * `GET /_cat/health`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-health
   */
  declare health: OptionalCall<CatHealthRequest, CatHealthResponse>
  /**
   * Get CAT help.
   * `GET /_cat`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-cat
   */
  declare help: OptionalCall<CatHelpRequest, CatHelpResponse>
  /**
   * Get index information.
   * `GET /_cat/indices/{index}`, `GET /_cat/indices`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-indices
   */
  declare indices: OptionalCall<CatIndicesRequest, CatIndicesResponse>
  /**
   * Get master node information.
   * `GET /_cat/master`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-master
   */
  declare master: OptionalCall<CatMasterRequest, CatMasterResponse>
  /**
   * Get data frame analytics jobs.
   * `GET /_cat/ml/data_frame/analytics/{id}`, `GET /_cat/ml/data_frame/analytics`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-data-frame-analytics
   */
  declare mlDataFrameAnalytics: OptionalCall<CatMlDataFrameAnalyticsRequest, CatMlDataFrameAnalyticsResponse>
  /**
   * Get datafeeds.
   * `GET /_cat/ml/datafeeds/{datafeed_id}`, `GET /_cat/ml/datafeeds`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-datafeeds
   */
  declare mlDatafeeds: OptionalCall<CatMlDatafeedsRequest, CatMlDatafeedsResponse>
  /**
   * Get anomaly detection jobs.
   * `GET /_cat/ml/anomaly_detectors/{job_id}`, `GET /_cat/ml/anomaly_detectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-jobs
   */
  declare mlJobs: OptionalCall<CatMlJobsRequest, CatMlJobsResponse>
  /**
   * Get trained models.
   * `GET /_cat/ml/trained_models/{model_id}`, `GET /_cat/ml/trained_models`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-ml-trained-models
   */
  declare mlTrainedModels: OptionalCall<CatMlTrainedModelsRequest, CatMlTrainedModelsResponse>
  /**
   * Get node attribute information.
   * `GET /_cat/nodeattrs`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodeattrs
   */
  declare nodeattrs: OptionalCall<CatNodeattrsRequest, CatNodeattrsResponse>
  /**
   * Get node information.
   * `GET /_cat/nodes`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-nodes
   */
  declare nodes: OptionalCall<CatNodesRequest, CatNodesResponse>
  /**
   * Get pending task information.
   * `GET /_cat/pending_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-pending-tasks
   */
  declare pendingTasks: OptionalCall<CatPendingTasksRequest, CatPendingTasksResponse>
  /**
   * Get plugin information.
   * `GET /_cat/plugins`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-plugins
   */
  declare plugins: OptionalCall<CatPluginsRequest, CatPluginsResponse>
  /**
   * Get shard recovery information.
   * `GET /_cat/recovery/{index}`, `GET /_cat/recovery`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-recovery
   */
  declare recovery: OptionalCall<CatRecoveryRequest, CatRecoveryResponse>
  /**
   * Get snapshot repository information.
   * `GET /_cat/repositories`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-repositories
   */
  declare repositories: OptionalCall<CatRepositoriesRequest, CatRepositoriesResponse>
  /**
   * Get segment information.
   * `GET /_cat/segments/{index}`, `GET /_cat/segments`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-segments
   */
  declare segments: OptionalCall<CatSegmentsRequest, CatSegmentsResponse>
  /**
   * Get shard information.
   * `GET /_cat/shards/{index}`, `GET /_cat/shards`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-shards
   */
  declare shards: OptionalCall<CatShardsRequest, CatShardsResponse>
  /**
   * Get snapshot information.
   * `GET /_cat/snapshots/{repository}`, `GET /_cat/snapshots`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-snapshots
   */
  declare snapshots: OptionalCall<CatSnapshotsRequest, CatSnapshotsResponse>
  /**
   * Get task information.
   * `GET /_cat/tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-tasks
   */
  declare tasks: OptionalCall<CatTasksRequest, CatTasksResponse>
  /**
   * Get index template information.
   * `GET /_cat/templates/{name}`, `GET /_cat/templates`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-templates
   */
  declare templates: OptionalCall<CatTemplatesRequest, CatTemplatesResponse>
  /**
   * Get thread pool statistics.
   * `GET /_cat/thread_pool/{thread_pool_patterns}`, `GET /_cat/thread_pool`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-thread-pool
   */
  declare threadPool: OptionalCall<CatThreadPoolRequest, CatThreadPoolResponse>
  /**
   * Get transform information.
   * `GET /_cat/transforms/{transform_id}`, `GET /_cat/transforms`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cat-transforms
   */
  declare transforms: OptionalCall<CatTransformsRequest, CatTransformsResponse>
}
installMethods(CatApi, endpoints)
