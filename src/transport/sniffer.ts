/**
 * Turns the answer of `GET /_nodes/_all/http` into node URLs. Elasticsearch writes `publish_address` as
 * `ip:port`, `hostname/ip:port` or `[v6]:port`; the hostname is preferred when present because TLS
 * certificates name hosts, not addresses.
 */

export const SNIFF_PATH = '/_nodes/_all/http'

interface SniffedNode {
  roles?: unknown
  http?: { publish_address?: unknown }
}

export function parseSniffedNodes(body: unknown, protocol: string): string[] {
  const nodes = (body as { nodes?: Record<string, SniffedNode> } | null)?.nodes
  if (nodes === null || typeof nodes !== 'object') return []
  const urls: string[] = []
  for (const id of Object.keys(nodes)) {
    const node = nodes[id]
    if (node === undefined || isDedicatedMaster(node.roles)) continue
    const address = node.http?.publish_address
    if (typeof address !== 'string' || address === '') continue
    const url = publishAddressToUrl(address, protocol)
    if (url !== undefined && !urls.includes(url)) urls.push(url)
  }
  return urls
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
function isDedicatedMaster(roles: unknown): boolean {
  return Array.isArray(roles) && roles.length === 1 && roles[0] === 'master'
}
