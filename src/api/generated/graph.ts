// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams } from './common.js'

/** Descriptors of the `graph` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  explore: { name: 'graph.explore', paths: [{ path: '/{index}/_graph/explore', parts: ['index'], methods: ['GET', 'POST'] }], params: { routing: 'list', timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `graph.explore`. */
export interface GraphExploreParams extends CommonBodyParams {
  /** A comma-separated list of index names to search; use `_all` or empty string to perform the operation on all indices */
  index: string | readonly string[]
  /** Specific routing value */
  routing?: string | readonly string[] | BodyValue
  /** Explicit operation timeout */
  timeout?: string
}

const E = endpoints

/** The `graph` APIs, reached as `client.graph`. */
export class GraphApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Explore graph analytics
   * `GET|POST /{index}/_graph/explore`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-graph
   */
  explore<TResponse = unknown>(params: GraphExploreParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  explore<TResponse = unknown>(params: GraphExploreParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  explore(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.explore, params, options)
  }
}
