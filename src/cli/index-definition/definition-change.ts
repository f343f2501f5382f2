/** What `reindex` did not copy as it was when it created the destination, and the stderr lines saying so. */

export interface DefinitionChange {
  kind: 'setting' | 'field' | 'parameter' | 'dynamic template'
  /**
   * The setting's flat name, the field's path (`a.b`, `title.raw`, `dynamic_templates.<name>.raw`) with its
   * type, `path.parameter=value` (a root parameter has no path), or the dynamic template's name with its type.
   */
  name: string
  /** What happened to it: left out, mapped as a disabled object, or renamed to another type. */
  action: 'dropped' | 'not indexed' | 'renamed'
  reason: string
  /**
   * Left out of every copy (the source's uuid, creation date, version...): no index can carry them, so they
   * are summed up in one stderr line (see describeChanges) rather than one each; the stats file lists them.
   */
  routine?: true
}

/** A setting's or parameter's value as the change names it. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The stderr lines for the changes: one per change, the routine ones (the source's identity) summed up in one. */
export function describeChanges(changes: readonly DefinitionChange[]): string[] {
  const lines = changes.filter((c) => c.routine !== true).map(describeChange)
  const routine = changes.filter((c) => c.routine === true).map((c) => c.name.split('=')[0])
  if (routine.length > 0) {
    lines.push(`${routine.length} settings that identify the source index not copied (${routine.join(', ')})`)
  }
  return lines
}

/** The stderr line for one change. */
export function describeChange(change: DefinitionChange): string {
  const what = change.kind === 'parameter' ? 'mapping parameter' : change.kind
  const done = change.action === 'dropped' ? 'not copied' : change.action === 'renamed' ? 'renamed' : 'not indexed'
  return `${what} ${change.name} ${done}: ${change.reason}`
}
