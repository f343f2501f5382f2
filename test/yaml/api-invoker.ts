/**
 * The invoker of Elastic's client tests: each `do` calls the client's generated method of that name, as a user
 * would (`indices.put_settings` -> `client.indices.putSettings(params, { meta: true })`), so the suite checks
 * the generated API itself: method names, path parts, query parameters and bodies, HEAD booleans and errors.
 * Nothing is added to the request that the client would not send on its own.
 */
import type { Client } from '../../src/client.js'
import { ResponseError } from '../../src/errors.js'
import type { TransportResult } from '../../src/transport/types.js'
import { type InvokeResult, type Invoker, ParamError } from './invoker.js'

/** `put_settings` -> `putSettings`, `_internal` -> `internal`. */
export function camelName(snake: string): string {
  return snake.replace(/^_+/, '').replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

type Method = (params: Record<string, unknown>, options: Record<string, unknown>) => Promise<TransportResult>

/**
 * The generated method for a spec name, bound to its namespace object, or a ParamError naming what the
 * client lacks: a missing method is a client bug the suite must report, not a crash of the runner.
 */
export function methodFor(client: Client, api: string): Method {
  const parts = api.split('.')
  if (parts.length > 2) throw new ParamError(`${api}: not a namespace.method name`)
  let target: unknown = client
  if (parts.length === 2) {
    const ns = camelName(parts[0]!)
    target = (client as unknown as Record<string, unknown>)[ns]
    if (target === null || typeof target !== 'object') {
      throw new ParamError(`the client has no namespace \`${ns}\` (for ${api})`)
    }
  }
  const name = camelName(parts.at(-1)!)
  const fn = (target as Record<string, unknown>)[name]
  if (typeof fn !== 'function') {
    throw new ParamError(`the client has no method \`${parts.length === 2 ? `${camelName(parts[0]!)}.` : ''}${name}\` (for ${api})`)
  }
  return (fn as Method).bind(target)
}

export function apiInvoker(client: Client): Invoker {
  return {
    async invoke(api, params, options): Promise<InvokeResult> {
      const method = methodFor(client, api)
      try {
        const res = await method(params, { meta: true, ...(options.headers ? { headers: options.headers } : {}) })
        return { statusCode: res.statusCode, body: res.body, headers: res.headers }
      } catch (err) {
        if (err instanceof ResponseError) return { statusCode: err.statusCode, body: err.body, headers: err.headers }
        throw err
      }
    },
    close: () => client.close(),
  }
}
