/**
 * One attempt of one request, as an undici dispatch handler. Going below `pool.request()` saves a Readable
 * per response: chunks land in one array, the size cap is checked as they arrive, and the body is joined once.
 * Timeout and caller abort live here too, so an attempt needs no closure besides its promise.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Dispatcher } from 'undici'
import { RequestAbortedError, ResponseTooLargeError, TimeoutError } from '../errors.js'

export interface RawResponse {
  statusCode: number
  headers: IncomingHttpHeaders
  /** The bytes as they came off the wire (still compressed if `content-encoding` says so). */
  body: Buffer
}

const EMPTY = Buffer.alloc(0)

export class ResponseCollector implements Dispatcher.DispatchHandler {
  private resolve!: (response: RawResponse) => void
  private reject!: (error: Error) => void
  private controller: Dispatcher.DispatchController | null = null
  private reason: Error | null = null
  private settled = false
  private statusCode = 0
  private headers: IncomingHttpHeaders = {}
  private chunks: Buffer[] = []
  private size = 0
  private timer: NodeJS.Timeout | undefined
  private readonly limit: number
  private readonly timeout: number
  private readonly signal: AbortSignal | undefined

  /** The node's redacted URL, for messages. */
  readonly node: string

  constructor(node: string, limit: number, timeout: number, signal: AbortSignal | undefined) {
    this.node = node
    this.limit = limit
    this.timeout = timeout
    this.signal = signal
  }

  /** Dispatches on `dispatcher` and resolves with the whole response, or rejects with the first failure. */
  send(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions): Promise<RawResponse> {
    const promise = new Promise<RawResponse>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    if (this.signal !== undefined) {
      if (this.signal.aborted) {
        this.fail(abortedError(this.signal))
        return promise
      }
      this.signal.addEventListener('abort', this)
    }
    if (this.timeout > 0 && this.timeout !== Number.POSITIVE_INFINITY) {
      this.timer = setTimeout(onTimeout, this.timeout, this)
    }
    dispatcher.dispatch(options, this)
    return promise
  }

  /** The caller's AbortSignal fired (EventListener interface: no bound function needed). */
  handleEvent(): void {
    if (this.signal !== undefined) this.abort(abortedError(this.signal))
  }

  abort(reason: Error): void {
    if (this.settled) return
    this.reason = reason
    // Destroying the socket is the only way to stop a response mid-body; undici opens a new one next time.
    if (this.controller !== null) this.controller.abort(reason)
    this.fail(reason)
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    // A request that waited in the pool queue past its deadline is dropped the moment it gets a socket.
    if (this.reason !== null) controller.abort(this.reason)
    else this.controller = controller
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    if (statusCode < 200) return // 1xx informational: the real status follows
    this.controller = controller
    this.statusCode = statusCode
    this.headers = headers
    const length = headers['content-length']
    if (typeof length === 'string' && Number(length) > this.limit) {
      this.abort(tooLarge(this.node, Number(length), this.limit))
    }
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return
    this.size += chunk.length
    if (this.size > this.limit) {
      this.abort(tooLarge(this.node, this.size, this.limit))
      return
    }
    this.chunks.push(chunk)
  }

  onResponseEnd(): void {
    if (this.settled) return
    this.settled = true
    this.cleanup()
    const chunks = this.chunks
    const body =
      chunks.length === 1
        ? (chunks[0] as Buffer)
        : chunks.length === 0
          ? EMPTY
          : Buffer.concat(chunks, this.size)
    this.resolve({ statusCode: this.statusCode, headers: this.headers, body })
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.fail(error)
  }

  private fail(error: Error): void {
    if (this.settled) return
    this.settled = true
    this.cleanup()
    this.chunks = []
    this.reject(error)
  }

  private cleanup(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    if (this.signal !== undefined) this.signal.removeEventListener('abort', this)
  }

  /** The configured per-attempt timeout, for messages. */
  get timeoutMs(): number {
    return this.timeout
  }
}

function onTimeout(collector: ResponseCollector): void {
  collector.abort(
    new TimeoutError(
      `${collector.node}: no complete response within requestTimeout (${collector.timeoutMs} ms)`,
    ),
  )
}

function abortedError(signal: AbortSignal): RequestAbortedError {
  return new RequestAbortedError('The request was aborted by its AbortSignal', { cause: signal.reason })
}

function tooLarge(node: string, size: number, limit: number): ResponseTooLargeError {
  return new ResponseTooLargeError(
    `${node}: the response is larger than maxResponseSize (${size} > ${limit} bytes)`,
  )
}
