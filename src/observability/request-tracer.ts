/**
 * One per client (shared by its children): the tracer named after the package, and the settings every
 * request span of that client uses. `createRequestTracer` returns `undefined` when tracing is off or
 * `@opentelemetry/api` is not installed, so the transport's only cost is then one property read.
 */
import { PACKAGE_NAME, PACKAGE_VERSION } from '../package-info.js'
import type { RequestObserver } from '../transport/request-observer.js'
import type { TransportRequestOptions, TransportRequestParams } from '../transport/types.js'
import { loadOtelApi, type OtelApi, type OtelContext, type OtelTracer } from './otel-api.js'
import { RequestSpan } from './request-span.js'
import { resolveTracing } from './tracing-options.js'

export class RequestTracer implements RequestObserver {
  readonly api: OtelApi
  readonly tracer: OtelTracer
  readonly captureQuery: boolean

  constructor(api: OtelApi, captureQuery: boolean) {
    this.api = api
    // The instrumentation scope is the package: `elastream` and its version.
    this.tracer = api.trace.getTracer(PACKAGE_NAME, PACKAGE_VERSION)
    this.captureQuery = captureQuery
  }

  /** A request starts: its span's parent is `options.traceContext` or the active context. */
  begin(params: TransportRequestParams, options: TransportRequestOptions): RequestSpan {
    const parent = (options.traceContext as OtelContext | undefined) ?? this.api.context.active()
    return new RequestSpan(this.tracer, params, parent, this.captureQuery)
  }
}

/** The tracer for a client with option `tracing`, or `undefined` (off, or no `@opentelemetry/api`). */
export function createRequestTracer(option: unknown): RequestTracer | undefined {
  const settings = resolveTracing(option)
  if (settings === undefined) return undefined
  const api = loadOtelApi()
  return api === undefined ? undefined : new RequestTracer(api, settings.captureQuery)
}
