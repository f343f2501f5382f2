/**
 * `@opentelemetry/api` is an optional peer: elastream must load and run without it. It is required lazily,
 * once per process, the first time a client with tracing enabled is built; a client with `tracing: false`
 * never touches it.
 *
 * The few API shapes used are declared here instead of imported, so that elastream's published type
 * declarations do not name a package the application may not have.
 */
import { createRequire } from 'node:module'

export type AttributeValue = string | number | boolean
export type Attributes = Record<string, AttributeValue | undefined>

/** An OpenTelemetry `Context` (opaque to elastream). */
export type OtelContext = object

export interface OtelSpan {
  setAttribute(key: string, value: AttributeValue): this
  setAttributes(attributes: Attributes): this
  addEvent(name: string, attributes?: Attributes): this
  setStatus(status: { code: number; message?: string }): this
  isRecording(): boolean
  end(endTime?: number): void
}

export interface OtelTracer {
  startSpan(
    name: string,
    options?: { kind?: number; attributes?: Attributes; startTime?: number },
    context?: OtelContext,
  ): OtelSpan
}

export interface OtelApi {
  trace: {
    getTracer(name: string, version?: string): OtelTracer
    setSpan(context: OtelContext, span: OtelSpan): OtelContext
  }
  context: {
    active(): OtelContext
    with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
      context: OtelContext,
      fn: F,
      thisArg?: ThisParameterType<F>,
      ...args: A
    ): ReturnType<F>
  }
}

/** `SpanKind.CLIENT` and `SpanKind.INTERNAL`, `SpanStatusCode.ERROR`: stable numbers of the API. */
export const SPAN_KIND_INTERNAL = 0
export const SPAN_KIND_CLIENT = 2
export const STATUS_ERROR = 2

let loaded: OtelApi | null | undefined

/** The `@opentelemetry/api` module as the application resolves it, or `undefined` when it is not installed. */
export function loadOtelApi(): OtelApi | undefined {
  if (loaded === undefined) {
    try {
      // require, not import(): the client constructor is synchronous, and the api package ships CommonJS.
      // It keeps its registry on a versioned global, so this copy sees the application's tracer provider.
      loaded = createRequire(import.meta.url)('@opentelemetry/api') as OtelApi
    } catch {
      loaded = null
    }
  }
  return loaded ?? undefined
}
