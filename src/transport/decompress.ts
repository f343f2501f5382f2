/**
 * A response body in gzip or deflate, inflated no further than the response size cap: a small compressed body
 * cannot blow up in memory.
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { DeserializationError, ResponseTooLargeError } from '../errors.js'

const gunzip = promisify(zlib.gunzip)
const inflate = promisify(zlib.inflate)

/** `bytes` decoded by its `content-encoding`; `node` and `statusCode` name the answer in messages. */
export async function decompress(
  bytes: Buffer,
  encoding: string,
  limit: number,
  statusCode: number,
  node: string,
): Promise<Buffer> {
  const kind = encoding.trim().toLowerCase()
  if (kind === 'identity') return bytes
  if (kind !== 'gzip' && kind !== 'deflate' && kind !== 'x-gzip') {
    throw new DeserializationError(
      `${node} answered ${statusCode} with an unsupported content-encoding: ${JSON.stringify(encoding.slice(0, 80))}`,
      {
        statusCode,
      },
    )
  }
  // maxOutputLength stops inflating at the cap, so a small compressed body cannot blow up in memory.
  const options = { maxOutputLength: Math.min(limit, 2 ** 31 - 1) }
  try {
    return kind === 'deflate' ? await inflate(bytes, options) : await gunzip(bytes, options)
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ResponseTooLargeError(
        `The decompressed response is larger than maxResponseSize (${limit} bytes)`,
        {
          cause,
        },
      )
    }
    throw new DeserializationError(
      `${node} answered ${statusCode} with a body that is not valid ${kind}`,
      {
        cause,
        statusCode,
      },
    )
  }
}
