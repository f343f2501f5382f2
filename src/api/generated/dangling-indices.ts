// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { DanglingIndicesDeleteDanglingIndexRequest, DanglingIndicesDeleteDanglingIndexResponse, DanglingIndicesImportDanglingIndexRequest, DanglingIndicesImportDanglingIndexResponse, DanglingIndicesListDanglingIndicesRequest, DanglingIndicesListDanglingIndicesResponse } from '../types/index.js'

/** The `dangling_indices` endpoints, by method name. */
export const endpoints = endpointTable({
  deleteDanglingIndex: ['dangling_indices.delete_dangling_index', 'DELETE /_dangling/{index_uuid}', 'accept_data_loss master_timeout timeout', 'none'],
  importDanglingIndex: ['dangling_indices.import_dangling_index', 'POST /_dangling/{index_uuid}', 'accept_data_loss master_timeout timeout', 'none'],
  listDanglingIndices: ['dangling_indices.list_dangling_indices', 'GET /_dangling', '', 'none'],
})

/** The `dangling_indices` APIs, reached as `client.danglingIndices`. */
export class DanglingIndicesApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Delete a dangling index.
   * `DELETE /_dangling/{index_uuid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-delete-dangling-index
   */
  declare deleteDanglingIndex: Call<DanglingIndicesDeleteDanglingIndexRequest, DanglingIndicesDeleteDanglingIndexResponse>
  /**
   * Import a dangling index.
   * `POST /_dangling/{index_uuid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-import-dangling-index
   */
  declare importDanglingIndex: Call<DanglingIndicesImportDanglingIndexRequest, DanglingIndicesImportDanglingIndexResponse>
  /**
   * Get the dangling indices.
   * `GET /_dangling`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-list-dangling-indices
   */
  declare listDanglingIndices: OptionalCall<DanglingIndicesListDanglingIndicesRequest, DanglingIndicesListDanglingIndicesResponse>
}
installMethods(DanglingIndicesApi, endpoints)
