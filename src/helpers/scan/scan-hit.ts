import type { SearchHit } from '../../api/types/index.js'

/** A search hit as the specification types it (`SearchHit`), whose `_id` a scan always has. */
export interface ScanHit<TDoc = Record<string, unknown>> extends SearchHit<TDoc> {
  _id: string
}
