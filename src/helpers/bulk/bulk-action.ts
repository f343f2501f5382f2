/**
 * What a bulk stream takes in: the four operations and the action objects that name one, with the metadata
 * Elasticsearch reads from an action line. Types and the one check of an action's shape; no imports from the
 * rest of bulk, so the metadata checks and the item builder can both use them.
 */
import type { Script, ScriptSource, SearchSourceConfig } from '../../api/types/index.js'

export type BulkOp = 'index' | 'create' | 'update' | 'delete'
const OPS: readonly BulkOp[] = ['index', 'create', 'update', 'delete']

/** The metadata of one bulk action line, as Elasticsearch names it. */
export interface BulkActionMeta {
  _index?: string
  _id?: string
  routing?: string
  pipeline?: string
  if_seq_no?: number
  if_primary_term?: number
  version?: number
  version_type?: 'internal' | 'external' | 'external_gte'
  require_alias?: boolean
  /** update only */
  retry_on_conflict?: number
  dynamic_templates?: Record<string, string>
  [key: string]: unknown
}

/** Keys besides the op that an action object may carry; `update` sends them as its body. */
export const UPDATE_BODY_KEYS = [
  'doc',
  'upsert',
  'doc_as_upsert',
  'script',
  'scripted_upsert',
  'detect_noop',
  '_source',
]

export type BulkAction<TDoc = Record<string, unknown>> =
  | { index: BulkActionMeta; doc: TDoc }
  | { create: BulkActionMeta; doc: TDoc }
  | {
      update: BulkActionMeta
      doc?: Partial<TDoc>
      upsert?: TDoc
      doc_as_upsert?: boolean
      script?: Script | ScriptSource
      scripted_upsert?: boolean
      detect_noop?: boolean
      _source?: SearchSourceConfig
    }
  | { delete: BulkActionMeta }

/** Recognizes `{ <op>: meta, ...body keys }`: exactly one op key whose value is an object, nothing unknown. */
export function asAction(value: object): BulkOp | undefined {
  let op: BulkOp | undefined
  for (const key in value) {
    if ((OPS as readonly string[]).includes(key)) {
      if (op !== undefined) return undefined
      const meta = (value as Record<string, unknown>)[key]
      if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return undefined
      op = key as BulkOp
    } else if (!UPDATE_BODY_KEYS.includes(key)) {
      return undefined
    }
  }
  if (op === undefined) return undefined
  // Only update takes body keys other than doc; delete takes none.
  for (const key in value) {
    if (key === op) continue
    if (op === 'delete') return undefined
    if (op !== 'update' && key !== 'doc') return undefined
  }
  return op
}
