// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams } from './common.js'

/** Descriptors of the `simulate` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  ingest: { name: 'simulate.ingest', paths: [{ path: '/_ingest/_simulate', parts: [], methods: ['GET', 'POST'] }, { path: '/_ingest/{index}/_simulate', parts: ['index'], methods: ['GET', 'POST'] }], params: { merge_type: 'enum', pipeline: 'string' }, body: 'json', bodyRequired: true },
}

/** Parameters of `simulate.ingest`. */
export interface SimulateIngestParams extends CommonBodyParams {
  /** Default index for docs which don't provide one */
  index?: string
  /**
   * The mapping merge type if mapping overrides are being provided in mapping_addition. The allowed values are one of index or template. The index option merges mappings the way they would be merged into an existing index. The template option merges mappings the way they would be merged into a template.
   * Default: `"index"`.
   */
  merge_type?: 'index' | 'template'
  /** The pipeline id to preprocess incoming documents with if no pipeline is given for a particular document */
  pipeline?: string | BodyValue
}

const E = endpoints

/** The `simulate` APIs, reached as `client.simulate`. */
export class SimulateApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Simulate data ingestion
   * `GET|POST /_ingest/_simulate`
   * `GET|POST /_ingest/{index}/_simulate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-simulate-ingest
   */
  ingest<TResponse = unknown>(params: SimulateIngestParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  ingest<TResponse = unknown>(params: SimulateIngestParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  ingest(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.ingest, params, options)
  }
}
