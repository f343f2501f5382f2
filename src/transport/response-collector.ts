/**
 * One attempt of one request, as an undici dispatch handler. Going below `pool.request()` saves a Readable
 * per response: chunks land in one array, the size cap is checked as they arrive, and the body is joined once.
 * Timeout and caller abort live here too, so an attempt needs no closure besides its promise.
 */
import { isUtf8 } from 'node:buffer'
import type { IncomingHttpHeaders } from 'node:http'
import type { Dispatcher } from 'undici'
import { unwatchAbort, watchAbort } from './abort-watch.js'
import { RequestAbortedError, ResponseTooLargeError, TimeoutError } from '../errors.js'
import type { JsonSerializer } from './json-serializer.js'
import { type PrototypeKeys, parseJson } from './serializer.js'

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
  /** undici started writing the request to a socket: the node may have applied it (read by retries). */
  written = false

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
      watchAbort(this.signal, this)
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
    if (this.reason !== null) {
      controller.abort(this.reason)
    } else {
      this.controller = controller
      this.written = true
    }
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
    if (this.signal !== undefined) unwatchAbort(this.signal, this)
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

/** How a response body is handed to the caller, from its media type. */
export type MediaKind = 'json' | 'text' | 'binary'

/** Media types without `text/` or a JSON/NDJSON suffix that are still text (Elasticsearch's `format=yaml`). */
const TEXT_TYPES = new Set(['application/yaml', 'application/x-yaml', 'application/xml', 'application/javascript'])

/**
 * `content-type` -> how to read the body. JSON is parsed; text (`text/*`: `format=txt|csv|tsv`, `_cat`;
 * NDJSON; YAML) becomes a string; anything else (Arrow IPC, CBOR, Smile, octet-stream) stays the bytes it was,
 * because decoding it as UTF-8 would replace every invalid sequence with U+FFFD and the data would be lost.
 * Undefined (no header) answers undefined: the caller looks at the bytes.
 */
export function mediaKind(contentType: string | undefined): MediaKind | undefined {
  if (contentType === undefined || contentType === '') return undefined
  const semi = contentType.indexOf(';')
  const type = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase()
  if (type === 'application/json' || type.endsWith('+json')) return 'json'
  if (type.startsWith('text/') || type.endsWith('ndjson') || TEXT_TYPES.has(type)) return 'text'
  // A declared charset makes it text whatever the type, as HTTP means it.
  if (semi !== -1 && /;\s*charset=/i.test(contentType)) return 'text'
  return 'binary'
}

/**
 * A whole, decompressed, non-empty body as the caller gets it: an object for JSON, a string for text, a Buffer
 * for binary media types. Without a content-type, a body that is valid UTF-8 is text and any other is bytes.
 */
export function decodeBody(
  bytes: Buffer,
  contentType: string | undefined,
  statusCode: number,
  prototypeKeys?: PrototypeKeys,
  serializer?: JsonSerializer,
): unknown {
  const kind = mediaKind(contentType) ?? (isUtf8(bytes) ? 'text' : 'binary')
  if (kind === 'binary') return bytes
  const text = bytes.toString('utf8')
  return kind === 'json' ? parseJson(text, statusCode, prototypeKeys, serializer) : text
}
