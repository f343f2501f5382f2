/**
 * What a backup saves besides documents: each index's definition (mappings, settings, aliases) and what the
 * indices depend on to be rebuilt the same: the index templates (and the component templates they are
 * composed of) and legacy templates whose patterns match them, the ingest pipelines and the lifecycle
 * policies their settings name. A server may lack an API (Elasticsearch's integ-test distribution has no
 * ingest nor ILM, OpenSearch has no ILM): that is recorded as `unavailable`, not an error.
 */
import { ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'
import { CliError } from '../errors.js'
import type { Json } from '../index-definition/mapping-walk.js'

export interface SavedIndex {
  settings: Json
  mappings: Json
  aliases: Json
  data_stream?: string
}

export interface Dependencies {
  index_templates: Array<{ name: string; index_template: Json }>
  component_templates: Array<{ name: string; component_template: Json }>
  legacy_templates: Record<string, Json>
  pipelines: Record<string, Json>
  ilm_policies: Record<string, Json>
  /** APIs the source did not serve (`ingest pipelines: 400 no handler found ...`). */
  unavailable: string[]
  /** Named by a setting but not found on the source (`pipeline p (index.default_pipeline of logs-1)`). */
  missing: string[]
}

/** Every index `pattern` names, with its definition; an error when it names none. */
export async function readIndexDefinitions(
  transport: TransportLike,
  pattern: string,
  signal: AbortSignal,
): Promise<Record<string, SavedIndex>> {
  const body = (await transport.request(
    {
      method: 'GET',
      path: `/${encodeURIComponent(pattern)}`,
      querystring: { flat_settings: 'true' },
      endpoint: 'indices.get',
    },
    { signal, prototypeKeys: 'keep' },
  )) as Record<string, Partial<SavedIndex>>
  const names = Object.keys(body).sort()
  if (names.length === 0) throw new CliError(`"${pattern}" matches no index: nothing to back up`)
  const out: Record<string, SavedIndex> = {}
  for (const name of names) {
    const i = body[name]!
    out[name] = {
      settings: i.settings ?? {},
      mappings: i.mappings ?? {},
      aliases: i.aliases ?? {},
      ...(i.data_stream === undefined ? {} : { data_stream: i.data_stream }),
    }
  }
  return out
}

/** A server without an API answers 400 (no handler), 404, 405, 410 or 501 for the whole endpoint. */
function notServed(err: unknown): string | undefined {
  if (!(err instanceof ResponseError)) return undefined
  if (err.statusCode === 404 && /resource_not_found|index_template_missing|not_found/.test(err.type ?? '')) return undefined
  if (![400, 404, 405, 410, 501].includes(err.statusCode)) return undefined
  return `${err.statusCode} ${err.reason ?? err.type ?? ''}`.trim()
}

function isMissing(err: unknown): boolean {
  return err instanceof ResponseError && err.statusCode === 404
}

/** `*` in an index pattern matches any run of characters. */
export function patternMatches(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return re.test(name)
}

function settingOf(settings: unknown, name: string): unknown {
  if (settings === null || typeof settings !== 'object') return undefined
  const flat = settings as Json
  if (name in flat) return flat[name]
  // Nested form ({"index":{"default_pipeline":..}}), as templates return it.
  let at: unknown = flat
  for (const part of name.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Json)[part]
  }
  return at
}

/** Reads the templates, pipelines and policies the indices depend on. */
export async function readDependencies(
  transport: TransportLike,
  indices: Record<string, SavedIndex>,
  signal: AbortSignal,
): Promise<Dependencies> {
  const deps: Dependencies = {
    index_templates: [],
    component_templates: [],
    legacy_templates: {},
    pipelines: {},
    ilm_policies: {},
    unavailable: [],
    missing: [],
  }
  const names = Object.keys(indices)
  const matchesAny = (patterns: unknown) => {
    const list = Array.isArray(patterns) ? patterns : typeof patterns === 'string' ? patterns.split(',') : []
    return list.some((p) => typeof p === 'string' && names.some((n) => patternMatches(p, n)))
  }
  const get = async (path: string, what: string): Promise<unknown> => {
    try {
      return await transport.request({ method: 'GET', path }, { signal, prototypeKeys: 'keep' })
    } catch (err) {
      const why = notServed(err)
      if (why === undefined) throw err
      deps.unavailable.push(`${what}: ${why}`)
      return undefined
    }
  }
  const wantedPipelines = new Map<string, string>()
  const wantedPolicies = new Map<string, string>()
  const note = (settings: unknown, owner: string) => {
    for (const key of ['index.default_pipeline', 'index.final_pipeline']) {
      const p = settingOf(settings, key)
      if (typeof p === 'string' && p !== '_none' && !wantedPipelines.has(p)) wantedPipelines.set(p, `${key} of ${owner}`)
    }
    const policy = settingOf(settings, 'index.lifecycle.name')
    if (typeof policy === 'string' && policy !== '' && !wantedPolicies.has(policy)) {
      wantedPolicies.set(policy, `index.lifecycle.name of ${owner}`)
    }
  }
  for (const [name, def] of Object.entries(indices)) note(def.settings, name)

  const composable = (await get('/_index_template', 'index templates')) as
    | { index_templates?: Array<{ name: string; index_template: Json }> }
    | undefined
  const components = new Set<string>()
  for (const t of composable?.index_templates ?? []) {
    if (!matchesAny(t.index_template.index_patterns)) continue
    deps.index_templates.push(t)
    note((t.index_template.template as Json | undefined)?.settings, `index template ${t.name}`)
    for (const c of (t.index_template.composed_of as string[] | undefined) ?? []) components.add(c)
  }
  for (const c of components) {
    try {
      const body = (await transport.request(
        { method: 'GET', path: `/_component_template/${encodeURIComponent(c)}` },
        { signal, prototypeKeys: 'keep' },
      )) as { component_templates?: Array<{ name: string; component_template: Json }> }
      for (const t of body.component_templates ?? []) {
        deps.component_templates.push(t)
        note((t.component_template.template as Json | undefined)?.settings, `component template ${t.name}`)
      }
    } catch (err) {
      if (!isMissing(err)) throw err
      deps.missing.push(`component template ${c}`)
    }
  }
  const legacy = (await get('/_template', 'legacy templates')) as Record<string, Json> | undefined
  for (const [name, t] of Object.entries(legacy ?? {})) {
    if (!matchesAny(t.index_patterns)) continue
    deps.legacy_templates[name] = t
    note(t.settings, `legacy template ${name}`)
  }
  for (const [id, owner] of wantedPipelines) {
    try {
      const body = (await transport.request(
        { method: 'GET', path: `/_ingest/pipeline/${encodeURIComponent(id)}` },
        { signal, prototypeKeys: 'keep' },
      )) as Record<string, Json>
      if (body[id] !== undefined) deps.pipelines[id] = body[id]
      else deps.missing.push(`pipeline ${id} (${owner})`)
    } catch (err) {
      if (isMissing(err)) deps.missing.push(`pipeline ${id} (${owner})`)
      else if (notServed(err) !== undefined) deps.unavailable.push(`ingest pipelines: ${notServed(err)}`)
      else throw err
    }
  }
  for (const [name, owner] of wantedPolicies) {
    try {
      const body = (await transport.request(
        { method: 'GET', path: `/_ilm/policy/${encodeURIComponent(name)}` },
        { signal, prototypeKeys: 'keep' },
      )) as Record<string, { policy?: Json }>
      const policy = body[name]?.policy
      if (policy !== undefined) deps.ilm_policies[name] = policy
      else deps.missing.push(`lifecycle policy ${name} (${owner})`)
    } catch (err) {
      if (isMissing(err)) deps.missing.push(`lifecycle policy ${name} (${owner})`)
      else if (notServed(err) !== undefined) deps.unavailable.push(`lifecycle policies: ${notServed(err)}`)
      else throw err
    }
  }
  deps.unavailable = [...new Set(deps.unavailable)]
  return deps
}
