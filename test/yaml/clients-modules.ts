/**
 * The module list of Elastic's client tests (clients-modules.yml), checked against the server it runs on: an
 * entry is `missing` or `disabled` (its tests are skipped, naming the module) only when the server shows it,
 * and `present` (stale: the run fails) when the module is there after all.
 */
import { readFileSync } from 'node:fs'
import YAML from 'yaml'

export interface ModuleEntry {
  module: string
  /** `METHOD /path` of one of the module's own endpoints. */
  probe: string
  body?: unknown
  /** A pattern of the answer when the path falls through to another handler. */
  missing?: string
  tests: string[]
}

export interface ModuleState {
  entry: ModuleEntry
  state: 'missing' | 'disabled' | 'present'
  /** What the server showed, for the skip reason or the failure. */
  evidence: string
}

export function loadModuleList(file: string): ModuleEntry[] {
  const doc: unknown = YAML.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(doc)) throw new Error(`${file} must be a list of { module, probe, tests }`)
  return doc.map((raw, i) => {
    const e = (raw ?? {}) as Partial<ModuleEntry>
    const where = `${file}: entry ${i + 1}`
    if (typeof e.module !== 'string' || e.module === '') throw new Error(`${where} has no module`)
    if (typeof e.probe !== 'string' || !/^(GET|POST|PUT|DELETE|HEAD) \/\S*$/.test(e.probe)) {
      throw new Error(`${where} (${e.module}): probe must be 'METHOD /path', got ${JSON.stringify(e.probe)}`)
    }
    if (!Array.isArray(e.tests) || e.tests.length === 0) throw new Error(`${where} (${e.module}) lists no tests`)
    return { ...e, tests: e.tests.map(String) } as ModuleEntry
  })
}

/** How a node without the module answers a request to one of its paths. */
const NO_HANDLER = /no handler found for uri|Incorrect HTTP method for uri|failed to find action \[/

/** The modules and plugins every node reports, by name. */
export async function installedModules(base: string): Promise<{ version: string; modules: Set<string> }> {
  const res = await fetch(`${base}/_nodes/plugins?filter_path=nodes.*.version,nodes.*.modules.name,nodes.*.plugins.name`)
  if (!res.ok) throw new Error(`GET /_nodes/plugins answered ${res.status}`)
  const nodes = Object.values<any>(((await res.json()) as any).nodes ?? {})
  if (nodes.length === 0) throw new Error('GET /_nodes/plugins listed no node')
  const modules = new Set<string>()
  for (const n of nodes) for (const m of [...(n.modules ?? []), ...(n.plugins ?? [])]) modules.add(m.name)
  return { version: String(nodes[0].version), modules }
}

export async function checkModule(base: string, entry: ModuleEntry, installed: Set<string>): Promise<ModuleState> {
  const [method, path] = entry.probe.split(' ') as [string, string]
  const res = await fetch(`${base}${path}`, {
    method,
    ...(entry.body === undefined
      ? {}
      : { body: JSON.stringify(entry.body), headers: { 'content-type': 'application/json' } }),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await res.text()
  const answer = `${entry.probe} answered ${res.status} ${text.slice(0, 160)}`
  const pattern = entry.missing === undefined ? NO_HANDLER : new RegExp(entry.missing)
  if (!pattern.test(text)) return { entry, state: 'present', evidence: answer }
  if (installed.has(entry.module)) {
    return { entry, state: 'disabled', evidence: `installed but its endpoints are not registered (${answer})` }
  }
  return { entry, state: 'missing', evidence: `not in the node's modules (${answer})` }
}
