/**
 * The `nodeSelector` option: which alive node a request goes to. `'round-robin'` (the default) is the pool's own
 * loop, the fastest; `'random'` draws one; a function is given the alive nodes and returns one of them (for
 * example the nodes of the local zone first). As in the official client's transport, a selector only ever
 * chooses among the nodes that are alive: the pool keeps deciding when a dead node gets its one probe.
 */
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { describeValue } from '../options/describe-value.js'

/** What a nodeSelector function sees of a node. */
export interface NodeView {
  /** The node URL without credentials, as in messages and events. */
  readonly id: string
  readonly url: URL
}

/** Returns one of `nodes` (the alive nodes, never empty). */
export type NodeSelectorFunction = (nodes: readonly NodeView[]) => NodeView

export type NodeSelector = 'round-robin' | 'random' | NodeSelectorFunction

/** The pool's choice among alive nodes. */
export type ChooseNode = <T extends NodeView>(alive: readonly T[]) => T

/** The checked option: undefined for round robin (the pool's own path), else the choice to make. */
export function nodeSelectorOption(value: unknown, random: () => number): ChooseNode | undefined {
  if (value === undefined || value === 'round-robin') return undefined
  if (value === 'random') return (alive) => alive[Math.floor(random() * alive.length)]!
  if (typeof value === 'function') {
    const select = value as NodeSelectorFunction
    return (alive) => {
      // A copy: the function may keep or change what it is given without touching the pool.
      const chosen = select(Object.freeze(alive.slice()))
      if (!alive.includes(chosen as never)) {
        throw new ConfigurationError(`nodeSelector must return one of the nodes it was given, got ${describeValue(chosen)}`)
      }
      return chosen as (typeof alive)[number]
    }
  }
  rejectOption('nodeSelector', "must be 'round-robin', 'random' or a function choosing among the alive nodes", value)
}
