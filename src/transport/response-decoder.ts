/**
 * An answer turned into what the caller gets: decompressed, shown to the product check (a successful one),
 * decoded by media type, and, for an error status, a ResponseError that says who answered: the server, or
 * something in between (a proxy's HTML page) with an escaped excerpt.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { DeserializationError, type ForeignAnswer, ResponseError } from '../errors.js'
import type { Connection } from './connection.js'
import { decompress } from './decompress.js'
import { authorizationSecrets, describeForeignAnswer, fromTheServer } from './foreign-answer.js'
import { readProductHeaders } from './product/product-headers.js'
import type { ProductDetector } from './product/product-detector.js'
import { redactNamedHeaders } from './redaction.js'
import { decodeBody, type RawResponse } from './response-collector.js'
import type { TransportSettings } from './transport-settings.js'
import type { TransportLike, TransportRequestOptions } from './types.js'

/** What decoding needs of its transport. */
export interface DecodeHost {
  readonly settings: Readonly<TransportSettings>
  readonly product: ProductDetector
  /** A transport sharing the nodes that checks no product, for the `GET /` an answer without header needs. */
  unchecked(): TransportLike
}

/** The request an answer belongs to. */
export interface Answer {
  raw: RawResponse
  method: string
  /** The path without query, for messages. */
  path: string
  options: TransportRequestOptions
  node: Connection
  attempts: number
  /** maxResponseSize, for the decompressed bytes. */
  limit: number
  /** The request may have changed something (then the product check never refuses its answer). */
  applied: boolean
}

export async function decodeAnswer(answer: Answer, host: DecodeHost): Promise<unknown> {
  const { raw, method, path, options, node } = answer
  const settings = host.settings
  const { statusCode, headers } = raw
  let bytes = raw.body
  const encoding = headers['content-encoding']
  if (encoding !== undefined && bytes.length > 0) bytes = await decompress(bytes, encoding, answer.limit, statusCode, node.id)

  if (statusCode >= 200 && statusCode < 300 && settings.product !== 'any') {
    if (host.product.observeAnswer(settings.product, node, headers, answer.applied))
      await host.product.probe(node.id, headers, host.unchecked(), answer.applied)
  }

  const failed =
    statusCode >= 300 && !(method === 'HEAD' && statusCode === 404) && !options.ignore?.includes(statusCode)
  let body: unknown
  if (method === 'HEAD') {
    body = statusCode < 300
  } else if (options.asBuffer === true && !failed) {
    body = bytes
  } else if (bytes.length === 0) {
    body = ''
  } else {
    // JSON, text or bytes by media type. An error answer is decoded even with asBuffer: the ResponseError
    // carries the parsed body, its type and reason, whatever the caller wanted of a successful answer.
    try {
      body = decodeBody(
        bytes,
        headers['content-type'],
        statusCode,
        options.prototypeKeys ?? settings.prototypeKeys,
        settings.serializer,
      )
    } catch (error) {
      // Said JSON, sent something else, and did not say it is the server: a proxy's page mislabelled.
      if (!(error instanceof DeserializationError) || readProductHeaders(headers).name !== 'none') throw error
      if (!failed) {
        const foreign = foreignAnswer(host, headers, bytes, node, options)
        throw new DeserializationError(
          `Not from ${foreign.expected}: ${statusCode} to ${method} ${path} at ${node.id} is not valid JSON and came from ${foreign.answeredBy}`,
          { cause: error, statusCode, ...(error.body === undefined ? {} : { body: error.body }) },
        )
      }
      body = bytes.toString('utf8')
    }
  }

  if (failed) {
    const head = method === 'HEAD'
    const redaction = settings.redaction
    throw new ResponseError(
      statusCode,
      head ? undefined : body,
      redaction === undefined
        ? (headers as Record<string, string>)
        : redactNamedHeaders(headers as Record<string, string>, redaction.headers),
      `to ${method} ${path}`,
      // Named for the message only (an error answer does not teach the product). An answer that carries
      // neither product header nor the servers' error shape was written by something in between.
      fromTheServer(headers, body)
        ? expectedServer(host, headers)
        : foreignAnswer(host, headers, head ? undefined : bytes, node, options),
    )
  }
  if (options.meta === true) {
    return { body, statusCode, headers, meta: { node: node.id, attempts: answer.attempts } }
  }
  return body
}

/** The server named in messages: the one known, or the header OpenSearch puts on every answer. */
function expectedServer(host: DecodeHost, headers: IncomingHttpHeaders): 'Elasticsearch' | 'OpenSearch' {
  return host.product.info?.name === 'opensearch' || readProductHeaders(headers).name === 'opensearch'
    ? 'OpenSearch'
    : 'Elasticsearch'
}

/** What answered instead of the server (foreign-answer.ts), credentials sent cut out. */
function foreignAnswer(
  host: DecodeHost,
  headers: IncomingHttpHeaders,
  bytes: Buffer | undefined,
  node: Connection,
  options: TransportRequestOptions,
): ForeignAnswer {
  const secrets = [host.settings.authorization, node.urlAuth]
  const extra = options.headers
  if (extra !== undefined) for (const name in extra) if (name.toLowerCase() === 'authorization') secrets.push(extra[name])
  return {
    expected: expectedServer(host, headers),
    node: node.id,
    answeredBy: describeForeignAnswer(headers, bytes, secrets.flatMap(authorizationSecrets)),
  }
}
