// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `tasks` endpoints, by method name. */
export const endpoints = endpointTable({
  cancel: ['tasks.cancel', 'POST /_tasks/{task_id}/_cancel|POST /_tasks/_cancel', 'actions nodes parent_task_id wait_for_completion', 'none'],
  get: ['tasks.get', 'GET /_tasks/{task_id}', 'timeout wait_for_completion follow_relocations', 'none'],
  list: ['tasks.list', 'GET /_tasks', 'actions detailed group_by nodes parent_task_id timeout wait_for_completion', 'none'],
})

export interface TasksCancelParams extends CommonParams, QueryParams<'actions' | 'nodes' | 'parent_task_id' | 'wait_for_completion'> {
  task_id?: string
}
export interface TasksGetParams extends CommonParams, QueryParams<'timeout' | 'wait_for_completion' | 'follow_relocations'> {
  task_id: string
}
export interface TasksListParams extends CommonParams, QueryParams<'actions' | 'detailed' | 'group_by' | 'parent_task_id' | 'timeout' | 'wait_for_completion'> {
  /** A comma-separated list of node IDs or names that is used to limit the returned information. */
  nodes?: string | ReadonlyArray<string>
}

/** The `tasks` APIs, reached as `client.tasks`. */
export class TasksApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Cancel a task.
   * `POST /_tasks/{task_id}/_cancel`, `POST /_tasks/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  declare cancel: OptionalCall<TasksCancelParams>
  /**
   * Get task information.
   * `GET /_tasks/{task_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  declare get: Call<TasksGetParams>
  /**
   * Get all tasks.
   * `GET /_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  declare list: OptionalCall<TasksListParams>
}
installMethods(TasksApi, endpoints)
