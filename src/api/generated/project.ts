// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { ProjectCreateManyRoutingRequest, ProjectCreateManyRoutingResponse, ProjectCreateRoutingRequest, ProjectCreateRoutingResponse, ProjectDeleteRoutingRequest, ProjectDeleteRoutingResponse, ProjectGetManyRoutingRequest, ProjectGetManyRoutingResponse, ProjectGetRoutingRequest, ProjectGetRoutingResponse, ProjectTagsRequest, ProjectTagsResponse } from '../types/index.js'

/** The `project` endpoints, by method name. */
export const endpoints = endpointTable({
  createManyRouting: ['project.create_many_routing', 'PUT /_project_routing', '', 'value expressions'],
  createRouting: ['project.create_routing', 'PUT /_project_routing/{name}', '', 'value expressions'],
  deleteRouting: ['project.delete_routing', 'DELETE /_project_routing/{name}', '', 'none'],
  getManyRouting: ['project.get_many_routing', 'GET /_project_routing', '', 'none'],
  getRouting: ['project.get_routing', 'GET /_project_routing/{name}', '', 'none'],
  tags: ['project.tags', 'GET,POST /_project/tags', '', 'fields project_routing'],
})

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
  declare createManyRouting: Call<ProjectCreateManyRoutingRequest, ProjectCreateManyRoutingResponse>
  /**
   * Create or update a project routing expression.
   * `PUT /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare createRouting: Call<ProjectCreateRoutingRequest, ProjectCreateRoutingResponse>
  /**
   * Delete a project routing expression.
   * `DELETE /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare deleteRouting: Call<ProjectDeleteRoutingRequest, ProjectDeleteRoutingResponse>
  /**
   * Get project routing expressions.
   * `GET /_project_routing`
   * Elastic Cloud Serverless only.
   */
  declare getManyRouting: OptionalCall<ProjectGetManyRoutingRequest, ProjectGetManyRoutingResponse>
  /**
   * Get a project routing expression.
   * `GET /_project_routing/{name}`
   * Elastic Cloud Serverless only.
   */
  declare getRouting: Call<ProjectGetRoutingRequest, ProjectGetRoutingResponse>
  /**
   * Get tags.
   * `GET|POST /_project/tags`
   * Elastic Cloud Serverless only.
   * @see https://www.elastic.co/docs/api/doc/elasticsearch-serverless/operation/operation-project-tags
   */
  declare tags: OptionalCall<ProjectTagsRequest, ProjectTagsResponse>
}
installMethods(ProjectApi, endpoints)
