/**
 * Every place in an index's mappings where a field's mapping sits, so that a change made to the definition
 * (a type renamed, a field no longer indexed, a parameter dropped) reaches each of them and not only the
 * top-level properties: properties at any depth, multi-fields, the mapping of each dynamic template (and
 * what it holds), runtime fields.
 */

export type Json = Record<string, unknown>

export interface FieldAt {
  /**
   * Where it is, as a user names it: the dotted path of a property or multi-field (`a.b`, `title.raw`),
   * `dynamic_templates.<name>` for the mapping of a dynamic template (`dynamic_templates.<name>.raw` for a
   * multi-field in it), `runtime.<name>` for a runtime field.
   */
  path: string
  /** The field's own mapping (`{ type, ... }`). */
  field: Json
  /** The object that holds it under `key` (a `properties`, a `fields`, a template body, `runtime`). */
  parent: Json
  key: string
  place: 'property' | 'multi-field' | 'dynamic template' | 'runtime field'
  /** The dynamic template it belongs to (set on the template's mapping and on everything inside it). */
  template?: { name: string; index: number }
  /** The names a server uses for it in a message ("declared on field [x]", "on mapper [__dynamic__x]"). */
  names: string[]
}

/** The name under which a dynamic template's mapping is tried as a field (see copyIndexDefinition). */
export function probeName(templateIndex: number): string {
  return `elastream_dynamic_template_${templateIndex}`
}

/** Every field mapping in `mappings`, parents before what they hold. */
export function fieldsOf(mappings: Json): FieldAt[] {
  const found: FieldAt[] = []
  const inside = (field: Json, path: string, template: FieldAt['template']) => {
    walk(field.properties, `${path}.`, 'property', template)
    walk(field.fields, `${path}.`, 'multi-field', template)
  }
  const walk = (holder: unknown, prefix: string, place: FieldAt['place'], template: FieldAt['template']) => {
    if (!isObject(holder)) return
    for (const [key, field] of Object.entries(holder)) {
      if (!isObject(field)) continue
      const path = `${prefix}${key}`
      found.push({ path, field, parent: holder, key, place, names: [key], ...(template ? { template } : {}) })
      inside(field, path, template)
    }
  }
  walk(mappings.properties, '', 'property', undefined)
  const templates = mappings.dynamic_templates
  if (Array.isArray(templates)) {
    templates.forEach((entry: unknown, index) => {
      // Each entry is `{ "<name>": { "match": ..., "mapping": { ... } } }`.
      if (!isObject(entry)) return
      for (const [name, body] of Object.entries(entry)) {
        if (!isObject(body) || !isObject(body.mapping)) continue
        const path = `dynamic_templates.${name}`
        const template = { name, index }
        found.push({
          path,
          field: body.mapping,
          parent: body,
          key: 'mapping',
          place: 'dynamic template',
          template,
          names: [`__dynamic__${name}`, probeName(index)],
        })
        inside(body.mapping, path, template)
      }
    })
  }
  walk(mappings.runtime, 'runtime.', 'runtime field', undefined)
  return found
}

/** The targets of a `copy_to` (a string or a list of them). */
export function copyTargets(field: Json): string[] {
  const to = field.copy_to
  if (typeof to === 'string') return [to]
  return Array.isArray(to) ? to.filter((t): t is string => typeof t === 'string') : []
}

export function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
