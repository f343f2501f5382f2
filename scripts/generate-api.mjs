#!/usr/bin/env node
// `npm run generate`: writes src/api/generated/*.ts and docs/api.md from Elasticsearch's REST API spec.
//
// The spec is the jar org.elasticsearch:rest-api-spec:<version> from Maven Central, <version> being
// package.json's `elastream.elasticsearch` (or `--version X`). It is fetched with Maven when it is not in
// the local repository yet, and unpacked under .es/spec/<version>/ (git-ignored).
//
// Endpoint descriptors come from src/api/from-spec.ts, the same function the YAML runner uses at run
// time; it is transpiled on its own here (it has no runtime imports), so no build is needed first.
// The output depends on the spec and this script only: running it twice gives no diff, which CI checks
// with `npm run generate && git diff --exit-code src/api docs/api.md`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const { values: args } = parseArgs({
  options: {
    version: { type: 'string' },
    'spec-dir': { type: 'string' },
    out: { type: 'string' },
    docs: { type: 'string' },
  },
})
const version = args.version ?? pkg.elastream?.elasticsearch
if (!/^\d+\.\d+\.\d+/.test(version ?? '')) {
  console.error(
    `generate-api: no Elasticsearch version (package.json elastream.elasticsearch or --version): ${version}`,
  )
  process.exit(1)
}
const outDir = resolve(root, args.out ?? 'src/api/generated')
const docsFile = resolve(root, args.docs ?? 'docs/api.md')
const SPEC_ID = `org.elasticsearch:rest-api-spec:${version}`

// ------------------------------------------------------------------------------------------ the spec

function ensureSpec() {
  if (args['spec-dir']) return resolve(args['spec-dir'])
  const dir = join(root, '.es', 'spec', version)
  const api = join(dir, 'rest-api-spec', 'api')
  if (existsSync(join(api, '_common.json'))) return api

  let jar = join(
    homedir(),
    '.m2',
    'repository',
    'org',
    'elasticsearch',
    'rest-api-spec',
    version,
    `rest-api-spec-${version}.jar`,
  )
  if (!existsSync(jar)) {
    console.error(`generate-api: fetching ${SPEC_ID} with Maven`)
    const r = spawnSync('mvn', ['-q', 'dependency:get', `-Dartifact=${SPEC_ID}:jar`, '-Dtransitive=false'], {
      stdio: 'inherit',
    })
    if (r.status !== 0) {
      console.error(`generate-api: could not fetch ${SPEC_ID} (mvn exit ${r.status})`)
      process.exit(1)
    }
  }
  if (!existsSync(jar)) {
    // A settings.xml may move the local repository: ask Maven where it is.
    const where = spawnSync(
      'mvn',
      ['-q', 'help:evaluate', '-Dexpression=settings.localRepository', '-DforceStdout'],
      {
        encoding: 'utf8',
      },
    )
    // Maven colours its output even with -q.
    const repo = String(where.stdout ?? '')
      .replaceAll(String.fromCharCode(27), '')
      .replace(/\[[0-9;]*m/g, '')
      .trim()
    jar = join(repo, 'org', 'elasticsearch', 'rest-api-spec', version, `rest-api-spec-${version}.jar`)
    if (!repo || !existsSync(jar)) {
      console.error(
        `generate-api: ${SPEC_ID} was fetched but its jar is not in ${repo || 'the local repository'}`,
      )
      process.exit(1)
    }
  }
  // Unpack into a temporary folder and rename, so an interrupted run never leaves half a spec behind.
  const tmp = `${dir}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const unzip = spawnSync('unzip', ['-q', '-o', jar, 'rest-api-spec/api/*', '-d', tmp], { stdio: 'inherit' })
  if (unzip.error || unzip.status !== 0) {
    const jarTool = spawnSync('jar', ['xf', jar, 'rest-api-spec/api'], { cwd: tmp, stdio: 'inherit' })
    if (jarTool.error || jarTool.status !== 0) {
      console.error('generate-api: neither unzip nor the JDK jar tool could unpack the spec jar')
      process.exit(1)
    }
  }
  rmSync(dir, { recursive: true, force: true })
  renameSync(tmp, dir)
  return api
}

async function loadFromSpec() {
  const source = readFileSync(join(root, 'src', 'api', 'from-spec.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  })
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
}

const specDir = ensureSpec()
const { endpointFromSpec, paramType } = await loadFromSpec()

const common = JSON.parse(readFileSync(join(specDir, '_common.json'), 'utf8')).params
const specFiles = readdirSync(specDir)
  .filter((f) => f.endsWith('.json') && f !== '_common.json' && f !== 'schema.json')
  .sort()

/** name -> { spec, endpoint } */
const all = []
for (const file of specFiles) {
  const json = JSON.parse(readFileSync(join(specDir, file), 'utf8'))
  const names = Object.keys(json)
  if (names.length !== 1) throw new Error(`${file}: expected one endpoint, found ${names.join(', ')}`)
  const name = names[0]
  all.push({ name, spec: json[name], endpoint: endpointFromSpec(name, json) })
}
all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

// ------------------------------------------------------------------------------------------ naming

const camel = (s) => s.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase())
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase())
const kebab = (s) => s.replace(/_/g, '-')
const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
// Namespaces as identifiers: `search_application` -> `searchApplication`; `_internal` -> `internal`.
const bare = (ns) => ns.replace(/^_+/, '').replace(/\./g, '_')
const nsId = (ns) => camel(bare(ns))
const nsClass = (ns) => `${pascal(bare(ns))}Api`
const nsFile = (ns) => `${kebab(bare(ns))}.ts`
const key = (s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s))
const oneLine = (s) =>
  String(s ?? '')
    .replace(/\*\//g, '*\\/')
    .replace(/\s+/g, ' ')
    .trim()

function doc(lines, indent) {
  const kept = lines.filter((l) => l !== undefined && l !== null && l !== '')
  if (kept.length === 0) return ''
  if (kept.length === 1) return `${indent}/** ${kept[0]} */\n`
  return `${indent}/**\n${kept.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`
}

// Namespaces: '' holds the top-level endpoints, which live on ApiClient itself.
const namespaces = new Map()
for (const e of all) {
  const dot = e.name.lastIndexOf('.')
  const ns = dot === -1 ? '' : e.name.slice(0, dot)
  e.short = dot === -1 ? e.name : e.name.slice(dot + 1)
  e.method = camel(e.short)
  e.typeName = `${pascal(bare(ns))}${pascal(e.short)}Params`
  if (!namespaces.has(ns)) namespaces.set(ns, [])
  namespaces.get(ns).push(e)
}
{
  const seen = new Set()
  for (const e of all) {
    if (seen.has(e.typeName)) throw new Error(`two endpoints map to the type ${e.typeName}`)
    seen.add(e.typeName)
  }
  const top = new Set((namespaces.get('') ?? []).map((e) => e.method))
  for (const ns of namespaces.keys()) {
    if (ns && top.has(nsId(ns))) throw new Error(`namespace ${ns} collides with a top-level method`)
  }
  const ids = [...namespaces.keys()].filter(Boolean).map(nsId)
  if (new Set(ids).size !== ids.length) throw new Error(`two namespaces map to one name: ${ids.join(', ')}`)
  if (top.has('transport')) throw new Error('an endpoint named transport would hide ApiClient.transport')
}

// ------------------------------------------------------------------------------------------ types

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
const typedTypeNames = [...new Set(Object.values(TYPED).flatMap((t) => [t.params, t.response]))]
  .map((t) => t.replace(/<.*$/, ''))
  .sort()

const union = (options) => options.map(q).join(' | ')

/** The TypeScript type of a query parameter. `bodyEndpoint` widens names that double as body fields. */
function paramTsType(name, p, bodyEndpoint) {
  const t = paramType(p.type)
  const opts = Array.isArray(p.options) && p.options.length > 0 ? p.options : undefined
  const boolish = opts?.includes('true') || opts?.includes('false')
  let type
  switch (t) {
    case 'list':
      type = opts ? `${union(opts)} | ReadonlyArray<${union(opts)}>` : 'string | readonly string[]'
      break
    case 'enum':
      type = opts ? union(opts) : 'string'
      break
    case 'boolean':
      type = 'boolean'
      break
    case 'number':
      type = 'number'
      break
    case 'date':
      type = 'string | Date'
      break
    case 'boolean|number':
      type = 'boolean | number'
      break
    case 'number|string':
      type = 'number | string'
      break
    default:
      type = opts ? union(opts) : 'string'
  }
  if (boolish) type = `boolean | ${type}`
  // A count of shards or 'all': numbers are the common case.
  if (name === 'wait_for_active_shards' && t === 'string') type = 'number | string'
  // `_source=false` turns the source off; the spec types it as a list of fields only.
  if (name === '_source' && !boolish) type = `boolean | ${type}`
  if (bodyEndpoint && (t === 'list' || t === 'string')) type = `${type} | BodyValue`
  return type
}

function partTsType(p) {
  const t = paramType(p.type)
  const opts = Array.isArray(p.options) && p.options.length > 0 ? p.options : undefined
  if (t === 'list')
    return opts ? `${union(opts)} | ReadonlyArray<${union(opts)}>` : 'string | readonly string[]'
  if (t === 'number') return 'number'
  if (opts) return union(opts)
  return 'string'
}

function paramDoc(p) {
  const lines = [oneLine(p.description)]
  if (p.default !== undefined) lines.push(`Default: \`${oneLine(JSON.stringify(p.default))}\`.`)
  if (p.deprecated) {
    const d = p.deprecated
    lines.push(`@deprecated${typeof d === 'object' && d.description ? ` ${oneLine(d.description)}` : ''}`)
  }
  return lines.filter(Boolean)
}

/** The spec's parts across the paths kept by endpointFromSpec, with whether every path has them. */
function partsOf(e) {
  const parts = new Map()
  const kept = new Set(e.endpoint.paths.map((p) => p.path))
  for (const p of e.spec.url.paths) {
    if (!kept.has(p.path)) continue
    for (const [name, spec] of Object.entries(p.parts ?? {})) if (!parts.has(name)) parts.set(name, spec)
  }
  const required = new Set(
    [...parts.keys()].filter((name) => e.endpoint.paths.every((p) => p.parts.includes(name))),
  )
  return { parts, required }
}

function paramsInterface(e) {
  const ep = e.endpoint
  const bodyEndpoint = ep.body === 'json' && ep.bodyKey === undefined
  const { parts, required } = partsOf(e)
  let out = doc([`Parameters of \`${e.name}\`.`], '')
  out += `export interface ${e.typeName} extends ${bodyEndpoint ? 'CommonBodyParams' : 'CommonParams'} {\n`
  for (const [name, spec] of [...parts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out += doc(paramDoc(spec), '  ')
    out += `  ${key(name)}${required.has(name) ? '' : '?'}: ${partTsType(spec)}\n`
  }
  const requiredParams = new Set(ep.required ?? [])
  const specParams = e.spec.params ?? {}
  for (const name of Object.keys(ep.params)) {
    if (parts.has(name)) continue // already typed as a part; as a query parameter it takes the same values
    const spec = specParams[name]
    out += doc(paramDoc(spec), '  ')
    out += `  ${key(name)}${requiredParams.has(name) ? '' : '?'}: ${paramTsType(name, spec, bodyEndpoint)}\n`
  }
  if (ep.bodyKey !== undefined) {
    const what = ep.body === 'ndjson' ? 'readonly unknown[] | string | Buffer' : 'unknown'
    const lines =
      ep.body === 'ndjson'
        ? [
            'The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer.',
          ]
        : ['The request body.']
    out += doc(lines, '  ')
    out += `  ${key(ep.bodyKey)}${ep.bodyRequired ? '' : '?'}: ${what}\n`
  }
  out += '}\n'
  return out
}

function paramsRequired(e) {
  if (TYPED[e.name]?.required) return true
  const { required } = partsOf(e)
  return required.size > 0 || (e.endpoint.required ?? []).length > 0 || (e.endpoint.bodyRequired ?? false)
}

function isHead(e) {
  return e.endpoint.paths.every((p) => p.methods.length === 1 && p.methods[0] === 'HEAD')
}

function methodSource(e, transportExpr) {
  const ep = e.endpoint
  const typed = TYPED[e.name] && e.name === e.short ? TYPED[e.name] : undefined
  const bodyEndpoint = ep.body === 'json' && ep.bodyKey === undefined
  const paramsType = typed ? typed.params : bodyEndpoint ? `${e.typeName} & BodyFields` : e.typeName
  const opt = paramsRequired(e) ? '' : '?'
  const metaParams = opt ? `${paramsType} | undefined` : paramsType
  let generics
  let response
  if (typed) {
    generics = typed.generics
    response = typed.response
  } else if (isHead(e)) {
    generics = ''
    response = 'boolean'
  } else {
    generics = '<TResponse = unknown>'
    response = 'TResponse'
  }
  const s = e.spec
  const lines = [oneLine(s.documentation?.description) || e.name]
  for (const p of ep.paths) lines.push(`\`${p.methods.join('|')} ${p.path}\``)
  if (s.documentation?.url) lines.push(`@see ${s.documentation.url}`)
  if (s.deprecated) {
    const d = s.deprecated
    lines.push(`@deprecated${typeof d === 'object' && d.description ? ` ${oneLine(d.description)}` : ''}`)
  }
  const m = e.method
  return (
    doc(lines, '  ') +
    `  ${m}${generics}(params: ${metaParams}, options: MetaOptions): Promise<TransportResult<${response}>>\n` +
    `  ${m}${generics}(params${opt}: ${paramsType}, options?: RequestOptions): Promise<${response}>\n` +
    `  ${m}(params?: any, options?: RequestOptions): Promise<any> {\n` +
    `    return callEndpoint(${transportExpr}, E.${e.short}, params, options)\n` +
    '  }\n'
  )
}

/** The descriptor as an object literal; the exact shape endpointFromSpec returns. */
function descriptorSource(ep) {
  const paths = ep.paths
    .map(
      (p) =>
        `{ path: ${q(p.path)}, parts: [${p.parts.map(q).join(', ')}], methods: [${p.methods.map(q).join(', ')}]${p.deprecated ? ', deprecated: true' : ''} }`,
    )
    .join(', ')
  const params = Object.entries(ep.params)
    .map(([k, v]) => `${key(k)}: ${q(v)}`)
    .join(', ')
  let s = `{ name: ${q(ep.name)}, paths: [${paths}], params: { ${params} }, `
  if (params === '') s = s.replace('params: {  }', 'params: {}')
  if (ep.required) s += `required: [${ep.required.map(q).join(', ')}], `
  s += `body: ${q(ep.body)}`
  if (ep.bodyRequired) s += ', bodyRequired: true'
  if (ep.bodyKey !== undefined) s += `, bodyKey: ${q(ep.bodyKey)}`
  return `${s} }`
}

// ------------------------------------------------------------------------------------------ files

const HEADER = `// Generated from ${SPEC_ID} by scripts/generate-api.mjs. Do not edit: regenerate with \`npm run generate\`.\n`

function namespaceFile(ns, endpoints, isTop) {
  const usesBodyFields = endpoints.some(
    (e) =>
      !(TYPED[e.name] && e.name === e.short) &&
      e.endpoint.body === 'json' &&
      e.endpoint.bodyKey === undefined,
  )
  const usesBody = endpoints.some((e) => e.endpoint.body === 'json' && e.endpoint.bodyKey === undefined)
  const usesPlain = endpoints.some((e) => !(e.endpoint.body === 'json' && e.endpoint.bodyKey === undefined))
  const commonImports = [usesBody && 'CommonBodyParams', usesPlain && 'CommonParams'].filter(Boolean)
  const widened = endpoints.some((e) => {
    if (!(e.endpoint.body === 'json' && e.endpoint.bodyKey === undefined)) return false
    return Object.keys(e.endpoint.params).some((k) => {
      const t = paramType(e.spec.params?.[k]?.type)
      return t === 'list' || t === 'string'
    })
  })
  const typeImports = [
    'MetaOptions',
    'RequestOptions',
    usesBodyFields && 'BodyFields',
    widened && 'BodyValue',
  ]
    .filter(Boolean)
    .sort()

  let out = HEADER
  out += "import type { TransportLike, TransportResult } from '../../transport/types.js'\n"
  if (isTop) out += `import type { ${typedTypeNames.join(', ')} } from '../document-types.js'\n`
  out += "import type { Endpoint } from '../endpoint.js'\n"
  out += "import { callEndpoint } from '../endpoint.js'\n"
  out += `import type { ${typeImports.join(', ')} } from '../types.js'\n`
  out += `import type { ${commonImports.sort().join(', ')} } from './common.js'\n`
  if (isTop) {
    for (const n of [...namespaces.keys()].filter(Boolean).sort()) {
      out += `import { ${nsClass(n)} } from './${nsFile(n).replace(/\.ts$/, '.js')}'\n`
    }
  }
  out += '\n'
  out += doc([`Descriptors of the ${isTop ? 'top-level' : `\`${ns}\``} endpoints, by spec name.`], '')
  out += 'export const endpoints: Record<string, Endpoint> = {\n'
  for (const e of endpoints) out += `  ${key(e.short)}: ${descriptorSource(e.endpoint)},\n`
  out += '}\n\n'
  for (const e of endpoints) out += `${paramsInterface(e)}\n`
  const E = 'const E = endpoints\n\n'
  out += E
  if (isTop) {
    const nsList = [...namespaces.keys()].filter(Boolean).sort()
    out += doc(
      [
        'Every endpoint of the spec as a method: top-level endpoints here, the others on namespace getters',
        '(`client.indices.create`, `client.cat.indices`), each created on first use and kept per client.',
      ],
      '',
    )
    out += 'export class ApiClient {\n'
    out += '  readonly transport: TransportLike\n'
    for (const n of nsList) out += `  #${nsId(n)}: ${nsClass(n)} | undefined\n`
    out += '\n  constructor(transport: TransportLike) {\n    this.transport = transport\n  }\n\n'
    for (const n of nsList) {
      const c = nsId(n)
      out += doc([`The \`${n}\` APIs.`], '  ')
      out += `  get ${c}(): ${nsClass(n)} {\n    return (this.#${c} ??= new ${nsClass(n)}(this.transport))\n  }\n\n`
    }
  } else {
    out += doc([`The \`${ns}\` APIs, reached as \`client.${nsId(ns)}\`.`], '')
    out += `export class ${nsClass(ns)} {\n`
    out += '  readonly transport: TransportLike\n\n'
    out += '  constructor(transport: TransportLike) {\n    this.transport = transport\n  }\n\n'
  }
  out += endpoints.map((e) => methodSource(e, 'this.transport')).join('\n')
  out += '}\n'
  return out
}

function commonFile() {
  const names = Object.keys(common).sort()
  let out = HEADER
  out += "import type { ParamType } from '../endpoint-types.js'\n"
  out += "import type { BodyValue, EscapeHatches } from '../types.js'\n\n"
  out += doc(['Query parameters every endpoint accepts (`_common.json`).'], '')
  out += `export const COMMON_PARAMS: Readonly<Record<string, ParamType>> = { ${names
    .map((n) => `${key(n)}: ${q(paramType(common[n].type))}`)
    .join(', ')} }\n\n`
  for (const [iface, widen] of [
    ['CommonParams', false],
    ['CommonBodyParams', true],
  ]) {
    out += doc(
      [
        widen
          ? 'The common parameters on an endpoint with a body: a name that is also a body field takes an object too.'
          : 'The common parameters of every endpoint.',
      ],
      '',
    )
    out += `export interface ${iface} extends EscapeHatches {\n`
    for (const n of names) {
      out += doc(paramDoc(common[n]), '  ')
      out += `  ${key(n)}?: ${paramTsType(n, common[n], widen)}\n`
    }
    out += '}\n\n'
  }
  return out.replace(/\n\n$/, '\n')
}

function apiDoc() {
  let out = '# API reference\n\n'
  out += `<!-- Generated from ${SPEC_ID} by scripts/generate-api.mjs (intro: scripts/api-doc-intro.md). Do not edit: regenerate with \`npm run generate\`. -->\n\n`
  out += `Every endpoint of \`${SPEC_ID}\` is a method: ${all.length} methods for ${specFiles.length} endpoints. `
  out += readFileSync(join(root, 'scripts', 'api-doc-intro.md'), 'utf8').trimEnd()
  out += '\n\n'
  const order = [...namespaces.keys()].sort()
  out += 'Namespaces: '
  out += order
    .map((ns) => (ns ? `[\`${nsId(ns)}\`](#client${nsId(ns).toLowerCase()})` : '[top level](#client)'))
    .join(', ')
  out += '\n\n'
  for (const ns of order) {
    const prefix = ns ? `client.${nsId(ns)}` : 'client'
    out += `### ${prefix}\n\n| Method | Endpoint | Description |\n| --- | --- | --- |\n`
    for (const e of namespaces.get(ns)) {
      const paths = e.endpoint.paths.map((p) => `\`${p.methods.join('\\|')} ${p.path}\``).join('<br>')
      let desc = oneLine(e.spec.documentation?.description).replace(/\|/g, '\\|')
      if (e.spec.deprecated) desc = `**Deprecated.** ${desc}`
      const url = e.spec.documentation?.url
      out += `| [\`${prefix}.${e.method}()\`](${url ?? ''}) | ${paths} | ${desc} |\n`
    }
    out += '\n'
  }
  return out.replace(/\n\n$/, '\n')
}

// ------------------------------------------------------------------------------------------ write

mkdirSync(outDir, { recursive: true })
const files = new Map()
files.set('common.ts', commonFile())
for (const [ns, endpoints] of namespaces) {
  files.set(ns ? nsFile(ns) : 'api-client.ts', namespaceFile(ns, endpoints, ns === ''))
}
for (const f of readdirSync(outDir)) {
  if (f.endsWith('.ts') && !files.has(f)) rmSync(join(outDir, f))
}
let bytes = 0
for (const [f, text] of files) {
  bytes += Buffer.byteLength(text)
  const file = join(outDir, f)
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text)
}
mkdirSync(dirname(docsFile), { recursive: true })
const docs = apiDoc()
if (!existsSync(docsFile) || readFileSync(docsFile, 'utf8') !== docs) writeFileSync(docsFile, docs)

console.log(
  `generate-api: ${SPEC_ID}: ${specFiles.length} endpoints in the spec, ${all.length} methods generated ` +
    `in ${files.size} files (${namespaces.size - 1} namespaces), ${(bytes / 1024).toFixed(0)} KiB of TypeScript`,
)
