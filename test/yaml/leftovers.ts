/**
 * What a YAML test left on a shared node, and its removal by name. Elastic's client tests clean up in their
 * own teardown, but not always completely (a teardown that deletes the data stream and not its template),
 * and a failing step skips the rest of a test's own cleanup. The runner never wipes a shared node: it lists
 * the named things before and after a test, and removes only what appeared meanwhile AND is named in the test's
 * YAML, so whatever other users of the node create at the same time is left alone. Plain fetch, not our client,
 * so a client bug cannot leave anything behind.
 */
import type { Step } from './load.js'

/** `kind:name` entries: `index:`, `alias:index/alias`, `data_stream:`, `template:`, ... */
export type Resources = Set<string>

const STATE_PATHS = [
  'metadata.indices.*.state',
  'metadata.indices.*.aliases',
  'metadata.templates.*.index_patterns',
  'metadata.index_template.index_template.*.index_patterns',
  'metadata.component_template.component_template.*.template',
  'metadata.data_stream.data_stream.*.name',
  'metadata.ingest.pipeline.id',
  'metadata.stored_scripts.*.lang',
  'metadata.repositories.*.type',
]

async function getJson(base: string, path: string): Promise<any> {
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) })
  const text = await res.text()
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** The node's named things, in two requests. */
export async function listResources(base: string): Promise<Resources> {
  const out: Resources = new Set()
  const [state, settings] = await Promise.all([
    getJson(base, `/_cluster/state/metadata?filter_path=${STATE_PATHS.join(',')}`),
    getJson(base, '/_cluster/settings?flat_settings=true'),
  ])
  const meta = state?.metadata ?? {}
  for (const [index, def] of Object.entries<any>(meta.indices ?? {})) {
    out.add(`index:${index}`)
    for (const alias of def?.aliases ?? []) out.add(`alias:${index}/${alias}`)
  }
  for (const name of Object.keys(meta.templates ?? {})) out.add(`template:${name}`)
  for (const name of Object.keys(meta.index_template?.index_template ?? {})) out.add(`index_template:${name}`)
  for (const name of Object.keys(meta.component_template?.component_template ?? {})) {
    out.add(`component_template:${name}`)
  }
  for (const name of Object.keys(meta.data_stream?.data_stream ?? {})) out.add(`data_stream:${name}`)
  for (const p of meta.ingest?.pipeline ?? []) out.add(`pipeline:${p.id}`)
  for (const name of Object.keys(meta.stored_scripts ?? {})) out.add(`script:${name}`)
  for (const name of Object.keys(meta.repositories ?? {})) out.add(`repository:${name}`)
  for (const scope of ['persistent', 'transient']) {
    for (const key of Object.keys(settings?.[scope] ?? {})) out.add(`${scope}_setting:${key}`)
  }
  return out
}

/**
 * Every string of the test's steps (keys and values): the names the test can have created. Numbers, booleans
 * and words of one or two letters are left out: they name nothing a test makes, and another user of the node
 * may well have an index called `5`.
 */
export function namesIn(steps: Step[]): Set<string> {
  const names = new Set<string>()
  const add = (s: string) => {
    if (s.length > 2 && !/^(?:\d+|true|false|null)$/.test(s)) names.add(s)
  }
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      add(v)
      // `index: a,b` and bodies given as JSON text name things too.
      for (const piece of v.split(/[\s,"'{}[\]:]+/)) add(piece)
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        add(k)
        walk(x)
      }
    }
  }
  walk(steps)
  return names
}

/** The part of `entry` that must be named in the test: a data stream's backing index counts by its stream. */
function ownerName(entry: string): string {
  const name = entry.slice(entry.indexOf(':') + 1)
  if (entry.startsWith('alias:')) return name.slice(name.indexOf('/') + 1)
  if (entry.startsWith('index:')) {
    const backing = /^\.(?:ds|fs)-(.+)-\d{4}\.\d{2}\.\d{2}-\d{6}$/.exec(name)
    if (backing) return backing[1]!
  }
  return name
}

/** What appeared between `before` and `after` and is named by the test. */
export function leftBehind(before: Resources, after: Resources, names: Set<string>): string[] {
  return [...after].filter((e) => !before.has(e) && names.has(ownerName(e))).sort()
}

async function send(base: string, method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await res.text()
  if (!res.ok && res.status !== 404) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`)
}

const enc = encodeURIComponent

/**
 * Removes `entries` (as `leftBehind` gives them) by name, dependants first: data streams before their
 * templates, index templates before component templates. Never a wildcard.
 */
export async function removeResources(base: string, entries: string[]): Promise<void> {
  const of = (kind: string) => entries.filter((e) => e.startsWith(`${kind}:`)).map((e) => e.slice(kind.length + 1))
  for (const name of of('data_stream')) await send(base, 'DELETE', `/_data_stream/${enc(name)}?expand_wildcards=all`)
  const indices = of('index').filter((i) => !/^\.(?:ds|fs)-/.test(i))
  for (const name of indices) await send(base, 'DELETE', `/${enc(name)}?expand_wildcards=all`)
  for (const entry of of('alias')) {
    const [index, alias] = [entry.slice(0, entry.indexOf('/')), entry.slice(entry.indexOf('/') + 1)]
    if (!indices.includes(index)) await send(base, 'DELETE', `/${enc(index)}/_alias/${enc(alias)}`)
  }
  for (const name of of('index_template')) await send(base, 'DELETE', `/_index_template/${enc(name)}`)
  for (const name of of('component_template')) await send(base, 'DELETE', `/_component_template/${enc(name)}`)
  for (const name of of('template')) await send(base, 'DELETE', `/_template/${enc(name)}`)
  for (const name of of('pipeline')) await send(base, 'DELETE', `/_ingest/pipeline/${enc(name)}`)
  for (const name of of('script')) await send(base, 'DELETE', `/_scripts/${enc(name)}`)
  for (const name of of('repository')) await send(base, 'DELETE', `/_snapshot/${enc(name)}`)
  const reset: Record<string, Record<string, null>> = {}
  for (const scope of ['persistent', 'transient']) {
    const keys = of(`${scope}_setting`)
    if (keys.length > 0) reset[scope] = Object.fromEntries(keys.map((k) => [k, null]))
  }
  if (Object.keys(reset).length > 0) await send(base, 'PUT', '/_cluster/settings', reset)
}
