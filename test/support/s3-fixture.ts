/**
 * What every S3 test of the CLI starts from: a real S3-compatible server (moto, scripts/s3.mjs) on loopback with
 * one bucket, a scratch folder, and the environment in which the AWS SDK's default chain finds test credentials
 * and nothing else (no shared files, no instance metadata), pointed at that server. Stopped and removed when
 * the test file ends.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Test } from 'tap'
import { startS3 } from '../../scripts/s3.mjs'
import { esUrl } from './es-direct.js'

export interface S3Fixture {
  /** The server's base URL (path-style: `${url}/${bucket}/${key}`). */
  url: string
  bucket: string
  /** A scratch folder, removed at the end. */
  dir: string
  /** A path that does not exist (the shared credentials and config files point there). */
  missing: string
  /** ELASTICSEARCH_URL and the AWS variables the CLI's runs take. */
  env: Record<string, string>
}

export async function startS3Fixture(t: Test, name: string): Promise<S3Fixture> {
  const s3 = await startS3({ logFile: join(tmpdir(), `elastream-moto-${name}.log`) })
  t.teardown(() => s3.stop())
  const bucket = `elastream-${name}-${process.pid}`
  await fetch(`${s3.url}/${bucket}`, { method: 'PUT' })
  const dir = mkdtempSync(join(tmpdir(), `elastream-s3-${name}-`))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const missing = join(dir, 'nothing-here')
  const env = {
    ELASTICSEARCH_URL: esUrl,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing-secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_SHARED_CREDENTIALS_FILE: missing,
    AWS_CONFIG_FILE: missing,
    AWS_EC2_METADATA_DISABLED: 'true',
  }
  return { url: s3.url, bucket, dir, missing, env }
}

/** N documents `{ _id: d<i>, n: i, pad }` of about 1 KB each, as NDJSON at `path`. */
export function writePaddedDocs(path: string, n: number): void {
  const pad = 'x'.repeat(1000)
  writeFileSync(path, Array.from({ length: n }, (_, i) => `${JSON.stringify({ _id: `d${i}`, n: i, pad })}\n`).join(''))
}
