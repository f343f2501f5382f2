// At the bottom of the tree, beside errors.ts, because ScanError carries a cursor: the scan helper that makes
// cursors sits above everything errors.ts may import.

/** Where a point-in-time scan stopped: enough to continue it with `resume` while the point in time lives. */
export interface ScanCursor {
  pitId: string
  index: string | string[]
  keepAlive: string
  /** The scan's `slice` option, when it read one slice of the search: a resume reads the same one. */
  slice?: { id: number; max: number } | undefined
  /** One entry per slice: the sort values of the last hit the consumer read (undefined: none yet). */
  slices: Array<{ searchAfter: unknown[] | undefined; done: boolean }>
}
