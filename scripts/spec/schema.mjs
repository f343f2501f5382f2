// Finds and reads the compiled Elasticsearch specification (elastic/elasticsearch-specification's
// schema.json, gzipped) that scripts/generate-api.mjs generates the API from.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'

/**
 * `schema-<major.minor>.json.gz` in the first `shared/elasticsearch-specification/` of a folder above the
 * repository (CI clones beside `shared/`; a git worktree may sit one level deeper), or `explicit` when given.
 */
export function findSchema(root, version, explicit) {
  if (explicit) return resolve(explicit)
  const file = `schema-${version.split('.').slice(0, 2).join('.')}.json.gz`
  const tried = []
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'elasticsearch-specification', file)
    tried.push(candidate)
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) break
  }
  throw new Error(`no ${file} found (looked at ${tried.join(', ')}); pass --schema PATH`)
}

/** The parsed schema with a lookup of its types by `namespace::name`. */
export function readSchema(file) {
  const raw = readFileSync(file)
  const schema = JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'))
  if (!Array.isArray(schema.endpoints) || !Array.isArray(schema.types)) {
    throw new Error(`${file} is not a compiled specification (no endpoints/types)`)
  }
  const byName = new Map(schema.types.map((t) => [typeKey(t.name), t]))
  return { schema, type: (ref) => byName.get(typeKey(ref)) }
}

export const typeKey = (ref) => `${ref.namespace}::${ref.name}`
