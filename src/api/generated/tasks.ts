// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { TasksCancelRequest, TasksCancelResponse, TasksGetRequest, TasksGetResponse, TasksListRequest, TasksListResponse } from '../types/index.js'

/** The `tasks` endpoints, by method name. */
export const endpoints = endpointTable({
  cancel: ['tasks.cancel', 'POST /_tasks/{task_id}/_cancel|POST /_tasks/_cancel', 'actions nodes parent_task_id wait_for_completion', 'none'],
  get: ['tasks.get', 'GET /_tasks/{task_id}', 'timeout wait_for_completion follow_relocations', 'none'],
  list: ['tasks.list', 'GET /_tasks', 'actions detailed group_by nodes parent_task_id timeout wait_for_completion', 'none'],
})

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
  declare cancel: OptionalCall<TasksCancelRequest, TasksCancelResponse>
  /**
   * Get task information.
   * `GET /_tasks/{task_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  declare get: Call<TasksGetRequest, TasksGetResponse>
  /**
   * Get all tasks.
   * `GET /_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  declare list: OptionalCall<TasksListRequest, TasksListResponse>
}
installMethods(TasksApi, endpoints)
