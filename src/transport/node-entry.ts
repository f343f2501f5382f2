/**
 * One entry of the `node`/`nodes` options: a URL (a string or a URL object), or `{ url, headers }` for a node
 * that needs headers of its own (a routing header for a gateway, a tenant for one cluster behind a proxy). A
 * node's headers go over the client's `headers` and under a request's own.
 */
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { unknownOptionMessage } from '../options/closest-name.js'
import { parseNodeUrl } from './connection.js'

export interface NodeOptions {
  url: string | URL
  /** Sent with every request to this node, over the client's `headers`, under a request's `headers`. Default: none. */
  headers?: Record<string, string>
}

/** A checked entry: the URL (credentials still in it, for the connection) and the node's own headers. */
export interface NodeEntry {
  url: URL
  headers: Record<string, string> | undefined
}

const NODE_OPTION_NAMES = ['url', 'headers'] as const

/** Reads one entry; `option` names it in messages (`node`, `nodes[2]`), which never echo credentials. */
export function readNodeEntry(entry: unknown, option: string): NodeEntry {
  if (typeof entry === 'string' || entry instanceof URL) return { url: parseNodeUrl(entry, option), headers: undefined }
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    // parseNodeUrl says what a node must be.
    return { url: parseNodeUrl(entry as string, option), headers: undefined }
  }
  for (const key of Object.keys(entry)) {
    if (!(NODE_OPTION_NAMES as readonly string[]).includes(key)) {
      throw new ConfigurationError(unknownOptionMessage(`${option} option`, key, NODE_OPTION_NAMES))
    }
  }
  const { url, headers } = entry as { url?: unknown; headers?: unknown }
  return {
    url: parseNodeUrl(url as string, `${option}.url`),
    headers: headers === undefined ? undefined : readHeaders(`${option}.headers`, headers),
  }
}

/** A headers option: an object of strings, names lower-cased so that one replaces another instead of going out twice. */
export function readHeaders(subject: string, value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    rejectOption(subject, 'must be an object of strings', value)
  }
  const out: Record<string, string> = {}
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') rejectOption(`${subject}["${name}"]`, 'must be a string', header)
    out[name.toLowerCase()] = header
  }
  return out
}
