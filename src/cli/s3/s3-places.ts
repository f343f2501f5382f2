/**
 * The place functions of places.ts for `s3://bucket/prefix` places. A folder is a key prefix ending with `/`
 * (S3 has no folders: making one is nothing, listing one lists the keys directly under the prefix). A file is
 * an object: read as a stream (a byte range with GetObject's Range), written whole through a multipart
 * upload (s3-writer.ts) or, for small texts, one PutObject (which S3 stores atomically, as the local
 * writePlaceText's rename does). An object cannot be appended to: a writable that keeps the first bytes of
 * an earlier run (a resumed backup file) reads them back into its new upload (s3-writer.ts).
 */
import { Readable, type Writable } from 'node:stream'
import { CliError, ExitCode } from '../errors.js'
import { describeS3Error, s3Sdk, type S3Sdk } from './s3.js'
import { openS3Write } from './s3-writer.js'

interface Parts {
  bucket: string
  key: string
  url: string
}

function split(place: string): Parts {
  const rest = place.slice('s3://'.length)
  const slash = rest.indexOf('/')
  const bucket = slash === -1 ? rest : rest.slice(0, slash)
  if (bucket === '') throw new CliError(`${place}: an S3 place is s3://BUCKET/PREFIX, with a bucket`, ExitCode.usage)
  return { bucket, key: slash === -1 ? '' : rest.slice(slash + 1), url: place }
}

/** The prefix of the keys in a folder: the key with one trailing slash, or nothing for the bucket's root. */
function prefixOf(key: string): string {
  return key === '' || key.endsWith('/') ? key : `${key}/`
}

async function withSdk<T>(place: string, fn: (sdk: S3Sdk, at: Parts) => Promise<T>): Promise<T> {
  const at = split(place)
  const sdk = await s3Sdk(process.env, at.url)
  try {
    return await fn(sdk, at)
  } catch (err) {
    throw describeS3Error(err, at.url)
  } finally {
    sdk.client.destroy()
  }
}

const missing = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404
}

export function joinS3Place(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`
}

/** A folder when the place ends with a slash, or when keys exist under `place/`. */
export async function isS3Folder(place: string): Promise<boolean> {
  if (place.endsWith('/')) return true
  return withSdk(place, async ({ client, s3 }, at) => {
    if (at.key === '') return true
    const page = await client.send(new s3.ListObjectsV2Command({ Bucket: at.bucket, Prefix: prefixOf(at.key), MaxKeys: 1 }))
    return (page.KeyCount ?? 0) > 0
  })
}

export async function listS3Folder(folder: string): Promise<string[]> {
  return withSdk(folder, async ({ client, s3 }, at) => {
    const prefix = prefixOf(at.key)
    const names: string[] = []
    let token: string | undefined
    do {
      const page = await client.send(
        new s3.ListObjectsV2Command({ Bucket: at.bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token }),
      )
      for (const o of page.Contents ?? []) if (o.Key) names.push(o.Key.slice(prefix.length))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return names
  })
}

export async function s3PlaceSize(place: string): Promise<number | undefined> {
  return withSdk(place, async ({ client, s3 }, at) => {
    try {
      return (await client.send(new s3.HeadObjectCommand({ Bucket: at.bucket, Key: at.key }))).ContentLength
    } catch (err) {
      if (missing(err)) return undefined
      throw err
    }
  })
}

/** The object's bytes from `start` to `end` (inclusive), read as the consumer pulls. */
export function openS3Readable(place: string, range: { start?: number; end?: number }): Readable {
  async function* body(): AsyncGenerator<Buffer> {
    const at = split(place)
    const sdk = await s3Sdk(process.env, at.url)
    try {
      const start = range.start ?? 0
      const wanted = range.end !== undefined || start > 0 ? `bytes=${start}-${range.end ?? ''}` : undefined
      let answer
      try {
        answer = await sdk.client.send(new sdk.s3.GetObjectCommand({ Bucket: at.bucket, Key: at.key, Range: wanted }))
      } catch (err) {
        throw describeS3Error(err, at.url)
      }
      for await (const chunk of answer.Body as Readable) yield chunk as Buffer
    } finally {
      sdk.client.destroy()
    }
  }
  return Readable.from(body(), { objectMode: false })
}

export async function openS3Writable(place: string, keep: number | undefined): Promise<Writable> {
  // S3 cannot append: a kept beginning is read back into the new upload (s3-writer.ts).
  return openS3Write(place, process.env, 'output', keep)
}

export async function readS3Text(place: string): Promise<string | undefined> {
  return withSdk(place, async ({ client, s3 }, at) => {
    try {
      const answer = await client.send(new s3.GetObjectCommand({ Bucket: at.bucket, Key: at.key }))
      return await answer.Body!.transformToString('utf8')
    } catch (err) {
      if (missing(err)) return undefined
      throw err
    }
  })
}

export async function writeS3Text(place: string, text: string): Promise<void> {
  await withSdk(place, async ({ client, s3 }, at) => {
    await client.send(new s3.PutObjectCommand({ Bucket: at.bucket, Key: at.key, Body: text }))
  })
}

export async function removeS3Place(place: string): Promise<void> {
  await withSdk(place, async ({ client, s3 }, at) => {
    await client.send(new s3.DeleteObjectCommand({ Bucket: at.bucket, Key: at.key }))
  })
}
