/**
 * How a request's body goes on the wire: serialized once (JSON or NDJSON), gzipped once when asked, and sent
 * with one of six header objects built once per transport (body kind x gzip), so the hot path copies no
 * headers unless the caller adds some.
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { JsonSerializer } from './json-serializer.js'
import { serializeJson, serializeNdjson, type WireBody } from './serializer.js'
import type { TransportRequestParams } from './types.js'

const gzip = promisify(zlib.gzip)

/** Below this size gzip runs inline: a thread-pool round trip costs more than compressing a small body. */
const SYNC_GZIP_LIMIT = 64 * 1024

/** Index into the header sets: no body, JSON body, NDJSON body. */
export const NO_BODY = 0
export const JSON_BODY = 1
export const NDJSON_BODY = 2
export type BodyKind = typeof NO_BODY | typeof JSON_BODY | typeof NDJSON_BODY

/** What the header sets are built from (a subset of the transport's settings). */
export interface HeaderSetSettings {
  userAgent: string
  compatibilityVersion: number | undefined
  authorization: string | undefined
  headers: Record<string, string>
  compression: boolean
}

/** The request's body as bytes (or a string) and its kind; the kind picks the content-type. */
export function encodeBody(
  params: TransportRequestParams,
  serializer: JsonSerializer | undefined,
): { body: WireBody | undefined; kind: BodyKind } {
  if (params.bulkBody !== undefined && params.bulkBody !== null) {
    return { body: serializeNdjson(params.bulkBody, serializer), kind: NDJSON_BODY }
  }
  if (params.body !== undefined && params.body !== null) {
    return { body: serializeJson(params.body, serializer), kind: JSON_BODY }
  }
  return { body: undefined, kind: NO_BODY }
}

export function gzipBody(body: WireBody): Promise<Buffer> | Buffer {
  const length = typeof body === 'string' ? body.length : body.byteLength
  return length < SYNC_GZIP_LIMIT ? zlib.gzipSync(body) : gzip(body)
}

/** The header set for a body kind, gzipped or not, from sets built by buildHeaderSets. */
export function headerSet(sets: readonly Record<string, string>[], kind: BodyKind, gzipped: boolean): Record<string, string> {
  return sets[kind * 2 + (gzipped ? 1 : 0)] as Record<string, string>
}

/** [kind * 2 + gzip]: the six frozen header objects a request can start from. */
export function buildHeaderSets(settings: HeaderSetSettings): Record<string, string>[] {
  const compat = settings.compatibilityVersion
  const json =
    compat === undefined
      ? 'application/json'
      : `application/vnd.elasticsearch+json; compatible-with=${compat}`
  const ndjson =
    compat === undefined
      ? 'application/x-ndjson'
      : `application/vnd.elasticsearch+x-ndjson; compatible-with=${compat}`
  const base: Record<string, string> = { 'user-agent': settings.userAgent, accept: json }
  if (settings.authorization !== undefined) base.authorization = settings.authorization
  Object.assign(base, settings.headers)
  const sets: Record<string, string>[] = []
  for (const contentType of [undefined, json, ndjson]) {
    for (const gz of [false, true]) {
      const set = { ...base }
      if (contentType !== undefined && settings.headers['content-type'] === undefined)
        set['content-type'] = contentType
      if (gz) set['content-encoding'] = 'gzip'
      if (gz || settings.compression) set['accept-encoding'] = 'gzip, deflate'
      sets.push(Object.freeze(set) as Record<string, string>)
    }
  }
  return sets
}
