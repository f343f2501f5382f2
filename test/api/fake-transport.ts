// A TransportLike that records what the API layer asks for and answers with a canned body: the unit
// tests check the request each method builds without any server.
import type {
  TransportLike,
  TransportRequestOptions,
  TransportRequestParams,
  TransportResult,
} from '../../src/transport/types.js'

export interface Recorded {
  params: TransportRequestParams
  options: TransportRequestOptions | undefined
}

export class FakeTransport implements TransportLike {
  readonly calls: Recorded[] = []
  answer: unknown = { ok: true }

  request<TBody = unknown>(
    params: TransportRequestParams,
    options: TransportRequestOptions & { meta: true },
  ): Promise<TransportResult<TBody>>
  request<TBody = unknown>(params: TransportRequestParams, options?: TransportRequestOptions): Promise<TBody>
  async request(params: TransportRequestParams, options?: TransportRequestOptions): Promise<unknown> {
    this.calls.push({ params, options })
    const body = params.method === 'HEAD' ? true : this.answer
    if (options?.meta) {
      return { body, statusCode: 200, headers: {}, meta: { node: 'fake', attempts: 1 } }
    }
    return body
  }

  get last(): Recorded {
    const last = this.calls.at(-1)
    if (last === undefined) throw new Error('no request was made')
    return last
  }
}
