// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, Ndjson, OptionalCall, RequestOptions } from '../types.js'
import type { AggregateName, AggregationsAggregate, BulkRequest, BulkResponse, CancelReindexRequest, CancelReindexResponse, CapabilitiesRequest, CapabilitiesResponse, ClearScrollRequest, ClearScrollResponse, ClosePointInTimeRequest, ClosePointInTimeResponse, CountRequest, CountResponse, CreateRequest, CreateResponse, DeleteByQueryRequest, DeleteByQueryResponse, DeleteByQueryRethrottleRequest, DeleteByQueryRethrottleResponse, DeleteRequest, DeleteResponse, DeleteScriptRequest, DeleteScriptResponse, ExistsRequest, ExistsResponse, ExistsSourceRequest, ExistsSourceResponse, ExplainRequest, ExplainResponse, FieldCapsRequest, FieldCapsResponse, GetReindexRequest, GetReindexResponse, GetRequest, GetResponse, GetScriptContextRequest, GetScriptContextResponse, GetScriptLanguagesRequest, GetScriptLanguagesResponse, GetScriptRequest, GetScriptResponse, GetSourceRequest, GetSourceResponse, HealthReportRequest, HealthReportResponse, IndexRequest, IndexResponse, InfoRequest, InfoResponse, KnnSearchRequest, KnnSearchResponse, ListReindexRequest, ListReindexResponse, MgetRequest, MgetResponse, MsearchRequest, MsearchResponse, MsearchTemplateRequest, MsearchTemplateResponse, MtermvectorsRequest, MtermvectorsResponse, OpenPointInTimeRequest, OpenPointInTimeResponse, PingRequest, PingResponse, PutScriptRequest, PutScriptResponse, RankEvalRequest, RankEvalResponse, ReindexRequest, ReindexResponse, ReindexRethrottleRequest, ReindexRethrottleResponse, RenderSearchTemplateRequest, RenderSearchTemplateResponse, ScriptsPainlessExecuteRequest, ScriptsPainlessExecuteResponse, ScrollRequest, ScrollResponse, SearchCall, SearchMvtRequest, SearchMvtResponse, SearchShardsRequest, SearchShardsResponse, SearchTemplateRequest, SearchTemplateResponse, TermsEnumRequest, TermsEnumResponse, TermvectorsRequest, TermvectorsResponse, UpdateByQueryRequest, UpdateByQueryResponse, UpdateByQueryRethrottleRequest, UpdateByQueryRethrottleResponse, UpdateRequest, UpdateResponse } from '../types/index.js'
import { InternalApi } from './internal.js'
import { AsyncSearchApi } from './async-search.js'
import { AutoscalingApi } from './autoscaling.js'
import { CatApi } from './cat.js'
import { CcrApi } from './ccr.js'
import { ClusterApi } from './cluster.js'
import { ConnectorApi } from './connector.js'
import { DanglingIndicesApi } from './dangling-indices.js'
import { EncryptionApi } from './encryption.js'
import { EnrichApi } from './enrich.js'
import { EqlApi } from './eql.js'
import { EsqlApi } from './esql.js'
import { FeaturesApi } from './features.js'
import { FleetApi } from './fleet.js'
import { GraphApi } from './graph.js'
import { IlmApi } from './ilm.js'
import { IndicesApi } from './indices.js'
import { InferenceApi } from './inference.js'
import { IngestApi } from './ingest.js'
import { LicenseApi } from './license.js'
import { LogstashApi } from './logstash.js'
import { MigrationApi } from './migration.js'
import { MlApi } from './ml.js'
import { MonitoringApi } from './monitoring.js'
import { NodesApi } from './nodes.js'
import { ProfilingApi } from './profiling.js'
import { ProjectApi } from './project.js'
import { QueryRulesApi } from './query-rules.js'
import { RollupApi } from './rollup.js'
import { SearchApplicationApi } from './search-application.js'
import { SearchableSnapshotsApi } from './searchable-snapshots.js'
import { SecurityApi } from './security.js'
import { ShutdownApi } from './shutdown.js'
import { SimulateApi } from './simulate.js'
import { SlmApi } from './slm.js'
import { SnapshotApi } from './snapshot.js'
import { SqlApi } from './sql.js'
import { SslApi } from './ssl.js'
import { StreamsApi } from './streams.js'
import { SynonymsApi } from './synonyms.js'
import { TasksApi } from './tasks.js'
import { TextStructureApi } from './text-structure.js'
import { TransformApi } from './transform.js'
import { WatcherApi } from './watcher.js'
import { XpackApi } from './xpack.js'

/** The top-level endpoints, by method name. */
export const endpoints = endpointTable({
  bulk: ['bulk', 'POST,PUT /{index}/_bulk|POST,PUT /_bulk', 'include_source_on_error list_executed_pipelines pipeline refresh routing _slice _source _source_excludes _source_includes timeout wait_for_active_shards require_alias require_data_stream', 'ndjson operations', { bodyRequired: true }],
  cancelReindex: ['cancel_reindex', 'POST /_reindex/{task_id}/_cancel', 'wait_for_completion', 'none'],
  capabilities: ['capabilities', 'GET /_capabilities', 'method path parameters capabilities local_only timeout', 'none'],
  clearScroll: ['clear_scroll', 'DELETE /_search/scroll', '', 'fields scroll_id', { pathKeys: 'scroll_id' }],
  closePointInTime: ['close_point_in_time', 'DELETE /_pit', '', 'fields id'],
  count: ['count', 'POST,GET /{index}/_count|POST,GET /_count', 'allow_no_indices analyzer analyze_wildcard default_operator df expand_wildcards ignore_throttled ignore_unavailable lenient min_score preference routing stats _slice terminate_after q', 'fields query project_routing'],
  create: ['create', 'PUT,POST /{index}/_create/{id}', 'include_source_on_error pipeline refresh require_alias require_data_stream routing timeout version version_type wait_for_active_shards', 'value document'],
  delete: ['delete', 'DELETE /{index}/_doc/{id}', 'if_primary_term if_seq_no refresh routing _slice timeout version version_type wait_for_active_shards', 'none'],
  deleteByQuery: ['delete_by_query', 'POST /{index}/_delete_by_query', 'allow_no_indices analyzer analyze_wildcard conflicts default_operator df expand_wildcards from ignore_unavailable lenient max_docs preference refresh request_cache requests_per_second routing _slice q scroll scroll_size search_timeout search_type slices sort stats terminate_after timeout version wait_for_active_shards wait_for_completion', 'fields max_docs query slice sort'],
  deleteByQueryRethrottle: ['delete_by_query_rethrottle', 'POST /_delete_by_query/{task_id}/_rethrottle', 'requests_per_second', 'none'],
  deleteScript: ['delete_script', 'DELETE /_scripts/{id}', 'master_timeout timeout', 'none'],
  exists: ['exists', 'HEAD /{index}/_doc/{id}', 'preference realtime refresh routing _source _source_excludes _source_includes stored_fields version version_type', 'none'],
  existsSource: ['exists_source', 'HEAD /{index}/_source/{id}', 'preference realtime refresh routing _source _source_excludes _source_includes version version_type', 'none'],
  explain: ['explain', 'GET,POST /{index}/_explain/{id}', 'analyzer analyze_wildcard default_operator df lenient preference routing _slice _source _source_excludes _source_includes stored_fields q', 'fields query'],
  fieldCaps: ['field_caps', 'GET,POST /{index}/_field_caps|GET,POST /_field_caps', 'allow_no_indices expand_wildcards fields ignore_unavailable include_unmapped filters types include_empty_fields', 'fields fields index_filter runtime_mappings project_routing'],
  get: ['get', 'GET /{index}/_doc/{id}', 'force_synthetic_source preference realtime refresh routing _slice _source _source_excludes _source_exclude_vectors _source_includes stored_fields version version_type', 'none'],
  getReindex: ['get_reindex', 'GET /_reindex/{task_id}', 'wait_for_completion timeout', 'none'],
  getScript: ['get_script', 'GET /_scripts/{id}', 'master_timeout', 'none'],
  getScriptContext: ['get_script_context', 'GET /_script_context', '', 'none'],
  getScriptLanguages: ['get_script_languages', 'GET /_script_language', '', 'none'],
  getSource: ['get_source', 'GET /{index}/_source/{id}', 'preference realtime refresh routing _source _source_excludes _source_includes version version_type', 'none'],
  healthReport: ['health_report', 'GET /_health_report/{feature}|GET /_health_report', 'timeout verbose size', 'none'],
  index: ['index', 'PUT,POST /{index}/_doc/{id}|POST /{index}/_doc', 'if_primary_term if_seq_no include_source_on_error op_type pipeline refresh routing _slice timeout version version_type wait_for_active_shards require_alias require_data_stream', 'value document'],
  info: ['info', 'GET /', '', 'none'],
  knnSearch: ['knn_search', 'GET,POST /{index}/_knn_search', 'routing', 'fields _source docvalue_fields stored_fields fields filter knn'],
  listReindex: ['list_reindex', 'GET /_reindex', 'detailed', 'none'],
  mget: ['mget', 'GET,POST /{index}/_mget|GET,POST /_mget', 'force_synthetic_source preference realtime refresh routing _slice _source _source_excludes _source_includes stored_fields', 'fields docs ids'],
  msearch: ['msearch', 'GET,POST /{index}/_msearch|GET,POST /_msearch', 'allow_no_indices ccs_minimize_roundtrips expand_wildcards ignore_throttled ignore_unavailable include_named_queries_score index max_concurrent_searches max_concurrent_shard_requests pre_filter_shard_size project_routing rest_total_hits_as_int routing search_type _slice typed_keys', 'ndjson searches'],
  msearchTemplate: ['msearch_template', 'GET,POST /{index}/_msearch/template|GET,POST /_msearch/template', 'ccs_minimize_roundtrips max_concurrent_searches project_routing search_type rest_total_hits_as_int typed_keys', 'ndjson search_templates'],
  mtermvectors: ['mtermvectors', 'GET,POST /{index}/_mtermvectors|GET,POST /_mtermvectors', 'ids fields field_statistics offsets payloads positions preference realtime routing _slice term_statistics version version_type', 'fields docs ids'],
  openPointInTime: ['open_point_in_time', 'POST /{index}/_pit', 'keep_alive ignore_unavailable preference routing expand_wildcards allow_partial_search_results max_concurrent_shard_requests', 'fields index_filter project_routing'],
  ping: ['ping', 'HEAD /', '', 'none'],
  putScript: ['put_script', 'PUT,POST /_scripts/{id}/{context}|PUT,POST /_scripts/{id}', 'context master_timeout timeout', 'fields script'],
  rankEval: ['rank_eval', 'GET,POST /{index}/_rank_eval|GET,POST /_rank_eval', 'allow_no_indices expand_wildcards ignore_unavailable search_type', 'fields requests metric'],
  reindex: ['reindex', 'POST /_reindex', 'refresh requests_per_second scroll slices max_docs timeout wait_for_active_shards wait_for_completion require_alias', 'fields conflicts dest max_docs script source'],
  reindexRethrottle: ['reindex_rethrottle', 'POST /_reindex/{task_id}/_rethrottle', 'requests_per_second group_by', 'none'],
  renderSearchTemplate: ['render_search_template', 'GET,POST /_render/template/{id}|GET,POST /_render/template', '', 'fields file params source'],
  scriptsPainlessExecute: ['scripts_painless_execute', 'GET,POST /_scripts/painless/_execute', '', 'fields context context_setup script'],
  scroll: ['scroll', 'GET,POST /_search/scroll', 'scroll scroll_id rest_total_hits_as_int', 'fields scroll scroll_id', { pathKeys: 'scroll_id' }],
  search: ['search', 'GET,POST /{index}/_search|GET,POST /_search', 'allow_no_indices allow_partial_search_results analyzer analyze_wildcard batched_reduce_size ccs_minimize_roundtrips default_operator df docvalue_fields expand_wildcards explain ignore_throttled ignore_unavailable include_named_queries_score lenient max_concurrent_shard_requests preference pre_filter_shard_size request_cache routing _slice scroll search_type stats stored_fields suggest_field suggest_mode suggest_size suggest_text terminate_after timeout track_total_hits track_scores typed_keys rest_total_hits_as_int version _source _source_excludes _source_exclude_vectors _source_includes seq_no_primary_term q size from sort force_synthetic_source', 'fields aggregations aggs collapse explain ext from highlight track_total_hits indices_boost docvalue_fields knn rank min_score post_filter profile query rescore retriever script_fields search_after size slice sort _source fields suggest terminate_after timeout track_scores version seq_no_primary_term stored_fields pit runtime_mappings stats project_routing', { sortInQuery: true }],
  searchMvt: ['search_mvt', 'POST,GET /{index}/_mvt/{field}/{zoom}/{x}/{y}', 'exact_bounds extent grid_agg grid_precision grid_type size track_total_hits with_labels', 'fields aggs buffer exact_bounds extent fields grid_agg grid_precision grid_type query runtime_mappings size sort track_total_hits with_labels project_routing'],
  searchShards: ['search_shards', 'GET,POST /{index}/_search_shards|GET,POST /_search_shards', 'allow_no_indices expand_wildcards ignore_unavailable local master_timeout preference routing _slice', 'none'],
  searchTemplate: ['search_template', 'GET,POST /{index}/_search/template|GET,POST /_search/template', 'allow_no_indices ccs_minimize_roundtrips expand_wildcards explain ignore_throttled ignore_unavailable preference profile routing scroll search_type rest_total_hits_as_int typed_keys', 'fields explain id params profile source project_routing'],
  termsEnum: ['terms_enum', 'GET,POST /{index}/_terms_enum', '', 'fields field size timeout case_insensitive index_filter string search_after project_routing'],
  termvectors: ['termvectors', 'GET,POST /{index}/_termvectors/{id}|GET,POST /{index}/_termvectors', 'fields field_statistics offsets payloads positions preference realtime routing _slice term_statistics version version_type', 'fields doc filter per_field_analyzer fields field_statistics offsets payloads positions term_statistics routing version version_type'],
  update: ['update', 'POST /{index}/_update/{id}', 'if_primary_term if_seq_no include_source_on_error lang refresh require_alias retry_on_conflict routing _slice timeout wait_for_active_shards _source _source_excludes _source_includes', 'fields detect_noop doc doc_as_upsert script scripted_upsert _source upsert'],
  updateByQuery: ['update_by_query', 'POST /{index}/_update_by_query', 'allow_no_indices analyzer analyze_wildcard conflicts default_operator df expand_wildcards from ignore_unavailable lenient max_docs pipeline preference q refresh request_cache requests_per_second routing _slice scroll scroll_size search_timeout search_type slices sort stats terminate_after timeout version version_type wait_for_active_shards wait_for_completion', 'fields max_docs query script slice conflicts'],
  updateByQueryRethrottle: ['update_by_query_rethrottle', 'POST /_update_by_query/{task_id}/_rethrottle', 'requests_per_second', 'none'],
})

/**
 * Every endpoint of the specification as a method: top-level endpoints here, the others on namespace
 * getters (`client.indices.create`, `client.cat.indices`), each created on first use and kept per client.
 */
export class ApiClient implements ApiNamespace {
  readonly transport: ApiNamespace['transport']
  #internal: InternalApi | undefined
  #asyncSearch: AsyncSearchApi | undefined
  #autoscaling: AutoscalingApi | undefined
  #cat: CatApi | undefined
  #ccr: CcrApi | undefined
  #cluster: ClusterApi | undefined
  #connector: ConnectorApi | undefined
  #danglingIndices: DanglingIndicesApi | undefined
  #encryption: EncryptionApi | undefined
  #enrich: EnrichApi | undefined
  #eql: EqlApi | undefined
  #esql: EsqlApi | undefined
  #features: FeaturesApi | undefined
  #fleet: FleetApi | undefined
  #graph: GraphApi | undefined
  #ilm: IlmApi | undefined
  #indices: IndicesApi | undefined
  #inference: InferenceApi | undefined
  #ingest: IngestApi | undefined
  #license: LicenseApi | undefined
  #logstash: LogstashApi | undefined
  #migration: MigrationApi | undefined
  #ml: MlApi | undefined
  #monitoring: MonitoringApi | undefined
  #nodes: NodesApi | undefined
  #profiling: ProfilingApi | undefined
  #project: ProjectApi | undefined
  #queryRules: QueryRulesApi | undefined
  #rollup: RollupApi | undefined
  #searchApplication: SearchApplicationApi | undefined
  #searchableSnapshots: SearchableSnapshotsApi | undefined
  #security: SecurityApi | undefined
  #shutdown: ShutdownApi | undefined
  #simulate: SimulateApi | undefined
  #slm: SlmApi | undefined
  #snapshot: SnapshotApi | undefined
  #sql: SqlApi | undefined
  #ssl: SslApi | undefined
  #streams: StreamsApi | undefined
  #synonyms: SynonymsApi | undefined
  #tasks: TasksApi | undefined
  #textStructure: TextStructureApi | undefined
  #transform: TransformApi | undefined
  #watcher: WatcherApi | undefined
  #xpack: XpackApi | undefined

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /** The `_internal` APIs. */
  get internal(): InternalApi {
    return (this.#internal ??= new InternalApi(this.transport))
  }

  /** The `async_search` APIs. */
  get asyncSearch(): AsyncSearchApi {
    return (this.#asyncSearch ??= new AsyncSearchApi(this.transport))
  }

  /** The `autoscaling` APIs. */
  get autoscaling(): AutoscalingApi {
    return (this.#autoscaling ??= new AutoscalingApi(this.transport))
  }

  /** The `cat` APIs. */
  get cat(): CatApi {
    return (this.#cat ??= new CatApi(this.transport))
  }

  /** The `ccr` APIs. */
  get ccr(): CcrApi {
    return (this.#ccr ??= new CcrApi(this.transport))
  }

  /** The `cluster` APIs. */
  get cluster(): ClusterApi {
    return (this.#cluster ??= new ClusterApi(this.transport))
  }

  /** The `connector` APIs. */
  get connector(): ConnectorApi {
    return (this.#connector ??= new ConnectorApi(this.transport))
  }

  /** The `dangling_indices` APIs. */
  get danglingIndices(): DanglingIndicesApi {
    return (this.#danglingIndices ??= new DanglingIndicesApi(this.transport))
  }

  /** The `encryption` APIs. */
  get encryption(): EncryptionApi {
    return (this.#encryption ??= new EncryptionApi(this.transport))
  }

  /** The `enrich` APIs. */
  get enrich(): EnrichApi {
    return (this.#enrich ??= new EnrichApi(this.transport))
  }

  /** The `eql` APIs. */
  get eql(): EqlApi {
    return (this.#eql ??= new EqlApi(this.transport))
  }

  /** The `esql` APIs. */
  get esql(): EsqlApi {
    return (this.#esql ??= new EsqlApi(this.transport))
  }

  /** The `features` APIs. */
  get features(): FeaturesApi {
    return (this.#features ??= new FeaturesApi(this.transport))
  }

  /** The `fleet` APIs. */
  get fleet(): FleetApi {
    return (this.#fleet ??= new FleetApi(this.transport))
  }

  /** The `graph` APIs. */
  get graph(): GraphApi {
    return (this.#graph ??= new GraphApi(this.transport))
  }

  /** The `ilm` APIs. */
  get ilm(): IlmApi {
    return (this.#ilm ??= new IlmApi(this.transport))
  }

  /** The `indices` APIs. */
  get indices(): IndicesApi {
    return (this.#indices ??= new IndicesApi(this.transport))
  }

  /** The `inference` APIs. */
  get inference(): InferenceApi {
    return (this.#inference ??= new InferenceApi(this.transport))
  }

  /** The `ingest` APIs. */
  get ingest(): IngestApi {
    return (this.#ingest ??= new IngestApi(this.transport))
  }

  /** The `license` APIs. */
  get license(): LicenseApi {
    return (this.#license ??= new LicenseApi(this.transport))
  }

  /** The `logstash` APIs. */
  get logstash(): LogstashApi {
    return (this.#logstash ??= new LogstashApi(this.transport))
  }

  /** The `migration` APIs. */
  get migration(): MigrationApi {
    return (this.#migration ??= new MigrationApi(this.transport))
  }

  /** The `ml` APIs. */
  get ml(): MlApi {
    return (this.#ml ??= new MlApi(this.transport))
  }

  /** The `monitoring` APIs. */
  get monitoring(): MonitoringApi {
    return (this.#monitoring ??= new MonitoringApi(this.transport))
  }

  /** The `nodes` APIs. */
  get nodes(): NodesApi {
    return (this.#nodes ??= new NodesApi(this.transport))
  }

  /** The `profiling` APIs. */
  get profiling(): ProfilingApi {
    return (this.#profiling ??= new ProfilingApi(this.transport))
  }

  /** The `project` APIs. */
  get project(): ProjectApi {
    return (this.#project ??= new ProjectApi(this.transport))
  }

  /** The `query_rules` APIs. */
  get queryRules(): QueryRulesApi {
    return (this.#queryRules ??= new QueryRulesApi(this.transport))
  }

  /** The `rollup` APIs. */
  get rollup(): RollupApi {
    return (this.#rollup ??= new RollupApi(this.transport))
  }

  /** The `search_application` APIs. */
  get searchApplication(): SearchApplicationApi {
    return (this.#searchApplication ??= new SearchApplicationApi(this.transport))
  }

  /** The `searchable_snapshots` APIs. */
  get searchableSnapshots(): SearchableSnapshotsApi {
    return (this.#searchableSnapshots ??= new SearchableSnapshotsApi(this.transport))
  }

  /** The `security` APIs. */
  get security(): SecurityApi {
    return (this.#security ??= new SecurityApi(this.transport))
  }

  /** The `shutdown` APIs. */
  get shutdown(): ShutdownApi {
    return (this.#shutdown ??= new ShutdownApi(this.transport))
  }

  /** The `simulate` APIs. */
  get simulate(): SimulateApi {
    return (this.#simulate ??= new SimulateApi(this.transport))
  }

  /** The `slm` APIs. */
  get slm(): SlmApi {
    return (this.#slm ??= new SlmApi(this.transport))
  }

  /** The `snapshot` APIs. */
  get snapshot(): SnapshotApi {
    return (this.#snapshot ??= new SnapshotApi(this.transport))
  }

  /** The `sql` APIs. */
  get sql(): SqlApi {
    return (this.#sql ??= new SqlApi(this.transport))
  }

  /** The `ssl` APIs. */
  get ssl(): SslApi {
    return (this.#ssl ??= new SslApi(this.transport))
  }

  /** The `streams` APIs. */
  get streams(): StreamsApi {
    return (this.#streams ??= new StreamsApi(this.transport))
  }

  /** The `synonyms` APIs. */
  get synonyms(): SynonymsApi {
    return (this.#synonyms ??= new SynonymsApi(this.transport))
  }

  /** The `tasks` APIs. */
  get tasks(): TasksApi {
    return (this.#tasks ??= new TasksApi(this.transport))
  }

  /** The `text_structure` APIs. */
  get textStructure(): TextStructureApi {
    return (this.#textStructure ??= new TextStructureApi(this.transport))
  }

  /** The `transform` APIs. */
  get transform(): TransformApi {
    return (this.#transform ??= new TransformApi(this.transport))
  }

  /** The `watcher` APIs. */
  get watcher(): WatcherApi {
    return (this.#watcher ??= new WatcherApi(this.transport))
  }

  /** The `xpack` APIs. */
  get xpack(): XpackApi {
    return (this.#xpack ??= new XpackApi(this.transport))
  }

  /**
   * Bulk index or delete documents.
   * `POST|PUT /{index}/_bulk`, `POST|PUT /_bulk`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-bulk
   */
  declare bulk: { <TDocument = unknown, TPartialDocument = unknown>(params: Ndjson<BulkRequest<TDocument, TPartialDocument>, 'operations'>, options: MetaOptions): Promise<TransportResult<BulkResponse>>; <TDocument = unknown, TPartialDocument = unknown>(params: Ndjson<BulkRequest<TDocument, TPartialDocument>, 'operations'>, options?: RequestOptions): Promise<BulkResponse> }
  /**
   * Cancel an ongoing reindex task.
   * `POST /_reindex/{task_id}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare cancelReindex: Call<CancelReindexRequest, CancelReindexResponse>
  /**
   * Checks if the specified combination of method, API, parameters, and arbitrary capabilities are supported.
   * `GET /_capabilities`
   * @see https://github.com/elastic/elasticsearch/blob/main/rest-api-spec/src/yamlRestTest/resources/rest-api-spec/test/README.asciidoc#require-or-skip-api-capabilities
   */
  declare capabilities: OptionalCall<CapabilitiesRequest, CapabilitiesResponse>
  /**
   * Clear a scrolling search.
   * `DELETE /_search/scroll`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-clear-scroll
   */
  declare clearScroll: OptionalCall<ClearScrollRequest, ClearScrollResponse>
  /**
   * Close a point in time.
   * `DELETE /_pit`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-open-point-in-time
   */
  declare closePointInTime: Call<ClosePointInTimeRequest, ClosePointInTimeResponse>
  /**
   * Count search results.
   * `POST|GET /{index}/_count`, `POST|GET /_count`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-count
   */
  declare count: OptionalCall<CountRequest, CountResponse>
  /**
   * Create a new document in the index.
   * `PUT|POST /{index}/_create/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-create
   */
  declare create: { <TDocument = unknown>(params: CreateRequest<TDocument>, options: MetaOptions): Promise<TransportResult<CreateResponse>>; <TDocument = unknown>(params: CreateRequest<TDocument>, options?: RequestOptions): Promise<CreateResponse> }
  /**
   * Delete a document.
   * `DELETE /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete
   */
  declare delete: Call<DeleteRequest, DeleteResponse>
  /**
   * Delete documents.
   * `POST /{index}/_delete_by_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-by-query
   */
  declare deleteByQuery: Call<DeleteByQueryRequest, DeleteByQueryResponse>
  /**
   * Throttle a delete by query operation.
   * `POST /_delete_by_query/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-by-query-rethrottle
   */
  declare deleteByQueryRethrottle: Call<DeleteByQueryRethrottleRequest, DeleteByQueryRethrottleResponse>
  /**
   * Delete a script or search template.
   * `DELETE /_scripts/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete-script
   */
  declare deleteScript: Call<DeleteScriptRequest, DeleteScriptResponse>
  /**
   * Check a document.
   * `HEAD /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  declare exists: Call<ExistsRequest, ExistsResponse>
  /**
   * Check for a document source.
   * `HEAD /{index}/_source/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  declare existsSource: Call<ExistsSourceRequest, ExistsSourceResponse>
  /**
   * Explain a document match result.
   * `GET|POST /{index}/_explain/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-explain
   */
  declare explain: { <TDocument = unknown>(params: ExplainRequest, options: MetaOptions): Promise<TransportResult<ExplainResponse<TDocument>>>; <TDocument = unknown>(params: ExplainRequest, options?: RequestOptions): Promise<ExplainResponse<TDocument>> }
  /**
   * Get the field capabilities.
   * `GET|POST /{index}/_field_caps`, `GET|POST /_field_caps`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-field-caps
   */
  declare fieldCaps: OptionalCall<FieldCapsRequest, FieldCapsResponse>
  /**
   * Get a document by its ID.
   * `GET /{index}/_doc/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  declare get: { <TDocument = unknown>(params: GetRequest, options: MetaOptions): Promise<TransportResult<GetResponse<TDocument>>>; <TDocument = unknown>(params: GetRequest, options?: RequestOptions): Promise<GetResponse<TDocument>> }
  /**
   * Get the status and progress of a specific reindex task.
   * `GET /_reindex/{task_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare getReindex: Call<GetReindexRequest, GetReindexResponse>
  /**
   * Get a script or search template.
   * `GET /_scripts/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script
   */
  declare getScript: Call<GetScriptRequest, GetScriptResponse>
  /**
   * Get script contexts.
   * `GET /_script_context`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script-context
   */
  declare getScriptContext: OptionalCall<GetScriptContextRequest, GetScriptContextResponse>
  /**
   * Get script languages.
   * `GET /_script_language`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get-script-languages
   */
  declare getScriptLanguages: OptionalCall<GetScriptLanguagesRequest, GetScriptLanguagesResponse>
  /**
   * Get a document's source.
   * `GET /{index}/_source/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-get
   */
  declare getSource: { <TDocument = unknown>(params: GetSourceRequest, options: MetaOptions): Promise<TransportResult<GetSourceResponse<TDocument>>>; <TDocument = unknown>(params: GetSourceRequest, options?: RequestOptions): Promise<GetSourceResponse<TDocument>> }
  /**
   * Get the cluster health.
   * `GET /_health_report/{feature}`, `GET /_health_report`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-health-report
   */
  declare healthReport: OptionalCall<HealthReportRequest, HealthReportResponse>
  /**
   * Create or update a document in an index.
   * `PUT|POST /{index}/_doc/{id}`, `POST /{index}/_doc`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-create
   */
  declare index: { <TDocument = unknown>(params: IndexRequest<TDocument>, options: MetaOptions): Promise<TransportResult<IndexResponse>>; <TDocument = unknown>(params: IndexRequest<TDocument>, options?: RequestOptions): Promise<IndexResponse> }
  /**
   * Get cluster info.
   * `GET /`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-info
   */
  declare info: OptionalCall<InfoRequest, InfoResponse>
  /**
   * Run a knn search.
   * `GET|POST /{index}/_knn_search`
   * @deprecated The kNN search API has been replaced by the `knn` option in the search API.
   */
  declare knnSearch: { <TDocument = unknown>(params: KnnSearchRequest, options: MetaOptions): Promise<TransportResult<KnnSearchResponse<TDocument>>>; <TDocument = unknown>(params: KnnSearchRequest, options?: RequestOptions): Promise<KnnSearchResponse<TDocument>> }
  /**
   * Get information about all currently running reindex tasks.
   * `GET /_reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare listReindex: OptionalCall<ListReindexRequest, ListReindexResponse>
  /**
   * Get multiple documents.
   * `GET|POST /{index}/_mget`, `GET|POST /_mget`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-mget
   */
  declare mget: { <TDocument = unknown>(params: MgetRequest | undefined, options: MetaOptions): Promise<TransportResult<MgetResponse<TDocument>>>; <TDocument = unknown>(params?: MgetRequest, options?: RequestOptions): Promise<MgetResponse<TDocument>> }
  /**
   * Run multiple searches.
   * `GET|POST /{index}/_msearch`, `GET|POST /_msearch`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-msearch
   */
  declare msearch: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<MsearchRequest, 'searches'>, options: MetaOptions): Promise<TransportResult<MsearchResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<MsearchRequest, 'searches'>, options?: RequestOptions): Promise<MsearchResponse<TDocument, TAggregations>> }
  /**
   * Run multiple templated searches.
   * `GET|POST /{index}/_msearch/template`, `GET|POST /_msearch/template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-msearch-template
   */
  declare msearchTemplate: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<MsearchTemplateRequest, 'search_templates'>, options: MetaOptions): Promise<TransportResult<MsearchTemplateResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: Ndjson<MsearchTemplateRequest, 'search_templates'>, options?: RequestOptions): Promise<MsearchTemplateResponse<TDocument, TAggregations>> }
  /**
   * Get multiple term vectors.
   * `GET|POST /{index}/_mtermvectors`, `GET|POST /_mtermvectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-mtermvectors
   */
  declare mtermvectors: OptionalCall<MtermvectorsRequest, MtermvectorsResponse>
  /**
   * Open a point in time.
   * `POST /{index}/_pit`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-open-point-in-time
   */
  declare openPointInTime: Call<OpenPointInTimeRequest, OpenPointInTimeResponse>
  /**
   * Ping the cluster.
   * `HEAD /`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-cluster
   */
  declare ping: OptionalCall<PingRequest, PingResponse>
  /**
   * Create or update a script or search template.
   * `PUT|POST /_scripts/{id}/{context}`, `PUT|POST /_scripts/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-put-script
   */
  declare putScript: Call<PutScriptRequest, PutScriptResponse>
  /**
   * Evaluate ranked search results.
   * `GET|POST /{index}/_rank_eval`, `GET|POST /_rank_eval`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-rank-eval
   */
  declare rankEval: Call<RankEvalRequest, RankEvalResponse>
  /**
   * Reindex documents.
   * `POST /_reindex`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-reindex
   */
  declare reindex: Call<ReindexRequest, ReindexResponse>
  /**
   * Throttle a reindex operation.
   * `POST /_reindex/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-reindex
   */
  declare reindexRethrottle: Call<ReindexRethrottleRequest, ReindexRethrottleResponse>
  /**
   * Render a search template.
   * `GET|POST /_render/template/{id}`, `GET|POST /_render/template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-render-search-template
   */
  declare renderSearchTemplate: OptionalCall<RenderSearchTemplateRequest, RenderSearchTemplateResponse>
  /**
   * Run a script.
   * `GET|POST /_scripts/painless/_execute`
   * @see https://www.elastic.co/docs/reference/scripting-languages/painless/painless-api-examples
   */
  declare scriptsPainlessExecute: { <TResult = unknown>(params: ScriptsPainlessExecuteRequest | undefined, options: MetaOptions): Promise<TransportResult<ScriptsPainlessExecuteResponse<TResult>>>; <TResult = unknown>(params?: ScriptsPainlessExecuteRequest, options?: RequestOptions): Promise<ScriptsPainlessExecuteResponse<TResult>> }
  /**
   * Run a scrolling search.
   * `GET|POST /_search/scroll`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-scroll
   */
  declare scroll: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: ScrollRequest, options: MetaOptions): Promise<TransportResult<ScrollResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: ScrollRequest, options?: RequestOptions): Promise<ScrollResponse<TDocument, TAggregations>> }
  /**
   * Run a search.
   * `GET|POST /{index}/_search`, `GET|POST /_search`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search
   */
  declare search: SearchCall
  /**
   * Search a vector tile.
   * `POST|GET /{index}/_mvt/{field}/{zoom}/{x}/{y}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-mvt
   */
  declare searchMvt: Call<SearchMvtRequest, SearchMvtResponse>
  /**
   * Get the search shards.
   * `GET|POST /{index}/_search_shards`, `GET|POST /_search_shards`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-shards
   */
  declare searchShards: OptionalCall<SearchShardsRequest, SearchShardsResponse>
  /**
   * Run a search with a search template.
   * `GET|POST /{index}/_search/template`, `GET|POST /_search/template`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search-template
   */
  declare searchTemplate: { <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params: SearchTemplateRequest | undefined, options: MetaOptions): Promise<TransportResult<SearchTemplateResponse<TDocument, TAggregations>>>; <TDocument = unknown, TAggregations = Record<AggregateName, AggregationsAggregate>>(params?: SearchTemplateRequest, options?: RequestOptions): Promise<SearchTemplateResponse<TDocument, TAggregations>> }
  /**
   * Get terms in an index.
   * `GET|POST /{index}/_terms_enum`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-terms-enum
   */
  declare termsEnum: Call<TermsEnumRequest, TermsEnumResponse>
  /**
   * Get term vector information.
   * `GET|POST /{index}/_termvectors/{id}`, `GET|POST /{index}/_termvectors`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-termvectors
   */
  declare termvectors: { <TDocument = unknown>(params: TermvectorsRequest<TDocument>, options: MetaOptions): Promise<TransportResult<TermvectorsResponse>>; <TDocument = unknown>(params: TermvectorsRequest<TDocument>, options?: RequestOptions): Promise<TermvectorsResponse> }
  /**
   * Update a document.
   * `POST /{index}/_update/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update
   */
  declare update: { <TDocument = unknown, TPartialDocument = unknown, TDocumentR = unknown>(params: UpdateRequest<TDocument, TPartialDocument>, options: MetaOptions): Promise<TransportResult<UpdateResponse<TDocumentR>>>; <TDocument = unknown, TPartialDocument = unknown, TDocumentR = unknown>(params: UpdateRequest<TDocument, TPartialDocument>, options?: RequestOptions): Promise<UpdateResponse<TDocumentR>> }
  /**
   * Update documents.
   * `POST /{index}/_update_by_query`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update-by-query
   */
  declare updateByQuery: Call<UpdateByQueryRequest, UpdateByQueryResponse>
  /**
   * Throttle an update by query operation.
   * `POST /_update_by_query/{task_id}/_rethrottle`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-update-by-query-rethrottle
   */
  declare updateByQueryRethrottle: Call<UpdateByQueryRethrottleRequest, UpdateByQueryRethrottleResponse>
}
installMethods(ApiClient, endpoints)
