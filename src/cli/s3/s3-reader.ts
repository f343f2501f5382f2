/**
 * An S3 object as a byte stream: the body of one GetObject, read as the consumer pulls (the SDK's body is a
 * Node Readable over the HTTP answer, so backpressure reaches the socket and memory stays bounded).
 */
import type { Readable } from 'node:stream'
import { describeS3Error, parseS3Url, s3Sdk } from './s3.js'

export interface S3Input {
  stream: Readable
  /** The object's size, for percent and ETA. */
  size: number | undefined
}

export async function openS3Read(path: string, env: NodeJS.ProcessEnv): Promise<S3Input> {
  const at = parseS3Url(path, 'input')
  const { client, s3 } = await s3Sdk(env, at.url)
  try {
    const answer = await client.send(new s3.GetObjectCommand({ Bucket: at.bucket, Key: at.key }))
    const stream = answer.Body as Readable
    // The stream owns the client's sockets now; a read error names the object.
    stream.once('close', () => client.destroy())
    return { stream, size: answer.ContentLength }
  } catch (err) {
    client.destroy()
    throw describeS3Error(err, at.url)
  }
}
