/**
 * The scan behind `dump`, a backup's data files and `reindex`: its flags, and a raw point-in-time scan that
 * keeps its point in time open after a stop, so that Ctrl-C can save a cursor and `--resume` go on from it.
 */
import { ResponseError, ScanError } from '../../errors.js'
import { type ClientLike, type ScanCursor, scan } from '../../index.js'
import type { MappingRuntimeFields } from '../../api/types/index.js'
import type { CursorFile } from '../cursor.js'
import type { Part } from '../part-option.js'
import { CliError } from '../errors.js'
import { type ParsedArgs, timeValueOption } from '../args.js'

/** How long a saved point in time stays open after Ctrl-C: the window in which --resume works. */
export const defaultKeepAlive = '15m'

/** `--part i/n` of dump (load's says byte ranges). */
export const dumpPartOption = {
  type: 'string',
  value: 'i/n',
  description: 'dump only part i of n of each index (a slice of it), for n processes or machines',
} as const

export const scanOptions = {
  slices: { type: 'string', value: 'N', description: 'read with N sliced scans in parallel (default 1)' },
  batch: { type: 'string', value: 'N', description: 'hits per page (default 1000)' },
  resume: { type: 'boolean', description: 'continue from the cursor saved by an interrupted run (Ctrl-C)' },
  cursor: {
    type: 'string',
    value: 'FILE',
    description: 'where the cursor is saved / read (default: see above)',
  },
  'keep-alive': {
    type: 'string',
    value: 'TIME',
    description: `how long an interrupted run stays resumable, e.g. 30m (default ${defaultKeepAlive})`,
  },
} as const

/** A raw scan that keeps its point in time after a stop (see the top of this file). */
export function resumableScan(
  client: ClientLike,
  index: string,
  o: {
    keepAlive: string
    query: Record<string, unknown> | undefined
    fields: string[] | undefined
    size: number | undefined
    slices: number
    saved: CursorFile | undefined
    /** `_source` of a --search-body (wins over fields). */
    source?: unknown
    sort?: unknown
    /** `runtime_mappings` of a --search-body: fields its query or sort may use. */
    runtimeMappings?: Record<string, unknown> | undefined
    /** Page with scroll (a server without a point in time, see paging.ts): nothing to resume then. */
    scroll?: boolean
    /** `--part i/n`: slice i-1 of n of the index (a hash of `_id`, the same in every process; see scan's `slice`). */
    part?: Part | undefined
  },
) {
  return scan(client, {
    index,
    // Hits as bytes: documents are copied as stored, never parsed (see DumpLines, reindex's rawAction).
    raw: true,
    ...(o.scroll === true ? { scroll: o.keepAlive } : { keepAlive: o.keepAlive, keepPointInTime: true }),
    ...(o.query ? { query: o.query } : {}),
    ...(o.fields ? { _source: o.fields } : {}),
    ...(o.source === undefined ? {} : { _source: o.source as string[] }),
    ...(o.sort === undefined ? {} : { sort: o.sort as string[] }),
    ...(o.runtimeMappings === undefined ? {} : { runtime_mappings: o.runtimeMappings as MappingRuntimeFields }),
    ...(o.size ? { size: o.size } : {}),
    ...(o.slices > 1 ? { slices: o.slices } : {}),
    ...(o.part === undefined ? {} : { slice: { id: o.part.index - 1, max: o.part.count } }),
    ...(o.saved ? { resume: o.saved.cursor as ScanCursor } : {}),
  })
}

export function keepAliveOption(values: ParsedArgs['values']): string {
  return timeValueOption(values, 'keep-alive') ?? defaultKeepAlive
}

/**
 * Documents the scan will read: the total for percent and ETA, and a clear 404 before any output. With runtime
 * mappings (which `_count` does not take, and the query may use) a search counts them instead.
 */
export async function countDocs(
  client: { transport: { request: (...a: any[]) => Promise<unknown> } },
  index: string,
  query: Record<string, unknown> | undefined,
  signal: AbortSignal,
  runtimeMappings?: Record<string, unknown>,
): Promise<number> {
  if (runtimeMappings !== undefined) {
    const found = (await client.transport.request(
      {
        method: 'POST',
        path: `/${encodeURIComponent(index)}/_search`,
        body: { size: 0, track_total_hits: true, runtime_mappings: runtimeMappings, ...(query ? { query } : {}) },
      },
      { signal },
    )) as { hits: { total: { value: number } | number } }
    const total = found.hits.total
    return typeof total === 'number' ? total : total.value
  }
  const body = (await client.transport.request(
    { method: 'POST', path: `/${encodeURIComponent(index)}/_count`, body: query ? { query } : {} },
    { signal },
  )) as { count: number }
  return body.count
}

/** A resumed scan whose point in time expired fails with 404: say what that means. */
export function resumeHint(err: unknown, resuming: boolean): unknown {
  if (!resuming) return err
  const missing =
    (err instanceof ScanError && err.contextLost) ||
    (err instanceof ResponseError && err.statusCode === 404 && err.type !== 'index_not_found_exception') ||
    /search_context_missing|No search context/i.test(String((err as Error)?.message))
  if (!missing) return err
  return new CliError(
    'cannot resume: the saved point in time has expired (see --keep-alive); start again without --resume',
  )
}
