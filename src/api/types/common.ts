// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsMissing } from './aggregations.js'
import type { ClusterAllocationExplainUnassignedInformation } from './cluster.js'
import type { BulkFailureStoreStatus, SearchFieldCollapse, SearchInnerHits, SearchRescore, SearchSearchRequestBody } from './core.js'
import type { IndicesStatsShardFileSizeInfo, IndicesStatsShardRoutingState } from './indices.js'
import type { InferenceEmbeddingContentFormat, InferenceEmbeddingContentType } from './inference.js'
import type { MappingChunkRescorerChunkingSettings, MappingFieldType } from './mapping.js'
import type { QueryDslQueryBase, QueryDslQueryContainer } from './query-dsl.js'
import type { WatcherSearchInputRequestDefinition } from './watcher.js'

export interface AcknowledgedResponseBase {
  /** For a successful response, this value is always true. On failure, an exception is returned instead. */
  acknowledged: boolean
}

/** The aggregation name as returned from the server. Depending whether typed_keys is specified this could come back in the form of `name#type` instead of simply `name` */
export type AggregateName = string

export interface BulkIndexByScrollFailure {
  cause: ErrorCause
  id: Id
  index: IndexName
  status: integer
}

export interface BulkStats {
  total_operations: long
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
  total_size?: ByteSize
  total_size_in_bytes: long
  avg_time?: Duration
  avg_time_in_millis: DurationValue<UnitMillis>
  avg_size?: ByteSize
  avg_size_in_bytes: long
}

export type ByteSize = long | string

export type Bytes = 'b' | 'kb' | 'mb' | 'gb' | 'tb' | 'pb'

export interface CartesianPoint {
  x: double
  y: double
}

export type CategoryId = long

export interface ChunkRescorer {
  /** The number of chunks per document to evaluate for reranking. */
  size?: integer
  /** Chunking settings to apply */
  chunking_settings?: MappingChunkRescorerChunkingSettings
}

export type ClusterAlias = string

export interface ClusterDetails {
  status: ClusterSearchStatus
  indices: string
  took?: DurationValue<UnitMillis>
  timed_out: boolean
  _shards?: ShardStatistics
  failures?: ShardFailure[]
}

export type ClusterInfoTarget = '_all' | 'http' | 'ingest' | 'thread_pool' | 'script'

export type ClusterInfoTargets = ClusterInfoTarget | ClusterInfoTarget[]

export type ClusterSearchStatus = 'running' | 'successful' | 'partial' | 'skipped' | 'failed'

export interface ClusterStatistics {
  skipped: integer
  successful: integer
  total: integer
  running: integer
  partial: integer
  failed: integer
  details?: Record<ClusterAlias, ClusterDetails>
}

export type CommonStatsFlag = '_all' | 'store' | 'indexing' | 'get' | 'search' | 'merge' | 'flush' | 'refresh' | 'query_cache' | 'fielddata' | 'docs' | 'warmer' | 'completion' | 'segments' | 'translog' | 'request_cache' | 'recovery' | 'bulk' | 'shard_stats' | 'mappings' | 'dense_vector' | 'sparse_vector'

export type CommonStatsFlags = CommonStatsFlag | CommonStatsFlag[]

export interface CompletionStats {
  /** Total amount, in bytes, of memory used for completion across all shards assigned to selected nodes. */
  size_in_bytes: long
  /** Total amount of memory used for completion across all shards assigned to selected nodes. */
  size?: ByteSize
  fields?: Record<Field, FieldSizeUsage>
}

export type Conflicts = 'abort' | 'proceed'

export interface CoordsGeoBounds {
  top: double
  bottom: double
  left: double
  right: double
}

export type DFIIndependenceMeasure = 'standardized' | 'saturated' | 'chisquared'

export type DFRAfterEffect = 'no' | 'b' | 'l'

export type DFRBasicModel = 'be' | 'd' | 'g' | 'if' | 'in' | 'ine' | 'p'

export type DataStreamName = string

export type DataStreamNames = DataStreamName | DataStreamName[]

export type DateFormat = string

export type DateMath = string

/** A date and time, either as a string whose format can depend on the context (defaulting to ISO 8601), or a number of milliseconds since the Epoch. Elasticsearch accepts both as input, but will generally output a string representation. */
export type DateTime = string | EpochTime<UnitMillis>

export type Distance = string

export type DistanceUnit = 'in' | 'ft' | 'yd' | 'mi' | 'nmi' | 'km' | 'm' | 'cm' | 'mm'

export interface DiversifyRetriever extends RetrieverBase {
  /** The diversification strategy to apply. */
  type: DiversifyRetrieverTypes
  /** The document field on which to diversify results on. */
  field: string
  /** The nested retriever whose results will be diversified. */
  retriever: RetrieverContainer
  /** The number of top documents to return after diversification. */
  size?: integer
  /** The number of top documents from the nested retriever to consider for diversification. */
  rank_window_size?: integer
  /** The query vector used for diversification. */
  query_vector?: QueryVector
  /** a dense vector query vector builder to use instead of a static query_vector */
  query_vector_builder?: QueryVectorBuilder
  /** Controls the trade-off between relevance and diversity for MMR. A value of 0.0 focuses solely on diversity, while a value of 1.0 focuses solely on relevance. Required for MMR */
  lambda?: float
}

export type DiversifyRetrieverTypes = 'mmr'

export interface DocStats {
  /** Total number of non-deleted documents across all primary shards assigned to selected nodes. This number is based on documents in Lucene segments and may include documents from nested fields. */
  count: long
  /** Total number of deleted documents across all primary shards assigned to selected nodes. This number is based on documents in Lucene segments. Elasticsearch reclaims the disk space of deleted Lucene documents when a segment is merged. */
  deleted?: long
  /** Returns the total size in bytes of all documents in this stats. This value may be more reliable than store_stats.size_in_bytes in estimating the index size. */
  total_size_in_bytes: long
  /** Human readable total_size_in_bytes */
  total_size?: ByteSize
}

/** A duration. Units can be `nanos`, `micros`, `ms` (milliseconds), `s` (seconds), `m` (minutes), `h` (hours) and `d` (days). Also accepts "0" without a unit and "-1" to indicate an unspecified value. */
export type Duration = string | -1 | 0

/** A date histogram interval. Similar to `Duration` with additional units: `w` (week), `M` (month), `q` (quarter) and `y` (year) */
export type DurationLarge = string

export type DurationValue<Unit = unknown> = Unit

export interface ElasticsearchVersionInfo {
  /** The Elasticsearch Git commit's date. */
  build_date: DateTime
  /** The build flavor. For example, `default`. */
  build_flavor: string
  /** The Elasticsearch Git commit's SHA hash. */
  build_hash: string
  /** Indicates whether the Elasticsearch build was a snapshot. */
  build_snapshot: boolean
  /** The build type that corresponds to how Elasticsearch was installed. For example, `docker`, `rpm`, or `tar`. */
  build_type: string
  /** The version number of Elasticsearch's underlying Lucene software. */
  lucene_version: VersionString
  /** The minimum index version with which the responding node can read from disk. */
  minimum_index_compatibility_version: VersionString
  /** The minimum node version with which the responding node can communicate. Also the minimum version from which you can perform a rolling upgrade. */
  minimum_wire_compatibility_version: VersionString
  /** The Elasticsearch version number. */
  number: string
}

/** Reduced (minimal) info ElasticsearchVersion */
export interface ElasticsearchVersionMinInfo {
  build_flavor: string
  minimum_index_compatibility_version: VersionString
  minimum_wire_compatibility_version: VersionString
  number: string
}

export interface Embedding {
  inference_id?: string
  input: KnnEmbeddingInput
  timeout?: Duration
}

/** For empty Class assignments */
export interface EmptyObject {
}

export type EpochTime<Unit = unknown> = Unit

/** Cause and details about a request failure. This class defines the properties common to all error types. Additional details are also provided, that depend on the error type. */
export interface ErrorCauseKeys {
  /** The type of error */
  type: string
  /** A human-readable explanation of the error, in English. */
  reason?: string | null
  /** The server stack trace. Present only if the `error_trace=true` parameter was sent with the request. */
  stack_trace?: string
  caused_by?: ErrorCause
  root_cause?: ErrorCause[]
  suppressed?: ErrorCause[]
}
export type ErrorCause = ErrorCauseKeys & { [property: string]: any }

/** The response returned by Elasticsearch when request execution did not succeed. */
export interface ErrorResponseBase {
  error: ErrorCause
  status: integer
}

export type ExpandWildcard = 'all' | 'open' | 'closed' | 'hidden' | 'none'

export type ExpandWildcards = ExpandWildcard | ExpandWildcard[]

/** Path to field or array of paths. Some API's support wildcards in the path to select multiple fields. */
export type Field = string

export interface FieldMemoryUsage {
  memory_size?: ByteSize
  memory_size_in_bytes: long
}

export interface FieldSizeUsage {
  size?: ByteSize
  size_in_bytes: long
}

export interface FieldSort {
  missing?: AggregationsMissing
  mode?: SortMode
  nested?: NestedSortValue
  order?: SortOrder
  unmapped_type?: MappingFieldType
  numeric_type?: FieldSortNumericType
  format?: string
}

export type FieldSortNumericType = 'long' | 'double' | 'date' | 'date_nanos'

/** A field value. */
export type FieldValue = long | double | string | boolean | null

export interface FielddataStats {
  evictions?: long
  memory_size?: ByteSize
  memory_size_in_bytes: long
  fields?: Record<Field, FieldMemoryUsage>
  global_ordinals: GlobalOrdinalsStats
}

export type Fields = Field | Field[]

export interface FlushStats {
  periodic: long
  total: long
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
  total_time_excluding_waiting?: Duration
  total_time_excluding_waiting_on_lock_in_millis: DurationValue<UnitMillis>
}

export type Fuzziness = string | integer

/** A geo bounding box. It can be represented in various ways: - as 4 top/bottom/left/right coordinates - as 2 top_left / bottom_right points - as 2 top_right / bottom_left points - as a WKT bounding box */
export type GeoBounds = CoordsGeoBounds | TopLeftBottomRightGeoBounds | TopRightBottomLeftGeoBounds | WktGeoBounds

export interface GeoDistanceSortKeys {
  mode?: SortMode
  distance_type?: GeoDistanceType
  ignore_unmapped?: boolean
  order?: SortOrder
  unit?: DistanceUnit
  nested?: NestedSortValue
}
export type GeoDistanceSort = GeoDistanceSortKeys & { [property: string]: GeoLocation | GeoLocation[] | SortMode | GeoDistanceType | boolean | SortOrder | DistanceUnit | NestedSortValue }

export type GeoDistanceType = 'arc' | 'plane'

export type GeoHash = string

export interface GeoHashLocation {
  geohash: GeoHash
}

/** A precision that can be expressed as a geohash length between 1 and 12, or a distance measure like "1km", "10m". */
export type GeoHashPrecision = integer | string

/** A map hex cell (H3) reference */
export type GeoHexCell = string

/** A GeoJson GeoLine. */
export interface GeoLine {
  /** Always `"LineString"` */
  type: string
  /** Array of `[lon, lat]` coordinates */
  coordinates: double[][]
}

/** A latitude/longitude as a 2 dimensional point. It can be represented in various ways: - as a `{lat, long}` object - as a geo hash value - as a `[lon, lat]` array - as a string in `"<lat>, <lon>"` or WKT point formats */
export type GeoLocation = LatLonGeoLocation | GeoHashLocation | double[] | string

/** A GeoJson shape, that can also use Elasticsearch's `envelope` extension. */
export type GeoShape = any

export type GeoShapeRelation = 'intersects' | 'disjoint' | 'within' | 'contains'

/** A map tile reference, represented as `{zoom}/{x}/{y}` */
export type GeoTile = string

export type GeoTilePrecision = integer

export interface GetStats {
  current: long
  exists_time?: Duration
  exists_time_in_millis: DurationValue<UnitMillis>
  exists_total: long
  missing_time?: Duration
  missing_time_in_millis: DurationValue<UnitMillis>
  missing_total: long
  getTime?: Duration
  time_in_millis: DurationValue<UnitMillis>
  total: long
}

export interface GlobalOrdinalFieldStats {
  build_time_in_millis: UnitMillis
  build_time?: string
  shard_max_value_count: long
}

export interface GlobalOrdinalsStats {
  build_time_in_millis: UnitMillis
  build_time?: string
  fields?: Record<Name, GlobalOrdinalFieldStats>
}

export type GrokPattern = string

export type HealthStatus = 'green' | 'GREEN' | 'yellow' | 'YELLOW' | 'red' | 'RED' | 'unknown' | 'unavailable'

export type Host = string

export type HttpHeaders = Record<string, string | string[]>

export type IBDistribution = 'll' | 'spl'

export type IBLambda = 'df' | 'ttf'

export type Id = string

export type Ids = Id | Id[]

export type IndexAlias = string

export type IndexName = string

export type IndexPattern = string

export type IndexPatterns = IndexPattern[]

export interface IndexingStats {
  index_current: long
  delete_current: long
  delete_time?: Duration
  delete_time_in_millis: DurationValue<UnitMillis>
  delete_total: long
  is_throttled: boolean
  noop_update_total: long
  throttle_time?: Duration
  throttle_time_in_millis: DurationValue<UnitMillis>
  index_time?: Duration
  index_time_in_millis: DurationValue<UnitMillis>
  index_total: long
  index_failed: long
  index_failed_due_to_version_conflict: long
  types?: Record<string, IndexingStats>
  write_load?: double
  recent_write_load?: double
  peak_write_load?: double
}

export type Indices = IndexName | IndexName[]

/** Controls how to deal with unavailable concrete indices (closed or missing), how wildcard expressions are expanded to actual indices (all, closed or open indices) and how to deal with wildcard expressions that resolve to no indices. */
export interface IndicesOptions {
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** Type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If true, concrete, expanded or aliased indices are ignored when frozen. */
  ignore_throttled?: boolean
}

export interface IndicesResponseBase extends AcknowledgedResponseBase {
  _shards?: ShardStatistics
}

export interface InferenceString {
  /** The type of data that the value represents. */
  type: InferenceEmbeddingContentType
  /** The format of the data. If null, the default data format for the given type is used. */
  format?: InferenceEmbeddingContentFormat | null
  /** String which may be raw text, or the string representation of some other data such as an image in base64. */
  value: string
}

export type InferenceStringGroup = InferenceString | InferenceString[]

export interface InlineGetKeys<TDocument = unknown> {
  fields?: Record<string, any>
  found: boolean
  _seq_no?: SequenceNumber
  _primary_term?: long
  _routing?: Routing
  _source?: TDocument
}
export type InlineGet<TDocument = unknown> = InlineGetKeys<TDocument> & { [property: string]: any }

export interface InnerRetriever {
  retriever: RetrieverContainer
  weight: float
  normalizer: ScoreNormalizer
}

export type Ip = string

/** Knn embedding input. Either a string, an object or array of objects */
export type KnnEmbeddingInput = string | InferenceStringGroup

export interface KnnQuery extends QueryDslQueryBase {
  /** The name of the vector field to search against */
  field: Field
  /** The query vector */
  query_vector?: QueryVector
  /** The query vector builder. You must provide a query_vector_builder or query_vector, but not both. */
  query_vector_builder?: QueryVectorBuilder
  /** The number of nearest neighbor candidates to consider per shard */
  num_candidates?: integer
  /** The percentage of vectors to explore per shard while doing knn search with bbq_disk */
  visit_percentage?: float
  /** The final number of nearest neighbors to return as top hits */
  k?: integer
  /** Filters for the kNN search query */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** The minimum similarity for a vector to be considered a match */
  similarity?: float
  /** Apply oversampling and rescoring to quantized vectors */
  rescore_vector?: RescoreVector
}

export interface KnnRetriever extends RetrieverBase {
  /** The name of the vector field to search against. */
  field: string
  /** Query vector. Must have the same number of dimensions as the vector field you are searching against. You must provide a query_vector_builder or query_vector, but not both. */
  query_vector?: QueryVector
  /** Defines a model to build a query vector. */
  query_vector_builder?: QueryVectorBuilder
  /** Number of nearest neighbors to return as top hits. */
  k: integer
  /** Number of nearest neighbor candidates to consider per shard. */
  num_candidates?: integer
  /** The percentage of vectors to explore per shard while doing knn search with bbq_disk */
  visit_percentage?: float
  /** The minimum similarity required for a document to be considered a match. */
  similarity?: float
  /** Apply oversampling and rescoring to quantized vectors */
  rescore_vector?: RescoreVector
}

export interface KnnSearch {
  /** The name of the vector field to search against */
  field: Field
  /** The query vector */
  query_vector?: QueryVector
  /** The query vector builder. You must provide a query_vector_builder or query_vector, but not both. */
  query_vector_builder?: QueryVectorBuilder
  /** The final number of nearest neighbors to return as top hits */
  k?: integer
  /** The number of nearest neighbor candidates to consider per shard */
  num_candidates?: integer
  /** The percentage of vectors to explore per shard while doing knn search with bbq_disk */
  visit_percentage?: float
  /** Boost value to apply to kNN scores */
  boost?: float
  /** Filters for the kNN search query */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** The minimum similarity for a vector to be considered a match */
  similarity?: float
  /** If defined, each search hit will contain inner hits. */
  inner_hits?: SearchInnerHits
  /** Apply oversampling and rescoring to quantized vectors */
  rescore_vector?: RescoreVector
  _name?: string
}

export interface LatLonGeoLocation {
  /** Latitude */
  lat: double
  /** Longitude */
  lon: double
}

export type Level = 'cluster' | 'indices' | 'shards'

export type LifecycleOperationMode = 'RUNNING' | 'STOPPING' | 'STOPPED'

export interface LinearRetriever extends RetrieverBase {
  /** Inner retrievers. */
  retrievers?: InnerRetriever[]
  rank_window_size?: integer
  query?: string
  fields?: string[]
  normalizer?: ScoreNormalizer
}

export interface LookupQueryVectorBuilder {
  /** The ID of the document to fetch the vector from */
  id: string
  /** The name of the index to fetch the document from */
  index: string
  /** The name of the field containing the vector */
  path: string
  /** The routing value to use when fetching the document */
  routing?: string
}

export type MapboxVectorTiles = ArrayBuffer

export interface MergesStats {
  current: long
  current_docs: long
  current_size?: string
  current_size_in_bytes: long
  total: long
  total_auto_throttle?: string
  total_auto_throttle_in_bytes: long
  total_docs: long
  total_size?: string
  total_size_in_bytes: long
  total_stopped_time?: Duration
  total_stopped_time_in_millis: DurationValue<UnitMillis>
  total_throttled_time?: Duration
  total_throttled_time_in_millis: DurationValue<UnitMillis>
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export type Metadata = Record<string, any>

/** The minimum number of terms that should match as integer, percentage or range */
export type MinimumShouldMatch = integer | string

export type MultiTermQueryRewrite = string

export type Name = string

export type Names = Name | Name[]

export type Namespace = string

export interface NestedSortValue {
  filter?: QueryDslQueryContainer
  max_children?: integer
  nested?: NestedSortValue
  path: Field
}

export interface NodeAttributes {
  /** Lists node attributes. */
  attributes: Record<string, string>
  /** The ephemeral ID of the node. */
  ephemeral_id: Id
  /** The unique identifier of the node. */
  id?: NodeId
  /** The unique identifier of the node. */
  name: NodeName
  /** The host and port where transport HTTP connections are accepted. */
  transport_address: TransportAddress
}

export type NodeId = string

export type NodeIds = NodeId | NodeId[]

export type NodeName = string

export type NodeRole = 'master' | 'data' | 'data_cold' | 'data_content' | 'data_frozen' | 'data_hot' | 'data_warm' | 'client' | 'ingest' | 'ml' | 'voting_only' | 'transform' | 'remote_cluster_client' | 'coordinating_only'

export type NodeRoles = NodeRole[]

export interface NodeShard {
  state: IndicesStatsShardRoutingState
  primary: boolean
  node?: NodeName
  shard: integer
  index: IndexName
  allocation_id?: Record<string, Id>
  recovery_source?: Record<string, Id>
  unassigned_info?: ClusterAllocationExplainUnassignedInformation
  relocating_node?: NodeId | null
  relocation_failure_info?: RelocationFailureInfo
}

/** Contains statistics about the number of nodes selected by the request. */
export interface NodeStatistics {
  failures?: ErrorCause[]
  /** Total number of nodes selected by the request. */
  total: integer
  /** Number of nodes that responded successfully to the request. */
  successful: integer
  /** Number of nodes that rejected the request or failed to respond. If this value is not 0, a reason for the rejection or failure is included in the response. */
  failed: integer
}

export type NodeStatsLevel = 'node' | 'indices' | 'shards'

export type Normalization = 'no' | 'h1' | 'h2' | 'h3' | 'z'

export type OpType = 'index' | 'create'

export type Password = string

export type Percentage = string | float

export interface PinnedRetriever extends RetrieverBase {
  /** Inner retriever. */
  retriever: RetrieverContainer
  ids?: string[]
  docs?: SpecifiedDocument[]
  rank_window_size?: integer
}

export type PipelineName = string

export interface PluginStats {
  classname: string
  description: string
  elasticsearch_version: VersionString
  extended_plugins: string[]
  has_native_controller: boolean
  java_version: VersionString
  name: Name
  version: VersionString
  licensed: boolean
}

export type ProjectRouting = string

export type PropertyName = string

export interface QueryCacheStats {
  /** Total number of entries added to the query cache across all shards assigned to selected nodes. This number includes current and evicted entries. */
  cache_count: long
  /** Total number of entries currently in the query cache across all shards assigned to selected nodes. */
  cache_size: long
  /** Total number of query cache evictions across all shards assigned to selected nodes. */
  evictions: long
  /** Total count of query cache hits across all shards assigned to selected nodes. */
  hit_count: long
  /** Total amount of memory used for the query cache across all shards assigned to selected nodes. */
  memory_size?: ByteSize
  /** Total amount, in bytes, of memory used for the query cache across all shards assigned to selected nodes. */
  memory_size_in_bytes: long
  /** Total count of query cache misses across all shards assigned to selected nodes. */
  miss_count: long
  /** Total count of hits and misses in the query cache across all shards assigned to selected nodes. */
  total_count: long
}

export type QueryVector = float[]

export interface QueryVectorBuilder {
  embedding?: Embedding
  text_embedding?: TextEmbedding
  /** Lookup a vector from an existing document. Must reference a dense_vector field and a single value. */
  lookup?: LookupQueryVectorBuilder
}

export interface RRFRetriever extends RetrieverBase {
  /** A list of child retrievers to specify which sets of returned top documents will have the RRF formula applied to them. Each retriever can optionally include a weight parameter. */
  retrievers: RRFRetrieverEntry[]
  /** This value determines how much influence documents in individual result sets per query have over the final ranked result set. */
  rank_constant?: integer
  /** This value determines the size of the individual result sets per query. */
  rank_window_size?: integer
  query?: string
  fields?: string[]
}

/** Wraps a retriever with an optional weight for RRF scoring. */
export interface RRFRetrieverComponent {
  /** The nested retriever configuration. */
  retriever: RetrieverContainer
  /** Weight multiplier for this retriever's contribution to the RRF score. Higher values increase influence. Defaults to 1.0 if not specified. Must be non-negative. */
  weight?: float
}

/** Either a direct RetrieverContainer (backward compatible) or an RRFRetrieverComponent with weight. */
export type RRFRetrieverEntry = RetrieverContainer | RRFRetrieverComponent

export interface RankBase {
}

export interface RankContainer {
  /** The reciprocal rank fusion parameters */
  rrf?: RrfRank
}

export interface RecoveryStats {
  current_as_source: long
  current_as_source_queued?: long
  current_as_target: long
  current_as_target_queued?: long
  current_from_store?: long
  current_from_store_queued?: long
  throttle_time?: Duration
  throttle_time_in_millis: DurationValue<UnitMillis>
}

export type Refresh = boolean | 'true' | 'false' | 'wait_for'

export interface RefreshStats {
  external_total: long
  external_total_time?: Duration
  external_total_time_in_millis: DurationValue<UnitMillis>
  listeners: long
  total: long
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export interface ReindexStatus {
  /** The slice ID */
  slice_id?: integer
  /** The number of scroll responses pulled back by the reindex. */
  batches: long
  /** The number of documents that were successfully created. */
  created?: long
  /** The number of documents that were successfully deleted. */
  deleted: long
  /** The number of documents that were ignored because the script used for the reindex returned a `noop` value for `ctx.op`. */
  noops: long
  /** The number of requests per second effectively executed during the reindex. */
  requests_per_second: float
  /** The number of retries attempted by reindex. `bulk` is the number of bulk actions retried and `search` is the number of search actions retried. */
  retries: Retries
  throttled?: Duration
  /** Number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis: DurationValue<UnitMillis>
  throttled_until?: Duration
  /** This field should always be equal to zero in a `_reindex` response. It only has meaning when using the Task API, where it indicates the next time (in milliseconds since epoch) a throttled request will be executed again in order to conform to `requests_per_second`. */
  throttled_until_millis: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total: long
  /** The number of documents that were successfully updated, for example, a document with same ID already existed prior to reindex updating it. */
  updated?: long
  /** The number of version conflicts that reindex hits. */
  version_conflicts: long
  /** The reason for cancellation if the slice was canceled */
  cancelled?: string
}

/** Information about a single parent reindex task, as returned by the reindex management APIs. */
export interface ReindexTaskInfo {
  /** The ID of the reindex task. The ID is assigned when the task was first created and remains the same across graceful shutdown relocations. */
  id: TaskId
  /** A sanitized description of the reindex operation (source and destination indices, and optionally remote host info). */
  description?: string
  /** The time at which the reindex task started, in milliseconds since the Unix epoch. Remains the same across graceful shutdown relocations. */
  start_time_in_millis: EpochTime<UnitMillis>
  /** The time at which the reindex task started, as an ISO-8601 formatted string. Remains the same across graceful shutdown relocations. Only present when the request includes the `?human=true` query parameter. */
  start_time?: string
  /** The elapsed running time of the reindex task, including relocations, in a human-readable format. Only present when the request includes the `?human=true` query parameter. */
  running_time?: Duration
  /** The elapsed running time of the reindex task, including relocations, in nanoseconds. */
  running_time_in_nanos: DurationValue<UnitNanos>
  /** Whether the reindex task has been cancelled. */
  cancelled: boolean
  /** The current progress of the reindex operation. */
  status?: ReindexStatus
}

/** The final result of a completed reindex operation, as stored in the task result. This is the serialized form of `BulkByScrollResponse`. */
export interface ReindexTaskResult {
  /** The number of scroll responses pulled back by the reindex. */
  batches?: long
  /** The number of documents that were successfully created. */
  created?: long
  /** The number of documents that were successfully deleted. */
  deleted?: long
  /** Any failures encountered during the reindex. If non-empty, the reindex ended because of these failures. */
  failures?: BulkIndexByScrollFailure[]
  /** The number of documents that were ignored because the script returned a `noop` value for `ctx.op`. */
  noops?: long
  /** The number of requests per second effectively executed during the reindex. */
  requests_per_second?: float
  /** The number of retries attempted by reindex. */
  retries?: Retries
  /** Number of milliseconds the request slept to conform to `requests_per_second`. */
  throttled_millis?: DurationValue<UnitMillis>
  /** This field should always be equal to zero in a completed reindex result. */
  throttled_until_millis?: DurationValue<UnitMillis>
  /** Whether any of the requests executed during the reindex timed out. */
  timed_out?: boolean
  /** The total milliseconds the entire operation took. */
  took?: DurationValue<UnitMillis>
  /** The number of documents that were successfully processed. */
  total?: long
  /** The number of documents that were successfully updated. */
  updated?: long
  /** The number of version conflicts that occurred. */
  version_conflicts?: long
}

export type RelationName = string

export interface RelocationFailureInfo {
  failed_attempts: integer
}

export interface RequestBase extends SpecUtilsCommonQueryParameters {
  /**
   * Extra query parameters, sent as they are (arrays joined with commas): for a parameter this version of
   * the specification does not list.
   */
  querystring?: Record<string, unknown>
  /**
   * The whole request body, sent as it is (an object is serialized; a string or Buffer is not), instead of
   * the body fields: for a body this version of the specification does not describe.
   */
  body?: unknown
}

export interface RequestCacheStats {
  evictions: long
  hit_count: long
  memory_size?: string
  memory_size_in_bytes: long
  miss_count: long
}

export interface RescoreVector {
  /** Applies the specified oversample factor to k on the approximate kNN search */
  oversample: float
}

export interface RescorerRetriever extends RetrieverBase {
  /** Inner retriever. */
  retriever: RetrieverContainer
  rescore: SearchRescore | SearchRescore[]
}

export type Result = 'created' | 'updated' | 'deleted' | 'not_found' | 'noop'

export interface Retries {
  /** The number of bulk actions retried. */
  bulk: long
  /** The number of search actions retried. */
  search: long
}

export interface RetrieverBase {
  /** Query to filter the documents that can match. */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** Minimum _score for matching documents. Documents with a lower _score are not included in the top documents. */
  min_score?: float
  /** Retriever name. */
  _name?: string
}

export interface RetrieverContainer {
  /** A retriever that replaces the functionality of a traditional query. */
  standard?: StandardRetriever
  /** A retriever that replaces the functionality of a knn search. */
  knn?: KnnRetriever
  /** A retriever that produces top documents from reciprocal rank fusion (RRF). */
  rrf?: RRFRetriever
  /** A retriever that reranks the top documents based on a reranking model using the InferenceAPI */
  text_similarity_reranker?: TextSimilarityReranker
  /** A retriever that replaces the functionality of a rule query. */
  rule?: RuleRetriever
  /** A retriever that re-scores only the results produced by its child retriever. */
  rescorer?: RescorerRetriever
  /** A retriever that supports the combination of different retrievers through a weighted linear combination. */
  linear?: LinearRetriever
  /** A pinned retriever applies pinned documents to the underlying retriever. This retriever will rewrite to a PinnedQueryBuilder. */
  pinned?: PinnedRetriever
  /** A retriever that diversifies the results from its child retriever. */
  diversify?: DiversifyRetriever
}

/** Only to be used in query and path parameters, as the array form is actually a csv */
export type Routing = string | string[]

export interface RrfRank extends RankBase {
  /** How much influence documents in individual result sets per query have over the final ranked result set */
  rank_constant?: long
  /** Size of the individual result sets per query */
  rank_window_size?: long
}

export interface RuleRetriever extends RetrieverBase {
  /** The ruleset IDs containing the rules this retriever is evaluating against. */
  ruleset_ids: Id | Id[]
  /** The match criteria that will determine if a rule in the provided rulesets should be applied. */
  match_criteria: any
  /** The retriever whose results rules should be applied to. */
  retriever: RetrieverContainer
  /** This value determines the size of the individual result set. */
  rank_window_size?: integer
}

/** A scalar value. */
export type ScalarValue = long | double | string | boolean | null

export type ScoreNormalizer = 'none' | 'minmax' | 'l2_norm'

export interface ScoreSort {
  order?: SortOrder
}

export interface Script {
  /** The script source. */
  source?: ScriptSource
  /** The `id` for a stored script. */
  id?: Id
  /** Specifies any named parameters that are passed into the script as variables. Use parameters instead of hard-coded values to decrease compile time. */
  params?: Record<string, any>
  /** Specifies the language the script is written in. */
  lang?: ScriptLanguage
  options?: Record<string, string>
}

export interface ScriptField {
  script: Script | ScriptSource
  ignore_failure?: boolean
}

export type ScriptLanguage = 'painless' | 'expression' | 'mustache' | 'java' | string

export interface ScriptSort {
  order?: SortOrder
  script: Script | ScriptSource
  type?: ScriptSortType
  mode?: SortMode
  nested?: NestedSortValue
}

export type ScriptSortType = 'string' | 'number' | 'version'

export type ScriptSource = string | SearchSearchRequestBody

export interface ScriptTransform {
  lang?: string
  params?: Record<string, any>
  source?: ScriptSource
  id?: string
}

export type ScrollId = string

export type ScrollIds = ScrollId | ScrollId[]

export interface SearchStats {
  fetch_current: long
  fetch_time?: Duration
  fetch_time_in_millis: DurationValue<UnitMillis>
  fetch_total: long
  fetch_failure: long
  open_contexts?: long
  query_current: long
  query_time?: Duration
  query_time_in_millis: DurationValue<UnitMillis>
  query_total: long
  query_failure: long
  scroll_current: long
  scroll_time?: Duration
  scroll_time_in_millis: DurationValue<UnitMillis>
  scroll_total: long
  suggest_current: long
  suggest_time?: Duration
  suggest_time_in_millis: DurationValue<UnitMillis>
  suggest_total: long
  recent_search_load?: double
  groups?: Record<string, SearchStats>
}

export interface SearchTransform {
  request: WatcherSearchInputRequestDefinition
  timeout?: Duration
}

export type SearchType = 'query_then_fetch' | 'dfs_query_then_fetch'

export interface SegmentsStats {
  /** Total number of segments across all shards assigned to selected nodes. */
  count: integer
  /** Total amount of memory used for doc values across all shards assigned to selected nodes. */
  doc_values_memory?: ByteSize
  /** Total amount, in bytes, of memory used for doc values across all shards assigned to selected nodes. */
  doc_values_memory_in_bytes: long
  /** This object is not populated by the cluster stats API. To get information on segment files, use the node stats API. */
  file_sizes: Record<string, IndicesStatsShardFileSizeInfo>
  /** Total amount of memory used by fixed bit sets across all shards assigned to selected nodes. Fixed bit sets are used for nested object field types and type filters for join fields. */
  fixed_bit_set?: ByteSize
  /** Total amount of memory, in bytes, used by fixed bit sets across all shards assigned to selected nodes. */
  fixed_bit_set_memory_in_bytes: long
  /** Total amount of memory used by all index writers across all shards assigned to selected nodes. */
  index_writer_memory?: ByteSize
  /** Total amount, in bytes, of memory used by all index writers across all shards assigned to selected nodes. */
  index_writer_memory_in_bytes: long
  /** Unix timestamp, in milliseconds, of the most recently retried indexing request. */
  max_unsafe_auto_id_timestamp: long
  /** Total amount of memory used for segments across all shards assigned to selected nodes. */
  memory?: ByteSize
  /** Total amount, in bytes, of memory used for segments across all shards assigned to selected nodes. */
  memory_in_bytes: long
  /** Total amount of memory used for normalization factors across all shards assigned to selected nodes. */
  norms_memory?: ByteSize
  /** Total amount, in bytes, of memory used for normalization factors across all shards assigned to selected nodes. */
  norms_memory_in_bytes: long
  /** Total amount of memory used for points across all shards assigned to selected nodes. */
  points_memory?: ByteSize
  /** Total amount, in bytes, of memory used for points across all shards assigned to selected nodes. */
  points_memory_in_bytes: long
  /** Total amount, in bytes, of memory used for stored fields across all shards assigned to selected nodes. */
  stored_fields_memory_in_bytes: long
  /** Total amount of memory used for stored fields across all shards assigned to selected nodes. */
  stored_fields_memory?: ByteSize
  /** Total amount, in bytes, of memory used for terms across all shards assigned to selected nodes. */
  terms_memory_in_bytes: long
  /** Total amount of memory used for terms across all shards assigned to selected nodes. */
  terms_memory?: ByteSize
  /** Total amount of memory used for term vectors across all shards assigned to selected nodes. */
  term_vectors_memory?: ByteSize
  /** Total amount, in bytes, of memory used for term vectors across all shards assigned to selected nodes. */
  term_vectors_memory_in_bytes: long
  /** Total amount of memory used by all version maps across all shards assigned to selected nodes. */
  version_map_memory?: ByteSize
  /** Total amount, in bytes, of memory used by all version maps across all shards assigned to selected nodes. */
  version_map_memory_in_bytes: long
}

export type SequenceNumber = long

export type Service = string

export interface ShardFailure {
  index?: IndexName
  _index?: IndexName
  node?: string
  _node?: string
  reason: ErrorCause
  shard?: integer
  _shard?: integer
  status?: string
  primary?: boolean
}

export interface ShardStatistics {
  /** The number of shards the operation or search attempted to run on but failed. */
  failed: uint
  /** The number of shards the operation or search succeeded on. */
  successful: uint
  /** The number of shards the operation or search will run on overall. */
  total: uint
  failures?: ShardFailure[]
  skipped?: uint
}

export interface ShardsOperationResponseBase {
  _shards?: ShardStatistics
}

export interface SlicedScroll {
  field?: Field
  id: Id
  max: integer
}

/** Slices configuration used to parallelize a process. */
export type Slices = integer | SlicesCalculation

export type SlicesCalculation = 'auto'

export type Sort = SortCombinations | SortCombinations[]

export type SortCombinations = Field | SortOptions

export type SortMode = 'min' | 'max' | 'sum' | 'avg' | 'median'

export interface SortOptionsKeys {
  _score?: ScoreSort
  _doc?: ScoreSort
  _geo_distance?: GeoDistanceSort
  _script?: ScriptSort
}
export type SortOptions = SortOptionsKeys & { [property: string]: FieldSort | SortOrder | ScoreSort | GeoDistanceSort | ScriptSort }

export type SortOrder = 'asc' | 'desc'

export type SortResults = FieldValue[]

export interface SpecUtilsBaseNode {
  attributes: Record<string, string>
  host: Host
  ip: Ip
  name: Name
  roles?: NodeRoles
  transport_address: TransportAddress
}

/** Implements a set of common query parameters all Cat API's support. Since these can break the request structure these are listed explicitly as a behavior. */
export interface SpecUtilsCommonCatQueryParameters {
  /** Specifies the format to return the columnar data in, can be set to `text`, `json`, `cbor`, `yaml`, or `smile`. */
  format?: string
  /** When set to `true` will output available columns. This option can't be combined with any other query string option. */
  help?: boolean
  /** When set to `true` will enable verbose output. */
  v?: boolean
  /** Sets the units for columns that contain a byte-size value. Note that byte-size value units work in terms of powers of 1024. For instance `1kb` means 1024 bytes, not 1000 bytes. If omitted, byte-size values are rendered with a suffix such as `kb`, `mb`, or `gb`, chosen such that the numeric value of the column is as small as possible whilst still being at least `1.0`. If given, byte-size values are rendered as an integer with no suffix, representing the value of the column in the chosen unit. Values that are not an exact multiple of the chosen unit are rounded down. */
  bytes?: Bytes
  /** Sets the units for columns that contain a time duration. If omitted, time duration values are rendered with a suffix such as `ms`, `s`, `m` or `h`, chosen such that the numeric value of the column is as small as possible whilst still being at least `1.0`. If given, time duration values are rendered as an integer with no suffix. Values that are not an exact multiple of the chosen unit are rounded down. */
  time?: TimeUnit
}

/** Implements a set of common query parameters all API's support. Since these can break the request structure these are listed explicitly as a behavior. Its up to individual clients to define support although `error_trace` and `pretty` are recommended as a minimum. */
export interface SpecUtilsCommonQueryParameters {
  /** When set to `true` Elasticsearch will include the full stack trace of errors when they occur. */
  error_trace?: boolean
  /** Comma-separated list of filters in dot notation which reduce the response returned by Elasticsearch. */
  filter_path?: string | string[]
  /** When set to `true` will return statistics in a format suitable for humans. For example `"exists_time": "1h"` for humans and `"exists_time_in_millis": 3600000` for computers. When disabled the human readable values will be omitted. This makes sense for responses being consumed only by machines. */
  human?: boolean
  /** If set to `true` the returned JSON will be "pretty-formatted". Only use this option for debugging only. */
  pretty?: boolean
}

/** A `null` value that is to be interpreted as an actual value, unless other uses of `null` that are equivalent to a missing value. It is used for exemple in settings, where using the `NullValue` for a setting will reset it to its default value. */
export type SpecUtilsNullValue = null

/** A set of flags that can be represented as a single enum value or a set of values that are encoded as a pipe-separated string */
export type SpecUtilsPipeSeparatedFlags<T = unknown> = T | string

/** Some APIs will return values such as numbers also as a string (notably epoch timestamps). This behavior is used to capture this behavior while keeping the semantics of the field type. */
export type SpecUtilsStringified<T = unknown> = T | string

/** `WithNullValue<T>` allows for explicit null assignments in contexts where `null` should be interpreted as an actual value. */
export type SpecUtilsWithNullValue<T = unknown> = T | SpecUtilsNullValue

export interface SpecifiedDocument {
  index?: IndexName
  id: Id
}

export interface StandardRetriever extends RetrieverBase {
  /** Defines a query to retrieve a set of top documents. */
  query?: QueryDslQueryContainer
  /** Defines a search after object parameter used for pagination. */
  search_after?: SortResults
  /** Maximum number of documents to collect for each shard. */
  terminate_after?: integer
  /** A sort object that that specifies the order of matching documents. */
  sort?: Sort
  /** Collapses the top documents by a specified key into a single top document per key. */
  collapse?: SearchFieldCollapse
}

export interface StoreStats {
  /** Total size of all shards assigned to selected nodes. */
  size?: ByteSize
  /** Total size, in bytes, of all shards assigned to selected nodes. */
  size_in_bytes: long
  /** A prediction of how much larger the shard stores will eventually grow due to ongoing peer recoveries, restoring snapshots, and similar activities. */
  reserved?: ByteSize
  /** A prediction, in bytes, of how much larger the shard stores will eventually grow due to ongoing peer recoveries, restoring snapshots, and similar activities. */
  reserved_in_bytes: long
  /** Total data set size of all shards assigned to selected nodes. This includes the size of shards not stored fully on the nodes, such as the cache for partially mounted indices. */
  total_data_set_size?: ByteSize
  /** Total data set size, in bytes, of all shards assigned to selected nodes. This includes the size of shards not stored fully on the nodes, such as the cache for partially mounted indices. */
  total_data_set_size_in_bytes?: long
}

export interface StoredScript {
  /** The language the script is written in. For search templates, use `mustache`. */
  lang: ScriptLanguage
  options?: Record<string, string>
  /** The script source. For search templates, an object containing the search template. */
  source: ScriptSource
}

export type StreamResult = ArrayBuffer

export type SuggestMode = 'missing' | 'popular' | 'always'

/** The suggestion name as returned from the server. Depending whether typed_keys is specified this could come back in the form of `name#type` instead of simply `name` */
export type SuggestionName = string

export interface TaskFailure {
  task_id: long
  node_id: NodeId
  status: string
  reason: ErrorCause
}

export type TaskId = string

export interface TextEmbedding {
  /** Model ID is required for all dense_vector fields but may be inferred for semantic_text fields */
  model_id?: string
  /** The text to be converted into a vector by the specified model */
  model_text: string
}

export interface TextSimilarityReranker extends RetrieverBase {
  /** The nested retriever which will produce the first-level results, that will later be used for reranking. */
  retriever: RetrieverContainer
  /** This value determines how many documents we will consider from the nested retriever. */
  rank_window_size?: integer
  /** Unique identifier of the inference endpoint created using the inference API. */
  inference_id?: string
  /** The text snippet used as the basis for similarity comparison. */
  inference_text: string
  /** The document field to be used for text similarity comparisons. This field should contain the text that will be evaluated against the inference_text. */
  field: string
  /** Whether to rescore on only the best matching chunks. */
  chunk_rescorer?: ChunkRescorer
}

export type ThreadType = 'cpu' | 'wait' | 'block' | 'gpu' | 'mem'

/** Time of day, expressed as HH:MM:SS */
export type TimeOfDay = string

export type TimeUnit = 'nanos' | 'micros' | 'ms' | 's' | 'm' | 'h' | 'd'

export type TimeZone = string

export interface TokenPruningConfig {
  /** Tokens whose frequency is more than this threshold times the average frequency of all tokens in the specified field are considered outliers and pruned. */
  tokens_freq_ratio_threshold?: integer
  /** Tokens whose weight is less than this threshold are considered nonsignificant and pruned. */
  tokens_weight_threshold?: float
  /** Whether to only score pruned tokens, vs only scoring kept tokens. */
  only_score_pruned_tokens?: boolean
}

export interface TopLeftBottomRightGeoBounds {
  top_left: GeoLocation
  bottom_right: GeoLocation
}

export interface TopRightBottomLeftGeoBounds {
  top_right: GeoLocation
  bottom_left: GeoLocation
}

export interface TransformContainer {
  chain?: TransformContainer[]
  script?: ScriptTransform | ScriptSource
  search?: SearchTransform
}

export interface TranslogStats {
  earliest_last_modified_age: long
  operations: long
  size?: string
  size_in_bytes: long
  uncommitted_operations: integer
  uncommitted_size?: string
  uncommitted_size_in_bytes: long
}

export type TransportAddress = string

/** Time unit for fractional milliseconds */
export type UnitFloatMillis = double

/** Time unit for milliseconds */
export type UnitMillis = long

/** Time unit for nanoseconds */
export type UnitNanos = long

/** Time unit for seconds */
export type UnitSeconds = long

export type Username = string

export type Uuid = string

export type VersionNumber = long

export type VersionString = string

export type VersionType = 'internal' | 'external' | 'external_gte'

export type WaitForActiveShardOptions = 'all' | 'index-setting'

export type WaitForActiveShards = integer | WaitForActiveShardOptions

export type WaitForEvents = 'immediate' | 'urgent' | 'high' | 'normal' | 'low' | 'languid'

export interface WarmerStats {
  current: long
  total: long
  total_time?: Duration
  total_time_in_millis: DurationValue<UnitMillis>
}

export interface WktGeoBounds {
  wkt: string
}

export interface WriteResponseBase {
  /** The unique identifier for the added document. */
  _id: Id
  /** The name of the index the document was added to. */
  _index: IndexName
  /** The primary term assigned to the document for the indexing operation. */
  _primary_term?: long
  /** The result of the indexing operation: `created` or `updated`. */
  result: Result
  /** The sequence number assigned to the document for the indexing operation. Sequence numbers are used to ensure an older version of a document doesn't overwrite a newer version. */
  _seq_no?: SequenceNumber
  /** Information about the replication process of the operation. */
  _shards: ShardStatistics
  /** The document version, which is incremented each time the document is updated. */
  _version: VersionNumber
  /** The role of the failure store in this document response */
  failure_store?: BulkFailureStoreStatus
  forced_refresh?: boolean
}

export type byte = number

export type double = number

export type float = number

export type integer = number

export type long = number

export type short = number

export type uint = number

export type ulong = number
