/**
 * The set of nodes a client talks to: round robin over the alive ones, a failing node is skipped for an
 * exponentially growing, jittered time. Once that time is up, exactly one request probes it (a real request:
 * some servers do not serve `/`) while the others keep using the live nodes; the probe's outcome resurrects
 * the node or doubles its wait. Without that gate every concurrent request went to the node the moment its
 * wait ended, and each of their failures doubled the wait again.
 *
 * When every node is dead and none is due, the least recently failed one is probed anyway (better a request
 * that may fail than a client that refuses to try); but only by one request at a time: while that probe is out,
 * `next()` has no node to offer and the transport answers `NoLivingNodesError` (after its retries), without
 * sending anything. A client with a single node never marks it dead (see `markDead`).
 */

import type { Connection } from './connection.js'
import { nodeDeadChannel, nodeResurrectedChannel } from './diagnostics.js'
import type { ChooseNode } from './node-selector.js'

export interface NodePoolOptions {
  /** First dead period, ms. */
  resurrectBackoff: number
  /** Cap on the dead period, ms. */
  resurrectMaxBackoff: number
  /** @internal The clock, for tests. Default Date.now. */
  now?: () => number
  /** `nodeSelector` (node-selector.ts): the choice among alive nodes; undefined = round robin. */
  choose?: ChooseNode | undefined
}

export class NodePool {
  private nodes: Connection[]
  private cursor = 0
  private deadCount = 0
  private failureClock = 0
  private probes = 0
  private readonly now: () => number
  private readonly options: NodePoolOptions
  private readonly closing: Promise<void>[] = []

  constructor(connections: Connection[], options: NodePoolOptions) {
    this.nodes = connections
    this.options = options
    this.now = options.now ?? Date.now
  }

  get connections(): readonly Connection[] {
    return this.nodes
  }

  /** How many probes of dead nodes are in flight. */
  get probing(): number {
    return this.probes
  }

  /**
   * The next node to try: an alive one in round-robin order, or a dead one whose wait is over and that no
   * other request is probing (this request becomes its probe). Undefined when every node is dead and a probe
   * is already out: nothing to send to.
   */
  next(): Connection | undefined {
    if (this.options.choose !== undefined) return this.select(this.options.choose)
    const nodes = this.nodes
    const n = nodes.length
    if (this.cursor >= n) this.cursor = 0
    if (this.deadCount === 0) {
      const node = nodes[this.cursor] as Connection
      this.cursor++
      return node
    }
    const now = this.now()
    for (let i = 0; i < n; i++) {
      const node = nodes[this.cursor] as Connection
      this.cursor = this.cursor + 1 >= n ? 0 : this.cursor + 1
      if (node.deadUntil === 0) return node
      if (!node.probing && node.deadUntil <= now) return this.startProbe(node)
    }
    return this.lastResort()
  }

  /**
   * next() with a nodeSelector: a dead node whose wait is over gets its one probe first, as in round robin;
   * otherwise the selector chooses among the alive nodes.
   */
  private select(choose: ChooseNode): Connection | undefined {
    const nodes = this.nodes
    if (this.deadCount === 0) return choose(nodes)
    const now = this.now()
    const alive: Connection[] = []
    for (const node of nodes) {
      if (node.deadUntil === 0) alive.push(node)
      else if (!node.probing && node.deadUntil <= now) return this.startProbe(node)
    }
    return alive.length > 0 ? choose(alive) : this.lastResort()
  }

  /** Every node dead and none due: the least recently failed is probed, unless a probe is already out. */
  private lastResort(): Connection | undefined {
    const nodes = this.nodes
    const n = nodes.length
    if (this.probes > 0) return undefined
    let oldest = nodes[0] as Connection
    for (let i = 1; i < n; i++) {
      const node = nodes[i] as Connection
      if (node.failureSeq < oldest.failureSeq) oldest = node
    }
    return this.startProbe(oldest)
  }

  /** The probe on `node` ended without telling alive from dead (aborted, a bad request): another may try. */
  endProbe(node: Connection): void {
    if (!node.probing) return
    node.probing = false
    this.probes--
  }

  private startProbe(node: Connection): Connection {
    node.probing = true
    this.probes++
    return node
  }

  markDead(node: Connection, error: Error): void {
    this.endProbe(node)
    // A lone node is never left out: there is nothing else to send to, so marking it dead only made the
    // requests in flight beside the failed one wait for a probe and fail with NoLivingNodesError (after
    // their retries) while the node was answering. Each request still backs off between its own retries.
    if (this.nodes.length === 1) return
    const now = this.now()
    if (node.deadUntil === 0) this.deadCount++
    node.failures++
    node.failedAt = now
    // A counter, not the clock: two nodes failing in the same millisecond still have an order.
    node.failureSeq = ++this.failureClock
    const exp = Math.min(
      this.options.resurrectBackoff * 2 ** Math.min(node.failures - 1, 30),
      this.options.resurrectMaxBackoff,
    )
    // Equal jitter: at least half the backoff, so clients that lost a node together do not return together.
    node.deadUntil = now + Math.round(exp / 2 + Math.random() * (exp / 2))
    if (nodeDeadChannel.hasSubscribers) {
      nodeDeadChannel.publish({ node: node.id, failures: node.failures, resurrectAt: node.deadUntil, error })
    }
  }

  markAlive(node: Connection): void {
    this.endProbe(node)
    if (node.deadUntil === 0) return
    node.deadUntil = 0
    node.failures = 0
    // Back from the dead, perhaps as another server behind the same address: its answers are read anew.
    node.productVerdict = undefined
    this.deadCount--
    if (nodeResurrectedChannel.hasSubscribers) nodeResurrectedChannel.publish({ node: node.id })
  }

  /**
   * Replaces the node list (after sniffing). Nodes already known keep their pool and state; nodes that
   * left are closed once their in-flight requests finish.
   */
  replace(connections: Connection[]): void {
    const keep = new Set(connections)
    for (const node of this.nodes) {
      if (!keep.has(node)) this.closing.push(node.close().catch(() => {}))
    }
    this.nodes = connections
    this.cursor = 0
    this.deadCount = 0
    this.probes = 0
    for (const node of connections) {
      if (node.deadUntil !== 0) this.deadCount++
      if (node.probing) this.probes++
    }
  }

  find(id: string): Connection | undefined {
    return this.nodes.find((node) => node.id === id)
  }

  async close(): Promise<void> {
    await Promise.all([...this.nodes.map((node) => node.close()), ...this.closing])
  }
}
