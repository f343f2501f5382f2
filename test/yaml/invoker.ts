/**
 * How the runner calls an API by its spec name. The real one goes through our client (`endpointFromSpec` +
 * `callEndpoint` over a `Client`'s transport), so the suite checks our URL building, encoding, query, body and
 * NDJSON code. The raw one is a bare fetch, kept to tell apart a failure of the client from one of the runner
 * (`--raw`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'

export interface InvokeResult {
  statusCode: number
  body: unknown
  headers: Record<string, string | string[] | undefined>
}

export interface InvokeOptions {
  headers?: Record<string, string> | undefined
}

/** Thrown for a request the client refused to send (a missing part, an unknown parameter): `catch: param`. */
export class ParamError extends Error {
  override name = 'ParamError'
}

export interface Invoker {
  /** Calls `api` with YAML-style params (`body` holds the body). Resolves for any HTTP status. */
  invoke(api: string, params: Record<string, unknown>, options: InvokeOptions): Promise<InvokeResult>
  close(): Promise<void>
}

export type ApiSpecs = Map<string, Record<string, any>>

/** Reads every `api/*.json` of the unpacked rest-api-spec jar: name -> that API's object. */
export function loadApiSpecs(specDir: string): ApiSpecs {
  const specs: ApiSpecs = new Map()
  for (const file of readdirSync(join(specDir, 'api'))) {
    if (!file.endsWith('.json') || file.startsWith('_')) continue
    const json = JSON.parse(readFileSync(join(specDir, 'api', file), 'utf8'))
    for (const [name, spec] of Object.entries(json)) specs.set(name, spec as Record<string, any>)
  }
  return specs
}

function stringify(value: unknown): string {
  if (Array.isArray(value)) return value.map(stringify).join(',')
  return String(value)
}

function parseBody(text: string, contentType: string): unknown {
  if (text === '') return text
  if (contentType.includes('json')) return JSON.parse(text)
  if (contentType.includes('yaml')) return YAML.parse(text)
  return text
}

/** A bare fetch invoker that interprets the API JSON itself. Only for comparison with the client. */
export function rawInvoker(baseUrl: string, specs: ApiSpecs): Invoker {
  return {
    async invoke(api, params, options) {
      const spec = specs.get(api)
      if (!spec) throw new ParamError(`no API named ${api} in the spec`)
      const { body, ...rest } = params
      const paths: Array<{ path: string; methods: string[]; parts?: Record<string, unknown> }> =
        spec.url.paths
      let chosen: (typeof paths)[number] | undefined
      for (const p of paths) {
        const parts = Object.keys(p.parts ?? {})
        if (!parts.every((k) => rest[k] !== undefined)) continue
        if (!chosen || parts.length > Object.keys(chosen.parts ?? {}).length) chosen = p
      }
      if (!chosen) throw new ParamError(`${api}: no path fits the given parts`)
      const used = new Set(Object.keys(chosen.parts ?? {}))
      const path = chosen.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(stringify(rest[k])))
      const query = new URLSearchParams()
      for (const [k, v] of Object.entries(rest)) {
        if (used.has(k) || v === undefined || v === null) continue
        if (!spec.params?.[k] && !['error_trace', 'filter_path', 'human', 'pretty', 'source'].includes(k)) {
          throw new ParamError(`${api}: unknown parameter ${k}`)
        }
        query.set(k, stringify(v))
      }
      const methods = chosen.methods
      let method = methods[0]!
      if (body !== undefined) method = ['POST', 'PUT'].find((m) => methods.includes(m)) ?? method
      else if (methods.includes('GET')) method = 'GET'
      let payload: string | undefined
      let contentType = 'application/json'
      if (body !== undefined) {
        if (spec.body?.serialize === 'bulk') {
          contentType = 'application/x-ndjson'
          const lines = Array.isArray(body) ? body : [body]
          payload = lines
            .map((l) =>
              typeof l === 'string' ? (l.endsWith('\n') ? l : `${l}\n`) : `${JSON.stringify(l)}\n`,
            )
            .join('')
        } else payload = typeof body === 'string' ? body : JSON.stringify(body)
      }
      const qs = query.toString()
      const res = await fetch(`${baseUrl}${path}${qs ? `?${qs}` : ''}`, {
        method,
        headers: {
          ...(payload !== undefined ? { 'content-type': contentType } : {}),
          ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
        },
        ...(payload !== undefined ? { body: payload } : {}),
      })
      const text = await res.text()
      const headers: Record<string, string | string[]> = {}
      res.headers.forEach((v, k) => {
        headers[k] = v
      })
      let parsed: unknown
      if (method === 'HEAD') parsed = res.status < 300
      else parsed = parseBody(text, res.headers.get('content-type') ?? '')
      return { statusCode: res.status, body: parsed, headers }
    },
    async close() {},
  }
}
