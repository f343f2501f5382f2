// TypeScript types from the compiled Elasticsearch specification (schema.json, the metamodel of
// elastic/elasticsearch-specification `compiler/src/model/metamodel.ts`).
//
// - typeIdentifier(typeName): the identifier the official client gives a spec type
//   (`indices.put_settings` `Request` -> `IndicesPutSettingsRequest`, `_types.query_dsl` `QueryContainer` ->
//   `QueryDslQueryContainer`), so that code written against `@elastic/elasticsearch`'s `estypes` reads the same.
// - emitTypes(schema): Map<path under src/api/types/, source>; one file per namespace and an index.
// - methodSignature(endpoint, schema): the generics, request and response of one API method.
//
// Deliberate differences from the official client's types, for compile speed and size:
// - a variant container (`QueryDslQueryContainer`, `AggregationsAggregationContainer`, ...) is one interface
//   with every variant optional, not a union of "exactly one key" types; the server refuses two variants;
// - the escape hatches `querystring` and `body` are declared once, on `RequestBase`, not on every request;
// - doc comments keep the first paragraph of each description.
// The output depends only on the schema and this file.

const BUILTINS = {
  string: 'string',
  boolean: 'boolean',
  number: 'number',
  null: 'null',
  void: 'void',
  binary: 'ArrayBuffer',
}

/** Namespace segments that do not appear in identifiers. */
const SILENT = new Set(['_types', '_global'])

const pascal = (s) =>
  s
    .split(/[_.]/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('')

/** `{ namespace, name }` (or `'namespace.Name'`) -> the official client's identifier for that type. */
export function typeIdentifier(typeName) {
  const { namespace, name } = typeof typeName === 'string' ? splitName(typeName) : typeName
  if (namespace === '_builtins') return BUILTINS[name] ?? name
  if (namespace === '_spec_utils' && name === 'Void') return 'void'
  const prefix = namespace
    .split('.')
    .filter((p) => !SILENT.has(p))
    .map(pascal)
    .join('')
  return prefix + name
}

function splitName(s) {
  const dot = s.lastIndexOf('.')
  return { namespace: s.slice(0, dot), name: s.slice(dot + 1) }
}

const key = (n) => `${n.namespace}:${n.name}`

/** Which file under src/api/types/ holds the types of a namespace. */
export function typeFile(namespace) {
  const parts = namespace.split('.')
  if (parts[0] === '_spec_utils' || (parts[0] === '_types' && parts.length === 1)) return 'common.ts'
  if (parts[0] === '_types') return `${parts[1].replace(/_/g, '-')}.ts`
  if (parts[0] === '_global') return 'core.ts'
  return `${parts[0].replace(/^_+/, '').replace(/_/g, '-')}.ts`
}

const IDENT = /^[A-Za-z_$][\w$]*$/
const quoteKey = (k) => (IDENT.test(k) ? k : `'${k.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
const literal = (v) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v))

/** The first paragraph of a description, on one line, safe inside a block comment. */
function summary(text) {
  if (!text) return ''
  const first = String(text).split(/\n\s*\n/)[0]
  return first.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()
}

function docComment(indent, description, deprecation) {
  const lines = []
  const s = summary(description)
  if (s) lines.push(s)
  if (deprecation) lines.push(`@deprecated ${deprecation.version}: ${summary(deprecation.description)}`.trim())
  if (lines.length === 0) return ''
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`
}

// ------------------------------------------------------------------------------------------ the model

class Model {
  constructor(schema) {
    this.schema = schema
    this.types = new Map(schema.types.map((t) => [key(t.name), t]))
    this.endpointOfRequest = new Map()
    this.endpointOfResponse = new Map()
    for (const e of schema.endpoints) {
      if (e.request) this.endpointOfRequest.set(key(e.request), e)
      if (e.response) this.endpointOfResponse.set(key(e.response), e)
    }
    this.withAggregations = this.#findAggregationCarriers()
    this.keysPositions = new Map()
  }

  get(name) {
    return this.types.get(key(name))
  }

  /**
   * The types that carry search aggregations (`aggregations?: TAggregations`), directly or by passing
   * their own generics to one that does. They get a `TAggregations` generic, as in the official client,
   * so that `search<TDoc, TAggs>` types `aggregations`.
   */
  #findAggregationCarriers() {
    const carriers = new Set()
    for (const t of this.schema.types) {
      for (const p of propertiesOf(t)) if (p.name === 'aggregations' && isAggregateDictionary(p.type)) carriers.add(key(t.name))
    }
    // Spread to the types that pass their own generics to a carrier.
    for (let changed = true; changed; ) {
      changed = false
      for (const t of this.schema.types) {
        const k = key(t.name)
        if (carriers.has(k) || !(t.generics?.length > 0)) continue
        let found = false
        walkValues(t, (v) => {
          if (v.kind === 'instance_of' && v.generics?.length && carriers.has(key(v.type))) found = true
        })
        if (t.inherits && carriers.has(key(t.inherits.type)) && t.inherits.generics?.length) found = true
        if (found) {
          carriers.add(k)
          changed = true
        }
      }
    }
    return carriers
  }
}

function isAggregateDictionary(v) {
  return (
    v?.kind === 'dictionary_of' &&
    v.value.kind === 'instance_of' &&
    v.value.type.namespace === '_types.aggregations' &&
    v.value.type.name === 'Aggregate'
  )
}

function propertiesOf(t) {
  if (t.kind === 'interface') return t.properties
  if (t.kind === 'request') return [...t.path, ...t.query, ...(t.body.kind === 'properties' ? t.body.properties : [])]
  if (t.kind === 'response') return t.body.kind === 'properties' ? t.body.properties : []
  return []
}

function walkValues(t, visit) {
  const walk = (v) => {
    if (!v) return
    visit(v)
    if (v.kind === 'instance_of') v.generics?.forEach(walk)
    else if (v.kind === 'array_of') walk(v.value)
    else if (v.kind === 'union_of') v.items.forEach(walk)
    else if (v.kind === 'dictionary_of') {
      walk(v.key)
      walk(v.value)
    }
  }
  for (const p of propertiesOf(t)) walk(p.type)
  if (t.kind === 'type_alias') walk(t.type)
  if ((t.kind === 'request' || t.kind === 'response') && t.body.kind === 'value') walk(t.body.value)
}

const AGGS_GENERIC = 'TAggregations'
const AGGS_DEFAULT = 'Record<AggregateName, AggregationsAggregate>'

// ------------------------------------------------------------------------------------------ one file's emitter

/** Renders values for one declaration, collecting the identifiers it refers to. */
class Scope {
  constructor(model, refs, generics = [], withAggs = false) {
    this.model = model
    this.refs = refs
    this.generics = new Map(generics.map((g) => [key(g), g.name]))
    this.withAggs = withAggs
  }

  ref(id) {
    this.refs.add(id)
    return id
  }

  value(v) {
    switch (v.kind) {
      case 'instance_of':
        return this.instance(v)
      case 'array_of': {
        const inner = this.value(v.value)
        return /[|&\s]/.test(inner) && !/^[\w.]+<.*>$/.test(inner) ? `Array<${inner}>` : `${inner}[]`
      }
      case 'union_of':
        return v.items.map((i) => this.value(i)).join(' | ')
      case 'dictionary_of': {
        const k = this.value(v.key)
        const val = this.value(v.value)
        return v.singleKey || this.#isEnumKey(v.key) ? `Partial<Record<${k}, ${val}>>` : `Record<${k}, ${val}>`
      }
      case 'user_defined_value':
        return 'any'
      case 'literal_value':
        return literal(v.value)
      default:
        throw new Error(`unknown value kind ${v.kind}`)
    }
  }

  #isEnumKey(v) {
    return v.kind === 'instance_of' && this.model.get(v.type)?.kind === 'enum'
  }

  instance(v) {
    const g = this.generics.get(key(v.type))
    if (g) return g
    if (v.type.namespace === '_builtins') return BUILTINS[v.type.name] ?? 'unknown'
    if (v.type.namespace === '_spec_utils' && v.type.name === 'Void') return 'void'
    const id = this.ref(typeIdentifier(v.type))
    const args = (v.generics ?? []).map((x) => this.value(x))
    if (this.withAggs && args.length && this.model.withAggregations.has(key(v.type))) args.push(AGGS_GENERIC)
    const ref = args.length ? `${id}<${args.join(', ')}>` : id
    // A type with a shortcut property may be given as that property's value alone
    // (`match: { title: 'dune' }` for `match: { title: { query: 'dune' } }`).
    const target = this.model.get(v.type)
    if (target?.kind !== 'interface' || !target.shortcutProperty) return ref
    const shortcut = allProperties(target, this.model, this.#scopeOf(target, v)).find(
      ({ p }) => p.name === target.shortcutProperty,
    )
    return shortcut ? `${ref} | ${shortcut.scope.value(shortcut.p.type)}` : ref
  }

  /** A scope rendering `target`'s generics as the arguments `v` passes. */
  #scopeOf(target, v) {
    return parentScope(target, { generics: v.generics }, this)
  }
}

function genericParams(t, scope, withAggs) {
  const names = (t.generics ?? []).map((g) => `${g.name} = unknown`)
  if (withAggs) {
    scope.ref('AggregateName')
    scope.ref('AggregationsAggregate')
    names.push(`${AGGS_GENERIC} = ${AGGS_DEFAULT}`)
  }
  return names.length ? `<${names.join(', ')}>` : ''
}

function propertyLines(props, scope, indent, { codegen = false } = {}) {
  let out = ''
  const declared = new Set(props.map((p) => (codegen ? (p.codegenName ?? p.name) : p.name)))
  for (const p of props) {
    const name = codegen ? (p.codegenName ?? p.name) : p.name
    let type = scope.value(p.type)
    // A carrier's own `aggregations` property is the generic itself.
    if (scope.withAggs && p.name === 'aggregations' && isAggregateDictionary(p.type)) type = AGGS_GENERIC
    const doc = docComment(indent, p.description, p.deprecation)
    out += `${doc}${indent}${quoteKey(name)}${p.required ? '' : '?'}: ${type}\n`
    // Other names the server accepts for it (`aggs` for `aggregations`), optional beside it.
    for (const alias of p.aliases ?? []) {
      if (declared.has(alias)) continue
      declared.add(alias)
      out += `${doc}${indent}${quoteKey(alias)}?: ${type}\n`
    }
  }
  return out
}

/** Behaviors rendered as a parent interface (the rest are handled where they change the shape). */
const PARENT_BEHAVIORS = new Set(['CommonQueryParameters', 'CommonCatQueryParameters'])
/** Behaviors that only mark a shape: not emitted as types. */
const MARKER_BEHAVIORS = new Set(['AdditionalProperties', 'AdditionalProperty', 'OverloadOf'])

const freeFormBehavior = (t) =>
  (t.behaviors ?? []).find((b) => b.type.name === 'AdditionalProperties' || b.type.name === 'AdditionalProperty')

/**
 * Free-form keys beside the named ones (an error's metadata, a bucket's sub-aggregations, a field name
 * keying a query), on the type itself or inherited: `{ behavior, scope }` with the scope that renders the
 * behavior's value in terms of `t`'s generics, or undefined.
 */
function freeForm(t, model, scope) {
  const own = freeFormBehavior(t)
  if (own) return { behavior: own, scope }
  if (!t.inherits) return undefined
  const parent = model.get(t.inherits.type)
  if (!parent || parent.kind !== 'interface') return undefined
  return freeForm(parent, model, parentScope(parent, t.inherits, scope))
}

/** A scope rendering `parent`'s generics as the arguments `inherits` passes, rendered in `scope`. */
function parentScope(parent, inherits, scope) {
  const inner = new Scope(scope.model, scope.refs, [], false)
  for (const [i, g] of (parent.generics ?? []).entries()) {
    const arg = inherits.generics?.[i]
    inner.generics.set(key(g), arg ? scope.value(arg) : 'unknown')
  }
  return inner
}

/** Every property of `t` and its ancestors, each with the scope that renders it. */
function allProperties(t, model, scope) {
  const out = t.properties.map((p) => ({ p, scope }))
  const parent = t.inherits && model.get(t.inherits.type)
  if (parent?.kind === 'interface') out.push(...allProperties(parent, model, parentScope(parent, t.inherits, scope)))
  return out
}

/**
 * The positions of `t`'s generics that its `Keys` interface uses (its named properties and its parent's
 * `Keys`): the others would be unused type parameters there.
 */
function keysGenericPositions(t, model) {
  if (model.keysPositions.has(key(t.name))) return model.keysPositions.get(key(t.name))
  const used = new Set()
  const names = new Map((t.generics ?? []).map((g, i) => [key(g), i]))
  const mark = (v) => {
    if (v.kind === 'instance_of' && names.has(key(v.type))) used.add(names.get(key(v.type)))
  }
  const walk = (v) => {
    if (!v) return
    mark(v)
    if (v.kind === 'instance_of') v.generics?.forEach(walk)
    else if (v.kind === 'array_of') walk(v.value)
    else if (v.kind === 'union_of') v.items.forEach(walk)
    else if (v.kind === 'dictionary_of') {
      walk(v.key)
      walk(v.value)
    }
  }
  for (const p of t.properties) walk(p.type)
  const parent = t.inherits && model.get(t.inherits.type)
  if (parent?.kind === 'interface') {
    const kept = freeForm(parent, model, new Scope(model, new Set())) ? keysGenericPositions(parent, model) : null
    for (const [i, arg] of (t.inherits.generics ?? []).entries()) if (!kept || kept.includes(i)) walk(arg)
  }
  const positions = [...used].sort((a, b) => a - b)
  model.keysPositions.set(key(t.name), positions)
  return positions
}

function emitInterface(t, model, refs) {
  const id = typeIdentifier(t.name)
  const withAggs = model.withAggregations.has(key(t.name))
  const scope = new Scope(model, refs, t.generics, withAggs)
  const extra = freeForm(t, model, scope)
  const parents = []
  if (t.inherits) {
    const parent = model.get(t.inherits.type)
    if (extra && parent && freeForm(parent, model, new Scope(model, new Set()))) {
      // Extend the parent's named properties; the free-form keys are added once, below.
      const kept = keysGenericPositions(parent, model)
      const args = kept.map((i) => scope.value(t.inherits.generics[i]))
      const keysId = scope.ref(`${typeIdentifier(parent.name)}Keys`)
      parents.push(args.length ? `${keysId}<${args.join(', ')}>` : keysId)
    } else {
      parents.push(scope.instance({ kind: 'instance_of', type: t.inherits.type, generics: t.inherits.generics }))
    }
  }
  for (const b of t.behaviors ?? []) {
    if (b.type.namespace === '_spec_utils' && PARENT_BEHAVIORS.has(b.type.name)) parents.push(scope.ref(typeIdentifier(b.type)))
  }
  const generics = genericParams(t, scope, withAggs)
  let body = propertyLines(t.properties, scope, '  ')
  if (id === 'RequestBase') body += ESCAPE_HATCHES
  const ext = parents.length ? ` extends ${parents.join(', ')}` : ''
  let out = docComment('', t.description, t.deprecation)
  if (!extra) return `${out}export interface ${id}${generics}${ext} {\n${body}}\n`
  // The named properties in a `Keys` interface, the free-form ones in an index signature beside it; the
  // signature admits the named properties' values too, so that an object literal with both type-checks.
  const [, valueType] = extra.behavior.generics ?? []
  const free = valueType ? extra.scope.value(valueType) : 'any'
  const keysId = `${id}Keys`
  const kept = keysGenericPositions(t, model)
  const keysGenerics = kept.length ? `<${kept.map((i) => `${t.generics[i].name} = unknown`).join(', ')}>` : ''
  const keysRef = kept.length ? `${keysId}<${kept.map((i) => t.generics[i].name).join(', ')}>` : keysId
  out += `export interface ${keysId}${keysGenerics}${ext} {\n${body}}\n`
  const values = new Set([free])
  for (const { p, scope: s } of allProperties(t, model, scope)) values.add(s.value(p.type))
  const freeType = values.has('any') ? 'any' : [...values].join(' | ')
  out += `export type ${id}${generics} = ${keysRef} & { [property: string]: ${freeType} }\n`
  return out
}

const ESCAPE_HATCHES = `  /**
   * Extra query parameters, sent as they are (arrays joined with commas): for a parameter this version of
   * the specification does not list.
   */
  querystring?: Record<string, unknown>
  /**
   * The whole request body, sent as it is (an object is serialized; a string or Buffer is not), instead of
   * the body fields: for a body this version of the specification does not describe.
   */
  body?: unknown
`

function emitEnum(t) {
  // Aliases are accepted on the wire (and `HealthStatus` answers `GREEN` in some APIs).
  const members = t.members.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map(literal)
  const names = new Set(t.members.map((m) => m.name))
  if (names.has('true') || names.has('false')) members.unshift('boolean')
  if (t.isOpen) members.push('string')
  return `${docComment('', t.description, t.deprecation)}export type ${typeIdentifier(t.name)} = ${members.join(' | ')}\n`
}

function emitAlias(t, model, refs) {
  const withAggs = model.withAggregations.has(key(t.name))
  const scope = new Scope(model, refs, t.generics, withAggs)
  return `${docComment('', t.description, t.deprecation)}export type ${typeIdentifier(t.name)}${genericParams(t, scope, withAggs)} = ${scope.value(t.type)}\n`
}

/**
 * A request, flat: path parts, query parameters and body fields side by side, under the names the
 * official client uses (`codegenName` where the spec gives one). A body that is one value is a field
 * named by the body's `codegenName` (`document`, `settings`, `policy`, `operations`, ...).
 */
function emitRequest(t, model, refs) {
  const id = typeIdentifier(t.name)
  const scope = new Scope(model, refs, t.generics)
  const endpoint = model.endpointOfRequest.get(key(t.name))
  const seen = new Map()
  const take = (props) => {
    for (const p of props) seen.set(p.codegenName ?? p.name, p)
  }
  take(t.path)
  // A name the endpoint accepts both in the query and in the body: the body form (the runtime sends it in
  // the body, as the official client does), which is the richer type.
  take(t.query.filter((p) => !t.path.some((q) => (q.codegenName ?? q.name) === (p.codegenName ?? p.name))))
  // A body field named like a path part (ml.putJob's `job_id`, scroll's `scroll_id`) is one key: required if
  // either is (the body's scroll_id is, its deprecated path part is not; ml.putJob's path part is).
  if (t.body.kind === 'properties') {
    for (const p of t.body.properties) {
      const name = p.codegenName ?? p.name
      const part = t.path.find((q) => (q.codegenName ?? q.name) === name)
      seen.set(name, part ? { ...part, required: part.required || p.required } : p)
    }
  }
  let body = propertyLines([...seen.values()], scope, '  ', { codegen: true })
  if (t.body.kind === 'value') {
    const name = t.body.codegenName
    const required = endpoint?.requestBodyRequired ?? false
    let type = scope.value(t.body.value)
    // An NDJSON body (bulk, msearch, ...) may also come as pre-serialized lines, or as the whole text.
    if (endpoint?.requestMediaType?.includes('application/x-ndjson')) {
      const v = t.body.value
      type =
        v.kind === 'array_of'
          ? `Array<${scope.value(v.value)} | string | Buffer> | string | Buffer`
          : `${type} | string | Buffer`
    }
    body += `  ${quoteKey(name)}${required ? '' : '?'}: ${type}\n`
  }
  const parent = t.inherits ? scope.instance({ kind: 'instance_of', type: t.inherits.type }) : scope.ref('RequestBase')
  const doc = endpoint ? `Request of \`${endpoint.name}\`.` : ''
  return `${docComment('', doc, t.deprecation)}export interface ${id}${genericParams(t, scope, false)} extends ${parent} {\n${body}}\n`
}

function emitResponse(t, model, refs) {
  const id = typeIdentifier(t.name)
  const withAggs = model.withAggregations.has(key(t.name))
  const scope = new Scope(model, refs, t.generics, withAggs)
  const generics = genericParams(t, scope, withAggs)
  if (t.body.kind === 'no_body') {
    // A HEAD endpoint resolves to whether the thing exists; any other answers an empty body, which the
    // transport gives as '' (the official client types both `boolean`).
    const head = model.endpointOfResponse.get(key(t.name))?.urls.every((u) => u.methods.every((m) => m === 'HEAD'))
    return head ? `export type ${id} = boolean\n` : `/** An empty answer. */\nexport type ${id} = ''\n`
  }
  if (t.body.kind === 'value') return `export type ${id}${generics} = ${scope.value(t.body.value)}\n`
  const parent = t.inherits
    ? ` extends ${scope.instance({ kind: 'instance_of', type: t.inherits.type, generics: t.inherits.generics })}`
    : ''
  return `export interface ${id}${generics}${parent} {\n${propertyLines(t.body.properties, scope, '  ')}}\n`
}

function emitType(t, model, refs) {
  switch (t.kind) {
    case 'interface':
      return emitInterface(t, model, refs)
    case 'enum':
      return emitEnum(t)
    case 'type_alias':
      return emitAlias(t, model, refs)
    case 'request':
      return emitRequest(t, model, refs)
    case 'response':
      return emitResponse(t, model, refs)
    default:
      throw new Error(`unknown type kind ${t.kind}`)
  }
}

// ------------------------------------------------------------------------------------------ files

export const HEADER =
  '// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.\n'

/** The declared identifiers of a file (for imports) by identifier -> file. */
function declaredIn(model) {
  const where = new Map()
  for (const t of model.schema.types) {
    const id = typeIdentifier(t.name)
    if (t.name.namespace === '_builtins' || id === 'void') continue
    where.set(id, typeFile(t.name.namespace))
    if (t.kind === 'interface' && freeForm(t, model, new Scope(model, new Set()))) where.set(`${id}Keys`, typeFile(t.name.namespace))
  }
  return where
}

/** Hand-written modules under src/api/types/ (in sub-folders, which the generator leaves alone). */
const HAND_WRITTEN = ['infer/search-aggregations.js']

/** Spec utilities that only mark a shape (or stand for nothing) and are not types of their own. */
const isSkipped = (n) => n.namespace === '_spec_utils' && (n.name === 'Void' || MARKER_BEHAVIORS.has(n.name))

/** `Map<path relative to src/api/types/, source>`: one file per namespace and `index.ts`. */
export function emitTypes(schema) {
  const model = new Model(schema)
  const where = declaredIn(model)
  const byFile = new Map()
  const sorted = [...schema.types]
    .filter((t) => t.name.namespace !== '_builtins' && !isSkipped(t.name))
    .sort((a, b) => {
      const x = typeIdentifier(a.name)
      const y = typeIdentifier(b.name)
      return x < y ? -1 : x > y ? 1 : 0
    })
  for (const t of sorted) {
    const file = typeFile(t.name.namespace)
    if (!byFile.has(file)) byFile.set(file, { refs: new Set(), parts: [] })
    const entry = byFile.get(file)
    entry.parts.push(emitType(t, model, entry.refs))
  }
  const files = new Map()
  for (const [file, { refs, parts }] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const imports = new Map()
    for (const id of refs) {
      const from = where.get(id)
      if (!from) throw new Error(`${file}: ${id} is not declared anywhere`)
      if (from === file) continue
      if (!imports.has(from)) imports.set(from, [])
      imports.get(from).push(id)
    }
    let head = HEADER
    for (const [from, ids] of [...imports].sort(([a], [b]) => (a < b ? -1 : 1))) {
      head += `import type { ${ids.sort().join(', ')} } from './${from.replace(/\.ts$/, '.js')}'\n`
    }
    files.set(file, `${head}\n${parts.join('\n')}`)
  }
  let index = `${HEADER}// Every type of the Elasticsearch specification, under the official client's names.\n`
  for (const file of files.keys()) index += `export type * from './${file.replace(/\.ts$/, '.js')}'\n`
  for (const file of HAND_WRITTEN) index += `export type * from './${file}'\n`
  files.set('index.ts', index)
  return files
}

// ------------------------------------------------------------------------------------------ methods

/**
 * The declaration parts of one API method: `generics` (`''` or `<TDocument = unknown, ...>`), the
 * `request` and `response` types, whether the params may be omitted (`optional`), the identifiers they
 * use (`imports`, all exported by src/api/types/index.ts), and for a few methods `call`: the name of a
 * complete call type (exported there too) to give the method instead.
 * `endpoint` is a schema endpoint or its name (`indices.put_settings`).
 */
export function methodSignature(endpoint, schema) {
  const model = schema instanceof Model ? schema : modelOf(schema)
  const e = typeof endpoint === 'string' ? model.schema.endpoints.find((x) => x.name === endpoint) : endpoint
  if (!e) throw new Error(`no endpoint ${endpoint}`)
  const imports = new Set()
  const req = e.request && model.get(e.request)
  const res = e.response && model.get(e.response)
  const reqGenerics = (req?.generics ?? []).map((g) => g.name)
  const used = new Set(reqGenerics)
  // A response generic named like a request one is another type (update's returned document): `R` suffix.
  const resGenerics = (res?.generics ?? []).map((g) => (used.has(g.name) ? `${g.name}R` : g.name))
  const withAggs = res ? model.withAggregations.has(key(res.name)) : false
  const params = [...reqGenerics, ...resGenerics].map((g) => `${g} = unknown`)
  if (withAggs) {
    params.push(`${AGGS_GENERIC} = ${AGGS_DEFAULT}`)
    imports.add('AggregateName').add('AggregationsAggregate')
  }
  const request = req ? typeIdentifier(req.name) : 'RequestBase'
  imports.add(request)
  const response = res ? typeIdentifier(res.name) : null
  if (response) imports.add(response)
  const resArgs = [...resGenerics, ...(withAggs ? [AGGS_GENERIC] : [])]
  return {
    generics: params.length ? `<${params.join(', ')}>` : '',
    request: reqGenerics.length ? `${request}<${reqGenerics.join(', ')}>` : request,
    response: response ? (resArgs.length ? `${response}<${resArgs.join(', ')}>` : response) : 'unknown',
    optional: req ? !requestHasRequired(req, e) : true,
    imports: [...imports].sort(),
    ...(CALLS[e.name] ? { call: CALLS[e.name] } : {}),
  }
}

/**
 * Methods with a ready-made call type (with the `meta: true` overloads) in src/api/types/infer/, to use as
 * the method's whole type instead of one built from generics, request and response: `search` infers the
 * aggregations of its answer from the request when called without type arguments.
 */
const CALLS = { search: 'SearchCall' }

function requestHasRequired(req, e) {
  if (req.path.some((p) => p.required) || req.query.some((p) => p.required)) return true
  if (req.body.kind === 'properties') return req.body.properties.some((p) => p.required)
  if (req.body.kind === 'value') return e.requestBodyRequired
  return false
}

const models = new WeakMap()
function modelOf(schema) {
  let m = models.get(schema)
  if (!m) models.set(schema, (m = new Model(schema)))
  return m
}
