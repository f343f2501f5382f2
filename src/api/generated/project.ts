// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `project` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  create_many_routing: { name: 'project.create_many_routing', paths: [{ path: '/_project_routing', parts: [], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  create_routing: { name: 'project.create_routing', paths: [{ path: '/_project_routing/{name}', parts: ['name'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  delete_routing: { name: 'project.delete_routing', paths: [{ path: '/_project_routing/{name}', parts: ['name'], methods: ['DELETE'] }], params: {}, body: 'none' },
  get_many_routing: { name: 'project.get_many_routing', paths: [{ path: '/_project_routing', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_routing: { name: 'project.get_routing', paths: [{ path: '/_project_routing/{name}', parts: ['name'], methods: ['GET'] }], params: {}, body: 'none' },
  tags: { name: 'project.tags', paths: [{ path: '/_project/tags', parts: [], methods: ['GET', 'POST'] }], params: {}, body: 'json' },
}

/** Parameters of `project.create_many_routing`. */
export interface ProjectCreateManyRoutingParams extends CommonBodyParams {
}

/** Parameters of `project.create_routing`. */
export interface ProjectCreateRoutingParams extends CommonBodyParams {
  /** The name of the project routing expression */
  name: string
}

/** Parameters of `project.delete_routing`. */
export interface ProjectDeleteRoutingParams extends CommonParams {
  /** The name of the project routing expression */
  name: string
}

/** Parameters of `project.get_many_routing`. */
export interface ProjectGetManyRoutingParams extends CommonParams {
}

/** Parameters of `project.get_routing`. */
export interface ProjectGetRoutingParams extends CommonParams {
  /** The name of the project routing expression */
  name: string
}

/** Parameters of `project.tags`. */
export interface ProjectTagsParams extends CommonBodyParams {
}

const E = endpoints

/** The `project` APIs, reached as `client.project`. */
export class ProjectApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Create or update named project routing expressions
   * `PUT /_project_routing`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  createManyRouting<TResponse = unknown>(params: ProjectCreateManyRoutingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createManyRouting<TResponse = unknown>(params: ProjectCreateManyRoutingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createManyRouting(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_many_routing, params, options)
  }

  /**
   * Create or update named project routing expression
   * `PUT /_project_routing/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  createRouting<TResponse = unknown>(params: ProjectCreateRoutingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createRouting<TResponse = unknown>(params: ProjectCreateRoutingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createRouting(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_routing, params, options)
  }

  /**
   * Delete named project routing expression
   * `DELETE /_project_routing/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  deleteRouting<TResponse = unknown>(params: ProjectDeleteRoutingParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRouting<TResponse = unknown>(params: ProjectDeleteRoutingParams, options?: RequestOptions): Promise<TResponse>
  deleteRouting(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_routing, params, options)
  }

  /**
   * Get named project routing expressions
   * `GET /_project_routing`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  getManyRouting<TResponse = unknown>(params: ProjectGetManyRoutingParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getManyRouting<TResponse = unknown>(params?: ProjectGetManyRoutingParams, options?: RequestOptions): Promise<TResponse>
  getManyRouting(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_many_routing, params, options)
  }

  /**
   * Get named project routing expression
   * `GET /_project_routing/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  getRouting<TResponse = unknown>(params: ProjectGetRoutingParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRouting<TResponse = unknown>(params: ProjectGetRoutingParams, options?: RequestOptions): Promise<TResponse>
  getRouting(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_routing, params, options)
  }

  /**
   * Return tags defined for the project
   * `GET|POST /_project/tags`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch-serverless/operation/operation-project-tags
   */
  tags<TResponse = unknown>(params: ProjectTagsParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  tags<TResponse = unknown>(params?: ProjectTagsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  tags(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.tags, params, options)
  }
}
