/**
 * `elastream reindex` inside one cluster: the server's `_reindex` copies, as a sliced task, and no document
 * leaves the cluster. This file follows the task (progress from the tasks API), cancels it on Ctrl-C, and
 * says what happened in the same words as the copy through the client.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { truncate } from '../args.js'
import type { CommandContext } from '../command.js'
import type { Connection } from '../connect.js'
import { CliError, InterruptedError } from '../errors.js'
import { documents, formatCount, formatDuration } from '../progress.js'
import {
  cancelReindexTask,
  processed,
  type ReindexFailure,
  type ReindexTaskRequest,
  type ReindexTaskState,
  readReindexTask,
  startReindexTask,
} from './reindex-task.js'
import { Report } from '../report.js'

const SHOWN_FAILURES = 10
/** The first look at the task comes soon (a small copy is done at once), later ones once a second. */
const FIRST_POLL_MS = 100
const MAX_POLL_MS = 1000

export interface OnClusterJob extends ReindexTaskRequest {
  /** Documents the source holds (a `_count`): the progress total until the task knows its own. */
  total: number
  /** What the stats file says about the destination's creation. */
  definition: Record<string, unknown>
}

/**
 * Runs the copy on the cluster; resolves to the exit code, or to `unavailable` when the cluster has no
 * `_reindex` (nothing was started: the caller copies through the client instead).
 */
export async function reindexOnCluster(
  ctx: CommandContext,
  connection: Connection,
  job: OnClusterJob,
): Promise<number | 'unavailable'> {
  const transport = connection.client.transport
  const taskId = await startReindexTask(transport, job)
  if (taskId === 'unavailable') return 'unavailable'
  const follow = `GET _tasks/${taskId} follows it, POST _tasks/${taskId}/_cancel stops it`
  if (ctx.values.quiet !== true) ctx.stderr.write(`elastream: copying on the cluster as task ${taskId}\n`)
  const report = new Report(ctx, 'reindex', { label: 'copying', totalDocs: job.total, bytes: false })
  const progress = report.progress
  let cancelled = false
  let state: ReindexTaskState
  try {
    for (let wait = FIRST_POLL_MS; ; wait = Math.min(MAX_POLL_MS, wait * 2)) {
      if (ctx.signal.aborted && !cancelled) {
        // The first Ctrl-C stops the server's work too; its counts are read once it has stopped.
        await cancelReindexTask(transport, taskId)
        cancelled = true
      }
      state = await readReindexTask(transport, taskId)
      progress.docs = processed(state.counts)
      if (state.counts.total > 0) progress.totalDocs = state.counts.total
      if (state.completed) break
      await sleep(wait, undefined, cancelled ? {} : { signal: ctx.signal }).catch(() => {})
    }
  } catch (err) {
    // The node that runs the task died, or stopped answering: the task may still run there, or be gone.
    report.abandon()
    ctx.stderr.write(
      `elastream: lost track of task ${taskId} at ${connection.node}; it may still be running (${follow})\n`,
    )
    throw err
  }

  const { counts, failures } = state
  const refused = failures.filter((f) => f.id !== undefined).length
  showFailures(ctx, progress, failures)
  progress.docs = counts.created + counts.updated + refused
  progress.failed = refused
  const moved = `${documents(counts.created + counts.updated)} ${job.source} -> ${job.dest} on the cluster`
  const speed = `${formatDuration(progress.elapsed())} (${formatCount(progress.averageRate())} docs/s; ${formatCount(counts.created)} created, ${formatCount(counts.updated)} updated)`
  const stats = {
    source: job.source,
    dest: job.dest,
    onCluster: true,
    // `created` (the destination index) is the definition's: the task's counts have their own object.
    task: { id: taskId, ...counts },
    ...(failures.length > 0 ? { failures } : {}),
    ...job.definition,
  }
  if (state.error !== undefined) {
    report.abandon()
    const what = [state.error.type, state.error.reason].filter(Boolean).join(': ')
    throw new CliError(`the reindex task ${taskId} failed after copying ${moved}: ${truncate(what, 300)}`)
  }
  if (cancelled) {
    await report.finish(
      `interrupted: task ${taskId} cancelled after copying ${moved} in ${speed}; ` +
        'run the same command again to copy everything (copied documents are overwritten, not duplicated)',
      stats,
    )
    throw new InterruptedError('interrupted')
  }
  const problems: string[] = []
  if (failures.length > 0) {
    // _reindex stops at the first batch with a failure: what came after it was not copied.
    problems.push(
      `${formatCount(failures.length)} failed and the task stopped there (the rest was not copied: ` +
        '--via-client copies every document it can, and --dead-letter FILE keeps the refused ones)',
    )
  }
  if (state.timedOut) problems.push('a request of the task timed out, so some documents may be missing')
  if (state.canceled !== undefined) problems.push(`the task was cancelled (${state.canceled}) before the end`)
  await report.finish(`copied ${moved} in ${speed}${problems.map((p) => `; ${p}`).join('')}`, stats)
  return problems.length > 0 ? 1 : 0
}

function showFailures(
  ctx: CommandContext,
  progress: Report['progress'],
  failures: readonly ReindexFailure[],
): void {
  if (failures.length > 0) progress.clear()
  for (const f of failures.slice(0, SHOWN_FAILURES)) {
    const what =
      f.id !== undefined
        ? `document ${f.id}`
        : `shard ${f.shard ?? '?'} of ${f.index ?? '?'}${f.node ? ` (node ${f.node})` : ''}`
    const why = `${f.type ? `${f.type}: ` : ''}${truncate(f.reason ?? 'no reason given', 160)}`
    ctx.stderr.write(`elastream: ${what}: ${why}\n`)
  }
  if (failures.length > SHOWN_FAILURES) {
    ctx.stderr.write(`elastream: ... and ${formatCount(failures.length - SHOWN_FAILURES)} more (see --stats-file)\n`)
  }
}
