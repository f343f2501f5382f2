// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { ByteSize, DateTime, Duration, EpochTime, ExpandWildcards, Fields, HealthStatus, Host, Id, IndexName, Indices, Ip, Name, Names, NodeId, NodeIds, Percentage, ProjectRouting, RequestBase, SpecUtilsCommonCatQueryParameters, SpecUtilsStringified, TimeOfDay, UnitMillis, UnitSeconds, VersionString, double, integer } from './common.js'
import type { MlCategorizationStatus, MlDatafeedState, MlJobState, MlMemoryStatus } from './ml.js'
import type { WatcherScheduleTimeOfDay } from './watcher.js'

export interface CatAliasesAliasesRecord {
  /** alias name */
  alias?: string
  /** alias name */
  a?: string
  /** index alias points to */
  index?: IndexName
  /** index alias points to */
  i?: IndexName
  /** index alias points to */
  idx?: IndexName
  /** filter */
  filter?: string
  /** filter */
  f?: string
  /** filter */
  fi?: string
  /** index routing */
  'routing.index'?: string
  /** index routing */
  ri?: string
  /** index routing */
  routingIndex?: string
  /** search routing */
  'routing.search'?: string
  /** search routing */
  rs?: string
  /** search routing */
  routingSearch?: string
  /** write index */
  is_write_index?: string
  /** write index */
  w?: string
  /** write index */
  isWriteIndex?: string
}

/** Request of `cat.aliases`. */
export interface CatAliasesRequest extends CatCatRequestBase {
  /** A comma-separated list of aliases to retrieve. Supports wildcards (`*`). To retrieve all aliases, omit this parameter or use `*` or `_all`. */
  name?: Names
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatAliasesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The type of index that wildcard patterns can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. It supports comma-separated values, such as `open,hidden`. */
  expand_wildcards?: ExpandWildcards
  /** The period to wait for a connection to the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicated that the request should never timeout, you can set it to `-1`. */
  master_timeout?: Duration
}

export type CatAliasesResponse = CatAliasesAliasesRecord[]

export interface CatAllocationAllocationRecord {
  /** Number of primary and replica shards assigned to the node. */
  shards?: string
  /** Number of primary and replica shards assigned to the node. */
  s?: string
  /** Amount of shards that are scheduled to be moved elsewhere in the cluster or -1 other than desired balance allocator is used */
  'shards.undesired'?: string | null
  /** Sum of index write load forecasts */
  'write_load.forecast'?: SpecUtilsStringified<double> | null
  /** Sum of index write load forecasts */
  wlf?: SpecUtilsStringified<double> | null
  /** Sum of index write load forecasts */
  writeLoadForecast?: SpecUtilsStringified<double> | null
  /** Sum of shard size forecasts */
  'disk.indices.forecast'?: ByteSize | null
  /** Sum of shard size forecasts */
  dif?: ByteSize | null
  /** Sum of shard size forecasts */
  diskIndicesForecast?: ByteSize | null
  /** Disk space used by the node’s shards. Does not include disk space for the translog or unassigned shards. IMPORTANT: This metric double-counts disk space for hard-linked files, such as those created when shrinking, splitting, or cloning an index. */
  'disk.indices'?: ByteSize | null
  /** Disk space used by the node’s shards. Does not include disk space for the translog or unassigned shards. IMPORTANT: This metric double-counts disk space for hard-linked files, such as those created when shrinking, splitting, or cloning an index. */
  di?: ByteSize | null
  /** Disk space used by the node’s shards. Does not include disk space for the translog or unassigned shards. IMPORTANT: This metric double-counts disk space for hard-linked files, such as those created when shrinking, splitting, or cloning an index. */
  diskIndices?: ByteSize | null
  /** Total disk space in use. Elasticsearch retrieves this metric from the node’s operating system (OS). The metric includes disk space for: Elasticsearch, including the translog and unassigned shards; the node’s operating system; any other applications or files on the node. Unlike `disk.indices`, this metric does not double-count disk space for hard-linked files. */
  'disk.used'?: ByteSize | null
  /** Total disk space in use. Elasticsearch retrieves this metric from the node’s operating system (OS). The metric includes disk space for: Elasticsearch, including the translog and unassigned shards; the node’s operating system; any other applications or files on the node. Unlike `disk.indices`, this metric does not double-count disk space for hard-linked files. */
  du?: ByteSize | null
  /** Total disk space in use. Elasticsearch retrieves this metric from the node’s operating system (OS). The metric includes disk space for: Elasticsearch, including the translog and unassigned shards; the node’s operating system; any other applications or files on the node. Unlike `disk.indices`, this metric does not double-count disk space for hard-linked files. */
  diskUsed?: ByteSize | null
  /** Free disk space available to Elasticsearch. Elasticsearch retrieves this metric from the node’s operating system. Disk-based shard allocation uses this metric to assign shards to nodes based on available disk space. */
  'disk.avail'?: ByteSize | null
  /** Free disk space available to Elasticsearch. Elasticsearch retrieves this metric from the node’s operating system. Disk-based shard allocation uses this metric to assign shards to nodes based on available disk space. */
  da?: ByteSize | null
  /** Free disk space available to Elasticsearch. Elasticsearch retrieves this metric from the node’s operating system. Disk-based shard allocation uses this metric to assign shards to nodes based on available disk space. */
  diskAvail?: ByteSize | null
  /** Total disk space for the node, including in-use and available space. */
  'disk.total'?: ByteSize | null
  /** Total disk space for the node, including in-use and available space. */
  dt?: ByteSize | null
  /** Total disk space for the node, including in-use and available space. */
  diskTotal?: ByteSize | null
  /** Total percentage of disk space in use. Calculated as `disk.used / disk.total`. */
  'disk.percent'?: Percentage | null
  /** Total percentage of disk space in use. Calculated as `disk.used / disk.total`. */
  dp?: Percentage | null
  /** Total percentage of disk space in use. Calculated as `disk.used / disk.total`. */
  diskPercent?: Percentage | null
  /** Network host for the node. Set using the `network.host` setting. */
  host?: Host | null
  /** Network host for the node. Set using the `network.host` setting. */
  h?: Host | null
  /** IP address and port for the node. */
  ip?: Ip | null
  /** Name for the node. Set using the `node.name` setting. */
  node?: string
  /** Name for the node. Set using the `node.name` setting. */
  n?: string
  /** Node roles */
  'node.role'?: string | null
  /** Node roles */
  r?: string | null
  /** Node roles */
  role?: string | null
  /** Node roles */
  nodeRole?: string | null
}

/** Request of `cat.allocation`. */
export interface CatAllocationRequest extends CatCatRequestBase {
  /** A comma-separated list of node identifiers or names used to limit the returned information. */
  node_id?: NodeIds
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatAllocationColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatAllocationResponse = CatAllocationAllocationRecord[]

export type CatCatAliasesColumn = 'alias' | 'a' | 'index' | 'i' | 'idx' | 'filter' | 'f' | 'fi' | 'routing.index' | 'ri' | 'routingIndex' | 'routing.search' | 'rs' | 'routingSearch' | 'is_write_index' | 'w' | 'isWriteIndex' | string

export type CatCatAliasesColumns = CatCatAliasesColumn | CatCatAliasesColumn[]

export type CatCatAllocationColumn = 'shards' | 's' | 'shards.undesired' | 'write_load.forecast' | 'wlf' | 'writeLoadForecast' | 'disk.indices.forecast' | 'dif' | 'diskIndicesForecast' | 'disk.indices' | 'di' | 'diskIndices' | 'disk.used' | 'du' | 'diskUsed' | 'disk.avail' | 'da' | 'diskAvail' | 'disk.total' | 'dt' | 'diskTotal' | 'disk.percent' | 'dp' | 'diskPercent' | 'host' | 'h' | 'ip' | 'node' | 'n' | 'node.role' | 'r' | 'role' | 'nodeRole' | string

export type CatCatAllocationColumns = CatCatAllocationColumn | CatCatAllocationColumn[]

export type CatCatAnomalyDetectorColumn = 'assignment_explanation' | 'ae' | 'buckets.count' | 'bc' | 'bucketsCount' | 'buckets.time.exp_avg' | 'btea' | 'bucketsTimeExpAvg' | 'buckets.time.exp_avg_hour' | 'bteah' | 'bucketsTimeExpAvgHour' | 'buckets.time.max' | 'btmax' | 'bucketsTimeMax' | 'buckets.time.min' | 'btmin' | 'bucketsTimeMin' | 'buckets.time.total' | 'btt' | 'bucketsTimeTotal' | 'data.buckets' | 'db' | 'dataBuckets' | 'data.earliest_record' | 'der' | 'dataEarliestRecord' | 'data.empty_buckets' | 'deb' | 'dataEmptyBuckets' | 'data.input_bytes' | 'dib' | 'dataInputBytes' | 'data.input_fields' | 'dif' | 'dataInputFields' | 'data.input_records' | 'dir' | 'dataInputRecords' | 'data.invalid_dates' | 'did' | 'dataInvalidDates' | 'data.last' | 'dl' | 'dataLast' | 'data.last_empty_bucket' | 'dleb' | 'dataLastEmptyBucket' | 'data.last_sparse_bucket' | 'dlsb' | 'dataLastSparseBucket' | 'data.latest_record' | 'dlr' | 'dataLatestRecord' | 'data.missing_fields' | 'dmf' | 'dataMissingFields' | 'data.out_of_order_timestamps' | 'doot' | 'dataOutOfOrderTimestamps' | 'data.processed_fields' | 'dpf' | 'dataProcessedFields' | 'data.processed_records' | 'dpr' | 'dataProcessedRecords' | 'data.sparse_buckets' | 'dsb' | 'dataSparseBuckets' | 'forecasts.memory.avg' | 'fmavg' | 'forecastsMemoryAvg' | 'forecasts.memory.max' | 'fmmax' | 'forecastsMemoryMax' | 'forecasts.memory.min' | 'fmmin' | 'forecastsMemoryMin' | 'forecasts.memory.total' | 'fmt' | 'forecastsMemoryTotal' | 'forecasts.records.avg' | 'fravg' | 'forecastsRecordsAvg' | 'forecasts.records.max' | 'frmax' | 'forecastsRecordsMax' | 'forecasts.records.min' | 'frmin' | 'forecastsRecordsMin' | 'forecasts.records.total' | 'frt' | 'forecastsRecordsTotal' | 'forecasts.time.avg' | 'ftavg' | 'forecastsTimeAvg' | 'forecasts.time.max' | 'ftmax' | 'forecastsTimeMax' | 'forecasts.time.min' | 'ftmin' | 'forecastsTimeMin' | 'forecasts.time.total' | 'ftt' | 'forecastsTimeTotal' | 'forecasts.total' | 'ft' | 'forecastsTotal' | 'id' | 'model.bucket_allocation_failures' | 'mbaf' | 'modelBucketAllocationFailures' | 'model.by_fields' | 'mbf' | 'modelByFields' | 'model.bytes' | 'mb' | 'modelBytes' | 'model.bytes_exceeded' | 'mbe' | 'modelBytesExceeded' | 'model.categorization_status' | 'mcs' | 'modelCategorizationStatus' | 'model.categorized_doc_count' | 'mcdc' | 'modelCategorizedDocCount' | 'model.dead_category_count' | 'mdcc' | 'modelDeadCategoryCount' | 'model.failed_category_count' | 'mdcc' | 'modelFailedCategoryCount' | 'model.frequent_category_count' | 'mfcc' | 'modelFrequentCategoryCount' | 'model.log_time' | 'mlt' | 'modelLogTime' | 'model.memory_limit' | 'mml' | 'modelMemoryLimit' | 'model.memory_status' | 'mms' | 'modelMemoryStatus' | 'model.over_fields' | 'mof' | 'modelOverFields' | 'model.partition_fields' | 'mpf' | 'modelPartitionFields' | 'model.rare_category_count' | 'mrcc' | 'modelRareCategoryCount' | 'model.timestamp' | 'mt' | 'modelTimestamp' | 'model.total_category_count' | 'mtcc' | 'modelTotalCategoryCount' | 'node.address' | 'na' | 'nodeAddress' | 'node.ephemeral_id' | 'ne' | 'nodeEphemeralId' | 'node.id' | 'ni' | 'nodeId' | 'node.name' | 'nn' | 'nodeName' | 'opened_time' | 'ot' | 'state' | 's'

export type CatCatAnomalyDetectorColumns = CatCatAnomalyDetectorColumn | CatCatAnomalyDetectorColumn[]

export type CatCatCircuitBreakerColumn = 'node_id' | 'id' | 'node_name' | 'nn' | 'breaker' | 'br' | 'limit' | 'l' | 'limit_bytes' | 'lb' | 'estimated' | 'e' | 'estimated_bytes' | 'eb' | 'tripped' | 't' | 'overhead' | 'o' | string

export type CatCatCircuitBreakerColumns = CatCatCircuitBreakerColumn | CatCatCircuitBreakerColumn[]

export type CatCatComponentColumn = 'name' | 'n' | 'version' | 'v' | 'alias_count' | 'a' | 'mapping_count' | 'm' | 'settings_count' | 's' | 'metadata_count' | 'me' | 'included_in' | 'i' | string

export type CatCatComponentColumns = CatCatComponentColumn | CatCatComponentColumn[]

export type CatCatCountColumn = 'epoch' | 't' | 'time' | 'timestamp' | 'ts' | 'hms' | 'hhmmss' | 'count' | 'dc' | 'docs.count' | 'docsCount' | string

export type CatCatCountColumns = CatCatCountColumn | CatCatCountColumn[]

export type CatCatDatafeedColumn = 'ae' | 'assignment_explanation' | 'bc' | 'buckets.count' | 'bucketsCount' | 'id' | 'na' | 'node.address' | 'nodeAddress' | 'ne' | 'node.ephemeral_id' | 'nodeEphemeralId' | 'ni' | 'node.id' | 'nodeId' | 'nn' | 'node.name' | 'nodeName' | 'sba' | 'search.bucket_avg' | 'searchBucketAvg' | 'sc' | 'search.count' | 'searchCount' | 'seah' | 'search.exp_avg_hour' | 'searchExpAvgHour' | 'st' | 'search.time' | 'searchTime' | 's' | 'state'

export type CatCatDatafeedColumns = CatCatDatafeedColumn | CatCatDatafeedColumn[]

export type CatCatDfaColumn = 'assignment_explanation' | 'ae' | 'create_time' | 'ct' | 'createTime' | 'description' | 'd' | 'dest_index' | 'di' | 'destIndex' | 'failure_reason' | 'fr' | 'failureReason' | 'id' | 'model_memory_limit' | 'mml' | 'modelMemoryLimit' | 'node.address' | 'na' | 'nodeAddress' | 'node.ephemeral_id' | 'ne' | 'nodeEphemeralId' | 'node.id' | 'ni' | 'nodeId' | 'node.name' | 'nn' | 'nodeName' | 'progress' | 'p' | 'source_index' | 'si' | 'sourceIndex' | 'state' | 's' | 'type' | 't' | 'version' | 'v'

export type CatCatDfaColumns = CatCatDfaColumn | CatCatDfaColumn[]

export type CatCatFieldDataColumn = 'id' | 'host' | 'h' | 'ip' | 'node' | 'n' | 'field' | 'f' | 'size' | 's' | string

export type CatCatFieldDataColumns = CatCatFieldDataColumn | CatCatFieldDataColumn[]

export type CatCatHealthColumn = 'epoch' | 't' | 'time' | 'timestamp' | 'ts' | 'hms' | 'hhmmss' | 'cluster' | 'cl' | 'status' | 'st' | 'node.total' | 'nt' | 'nodeTotal' | 'node.data' | 'nd' | 'nodeData' | 'shards' | 't' | 'sh' | 'shards.total' | 'shardsTotal' | 'pri' | 'p' | 'shards.primary' | 'shardsPrimary' | 'relo' | 'r' | 'shards.relocating' | 'shardsRelocating' | 'init' | 'i' | 'shards.initializing' | 'shardsInitializing' | 'unassign' | 'u' | 'shards.unassigned' | 'shardsUnassigned' | 'unassign.pri' | 'up' | 'shards.unassigned.primary' | 'shardsUnassignedPrimary' | 'pending_tasks' | 'pt' | 'pendingTasks' | 'max_task_wait_time' | 'mtwt' | 'maxTaskWaitTime' | 'active_shards_percent' | 'asp' | 'activeShardsPercent' | string

export type CatCatHealthColumns = CatCatHealthColumn | CatCatHealthColumn[]

export type CatCatIndicesColumn = 'health' | 'h' | 'status' | 's' | 'index' | 'i' | 'idx' | 'uuid' | 'id' | 'uuid' | 'pri' | 'p' | 'shards.primary' | 'shardsPrimary' | 'rep' | 'r' | 'shards.replica' | 'shardsReplica' | 'docs.count' | 'dc' | 'docsCount' | 'docs.deleted' | 'dd' | 'docsDeleted' | 'creation.date' | 'cd' | 'creation.date.string' | 'cds' | 'store.size' | 'ss' | 'storeSize' | 'pri.store.size' | 'dataset.size' | 'completion.size' | 'cs' | 'completionSize' | 'pri.completion.size' | 'fielddata.memory_size' | 'fm' | 'fielddataMemory' | 'pri.fielddata.memory_size' | 'fielddata.evictions' | 'fe' | 'fielddataEvictions' | 'pri.fielddata.evictions' | 'query_cache.memory_size' | 'qcm' | 'queryCacheMemory' | 'pri.query_cache.memory_size' | 'query_cache.evictions' | 'qce' | 'queryCacheEvictions' | 'pri.query_cache.evictions' | 'request_cache.memory_size' | 'rcm' | 'requestCacheMemory' | 'pri.request_cache.memory_size' | 'request_cache.evictions' | 'rce' | 'requestCacheEvictions' | 'pri.request_cache.evictions' | 'request_cache.hit_count' | 'rchc' | 'requestCacheHitCount' | 'pri.request_cache.hit_count' | 'request_cache.miss_count' | 'rcmc' | 'requestCacheMissCount' | 'pri.request_cache.miss_count' | 'flush.total' | 'ft' | 'flushTotal' | 'pri.flush.total' | 'flush.total_time' | 'ftt' | 'flushTotalTime' | 'pri.flush.total_time' | 'get.current' | 'gc' | 'getCurrent' | 'pri.get.current' | 'get.time' | 'gti' | 'getTime' | 'pri.get.time' | 'get.total' | 'gto' | 'getTotal' | 'pri.get.total' | 'get.exists_time' | 'geti' | 'getExistsTime' | 'pri.get.exists_time' | 'get.exists_total' | 'geto' | 'getExistsTotal' | 'pri.get.exists_total' | 'get.missing_time' | 'gmti' | 'getMissingTime' | 'pri.get.missing_time' | 'get.missing_total' | 'gmto' | 'getMissingTotal' | 'pri.get.missing_total' | 'indexing.delete_current' | 'idc' | 'indexingDeleteCurrent' | 'pri.indexing.delete_current' | 'indexing.delete_time' | 'idti' | 'indexingDeleteTime' | 'pri.indexing.delete_time' | 'indexing.delete_total' | 'idto' | 'indexingDeleteTotal' | 'pri.indexing.delete_total' | 'indexing.index_current' | 'iic' | 'indexingIndexCurrent' | 'pri.indexing.index_current' | 'indexing.index_time' | 'iiti' | 'indexingIndexTime' | 'pri.indexing.index_time' | 'indexing.index_total' | 'iito' | 'indexingIndexTotal' | 'pri.indexing.index_total' | 'indexing.index_failed' | 'iif' | 'indexingIndexFailed' | 'pri.indexing.index_failed' | 'indexing.index_failed_due_to_version_conflict' | 'iifvc' | 'indexingIndexFailedDueToVersionConflict' | 'pri.indexing.index_failed_due_to_version_conflict' | 'merges.current' | 'mc' | 'mergesCurrent' | 'pri.merges.current' | 'merges.current_docs' | 'mcd' | 'mergesCurrentDocs' | 'pri.merges.current_docs' | 'merges.current_size' | 'mcs' | 'mergesCurrentSize' | 'pri.merges.current_size' | 'merges.total' | 'mt' | 'mergesTotal' | 'pri.merges.total' | 'merges.total_docs' | 'mtd' | 'mergesTotalDocs' | 'pri.merges.total_docs' | 'merges.total_size' | 'mts' | 'mergesTotalSize' | 'pri.merges.total_size' | 'merges.total_time' | 'mtt' | 'mergesTotalTime' | 'pri.merges.total_time' | 'refresh.total' | 'rto' | 'refreshTotal' | 'pri.refresh.total' | 'refresh.time' | 'rti' | 'refreshTime' | 'pri.refresh.time' | 'refresh.external_total' | 'rto' | 'refreshTotal' | 'pri.refresh.external_total' | 'refresh.external_time' | 'rti' | 'refreshTime' | 'pri.refresh.external_time' | 'refresh.listeners' | 'rli' | 'refreshListeners' | 'pri.refresh.listeners' | 'search.fetch_current' | 'sfc' | 'searchFetchCurrent' | 'pri.search.fetch_current' | 'search.fetch_time' | 'sfti' | 'searchFetchTime' | 'pri.search.fetch_time' | 'search.fetch_total' | 'sfto' | 'searchFetchTotal' | 'pri.search.fetch_total' | 'search.open_contexts' | 'so' | 'searchOpenContexts' | 'pri.search.open_contexts' | 'search.query_current' | 'sqc' | 'searchQueryCurrent' | 'pri.search.query_current' | 'search.query_time' | 'sqti' | 'searchQueryTime' | 'pri.search.query_time' | 'search.query_total' | 'sqto' | 'searchQueryTotal' | 'pri.search.query_total' | 'search.scroll_current' | 'scc' | 'searchScrollCurrent' | 'pri.search.scroll_current' | 'search.scroll_time' | 'scti' | 'searchScrollTime' | 'pri.search.scroll_time' | 'search.scroll_total' | 'scto' | 'searchScrollTotal' | 'pri.search.scroll_total' | 'segments.count' | 'sc' | 'segmentsCount' | 'pri.segments.count' | 'segments.memory' | 'sm' | 'segmentsMemory' | 'pri.segments.memory' | 'segments.index_writer_memory' | 'siwm' | 'segmentsIndexWriterMemory' | 'pri.segments.index_writer_memory' | 'segments.version_map_memory' | 'svmm' | 'segmentsVersionMapMemory' | 'pri.segments.version_map_memory' | 'segments.fixed_bitset_memory' | 'sfbm' | 'fixedBitsetMemory' | 'pri.segments.fixed_bitset_memory' | 'warmer.current' | 'wc' | 'warmerCurrent' | 'pri.warmer.current' | 'warmer.total' | 'wto' | 'warmerTotal' | 'pri.warmer.total' | 'warmer.total_time' | 'wtt' | 'warmerTotalTime' | 'pri.warmer.total_time' | 'suggest.current' | 'suc' | 'suggestCurrent' | 'pri.suggest.current' | 'suggest.time' | 'suti' | 'suggestTime' | 'pri.suggest.time' | 'suggest.total' | 'suto' | 'suggestTotal' | 'pri.suggest.total' | 'memory.total' | 'tm' | 'memoryTotal' | 'pri.memory.total' | 'bulk.total_operations' | 'bto' | 'bulkTotalOperation' | 'pri.bulk.total_operations' | 'bulk.total_time' | 'btti' | 'bulkTotalTime' | 'pri.bulk.total_time' | 'bulk.total_size_in_bytes' | 'btsi' | 'bulkTotalSizeInBytes' | 'pri.bulk.total_size_in_bytes' | 'bulk.avg_time' | 'bati' | 'bulkAvgTime' | 'pri.bulk.avg_time' | 'bulk.avg_size_in_bytes' | 'basi' | 'bulkAvgSizeInBytes' | 'pri.bulk.avg_size_in_bytes' | 'dense_vector.value_count' | 'dvc' | 'denseVectorCount' | 'pri.dense_vector.value_count' | 'sparse_vector.value_count' | 'svc' | 'sparseVectorCount' | 'pri.sparse_vector.value_count' | string

export type CatCatIndicesColumns = CatCatIndicesColumn | CatCatIndicesColumn[]

export type CatCatMasterColumn = 'id' | 'host' | 'h' | 'ip' | 'node' | 'n' | string

export type CatCatMasterColumns = CatCatMasterColumn | CatCatMasterColumn[]

export type CatCatNodeColumn = 'build' | 'b' | 'completion.size' | 'cs' | 'completionSize' | 'cpu' | 'disk.avail' | 'd' | 'disk' | 'diskAvail' | 'disk.total' | 'dt' | 'diskTotal' | 'disk.used' | 'du' | 'diskUsed' | 'disk.used_percent' | 'dup' | 'diskUsedPercent' | 'fielddata.evictions' | 'fe' | 'fielddataEvictions' | 'fielddata.memory_size' | 'fm' | 'fielddataMemory' | 'file_desc.current' | 'fdc' | 'fileDescriptorCurrent' | 'file_desc.max' | 'fdm' | 'fileDescriptorMax' | 'file_desc.percent' | 'fdp' | 'fileDescriptorPercent' | 'flush.total' | 'ft' | 'flushTotal' | 'flush.total_time' | 'ftt' | 'flushTotalTime' | 'get.current' | 'gc' | 'getCurrent' | 'get.exists_time' | 'geti' | 'getExistsTime' | 'get.exists_total' | 'geto' | 'getExistsTotal' | 'get.missing_time' | 'gmti' | 'getMissingTime' | 'get.missing_total' | 'gmto' | 'getMissingTotal' | 'get.time' | 'gti' | 'getTime' | 'get.total' | 'gto' | 'getTotal' | 'heap.current' | 'hc' | 'heapCurrent' | 'heap.max' | 'hm' | 'heapMax' | 'heap.percent' | 'hp' | 'heapPercent' | 'http_address' | 'http' | 'id' | 'nodeId' | 'indexing.delete_current' | 'idc' | 'indexingDeleteCurrent' | 'indexing.delete_time' | 'idti' | 'indexingDeleteTime' | 'indexing.delete_total' | 'idto' | 'indexingDeleteTotal' | 'indexing.index_current' | 'iic' | 'indexingIndexCurrent' | 'indexing.index_failed' | 'iif' | 'indexingIndexFailed' | 'indexing.index_failed_due_to_version_conflict' | 'iifvc' | 'indexingIndexFailedDueToVersionConflict' | 'indexing.index_time' | 'iiti' | 'indexingIndexTime' | 'indexing.index_total' | 'iito' | 'indexingIndexTotal' | 'ip' | 'i' | 'jdk' | 'j' | 'load_1m' | 'l' | 'load_5m' | 'l' | 'load_15m' | 'l' | 'available_processors' | 'ap' | 'mappings.total_count' | 'mtc' | 'mappingsTotalCount' | 'mappings.total_estimated_overhead_in_bytes' | 'mteo' | 'mappingsTotalEstimatedOverheadInBytes' | 'master' | 'm' | 'merges.current' | 'mc' | 'mergesCurrent' | 'merges.current_docs' | 'mcd' | 'mergesCurrentDocs' | 'merges.current_size' | 'mcs' | 'mergesCurrentSize' | 'merges.total' | 'mt' | 'mergesTotal' | 'merges.total_docs' | 'mtd' | 'mergesTotalDocs' | 'merges.total_size' | 'mts' | 'mergesTotalSize' | 'merges.total_time' | 'mtt' | 'mergesTotalTime' | 'name' | 'n' | 'node.role' | 'r' | 'role' | 'nodeRole' | 'pid' | 'p' | 'port' | 'po' | 'query_cache.memory_size' | 'qcm' | 'queryCacheMemory' | 'query_cache.evictions' | 'qce' | 'queryCacheEvictions' | 'query_cache.hit_count' | 'qchc' | 'queryCacheHitCount' | 'query_cache.miss_count' | 'qcmc' | 'queryCacheMissCount' | 'ram.current' | 'rc' | 'ramCurrent' | 'ram.max' | 'rm' | 'ramMax' | 'ram.percent' | 'rp' | 'ramPercent' | 'refresh.total' | 'rto' | 'refreshTotal' | 'refresh.time' | 'rti' | 'refreshTime' | 'request_cache.memory_size' | 'rcm' | 'requestCacheMemory' | 'request_cache.evictions' | 'rce' | 'requestCacheEvictions' | 'request_cache.hit_count' | 'rchc' | 'requestCacheHitCount' | 'request_cache.miss_count' | 'rcmc' | 'requestCacheMissCount' | 'script.compilations' | 'scrcc' | 'scriptCompilations' | 'script.cache_evictions' | 'scrce' | 'scriptCacheEvictions' | 'search.fetch_current' | 'sfc' | 'searchFetchCurrent' | 'search.fetch_time' | 'sfti' | 'searchFetchTime' | 'search.fetch_total' | 'sfto' | 'searchFetchTotal' | 'search.open_contexts' | 'so' | 'searchOpenContexts' | 'search.query_current' | 'sqc' | 'searchQueryCurrent' | 'search.query_time' | 'sqti' | 'searchQueryTime' | 'search.query_total' | 'sqto' | 'searchQueryTotal' | 'search.scroll_current' | 'scc' | 'searchScrollCurrent' | 'search.scroll_time' | 'scti' | 'searchScrollTime' | 'search.scroll_total' | 'scto' | 'searchScrollTotal' | 'segments.count' | 'sc' | 'segmentsCount' | 'segments.fixed_bitset_memory' | 'sfbm' | 'fixedBitsetMemory' | 'segments.index_writer_memory' | 'siwm' | 'segmentsIndexWriterMemory' | 'segments.memory' | 'sm' | 'segmentsMemory' | 'segments.version_map_memory' | 'svmm' | 'segmentsVersionMapMemory' | 'shard_stats.total_count' | 'sstc' | 'shards' | 'shardStatsTotalCount' | 'suggest.current' | 'suc' | 'suggestCurrent' | 'suggest.time' | 'suti' | 'suggestTime' | 'suggest.total' | 'suto' | 'suggestTotal' | 'uptime' | 'u' | 'version' | 'v' | string

export type CatCatNodeColumns = CatCatNodeColumn | CatCatNodeColumn[]

export type CatCatNodeattrsColumn = 'node' | 'id' | 'id' | 'nodeId' | 'pid' | 'p' | 'host' | 'h' | 'ip' | 'i' | 'port' | 'po' | 'attr' | 'attr.name' | 'value' | 'attr.value' | string

export type CatCatNodeattrsColumns = CatCatNodeattrsColumn | CatCatNodeattrsColumn[]

export type CatCatPendingTasksColumn = 'insertOrder' | 'o' | 'timeInQueue' | 't' | 'priority' | 'p' | 'source' | 's' | string

export type CatCatPendingTasksColumns = CatCatPendingTasksColumn | CatCatPendingTasksColumn[]

export type CatCatPluginsColumn = 'id' | 'name' | 'n' | 'component' | 'c' | 'version' | 'v' | 'description' | 'd' | string

export type CatCatPluginsColumns = CatCatPluginsColumn | CatCatPluginsColumn[]

export type CatCatRecoveryColumn = 'index' | 'i' | 'idx' | 'shard' | 's' | 'sh' | 'start_time' | 'start' | 'start_time_millis' | 'start_millis' | 'stop_time' | 'stop' | 'stop_time_millis' | 'stop_millis' | 'time' | 't' | 'ti' | 'type' | 'ty' | 'stage' | 'st' | 'source_host' | 'shost' | 'source_node' | 'snode' | 'target_host' | 'thost' | 'target_node' | 'tnode' | 'repository' | 'rep' | 'snapshot' | 'snap' | 'files' | 'f' | 'files_recovered' | 'fr' | 'files_percent' | 'fp' | 'files_total' | 'tf' | 'bytes' | 'b' | 'bytes_recovered' | 'br' | 'bytes_percent' | 'bp' | 'bytes_total' | 'tb' | 'translog_ops' | 'to' | 'translog_ops_recovered' | 'tor' | 'translog_ops_percent' | 'top' | string

export type CatCatRecoveryColumns = CatCatRecoveryColumn | CatCatRecoveryColumn[]

export interface CatCatRequestBase extends RequestBase, SpecUtilsCommonCatQueryParameters {
}

export type CatCatSegmentsColumn = 'index' | 'i' | 'idx' | 'shard' | 's' | 'sh' | 'prirep' | 'p' | 'pr' | 'primaryOrReplica' | 'ip' | 'segment' | 'generation' | 'docs.count' | 'docs.deleted' | 'size' | 'size.memory' | 'committed' | 'searchable' | 'version' | 'compound' | 'id' | string

export type CatCatSegmentsColumns = CatCatSegmentsColumn | CatCatSegmentsColumn[]

export type CatCatShardColumn = 'completion.size' | 'cs' | 'completionSize' | 'dataset.size' | 'dense_vector.value_count' | 'dvc' | 'denseVectorCount' | 'docs' | 'd' | 'dc' | 'fielddata.evictions' | 'fe' | 'fielddataEvictions' | 'fielddata.memory_size' | 'fm' | 'fielddataMemory' | 'flush.total' | 'ft' | 'flushTotal' | 'flush.total_time' | 'ftt' | 'flushTotalTime' | 'get.current' | 'gc' | 'getCurrent' | 'get.exists_time' | 'geti' | 'getExistsTime' | 'get.exists_total' | 'geto' | 'getExistsTotal' | 'get.missing_time' | 'gmti' | 'getMissingTime' | 'get.missing_total' | 'gmto' | 'getMissingTotal' | 'get.time' | 'gti' | 'getTime' | 'get.total' | 'gto' | 'getTotal' | 'id' | 'index' | 'i' | 'idx' | 'indexing.delete_current' | 'idc' | 'indexingDeleteCurrent' | 'indexing.delete_time' | 'idti' | 'indexingDeleteTime' | 'indexing.delete_total' | 'idto' | 'indexingDeleteTotal' | 'indexing.index_current' | 'iic' | 'indexingIndexCurrent' | 'indexing.index_failed_due_to_version_conflict' | 'iifvc' | 'indexingIndexFailedDueToVersionConflict' | 'indexing.index_failed' | 'iif' | 'indexingIndexFailed' | 'indexing.index_time' | 'iiti' | 'indexingIndexTime' | 'indexing.index_total' | 'iito' | 'indexingIndexTotal' | 'ip' | 'merges.current' | 'mc' | 'mergesCurrent' | 'merges.current_docs' | 'mcd' | 'mergesCurrentDocs' | 'merges.current_size' | 'mcs' | 'mergesCurrentSize' | 'merges.total' | 'mt' | 'mergesTotal' | 'merges.total_docs' | 'mtd' | 'mergesTotalDocs' | 'merges.total_size' | 'mts' | 'mergesTotalSize' | 'merges.total_time' | 'mtt' | 'mergesTotalTime' | 'node' | 'n' | 'prirep' | 'p' | 'pr' | 'primaryOrReplica' | 'query_cache.evictions' | 'qce' | 'queryCacheEvictions' | 'query_cache.memory_size' | 'qcm' | 'queryCacheMemory' | 'recoverysource.type' | 'rs' | 'refresh.time' | 'rti' | 'refreshTime' | 'refresh.total' | 'rto' | 'refreshTotal' | 'search.fetch_current' | 'sfc' | 'searchFetchCurrent' | 'search.fetch_time' | 'sfti' | 'searchFetchTime' | 'search.fetch_total' | 'sfto' | 'searchFetchTotal' | 'search.open_contexts' | 'so' | 'searchOpenContexts' | 'search.query_current' | 'sqc' | 'searchQueryCurrent' | 'search.query_time' | 'sqti' | 'searchQueryTime' | 'search.query_total' | 'sqto' | 'searchQueryTotal' | 'search.scroll_current' | 'scc' | 'searchScrollCurrent' | 'search.scroll_time' | 'scti' | 'searchScrollTime' | 'search.scroll_total' | 'scto' | 'searchScrollTotal' | 'segments.count' | 'sc' | 'segmentsCount' | 'segments.fixed_bitset_memory' | 'sfbm' | 'fixedBitsetMemory' | 'segments.index_writer_memory' | 'siwm' | 'segmentsIndexWriterMemory' | 'segments.memory' | 'sm' | 'segmentsMemory' | 'segments.version_map_memory' | 'svmm' | 'segmentsVersionMapMemory' | 'seq_no.global_checkpoint' | 'sqg' | 'globalCheckpoint' | 'seq_no.local_checkpoint' | 'sql' | 'localCheckpoint' | 'seq_no.max' | 'sqm' | 'maxSeqNo' | 'shard' | 's' | 'sh' | 'dsparse_vector.value_count' | 'svc' | 'sparseVectorCount' | 'state' | 'st' | 'store' | 'sto' | 'suggest.current' | 'suc' | 'suggestCurrent' | 'suggest.time' | 'suti' | 'suggestTime' | 'suggest.total' | 'suto' | 'suggestTotal' | 'sync_id' | 'unassigned.at' | 'ua' | 'unassigned.details' | 'ud' | 'unassigned.for' | 'uf' | 'unassigned.reason' | 'ur' | string

export type CatCatShardColumns = CatCatShardColumn | CatCatShardColumn[]

export type CatCatSnapshotsColumn = 'id' | 'snapshot' | 'repository' | 're' | 'repo' | 'status' | 's' | 'start_epoch' | 'ste' | 'startEpoch' | 'start_time' | 'sti' | 'startTime' | 'end_epoch' | 'ete' | 'endEpoch' | 'end_time' | 'eti' | 'endTime' | 'duration' | 'dur' | 'indices' | 'i' | 'successful_shards' | 'ss' | 'failed_shards' | 'fs' | 'total_shards' | 'ts' | 'reason' | 'r' | string

export type CatCatSnapshotsColumns = CatCatSnapshotsColumn | CatCatSnapshotsColumn[]

export type CatCatTasksColumn = 'id' | 'action' | 'ac' | 'task_id' | 'ti' | 'parent_task_id' | 'pti' | 'type' | 'ty' | 'start_time' | 'start' | 'timestamp' | 'ts' | 'hms' | 'hhmmss' | 'running_time_ns' | 'time' | 'running_time' | 'time' | 'node_id' | 'ni' | 'ip' | 'i' | 'port' | 'po' | 'node' | 'n' | 'version' | 'v' | 'x_opaque_id' | 'x' | string

export type CatCatTasksColumns = CatCatTasksColumn | CatCatTasksColumn[]

export type CatCatTemplatesColumn = 'name' | 'n' | 'index_patterns' | 't' | 'order' | 'o' | 'p' | 'version' | 'v' | 'composed_of' | 'c' | string

export type CatCatTemplatesColumns = CatCatTemplatesColumn | CatCatTemplatesColumn[]

export type CatCatThreadPoolColumn = 'active' | 'a' | 'completed' | 'c' | 'core' | 'cr' | 'ephemeral_id' | 'eid' | 'host' | 'h' | 'ip' | 'i' | 'keep_alive' | 'k' | 'largest' | 'l' | 'max' | 'mx' | 'name' | 'node_id' | 'id' | 'node_name' | 'pid' | 'p' | 'pool_size' | 'psz' | 'port' | 'po' | 'queue' | 'q' | 'queue_size' | 'qs' | 'rejected' | 'r' | 'size' | 'sz' | 'type' | 't' | string

export type CatCatThreadPoolColumns = CatCatThreadPoolColumn | CatCatThreadPoolColumn[]

export type CatCatTrainedModelsColumn = 'create_time' | 'ct' | 'created_by' | 'c' | 'createdBy' | 'data_frame_analytics_id' | 'df' | 'dataFrameAnalytics' | 'dfid' | 'description' | 'd' | 'heap_size' | 'hs' | 'modelHeapSize' | 'id' | 'ingest.count' | 'ic' | 'ingestCount' | 'ingest.current' | 'icurr' | 'ingestCurrent' | 'ingest.failed' | 'if' | 'ingestFailed' | 'ingest.pipelines' | 'ip' | 'ingestPipelines' | 'ingest.time' | 'it' | 'ingestTime' | 'license' | 'l' | 'operations' | 'o' | 'modelOperations' | 'version' | 'v'

export type CatCatTrainedModelsColumns = CatCatTrainedModelsColumn | CatCatTrainedModelsColumn[]

export type CatCatTransformColumn = 'changes_last_detection_time' | 'cldt' | 'checkpoint' | 'cp' | 'checkpoint_duration_time_exp_avg' | 'cdtea' | 'checkpointTimeExpAvg' | 'checkpoint_progress' | 'c' | 'checkpointProgress' | 'create_time' | 'ct' | 'createTime' | 'delete_time' | 'dtime' | 'description' | 'd' | 'dest_index' | 'di' | 'destIndex' | 'documents_deleted' | 'docd' | 'documents_indexed' | 'doci' | 'docs_per_second' | 'dps' | 'documents_processed' | 'docp' | 'frequency' | 'f' | 'id' | 'index_failure' | 'if' | 'index_time' | 'itime' | 'index_total' | 'it' | 'indexed_documents_exp_avg' | 'idea' | 'last_search_time' | 'lst' | 'lastSearchTime' | 'max_page_search_size' | 'mpsz' | 'pages_processed' | 'pp' | 'pipeline' | 'p' | 'processed_documents_exp_avg' | 'pdea' | 'processing_time' | 'pt' | 'project_routing' | 'pr' | 'projectRouting' | 'reason' | 'r' | 'search_failure' | 'sf' | 'search_time' | 'stime' | 'search_total' | 'st' | 'source_index' | 'si' | 'sourceIndex' | 'state' | 's' | 'transform_type' | 'tt' | 'trigger_count' | 'tc' | 'version' | 'v'

export type CatCatTransformColumns = CatCatTransformColumn | CatCatTransformColumn[]

export interface CatCircuitBreakerCircuitBreakerRecord {
  /** Persistent node ID */
  node_id?: NodeId
  /** Persistent node ID */
  id?: NodeId
  /** Node name */
  node_name?: string
  /** Node name */
  nn?: string
  /** Breaker name */
  breaker?: string
  /** Breaker name */
  br?: string
  /** Limit size */
  limit?: string
  /** Limit size */
  l?: string
  /** Limit size in bytes */
  limit_bytes?: ByteSize
  /** Limit size in bytes */
  lb?: ByteSize
  /** Estimated size */
  estimated?: string
  /** Estimated size */
  e?: string
  /** Estimated size in bytes */
  estimated_bytes?: ByteSize
  /** Estimated size in bytes */
  eb?: ByteSize
  /** Tripped count */
  tripped?: string
  /** Tripped count */
  t?: string
  /** Overhead */
  overhead?: string
  /** Overhead */
  o?: string
}

/** Request of `cat.circuit_breaker`. */
export interface CatCircuitBreakerRequest extends CatCatRequestBase {
  /** A comma-separated list of regular-expressions to filter the circuit breakers in the output */
  circuit_breaker_patterns?: string | string[]
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatCircuitBreakerColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatCircuitBreakerResponse = CatCircuitBreakerCircuitBreakerRecord[]

export interface CatComponentTemplatesComponentTemplate {
  name: string
  version: string | null
  alias_count: string
  mapping_count: string
  settings_count: string
  metadata_count: string
  included_in: string
}

/** Request of `cat.component_templates`. */
export interface CatComponentTemplatesRequest extends CatCatRequestBase {
  /** The name of the component template. It accepts wildcard expressions. If it is omitted, all component templates are returned. */
  name?: string
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatComponentColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatComponentTemplatesResponse = CatComponentTemplatesComponentTemplate[]

export interface CatCountCountRecord {
  /** seconds since 1970-01-01 00:00:00 */
  epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** seconds since 1970-01-01 00:00:00 */
  t?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** seconds since 1970-01-01 00:00:00 */
  time?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** time in HH:MM:SS */
  timestamp?: TimeOfDay
  /** time in HH:MM:SS */
  ts?: TimeOfDay
  /** time in HH:MM:SS */
  hms?: TimeOfDay
  /** time in HH:MM:SS */
  hhmmss?: TimeOfDay
  /** the document count */
  count?: string
  /** the document count */
  dc?: string
  /** the document count */
  'docs.count'?: string
  /** the document count */
  docsCount?: string
}

/** Request of `cat.count`. */
export interface CatCountRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. It supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatCountColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Specifies a subset of projects to target using project metadata tags in a subset of Lucene query syntax. Allowed Lucene queries: the _alias tag and a single value (possibly wildcarded). Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export type CatCountResponse = CatCountCountRecord[]

export interface CatFielddataFielddataRecord {
  /** node id */
  id?: string
  /** host name */
  host?: string
  /** host name */
  h?: string
  /** ip address */
  ip?: string
  /** node name */
  node?: string
  /** node name */
  n?: string
  /** field name */
  field?: string
  /** field name */
  f?: string
  /** field data usage */
  size?: string
}

/** Request of `cat.fielddata`. */
export interface CatFielddataRequest extends CatCatRequestBase {
  /** Comma-separated list of fields used to limit returned information. To retrieve all fields, omit this parameter. */
  fields?: Fields
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatFieldDataColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatFielddataResponse = CatFielddataFielddataRecord[]

export interface CatHealthHealthRecord {
  /** seconds since 1970-01-01 00:00:00 */
  epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** seconds since 1970-01-01 00:00:00 */
  time?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** time in HH:MM:SS */
  timestamp?: TimeOfDay
  /** time in HH:MM:SS */
  ts?: TimeOfDay
  /** time in HH:MM:SS */
  hms?: TimeOfDay
  /** time in HH:MM:SS */
  hhmmss?: TimeOfDay
  /** cluster name */
  cluster?: string
  /** cluster name */
  cl?: string
  /** health status */
  status?: string
  /** health status */
  st?: string
  /** total number of nodes */
  'node.total'?: string
  /** total number of nodes */
  nt?: string
  /** total number of nodes */
  nodeTotal?: string
  /** number of nodes that can store data */
  'node.data'?: string
  /** number of nodes that can store data */
  nd?: string
  /** number of nodes that can store data */
  nodeData?: string
  /** total number of shards */
  shards?: string
  /** total number of shards */
  t?: string
  /** total number of shards */
  sh?: string
  /** total number of shards */
  'shards.total'?: string
  /** total number of shards */
  shardsTotal?: string
  /** number of primary shards */
  pri?: string
  /** number of primary shards */
  p?: string
  /** number of primary shards */
  'shards.primary'?: string
  /** number of primary shards */
  shardsPrimary?: string
  /** number of relocating nodes */
  relo?: string
  /** number of relocating nodes */
  r?: string
  /** number of relocating nodes */
  'shards.relocating'?: string
  /** number of relocating nodes */
  shardsRelocating?: string
  /** number of initializing nodes */
  init?: string
  /** number of initializing nodes */
  i?: string
  /** number of initializing nodes */
  'shards.initializing'?: string
  /** number of initializing nodes */
  shardsInitializing?: string
  /** number of unassigned primary shards */
  'unassign.pri'?: string
  /** number of unassigned primary shards */
  up?: string
  /** number of unassigned primary shards */
  'shards.unassigned.primary'?: string
  /** number of unassigned primary shards */
  shardsUnassignedPrimary?: string
  /** number of unassigned shards */
  unassign?: string
  /** number of unassigned shards */
  u?: string
  /** number of unassigned shards */
  'shards.unassigned'?: string
  /** number of unassigned shards */
  shardsUnassigned?: string
  /** number of pending tasks */
  pending_tasks?: string
  /** number of pending tasks */
  pt?: string
  /** number of pending tasks */
  pendingTasks?: string
  /** wait time of longest task pending */
  max_task_wait_time?: string
  /** wait time of longest task pending */
  mtwt?: string
  /** wait time of longest task pending */
  maxTaskWaitTime?: string
  /** active number of shards in percent */
  active_shards_percent?: string
  /** active number of shards in percent */
  asp?: string
  /** active number of shards in percent */
  activeShardsPercent?: string
}

/** Request of `cat.health`. */
export interface CatHealthRequest extends CatCatRequestBase {
  /** If true, returns `HH:MM:SS` and Unix epoch timestamps. */
  ts?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatHealthColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatHealthResponse = CatHealthHealthRecord[]

/** Request of `cat.help`. */
export interface CatHelpRequest extends RequestBase {
}

export interface CatHelpResponse {
}

export interface CatIndicesIndicesRecord {
  /** current health status */
  health?: string
  /** current health status */
  h?: string
  /** open/close status */
  status?: string
  /** open/close status */
  s?: string
  /** index name */
  index?: string
  /** index name */
  i?: string
  /** index name */
  idx?: string
  /** index uuid */
  uuid?: string
  /** index uuid */
  id?: string
  /** number of primary shards */
  pri?: string
  /** number of primary shards */
  p?: string
  /** number of primary shards */
  'shards.primary'?: string
  /** number of primary shards */
  shardsPrimary?: string
  /** number of replica shards */
  rep?: string
  /** number of replica shards */
  r?: string
  /** number of replica shards */
  'shards.replica'?: string
  /** number of replica shards */
  shardsReplica?: string
  /** The number of documents in the index, including hidden nested documents. For indices with `semantic_text` fields or other nested field types, this count includes the internal nested documents. To get the logical document count (excluding nested documents), use the `_count` API or `_cat/count` API instead. */
  'docs.count'?: string | null
  /** The number of documents in the index, including hidden nested documents. For indices with `semantic_text` fields or other nested field types, this count includes the internal nested documents. To get the logical document count (excluding nested documents), use the `_count` API or `_cat/count` API instead. */
  dc?: string | null
  /** The number of documents in the index, including hidden nested documents. For indices with `semantic_text` fields or other nested field types, this count includes the internal nested documents. To get the logical document count (excluding nested documents), use the `_count` API or `_cat/count` API instead. */
  docsCount?: string | null
  /** deleted docs */
  'docs.deleted'?: string | null
  /** deleted docs */
  dd?: string | null
  /** deleted docs */
  docsDeleted?: string | null
  /** index creation date (millisecond value) */
  'creation.date'?: string
  /** index creation date (millisecond value) */
  cd?: string
  /** index creation date (as string) */
  'creation.date.string'?: string
  /** index creation date (as string) */
  cds?: string
  /** store size of primaries & replicas */
  'store.size'?: string | null
  /** store size of primaries & replicas */
  ss?: string | null
  /** store size of primaries & replicas */
  storeSize?: string | null
  /** store size of primaries */
  'pri.store.size'?: string | null
  /** total size of dataset (including the cache for partially mounted indices) */
  'dataset.size'?: string | null
  /** size of completion */
  'completion.size'?: string
  /** size of completion */
  cs?: string
  /** size of completion */
  completionSize?: string
  /** size of completion */
  'pri.completion.size'?: string
  /** used fielddata cache */
  'fielddata.memory_size'?: string
  /** used fielddata cache */
  fm?: string
  /** used fielddata cache */
  fielddataMemory?: string
  /** used fielddata cache */
  'pri.fielddata.memory_size'?: string
  /** fielddata evictions */
  'fielddata.evictions'?: string
  /** fielddata evictions */
  fe?: string
  /** fielddata evictions */
  fielddataEvictions?: string
  /** fielddata evictions */
  'pri.fielddata.evictions'?: string
  /** used query cache */
  'query_cache.memory_size'?: string
  /** used query cache */
  qcm?: string
  /** used query cache */
  queryCacheMemory?: string
  /** used query cache */
  'pri.query_cache.memory_size'?: string
  /** query cache evictions */
  'query_cache.evictions'?: string
  /** query cache evictions */
  qce?: string
  /** query cache evictions */
  queryCacheEvictions?: string
  /** query cache evictions */
  'pri.query_cache.evictions'?: string
  /** used request cache */
  'request_cache.memory_size'?: string
  /** used request cache */
  rcm?: string
  /** used request cache */
  requestCacheMemory?: string
  /** used request cache */
  'pri.request_cache.memory_size'?: string
  /** request cache evictions */
  'request_cache.evictions'?: string
  /** request cache evictions */
  rce?: string
  /** request cache evictions */
  requestCacheEvictions?: string
  /** request cache evictions */
  'pri.request_cache.evictions'?: string
  /** request cache hit count */
  'request_cache.hit_count'?: string
  /** request cache hit count */
  rchc?: string
  /** request cache hit count */
  requestCacheHitCount?: string
  /** request cache hit count */
  'pri.request_cache.hit_count'?: string
  /** request cache miss count */
  'request_cache.miss_count'?: string
  /** request cache miss count */
  rcmc?: string
  /** request cache miss count */
  requestCacheMissCount?: string
  /** request cache miss count */
  'pri.request_cache.miss_count'?: string
  /** number of flushes */
  'flush.total'?: string
  /** number of flushes */
  ft?: string
  /** number of flushes */
  flushTotal?: string
  /** number of flushes */
  'pri.flush.total'?: string
  /** time spent in flush */
  'flush.total_time'?: string
  /** time spent in flush */
  ftt?: string
  /** time spent in flush */
  flushTotalTime?: string
  /** time spent in flush */
  'pri.flush.total_time'?: string
  /** number of current get ops */
  'get.current'?: string
  /** number of current get ops */
  gc?: string
  /** number of current get ops */
  getCurrent?: string
  /** number of current get ops */
  'pri.get.current'?: string
  /** time spent in get */
  'get.time'?: string
  /** time spent in get */
  gti?: string
  /** time spent in get */
  getTime?: string
  /** time spent in get */
  'pri.get.time'?: string
  /** number of get ops */
  'get.total'?: string
  /** number of get ops */
  gto?: string
  /** number of get ops */
  getTotal?: string
  /** number of get ops */
  'pri.get.total'?: string
  /** time spent in successful gets */
  'get.exists_time'?: string
  /** time spent in successful gets */
  geti?: string
  /** time spent in successful gets */
  getExistsTime?: string
  /** time spent in successful gets */
  'pri.get.exists_time'?: string
  /** number of successful gets */
  'get.exists_total'?: string
  /** number of successful gets */
  geto?: string
  /** number of successful gets */
  getExistsTotal?: string
  /** number of successful gets */
  'pri.get.exists_total'?: string
  /** time spent in failed gets */
  'get.missing_time'?: string
  /** time spent in failed gets */
  gmti?: string
  /** time spent in failed gets */
  getMissingTime?: string
  /** time spent in failed gets */
  'pri.get.missing_time'?: string
  /** number of failed gets */
  'get.missing_total'?: string
  /** number of failed gets */
  gmto?: string
  /** number of failed gets */
  getMissingTotal?: string
  /** number of failed gets */
  'pri.get.missing_total'?: string
  /** number of current deletions */
  'indexing.delete_current'?: string
  /** number of current deletions */
  idc?: string
  /** number of current deletions */
  indexingDeleteCurrent?: string
  /** number of current deletions */
  'pri.indexing.delete_current'?: string
  /** time spent in deletions */
  'indexing.delete_time'?: string
  /** time spent in deletions */
  idti?: string
  /** time spent in deletions */
  indexingDeleteTime?: string
  /** time spent in deletions */
  'pri.indexing.delete_time'?: string
  /** number of delete ops */
  'indexing.delete_total'?: string
  /** number of delete ops */
  idto?: string
  /** number of delete ops */
  indexingDeleteTotal?: string
  /** number of delete ops */
  'pri.indexing.delete_total'?: string
  /** number of current indexing ops */
  'indexing.index_current'?: string
  /** number of current indexing ops */
  iic?: string
  /** number of current indexing ops */
  indexingIndexCurrent?: string
  /** number of current indexing ops */
  'pri.indexing.index_current'?: string
  /** time spent in indexing */
  'indexing.index_time'?: string
  /** time spent in indexing */
  iiti?: string
  /** time spent in indexing */
  indexingIndexTime?: string
  /** time spent in indexing */
  'pri.indexing.index_time'?: string
  /** number of indexing ops */
  'indexing.index_total'?: string
  /** number of indexing ops */
  iito?: string
  /** number of indexing ops */
  indexingIndexTotal?: string
  /** number of indexing ops */
  'pri.indexing.index_total'?: string
  /** number of failed indexing ops */
  'indexing.index_failed'?: string
  /** number of failed indexing ops */
  iif?: string
  /** number of failed indexing ops */
  indexingIndexFailed?: string
  /** number of failed indexing ops */
  'pri.indexing.index_failed'?: string
  /** number of current merges */
  'merges.current'?: string
  /** number of current merges */
  mc?: string
  /** number of current merges */
  mergesCurrent?: string
  /** number of current merges */
  'pri.merges.current'?: string
  /** number of current merging docs */
  'merges.current_docs'?: string
  /** number of current merging docs */
  mcd?: string
  /** number of current merging docs */
  mergesCurrentDocs?: string
  /** number of current merging docs */
  'pri.merges.current_docs'?: string
  /** size of current merges */
  'merges.current_size'?: string
  /** size of current merges */
  mcs?: string
  /** size of current merges */
  mergesCurrentSize?: string
  /** size of current merges */
  'pri.merges.current_size'?: string
  /** number of completed merge ops */
  'merges.total'?: string
  /** number of completed merge ops */
  mt?: string
  /** number of completed merge ops */
  mergesTotal?: string
  /** number of completed merge ops */
  'pri.merges.total'?: string
  /** docs merged */
  'merges.total_docs'?: string
  /** docs merged */
  mtd?: string
  /** docs merged */
  mergesTotalDocs?: string
  /** docs merged */
  'pri.merges.total_docs'?: string
  /** size merged */
  'merges.total_size'?: string
  /** size merged */
  mts?: string
  /** size merged */
  mergesTotalSize?: string
  /** size merged */
  'pri.merges.total_size'?: string
  /** time spent in merges */
  'merges.total_time'?: string
  /** time spent in merges */
  mtt?: string
  /** time spent in merges */
  mergesTotalTime?: string
  /** time spent in merges */
  'pri.merges.total_time'?: string
  /** total refreshes */
  'refresh.total'?: string
  /** total refreshes */
  rto?: string
  /** total refreshes */
  refreshTotal?: string
  /** total refreshes */
  'pri.refresh.total'?: string
  /** time spent in refreshes */
  'refresh.time'?: string
  /** time spent in refreshes */
  rti?: string
  /** time spent in refreshes */
  refreshTime?: string
  /** time spent in refreshes */
  'pri.refresh.time'?: string
  /** total external refreshes */
  'refresh.external_total'?: string
  /** total external refreshes */
  reto?: string
  /** total external refreshes */
  'pri.refresh.external_total'?: string
  /** time spent in external refreshes */
  'refresh.external_time'?: string
  /** time spent in external refreshes */
  reti?: string
  /** time spent in external refreshes */
  'pri.refresh.external_time'?: string
  /** number of pending refresh listeners */
  'refresh.listeners'?: string
  /** number of pending refresh listeners */
  rli?: string
  /** number of pending refresh listeners */
  refreshListeners?: string
  /** number of pending refresh listeners */
  'pri.refresh.listeners'?: string
  /** current fetch phase ops */
  'search.fetch_current'?: string
  /** current fetch phase ops */
  sfc?: string
  /** current fetch phase ops */
  searchFetchCurrent?: string
  /** current fetch phase ops */
  'pri.search.fetch_current'?: string
  /** time spent in fetch phase */
  'search.fetch_time'?: string
  /** time spent in fetch phase */
  sfti?: string
  /** time spent in fetch phase */
  searchFetchTime?: string
  /** time spent in fetch phase */
  'pri.search.fetch_time'?: string
  /** total fetch ops */
  'search.fetch_total'?: string
  /** total fetch ops */
  sfto?: string
  /** total fetch ops */
  searchFetchTotal?: string
  /** total fetch ops */
  'pri.search.fetch_total'?: string
  /** open search contexts */
  'search.open_contexts'?: string
  /** open search contexts */
  so?: string
  /** open search contexts */
  searchOpenContexts?: string
  /** open search contexts */
  'pri.search.open_contexts'?: string
  /** current query phase ops */
  'search.query_current'?: string
  /** current query phase ops */
  sqc?: string
  /** current query phase ops */
  searchQueryCurrent?: string
  /** current query phase ops */
  'pri.search.query_current'?: string
  /** time spent in query phase */
  'search.query_time'?: string
  /** time spent in query phase */
  sqti?: string
  /** time spent in query phase */
  searchQueryTime?: string
  /** time spent in query phase */
  'pri.search.query_time'?: string
  /** total query phase ops */
  'search.query_total'?: string
  /** total query phase ops */
  sqto?: string
  /** total query phase ops */
  searchQueryTotal?: string
  /** total query phase ops */
  'pri.search.query_total'?: string
  /** open scroll contexts */
  'search.scroll_current'?: string
  /** open scroll contexts */
  scc?: string
  /** open scroll contexts */
  searchScrollCurrent?: string
  /** open scroll contexts */
  'pri.search.scroll_current'?: string
  /** time scroll contexts held open */
  'search.scroll_time'?: string
  /** time scroll contexts held open */
  scti?: string
  /** time scroll contexts held open */
  searchScrollTime?: string
  /** time scroll contexts held open */
  'pri.search.scroll_time'?: string
  /** completed scroll contexts */
  'search.scroll_total'?: string
  /** completed scroll contexts */
  scto?: string
  /** completed scroll contexts */
  searchScrollTotal?: string
  /** completed scroll contexts */
  'pri.search.scroll_total'?: string
  /** number of segments */
  'segments.count'?: string
  /** number of segments */
  sc?: string
  /** number of segments */
  segmentsCount?: string
  /** number of segments */
  'pri.segments.count'?: string
  /** memory used by segments */
  'segments.memory'?: string
  /** memory used by segments */
  sm?: string
  /** memory used by segments */
  segmentsMemory?: string
  /** memory used by segments */
  'pri.segments.memory'?: string
  /** memory used by index writer */
  'segments.index_writer_memory'?: string
  /** memory used by index writer */
  siwm?: string
  /** memory used by index writer */
  segmentsIndexWriterMemory?: string
  /** memory used by index writer */
  'pri.segments.index_writer_memory'?: string
  /** memory used by version map */
  'segments.version_map_memory'?: string
  /** memory used by version map */
  svmm?: string
  /** memory used by version map */
  segmentsVersionMapMemory?: string
  /** memory used by version map */
  'pri.segments.version_map_memory'?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  'segments.fixed_bitset_memory'?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  sfbm?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  fixedBitsetMemory?: string
  /** memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields */
  'pri.segments.fixed_bitset_memory'?: string
  /** current warmer ops */
  'warmer.current'?: string
  /** current warmer ops */
  wc?: string
  /** current warmer ops */
  warmerCurrent?: string
  /** current warmer ops */
  'pri.warmer.current'?: string
  /** total warmer ops */
  'warmer.total'?: string
  /** total warmer ops */
  wto?: string
  /** total warmer ops */
  warmerTotal?: string
  /** total warmer ops */
  'pri.warmer.total'?: string
  /** time spent in warmers */
  'warmer.total_time'?: string
  /** time spent in warmers */
  wtt?: string
  /** time spent in warmers */
  warmerTotalTime?: string
  /** time spent in warmers */
  'pri.warmer.total_time'?: string
  /** number of current suggest ops */
  'suggest.current'?: string
  /** number of current suggest ops */
  suc?: string
  /** number of current suggest ops */
  suggestCurrent?: string
  /** number of current suggest ops */
  'pri.suggest.current'?: string
  /** time spend in suggest */
  'suggest.time'?: string
  /** time spend in suggest */
  suti?: string
  /** time spend in suggest */
  suggestTime?: string
  /** time spend in suggest */
  'pri.suggest.time'?: string
  /** number of suggest ops */
  'suggest.total'?: string
  /** number of suggest ops */
  suto?: string
  /** number of suggest ops */
  suggestTotal?: string
  /** number of suggest ops */
  'pri.suggest.total'?: string
  /** total used memory */
  'memory.total'?: string
  /** total used memory */
  tm?: string
  /** total used memory */
  memoryTotal?: string
  /** total user memory */
  'pri.memory.total'?: string
  /** indicates if the index is search throttled */
  'search.throttled'?: string
  /** indicates if the index is search throttled */
  sth?: string
  /** number of bulk shard ops */
  'bulk.total_operations'?: string
  /** number of bulk shard ops */
  bto?: string
  /** number of bulk shard ops */
  bulkTotalOperation?: string
  /** number of bulk shard ops */
  'pri.bulk.total_operations'?: string
  /** time spend in shard bulk */
  'bulk.total_time'?: string
  /** time spend in shard bulk */
  btti?: string
  /** time spend in shard bulk */
  bulkTotalTime?: string
  /** time spend in shard bulk */
  'pri.bulk.total_time'?: string
  /** total size in bytes of shard bulk */
  'bulk.total_size_in_bytes'?: string
  /** total size in bytes of shard bulk */
  btsi?: string
  /** total size in bytes of shard bulk */
  bulkTotalSizeInBytes?: string
  /** total size in bytes of shard bulk */
  'pri.bulk.total_size_in_bytes'?: string
  /** average time spend in shard bulk */
  'bulk.avg_time'?: string
  /** average time spend in shard bulk */
  bati?: string
  /** average time spend in shard bulk */
  bulkAvgTime?: string
  /** average time spend in shard bulk */
  'pri.bulk.avg_time'?: string
  /** average size in bytes of shard bulk */
  'bulk.avg_size_in_bytes'?: string
  /** average size in bytes of shard bulk */
  basi?: string
  /** average size in bytes of shard bulk */
  bulkAvgSizeInBytes?: string
  /** average size in bytes of shard bulk */
  'pri.bulk.avg_size_in_bytes'?: string
}

/** Request of `cat.indices`. */
export interface CatIndicesRequest extends CatCatRequestBase {
  /** Comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** The type of index that wildcard patterns can match. */
  expand_wildcards?: ExpandWildcards
  /** The health status used to limit returned indices. By default, the response includes indices of any health status. */
  health?: HealthStatus
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** If true, the response only includes information from primary shards. */
  pri?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatIndicesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatIndicesResponse = CatIndicesIndicesRecord[]

export interface CatMasterMasterRecord {
  /** node id */
  id?: string
  /** host name */
  host?: string
  /** host name */
  h?: string
  /** ip address */
  ip?: string
  /** node name */
  node?: string
  /** node name */
  n?: string
}

/** Request of `cat.master`. */
export interface CatMasterRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatMasterColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatMasterResponse = CatMasterMasterRecord[]

export interface CatMlDataFrameAnalyticsDataFrameAnalyticsRecord {
  /** The identifier for the job. */
  id?: Id
  /** The type of analysis that the job performs. */
  type?: string
  /** The type of analysis that the job performs. */
  t?: string
  /** The time when the job was created. */
  create_time?: string
  /** The time when the job was created. */
  ct?: string
  /** The time when the job was created. */
  createTime?: string
  /** The version of Elasticsearch when the job was created. */
  version?: VersionString
  /** The version of Elasticsearch when the job was created. */
  v?: VersionString
  /** The name of the source index. */
  source_index?: IndexName
  /** The name of the source index. */
  si?: IndexName
  /** The name of the source index. */
  sourceIndex?: IndexName
  /** The name of the destination index. */
  dest_index?: IndexName
  /** The name of the destination index. */
  di?: IndexName
  /** The name of the destination index. */
  destIndex?: IndexName
  /** A description of the job. */
  description?: string
  /** A description of the job. */
  d?: string
  /** The approximate maximum amount of memory resources that are permitted for the job. */
  model_memory_limit?: string
  /** The approximate maximum amount of memory resources that are permitted for the job. */
  mml?: string
  /** The approximate maximum amount of memory resources that are permitted for the job. */
  modelMemoryLimit?: string
  /** The current status of the job. */
  state?: string
  /** The current status of the job. */
  s?: string
  /** Messages about the reason why the job failed. */
  failure_reason?: string
  /** Messages about the reason why the job failed. */
  fr?: string
  /** Messages about the reason why the job failed. */
  failureReason?: string
  /** The progress report for the job by phase. */
  progress?: string
  /** The progress report for the job by phase. */
  p?: string
  /** Messages related to the selection of a node. */
  assignment_explanation?: string
  /** Messages related to the selection of a node. */
  ae?: string
  /** Messages related to the selection of a node. */
  assignmentExplanation?: string
  /** The unique identifier of the assigned node. */
  'node.id'?: Id
  /** The unique identifier of the assigned node. */
  ni?: Id
  /** The unique identifier of the assigned node. */
  nodeId?: Id
  /** The name of the assigned node. */
  'node.name'?: Name
  /** The name of the assigned node. */
  nn?: Name
  /** The name of the assigned node. */
  nodeName?: Name
  /** The ephemeral identifier of the assigned node. */
  'node.ephemeral_id'?: Id
  /** The ephemeral identifier of the assigned node. */
  ne?: Id
  /** The ephemeral identifier of the assigned node. */
  nodeEphemeralId?: Id
  /** The network address of the assigned node. */
  'node.address'?: string
  /** The network address of the assigned node. */
  na?: string
  /** The network address of the assigned node. */
  nodeAddress?: string
}

/** Request of `cat.ml_data_frame_analytics`. */
export interface CatMlDataFrameAnalyticsRequest extends CatCatRequestBase {
  /** The ID of the data frame analytics to fetch */
  id?: Id
  /** Whether to ignore if a wildcard expression matches no configs. (This includes `_all` string or when no configs have been specified.) */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatDfaColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatDfaColumns
}

export type CatMlDataFrameAnalyticsResponse = CatMlDataFrameAnalyticsDataFrameAnalyticsRecord[]

export interface CatMlDatafeedsDatafeedsRecord {
  /** The datafeed identifier. */
  id?: string
  /** The status of the datafeed. */
  state?: MlDatafeedState
  /** The status of the datafeed. */
  s?: MlDatafeedState
  /** For started datafeeds only, contains messages relating to the selection of a node. */
  assignment_explanation?: string
  /** For started datafeeds only, contains messages relating to the selection of a node. */
  ae?: string
  /** The number of buckets processed. */
  'buckets.count'?: string
  /** The number of buckets processed. */
  bc?: string
  /** The number of buckets processed. */
  bucketsCount?: string
  /** The number of searches run by the datafeed. */
  'search.count'?: string
  /** The number of searches run by the datafeed. */
  sc?: string
  /** The number of searches run by the datafeed. */
  searchCount?: string
  /** The total time the datafeed spent searching, in milliseconds. */
  'search.time'?: string
  /** The total time the datafeed spent searching, in milliseconds. */
  st?: string
  /** The total time the datafeed spent searching, in milliseconds. */
  searchTime?: string
  /** The average search time per bucket, in milliseconds. */
  'search.bucket_avg'?: string
  /** The average search time per bucket, in milliseconds. */
  sba?: string
  /** The average search time per bucket, in milliseconds. */
  searchBucketAvg?: string
  /** The exponential average search time per hour, in milliseconds. */
  'search.exp_avg_hour'?: string
  /** The exponential average search time per hour, in milliseconds. */
  seah?: string
  /** The exponential average search time per hour, in milliseconds. */
  searchExpAvgHour?: string
  /** The unique identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.id'?: string
  /** The unique identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  ni?: string
  /** The unique identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  nodeId?: string
  /** The name of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.name'?: string
  /** The name of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  nn?: string
  /** The name of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  nodeName?: string
  /** The ephemeral identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.ephemeral_id'?: string
  /** The ephemeral identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  ne?: string
  /** The ephemeral identifier of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  nodeEphemeralId?: string
  /** The network address of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  'node.address'?: string
  /** The network address of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  na?: string
  /** The network address of the assigned node. For started datafeeds only, this information pertains to the node upon which the datafeed is started. */
  nodeAddress?: string
}

/** Request of `cat.ml_datafeeds`. */
export interface CatMlDatafeedsRequest extends CatCatRequestBase {
  /** A numerical character string that uniquely identifies the datafeed. */
  datafeed_id?: Id
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatDatafeedColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatDatafeedColumns
}

export type CatMlDatafeedsResponse = CatMlDatafeedsDatafeedsRecord[]

export interface CatMlJobsJobsRecord {
  /** The anomaly detection job identifier. */
  id?: Id
  /** The status of the anomaly detection job. */
  state?: MlJobState
  /** The status of the anomaly detection job. */
  s?: MlJobState
  /** For open jobs only, the amount of time the job has been opened. */
  opened_time?: string
  /** For open jobs only, the amount of time the job has been opened. */
  ot?: string
  /** For open anomaly detection jobs only, contains messages relating to the selection of a node to run the job. */
  assignment_explanation?: string
  /** For open anomaly detection jobs only, contains messages relating to the selection of a node to run the job. */
  ae?: string
  /** The number of input documents that have been processed by the anomaly detection job. This value includes documents with missing fields, since they are nonetheless analyzed. If you use datafeeds and have aggregations in your search query, the `processed_record_count` is the number of aggregation results processed, not the number of Elasticsearch documents. */
  'data.processed_records'?: string
  /** The number of input documents that have been processed by the anomaly detection job. This value includes documents with missing fields, since they are nonetheless analyzed. If you use datafeeds and have aggregations in your search query, the `processed_record_count` is the number of aggregation results processed, not the number of Elasticsearch documents. */
  dpr?: string
  /** The number of input documents that have been processed by the anomaly detection job. This value includes documents with missing fields, since they are nonetheless analyzed. If you use datafeeds and have aggregations in your search query, the `processed_record_count` is the number of aggregation results processed, not the number of Elasticsearch documents. */
  dataProcessedRecords?: string
  /** The total number of fields in all the documents that have been processed by the anomaly detection job. Only fields that are specified in the detector configuration object contribute to this count. The timestamp is not included in this count. */
  'data.processed_fields'?: string
  /** The total number of fields in all the documents that have been processed by the anomaly detection job. Only fields that are specified in the detector configuration object contribute to this count. The timestamp is not included in this count. */
  dpf?: string
  /** The total number of fields in all the documents that have been processed by the anomaly detection job. Only fields that are specified in the detector configuration object contribute to this count. The timestamp is not included in this count. */
  dataProcessedFields?: string
  /** The number of bytes of input data posted to the anomaly detection job. */
  'data.input_bytes'?: ByteSize
  /** The number of bytes of input data posted to the anomaly detection job. */
  dib?: ByteSize
  /** The number of bytes of input data posted to the anomaly detection job. */
  dataInputBytes?: ByteSize
  /** The number of input documents posted to the anomaly detection job. */
  'data.input_records'?: string
  /** The number of input documents posted to the anomaly detection job. */
  dir?: string
  /** The number of input documents posted to the anomaly detection job. */
  dataInputRecords?: string
  /** The total number of fields in input documents posted to the anomaly detection job. This count includes fields that are not used in the analysis. However, be aware that if you are using a datafeed, it extracts only the required fields from the documents it retrieves before posting them to the job. */
  'data.input_fields'?: string
  /** The total number of fields in input documents posted to the anomaly detection job. This count includes fields that are not used in the analysis. However, be aware that if you are using a datafeed, it extracts only the required fields from the documents it retrieves before posting them to the job. */
  dif?: string
  /** The total number of fields in input documents posted to the anomaly detection job. This count includes fields that are not used in the analysis. However, be aware that if you are using a datafeed, it extracts only the required fields from the documents it retrieves before posting them to the job. */
  dataInputFields?: string
  /** The number of input documents with either a missing date field or a date that could not be parsed. */
  'data.invalid_dates'?: string
  /** The number of input documents with either a missing date field or a date that could not be parsed. */
  did?: string
  /** The number of input documents with either a missing date field or a date that could not be parsed. */
  dataInvalidDates?: string
  /** The number of input documents that are missing a field that the anomaly detection job is configured to analyze. Input documents with missing fields are still processed because it is possible that not all fields are missing. If you are using datafeeds or posting data to the job in JSON format, a high `missing_field_count` is often not an indication of data issues. It is not necessarily a cause for concern. */
  'data.missing_fields'?: string
  /** The number of input documents that are missing a field that the anomaly detection job is configured to analyze. Input documents with missing fields are still processed because it is possible that not all fields are missing. If you are using datafeeds or posting data to the job in JSON format, a high `missing_field_count` is often not an indication of data issues. It is not necessarily a cause for concern. */
  dmf?: string
  /** The number of input documents that are missing a field that the anomaly detection job is configured to analyze. Input documents with missing fields are still processed because it is possible that not all fields are missing. If you are using datafeeds or posting data to the job in JSON format, a high `missing_field_count` is often not an indication of data issues. It is not necessarily a cause for concern. */
  dataMissingFields?: string
  /** The number of input documents that have a timestamp chronologically preceding the start of the current anomaly detection bucket offset by the latency window. This information is applicable only when you provide data to the anomaly detection job by using the post data API. These out of order documents are discarded, since jobs require time series data to be in ascending chronological order. */
  'data.out_of_order_timestamps'?: string
  /** The number of input documents that have a timestamp chronologically preceding the start of the current anomaly detection bucket offset by the latency window. This information is applicable only when you provide data to the anomaly detection job by using the post data API. These out of order documents are discarded, since jobs require time series data to be in ascending chronological order. */
  doot?: string
  /** The number of input documents that have a timestamp chronologically preceding the start of the current anomaly detection bucket offset by the latency window. This information is applicable only when you provide data to the anomaly detection job by using the post data API. These out of order documents are discarded, since jobs require time series data to be in ascending chronological order. */
  dataOutOfOrderTimestamps?: string
  /** The number of buckets which did not contain any data. If your data contains many empty buckets, consider increasing your `bucket_span` or using functions that are tolerant to gaps in data such as mean, `non_null_sum` or `non_zero_count`. */
  'data.empty_buckets'?: string
  /** The number of buckets which did not contain any data. If your data contains many empty buckets, consider increasing your `bucket_span` or using functions that are tolerant to gaps in data such as mean, `non_null_sum` or `non_zero_count`. */
  deb?: string
  /** The number of buckets which did not contain any data. If your data contains many empty buckets, consider increasing your `bucket_span` or using functions that are tolerant to gaps in data such as mean, `non_null_sum` or `non_zero_count`. */
  dataEmptyBuckets?: string
  /** The number of buckets that contained few data points compared to the expected number of data points. If your data contains many sparse buckets, consider using a longer `bucket_span`. */
  'data.sparse_buckets'?: string
  /** The number of buckets that contained few data points compared to the expected number of data points. If your data contains many sparse buckets, consider using a longer `bucket_span`. */
  dsb?: string
  /** The number of buckets that contained few data points compared to the expected number of data points. If your data contains many sparse buckets, consider using a longer `bucket_span`. */
  dataSparseBuckets?: string
  /** The total number of buckets processed. */
  'data.buckets'?: string
  /** The total number of buckets processed. */
  db?: string
  /** The total number of buckets processed. */
  dataBuckets?: string
  /** The timestamp of the earliest chronologically input document. */
  'data.earliest_record'?: string
  /** The timestamp of the earliest chronologically input document. */
  der?: string
  /** The timestamp of the earliest chronologically input document. */
  dataEarliestRecord?: string
  /** The timestamp of the latest chronologically input document. */
  'data.latest_record'?: string
  /** The timestamp of the latest chronologically input document. */
  dlr?: string
  /** The timestamp of the latest chronologically input document. */
  dataLatestRecord?: string
  /** The timestamp at which data was last analyzed, according to server time. */
  'data.last'?: string
  /** The timestamp at which data was last analyzed, according to server time. */
  dl?: string
  /** The timestamp at which data was last analyzed, according to server time. */
  dataLast?: string
  /** The timestamp of the last bucket that did not contain any data. */
  'data.last_empty_bucket'?: string
  /** The timestamp of the last bucket that did not contain any data. */
  dleb?: string
  /** The timestamp of the last bucket that did not contain any data. */
  dataLastEmptyBucket?: string
  /** The timestamp of the last bucket that was considered sparse. */
  'data.last_sparse_bucket'?: string
  /** The timestamp of the last bucket that was considered sparse. */
  dlsb?: string
  /** The timestamp of the last bucket that was considered sparse. */
  dataLastSparseBucket?: string
  /** The number of bytes of memory used by the models. This is the maximum value since the last time the model was persisted. If the job is closed, this value indicates the latest size. */
  'model.bytes'?: ByteSize
  /** The number of bytes of memory used by the models. This is the maximum value since the last time the model was persisted. If the job is closed, this value indicates the latest size. */
  mb?: ByteSize
  /** The number of bytes of memory used by the models. This is the maximum value since the last time the model was persisted. If the job is closed, this value indicates the latest size. */
  modelBytes?: ByteSize
  /** The status of the mathematical models. */
  'model.memory_status'?: MlMemoryStatus
  /** The status of the mathematical models. */
  mms?: MlMemoryStatus
  /** The status of the mathematical models. */
  modelMemoryStatus?: MlMemoryStatus
  /** The number of bytes over the high limit for memory usage at the last allocation failure. */
  'model.bytes_exceeded'?: ByteSize
  /** The number of bytes over the high limit for memory usage at the last allocation failure. */
  mbe?: ByteSize
  /** The number of bytes over the high limit for memory usage at the last allocation failure. */
  modelBytesExceeded?: ByteSize
  /** The upper limit for model memory usage, checked on increasing values. */
  'model.memory_limit'?: string
  /** The upper limit for model memory usage, checked on increasing values. */
  mml?: string
  /** The upper limit for model memory usage, checked on increasing values. */
  modelMemoryLimit?: string
  /** The number of `by` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.by_fields'?: string
  /** The number of `by` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  mbf?: string
  /** The number of `by` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  modelByFields?: string
  /** The number of `over` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.over_fields'?: string
  /** The number of `over` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  mof?: string
  /** The number of `over` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  modelOverFields?: string
  /** The number of `partition` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  'model.partition_fields'?: string
  /** The number of `partition` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  mpf?: string
  /** The number of `partition` field values that were analyzed by the models. This value is cumulative for all detectors in the job. */
  modelPartitionFields?: string
  /** The number of buckets for which new entities in incoming data were not processed due to insufficient model memory. This situation is also signified by a `hard_limit: memory_status` property value. */
  'model.bucket_allocation_failures'?: string
  /** The number of buckets for which new entities in incoming data were not processed due to insufficient model memory. This situation is also signified by a `hard_limit: memory_status` property value. */
  mbaf?: string
  /** The number of buckets for which new entities in incoming data were not processed due to insufficient model memory. This situation is also signified by a `hard_limit: memory_status` property value. */
  modelBucketAllocationFailures?: string
  /** The status of categorization for the job. */
  'model.categorization_status'?: MlCategorizationStatus
  /** The status of categorization for the job. */
  mcs?: MlCategorizationStatus
  /** The status of categorization for the job. */
  modelCategorizationStatus?: MlCategorizationStatus
  /** The number of documents that have had a field categorized. */
  'model.categorized_doc_count'?: string
  /** The number of documents that have had a field categorized. */
  mcdc?: string
  /** The number of documents that have had a field categorized. */
  modelCategorizedDocCount?: string
  /** The number of categories created by categorization. */
  'model.total_category_count'?: string
  /** The number of categories created by categorization. */
  mtcc?: string
  /** The number of categories created by categorization. */
  modelTotalCategoryCount?: string
  /** The number of categories that match more than 1% of categorized documents. */
  'model.frequent_category_count'?: string
  /** The number of categories that match more than 1% of categorized documents. */
  modelFrequentCategoryCount?: string
  /** The number of categories that match just one categorized document. */
  'model.rare_category_count'?: string
  /** The number of categories that match just one categorized document. */
  mrcc?: string
  /** The number of categories that match just one categorized document. */
  modelRareCategoryCount?: string
  /** The number of categories created by categorization that will never be assigned again because another category’s definition makes it a superset of the dead category. Dead categories are a side effect of the way categorization has no prior training. */
  'model.dead_category_count'?: string
  /** The number of categories created by categorization that will never be assigned again because another category’s definition makes it a superset of the dead category. Dead categories are a side effect of the way categorization has no prior training. */
  mdcc?: string
  /** The number of categories created by categorization that will never be assigned again because another category’s definition makes it a superset of the dead category. Dead categories are a side effect of the way categorization has no prior training. */
  modelDeadCategoryCount?: string
  /** The number of times that categorization wanted to create a new category but couldn’t because the job had hit its `model_memory_limit`. This count does not track which specific categories failed to be created. Therefore you cannot use this value to determine the number of unique categories that were missed. */
  'model.failed_category_count'?: string
  /** The number of times that categorization wanted to create a new category but couldn’t because the job had hit its `model_memory_limit`. This count does not track which specific categories failed to be created. Therefore you cannot use this value to determine the number of unique categories that were missed. */
  mfcc?: string
  /** The number of times that categorization wanted to create a new category but couldn’t because the job had hit its `model_memory_limit`. This count does not track which specific categories failed to be created. Therefore you cannot use this value to determine the number of unique categories that were missed. */
  modelFailedCategoryCount?: string
  /** The timestamp when the model stats were gathered, according to server time. */
  'model.log_time'?: string
  /** The timestamp when the model stats were gathered, according to server time. */
  mlt?: string
  /** The timestamp when the model stats were gathered, according to server time. */
  modelLogTime?: string
  /** The timestamp of the last record when the model stats were gathered. */
  'model.timestamp'?: string
  /** The timestamp of the last record when the model stats were gathered. */
  mt?: string
  /** The timestamp of the last record when the model stats were gathered. */
  modelTimestamp?: string
  /** The number of individual forecasts currently available for the job. A value of one or more indicates that forecasts exist. */
  'forecasts.total'?: string
  /** The number of individual forecasts currently available for the job. A value of one or more indicates that forecasts exist. */
  ft?: string
  /** The number of individual forecasts currently available for the job. A value of one or more indicates that forecasts exist. */
  forecastsTotal?: string
  /** The minimum memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.min'?: string
  /** The minimum memory usage in bytes for forecasts related to the anomaly detection job. */
  fmmin?: string
  /** The minimum memory usage in bytes for forecasts related to the anomaly detection job. */
  forecastsMemoryMin?: string
  /** The maximum memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.max'?: string
  /** The maximum memory usage in bytes for forecasts related to the anomaly detection job. */
  fmmax?: string
  /** The maximum memory usage in bytes for forecasts related to the anomaly detection job. */
  forecastsMemoryMax?: string
  /** The average memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.avg'?: string
  /** The average memory usage in bytes for forecasts related to the anomaly detection job. */
  fmavg?: string
  /** The average memory usage in bytes for forecasts related to the anomaly detection job. */
  forecastsMemoryAvg?: string
  /** The total memory usage in bytes for forecasts related to the anomaly detection job. */
  'forecasts.memory.total'?: string
  /** The total memory usage in bytes for forecasts related to the anomaly detection job. */
  fmt?: string
  /** The total memory usage in bytes for forecasts related to the anomaly detection job. */
  forecastsMemoryTotal?: string
  /** The minimum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.min'?: string
  /** The minimum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  frmin?: string
  /** The minimum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  forecastsRecordsMin?: string
  /** The maximum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.max'?: string
  /** The maximum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  frmax?: string
  /** The maximum number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  forecastsRecordsMax?: string
  /** The average number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.avg'?: string
  /** The average number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  fravg?: string
  /** The average number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  forecastsRecordsAvg?: string
  /** The total number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  'forecasts.records.total'?: string
  /** The total number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  frt?: string
  /** The total number of `model_forecast` documents written for forecasts related to the anomaly detection job. */
  forecastsRecordsTotal?: string
  /** The minimum runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.min'?: string
  /** The minimum runtime in milliseconds for forecasts related to the anomaly detection job. */
  ftmin?: string
  /** The minimum runtime in milliseconds for forecasts related to the anomaly detection job. */
  forecastsTimeMin?: string
  /** The maximum runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.max'?: string
  /** The maximum runtime in milliseconds for forecasts related to the anomaly detection job. */
  ftmax?: string
  /** The maximum runtime in milliseconds for forecasts related to the anomaly detection job. */
  forecastsTimeMax?: string
  /** The average runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.avg'?: string
  /** The average runtime in milliseconds for forecasts related to the anomaly detection job. */
  ftavg?: string
  /** The average runtime in milliseconds for forecasts related to the anomaly detection job. */
  forecastsTimeAvg?: string
  /** The total runtime in milliseconds for forecasts related to the anomaly detection job. */
  'forecasts.time.total'?: string
  /** The total runtime in milliseconds for forecasts related to the anomaly detection job. */
  ftt?: string
  /** The total runtime in milliseconds for forecasts related to the anomaly detection job. */
  forecastsTimeTotal?: string
  /** The uniqe identifier of the assigned node. */
  'node.id'?: NodeId
  /** The uniqe identifier of the assigned node. */
  ni?: NodeId
  /** The uniqe identifier of the assigned node. */
  nodeId?: NodeId
  /** The name of the assigned node. */
  'node.name'?: string
  /** The name of the assigned node. */
  nn?: string
  /** The name of the assigned node. */
  nodeName?: string
  /** The ephemeral identifier of the assigned node. */
  'node.ephemeral_id'?: NodeId
  /** The ephemeral identifier of the assigned node. */
  ne?: NodeId
  /** The ephemeral identifier of the assigned node. */
  nodeEphemeralId?: NodeId
  /** The network address of the assigned node. */
  'node.address'?: string
  /** The network address of the assigned node. */
  na?: string
  /** The network address of the assigned node. */
  nodeAddress?: string
  /** The number of bucket results produced by the job. */
  'buckets.count'?: string
  /** The number of bucket results produced by the job. */
  bc?: string
  /** The number of bucket results produced by the job. */
  bucketsCount?: string
  /** The sum of all bucket processing times, in milliseconds. */
  'buckets.time.total'?: string
  /** The sum of all bucket processing times, in milliseconds. */
  btt?: string
  /** The sum of all bucket processing times, in milliseconds. */
  bucketsTimeTotal?: string
  /** The minimum of all bucket processing times, in milliseconds. */
  'buckets.time.min'?: string
  /** The minimum of all bucket processing times, in milliseconds. */
  btmin?: string
  /** The minimum of all bucket processing times, in milliseconds. */
  bucketsTimeMin?: string
  /** The maximum of all bucket processing times, in milliseconds. */
  'buckets.time.max'?: string
  /** The maximum of all bucket processing times, in milliseconds. */
  btmax?: string
  /** The maximum of all bucket processing times, in milliseconds. */
  bucketsTimeMax?: string
  /** The exponential moving average of all bucket processing times, in milliseconds. */
  'buckets.time.exp_avg'?: string
  /** The exponential moving average of all bucket processing times, in milliseconds. */
  btea?: string
  /** The exponential moving average of all bucket processing times, in milliseconds. */
  bucketsTimeExpAvg?: string
  /** The exponential moving average of bucket processing times calculated in a one hour time window, in milliseconds. */
  'buckets.time.exp_avg_hour'?: string
  /** The exponential moving average of bucket processing times calculated in a one hour time window, in milliseconds. */
  bteah?: string
  /** The exponential moving average of bucket processing times calculated in a one hour time window, in milliseconds. */
  bucketsTimeExpAvgHour?: string
}

/** Request of `cat.ml_jobs`. */
export interface CatMlJobsRequest extends CatCatRequestBase {
  /** Identifier for the anomaly detection job. */
  job_id?: Id
  /** Specifies what to do when the request: */
  allow_no_match?: boolean
  /** Comma-separated list of column names to display. */
  h?: CatCatAnomalyDetectorColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatAnomalyDetectorColumns
}

export type CatMlJobsResponse = CatMlJobsJobsRecord[]

/** Request of `cat.ml_trained_models`. */
export interface CatMlTrainedModelsRequest extends CatCatRequestBase {
  /** A unique identifier for the trained model. */
  model_id?: Id
  /** Specifies what to do when the request: contains wildcard expressions and there are no models that match; contains the `_all` string or no identifiers and there are no matches; contains wildcard expressions and there are only partial matches. If `true`, the API returns an empty array when there are no matches and the subset of results when there are partial matches. If `false`, the API returns a 404 status code when there are no matches or only partial matches. */
  allow_no_match?: boolean
  /** A comma-separated list of column names to display. */
  h?: CatCatTrainedModelsColumns
  /** A comma-separated list of column names or aliases used to sort the response. */
  s?: CatCatTrainedModelsColumns
  /** Skips the specified number of transforms. */
  from?: integer
  /** The maximum number of transforms to display. */
  size?: integer
}

export type CatMlTrainedModelsResponse = CatMlTrainedModelsTrainedModelsRecord[]

export interface CatMlTrainedModelsTrainedModelsRecord {
  /** The model identifier. */
  id?: Id
  /** Information about the creator of the model. */
  created_by?: string
  /** Information about the creator of the model. */
  c?: string
  /** Information about the creator of the model. */
  createdBy?: string
  /** The estimated heap size to keep the model in memory. */
  heap_size?: ByteSize
  /** The estimated heap size to keep the model in memory. */
  hs?: ByteSize
  /** The estimated heap size to keep the model in memory. */
  modelHeapSize?: ByteSize
  /** The estimated number of operations to use the model. This number helps to measure the computational complexity of the model. */
  operations?: string
  /** The estimated number of operations to use the model. This number helps to measure the computational complexity of the model. */
  o?: string
  /** The estimated number of operations to use the model. This number helps to measure the computational complexity of the model. */
  modelOperations?: string
  /** The license level of the model. */
  license?: string
  /** The license level of the model. */
  l?: string
  /** The time the model was created. */
  create_time?: DateTime
  /** The time the model was created. */
  ct?: DateTime
  /** The version of Elasticsearch when the model was created. */
  version?: VersionString
  /** The version of Elasticsearch when the model was created. */
  v?: VersionString
  /** A description of the model. */
  description?: string
  /** A description of the model. */
  d?: string
  /** The number of pipelines that are referencing the model. */
  'ingest.pipelines'?: string
  /** The number of pipelines that are referencing the model. */
  ip?: string
  /** The number of pipelines that are referencing the model. */
  ingestPipelines?: string
  /** The total number of documents that are processed by the model. */
  'ingest.count'?: string
  /** The total number of documents that are processed by the model. */
  ic?: string
  /** The total number of documents that are processed by the model. */
  ingestCount?: string
  /** The total time spent processing documents with thie model. */
  'ingest.time'?: string
  /** The total time spent processing documents with thie model. */
  it?: string
  /** The total time spent processing documents with thie model. */
  ingestTime?: string
  /** The total number of documents that are currently being handled by the model. */
  'ingest.current'?: string
  /** The total number of documents that are currently being handled by the model. */
  icurr?: string
  /** The total number of documents that are currently being handled by the model. */
  ingestCurrent?: string
  /** The total number of failed ingest attempts with the model. */
  'ingest.failed'?: string
  /** The total number of failed ingest attempts with the model. */
  if?: string
  /** The total number of failed ingest attempts with the model. */
  ingestFailed?: string
  /** The identifier for the data frame analytics job that created the model. Only displayed if the job is still available. */
  'data_frame.id'?: string
  /** The identifier for the data frame analytics job that created the model. Only displayed if the job is still available. */
  dfid?: string
  /** The identifier for the data frame analytics job that created the model. Only displayed if the job is still available. */
  dataFrameAnalytics?: string
  /** The time the data frame analytics job was created. */
  'data_frame.create_time'?: string
  /** The time the data frame analytics job was created. */
  dft?: string
  /** The time the data frame analytics job was created. */
  dataFrameAnalyticsTime?: string
  /** The source index used to train in the data frame analysis. */
  'data_frame.source_index'?: string
  /** The source index used to train in the data frame analysis. */
  dfsi?: string
  /** The source index used to train in the data frame analysis. */
  dataFrameAnalyticsSrcIndex?: string
  /** The analysis used by the data frame to build the model. */
  'data_frame.analysis'?: string
  /** The analysis used by the data frame to build the model. */
  dfa?: string
  /** The analysis used by the data frame to build the model. */
  dataFrameAnalyticsAnalysis?: string
  type?: string
}

export interface CatNodeattrsNodeAttributesRecord {
  /** The node name. */
  node?: string
  /** The unique node identifier. */
  id?: string
  /** The process identifier. */
  pid?: string
  /** The host name. */
  host?: string
  /** The host name. */
  h?: string
  /** The IP address. */
  ip?: string
  /** The IP address. */
  i?: string
  /** The bound transport port. */
  port?: string
  /** The attribute name. */
  attr?: string
  /** The attribute value. */
  value?: string
}

/** Request of `cat.nodeattrs`. */
export interface CatNodeattrsRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatNodeattrsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatNodeattrsResponse = CatNodeattrsNodeAttributesRecord[]

export interface CatNodesNodesRecord {
  /** The unique node identifier. */
  id?: Id
  /** The unique node identifier. */
  nodeId?: Id
  /** The process identifier. */
  pid?: string
  /** The process identifier. */
  p?: string
  /** The IP address. */
  ip?: string
  /** The IP address. */
  i?: string
  /** The bound transport port. */
  port?: string
  /** The bound transport port. */
  po?: string
  /** The bound HTTP address. */
  http_address?: string
  /** The bound HTTP address. */
  http?: string
  /** The Elasticsearch version. */
  version?: VersionString
  /** The Elasticsearch version. */
  v?: VersionString
  /** The Elasticsearch distribution flavor. */
  flavor?: string
  /** The Elasticsearch distribution flavor. */
  f?: string
  /** The Elasticsearch distribution type. */
  type?: string
  /** The Elasticsearch distribution type. */
  t?: string
  /** The Elasticsearch build hash. */
  build?: string
  /** The Elasticsearch build hash. */
  b?: string
  /** The Java version. */
  jdk?: string
  /** The Java version. */
  j?: string
  /** The total disk space. */
  'disk.total'?: ByteSize
  /** The total disk space. */
  dt?: ByteSize
  /** The total disk space. */
  diskTotal?: ByteSize
  /** The used disk space. */
  'disk.used'?: ByteSize
  /** The used disk space. */
  du?: ByteSize
  /** The used disk space. */
  diskUsed?: ByteSize
  /** The available disk space. */
  'disk.avail'?: ByteSize
  /** The available disk space. */
  d?: ByteSize
  /** The available disk space. */
  da?: ByteSize
  /** The available disk space. */
  disk?: ByteSize
  /** The available disk space. */
  diskAvail?: ByteSize
  /** The used disk space percentage. */
  'disk.used_percent'?: Percentage
  /** The used disk space percentage. */
  dup?: Percentage
  /** The used disk space percentage. */
  diskUsedPercent?: Percentage
  /** The used heap. */
  'heap.current'?: string
  /** The used heap. */
  hc?: string
  /** The used heap. */
  heapCurrent?: string
  /** The used heap ratio. */
  'heap.percent'?: Percentage
  /** The used heap ratio. */
  hp?: Percentage
  /** The used heap ratio. */
  heapPercent?: Percentage
  /** The maximum configured heap. */
  'heap.max'?: string
  /** The maximum configured heap. */
  hm?: string
  /** The maximum configured heap. */
  heapMax?: string
  /** The used machine memory. */
  'ram.current'?: string
  /** The used machine memory. */
  rc?: string
  /** The used machine memory. */
  ramCurrent?: string
  /** The used machine memory ratio. */
  'ram.percent'?: Percentage
  /** The used machine memory ratio. */
  rp?: Percentage
  /** The used machine memory ratio. */
  ramPercent?: Percentage
  /** The total machine memory. */
  'ram.max'?: string
  /** The total machine memory. */
  rn?: string
  /** The total machine memory. */
  ramMax?: string
  /** The used file descriptors. */
  'file_desc.current'?: string
  /** The used file descriptors. */
  fdc?: string
  /** The used file descriptors. */
  fileDescriptorCurrent?: string
  /** The used file descriptor ratio. */
  'file_desc.percent'?: Percentage
  /** The used file descriptor ratio. */
  fdp?: Percentage
  /** The used file descriptor ratio. */
  fileDescriptorPercent?: Percentage
  /** The maximum number of file descriptors. */
  'file_desc.max'?: string
  /** The maximum number of file descriptors. */
  fdm?: string
  /** The maximum number of file descriptors. */
  fileDescriptorMax?: string
  /** The recent system CPU usage as a percentage. */
  cpu?: string
  /** The load average for the most recent minute. */
  load_1m?: string
  /** The load average for the last five minutes. */
  load_5m?: string
  /** The load average for the last fifteen minutes. */
  load_15m?: string
  /** The load average for the last fifteen minutes. */
  l?: string
  /** The number of available processors (logical CPU cores available to the JVM). */
  available_processors?: string
  /** The number of available processors (logical CPU cores available to the JVM). */
  ap?: string
  /** The node uptime. */
  uptime?: string
  /** The node uptime. */
  u?: string
  /** The roles of the node. Returned values include `c`(cold node), `d`(data node), `f`(frozen node), `h`(hot node), `i`(ingest node), `l`(machine learning node), `m` (master eligible node), `r`(remote cluster client node), `s`(content node), `t`(transform node), `v`(voting-only node), `w`(warm node),and `-`(coordinating node only). */
  'node.role'?: string
  /** The roles of the node. Returned values include `c`(cold node), `d`(data node), `f`(frozen node), `h`(hot node), `i`(ingest node), `l`(machine learning node), `m` (master eligible node), `r`(remote cluster client node), `s`(content node), `t`(transform node), `v`(voting-only node), `w`(warm node),and `-`(coordinating node only). */
  r?: string
  /** The roles of the node. Returned values include `c`(cold node), `d`(data node), `f`(frozen node), `h`(hot node), `i`(ingest node), `l`(machine learning node), `m` (master eligible node), `r`(remote cluster client node), `s`(content node), `t`(transform node), `v`(voting-only node), `w`(warm node),and `-`(coordinating node only). */
  role?: string
  /** The roles of the node. Returned values include `c`(cold node), `d`(data node), `f`(frozen node), `h`(hot node), `i`(ingest node), `l`(machine learning node), `m` (master eligible node), `r`(remote cluster client node), `s`(content node), `t`(transform node), `v`(voting-only node), `w`(warm node),and `-`(coordinating node only). */
  nodeRole?: string
  /** Indicates whether the node is the elected master node. Returned values include `*`(elected master) and `-`(not elected master). */
  master?: string
  /** Indicates whether the node is the elected master node. Returned values include `*`(elected master) and `-`(not elected master). */
  m?: string
  /** The node name. */
  name?: Name
  /** The node name. */
  n?: Name
  /** The size of completion. */
  'completion.size'?: string
  /** The size of completion. */
  cs?: string
  /** The size of completion. */
  completionSize?: string
  /** The used fielddata cache. */
  'fielddata.memory_size'?: string
  /** The used fielddata cache. */
  fm?: string
  /** The used fielddata cache. */
  fielddataMemory?: string
  /** The fielddata evictions. */
  'fielddata.evictions'?: string
  /** The fielddata evictions. */
  fe?: string
  /** The fielddata evictions. */
  fielddataEvictions?: string
  /** The used query cache. */
  'query_cache.memory_size'?: string
  /** The used query cache. */
  qcm?: string
  /** The used query cache. */
  queryCacheMemory?: string
  /** The query cache evictions. */
  'query_cache.evictions'?: string
  /** The query cache evictions. */
  qce?: string
  /** The query cache evictions. */
  queryCacheEvictions?: string
  /** The query cache hit counts. */
  'query_cache.hit_count'?: string
  /** The query cache hit counts. */
  qchc?: string
  /** The query cache hit counts. */
  queryCacheHitCount?: string
  /** The query cache miss counts. */
  'query_cache.miss_count'?: string
  /** The query cache miss counts. */
  qcmc?: string
  /** The query cache miss counts. */
  queryCacheMissCount?: string
  /** The used request cache. */
  'request_cache.memory_size'?: string
  /** The used request cache. */
  rcm?: string
  /** The used request cache. */
  requestCacheMemory?: string
  /** The request cache evictions. */
  'request_cache.evictions'?: string
  /** The request cache evictions. */
  rce?: string
  /** The request cache evictions. */
  requestCacheEvictions?: string
  /** The request cache hit counts. */
  'request_cache.hit_count'?: string
  /** The request cache hit counts. */
  rchc?: string
  /** The request cache hit counts. */
  requestCacheHitCount?: string
  /** The request cache miss counts. */
  'request_cache.miss_count'?: string
  /** The request cache miss counts. */
  rcmc?: string
  /** The request cache miss counts. */
  requestCacheMissCount?: string
  /** The number of flushes. */
  'flush.total'?: string
  /** The number of flushes. */
  ft?: string
  /** The number of flushes. */
  flushTotal?: string
  /** The time spent in flush. */
  'flush.total_time'?: string
  /** The time spent in flush. */
  ftt?: string
  /** The time spent in flush. */
  flushTotalTime?: string
  /** The number of current get ops. */
  'get.current'?: string
  /** The number of current get ops. */
  gc?: string
  /** The number of current get ops. */
  getCurrent?: string
  /** The time spent in get. */
  'get.time'?: string
  /** The time spent in get. */
  gti?: string
  /** The time spent in get. */
  getTime?: string
  /** The number of get ops. */
  'get.total'?: string
  /** The number of get ops. */
  gto?: string
  /** The number of get ops. */
  getTotal?: string
  /** The time spent in successful gets. */
  'get.exists_time'?: string
  /** The time spent in successful gets. */
  geti?: string
  /** The time spent in successful gets. */
  getExistsTime?: string
  /** The number of successful get operations. */
  'get.exists_total'?: string
  /** The number of successful get operations. */
  geto?: string
  /** The number of successful get operations. */
  getExistsTotal?: string
  /** The time spent in failed gets. */
  'get.missing_time'?: string
  /** The time spent in failed gets. */
  gmti?: string
  /** The time spent in failed gets. */
  getMissingTime?: string
  /** The number of failed gets. */
  'get.missing_total'?: string
  /** The number of failed gets. */
  gmto?: string
  /** The number of failed gets. */
  getMissingTotal?: string
  /** The number of current deletions. */
  'indexing.delete_current'?: string
  /** The number of current deletions. */
  idc?: string
  /** The number of current deletions. */
  indexingDeleteCurrent?: string
  /** The time spent in deletions. */
  'indexing.delete_time'?: string
  /** The time spent in deletions. */
  idti?: string
  /** The time spent in deletions. */
  indexingDeleteTime?: string
  /** The number of delete operations. */
  'indexing.delete_total'?: string
  /** The number of delete operations. */
  idto?: string
  /** The number of delete operations. */
  indexingDeleteTotal?: string
  /** The number of current indexing operations. */
  'indexing.index_current'?: string
  /** The number of current indexing operations. */
  iic?: string
  /** The number of current indexing operations. */
  indexingIndexCurrent?: string
  /** The time spent in indexing. */
  'indexing.index_time'?: string
  /** The time spent in indexing. */
  iiti?: string
  /** The time spent in indexing. */
  indexingIndexTime?: string
  /** The number of indexing operations. */
  'indexing.index_total'?: string
  /** The number of indexing operations. */
  iito?: string
  /** The number of indexing operations. */
  indexingIndexTotal?: string
  /** The number of failed indexing operations. */
  'indexing.index_failed'?: string
  /** The number of failed indexing operations. */
  iif?: string
  /** The number of failed indexing operations. */
  indexingIndexFailed?: string
  /** The number of current merges. */
  'merges.current'?: string
  /** The number of current merges. */
  mc?: string
  /** The number of current merges. */
  mergesCurrent?: string
  /** The number of current merging docs. */
  'merges.current_docs'?: string
  /** The number of current merging docs. */
  mcd?: string
  /** The number of current merging docs. */
  mergesCurrentDocs?: string
  /** The size of current merges. */
  'merges.current_size'?: string
  /** The size of current merges. */
  mcs?: string
  /** The size of current merges. */
  mergesCurrentSize?: string
  /** The number of completed merge operations. */
  'merges.total'?: string
  /** The number of completed merge operations. */
  mt?: string
  /** The number of completed merge operations. */
  mergesTotal?: string
  /** The docs merged. */
  'merges.total_docs'?: string
  /** The docs merged. */
  mtd?: string
  /** The docs merged. */
  mergesTotalDocs?: string
  /** The size merged. */
  'merges.total_size'?: string
  /** The size merged. */
  mts?: string
  /** The size merged. */
  mergesTotalSize?: string
  /** The time spent in merges. */
  'merges.total_time'?: string
  /** The time spent in merges. */
  mtt?: string
  /** The time spent in merges. */
  mergesTotalTime?: string
  /** The total refreshes. */
  'refresh.total'?: string
  /** The time spent in refreshes. */
  'refresh.time'?: string
  /** The total external refreshes. */
  'refresh.external_total'?: string
  /** The total external refreshes. */
  rto?: string
  /** The total external refreshes. */
  refreshTotal?: string
  /** The time spent in external refreshes. */
  'refresh.external_time'?: string
  /** The time spent in external refreshes. */
  rti?: string
  /** The time spent in external refreshes. */
  refreshTime?: string
  /** The number of pending refresh listeners. */
  'refresh.listeners'?: string
  /** The number of pending refresh listeners. */
  rli?: string
  /** The number of pending refresh listeners. */
  refreshListeners?: string
  /** The total script compilations. */
  'script.compilations'?: string
  /** The total script compilations. */
  scrcc?: string
  /** The total script compilations. */
  scriptCompilations?: string
  /** The total compiled scripts evicted from the cache. */
  'script.cache_evictions'?: string
  /** The total compiled scripts evicted from the cache. */
  scrce?: string
  /** The total compiled scripts evicted from the cache. */
  scriptCacheEvictions?: string
  /** The script cache compilation limit triggered. */
  'script.compilation_limit_triggered'?: string
  /** The script cache compilation limit triggered. */
  scrclt?: string
  /** The script cache compilation limit triggered. */
  scriptCacheCompilationLimitTriggered?: string
  /** The current fetch phase operations. */
  'search.fetch_current'?: string
  /** The current fetch phase operations. */
  sfc?: string
  /** The current fetch phase operations. */
  searchFetchCurrent?: string
  /** The time spent in fetch phase. */
  'search.fetch_time'?: string
  /** The time spent in fetch phase. */
  sfti?: string
  /** The time spent in fetch phase. */
  searchFetchTime?: string
  /** The total fetch operations. */
  'search.fetch_total'?: string
  /** The total fetch operations. */
  sfto?: string
  /** The total fetch operations. */
  searchFetchTotal?: string
  /** The open search contexts. */
  'search.open_contexts'?: string
  /** The open search contexts. */
  so?: string
  /** The open search contexts. */
  searchOpenContexts?: string
  /** The current query phase operations. */
  'search.query_current'?: string
  /** The current query phase operations. */
  sqc?: string
  /** The current query phase operations. */
  searchQueryCurrent?: string
  /** The time spent in query phase. */
  'search.query_time'?: string
  /** The time spent in query phase. */
  sqti?: string
  /** The time spent in query phase. */
  searchQueryTime?: string
  /** The total query phase operations. */
  'search.query_total'?: string
  /** The total query phase operations. */
  sqto?: string
  /** The total query phase operations. */
  searchQueryTotal?: string
  /** The open scroll contexts. */
  'search.scroll_current'?: string
  /** The open scroll contexts. */
  scc?: string
  /** The open scroll contexts. */
  searchScrollCurrent?: string
  /** The time scroll contexts held open. */
  'search.scroll_time'?: string
  /** The time scroll contexts held open. */
  scti?: string
  /** The time scroll contexts held open. */
  searchScrollTime?: string
  /** The completed scroll contexts. */
  'search.scroll_total'?: string
  /** The completed scroll contexts. */
  scto?: string
  /** The completed scroll contexts. */
  searchScrollTotal?: string
  /** The number of segments. */
  'segments.count'?: string
  /** The number of segments. */
  sc?: string
  /** The number of segments. */
  segmentsCount?: string
  /** The memory used by segments. */
  'segments.memory'?: string
  /** The memory used by segments. */
  sm?: string
  /** The memory used by segments. */
  segmentsMemory?: string
  /** The memory used by the index writer. */
  'segments.index_writer_memory'?: string
  /** The memory used by the index writer. */
  siwm?: string
  /** The memory used by the index writer. */
  segmentsIndexWriterMemory?: string
  /** The memory used by the version map. */
  'segments.version_map_memory'?: string
  /** The memory used by the version map. */
  svmm?: string
  /** The memory used by the version map. */
  segmentsVersionMapMemory?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields. */
  'segments.fixed_bitset_memory'?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields. */
  sfbm?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in _parent fields. */
  fixedBitsetMemory?: string
  /** The number of current suggest operations. */
  'suggest.current'?: string
  /** The number of current suggest operations. */
  suc?: string
  /** The number of current suggest operations. */
  suggestCurrent?: string
  /** The time spend in suggest. */
  'suggest.time'?: string
  /** The time spend in suggest. */
  suti?: string
  /** The time spend in suggest. */
  suggestTime?: string
  /** The number of suggest operations. */
  'suggest.total'?: string
  /** The number of suggest operations. */
  suto?: string
  /** The number of suggest operations. */
  suggestTotal?: string
  /** The number of bulk shard operations. */
  'bulk.total_operations'?: string
  /** The number of bulk shard operations. */
  bto?: string
  /** The number of bulk shard operations. */
  bulkTotalOperations?: string
  /** The time spend in shard bulk. */
  'bulk.total_time'?: string
  /** The time spend in shard bulk. */
  btti?: string
  /** The time spend in shard bulk. */
  bulkTotalTime?: string
  /** The total size in bytes of shard bulk. */
  'bulk.total_size_in_bytes'?: string
  /** The total size in bytes of shard bulk. */
  btsi?: string
  /** The total size in bytes of shard bulk. */
  bulkTotalSizeInBytes?: string
  /** The average time spend in shard bulk. */
  'bulk.avg_time'?: string
  /** The average time spend in shard bulk. */
  bati?: string
  /** The average time spend in shard bulk. */
  bulkAvgTime?: string
  /** The average size in bytes of shard bulk. */
  'bulk.avg_size_in_bytes'?: string
  /** The average size in bytes of shard bulk. */
  basi?: string
  /** The average size in bytes of shard bulk. */
  bulkAvgSizeInBytes?: string
}

/** Request of `cat.nodes`. */
export interface CatNodesRequest extends CatCatRequestBase {
  /** If `true`, return the full node ID. If `false`, return the shortened node ID. */
  full_id?: boolean
  /** If true, the response includes information from segments that are not loaded into memory. */
  include_unloaded_segments?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatNodeColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatNodesResponse = CatNodesNodesRecord[]

export interface CatPendingTasksPendingTasksRecord {
  /** The task insertion order. */
  insertOrder?: string
  /** The task insertion order. */
  o?: string
  /** Indicates how long the task has been in queue. */
  timeInQueue?: string
  /** Indicates how long the task has been in queue. */
  t?: string
  /** The task priority. */
  priority?: string
  /** The task priority. */
  p?: string
  /** The task source. */
  source?: string
  /** The task source. */
  s?: string
}

/** Request of `cat.pending_tasks`. */
export interface CatPendingTasksRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatPendingTasksColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatPendingTasksResponse = CatPendingTasksPendingTasksRecord[]

export interface CatPluginsPluginsRecord {
  /** The unique node identifier. */
  id?: NodeId
  /** The node name. */
  name?: Name
  /** The node name. */
  n?: Name
  /** The component name. */
  component?: string
  /** The component name. */
  c?: string
  /** The component version. */
  version?: VersionString
  /** The component version. */
  v?: VersionString
  /** The plugin details. */
  description?: string
  /** The plugin details. */
  d?: string
  /** The plugin type. */
  type?: string
  /** The plugin type. */
  t?: string
}

/** Request of `cat.plugins`. */
export interface CatPluginsRequest extends CatCatRequestBase {
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatPluginsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Include bootstrap plugins in the response */
  include_bootstrap?: boolean
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatPluginsResponse = CatPluginsPluginsRecord[]

export interface CatRecoveryRecoveryRecord {
  /** The index name. */
  index?: IndexName
  /** The index name. */
  i?: IndexName
  /** The index name. */
  idx?: IndexName
  /** The shard name. */
  shard?: string
  /** The shard name. */
  s?: string
  /** The shard name. */
  sh?: string
  /** The recovery start time. */
  start_time?: DateTime
  /** The recovery start time. */
  start?: DateTime
  /** The recovery start time in epoch milliseconds. */
  start_time_millis?: EpochTime<UnitMillis>
  /** The recovery start time in epoch milliseconds. */
  start_millis?: EpochTime<UnitMillis>
  /** The recovery stop time. */
  stop_time?: DateTime
  /** The recovery stop time. */
  stop?: DateTime
  /** The recovery stop time in epoch milliseconds. */
  stop_time_millis?: EpochTime<UnitMillis>
  /** The recovery stop time in epoch milliseconds. */
  stop_millis?: EpochTime<UnitMillis>
  /** The recovery time. */
  time?: Duration
  /** The recovery time. */
  t?: Duration
  /** The recovery time. */
  ti?: Duration
  /** The recovery type. */
  type?: string
  /** The recovery type. */
  ty?: string
  /** The recovery stage. */
  stage?: string
  /** The recovery stage. */
  st?: string
  /** The source host. */
  source_host?: string
  /** The source host. */
  shost?: string
  /** The source node name. */
  source_node?: string
  /** The source node name. */
  snode?: string
  /** The target host. */
  target_host?: string
  /** The target host. */
  thost?: string
  /** The target node name. */
  target_node?: string
  /** The target node name. */
  tnode?: string
  /** The repository name. */
  repository?: string
  /** The repository name. */
  rep?: string
  /** The snapshot name. */
  snapshot?: string
  /** The snapshot name. */
  snap?: string
  /** The number of files to recover. */
  files?: string
  /** The number of files to recover. */
  f?: string
  /** The files recovered. */
  files_recovered?: string
  /** The files recovered. */
  fr?: string
  /** The ratio of files recovered. */
  files_percent?: Percentage
  /** The ratio of files recovered. */
  fp?: Percentage
  /** The total number of files. */
  files_total?: string
  /** The total number of files. */
  tf?: string
  /** The number of bytes to recover. */
  bytes?: string
  /** The number of bytes to recover. */
  b?: string
  /** The bytes recovered. */
  bytes_recovered?: string
  /** The bytes recovered. */
  br?: string
  /** The ratio of bytes recovered. */
  bytes_percent?: Percentage
  /** The ratio of bytes recovered. */
  bp?: Percentage
  /** The total number of bytes. */
  bytes_total?: string
  /** The total number of bytes. */
  tb?: string
  /** The number of translog operations to recover. */
  translog_ops?: string
  /** The number of translog operations to recover. */
  to?: string
  /** The translog operations recovered. */
  translog_ops_recovered?: string
  /** The translog operations recovered. */
  tor?: string
  /** The ratio of translog operations recovered. */
  translog_ops_percent?: Percentage
  /** The ratio of translog operations recovered. */
  top?: Percentage
}

/** Request of `cat.recovery`. */
export interface CatRecoveryRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** If `true`, the response only includes ongoing shard recoveries. */
  active_only?: boolean
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatRecoveryColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
}

export type CatRecoveryResponse = CatRecoveryRecoveryRecord[]

export interface CatRepositoriesRepositoriesRecord {
  /** The unique repository identifier. */
  id?: string
  /** The unique repository identifier. */
  repoId?: string
  /** The repository type. */
  type?: string
  /** The repository type. */
  t?: string
}

/** Request of `cat.repositories`. */
export interface CatRepositoriesRequest extends CatCatRequestBase {
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: Names
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatRepositoriesResponse = CatRepositoriesRepositoriesRecord[]

/** Request of `cat.segments`. */
export interface CatSegmentsRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatSegmentsColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** Type of index that wildcard expressions can match. If the request can target data streams, this argument determines whether wildcard expressions match hidden data streams. Supports comma-separated values, such as open,hidden. */
  expand_wildcards?: ExpandWildcards
  /** A setting that does two separate checks on the index expression. If `false`, the request returns an error (1) if any wildcard expression (including `_all` and `*`) resolves to zero matching indices or (2) if the complete set of resolved indices, aliases or data streams is empty after all expressions are evaluated. If `true`, index expressions that resolve to no indices are allowed and the request returns an empty result. */
  allow_no_indices?: boolean
  /** If true, concrete, expanded or aliased indices are ignored when frozen. */
  ignore_throttled?: boolean
  /** If `false`, the request returns an error if it targets a concrete (non-wildcarded) index, alias, or data stream that is missing, closed, or otherwise unavailable. If `true`, unavailable concrete targets are silently ignored. */
  ignore_unavailable?: boolean
  /** If true, allow closed indices to be returned in the response otherwise if false, keep the legacy behaviour of throwing an exception if index pattern matches closed indices */
  allow_closed?: boolean
}

export type CatSegmentsResponse = CatSegmentsSegmentsRecord[]

export interface CatSegmentsSegmentsRecord {
  /** The index name. */
  index?: IndexName
  /** The index name. */
  i?: IndexName
  /** The index name. */
  idx?: IndexName
  /** The shard name. */
  shard?: string
  /** The shard name. */
  s?: string
  /** The shard name. */
  sh?: string
  /** The shard type: `primary` or `replica`. */
  prirep?: string
  /** The shard type: `primary` or `replica`. */
  p?: string
  /** The shard type: `primary` or `replica`. */
  pr?: string
  /** The shard type: `primary` or `replica`. */
  primaryOrReplica?: string
  /** The IP address of the node where it lives. */
  ip?: string
  /** The unique identifier of the node where it lives. */
  id?: NodeId
  /** The segment name, which is derived from the segment generation and used internally to create file names in the directory of the shard. */
  segment?: string
  /** The segment name, which is derived from the segment generation and used internally to create file names in the directory of the shard. */
  seg?: string
  /** The segment generation number. Elasticsearch increments this generation number for each segment written then uses this number to derive the segment name. */
  generation?: string
  /** The segment generation number. Elasticsearch increments this generation number for each segment written then uses this number to derive the segment name. */
  g?: string
  /** The segment generation number. Elasticsearch increments this generation number for each segment written then uses this number to derive the segment name. */
  gen?: string
  /** The number of documents in the segment. This excludes deleted documents and counts any nested documents separately from their parents. It also excludes documents which were indexed recently and do not yet belong to a segment. */
  'docs.count'?: string
  /** The number of documents in the segment. This excludes deleted documents and counts any nested documents separately from their parents. It also excludes documents which were indexed recently and do not yet belong to a segment. */
  dc?: string
  /** The number of documents in the segment. This excludes deleted documents and counts any nested documents separately from their parents. It also excludes documents which were indexed recently and do not yet belong to a segment. */
  docsCount?: string
  /** The number of deleted documents in the segment, which might be higher or lower than the number of delete operations you have performed. This number excludes deletes that were performed recently and do not yet belong to a segment. Deleted documents are cleaned up by the automatic merge process if it makes sense to do so. Also, Elasticsearch creates extra deleted documents to internally track the recent history of operations on a shard. */
  'docs.deleted'?: string
  /** The number of deleted documents in the segment, which might be higher or lower than the number of delete operations you have performed. This number excludes deletes that were performed recently and do not yet belong to a segment. Deleted documents are cleaned up by the automatic merge process if it makes sense to do so. Also, Elasticsearch creates extra deleted documents to internally track the recent history of operations on a shard. */
  dd?: string
  /** The number of deleted documents in the segment, which might be higher or lower than the number of delete operations you have performed. This number excludes deletes that were performed recently and do not yet belong to a segment. Deleted documents are cleaned up by the automatic merge process if it makes sense to do so. Also, Elasticsearch creates extra deleted documents to internally track the recent history of operations on a shard. */
  docsDeleted?: string
  /** The segment size in bytes. */
  size?: ByteSize
  /** The segment size in bytes. */
  si?: ByteSize
  /** The segment memory in bytes. A value of `-1` indicates Elasticsearch was unable to compute this number. */
  'size.memory'?: ByteSize
  /** The segment memory in bytes. A value of `-1` indicates Elasticsearch was unable to compute this number. */
  sm?: ByteSize
  /** The segment memory in bytes. A value of `-1` indicates Elasticsearch was unable to compute this number. */
  sizeMemory?: ByteSize
  /** If `true`, the segment is synced to disk. Segments that are synced can survive a hard reboot. If `false`, the data from uncommitted segments is also stored in the transaction log so that Elasticsearch is able to replay changes on the next start. */
  committed?: string
  /** If `true`, the segment is synced to disk. Segments that are synced can survive a hard reboot. If `false`, the data from uncommitted segments is also stored in the transaction log so that Elasticsearch is able to replay changes on the next start. */
  ic?: string
  /** If `true`, the segment is synced to disk. Segments that are synced can survive a hard reboot. If `false`, the data from uncommitted segments is also stored in the transaction log so that Elasticsearch is able to replay changes on the next start. */
  isCommitted?: string
  /** If `true`, the segment is searchable. If `false`, the segment has most likely been written to disk but needs a refresh to be searchable. */
  searchable?: string
  /** If `true`, the segment is searchable. If `false`, the segment has most likely been written to disk but needs a refresh to be searchable. */
  is?: string
  /** If `true`, the segment is searchable. If `false`, the segment has most likely been written to disk but needs a refresh to be searchable. */
  isSearchable?: string
  /** The version of Lucene used to write the segment. */
  version?: VersionString
  /** The version of Lucene used to write the segment. */
  v?: VersionString
  /** If `true`, the segment is stored in a compound file. This means Lucene merged all files from the segment in a single file to save file descriptors. */
  compound?: string
  /** If `true`, the segment is stored in a compound file. This means Lucene merged all files from the segment in a single file to save file descriptors. */
  ico?: string
  /** If `true`, the segment is stored in a compound file. This means Lucene merged all files from the segment in a single file to save file descriptors. */
  isCompound?: string
}

/** Request of `cat.shards`. */
export interface CatShardsRequest extends CatCatRequestBase {
  /** A comma-separated list of data streams, indices, and aliases used to limit the request. Supports wildcards (`*`). To target all data streams and indices, omit this parameter or use `*` or `_all`. */
  index?: Indices
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: CatCatShardColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatShardsResponse = CatShardsShardsRecord[]

export interface CatShardsShardsRecord {
  /** The index name. */
  index?: string
  /** The index name. */
  i?: string
  /** The index name. */
  idx?: string
  /** The shard name. */
  shard?: string
  /** The shard name. */
  s?: string
  /** The shard name. */
  sh?: string
  /** The shard type: `primary` or `replica`. */
  prirep?: string
  /** The shard type: `primary` or `replica`. */
  p?: string
  /** The shard type: `primary` or `replica`. */
  pr?: string
  /** The shard type: `primary` or `replica`. */
  primaryOrReplica?: string
  /** The shard state. Returned values include: `INITIALIZING`: The shard is recovering from a peer shard or gateway. `RELOCATING`: The shard is relocating. `STARTED`: The shard has started. `UNASSIGNED`: The shard is not assigned to any node. */
  state?: string
  /** The shard state. Returned values include: `INITIALIZING`: The shard is recovering from a peer shard or gateway. `RELOCATING`: The shard is relocating. `STARTED`: The shard has started. `UNASSIGNED`: The shard is not assigned to any node. */
  st?: string
  /** The number of documents in the shard. */
  docs?: string | null
  /** The number of documents in the shard. */
  d?: string | null
  /** The number of documents in the shard. */
  dc?: string | null
  /** The disk space used by the shard. */
  store?: string | null
  /** The disk space used by the shard. */
  sto?: string | null
  /** total size of dataset (including the cache for partially mounted indices) */
  dataset?: string | null
  /** The IP address of the node. */
  ip?: string | null
  /** The unique identifier for the node. */
  id?: string
  /** The name of node. */
  node?: string | null
  /** The name of node. */
  n?: string | null
  /** The sync identifier. */
  sync_id?: string
  /** The reason for the last change to the state of an unassigned shard. It does not explain why the shard is currently unassigned; use the cluster allocation explain API for that information. Returned values include: `ALLOCATION_FAILED`: Unassigned as a result of a failed allocation of the shard. `CLUSTER_RECOVERED`: Unassigned as a result of a full cluster recovery. `DANGLING_INDEX_IMPORTED`: Unassigned as a result of importing a dangling index. `EXISTING_INDEX_RESTORED`: Unassigned as a result of restoring into a closed index. `FORCED_EMPTY_PRIMARY`: The shard’s allocation was last modified by forcing an empty primary using the cluster reroute API. `INDEX_CLOSED`: Unassigned because the index was closed. `INDEX_CREATED`: Unassigned as a result of an API creation of an index. `INDEX_REOPENED`: Unassigned as a result of opening a closed index. `MANUAL_ALLOCATION`: The shard’s allocation was last modified by the cluster reroute API. `NEW_INDEX_RESTORED`: Unassigned as a result of restoring into a new index. `NODE_LEFT`: Unassigned as a result of the node hosting it leaving the cluster. `NODE_RESTARTING`: Similar to `NODE_LEFT`, except that the node was registered as restarting using the node shutdown API. `PRIMARY_FAILED`: The shard was initializing as a replica, but the primary shard failed before the initialization completed. `REALLOCATED_REPLICA`: A better replica location is identified and causes the existing replica allocation to be cancelled. `REINITIALIZED`: When a shard moves from started back to initializing. `REPLICA_ADDED`: Unassigned as a result of explicit addition of a replica. `REROUTE_CANCELLED`: Unassigned as a result of explicit cancel reroute command. */
  'unassigned.reason'?: string
  /** The reason for the last change to the state of an unassigned shard. It does not explain why the shard is currently unassigned; use the cluster allocation explain API for that information. Returned values include: `ALLOCATION_FAILED`: Unassigned as a result of a failed allocation of the shard. `CLUSTER_RECOVERED`: Unassigned as a result of a full cluster recovery. `DANGLING_INDEX_IMPORTED`: Unassigned as a result of importing a dangling index. `EXISTING_INDEX_RESTORED`: Unassigned as a result of restoring into a closed index. `FORCED_EMPTY_PRIMARY`: The shard’s allocation was last modified by forcing an empty primary using the cluster reroute API. `INDEX_CLOSED`: Unassigned because the index was closed. `INDEX_CREATED`: Unassigned as a result of an API creation of an index. `INDEX_REOPENED`: Unassigned as a result of opening a closed index. `MANUAL_ALLOCATION`: The shard’s allocation was last modified by the cluster reroute API. `NEW_INDEX_RESTORED`: Unassigned as a result of restoring into a new index. `NODE_LEFT`: Unassigned as a result of the node hosting it leaving the cluster. `NODE_RESTARTING`: Similar to `NODE_LEFT`, except that the node was registered as restarting using the node shutdown API. `PRIMARY_FAILED`: The shard was initializing as a replica, but the primary shard failed before the initialization completed. `REALLOCATED_REPLICA`: A better replica location is identified and causes the existing replica allocation to be cancelled. `REINITIALIZED`: When a shard moves from started back to initializing. `REPLICA_ADDED`: Unassigned as a result of explicit addition of a replica. `REROUTE_CANCELLED`: Unassigned as a result of explicit cancel reroute command. */
  ur?: string
  /** The time at which the shard became unassigned in Coordinated Universal Time (UTC). */
  'unassigned.at'?: string
  /** The time at which the shard became unassigned in Coordinated Universal Time (UTC). */
  ua?: string
  /** The time at which the shard was requested to be unassigned in Coordinated Universal Time (UTC). */
  'unassigned.for'?: string
  /** The time at which the shard was requested to be unassigned in Coordinated Universal Time (UTC). */
  uf?: string
  /** Additional details as to why the shard became unassigned. It does not explain why the shard is not assigned; use the cluster allocation explain API for that information. */
  'unassigned.details'?: string
  /** Additional details as to why the shard became unassigned. It does not explain why the shard is not assigned; use the cluster allocation explain API for that information. */
  ud?: string
  /** The type of recovery source. */
  'recoverysource.type'?: string
  /** The type of recovery source. */
  rs?: string
  /** The size of completion. */
  'completion.size'?: string
  /** The size of completion. */
  cs?: string
  /** The size of completion. */
  completionSize?: string
  /** The used fielddata cache memory. */
  'fielddata.memory_size'?: string
  /** The used fielddata cache memory. */
  fm?: string
  /** The used fielddata cache memory. */
  fielddataMemory?: string
  /** The fielddata cache evictions. */
  'fielddata.evictions'?: string
  /** The fielddata cache evictions. */
  fe?: string
  /** The fielddata cache evictions. */
  fielddataEvictions?: string
  /** The used query cache memory. */
  'query_cache.memory_size'?: string
  /** The used query cache memory. */
  qcm?: string
  /** The used query cache memory. */
  queryCacheMemory?: string
  /** The query cache evictions. */
  'query_cache.evictions'?: string
  /** The query cache evictions. */
  qce?: string
  /** The query cache evictions. */
  queryCacheEvictions?: string
  /** The number of flushes. */
  'flush.total'?: string
  /** The number of flushes. */
  ft?: string
  /** The number of flushes. */
  flushTotal?: string
  /** The time spent in flush. */
  'flush.total_time'?: string
  /** The time spent in flush. */
  ftt?: string
  /** The time spent in flush. */
  flushTotalTime?: string
  /** The number of current get operations. */
  'get.current'?: string
  /** The number of current get operations. */
  gc?: string
  /** The number of current get operations. */
  getCurrent?: string
  /** The time spent in get operations. */
  'get.time'?: string
  /** The time spent in get operations. */
  gti?: string
  /** The time spent in get operations. */
  getTime?: string
  /** The number of get operations. */
  'get.total'?: string
  /** The number of get operations. */
  gto?: string
  /** The number of get operations. */
  getTotal?: string
  /** The time spent in successful get operations. */
  'get.exists_time'?: string
  /** The time spent in successful get operations. */
  geti?: string
  /** The time spent in successful get operations. */
  getExistsTime?: string
  /** The number of successful get operations. */
  'get.exists_total'?: string
  /** The number of successful get operations. */
  geto?: string
  /** The number of successful get operations. */
  getExistsTotal?: string
  /** The time spent in failed get operations. */
  'get.missing_time'?: string
  /** The time spent in failed get operations. */
  gmti?: string
  /** The time spent in failed get operations. */
  getMissingTime?: string
  /** The number of failed get operations. */
  'get.missing_total'?: string
  /** The number of failed get operations. */
  gmto?: string
  /** The number of failed get operations. */
  getMissingTotal?: string
  /** The number of current deletion operations. */
  'indexing.delete_current'?: string
  /** The number of current deletion operations. */
  idc?: string
  /** The number of current deletion operations. */
  indexingDeleteCurrent?: string
  /** The time spent in deletion operations. */
  'indexing.delete_time'?: string
  /** The time spent in deletion operations. */
  idti?: string
  /** The time spent in deletion operations. */
  indexingDeleteTime?: string
  /** The number of delete operations. */
  'indexing.delete_total'?: string
  /** The number of delete operations. */
  idto?: string
  /** The number of delete operations. */
  indexingDeleteTotal?: string
  /** The number of current indexing operations. */
  'indexing.index_current'?: string
  /** The number of current indexing operations. */
  iic?: string
  /** The number of current indexing operations. */
  indexingIndexCurrent?: string
  /** The time spent in indexing operations. */
  'indexing.index_time'?: string
  /** The time spent in indexing operations. */
  iiti?: string
  /** The time spent in indexing operations. */
  indexingIndexTime?: string
  /** The number of indexing operations. */
  'indexing.index_total'?: string
  /** The number of indexing operations. */
  iito?: string
  /** The number of indexing operations. */
  indexingIndexTotal?: string
  /** The number of failed indexing operations. */
  'indexing.index_failed'?: string
  /** The number of failed indexing operations. */
  iif?: string
  /** The number of failed indexing operations. */
  indexingIndexFailed?: string
  /** The number of current merge operations. */
  'merges.current'?: string
  /** The number of current merge operations. */
  mc?: string
  /** The number of current merge operations. */
  mergesCurrent?: string
  /** The number of current merging documents. */
  'merges.current_docs'?: string
  /** The number of current merging documents. */
  mcd?: string
  /** The number of current merging documents. */
  mergesCurrentDocs?: string
  /** The size of current merge operations. */
  'merges.current_size'?: string
  /** The size of current merge operations. */
  mcs?: string
  /** The size of current merge operations. */
  mergesCurrentSize?: string
  /** The number of completed merge operations. */
  'merges.total'?: string
  /** The number of completed merge operations. */
  mt?: string
  /** The number of completed merge operations. */
  mergesTotal?: string
  /** The nuber of merged documents. */
  'merges.total_docs'?: string
  /** The nuber of merged documents. */
  mtd?: string
  /** The nuber of merged documents. */
  mergesTotalDocs?: string
  /** The size of current merges. */
  'merges.total_size'?: string
  /** The size of current merges. */
  mts?: string
  /** The size of current merges. */
  mergesTotalSize?: string
  /** The time spent merging documents. */
  'merges.total_time'?: string
  /** The time spent merging documents. */
  mtt?: string
  /** The time spent merging documents. */
  mergesTotalTime?: string
  /** The total number of refreshes. */
  'refresh.total'?: string
  /** The time spent in refreshes. */
  'refresh.time'?: string
  /** The total nunber of external refreshes. */
  'refresh.external_total'?: string
  /** The total nunber of external refreshes. */
  rto?: string
  /** The total nunber of external refreshes. */
  refreshTotal?: string
  /** The time spent in external refreshes. */
  'refresh.external_time'?: string
  /** The time spent in external refreshes. */
  rti?: string
  /** The time spent in external refreshes. */
  refreshTime?: string
  /** The number of pending refresh listeners. */
  'refresh.listeners'?: string
  /** The number of pending refresh listeners. */
  rli?: string
  /** The number of pending refresh listeners. */
  refreshListeners?: string
  /** The current fetch phase operations. */
  'search.fetch_current'?: string
  /** The current fetch phase operations. */
  sfc?: string
  /** The current fetch phase operations. */
  searchFetchCurrent?: string
  /** The time spent in fetch phase. */
  'search.fetch_time'?: string
  /** The time spent in fetch phase. */
  sfti?: string
  /** The time spent in fetch phase. */
  searchFetchTime?: string
  /** The total number of fetch operations. */
  'search.fetch_total'?: string
  /** The total number of fetch operations. */
  sfto?: string
  /** The total number of fetch operations. */
  searchFetchTotal?: string
  /** The number of open search contexts. */
  'search.open_contexts'?: string
  /** The number of open search contexts. */
  so?: string
  /** The number of open search contexts. */
  searchOpenContexts?: string
  /** The current query phase operations. */
  'search.query_current'?: string
  /** The current query phase operations. */
  sqc?: string
  /** The current query phase operations. */
  searchQueryCurrent?: string
  /** The time spent in query phase. */
  'search.query_time'?: string
  /** The time spent in query phase. */
  sqti?: string
  /** The time spent in query phase. */
  searchQueryTime?: string
  /** The total number of query phase operations. */
  'search.query_total'?: string
  /** The total number of query phase operations. */
  sqto?: string
  /** The total number of query phase operations. */
  searchQueryTotal?: string
  /** The open scroll contexts. */
  'search.scroll_current'?: string
  /** The open scroll contexts. */
  scc?: string
  /** The open scroll contexts. */
  searchScrollCurrent?: string
  /** The time scroll contexts were held open. */
  'search.scroll_time'?: string
  /** The time scroll contexts were held open. */
  scti?: string
  /** The time scroll contexts were held open. */
  searchScrollTime?: string
  /** The number of completed scroll contexts. */
  'search.scroll_total'?: string
  /** The number of completed scroll contexts. */
  scto?: string
  /** The number of completed scroll contexts. */
  searchScrollTotal?: string
  /** The number of segments. */
  'segments.count'?: string
  /** The number of segments. */
  sc?: string
  /** The number of segments. */
  segmentsCount?: string
  /** The memory used by segments. */
  'segments.memory'?: string
  /** The memory used by segments. */
  sm?: string
  /** The memory used by segments. */
  segmentsMemory?: string
  /** The memory used by the index writer. */
  'segments.index_writer_memory'?: string
  /** The memory used by the index writer. */
  siwm?: string
  /** The memory used by the index writer. */
  segmentsIndexWriterMemory?: string
  /** The memory used by the version map. */
  'segments.version_map_memory'?: string
  /** The memory used by the version map. */
  svmm?: string
  /** The memory used by the version map. */
  segmentsVersionMapMemory?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in `_parent` fields. */
  'segments.fixed_bitset_memory'?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in `_parent` fields. */
  sfbm?: string
  /** The memory used by fixed bit sets for nested object field types and export type filters for types referred in `_parent` fields. */
  fixedBitsetMemory?: string
  /** The maximum sequence number. */
  'seq_no.max'?: string
  /** The maximum sequence number. */
  sqm?: string
  /** The maximum sequence number. */
  maxSeqNo?: string
  /** The local checkpoint. */
  'seq_no.local_checkpoint'?: string
  /** The local checkpoint. */
  sql?: string
  /** The local checkpoint. */
  localCheckpoint?: string
  /** The global checkpoint. */
  'seq_no.global_checkpoint'?: string
  /** The global checkpoint. */
  sqg?: string
  /** The global checkpoint. */
  globalCheckpoint?: string
  /** The number of current warmer operations. */
  'warmer.current'?: string
  /** The number of current warmer operations. */
  wc?: string
  /** The number of current warmer operations. */
  warmerCurrent?: string
  /** The total number of warmer operations. */
  'warmer.total'?: string
  /** The total number of warmer operations. */
  wto?: string
  /** The total number of warmer operations. */
  warmerTotal?: string
  /** The time spent in warmer operations. */
  'warmer.total_time'?: string
  /** The time spent in warmer operations. */
  wtt?: string
  /** The time spent in warmer operations. */
  warmerTotalTime?: string
  /** The shard data path. */
  'path.data'?: string
  /** The shard data path. */
  pd?: string
  /** The shard data path. */
  dataPath?: string
  /** The shard state path. */
  'path.state'?: string
  /** The shard state path. */
  ps?: string
  /** The shard state path. */
  statsPath?: string
  /** The number of bulk shard operations. */
  'bulk.total_operations'?: string
  /** The number of bulk shard operations. */
  bto?: string
  /** The number of bulk shard operations. */
  bulkTotalOperations?: string
  /** The time spent in shard bulk operations. */
  'bulk.total_time'?: string
  /** The time spent in shard bulk operations. */
  btti?: string
  /** The time spent in shard bulk operations. */
  bulkTotalTime?: string
  /** The total size in bytes of shard bulk operations. */
  'bulk.total_size_in_bytes'?: string
  /** The total size in bytes of shard bulk operations. */
  btsi?: string
  /** The total size in bytes of shard bulk operations. */
  bulkTotalSizeInBytes?: string
  /** The average time spent in shard bulk operations. */
  'bulk.avg_time'?: string
  /** The average time spent in shard bulk operations. */
  bati?: string
  /** The average time spent in shard bulk operations. */
  bulkAvgTime?: string
  /** The average size in bytes of shard bulk operations. */
  'bulk.avg_size_in_bytes'?: string
  /** The average size in bytes of shard bulk operations. */
  basi?: string
  /** The average size in bytes of shard bulk operations. */
  bulkAvgSizeInBytes?: string
}

/** Request of `cat.snapshots`. */
export interface CatSnapshotsRequest extends CatCatRequestBase {
  /** A comma-separated list of snapshot repositories used to limit the request. Accepts wildcard expressions. `_all` returns all repositories. If any repository fails during the request, Elasticsearch returns an error. */
  repository?: Names
  /** If `true`, the response does not include information from unavailable snapshots. */
  ignore_unavailable?: boolean
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatSnapshotsColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatSnapshotsResponse = CatSnapshotsSnapshotsRecord[]

export interface CatSnapshotsSnapshotsRecord {
  /** The unique identifier for the snapshot. */
  id?: string
  /** The unique identifier for the snapshot. */
  snapshot?: string
  /** The repository name. */
  repository?: string
  /** The repository name. */
  re?: string
  /** The repository name. */
  repo?: string
  /** The state of the snapshot process. Returned values include: `FAILED`: The snapshot process failed. `INCOMPATIBLE`: The snapshot process is incompatible with the current cluster version. `IN_PROGRESS`: The snapshot process started but has not completed. `PARTIAL`: The snapshot process completed with a partial success. `SUCCESS`: The snapshot process completed with a full success. */
  status?: string
  /** The state of the snapshot process. Returned values include: `FAILED`: The snapshot process failed. `INCOMPATIBLE`: The snapshot process is incompatible with the current cluster version. `IN_PROGRESS`: The snapshot process started but has not completed. `PARTIAL`: The snapshot process completed with a partial success. `SUCCESS`: The snapshot process completed with a full success. */
  s?: string
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process started. */
  start_epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process started. */
  ste?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process started. */
  startEpoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The time (HH:MM:SS) at which the snapshot process started. */
  start_time?: WatcherScheduleTimeOfDay
  /** The time (HH:MM:SS) at which the snapshot process started. */
  sti?: WatcherScheduleTimeOfDay
  /** The time (HH:MM:SS) at which the snapshot process started. */
  startTime?: WatcherScheduleTimeOfDay
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process ended. */
  end_epoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process ended. */
  ete?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The Unix epoch time (seconds since 1970-01-01 00:00:00) at which the snapshot process ended. */
  endEpoch?: SpecUtilsStringified<EpochTime<UnitSeconds>>
  /** The time (HH:MM:SS) at which the snapshot process ended. */
  end_time?: TimeOfDay
  /** The time (HH:MM:SS) at which the snapshot process ended. */
  eti?: TimeOfDay
  /** The time (HH:MM:SS) at which the snapshot process ended. */
  endTime?: TimeOfDay
  /** The time it took the snapshot process to complete, in time units. */
  duration?: Duration
  /** The time it took the snapshot process to complete, in time units. */
  dur?: Duration
  /** The number of indices in the snapshot. */
  indices?: string
  /** The number of indices in the snapshot. */
  i?: string
  /** The number of successful shards in the snapshot. */
  successful_shards?: string
  /** The number of successful shards in the snapshot. */
  ss?: string
  /** The number of failed shards in the snapshot. */
  failed_shards?: string
  /** The number of failed shards in the snapshot. */
  fs?: string
  /** The total number of shards in the snapshot. */
  total_shards?: string
  /** The total number of shards in the snapshot. */
  ts?: string
  /** The reason for any snapshot failures. */
  reason?: string
  /** The reason for any snapshot failures. */
  r?: string
}

/** Request of `cat.tasks`. */
export interface CatTasksRequest extends CatCatRequestBase {
  /** The task action names, which are used to limit the response. */
  actions?: string[]
  /** If `true`, the response includes detailed information about shard recoveries. */
  detailed?: boolean
  /** Unique node identifiers, which are used to limit the response. */
  nodes?: string[]
  /** The parent task identifier, which is used to limit the response. */
  parent_task_id?: string
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatTasksColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** If `true`, the request blocks until the task has completed. */
  wait_for_completion?: boolean
}

export type CatTasksResponse = CatTasksTasksRecord[]

export interface CatTasksTasksRecord {
  /** The identifier of the task with the node. */
  id?: Id
  /** The task action. */
  action?: string
  /** The task action. */
  ac?: string
  /** The unique task identifier. */
  task_id?: Id
  /** The unique task identifier. */
  ti?: Id
  /** The parent task identifier. */
  parent_task_id?: string
  /** The parent task identifier. */
  pti?: string
  /** The task type. */
  type?: string
  /** The task type. */
  ty?: string
  /** The start time in milliseconds. */
  start_time?: string
  /** The start time in milliseconds. */
  start?: string
  /** The start time in `HH:MM:SS` format. */
  timestamp?: string
  /** The start time in `HH:MM:SS` format. */
  ts?: string
  /** The start time in `HH:MM:SS` format. */
  hms?: string
  /** The start time in `HH:MM:SS` format. */
  hhmmss?: string
  /** The running time in nanoseconds. */
  running_time_ns?: string
  /** The running time. */
  running_time?: string
  /** The running time. */
  time?: string
  /** The unique node identifier. */
  node_id?: NodeId
  /** The unique node identifier. */
  ni?: NodeId
  /** The IP address for the node. */
  ip?: string
  /** The IP address for the node. */
  i?: string
  /** The bound transport port for the node. */
  port?: string
  /** The bound transport port for the node. */
  po?: string
  /** The node name. */
  node?: string
  /** The node name. */
  n?: string
  /** The Elasticsearch version. */
  version?: VersionString
  /** The Elasticsearch version. */
  v?: VersionString
  /** The X-Opaque-ID header. */
  x_opaque_id?: string
  /** The X-Opaque-ID header. */
  x?: string
  /** The task action description. */
  description?: string
  /** The task action description. */
  desc?: string
}

/** Request of `cat.templates`. */
export interface CatTemplatesRequest extends CatCatRequestBase {
  /** The name of the template to return. Accepts wildcard expressions. If omitted, all templates are returned. */
  name?: Name
  /** A comma-separated list of columns names to display. It supports simple wildcards. */
  h?: CatCatTemplatesColumns
  /** List of columns that determine how the table should be sorted. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatTemplatesResponse = CatTemplatesTemplatesRecord[]

export interface CatTemplatesTemplatesRecord {
  /** The template name. */
  name?: Name
  /** The template name. */
  n?: Name
  /** The template index patterns. */
  index_patterns?: string
  /** The template index patterns. */
  t?: string
  /** The template application order or priority number. */
  order?: string
  /** The template application order or priority number. */
  o?: string
  /** The template application order or priority number. */
  p?: string
  /** The template version. */
  version?: VersionString | null
  /** The template version. */
  v?: VersionString | null
  /** The component templates that comprise the index template. */
  composed_of?: string
  /** The component templates that comprise the index template. */
  c?: string
}

/** Request of `cat.thread_pool`. */
export interface CatThreadPoolRequest extends CatCatRequestBase {
  /** A comma-separated list of thread pool names used to limit the request. Accepts wildcard expressions. */
  thread_pool_patterns?: Names
  /** List of columns to appear in the response. Supports simple wildcards. */
  h?: CatCatThreadPoolColumns
  /** A comma-separated list of column names or aliases that determines the sort order. Sorting defaults to ascending and can be changed by setting `:asc` or `:desc` as a suffix to the column name. */
  s?: Names
  /** If `true`, the request computes the list of selected nodes from the local cluster state. If `false` the list of selected nodes are computed from the cluster state of the master node. In both cases the coordinating node will send requests for further information to each selected node. */
  local?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type CatThreadPoolResponse = CatThreadPoolThreadPoolRecord[]

export interface CatThreadPoolThreadPoolRecord {
  /** The node name. */
  node_name?: string
  /** The node name. */
  nn?: string
  /** The persistent node identifier. */
  node_id?: NodeId
  /** The persistent node identifier. */
  id?: NodeId
  /** The ephemeral node identifier. */
  ephemeral_node_id?: string
  /** The ephemeral node identifier. */
  eid?: string
  /** The process identifier. */
  pid?: string
  /** The process identifier. */
  p?: string
  /** The host name for the current node. */
  host?: string
  /** The host name for the current node. */
  h?: string
  /** The IP address for the current node. */
  ip?: string
  /** The IP address for the current node. */
  i?: string
  /** The bound transport port for the current node. */
  port?: string
  /** The bound transport port for the current node. */
  po?: string
  /** The thread pool name. */
  name?: string
  /** The thread pool name. */
  n?: string
  /** The thread pool type. Returned values include `fixed`, `fixed_auto_queue_size`, `direct`, and `scaling`. */
  type?: string
  /** The thread pool type. Returned values include `fixed`, `fixed_auto_queue_size`, `direct`, and `scaling`. */
  t?: string
  /** The number of active threads in the current thread pool. */
  active?: string
  /** The number of active threads in the current thread pool. */
  a?: string
  /** The number of threads in the current thread pool. */
  pool_size?: string
  /** The number of threads in the current thread pool. */
  psz?: string
  /** The number of tasks currently in queue. */
  queue?: string
  /** The number of tasks currently in queue. */
  q?: string
  /** The maximum number of tasks permitted in the queue. */
  queue_size?: string
  /** The maximum number of tasks permitted in the queue. */
  qs?: string
  /** The number of rejected tasks. */
  rejected?: string
  /** The number of rejected tasks. */
  r?: string
  /** The highest number of active threads in the current thread pool. */
  largest?: string
  /** The highest number of active threads in the current thread pool. */
  l?: string
  /** The number of completed tasks. */
  completed?: string
  /** The number of completed tasks. */
  c?: string
  /** The core number of active threads allowed in a scaling thread pool. */
  core?: string | null
  /** The core number of active threads allowed in a scaling thread pool. */
  cr?: string | null
  /** The maximum number of active threads allowed in a scaling thread pool. */
  max?: string | null
  /** The maximum number of active threads allowed in a scaling thread pool. */
  mx?: string | null
  /** The number of active threads allowed in a fixed thread pool. */
  size?: string | null
  /** The number of active threads allowed in a fixed thread pool. */
  sz?: string | null
  /** The thread keep alive time. */
  keep_alive?: string | null
  /** The thread keep alive time. */
  ka?: string | null
}

/** Request of `cat.transforms`. */
export interface CatTransformsRequest extends CatCatRequestBase {
  /** A transform identifier or a wildcard expression. If you do not specify one of these options, the API returns information for all transforms. */
  transform_id?: Id
  /** Specifies what to do when the request: contains wildcard expressions and there are no transforms that match; contains the `_all` string or no identifiers and there are no matches; contains wildcard expressions and there are only partial matches. If `true`, it returns an empty transforms array when there are no matches and the subset of results when there are partial matches. If `false`, the request returns a 404 status code when there are no matches or only partial matches. */
  allow_no_match?: boolean
  /** Skips the specified number of transforms. */
  from?: integer
  /** Comma-separated list of column names to display. */
  h?: CatCatTransformColumns
  /** Comma-separated list of column names or column aliases used to sort the response. */
  s?: CatCatTransformColumns
  /** The maximum number of transforms to obtain. */
  size?: integer
}

export type CatTransformsResponse = CatTransformsTransformsRecord[]

export interface CatTransformsTransformsRecord {
  /** The transform identifier. */
  id?: Id
  /** The status of the transform. Returned values include: `aborting`: The transform is aborting. `failed: The transform failed. For more information about the failure, check the `reason` field. `indexing`: The transform is actively processing data and creating new documents. `started`: The transform is running but not actively indexing data. `stopped`: The transform is stopped. `stopping`: The transform is stopping. */
  state?: string
  /** The status of the transform. Returned values include: `aborting`: The transform is aborting. `failed: The transform failed. For more information about the failure, check the `reason` field. `indexing`: The transform is actively processing data and creating new documents. `started`: The transform is running but not actively indexing data. `stopped`: The transform is stopped. `stopping`: The transform is stopping. */
  s?: string
  /** The sequence number for the checkpoint. */
  checkpoint?: string
  /** The sequence number for the checkpoint. */
  c?: string
  /** The number of documents that have been processed from the source index of the transform. */
  documents_processed?: string
  /** The number of documents that have been processed from the source index of the transform. */
  docp?: string
  /** The number of documents that have been processed from the source index of the transform. */
  documentsProcessed?: string
  /** The progress of the next checkpoint that is currently in progress. */
  checkpoint_progress?: string | null
  /** The progress of the next checkpoint that is currently in progress. */
  cp?: string | null
  /** The progress of the next checkpoint that is currently in progress. */
  checkpointProgress?: string | null
  /** The timestamp of the last search in the source indices. This field is shown only if the transform is running. */
  last_search_time?: string | null
  /** The timestamp of the last search in the source indices. This field is shown only if the transform is running. */
  lst?: string | null
  /** The timestamp of the last search in the source indices. This field is shown only if the transform is running. */
  lastSearchTime?: string | null
  /** The timestamp when changes were last detected in the source indices. */
  changes_last_detection_time?: string | null
  /** The timestamp when changes were last detected in the source indices. */
  cldt?: string | null
  /** The time the transform was created. */
  create_time?: string
  /** The time the transform was created. */
  ct?: string
  /** The time the transform was created. */
  createTime?: string
  /** The version of Elasticsearch that existed on the node when the transform was created. */
  version?: VersionString
  /** The version of Elasticsearch that existed on the node when the transform was created. */
  v?: VersionString
  /** The source indices for the transform. */
  source_index?: string
  /** The source indices for the transform. */
  si?: string
  /** The source indices for the transform. */
  sourceIndex?: string
  /** The destination index for the transform. */
  dest_index?: string
  /** The destination index for the transform. */
  di?: string
  /** The destination index for the transform. */
  destIndex?: string
  /** The unique identifier for the ingest pipeline. */
  pipeline?: string
  /** The unique identifier for the ingest pipeline. */
  p?: string
  /** The project routing filter for cross-project search from the source configuration. */
  project_routing?: string
  /** The project routing filter for cross-project search from the source configuration. */
  pr?: string
  /** The project routing filter for cross-project search from the source configuration. */
  projectRouting?: string
  /** The description of the transform. */
  description?: string
  /** The description of the transform. */
  d?: string
  /** The type of transform: `batch` or `continuous`. */
  transform_type?: string
  /** The type of transform: `batch` or `continuous`. */
  tt?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. */
  frequency?: string
  /** The interval between checks for changes in the source indices when the transform is running continuously. */
  f?: string
  /** The initial page size that is used for the composite aggregation for each checkpoint. */
  max_page_search_size?: string
  /** The initial page size that is used for the composite aggregation for each checkpoint. */
  mpsz?: string
  /** The number of input documents per second. */
  docs_per_second?: string
  /** The number of input documents per second. */
  dps?: string
  /** If a transform has a `failed` state, these details describe the reason for failure. */
  reason?: string
  /** If a transform has a `failed` state, these details describe the reason for failure. */
  r?: string
  /** The total number of search operations on the source index for the transform. */
  search_total?: string
  /** The total number of search operations on the source index for the transform. */
  st?: string
  /** The total number of search failures. */
  search_failure?: string
  /** The total number of search failures. */
  sf?: string
  /** The total amount of search time, in milliseconds. */
  search_time?: string
  /** The total amount of search time, in milliseconds. */
  stime?: string
  /** The total number of index operations done by the transform. */
  index_total?: string
  /** The total number of index operations done by the transform. */
  it?: string
  /** The total number of indexing failures. */
  index_failure?: string
  /** The total number of indexing failures. */
  if?: string
  /** The total time spent indexing documents, in milliseconds. */
  index_time?: string
  /** The total time spent indexing documents, in milliseconds. */
  itime?: string
  /** The number of documents that have been indexed into the destination index for the transform. */
  documents_indexed?: string
  /** The number of documents that have been indexed into the destination index for the transform. */
  doci?: string
  /** The total time spent deleting documents, in milliseconds. */
  delete_time?: string
  /** The total time spent deleting documents, in milliseconds. */
  dtime?: string
  /** The number of documents deleted from the destination index due to the retention policy for the transform. */
  documents_deleted?: string
  /** The number of documents deleted from the destination index due to the retention policy for the transform. */
  docd?: string
  /** The number of times the transform has been triggered by the scheduler. For example, the scheduler triggers the transform indexer to check for updates or ingest new data at an interval specified in the `frequency` property. */
  trigger_count?: string
  /** The number of times the transform has been triggered by the scheduler. For example, the scheduler triggers the transform indexer to check for updates or ingest new data at an interval specified in the `frequency` property. */
  tc?: string
  /** The number of search or bulk index operations processed. Documents are processed in batches instead of individually. */
  pages_processed?: string
  /** The number of search or bulk index operations processed. Documents are processed in batches instead of individually. */
  pp?: string
  /** The total time spent processing results, in milliseconds. */
  processing_time?: string
  /** The total time spent processing results, in milliseconds. */
  pt?: string
  /** The exponential moving average of the duration of the checkpoint, in milliseconds. */
  checkpoint_duration_time_exp_avg?: string
  /** The exponential moving average of the duration of the checkpoint, in milliseconds. */
  cdtea?: string
  /** The exponential moving average of the duration of the checkpoint, in milliseconds. */
  checkpointTimeExpAvg?: string
  /** The exponential moving average of the number of new documents that have been indexed. */
  indexed_documents_exp_avg?: string
  /** The exponential moving average of the number of new documents that have been indexed. */
  idea?: string
  /** The exponential moving average of the number of documents that have been processed. */
  processed_documents_exp_avg?: string
  /** The exponential moving average of the number of documents that have been processed. */
  pdea?: string
}
