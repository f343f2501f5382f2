/**
 * The server's own `_reindex`, run as a task: started with `wait_for_completion=false`, followed through the
 * tasks API, cancelled on request. While it runs, its counts come from the task's status (a sliced task's
 * own status holds only the slices that finished, so the running slices are read from its child tasks);
 * once it completed, from the answer the server stored with the task.
 */
import { ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'

export interface ReindexTaskRequest {
  source: string
  dest: string
  query?: Record<string, unknown> | undefined
  fields?: string[] | undefined
  /** A --search-body's `_source` (a list, a pattern, true/false or { includes, excludes }): wins over fields. */
  sourceFilter?: unknown
  /** A --search-body's `runtime_mappings` (fields its query may use): `source.runtime_mappings`. */
  runtimeMappings?: Record<string, unknown> | undefined
  /** `--limit`: the request's `max_docs`. */
  maxDocs?: number | undefined
  /** Documents per scroll batch on the server. */
  size?: number | undefined
  slices: number | 'auto'
}

/** The counters of a `_reindex` status or answer (Elasticsearch's BulkByScrollTask.Status). */
export interface ReindexCounts {
  total: number
  created: number
  updated: number
  deleted: number
  noops: number
  versionConflicts: number
  batches: number
}

/** One entry of the answer's `failures`: a document the destination refused, or a search failure. */
export interface ReindexFailure {
  id?: string
  index?: string
  status?: number
  shard?: number
  node?: string
  type?: string
  reason?: string
}

export interface ReindexTaskState {
  completed: boolean
  counts: ReindexCounts
  /** Completed only: the answer's failures (bulk and search), in the server's order. */
  failures: ReindexFailure[]
  /** Completed only: why the task stopped early (`by user request`), when it was cancelled. */
  canceled?: string
  /** Completed only: a search or bulk request of the task timed out. */
  timedOut: boolean
  /** Completed only: the task ended with an exception instead of an answer. */
  error?: { type?: string; reason?: string }
}

const zero: ReindexCounts = {
  total: 0,
  created: 0,
  updated: 0,
  deleted: 0,
  noops: 0,
  versionConflicts: 0,
  batches: 0,
}

/**
 * Starts the task; resolves to its id, or to `unavailable` when the server has no `_reindex` endpoint (the
 * reindex module left out, as in Elasticsearch's integ-test distribution: no handler answers the POST, and
 * the server says so with a 405 or 400 whose `error` is a bare string, never an exception with a type).
 * Not aborted by a signal: a start cut after it reached the node would leave a task nobody knows the id of.
 */
export async function startReindexTask(
  transport: TransportLike,
  request: ReindexTaskRequest,
): Promise<string | 'unavailable'> {
  const source: Record<string, unknown> = { index: request.source }
  if (request.query) source.query = request.query
  if (request.fields) source._source = request.fields
  if (request.sourceFilter !== undefined) source._source = request.sourceFilter
  if (request.runtimeMappings !== undefined) source.runtime_mappings = request.runtimeMappings
  if (request.size) source.size = request.size
  try {
    const answer = (await transport.request({
      method: 'POST',
      path: '/_reindex',
      querystring: { wait_for_completion: false, slices: request.slices, refresh: true },
      body: {
        source,
        dest: { index: request.dest },
        ...(request.maxDocs === undefined ? {} : { max_docs: request.maxDocs }),
      },
    })) as { task?: unknown }
    if (typeof answer?.task !== 'string' || answer.task === '') {
      throw new Error(`_reindex answered without a task id: ${JSON.stringify(answer).slice(0, 200)}`)
    }
    return answer.task
  } catch (err) {
    if (err instanceof ResponseError && noHandler(err)) return 'unavailable'
    throw err
  }
}

function noHandler(err: ResponseError): boolean {
  if (![400, 404, 405].includes(err.statusCode)) return false
  const error = (err.body as { error?: unknown } | null | undefined)?.error
  return typeof error === 'string'
}

/** Reads the task: its running counts (slices included), or its stored outcome once completed. */
export async function readReindexTask(
  transport: TransportLike,
  taskId: string,
  signal?: AbortSignal,
): Promise<ReindexTaskState> {
  const answer = (await transport.request(
    { method: 'GET', path: `/_tasks/${encodeURIComponent(taskId)}` },
    signal ? { signal } : {},
  )) as TaskAnswer
  if (answer.completed === true) return outcome(answer)
  const status = answer.task?.status ?? {}
  const slices = Array.isArray(status.slices) ? status.slices : []
  if (!slices.some((s) => s == null)) return { completed: false, counts: countsOf(status), failures: [], timedOut: false }
  // A running sliced task: the finished slices are in its status, the running ones are its children.
  const children = await runningSlices(transport, taskId, signal)
  const counts = { ...zero }
  slices.forEach((finished, i) => add(counts, countsOf(finished ?? children.get(i) ?? {})))
  return { completed: false, counts, failures: [], timedOut: false }
}

async function runningSlices(
  transport: TransportLike,
  taskId: string,
  signal: AbortSignal | undefined,
): Promise<Map<number, RawStatus>> {
  const answer = (await transport.request(
    {
      method: 'GET',
      path: '/_tasks',
      querystring: { parent_task_id: taskId, detailed: true, group_by: 'none' },
    },
    signal ? { signal } : {},
  )) as { tasks?: Array<{ status?: RawStatus }> }
  const bySlice = new Map<number, RawStatus>()
  for (const task of answer.tasks ?? []) {
    const slice = task.status?.slice_id
    if (typeof slice === 'number') bySlice.set(slice, task.status!)
  }
  return bySlice
}

/**
 * Asks the server to cancel the task. A task that already ended answers with an empty list or a 404:
 * either way it no longer runs, which is what was asked.
 */
export async function cancelReindexTask(transport: TransportLike, taskId: string): Promise<void> {
  await transport.request(
    { method: 'POST', path: `/_tasks/${encodeURIComponent(taskId)}/_cancel`, idempotent: true },
    { ignore: [404] },
  )
}

interface RawStatus {
  slice_id?: number
  total?: number
  created?: number
  updated?: number
  deleted?: number
  noops?: number
  version_conflicts?: number
  batches?: number
  canceled?: string
  slices?: Array<RawStatus | null>
  timed_out?: boolean
  failures?: unknown[]
}

interface TaskAnswer {
  completed?: boolean
  task?: { status?: RawStatus }
  response?: RawStatus
  error?: { type?: string; reason?: string }
}

function outcome(answer: TaskAnswer): ReindexTaskState {
  const response = answer.response
  if (response === undefined) {
    // Ended with an exception: the status still says how far it got.
    const error = answer.error ?? { reason: 'the task completed without an answer' }
    return {
      completed: true,
      counts: countsOf(answer.task?.status ?? {}),
      failures: [],
      timedOut: false,
      error: { ...(error.type ? { type: error.type } : {}), ...(error.reason ? { reason: error.reason } : {}) },
    }
  }
  const state: ReindexTaskState = {
    completed: true,
    counts: countsOf(response),
    failures: (response.failures ?? []).map(failureOf),
    timedOut: response.timed_out === true,
  }
  if (typeof response.canceled === 'string') state.canceled = response.canceled
  return state
}

function countsOf(status: RawStatus): ReindexCounts {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  return {
    total: n(status.total),
    created: n(status.created),
    updated: n(status.updated),
    deleted: n(status.deleted),
    noops: n(status.noops),
    versionConflicts: n(status.version_conflicts),
    batches: n(status.batches),
  }
}

function add(into: ReindexCounts, more: ReindexCounts): void {
  for (const key of Object.keys(into) as Array<keyof ReindexCounts>) into[key] += more[key]
}

/**
 * A bulk failure is `{index, id, cause: {type, reason}, status}`; a search failure is
 * `{index, shard, node, reason: {type, reason}}` (Elasticsearch's BulkItemResponse.Failure and
 * ScrollableHitSource.SearchFailure).
 */
function failureOf(raw: unknown): ReindexFailure {
  const f = (raw ?? {}) as Record<string, unknown>
  const cause = (typeof f.cause === 'object' ? f.cause : typeof f.reason === 'object' ? f.reason : undefined) as
    | { type?: unknown; reason?: unknown }
    | undefined
  const failure: ReindexFailure = {}
  if (typeof f.id === 'string') failure.id = f.id
  if (typeof f.index === 'string') failure.index = f.index
  if (typeof f.status === 'number') failure.status = f.status
  if (typeof f.shard === 'number') failure.shard = f.shard
  if (typeof f.node === 'string') failure.node = f.node
  if (typeof cause?.type === 'string') failure.type = cause.type
  if (typeof cause?.reason === 'string') failure.reason = cause.reason
  else if (typeof f.reason === 'string') failure.reason = f.reason
  return failure
}

/** Documents the task has dealt with: the progress count. */
export function processed(counts: ReindexCounts): number {
  return counts.created + counts.updated + counts.deleted + counts.noops + counts.versionConflicts
}
