/**
 * The set of nodes a client talks to: round robin over the alive ones, a failing node is skipped for an
 * exponentially growing, jittered time, then tried again with a real request (no ping: some servers do not
 * serve `/`). When every node is dead the least recently failed one is tried anyway: better a request that
 * may fail than a client that refuses to try.
 */

import type { Connection } from './connection.js'
import { nodeDeadChannel, nodeResurrectedChannel } from './diagnostics.js'

export interface NodePoolOptions {
  /** First dead period, ms. */
  resurrectBackoff: number
  /** Cap on the dead period, ms. */
  resurrectMaxBackoff: number
}

export class NodePool {
  private nodes: Connection[]
  private cursor = 0
  private deadCount = 0
  private failureClock = 0
  private readonly options: NodePoolOptions
  private readonly closing: Promise<void>[] = []

  constructor(connections: Connection[], options: NodePoolOptions) {
    this.nodes = connections
    this.options = options
  }

  get connections(): readonly Connection[] {
    return this.nodes
  }

  /** The next node to try. Never undefined while the pool has nodes. */
  next(): Connection {
    const nodes = this.nodes
    const n = nodes.length
    if (this.cursor >= n) this.cursor = 0
    if (this.deadCount === 0 || n === 1) {
      const node = nodes[this.cursor] as Connection
      this.cursor++
      return node
    }
    const now = Date.now()
    for (let i = 0; i < n; i++) {
      const node = nodes[this.cursor] as Connection
      this.cursor = this.cursor + 1 >= n ? 0 : this.cursor + 1
      if (node.deadUntil === 0 || node.deadUntil <= now) return node
    }
    let oldest = nodes[0] as Connection
    for (let i = 1; i < n; i++) {
      const node = nodes[i] as Connection
      if (node.failureSeq < oldest.failureSeq) oldest = node
    }
    return oldest
  }

  markDead(node: Connection, error: Error): void {
    const now = Date.now()
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
    if (node.deadUntil === 0) return
    node.deadUntil = 0
    node.failures = 0
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
    for (const node of connections) if (node.deadUntil !== 0) this.deadCount++
  }

  find(id: string): Connection | undefined {
    return this.nodes.find((node) => node.id === id)
  }

  async close(): Promise<void> {
    await Promise.all([...this.nodes.map((node) => node.close()), ...this.closing])
  }
}
