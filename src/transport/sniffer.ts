/**
 * Turns the answer of `GET /_nodes/_all/http` into node URLs. Elasticsearch writes `publish_address` as
 * `ip:port`, `hostname/ip:port` or `[v6]:port`; the hostname is preferred when present because TLS
 * certificates name hosts, not addresses.
 */

import { rejectOption } from '../options/checks.js'

export const SNIFF_PATH = '/_nodes/_all/http'

/** What `nodeFilter` is shown of a sniffed node: what `GET /_nodes/_all/http` said of it. */
export interface SniffedNode {
  /** The URL requests would go to. */
  url: string
  /** The node's id in the cluster. */
  id: string
  name: string | undefined
  /** Its roles (`data_hot`, `ingest`, `master`, ...); empty when the answer has none. */
  roles: string[]
  /** Its custom attributes (`node.attr.*`: zone, rack, ...), as strings. */
  attributes: Record<string, string>
}

/** Returns true to keep the node in rotation. */
export type NodeFilter = (node: SniffedNode) => boolean

interface NodeInfo {
  name?: unknown
  roles?: unknown
  attributes?: unknown
  http?: { publish_address?: unknown }
}

/** The `nodeFilter` option, checked. */
export function nodeFilterOption(value: unknown): NodeFilter | undefined {
  if (value === undefined || typeof value === 'function') return value as NodeFilter | undefined
  rejectOption('nodeFilter', 'must be a function (node) => boolean', value)
}

/**
 * The URLs of the nodes to keep. Without `filter`, every node with an HTTP address but dedicated masters;
 * `filter` replaces that rule (a node it keeps is kept even when it is a dedicated master).
 */
export function parseSniffedNodes(body: unknown, protocol: string, filter: NodeFilter = notDedicatedMaster): string[] {
  const nodes = (body as { nodes?: Record<string, NodeInfo> } | null)?.nodes
  if (nodes === null || typeof nodes !== 'object') return []
  const urls: string[] = []
  for (const id of Object.keys(nodes)) {
    const node = nodes[id]
    const address = node?.http?.publish_address
    if (node === undefined || typeof address !== 'string' || address === '') continue
    const url = publishAddressToUrl(address, protocol)
    if (url === undefined || urls.includes(url)) continue
    if (filter(describeNode(url, id, node))) urls.push(url)
  }
  return urls
}

function describeNode(url: string, id: string, node: NodeInfo): SniffedNode {
  const roles = Array.isArray(node.roles) ? node.roles.filter((r): r is string => typeof r === 'string') : []
  const attributes: Record<string, string> = {}
  if (node.attributes !== null && typeof node.attributes === 'object') {
    for (const [key, value] of Object.entries(node.attributes)) if (typeof value === 'string') attributes[key] = value
  }
  return { url, id, name: typeof node.name === 'string' ? node.name : undefined, roles, attributes }
}

export function publishAddressToUrl(address: string, protocol: string): string | undefined {
  let host: string
  let port: string
  const slash = address.indexOf('/')
  if (slash > 0) {
    // `hostname/ip:port`: keep the hostname, take the port from the address part.
    const hostname = address.slice(0, slash)
    const rest = address.slice(slash + 1)
    const colon = rest.lastIndexOf(':')
    if (colon < 0) return undefined
    host = hostname.includes(':') ? `[${hostname}]` : hostname
    port = rest.slice(colon + 1)
  } else {
    const start = slash === 0 ? 1 : 0
    const colon = address.lastIndexOf(':')
    if (colon < start) return undefined
    host = address.slice(start, colon)
    port = address.slice(colon + 1)
  }
  if (!/^\d+$/.test(port) || host === '') return undefined
  try {
    return new URL(`${protocol}//${host}:${port}`).href
  } catch {
    return undefined
  }
}

/** A node whose only role is master serves no searches; sending requests there only adds a hop. */
function notDedicatedMaster(node: SniffedNode): boolean {
  return !(node.roles.length === 1 && node.roles[0] === 'master')
}
