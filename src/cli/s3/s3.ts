/**
 * S3 as a place to read from and write to: `s3://bucket/key`. The AWS SDK (`@aws-sdk/client-s3` and
 * `@aws-sdk/lib-storage`) is an optional peer: elastream installs and runs without it, and only an `s3://`
 * path loads it, saying what to install when it is missing. Credentials and region come from the SDK's
 * default chain (environment, shared config and credentials files, SSO, container and instance roles);
 * `AWS_ENDPOINT_URL_S3` (or `AWS_ENDPOINT_URL`) points at another S3-compatible server, addressed path-style.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import { CliError, ExitCode } from '../errors.js'

export interface S3Location {
  bucket: string
  key: string
  /** `s3://bucket/key`, for messages. */
  url: string
}

export function isS3Url(path: string): boolean {
  return /^s3:\/\//i.test(path)
}

/** `s3://bucket/key/with/slashes` into its bucket and key; an empty bucket or key is refused by name. */
export function parseS3Url(path: string, option: string): S3Location {
  const rest = path.slice('s3://'.length)
  const slash = rest.indexOf('/')
  const bucket = slash === -1 ? rest : rest.slice(0, slash)
  const key = slash === -1 ? '' : rest.slice(slash + 1)
  if (bucket === '' || key === '') {
    throw new CliError(
      `${option} ${path}: an S3 path is s3://BUCKET/KEY, with both a bucket and a key`,
      ExitCode.usage,
    )
  }
  return { bucket, key, url: `s3://${bucket}/${key}` }
}

type ClientModule = typeof import('@aws-sdk/client-s3')
type StorageModule = typeof import('@aws-sdk/lib-storage')

export interface S3Sdk {
  client: S3Client
  s3: ClientModule
  storage: StorageModule
}

const INSTALL = 'npm install @aws-sdk/client-s3 @aws-sdk/lib-storage'

/** Loads the SDK and makes a client from the default chain; one clear line when the SDK is not installed. */
export async function s3Sdk(env: NodeJS.ProcessEnv, path: string): Promise<S3Sdk> {
  let s3: ClientModule
  let storage: StorageModule
  try {
    ;[s3, storage] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')])
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError(`${path}: reading and writing S3 needs the AWS SDK, which is not installed: ${INSTALL}`)
    }
    throw err
  }
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION
  const client = new s3.S3Client({
    ...(region ? { region } : { region: 'us-east-1' }),
    // An S3-compatible server on its own address answers path-style (http://host:port/bucket/key).
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  })
  return { client, s3, storage }
}

/**
 * The SDK's errors as one line a person can act on, with the exit code the CLI uses for the same kind of
 * trouble with Elasticsearch. SDK messages never hold the secret key; nothing else of the credentials is used.
 */
export function describeS3Error(err: unknown, where: string): CliError {
  if (err instanceof CliError) return err
  const e = (err ?? {}) as { name?: string; message?: string; Code?: string; $metadata?: { httpStatusCode?: number } }
  const name = e.name ?? e.Code ?? 'Error'
  switch (name) {
    case 'NoSuchBucket':
      return new CliError(`${where}: the bucket does not exist`, ExitCode.notFound)
    case 'NoSuchKey':
    case 'NotFound':
      return new CliError(`${where}: no such object`, ExitCode.notFound)
    case 'CredentialsProviderError':
      return new CliError(
        `${where}: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run where a role provides them`,
        ExitCode.auth,
      )
    case 'AccessDenied':
      return new CliError(`${where}: not allowed (${name}): check the AWS credentials and their rights`, ExitCode.auth)
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
    case 'InvalidToken':
      return new CliError(`${where}: S3 refused the AWS credentials (${name}): check them`, ExitCode.auth)
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
      return new CliError(`${where}: S3 refused the AWS credentials as expired (${name}): renew them`, ExitCode.auth)
  }
  const status = e.$metadata?.httpStatusCode
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
    return new CliError(`${where}: cannot reach S3 (${code})`, ExitCode.connection)
  }
  return new CliError(`${where}: ${name}${status ? ` (${status})` : ''}: ${e.message ?? String(err)}`)
}
