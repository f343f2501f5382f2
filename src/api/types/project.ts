// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ProjectRouting, RequestBase } from './common.js'

/** Request of `project.create_many_routing`. */
export interface ProjectCreateManyRoutingRequest extends RequestBase {
  expressions: ProjectNamedProjectRoutingExpressions
}

export type ProjectCreateManyRoutingResponse = AcknowledgedResponseBase

/** Request of `project.create_routing`. */
export interface ProjectCreateRoutingRequest extends RequestBase {
  /** The name of project routing expression */
  name: string
  expressions: ProjectProjectRoutingExpression
}

export type ProjectCreateRoutingResponse = AcknowledgedResponseBase

/** Request of `project.delete_routing`. */
export interface ProjectDeleteRoutingRequest extends RequestBase {
  /** The name of project routing expression */
  name: string
}

export type ProjectDeleteRoutingResponse = AcknowledgedResponseBase

/** Request of `project.get_many_routing`. */
export interface ProjectGetManyRoutingRequest extends RequestBase {
}

export type ProjectGetManyRoutingResponse = ProjectNamedProjectRoutingExpressions

/** Request of `project.get_routing`. */
export interface ProjectGetRoutingRequest extends RequestBase {
  /** The name of project routing expression */
  name: string
}

export type ProjectGetRoutingResponse = ProjectProjectRoutingExpression

export type ProjectNamedProjectRoutingExpressions = Record<string, ProjectProjectRoutingExpression>

export interface ProjectProjectRoutingExpression {
  expression: ProjectRoutingExpression
}

export type ProjectRoutingExpression = string

export interface ProjectTagsProjectTags {
  origin: Partial<Record<string, ProjectTagsTags>>
  linked_projects?: Record<string, ProjectTagsTags>
}

/** Request of `project.tags`. */
export interface ProjectTagsRequest extends RequestBase {
  /** A Lucene query using project metadata tags used to filter which projects are returned in the response. Examples: _alias:my-project _alias:_origin _alias:*pr* Supported in serverless only. */
  project_routing?: ProjectRouting
}

export type ProjectTagsResponse = ProjectTagsProjectTags

export interface ProjectTagsTagsKeys {
  _id: string
  _alias: string
  _type: string
  _organisation: string
}
export type ProjectTagsTags = ProjectTagsTagsKeys & { [property: string]: string }
