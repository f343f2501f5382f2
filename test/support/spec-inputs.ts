/**
 * Calls generated from the Elasticsearch specification for the differential test (official-client.test.ts):
 * for every endpoint, params that exercise each URL, every query parameter, the body fields or the named
 * body value, lists, booleans, empty arrays, an unknown key and the two escape hatches.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

interface TypeName {
  name: string
  namespace: string
}
interface TypeRef {
  kind: string
  type?: TypeName
  items?: TypeRef[]
  value?: TypeRef
}
interface Prop {
  name: string
  codegenName?: string
  aliases?: string[]
  type: TypeRef
}
interface TypeDef {
  kind: string
  name: TypeName
  type?: TypeRef
  members?: Array<{ name: string }>
  attachedBehaviors?: string[]
  properties?: Prop[]
  path?: Prop[]
  query?: Prop[]
  body?: { kind: string; properties?: Prop[]; codegenName?: string; value?: TypeRef }
}
interface SpecEndpoint {
  name: string
  codegenExclude?: boolean
  request: TypeName
  requestMediaType?: string[]
  urls: Array<{ path: string; methods: string[]; deprecation?: unknown }>
}

export interface Call {
  /** What the case exercises, for the failure message. */
  label: string
  params: Record<string, unknown>
  /** What to give the official client instead, where elastream deliberately differs (docs/api.md). */
  official?: Record<string, unknown>
}

export interface EndpointCalls {
  name: string
  /** The official client's method: [namespace or '', method]. */
  method: [string, string]
  calls: Call[]
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The schema the generator reads: `shared/elasticsearch-specification/` in a folder above the repository. */
export function schemaFile(): string {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { elastream: { elasticsearch: string } })
    .elastream.elasticsearch
  const file = `schema-${version.split('.').slice(0, 2).join('.')}.json.gz`
  for (let dir = dirname(root); dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'elasticsearch-specification', file)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`no ${file} in a shared/elasticsearch-specification/ above ${root}`)
}

const camel = (s: string) => s.replace(/[_-]([a-z0-9])/g, (_, c: string) => c.toUpperCase())

export function endpointCalls(): EndpointCalls[] {
  const schema = JSON.parse(gunzipSync(readFileSync(schemaFile())).toString('utf8')) as {
    endpoints: SpecEndpoint[]
    types: TypeDef[]
  }
  const types = new Map(schema.types.map((t) => [`${t.name.namespace}::${t.name.name}`, t]))
  const lookup = (n: TypeName) => types.get(`${n.namespace}::${n.name}`)
  /** The query parameters a request takes from its behaviors (every endpoint's; the cat APIs' format, v, ...). */
  const behaviorQuery = (req: TypeDef): Prop[] =>
    (req.attachedBehaviors ?? [])
      .filter((b) => b === 'CommonQueryParameters' || b === 'CommonCatQueryParameters')
      .flatMap((b) => types.get(`_spec_utils::${b}`)?.properties ?? [])

  /** Flattens aliases and unions into the kinds a value can take. */
  const kinds = (ref: TypeRef, depth = 0, out = new Set<string>()): Set<string> => {
    if (depth > 8) return out.add('object')
    if (ref.kind === 'instance_of' && ref.type) {
      if (ref.type.namespace === '_builtins') return out.add(ref.type.name === 'null' ? 'string' : ref.type.name)
      const def = lookup(ref.type)
      if (def?.kind === 'type_alias' && def.type) return kinds(def.type, depth + 1, out)
      if (def?.kind === 'enum') return out.add(`enum:${def.members?.[0]?.name ?? 'x'}`)
      return out.add('object')
    }
    if (ref.kind === 'union_of') {
      for (const item of ref.items ?? []) kinds(item, depth + 1, out)
      return out
    }
    if (ref.kind === 'array_of') return out.add('array')
    return out.add('object')
  }
  /** A value of the type: the first scalar kind; `list` prefers an array where the type takes one. */
  const sample = (ref: TypeRef, name: string, list: boolean): unknown => {
    const k = kinds(ref)
    if (list && k.has('array')) return [`${name}-a`, `${name}-b`]
    const enumKind = [...k].find((x) => x.startsWith('enum:'))
    if (k.has('string')) return `${name}-v`
    if (enumKind) return enumKind.slice(5)
    if (k.has('number')) return 3
    if (k.has('boolean')) return !list
    if (k.has('array')) return [`${name}-a`]
    return { [`${name}_key`]: 1 }
  }

  const out: EndpointCalls[] = []
  for (const e of schema.endpoints) {
    if (e.codegenExclude) continue
    const req = lookup(e.request)
    if (!req) throw new Error(`${e.name}: no request type`)
    const partName = new Map((req.path ?? []).map((p) => [p.name, p.codegenName ?? p.name]))
    const partType = new Map((req.path ?? []).map((p) => [p.codegenName ?? p.name, p.type]))
    const live = e.urls.filter((u) => !u.deprecation)
    const urls = (live.length > 0 ? live : e.urls).map((u) =>
      [...u.path.matchAll(/\{(\w+)\}/g)].map((m) => partName.get(m[1]!) ?? m[1]!),
    )
    const longest = [...urls].sort((a, b) => b.length - a.length)[0]!
    const parts = (names: string[], list: boolean) =>
      Object.fromEntries(
        names.map((n) => {
          const k = kinds(partType.get(n)!)
          const v = list && k.has('array') ? [`${n}-1`, `${n}-2`] : k.has('number') && !k.has('string') ? 7 : `${n}-1`
          return [n, v]
        }),
      )
    const inPaths = new Set(urls.flat())
    const body = req.body!
    const bodyProps = body.kind === 'properties' ? (body.properties ?? []).filter((p) => !inPaths.has(p.name)) : []
    const bodyNames = new Set(bodyProps.map((p) => p.codegenName ?? p.name))
    const query = (req.query ?? []).filter((p) => !partType.has(p.name))
    const ndjson = (e.requestMediaType ?? []).includes('application/x-ndjson')

    const dot = e.name.lastIndexOf('.')
    const ns = dot === -1 ? '' : camel(e.name.slice(0, dot).replace(/^_+/, ''))
    const calls: Call[] = []
    const add = (label: string, params: Record<string, unknown>, official?: Record<string, unknown>) =>
      calls.push(official ? { label, params, official } : { label, params })
    const bodyValue = () => (ndjson ? [{ index: { _index: 'x' } }, { a: 1 }] : { some_field: { nested: [1, 'two'] } })
    const withBody = (list: boolean): Record<string, unknown> => {
      if (body.kind === 'value') return { [body.codegenName!]: bodyValue() }
      const o: Record<string, unknown> = {}
      for (const p of bodyProps) o[p.codegenName ?? p.name] = sample(p.type, p.name, list)
      return o
    }

    for (const names of urls) add(`url with ${names.join(', ') || 'no parts'}`, parts(names, false))
    // Every query parameter (a key also accepted in the body is given once: the official client sends it there),
    // and the body.
    const q1: Record<string, unknown> = {}
    for (const p of query) q1[p.name] = sample(p.type, p.name, false)
    add('every query parameter and body field', { ...parts(longest, false), ...q1, ...withBody(false) })
    // Lists where the type takes one, booleans false.
    const q2: Record<string, unknown> = {}
    for (const p of query) q2[p.name] = sample(p.type, p.name, true)
    add('lists and false', { ...parts(longest, true), ...q2, ...withBody(true) })
    // Empty arrays in the query and the body.
    const q3: Record<string, unknown> = {}
    for (const p of query) if (kinds(p.type).has('array')) q3[p.name] = []
    const b3: Record<string, unknown> = {}
    for (const p of bodyProps) if (kinds(p.type).has('array')) b3[p.codegenName ?? p.name] = []
    if (Object.keys(q3).length + Object.keys(b3).length > 0) add('empty arrays', { ...parts(longest, false), ...q3, ...b3 })
    // An empty list for a path part leaves the part out (docs/api.md); the official client puts '' in the URL.
    for (const names of urls) {
      const listPart = names.find((n) => kinds(partType.get(n)!).has('array'))
      if (listPart === undefined) continue
      const given = parts(names, false)
      const without = { ...given }
      delete without[listPart]
      if (!urls.some((u) => u.length === names.length - 1 && u.every((n) => n in without))) continue
      add(`empty list for the part ${listPart}`, { ...given, [listPart]: [] }, without)
    }
    // The parameters of the request's behaviors: the query string, whatever the endpoint's body.
    const common = behaviorQuery(req)
    if (common.length > 0)
      add(`common query parameters (${common.map((p) => p.name).join(', ')})`, {
        ...parts(longest, false),
        ...Object.fromEntries(common.map((p) => [p.name, sample(p.type, p.name, false)])),
        ...withBody(false),
      })
    // A key no specification lists, and the escape hatches.
    add('unknown key', { ...parts(longest, false), elastream_unknown_key: 'x' })
    add('querystring escape hatch', { ...parts(longest, false), querystring: { extra_param: 'e', list: ['a', 'b'] } })
    if (!ndjson) add('body escape hatch', { ...parts(longest, false), body: { from_body: true } })
    if (body.kind === 'properties' && bodyProps.length > 0) {
      const first = bodyProps[0]!
      add('body escape hatch and a field', {
        ...parts(longest, false),
        body: { from_body: true },
        [first.codegenName ?? first.name]: sample(first.type, first.name, false),
      })
    }
    for (const p of bodyProps) if (p.aliases?.length && bodyNames.has(p.aliases[0]!) === false)
      add(`alias ${p.aliases[0]}`, { ...parts(longest, false), [p.aliases[0]!]: { a: 1 } })
    out.push({ name: e.name, method: [ns, camel(e.name.slice(dot + 1))], calls })
  }
  return out
}
