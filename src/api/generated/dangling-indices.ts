// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { MetaOptions, RequestOptions } from '../types.js'
import type { CommonParams } from './common.js'

/** Descriptors of the `dangling_indices` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  delete_dangling_index: { name: 'dangling_indices.delete_dangling_index', paths: [{ path: '/_dangling/{index_uuid}', parts: ['index_uuid'], methods: ['DELETE'] }], params: { accept_data_loss: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  import_dangling_index: { name: 'dangling_indices.import_dangling_index', paths: [{ path: '/_dangling/{index_uuid}', parts: ['index_uuid'], methods: ['POST'] }], params: { accept_data_loss: 'boolean', master_timeout: 'time', timeout: 'time' }, body: 'none' },
  list_dangling_indices: { name: 'dangling_indices.list_dangling_indices', paths: [{ path: '/_dangling', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
}

/** Parameters of `dangling_indices.delete_dangling_index`. */
export interface DanglingIndicesDeleteDanglingIndexParams extends CommonParams {
  /** The UUID of the dangling index */
  index_uuid: string
  /**
   * Must be set to true in order to delete the dangling index
   * Default: `false`.
   */
  accept_data_loss?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `dangling_indices.import_dangling_index`. */
export interface DanglingIndicesImportDanglingIndexParams extends CommonParams {
  /** The UUID of the dangling index */
  index_uuid: string
  /**
   * Must be set to true in order to import the dangling index
   * Default: `false`.
   */
  accept_data_loss?: boolean
  /**
   * Specify timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /**
   * Explicit operation timeout
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `dangling_indices.list_dangling_indices`. */
export interface DanglingIndicesListDanglingIndicesParams extends CommonParams {
}

const E = endpoints

/** The `dangling_indices` APIs, reached as `client.danglingIndices`. */
export class DanglingIndicesApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Delete a dangling index
   * `DELETE /_dangling/{index_uuid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-delete-dangling-index
   */
  deleteDanglingIndex<TResponse = unknown>(params: DanglingIndicesDeleteDanglingIndexParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteDanglingIndex<TResponse = unknown>(params: DanglingIndicesDeleteDanglingIndexParams, options?: RequestOptions): Promise<TResponse>
  deleteDanglingIndex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_dangling_index, params, options)
  }

  /**
   * Import a dangling index
   * `POST /_dangling/{index_uuid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-import-dangling-index
   */
  importDanglingIndex<TResponse = unknown>(params: DanglingIndicesImportDanglingIndexParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  importDanglingIndex<TResponse = unknown>(params: DanglingIndicesImportDanglingIndexParams, options?: RequestOptions): Promise<TResponse>
  importDanglingIndex(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.import_dangling_index, params, options)
  }

  /**
   * Get the dangling indices
   * `GET /_dangling`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-dangling-indices-list-dangling-indices
   */
  listDanglingIndices<TResponse = unknown>(params: DanglingIndicesListDanglingIndicesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  listDanglingIndices<TResponse = unknown>(params?: DanglingIndicesListDanglingIndicesParams, options?: RequestOptions): Promise<TResponse>
  listDanglingIndices(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.list_dangling_indices, params, options)
  }
}
