/**
 * Opens what `load` reads: a file or stdin, gunzipped when it starts with the gzip magic bytes,
 * and tells NDJSON from a JSON array by its first non-space byte. Detection peeks at the stream
 * and replays the bytes it read, so nothing is read twice and stdin works like a file.
 */
import { createReadStream, fstatSync, statSync } from 'node:fs'
import { PassThrough, Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { open } from 'node:fs/promises'
import { ConfigurationError } from '../../errors.js'
import { openLinePart, partRange } from './line-part.js'
import type { Part } from '../part-option.js'
import { isS3Url } from '../s3/s3.js'
import { openS3Read } from '../s3/s3-reader.js'

export type InputFormat = 'ndjson' | 'json-array'

export interface OpenedInput {
  /** Decompressed bytes. */
  stream: Readable
  format: InputFormat
  gzip: boolean
  /** Size of the input as stored (compressed if gzip), when it is a regular file. */
  totalBytes: number | undefined
  /** Called with each chunk's size as it is read from the source (before gunzip): drives percent and ETA. */
  onRead(listener: (bytes: number) => void): void
}

export async function openInput(
  path: string,
  stdin: Readable = process.stdin,
  env: NodeJS.ProcessEnv = process.env,
  part?: Part,
): Promise<OpenedInput> {
  if (part !== undefined) return openInputPart(path, part)
  const s3 = isS3Url(path) ? await openS3Read(path, env) : undefined
  // 256 KiB reads: the 64 KiB default costs a read and a trip through each stream stage per 64 KiB, a visible
  // share of load's CPU now that lines are not parsed; 1 MiB saves little more and costs ~35 MB of peak RSS
  // (benchmarks/cli-load.mjs).
  const source = s3 ? s3.stream : path === '-' ? stdin : createReadStream(path, { highWaterMark: 256 * 1024 })
  return detect(source, s3 ? s3.size : sizeOf(path))
}

/** `--part i/n` of a local, uncompressed file (see line-part.ts). */
async function openInputPart(path: string, part: Part): Promise<OpenedInput> {
  const size = path === '-' || isS3Url(path) ? undefined : sizeOf(path)
  if (size === undefined) {
    throw new ConfigurationError('--part needs a local file to read (its size decides the parts), not stdin, a pipe or S3')
  }
  if (await isGzip(path)) {
    throw new ConfigurationError(`--part: ${path} is gzip, which cannot be read from the middle; gunzip it first`)
  }
  const { from, to } = partRange(size, part)
  return detect(openLinePart(path, size, part), to - from)
}

async function detect(source: Readable, totalBytes: number | undefined): Promise<OpenedInput> {
  // Count stored bytes with a pass-through, not a 'data' listener: a listener would switch the
  // source to flowing mode and defeat backpressure.
  const listeners: Array<(bytes: number) => void> = []
  let seen = 0
  const counted = new PassThrough({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length
      for (const l of listeners) l(chunk.length)
      cb(null, chunk)
    },
  })
  source.on('error', (err: Error) => counted.destroy(err))
  source.pipe(counted)

  const sniffed = await sniff(counted, (head) => head.length >= 2)
  const gzip = sniffed.head.length >= 2 && sniffed.head[0] === 0x1f && sniffed.head[1] === 0x8b
  let stream = sniffed.stream
  if (gzip) {
    const gunzip = createGunzip()
    stream.on('error', (err: Error) => gunzip.destroy(err))
    stream = stream.pipe(gunzip)
  }
  // Leading whitespace can be long (a pretty-printed file): read until a non-space byte or the end.
  const content = await sniff(stream, (head) => firstNonSpace(head) !== undefined)
  return {
    stream: content.stream,
    format: firstNonSpace(content.head) === 0x5b /* [ */ ? 'json-array' : 'ndjson',
    gzip,
    totalBytes,
    onRead: (listener) => {
      // Detection already read the first chunk: report it, then each chunk as it comes.
      if (seen > 0) listener(seen)
      listeners.push(listener)
    },
  }
}

function sizeOf(path: string): number | undefined {
  try {
    const stat = path === '-' ? fstatSync(0) : statSync(path)
    // A pipe or terminal has no size; only a regular file (including `< file` on stdin) does.
    return stat.isFile() ? stat.size : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads chunks until `enough(head)` holds (or the input ends), and returns them with a stream that yields
 * those chunks and then the rest. Built on the async iterator rather than `unshift`, because a short input
 * may already have ended while we peeked, and bytes cannot be put back after 'end'.
 */
async function sniff(
  source: Readable,
  enough: (head: Buffer) => boolean,
): Promise<{ head: Buffer; stream: Readable }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const chunks: Buffer[] = []
  let head = Buffer.alloc(0)
  let ended = false
  while (!enough(head)) {
    const next = await it.next()
    if (next.done) {
      ended = true
      break
    }
    chunks.push(next.value)
    head = Buffer.concat([head, next.value])
  }
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* chunks
      if (ended) return
      for (;;) {
        const next = await it.next()
        if (next.done) return
        yield next.value
      }
    } finally {
      // Early stop (error or destroy downstream): release the source too.
      await it.return?.()
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) }
}

/** The first byte that is not JSON whitespace (or a UTF-8 BOM), undefined when there is none yet. */
function firstNonSpace(head: Buffer): number | undefined {
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue
    if (b === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf) {
      i += 2
      continue
    }
    return b
  }
  return undefined
}

async function isGzip(path: string): Promise<boolean> {
  const file = await open(path)
  try {
    const head = Buffer.alloc(2)
    const { bytesRead } = await file.read(head, 0, 2, 0)
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b
  } finally {
    await file.close()
  }
}
