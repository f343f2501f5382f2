/**
 * The attempts of one request: pick a node, check its product before a write, sign, send, and on a failure
 * ask retry-policy.ts whether another attempt is safe, wait the backoff and go again. Ends with the answer of
 * the last attempt, or throws the failure with how hard it tried (span ended, response event published).
 */
import { performance } from 'node:perf_hooks'
import type { Dispatcher } from 'undici'
import { ConnectionError, ResponseError } from '../errors.js'
import { redactHeaders } from '../redact.js'
import type { AwsSigner } from './aws/aws-signer.js'
import { noLivingNodes, toTransportError } from './attempt-errors.js'
import type { Connection } from './connection.js'
import { publishResponse, requestChannel, responseChannel, retryChannel, type SniffEvent } from './diagnostics.js'
import type { NodeAnswer } from './product/product-detector.js'
import { redactNamedHeaders } from './redaction.js'
import type { ObservedRequest } from './request-observer.js'
import { type RawResponse, ResponseCollector } from './response-collector.js'
import { readRetryAfter, type RetryAfter, tooLongToWait, waitBefore } from './retry-after.js'
import { isRetryable, neverSent, pause, type RetryMode, retryDelay } from './retry-policy.js'
import type { WireBody } from './serializer.js'
import type { SharedState, TransportSettings } from './transport-settings.js'

/** What the attempt loop needs of its transport. */
export interface AttemptHost {
  readonly settings: Readonly<TransportSettings>
  readonly shared: SharedState
  /** `GET /` on the node itself, for the product check before a write (ask-node.ts). */
  askNode(node: Connection, signal: AbortSignal | undefined): Promise<NodeAnswer>
  sniff(reason: SniffEvent['reason']): Promise<string[]>
}

/** One request, ready to send: everything an attempt reads, fixed before the first. */
export interface AttemptJob {
  method: string
  /** The path without base path or query, for messages. */
  path: string
  /** Path and query as sent (a node's base path goes in front). */
  pathAndQuery: string
  /** Path and query as events and spans show them (`redaction`'s query parameters hidden). */
  shownPath: string
  headers: Record<string, string>
  /** The request's own headers (lower-cased), which win over a node's; undefined when it has none. */
  own: Record<string, string> | undefined
  body: WireBody | undefined
  /** Repeating it leaves the same state (retry-policy.ts). */
  idempotent: boolean
  /** It may change something: each node's product is checked before it is sent there. */
  mayWrite: boolean
  retryMode: RetryMode
  maxRetries: number
  /** Per attempt, ms. */
  timeout: number
  /** Largest body read, bytes. */
  readLimit: number
  signal: AbortSignal | undefined
  requestId: number
  span: ObservedRequest | undefined
  /** performance.now() at the start, when someone listens to response events. */
  started: number
}

/** The answer of the last attempt. */
export interface Answered {
  raw: RawResponse
  node: Connection
  attempts: number
  /** The headers that attempt went out with (its signature included). */
  sent: Record<string, string>
  /**
   * Why the answer, a status that is retried, was not: the wait its Retry-After asks for is beyond
   * `maxRetryAfter`. Appended to the message of the error the answer becomes.
   */
  notRetried?: string | undefined
}

export async function sendAttempts(job: AttemptJob, host: AttemptHost): Promise<Answered> {
  const { method, pathAndQuery, shownPath, headers, idempotent, maxRetries, timeout, readLimit, signal, requestId, span } = job
  const settings = host.settings
  const shared = host.shared
  const pool = shared.pool
  const signer = settings.signer
  const dispatch: Dispatcher.DispatchOptions = { method, path: pathAndQuery, headers, body: job.body ?? null }
  // Hashed once: every attempt sends the same bytes (gzip included), only its date and signature change.
  const payloadHash = signer?.payloadHash(job.body)
  let attempt = 0
  let node: Connection | undefined
  let raw: RawResponse | undefined
  let failure: Error | undefined
  /** Why a failure that retries could have cured was not retried, for the message. */
  let unsafe = false
  /** A status answer not retried because its Retry-After asks for too long a wait, for the message. */
  let notRetried: string | undefined
  while (true) {
    attempt++
    const picked = pool.next()
    let retryError: Error
    /** What the answer's Retry-After asks, when the attempt failed with a status that carried a valid one. */
    let asked: RetryAfter | undefined
    if (picked === undefined) {
      // Every node is dead and one is being probed: nothing is sent. Wait, then look again.
      failure = noLivingNodes(pool.connections.length, attempt)
      if (attempt > maxRetries || signal?.aborted) break
      retryError = failure
    } else {
      node = picked
      if (job.mayWrite) {
        try {
          await shared.product.beforeWrite(settings.product, node.id, () => host.askNode(picked, signal))
        } catch (refusal) {
          failure = refusal as Error
          pool.endProbe(node)
          break
        }
      }
      dispatch.path = node.basePath === '' ? pathAndQuery : node.basePath + pathAndQuery
      // A node's own headers go over the client's and under the request's.
      const sent = node.headers === undefined ? headers : { ...headers, ...node.headers, ...job.own }
      // Credentials from a node URL apply only when the client has no `auth` of its own.
      dispatch.headers =
        node.urlAuth !== undefined && settings.authorization === undefined && sent.authorization === undefined
          ? { ...sent, authorization: node.urlAuth }
          : sent
      span?.attempt(node, shownPath)
      if (requestChannel.hasSubscribers) {
        const shown = redactHeaders(dispatch.headers as Record<string, string>)
        requestChannel.publish({
          requestId,
          method,
          path: shownPath,
          node: node.id,
          attempt,
          headers: settings.redaction === undefined ? shown : redactNamedHeaders(shown, settings.redaction.headers),
        })
      }
      let collector = new ResponseCollector(node.id, readLimit, timeout, signal)
      try {
        if (signer === undefined) {
          raw = await collector.send(node.pool, dispatch)
        } else {
          const unsigned = dispatch.headers as Record<string, string>
          raw = await sendSigned(signer, node, dispatch, unsigned, payloadHash, collector)
          // A refusal that signing again can cure (our clock, an expired token): once, on the same node.
          if (raw.statusCode === 403 && (await signer.recover(raw, dispatch.headers as Record<string, string>))) {
            collector = new ResponseCollector(node.id, readLimit, timeout, signal)
            raw = await sendSigned(signer, node, dispatch, unsigned, payloadHash, collector)
          }
        }
      } catch (cause) {
        failure = toTransportError(cause, node)
        if (!isRetryable(failure)) {
          pool.endProbe(node)
          break
        }
        pool.markDead(node, failure)
        if (settings.sniffOnConnectionFault && shared.sniffing === undefined && !shared.closed) {
          host.sniff('connection-fault').catch(ignore)
        }
        // Written and maybe applied: only an idempotent request, or one the caller allowed, goes again.
        if (!idempotent && job.retryMode !== 'always' && !neverSent(collector.written, cause)) {
          unsafe = true
          break
        }
        if (attempt > maxRetries || signal?.aborted) break
        retryError = failure
        raw = undefined
      }
      if (raw !== undefined) {
        if (node.deadUntil !== 0) pool.markAlive(node)
        const status = raw.statusCode
        if (status < 400 || !settings.retryOnStatus.has(status)) break
        // A gateway may have forwarded a POST before failing: the same rule as a reset after sending.
        if (!idempotent && job.retryMode !== 'always') break
        if (attempt > maxRetries || signal?.aborted) break
        asked = readRetryAfter(raw.headers['retry-after'])
        // A server that asks for a longer wait than the client accepts: fail now, rather than park the caller.
        if (asked !== undefined && asked.ms > settings.maxRetryAfter) {
          notRetried = tooLongToWait(asked, settings.maxRetryAfter, 'maxRetryAfter')
          break
        }
        retryError = new ResponseError(status, undefined, {}, `${method} ${job.path}`)
        raw = undefined
      }
    }
    const backoffMs = retryDelay(attempt, settings.retryBackoff, settings.retryMaxBackoff, settings.random)
    const delayMs = waitBefore(backoffMs, asked)
    const delayFrom = delayMs > backoffMs ? 'retry-after' : 'backoff'
    span?.retry(attempt, retryError!, delayMs, delayFrom, asked?.value)
    if (retryChannel.hasSubscribers) {
      retryChannel.publish({
        requestId,
        method,
        path: shownPath,
        node: node?.id ?? '',
        attempt,
        error: retryError!,
        delayMs,
        delayFrom,
        retryAfter: asked?.value,
      })
    }
    try {
      // A wait a server asked for may be long: closing the client ends it too, so the process can exit.
      await pause(delayMs, signal, shared.closeSignal.signal)
    } catch (abort) {
      failure = abort as Error
      break
    }
    if (shared.closed) {
      failure = closedWhileWaiting()
      break
    }
    failure = undefined
  }

  if (failure === undefined && raw !== undefined && node !== undefined) {
    return { raw, node, attempts: attempt, sent: dispatch.headers as Record<string, string>, notRetried }
  }
  const error = failure ?? new ConnectionError('No response')
  // Say how hard we tried: "refused" after four attempts on three nodes is a different story than once.
  if (unsafe) {
    error.message += ` (not retried: ${method} ${job.path} may have been applied; pass retry: 'always' to repeat it)`
  } else if (attempt > 1 && isRetryable(error)) {
    error.message += ` (gave up after ${attempt} attempts)`
  }
  span?.end(0, attempt, error)
  if (responseChannel.hasSubscribers) {
    publishResponse(requestId, method, shownPath, node?.id ?? '', attempt, 0, job.started, error)
  }
  throw error
}

/** One signed attempt: a fresh date and signature over the same payload hash. */
async function sendSigned(
  signer: AwsSigner,
  node: Connection,
  dispatch: Dispatcher.DispatchOptions,
  unsigned: Record<string, string>,
  payloadHash: string | undefined,
  collector: ResponseCollector,
): Promise<RawResponse> {
  dispatch.headers = await signer.sign({ method: dispatch.method, host: node.url.host, path: dispatch.path, headers: unsigned, payloadHash })
  return collector.send(node.pool, dispatch)
}

function ignore(): void {}

function closedWhileWaiting(): ConnectionError {
  return new ConnectionError('The client was closed while the request waited to be retried')
}

/** performance.now() when someone listens to response events, else 0 (nothing to time). */
export function startClock(): number {
  return responseChannel.hasSubscribers ? performance.now() : 0
}
