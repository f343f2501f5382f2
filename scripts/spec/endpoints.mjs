// The specification's endpoints as the generator needs them: the runtime descriptor (what
// src/api/endpoint.ts routes by) and what the types and docs say about each endpoint.
//
// The routing rules are those of the official client's generated code (@elastic/elasticsearch 9.5,
// lib/api/api/*.js), learned by reading it and checked call by call in test/api/official-client.test.ts:
// - paths: the non-deprecated URLs, most parts first (stable), part names as the client spells them
//   (`codegenName`: ilm's `{policy}` is `name`); the first whose parts are all given is used, the last otherwise.
// - method: GET or POST by whether there is a body where the URL takes both, else the URL's first method.
// - body: `properties` -> the field names (and their aliases, `aggs` for `aggregations`), minus the names of
//   path parts; `value` -> the `codegenName` whose value is the whole body; `no_body` -> none.
// - query: the request's own parameters, plus those of `CommonCatQueryParameters` (format, help, v, bytes, time)
//   where the request has that behavior (the cat APIs): the official client sends them in the query string on
//   every cat method, so `cat.count({ format })` is not taken for a field of its body.
import { camel, pascal } from './names.mjs'

/** Endpoints where a string `sort` holding a colon goes to the query string in the official client. */
const SORT_IN_QUERY = new Set(['search', 'async_search.submit'])
/** The official client refuses these without their body; every other missing body is the server's call. */
const BODY_REQUIRED = new Set(['bulk'])

export function readEndpoints({ schema, type }) {
  const catQuery = behaviorProperties(schema, 'CommonCatQueryParameters').map((p) => p.name)
  const out = []
  for (const e of schema.endpoints) {
    const request = type(e.request)
    if (!request) throw new Error(`${e.name}: no request type ${e.request.namespace}.${e.request.name}`)
    const dot = e.name.lastIndexOf('.')
    const namespace = dot === -1 ? '' : e.name.slice(0, dot)
    const short = dot === -1 ? e.name : e.name.slice(dot + 1)
    const partName = new Map(request.path.map((p) => [p.name, p.codegenName ?? p.name]))
    const live = e.urls.filter((u) => !u.deprecation)
    const urls = (live.length > 0 ? live : e.urls).map((u, i) => ({
      i,
      path: u.path.replace(/\{(\w+)\}/g, (_, p) => `{${partName.get(p) ?? p}}`),
      methods: u.methods,
    }))
    for (const u of urls) u.parts = [...u.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
    urls.sort((a, b) => b.parts.length - a.parts.length || a.i - b.i)
    const inPaths = new Set(urls.flatMap((u) => u.parts))

    const ndjson = (e.requestMediaType ?? []).includes('application/x-ndjson')
    const b = request.body
    let body
    let bodyKeys
    if (b.kind === 'properties') {
      body = 'fields'
      bodyKeys = b.properties
        .filter((p) => !inPaths.has(p.name))
        .flatMap((p) => [p.codegenName ?? p.name, ...(p.aliases ?? [])])
    } else if (b.kind === 'value') {
      body = ndjson ? 'ndjson' : 'value'
      bodyKeys = [b.codegenName]
    } else {
      body = 'none'
    }
    const pathKeys = request.path.map((p) => p.codegenName ?? p.name).filter((n) => !inPaths.has(n))

    const descriptor = {
      name: e.name,
      paths: urls.map((u) => ({ path: u.path, parts: u.parts, methods: u.methods })),
      query: [
        ...new Set([
          ...request.query.map((p) => p.name),
          ...((request.attachedBehaviors ?? []).includes('CommonCatQueryParameters') ? catQuery : []),
        ]),
      ],
      body,
    }
    if (bodyKeys !== undefined) descriptor.bodyKeys = bodyKeys
    if (pathKeys.length > 0) descriptor.pathKeys = pathKeys
    if (BODY_REQUIRED.has(e.name)) descriptor.bodyRequired = true
    if (SORT_IN_QUERY.has(e.name)) descriptor.sortInQuery = true

    out.push({
      name: e.name,
      namespace,
      short,
      method: camel(short),
      typeName: `${pascal(namespace.replace(/^_+/, ''))}${pascal(short)}Params`,
      spec: e,
      descriptor,
      // Private endpoints (desired nodes/balance) the official client leaves out; elastream keeps them.
      official: e.codegenExclude !== true,
      serverlessOnly: e.availability?.stack === undefined && e.availability?.serverless !== undefined,
      stackOnly: e.availability?.serverless === undefined,
    })
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return out
}

/** The query parameter names every endpoint accepts (the `CommonQueryParameters` behavior). */
export function commonQuery({ schema }) {
  return behaviorProperties(schema, 'CommonQueryParameters')
}

function behaviorProperties(schema, name) {
  const behavior = schema.types.find((t) => t.name.name === name && t.name.namespace === '_spec_utils')
  if (!behavior) throw new Error(`the specification has no _spec_utils.${name}`)
  return behavior.properties
}
