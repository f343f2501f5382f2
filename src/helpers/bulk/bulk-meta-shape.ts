/**
 * The metadata-in-document action shape of the Python helpers (`async_bulk`, `streaming_bulk`) and of dump
 * files (a search hit is one): `{ "_index": "mywords", "_id": "1", "word": "foo" }` or
 * `{ "_index": "mywords", "_source": { "word": "foo" } }`, read into our `{ <op>: meta, doc }` action.
 *
 * When is an object read this way? Only when it holds one of the TRIGGERS: names Elasticsearch reserves for
 * its own metadata fields and refuses inside a document ("Field [_id] is a metadata field and cannot be added
 * inside a document"). Such an object cannot be meant as a document, so reading it as metadata loses nothing.
 * The other names (`_op_type`, `_pipeline`, ...) are legal document fields: on their own they keep an object a
 * document, and they are read as metadata only alongside a trigger.
 *
 * A search hit exported with `version: true` or `seq_no_primary_term: true` carries `_version`, `_seq_no` and
 * `_primary_term`: where the document stood in the index it came from. They say nothing about the index it
 * goes to (its sequence numbers are its own, and Elasticsearch refuses a `version` with internal versioning),
 * so a restore ignores them: `_seq_no` and `_primary_term` always, `_version` when no `_version_type` comes
 * with it (`hitVersions: 'ignore'`, the default). `hitVersions: 'external'` keeps it as `version` with
 * `version_type: external`: a document is then written only over an older version of itself, so loading an
 * older dump over a newer copy leaves the newer documents alone (409 for the older). `_version` with
 * `_version_type` is the Python helpers' shape, an explicit request: sent as written.
 */
import type { BulkActionMeta, BulkOp } from './bulk-action.js'
import { describeValue as describe } from '../../options/describe-value.js'

/** Metadata fields Elasticsearch 9 refuses inside a document (checked against the node by the tests). */
export const TRIGGERS: readonly string[] = ['_index', '_id', '_source', '_routing', '_version']

/**
 * The names read as metadata once a trigger is present, and the action-line field each becomes. A map with no
 * prototype: a document field named `constructor`, `toString` or `__proto__` must not find a metadata name.
 */
export const META_FIELDS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  _index: '_index',
  _id: '_id',
  _routing: 'routing',
  _if_seq_no: 'if_seq_no',
  _if_primary_term: 'if_primary_term',
  _version: 'version',
  _version_type: 'version_type',
  _pipeline: 'pipeline',
  _require_alias: 'require_alias',
  _retry_on_conflict: 'retry_on_conflict',
})

/** A hit's place in the index it came from: never metadata of the write, never part of the document. */
const HIT_POSITION = ['_seq_no', '_primary_term']

/** The name a caller wrote for an action-line field: `_version` for `version`, for reasons that name it. */
const WRITTEN: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  Object.fromEntries(Object.entries(META_FIELDS).map(([written, field]) => [field, written])),
)
export function metaLabel(field: string): string {
  return JSON.stringify(WRITTEN[field] ?? field)
}

export interface MetaShapeOptions {
  /** What a `_version` without `_version_type` means: 'ignore' (default) or 'external' (see the file comment). */
  hitVersions?: 'ignore' | 'external'
}

const OPS: readonly BulkOp[] = ['index', 'create', 'update', 'delete']
/** What an update body may hold; anything else would be dropped by the builder, so it is refused here. */
const UPDATE_BODY = ['doc', 'upsert', 'doc_as_upsert', 'script', 'scripted_upsert', 'detect_noop']

export type MetaShape =
  | { op: BulkOp; action: Record<string, unknown> }
  | { op: BulkOp; reason: string }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)
}

/**
 * Reads `value` as the metadata-in-document shape, or answers undefined when it holds no trigger (it is then a
 * plain document). `_op_type` (default 'index') picks the op; `_source`, when given, is the document (for
 * `update`: the update body, unless it is not an object, in which case it is the action's `_source` filter),
 * and whatever else the object holds is then ignored (a search hit's `_score`, `sort`, ...); without
 * `_source` the document is the object minus the metadata names. A `delete` sends no document.
 */
export function readMetaShape(value: object, options: MetaShapeOptions = {}): MetaShape | undefined {
  const input = value as Record<string, unknown>
  let triggered = false
  for (const name of TRIGGERS) {
    if (Object.hasOwn(input, name)) {
      triggered = true
      break
    }
  }
  if (!triggered) return undefined

  const opType = input._op_type ?? 'index'
  if (typeof opType !== 'string' || !(OPS as readonly string[]).includes(opType)) {
    return {
      op: 'index',
      reason: `_op_type must be one of ${OPS.join(', ')}, got ${describe(opType)}`,
    }
  }
  const op = opType as BulkOp
  const meta: BulkActionMeta = {}
  // No prototype: a document field named `__proto__` is a field like any other (JSON.parse made it one).
  const rest: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(input)) {
    const field = META_FIELDS[key]
    if (field !== undefined) {
      if (input[key] !== undefined) meta[field] = input[key]
    } else if (key !== '_op_type' && key !== '_source' && !HIT_POSITION.includes(key)) {
      rest[key] = input[key]
    }
  }
  if (meta.version !== undefined && meta.version !== null && (meta.version_type === undefined || meta.version_type === null)) {
    // A hit's version (see the file comment).
    if (options.hitVersions === 'external') meta.version_type = 'external'
    else delete meta.version
  }
  if (meta._id !== undefined && typeof meta._id !== 'string' && typeof meta._id !== 'number') {
    return { op, reason: `_id must be a string or a number, got ${describe(meta._id)}` }
  }
  if (meta._index !== undefined && typeof meta._index !== 'string') {
    return { op, reason: `_index must be a string, got ${describe(meta._index)}` }
  }
  const source = input._source
  const hasSource = Object.hasOwn(input, '_source') && source !== undefined

  if (op === 'delete') return { op, action: { delete: meta } }
  if (op === 'update') {
    let body = rest
    if (hasSource && isPlainObject(source)) body = source
    // A non-object _source on an update is its source filter (return the updated document's source).
    else if (hasSource) meta._source = source
    const unknown = Object.keys(body).filter((key) => !UPDATE_BODY.includes(key))
    if (unknown.length > 0) {
      return {
        op,
        reason: `an update takes ${UPDATE_BODY.join(', ')}; got ${unknown.map((k) => JSON.stringify(k)).join(', ')}`,
      }
    }
    return { op, action: { update: meta, ...body } }
  }
  if (hasSource && !isPlainObject(source)) {
    return { op, reason: `_source must be an object (the document), got ${describe(source)}` }
  }
  return { op, action: { [op]: meta, doc: hasSource ? source : rest } }
}
