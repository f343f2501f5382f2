/**
 * Events published on node:diagnostics_channel. Publishing is skipped unless someone subscribed, so the hot
 * path pays one boolean read per event. Payloads carry redacted URLs and headers only.
 */
import diagnostics from 'node:diagnostics_channel'
import { performance } from 'node:perf_hooks'

/** Channel names, stable: subscribe with `diagnostics_channel.subscribe(name, fn)`. */
export const CHANNELS = {
  request: 'elastream:request',
  response: 'elastream:response',
  retry: 'elastream:retry',
  nodeDead: 'elastream:node-dead',
  nodeResurrected: 'elastream:node-resurrected',
  sniff: 'elastream:sniff',
} as const

export const requestChannel = diagnostics.channel(CHANNELS.request)
export const responseChannel = diagnostics.channel(CHANNELS.response)
export const retryChannel = diagnostics.channel(CHANNELS.retry)
export const nodeDeadChannel = diagnostics.channel(CHANNELS.nodeDead)
export const nodeResurrectedChannel = diagnostics.channel(CHANNELS.nodeResurrected)
export const sniffChannel = diagnostics.channel(CHANNELS.sniff)

let lastRequestId = 0

/**
 * The id of a new request: unique within the process, increasing. Taken for every request (an integer
 * increment), so that a subscriber attached mid-request still sees one id across its events.
 */
export function nextRequestId(): number {
  lastRequestId = lastRequestId === Number.MAX_SAFE_INTEGER ? 1 : lastRequestId + 1
  return lastRequestId
}

/** `elastream:request`: one per attempt, before it is sent. */
export interface RequestEvent {
  /** The same on every request, retry and response event of one request (and on no other request). */
  requestId: number
  method: string
  /** Path with query string, as sent. */
  path: string
  /** The node URL without credentials. */
  node: string
  /** 1 for the first attempt. */
  attempt: number
  /** Request headers with `authorization` and other secrets replaced by `[redacted]`. */
  headers: Record<string, unknown>
}

/** `elastream:response`: once per request, when it resolves or fails for good. */
export interface ResponseEvent {
  /** The `requestId` of the request events this answers. */
  requestId: number
  method: string
  path: string
  node: string
  attempts: number
  /** 0 when no HTTP answer arrived. */
  statusCode: number
  /** Milliseconds from the first attempt to the end. */
  durationMs: number
  error: Error | undefined
}

/** `elastream:retry`: an attempt failed and another follows. */
export interface RetryEvent {
  /** The `requestId` of the request events of the attempt that failed. */
  requestId: number
  method: string
  path: string
  node: string
  attempt: number
  error: Error
  /**
   * Milliseconds the transport waits before the next attempt: the exponential backoff (full jitter), or what
   * the answer's `Retry-After` asks when that is longer.
   */
  delayMs: number
  /** Where `delayMs` came from: the backoff, or the answer's `Retry-After` (it asked for longer). */
  delayFrom: 'backoff' | 'retry-after'
  /** The answer's `Retry-After` value when it had a valid one (honoured or shorter than the backoff), else undefined. */
  retryAfter: string | undefined
}

/** `elastream:node-dead`: a node was taken out of rotation until `resurrectAt` (epoch ms). */
export interface NodeDeadEvent {
  node: string
  failures: number
  resurrectAt: number
  error: Error
}

/** `elastream:node-resurrected`: a dead node answered again. */
export interface NodeResurrectedEvent {
  node: string
}

/** `elastream:sniff`: the node list was refreshed (or the refresh failed). */
export interface SniffEvent {
  reason: 'start' | 'interval' | 'connection-fault' | 'manual'
  nodes: string[]
  error: Error | undefined
}

/** Publishes the `elastream:response` event of a request that started at `started` (performance.now()). */
export function publishResponse(
  requestId: number,
  method: string,
  path: string,
  node: string,
  attempts: number,
  statusCode: number,
  started: number,
  error: Error | undefined,
): void {
  responseChannel.publish({
    requestId,
    method,
    path,
    node,
    attempts,
    statusCode,
    durationMs: performance.now() - started,
    error,
  } satisfies ResponseEvent)
}
