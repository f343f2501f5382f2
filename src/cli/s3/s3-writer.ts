/**
 * A Writable that stores what is written as one S3 object, through lib-storage's multipart Upload: parts of
 * `partSize` bytes, at most `queueSize` in flight, so memory stays near partSize x (queueSize + 1) whatever the
 * object's size, and a write waits (backpressure) while the parts in flight are full. `'finish'` comes only
 * once S3 acknowledged the whole object (`_final` waits for the upload to complete); destroying the stream
 * before that aborts the upload, so no half object is left under the key.
 *
 * `keep` continues an object a stopped backup left (S3 cannot append): its first `keep` bytes are read back into
 * the new upload ahead of what is written, and the completed upload replaces the object. A new upload first
 * aborts the ones a killed run left open under the key.
 */
import { PassThrough, Writable } from 'node:stream'
import type { Upload } from '@aws-sdk/lib-storage'
import { CliError } from '../errors.js'
import { describeS3Error, parseS3Url, s3Sdk, type S3Sdk } from './s3.js'
import { abortLeftUploads } from './s3-part-output.js'

/** The smallest part S3 accepts (but for the last), and lib-storage's default. */
const PART_SIZE = 5 * 1024 * 1024
const QUEUE_SIZE = 4

export async function openS3Write(
  path: string,
  env: NodeJS.ProcessEnv,
  option = '--output',
  keep?: number,
): Promise<Writable> {
  const at = parseS3Url(path, option)
  const sdk = await s3Sdk(env, at.url)
  const { client, s3, storage } = sdk
  // Fail before any document is read when the bucket is wrong or the credentials are missing.
  try {
    await client.send(new s3.HeadBucketCommand({ Bucket: at.bucket }))
  } catch (err) {
    client.destroy()
    const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    // HeadBucket answers without a body: its 404 has no error code of its own.
    throw describeS3Error(status === 404 ? { name: 'NoSuchBucket' } : err, at.url)
  }
  try {
    await abortLeftUploads(sdk, at.bucket, at.key, undefined)
  } catch (err) {
    client.destroy()
    throw describeS3Error(err, at.url)
  }
  const body = new PassThrough({ highWaterMark: PART_SIZE })
  const upload: Upload = new storage.Upload({
    client,
    params: { Bucket: at.bucket, Key: at.key, Body: body },
    partSize: PART_SIZE,
    queueSize: QUEUE_SIZE,
  })
  let failure: Error | undefined
  const done = upload.done().then(
    () => undefined,
    (err: unknown) => {
      failure = describeS3Error(err, at.url)
      // Unblock a writer waiting for 'drain': nothing reads the body any more.
      body.destroy()
    },
  )
  if (keep !== undefined && keep > 0) {
    try {
      await copyHead(sdk, at, keep, body)
    } catch (err) {
      await upload.abort().catch(() => {})
      body.destroy()
      client.destroy()
      throw describeS3Error(err, at.url)
    }
  }
  return new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, cb) {
      if (failure) return cb(failure)
      if (body.write(chunk)) return cb()
      const go = () => {
        body.off('drain', go)
        body.off('close', go)
        cb(failure)
      }
      body.on('drain', go)
      body.on('close', go)
    },
    final(cb) {
      if (failure) return cb(failure)
      body.end()
      done.then(() => {
        client.destroy()
        cb(failure)
      }, cb)
    },
    destroy(err, cb) {
      if (err === null && failure === undefined && body.writableFinished) {
        client.destroy()
        return cb(null)
      }
      // Stopped before the object was complete: no partial object under the key.
      upload
        .abort()
        .catch(() => {})
        .finally(() => {
          body.destroy()
          client.destroy()
          cb(err)
        })
    },
  })
}

/** The first `keep` bytes of the object now under the key, written into `body` (the new upload) as it takes them. */
async function copyHead(sdk: S3Sdk, at: { bucket: string; key: string; url: string }, keep: number, body: PassThrough): Promise<void> {
  const head = await sdk.client.send(new sdk.s3.HeadObjectCommand({ Bucket: at.bucket, Key: at.key })).catch((err: unknown) => {
    if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined
    throw err
  })
  const size = head?.ContentLength ?? 0
  if (size < keep) {
    throw new CliError(
      `${at.url}: cannot continue it: it holds ${size} bytes where the manifest records ${keep}; dump the backup again`,
    )
  }
  const answer = await sdk.client.send(new sdk.s3.GetObjectCommand({ Bucket: at.bucket, Key: at.key, Range: `bytes=0-${keep - 1}` }))
  for await (const chunk of answer.Body as AsyncIterable<Buffer>) {
    if (!body.write(chunk)) {
      // The upload failing meanwhile destroys the body: stop waiting then, and say so.
      await new Promise((resolve) => {
        body.once('drain', resolve)
        body.once('close', resolve)
      })
      if (body.destroyed) throw new CliError(`${at.url}: its upload failed while its kept beginning was copied`)
    }
  }
}
