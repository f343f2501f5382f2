/**
 * `dump -o s3://bucket/key`: the output as a multipart upload whose parts end at chunk boundaries, so that each
 * uploaded part ends after a whole line and a known scan cursor. What counts as written (`flushed`, as for
 * FlushedOutput) is what S3 acknowledged in parts: after each part the dump saves its cursor with the upload's
 * id and parts, and a run stopped any way at all (Ctrl-C, a failure, refused credentials, SIGKILL) resumes the
 * same upload from its last part with `--resume`. The object appears under the key only when the upload is
 * completed at the end, whole; until then there is no half object.
 *
 * A new upload first aborts the uploads a killed run left open under the same key (S3 keeps them, and bills
 * their parts, until they are aborted), so no orphan outlives the next run.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import { CliError } from '../errors.js'
import type { Flushed } from '../dump/flushed-output.js'
import { describeS3Error, parseS3Url, s3Sdk, type S3Sdk } from './s3.js'

/** Parts of 8 MiB (S3's least is 5 MiB but for the last) for the first 1,000 parts, then 128 MiB: S3 allows 10,000 parts. */
const PART_SIZE = 8 * 1024 * 1024
const BIG_PART_SIZE = 128 * 1024 * 1024
const BIG_AFTER = 1000

export interface S3UploadState {
  uploadId: string
  parts: Array<{ PartNumber: number; ETag: string }>
}

export interface S3PartOutputOptions<C> {
  /** The upload a stopped run saved (`--resume`): continued after its last part. */
  resume?: S3UploadState | undefined
  /** Where a resumed run starts (its cursor), as FlushedOutput's `start`. */
  start?: C | undefined
  /** Called after each part S3 acknowledged, with the upload's state: the dump saves its cursor then. */
  onPart: (state: S3UploadState) => Promise<void>
}

export class S3PartOutput<C> {
  readonly flushed: Flushed<C>
  readonly url: string
  readonly #sdk: S3Sdk
  readonly #bucket: string
  readonly #key: string
  readonly #state: S3UploadState
  readonly #onPart: (state: S3UploadState) => Promise<void>
  #chunks: Buffer[] = []
  #buffered = 0
  /** Handed over so far, and the cursor after the last chunk handed over. */
  #handed: { docs: number; bytes: number; cursor: C | undefined }
  /** The part being uploaded (one at a time, while the next one fills). */
  #inFlight: Promise<void> | undefined
  #error: Error | undefined

  private constructor(sdk: S3Sdk, at: { bucket: string; key: string; url: string }, state: S3UploadState, o: S3PartOutputOptions<C>) {
    this.#sdk = sdk
    this.#bucket = at.bucket
    this.#key = at.key
    this.url = at.url
    this.#state = state
    this.#onPart = o.onPart
    this.flushed = { docs: 0, bytes: 0, cursor: o.start }
    this.#handed = { docs: 0, bytes: 0, cursor: o.start }
  }

  /** Checks the bucket and starts (or, resuming, finds) the upload, before any document is read. */
  static async open<C>(place: string, env: NodeJS.ProcessEnv, o: S3PartOutputOptions<C>): Promise<S3PartOutput<C>> {
    const at = parseS3Url(place, '--output')
    const sdk = await s3Sdk(env, at.url)
    const { client, s3 } = sdk
    try {
      try {
        await client.send(new s3.HeadBucketCommand({ Bucket: at.bucket }))
      } catch (err) {
        // HeadBucket answers without a body: its 404 has no error code of its own.
        const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
        throw status === 404 ? { name: 'NoSuchBucket' } : err
      }
      await abortLeftUploads(sdk, at.bucket, at.key, o.resume?.uploadId)
      let state: S3UploadState
      if (o.resume !== undefined) {
        await checkUploadAlive(client, sdk, at, o.resume.uploadId)
        state = { uploadId: o.resume.uploadId, parts: [...o.resume.parts] }
      } else {
        const created = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: at.bucket, Key: at.key }))
        state = { uploadId: created.UploadId!, parts: [] }
      }
      return new S3PartOutput<C>(sdk, at, state, o)
    } catch (err) {
      client.destroy()
      throw describeS3Error(err, at.url)
    }
  }

  get error(): Error | undefined {
    return this.#error
  }

  /** The upload as saved now: for the cursor after a stop. */
  get state(): S3UploadState {
    return { uploadId: this.#state.uploadId, parts: [...this.#state.parts] }
  }

  async write(chunk: Buffer, docs: number, cursor: C | undefined): Promise<void> {
    if (this.#error !== undefined) throw this.#error
    this.#chunks.push(chunk)
    this.#buffered += chunk.length
    this.#handed = { docs: this.#handed.docs + docs, bytes: this.#handed.bytes + chunk.length, cursor }
    const size = this.#state.parts.length < BIG_AFTER ? PART_SIZE : BIG_PART_SIZE
    if (this.#buffered >= size) await this.#sendPart()
    if (this.#error !== undefined) throw this.#error
  }

  /**
   * `end`: the rest goes up as the last part and the upload is completed (the object appears). Otherwise (a
   * stop) the parts in flight finish and the rest is dropped: the cursor stays after the last part, the upload
   * stays open for `--resume`.
   */
  async settle(end: boolean): Promise<void> {
    await this.#inFlight
    if (end && this.#error === undefined) {
      // An empty dump is one empty part: S3 completes no upload without a part.
      if (this.#buffered > 0 || this.#state.parts.length === 0) await this.#sendPart(true)
      await this.#inFlight
      if (this.#error === undefined) {
        try {
          await this.#sdk.client.send(
            new this.#sdk.s3.CompleteMultipartUploadCommand({
              Bucket: this.#bucket,
              Key: this.#key,
              UploadId: this.#state.uploadId,
              MultipartUpload: { Parts: this.#state.parts },
            }),
          )
        } catch (err) {
          this.#error = describeS3Error(err, this.url)
        }
      }
    }
    this.#sdk.client.destroy()
    if (this.#error !== undefined) throw this.#error
  }

  /** Gives the upload up (nothing to resume from): S3 drops its parts. Best effort, as at a refused credential. */
  async abort(): Promise<void> {
    await this.#inFlight?.catch(() => {})
    await this.#sdk.client
      .send(new this.#sdk.s3.AbortMultipartUploadCommand({ Bucket: this.#bucket, Key: this.#key, UploadId: this.#state.uploadId }))
      .catch(() => {})
    this.#sdk.client.destroy()
  }

  /** Starts uploading what is buffered as the next part, once the part before it is done. */
  async #sendPart(last = false): Promise<void> {
    await this.#inFlight
    if (this.#error !== undefined) return
    const body = Buffer.concat(this.#chunks, this.#buffered)
    const mark = this.#handed
    this.#chunks = []
    this.#buffered = 0
    const number = this.#state.parts.length + 1
    this.#inFlight = (async () => {
      try {
        const answer = await this.#sdk.client.send(
          new this.#sdk.s3.UploadPartCommand({
            Bucket: this.#bucket,
            Key: this.#key,
            UploadId: this.#state.uploadId,
            PartNumber: number,
            Body: body,
            ContentLength: body.length,
          }),
        )
        this.#state.parts.push({ PartNumber: number, ETag: answer.ETag! })
        this.flushed.docs = mark.docs
        this.flushed.bytes = mark.bytes
        this.flushed.cursor = mark.cursor
        if (!last) await this.#onPart(this.state)
      } catch (err) {
        this.#error ??= describeS3Error(err, this.url)
      }
    })()
  }
}

/** Aborts the uploads left open under `key` by runs that were killed, all but `keep` (the one being resumed). */
export async function abortLeftUploads(sdk: S3Sdk, bucket: string, key: string, keep: string | undefined): Promise<void> {
  const { client, s3 } = sdk
  let keyMarker: string | undefined
  let idMarker: string | undefined
  do {
    const page = await client.send(
      new s3.ListMultipartUploadsCommand({ Bucket: bucket, Prefix: key, KeyMarker: keyMarker, UploadIdMarker: idMarker }),
    )
    for (const u of page.Uploads ?? []) {
      if (u.Key === key && u.UploadId !== undefined && u.UploadId !== keep) {
        await client.send(new s3.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: u.UploadId }))
      }
    }
    keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined
    idMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined
  } while (keyMarker !== undefined)
}

/** A saved upload that S3 no longer has (aborted, or dropped by a lifecycle rule) cannot be continued. */
async function checkUploadAlive(
  client: S3Client,
  sdk: S3Sdk,
  at: { bucket: string; key: string; url: string },
  uploadId: string,
): Promise<void> {
  try {
    await client.send(new sdk.s3.ListPartsCommand({ Bucket: at.bucket, Key: at.key, UploadId: uploadId, MaxParts: 1 }))
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchUpload') {
      throw new CliError(
        `${at.url}: cannot resume: the multipart upload the cursor records is gone (aborted, or expired by a lifecycle rule); dump again without --resume`,
      )
    }
    throw err
  }
}
