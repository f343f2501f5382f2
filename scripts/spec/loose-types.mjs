// TypeScript types for path parts and query parameters, resolved from the specification's aliases and enums
// down to strings, numbers, booleans and literal unions. Body fields stay `unknown` here: the request and
// response types proper come from scripts/spec/types.mjs once it exists.

const BUILTIN = { string: 'string', boolean: 'boolean', number: 'number', null: 'null', void: 'void' }

/** A TypeScript type for a schema type reference, `unknown` for structured types. */
export function looseType(ref, type, depth = 0) {
  const parts = new Set()
  collect(ref, type, depth, parts)
  if (parts.has('unknown') || parts.size === 0) return 'unknown'
  // A boolean that evolved into an enum ('true' | 'false' | 'wait_for'): plain booleans are accepted too.
  if (parts.has("'true'") && parts.has("'false'")) parts.add('boolean')
  return [...parts].join(' | ')
}

function collect(ref, type, depth, parts) {
  if (depth > 8) return parts.add('unknown')
  switch (ref.kind) {
    case 'instance_of': {
      const name = ref.type
      if (name.namespace === '_builtins') return parts.add(BUILTIN[name.name] ?? 'unknown')
      const def = type(name)
      if (!def) return parts.add('unknown')
      if (def.kind === 'type_alias') return collect(def.type, type, depth + 1, parts)
      if (def.kind === 'enum') {
        for (const m of def.members) parts.add(`'${m.name.replace(/'/g, "\\'")}'`)
        return
      }
      return parts.add('unknown')
    }
    case 'union_of':
      for (const item of ref.items) collect(item, type, depth + 1, parts)
      return
    case 'array_of': {
      const inner = looseType(ref.value, type, depth + 1)
      return parts.add(inner === 'unknown' ? 'unknown' : `ReadonlyArray<${inner}>`)
    }
    case 'literal_value':
      return parts.add(JSON.stringify(ref.value).replace(/"/g, "'"))
    default:
      return parts.add('unknown')
  }
}
