// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { ProfilingFlamegraphRequest, ProfilingFlamegraphResponse, ProfilingStacktracesRequest, ProfilingStacktracesResponse, ProfilingStatusRequest, ProfilingStatusResponse, ProfilingTopnFunctionsRequest, ProfilingTopnFunctionsResponse } from '../types/index.js'

/** The `profiling` endpoints, by method name. */
export const endpoints = endpointTable({
  flamegraph: ['profiling.flamegraph', 'POST /_profiling/flamegraph', '', 'value conditions'],
  stacktraces: ['profiling.stacktraces', 'POST /_profiling/stacktraces', '', 'value conditions'],
  status: ['profiling.status', 'GET /_profiling/status', 'master_timeout timeout wait_for_resources_created', 'none'],
  topnFunctions: ['profiling.topn_functions', 'POST /_profiling/topn/functions', '', 'value conditions'],
})

/** The `profiling` APIs, reached as `client.profiling`. */
export class ProfilingApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Returns basic information about the status of Universal Profiling.
   * `POST /_profiling/flamegraph`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  declare flamegraph: Call<ProfilingFlamegraphRequest, ProfilingFlamegraphResponse>
  /**
   * Extracts raw stacktrace information from Universal Profiling.
   * `POST /_profiling/stacktraces`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  declare stacktraces: Call<ProfilingStacktracesRequest, ProfilingStacktracesResponse>
  /**
   * Returns basic information about the status of Universal Profiling.
   * `GET /_profiling/status`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  declare status: OptionalCall<ProfilingStatusRequest, ProfilingStatusResponse>
  /**
   * Extracts a list of topN functions from Universal Profiling.
   * `POST /_profiling/topn/functions`
   * @see https://www.elastic.co/guide/en/observability/current/universal-profiling.html
   */
  declare topnFunctions: Call<ProfilingTopnFunctionsRequest, ProfilingTopnFunctionsResponse>
}
installMethods(ProfilingApi, endpoints)
