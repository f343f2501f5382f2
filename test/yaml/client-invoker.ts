/**
 * The invoker the suite is for: each API of the jar's own JSON becomes an `Endpoint` via `endpointFromSpec`
 * and is called with `callEndpoint` over a real `Client`'s transport, so the YAML tests exercise our URL
 * choice, percent-encoding, query serialization, body and NDJSON handling, HEAD booleans and error mapping.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { callEndpoint } from '../../src/api/endpoint.js'
import type { Endpoint } from '../../src/api/endpoint-types.js'
import { endpointFromSpec, type SpecEndpoint, type SpecParam } from '../../src/api/from-spec.js'
import { Client } from '../../src/client.js'
import { ResponseError } from '../../src/errors.js'
import type { TransportResult } from '../../src/transport/types.js'
import { type ApiSpecs, type InvokeResult, type Invoker, ParamError } from './invoker.js'
import { specDir } from './server.js'

/**
 * Tests with the `yaml` feature ask for `Accept: application/yaml`; our transport parses JSON only and hands
 * other bodies back as text, so the runner parses YAML itself (as the Java runner's response does).
 */
function yamlAware(body: unknown, headers: Record<string, string | string[] | undefined>): unknown {
  const type = headers['content-type']
  return typeof body === 'string' && typeof type === 'string' && type.includes('yaml') ? YAML.parse(body) : body
}

export async function createClientInvoker(url: string, specs: ApiSpecs): Promise<Invoker> {
  // No retries: a 503 that a test expects (`catch: unavailable`) must come back as it is.
  // product 'any': Elasticsearch 7.10 sends no x-elastic-product header.
  const client = new Client({ node: url, product: 'any', maxRetries: 0, requestTimeout: 120_000 })
  const common = (JSON.parse(readFileSync(join(specDir, 'api', '_common.json'), 'utf8')).params ??
    {}) as Record<string, SpecParam>
  const endpoints = new Map<string, Endpoint>()
  const endpointFor = (api: string): Endpoint => {
    let endpoint = endpoints.get(api)
    if (endpoint === undefined) {
      const spec = specs.get(api)
      if (spec === undefined) throw new ParamError(`no API named ${api} in the spec`)
      endpoint = endpointFromSpec(api, spec as SpecEndpoint, common)
      endpoints.set(api, endpoint)
    }
    return endpoint
  }

  return {
    async invoke(api, params, options): Promise<InvokeResult> {
      const endpoint = endpointFor(api)
      let headers = options.headers
      // The Java runner sends no Accept header, so cat APIs answer text; our transport asks for JSON,
      // which cat APIs honour. Asking for text here keeps the tests' expectations meaningful.
      if (api.startsWith('cat.') && !Object.keys(headers ?? {}).some((k) => k.toLowerCase() === 'accept')) {
        headers = { ...headers, accept: 'text/plain' }
      }
      try {
        const res = (await callEndpoint(client.transport, endpoint, params, {
          meta: true,
          ...(headers ? { headers } : {}),
        })) as TransportResult
        return { statusCode: res.statusCode, body: yamlAware(res.body, res.headers), headers: res.headers }
      } catch (err) {
        if (err instanceof ResponseError) {
          return { statusCode: err.statusCode, body: yamlAware(err.body, err.headers), headers: err.headers }
        }
        throw err
      }
    },
    close: () => client.close(),
  }
}
