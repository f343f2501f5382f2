// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `tasks` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  cancel: { name: 'tasks.cancel', paths: [{ path: '/_tasks/_cancel', parts: [], methods: ['POST'] }, { path: '/_tasks/{task_id}/_cancel', parts: ['task_id'], methods: ['POST'] }], params: { actions: 'list', nodes: 'list', parent_task_id: 'string', wait_for_completion: 'boolean' }, body: 'none' },
  get: { name: 'tasks.get', paths: [{ path: '/_tasks/{task_id}', parts: ['task_id'], methods: ['GET'] }], params: { follow_relocations: 'boolean', timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
  list: { name: 'tasks.list', paths: [{ path: '/_tasks', parts: [], methods: ['GET'] }], params: { actions: 'list', detailed: 'boolean', group_by: 'enum', nodes: 'list', parent_task_id: 'string', timeout: 'time', wait_for_completion: 'boolean' }, body: 'none' },
}

/** Parameters of `tasks.cancel`. */
export interface TasksCancelParams extends CommonParams {
  /** Cancel the task with specified task id (node_id:task_number) */
  task_id?: string
  /** A comma-separated list of actions that should be cancelled. Leave empty to cancel all. */
  actions?: string | readonly string[]
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  nodes?: string | readonly string[]
  /** Cancel tasks with specified parent task id (node_id:task_number). Set to -1 to cancel all. */
  parent_task_id?: string
  /**
   * Should the request block until the cancellation of the task and its descendant tasks is completed. Defaults to false
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `tasks.get`. */
export interface TasksGetParams extends CommonParams {
  /** Return the task with specified id (node_id:task_number) */
  task_id: string
  /**
   * Internal use only
   * Default: `true`.
   */
  follow_relocations?: boolean
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Wait for the matching tasks to complete (default: false)
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

/** Parameters of `tasks.list`. */
export interface TasksListParams extends CommonParams {
  /** A comma-separated list of actions that should be returned. Leave empty to return all. */
  actions?: string | readonly string[]
  /**
   * Return detailed task information (default: false)
   * Default: `false`.
   */
  detailed?: boolean
  /**
   * Group tasks by nodes or parent/child relationships
   * Default: `"nodes"`.
   */
  group_by?: 'nodes' | 'parents' | 'none'
  /** A comma-separated list of node IDs or names to limit the returned information; use `_local` to return information from the node you're connecting to, leave empty to get information from all nodes */
  nodes?: string | readonly string[]
  /** Return tasks with specified parent task id (node_id:task_number). Set to -1 to return all. */
  parent_task_id?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
  /**
   * Wait for the matching tasks to complete (default: false)
   * Default: `false`.
   */
  wait_for_completion?: boolean
}

const E = endpoints

/** The `tasks` APIs, reached as `client.tasks`. */
export class TasksApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Cancel a task
   * `POST /_tasks/_cancel`
   * `POST /_tasks/{task_id}/_cancel`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  cancel<TResponse = unknown>(params: TasksCancelParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  cancel<TResponse = unknown>(params?: TasksCancelParams, options?: RequestOptions): Promise<TResponse>
  cancel(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.cancel, params, options)
  }

  /**
   * Get task information
   * `GET /_tasks/{task_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  get<TResponse = unknown>(params: TasksGetParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params: TasksGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get all tasks
   * `GET /_tasks`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-tasks
   */
  list<TResponse = unknown>(params: TasksListParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  list<TResponse = unknown>(params?: TasksListParams, options?: RequestOptions): Promise<TResponse>
  list(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list, params, options)
  }
}
