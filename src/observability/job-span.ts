/**
 * The parent span of a helper's whole job (`bulkStream`, `bulk`, `scan`, `reindex`): started when the helper
 * is built, under the context active then, ended when the stream finishes, fails or is cancelled, with the
 * helper's counters as attributes. Every request the helper sends names this span as its parent explicitly
 * (the `traceContext` request option), because stream callbacks run in whatever async context triggered
 * them (a socket, a timer), not in the one the stream was built in.
 */
import type { Stream } from 'node:stream'
import { errorType } from './error-type.js'
import { type Attributes, type OtelApi, type OtelContext, type OtelSpan, STATUS_ERROR } from './otel-api.js'
import type { RequestTracer } from './request-tracer.js'
import { statusMessage } from './status-message.js'

const jobs = new WeakMap<object, JobSpan>()

export class JobSpan {
  /** The context whose active span is this job's: pass it as `traceContext` on each request of the job. */
  readonly context: OtelContext
  readonly #api: OtelApi
  readonly #span: OtelSpan
  #helper: string
  #ended = false

  private constructor(api: OtelApi, span: OtelSpan, parent: OtelContext, helper: string) {
    this.#api = api
    this.#span = span
    this.#helper = helper
    this.context = api.trace.setSpan(parent, span)
  }

  /**
   * A job span for `helper` on `index`, or `undefined` when the client does not trace (tracing off, no
   * `@opentelemetry/api`, or a client-like object without a real transport).
   */
  static start(client: unknown, helper: string, index?: unknown): JobSpan | undefined {
    const tracing = (client as { transport?: { settings?: { tracing?: RequestTracer } } } | null)?.transport
      ?.settings?.tracing
    if (tracing === undefined) return undefined
    const target = Array.isArray(index) ? index.join(',') : typeof index === 'string' ? index : undefined
    const attributes: Attributes = { 'db.system.name': 'elasticsearch', 'elastream.helper': helper }
    if (target !== undefined && target !== '') attributes['db.collection.name'] = target
    const parent = tracing.api.context.active()
    const name = target === undefined || target === '' ? helper : `${helper} ${target}`
    // INTERNAL (the default kind): the job is work in this process; its requests are the CLIENT spans.
    const span = tracing.tracer.startSpan(name, { attributes }, parent)
    return new JobSpan(tracing.api, span, parent, helper)
  }

  /** The job span of a helper stream, if it has one (bulk() renames the span of the stream it builds). */
  static of(stream: object): JobSpan | undefined {
    return jobs.get(stream)
  }

  /** Runs `fn` with this job's span active, so spans started inside (a nested helper's job) are its children. */
  run<T>(fn: () => T): T {
    return this.#api.context.with(this.context, fn)
  }

  /**
   * Ends the span at the first of `events` on `stream` ('close' covers destroyed, failed and cancelled), with
   * the stream's `stats` and error.
   */
  follow(stream: Stream & { stats: object; errored?: unknown }, events = ['finish', 'close']): this {
    jobs.set(stream, this)
    const done = () => this.end(stream.stats, stream.errored ?? undefined, stream)
    for (const event of events) stream.once(event, done)
    return this
  }

  /** Another helper took the job over (bulk() around its bulkStream): name the span after it. */
  rename(helper: string, index?: string): void {
    ;(this.#span as OtelSpan & { updateName?(name: string): void }).updateName?.(
      index === undefined ? helper : `${helper} ${index}`,
    )
    this.#span.setAttribute('elastream.helper', helper)
    this.#helper = helper
  }

  /**
   * Ends the span once, with every numeric counter of `stats` as `elastream.<helper>.<counter>` (both in
   * snake_case: `elastream.bulk_stream.successful`). A stream
   * destroyed before it finished without an error, or aborted, was cancelled: `elastream.job.cancelled`,
   * no error status.
   */
  end(stats: object, error?: unknown, stream?: Stream): void {
    if (this.#ended) return
    this.#ended = true
    const span = this.#span
    for (const [key, value] of Object.entries(stats)) {
      if (typeof value === 'number' && key !== 'durationMs')
        span.setAttribute(`elastream.${snake(this.#helper)}.${snake(key)}`, value)
    }
    // An abort (the caller's signal, or `for await` left early) is the caller's choice, not a failure.
    const aborted = (error as Error | undefined)?.name === 'AbortError'
    if (error !== undefined && error !== null && !aborted) {
      span.setAttribute('error.type', errorType(error))
      span.setStatus({ code: STATUS_ERROR, message: statusMessage(error) })
    } else if (aborted || (stream !== undefined && isCancelled(stream))) {
      span.setAttribute('elastream.job.cancelled', true)
    }
    span.end()
  }
}

function isCancelled(stream: Stream): boolean {
  const s = stream as Stream & { writableFinished?: boolean; readableEnded?: boolean; readable?: boolean }
  return s.writableFinished !== true && s.readableEnded !== true
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}
