// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams } from './common.js'

/** The `project` endpoints, by method name. */
export const endpoints = endpointTable({
  createManyRouting: ['project.create_many_routing', 'PUT /_project_routing', '', 'value expressions'],
  createRouting: ['project.create_routing', 'PUT /_project_routing/{name}', '', 'value expressions'],
  deleteRouting: ['project.delete_routing', 'DELETE /_project_routing/{name}', '', 'none'],
  getManyRouting: ['project.get_many_routing', 'GET /_project_routing', '', 'none'],
  getRouting: ['project.get_routing', 'GET /_project_routing/{name}', '', 'none'],
  tags: ['project.tags', 'GET,POST /_project/tags', '', 'fields project_routing'],
})

export interface ProjectCreateManyRoutingParams extends CommonParams {
  expressions?: unknown
}
export interface ProjectCreateRoutingParams extends CommonParams {
  name: string
  expressions?: unknown
}
export interface ProjectDeleteRoutingParams extends CommonParams {
  name: string
}
export interface ProjectGetManyRoutingParams extends CommonParams {}
export interface ProjectGetRoutingParams extends CommonParams {
  name: string
}
export interface ProjectTagsParams extends CommonParams {
  project_routing?: unknown
}

/** The `project` APIs, reached as `client.project`. */
export class ProjectApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Create or update project routing expressions.
   * `PUT /_project_routing`
   * Elastic Cloud Serverless only.
   */
  declare createManyRouting: OptionalCall<ProjectCreateManyRoutingParams>
  /**
   * Create or update a project routing expression.
   * `PUT /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare createRouting: Call<ProjectCreateRoutingParams>
  /**
   * Delete a project routing expression.
   * `DELETE /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare deleteRouting: Call<ProjectDeleteRoutingParams>
  /**
   * Get project routing expressions.
   * `GET /_project_routing`
   * Elastic Cloud Serverless only.
   */
  declare getManyRouting: OptionalCall<ProjectGetManyRoutingParams>
  /**
   * Get a project routing expression.
   * `GET /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare getRouting: Call<ProjectGetRoutingParams>
  /**
   * Get tags.
   * `GET|POST /_project/tags`
   * Elastic Cloud Serverless only.
   * @see https://www.elastic.co/docs/api/doc/elasticsearch-serverless/operation/operation-project-tags
   */
  declare tags: OptionalCall<ProjectTagsParams & BodyFields>
}
installMethods(ProjectApi, endpoints)
