/**
 * The metadata of one bulk action, checked before it goes out. Elasticsearch reads a `_bulk` body whole
 * before it runs any of it, and a single action line it cannot accept (a `version` without an external
 * `version_type`, `if_seq_no` without `if_primary_term`, an object `routing`, ...) makes it refuse the whole
 * request with a 400: every item of the batch fails for one. Caught here, that item fails alone, with a
 * reason naming the field and the value, and the others go out.
 *
 * The rules are what Elasticsearch 9.5 and OpenSearch 3.8 refuse for the whole request (tried on both by
 * test/helpers/bulk-meta-check.test.ts). Names this file does not know go out as written: a newer server may
 * take them, and if it does not, bulkStream finds the guilty item by splitting the batch (bulk-stream.ts).
 * A null value is taken as absent, as Elasticsearch takes it (but for `_index`, which it then calls
 * missing), so it is dropped from the line.
 */
import type { BulkActionMeta, BulkOp } from './bulk-action.js'
import { describeValue } from '../../options/describe-value.js'

export const VERSION_TYPES: readonly string[] = ['internal', 'external', 'external_gte']
/** 2^63: every Java long is below it (the largest, 2^63 - 1, is not a double; 2^63 is). */
const LONG_LIMIT = 2 ** 63

/** The checked metadata (the same object when nothing was dropped), or why the action cannot go out. */
export type MetaCheck = { meta: BulkActionMeta; reason?: undefined } | { reason: string; meta?: undefined }

/**
 * Checks `meta` for an `op`. `label` turns an action-line field into the name the caller wrote (the
 * metadata-in-document shape writes `_version` for `version`), so the reason names what the user can find.
 */
export function checkMeta(op: BulkOp, meta: BulkActionMeta, label: (field: string) => string = quote): MetaCheck {
  let clean = meta
  for (const key in meta) {
    if (meta[key] === null) {
      if (clean === meta) clean = { ...meta }
      delete clean[key]
    }
  }
  const bad = (field: string, why: string): MetaCheck => ({
    reason: `action metadata ${label(field)} ${why}, got ${show(clean[field])}`,
  })
  for (const field of ['_id', 'routing', 'pipeline'] as const) {
    const value = clean[field]
    if (value !== undefined && !isSimple(value)) return bad(field, 'must be a string or a number')
  }
  if (clean._index !== undefined && (typeof clean._index !== 'string' || clean._index === '')) {
    return bad('_index', 'must be a non-empty string')
  }
  const version = clean.version
  const versionType = clean.version_type
  if (versionType !== undefined && !VERSION_TYPES.includes(versionType as string)) {
    return bad('version_type', `must be one of ${VERSION_TYPES.map((v) => JSON.stringify(v)).join(', ')}`)
  }
  if (version !== undefined) {
    if (!isLong(version, 0)) return bad('version', 'must be an integer >= 0')
    if (op === 'update' || op === 'create') {
      return bad('version', `cannot go with a ${op} (Elasticsearch versions only index and delete)`)
    }
    if (versionType === undefined || versionType === 'internal') {
      return {
        reason:
          `action metadata ${label('version')} ${show(version)} needs ${label('version_type')} "external" or ` +
          `"external_gte", got ${show(versionType)} (Elasticsearch refuses a version with internal versioning; ` +
          'use if_seq_no and if_primary_term to write only over what you read)',
      }
    }
  } else if (versionType !== undefined && versionType !== 'internal') {
    return bad('version_type', `needs ${label('version')}`)
  }
  if (versionType !== undefined && versionType !== 'internal' && op === 'update') {
    return bad('version_type', 'cannot go with an update (Elasticsearch does not version updates)')
  }
  const seqNo = clean.if_seq_no
  const term = clean.if_primary_term
  if (seqNo !== undefined && !isLong(seqNo, 0)) return bad('if_seq_no', 'must be an integer >= 0')
  if (term !== undefined && !isLong(term, 1)) return bad('if_primary_term', 'must be an integer >= 1')
  if (seqNo !== undefined && term === undefined) return bad('if_seq_no', `needs ${label('if_primary_term')}`)
  if (term !== undefined && seqNo === undefined) return bad('if_primary_term', `needs ${label('if_seq_no')}`)
  if (seqNo !== undefined) {
    if (op === 'create') return bad('if_seq_no', 'cannot go with a create (it writes only a new document)')
    if (version !== undefined) return bad('if_seq_no', `cannot go with ${label('version')}`)
  }
  if (clean.retry_on_conflict !== undefined && !isLong(clean.retry_on_conflict, -LONG_LIMIT)) {
    return bad('retry_on_conflict', 'must be an integer')
  }
  for (const field of ['require_alias', 'require_data_stream', 'list_executed_pipelines'] as const) {
    const value = clean[field]
    if (value !== undefined && value !== true && value !== false && value !== 'true' && value !== 'false') {
      return bad(field, 'must be true or false')
    }
  }
  const templates = clean.dynamic_templates
  if (templates !== undefined) {
    if (typeof templates !== 'object' || Array.isArray(templates)) {
      return bad('dynamic_templates', 'must be an object of field names to template names')
    }
    for (const name in templates) {
      if (typeof (templates as Record<string, unknown>)[name] !== 'string') {
        return bad('dynamic_templates', `must map each field to a template name (${JSON.stringify(name)} does not)`)
      }
    }
  }
  return { meta: clean }
}

/** What an update's body may hold, each with the kinds of value Elasticsearch takes for it. */
const UPDATE_BODY: Record<string, (value: unknown) => boolean> = {
  doc: isObject,
  upsert: isObject,
  doc_as_upsert: isBoolean,
  scripted_upsert: isBoolean,
  detect_noop: isBoolean,
  script: (value) => typeof value === 'string' || isObject(value),
  _source: (value) => typeof value === 'boolean' || typeof value === 'string' || isObject(value) || Array.isArray(value),
}

/** Why an update body (the action object's keys besides the op) would be refused, or undefined. */
export function checkUpdateBody(body: Record<string, unknown>): string | undefined {
  for (const key in body) {
    const value = body[key]
    if (value === undefined) continue
    const ok = UPDATE_BODY[key]
    if (ok === undefined) return `an update body takes ${Object.keys(UPDATE_BODY).join(', ')}; got ${JSON.stringify(key)}`
    if (!ok(value)) return `update ${JSON.stringify(key)} cannot be ${show(value)}`
  }
  return undefined
}

function isSimple(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
}

/** An integer from `min` that fits a Java long, as a number or as a string of digits (Elasticsearch takes both). */
function isLong(value: unknown, min: number): boolean {
  const n = typeof value === 'string' && /^-?\d{1,19}$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n < LONG_LIMIT
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isBoolean(value: unknown): boolean {
  return value === true || value === false
}

function quote(field: string): string {
  return JSON.stringify(field)
}

/** A metadata value as the reason quotes it (the shared printer); a field not given is "none". */
function show(value: unknown): string {
  return value === undefined ? 'none' : describeValue(value)
}
