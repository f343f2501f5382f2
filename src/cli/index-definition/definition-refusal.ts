/**
 * How a server's refusal of a create-index request (or of the dynamic-template probe) changes the definition
 * sent next: each reason names a setting, a field type or a mapping parameter, which is left out, and every
 * part of the mapping that pointed at what changed is changed with it (a field no longer indexed keeps no
 * multi-fields, copies nothing, receives no copies, is no alias target and no sort field), each one named.
 * The messages are those of Elasticsearch 9 and OpenSearch 3 (both inherit most of them from Elasticsearch 7).
 */
import { type DefinitionChange, show } from './definition-change.js'
import { copyTargets, type FieldAt, fieldsOf, isObject, type Json } from './mapping-walk.js'

/** The definition being built for the destination, and every change made to it so far. */
export interface Definition {
  settings: Json
  mappings: Json
  changes: DefinitionChange[]
}

/** Every `reason` in an error body: the error's own, its root causes, what it suppressed, its causes. */
export function reasonsOf(body: unknown): string[] {
  const out = new Set<string>()
  const walk = (e: unknown, depth: number) => {
    if (e === null || typeof e !== 'object' || depth > 8) return
    const o = e as Json
    // Root causes first: their text is the plainest ("No handler for type ..." rather than "Failed to parse
    // mapping [_doc]: No handler for type ..."), and the first reason that names a thing is the one shown.
    for (const key of ['root_cause', 'suppressed']) {
      if (Array.isArray(o[key])) for (const x of o[key] as unknown[]) walk(x, depth + 1)
    }
    if (typeof o.reason === 'string') out.add(plain(o.reason))
    walk(o.caused_by, depth + 1)
  }
  walk((body as Json | undefined)?.error, 0)
  return [...out]
}

/** The reason without the advice both servers append to it, which is not about this copy, nor the prefix they wrap it in. */
function plain(reason: string): string {
  return reason
    .replace(/^Failed to parse mapping( \[_doc\])?: /, '')
    .replace(/ please check that any required plugins are installed, or check the breaking changes documentation for removed settings$/, '')
    .replace(/\. It might have been created within a future version or requires a plugin to be installed\. Check the documentation\.$/, '')
}

/**
 * Takes out of `def` what one server reason names, recording it in `def.changes`. `server` names the
 * destination in those records. With `scope: 'templates'` the reason answers the probe of the dynamic
 * templates, whose mappings were sent as fields under their probe names: only they are looked up.
 */
export function applyRefusal(reason: string, def: Definition, server: string, scope: 'all' | 'templates' = 'all'): void {
  const { settings, mappings, changes } = def
  const named = (name: string) =>
    fieldsOf(mappings).filter((f) => f.names.includes(name) && (scope === 'all' || f.template !== undefined))
  // The server's words, with a probe named as the template it stands for.
  const said = scope === 'templates' ? reason.replace(/elastream_dynamic_template_\d+/g, (m) => named(m)[0]?.path ?? m) : reason
  const why = `${server} refuses it (${said})`
  // Settings an older version took and this one no longer does, named in brackets: ES 8+ "Translog retention
  // settings [index.translog.retention.age] and [index.translog.retention.size] are no longer supported",
  // "Creating indices with soft-deletes disabled is no longer supported. Please do not specify a value for
  // setting [index.soft_deletes.enabled]".
  if (/no longer supported|(has been|was) removed/.test(reason)) {
    const keys = [...reason.matchAll(/\[([^\]\s]+)\]/g)]
      .map((m) => m[1]!)
      .flatMap((name) => [name, name.startsWith('index.') ? name.slice(6) : `index.${name}`])
      .filter((key) => key in settings)
    if (keys.length > 0) {
      for (const key of new Set(keys)) dropSetting(def, key, why)
      return
    }
  }
  // "unknown setting [index.mode] did you mean ...", "private index setting [x] can not be set explicitly",
  // "Failed to parse value [9111000] for setting [index.version.created]"
  const setting =
    /unknown setting \[([^\]]+)\]/.exec(reason) ??
    /private index setting \[([^\]]+)\]/.exec(reason) ??
    /for setting \[([^\]]+)\]/.exec(reason)
  if (setting) {
    const name = setting[1]!
    for (const key of [name, name.startsWith('index.') ? name.slice(6) : `index.${name}`]) {
      if (key in settings) dropSetting(def, key, why)
    }
    return
  }
  // ES: "The mapper type [semantic_text] declared on field [a] does not exist"; OS: "No handler for type [x]
  // declared on field [a]".
  const type = /type \[([^\]]+)\] declared on field \[([^\]]+)\]/.exec(reason)
  if (type) {
    for (const f of named(type[2]!)) {
      if (f.field.type !== type[1] || f.place === 'runtime field') continue
      // A multi-field indexes its parent's value another way: without it the parent still indexes it.
      if (f.place === 'multi-field') leaveOut(def, f, `${type[1]}`, why, `${server} has no ${type[1]}`)
      else disable(def, f, type[1]!, why, server)
    }
    return
  }
  // ES, checking a dynamic template's mapping: "dynamic template [v] has invalid content [...]" caused by
  // "No mapper found for type [knn_vector]".
  const noMapper = /^No mapper found for type \[([^\]]+)\]$/.exec(reason)
  if (noMapper) {
    for (const f of fieldsOf(mappings)) {
      if (f.place === 'dynamic template' && f.field.type === noMapper[1]) disable(def, f, noMapper[1]!, why, server)
    }
    return
  }
  // Both: "unknown parameter [foo] on mapper [f] of type [keyword]" (`[_source] of type [null]` for a root
  // field, `[__dynamic__v]` for the mapping of dynamic template v). ES 8+, for a parameter it removed (`boost`,
  // deprecated in 7.10): "Unknown parameter [boost] on mapper [f]", without the type.
  const param = /unknown parameter \[([^\]]+)\] on mapper \[([^\]]+)\](?: of type \[([^\]]+)\])?/i.exec(reason)
  if (param) {
    const [, p, name, fieldType] = param as unknown as [string, string, string, string | undefined]
    const targets =
      fieldType === 'null' && isObject(mappings[name])
        ? [{ path: name, field: mappings[name] as Json }]
        : named(name).filter((f) => fieldType === undefined || f.field.type === fieldType)
    for (const { path, field } of targets) dropParameter(def, path, field, p, why)
    return
  }
  // ES 8+: "The `enabled` setting for the `_field_names` field has been deprecated and removed. Please remove
  // it from your mappings and templates." (a 7.x mapping could switch _field_names off).
  const metaParam = /The `([^`]+)` setting for the `(_[^`]+)` field has been deprecated and removed/.exec(reason)
  if (metaParam) {
    const [, p, meta] = metaParam as unknown as [string, string, string]
    const field = mappings[meta]
    if (isObject(field)) {
      dropParameter(def, meta, field, p, why)
      if (Object.keys(field).length === 0) delete mappings[meta]
    }
    return
  }
  // "Root mapping definition has unsupported parameters:  [subobjects : false]",
  // "Mapping definition for [f] has unsupported parameters:  [foo : 1] [bar : 2]"
  const unsupported = /(Root mapping definition|Mapping definition for \[([^\]]+)\]) has unsupported parameters:(.*)$/.exec(reason)
  if (unsupported) {
    const params = [...unsupported[3]!.matchAll(/\[([^\s:\]]+) : /g)].map((m) => m[1]!)
    const targets = unsupported[2] === undefined ? [{ path: '', field: mappings }] : named(unsupported[2])
    for (const { path, field } of targets) for (const p of params) dropParameter(def, path, field, p, why)
    return
  }
  // OS: "Illegal dynamic template parameter: [runtime]" (or `unmatch_mapping_type`...): the template is one
  // rule, and without that part it would map other fields, or map them another way; it is left out whole.
  const illegal = /Illegal dynamic template parameter: \[([^\]]+)\]/.exec(reason)
  if (illegal && Array.isArray(mappings.dynamic_templates)) {
    mappings.dynamic_templates = mappings.dynamic_templates.filter((entry: unknown) => {
      const [name, body] = isObject(entry) ? (Object.entries(entry)[0] ?? []) : []
      if (name === undefined || !isObject(body) || !(illegal[1]! in body)) return true
      changes.push({
        kind: 'dynamic template',
        name,
        action: 'dropped',
        reason: `${why}; the fields it would map get ${server}'s default dynamic mapping`,
      })
      return false
    })
    return
  }
  // Both: "Cannot copy to field [x] since it is mapped as an object"
  const intoObject = /Cannot copy to field \[([^\]]+)\] since it is mapped as an object/.exec(reason)
  if (intoObject) unreference(def, intoObject[1]!, `${intoObject[1]} is an object on ${server}`)
}

function dropSetting(def: Definition, key: string, reason: string): void {
  def.changes.push({ kind: 'setting', name: `${key}=${show(def.settings[key])}`, action: 'dropped', reason })
  delete def.settings[key]
}

function dropParameter(def: Definition, path: string, field: Json, param: string, why: string): void {
  if (!(param in field)) return
  def.changes.push({
    kind: 'parameter',
    name: `${path ? `${path}.` : ''}${param}=${show(field[param])}`,
    action: 'dropped',
    reason: why,
  })
  delete field[param]
}

/**
 * Maps a field (or a dynamic template's mapping) whose type the destination lacks as a disabled object:
 * its values stay in each document's _source and every document is still accepted. What it held (multi-
 * fields, sub-fields, its copy_to) goes with it, and so does what pointed at it; each is named.
 */
function disable(def: Definition, f: FieldAt, type: string, why: string, server: string): void {
  const old = { ...f.field }
  for (const k of Object.keys(f.field)) delete f.field[k]
  Object.assign(f.field, { type: 'object', enabled: false })
  const template = f.place === 'dynamic template' ? f.template : undefined
  def.changes.push(
    template
      ? {
          kind: 'dynamic template',
          name: `${template.name} (${type})`,
          action: 'not indexed',
          reason: `${why}; the fields it maps are disabled objects, their values stay in _source`,
        }
      : { kind: 'field', name: `${f.path} (${type})`, action: 'not indexed', reason: `${why}; its values stay in _source` },
  )
  const madeIt = `which elastream mapped as a disabled object (${server} has no ${type})`
  // What the field held: the same walk as the whole mapping's, on the field alone, with the real paths.
  for (const inner of fieldsOf({ properties: { [f.key]: old } }).slice(1)) {
    const path = `${f.path}${inner.path.slice(f.key.length)}`
    const what = inner.place === 'multi-field' ? 'a multi-field' : 'a field'
    def.changes.push({
      kind: 'field',
      name: `${path} (${show(inner.field.type ?? 'object')})`,
      action: 'dropped',
      reason: `${what} inside ${f.path}, ${madeIt}; the values stay in _source`,
    })
  }
  for (const target of copyTargets(old)) {
    def.changes.push({
      kind: 'parameter',
      name: `${f.path}.copy_to=${target}`,
      action: 'dropped',
      reason: `${f.path} is not indexed (${server} has no ${type}) and copies nothing: ${target} no longer receives its values`,
    })
  }
  if (!template) unreference(def, f.path, `elastream mapped ${f.path} as a disabled object (${server} has no ${type})`)
}

/** Leaves a multi-field out, and what pointed at it. */
function leaveOut(def: Definition, f: FieldAt, type: string, why: string, lacks: string): void {
  delete f.parent[f.key]
  def.changes.push({ kind: 'field', name: `${f.path} (${type})`, action: 'dropped', reason: why })
  if (!f.template) unreference(def, f.path, `elastream left ${f.path} out (${lacks})`)
}

/**
 * Takes out what names `path` (or a field inside it) and could not work once it is no longer a field: a
 * `copy_to` into it, an alias to it, an index sort on it. `because` says what happened to it.
 */
function unreference(def: Definition, path: string, because: string): void {
  const under = (p: string) => p === path || p.startsWith(`${path}.`)
  for (const f of fieldsOf(def.mappings)) {
    const targets = copyTargets(f.field)
    const gone = targets.filter(under)
    if (gone.length > 0) {
      const kept = targets.filter((t) => !under(t))
      if (kept.length === 0) delete f.field.copy_to
      else f.field.copy_to = kept
      for (const t of gone) {
        def.changes.push({
          kind: 'parameter',
          name: `${f.path}.copy_to=${t}`,
          action: 'dropped',
          reason: `${because}, and nothing can be copied into an object: ${t} no longer receives the values of ${f.path}`,
        })
      }
    }
    if (f.field.type === 'alias' && typeof f.field.path === 'string' && under(f.field.path)) {
      delete f.parent[f.key]
      def.changes.push({
        kind: 'field',
        name: `${f.path} (alias)`,
        action: 'dropped',
        reason: `it points to ${f.field.path}: ${because}, and an alias must point to a field`,
      })
    }
  }
  const sort = def.settings['index.sort.field']
  const sortFields = typeof sort === 'string' ? [sort] : Array.isArray(sort) ? sort : []
  if (sortFields.some((s) => typeof s === 'string' && under(s))) {
    // The sort's field, order, mode and missing lists go together: none of them without the others.
    const why = `the index is sorted on ${path}: ${because}, and the copy cannot be sorted on it`
    for (const key of Object.keys(def.settings)) if (key.startsWith('index.sort.')) dropSetting(def, key, why)
  }
}
