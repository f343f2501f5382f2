/**
 * The error of a signed request that AWS refused (403): its message gets AWS's own words and what they mean
 * (clock skew, an expired token), and the body loses any secret AWS echoed back. AWS quotes the canonical
 * request it expected in a signature mismatch, and that holds the session token when it was signed.
 */
import { ResponseError } from '../../errors.js'
import type { RawResponse } from '../response-collector.js'
import { type AwsSigner, scrub, scrubValue } from './aws-signer.js'

/** `where`: `to METHOD /path at NODE`, for the message. */
export function explainAwsRefusal(error: unknown, signer: AwsSigner, raw: RawResponse, sent: Record<string, string>, where: string): void {
  if (!(error instanceof ResponseError)) return
  const { reason, secrets } = signer.explain(raw, sent)
  const target = error as { message: string; body: unknown; reason: string | undefined }
  // An Elasticsearch-style body (a security plugin's refusal) keeps its own type and reason in the message;
  // an answer in AWS's shape is named for what it is, instead of an excerpt of a body that may quote secrets.
  if (error.type === undefined && reason !== undefined) {
    target.message = `AWS refused the signed request ${where}: ${reason}`
    target.reason = reason
  }
  target.message = scrub(target.message, secrets)
  if (target.reason !== undefined) target.reason = scrub(target.reason, secrets)
  target.body = scrubValue(target.body, secrets)
}
