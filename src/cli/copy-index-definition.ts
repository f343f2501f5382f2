/**
 * Creates the destination index of `reindex` with the source index's mappings and settings, keeping what the
 * destination server takes. Two kinds of things are left out:
 *
 * - what must not be copied whatever the server: the source index's identity (uuid, creation date, version,
 *   resize origin, ...), write blocks (they would refuse the copy's own documents) and, on another cluster,
 *   what names that cluster's nodes, pipelines or lifecycle policies;
 * - what the destination refuses: Elasticsearch and OpenSearch each have settings, field types and mapping
 *   parameters the other does not know (`index.mode`, `dense_vector`, `index.replication.type`, ...). Rather
 *   than a list that goes stale with every release, the destination is asked: a create that fails with a 400
 *   naming an unknown setting, field type or parameter is retried without it, one server answer at a time.
 *
 * A field whose type the destination does not have is mapped as a disabled object: its values stay in each
 * document's _source and every document is still accepted, which dynamic mapping could not promise (a sparse
 * vector would become one float field per token, up to the field limit). `flattened` and `flat_object`, the
 * same idea under two names, are renamed for the destination instead.
 */
import { ResponseError } from '../errors.js'
import type { ServerProduct } from '../transport/product.js'
import type { TransportLike } from '../transport/types.js'
import { CliError } from './errors.js'

/** One thing that was not copied as it was, for the stderr line and the stats file. */
export interface DefinitionChange {
  kind: 'setting' | 'field' | 'parameter'
  /** The setting's flat name, the field's path, or `path.parameter` (a root parameter has no path). */
  name: string
  /** What happened to it: left out, mapped as a disabled object, or renamed to another type. */
  action: 'dropped' | 'not indexed' | 'renamed'
  reason: string
  /**
   * Left out of every copy (the source's uuid, creation date, version...): no index can carry them, so they
   * are summed up in one stderr line (see describeChanges) rather than one each; the stats file lists them.
   */
  routine?: true
}

export interface DefinitionResult {
  /** `created`: made from the source; `exists`: the destination was there already and was left alone. */
  outcome: 'created' | 'exists' | 'unreadable'
  changes: DefinitionChange[]
  /** Why nothing was created when the outcome is `unreadable`. */
  note?: string
}

interface Side {
  transport: TransportLike
  product: ServerProduct | undefined
}

type Json = Record<string, unknown>

/** The source index's own identity, written by the server that created it: never another index's. */
const IDENTITY = [
  /^index\.uuid$/,
  /^index\.creation_date(_string)?$/,
  /^index\.version\./,
  /^index\.provided_name$/,
  /^index\.routing\.allocation\.initial_recovery\./,
  /^index\.resize\./,
  /^index\.shrink\./,
  /^index\.downsample\./,
  /^index\.rollup\.source\./,
  /^index\.verified_before_close$/,
  /^index\.history\.uuid$/,
  // Set on a mounted snapshot or a frozen index: what that index is, not how to build another.
  /^index\.allocation\.existing_shards_allocator$/,
  /^index\.store\.snapshot\./,
  /^index\.frozen$/,
  /^index\.search\.throttled$/,
]
const BLOCKS = /^index\.blocks\./
/** Names of the source cluster's nodes, pipelines and policies: meaningless (or harmful) on another cluster. */
const CLUSTER_BOUND: [RegExp, string][] = [
  [/^index\.routing\.allocation\.(include|exclude|require)\./, "names the source cluster's nodes or tiers"],
  [/^index\.data_path$/, "a directory on the source cluster's nodes"],
  [/^index\.(default|final)_pipeline$/, "names an ingest pipeline of the source cluster"],
  [/^index\.lifecycle\./, "names a lifecycle policy of the source cluster"],
  [/^(index\.)?plugins\.index_state_management\./, "names a state management policy of the source cluster"],
]
/** The same field type under each product's name. */
const RENAMED: Record<ServerProduct, Record<string, string>> = {
  opensearch: { flattened: 'flat_object' },
  elasticsearch: { flat_object: 'flattened' },
}
const MAX_ATTEMPTS = 100

/**
 * Creates `dest` on `to` from `source` on `from`, unless `dest` exists. `crossCluster` says whether the two
 * are different clusters (then node, pipeline and policy names are not carried).
 */
export async function copyIndexDefinition(
  from: Side,
  to: Side,
  source: string,
  dest: string,
  crossCluster: boolean,
  signal: AbortSignal,
): Promise<DefinitionResult> {
  if (await exists(to.transport, dest, signal)) return { outcome: 'exists', changes: [] }
  const read = await readDefinition(from.transport, source, signal)
  if (typeof read === 'string') return { outcome: 'unreadable', changes: [], note: read }
  const changes: DefinitionChange[] = []
  const settings: Json = {}
  for (const [name, value] of Object.entries(read.settings)) {
    const reason = IDENTITY.some((re) => re.test(name))
      ? 'identifies the source index (set by the server that created it)'
      : BLOCKS.test(name)
        ? "a block would refuse the copy's documents"
        : crossCluster
          ? CLUSTER_BOUND.find(([re]) => re.test(name))?.[1]
          : undefined
    if (reason === undefined) settings[name] = value
    else if (IDENTITY.some((re) => re.test(name))) {
      changes.push({ kind: 'setting', name: `${name}=${show(value)}`, action: 'dropped', reason, routine: true })
    } else changes.push({ kind: 'setting', name: `${name}=${show(value)}`, action: 'dropped', reason })
  }
  const mappings = structuredClone(read.mappings)
  if (read.dataStream !== undefined) {
    // The copy of a data stream's backing index is a plain index: hidden, it would not even be listed.
    const why = `marks the backing index of data stream ${read.dataStream}; the copy is a plain index`
    for (const name of ['index.hidden']) {
      if (!(name in settings)) continue
      changes.push({ kind: 'setting', name: `${name}=${show(settings[name])}`, action: 'dropped', reason: why })
      delete settings[name]
    }
    if ('_data_stream_timestamp' in mappings) {
      changes.push({ kind: 'parameter', name: `_data_stream_timestamp=${show(mappings._data_stream_timestamp)}`, action: 'dropped', reason: why })
      delete mappings._data_stream_timestamp
    }
  }
  if (to.product !== undefined && to.product !== from.product) renameTypes(mappings, RENAMED[to.product], to.product, changes)

  const server = to.product === 'opensearch' ? 'OpenSearch' : to.product === 'elasticsearch' ? 'Elasticsearch' : 'the destination'
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      await to.transport.request(
        // Not repeated after a lost answer: the repeat would find the index made by the first attempt.
        {
          method: 'PUT',
          path: `/${encodeURIComponent(dest)}`,
          body: { settings, mappings },
          endpoint: 'indices.create',
          idempotent: false,
        },
        { signal },
      )
      return { outcome: 'created', changes }
    } catch (err) {
      if (!(err instanceof ResponseError) || err.statusCode !== 400) throw err
      if (err.type === 'resource_already_exists_exception') return { outcome: 'exists', changes: [] }
      const reasons = reasonsOf(err.body)
      const before = changes.length
      for (const reason of reasons) applyRefusal(reason, settings, mappings, `${server} refuses it (${reason})`, changes)
      if (changes.length === before) {
        throw new CliError(
          `could not create ${dest} with the mappings and settings of ${source}: ${err.reason ?? err.message} ` +
            `(create ${dest} yourself, or pass --no-create to let the documents' dynamic mapping create it)`,
        )
      }
    }
  }
  throw new CliError(`could not create ${dest}: still refused after ${MAX_ATTEMPTS} attempts (pass --no-create)`)
}

async function exists(transport: TransportLike, index: string, signal: AbortSignal): Promise<boolean> {
  const res = await transport.request<unknown>(
    { method: 'HEAD', path: `/${encodeURIComponent(index)}`, endpoint: 'indices.exists' },
    { signal, meta: true, ignore: [404] },
  )
  return res.statusCode < 300
}

/** The source's settings (flat names) and mappings, or why they cannot be copied. */
async function readDefinition(
  transport: TransportLike,
  source: string,
  signal: AbortSignal,
): Promise<{ settings: Json; mappings: Json; dataStream?: string } | string> {
  let body: Record<string, { settings?: Json; mappings?: Json; data_stream?: string }>
  try {
    body = (await transport.request(
      {
        method: 'GET',
        path: `/${encodeURIComponent(source)}`,
        querystring: { flat_settings: 'true' },
        endpoint: 'indices.get',
      },
      // A field named __proto__ is legal in a mapping (and the CLI copies such documents byte for byte):
      // kept as an own property, it is copied like any other name, never reaching a prototype.
      { signal, prototypeKeys: 'keep' },
    )) as typeof body
  } catch (err) {
    // Reading documents needs only `read`; reading an index's definition needs `view_index_metadata`.
    if (err instanceof ResponseError && err.statusCode === 403) return `cannot read the mappings of ${source} (403)`
    throw err
  }
  const names = Object.keys(body)
  if (names.length === 0) return `${source} matches no index`
  if (names.length > 1) return `${source} is ${names.length} indices, whose mappings may differ`
  const index = body[names[0]!]!
  return {
    settings: { ...(index.settings ?? {}) },
    mappings: { ...(index.mappings ?? {}) },
    ...(index.data_stream === undefined ? {} : { dataStream: index.data_stream }),
  }
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

/** The reason without the advice both servers append to it, which is not about this copy. */
function plain(reason: string): string {
  return reason
    .replace(/ please check that any required plugins are installed, or check the breaking changes documentation for removed settings$/, '')
    .replace(/\. It might have been created within a future version or requires a plugin to be installed\. Check the documentation\.$/, '')
}

/**
 * Takes out of `settings`/`mappings` what one server reason names, recording it in `changes`. The messages
 * are those of Elasticsearch 9 and OpenSearch 3 (both inherit most of them from Elasticsearch 7).
 */
export function applyRefusal(
  reason: string,
  settings: Json,
  mappings: Json,
  why: string,
  changes: DefinitionChange[],
): void {
  // "unknown setting [index.mode] did you mean ...", "private index setting [x] can not be set explicitly",
  // "Failed to parse value [9111000] for setting [index.version.created]"
  const setting =
    /unknown setting \[([^\]]+)\]/.exec(reason) ??
    /private index setting \[([^\]]+)\]/.exec(reason) ??
    /for setting \[([^\]]+)\]/.exec(reason)
  if (setting) {
    const name = setting[1]!
    for (const key of [name, name.startsWith('index.') ? name.slice(6) : `index.${name}`]) {
      if (key in settings) {
        changes.push({ kind: 'setting', name: `${key}=${show(settings[key])}`, action: 'dropped', reason: why })
        delete settings[key]
      }
    }
    return
  }
  // ES: "The mapper type [semantic_text] declared on field [a] does not exist"; OS: "No handler for type [x]
  // declared on field [a]".
  const type = /type \[([^\]]+)\] declared on field \[([^\]]+)\]/.exec(reason)
  if (type) {
    for (const { path, field, parent, key, multi } of fieldsNamed(mappings, type[2]!)) {
      if (field.type !== type[1]) continue
      if (multi) {
        // A multi-field indexes its parent's value another way: without it the parent still indexes it.
        delete parent[key]
        changes.push({ kind: 'field', name: `${path} (${type[1]})`, action: 'dropped', reason: why })
        continue
      }
      for (const k of Object.keys(field)) delete field[k]
      Object.assign(field, { type: 'object', enabled: false })
      changes.push({ kind: 'field', name: `${path} (${type[1]})`, action: 'not indexed', reason: `${why}; its values stay in _source` })
    }
    return
  }
  // Both: "unknown parameter [foo] on mapper [f] of type [keyword]" (`[_source] of type [null]` for a root field)
  const param = /unknown parameter \[([^\]]+)\] on mapper \[([^\]]+)\] of type \[([^\]]+)\]/.exec(reason)
  if (param) {
    const [, p, name, fieldType] = param as unknown as [string, string, string, string]
    const targets =
      fieldType === 'null' && isObject(mappings[name])
        ? [{ path: name, field: mappings[name] as Json }]
        : fieldsNamed(mappings, name).filter((f) => f.field.type === fieldType)
    for (const { path, field } of targets) dropParameter(path, field, p, why, changes)
    return
  }
  // "Root mapping definition has unsupported parameters:  [subobjects : false]",
  // "Mapping definition for [f] has unsupported parameters:  [foo : 1] [bar : 2]"
  const unsupported = /(Root mapping definition|Mapping definition for \[([^\]]+)\]) has unsupported parameters:(.*)$/.exec(reason)
  if (unsupported) {
    const params = [...unsupported[3]!.matchAll(/\[([^\s:\]]+) : /g)].map((m) => m[1]!)
    const targets = unsupported[2] === undefined ? [{ path: '', field: mappings }] : fieldsNamed(mappings, unsupported[2])
    for (const { path, field } of targets) for (const p of params) dropParameter(path, field, p, why, changes)
  }
}

function dropParameter(path: string, field: Json, param: string, why: string, changes: DefinitionChange[]): void {
  if (!(param in field)) return
  changes.push({
    kind: 'parameter',
    name: `${path ? `${path}.` : ''}${param}=${show(field[param])}`,
    action: 'dropped',
    reason: why,
  })
  delete field[param]
}

interface FieldAt {
  path: string
  field: Json
  /** The `properties` (or `fields`) object that holds it under `key`. */
  parent: Json
  key: string
  /** A multi-field (under `fields`), which cannot become an object. */
  multi: boolean
}

/** Every field mapping (object fields and multi-fields included) whose last name is `name`, with its path. */
function fieldsNamed(mappings: Json, name: string): FieldAt[] {
  const found: FieldAt[] = []
  const walk = (properties: unknown, prefix: string, multi: boolean) => {
    if (!isObject(properties)) return
    for (const [key, field] of Object.entries(properties)) {
      if (!isObject(field)) continue
      const path = `${prefix}${key}`
      if (key === name) found.push({ path, field, parent: properties, key, multi })
      walk(field.properties, `${path}.`, false)
      walk(field.fields, `${path}.`, true)
    }
  }
  walk(mappings.properties, '', false)
  return found
}

function renameTypes(mappings: Json, renames: Record<string, string>, product: ServerProduct, changes: DefinitionChange[]): void {
  const walk = (properties: unknown, prefix: string) => {
    if (!isObject(properties)) return
    for (const [key, field] of Object.entries(properties)) {
      if (!isObject(field)) continue
      const path = `${prefix}${key}`
      const renamed = typeof field.type === 'string' ? renames[field.type] : undefined
      if (renamed !== undefined) {
        changes.push({
          kind: 'field',
          name: `${path} (${field.type})`,
          action: 'renamed',
          reason: `mapped as ${renamed}, ${product === 'opensearch' ? "OpenSearch's" : "Elasticsearch's"} name for the same type`,
        })
        field.type = renamed
      }
      walk(field.properties, `${path}.`)
    }
  }
  walk(mappings.properties, '')
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The stderr lines for the changes: one per change, the routine ones (the source's identity) summed up in one. */
export function describeChanges(changes: readonly DefinitionChange[]): string[] {
  const lines = changes.filter((c) => c.routine !== true).map(describeChange)
  const routine = changes.filter((c) => c.routine === true).map((c) => c.name.split('=')[0])
  if (routine.length > 0) {
    lines.push(`${routine.length} settings that identify the source index not copied (${routine.join(', ')})`)
  }
  return lines
}

/** The stderr line for one change. */
export function describeChange(change: DefinitionChange): string {
  const what = change.kind === 'parameter' ? 'mapping parameter' : change.kind
  const done = change.action === 'dropped' ? 'not copied' : change.action === 'renamed' ? 'renamed' : 'not indexed'
  return `${what} ${change.name} ${done}: ${change.reason}`
}
