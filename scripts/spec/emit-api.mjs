// Writes the TypeScript of src/api/generated/: one file per namespace (the endpoint table, the loose
// parameter interfaces, the class whose methods run them) and common.ts (what several endpoints share).
import { looseType } from './loose-types.mjs'
import { doc, firstSentence, key, nsClass, nsFile, nsId, oneLine, q } from './names.mjs'

/** Document APIs whose request and response types are hand-written in src/api/document-types.ts. */
const TYPED = {
  index: { generics: '<TDoc = unknown>', params: 'IndexRequest<TDoc>', response: 'IndexResponse' },
  create: { generics: '<TDoc = unknown>', params: 'CreateRequest<TDoc>', response: 'CreateResponse' },
  get: { generics: '<TDoc = unknown>', params: 'GetRequest', response: 'GetResponse<TDoc>' },
  mget: { generics: '<TDoc = unknown>', params: 'MgetRequest', response: 'MgetResponse<TDoc>' },
  delete: { generics: '', params: 'DeleteRequest', response: 'DeleteResponse' },
  update: {
    generics: '<TDoc = unknown, TPartialDoc = Partial<TDoc>>',
    params: 'UpdateRequest<TDoc, TPartialDoc>',
    response: 'UpdateResponse<TDoc>',
  },
  search: {
    generics: '<TDoc = unknown, TAggregations = Record<string, unknown>>',
    params: 'SearchRequest',
    response: 'SearchResponse<TDoc, TAggregations>',
  },
  count: { generics: '', params: 'CountRequest', response: 'CountResponse' },
  scroll: {
    generics: '<TDoc = unknown, TAggregations = Record<string, unknown>>',
    params: 'ScrollRequest',
    response: 'ScrollResponse<TDoc, TAggregations>',
    required: true,
  },
  clear_scroll: { generics: '', params: 'ClearScrollRequest', response: 'ClearScrollResponse' },
  open_point_in_time: { generics: '', params: 'OpenPointInTimeRequest', response: 'OpenPointInTimeResponse' },
  close_point_in_time: {
    generics: '',
    params: 'ClosePointInTimeRequest',
    response: 'ClosePointInTimeResponse',
    required: true,
  },
  bulk: { generics: '<TDoc = unknown>', params: 'BulkRequest<TDoc>', response: 'BulkResponse' },
  msearch: {
    generics: '<TDoc = unknown, TAggregations = Record<string, unknown>>',
    params: 'MsearchRequest',
    response: 'MsearchResponse<TDoc, TAggregations>',
  },
}

export function emitApi({ endpoints, common, type, header }) {
  const namespaces = new Map()
  for (const e of endpoints) {
    if (!namespaces.has(e.namespace)) namespaces.set(e.namespace, [])
    namespaces.get(e.namespace).push(e)
  }
  checkNames(namespaces)

  // Each query parameter once, with the type and description most endpoints give it (QueryParams in
  // common.ts); an endpoint whose parameter of that name differs declares its own.
  const votes = new Map()
  for (const e of endpoints) {
    for (const p of e.query) {
      const t = looseType(p.type, type)
      const k = `${p.name}\u0000${t}`
      const v = votes.get(k) ?? { name: p.name, type: t, count: 0, descriptions: new Map() }
      v.count++
      const d = firstSentence(p.description)
      v.descriptions.set(d, (v.descriptions.get(d) ?? 0) + 1)
      votes.set(k, v)
    }
  }
  const shared = new Map()
  for (const v of [...votes.values()].sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1))) {
    if (!shared.has(v.name)) shared.set(v.name, v)
  }

  // Query parameters a request inherits through a behavior other than the common one (the cat APIs' `format`,
  // `h`, `help`, `v`, ...): one interface each in common.ts.
  const behaviors = new Map()
  for (const e of endpoints) {
    e.behaviors = []
    for (const b of behaviorsOf(e.request, type)) {
      if (b === 'CommonQueryParameters') continue
      const def = type({ namespace: '_spec_utils', name: b })
      if (!def) throw new Error(`${e.name}: unknown behavior ${b}`)
      behaviors.set(b, def.properties)
      e.behaviors.push(b)
    }
  }
  const files = new Map()
  files.set('common.ts', commonFile({ common, shared, behaviors: [...behaviors].sort(), type, header }))
  for (const [ns, list] of namespaces) {
    files.set(ns ? nsFile(ns) : 'api-client.ts', namespaceFile({ ns, list, namespaces, shared, type, header }))
  }
  return { files, namespaces }
}

/** The behaviors a request has, its own and its ancestors'. */
function behaviorsOf(def, type) {
  const out = new Set(def.attachedBehaviors ?? [])
  for (let base = def.inherits && type(def.inherits.type); base; base = base.inherits && type(base.inherits.type)) {
    for (const b of base.attachedBehaviors ?? []) out.add(b)
  }
  return [...out].sort()
}

function checkNames(namespaces) {
  const seen = new Set()
  for (const list of namespaces.values()) {
    for (const e of list) {
      if (seen.has(e.typeName)) throw new Error(`two endpoints map to the type ${e.typeName}`)
      seen.add(e.typeName)
    }
  }
  const top = new Set((namespaces.get('') ?? []).map((e) => e.method))
  for (const ns of namespaces.keys()) {
    if (ns && top.has(nsId(ns))) throw new Error(`namespace ${ns} collides with a top-level method`)
  }
  const ids = [...namespaces.keys()].filter(Boolean).map(nsId)
  if (new Set(ids).size !== ids.length) throw new Error(`two namespaces map to one name: ${ids.join(', ')}`)
  if (top.has('transport')) throw new Error('an endpoint named transport would hide ApiClient.transport')
}

function commonFile({ common, shared, behaviors, type, header }) {
  let out = header
  out += "import type { EscapeHatches } from '../types.js'\n\n"
  out += doc(['Query parameters every endpoint accepts.'], '')
  out += `export const COMMON_QUERY: readonly string[] = [${common.map((p) => q(p.name)).join(', ')}]\n\n`
  out += doc(['The common query parameters and the escape hatches, accepted by every method.'], '')
  out += 'export interface CommonParams extends EscapeHatches {\n'
  for (const p of common) {
    out += doc([firstSentence(p.description)], '  ')
    out += `  ${key(p.name)}?: ${looseType(p.type, type)}\n`
  }
  out += '}\n\n'
  out += doc(
    [
      'Every query parameter of the specification, each once, with the type most endpoints give it; an',
      "endpoint picks its own (`QueryParams<'master_timeout' | 'timeout'>`).",
    ],
    '',
  )
  out += 'export interface AllQueryParams {\n'
  for (const name of [...shared.keys()].sort()) {
    const v = shared.get(name)
    const d = [...v.descriptions.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
    out += doc([d], '  ')
    out += `  ${key(name)}?: ${v.type}\n`
  }
  out += '}\n\n'
  out += 'export type QueryParams<K extends keyof AllQueryParams> = Pick<AllQueryParams, K>\n'
  for (const [name, props] of behaviors) {
    out += '\n'
    out += doc([`The query parameters of the \`${name}\` behavior (every \`cat\` API has them).`], '')
    out += `export interface ${name} {\n`
    for (const p of props) {
      out += doc([firstSentence(p.description)], '  ')
      out += `  ${key(p.name)}?: ${looseType(p.type, type)}\n`
    }
    out += '}\n'
  }
  return out
}

/** The endpoint table row: [name, paths, query, body, extra?], decoded by src/api/endpoint-table.ts. */
function row(d) {
  const paths = d.paths.map((p) => `${p.methods.join(',')} ${p.path}`).join('|')
  const body = [d.body, ...(d.bodyKeys ?? [])].join(' ')
  const extra = []
  if (d.pathKeys) extra.push(`pathKeys: ${q(d.pathKeys.join(' '))}`)
  if (d.bodyRequired) extra.push('bodyRequired: true')
  if (d.sortInQuery) extra.push('sortInQuery: true')
  const cells = [q(d.name), q(paths), q(d.query.join(' ')), q(body)]
  if (extra.length > 0) cells.push(`{ ${extra.join(', ')} }`)
  return `[${cells.join(', ')}]`
}

function paramsInterface(e, shared, type) {
  const bodyNames = new Set(e.descriptor.bodyKeys ?? [])
  const picked = []
  const members = []
  for (const p of e.pathParams) {
    if (!e.descriptor.paths.some((u) => u.parts.includes(p.name))) continue
    members.push(`  ${key(p.name)}${e.requiredParts.has(p.name) ? '' : '?'}: ${looseType(p.type, type)}`)
  }
  const parts = new Set(e.pathParams.map((p) => p.name))
  for (const p of e.query) {
    if (parts.has(p.name) || bodyNames.has(p.name)) continue
    const t = looseType(p.type, type)
    if (!p.required && shared.get(p.name)?.type === t) picked.push(p.name)
    else members.push(`${doc([firstSentence(p.description)], '  ')}  ${key(p.name)}${p.required ? '' : '?'}: ${t}`)
  }
  if (e.descriptor.body === 'fields') {
    for (const name of e.descriptor.bodyKeys) if (!parts.has(name)) members.push(`  ${key(name)}?: unknown`)
  } else if (e.descriptor.body === 'value') {
    members.push(`  ${key(e.descriptor.bodyKeys[0])}?: unknown`)
  } else if (e.descriptor.body === 'ndjson') {
    members.push(
      `${doc(['An array of lines (objects, or strings/Buffers sent as they are), or one NDJSON string/Buffer.'], '  ')}  ${key(e.descriptor.bodyKeys[0])}?: readonly unknown[] | string | Buffer`,
    )
  }
  const bases = ['CommonParams', ...e.behaviors]
  if (picked.length > 0) bases.push(`QueryParams<${picked.map(q).join(' | ')}>`)
  const head = `export interface ${e.typeName} extends ${bases.join(', ')}`
  return members.length === 0 ? `${head} {}\n` : `${head} {\n${members.join('\n')}\n}\n`
}

function paramsRequired(e) {
  if (TYPED[e.name]?.required) return true
  return e.requiredParts.size > 0 || e.query.some((p) => p.required) || e.descriptor.bodyRequired === true
}

function methodSource(e) {
  const typed = e.namespace === '' ? TYPED[e.name] : undefined
  const lines = [firstSentence(e.spec.description) || e.name]
  lines.push(e.descriptor.paths.map((p) => `\`${p.methods.join('|')} ${p.path}\``).join(', '))
  if (e.serverlessOnly) lines.push('Elastic Cloud Serverless only.')
  if (!e.official) lines.push('Private: the official client leaves it out.')
  if (e.spec.docUrl) lines.push(`@see ${e.spec.docUrl}`)
  if (e.spec.deprecation) lines.push(`@deprecated ${oneLine(e.spec.deprecation.description)}`.trim())
  let decl
  const opt = paramsRequired(e) ? '' : 'Optional'
  if (typed) {
    const p = typed.params
    const g = typed.generics
    const r = typed.response
    decl =
      `{ ${g}(params: ${p}${opt ? ' | undefined' : ''}, options: MetaOptions): Promise<TransportResult<${r}>>; ` +
      `${g}(params${opt ? '?' : ''}: ${p}, options?: RequestOptions): Promise<${r}> }`
  } else {
    const p = e.descriptor.body === 'fields' ? `${e.typeName} & BodyFields` : e.typeName
    decl = e.isHead ? `${opt}HeadCall<${p}>` : `${opt}Call<${p}>`
  }
  return `${doc(lines, '  ')}  declare ${e.method}: ${decl}\n`
}

function namespaceFile({ ns, list, namespaces, shared, type, header }) {
  const isTop = ns === ''
  const typedNames = isTop
    ? [...new Set(list.filter((e) => TYPED[e.name]).flatMap((e) => [TYPED[e.name].params, TYPED[e.name].response]))]
        .map((t) => t.replace(/<.*$/, ''))
        .sort()
    : []
  const decls = list.map((e) => methodSource(e))
  const used = (name) => decls.some((d) => d.includes(name))
  const typeImports = ['BodyFields', 'Call', 'HeadCall', 'MetaOptions', 'OptionalCall', 'OptionalHeadCall', 'RequestOptions']
    .filter((n) => decls.some((d) => new RegExp(`\\b${n}\\b`).test(d)))
  const interfaces = list.map((e) => paramsInterface(e, shared, type))
  const usesPick = interfaces.some((i) => i.includes('QueryParams<'))
  const behaviorNames = [...new Set(list.flatMap((e) => e.behaviors))].sort()

  let out = header
  if (used('TransportResult')) out += "import type { TransportResult } from '../../transport/types.js'\n"
  if (isTop && typedNames.length > 0) out += `import type { ${typedNames.join(', ')} } from '../document-types.js'\n`
  out += "import { endpointTable } from '../endpoint-table.js'\n"
  out += "import { installMethods, type ApiNamespace } from '../install-methods.js'\n"
  if (typeImports.length > 0) out += `import type { ${typeImports.join(', ')} } from '../types.js'\n`
  out += `import type { ${['CommonParams', ...behaviorNames, ...(usesPick ? ['QueryParams'] : [])].sort().join(', ')} } from './common.js'\n`
  if (isTop) {
    for (const n of [...namespaces.keys()].filter(Boolean).sort()) {
      out += `import { ${nsClass(n)} } from './${nsFile(n).replace(/\.ts$/, '.js')}'\n`
    }
  }
  out += '\n'
  out += doc([`The ${isTop ? 'top-level' : `\`${ns}\``} endpoints, by method name.`], '')
  out += 'export const endpoints = endpointTable({\n'
  for (const e of list) out += `  ${key(e.method)}: ${row(e.descriptor)},\n`
  out += '})\n\n'
  out += interfaces.join('')
  out += '\n'
  const cls = isTop ? 'ApiClient' : nsClass(ns)
  if (isTop) {
    const nsList = [...namespaces.keys()].filter(Boolean).sort()
    out += doc(
      [
        'Every endpoint of the specification as a method: top-level endpoints here, the others on namespace',
        'getters (`client.indices.create`, `client.cat.indices`), each created on first use and kept per client.',
      ],
      '',
    )
    out += 'export class ApiClient implements ApiNamespace {\n'
    out += "  readonly transport: ApiNamespace['transport']\n"
    for (const n of nsList) out += `  #${nsId(n)}: ${nsClass(n)} | undefined\n`
    out += "\n  constructor(transport: ApiNamespace['transport']) {\n    this.transport = transport\n  }\n\n"
    for (const n of nsList) {
      const c = nsId(n)
      out += doc([`The \`${n}\` APIs.`], '  ')
      out += `  get ${c}(): ${nsClass(n)} {\n    return (this.#${c} ??= new ${nsClass(n)}(this.transport))\n  }\n\n`
    }
  } else {
    out += doc([`The \`${ns}\` APIs, reached as \`client.${nsId(ns)}\`.`], '')
    out += `export class ${cls} implements ApiNamespace {\n`
    out += "  readonly transport: ApiNamespace['transport']\n\n"
    out += "  constructor(transport: ApiNamespace['transport']) {\n    this.transport = transport\n  }\n\n"
  }
  out += decls.join('')
  out += '}\n'
  out += `installMethods(${cls}, endpoints)\n`
  return out
}
