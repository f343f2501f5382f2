// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, Duration, EpochTime, Ids, RequestBase, UnitMillis, Uuid } from './common.js'

/** Request of `dangling_indices.delete_dangling_index`. */
export interface DanglingIndicesDeleteDanglingIndexRequest extends RequestBase {
  /** The UUID of the index to delete. Use the get dangling indices API to find the UUID. */
  index_uuid: Uuid
  /** This parameter must be set to true to acknowledge that it will no longer be possible to recove data from the dangling index. */
  accept_data_loss?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. */
  timeout?: Duration
}

export type DanglingIndicesDeleteDanglingIndexResponse = AcknowledgedResponseBase

/** Request of `dangling_indices.import_dangling_index`. */
export interface DanglingIndicesImportDanglingIndexRequest extends RequestBase {
  /** The UUID of the index to import. Use the get dangling indices API to locate the UUID. */
  index_uuid: Uuid
  /** This parameter must be set to true to import a dangling index. Because Elasticsearch cannot know where the dangling index data came from or determine which shard copies are fresh and which are stale, it cannot guarantee that the imported data represents the latest state of the index when it was last in the cluster. */
  accept_data_loss?: boolean
  /** The period to wait for a connection to the master node. */
  master_timeout?: Duration
  /** The period to wait for a response. */
  timeout?: Duration
}

export type DanglingIndicesImportDanglingIndexResponse = AcknowledgedResponseBase

export interface DanglingIndicesListDanglingIndicesDanglingIndex {
  index_name: string
  index_uuid: string
  creation_date_millis: EpochTime<UnitMillis>
  node_ids: Ids
}

/** Request of `dangling_indices.list_dangling_indices`. */
export interface DanglingIndicesListDanglingIndicesRequest extends RequestBase {
}

export interface DanglingIndicesListDanglingIndicesResponse {
  dangling_indices: DanglingIndicesListDanglingIndicesDanglingIndex[]
}
