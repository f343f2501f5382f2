/**
 * The shape of one REST endpoint as the runtime needs it. Kept in its own file with no runtime imports so
 * that `from-spec.ts` (which the YAML runner uses) and the generator can share it.
 */
import type { HttpMethod } from '../transport/types.js'

/**
 * How an endpoint takes its body:
 * - `none`: no body in the specification; every key that is not a path part goes to the query string.
 * - `fields`: a JSON object made of named fields (`query`, `size`, ... for search).
 * - `value`: one named value is the whole JSON body (`document` for index, `settings` for indices.put_settings).
 * - `ndjson`: one named value is the whole newline-delimited body (`operations` for bulk).
 */
export type BodyKind = 'none' | 'fields' | 'value' | 'ndjson'

export interface EndpointPath {
  /** The URL template, e.g. `/{index}/_doc/{id}`, with the client's part names. */
  readonly path: string
  /** The `{part}` names of `path`, in order. */
  readonly parts: readonly string[]
  readonly methods: readonly HttpMethod[]
  /** Deprecated: used only when no current path has the parts given (7.x type paths in the YAML runner). */
  readonly deprecated?: boolean
}

export interface Endpoint {
  /** The specification's name, e.g. `indices.create`. */
  readonly name: string
  /**
   * The URL templates, most parts first: the first whose parts are all given is used (a current one before a
   * deprecated one on a tie).
   */
  readonly paths: readonly EndpointPath[]
  /** Query parameters of this endpoint; the common ones (`pretty`, `filter_path`, ...) are accepted on top. */
  readonly query: readonly string[]
  readonly body: BodyKind
  /**
   * `fields`: the names sent in the body, checked before the query parameters (so `size` goes to the body of
   * a search, as the official client sends it); absent when the specification does not name the fields (then
   * every key that is not a part or query parameter is a body field).
   * `value` and `ndjson`: one name, the key whose value is the whole body.
   */
  readonly bodyKeys?: readonly string[]
  /** Path parameters that no path of `paths` carries (a deprecated path dropped): never sent in the query. */
  readonly pathKeys?: readonly string[]
  /** A call without its body is refused before anything is sent (bulk, as the official client does). */
  readonly bodyRequired?: boolean
  /** A string `sort` with a colon (`'ts:desc'`) goes to the query string, as the official client sends it. */
  readonly sortInQuery?: boolean
}
