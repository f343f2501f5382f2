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
import { ResponseError } from '../../errors.js'
import type { ServerProduct } from '../../transport/product/server-info.js'
import type { TransportLike } from '../../transport/types.js'
import { type DefinitionChange, show } from './definition-change.js'
import { applyRefusal, type Definition, reasonsOf } from './definition-refusal.js'
import { CliError } from '../errors.js'
import { fieldsOf, type Json, probeName } from './mapping-walk.js'

export { type DefinitionChange, describeChange, describeChanges } from './definition-change.js'

export interface DefinitionResult {
  /** `created`: made from the source; `exists`: the destination was there already and was left alone. */
  outcome: 'created' | 'exists' | 'unreadable'
  changes: DefinitionChange[]
  /** Why nothing was created when the outcome is `unreadable`. */
  note?: string
}

export interface Side {
  transport: TransportLike
  product: ServerProduct | undefined
}

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
  return createFromDefinition(to, dest, read, { source, product: from.product, crossCluster }, signal)
}

/** An index's definition as read from its server: flat settings, mappings, and the data stream it backs. */
export interface IndexDefinition {
  settings: Json
  mappings: Json
  dataStream?: string
}

/**
 * Creates `dest` on `to` from a definition read earlier (by `reindex` from its source, or from a backup folder
 * by `load`), with the same leaving-out and the same refusal-driven retries. `keepDependencies`: the
 * pipelines and lifecycle policies the settings name come along (a backup restores them first), so only the
 * node-bound settings are left out on another cluster.
 */
export async function createFromDefinition(
  to: Side,
  dest: string,
  read: IndexDefinition,
  from: { source: string; product: ServerProduct | undefined; crossCluster: boolean; keepDependencies?: boolean },
  signal: AbortSignal,
): Promise<DefinitionResult> {
  const { source, crossCluster } = from
  const bound = from.keepDependencies
    ? CLUSTER_BOUND.filter(([re]) => !re.test('index.default_pipeline') && !re.test('index.lifecycle.name'))
    : CLUSTER_BOUND
  const changes: DefinitionChange[] = []
  const settings: Json = {}
  for (const [name, value] of Object.entries(read.settings)) {
    const reason = IDENTITY.some((re) => re.test(name))
      ? 'identifies the source index (set by the server that created it)'
      : BLOCKS.test(name)
        ? "a block would refuse the copy's documents"
        : crossCluster
          ? bound.find(([re]) => re.test(name))?.[1]
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
  const def: Definition = { settings, mappings, changes }
  if (to.product !== undefined && to.product !== from.product) renameTypes(def, RENAMED[to.product], to.product)

  const server = to.product === 'opensearch' ? 'OpenSearch' : to.product === 'elasticsearch' ? 'Elasticsearch' : 'the destination'
  if (await checkTemplates(to.transport, dest, def, server, signal)) return { outcome: 'exists', changes: [] }
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
      const before = changes.length
      for (const reason of reasonsOf(err.body)) applyRefusal(reason, def, server)
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

export async function exists(transport: TransportLike, index: string, signal: AbortSignal): Promise<boolean> {
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
): Promise<IndexDefinition | string> {
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


/** A sort field no index has: a create that names it is refused after its mappings were checked. */
const PROBE_SORT = 'elastream-probe-no-such-field'

/**
 * Tries the mapping of each dynamic template on the destination before the index is made. Elasticsearch
 * checks a template's mapping when the index is created, OpenSearch only when a document first matches it:
 * the index would be made, and the documents refused one by one. So the mappings are sent as fields (under
 * their probe names) in a create request that cannot succeed, its index sorted on a field that does not
 * exist: both servers check the mappings first, and what they refuse is taken out of the templates as it
 * would be out of a field. Nothing is created. Returns true when `dest` turned out to exist.
 */
async function checkTemplates(
  transport: TransportLike,
  dest: string,
  def: Definition,
  server: string,
  signal: AbortSignal,
): Promise<boolean> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const probes = fieldsOf(def.mappings).filter((f) => f.place === 'dynamic template' && triable(f.field))
    if (probes.length === 0) return false
    const settings = Object.fromEntries(Object.entries(def.settings).filter(([k]) => !k.startsWith('index.sort.')))
    settings['index.sort.field'] = PROBE_SORT
    const properties = Object.fromEntries(probes.map((f) => [probeName(f.template!.index), f.field]))
    try {
      await transport.request(
        {
          method: 'PUT',
          path: `/${encodeURIComponent(dest)}`,
          body: { settings, mappings: { properties } },
          endpoint: 'indices.create',
          idempotent: false,
        },
        { signal },
      )
    } catch (err) {
      // Anything but a refusal of what was sent (no right to create, a node down...) is the real create's
      // to report; a template left unchecked is then what it was in the source.
      if (signal.aborted) throw err
      if (!(err instanceof ResponseError) || err.statusCode !== 400) return false
      if (err.type === 'resource_already_exists_exception') return true
      const reasons = reasonsOf(err.body)
      if (reasons.some((r) => r.includes(PROBE_SORT))) return false
      // About the probe's own sort (`[index.mode=time_series] is incompatible with [index.sort.field]`): the
      // probe cannot tell, and the source's sort, which it left out, must not be dropped for it.
      if (reasons.some((r) => r.includes('index.sort.'))) return false
      const before = def.changes.length
      for (const reason of reasons) applyRefusal(reason, def, server, 'templates')
      if (def.changes.length === before) return false
      continue
    }
    // A server that did not check the sort field made the index, with the probes in it: not the copy.
    await transport.request({ method: 'DELETE', path: `/${encodeURIComponent(dest)}`, endpoint: 'indices.delete' }, { signal })
    return false
  }
  return false
}

/**
 * A template mapping that can be tried as a field: a type of its own (not `{dynamic_type}`), no `{name}`
 * placeholder, and nothing nested (an index sorted on any field refuses nested fields).
 */
function triable(mapping: Json): boolean {
  const text = JSON.stringify(mapping)
  return typeof mapping.type === 'string' && !/\{(name|dynamic_type)\}/.test(text) && !text.includes('"nested"')
}

/** Renames the types the destination knows under another name, wherever a type is given. */
function renameTypes(def: Definition, renames: Record<string, string>, product: ServerProduct): void {
  for (const f of fieldsOf(def.mappings)) {
    // Runtime fields have their own, smaller set of types, none of them renamed.
    if (f.place === 'runtime field' || typeof f.field.type !== 'string') continue
    const renamed = renames[f.field.type]
    if (renamed === undefined) continue
    const reason = `mapped as ${renamed}, ${product === 'opensearch' ? "OpenSearch's" : "Elasticsearch's"} name for the same type`
    def.changes.push(
      f.place === 'dynamic template'
        ? { kind: 'dynamic template', name: `${f.template!.name} (${f.field.type})`, action: 'renamed', reason }
        : { kind: 'field', name: `${f.path} (${f.field.type})`, action: 'renamed', reason },
    )
    f.field.type = renamed
  }
}
