/**
 * The shape of one REST endpoint as the runtime needs it. Kept in its own file with no runtime imports so
 * that `from-spec.ts` (which the generator loads by transpiling it alone) can use it.
 */
import type { HttpMethod } from '../transport/types.js'

/**
 * A query parameter's type, normalized from the spec: `int`, `long`, `double` and `number` become `number`;
 * `boolean|long` becomes `boolean|number`. Any type a future spec adds is kept as it is.
 */
export type ParamType =
  | 'string'
  | 'list'
  | 'enum'
  | 'boolean'
  | 'number'
  | 'time'
  | 'date'
  | 'boolean|number'
  | 'number|string'
  | (string & {})

/** How an endpoint takes its body: not at all, as one JSON value, or as newline-delimited JSON. */
export type BodyKind = 'none' | 'json' | 'ndjson'

export interface EndpointPath {
  /** The spec's path template, e.g. `/{index}/_doc/{id}`. */
  readonly path: string
  /** The `{part}` names of `path`, in order. */
  readonly parts: readonly string[]
  readonly methods: readonly HttpMethod[]
  /** Deprecated by the spec: used only when no current path has the parts given. */
  readonly deprecated?: boolean
}

export interface Endpoint {
  /** The spec's name, e.g. `indices.create`. */
  readonly name: string
  /** The spec's URL templates; the one with the most parts that are all given is used. */
  readonly paths: readonly EndpointPath[]
  /** Query parameters of this endpoint (the common ones of `_common.json` are accepted everywhere on top). */
  readonly params: Readonly<Record<string, ParamType>>
  /** Query parameters the spec marks as required. */
  readonly required?: readonly string[]
  readonly body: BodyKind
  /** The spec says the body is required: a call without one is rejected before it is sent. */
  readonly bodyRequired?: boolean
  /**
   * The parameter whose value is the whole body (`document` for index/create, `operations` for bulk,
   * `searches` for msearch, ...). Without it, the fields that are neither path parts nor query parameters
   * make up the body.
   */
  readonly bodyKey?: string
}
