/**
 * Puts one method per endpoint on a generated API class's prototype. The generated classes only declare the
 * methods (`declare search: ...`, types and docs); the bodies are all the same call, made here once.
 */
import type { TransportLike, TransportRequestOptions } from '../transport/types.js'
import { callEndpoint } from './endpoint.js'
import type { Endpoint } from './endpoint-types.js'

/** What a generated API class holds: the transport its methods send through. */
export interface ApiNamespace {
  readonly transport: TransportLike
}

export function installMethods(cls: { prototype: ApiNamespace }, endpoints: Readonly<Record<string, Endpoint>>): void {
  for (const method of Object.keys(endpoints)) {
    const endpoint = endpoints[method]!
    // Non-enumerable and writable, like a method written in the class body.
    Object.defineProperty(cls.prototype, method, {
      value: function (this: ApiNamespace, params?: Record<string, unknown> | null, options?: TransportRequestOptions) {
        return callEndpoint(this.transport, endpoint, params, options)
      },
      writable: true,
      configurable: true,
      enumerable: false,
    })
  }
}
