/**
 * The visible side of a command: progress bar when wanted, the one-line summary, the stats file.
 * Everything goes to stderr so stdout stays pure data (`elastream dump idx | jq`).
 */
import { writeFile } from 'node:fs/promises'
import type { CommandContext } from './command.js'
import { Progress } from './progress.js'

export interface Stats {
  command: string
  docs: number
  failed: number
  bytes: number
  seconds: number
  docsPerSecond: number
  [extra: string]: unknown
}

export class Report {
  readonly progress: Progress
  private readonly quiet: boolean
  private readonly ctx: CommandContext
  readonly command: string

  constructor(
    ctx: CommandContext,
    command: string,
    options: { label: string; totalDocs?: number | undefined; totalBytes?: number | undefined; bytes?: boolean },
  ) {
    this.ctx = ctx
    this.command = command
    this.quiet = ctx.values.quiet === true
    const draw = !this.quiet && (ctx.values.progress === true || ctx.stderr.isTTY === true)
    this.progress = new Progress({ ...options, enabled: draw, stream: ctx.stderr })
  }

  /** Clears the bar, prints `line` (unless --quiet) and writes --stats-file. */
  async finish(line: string, extra: Record<string, unknown> = {}): Promise<Stats> {
    this.progress.stop()
    const p = this.progress
    const seconds = p.elapsed()
    const stats: Stats = {
      command: this.command,
      docs: p.docs,
      failed: p.failed,
      bytes: p.bytes,
      seconds: Math.round(seconds * 1000) / 1000,
      docsPerSecond: Math.round(p.averageRate()),
      ...extra,
    }
    if (!this.quiet) this.ctx.stderr.write(`${line}\n`)
    const file = this.ctx.values['stats-file']
    if (typeof file === 'string') await writeFile(file, `${JSON.stringify(stats)}\n`)
    return stats
  }

  /** Clears the bar before an error message is printed. */
  abandon(): void {
    this.progress.stop()
  }
}
