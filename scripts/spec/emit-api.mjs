// Writes the TypeScript of src/api/generated/: one file per namespace (the endpoint table and the class whose
// methods run it, each method typed by methodSignature of scripts/spec/types.mjs) and common.ts.
import { doc, firstSentence, key, nsClass, nsFile, nsId, oneLine, q } from './names.mjs'
import { methodSignature } from './types.mjs'

export function emitApi({ endpoints, common, schema, header }) {
  const namespaces = new Map()
  for (const e of endpoints) {
    if (!namespaces.has(e.namespace)) namespaces.set(e.namespace, [])
    namespaces.get(e.namespace).push(e)
  }
  checkNames(namespaces)

  const files = new Map()
  files.set('common.ts', commonFile({ common, header }))
  for (const [ns, list] of namespaces) {
    files.set(ns ? nsFile(ns) : 'api-client.ts', namespaceFile({ ns, list, namespaces, schema, header }))
  }
  return { files, namespaces }
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

function commonFile({ common, header }) {
  let out = header
  out += doc(['Query parameters every endpoint accepts.'], '')
  out += `export const COMMON_QUERY: readonly string[] = [${common.map((p) => q(p.name)).join(', ')}]\n`
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

function methodSource(e, schema, imports) {
  const lines = [firstSentence(e.spec.description) || e.name]
  lines.push(e.descriptor.paths.map((p) => `\`${p.methods.join('|')} ${p.path}\``).join(', '))
  if (e.serverlessOnly) lines.push('Elastic Cloud Serverless only.')
  if (!e.official) lines.push('Private: the official client leaves it out.')
  if (e.spec.docUrl) lines.push(`@see ${e.spec.docUrl}`)
  if (e.spec.deprecation) lines.push(`@deprecated ${oneLine(e.spec.deprecation.description)}`.trim())
  const sig = methodSignature(e.spec, schema)
  if (!sig.call) for (const id of sig.imports) imports.add(id)
  // An NDJSON body may also be given pre-serialized, as a string or Buffer.
  if (e.descriptor.body === 'ndjson') sig.request = `Ndjson<${sig.request}, ${q(e.descriptor.bodyKeys[0])}>`
  let decl
  if (sig.call) {
    // A ready-made call type (search infers its aggregations from the request).
    imports.add(sig.call)
    decl = sig.call
  } else if (sig.generics === '') {
    decl = `${sig.optional ? 'OptionalCall' : 'Call'}<${sig.request}, ${sig.response}>`
  } else {
    const g = sig.generics
    decl =
      `{ ${g}(params: ${sig.request}${sig.optional ? ' | undefined' : ''}, options: MetaOptions): Promise<TransportResult<${sig.response}>>; ` +
      `${g}(params${sig.optional ? '?' : ''}: ${sig.request}, options?: RequestOptions): Promise<${sig.response}> }`
  }
  return `${doc(lines, '  ')}  declare ${e.method}: ${decl}\n`
}

function namespaceFile({ ns, list, namespaces, schema, header }) {
  const isTop = ns === ''
  const typeIds = new Set()
  const decls = list.map((e) => methodSource(e, schema, typeIds))
  const helpers = ['Call', 'MetaOptions', 'Ndjson', 'OptionalCall', 'RequestOptions'].filter((n) =>
    decls.some((d) => new RegExp(`\\b${n}\\b`).test(d)),
  )

  let out = header
  if (decls.some((d) => d.includes('TransportResult'))) {
    out += "import type { TransportResult } from '../../transport/types.js'\n"
  }
  out += "import { endpointTable } from '../endpoint-table.js'\n"
  out += "import { type ApiNamespace, installMethods } from '../install-methods.js'\n"
  if (helpers.length > 0) out += `import type { ${helpers.join(', ')} } from '../types.js'\n`
  out += `import type { ${[...typeIds].sort().join(', ')} } from '../types/index.js'\n`
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
