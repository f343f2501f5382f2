/**
 * A one-line progress display on stderr, and the numbers behind the final summary.
 * Redraws from a timer (at most every `intervalMs`), never from the data path, so a fast load
 * costs one counter increment per document and a slow terminal cannot slow the load down.
 */

export interface ProgressOptions {
  /** Where to draw. Default: process.stderr. */
  stream?: NodeJS.WritableStream & { columns?: number; isTTY?: boolean }
  /** Draw at all. The caller decides (terminal, --quiet, --progress). */
  enabled: boolean
  /** Verb shown at the start of the line, e.g. `loading`. */
  label: string
  /** Documents expected in all, when known (dump/reindex count first): gives percent and ETA. */
  totalDocs?: number | undefined
  /** Input bytes expected in all, when known (a file's size): gives percent and ETA for loads. */
  totalBytes?: number | undefined
  /** Show the bytes moved. Default true; false when nothing passes through elastream (a copy on the cluster). */
  bytes?: boolean
  /** Redraw period. Default 100 ms: ten frames a second reads as smooth and costs nothing. */
  intervalMs?: number
}

export class Progress {
  docs = 0
  failed = 0
  /** Bytes moved: output written (dump), input read (load), bulk bodies sent (reindex). */
  bytes = 0
  /** Input position in bytes, when progress is measured against `totalBytes`. */
  inputBytes = 0
  /** Items parsed from those input bytes: with them, the document total is estimated from the file size. */
  inputItems = 0
  totalDocs: number | undefined
  /** With --concurrency auto: the adaptive limit, shown on the line as it moves. */
  concurrency: (() => number) | undefined
  readonly totalBytes: number | undefined
  readonly startedAt = performance.now()
  private readonly stream: NonNullable<ProgressOptions['stream']>
  private readonly label: string
  private readonly showBytes: boolean
  private readonly timer: NodeJS.Timeout | undefined
  private lastDrawAt = this.startedAt
  private lastDocs = 0
  private rate = 0
  private drawn = false

  constructor(options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr
    this.label = options.label
    this.showBytes = options.bytes ?? true
    this.totalDocs = options.totalDocs
    this.totalBytes = options.totalBytes
    if (options.enabled) {
      this.timer = setInterval(() => this.draw(), options.intervalMs ?? 100)
      // The bar must never keep a finished process alive.
      this.timer.unref()
    }
  }

  /** Seconds since start. */
  elapsed(): number {
    return (performance.now() - this.startedAt) / 1000
  }

  /** Documents per second over the whole run. */
  averageRate(): number {
    const s = this.elapsed()
    return s > 0 ? this.docs / s : 0
  }

  /** Renders one frame (public for tests; the timer calls it). */
  render(now = performance.now()): string {
    const dt = (now - this.lastDrawAt) / 1000
    if (dt > 0) {
      const instant = (this.docs - this.lastDocs) / dt
      // Exponential smoothing: the shown rate follows changes within a second or two without flicker.
      this.rate = this.lastDocs === 0 && this.rate === 0 ? instant : this.rate * 0.8 + instant * 0.2
      this.lastDrawAt = now
      this.lastDocs = this.docs
    }
    const fraction = this.fraction()
    const parts = [this.label]
    if (fraction !== undefined) parts.push(`${bar(fraction, 12)} ${(fraction * 100).toFixed(0).padStart(3)}%`)
    parts.push(`${formatCount(this.docs)} docs`)
    parts.push(`${formatCount(Math.round(this.rate))} docs/s`)
    if (this.showBytes) parts.push(formatBytes(this.bytes))
    if (this.failed > 0) parts.push(`${formatCount(this.failed)} failed`)
    if (this.concurrency !== undefined) parts.push(`concurrency ${this.concurrency()}`)
    const eta = this.eta(fraction)
    if (eta !== undefined) parts.push(`ETA ${formatDuration(eta)}`)
    return parts.join('  ')
  }

  /** Stops the timer and clears the line, so the summary starts on a clean line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.clear()
  }

  /** Clears the line so a message can be printed; the next frame redraws the bar below it. */
  clear(): void {
    if (this.drawn) {
      this.stream.write('\r\x1b[2K')
      this.drawn = false
    }
  }

  private draw(): void {
    let line = this.render()
    // Never wrap a terminal line: a wrapped line cannot be redrawn with \r and would scroll.
    // Not a terminal (--progress into a pipe): nothing wraps, keep the whole frame.
    // A pseudo-terminal without a window size reports 0 columns: assume the classic 80.
    const columns = this.stream.isTTY ? this.stream.columns || 80 : undefined
    if (columns !== undefined && line.length >= columns) {
      // The numbers matter more than the bar: drop the bar first, then cut.
      line = line.replace(/\[[#-]+\] /, '')
      if (line.length >= columns) line = line.slice(0, Math.max(0, columns - 1))
    }
    this.stream.write(`\r\x1b[2K${line}`)
    this.drawn = true
  }

  private fraction(): number | undefined {
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      // Reading runs ahead of indexing by up to (concurrency + 1) x flushBytes, so bytes read would
      // overstate progress. Instead, estimate the document total from bytes per item so far, and
      // measure documents done against it; the estimate becomes exact once the input is all read.
      if (this.inputItems === 0 || this.inputBytes === 0) return 0
      const estimatedTotal = (this.inputItems * this.totalBytes) / this.inputBytes
      return Math.min(1, this.docs / estimatedTotal)
    }
    if (this.totalDocs !== undefined && this.totalDocs > 0) return Math.min(1, this.docs / this.totalDocs)
    return undefined
  }

  private eta(fraction: number | undefined): number | undefined {
    if (fraction === undefined || fraction <= 0) return undefined
    const elapsed = this.elapsed()
    // Whole-run average: a load's rate is steady enough, and it does not jump with each frame.
    const remaining = (elapsed / fraction) * (1 - fraction)
    return elapsed < 0.5 ? undefined : remaining
  }
}

function bar(fraction: number, width: number): string {
  const full = Math.round(fraction * width)
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = n / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/** "1 document", "2,500 documents". */
export function documents(n: number): string {
  return `${formatCount(n)} document${n === 1 ? '' : 's'}`
}
